package adr

import (
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
)

func rec(heading, status string) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte("# " + heading + "\n\n## Status\n\n" + status + "\n\n## Context\n\nx\n")}
}

func troubledLog(t *testing.T, opts Options) *Log {
	t.Helper()
	fsys := fstest.MapFS{
		"0001-a.md":          {Data: []byte("# 1. A\n\nDate: 12/01/1992\n\n## Status\n\nAccepted\n\nAmends [99. Gone](0099-gone.md)\n\n## Context\n")},
		"0002-b.md":          rec("2. B", "Superseded"),
		"0003-wrong-name.md": rec("3. C", "Accepted\n\nSupercedes [1. A](0001-a.md)"),
		"0003-dup.md":        rec("3. Dup", "on hold"),
		"0005-e.md":          rec("6. E", ""),
		"0007-f.md":          rec("7. F", "Rejected\n\nAccepted\n\nExtends [7. F](0007-f.md)\n\nAmends [2. B](0002-b.md)"),
		"0008-x.md":          rec(" ", "Accepted"),
		"0009-g.md":          rec("9. G", "Accepted\n\nSupercedes [10. H](0010-h.md)\n\nSuperceded by [10. H](0010-h.md)"),
		"0010-h.md":          rec("10. H", "Accepted\n\nSupercedes [9. G](0009-g.md)\n\nSuperceded by [9. G](0009-g.md)"),
		"0011-when.md":       {Data: []byte("# 11. When\n\nDate: 2024-02-30\n\n## Status\n\nAccepted\n")},
	}
	l, err := ReadLog(fsys, opts)
	require.NoError(t, err)
	return l
}

func TestCheckCodes(t *testing.T) {
	fs := troubledLog(t, Options{})
	got := map[string]leadkit.Finding{}
	for _, f := range fs.Check() {
		if _, seen := got[f.Code]; !seen {
			got[f.Code] = f
		}
	}
	want := map[string]struct {
		sev   leadkit.Severity
		field string
		msg   string
	}{
		"adr.number.duplicate":            {leadkit.Error, "0003-wrong-name.md", `like "0003-dup.md"`},
		"adr.number.mismatch":             {leadkit.Warning, "0005-e.md", "numbers the record 6 but its file name says 5"},
		"adr.number.gap":                  {leadkit.Warning, "0006", "from 3 to 6: numbers 4 to 5 are missing"},
		"adr.title.missing":               {leadkit.Error, "0008-x.md", "has no title"},
		"adr.title.mismatch":              {leadkit.Warning, "0003-wrong-name.md", `title "C"`},
		"adr.status.missing":              {leadkit.Warning, "0005-e.md", "no status"},
		"adr.status.custom":               {leadkit.Warning, "0003-dup.md: statuses[0]", `"on hold"`},
		"adr.status.transition":           {leadkit.Warning, "0007-f.md: statuses[1]", `from "rejected" to "accepted"`},
		"adr.supersede.successor_missing": {leadkit.Error, "0002-b.md", "does not say by which record"},
		"adr.supersede.reverse_missing":   {leadkit.Error, "0003-wrong-name.md: links[0]", `says "Supercedes" record 1`},
		"adr.supersede.cycle":             {leadkit.Error, "0009", "9 → 10 → 9"},
		"adr.link.dangling":               {leadkit.Error, "0001-a.md: links[0]", "record 99, which is not in the log"},
		"adr.link.self":                   {leadkit.Warning, "0007-f.md: links[0]", "links to itself"},
		"adr.link.reverse_missing":        {leadkit.Warning, "0007-f.md: links[1]", `says "Amends" record 2`},
		"adr.date.format":                 {leadkit.Warning, "0001-a.md", `"12/01/1992"`},
	}
	for code, w := range want {
		t.Run(code, func(t *testing.T) {
			assert.True(t, leadkit.ValidCode(code))
			f, ok := got[code]
			require.True(t, ok, "no finding %s in %v", code, fs.Check())
			assert.Equal(t, w.sev, f.Severity)
			assert.Equal(t, w.field, f.Field)
			assert.Contains(t, f.Message, w.msg)
			assert.NotEmpty(t, f.Hint)
		})
	}
	for code := range got {
		_, documented := want[code]
		assert.True(t, documented, "finding %s is tested", code)
	}
	assert.Contains(t, got["adr.date.format"].Hint, "adr upgrade-repository")
	assert.Equal(t, fs.Check(), fs.Check(), "findings come in a deterministic order")
}

// TestCodesDocumented keeps the package doc's table and Check in step.
func TestCodesDocumented(t *testing.T) {
	doc := readDoc(t)
	for _, f := range troubledLog(t, Options{}).Check() {
		assert.Contains(t, doc, f.Code, "the package doc lists %s", f.Code)
	}
	for _, code := range regexp.MustCompile(`adr\.[a-z_]+\.[a-z_]+`).FindAllString(doc, -1) {
		assert.True(t, leadkit.ValidCode(code), code)
	}
}

func TestCheckAllowedStatuses(t *testing.T) {
	l := troubledLog(t, Options{AllowedStatuses: []string{" On Hold "}})
	assert.False(t, l.Check().Has("adr.status.custom"))
}

func TestCheckEmptyLogAndZeroStart(t *testing.T) {
	assert.Empty(t, NewLog(Options{}).Check())
	l, err := ReadLog(fstest.MapFS{"0000-a.md": rec("A", "accepted"), "0001-b.md": rec("B", "proposed")}, Options{})
	require.NoError(t, err)
	assert.Empty(t, l.Check(), "a MADR log may start at 0000")
	l, err = ReadLog(fstest.MapFS{"0004-a.md": rec("4. A", "Accepted")}, Options{})
	require.NoError(t, err)
	f := l.Check()
	require.Len(t, f, 1)
	assert.Equal(t, "The log skips from 0 to 4: numbers 1 to 3 are missing.", f[0].Message)
}

func TestCheckUnicodeTitles(t *testing.T) {
	l, err := ReadLog(fstest.MapFS{
		"0001-café-au-lait.md": rec("1. Café au lait", "Accepted"),
		"0002-caf-au-lait.md":  rec("2. Café au lait", "Accepted"),
		"0003-CAFÉ-AU-LAIT.md": rec("3. café au lait", "Accepted"),
	}, Options{})
	require.NoError(t, err)
	assert.Empty(t, l.Check(), "unicode slugs, adr-tools' ASCII slugs and any letter case all match")
}

func readDoc(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	data, err := readFile("doc.go")
	require.NoError(t, err)
	b.Write(data)
	return b.String()
}
