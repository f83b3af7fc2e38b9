package codedoc

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Helper()                   {}
func (r *recorder) Errorf(f string, a ...any) { r.errors = append(r.errors, fmt.Sprintf(f, a...)) }
func (r *recorder) Fatal(a ...any)            { r.errors = append(r.errors, fmt.Sprint(a...)) }
func (r *recorder) Fatalf(f string, a ...any) { r.errors = append(r.errors, fmt.Sprintf(f, a...)) }

func write(t *testing.T, dir, name, src string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "doc.go", "// Codes: x.a.ok (error), x.b.gone, and the x.fam.* family.\npackage x\n")
	write(t, dir, "x.go", "package x\nconst a = \"x.a.ok\"\nvar c = \"x.c.new\"\nvar d = \"y.other\"\n")
	write(t, dir, "x_test.go", "package x\nvar e = \"x.test.only\"\n")
	r := &recorder{TB: t}
	Check(r, dir, []string{"x"}, "x.built")
	assert.Equal(t, []string{
		"(built): code x.built is not in the package doc",
		"x.go: code x.c.new is not in the package doc",
		"doc.go: code x.b.gone is documented but never emitted",
	}, r.errors)

	r = &recorder{TB: t}
	Check(r, dir, []string{"z"})
	require.Len(t, r.errors, 1)
	assert.Contains(t, r.errors[0], "no finding code with prefix [z]")
}
