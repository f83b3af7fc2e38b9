package feedback

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/leadkit/leadkit"
)

// SBI is a piece of feedback in the Situation–Behavior–Impact model: when
// and where it happened, what the person observably did or said, and what
// effect it had.
type SBI struct {
	// Situation is the specific context: when, where, who was there.
	Situation string `json:"situation,omitempty"`
	// Behavior is what the person did or said, as someone watching would
	// have seen or heard it.
	Behavior string `json:"behavior,omitempty"`
	// Impact is the effect on the giver, the team, the work or the outcome.
	Impact string `json:"impact,omitempty"`
}

// The finding codes of [CheckSBI]. Codes are API: they never change meaning.
const (
	CodeSituationMissing       = "sbi.situation.missing"
	CodeSituationVague         = "sbi.situation.vague"
	CodeBehaviorMissing        = "sbi.behavior.missing"
	CodeBehaviorJudgement      = "sbi.behavior.judgement"
	CodeBehaviorInterpretation = "sbi.behavior.interpretation"
	CodeBehaviorGeneralization = "sbi.behavior.generalization"
	CodeBehaviorHedged         = "sbi.behavior.hedged"
	CodeBehaviorQuoted         = "sbi.behavior.quoted"
	CodeImpactMissing          = "sbi.impact.missing"
	CodeImpactVague            = "sbi.impact.vague"
	CodeImpactPersonal         = "sbi.impact.personal"
	CodeInputTooLong           = "sbi.input.too_long"
)

// MaxPartLen is the longest situation, behavior or impact CheckSBI reads,
// in bytes. Longer parts are read up to this length and reported with
// [CodeInputTooLong]; feedback that long is not one piece of feedback.
const MaxPartLen = 64 << 10

// Checker checks feedback against a lexicon and thresholds. Build one with
// [NewChecker] when the defaults need extending; the package-level
// [CheckSBI] and [Check] use a Checker with the defaults. A Checker is
// immutable and safe for concurrent use.
type Checker struct {
	lex  Lexicon
	trie *trie
	opts Options
	// vocab gives, for every word the rules or the trie know, its grammar
	// classes and its trie edge, so that each token costs one lookup.
	vocab map[string]vocabEntry
}

type vocabEntry struct {
	g    gram
	root int32 // see token.root
}

// NewChecker returns a Checker for opts. It returns an error wrapping
// [leadkit.ErrInvalid] when a lexicon phrase is empty or misuses a wildcard,
// or a duration is negative.
func NewChecker(opts Options) (*Checker, error) {
	if err := opts.validate(); err != nil {
		return nil, err
	}
	lex := mergeLexicon(DefaultLexicon(), opts.Extra, opts.Without)
	tr, err := compile(&lex)
	if err != nil {
		return nil, err
	}
	vocab := make(map[string]vocabEntry, len(grammar)+len(tr.root.next))
	for w, g := range grammar {
		vocab[w] = vocabEntry{g: g}
	}
	for w, n := range tr.root.next {
		tr.roots = append(tr.roots, n)
		e := vocab[w]
		e.root = int32(len(tr.roots))
		vocab[w] = e
	}
	return &Checker{lex: lex, trie: tr, opts: opts.withDefaults(), vocab: vocab}, nil
}

// Lexicon returns a copy of the word lists c uses.
func (c *Checker) Lexicon() Lexicon { return mergeLexicon(c.lex, Lexicon{}, Lexicon{}) }

var defaultChecker = func() *Checker {
	c, err := NewChecker(Options{})
	if err != nil {
		panic(err) // the default lexicon is tested; this is a programming error
	}
	return c
}()

// CheckSBI checks s with the default lexicon. See [Checker.CheckSBI].
func CheckSBI(s SBI) leadkit.Findings { return defaultChecker.CheckSBI(s) }

// scratch holds the buffers of one check, reused through a pool so that a
// check allocates little beyond its findings.
type scratch struct {
	tokens  []token
	matches []match
	speech  []bool
	first   []int32
}

var scratchPool = sync.Pool{New: func() any { return &scratch{} }}

// part is one analysed field.
type part struct {
	field string
	t     text
	m     []match // in order of start, as matchAll yields them
	first []int32 // first[i] is the index in m of the first match starting at or after token i
	tr    *trie
	span  span // for a behavior, what its situation pins it to
}

// has reports whether any phrase of the part is in one of the lists cats.
func (p *part) has(cats category) bool {
	for _, m := range p.m {
		if m.cats&cats != 0 {
			return true
		}
	}
	return false
}

// at returns the matches that start at token i.
func (p *part) at(i int) []match {
	if i < 0 || i >= len(p.t.tokens) {
		return nil
	}
	return p.m[p.first[i]:p.first[i+1]]
}

func (c *Checker) analyse(field, s string, sc *scratch) part {
	t := tokenize(s, sc.tokens)
	sc.tokens = t.tokens
	for i := range t.tokens {
		if e, ok := c.vocab[t.tokens[i].text]; ok {
			t.tokens[i].g, t.tokens[i].root = e.g, e.root
		}
	}
	sc.matches = c.trie.matchAll(t.tokens, sc.matches[:0])
	first := slices.Grow(sc.first[:0], len(t.tokens)+1)[:len(t.tokens)+1]
	k := 0
	for i := range first {
		for k < len(sc.matches) && sc.matches[k].start < i {
			k++
		}
		first[i] = int32(k)
	}
	sc.first = first
	return part{field: field, t: t, m: sc.matches, first: first, tr: c.trie}
}

// CheckSBI reports what keeps s from being good SBI feedback: missing parts,
// a situation with no anchor in time or place, a behavior that judges,
// interprets or generalizes instead of describing, and an impact with no
// concrete effect. It also notes good practice at Info severity. Findings
// come in a fixed order: situation, behavior, impact.
func (c *Checker) CheckSBI(s SBI) leadkit.Findings {
	var out leadkit.Findings
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)

	out, sp := c.checkSituation(out, s.Situation, sc)
	out = c.checkBehavior(out, s.Behavior, sp, sc)
	out = c.checkImpact(out, s.Impact, sc)
	return out
}

// limit cuts s to MaxPartLen bytes at a rune boundary and reports the cut.
func limit(out leadkit.Findings, field, s string) (leadkit.Findings, string) {
	if len(s) <= MaxPartLen {
		return out, s
	}
	cut := MaxPartLen
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return append(out, leadkit.Finding{
		Code: CodeInputTooLong, Field: field, Severity: leadkit.Error,
		Message: capitalize(field) + " is longer than 64 KiB; only the first 64 KiB were checked.",
		Hint:    "Give one piece of feedback at a time, in a few sentences.",
	}), s[:cut]
}

// span is what a situation pins the feedback to. It bounds the sweeping
// words of the behavior: "you were never once late" in "this sprint's
// standups" counts that sprint's standups, while with no anchor it claims
// a habit.
type span uint8

const (
	spanNone     span = iota // missing or vague: no occasion to count in
	spanOccasion             // one occasion: "in Tuesday's standup"
	spanPeriod               // a stated period or series: "this sprint's standups", "his first week"
)

func (c *Checker) checkSituation(out leadkit.Findings, s string, sc *scratch) (leadkit.Findings, span) {
	out, s = limit(out, "situation", s)
	p := c.analyse("situation", s, sc)
	if placeholder(p.t.tokens) {
		return append(out, missing("situation", "when and where it happened", `"In Tuesday's sprint planning", "During yesterday's incident call"`)), spanNone
	}
	sp := spanNone
	if vague, triggers := situationVague(&p); vague {
		msg := "Situation does not say when or where it happened."
		if len(triggers) > 0 {
			msg = "Situation has no anchor in time or place: " + quoteList(triggers) + " could be any day."
		}
		out = append(out, leadkit.Finding{
			Code: CodeSituationVague, Field: "situation", Severity: leadkit.Warning, Message: msg,
			Hint: `Name one occasion: the day and the meeting, call, review or incident, such as "in Tuesday's sprint planning".`,
		})
	} else {
		sp = situationSpan(&p)
	}
	// A situation can smuggle in a label or a motive: "when you were being
	// lazy", "when you tried to undermine me".
	if !p.has(catJudgement | catInterpretation | catFeeling) {
		return out, sp
	}
	speech, _ := reportedSpeech(&p, sc)
	b := behaviorFindings(&p, speech, nil)
	b.generalization, b.hedges = nil, nil // a habitual situation is vague, reported above
	return wordFindings(out, "situation", b), sp
}

func (c *Checker) checkBehavior(out leadkit.Findings, s string, sp span, sc *scratch) leadkit.Findings {
	out, s = limit(out, "behavior", s)
	p := c.analyse("behavior", s, sc)
	p.span = sp
	if placeholder(p.t.tokens) {
		return append(out, missing("behavior", "what the person did or said", `"you cut off Ana twice while she was presenting"`))
	}
	speech, quoted := reportedSpeech(&p, sc)
	out = wordFindings(out, "behavior", behaviorFindings(&p, speech, nil))
	if quoted {
		out = append(out, leadkit.Finding{
			Code: CodeBehaviorQuoted, Field: "behavior", Severity: leadkit.Info,
			Message: "Behavior quotes what was said; quoted words count as behavior, not as your judgement.",
		})
	}
	return out
}

// wordFindings reports the judgement, interpretation, generalization and
// hedge words found in one part.
func wordFindings(out leadkit.Findings, field string, b behaviorWords) leadkit.Findings {
	part := capitalize(field)
	for _, r := range []struct {
		code     string
		severity leadkit.Severity
		words    []string
		before   string // the message up to the quoted words
		after    string // the message after them
		hint     string
	}{
		{CodeBehaviorJudgement, leadkit.Error, b.judgement, " judges the person with ", " instead of describing what they did.",
			"Replace each label with the act behind it, as a camera would record it: what was said or done, and to whom."},
		{CodeBehaviorInterpretation, leadkit.Error, b.interpretation, " guesses at intent or motive with ", ".",
			"Keep to what you saw or heard; ask about the reason in the conversation instead of assuming it."},
		{CodeBehaviorGeneralization, leadkit.Error, b.generalization, " generalizes with ", " instead of describing one occasion.",
			"Describe what happened this once; if it is a pattern, give two or three dated examples."},
		{CodeBehaviorHedged, leadkit.Warning, b.hedges, " is softened with ", ", which blurs the message.",
			"Say it directly; the specific facts carry the message without qualifiers."},
	} {
		if len(r.words) > 0 {
			out = append(out, leadkit.Finding{Code: r.code, Field: field, Severity: r.severity,
				Message: part + r.before + quoteList(r.words) + r.after, Hint: r.hint})
		}
	}
	return out
}

func (c *Checker) checkImpact(out leadkit.Findings, s string, sc *scratch) leadkit.Findings {
	out, s = limit(out, "impact", s)
	p := c.analyse("impact", s, sc)
	if placeholder(p.t.tokens) {
		return append(out, missing("impact", "what effect it had", `"I had to redo the estimate and the release slipped a day"`))
	}
	// A label said of the person in the impact is still a judgement: "it
	// showed how careless you are".
	if p.has(catJudgement) {
		speech, _ := reportedSpeech(&p, sc)
		labels := behaviorFindings(&p, speech, aboutPerson(&p))
		out = wordFindings(out, "impact", behaviorWords{judgement: labels.judgement})
	}
	concrete, personal := impactConcrete(&p)
	if !concrete {
		out = append(out, leadkit.Finding{
			Code: CodeImpactVague, Field: "impact", Severity: leadkit.Warning,
			Message: "Impact " + quoteList([]string{excerpt(s)}) + " names no concrete effect on people, work or outcomes.",
			Hint:    "Say what changed because of it: how you felt, who had to do what, delays, rework, or results.",
		})
	}
	if personal {
		out = append(out, leadkit.Finding{
			Code: CodeImpactPersonal, Field: "impact", Severity: leadkit.Info,
			Message: "Impact says how it affected you personally, which makes it easier to hear.",
		})
	}
	return out
}

func missing(field, what, example string) leadkit.Finding {
	code := map[string]string{"situation": CodeSituationMissing, "behavior": CodeBehaviorMissing, "impact": CodeImpactMissing}[field]
	return leadkit.Finding{
		Code: code, Field: field, Severity: leadkit.Error,
		Message: capitalize(field) + " is missing: say " + what + ".",
		Hint:    "For example: " + example + ".",
	}
}

// placeholders are texts that stand for an empty part.
var placeholders = map[string]bool{"n a": true, "na": true, "none": true, "tbd": true, "todo": true, "unknown": true,
	"nothing": true, "null": true, "nil": true, "xxx": true, "n/a": true, "tba": true, "empty": true}

func placeholder(tk []token) bool {
	switch len(tk) {
	case 0:
		return true
	case 1:
		return placeholders[tk[0].text]
	case 2:
		return placeholders[tk[0].text+" "+tk[1].text]
	}
	return false
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// excerpt shortens s for a message: at most 60 bytes, on a word boundary.
func excerpt(s string) string {
	s = strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
	if len(s) <= 60 {
		return s
	}
	cut := strings.LastIndexByte(s[:60], ' ')
	if cut < 20 {
		cut = 60
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return s[:cut] + "…"
}

// quoteList formats trigger words as `"a"`, `"a" and "b"` or `"a", "b" and
// "c"`, showing at most five. Invalid UTF-8 in the input becomes U+FFFD, so
// that a message is always valid text.
func quoteList(words []string) string {
	const most = 5
	var b strings.Builder
	n := min(len(words), most)
	for i := range n {
		switch {
		case i == 0:
		case i == n-1 && len(words) <= most:
			b.WriteString(" and ")
		default:
			b.WriteString(", ")
		}
		b.WriteByte('"')
		b.WriteString(strings.ToValidUTF8(words[i], "\uFFFD"))
		b.WriteByte('"')
	}
	if len(words) > most {
		b.WriteString(" and more")
	}
	return b.String()
}

// String composes s as one paragraph in SBI order: "In Tuesday's standup,
// you cut off Ana twice. I felt uneasy." Empty parts are left out.
func (s SBI) String() string {
	sit := strings.TrimRight(strings.TrimSpace(s.Situation), " ,;:.")
	beh := strings.TrimSpace(s.Behavior)
	imp := strings.TrimSpace(s.Impact)
	var b strings.Builder
	switch {
	case sit != "" && beh != "":
		b.WriteString(sit + ", " + beh)
	case sit != "":
		b.WriteString(sit)
	default:
		b.WriteString(capitalizeRune(beh))
	}
	sentence(&b)
	if imp != "" {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(capitalizeRune(imp))
		sentence(&b)
	}
	return b.String()
}

// sentence ends b with a full stop unless it already ends a sentence. A
// closing quote or bracket ends one only after its own end mark: `said
// "fine."` is a sentence, `said "fine"` still needs its full stop.
func sentence(b *strings.Builder) {
	s := b.String()
	if s == "" {
		return
	}
	r, size := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune("\"”’')»", r) {
		r, _ = utf8.DecodeLastRuneInString(s[:len(s)-size])
	}
	if !strings.ContainsRune(".!?…", r) {
		b.WriteByte('.')
	}
}

func capitalizeRune(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}
