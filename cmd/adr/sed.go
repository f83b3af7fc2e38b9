package main

import (
	"fmt"
	"strings"
)

// adr-tools fills its template with GNU sed, pasting the title and the date
// into "s|NUMBER|…|" commands unescaped. So an "&" in a title stands for the
// placeholder, backslashes start escapes, and a "|" breaks the command. This
// file reproduces those substitutions and sed's complaints.

// substitution is one compiled "s|PLACEHOLDER|REPLACEMENT|FLAGS" command.
type substitution struct {
	pattern string // a literal placeholder such as "TITLE"
	repl    []replPart
	global  bool
	print   bool
	icase   bool
	nth     int
}

// replPart is a piece of a replacement: literal text, the matched text, or a
// case conversion (\U, \L, \E, \u, \l).
type replPart struct {
	text  string
	match bool
	conv  byte
}

// sedError is a message in GNU sed's words for expression number expr.
type sedError struct {
	expr, char int
	msg        string
}

func (e *sedError) Error() string {
	return fmt.Sprintf("sed: -e expression #%d, char %d: %s", e.expr, e.char, e.msg)
}

// compileSubstitution compiles "s|pattern|value|" as sed's expression number
// expr.
func compileSubstitution(expr int, pattern, value string) (*substitution, error) {
	src := "s|" + pattern + "|" + value + "|"
	s := &substitution{pattern: pattern, nth: 1}
	i := len("s|" + pattern + "|")
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			s.repl = append(s.repl, replPart{text: lit.String()})
			lit.Reset()
		}
	}
	for ; ; i++ {
		if i >= len(src) {
			return nil, &sedError{expr, len(src), "unterminated `s' command"}
		}
		c := src[i]
		if c == '|' {
			break
		}
		if c == '\n' {
			return nil, &sedError{expr, i, "unterminated `s' command"} // sed counts the characters before the newline
		}
		if c == '&' {
			flush()
			s.repl = append(s.repl, replPart{match: true})
			continue
		}
		if c != '\\' || i+1 >= len(src) {
			lit.WriteByte(c)
			continue
		}
		i++
		switch e := src[i]; e {
		case '0':
			flush()
			s.repl = append(s.repl, replPart{match: true})
		case '1', '2', '3', '4', '5', '6', '7', '8', '9':
			return nil, &sedError{expr, len(src), fmt.Sprintf("invalid reference \\%c on `s' command's RHS", e)}
		case 'L', 'U', 'E', 'l', 'u':
			flush()
			s.repl = append(s.repl, replPart{conv: e})
		case 'n':
			lit.WriteByte('\n')
		case 't':
			lit.WriteByte('\t')
		case 'r':
			lit.WriteByte('\r')
		case 'f':
			lit.WriteByte('\f')
		case 'v':
			lit.WriteByte('\v')
		case 'a':
			lit.WriteByte('\a')
		default:
			lit.WriteByte(e)
		}
	}
	flush()
	for i++; i < len(src); i++ {
		switch c := src[i]; {
		case c == 'g' && !s.global:
			s.global = true
		case c == 'p' && !s.print:
			s.print = true
		case c == 'i' || c == 'I':
			s.icase = true
		case c == 'm' || c == 'M' || c == 'e' || c == ' ' || c == '\t':
		case c >= '0' && c <= '9':
			n := 0
			for ; i < len(src) && src[i] >= '0' && src[i] <= '9'; i++ {
				n = n*10 + int(src[i]-'0')
			}
			i--
			if n == 0 {
				return nil, &sedError{expr, i + 1, "number option to `s' command may not be zero"}
			}
			s.nth = n
		case c == 'g':
			return nil, &sedError{expr, i + 1, "multiple `g' options to `s' command"}
		case c == 'p':
			return nil, &sedError{expr, i + 1, "multiple `p' options to `s' command"}
		default:
			return nil, &sedError{expr, i + 1, "unknown option to `s'"}
		}
	}
	return s, nil
}

// apply runs the substitution on one line and reports whether it replaced
// anything.
func (s *substitution) apply(line string) (string, bool) {
	hay, pat := line, s.pattern
	if s.icase {
		hay, pat = strings.ToLower(line), strings.ToLower(pat)
	}
	var b strings.Builder
	last, count, done := 0, 0, false
	for from := 0; from <= len(line); {
		k := strings.Index(hay[from:], pat)
		if k < 0 {
			break
		}
		at := from + k
		count++
		from = at + len(pat)
		if count < s.nth {
			continue
		}
		b.WriteString(line[last:at])
		b.WriteString(s.replacement(line[at:from]))
		last, done = from, true
		if !s.global {
			break
		}
	}
	if !done {
		return line, false
	}
	b.WriteString(line[last:])
	return b.String(), true
}

// replacement expands the replacement for one match, applying GNU sed's case
// conversions.
func (s *substitution) replacement(match string) string {
	var b strings.Builder
	var mode, once byte // mode: 'U' or 'L' until \E; once: 'u' or 'l' for one char
	put := func(t string) {
		for i := 0; i < len(t); i++ {
			c := t[i]
			conv := mode
			if once != 0 {
				conv, once = once, 0
			}
			switch conv {
			case 'U', 'u':
				c = upper(c)
			case 'L', 'l':
				c = lower(c)
			}
			b.WriteByte(c)
		}
	}
	for _, p := range s.repl {
		switch {
		case p.match:
			put(match)
		case p.conv == 'E':
			mode, once = 0, 0
		case p.conv == 'U' || p.conv == 'L':
			mode = p.conv
		case p.conv != 0:
			once = p.conv
		default:
			put(p.text)
		}
	}
	return b.String()
}

func upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c - 'A' + 'a'
	}
	return c
}

// sed runs the substitutions over text line by line, as "sed -e … -e …".
func sed(text string, subs []*substitution) string {
	ls, ragged := lines(text)
	var b strings.Builder
	for i, line := range ls {
		for _, s := range subs {
			var ok bool
			if line, ok = s.apply(line); ok && s.print {
				b.WriteString(line)
				b.WriteByte('\n')
			}
		}
		b.WriteString(line)
		if i < len(ls)-1 || !ragged {
			b.WriteByte('\n')
		}
	}
	return b.String()
}
