package delegation

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The goal parser and checker read free text as a stream of tokens rather
// than with regular expressions: one pass over the text, then table lookups,
// keeps ParseGoal+CheckGoal well inside its budget of 20µs per goal.

// kind classifies a token.
type kind uint8

const (
	word   kind = iota + 1 // letters, possibly with digits, inner hyphens or apostrophes: "tech-debt", "p95"
	number                 // a numeral: "30", "1,000", "1.5", "31st", "10k"
	punct                  // one mark: "%", ";", ",", "/", "→"
)

// token is one unit of a goal's text.
type token struct {
	text       string  // lower case; for numbers the digits as written
	num        float64 // the value of a number token
	start, end int     // byte offsets of the token in the source text
	kind       kind
	ordinal    bool // a number written "31st", "2nd"
	space      bool // whitespace (or the start of the text) precedes the token
	newline    bool // a line break precedes the token (set by tokenizeLines)
}

// maxGoalText bounds the text ParseGoal and CheckGoal read; a goal is a
// sentence or three, and anything longer is cut rather than parsed slowly.
const maxGoalText = 4096

// maxTokens bounds the tokens read from one text.
const maxTokens = 1024

// tokenize splits s into tokens. It never fails: characters it has no use for
// (quotes, emoji, stray symbols) act as spaces.
func tokenize(s string, buf []token) []token {
	if len(s) > maxGoalText {
		s = s[:maxGoalText]
	}
	toks := buf[:0]
	space := true
	for i := 0; i < len(s) && len(toks) < maxTokens; {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || unicode.IsSpace(r):
			space = true
			i += size
			continue
		case isDigit(r):
			var n int
			toks, n = appendNumber(toks, s, i, space)
			i += n
		case unicode.IsLetter(r):
			j := scanWord(s, i)
			toks = append(toks, token{kind: word, text: lowerWord(s[i:j]), start: i, end: j, space: space})
			i = j
		default:
			if m := markOf(r); m != "" {
				toks = append(toks, token{kind: punct, text: m, start: i, end: i + size, space: space})
			}
			i += size
			// quotes and other symbols separate words like a space, but do
			// not count as one: `"fix" it` keeps its tokens apart anyway.
		}
		space = false
	}
	return toks
}

// markOf maps the punctuation the parser cares about to a canonical form, and
// everything else to "".
func markOf(r rune) string {
	switch r {
	case '%', ';', ',', '.', ':', '!', '?', '/', '(', ')', '+', '<', '>', '=', '~', '#', '$', '&':
		return string(r)
	case '-', '‐', '‑', '−':
		return "-"
	case '–', '—':
		return "—"
	case '→', '⇒', '⟶':
		return "→"
	case '≤':
		return "≤"
	case '≥':
		return "≥"
	case '€', '£':
		return "$"
	}
	return ""
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || isDigit(r) || r == '_' }

// scanWord returns the end of the word starting at i. A word may hold digits
// ("p95", "k8s") and, between two letters or digits, hyphens and apostrophes
// ("tech-debt", "don't", "one-on-one").
func scanWord(s string, i int) int {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		if r == '-' || r == '\'' || r == '’' || r == '‑' {
			next, nsize := utf8.DecodeRuneInString(s[j+size:])
			if nsize > 0 && isWordRune(next) {
				j += size
				continue
			}
		}
		break
	}
	return j
}

// lowerWord lower-cases w and writes typographic apostrophes as "'".
func lowerWord(w string) string {
	w = strings.ToLower(w)
	if strings.Contains(w, "’") {
		w = strings.ReplaceAll(w, "’", "'")
	}
	return w
}

// appendNumber reads the numeral at s[i:] and appends its tokens: the number
// and, for "200ms" or "10x", the glued unit as a word. It returns the bytes
// read.
func appendNumber(toks []token, s string, i int, space bool) ([]token, int) {
	j := i
	for j < len(s) && isDigit(rune(s[j])) {
		j++
	}
	// "1:1" is a meeting, not a ratio.
	if s[i:j] == "1" && j+1 < len(s) && (s[j] == ':' || s[j] == '-' || s[j] == 'o') {
		for _, form := range [...]string{"1:1", "1-1", "1-on-1", "1on1"} {
			if strings.HasPrefix(s[i:], form) {
				k := i + len(form)
				if k < len(s) && s[k] == 's' {
					k++
				}
				if k == len(s) || !isWordRune(rune(s[k])) {
					return append(toks, token{kind: word, text: "1:1", start: i, end: k, space: space}), k - i
				}
			}
		}
	}
	digits := s[i:j]
	hasComma := false
	// thousands separators: "1,000" and "12,500" (a comma then exactly three digits)
	for j+4 <= len(s) && s[j] == ',' && allDigits(s[j+1:j+4]) && (j+4 == len(s) || !isDigit(rune(s[j+4]))) {
		j += 4
		hasComma = true
	}
	if hasComma {
		digits = strings.ReplaceAll(s[i:j], ",", "")
	}
	// decimals: "1.5", but not the full stop in "by 2026."
	if j+1 < len(s) && s[j] == '.' && isDigit(rune(s[j+1])) {
		k := j + 1
		for k < len(s) && isDigit(rune(s[k])) {
			k++
		}
		digits = digits + s[j:k]
		j = k
	}
	v, err := strconv.ParseFloat(digits, 64)
	if err != nil {
		v = 0
	}
	tok := token{kind: number, text: s[i:j], num: v, start: i, end: j, space: space}
	// glued suffixes: "31st", "10k", "200ms", "3x"
	if j < len(s) && unicode.IsLetter(rune(s[j])) {
		k := scanWord(s, j)
		suffix := strings.ToLower(s[j:k])
		switch suffix {
		case "st", "nd", "rd", "th":
			tok.ordinal = true
			tok.end = k
			return append(toks, tok), k - i
		case "k":
			tok.num *= 1000
			tok.end = k
			return append(toks, tok), k - i
		}
		toks = append(toks, tok)
		return append(toks, token{kind: word, text: lowerWord(s[j:k]), start: j, end: k}), k - i
	}
	return append(toks, tok), j - i
}

// textAt returns the text of toks[i], or "" when i is outside toks, so
// that a rule can look ahead or behind without bounds checks.
func textAt(toks []token, i int) string {
	if i >= 0 && i < len(toks) {
		return toks[i].text
	}
	return ""
}

// digitsValue returns the value of s, a short run of ASCII digits that
// allDigits accepted.
func digitsValue(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

// allDigits reports whether s is a non-empty run of ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(rune(s[i])) {
			return false
		}
	}
	return s != ""
}
