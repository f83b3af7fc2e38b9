// Package codedoc checks, from a package's own tests, that the finding codes
// the package's source names and the codes its package doc lists are the
// same set, so that a new code cannot go undocumented and a documented code
// cannot silently stop being emitted.
package codedoc

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// Check fails t when a code in a string literal of the non-test Go files
// in dir is not named in dir/doc.go, or when a code named in doc.go is in no
// such literal. Codes are the dotted lower-case names that start with one of
// prefixes ("sbi", "feedback"); a name followed by ".*" in the doc names a
// family, not a code. Codes the package builds at run time ("growth.trap."
// plus a name) are passed as built, and count as present in the source.
func Check(t testing.TB, dir string, prefixes []string, built ...string) {
	t.Helper()
	code := `(?:` + strings.Join(prefixes, "|") + `)(?:\.[a-z0-9_]+)+`
	doc, err := os.ReadFile(filepath.Join(dir, "doc.go"))
	if err != nil {
		t.Fatal(err)
	}
	documented := map[string]bool{}
	for _, m := range regexp.MustCompile(`\b(`+code+`)(\.\*)?`).FindAllStringSubmatch(string(doc), -1) {
		if m[2] == "" {
			documented[m[1]] = true
		}
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	emitted := map[string]string{} // code → the file that names it
	for _, c := range built {
		emitted[c] = "(built)"
	}
	literal := regexp.MustCompile(`"(` + code + `)"`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || filepath.Base(f) == "doc.go" {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range literal.FindAllStringSubmatch(string(src), -1) {
			emitted[m[1]] = filepath.Base(f)
		}
	}
	if len(emitted) == 0 {
		t.Fatalf("no finding code with prefix %v in %s", prefixes, dir)
	}
	for _, c := range sortedKeys(emitted) {
		if !documented[c] {
			t.Errorf("%s: code %s is not in the package doc", emitted[c], c)
		}
	}
	for _, c := range sortedKeys(documented) {
		if _, ok := emitted[c]; !ok {
			t.Errorf("doc.go: code %s is documented but never emitted", c)
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
