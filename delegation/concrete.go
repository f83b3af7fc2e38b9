package delegation

import "strings"

// Whether an objective is specific is read from its structure rather than
// from a list of vague sentences: the objective's verb acts on noun phrases
// (its object and the phrases that say "of what", "for what", "in what"),
// and the objective is specific when one of those phrases names something
// concrete: a system, an artefact, a metric, a named person or product, or a
// counted group of people. Phrases that only set a scene — "with product",
// "across the platform", "in meetings", "as a leader" — never make it so,
// and neither do abstract heads ("excellence", "ownership", "skills")
// qualified only by a domain or a group ("engineering excellence", "developer
// experience").

// nounKind is what a word contributes to a noun phrase.
type nounKind uint8

const (
	nkNone     nounKind = iota // articles, pronouns, punctuation
	nkStrong                   // a name, an acronym, an identifier: "Kafka", "CI", "p95", "#alerts"
	nkThing                    // a system, artefact or metric: "service", "runbook", "latency"
	nkUnknown                  // a word no list knows, taken as a concrete noun
	nkFrame                    // concrete only when qualified: "the hiring process", not "our process"
	nkMeeting                  // a ritual: concrete as an object ("standups"), a setting after "in"
	nkPerson                   // a person or group: concrete when counted or mentored
	nkAbstract                 // an abstract quality: "quality", "excellence", "experience"
	nkPersonal                 // a personal trait: "skills", "voice", "profile"
	nkMeasure                  // a frame for a count: "number", "share", "rate"
	nkVague                    // modifiers and filler: "better", "technical", "significantly"
	nkTime                     // calendar words: "quarter", "June", "last"
	nkQuant                    // numbers and quantifiers: "three", "all", "every"
)

// isNoun reports kinds that can head a noun phrase.
func (k nounKind) isNoun() bool {
	switch k {
	case nkStrong, nkThing, nkUnknown, nkFrame, nkMeeting, nkPerson, nkAbstract, nkPersonal, nkMeasure:
		return true
	}
	return false
}

// vagueAcronyms are upper-case words that name no concrete thing.
func isVagueAcronym(w string) bool {
	switch w {
	case "asap", "eod", "eow", "eom", "eoq", "eoy", "fyi", "tbd", "dx", "ux", "cx", "kpi", "kpis", "okr", "okrs",
		"i", "i'd", "i'll", "i'm", "i've", "ok":
		return true
	}
	return false
}

// isAcronym reports a word written in capitals ("CI", "SOC", "APIs").
func isAcronym(src string, t token) bool {
	if t.end > len(src) || t.end-t.start < 2 {
		return false
	}
	upper := 0
	for i := t.start; i < t.end; i++ {
		switch c := src[i]; {
		case c >= 'A' && c <= 'Z':
			upper++
		case c == 's' && i == t.end-1 && upper >= 2: // "APIs"
		case c >= '0' && c <= '9', c == '-':
		default:
			return false
		}
	}
	return upper >= 2
}

func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return true
		}
	}
	return false
}

// kindOf classifies the word toks[i] of src. proper tells whether a capital
// letter marks a name here (not the first word, not title case).
func kindOf(src string, toks []token, i int, proper bool) nounKind {
	t := toks[i]
	switch t.kind {
	case number:
		return nkQuant
	case punct:
		return nkNone
	}
	if i > 0 && !t.space && (toks[i-1].text == "#" || toks[i-1].text == "/") {
		return nkStrong // "#alerts-prod", "/search"
	}
	w := stripPossessive(t.text)
	if isVagueAcronym(w) {
		return nkVague
	}
	c := classOf(w)
	if c&cTime != 0 || c&(cMonth|cWeekday) != 0 && c&cStop == 0 {
		return nkTime
	}
	if _, _, ok := quarterWord(w); ok {
		return nkTime
	}
	if c&cSetting != 0 && hasDigit(w) {
		return nkMeeting // "1:1"
	}
	if isAcronym(src, t) || hasDigit(w) {
		return nkStrong
	}
	if c&cStop != 0 && c&cThing == 0 {
		if w == "all" || w == "every" || w == "each" {
			return nkQuant
		}
		return nkNone
	}
	if proper && isCapitalised(src, t) {
		return nkStrong
	}
	if _, ok := numberWord(w); ok {
		return nkQuant
	}
	if k := lexiconKind(c); k != nkNone {
		return k
	}
	if strings.IndexByte(w, '-') > 0 {
		return compoundKind(w)
	}
	return shapeKind(w)
}

// lexiconKind maps a word's classes to its kind, the most concrete reading
// first: "build" is a thing before it is a verb.
func lexiconKind(c class) nounKind {
	switch {
	case c&(cThing|cDeliverable) != 0:
		return nkThing
	case c&cMeasureNoun != 0:
		return nkMeasure
	case c&cFrame != 0:
		return nkFrame
	case c&cSetting != 0:
		return nkMeeting
	case c&cPerson != 0:
		return nkPerson
	case c&cPersonal != 0:
		return nkPersonal
	case c&(cAbstract|cArea) != 0:
		return nkAbstract
	case c&(cVague|cIncrease|cDecrease|cFiller|cVerb|cCreate|cComplete) != 0:
		return nkVague
	case c&cTrackNoun != 0:
		return nkMeeting
	}
	return nkNone
}

// compoundKind classifies a hyphenated word by its parts: any concrete part
// makes it concrete ("on-call", "tech-debt"); otherwise its last part
// decides ("cross-team", "high-quality").
func compoundKind(w string) nounKind {
	last := nkUnknown
	for part := range strings.SplitSeq(w, "-") {
		if part == "" {
			continue
		}
		k := lexiconKind(classOf(part))
		if k == nkThing {
			return nkThing
		}
		if k == nkNone {
			if classOf(part)&cStop != 0 {
				continue
			}
			k = shapeKind(part)
		}
		last = k
	}
	return last
}

// shapeKind guesses the kind of a word no list knows from its ending:
// "-ness", "-ity", "-ship" and "-ism" make abstract nouns; "-ly" adverbs,
// "-al", "-ive", "-ous", "-ful", "-ic", "-able" adjectives and "-ed"
// participles ("a trusted advisor") only qualify.
func shapeKind(w string) nounKind {
	n := len(w)
	has := func(suffix string) bool { return n > len(suffix)+2 && strings.HasSuffix(w, suffix) }
	switch {
	case has("ness"), has("ity"), has("ship"), has("ism"):
		return nkAbstract
	case has("ly"), has("al"), has("ive"), has("ous"), has("ful"), has("ic"), has("able"), has("ible"), has("ish"), has("ed"):
		return nkVague
	}
	return nkUnknown
}

// isTitleCase reports text whose words mostly start with a capital, where a
// capital marks no name.
func isTitleCase(src string, toks []token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if t.kind != word || classOf(t.text)&cStop != 0 {
			continue
		}
		words++
		if isCapitalised(src, t) {
			caps++
		}
	}
	return words > 3 && caps*2 > words
}

// isSubject reports pronouns after which a verb-class word is a verb:
// "what we ship", "how they work".
func isSubject(w string) bool {
	switch w {
	case "we", "i", "you", "they", "he", "she", "it", "we're", "they're", "you're", "i'm", "he's", "she's",
		"we've", "they've", "we'll", "they'll", "who":
		return true
	}
	return false
}

// isRelativizer reports words that open a clause qualifying what came
// before: "the number of engineers who can deploy", "what we ship".
func isRelativizer(w string) bool {
	switch w {
	case "that", "which", "who", "whose", "what", "how", "where", "when", "why", "whether":
		return true
	}
	return false
}

// prepScope says whether a preposition's phrase can name what an objective
// is about: "of the pipeline", "for the API", "in the orders service" can;
// "with product", "across the platform", "as a leader" only set a scene.
func prepScope(w string) (prep, holds bool) {
	switch w {
	case "of", "for", "on", "in", "at", "to", "from", "into", "onto", "about", "behind", "off", "under", "inside",
		"per", "after", "between":
		return true, true
	case "with", "across", "throughout", "among", "amongst", "around", "as", "over", "like", "than", "beyond",
		"versus", "vs", "toward", "towards", "within", "without", "via", "by", "through", "during", "until",
		"before", "since", "despite", "against", "alongside", "besides", "except", "outside", "upon":
		return true, false
	}
	return false, false
}

// isParticle reports words that complete a verb rather than open a phrase:
// "work on", "look after", "clean up".
func isParticle(w string) bool {
	switch w {
	case "up", "out", "down", "off", "back", "on", "after", "into", "about", "at", "over", "through", "away", "around":
		return true
	}
	return false
}

// isPeopleVerb reports verbs whose object is a person or group by nature, so
// that naming them is concrete: "mentor the new joiners", "hire a designer".
func isPeopleVerb(verb, particle string) bool {
	if verb == "look" || verb == "looks" {
		return particle == "after"
	}
	return classOf(verb)&cPeopleVerb != 0
}

// nounPhrase gathers the words of one noun phrase.
type nounPhrase struct {
	head      nounKind // the last noun's kind
	modifiers uint16   // the kinds (as bits) of the nouns before the head
	quantity  bool     // counted: "three engineers", "every service", "90% of the team"
	words     int
	lastWord  string
	lastAt    int // the token index of the head
}

func (np *nounPhrase) add(k nounKind, w string, at int) {
	switch {
	case k == nkQuant:
		np.quantity = true
	case k.isNoun():
		if w == "model" && np.lastWord == "role" {
			k = nkPerson // "a role model"
		}
		if np.head != nkNone {
			np.modifiers |= 1 << np.head
		}
		np.head = k
		np.lastWord = w
		np.lastAt = at
	}
	np.words++
}

func (np *nounPhrase) has(k nounKind) bool { return np.modifiers&(1<<k) != 0 || np.head == k }

// concrete reports whether the phrase names something concrete. direct
// tells whether it is the verb's object; people whether that verb acts on
// people ("mentor", "hire").
func (np *nounPhrase) concrete(direct, people bool) bool {
	if np.has(nkStrong) {
		return true
	}
	mod := func(ks ...nounKind) bool {
		for _, k := range ks {
			if np.modifiers&(1<<k) != 0 {
				return true
			}
		}
		return false
	}
	switch np.head {
	case nkThing, nkUnknown:
		return true
	case nkFrame:
		// "the hiring process" is one process; "engineering practices" or
		// "our processes" are all of them
		if isPluralFrame(np.lastWord) {
			return mod(nkThing, nkUnknown)
		}
		return mod(nkThing, nkUnknown, nkAbstract, nkMeeting)
	case nkMeeting:
		return direct || mod(nkThing, nkUnknown)
	case nkPerson:
		return np.quantity || direct && people && !isCollective(np.lastWord) || mod(nkThing, nkUnknown)
	case nkAbstract, nkMeasure:
		return mod(nkThing, nkUnknown)
	}
	return false
}

// isPluralFrame reports frames in the plural, which stay general unless a
// concrete word qualifies them: "our release processes", not "engineering
// practices".
func isPluralFrame(w string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' || classOf(w)&cFrame == 0 {
		return false
	}
	frame := func(stem string) bool { return classOf(stem)&cFrame != 0 }
	return frame(w[:len(w)-1]) || strings.HasSuffix(w, "es") && frame(w[:len(w)-2]) ||
		strings.HasSuffix(w, "ies") && frame(w[:len(w)-3]+"y")
}

// isCollective reports nouns for everyone at once, which name no particular
// group even after "mentor" or "support": "the team", "people".
func isCollective(w string) bool {
	switch w {
	case "team", "teams", "squad", "squads", "org", "orgs", "organisation", "organization", "everyone", "everybody",
		"people", "folks", "others", "department", "departments", "group", "groups", "colleagues", "peers":
		return true
	}
	return false
}

// objectWalker reads an objective's noun phrases after its verb.
type objectWalker struct {
	src      string
	toks     []token
	proper   bool
	np       nounPhrase
	holds    bool // the current phrase can name the object
	direct   bool // the current phrase is the verb's object
	people   bool // the current verb acts on people
	counted  bool // the next phrase is counted: "the number of", "90% of"
	concrete bool
	vague    [3]int // the tokens of the abstract heads met, for the message
	nvague   int
}

func (w *objectWalker) flush() {
	np := &w.np
	if np.words > 0 {
		if w.holds && np.concrete(w.direct, w.people) {
			w.concrete = true
		} else if (np.head == nkAbstract || np.head == nkPersonal) && w.nvague < len(w.vague) {
			w.vague[w.nvague] = np.lastAt
			w.nvague++
		}
	}
	*np = nounPhrase{quantity: w.counted}
	w.counted = false
}

// verb starts a new verb phrase at toks[i] and returns the index after the
// verb and its particle.
func (w *objectWalker) verb(i int) int {
	v := w.toks[i].text
	i++
	particle := ""
	if i < len(w.toks) && isParticle(w.toks[i].text) {
		particle = w.toks[i].text
		i++
	}
	w.people = isPeopleVerb(v, particle)
	w.holds, w.direct = true, true
	return i
}

// isLeadVerb reports whether the objective's first word toks[i] is its verb:
// a verb the lexicon knows, or an unknown word in the imperative ("Foster a
// culture", "Prioritise quality") — not a name, an acronym or a noun.
func (w *objectWalker) isLeadVerb(i int) bool {
	t := w.toks[i]
	if t.kind != word || isAcronym(w.src, t) || hasDigit(t.text) {
		return false
	}
	if i+1 < len(w.toks) && w.toks[i+1].text == ":" {
		return false // a label: "O: quicker releases"
	}
	c := classOf(t.text)
	if c&(cVerb|cCreate|cComplete|cIncrease|cDecrease|cPeopleVerb) != 0 {
		return true
	}
	if c&(cThing|cDeliverable|cStop|cTime|cMonth|cWeekday) != 0 {
		return false
	}
	if c != 0 {
		// a noun first is the verb when an object follows: "Champion best
		// practices", not "Onboarding: new hires …"
		if i+1 < len(w.toks) {
			switch w.toks[i+1].text {
			case "the", "a", "an", "our", "my", "their", "your", "its", "all", "every", "each", "more", "best":
				return true
			}
		}
		return false
	}
	if _, ok := numberWord(t.text); ok {
		return false
	}
	return strings.IndexByte(t.text, '-') < 0 && shapeKind(t.text) == nkUnknown
}

// walk reads toks[start:] and reports whether a phrase names something
// concrete, with the abstract heads it met.
func (w *objectWalker) walk(start int) {
	toks := w.toks
	i := start
	w.holds = true
	if i < len(toks) && w.isLeadVerb(i) {
		i = w.verb(i)
	}
	afterSubject := false
	for ; i < len(toks); i++ {
		t := toks[i]
		if t.kind == punct {
			switch t.text {
			case "%":
				w.np.quantity = true
				if i+1 < len(toks) && toks[i+1].text == "of" {
					w.counted = true
				}
			case "#", "/", "(", ")", "$", "+", "<", ">", "=", "~", "≤", "≥", "→", "&":
			default:
				w.flush()
				w.holds, w.direct = true, false
			}
			continue
		}
		text := t.text
		c := classOf(text)
		verbish := c&(cVerb|cCreate|cComplete|cIncrease|cDecrease|cPeopleVerb) != 0
		// "keep growing", ", practising with …": an -ing word no list
		// knows, after a verb or a break, is a verb too
		if t.kind == word && !verbish && c == 0 && len(text) > 5 && strings.HasSuffix(text, "ing") && i > start &&
			(isVerbLead(toks[i-1].text) || isCatenative(toks[i-1].text)) {
			verbish = true
		}
		if t.kind == word && verbish && i > start && (afterSubject || isVerbLead(toks[i-1].text) || isCatenative(toks[i-1].text)) {
			w.flush()
			afterSubject = false
			i = w.verb(i) - 1
			continue
		}
		if t.kind == word {
			if prep, holds := prepScope(text); prep {
				// "comfortable with the new stack": after an adjective, "with"
				// says what about.
				if text == "with" && w.np.words > 0 && w.lastKind(i) == nkVague {
					holds = true
				}
				if (text == "of") && (w.np.head == nkMeasure || w.np.quantity && !w.np.head.isNoun()) {
					w.counted = true
				}
				// "more leadership in incidents": a trait shown in a setting
				// is still a trait
				if w.np.head == nkPersonal && (text == "in" || text == "at" || text == "during" || text == "on") {
					holds = false
				}
				w.flush()
				w.holds, w.direct = holds, false
				continue
			}
			switch {
			case text == "and" || text == "or" || text == "but" || text == "nor" || text == "plus":
				w.flush()
				continue
			case isRelativizer(text):
				w.flush()
				w.holds, w.direct = true, false
				continue
			case isSubject(text):
				w.flush()
				afterSubject = true
				continue
			}
		}
		k := kindOf(w.src, toks, i, w.proper && i > start)
		if afterSubject && k != nkNone {
			afterSubject = k == nkVague // "we could", "they really"
			if verbish {
				continue
			}
		}
		if k != nkNone {
			w.np.add(k, stripPossessive(text), i)
		}
	}
	w.flush()
}

// lastKind returns the kind of the last word before toks[i].
func (w *objectWalker) lastKind(i int) nounKind {
	for j := i - 1; j >= 0; j-- {
		if w.toks[j].kind == word {
			return kindOf(w.src, w.toks, j, w.proper)
		}
	}
	return nkNone
}

// isCatenative reports verbs followed by another verb's -ing form: "keep
// growing", "finish splitting".
func isCatenative(w string) bool {
	switch w {
	case "keep", "keeps", "continue", "continues", "start", "starts", "stop", "stops", "try", "avoid", "finish",
		"begin", "practise", "practice", "go", "enjoy", "resume", "quit":
		return true
	}
	return false
}

// isVerbLead reports words after which a verb starts a new verb phrase:
// "write and publish", "step up, take more ownership", "to make".
func isVerbLead(w string) bool {
	switch w {
	case "and", "or", "to", ",", "then", "&", "/", ":", ";", "—", "also":
		return true
	}
	return false
}

// concreteObject reports whether the objective toks (of src), read from
// start, names something concrete; when it does not, it returns the abstract
// words it met instead.
func concreteObject(src string, toks []token, start int) (bool, []string) {
	w := objectWalker{src: src, toks: toks, proper: !isTitleCase(src, toks)}
	w.walk(start)
	if w.concrete || w.nvague == 0 {
		return w.concrete, nil
	}
	out := make([]string, w.nvague)
	for i := range out {
		out[i] = stripPossessive(toks[w.vague[i]].text)
	}
	return false, out
}
