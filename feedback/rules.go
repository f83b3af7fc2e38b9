package feedback

import (
	"slices"
	"strings"
)

// The rules below read the lexicon matches of a part in the light of a few
// closed classes of grammar words (pronouns, negators, linking verbs). Those
// are part of English, not of the lexicon, so they are fixed here.

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

var (
// writeVerbs report speech only before "that", a colon or a quotation:
// "you posted that …" reports, "you posted a sloppy summary" does not.
)

// hasSecondPerson reports whether the part addresses the person as "you"
// outside quotations.
func hasSecondPerson(p *part) bool {
	for i, tk := range p.t.tokens {
		if tk.is(gSecondPerson) && !p.t.quoted(i) {
			return true
		}
	}
	return false
}

// reportedSpeech marks the tokens that report what the person said. The
// rule: words the person said are behavior, so the labels, motives and
// sweeping words inside them are not the giver's. A quotation is reported
// speech when a speech verb whose subject is the person introduces or
// follows it ("you said, "…"", ""…," you wrote"), or when it is three words
// or longer. A shorter quotation with no speech verb is a scare quote ("you
// were "busy"") and is read as the giver's own words. Without quote marks,
// the clause after a speech verb whose subject is the person is reported
// speech up to the end of the sentence or a "but" ("you said the plan was
// stupid"; "you called the design lazy"). Speech by others is hearsay and
// is read as the giver's claim ("everyone says you are rude").
//
// In an impact, anyone's words are reported, not only the person's: what
// others said is the effect ("the client called the demo unprofessional").
// Only the giver's own words ("I'd say") are the giver's.
func reportedSpeech(p *part, sc *scratch) (speech []bool, quoted bool) {
	tk := p.t.tokens
	speech = slices.Grow(sc.speech[:0], len(tk))[:len(tk)]
	clear(speech)
	sc.speech = speech
	if len(tk) == 0 {
		return speech, false
	}
	second := hasSecondPerson(p)
	if p.field == "impact" {
		second = false // a third person speaking counts, see above
	}
	for _, q := range p.t.quotes {
		if !q.closed || q.first >= q.last {
			continue
		}
		var isSpeech bool
		if v, ok := speechVerbNear(p, q); ok {
			isSpeech = personSpeaks(p, v, second)
		} else {
			isSpeech = q.last-q.first >= 3
		}
		if isSpeech {
			quoted = true
			for i := q.first; i < q.last; i++ {
				speech[i] = true
			}
		}
	}
	for _, m := range p.m {
		if m.cats&catSpeech == 0 || p.t.quoted(m.start) || speech[m.start] || !personSpeaks(p, m.start, second) {
			continue
		}
		if j := m.start - 1; j >= 0 && tk[j].is(gNegators) || j >= 1 && tk[j-1].is(gNegators) && tk[j].is(gFillers) {
			continue // "you didn't reply, …", "you never even said": nothing was said
		}
		e := m.end
		if e >= len(tk) || tk[e].sentence != tk[m.start].sentence || p.t.quoted(e) {
			continue
		}
		if tk[e].quote != 0 {
			// An unclosed quotation after a speech verb is still speech.
			for i := e; i < len(tk) && tk[i].quote == tk[e].quote; i++ {
				speech[i], quoted = true, true
			}
			continue
		}
		end := e
		// A new clause that gives a reason or purpose is the giver's again:
		// "you said the plan was fine, just to get out of the meeting".
		stop := func(k int) bool {
			return tk[k].is(gClauseBreakers) || tk[k].clause != tk[k-1].clause && tk[k].is(gReportEnders) || purposeAt(tk, k)
		}
		switch {
		case tk[m.start].is(gNamingVerbs):
			for end < len(tk) && end < e+5 && tk[end].sentence == tk[e].sentence && !stop(end) && tk[end].text != "and" {
				end++
			}
		case tk[m.start].is(gWriteVerbs):
			if tk[e].text == "that" || strings.Contains(p.t.src[tk[e-1].end:tk[e].start], ":") {
				for end < len(tk) && tk[end].sentence == tk[e].sentence && !stop(end) {
					end++
				}
			}
		case opensReport(p, m.start, e):
			for end < len(tk) && tk[end].sentence == tk[e].sentence && !stop(end) {
				end++
			}
		}
		for i := e; i < end; i++ {
			speech[i] = true
		}
	}
	return speech, quoted
}

// purposeAt reports whether a reason or purpose starts at token k:
// "because", "just to", "only to", "so that", "in order to". After
// reported words it is the giver's comment on them.
func purposeAt(tk []token, k int) bool {
	next := func(w string) bool { return k+1 < len(tk) && tk[k+1].text == w }
	switch tk[k].text {
	case "because":
		return true
	case "just", "only", "simply":
		return next("to")
	case "so":
		return next("that")
	case "in":
		return next("order")
	}
	return false
}

// speechVerbNear finds a speech verb that introduces quotation q (a few
// words before it, in its sentence) or follows it (right after it).
func speechVerbNear(p *part, q quotation) (int, bool) {
	tk := p.t.tokens
	for i := q.first - 1; i >= 0 && i >= q.first-8; i-- {
		for _, m := range p.at(i) {
			if m.cats&catSpeech != 0 && !p.t.quoted(i) && m.end <= q.first && q.first-m.end <= 6 && tk[i].sentence == tk[q.first].sentence {
				return i, true
			}
		}
	}
	for i := q.last; i < len(tk) && i <= q.last+2; i++ {
		for _, m := range p.at(i) {
			if m.cats&catSpeech != 0 && !p.t.quoted(i) {
				return i, true
			}
		}
	}
	return 0, false
}

// personSpeaks reports whether the subject of the speech verb at v is the
// person the feedback is about: "you" when the feedback addresses them, else
// a third person or a name. A verb with no subject in reach counts as the
// person's.
func personSpeaks(p *part, v int, second bool) bool {
	tk := p.t.tokens
	decide := func(i int) (bool, bool) {
		w := tk[i].text
		switch {
		case w == "you":
			return true, true
		case tk[i].is(gHearsay):
			return p.field == "impact" && !tk[i].is(gFirstPerson), true
		case tk[i].is(gPersonSubjects):
			return !second, true
		case tk[i].flags&capitalized != 0 && w != "i":
			return !second, true
		}
		return false, false
	}
	for i := v - 1; i >= 0 && i >= v-6; i-- {
		if tk[i].sentence != tk[v].sentence || p.t.quoted(i) || tk[i].is(gClauseBreakers) {
			break
		}
		if tk[i].flags&capitalized != 0 && i < v-2 {
			continue // a capitalized word further back is the sentence's opener, not the subject
		}
		if ok, found := decide(i); found {
			return ok
		}
	}
	if v+1 < len(tk) && !p.t.quoted(v+1) { // inverted: `"…," said Ana`
		if ok, found := decide(v + 1); found {
			return ok
		}
	}
	return true
}

// opensReport reports whether the words after the speech verb ending at e
// are a reported clause: "that …", a subject ("you said we …"), an object
// and a clause ("told the client we …"), a colon, or a be-verb close by
// ("said the code was …").
func opensReport(p *part, v, e int) bool {
	tk := p.t.tokens
	if strings.Contains(p.t.src[tk[e-1].end:tk[e].start], ":") {
		return true
	}
	if tk[e].is(gReportOpeners) {
		return true
	}
	for i := e; i < len(tk) && i <= e+3 && tk[i].sentence == tk[v].sentence; i++ {
		if tk[i].is(gBeVerbs) {
			return true
		}
		if i > e && (tk[e].is(gObjectPronouns) || tk[e].flags&capitalized != 0) && tk[i].is(gReportOpeners) {
			return true
		}
	}
	return false
}

// behaviorWords are the trigger words of a behavior, per code.
type behaviorWords struct {
	judgement, interpretation, generalization, hedges []string
}

func behaviorFindings(p *part, speech []bool, keep func(match) bool) behaviorWords {
	tk := p.t.tokens
	if keep == nil {
		keep = func(match) bool { return true }
	}
	inSpeech := func(m match) bool {
		for i := m.start; i < m.end; i++ {
			if speech[i] {
				return true
			}
		}
		return false
	}
	var judged, interp, general, hedged []match
	terms := p.has(catTerm) // few texts name one; skip the look-back otherwise
	notTheGivers := func(m match) bool { return inSpeech(m) || terms && inTerm(p, m) }
	for _, m := range p.m {
		if m.cats&catInterpretation != 0 && !notTheGivers(m) && !motiveKnown(p, m) && keep(m) {
			interp = append(interp, m)
		}
	}
	for _, m := range p.m {
		if notTheGivers(m) {
			continue
		}
		switch {
		case m.cats&catJudgement != 0 && aimedAtOther(p, m):
			// "to make me look incompetent": the label is what the motive
			// aims at someone else, not a label of the person
		case m.cats&catInterpretation == 0 && covered(interp, m):
			// a word inside a motive ("to look good") is part of that claim
		case m.cats&catLabel != 0 && !negated(p, m.start) && !remedied(p, m) && !predicativeTerm(p, m),
			m.cats&catPraise != 0,
			m.cats&catPersonLabel != 0 && predicated(p, m) && !negated(p, m.start),
			m.cats&catPersonPraise != 0 && predicated(p, m):
			if keep(m) {
				judged = append(judged, m)
			}
		case m.cats&catManner != 0:
			if from, ok := gradesOwnAct(p, m); ok && keep(m) {
				judged = append(judged, match{start: from, end: m.end, cats: m.cats})
			}
		}
		if m.cats&catGeneralization != 0 && !bounded(p, m) && !aboutOther(p, m) {
			general = append(general, m)
		}
		if m.cats&catHedge != 0 {
			hedged = append(hedged, m)
		}
	}
	for _, m := range p.m {
		if m.cats&catFeeling != 0 && !inSpeech(m) && !tk[m.start].is(gFeelingMarkers) && m.cats&catJudgement == 0 && ascribed(p, m.start) && keep(m) {
			interp = append(interp, match{start: ascribedFrom(p, m.start), end: m.end})
		}
	}
	for i := range tk {
		if speech[i] {
			continue
		}
		if m, ok := everyOccasion(p, i); ok && !bounded(p, m) && !aboutOther(p, m) {
			general = append(general, m)
		}
		if m, ok := nounLabel(p, i); ok && !speech[m.end-1] && keep(m) {
			judged = append(judged, m)
		}
		if m, ok := gradedWork(p, i); ok && !speech[i] && keep(m) {
			judged = append(judged, m)
		}
		if (tk[i].text == "keep" || tk[i].text == "keeps") && i+1 < len(tk) && strings.HasSuffix(tk[i+1].text, "ing") && !speech[i+1] {
			general = append(general, match{start: i, end: i + 2})
		}
	}
	// An evidential phrase that runs into a label is part of the label:
	// "you clearly didn't care" judges, it does not guess a motive.
	interp = slices.DeleteFunc(interp, func(m match) bool {
		return slices.ContainsFunc(judged, func(j match) bool { return j.start < m.end && j.end > m.end })
	})
	return behaviorWords{
		judgement:      triggerTexts(p, judged),
		interpretation: triggerTexts(p, interp),
		generalization: triggerTexts(p, general),
		hedges:         triggerTexts(p, hedged),
	}
}

// motiveKnown reports whether the motive phrase m is no guess: a plan the
// giver shared, what the person said they wanted, or an act that only
// sounds like a motive ("you didn't bother anyone").
func motiveKnown(p *part, m match) bool {
	return statedIntent(p, m) || statedContent(p, m) || botheredSomeone(p, m)
}

// botheredSomeone reports whether the motive phrase m ends in "bother"
// used of an act on someone: "you didn't bother anyone", "never bothered
// us with it". The motive is "didn't bother to", "didn't bother with" or
// "didn't even bother".
func botheredSomeone(p *part, m match) bool {
	tk := p.t.tokens
	e := m.end
	if !strings.HasPrefix(tk[e-1].text, "bother") || e >= len(tk) || tk[e].clause != tk[e-1].clause {
		return false
	}
	return tk[e].is(gBotherObjects) || named(p, e) ||
		tk[e].is(gDeterminers) && e+1 < len(tk) && slices.ContainsFunc(p.at(e+1), func(o match) bool { return o.cats&catPeople != 0 })
}

// aimedAtOther reports whether the label of m is what the person is said
// to make someone else look or feel: "you tried to make me look
// incompetent", "you made Ana sound unprepared". The label is said of
// that someone; the motive, if any, is reported on its own.
func aimedAtOther(p *part, m match) bool {
	tk := p.t.tokens
	j := m.start - 1
	for j >= 0 && tk[j].is(gIntensifiers) && !tk[j].is(gLinkingVerbs) {
		j--
	}
	if j < 1 || !tk[j].is(gAppearVerbs) {
		return false
	}
	if tk[j-1].text == "to" {
		return true // "you wanted to look clever": the aim, not a trait
	}
	for k := j - 1; k >= 0 && k >= j-4 && tk[k].clause == tk[j].clause; k-- {
		switch {
		case tk[k].is(gSecondPerson):
			return false // "you made yourself look lazy"
		case tk[k].is(gAimVerbs):
			return k < j-1
		}
	}
	return false
}

// gradeSubjectReach is how many words before a grade gradedWork looks for
// the clause's subject: enough for a verb phrase with its object ("you
// walked us through the Kafka design and asked good questions").
const gradeSubjectReach = 12

// gradedWork matches a grade word said of something the person made or
// did, at i: "you came up with great ideas", "you asked good questions",
// "she writes thoughtful comments". Like a label of the person, it grades
// instead of describing. The grade stands before a noun, in a clause whose
// subject is the person ("you", "he", "she", or a name in a behavior);
// "good news", "a good hour" and "a bad request" are not grades of the
// person, nor is what the giver had ("we had a good chat").
func gradedWork(p *part, i int) (match, bool) {
	tk := p.t.tokens
	if !tk[i].is(gGrades) || p.t.quoted(i) || i+1 >= len(tk) || tk[i+1].clause != tk[i].clause ||
		tk[i+1].is(gFunctionWords|gGradeFree|gLinkingVerbs|gMannerFollowers) || tk[i+1].flags&hasDigit != 0 {
		return match{}, false
	}
	for _, at := range [2][]match{p.at(i), p.at(i + 1)} {
		for _, m := range at {
			if m.cats&(catJudgement|catInterpretation|catTerm) != 0 && m.end > i+1 {
				return match{}, false // the lexicon has it: "good job", "a great team player"
			}
		}
	}
	for j := i - 1; j >= 0 && j >= i-gradeSubjectReach && tk[j].clause == tk[i].clause; j-- {
		switch {
		case p.t.quoted(j):
			return match{}, false
		case tk[j].is(gRemedyVerbs), tk[j].text == "i" || tk[j].text == "we":
			// "you fixed a bad config", "we had a good chat"; "you walked
			// us through it and asked good questions" is still the person's
			return match{}, false
		case tk[j].is(gPersonSubjects), p.field == "behavior" && subjectName(p, j):
			// "you asked good questions"; in peer feedback written of the
			// person, "Amir writes thoughtful comments"
			return match{start: i, end: i + 2}, true
		}
	}
	return match{}, false
}

// subjectName reports whether the capitalized word at j can be the person
// a clause is about: "Amir writes …", but not a product or place after an
// article or a preposition ("the Kafka design", "in Slack").
func subjectName(p *part, j int) bool {
	tk := p.t.tokens
	if j > 0 && tk[j-1].is(gDeterminers|gEventLinks) {
		return false
	}
	return named(p, j) || tk[j].flags&capitalized != 0 && !tk[j].is(gOpeners)
}

// inTerm reports whether m lies inside a technical term of the lexicon,
// which judges nobody: "lazy loading", "greedy algorithm".
func inTerm(p *part, m match) bool {
	for j := max(0, m.start-maxIdiomWords); j <= m.start; j++ {
		for _, o := range p.at(j) {
			if o.cats&catTerm != 0 && o.start <= m.start && m.end <= o.end && o.end-o.start > m.end-m.start {
				return true
			}
		}
	}
	return false
}

// predicativeTerm reports whether the one-word label of m is said of a
// thing with which it makes a technical term of the lexicon, in the order
// "thing is label": "the regex was greedy" is the term "greedy regex", "the
// network is unreliable" the term "unreliable network". It judges nobody.
func predicativeTerm(p *part, m match) bool {
	tk := p.t.tokens
	if m.end-m.start != 1 {
		return false
	}
	j := m.start - 1
	for j >= 0 && tk[j].is(gIntensifiers) {
		j-- // "the regex was too greedy"
	}
	if j < 1 || !tk[j].is(gCopulas) || tk[j-1].is(gFunctionWords) {
		return false
	}
	pair := [2]token{tk[m.start], tk[j-1]}
	var buf [4]match
	for _, o := range p.tr.matchAll(pair[:], buf[:0]) {
		if o.cats&catTerm != 0 && o.start == 0 && o.end == 2 {
			return true
		}
	}
	return false
}

// statedIntent reports whether the motive phrase m is followed by the plan
// it was part of, which the giver knows rather than guesses: "you let him
// break staging on purpose, as an exercise".
func statedIntent(p *part, m match) bool {
	tk := p.t.tokens
	for j := m.end; j < len(tk) && j <= m.end+20 && tk[j].sentence == tk[m.start].sentence; j++ {
		if !tk[j].is(gPlanLinks) {
			continue
		}
		// "as" right after the motive, or opening a later clause: "as
		// agreed", "as an exercise", "as we'd planned"
		near := j <= m.end+3 || tk[j].clause != tk[j-1].clause
		for k := j + 1; k < len(tk) && k <= j+3 && tk[k].clause == tk[j].clause; k++ {
			if near && tk[j].text == "as" && tk[k].is(gAgreedPlans) && (k == j+1 || isPast(tk[k])) {
				return true
			}
			// anywhere in the sentence, a plan named: "as the drill plan
			// said", "per the runbook", "following the script"
			// ("as the schedule was tight" gives a reason, not a plan)
			if tk[k].is(gPlanWords) && (tk[j].text != "as" || k+1 >= len(tk) || !tk[k+1].is(gBeVerbs)) {
				return true
			}
		}
	}
	return false
}

// statedContent reports whether the motive phrase m is the content of
// something the person wrote or said, which the giver read or heard: "a
// list of what you wanted from your next role", "we talked about what you
// hoped for".
func statedContent(p *part, m match) bool {
	tk := p.t.tokens
	i := m.start
	if tk[i].text != "you" || i < 2 || tk[i-1].text != "what" {
		return false
	}
	before := tk[i-2]
	if before.text == "of" || before.text == "about" {
		return true
	}
	for _, o := range p.at(i - 2) {
		if o.cats&catSpeech != 0 {
			return true
		}
	}
	return false
}

// aboutPerson keeps the words of an impact that are said of the person: a
// "you" or "your" in the clause, and no "I" or "we" just before the word
// ("it showed how careless you are", but not "I felt disrespected when you
// interrupted").
func aboutPerson(p *part) func(match) bool {
	tk := p.t.tokens
	return func(m match) bool {
		you := false
		for j := m.start - 1; j >= 0 && tk[j].clause == tk[m.start].clause; j-- {
			if tk[j].is(gFirstPerson) && j >= m.start-3 {
				return false
			}
			you = you || tk[j].is(gSecondPerson)
		}
		for j := m.end; j < len(tk) && tk[j].clause == tk[m.start].clause; j++ {
			you = you || tk[j].is(gSecondPerson)
		}
		return you
	}
}

// covered reports whether m lies inside one of ms, which are few.
func covered(ms []match, m match) bool {
	for _, o := range ms {
		if o.start <= m.start && m.end <= o.end {
			return true
		}
	}
	return false
}

// triggerTexts returns the source text of ms in text order, dropping a match
// that lies inside a longer one and repeats of the same words.
func triggerTexts(p *part, ms []match) []string {
	if len(ms) == 0 {
		return nil
	}
	slices.SortStableFunc(ms, func(a, b match) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end
	})
	// Overlapping matches are one trigger: "you obviously" and "obviously
	// hadn't" quote as "you obviously hadn't".
	merged := ms[:0:0]
	for _, m := range ms {
		if n := len(merged); n > 0 && m.start < merged[n-1].end {
			merged[n-1].end = max(merged[n-1].end, m.end)
			continue
		}
		merged = append(merged, m)
	}
	var out []string
	for _, m := range merged {
		s := p.t.span(m.start, m.end)
		if !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, s) }) {
			out = append(out, s)
			if len(out) > 5 {
				break // quoteList shows five and says "and more"
			}
		}
	}
	return out
}

// negated reports whether a negator governs the word at i: "not", "never"
// or "no" a few words before it, in its clause, with no new subject in
// between ("was not rude", "wasn't being rude", "never once rude").
func negated(p *part, i int) bool {
	tk := p.t.tokens
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if tk[j].clause != tk[i].clause {
			return false
		}
		if tk[j].is(gNegators) || negatingPair(tk, j) {
			return true
		}
		if tk[j].is(gNegationStops) {
			// "I don't think you're lazy", "not saying you were rude": a
			// negated thought or statement about the label.
			return tk[j].text == "you" && j >= 2 && tk[j-1].is(gDenials) &&
				(tk[j-2].is(gNegators) || j >= 3 && tk[j-3].is(gNegators))
		}
	}
	return false
}

// negatingPair reports whether tokens j-1 and j negate what follows like
// "not": "far from", "anything but", "less than", "nowhere near".
func negatingPair(tk []token, j int) bool {
	if j < 1 {
		return false
	}
	switch a, b := tk[j-1].text, tk[j].text; b {
	case "from":
		return a == "far"
	case "but":
		return a == "anything"
	case "than":
		return a == "less"
	case "near":
		return a == "nowhere"
	}
	return false
}

// predicated reports whether the word of m is said of a person: "you were
// defensive", "you're being difficult", "your tone was aggressive", "a
// difficult colleague".
func predicated(p *part, m match) bool {
	tk := p.t.tokens
	for j := m.end; j < len(tk) && j <= m.end+1; j++ {
		if tk[j].is(gPersonNouns) {
			return true
		}
	}
	linked := false
	for j := m.start - 1; j >= 0 && j >= m.start-7; j-- {
		w := tk[j].text
		switch {
		case tk[j].clause != tk[m.start].clause && !linked:
			return false
		case linked && (tk[j].is(gPersonSubjects|gConductNouns) || tk[j].flags&capitalized != 0 && w != "i" && tk[j].flags&sentenceStart == 0):
			return true
		case tk[j].is(gLinkingVerbs):
			linked = true
		case tk[j].is(gIntensifiers | gNegators):
		case negatingPair(tk, j):
			j-- // "anything but helpful", "far from professional"
		case w == "to":
			return false // a purpose clause: "you wanted to look good"
		case linked:
			// adverbs and auxiliaries between subject and verb: "you have
			// often been", "your reply this morning was"
		default:
			return false
		}
	}
	return false
}

// ascribed reports whether the feeling at i is ascribed to the person:
// "you were annoyed", "you seemed bored", "he looked upset".
func ascribed(p *part, i int) bool { return ascribedFrom(p, i) < i }

// ascribedFrom returns the index of the subject that the feeling at i is
// ascribed to, or i when it is not ascribed.
func ascribedFrom(p *part, i int) int {
	tk := p.t.tokens
	linked := false
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		w := tk[j].text
		switch {
		case tk[j].clause != tk[i].clause:
			return i
		case linked && (tk[j].is(gPersonSubjects) || named(p, j)):
			return j // "you seemed bored", "Jo looked upset"
		case tk[j].is(gLinkingVerbs) && w != "as":
			linked = true
		case tk[j].is(gIntensifiers):
		default:
			return i
		}
	}
	return i
}

// remedied reports whether the label of m describes a thing the person
// dealt with rather than their own work: "you fixed a terrible bug", "you
// caught a sloppy mistake". The label stands before a noun, and a verb of
// finding or fixing governs the noun phrase.
func remedied(p *part, m match) bool {
	tk := p.t.tokens
	if m.end >= len(tk) || tk[m.end].clause != tk[m.start].clause || tk[m.end].is(gFunctionWords|gLinkingVerbs) {
		return false // not before a noun: "the PR was sloppy", "sloppy and late"
	}
	for j := m.start - 1; j >= 0 && j >= m.start-4 && tk[j].clause == tk[m.start].clause; j-- {
		switch {
		case tk[j].is(gRemedyVerbs):
			return true
		case tk[j].is(gDeterminers | gIntensifiers):
		default:
			return false
		}
	}
	return false
}

// gradesOwnAct reports whether the manner adverb of m grades what the
// person did: it ends its clause ("you handled it well", "you did great
// under pressure") and the clause's subject is "you". "Well ahead of the
// deadline", "as well" and "it went well" do not grade the person. from is
// where the graded act starts, for quoting: "handled it well".
func gradesOwnAct(p *part, m match) (from int, ok bool) {
	tk := p.t.tokens
	if m.start > 0 && tk[m.start-1].text == "as" {
		return 0, false
	}
	if e := m.end; e < len(tk) && tk[e].clause == tk[m.start].clause &&
		(!tk[e].is(gMannerFollowers) || tk[e].text == "in" && e+1 < len(tk) && tk[e+1].text == "advance") {
		return 0, false
	}
	for j := m.start - 1; j >= 0 && j >= m.start-12 && tk[j].sentence == tk[m.start].sentence; j-- {
		if p.t.quoted(j) {
			return 0, false
		}
		switch w := tk[j].text; {
		case w == "you":
			from := j + 1
			for from < m.start && tk[from].is(gNegators|gIntensifiers|gFillers|gBeVerbs) {
				from++ // "you never take feedback well" quotes "take feedback well"
			}
			if m.start-from > 4 {
				from = m.start
			}
			return from, true
		case tk[j].is(gDummies) && j > 0 && tk[j-1].clause == tk[j].clause && !tk[j-1].is(gFunctionWords):
			// an object: "you handled it well"
		case tk[j].is(gPersonSubjects | gDummies), w == "i", w == "we", named(p, j):
			return 0, false
		}
	}
	return 0, false
}

// nounLabel matches a label given as a noun at the article at i: "you're
// such a pushover", "you were a lifesaver", "you came across as a snob".
// The noun is the predicate of "you" and is neither a role ("a reviewer
// on PR 12", "a guest speaker"), an amount ("a few minutes late", "an hour
// early") nor a noun with a complement ("a member of the panel"). Nouns in
// the lexicon are matched there; this catches the open class of labels
// that no list can hold. A negated noun ("you weren't a blocker") is left
// alone, as its tone is unknown.
func nounLabel(p *part, i int) (match, bool) {
	tk := p.t.tokens
	if w := tk[i].text; w != "a" && w != "an" || i+1 >= len(tk) || p.t.quoted(i) {
		return match{}, false
	}
	if n := tk[i+1]; n.is(gQuantities|gNumberWords) || n.flags&hasDigit != 0 || unitAt(p, i+1) {
		return match{}, false // an amount: "a bit", "a few minutes late", "an hour early"
	}
	// Back over intensifiers ("such", "a total", "a bit of") to the verb,
	// and from it to "you".
	j := i - 1
	for j >= 0 && tk[j].clause == tk[i].clause && tk[j].is(gIntensifiers) && !tk[j].is(gLinkingVerbs) {
		j--
	}
	if j >= 0 && tk[j].text == "like" {
		j-- // "acted like a", "sounded like a"
	}
	if j < 0 || tk[j].clause != tk[i].clause || !tk[j].is(gLinkingVerbs) {
		return match{}, false
	}
	for j >= 0 && tk[j].is(gLinkingVerbs|gBeVerbs) && tk[j].clause == tk[i].clause {
		j--
	}
	if j < 0 || tk[j].text != "you" || negated(p, i) {
		return match{}, false
	}
	first := i + 1
	for first < len(tk) && first <= i+3 && tk[first].is(gIntensifiers) && !tk[first].is(gQuantities) {
		first++ // "a real pain", "a total pushover"
	}
	end := first
	for end < len(tk) && end <= first+2 && tk[end].clause == tk[i].clause && !p.t.quoted(end) &&
		!tk[end].is(gEventLinks|gNegationStops|gClauseBreakers|gFunctionWords|gSubordinators|gMannerFollowers) {
		end++
	}
	if end == first {
		return match{}, false
	}
	head := tk[end-1]
	if head.is(gRoleNouns|gPersonNouns|gFunctionWords) || head.flags&(possessive|hasDigit) != 0 ||
		end < len(tk) && tk[end].text == "of" && tk[end].clause == tk[i].clause {
		return match{}, false
	}
	for k := first; k < end; k++ {
		if tk[k].flags&hasDigit != 0 || unitAt(p, k) {
			return match{}, false
		}
		for _, m := range p.at(k) {
			if m.cats&(catJudgement|catInterpretation) != 0 {
				return match{}, false // the lexicon has it
			}
		}
	}
	return match{start: i, end: end}, true
}

// aboutOther reports whether the sweeping word of m stands in a clause
// about something else, introduced by "that", "which" or "where" with a
// subject of its own: "you showed that the queue had grown 40% every week",
// "the alert that fires every time the disk fills", "you found that the
// retry loop never terminates". The pattern is the thing's, not the
// person's. A name as the subject of feedback written in the third person
// is the person ("Sam was always late").
func aboutOther(p *part, m match) bool {
	tk := p.t.tokens
	verb := false
	for j := m.start - 1; j >= 0 && j >= m.start-10 && tk[j].sentence == tk[m.start].sentence; j-- {
		if tk[j].is(gSecondPerson) || p.t.quoted(j) {
			return false
		}
		if tk[j].is(gClauseIntro) {
			// The clause has a subject of its own when a verb follows it
			// or it opens with an article: "that the retry loop never …".
			return (verb || tk[j+1].is(gArticles)) && j+1 < m.start && !tk[j+1].is(gSecondPerson)
		}
		t := tk[j]
		if t.is(gBeVerbs) || isPast(t) {
			// A verb with a subject of its own, a thing or a name: "you
			// showed the queue grew 40% every week".
			if j > 0 && tk[j-1].sentence == t.sentence && !tk[j-1].is(gFunctionWords|gIntensifiers|gFillers|gNegators) &&
				!strings.HasSuffix(tk[j-1].text, "ly") && !isPast(tk[j-1]) {
				return !(subjectName(p, j-1) && !hasSecondPerson(p))
			}
			verb = true
		}
		verb = verb || len(t.text) > 3 && strings.HasSuffix(t.text, "s") && t.flags&possessive == 0 && j > 0 && (!tk[j-1].is(gDeterminers) || tk[j-1].is(gClauseIntro))
	}
	return false
}

// experienced reports whether "never" at m states what the person had not
// done before one occasion, a fact rather than a pattern: "you had never
// deployed it before", "you never used Terraform before that sprint". The
// perfect tense with "before" or "until" in the clause says it, and so does
// a past verb inside a situation that names the occasion ("he never left
// the bridge until the last check was green"); else "before" must name the
// occasion ("before that Friday", "until today").
func experienced(p *part, m match) bool {
	tk := p.t.tokens
	if tk[m.start].text != "never" || m.end-m.start != 1 {
		return false
	}
	perfect := false
	for j := m.start - 1; j >= 0 && j >= m.start-2; j-- {
		if w := tk[j].text; w == "had" || w == "have" || w == "has" || w == "would" && m.end < len(tk) && isPast(tk[m.end]) {
			perfect = true
		}
	}
	for k := m.end; k < len(tk) && k <= m.end+12 && tk[k].clause == tk[m.start].clause; k++ {
		if w := tk[k].text; w != "before" && w != "until" && w != "till" {
			continue
		}
		if perfect || p.span != spanNone && m.end < len(tk) && isPast(tk[m.end]) {
			// "had never deployed it before"; "never left the bridge until
			// the last check was green" on the night the situation names
			return true
		}
		n := k + 1
		return n >= len(tk) || tk[n].clause != tk[k].clause || dateLike(tk, n) ||
			tk[n].flags&capitalized != 0 || strings.Contains(" that this then now today yesterday last ", " "+tk[n].text+" ")
	}
	return false
}

// bounded reports whether a quantifier over occasions is bounded by a time
// window, which makes it an observation: "every standup this sprint", "each
// review last week". "Every time" stays a generalization.
func bounded(p *part, m match) bool {
	tk := p.t.tokens
	if experienced(p, m) || countedOnce(p, m) {
		return true
	}
	if w := tk[m.start].text; w != "every" && w != "each" && w != "most" || tk[m.end-1].text == "time" {
		return false // "every time" is the sweeping phrase itself, bounded or not
	}
	if p.span == spanPeriod && pastClause(p, m) {
		return true // "every morning" of "his first week", told in the past
	}
	for j := m.end; j < len(tk) && j <= m.end+4 && tk[j].sentence == tk[m.start].sentence; j++ {
		for _, o := range p.at(j) {
			if o.cats&catTimeAnchor != 0 {
				return true
			}
		}
	}
	return false
}

// countedOnce reports whether "never once" or "not once" at m counts the
// occasions of the situation, an observation: "in yesterday's standup you
// never once mentioned the outage", "this sprint you were never once
// late". It needs a situation that names an occasion or period and a
// clause in the past tense; "you never once say thanks" claims a habit.
func countedOnce(p *part, m match) bool {
	tk := p.t.tokens
	i := m.start
	if p.span == spanNone || i+1 >= len(tk) || tk[i+1].text != "once" || tk[i].text != "never" && tk[i].text != "not" {
		return false
	}
	return pastClause(p, m)
}

// pastClause reports whether the clause of m is told in the past tense: a
// past verb or auxiliary a few words around it, in its sentence ("you
// were never once late", "you didn't mention it, not once", "you
// scheduled … every morning").
func pastClause(p *part, m match) bool {
	tk := p.t.tokens
	for j := max(0, m.start-10); j < len(tk) && j <= m.end+3; j++ {
		if tk[j].sentence != tk[m.start].sentence || p.t.quoted(j) || j >= m.start && j < m.end {
			continue
		}
		if isPast(tk[j]) || tk[j].is(gPastAux) {
			return true
		}
	}
	return false
}

// situationSpan says what an anchored situation pins the feedback to: a
// period when it names one or a series of occasions ("this sprint's
// standups", "during his first week", "the last two retros"), else one
// occasion. A release is a period in a plan but one occasion in a
// situation ("during Friday's release").
func situationSpan(p *part) span {
	for i, t := range p.t.tokens {
		w := strings.TrimSuffix(t.text, "s")
		if g, ok := grammar[w]; ok && g&gPeriods != 0 && w != "release" && !namesMeeting(p, i) || pluralEvent(p, i) {
			return spanPeriod
		}
	}
	return spanOccasion
}

// namesMeeting reports whether the period word at i only names the kind of
// a meeting after it: "Tuesday's sprint planning", "the sprint review" are
// one occasion each.
func namesMeeting(p *part, i int) bool {
	if i+1 >= len(p.t.tokens) {
		return false
	}
	for _, m := range p.at(i + 1) {
		if m.cats&(catOccasion|catEvent) != 0 {
			return true
		}
	}
	return false
}

// everyOccasion matches "every meeting", "each sprint", "every single
// time", "most standups" or "most of the calls" at i: a quantifier over
// occasions, which claims a pattern. "every comment" quantifies over
// things and is not matched.
func everyOccasion(p *part, i int) (match, bool) {
	tk := p.t.tokens
	if tk[i].text == "most" {
		j := i + 1
		if j+1 < len(tk) && tk[j].text == "of" && tk[j+1].is(gDeterminers) {
			j += 2
		}
		if j < len(tk) && pluralOf(p, j, catOccasion) {
			return match{start: i, end: j + 1}, true
		}
		return match{}, false
	}
	if tk[i].text != "every" && tk[i].text != "each" {
		return match{}, false
	}
	for _, m := range p.at(i + 1) {
		if m.cats&catOccasion != 0 {
			return match{start: i, end: m.end}, true
		}
	}
	if i+1 < len(tk) && (tk[i+1].text == "single" || tk[i+1].text == "other") {
		for _, m := range p.at(i + 2) {
			if m.cats&catOccasion != 0 {
				return match{start: i, end: m.end}, true
			}
		}
	}
	return match{}, false
}

// situationVague reports whether a situation lacks an anchor, with the
// words that make it vague.
func situationVague(p *part) (bool, []string) {
	tk := p.t.tokens
	var exactTime, periodTime, habitual, vagueTime bool
	event := anchorNone
	var vague []match
	for _, m := range p.m {
		if m.cats&catTimeAnchor != 0 {
			if period(tk, m) {
				periodTime = true
			} else {
				exactTime = true
			}
		}
		if m.cats&catEvent != 0 {
			event = max(event, specifiedBy(p, m))
		}
		if m.cats&catGeneralization != 0 {
			habitual = true
			vague = append(vague, m)
		}
		if m.cats&catVagueTime != 0 {
			vagueTime = true
			vague = append(vague, m)
		}
	}
	for i := range tk {
		if m, ok := everyOccasion(p, i); ok {
			habitual = true
			vague = append(vague, m)
		}
		switch {
		case dateLike(tk, i), tk[i].text == "may" && (nearDigit(tk, i) || i > 0 && tk[i-1].is(gMonthLeads)), agoAnchor(p, i), lastCount(p, i):
			exactTime = true
		case tk[i].is(gSubordinators) && narrative(p, i):
			event = anchorStrong
		}
	}
	timeAnchor := exactTime || periodTime
	anchored := timeAnchor || event > anchorNone
	// A vague time word ("lately", "at some point", "over the last") leaves
	// the situation undated unless something pins it down: an exact time, a
	// named or dated occasion, or an occasion and a period together ("in
	// the retro last week"). "Lately in the standup" is any standup; "at
	// some point last month" is any day of a month.
	if vagueTime && !exactTime && event < anchorStrong && !(event == anchorWeak && periodTime) {
		anchored = false
	}
	return !anchored || habitual && !timeAnchor, triggerTexts(p, vague)
}

// period reports whether the time anchor m is a span rather than a point:
// "last week", "this sprint".
func period(tk []token, m match) bool {
	for j := m.start; j < m.end; j++ {
		if tk[j].is(gPeriods) {
			return true
		}
	}
	return false
}

// How firmly an event noun is pinned to one occasion.
const (
	anchorNone   = iota
	anchorWeak   // a determiner only: "the standup", "our retro"
	anchorStrong // a name, possessive, number or date: "Tuesday's demo", "PR #412", "the Acme call"
)

// specified reports whether the event noun of m names one occasion; see
// specifiedBy.
func specified(p *part, m match) bool { return specifiedBy(p, m) > anchorNone }

// specifiedBy says how firmly the event noun of m names one occasion: a
// determiner, possessive, name or number before it ("the standup",
// "Tuesday's demo", "our Q3 review"), a number after it ("sprint 14", "PR
// #412"), or a specific complement ("a call with the Acme team").
func specifiedBy(p *part, m match) int {
	tk := p.t.tokens
	if m.end < len(tk) && tk[m.end].flags&hasDigit != 0 {
		return anchorStrong
	}
	if tk[m.start].flags&capitalized != 0 && tk[m.start].flags&sentenceStart == 0 {
		return anchorStrong
	}
	found := anchorNone
	for j := m.start - 1; j >= 0 && j >= m.start-4 && tk[j].clause == tk[m.start].clause; j-- {
		if tk[j].is(gIndefinites) {
			break
		}
		if tk[j].is(gRecurring) && found == anchorNone {
			// "our weekly meeting", "the usual sync": any week's; a date or
			// a name elsewhere in the situation still anchors it
			return anchorNone
		}
		if specific(tk, j) {
			found = max(found, specificity(tk[j]))
		}
	}
	for j := m.end; j < len(tk) && j < m.end+2; j++ {
		if !tk[j].is(gEventLinks) {
			continue
		}
		for k := j + 1; k < len(tk) && k <= j+3; k++ {
			if specific(tk, k) {
				found = max(found, specificity(tk[k]))
			}
		}
	}
	return found
}

// specificity grades a specific word: a name, possessive or number pins an
// occasion down, a determiner only points at one.
func specificity(t token) int {
	if t.flags&(possessive|hasDigit|capitalized) != 0 || t.is(gSpecifiers) && !t.is(gDeterminers) {
		return anchorStrong
	}
	return anchorWeak
}

func specific(tk []token, j int) bool {
	t := tk[j]
	return t.is(gSpecifiers) || t.flags&(possessive|hasDigit) != 0 ||
		t.flags&capitalized != 0 && t.flags&sentenceStart == 0 && t.text != "i"
}

// dateLike reports whether token i is a date, a clock time or an ordinal
// day: "2026-03-04", "3/4", "10:30", "3pm", "14th".
func dateLike(tk []token, i int) bool {
	t := tk[i]
	if t.flags&hasDigit == 0 {
		return false
	}
	w := t.text
	if c := strings.IndexByte(w, ':'); c >= 0 {
		// A clock time has two digits of minutes ("9:30"); "1:1" and
		// "1:1s" name a meeting.
		return c+3 <= len(w) && isDigitByte(w[c+1]) && isDigitByte(w[c+2])
	}
	if strings.ContainsAny(w, "/-") {
		return true
	}
	for _, suf := range []string{"am", "pm", "st", "nd", "rd", "th"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) && isDigitByte(w[len(w)-len(suf)-1]) {
			return true
		}
	}
	return i+1 < len(tk) && (tk[i+1].text == "am" || tk[i+1].text == "pm" || tk[i+1].text == "oclock")
}

func nearDigit(tk []token, i int) bool {
	return i > 0 && tk[i-1].flags&hasDigit != 0 || i+1 < len(tk) && tk[i+1].flags&hasDigit != 0
}

func isNumber(t token) bool { return t.flags&hasDigit != 0 || t.is(gNumberWords) }

// agoAnchor matches "two days ago", "an hour ago" ending at i.
func agoAnchor(p *part, i int) bool {
	tk := p.t.tokens
	if tk[i].text != "ago" || i < 2 {
		return false
	}
	return isNumber(tk[i-2]) && unitAt(p, i-1)
}

// lastCount matches "the last two sprints", "past 3 releases" at i.
func lastCount(p *part, i int) bool {
	tk := p.t.tokens
	if (tk[i].text != "last" && tk[i].text != "past") || i+2 >= len(tk) || !isNumber(tk[i+1]) || tk[i+1].text == "a" || tk[i+1].text == "an" {
		return false
	}
	return unitAt(p, i+2) || pluralEvent(p, i+2)
}

func unitAt(p *part, i int) bool {
	for _, m := range p.at(i) {
		if m.cats&catUnit != 0 {
			return true
		}
	}
	return false
}

// pluralEvent reports whether token i is the plural of an event noun.
func pluralEvent(p *part, i int) bool { return pluralOf(p, i, catEvent) }

// pluralOf reports whether the word at i is the plural of a one-word
// phrase in one of the lists cats: "standups", "retros", "mornings".
func pluralOf(p *part, i int, cats category) bool {
	w := p.t.tokens[i].text
	if !strings.HasSuffix(w, "s") {
		return false
	}
	n := p.tr.root.next[strings.TrimSuffix(w, "s")]
	return n != nil && n.cats&cats != 0
}

// narrative matches a subordinate clause that tells one past event: "when
// you presented the roadmap", "after you merged PR 12".
func narrative(p *part, i int) bool {
	tk := p.t.tokens
	for j := i + 1; j < len(tk) && j <= i+4 && tk[j].clause == tk[i].clause; j++ {
		if !isPast(tk[j]) {
			continue
		}
		for k := j + 1; k < len(tk) && k <= j+4 && tk[k].clause == tk[i].clause; k++ {
			if specific(tk, k) {
				return true
			}
		}
		return false
	}
	return false
}

// openers are capitalized words that start sentences without being names.

// named reports whether token j is a person's name: a capitalized word
// inside a sentence ("asked Ana"), or one that opens a sentence and is
// followed by a verb ("Ana was confused", "Priya stopped").
func named(p *part, j int) bool {
	tk := p.t.tokens
	t := tk[j]
	if t.flags&capitalized == 0 || t.text == "i" || p.t.quoted(j) {
		return false
	}
	if t.flags&sentenceStart == 0 {
		return true
	}
	if t.is(gOpeners) || len(p.at(j)) > 0 || j+1 >= len(tk) {
		return false
	}
	return tk[j+1].is(gLinkingVerbs|gBeVerbs) || isPast(tk[j+1])
}

// isPast reports whether t looks like a verb in the past tense.
func isPast(t token) bool {
	return len(t.text) > 4 && strings.HasSuffix(t.text, "ed") || t.is(gIrregularPast)
}

// functionWords are the grammar words of English that say nothing about an
// effect by themselves.

// impactConcrete reports whether an impact names a concrete effect, and
// whether it says how the giver felt. An impact is concrete when it names
// an effect from the lexicon, a quantity, a feeling that someone has ("I
// felt uneasy", "Ana was confused"), or any content word at all once
// grammar words, people words, labels and vague words ("great", "affected",
// "things") are set aside: "we split the story" is concrete, "it affected
// the team" is not.
func impactConcrete(p *part) (concrete, personal bool) {
	tk := p.t.tokens
	if len(tk) == 0 {
		return false, false
	}
	// Per sentence: does it name someone, is that someone the giver, and is
	// it someone in particular rather than everyone?
	n := tk[len(tk)-1].sentence + 1
	flags := make([]bool, 4*n+len(tk))
	someone, giver, particular, rated, masked := flags[:n], flags[n:2*n], flags[2*n:3*n], flags[3*n:4*n], flags[4*n:]
	ratings(tk, rated)
	for j := range tk {
		if tk[j].is(gFirstPerson) {
			giver[tk[j].sentence], someone[tk[j].sentence], particular[tk[j].sentence] = true, true, true
		}
		if named(p, j) {
			someone[tk[j].sentence], particular[tk[j].sentence] = true, true
		}
	}
	const vagueCats = catVagueImpact | catJudgement | catPeople | catFeeling | catApproval | catHedge | catVagueTime | catGeneralization
	for _, m := range p.m {
		if m.cats&catPeople != 0 {
			someone[tk[m.start].sentence] = true
			for j := m.start; j < m.end; j++ {
				if !tk[j].is(gWholeGroup | gDeterminers) {
					particular[tk[m.start].sentence] = true
				}
			}
		}
		if m.cats&vagueCats != 0 {
			for j := m.start; j < m.end; j++ {
				masked[j] = true
			}
		}
	}
	for _, m := range p.m {
		if m.cats&catEffect != 0 && !outweighed(p, m) {
			concrete = true
		}
		// A feeling counts when someone has it; applause from everyone
		// ("everyone was thrilled") says nothing of what changed.
		sen := tk[m.start].sentence
		if m.cats&(catFeeling|catApproval) != 0 && someone[sen] && !reaction(tk, m) && (m.cats&catApproval == 0 || particular[sen]) {
			concrete = true
			personal = personal || giver[sen]
		}
	}
	for i, t := range tk {
		switch {
		case isNumber(t) && t.text != "a" && t.text != "an" && !(t.text == "one" && pronounOne(tk, i)):
			concrete = true
		case masked[i], t.is(gFunctionWords | gRoleNouns | gPersonNouns), named(p, i), len(t.text) < 2, rated[t.sentence]:
		case i > 0 && tk[i-1].is(gDeterminers) && dummySubject(p, i):
			// "it affected the decision", "it's a pattern": a noun after a
			// generic verb names what was touched, not how.
		default:
			concrete = true
		}
	}
	return concrete, personal
}

// pronounOne reports whether "one" at i stands for a thing rather than
// counting one: "nice one", "the one we planned", "that one".
func pronounOne(tk []token, i int) bool {
	return i+1 >= len(tk) || tk[i+1].clause != tk[i].clause || tk[i+1].is(gFunctionWords) ||
		i > 0 && tk[i-1].is(gDeterminers)
}

// ratings marks the sentences that only rate a thing: a dummy subject, a
// linking verb and one word ("it's tiring", "that was risky", "it was a bit
// much"). A rating is not an effect. rated has one entry per sentence.
func ratings(tk []token, rated []bool) {
	first, words := 0, 0
	for k := 0; k <= len(tk); k++ {
		if k == len(tk) || tk[k].sentence != tk[first].sentence {
			rated[tk[first].sentence] = tk[first].is(gDummies) && words == 1
			if k == len(tk) {
				return
			}
			first, words = k, 0
			continue
		}
		if k > first && !tk[k].is(gLinkingVerbs|gBeVerbs|gIntensifiers|gNegators) {
			words++
		}
	}
}

// outweighed reports whether the effect phrase m lies inside a longer vague
// phrase, an idiom that only sounds like an effect: "saved the day", "it
// has to stop", "couldn't have done it without you".
func outweighed(p *part, m match) bool {
	// Only a phrase that starts a few words before m can cover it; the
	// idioms are short, which keeps this linear in the text.
	for j := max(0, m.start-maxIdiomWords); j <= m.start; j++ {
		for _, o := range p.at(j) {
			if o.cats&catVagueImpact != 0 && m.end <= o.end && o.end-o.start > m.end-m.start {
				return true
			}
		}
	}
	return false
}

// maxIdiomWords bounds how far back outweighed looks for a covering idiom.
const maxIdiomWords = 8

// reaction reports whether the feeling word of m is used as a verb with an
// object ("everyone appreciated it", "they loved the demo"): a reaction,
// which says nothing concrete, rather than a state someone is in ("I felt
// appreciated").
func reaction(tk []token, m match) bool {
	return m.end < len(tk) && (tk[m.end].is(gDeterminers) || tk[m.end].is(gDummies) || tk[m.end].text == "them")
}

var ()

// dummySubject reports whether the sentence of token i has a dummy subject:
// it starts (after any "and", "so" or "honestly") with "it", "this",
// "that", "which" or "there".
func dummySubject(p *part, i int) bool {
	tk := p.t.tokens
	j := i
	for j > 0 && tk[j-1].sentence == tk[i].sentence && tk[j-1].clause == tk[i].clause {
		j--
	}
	for j < i && (tk[j].text == "and" || tk[j].text == "so" || tk[j].text == "but" || tk[j].text == "honestly" || tk[j].text == "overall") {
		j++
	}
	return tk[j].is(gDummies)
}

// gram is a bit set of the closed word classes a token belongs to; each
// token looks its classes up once, when a part is analysed.
type gram uint64

// The word classes.
const (
	gNegators gram = 1 << iota
	gNegationStops
	gSecondPerson
	gLinkingVerbs
	gIntensifiers
	gPersonSubjects
	gPersonNouns
	gConductNouns
	gHearsay
	gClauseBreakers
	gReportOpeners
	gObjectPronouns
	gBeVerbs
	gNumberWords
	gNamingVerbs
	gWriteVerbs
	gSubordinators
	gIndefinites
	gSpecifiers
	gEventLinks
	gFirstPerson
	gFeelingMarkers
	gIrregularPast
	gDenials
	gFunctionWords
	gDeterminers
	gDummies
	gOpeners
	gAgreedPlans
	gFillers
	gSituationOpeners
	gReportEnders
	gRoleNouns
	gQuantities
	gRemedyVerbs
	gMannerFollowers
	gClauseIntro
	gArticles
	gCopulas
	gWholeGroup
	gPeriods
	gPastAux
	gPlanWords
	gPlanLinks
	gAimVerbs
	gAppearVerbs
	gGrades
	gGradeFree
	gBotherObjects
	gMonthLeads
	gRecurring
)

// grammarSets lists the words of each class.
var grammarSets = []struct {
	class gram
	words string
}{
	{gNegators, "not never no nor neither hardly barely"},
	{gNegationStops, "you i we he she they but and or that which who because although though"},
	{gSecondPerson, "you your yours yourself yourselves"},
	{gLinkingVerbs, "is are was were be been being am seem seems seemed look looks looked sound sounds sounded appear appears appeared act acts acted acting behave behaves behaved get gets got became become becomes came come comes across as felt feel feels remain remained stay stayed"},
	{gIntensifiers, "enough absolute total complete real true so very really too quite pretty extremely incredibly super overly somewhat rather a an bit little kind sort of more most less not never always just also being been at all such getting increasingly visibly clearly unnecessarily needlessly fairly totally completely utterly genuinely truly downright a lot insanely unbelievably ridiculously exceptionally hugely massively seriously remarkably especially particularly unusually"},
	{gPersonSubjects, "you he she they"},
	{gPersonNouns, "person engineer developer dev colleague teammate lead leader manager communicator coder programmer human guy mentor reviewer partner contributor worker employee member individual coworker presenter facilitator"},
	{gConductNouns, "energy enthusiasm effort contribution performance work tone attitude manner behavior demeanor reply replies response responses comment comments feedback email emails message messages language words voice approach style remarks remark answer answers reaction"},
	{gHearsay, "i we everyone everybody people others someone somebody folks colleagues nobody team"},
	{gClauseBreakers, "but yet however although though whereas"},
	{gReportOpeners, "that i you we he she they it this there everyone nobody"},
	{gObjectPronouns, "me us him her them everyone the"},
	{gBeVerbs, "is are was were be been am would will had has have"},
	{gNumberWords, "a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred dozen half couple"},
	{gNamingVerbs, "called labeled described referred named"},
	{gWriteVerbs, "posted typed emailed tweeted shared added"},
	{gSubordinators, "when while after before as once"},
	{gIndefinites, "a an some any every each another"},
	{gSpecifiers, "the this that your our my his her their today yesterday tonight first second third last final latest previous same"},
	{gEventLinks, "with for about on of at between from in"},
	{gFirstPerson, "i me my myself we us our"},
	{gFeelingMarkers, "felt feel feeling made left leaves"},
	{gIrregularPast, "wrote gave took sent made ran spoke said told led broke came went met left found chose did had saw brought built caught drew fell felt forgot got held kept knew lost put read sat stood taught thought threw understood won began paid sold shut set spent split swore hung lent rode drove flew grew hid hit let meant rang sang sank shook slept slid stuck struck swept swam tore woke wore"},
	{gDenials, "think believe mean saying say suggesting calling call claiming that"},
	{gFunctionWords, `a an the and or but so if then than that this these those it its they them their
	theirs there here what which who whom whose how why when where while as at by for from in into of on onto
	out over under to up down off with without about after before again all any both each few more most other
	some such no nor not only own same too very can will just should would could might must shall may do does
	did doing done have has had having be is are was were been being am i me my mine myself we us our ours you
	your yours yourself he him his she her hers they it itself one ones get got gets getting make makes made
	go goes went gone come came take took also even still yet ever really quite something anything everything
	nothing someone anyone else whether because since until though although per via several many few lots`},
	{gDeterminers, "the a an this that these those our my your his her their its"},
	{gDummies, "it this that which there"},
	{gOpeners, "the it this that there we i our my a an in during on at when after before as so and but because then now also everyone nobody people later yesterday today its these those his her their your what which who how why if while since once all some many most no not one two just only even still overall afterwards eventually finally first next luckily unfortunately sadly honestly personally clearly obviously you he she they"},
	{gAgreedPlans, "agreed planned discussed requested asked instructed an a part practice rehearsed"},
	{gFillers, "just really even clearly obviously simply actually totally probably basically honestly literally seriously definitely certainly apparently"},
	{gSituationOpeners, "in during at on yesterday today tonight this last earlier when while after before over at"},
	{gReportEnders, "just only because since so to which in whereas although though"},
	{gRoleNouns, `reviewer approver author owner member part guest speaker presenter host facilitator moderator
	participant attendee observer witness lead captain commander driver navigator scribe notetaker buddy mentor
	mentee interviewer panelist panellist volunteer substitute backup standin replacement contractor contributor
	maintainer user customer client candidate engineer developer designer tester intern newcomer starter joiner
	trainee apprentice sponsor stakeholder representative rep delegate contact oncall responder shadow colead
	deputy proxy dri admin administrator operator analyst architect consultant expert beginner novice junior
	senior newbie`},
	{gQuantities, "bit little lot few couple number dozen handful while moment second minute hour day week month year"},
	{gRemedyVerbs, `fixed fix fixing found find finding caught catch spotted spot solved solve resolved resolve
	debugged debug diagnosed diagnose reported report flagged flag tracked untangled cleaned refactored rescued
	inherited handled investigated investigate uncovered discovered noticed noted killed removed deleted patched`},
	{gMannerFollowers, "and but under today yesterday there too overall throughout during when while in again"},
	{gClauseIntro, "that which where"},
	{gArticles, "the a an"},
	{gCopulas, "is are was were be been"},
	{gWholeGroup, "everyone everybody people folks others all room audience whole entire team"},
	{gPeriods, "week month sprint quarter year iteration release season"},
	{gPastAux, "was were did had"},
	{gPlanWords, "plan plans planned runbook playbook script drill exercise agreement agreed checklist schedule scheduled brief procedure protocol rehearsal scenario"},
	{gPlanLinks, "as per following according"},
	{gAimVerbs, "make makes made making let lets letting"},
	{gAppearVerbs, "look looks looked looking seem seems seemed sound sounds sounded appear appears appeared feel feels felt"},
	{gGrades, "good great nice bad poor weak thoughtful insightful solid decent terrific wonderful lovely"},
	{gGradeFree, "faith luck news time times hour while deal few day days week weeks weekend month year morning afternoon evening night weather connection signal request requests gateway point points data first"},
	{gRecurring, "weekly daily monthly quarterly biweekly fortnightly regular usual recurring routine"},
	{gMonthLeads, "in of early mid late since until during through"},
	{gBotherObjects, "me us him her them anyone anybody everyone everybody someone somebody people"},
}

// grammar maps a word to its classes.
var grammar = func() map[string]gram {
	m := map[string]gram{}
	for _, s := range grammarSets {
		for _, w := range strings.Fields(s.words) {
			m[w] |= s.class
			if s.class&(gRoleNouns|gPersonNouns) != 0 {
				m[w+"s"] |= s.class // "the speakers", "two reviewers"
			}
		}
	}
	return m
}()

// is reports whether t belongs to any of the classes g.
func (t token) is(g gram) bool { return t.g&g != 0 }
