package feedback

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a feedback text after normalization: lower case,
// American spelling, contractions expanded ("didn't" gives "did" and "not").
// start and end are byte offsets of the source word, so that findings can
// quote the writer's own spelling.
type token struct {
	text       string
	start, end int
	sentence   int // index of the sentence; quoted text stays in its sentence
	clause     int // index of the clause: commas, semicolons, colons, dashes and sentence ends split clauses
	quote      int // 1-based index of the quotation the word stands in, 0 when outside
	flags      tokenFlag
	g          gram  // the word's closed classes, set by Checker.analyse
	root       int32 // 1-based index of the word's edge from the trie's root (trie.roots), 0 when none; set by Checker.analyse
}

type tokenFlag uint8

const (
	capitalized   tokenFlag = 1 << iota // the source word starts with an upper-case letter
	sentenceStart                       // the first word of a sentence
	possessive                          // the source word ended in "'s" or "s'"
	hasDigit                            // the word contains a digit: "10:30", "#412", "Q3"
	contracted                          // the word came from a contraction, such as "not" from "didn't"
)

// quotation is a span of quoted text: the token range [first, last) and
// whether the quote marks were balanced.
type quotation struct {
	first, last int
	closed      bool
}

// text is a tokenized feedback part.
type text struct {
	src    string
	tokens []token
	quotes []quotation
}

// quoted reports whether token i stands inside a balanced quotation.
func (t *text) quoted(i int) bool {
	q := t.tokens[i].quote
	return q > 0 && t.quotes[q-1].closed
}

// span returns the source text of tokens [i, j).
func (t *text) span(i, j int) string {
	if i >= j || j > len(t.tokens) {
		return ""
	}
	return t.src[t.tokens[i].start:t.tokens[j-1].end]
}

// tokenize splits s into normalized tokens in one pass. It never fails: any
// byte sequence yields some (possibly empty) list of tokens, in time linear
// in len(s).
func tokenize(s string, buf []token) text {
	t := text{src: s, tokens: buf[:0]}
	lower := lowerASCII(s)
	sentence, clause := 0, 0
	atSentenceStart := true
	open := 0 // 1-based index of the innermost open quotation, 0 when none
	var openKind rune
	i := 0
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if isWordRune(r) || (r == '#' && i+1 < len(s) && isDigitByte(s[i+1])) {
			end := scanWord(s, i)
			word, lw := s[i:end], lowered(lower, i, end)
			if full, ok := chatForm(word, lw, s[end:]); ok {
				word, lw = full, full
			}
			before := len(t.tokens)
			t.tokens = appendWord(t.tokens, word, lw, i, end)
			for k := before; k < len(t.tokens); k++ {
				tk := &t.tokens[k]
				tk.sentence, tk.clause, tk.quote = sentence, clause, open
				if k == before && atSentenceStart {
					tk.flags |= sentenceStart
				}
			}
			if len(t.tokens) > before {
				atSentenceStart = false
			}
			i = end
			continue
		}
		switch {
		case r == '"' || r == '“' || r == '”' || r == '«' || r == '»' || r == '„':
			opening := r == '“' || r == '«' || r == '„' || (r == '"' && opensQuote(s, i))
			if r == '"' && open > 0 && openKind == '"' {
				opening = false
			}
			if opening && open == 0 {
				t.quotes = append(t.quotes, quotation{first: len(t.tokens)})
				open, openKind = len(t.quotes), '"'
				atSentenceStart = true
			} else if !opening && open > 0 && openKind == '"' {
				t.quotes[open-1].last, t.quotes[open-1].closed = len(t.tokens), true
				open = 0
				clause++
			}
		case r == '\'' || r == '‘' || r == '’':
			// Apostrophes inside words were taken by scanWord; here a single
			// quote mark opens or closes a quotation, or ends a plural
			// possessive ("teammates'"), which is ignored.
			if open == 0 && (r == '‘' || (r == '\'' && opensQuote(s, i))) {
				t.quotes = append(t.quotes, quotation{first: len(t.tokens)})
				open, openKind = len(t.quotes), '\''
				atSentenceStart = true
			} else if open > 0 && openKind == '\'' && (r == '’' || r == '\'') && !opensQuote(s, i) {
				t.quotes[open-1].last, t.quotes[open-1].closed = len(t.tokens), true
				open = 0
				clause++
			} else if n := len(t.tokens); n > 0 && t.tokens[n-1].end == i && strings.HasSuffix(t.tokens[n-1].text, "s") {
				t.tokens[n-1].flags |= possessive
			}
		case r == '.' || r == '!' || r == '?' || r == '…':
			if open == 0 && !abbreviation(t.tokens, i) && endsSentence(s, i+size) {
				sentence++
				atSentenceStart = true
			}
			clause++
		case r == '\n':
			// A blank line, or a line that starts a list item, ends a
			// sentence even without a full stop.
			if open == 0 && (strings.HasPrefix(s[i+1:], "\n") || startsListItem(s[i+1:])) {
				sentence++
				atSentenceStart = true
			}
			clause++
		case r == ',' || r == ';' || r == ':' || r == '(' || r == ')' || r == '–' || r == '—' || r == '-' || r == '[' || r == ']':
			clause++
		}
		i += size
	}
	if open > 0 {
		t.quotes[open-1].last = len(t.tokens)
	}
	return t
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// scanWord returns the end of the word starting at i. Apostrophes and
// hyphens join letters ("didn't", "stand-up"); dots, colons, commas,
// slashes and hyphens join digits ("10:30", "3.5", "2026-03-04").
func scanWord(s string, i int) int {
	j := i
	if s[j] == '#' {
		j++
	}
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf && asciiWord[c] {
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		if j+size < len(s) {
			next, _ := utf8.DecodeRuneInString(s[j+size:])
			prev, _ := utf8.DecodeLastRuneInString(s[:j])
			switch {
			case (r == '\'' || r == '’') && unicode.IsLetter(prev) && unicode.IsLetter(next):
				j += size
				continue
			case (r == '-' || r == '‐' || r == '‑') && isWordRune(prev) && isWordRune(next):
				j += size
				continue
			case (r == '.' || r == ':' || r == ',' || r == '/') && unicode.IsDigit(prev) && unicode.IsDigit(next):
				j += size
				continue
			}
		}
		break
	}
	return j
}

// opensQuote reports whether the quote mark at i opens a quotation: it
// follows a space, an opening bracket or the start, and a word follows it.
func opensQuote(s string, i int) bool {
	prevOK := i == 0
	if !prevOK {
		p, _ := utf8.DecodeLastRuneInString(s[:i])
		prevOK = unicode.IsSpace(p) || strings.ContainsRune("([{:—–-/", p)
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	if !prevOK || i+size >= len(s) {
		return false
	}
	n, _ := utf8.DecodeRuneInString(s[i+size:])
	return !unicode.IsSpace(n)
}

// endsSentence reports whether the text after a full stop starts a new
// sentence: the end, or white space (a decimal point has no space after it).
func endsSentence(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r) || r == '"' || r == '”' || r == '’' || r == '\'' || r == ')'
}

var abbreviations = map[string]bool{"e.g": true, "i.e": true, "mr": true, "mrs": true, "ms": true, "dr": true, "etc": true, "vs": true, "approx": true, "eg": true, "ie": true}

// abbreviation reports whether the full stop at i ends an abbreviation
// such as "e.g." rather than a sentence.
func abbreviation(tokens []token, i int) bool {
	if len(tokens) == 0 {
		return false
	}
	last := tokens[len(tokens)-1]
	if last.end != i {
		return false
	}
	return abbreviations[last.text] || (len(last.text) == 1 && last.text[0] >= 'a' && last.text[0] <= 'z' && last.text != "i")
}

func startsListItem(s string) bool {
	s = strings.TrimLeft(s, " \t")
	return strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "* ") || strings.HasPrefix(s, "• ")
}

// lowerASCII returns s in lower case when s is ASCII, with one allocation
// for the whole text instead of one per capitalized word, and "" otherwise.
func lowerASCII(s string) string {
	upper := false
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= utf8.RuneSelf {
			return ""
		}
		upper = upper || c >= 'A' && c <= 'Z'
	}
	if !upper {
		return s
	}
	return strings.ToLower(s)
}

// lowered returns the lower-case form of s[i:j] from lower, the
// lowerASCII form of s, or "" when there is none.
func lowered(lower string, i, j int) string {
	if lower == "" {
		return ""
	}
	return lower[i:j]
}

// appendWord normalizes one source word and appends its token or tokens.
// lowerWord is the word in lower case when the caller has it, else "".
func appendWord(tokens []token, word, lowerWord string, start, end int) []token {
	var flags tokenFlag
	var upper, nonASCII, apos, hyphen bool
	for k := 0; k < len(word); k++ {
		switch c := word[k]; {
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= '0' && c <= '9':
			flags |= hasDigit
		case c == '\'':
			apos = true
		case c == '-':
			hyphen = true
		case c >= utf8.RuneSelf:
			nonASCII = true
		}
	}
	lower := word
	if nonASCII {
		if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) {
			flags |= capitalized
		}
		lower = strings.ToLower(word)
		apos = apos || strings.Contains(lower, "’")
		hyphen = hyphen || strings.ContainsAny(lower, "‐‑")
	} else if upper {
		if c := word[0]; c >= 'A' && c <= 'Z' {
			flags |= capitalized
		}
		lower = lowerWord
		if lower == "" {
			lower = strings.ToLower(word)
		}
	}
	if apos {
		k := apostrophe(lower)
		base, suffix := lower[:k], lower[k+len(apostropheAt(lower, k)):]
		switch {
		case suffix == "t" && strings.HasSuffix(base, "n"):
			verb := base[:len(base)-1]
			switch verb {
			case "ca":
				verb = "can"
			case "wo":
				verb = "will"
			case "sha":
				verb = "shall"
			case "ai":
				verb = "is"
			}
			tokens = append(tokens, token{text: canonical(verb), start: start, end: end, flags: flags})
			return append(tokens, token{text: "not", start: start, end: end, flags: contracted})
		case suffix == "s":
			if pronounIs[base] {
				tokens = append(tokens, token{text: base, start: start, end: end, flags: flags})
				return append(tokens, token{text: "is", start: start, end: end, flags: contracted})
			}
			return append(tokens, token{text: canonical(base), start: start, end: end, flags: flags | possessive})
		case contractionSuffix[suffix] != "":
			tokens = append(tokens, token{text: base, start: start, end: end, flags: flags})
			return append(tokens, token{text: contractionSuffix[suffix], start: start, end: end, flags: contracted})
		}
		lower = strings.ReplaceAll(strings.ReplaceAll(lower, "’", ""), "'", "")
	}
	if lower == "cannot" {
		tokens = append(tokens, token{text: "can", start: start, end: end, flags: flags})
		return append(tokens, token{text: "not", start: start, end: end, flags: contracted})
	}
	if hyphen && flags&hasDigit == 0 {
		lower = dropHyphens(lower)
	}
	return append(tokens, token{text: canonical(lower), start: start, end: end, flags: flags})
}

var pronounIs = map[string]bool{"he": true, "she": true, "it": true, "that": true, "there": true, "what": true, "who": true, "where": true, "here": true, "how": true, "this": true}

var contractionSuffix = map[string]string{"re": "are", "ve": "have", "ll": "will", "d": "would", "m": "am"}

// apostrophe returns the byte index of the first apostrophe in w, or -1.
func apostrophe(w string) int {
	for k := 0; k < len(w); k++ {
		if w[k] == '\'' {
			return k
		}
		if w[k] == 0xE2 && strings.HasPrefix(w[k:], "’") {
			return k
		}
	}
	return -1
}

func apostropheAt(w string, k int) string {
	if w[k] == '\'' {
		return "'"
	}
	return "’"
}

func dropHyphens(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		if r != '-' && r != '‐' && r != '‑' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// canonical maps British spellings to American ones so that lexicon entries
// match either: "behaviour" and "behavior", "apologised" and "apologized",
// "judgemental" and "judgmental", "analyse" and "analyze".
func canonical(w string) string {
	if len(w) < 5 {
		return w
	}
	// One pass finds which British patterns could apply; most words have
	// none.
	var ise, our, dge bool
	for k := 0; k+1 < len(w); k++ {
		switch w[k] {
		case 'i', 'y':
			ise = ise || w[k+1] == 's' && k >= len(w)-5
		case 'o':
			our = our || k+2 < len(w) && w[k+1] == 'u' && w[k+2] == 'r'
		case 'd':
			dge = dge || k+2 < len(w) && w[k+1] == 'g' && w[k+2] == 'e'
		}
	}
	if ise {
		for _, suf := range iseSuffixes {
			if strings.HasSuffix(w, suf.british) {
				stem := w[:len(w)-len(suf.british)]
				if len(stem) >= 2 && !iseWords[stem+"ise"] && !iseWords[w] {
					return stem + suf.american
				}
				break
			}
		}
	}
	if our {
		for _, suf := range ourSuffixes {
			if stem, ok := strings.CutSuffix(w, suf); ok && ourStems[stem] {
				return stem[:len(stem)-2] + "r" + suf
			}
		}
	}
	if dge {
		if k := strings.Index(w, "dgement"); k > 0 {
			return w[:k] + "dgment" + w[k+len("dgement"):]
		}
	}
	if britishGate[len(w)%32]&(1<<(w[len(w)-1]%64)) != 0 {
		if v, ok := britishWords[w]; ok {
			return v
		}
	}
	return w
}

// britishGate has bit (last byte % 64) set in entry (length % 32) for every
// key of britishWords, so that most words skip the map lookup.
var britishGate = func() (g [32]uint64) {
	for w := range britishWords {
		g[len(w)%32] |= 1 << (w[len(w)-1] % 64)
	}
	return g
}()

var iseSuffixes = []struct{ british, american string }{
	{"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"}, {"ises", "izes"}, {"ise", "ize"},
	{"ysing", "yzing"}, {"ysed", "yzed"}, {"yses", "yzes"},
}

// iseWords are words that end in -ise in American English too. It is
// built in a variable initializer, not in init, because the default
// Checker compiles its lexicon during package variable initialization,
// which runs before any init function.
var iseWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`advertise advise apprise arise chastise circumcise comprise compromise concise demise
		despise devise disguise enterprise excise exercise expertise franchise improvise incise likewise merchandise noise
		otherwise paradise poise praise precise premise promise raise revise rise supervise surmise surprise televise
		treatise wise clockwise anticlockwise cruise bruise reprise mortise porpoise tortoise turquoise valise guise anise
		reise noise elise denise louise`) {
		m[w] = true
	}
	return m
}()

var ourSuffixes = []string{"", "s", "ed", "ing", "al", "able", "ably", "ite", "ites", "ful", "less", "ly"}

// ourStems are British stems in -our whose American spelling is -or.
var ourStems = map[string]bool{"behaviour": true, "colour": true, "favour": true, "honour": true, "humour": true,
	"labour": true, "neighbour": true, "rumour": true, "endeavour": true, "flavour": true, "savour": true,
	"candour": true, "rigour": true, "vigour": true, "harbour": true, "armour": true, "odour": true, "valour": true}

var britishWords = map[string]string{
	"cancelled": "canceled", "cancelling": "canceling", "travelled": "traveled", "travelling": "traveling",
	"labelled": "labeled", "labelling": "labeling", "modelled": "modeled", "modelling": "modeling",
	"signalled": "signaled", "signalling": "signaling", "levelled": "leveled", "counselling": "counseling",
	"fuelled": "fueled", "sceptical": "skeptical", "defence": "defense", "defences": "defenses", "offence": "offense",
	"licence": "license", "programme": "program", "programmes": "programs", "centre": "center", "centres": "centers",
	"learnt": "learned", "spelt": "spelled", "whilst": "while", "amongst": "among", "analyse": "analyze",
	"paralyse": "paralyze", "catalogue": "catalog", "dialogue": "dialog", "practise": "practice", "practised": "practiced",
	"practising": "practicing", "judgement": "judgment", "judgements": "judgments", "focussed": "focused",
	"focussing": "focusing", "towards": "toward", "afterwards": "afterward", "storey": "story",
}

// chatWords are chat spellings of words the rules read: "u" for "you" and
// contractions typed without the apostrophe ("didnt", "dont"). Only forms
// that are no other English word are listed ("wont", "im", "ill" and
// "its" are words, and are left alone).
var chatWords = map[string]string{
	"u": "you", "didnt": "didn't", "dont": "don't", "doesnt": "doesn't", "wasnt": "wasn't", "werent": "weren't",
	"isnt": "isn't", "arent": "aren't", "hasnt": "hasn't", "havent": "haven't", "hadnt": "hadn't",
	"couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't", "cant": "can't", "youre": "you're",
	"theyre": "they're", "youve": "you've", "theyve": "they've",
}

// chatForm returns the standard spelling of a chat word, given its lower
// case (lw, or "" when the caller has none) and the text after it: "u" is
// "you", "didnt" is "didn't", and "ur" is "you're" before an article, an
// adverb of degree or frequency or a negation ("ur a legend", "ur always
// late"), else "your" ("ur PR"). The cheap tests come first, as nearly
// every word is no chat word.
func chatForm(word, lw, rest string) (string, bool) {
	n := len(word)
	switch {
	case n == 0 || n > 8:
		return "", false
	case n <= 2: // "u", "ur"
		if word[0]|0x20 != 'u' {
			return "", false
		}
	case word[n-1]|0x20 == 't': // "didnt"
		if n < 4 || word[n-2]|0x20 != 'n' {
			return "", false
		}
	case word[n-1]|0x20 == 'e': // "youre", "theyve"
		if n < 5 || word[0]|0x20 != 'y' && word[0]|0x20 != 't' {
			return "", false
		}
	default:
		return "", false
	}
	if lw == "" {
		lw = strings.ToLower(word)
	}
	if lw == "ur" {
		next := rest
		for next != "" && (next[0] == ' ' || next[0] == '\t') {
			next = next[1:]
		}
		if k := strings.IndexFunc(next, func(r rune) bool { return !isWordRune(r) }); k >= 0 {
			next = next[:k]
		}
		if youAreBefore[strings.ToLower(next)] {
			return "you're", true
		}
		return "your", true
	}
	full, ok := chatWords[lw]
	return full, ok
}

// youAreBefore are the words after "ur" that make it "you're".
var youAreBefore = map[string]bool{
	"a": true, "an": true, "the": true, "so": true, "such": true, "not": true, "being": true, "always": true,
	"never": true, "too": true, "very": true, "really": true, "super": true, "kinda": true, "sorta": true,
	"totally": true, "just": true, "literally": true, "constantly": true, "still": true, "late": true,
	"right": true, "wrong": true, "welcome": true,
}
