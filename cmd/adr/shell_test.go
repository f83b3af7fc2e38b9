package main

import (
	"io"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The expected values below are what bash, GNU sed, util-linux getopt,
// GNU grep and mawk do with the same input.

func TestSlug(t *testing.T) {
	t.Chdir(t.TempDir()) // no file can match a pattern in a title
	for title, want := range map[string]string{
		"Use Node.js v18, not v16!":       "use-node-js-v18-not-v16",
		"Should we cache? (Yes: for now)": "should-we-cache-yes-for-now",
		"--verbose--flag handling":        "verbose-flag-handling",
		"Spaces   inside    the title":    "spaces-inside-the-title",
		"Café au lait über alles":         "caf-au-lait-ber-alles",
		"-e -n dash title":                "dash-title",
		"record-architecture-decisions":   "record-architecture-decisions",
		"   ":                             "",
	} {
		assert.Equal(t, want, slug(io.Discard, title), title)
	}
	require.NoError(t, os.Mkdir("a", 0o755))
	assert.Equal(t, "a", slug(io.Discard, "record-architecture-decisions"), "a file named \"a\" turns tr's [:alnum:] into \"a\"")
	require.NoError(t, os.Remove("a"))
	require.NoError(t, os.Mkdir("r", 0o755))
	assert.Equal(t, "Hello-World", slug(io.Discard, "Hello World"), "\"r\" names both [:upper:] and [:lower:]: tr r r changes nothing")
	require.NoError(t, os.Mkdir("l", 0o755))
	var msg strings.Builder
	assert.Equal(t, "", slug(&msg, "Hello World"))
	assert.Equal(t, "tr: extra operand 'r'\nTry 'tr --help' for more information.\n", msg.String())
}

func TestSubstitution(t *testing.T) {
	cases := []struct {
		value, want, err string
	}{
		{"R&D", "# 2. RTITLED", ""},
		{`a\&b`, "# 2. a&b", ""},
		{`C:\Users\me`, "# 2. C:SERSME", ""},
		{`a\nb`, "# 2. a\nb", ""},
		{`a\|b`, "# 2. a|b", ""},
		{"a|b", "", "sed: -e expression #2, char 11: unknown option to `s'"},
		{"a|g", "", "sed: -e expression #2, char 12: unknown option to `s'"},
		{"Use a | pipe", "", "sed: -e expression #2, char 19: multiple `p' options to `s' command"},
		{`x\1y`, "", "sed: -e expression #2, char 13: invalid reference \\1 on `s' command's RHS"},
		{"a|0", "", "sed: -e expression #2, char 11: number option to `s' command may not be zero"},
	}
	num, err := compileSubstitution(1, "NUMBER", "2")
	require.NoError(t, err)
	for _, tc := range cases {
		t.Run(tc.value, func(t *testing.T) {
			s, err := compileSubstitution(2, "TITLE", tc.value)
			if tc.err != "" {
				assert.EqualError(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want+"\n", sed("# NUMBER. TITLE\n", []*substitution{num, s}))
		})
	}
	g, err := compileSubstitution(1, "X", "y|g")
	assert.Error(t, err, "the | ends the replacement")
	assert.Nil(t, g)
	ragged := sed("a TITLE\nTITLE TITLE", []*substitution{mustSub(t, "TITLE", "T")})
	assert.Equal(t, "a T\nT TITLE", ragged, "one replacement a line; a last line without newline stays so")
}

func mustSub(t *testing.T, pattern, value string) *substitution {
	t.Helper()
	s, err := compileSubstitution(1, pattern, value)
	require.NoError(t, err)
	return s
}

func TestGetopts(t *testing.T) {
	var msg strings.Builder
	opts, rest, ok := getopts(&msg, "adr-new", "s:l:", []string{"-s", "2", "-l3:A:B", "-s4", "--", "-x", "Title"})
	require.True(t, ok)
	assert.Equal(t, []option{{'s', "2"}, {'l', "3:A:B"}, {'s', "4"}}, opts)
	assert.Equal(t, []string{"-x", "Title"}, rest)
	_, rest, ok = getopts(&msg, "adr-new", "s:l:", []string{"Title", "-s", "2"})
	assert.True(t, ok)
	assert.Equal(t, []string{"Title", "-s", "2"}, rest, "options end at the first word")
	_, _, ok = getopts(&msg, "adr-new", "s:l:", []string{"-x"})
	assert.False(t, ok)
	_, _, ok = getopts(&msg, "adr-new", "s:l:", []string{"-s"})
	assert.False(t, ok)
	assert.Equal(t, "adr-new: illegal option -- x\nadr-new: option requires an argument -- s\n", msg.String())
}

func TestGetopt(t *testing.T) {
	var msg strings.Builder
	out, ok := getopt(&msg, "i:o:p:", []string{"extra", "-i", "intro.md", "-pdocs/"})
	assert.True(t, ok)
	assert.Equal(t, []string{"-i", "intro.md", "-p", "docs/", "--", "extra"}, out)
	_, ok = getopt(&msg, "i:o:p:", []string{"-z", "-i"})
	assert.False(t, ok)
	assert.Equal(t, "getopt: invalid option -- 'z'\ngetopt: option requires an argument -- 'i'\n", msg.String())
}

func TestGrepPattern(t *testing.T) {
	cases := []struct {
		pattern, line string
		match         bool
	}{
		{"2", "doc/adr/0002-x.md", true},
		{"0002", "doc/adr/0012-x.md", false},
		{"a.c", "abc", true},
		{"a+", "a+", true},
		{"a+", "aa", false},
		{`a\+`, "aa", true},
		{"(x)", "(x)", true},
		{`\(x\)`, "x", true},
		{"*x", "*x", true},
		{"^doc", "doc/adr", true},
		{"^adr", "doc/adr", false},
		{"md$", "x.md", true},
		{"a$b", "a$b", true},
		{"[0-9]-b", "1-b", true},
		{`[\]x`, `\x`, true},
		{"x{2}", "x{2}", true},
	}
	for _, tc := range cases {
		re, err := grepPattern(tc.pattern)
		require.NoError(t, err, tc.pattern)
		assert.Equal(t, tc.match, re.MatchString(tc.line), "%s ~ %s", tc.pattern, tc.line)
	}
	// Patterns grep refuses fail with grep's own words.
	for pattern, msg := range map[string]string{
		"[abc":       "Unmatched [, [^, [:, [., or [=",
		"x[":         "Invalid regular expression",
		`x\`:         "Trailing backslash",
		`\(x`:        `Unmatched ( or \(`,
		`x\)`:        `Unmatched ) or \)`,
		"[[:nope:]]": "Invalid character class name",
		"[z-a]":      "Invalid range end",
		`x\1`:        "Invalid back reference",
	} {
		_, err := grepPattern(pattern)
		assert.EqualError(t, err, msg, pattern)
	}
}

func TestAwkAndEcho(t *testing.T) {
	assert.Equal(t, "a\\qb\\c\nd\\/e\"f", awkString(`a\qb\\c\nd\/e\"f`), "mawk keeps unknown escapes")
	assert.Equal(t, "1\t2A8", awkString(`1\t2\1018`))
	assert.Equal(t, "end\\", awkString(`end\`))
	assert.Equal(t, "x y", echo([]string{"-n", "x", "y"}))
	assert.Equal(t, "a\tb\n", echo([]string{"-e", `a\tb`}))
	assert.Equal(t, "-x -n\n", echo([]string{"-x", "-n"}))
	assert.Equal(t, "ab", echo([]string{"-e", `ab\cdef`}))
	assert.True(t, isBlank(""))
	assert.True(t, isBlank("ss"), "mawk reads \\s as s")
	assert.False(t, isBlank(" "))
	assert.Equal(t, "Extended by", cutField("2:Extends:Extended   by", 3))
	assert.Equal(t, "2", cutField("2", 3), "no colon: cut prints the whole line")
	assert.Equal(t, "", cutField("2:x", 3))
}

func TestMkrelAndIndex(t *testing.T) {
	assert.Equal(t, "doc/adr", mkrel(".", "doc/adr"))
	assert.Equal(t, "../../x", mkrel("./../..", "x"))
	assert.Equal(t, "/abs", mkrel(".", "/abs"))
	assert.Equal(t, "12", index("doc/adr/0012-a-b.md"))
	assert.Equal(t, "", index("doc/adr/0000-zero.md"))
	assert.Equal(t, "0012-x", basename("a/0012-x.md", ".md"))
	assert.Equal(t, ".md", basename(".md", ".md"))
	var msg strings.Builder
	assert.Equal(t, "0012-x.md", basenameCmd(&msg, []string{"doc/adr/0012-x.md"}))
	assert.Equal(t, "0012-x", basenameCmd(&msg, []string{"doc/adr/0012-x.md", ".md"}))
	assert.Empty(t, msg.String())
	assert.Equal(t, "", basenameCmd(&msg, []string{"The", "doc/adr", "directory"}))
	assert.Equal(t, "basename: extra operand 'directory'\nTry 'basename --help' for more information.\n", msg.String())
}
