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
	case "and", "or", "to", ",", "then", "&", "/":
		return true
	}
	return false
}

// vagueness reports why an objective is too vague to be specific, or "" when
// it names something concrete. An objective is vague when, after its verbs,
// it holds only general words ("improve things", "do better", "work on
// quality") or opens with a vague verb phrase ("get better at", "be more")
// and has no target.
func vagueness(toks []token, hasTarget bool) string {
	start := preambleEnd(toks)
	if start >= len(toks) {
		return "it has no verb or object"
	}
	first := toks[start].text
	if !hasTarget && start+1 < len(toks) {
		switch first {
		case "be", "become", "get", "do", "feel", "act", "work", "step", "level", "up":
			second := toks[start+1].text
			if classOf(second)&cVague != 0 || second == "harder" || second == "up" || second == "smarter" {
				return `"` + first + " " + second + `" is a wish, not a result`
			}
		}
	}
	var vague []string
	for i := start; i < len(toks); i++ {
		t := toks[i]
		if t.kind == number {
			continue
		}
		if t.kind != word {
			continue
		}
		c := classOf(t.text)
		if isVerbAt(toks, i, start) {
			continue
		}
		if c&(cStop|cVague|cArea|cIncrease|cDecrease) != 0 && c&cDeliverable == 0 {
			if c&(cVague|cArea) != 0 && len(vague) < 3 {
				vague = append(vague, t.text)
			}
			continue
		}
		if _, ok := numberWord(t.text); ok {
			continue
		}
		return ""
	}
	if len(vague) == 0 {
		return "it names no object"
	}
	return "only general words: \"" + strings.Join(vague, "\", \"") + "\""
}

// hasQuantity reports whether toks hold a count, number, percentage,
// multiplier ("halve", "double") or "all of" something, outside dates and
// timeframes.
func hasQuantity(toks []token) bool {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.text {
		case "halve", "halves", "halved", "half", "double", "doubles", "doubled", "triple", "tripled", "zero":
			return true
		case "all", "every":
			if i+1 < len(toks) && toks[i+1].kind == word && classOf(toks[i+1].text)&(cVague|cStop) == 0 {
				return true
			}
		}
		v, n, ok := numberAt(toks, i)
		if !ok {
			continue
		}
		if !isCalendarNumber(toks, i, n, v) {
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
	creating, completing := false, false
	for i := start; i < len(toks); i++ {
		t := toks[i]
		if t.kind != word {
			continue
		}
		c := classOf(t.text)
		if isVerbAt(toks, i, start) {
			creating = creating || c&cCreate != 0
			completing = completing || c&cComplete != 0
			continue
		}
		if creating && c&cDeliverable != 0 {
			return true
		}
		if completing && c&(cStop|cVague|cArea|cFiller) == 0 {
			return true
		}
	}
	return false
}
