package delegation

import "strings"

// preambleEnd returns the index of the first token after an objective's
// preamble: "We need to", "I'd like you to", "Goal:", "Please".
func preambleEnd(toks []token) int {
	i := 0
	for i < len(toks) {
		t := toks[i]
		switch {
		case t.kind == punct && (t.text == ":" || t.text == "—" || t.text == "-" || t.text == ","):
			i++
		case t.kind == word && classOf(t.text)&cFiller != 0 && !leadsObjective(toks, i):
			i++
		case t.kind == word && i+1 < len(toks) && toks[i+1].text == "to" && i > 0 && classOf(t.text)&(cVerb|cCreate|cComplete) == 0 &&
			(classOf(toks[i-1].text)&cFiller != 0 || toks[i-1].text == "like" || toks[i-1].text == "ask" || toks[i-1].text == "asking"):
			i += 2 // "We want Sam to", "I'd like Priya to"
		case t.kind == word && (t.text == "i'd" || t.text == "we'd" || t.text == "like" || t.text == "love" ||
			t.text == "ask" || t.text == "asking" || t.text == "own" && i+1 < len(toks) && toks[i+1].text == "it"):
			i++
		default:
			return i
		}
	}
	return i
}

// leadsObjective reports whether toks[i] is the objective's verb rather than
// part of a preamble ("plan" in "Plan the Q3 roadmap" against "we plan to").
func leadsObjective(toks []token, i int) bool {
	t := toks[i]
	if classOf(t.text)&(cVerb|cCreate|cComplete) == 0 {
		return false
	}
	if i+1 < len(toks) && toks[i+1].text == "to" {
		return false // "plan to", "aim to", "need to"
	}
	switch t.text {
	case "will", "would", "should", "can", "must", "need", "needs", "want", "wants", "try", "tries",
		"aim", "aims", "make", "ensure":
		if t.text == "make" && i+1 < len(toks) && toks[i+1].text == "sure" {
			return false
		}
		if t.text == "make" || t.text == "ensure" {
			return true
		}
		return false
	}
	return true
}

// isVerbAt reports whether the word at toks[i] acts as a verb: the first word
// of the objective or a verb-class word right after "and", "or", "to" or a
// comma.
func isVerbAt(toks []token, i, start int) bool {
	if classOf(toks[i].text)&(cVerb|cCreate|cComplete) == 0 {
		return false
	}
	if i == start {
		return true
	}
	switch toks[i-1].text {
	case "and", "or", "to", ",", "then", "&", "/", ":", ";", "—":
		return true
	}
	return isParticiple(toks[i].text)
}

// isParticiple reports a past participle, which acts as a verb wherever it
// stands: "the guide rewritten", "the service migrated".
func isParticiple(w string) bool {
	if len(w) > 3 && (w[len(w)-2:] == "ed" || w[len(w)-2:] == "en") {
		return true
	}
	w = strings.TrimPrefix(strings.TrimPrefix(w, "re"), "-") // "rebuilt", "re-done"
	return w == "built" || w == "done" || w == "set" || w == "split" || w == "sunset" || w == "made" || w == "sent"
}

// vagueness reports why an objective is too vague to be specific, or "" when
// it names something concrete. An objective is vague when, after its verbs,
// it holds only general words ("improve things", "do better", "work on
// quality") or opens with a vague verb phrase ("get better at", "be more")
// and has no target.
func vagueness(src string, toks []token, hasTarget bool) string {
	start := preambleEnd(toks)
	if start >= len(toks) {
		return "it has no verb or object"
	}
	first := toks[start].text
	if !hasTarget && start+1 < len(toks) {
		switch first {
		case "be", "become", "get", "do", "feel", "act", "work", "step", "level", "up":
			second := toks[start+1].text
			// "level up the runbooks" acts on a thing; "level up on design" is a wish
			transitive := second == "up" && start+2 < len(toks) && isDeterminer(toks[start+2].text)
			if !transitive && (classOf(second)&cVague != 0 || second == "harder" || second == "up" || second == "smarter") {
				return `"` + first + " " + second + `" is a wish, not a result`
			}
			// "do a better job on", "be a great mentor"; not "get a new laptop"
			if (first == "do" || first == "be" || first == "become") && (second == "a" || second == "an") &&
				start+2 < len(toks) && isPraise(toks[start+2].text) {
				return `"` + first + " " + second + " " + toks[start+2].text + `" is a wish, not a result`
			}
		}
	}
	if !hasTarget {
		// "help the team get more comfortable", "become a better mentor"
		for i := start; i+1 < len(toks); i++ {
			switch toks[i].text {
			case "get", "gets", "getting", "become", "becomes", "be", "feel", "feels", "grow":
				switch next := toks[i+1].text; next {
				case "more", "less", "better", "a", "much":
					if next != "a" || i+2 < len(toks) && (toks[i+2].text == "better" || toks[i+2].text == "bit") {
						return `"` + toks[i].text + " " + next + `" is a wish, not a result`
					}
				}
			}
		}
	}
	if !hasTarget {
		// "improve things around releases": a vague head stays vague
		// whatever qualifies it
		for i := start + 1; i < len(toks); i++ {
			w := toks[i].text
			if toks[i].kind != word || classOf(w)&cStop != 0 {
				continue
			}
			if isVagueHead(w) {
				return `"` + w + `" names no particular result`
			}
			break
		}
		// "help juniors grow": the outcome is a wish
		if last := lastWordToken(toks); isVagueOutcome(last) {
			return `"` + last + `" is a wish, not a result`
		}
	}
	if timesProcess(toks, start) {
		return ""
	}
	concrete, vague := concreteObject(src, toks, start)
	if concrete {
		return ""
	}
	if len(vague) == 0 {
		return "it names no concrete object"
	}
	return "only general words: \"" + strings.Join(vague, "\", \"") + "\""
}

// timesProcess reports an objective that makes a process faster ("speed
// up onboarding", "shorten hiring"): the verb names the measure, the
// process's duration, so the area word ("onboarding") is concrete here
// though "improve onboarding" is not.
func timesProcess(toks []token, start int) bool {
	for i := start; i+1 < len(toks); i++ {
		verb := toks[i].text
		k := i + 1
		switch verb {
		case "speed", "speeds", "sped":
			if toks[k].text != "up" {
				continue
			}
			k++
		case "shorten", "shortens", "accelerate", "accelerates", "quicken", "quickens":
		default:
			continue
		}
		for k < len(toks) && classOf(toks[k].text)&cStop != 0 {
			k++
		}
		// the process is the head, not a qualifier: "engineering processes"
		if k < len(toks) && strings.HasSuffix(toks[k].text, "ing") && classOf(toks[k].text)&cArea != 0 &&
			(k+1 == len(toks) || toks[k+1].kind == punct || classOf(toks[k+1].text)&cStop != 0) {
			return true
		}
	}
	return false
}

// hasQuantity reports whether toks hold a count, number, percentage,
// multiplier ("halve", "double") or "all of" something, outside dates and
// timeframes.
func hasQuantity(src string, toks []token, gradual bool) bool {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.text {
		case "halve", "halves", "halved", "half", "double", "doubles", "doubled", "triple", "tripled", "zero":
			return true
		case "single", "single-digit", "double-digit":
			if i+1 < len(toks) && strings.HasPrefix(toks[i+1].text, "digit") || strings.HasSuffix(toks[i].text, "-digit") {
				return true
			}
		case "by":
			if _, n := fractionAt(toks, i+1); n > 0 {
				return true
			}
		case "twice", "thrice":
			if i+1 < len(toks) && toks[i+1].text == "as" {
				return true
			}
		case "a", "an":
			if i > 0 && isHireVerb(toks[i-1].text) && i+1 < len(toks) && toks[i+1].kind == word {
				return true
			}
		case "all", "every":
			if i+1 < len(toks) && toks[i+1].kind == word && classOf(toks[i+1].text)&(cVague|cStop|cTime) == 0 &&
				cadenceOf(toks, i).IsZero() {
				return true
			}
		}
		v, n, ok := numberAt(toks, i)
		if !ok {
			continue
		}
		if !isCalendarNumber(toks, i, n, v) && !(gradual && countInScope(toks, i)) && !isVersion(src, toks, i, n) &&
			!(t.kind == number && isCodePlural(toks, i)) {
			return true
		}
		i += n - 1
	}
	return false
}

// isCalendarNumber reports whether the number spanning toks[i:i+n] is part
// of a date or a timeframe ("March 31", "2026", "in 3 months") rather than a
// quantity.
func isCalendarNumber(toks []token, i, n int, v float64) bool {
	t := toks[i]
	if t.ordinal {
		return true
	}
	if t.kind == number && len(t.text) == 4 && v >= 1990 && v <= 2100 && v == float64(int(v)) {
		return true // a year
	}
	if i > 0 && toks[i-1].kind == word && monthOf(toks[i-1].text) != 0 && v >= 1 && v <= 31 {
		return true
	}
	if i+n < len(toks) && toks[i+n].kind == word && monthOf(toks[i+n].text) != 0 && v >= 1 && v <= 31 {
		return true
	}
	if i+n < len(toks) && durationUnit(toks[i+n].text) != 0 {
		if i > 0 {
			switch toks[i-1].text {
			case "in", "within", "next", "over", "for", "coming", "following", "than", "after":
				return true
			}
		}
		if i+n+1 < len(toks) && (toks[i+n+1].text == "from" || toks[i+n+1].text == "out") {
			return true
		}
	}
	return false
}

// hasDeliverable reports whether toks produce a deliverable ("write a
// runbook", "set up alerts") or complete a change to something concrete
// ("migrate the billing service to Postgres").
func hasDeliverable(toks []token) bool {
	start := preambleEnd(toks)
	creating, completing, deliverable, concrete := false, false, false, false
	for i := start; i < len(toks); i++ {
		t := toks[i]
		if t.kind != word {
			continue
		}
		c := classOf(t.text)
		if isVerbAt(toks, i, start) && c&(cCreate|cComplete) != 0 {
			if i+1 < len(toks) && isOpenEnded(toks[i+1].text) {
				continue // "add more tests" has no end
			}
			if barePlural(toks, i+1) {
				continue // "fix bugs", "write docs": how many is open
			}
			creating = creating || c&cCreate != 0
			completing = completing || c&cComplete != 0
			if i+1 < len(toks) && toks[i+1].text == "up" {
				switch t.text {
				case "write", "writes", "wrote", "written":
					deliverable = true // "write up the incident review" makes a write-up
				case "set", "sets":
					completing = true // "set up an on-call rotation" establishes it
				}
			}
			continue
		}
		// "have the new billing system live": a thing put live is a completed change
		if t.text == "live" && i > start+1 && (i+1 == len(toks) || toks[i+1].kind == punct || classOf(toks[i+1].text)&cStop != 0) {
			completing = true
			continue
		}
		deliverable = deliverable || c&cDeliverable != 0
		concrete = concrete || c&(cStop|cVague|cArea|cFiller|cVerb|cAbstract|cPersonal|cPerson|cTime) == 0
	}
	// "draft it" refers back to "the interview rubric": the order of verb and
	// noun does not matter within one objective.
	return creating && deliverable || completing && (concrete || deliverable)
}

// isOpenEnded reports words that leave the amount of a deliverable open:
// "add more tests", "write some docs".
func isOpenEnded(w string) bool {
	switch w {
	case "more", "some", "extra", "additional", "further", "better", "fewer", "less":
		return true
	}
	return false
}

// isVagueHead reports nouns that leave an objective vague however they are
// qualified: "things around releases", "stuff in the backlog".
func isVagueHead(w string) bool {
	switch w {
	case "things", "thing", "stuff", "everything", "something", "anything", "lot", "lots", "bit":
		return true
	}
	return false
}

// isVagueOutcome reports verbs that end an objective with a wish: "help
// juniors grow", "let the team improve".
func isVagueOutcome(w string) bool {
	switch w {
	case "grow", "improve", "learn", "develop", "succeed", "thrive", "shine", "flourish", "progress", "evolve":
		return true
	}
	return false
}

// lastWordToken returns the text of the last word token of toks, or "".
func lastWordToken(toks []token) string {
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].kind == word {
			return toks[i].text
		}
	}
	return ""
}

// isPraise reports adjectives that only judge: "a better job", "a great
// mentor".
func isPraise(w string) bool {
	switch w {
	case "better", "best", "good", "great", "excellent", "awesome", "nice", "solid", "proper", "stronger", "world-class":
		return true
	}
	return false
}

// barePlural reports a plural thing with no determiner, number or scope,
// alone at toks[i] at the end of the phrase: "fix bugs", "write docs" (but
// "fix the flaky tests", "write docs for the payments API").
func barePlural(toks []token, i int) bool {
	if i >= len(toks) || toks[i].kind != word {
		return false
	}
	w := toks[i].text
	if len(w) < 4 || w[len(w)-1] != 's' || classOf(w)&(cThing|cDeliverable) == 0 {
		return false
	}
	return i+1 == len(toks) || toks[i+1].kind == punct
}

// isDeterminer reports words that open a noun phrase: "the", "our", "a".
func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "our", "my", "your", "their", "its", "this", "these", "those", "all", "every", "each":
		return true
	}
	return false
}
