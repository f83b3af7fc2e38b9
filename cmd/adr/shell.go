package main

// adr-tools is a set of bash scripts, and much of its observable behaviour
// comes from the shell and the Unix tools it calls rather than from the
// scripts' intent: word splitting of unquoted variables, echo's options,
// getopts and getopt, grep's basic regular expressions and awk's handling of
// -v assignments. This file reproduces just those pieces.

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
)

// words splits s the way bash splits an unquoted expansion with the default
// IFS, then expands each word that looks like a pathname pattern against the
// working directory, keeping the word when nothing matches.
func words(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' }) {
		out = append(out, glob(w)...)
	}
	return out
}

// glob expands one word as bash pathname expansion does (without options):
// sorted matches, hidden files only for patterns that start with a dot.
func glob(w string) []string {
	if !strings.ContainsAny(w, "*?[") {
		return []string{w}
	}
	matches, err := filepath.Glob(w)
	if err != nil {
		return []string{w}
	}
	var keep []string
	for _, m := range matches {
		if strings.HasPrefix(filepath.Base(m), ".") && !strings.HasPrefix(filepath.Base(w), ".") {
			continue
		}
		keep = append(keep, m)
	}
	if len(keep) == 0 {
		return []string{w}
	}
	slices.Sort(keep)
	return keep
}

// echo is bash's builtin echo: leading -n/-e/-E options, then the arguments
// joined by spaces, with backslash escapes only under -e.
func echo(args []string) string {
	newline, escapes := true, false
	for len(args) > 0 && isEchoOption(args[0]) {
		for _, c := range args[0][1:] {
			switch c {
			case 'n':
				newline = false
			case 'e':
				escapes = true
			case 'E':
				escapes = false
			}
		}
		args = args[1:]
	}
	s := strings.Join(args, " ")
	if escapes {
		var stop bool
		s, stop = echoEscapes(s)
		if stop {
			return s
		}
	}
	if newline {
		s += "\n"
	}
	return s
}

func isEchoOption(a string) bool {
	if len(a) < 2 || a[0] != '-' {
		return false
	}
	return strings.Trim(a[1:], "neE") == ""
}

// echoEscapes interprets echo -e escapes; stop is true after \c, which ends
// all output.
func echoEscapes(s string) (out string, stop bool) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		if ctl, ok := controlEscape(s[i]); ok {
			b.WriteByte(ctl)
			continue
		}
		switch c := s[i]; c {
		case 'c':
			return b.String(), true
		case 'e', 'E':
			b.WriteByte(0x1b)
		case '\\':
			b.WriteByte('\\')
		case '0':
			n, j := digits(s, i+1, 3, 8)
			b.WriteByte(byte(n))
			i = j - 1
		case 'x':
			i = hexEscape(&b, s, i)
		default:
			b.WriteByte('\\')
			b.WriteByte(c)
		}
	}
	return b.String(), false
}

// hexEscape writes the byte of the \xHH escape whose "x" is at s[i] (or
// "\x" itself when no hex digit follows) and returns the index of its last
// character.
func hexEscape(b *strings.Builder, s string, i int) int {
	n, j := digits(s, i+1, 2, 16)
	if j == i+1 {
		b.WriteString(`\x`)
		return i
	}
	b.WriteByte(byte(n))
	return j - 1
}

// digits reads up to max digits of the given base from s at i and returns
// their value and the index after them.
func digits(s string, i, max, base int) (n, end int) {
	for end = i; end < len(s) && end-i < max; end++ {
		d, err := strconv.ParseUint(s[end:end+1], base, 8)
		if err != nil {
			break
		}
		n = n*base + int(d)
	}
	return n, end
}

// option is one option found by getopts or getopt: its letter and argument.
type option struct {
	name byte
	arg  string
}

// getopts parses args like a bash "while getopts SPEC" loop: it stops at the
// first non-option or after "--". A bad option is reported the way bash
// reports it for script and ends the scan with ok false.
func getopts(w io.Writer, script, spec string, args []string) (opts []option, rest []string, ok bool) {
	i := 0
	for i < len(args) {
		a := args[i]
		if a == "--" {
			i++
			break
		}
		if len(a) < 2 || a[0] != '-' {
			break
		}
		i++
		for j := 1; j < len(a); j++ {
			c := a[j]
			k := strings.IndexByte(spec, c)
			if c == ':' || k < 0 {
				fmt.Fprintf(w, "%s: illegal option -- %c\n", script, c)
				return opts, nil, false
			}
			if k+1 < len(spec) && spec[k+1] == ':' {
				arg := a[j+1:]
				if arg == "" {
					if i == len(args) {
						fmt.Fprintf(w, "%s: option requires an argument -- %c\n", script, c)
						return opts, nil, false
					}
					arg = args[i]
					i++
				}
				opts = append(opts, option{c, arg})
				break
			}
			opts = append(opts, option{name: c})
		}
	}
	return opts, args[i:], true
}

// getopt is util-linux getopt(1) called as "getopt SPEC ARGS...": options
// first (permuted ahead of the other arguments), then "--", then the rest.
// Each bad option is reported; ok is false if there was any.
func getopt(w io.Writer, spec string, args []string) (out []string, ok bool) {
	ok = true
	var rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			rest = append(rest, a)
			continue
		}
		if a[1] == '-' { // a long option, and the spec names none
			fmt.Fprintf(w, "getopt: unrecognized option '%s'\n", a)
			ok = false
			continue
		}
		for j := 1; j < len(a); j++ {
			c := a[j]
			k := strings.IndexByte(spec, c)
			if c == ':' || k < 0 {
				fmt.Fprintf(w, "getopt: invalid option -- '%c'\n", c)
				ok = false
				continue
			}
			if k+1 < len(spec) && spec[k+1] == ':' {
				arg := a[j+1:]
				if arg == "" {
					if i+1 == len(args) {
						fmt.Fprintf(w, "getopt: option requires an argument -- '%c'\n", c)
						ok = false
						break
					}
					i++
					arg = args[i]
				}
				out = append(out, "-"+string(c), arg)
				break
			}
			out = append(out, "-"+string(c))
		}
	}
	out = append(out, "--")
	return append(out, rest...), ok
}

// grepUsage is what GNU grep prints after a usage error.
const grepUsage = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n"

// grepOptions reads a reference the way "grep REF" does when REF starts
// with a dash: as options. Usually that leaves grep without a pattern, and
// msg is its complaint; "-e PATTERN" (joined, as one argument) names the
// pattern, and -i or -y make it ignore case.
func grepOptions(ref string) (pattern string, icase bool, msg string) {
	if len(ref) < 2 || ref[0] != '-' {
		return ref, false, ""
	}
	if ref == "--" {
		return "", false, grepUsage
	}
	if ref[1] == '-' {
		return "", false, fmt.Sprintf("grep: unrecognized option '%s'\n%s", ref, grepUsage)
	}
	found := false
	for j := 1; j < len(ref); j++ {
		switch c := ref[j]; {
		case c >= '0' && c <= '9' || strings.IndexByte("abchlnoqrsuvwxzEFGHILPRTUVZ", c) >= 0:
		case c == 'i' || c == 'y':
			icase = true
		case strings.IndexByte("defmABCDX", c) >= 0:
			if j+1 == len(ref) {
				return "", false, fmt.Sprintf("grep: option requires an argument -- '%c'\n%s", c, grepUsage)
			}
			if c == 'e' {
				pattern, found = ref[j+1:], true
			}
			j = len(ref)
		default:
			return "", false, fmt.Sprintf("grep: invalid option -- '%c'\n%s", c, grepUsage)
		}
	}
	if !found {
		return "", false, grepUsage
	}
	return pattern, icase, ""
}

// atoi is the value of a string of digits, 0 for none.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// grepPattern compiles a grep basic regular expression (GNU flavour). A
// pattern grep refuses gives an error worded as GNU grep words it.
func grepPattern(bre string) (*regexp.Regexp, error) {
	var b strings.Builder
	atStart := true // where '*' is literal and '^' is an anchor
	atom := -1      // where the last atom starts in b, or -1 for none
	repeated := false
	var groups []int // where each open group starts in b
	// repeat applies a repetition to the last atom; GNU applies one to a
	// repetition too ("a**"), which Go's syntax needs a group for.
	repeat := func(op string) {
		if repeated && atom >= 0 {
			inner := b.String()[atom:]
			head := b.String()[:atom]
			b.Reset()
			b.WriteString(head + "(?:" + inner + ")")
		}
		b.WriteString(op)
		repeated = true
	}
	for i := 0; i < len(bre); i++ {
		c := bre[i]
		if c == '\\' && i+1 < len(bre) && bre[i+1] == '{' && !atStart {
			end := strings.Index(bre[i+2:], `\}`)
			if end < 0 {
				return nil, errors.New(`Unmatched \{`)
			}
			inner := bre[i+2 : i+2+end]
			lo, hi, comma := strings.Cut(inner, ",")
			if lo == "" && !comma || !allDigits(lo) || !allDigits(hi) || hi != "" && atoi(lo) > atoi(hi) {
				return nil, errors.New(`Invalid content of \{\}`)
			}
			if lo == "" {
				inner = "0" + inner
			}
			repeat("{" + inner + "}")
			i += end + 3
			continue
		}
		if !atStart && (c == '*' || c == '\\' && i+1 < len(bre) && (bre[i+1] == '+' || bre[i+1] == '?')) {
			if c == '\\' {
				i++
				c = bre[i]
			}
			repeat(string(c))
			continue
		}
		start := b.Len()
		switch {
		case c == '\\' && i+1 == len(bre):
			return nil, errors.New("Trailing backslash")
		case c == '\\':
			i++
			switch n := bre[i]; n {
			case '(':
				groups = append(groups, b.Len())
				b.WriteByte(n)
				atStart, atom = true, -1
				continue
			case '|':
				b.WriteByte(n)
				atStart, atom = true, -1
				continue
			case ')':
				b.WriteByte(n)
				if len(groups) > 0 {
					start, groups = groups[len(groups)-1], groups[:len(groups)-1]
				}
			case '{', '}', '+', '?':
				b.WriteString(regexp.QuoteMeta(string(n)))
			case '<', '>':
				b.WriteString(`\b`)
			case 'w', 'W', 's', 'S', 'b', 'B':
				b.WriteByte('\\')
				b.WriteByte(n)
			default:
				if n >= '1' && n <= '9' {
					// grep refuses a reference to a group it has not
					// seen; Go's regexp has no back-references at all.
					return nil, errors.New("Invalid back reference")
				}
				b.WriteString(regexp.QuoteMeta(string(n)))
			}
		case c == '*' && atStart:
			b.WriteString(`\*`)
		case c == '^' && atStart:
			b.WriteByte('^')
			continue // a '*' right after the anchor is still literal
		case c == '$' && (i+1 == len(bre) || strings.HasPrefix(bre[i+1:], `\)`) || strings.HasPrefix(bre[i+1:], `\|`)):
			b.WriteByte('$')
		case c == '[':
			end := bracketEnd(bre, i)
			if end < 0 {
				if rest := strings.TrimPrefix(bre[i+1:], "^"); rest == "" {
					return nil, errors.New("Invalid regular expression")
				}
				return nil, errors.New("Unmatched [, [^, [:, [., or [=")
			}
			b.WriteString(strings.ReplaceAll(bre[i:end+1], `\`, `\\`))
			i = end
		case c == '.':
			b.WriteByte(c)
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
		atStart, atom, repeated = false, start, false
	}
	re, err := regexp.Compile(b.String())
	var serr *syntax.Error
	if errors.As(err, &serr) {
		switch serr.Code {
		case syntax.ErrMissingParen:
			return nil, errors.New("Unmatched ( or \\(")
		case syntax.ErrUnexpectedParen:
			return nil, errors.New("Unmatched ) or \\)")
		case syntax.ErrInvalidCharRange:
			if strings.HasPrefix(serr.Expr, "[:") {
				return nil, errors.New("Invalid character class name")
			}
			return nil, errors.New("Invalid range end")
		case syntax.ErrInvalidRepeatSize:
			return nil, errors.New("Invalid content of \\{\\}")
		}
	}
	return re, err
}

// bracketEnd returns the index of the ']' closing the bracket expression
// that starts at i, or -1.
func bracketEnd(s string, i int) int {
	j := i + 1
	if j < len(s) && s[j] == '^' {
		j++
	}
	if j < len(s) && s[j] == ']' {
		j++
	}
	for ; j < len(s); j++ {
		switch {
		case s[j] == '[' && j+1 < len(s) && strings.IndexByte(":.=", s[j+1]) >= 0:
			k := strings.Index(s[j+2:], string(s[j+1])+"]")
			if k < 0 {
				return -1
			}
			j += k + 3
		case s[j] == ']':
			return j
		}
	}
	return -1
}

// awkString applies the escapes mawk applies to the value of a -v
// assignment: the usual C escapes, octal and hex; any other backslash is
// kept.
func awkString(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		if ctl, ok := controlEscape(s[i]); ok {
			b.WriteByte(ctl)
			continue
		}
		switch c := s[i]; c {
		case '\\', '"':
			b.WriteByte(c)
		case 'x':
			i = hexEscape(&b, s, i)
		default:
			if c >= '0' && c <= '7' {
				n, j := digits(s, i, 3, 8)
				b.WriteByte(byte(n))
				i = j - 1
				continue
			}
			b.WriteByte('\\')
			b.WriteByte(c)
		}
	}
	return b.String()
}

// controlEscape maps the letter of a C escape (\n, \t, …) to its byte.
func controlEscape(c byte) (byte, bool) {
	i := strings.IndexByte("abfnrtv", c)
	if i < 0 {
		return 0, false
	}
	return "\a\b\f\n\r\t\v"[i], true
}

// isBlank is how adr-tools' awk scripts, run by mawk, see /^\s*$/: mawk
// reads \s as a plain "s", so the line must be empty or all s's.
func isBlank(line string) bool { return strings.Trim(line, "s") == "" }

// lines splits file content into lines the way awk and sed read them: a
// final line without a newline is still a line, and an empty file has none.
// ragged reports whether the last line lacked its newline.
func lines(data string) (ls []string, ragged bool) {
	if data == "" {
		return nil, false
	}
	ragged = !strings.HasSuffix(data, "\n")
	return strings.Split(strings.TrimSuffix(data, "\n"), "\n"), ragged
}
