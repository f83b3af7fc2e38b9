package feedback

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/leadkit/leadkit"
)

// MaxTextLen is the longest free text ParseSBI reads, in bytes; longer text
// is read up to this length and reported with [CodeInputTooLong].
const MaxTextLen = 3 * MaxPartLen

// ParseSBI splits one free text into its situation, behavior and impact,
// where it can. Two forms are understood:
//
//   - labelled parts, one per line or sentence: "Situation: … Behavior: …
//     Impact: …" (also "Behaviour:", and "S:", "B:", "I:" at line starts);
//   - plain prose: a leading time or place phrase is the situation ("In
//     Tuesday's standup, you …", "Yesterday you …"), or a trailing one ("You
//     … in yesterday's planning."); the impact starts at a consequence cue
//     ("As a result", "This meant", "which caused", "I felt", "so") or at a
//     later sentence that is not about what the person did; the behavior is
//     what lies between.
//
// The findings report the parts it could not find, with the codes CheckSBI
// uses for missing parts (sbi.situation.missing and so on). ParseSBI does not
// check the parts themselves: call [CheckSBI] on the result for that.
func ParseSBI(text string) (SBI, leadkit.Findings) {
	return defaultChecker.ParseSBI(text)
}

// ParseSBI is [ParseSBI] with c's lexicon, which decides what counts as a
// time or place anchor.
func (c *Checker) ParseSBI(text string) (SBI, leadkit.Findings) {
	var out leadkit.Findings
	if len(text) > MaxTextLen {
		cut := MaxTextLen
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
		out = append(out, leadkit.Finding{
			Code: CodeInputTooLong, Field: "text", Severity: leadkit.Error,
			Message: "Text is longer than 192 KiB; only the first 192 KiB were read.",
			Hint:    "Give one piece of feedback at a time, in a few sentences.",
		})
	}
	s, ok := splitLabelled(text)
	if !ok {
		s = c.splitProse(text)
	}
	for _, p := range []struct{ field, value, what, example string }{
		{"situation", s.Situation, "when and where it happened", `"In Tuesday's sprint planning, …"`},
		{"behavior", s.Behavior, "what the person did or said", `"… you cut off Ana twice …"`},
		{"impact", s.Impact, "what effect it had", `"… As a result, Ana stopped sharing estimates."`},
	} {
		if strings.TrimSpace(p.value) == "" {
			f := missing(p.field, p.what, p.example)
			f.Message = "No " + p.field + " found in the text: say " + p.what + "."
			out = append(out, f)
		}
	}
	return s, out
}

// sbiLabels are the part labels of the labelled form, lower case.
var sbiLabels = []struct{ label, field string }{
	{"situation", "situation"}, {"behaviour", "behavior"}, {"behavior", "behavior"}, {"impact", "impact"},
	{"s", "situation"}, {"b", "behavior"}, {"i", "impact"},
}

// splitLabelled reads "Situation: … Behavior: … Impact: …". It needs at
// least two labels; a one-letter label counts only at a line start.
func splitLabelled(text string) (SBI, bool) {
	type mark struct {
		field      string
		start, end int // the label's span; the value starts at end
	}
	var marks []mark
	for i := 0; i < len(text); i++ {
		lineStart := i == 0 || text[i-1] == '\n'
		sentenceStart := lineStart || i >= 2 && (text[i-1] == ' ' || text[i-1] == '\t') && strings.ContainsRune(".!?;", rune(text[i-2]))
		if !sentenceStart {
			continue
		}
		j := i
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '-' || text[j] == '*') {
			j++
		}
		for _, l := range sbiLabels {
			if len(l.label) == 1 && !lineStart {
				continue
			}
			k := j + len(l.label)
			if k < len(text) && strings.EqualFold(text[j:k], l.label) && (text[k] == ':' || k+1 < len(text) && text[k] == ' ' && text[k+1] == ':') {
				if text[k] == ' ' {
					k++
				}
				marks = append(marks, mark{l.field, i, k + 1})
				break
			}
		}
	}
	if len(marks) < 2 {
		return SBI{}, false
	}
	var s SBI
	for n, m := range marks {
		end := len(text)
		if n+1 < len(marks) {
			end = marks[n+1].start
		}
		v := strings.TrimSpace(text[m.end:end])
		switch m.field {
		case "situation":
			s.Situation = joinPart(s.Situation, v)
		case "behavior":
			s.Behavior = joinPart(s.Behavior, v)
		case "impact":
			s.Impact = joinPart(s.Impact, v)
		}
	}
	return s, true
}

func joinPart(a, b string) string {
	if a == "" {
		return b
	}
	return a + " " + b
}

var (
	// impactCues start an impact at a clause start. Each is matched as a
	// sequence of normalized words.
	impactCues = [][]string{
		{"as", "a", "result"}, {"because", "of", "this"}, {"because", "of", "that"}, {"the", "impact"},
		{"the", "result"}, {"the", "effect"}, {"consequently"}, {"therefore"}, {"resulting", "in"},
		{"so"}, {"and", "so"}, {"afterwards"}, {"since", "then"}, {"i", "felt"}, {"i", "feel"}, {"i", "was"},
		{"i", "am"}, {"i", "had"}, {"i", "could"}, {"we", "had"}, {"we", "lost"}, {"we", "could"},
	}
	// causeWords after "this", "that", "which" or "it" start an impact:
	// "this meant", "which caused", "it left".
	causeWords = set("meant means caused causes led leads made makes left leaves resulted results created creates cost costs put forced delayed blocked")
)

// splitProse finds the parts of plain prose.
func (c *Checker) splitProse(text string) SBI {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	p := c.analyse("text", text, sc)
	tk := p.t.tokens
	if len(tk) == 0 {
		return SBI{}
	}
	sitEnd := leadingSituation(&p) // tokens [0, sitEnd) are the situation
	behStart := sitEnd
	impStart := len(tk)
	for i := behStart + 1; i < len(tk); i++ {
		if clauseStart(tk, i) && impactCue(tk, i) || andConsequence(&p, i) {
			impStart = i
			break
		}
	}
	if impStart == len(tk) {
		// A later sentence that is not about the person starts the impact:
		// "You interrupted Ana twice. She stopped sharing updates."
		first := tk[behStart].sentence
		for i := behStart + 1; i < len(tk); i++ {
			if tk[i].sentence != first && tk[i].flags&sentenceStart != 0 && !tk[i].is(gSecondPerson) && !behaviorContinues(tk, i) {
				impStart = i
				break
			}
		}
	}
	var s SBI
	trailing := -1
	if sitEnd == 0 {
		trailing = trailingSituation(&p, impStart)
	}
	switch {
	case sitEnd > 0:
		s.Situation = cleanPart(text[:tk[sitEnd-1].end])
		s.Behavior = cleanPart(between(text, tk, sitEnd, impStart))
	case trailing > 0:
		s.Situation = cleanPart(text[tk[trailing].start:endOf(text, tk, impStart)])
		s.Behavior = cleanPart(text[:tk[trailing].start])
	default:
		s.Behavior = cleanPart(between(text, tk, 0, impStart))
	}
	if impStart < len(tk) {
		if tk[impStart].text == "and" && impStart+1 < len(tk) {
			impStart++
		}
		s.Impact = cleanPart(text[tk[impStart].start:])
	}
	return s
}

// leadingSituation returns the end of a leading situation phrase, or 0.
// The phrase opens with a time or place word and ends at the first clause
// break, at the person who acts ("you", or a name followed by a verb), or
// with the first sentence. A "When you …" clause ends at its break or at
// the second "you".
func leadingSituation(p *part) int {
	tk := p.t.tokens
	if !tk[0].is(gSituationOpeners) && !opensWithTime(p) {
		return 0
	}
	sub := tk[0].is(gSubordinators)
	yous := 0
	for i := 1; i < len(tk); i++ {
		switch {
		case tk[i].sentence != tk[0].sentence, tk[i].clause != tk[i-1].clause:
			return i
		case tk[i].text == "you" || tk[i].text == "your":
			if yous++; !sub || yous == 2 {
				return i
			}
		case !sub && len(p.at(i)) == 0 && named(p, i) && i+1 < len(tk) && isPast(tk[i+1]):
			return i
		}
	}
	return 0
}

// opensWithTime reports whether the text opens with a time phrase, specific
// or vague: "Yesterday", "Recently", "Sometimes".
func opensWithTime(p *part) bool {
	for _, m := range p.at(0) {
		if m.cats&(catTimeAnchor|catVagueTime|catGeneralization) != 0 {
			return true
		}
	}
	return false
}

// anchorAt reports whether a time anchor starts at token i.
func anchorAt(p *part, i int) bool {
	for _, m := range p.at(i) {
		if m.cats&catTimeAnchor != 0 {
			return true
		}
	}
	return false
}

// trailingSituation finds a time or place phrase that ends the first
// sentence of the behavior ("You interrupted Ana in yesterday's planning."),
// returning its first token, or -1: the first "in", "during", "at" or "on"
// (or a time word) with an anchor within the next few words.
func trailingSituation(p *part, limit int) int {
	tk := p.t.tokens
	end := 0
	for end < limit && tk[end].sentence == tk[0].sentence {
		end++
	}
	for k := 1; k < end; k++ {
		w := tk[k].text
		if w != "in" && w != "during" && w != "at" && w != "on" && !anchorAt(p, k) {
			continue
		}
		for j := k; j < end && j <= k+5; j++ {
			if dateLike(tk, j) {
				return k
			}
			for _, m := range p.at(j) {
				if m.end <= end && (m.cats&catTimeAnchor != 0 || m.cats&catEvent != 0 && specified(p, m)) {
					return k
				}
			}
		}
	}
	return -1
}

func clauseStart(tk []token, i int) bool {
	return i == 0 || tk[i].clause != tk[i-1].clause || tk[i].sentence != tk[i-1].sentence
}

func impactCue(tk []token, i int) bool {
	for _, cue := range impactCues {
		if i+len(cue) > len(tk) {
			continue
		}
		ok := true
		for k, w := range cue {
			if tk[i+k].text != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return (tk[i].is(gDummies) || tk[i].text == "it") && i+1 < len(tk) && causeWords[tk[i+1].text]
}

// andConsequence matches "… and the build broke", "… and Ana stopped": an
// "and" that hands the sentence to someone or something else, followed by
// a past-tense verb.
func andConsequence(p *part, i int) bool {
	tk := p.t.tokens
	if tk[i].text != "and" || i+2 >= len(tk) || tk[i+1].is(gSecondPerson) {
		return false
	}
	next := tk[i+1]
	if !next.is(gDeterminers) && !next.is(gFirstPerson) && !next.is(gPersonSubjects) && !named(p, i+1) {
		return false
	}
	for j := i + 2; j < len(tk) && j <= i+4; j++ {
		if isPast(tk[j]) {
			return true
		}
	}
	return false
}

// behaviorContinues reports whether the sentence at i still describes the
// act: it starts with "then", "and", "also" or a quotation.
func behaviorContinues(tk []token, i int) bool {
	switch tk[i].text {
	case "then", "and", "also", "again", "later", "instead":
		return true
	}
	return tk[i].quote != 0
}

func between(text string, tk []token, i, j int) string {
	if i >= len(tk) || i >= j {
		return ""
	}
	return text[tk[i].start:endOf(text, tk, j)]
}

// endOf returns the byte offset where the text before token j ends: the end
// of token j-1 and the punctuation that follows it.
func endOf(text string, tk []token, j int) int {
	if j >= len(tk) {
		return len(text)
	}
	return tk[j].start
}

// cleanPart trims spaces, joining commas and dangling conjunctions.
func cleanPart(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == ';' || r == '—' || r == '–' })
	for _, w := range []string{" and", " so", " which"} {
		if strings.HasSuffix(strings.ToLower(s), w) {
			s = strings.TrimRight(s[:len(s)-len(w)], " ,")
		}
	}
	return s
}
