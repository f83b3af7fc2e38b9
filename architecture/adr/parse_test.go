package adr

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/fixtures"
)

func render(t *testing.T, r *Record) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, Render(&b, r))
	return b.String()
}

// TestNygardFixturesRoundTrip reads adr-tools' own decision log: every
// record parses, and writing it back gives the same bytes.
func TestNygardFixturesRoundTrip(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(fixtures.Dir(t, "adr-tools"), "log", "*.md"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			rec, err := ParseNygard(bytes.NewReader(data))
			require.NoError(t, err)
			assert.NotZero(t, rec.Number)
			assert.NotEmpty(t, rec.Title)
			assert.Equal(t, Accepted, rec.Status())
			assert.Equal(t, string(data), render(t, rec))
			auto, err := Parse(bytes.NewReader(data))
			require.NoError(t, err)
			assert.Equal(t, Nygard, auto.Format, "detected as Nygard")
		})
	}
}

// TestMADRFixturesRoundTrip reads MADR's records and templates: each parses
// as MADR, and parsing what it renders gives an equal record.
func TestMADRFixturesRoundTrip(t *testing.T) {
	dir := fixtures.Dir(t, "madr")
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.md"))
	require.NoError(t, err)
	require.Len(t, files, 5)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			rec, err := Parse(bytes.NewReader(data))
			require.NoError(t, err)
			assert.Equal(t, MADR, rec.Format)
			assert.NotEmpty(t, rec.Title)
			assert.NotEmpty(t, rec.Context)
			assert.NotEmpty(t, rec.Options)
			again, err := ParseMADR(strings.NewReader(render(t, rec)))
			require.NoError(t, err)
			assert.Equal(t, rec, again)
		})
	}
}

func TestParseMADRDetails(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(fixtures.Dir(t, "madr"), "decisions", "0001-use-CC0-or-MIT-as-license.md"))
	require.NoError(t, err)
	rec, err := Parse(bytes.NewReader(data))
	require.NoError(t, err)
	assert.Equal(t, "Dual License the Work", rec.Title)
	assert.Equal(t, "Dual license with MIT and CC0", rec.Chosen)
	assert.Equal(t, []MetaField{{Key: "parent", Value: "Decisions"}, {Key: "nav_order", Value: "1"}}, rec.Meta)
	require.Len(t, rec.Options, 6)
	cc0 := rec.Options[0]
	assert.Equal(t, "CC0", cc0.Heading, "the pros and cons heading is matched to the linked option name")
	assert.Len(t, cc0.Pros, 1)
	assert.Len(t, cc0.Cons, 1)
	assert.Equal(t, []string{"it [explicitly may be used for documentation](https://opensource.stackexchange.com/a/9545/5671)", "it is lean."}, rec.Options[2].Pros)
	assert.Contains(t, rec.Options[3].Description, "SPDX")

	tpl, err := os.ReadFile(filepath.Join(fixtures.Dir(t, "madr"), "template", "adr-template.md"))
	require.NoError(t, err)
	full, err := Parse(bytes.NewReader(tpl))
	require.NoError(t, err)
	assert.Equal(t, []string{"{list everyone involved in the decision}"}, full.DecisionMakers)
	assert.Len(t, full.Drivers, 3)
	assert.NotEmpty(t, full.Confirmation)
	assert.NotEmpty(t, full.MoreInformation)
	assert.Equal(t, Custom, full.Status(), "the template's placeholder status is kept verbatim")
	cons := full.ConsequenceList()
	require.Len(t, cons, 3)
	assert.Equal(t, Good, cons[0].Effect)
	assert.Equal(t, Bad, cons[1].Effect)
	assert.Equal(t, Effect(0), cons[2].Effect)
}

func TestParseNygardDetails(t *testing.T) {
	src := "# 12. Use Go, not Rust\n\nDate: 2024-03-01\n\nDeciders: Ana, Bo\n\n## Status\n\nProposed\n\nAccepted\n\nSuperceded by [13. Use Zig](0013-use-zig.md)\n\nAmends [3. Pick a language](0003-pick-a-language.md)\n\n## Context\n\nWe need speed.\n\n## Options\n\nGo or Rust.\n\n## Decision\n\n```md\n## not a heading\n```\n\n## Consequences\n\nFaster builds.\n\n## Notes\n\nSee the wiki.\n"
	rec, err := Parse(strings.NewReader(src))
	require.NoError(t, err)
	assert.Equal(t, 12, rec.Number)
	assert.Equal(t, "Use Go, not Rust", rec.Title)
	assert.Equal(t, "2024-03-01", rec.Date)
	assert.Equal(t, "Deciders: Ana, Bo", rec.Preamble)
	assert.Equal(t, []StatusEntry{{Proposed, "Proposed"}, {Accepted, "Accepted"}}, rec.Statuses)
	assert.Equal(t, Superseded, rec.Status(), "a superseded-by link makes the record superseded")
	assert.Equal(t, []Link{
		{Kind: SupersededBy, Text: "Superceded by", Target: 13, Title: "13. Use Zig", File: "0013-use-zig.md"},
		{Kind: AmendedBy.Reverse(), Text: "Amends", Target: 3, Title: "3. Pick a language", File: "0003-pick-a-language.md"},
	}, rec.Links)
	assert.Equal(t, "```md\n## not a heading\n```", rec.Decision, "headings inside fenced code stay in the body")
	assert.Equal(t, []Section{{Heading: "Options", Body: "Go or Rust.", Before: keyDecision}, {Heading: "Notes", Body: "See the wiki."}}, rec.Sections)
	assert.Equal(t, src, render(t, rec), "unknown sections keep their place")
}

func TestParseCRLFAndUnicode(t *testing.T) {
	rec, err := Parse(strings.NewReader("# 1. Café über alles\r\n\r\n## Status\r\n\r\nAccepted\r\n"))
	require.NoError(t, err)
	assert.Equal(t, "Café über alles", rec.Title)
	assert.Equal(t, Accepted, rec.Status())
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		name      string
		src       string
		line, col int
		msg       string
	}{
		{"empty", "", 1, 1, "want the title"},
		{"no title", "\n\nSome text\n", 3, 1, "want the title"},
		{"second level first", "## Status\n", 1, 1, "want the title"},
		{"open front matter", "---\nstatus: accepted\n# Title\n", 1, 1, "never closed"},
		{"bad utf-8", "# 1. T\n\nab\xffcd\n", 3, 3, "not valid UTF-8"},
		{"too large", "# 1. T\n" + strings.Repeat("x", MaxRecordSize), 0, 0, "larger than"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tc.src))
			var pe *leadkit.ParseError
			require.True(t, errors.As(err, &pe), "got %v", err)
			assert.Equal(t, tc.line, pe.Line)
			assert.Equal(t, tc.col, pe.Col)
			assert.Contains(t, pe.Msg, tc.msg)
			assert.ErrorIs(t, err, leadkit.ErrInvalid)
		})
	}
}

func TestRenderMADRFromScratch(t *testing.T) {
	rec := &Record{Format: MADR, Title: "Use PostgreSQL", Date: "2025-04-28",
		Statuses:       []StatusEntry{{Status: Accepted}},
		DecisionMakers: []string{"Ana", "Bo"},
		Context:        "We need a relational database.",
		Options:        []Option{{Name: "PostgreSQL", Pros: []string{"the team knows it"}}, {Name: "MongoDB", Cons: []string{"no transactions we need"}}},
		Decision:       `Chosen option: "PostgreSQL", because it fits.`, Chosen: "PostgreSQL",
		Consequences: "* Good, because skills align\n* Bad, because more operations work",
		Links:        []Link{{Kind: Supersedes, Target: 1, Title: "ADR-0001", File: "0001-use-mysql.md"}},
		Meta:         []MetaField{{Key: "nav_order", Value: "2"}, {Value: "# a comment"}},
	}
	out := render(t, rec)
	assert.Contains(t, out, "---\nstatus: accepted\ndate: 2025-04-28\ndecision-makers: Ana, Bo\nnav_order: 2\n# a comment\n---\n\n# Use PostgreSQL\n")
	assert.Contains(t, out, "### PostgreSQL\n\n* Good, because the team knows it")
	assert.Contains(t, out, "## Links\n\n* Supersedes [ADR-0001](0001-use-mysql.md)\n")
	again, err := Parse(strings.NewReader(out))
	require.NoError(t, err)
	rec.Options[0].Heading, rec.Options[1].Heading = "PostgreSQL", "MongoDB"
	rec.Statuses[0].Text = "accepted"
	rec.Links[0].Text = "Supersedes"
	assert.Equal(t, rec, again)
}

func TestRecordJSONRoundTrip(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(fixtures.Dir(t, "madr"), "decisions", "0003-provide-own-madr-tools.md"))
	require.NoError(t, err)
	rec, err := Parse(bytes.NewReader(data))
	require.NoError(t, err)
	rec.Links = []Link{{Kind: AmendedBy, Text: "Amended by", Target: 4}}
	js, err := json.Marshal(rec)
	require.NoError(t, err)
	assert.Contains(t, string(js), `"format":"madr"`)
	assert.Contains(t, string(js), `"statuses":[{"status":"custom","text":"on hold"}]`)
	assert.Contains(t, string(js), `"kind":"amended_by"`)
	var back Record
	require.NoError(t, json.Unmarshal(js, &back))
	assert.Equal(t, *rec, back)
}

func TestParseTitles(t *testing.T) {
	for heading, want := range map[string][2]any{
		"# 1. Record architecture decisions": {1, "Record architecture decisions"},
		"# 0007. Padded":                     {7, "Padded"},
		"# 12.5 is not a number":             {0, "12.5 is not a number"},
		"# 42 is the answer":                 {0, "42 is the answer"},
		"# ADR-0001: Use PostgreSQL":         {0, "ADR-0001: Use PostgreSQL"},
		"# 5. 42 is the answer":              {5, "42 is the answer"},
	} {
		rec, err := Parse(strings.NewReader(heading + "\n"))
		require.NoError(t, err, heading)
		assert.Equal(t, want[0], rec.Number, heading)
		assert.Equal(t, want[1], rec.Title, heading)
	}
}

func TestParseMADR2Bullets(t *testing.T) {
	src := "# Use Plain JUnit5 for TDD\n\n* Status: superseded by [ADR-0005](0005-use-hamcrest.md)\n* Deciders: Ana, Bo\n* Date: 2019-03-01\n\nTechnical Story: #42\n\n## Context and Problem Statement\n\nWhich test framework?\n\n## Considered Options\n\n* JUnit5\n* Spock\n"
	rec, err := Parse(strings.NewReader(src))
	require.NoError(t, err)
	assert.Equal(t, MADR, rec.Format)
	assert.Equal(t, Superseded, rec.Status())
	assert.Equal(t, []int{5}, rec.Successors())
	assert.Equal(t, []string{"Ana", "Bo"}, rec.DecisionMakers)
	assert.Equal(t, "2019-03-01", rec.Date)
	assert.Equal(t, "Technical Story: #42", rec.Preamble)
	again, err := Parse(strings.NewReader(render(t, rec)))
	require.NoError(t, err)
	assert.Equal(t, rec, again, "written as MADR 4 front matter, read back equal")
}
