package main

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// As in shell_test.go, the expected values are what bash, GNU coreutils and
// GNU grep do with the same input.

func TestGrepOptions(t *testing.T) {
	cases := []struct {
		ref, pattern string
		icase        bool
		msg          string
	}{
		{ref: "12", pattern: "12"},
		{ref: "-", pattern: "-"},
		{ref: "-e1", pattern: "1"},
		{ref: "-ie2", pattern: "2", icase: true},
		{ref: "-1", msg: grepUsage},
		{ref: "-x1", msg: grepUsage},
		{ref: "--", msg: grepUsage},
		{ref: "-k", msg: "grep: invalid option -- 'k'\n" + grepUsage},
		{ref: "-e", msg: "grep: option requires an argument -- 'e'\n" + grepUsage},
		{ref: "--foo", msg: "grep: unrecognized option '--foo'\n" + grepUsage},
	}
	for _, tc := range cases {
		t.Run(tc.ref, func(t *testing.T) {
			pattern, icase, msg := grepOptions(tc.ref)
			assert.Equal(t, tc.pattern, pattern)
			assert.Equal(t, tc.icase, icase)
			assert.Equal(t, tc.msg, msg)
		})
	}
}

func TestGrepPatternRepetitions(t *testing.T) {
	cases := []struct {
		bre, subject string
		match        bool
		err          string
	}{
		{bre: "a**", subject: "aaa", match: true},
		{bre: `ph\+\+`, subject: "alpha", match: true},
		{bre: `x\{,2\}`, subject: "anything", match: true},
		{bre: `l\{2,\}`, subject: "alpha"},
		{bre: `\(al\)\{2\}`, subject: "alal", match: true},
		{bre: `a\{1\}*`, subject: "b", match: true},
		{bre: "C++", subject: "C++", match: true},
		{bre: `a\{10,2\}`, err: `Invalid content of \{\}`},
		{bre: `p\{1`, err: `Unmatched \{`},
		{bre: `h\{x\}`, err: `Invalid content of \{\}`},
	}
	for _, tc := range cases {
		t.Run(tc.bre, func(t *testing.T) {
			re, err := grepPattern(tc.bre)
			if tc.err != "" {
				require.Error(t, err)
				assert.Equal(t, tc.err, err.Error())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.match, re.MatchString(tc.subject))
		})
	}
}

func TestExtendedPattern(t *testing.T) {
	const rest = `/[0-9]+-[^/]*\.md`
	cases := []struct {
		dir, path string
		match     bool
		warning   string
	}{
		{dir: "doc/adr", path: "doc/adr/0001-a.md", match: true},
		{dir: "c++", path: "c++/0001-a.md"},
		{dir: "c++", path: "cc/0001-a.md", match: true},
		{dir: "x{,2}", path: "x{,2}/0001-a.md"},
		{dir: "(ab)+", path: "abab/0001-a.md", match: true},
		{dir: "*a", path: "*a/0001-a.md", match: true, warning: "grep: warning: * at start of expression"},
		{dir: "+b", path: "b/0001-a.md", match: true, warning: "grep: warning: + at start of expression"},
		{dir: "{1}", path: "/0001-a.md", match: true, warning: "grep: warning: {...} at start of expression"},
		{dir: "x{", path: "x{/0001-a.md", match: true},
	}
	for _, tc := range cases {
		t.Run(tc.dir, func(t *testing.T) {
			re, warnings := extendedPattern(tc.dir, rest)
			assert.Equal(t, tc.match, re.MatchString(tc.path))
			if tc.warning == "" {
				assert.Empty(t, warnings)
			} else {
				assert.Equal(t, []string{tc.warning}, warnings)
			}
		})
	}
}

func TestMkdir(t *testing.T) {
	t.Chdir(t.TempDir())
	cases := []struct {
		args           []string
		status         int
		stdout, stderr string
	}{
		{args: []string{"a/b"}},
		{args: nil, status: 1, stderr: "mkdir: missing operand\n"},
		{args: []string{"-v"}, status: 1, stderr: "mkdir: missing operand\n"},
		{args: []string{"--"}, status: 1, stderr: "mkdir: missing operand\n"},
		{args: []string{"-m"}, status: 1, stderr: "mkdir: option requires an argument -- 'm'\n"},
		{args: []string{"-px"}, status: 1, stderr: "mkdir: invalid option -- 'x'\n"},
		{args: []string{"--nope"}, status: 1, stderr: "mkdir: unrecognized option '--nope'\n"},
		{args: []string{"--ver"}, status: 1, stderr: "mkdir: option '--ver' is ambiguous; possibilities: '--verbose' '--version'\n"},
		{args: []string{"--parents=yes"}, status: 1, stderr: "mkdir: option '--parents' doesn't allow an argument\n"},
		{args: []string{"--mode"}, status: 1, stderr: "mkdir: option '--mode' requires an argument\n"},
		{args: []string{"--he"}, stdout: mkdirHelp},
		{args: []string{"--version"}, stdout: mkdirVersion},
	}
	for _, tc := range cases {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			var out, errOut strings.Builder
			tl := &tool{stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }}
			assert.Equal(t, tc.status, status(tl.mkdir(tc.args)))
			assert.Equal(t, tc.stdout, out.String())
			if tc.status != 0 {
				tc.stderr += "Try 'mkdir --help' for more information.\n"
			}
			assert.Equal(t, tc.stderr, errOut.String())
		})
	}
	fi, err := os.Stat("a/b")
	require.NoError(t, err)
	assert.True(t, fi.IsDir())
	require.NoError(t, os.WriteFile("file", nil, 0o644))
	var errOut strings.Builder
	tl := &tool{stdout: &errOut, stderr: &errOut}
	assert.Equal(t, 1, status(tl.mkdir([]string{"file"})))
	assert.Equal(t, "mkdir: cannot create directory 'file': File exists\n", errOut.String())
}

func TestCommandName(t *testing.T) {
	t.Chdir(t.TempDir())
	cases := []struct {
		name, want, stderr string
	}{
		{name: "new", want: "new"},
		{name: "n*", want: "new"},
		{name: "li?t", want: "list"},
		{name: "new ", want: "new"},
		{name: "nosuch", want: "nosuch"},
		{name: "", want: ""},
		{name: "l*", stderr: "/opt/adr/adr: line 7: [: /opt/adr/adr-link: binary operator expected\n"},
		{name: "new Foo", stderr: "/opt/adr/adr: line 7: [: /opt/adr/adr-new: binary operator expected\n"},
		{name: "*", stderr: "/opt/adr/adr: line 7: [: too many arguments\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var errOut strings.Builder
			tl := &tool{stderr: &errOut, binDir: "/opt/adr"}
			assert.Equal(t, tc.want, tl.commandName(tc.name))
			assert.Equal(t, tc.stderr, errOut.String())
		})
	}
}

func TestBuiltinEditors(t *testing.T) {
	const where = "/opt/adr/adr-new: line 132"
	cases := []struct {
		argv           []string
		done           bool
		status         int
		stdout, stderr string
	}{
		{argv: []string{"vi", "f.md"}},
		{argv: []string{"exit", "f.md"}, done: true, status: 2, stderr: where + ": exit: f.md: numeric argument required\n"},
		{argv: []string{"exit", "3", "f.md"}, done: true, stderr: where + ": exit: too many arguments\n"},
		{argv: []string{"cd", "f.md"}, done: true, status: 1, stderr: where + ": cd: f.md: Not a directory\n"},
		{argv: []string{"[", "f.md"}, done: true, status: 2, stderr: where + ": [: missing `]'\n"},
		{argv: []string{"pwd", "-x", "f.md"}, done: true, status: 2, stderr: where + ": pwd: -x: invalid option\npwd: usage: pwd [-LP]\n"},
	}
	for _, tc := range cases {
		t.Run(strings.Join(tc.argv, " "), func(t *testing.T) {
			var out, errOut strings.Builder
			tl := &tool{stdout: &out, stderr: &errOut}
			done, err := tl.builtin(where, tc.argv)
			assert.Equal(t, tc.done, done)
			assert.Equal(t, tc.status, status(err))
			assert.Equal(t, tc.stdout, out.String())
			assert.Equal(t, tc.stderr, errOut.String())
		})
	}
	dir := t.TempDir()
	t.Chdir(dir)
	var out strings.Builder
	tl := &tool{stdout: &out, stderr: &out}
	done, err := tl.builtin(where, []string{"pwd", "-P", "f.md"})
	assert.True(t, done)
	require.NoError(t, err)
	assert.Contains(t, out.String(), "\n")
}
