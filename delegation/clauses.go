package delegation

import "strings"

// Clauses: a goal is split at hard boundaries (";", a sentence's full stop,
// a dash, a line break, a "Label:" prefix) and then at soft ones (a comma,
// "and", "with", "so that", "tracked on …") where what follows changes role:
// from the objective to how it is tracked, or to why it matters.

// split fills p.clauses.
func (p *goalParser) split() {
	lo := 0
	haveObjective := false
	for lo < len(p.toks) {
		hi := p.hardEnd(lo)
		p.segment(lo, hi, &haveObjective)
		lo = hi
		for lo < len(p.toks) && p.isHardBoundary(lo) {
			lo++
		}
	}
}

// hardEnd returns the index of the first hard boundary at or after lo+1, or
// len(toks).
func (p *goalParser) hardEnd(lo int) int {
	for i := lo + 1; i < len(p.toks); i++ {
		if p.isHardBoundary(i) {
			return i
		}
	}
	return len(p.toks)
}

// isHardBoundary reports whether toks[i] ends a sentence-level part.
func (p *goalParser) isHardBoundary(i int) bool {
	t := p.toks[i]
	if t.newline {
		return i > 0 && p.toks[i-1].kind != punct || t.kind == punct && t.text != "-"
	}
	if t.kind != punct {
		return false
	}
	switch t.text {
	case ";", "!", "?", "—":
		return true
	case ".":
		if i+1 < len(p.toks) && !p.toks[i+1].space {
			return false // "e.g", "node.js"
		}
		if i >= 2 && p.toks[i-2].text == "." && len(p.toks[i-1].text) == 1 {
			return false // "e.g. the wiki"
		}
		if i >= 1 && p.toks[i-1].kind == word && len(p.toks[i-1].text) <= 4 && i+1 < len(p.toks) && p.toks[i+1].kind == number {
			return false // "Art. 17", "No. 5", "Sec. 3": an abbreviation before a number
		}
		switch p.text(i - 1) {
		case "vs", "approx", "incl", "etc", "e.g", "i.e", "cf", "mr", "ms", "dr", "st", "jan", "feb", "mar",
			"apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
			return p.text(i-1) == "etc" && i+1 < len(p.toks) && isCapitalised(p.src, p.toks[i+1])
		}
		return true
	case "-":
		// a spaced dash: "by June - reviewed weekly"
		return t.space && i+1 < len(p.toks) && p.toks[i+1].space
	}
	return false
}

// labelRole reads a "Label:" prefix at toks[lo] — up to three words and a
// colon, as in a form ("Goal title:", "Check-in frequency:", "Key result:")
// — and returns the role its head word (the last one) or, failing that, any
// word of it gives, whether the label names the objective, and the index
// after the colon. A label that names the objective may also end at a dash
// ("Performance goal — deliver …", "H1 goal — ship …").
func (p *goalParser) labelRole(lo, hi int) (r role, objective bool, next int, ok bool) {
	k := lo
	for k < hi && k-lo < 3 && p.toks[k].kind == word {
		k++
	}
	if k == lo || k >= len(p.toks) {
		return 0, false, lo, false
	}
	colon := k < hi && p.toks[k].text == ":"
	dash := k == hi && (p.toks[k].text == "—" || p.toks[k].text == "-")
	if !colon && !dash {
		return 0, false, lo, false
	}
	for i := k - 1; i >= lo; i-- {
		r, known := labelWordRole(p.toks[i].text)
		if !known {
			continue
		}
		if dash && r != roleObjective {
			break
		}
		return r, r == roleObjective, k + 1, true
	}
	return 0, false, lo, false // "Latency: under 200 ms" is not a label
}

// labelWordRole returns the role a word gives a form label it heads.
func labelWordRole(w string) (role, bool) {
	switch w {
	case "tracking", "tracked", "track", "progress", "check-in", "check-ins", "checkins", "checkin", "review",
		"reviews", "reporting", "visibility", "cadence", "updates", "update", "monitoring", "follow-up", "how",
		"frequency", "measured":
		return roleTracking, true
	case "why", "reason", "reasons", "relevance", "relevant", "impact", "because", "rationale", "motivation", "purpose":
		return roleRelevance, true
	case "goal", "objective", "outcome", "task", "ask", "specific", "what", "title", "o", "kr", "okr":
		return roleObjective, true
	case "target", "measure", "metric", "metrics", "kpi", "success", "deadline", "due", "timeline", "timeframe", "when",
		"scope", "context", "by", "achievable", "resources", "measurable", "time-bound", "note", "notes", "description",
		"details", "summary", "result", "results", "criteria", "date":
		return roleOther, true
	}
	if rest, ok := strings.CutPrefix(w, "kr"); ok && rest != "" && strings.Trim(rest, "0123456789") == "" {
		return roleObjective, true // "KR2:"
	}
	return 0, false
}

// segment splits the hard segment toks[lo:hi] at soft boundaries and adds
// its clauses.
func (p *goalParser) segment(lo, hi int, haveObjective *bool) {
	cur := roleOther
	if r, isObjective, next, ok := p.labelRole(lo, hi); ok {
		p.addClause(span{lo, next - 1}, roleLabel)
		if next > hi {
			return // "Performance goal —": the objective follows the dash
		}
		cur, lo = r, next
		if isObjective && !*haveObjective {
			*haveObjective = true
		} else if r == roleObjective {
			cur = roleOther
		}
	} else if !*haveObjective {
		// The first part is the objective, unless it opens with a reason:
		// "To cut onboarding time, write a setup guide".
		cur = roleObjective
		if r := p.leadRole(lo, hi, true); r == roleRelevance {
			cur = r
		} else if (hi < len(p.toks) || p.aimIn(lo, hi)) && p.opensWithRhythm(lo, hi) {
			// "At every sprint review, show the trend; target: …"
			cur = roleTracking
		} else {
			*haveObjective = true
		}
	} else if r := p.leadRole(lo, hi, true); r != roleOther {
		cur = r
	} else if p.mentionsTracking(lo, hi) {
		cur = roleTracking
	}
	// A leading purpose clause: "To cut onboarding time, write a setup guide".
	if cur == roleRelevance && !*haveObjective {
		for i := lo + 1; i < hi; i++ {
			if p.toks[i].text == "," {
				p.clauses = append(p.clauses, clause{span{lo, i}, roleRelevance})
				*haveObjective = true
				lo, cur = i+1, roleObjective
				break
			}
		}
	}
	start := lo
	for j := lo + 1; j < hi; j++ {
		if cur == roleTracking && !*haveObjective {
			// a check-in said first, then what it is for: "Every Wednesday
			// I'll walk through the dashboard until we've cut the spend"
			a := j
			if p.text(a) == "," {
				a++
			}
			if v := p.aimStart(a, hi); v >= 0 {
				p.addClause(span{start, j}, cur)
				start, cur, j = v, roleObjective, v
				*haveObjective = true
				continue
			}
		}
		c, after := p.softStart(j)
		if c < 0 || c >= hi {
			continue
		}
		r := p.leadRole(c, hi, after)
		if r == roleOther || r == cur {
			continue
		}
		if cur == roleObjective && r == roleRelevance && !p.hasWordBefore(start, j) {
			continue
		}
		p.addClause(span{start, j}, cur)
		start, cur = j, r
	}
	p.addClause(span{start, hi}, cur)
}

// aimIn reports whether toks[lo:hi] holds the aim of a check-in.
func (p *goalParser) aimIn(lo, hi int) bool {
	for j := lo + 1; j < hi; j++ {
		if p.aimStart(j, hi) >= 0 {
			return true
		}
	}
	return false
}

// aimStart returns, when toks[j] opens the aim of a check-in ("until we've
// cut …", "aiming to move …"), the index of the aim's verb; else -1.
func (p *goalParser) aimStart(j, hi int) int {
	k := j
	switch p.text(k) {
	case "until", "till":
		k++
		for k < hi && k-j < 4 {
			switch p.text(k) {
			case "we", "we've", "we're", "we'll", "i", "i've", "i'm", "you", "you've", "they", "they've", "the", "team",
				"have", "has", "it's", "it", "is":
				k++
				continue
			}
			break
		}
	case "aiming", "aim":
		if p.text(k+1) != "to" {
			return -1
		}
		k += 2
	default:
		return -1
	}
	if k < hi && (classOf(p.text(k))|pastClass(p.text(k)))&(cVerb|cDecrease|cIncrease|cCreate|cComplete) != 0 {
		return k
	}
	return -1
}

// pastClass returns the classes of the verb a regular past participle comes
// from ("closed", "reduced", "halved", "shipped", "emptied"), or 0.
func pastClass(w string) class {
	stem, ok := strings.CutSuffix(w, "ed")
	if !ok || len(stem) < 2 {
		return 0
	}
	if c := classOf(stem + "e"); c != 0 { // closed, reduced
		return c
	}
	if c := classOf(stem); c != 0 { // migrated is listed; fixed, logged
		return c
	}
	if n := len(stem); stem[n-1] == stem[n-2] { // shipped
		return classOf(stem[:n-1])
	}
	if y, ok := strings.CutSuffix(stem, "i"); ok { // emptied
		return classOf(y + "y")
	}
	return 0
}

func (p *goalParser) hasWordBefore(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if p.toks[i].kind == word {
			return true
		}
	}
	return false
}

func (p *goalParser) addClause(s span, r role) {
	if s.hi <= s.lo {
		return
	}
	if len(p.clauses) > 0 {
		last := &p.clauses[len(p.clauses)-1]
		if last.role == r && last.hi == s.lo && r != roleObjective {
			last.hi = s.hi
			return
		}
	}
	p.clauses = append(p.clauses, clause{s, r})
}

// softStart returns where a clause would begin if toks[j] starts one (after
// a comma or a connector such as "and" or "with"), and whether a comma or
// dash precedes it; it returns -1 when toks[j] cannot start a clause.
func (p *goalParser) softStart(j int) (int, bool) {
	t := p.toks[j]
	switch t.text {
	case ",", "(", "—", ":":
		k := j + 1
		for k < len(p.toks) && isConnector(p.toks[k].text) {
			k++
		}
		return k, true
	case "and", "with", "while", "plus", "then", "via", "using":
		return j + 1, false
	case "to":
		// "… by 15 July to support the launch": a purpose, comma or not
		if isPurposeVerb(p.text(j + 1)) {
			return j, true
		}
	}
	if t.kind == word {
		switch {
		case isParticipleLead(t.text), isTrackingVerb(t.text) && strings.HasSuffix(t.text, "ing") && !p.gerundObject(j), t.text == "so", t.text == "because", t.text == "since", t.text == "in",
			t.text == "which", t.text == "aligned", t.text == "aligning", t.text == "supporting":
			return j, false
		case t.text == "towards" || t.text == "toward":
			if !p.gerundObject(j) { // "work towards a cleaner architecture" is one phrase
				return j, false
			}
		}
	}
	return -1, false
}

// gerundObject reports whether the -ing word at toks[j] is what the verb
// before it acts on ("improve monitoring for the consumers", "set up
// reporting"), not a clause of its own.
func (p *goalParser) gerundObject(j int) bool {
	k := j - 1
	if k >= 0 && (p.text(k) == "up" || p.text(k) == "out") {
		k--
	}
	if k < 0 || p.toks[k].kind != word {
		return false
	}
	w := p.toks[k].text
	return classOf(w)&(cVerb|cCreate|cComplete) != 0 && classOf(w)&cStop == 0 || isGradualVerb(w)
}

// holdsLevel reports whether toks[lo:hi], up to its first comma, names a
// level to hold: "at", "under", "below", "above" or "over" before a number
// ("… at 99.95%", "… under 2 seconds").
func (p *goalParser) holdsLevel(lo, hi int) bool {
	for i := lo; i+1 < hi && p.toks[i].text != ","; i++ {
		switch p.text(i) {
		case "at", "under", "below", "above", "over":
			if p.toks[i+1].kind == number {
				return true
			}
		}
	}
	return false
}

// coversEachItem reports whether toks[k] quantifies over work items ("every
// infra PR", "each alert", "all pull requests") rather than over time or
// meetings ("every Monday", "each retro", "all standups").
func (p *goalParser) coversEachItem(k, hi int) bool {
	switch p.text(k) {
	case "every", "each", "all":
	default:
		return false
	}
	end := k + 1
	for end < hi && end-k <= 3 && p.toks[end].kind == word && classOf(p.text(end))&cStop == 0 {
		end++
	}
	if end == k+1 || !findCadence(p.toks[k:end]).IsZero() {
		return false
	}
	for i := k + 1; i < end; i++ {
		if w := p.text(i); isMeeting(w) || classOf(w)&(cTrackNoun|cSetting|cTime|cWeekday) != 0 || durationUnit(w) != 0 {
			return false
		}
	}
	return true
}

// namesCheckIn reports whether toks[lo:hi] holds a rhythm or a place where
// progress shows after a preposition ("at the Tuesday sync", "in Slack").
func (p *goalParser) namesCheckIn(lo, hi int) bool {
	if !findCadence(p.toks[lo:hi]).IsZero() {
		return true
	}
	for i := lo; i < hi; i++ {
		switch p.text(i) {
		case "at", "in", "on", "during", "via", "to":
			for j := i + 1; j < hi && j <= i+4; j++ {
				if w := p.text(j); classOf(w)&cTrackNoun != 0 || isMeeting(w) {
					return true
				}
			}
		}
	}
	return false
}

// commaEnd returns the index of the first comma in toks[k:hi], or hi.
func (p *goalParser) commaEnd(k, hi int) int {
	for i := k; i < hi; i++ {
		if p.toks[i].text == "," {
			return i
		}
	}
	return hi
}

// isParticipleLead reports words that open a tracking phrase on their own:
// "tracked on the board", "reviewed weekly".
func isParticipleLead(w string) bool {
	switch w {
	case "tracked", "reviewed", "reported", "shared", "posted", "published", "monitored", "measured", "visible",
		"discussed", "demoed", "presented", "updated", "logged", "summarised", "summarized", "surfaced", "checked",
		"refreshed", "recorded", "charted", "graphed", "displayed", "broadcast":
		return true
	}
	return false
}

// isTrackingVerb reports verbs that lead a tracking clause: "post a weekly
// update", "review it in standup".
func isTrackingVerb(w string) bool {
	switch w {
	case "track", "review", "report", "post", "share", "publish", "update", "send", "present", "demo", "discuss",
		"sync", "log", "monitor", "check", "walk", "go", "show", "revisit", "keep", "summarise", "summarize",
		"circulate", "email", "hold", "measure", "record", "surface", "flag", "chart", "graph", "meet", "reviewing",
		"tracking", "posting", "sharing", "reporting", "updating", "monitoring", "syncing", "checking", "demoing",
		"dry-run", "rehearse", "debrief", "walk-through", "look", "chat", "talk", "catch", "reflect", "touch", "sit",
		"looking", "chatting", "talking", "catching", "reflecting", "looks", "chats", "talks", "catches", "reflects":
		return true
	}
	return false
}

// isRelevanceVerb reports verbs after "which", "this", "to" that give a
// reason: "which will unblock", "to free up the lead".
func isRelevanceVerb(w string) bool {
	switch w {
	case "will", "would", "should", "helps", "help", "matters", "means", "frees", "free", "unblocks", "unblock",
		"lets", "let", "reduces", "gives", "give", "keeps", "supports", "support", "enables", "enable", "saves",
		"save", "makes", "allows", "allow", "improves", "protects", "protect", "prevents", "prevent", "avoids",
		"avoid", "is", "are", "cuts", "lowers", "speeds", "ensures", "ensure", "directly", "feeds", "contributes",
		"matter", "mattered", "underpins", "aligns", "ties", "drives", "unlocks", "unlock", "derisks", "de-risks",
		"de-risk", "derisk", "boosts", "raises", "builds", "build", "grow", "grows", "spread", "spreads", "remove",
		"removes", "stop", "stops", "shorten", "shortens", "meet", "meets", "hit", "hits":
		return true
	}
	return false
}

// leadRole says what the clause starting at toks[c] (ending before hi) is
// about. afterComma tells whether a comma or dash precedes it, which "to"
// and "which" need to open a reason.
func (p *goalParser) leadRole(c, hi int, afterComma bool) role {
	if c >= hi {
		return roleOther
	}
	w := p.text(c)
	w1 := p.text(c + 1)
	if p.trackingAhead(c, hi, afterComma) {
		return roleTracking
	}
	switch w {
	case "so":
		if w1 != "far" && w1 != "much" && w1 != "many" && w1 != "," {
			return roleRelevance
		}
	case "because", "why", "as":
		if w != "as" || afterComma && (w1 == "it" || w1 == "this" || w1 == "that" || w1 == "we" || w1 == "our" || w1 == "the" || w1 == "they") {
			return roleRelevance
		}
	case "since":
		if p.toks[min(c+1, len(p.toks)-1)].kind != number && monthOf(w1) == 0 && w1 != "last" && w1 != "the" {
			return roleRelevance
		}
	case "in":
		if w1 == "order" && p.text(c+2) == "to" || w1 == "line" && p.text(c+2) == "with" || w1 == "support" && p.text(c+2) == "of" {
			return roleRelevance
		}
	case "which", "this", "that", "it":
		if (afterComma || w == "this" || w == "it") && isRelevanceVerb(w1) {
			return roleRelevance
		}
	case "to":
		if afterComma && isRelevanceVerb(w1) && classOf(w1)&cVerb != 0 || afterComma && (w1 == "help" || w1 == "free" ||
			w1 == "unblock" || w1 == "enable" || w1 == "support" || w1 == "reduce" || w1 == "prevent" || w1 == "avoid" ||
			w1 == "protect" || w1 == "ensure" || w1 == "give" || w1 == "keep" || w1 == "let" || w1 == "make" || w1 == "allow" ||
			w1 == "lower" || w1 == "cut" || w1 == "speed" || w1 == "meet" || w1 == "hit" || w1 == "spread" || w1 == "remove" ||
			w1 == "stop" || w1 == "shorten" || w1 == "de-risk" || w1 == "derisk" || w1 == "unlock" || w1 == "build" || w1 == "grow") {
			return roleRelevance
		}
	case "aligned", "aligns", "aligning", "supporting", "supports", "contributing", "contributes", "towards", "toward":
		if w == "aligned" || w == "aligns" || w == "aligning" || w1 == "our" || w1 == "the" || w1 == "a" || afterComma {
			return roleRelevance
		}
	case "part":
		if w1 == "of" && afterComma {
			return roleRelevance
		}
	}
	if (w == "this" || w == "it" || w == "that") && (w1 == "matters" || w1 == "is" && (p.text(c+2) == "key" ||
		p.text(c+2) == "critical" || p.text(c+2) == "important" || p.text(c+2) == "essential" || p.text(c+2) == "needed")) {
		return roleRelevance
	}
	return roleOther
}

// trackingAhead reports whether the clause at toks[c:hi] is about tracking:
// it opens with a tracking verb, a participle such as "tracked", a rhythm
// ("weekly updates in Slack") or "progress", and it names a rhythm, a place
// where progress shows, or the progress itself.
//
// After a comma or at the start of a sentence, a participle with a place is
// enough: "; tracked in Codecov".
func (p *goalParser) trackingAhead(c, hi int, afterComma bool) bool {
	k := c
	for k < hi && k-c < 6 {
		w := p.text(k)
		switch w {
		case "we", "we'll", "i", "i'll", "you", "you'll", "they", "they'll", "team", "the", "will", "shall", "would",
			"should", "can", "must", "also", "then", "please", "let's", "lets", "be", "being", "is", "are", "and",
			"to", "a", "an", "our", "all", "this", "it", "that", "which", "where", "lead", "delegate", "owner",
			"both", "together", "jointly", "regularly", "publicly", "openly", "progress", "status", "results",
			"numbers", "metrics", "metric", "work", "plan", "updates", "update", "its", "their", "your", "my",
			"how", "gets", "get", "kept", "with", "via", ",", "—", ":", "short", "quick", "brief", "written",
			"async", "asynchronous", "one-line", "small":
			if (w == "progress" || w == "status" || w == "updates" || w == "update") && p.confirmsTracking(k, hi) {
				return true
			}
			k++
			continue
		}
		// a name: "Priya tracks the consumers", "Lukas reports progress"
		if p.toks[k].kind == word && isCapitalised(p.src, p.toks[k]) && k > c &&
			classOf(w)&(cVerb|cStop|cCreate|cComplete|cTrackVerb) == 0 {
			k++
			continue
		}
		break
	}
	if k >= hi {
		return false
	}
	w := p.text(k)
	// "the hiring tracker updated after every interview", "Lighthouse scores
	// go into the shared sheet"
	for j := k + 1; j < hi && j <= k+3; j++ {
		if p.toks[j].kind != word {
			break
		}
		if isParticipleLead(p.text(j)) || p.text(j) == "goes" || p.text(j) == "go" || p.text(j) == "lives" || p.text(j) == "live" {
			if p.confirmsTracking(j, hi) {
				return true
			}
		}
	}
	// "triaged in the weekly office hours", "discussed at each retro"
	if len(w) > 4 && strings.HasSuffix(w, "ed") && p.toks[k].kind == word {
		switch p.text(k + 1) {
		case "in", "on", "at", "during", "via", "through", "every", "each", "weekly", "daily", "monthly", "biweekly", "fortnightly":
			if p.confirmsTracking(k, hi) {
				return true
			}
		}
	}
	// ", practising with my manager every fortnight", ", pairing on it
	// twice a week"
	if afterComma && len(w) > 5 && strings.HasSuffix(w, "ing") && p.toks[k].kind == word && p.mentionsTracking(k, hi) {
		return true
	}
	if afterComma && isParticipleLead(w) {
		switch p.text(k + 1) {
		case "in", "on", "at", "via", "through", "during", "to", "with":
			return true
		}
	}
	lead := isTrackingVerb(w) || isParticipleLead(w) && !(p.text(k+1) == "by" && p.text(k+2) != "the" && p.text(k+2) != "me") ||
		p.cadenceStarts(k, hi) || w == "via" ||
		w == "on" || w == "in" || w == "at" || w == "during"
	if !lead || (w == "keep" || w == "keeps") && p.holdsLevel(k+1, hi) {
		return false // "keep the login SLO at 99.95%" holds a target
	}
	if isTrackingVerb(w) && p.coversEachItem(k+1, hi) && !p.namesCheckIn(k+1, p.commaEnd(k, hi)) {
		// "review every infra PR and run two sessions" is the work, not a
		// check-in ("demo each flag at the Tuesday sync" is one)
		return false
	}
	if w == "at" && (p.text(k+1) == "least" || p.text(k+1) == "most") {
		return false // "at least four teams"
	}
	if w == "on" || w == "in" || w == "at" || w == "during" {
		// "on the team wiki", "in Monday check-ins", "at the daily standup"
		for i := k + 1; i < hi && i < k+6; i++ {
			if classOf(p.text(i))&cTrackNoun != 0 || isMeeting(p.text(i)) {
				return p.confirmsTracking(k, hi)
			}
		}
		return false
	}
	return p.confirmsTracking(k, hi)
}

// confirmsTracking reports whether toks[k:hi] names a rhythm, a tracking
// place or ritual, or progress itself.
func (p *goalParser) confirmsTracking(k, hi int) bool {
	if !findCadence(p.toks[k:hi]).IsZero() {
		return true
	}
	for i := k; i < hi; i++ {
		w := p.text(i)
		if classOf(w)&cTrackNoun != 0 || isMeeting(w) {
			return true
		}
		switch w {
		case "progress", "status", "it", "them", "this", "results", "numbers", "burndown", "trend", "metrics":
			if i > k {
				return true
			}
		}
	}
	return false
}

// cadenceStarts reports whether a rhythm starts at toks[k], perhaps after an
// article: "weekly updates", "a biweekly demo", "every Friday".
func (p *goalParser) cadenceStarts(k, hi int) bool {
	if p.text(k) == "a" || p.text(k) == "an" || p.text(k) == "the" || p.text(k) == "our" {
		k++
	}
	if k >= hi {
		return false
	}
	c, _ := cadenceAt(p.toks[:hi], k)
	return !c.IsZero()
}

// opensWithRhythm reports whether toks[lo:hi] opens with a rhythm: "At
// every sprint review, …", "Every Monday, …".
func (p *goalParser) opensWithRhythm(lo, hi int) bool {
	switch p.text(lo) {
	case "at", "in", "during", "on", "after":
		lo++
	}
	return p.cadenceStarts(lo, hi)
}

// mentionsTracking reports whether toks[lo:hi] names both a rhythm and a
// tracking word anywhere: "HR's training report is checked every other
// week".
//
// A clause after the objective that names a rhythm is about tracking unless
// it speaks of capacity: "with dedicated time in every sprint", "two hours a
// week".
func (p *goalParser) mentionsTracking(lo, hi int) bool {
	if findCadence(p.toks[lo:hi]).IsZero() {
		return false
	}
	for i := lo; i < hi; i++ {
		switch p.text(i) {
		case "dedicated", "allocated", "allocate", "budget", "budgeted", "capacity", "hours", "hour", "time", "%",
			"percent", "spend", "spent", "reserve", "reserved", "block", "blocked", "timebox", "timeboxed":
			return false
		}
	}
	return true
}

// isPurposeVerb reports verbs that after "to" give a reason even without a
// comma, as no thing is moved "to" them: "to support", "to unblock".
func isPurposeVerb(w string) bool {
	switch w {
	case "support", "help", "unblock", "enable", "allow", "prevent", "avoid", "protect", "free", "de-risk", "derisk":
		return true
	}
	return false
}
