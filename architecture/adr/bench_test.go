package adr

import (
	"fmt"
	"testing"
	"testing/fstest"
)

// generatedLog is an adr-tools log of n records where every tenth record
// supersedes the one before it and every record amends the first.
func generatedLog(n int) fstest.MapFS {
	fsys := fstest.MapFS{}
	for i := 1; i <= n; i++ {
		title := fmt.Sprintf("Decision number %d about caching", i)
		status := "Accepted"
		if i > 1 {
			status += fmt.Sprintf("\n\nAmends [1. Decision number 1 about caching](%s)", FileName(1, "Decision number 1 about caching"))
		}
		if i%10 == 9 && i < n {
			status = fmt.Sprintf("Superceded by [%d. x](%s)", i+1, FileName(i+1, fmt.Sprintf("Decision number %d about caching", i+1)))
		}
		if i%10 == 0 {
			status += fmt.Sprintf("\n\nSupercedes [%d. x](%s)", i-1, FileName(i-1, fmt.Sprintf("Decision number %d about caching", i-1)))
		}
		body := fmt.Sprintf("# %d. %s\n\nDate: 2024-05-01\n\n## Status\n\n%s\n\n## Context\n\nWe need to cache things, part %d.\n\n## Decision\n\nWe will cache.\n\n## Consequences\n\nFaster, with stale data at times.\n", i, title, status, i)
		fsys[FileName(i, title)] = &fstest.MapFile{Data: []byte(body)}
	}
	return fsys
}

// BenchmarkLog reads and checks a generated log of 10,000 records; the
// target is under a second per operation.
func BenchmarkLog(b *testing.B) {
	fsys := generatedLog(10_000)
	b.ReportAllocs()
	for b.Loop() {
		l, err := ReadLog(fsys, Options{})
		if err != nil {
			b.Fatal(err)
		}
		_ = l.Check()
	}
}

func TestGeneratedLogIsConsistent(t *testing.T) {
	l, err := ReadLog(generatedLog(100), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range l.Check() {
		if f.Code != "adr.link.reverse_missing" {
			t.Errorf("unexpected finding %v", f)
		}
	}
}
