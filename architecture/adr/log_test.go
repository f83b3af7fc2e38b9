package adr

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/fixtures"
)

var day = time.Date(1992, 1, 12, 9, 0, 0, 0, time.UTC)

// mapWriter is a FileWriter over a MapFS, so a test can read back what a
// log saved.
type mapWriter fstest.MapFS

func (m mapWriter) WriteFile(name string, data []byte) error {
	m[name] = &fstest.MapFile{Data: bytes.Clone(data)}
	return nil
}

func accepted() []StatusEntry { return []StatusEntry{{Status: Accepted}} }

func TestLogAddSupersedeLinkSave(t *testing.T) {
	l := NewLog(Options{})
	first, err := l.Add(Record{Title: "Record architecture decisions", Statuses: accepted()}, day)
	require.NoError(t, err)
	assert.Equal(t, 1, first.Number)
	mem, err := l.Add(Record{Title: "Store sessions in memory", Statuses: accepted()}, day)
	require.NoError(t, err)
	redis, err := l.Add(Record{Title: "Store sessions in Redis"}, day)
	require.NoError(t, err)
	assert.Equal(t, "0003-store-sessions-in-redis.md", l.File(redis.Number))
	assert.Equal(t, Proposed, redis.Status(), "a record without a status is a proposal")
	assert.Equal(t, "1992-01-12", redis.Date)

	require.NoError(t, l.SetStatus(redis.Number, Accepted, day))
	require.NoError(t, l.Supersede(mem.Number, redis.Number, day))
	require.NoError(t, l.Link(redis.Number, Amends, first.Number))
	require.NoError(t, l.Link(redis.Number, Amends, first.Number), "linking twice adds nothing")

	fs := mapWriter{}
	require.NoError(t, l.Save(fs))
	assert.Len(t, fs, 3)
	assert.Equal(t, "# 2. Store sessions in memory\n\nDate: 1992-01-12\n\n## Status\n\nAccepted\n\nSuperseded\n\nSuperseded by [3. Store sessions in Redis](0003-store-sessions-in-redis.md)\n\n## Context\n\n## Decision\n\n## Consequences\n",
		string(fs["0002-store-sessions-in-memory.md"].Data))
	assert.Contains(t, string(fs["0003-store-sessions-in-redis.md"].Data), "Proposed\n\nAccepted\n\nSupersedes [2. Store sessions in memory](0002-store-sessions-in-memory.md)\n\nAmends [1. Record architecture decisions](0001-record-architecture-decisions.md)\n")

	again, err := ReadLog(fstest.MapFS(fs), Options{})
	require.NoError(t, err)
	assert.Equal(t, l.Records(), again.Records())
	assert.Empty(t, again.Check(), "a log the typed API wrote is consistent")

	clear(fs)
	require.NoError(t, l.Save(fs))
	assert.Empty(t, fs, "nothing changed since the last save")
}

func TestLogCopiesRecords(t *testing.T) {
	l := NewLog(Options{})
	in := Record{Title: "A", Statuses: accepted(), Options: []Option{{Name: "x", Pros: []string{"p"}}}}
	out, err := l.Add(in, day)
	require.NoError(t, err)
	in.Statuses[0].Status, out.Statuses[0].Status = Rejected, Rejected
	out.Options[0].Pros[0] = "changed"
	got, err := l.Get(1)
	require.NoError(t, err)
	assert.Equal(t, Accepted, got.Status(), "the log keeps its own copy")
	assert.Equal(t, "p", got.Options[0].Pros[0])
	got.Links = append(got.Links, Link{Kind: Amends, Target: 1})
	assert.Empty(t, l.Records()[0].Links)
}

func TestLogRefusals(t *testing.T) {
	l := NewLog(Options{Format: MADR})
	a, _ := l.Add(Record{Title: "A"}, day)
	b, _ := l.Add(Record{Title: "B", Statuses: accepted()}, day)
	var te *TransitionError
	err := l.Supersede(a.Number, b.Number, day)
	require.True(t, errors.As(err, &te), "a proposal cannot be superseded: %v", err)
	assert.Equal(t, TransitionError{Number: 1, From: Proposed, To: Superseded}, *te)
	require.NoError(t, l.SetStatus(a.Number, Rejected, day))
	err = l.SetStatus(a.Number, Accepted, day)
	assert.EqualError(t, err, "adr: record 1 cannot move from rejected to accepted")
	assert.ErrorIs(t, err, leadkit.ErrInvalid)
	assert.ErrorIs(t, l.SetStatus(9, Accepted, day), leadkit.ErrNotFound)
	assert.ErrorIs(t, l.Supersede(9, 1, day), leadkit.ErrNotFound)
	assert.ErrorIs(t, l.Link(1, Related, 2), leadkit.ErrInvalid, "Related needs words")
	assert.ErrorIs(t, l.LinkWords(1, "Protects", 1, "Protected by"), leadkit.ErrInvalid)
	assert.ErrorIs(t, l.LinkWords(1, "", 2, "x"), leadkit.ErrInvalid)
	_, err = l.Add(Record{Title: "  "}, day)
	assert.ErrorIs(t, err, leadkit.ErrInvalid)
	_, err = l.Get(7)
	assert.ErrorIs(t, err, leadkit.ErrNotFound)
	got, err := l.Get(2)
	require.NoError(t, err)
	assert.Equal(t, MADR, got.Format)
}

func TestReadLogFixtures(t *testing.T) {
	for _, dir := range []string{filepath.Join(fixtures.Dir(t, "adr-tools"), "log"), filepath.Join(fixtures.Dir(t, "madr"), "decisions")} {
		l, err := ReadLog(os.DirFS(dir), Options{})
		require.NoError(t, err)
		assert.NotZero(t, l.Len())
		assert.Empty(t, l.Check().Errors(), "fixture logs have no errors: %v", l.Check())
	}
	madr, err := ReadLog(os.DirFS(filepath.Join(fixtures.Dir(t, "madr"), "decisions")), Options{})
	require.NoError(t, err)
	first, err := madr.Get(0)
	require.NoError(t, err, "MADR numbers from 0000; the number comes from the file name")
	assert.Equal(t, "Use Markdown Architectural Decision Records", first.Title)
}

func TestReadLogParseErrorNamesFile(t *testing.T) {
	_, err := ReadLog(fstest.MapFS{"0001-x.md": {Data: []byte("no heading\n")}, "README.md": {Data: []byte("ignored")}}, Options{})
	var pe *leadkit.ParseError
	require.True(t, errors.As(err, &pe))
	assert.Equal(t, "0001-x.md", pe.Source)
	assert.Equal(t, 1, pe.Line)
}

// adrToolsLog is the log adr-tools writes for "adr init", then records 2 to
// 5 with 3 superseding 2 and 5 superseding 3.
func adrToolsLog(t *testing.T) *Log {
	t.Helper()
	fsys := fstest.MapFS{}
	titles := []string{"Record architecture decisions", "Write the service in Python", "Write the service in Go", "Use gRPC between services", "Write the service in Rust"}
	status := map[int]string{2: "Superceded by [3. Write the service in Go](0003-write-the-service-in-go.md)",
		3: "Supercedes [2. Write the service in Python](0002-write-the-service-in-python.md)\n\nSuperceded by [5. Write the service in Rust](0005-write-the-service-in-rust.md)",
		5: "Accepted\n\nSupercedes [3. Write the service in Go](0003-write-the-service-in-go.md)"}
	for i, title := range titles {
		n := i + 1
		s, ok := status[n]
		if !ok {
			s = "Accepted"
		}
		fsys[FileName(n, title)] = &fstest.MapFile{Data: []byte("# " + strings.Join([]string{itoa(n), title}, ". ") + "\n\nDate: 1992-01-12\n\n## Status\n\n" + s + "\n\n## Context\n\nx\n")}
	}
	l, err := ReadLog(fsys, Options{})
	require.NoError(t, err)
	return l
}

func itoa(n int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + string(rune('0'+n))) }

// TestGraphAndTOCMatchAdrTools compares with what adr-tools printed for the
// same log (the fixtures' generate-graph-supersede-chain test).
func TestGraphAndTOCMatchAdrTools(t *testing.T) {
	l := adrToolsLog(t)
	var g bytes.Buffer
	require.NoError(t, l.Graph(&g, GraphOptions{}))
	want := `digraph {
  node [shape=plaintext];
  subgraph {
    _1 [label="1. Record architecture decisions"; URL="0001-record-architecture-decisions.html"];
    _2 [label="2. Write the service in Python"; URL="0002-write-the-service-in-python.html"];
    _1 -> _2 [style="dotted", weight=1];
    _3 [label="3. Write the service in Go"; URL="0003-write-the-service-in-go.html"];
    _2 -> _3 [style="dotted", weight=1];
    _4 [label="4. Use gRPC between services"; URL="0004-use-grpc-between-services.html"];
    _3 -> _4 [style="dotted", weight=1];
    _5 [label="5. Write the service in Rust"; URL="0005-write-the-service-in-rust.html"];
    _4 -> _5 [style="dotted", weight=1];
  }
  _3 -> _2 [label="Supercedes", weight=0]
  _5 -> _3 [label="Supercedes", weight=0]
}
`
	assert.Equal(t, want, g.String())
	g.Reset()
	require.NoError(t, l.Graph(&g, GraphOptions{LinkPrefix: "https://example.org/adr/", LinkExtension: ".md"}))
	assert.Contains(t, g.String(), `URL="https://example.org/adr/0005-write-the-service-in-rust.md"`)

	var toc bytes.Buffer
	require.NoError(t, l.TOC(&toc, TOCOptions{Intro: "Intro.\n", Outro: "## See also", LinkPrefix: "adr/"}))
	assert.Equal(t, "# Architecture Decision Records\n\nIntro.\n\n* [1. Record architecture decisions](adr/0001-record-architecture-decisions.md)\n* [2. Write the service in Python](adr/0002-write-the-service-in-python.md)\n* [3. Write the service in Go](adr/0003-write-the-service-in-go.md)\n* [4. Use gRPC between services](adr/0004-use-grpc-between-services.md)\n* [5. Write the service in Rust](adr/0005-write-the-service-in-rust.md)\n\n## See also\n", toc.String())
	assert.Empty(t, l.Check())
}

func TestGraphQuotesLabels(t *testing.T) {
	l := NewLog(Options{})
	_, _ = l.Add(Record{Title: `Say "no" to \ magic`}, day)
	var g bytes.Buffer
	require.NoError(t, l.Graph(&g, GraphOptions{}))
	assert.Contains(t, g.String(), `label="1. Say \"no\" to \\ magic"`)
}

func TestSlugAndFileName(t *testing.T) {
	for title, want := range map[string]string{
		"Use Node.js v18, not v16!":       "use-node-js-v18-not-v16",
		"Should we cache? (Yes: for now)": "should-we-cache-yes-for-now",
		"--verbose--flag handling":        "verbose-flag-handling",
		"Café au lait über alles":         "café-au-lait-über-alles",
		"数据库 选择":                          "数据库-选择",
		"  !!  ":                          "",
	} {
		assert.Equal(t, want, Slug(title), title)
	}
	assert.Equal(t, "0012-use-go.md", FileName(12, "Use Go"))
	assert.Equal(t, "10000-x.md", FileName(10000, "x"))
}
