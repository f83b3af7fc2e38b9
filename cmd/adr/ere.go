package main

import (
	"regexp"
	"strings"
)

// adr list selects records with grep -E "^$adr_dir/[0-9]+-[^/]*\.md", so
// the decision directory's name is part of an extended regular expression.
// Go's syntax is close to GNU's, apart from repetition: GNU applies a
// repetition to a repetition ("c++" is "c" once or more, so a directory
// named "c++" lists nothing), and at the start of the expression it warns
// and takes "*" and "?" literally and applies "+" and "{n}" to the anchor.

// extendedPattern compiles "^" + dir + rest, where rest is already in Go's
// syntax, and returns grep's warnings about dir.
func extendedPattern(dir, rest string) (*regexp.Regexp, []string) {
	var b strings.Builder
	var warnings []string
	b.WriteByte('^')
	atom := -1        // where the last atom starts in b, or -1 when there is none
	repeated := false // whether the last atom already has a repetition
	var groups []int  // where each open group starts in b
	for i := 0; i < len(dir); i++ {
		c := dir[i]
		size := repetitionSize(dir, i)
		if size > 0 {
			op := dir[i : i+size]
			i += size - 1
			if strings.HasPrefix(op, "{,") {
				op = "{0" + op[1:] // GNU's "{,n}" is Go's "{0,n}"
			}
			switch {
			case atom < 0 && (c == '*' || c == '?'):
				warnings = append(warnings, "grep: warning: "+op+" at start of expression")
				atom = b.Len()
				b.WriteString(regexp.QuoteMeta(op))
			case atom < 0:
				if c == '{' {
					op = "{...}"
				}
				warnings = append(warnings, "grep: warning: "+op+" at start of expression")
			case repeated:
				inner := b.String()[atom:]
				head := b.String()[:atom]
				b.Reset()
				b.WriteString(head + "(?:" + inner + ")" + op)
			default:
				b.WriteString(op)
				repeated = true
			}
			continue
		}
		atom, repeated = b.Len(), false
		switch {
		case c == '\\' && i+1 < len(dir):
			b.WriteString(dir[i : i+2])
			i++
		case c == '[':
			end := bracketEnd(dir, i)
			if end < 0 {
				b.WriteString(regexp.QuoteMeta(dir[i:]))
				i = len(dir)
				continue
			}
			b.WriteString(strings.ReplaceAll(dir[i:end+1], `\`, `\\`))
			i = end
		case c == '(' || c == '|':
			if c == '(' {
				groups = append(groups, b.Len())
			}
			b.WriteByte(c)
			atom = -2 // a group or branch starts: not an atom to repeat, nor the start
		case c == ')' && len(groups) > 0:
			b.WriteByte(c)
			atom, groups = groups[len(groups)-1], groups[:len(groups)-1]
		default:
			b.WriteByte(c)
		}
	}
	re, err := regexp.Compile(b.String() + rest)
	if err != nil {
		re = regexp.MustCompile("^" + regexp.QuoteMeta(dir) + rest)
	}
	return re, warnings
}

// repetitionSize is the length of the repetition operator at dir[i] ("*",
// "+", "?" or a valid "{m,n}"), or 0 when there is none.
func repetitionSize(dir string, i int) int {
	switch dir[i] {
	case '*', '+', '?':
		return 1
	case '{':
		end := strings.IndexByte(dir[i:], '}')
		if end < 0 {
			return 0
		}
		inner := dir[i+1 : i+end]
		lo, hi, comma := strings.Cut(inner, ",")
		if lo == "" && (!comma || hi == "") || !allDigits(lo) || !allDigits(hi) {
			return 0
		}
		return end + 1
	}
	return 0
}

func allDigits(s string) bool {
	return strings.Trim(s, "0123456789") == ""
}
