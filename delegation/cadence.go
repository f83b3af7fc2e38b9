package delegation

import "strings"

// findCadence reads the check-in rhythm a tracking phrase names: "weekly",
// "every other Friday", "in Monday check-ins", "at the daily standup",
// "twice a month", "in our 1:1s". When several are named it keeps the most
// frequent, with the weekday named for it (or for any weekly rhythm). A
// rhythm said in words wins over the one a meeting has by its nature: a
// "monthly 1:1" is monthly. A weekday alone ("demo it on Friday") is a
// one-off, not a rhythm.
func findCadence(toks []token) Cadence {
	var best, implied Cadence
	var day Weekday
	// keep the more frequent rhythm, or the one that names its weekday
	consider := func(kept *Cadence, c Cadence) {
		if kept.Period == 0 || c.Period < kept.Period || c.Period == kept.Period && kept.Weekday == 0 {
			*kept = c
		}
	}
	for i := 0; i < len(toks); i++ {
		c, n := cadenceAt(toks, i)
		if c.Period != 0 {
			if n == 1 && isMeetingNoun(toks[i].text) {
				consider(&implied, c)
			} else {
				consider(&best, c)
			}
			if c.Weekday != 0 && day == 0 {
				day = c.Weekday
			}
		}
		if n > 1 {
			i += n - 1
		}
	}
	if best.Period == 0 {
		best = implied
	}
	if best.Weekday == 0 && day != 0 && (best.Period == Weekly || best.Period == Biweekly) {
		best.Weekday = day
	}
	return best
}

// cadenceOf returns the rhythm that starts at toks[i], if any: "every
// fortnight", "every sprint review".
func cadenceOf(toks []token, i int) Cadence {
	c, _ := cadenceAt(toks, i)
	return c
}

// meetingPeriod is the rhythm a recurring meeting has by its nature. A
// one-on-one is assumed weekly, a sprint two weeks long (the most common
// lengths; say "biweekly 1:1s" when they are not).
func meetingPeriod(w string) Period {
	switch w {
	case "standup", "standups", "stand-up", "stand-ups", "scrum", "daily", "nightly", "hourly":
		return Daily
	case "1:1", "one-on-one", "one-on-ones", "weekly":
		return Weekly
	case "retro", "retros", "retrospective", "retrospectives", "sprint", "sprints", "iteration", "iterations",
		"biweekly", "bi-weekly", "fortnightly", "fortnight":
		return Biweekly
	case "monthly", "all-hands", "townhall", "town-hall":
		return Monthly
	case "quarterly", "qbr", "qbrs":
		return Quarterly
	}
	return 0
}

// isMeetingNoun reports a meeting whose rhythm meetingPeriod assumes from
// its kind, as against a word that says a rhythm ("weekly", "daily").
func isMeetingNoun(w string) bool {
	switch w {
	case "daily", "nightly", "hourly", "weekly", "biweekly", "bi-weekly", "fortnightly", "fortnight", "monthly", "quarterly":
		return false
	}
	return meetingPeriod(w) != 0
}

// unitPeriod maps the unit of "every week", "once a month" to a period.
func unitPeriod(w string) Period {
	switch w {
	case "day", "days", "morning", "mornings", "evening", "afternoon", "weekday", "workday", "night":
		return Daily
	case "week", "weeks":
		return Weekly
	case "fortnight", "sprint", "sprints", "iteration":
		return Biweekly
	case "month", "months":
		return Monthly
	case "quarter", "quarters":
		return Quarterly
	}
	return 0
}

// everyN maps "every N days/weeks/months" to the nearest period.
func everyN(n float64, unit Period) Period {
	days := n * float64(unit.days())
	switch {
	case days <= 0:
		return 0
	case days <= 3:
		return Daily
	case days <= 10:
		return Weekly
	case days <= 20:
		return Biweekly
	case days <= 45:
		return Monthly
	}
	return Quarterly
}

// cadenceAt reads a rhythm starting at toks[i] and returns it with the tokens
// it spans (at least 1), or the zero Cadence.
func cadenceAt(toks []token, i int) (Cadence, int) {
	t := toks[i]
	next := func(k int) string { return textAt(toks, i+k) }
	// "3 times a week", "2x/week", "2x per month"
	if t.kind == number && !t.ordinal && t.num >= 1 {
		k := 1
		if next(k) != "times" && next(k) != "x" {
			return Cadence{}, 1
		}
		k++
		switch next(k) {
		case "a", "an", "per", "/", "each", "every":
			k++
		}
		if p := unitPeriod(next(k)); p != 0 {
			return Cadence{Period: everyN(1/t.num, p)}, k + 1
		}
		return Cadence{}, 1
	}
	if t.kind != word {
		return Cadence{}, 1
	}
	// "weekly-ish"
	if head, ok := strings.CutSuffix(t.text, "-ish"); ok {
		if p := meetingPeriod(head); p != 0 && !isMeetingNoun(head) {
			return Cadence{Period: p}, 1
		}
	}
	switch t.text {
	case "every", "each", "per":
		k := 1
		if next(k) == "single" {
			k++
		}
		switch next(k) {
		case "other", "second", "alternate":
			if d := weekdayOf(next(k + 1)); d != 0 {
				return Cadence{Period: Biweekly, Weekday: d}, k + 2
			}
			if p := unitPeriod(next(k + 1)); p != 0 {
				return Cadence{Period: everyN(2, p)}, k + 2
			}
		case "working", "business", "work":
			if unitPeriod(next(k+1)) == Daily {
				return Cadence{Period: Daily}, k + 2
			}
		}
		if v, n, ok := numberAt(toks, i+k); ok && n > 0 {
			if p := unitPeriod(next(k + n)); p != 0 {
				return Cadence{Period: everyN(v, p)}, k + n + 1
			}
		}
		// "every couple of weeks", "every few days"
		if next(k) == "couple" || next(k) == "few" {
			v := 2.0
			if next(k) == "few" {
				v = 3
			}
			n := 1
			if next(k+n) == "of" {
				n++
			}
			if p := unitPeriod(next(k + n)); p != 0 {
				return Cadence{Period: everyN(v, p)}, k + n + 1
			}
		}
		if d := weekdayOf(next(k)); d != 0 {
			return Cadence{Period: Weekly, Weekday: d}, k + 1
		}
		if p := unitPeriod(next(k)); p != 0 {
			return Cadence{Period: p}, k + 1
		}
		// "every planning", "at each release retro", "each ops sync": a
		// meeting held again and again, at its own rhythm
		for _, period := range [...]func(string) Period{meetingPeriod, recurringMeetingPeriod} {
			for j := k; j < k+3 && i+j < len(toks) && toks[i+j].kind == word; j++ {
				if p := period(next(j)); p != 0 {
					return Cadence{Period: p}, j + 1
				}
			}
		}
	case "once", "twice", "thrice":
		k := 1
		if next(k) == "a" || next(k) == "per" || next(k) == "every" || next(k) == "each" {
			k++
		}
		if p := unitPeriod(next(k)); p != 0 {
			if t.text != "once" {
				switch p { // twice a month is about every two weeks; twice a week, at least weekly
				case Monthly:
					p = Biweekly
				case Quarterly:
					p = Monthly
				}
			}
			return Cadence{Period: p}, k + 1
		}
	case "alternate":
		if d := weekdayOf(next(1)); d != 0 {
			return Cadence{Period: Biweekly, Weekday: d}, 2
		}
	case "first", "last", "second", "third", "fourth":
		// "the first Monday of the month"
		if d := weekdayOf(next(1)); d != 0 && next(2) == "of" {
			for k := 3; k <= 4; k++ {
				if w := next(k); w == "month" || w == "months" {
					return Cadence{Period: Monthly, Weekday: d}, k + 1
				}
			}
		}
	}
	if p := meetingPeriod(t.text); p != 0 {
		return Cadence{Period: p}, 1
	}
	// "reviewed at month-end": the end of every month, not a deadline
	if i > 0 && toks[i-1].text == "at" {
		switch t.text {
		case "month-end":
			return Cadence{Period: Monthly}, 1
		case "quarter-end":
			return Cadence{Period: Quarterly}, 1
		}
	}
	// "twice-weekly syncs", "bi-monthly reviews"
	if before, after, ok := strings.Cut(t.text, "-"); ok {
		if p := unitPeriod(strings.TrimSuffix(after, "ly")); p != 0 || after == "daily" {
			if after == "daily" {
				p = Daily
			}
			switch before {
			case "twice", "thrice", "semi":
				if p == Monthly || p == Quarterly {
					p-- // twice a month is about every two weeks
				}
				return Cadence{Period: p}, 1
			case "once":
				return Cadence{Period: p}, 1
			case "bi":
				return Cadence{Period: min(p+1, Quarterly)}, 1 // "bi-monthly": every other month at most
			}
		}
	}
	// "Mon/Wed/Fri", "Mondays and Thursdays", "Tue, Thu": days of every week
	// (a list makes even the short forms days)
	if classOf(t.text)&cWeekday != 0 && joinsList(next(1)) && classOf(next(2))&cWeekday != 0 {
		return Cadence{Period: Weekly, Weekday: weekdayOf(t.text)}, 1
	}
	// "Mondays", "on Fridays", "Monday check-ins", "Friday's demo"
	if w := stripPossessive(t.text); len(w) > 3 && classOf(w)&cWeekday != 0 {
		plural := w == t.text && w[len(w)-1] == 's' && w != "tues" && w != "thurs"
		// "Monday check-ins", "Monday's reliability check-in", "Thursday architecture sync"
		meeting := false
		for k := 1; k <= 3 && !meeting; k++ {
			meeting = isMeeting(next(k)) || classOf(next(k))&cTrackNoun != 0
			if k < 3 && i+k < len(toks) && (toks[i+k].kind != word || classOf(next(k))&cStop != 0) {
				break
			}
		}
		// "on Wednesday and Friday mornings"
		for k := 1; k <= 3 && !meeting; k++ {
			switch next(k) {
			case "mornings", "afternoons", "evenings", "lunchtimes":
				meeting = true
			}
		}
		if plural || meeting {
			return Cadence{Period: Weekly, Weekday: weekdayOf(w)}, 1
		}
	}
	return Cadence{}, 1
}

// recurringMeetingPeriod is the rhythm assumed for a meeting named with
// "every" or "each" that has none by its nature: sprint rituals every two
// weeks, syncs and calls every week. ("Every release" is a count, not a
// rhythm: "every release ships with notes".)
func recurringMeetingPeriod(w string) Period {
	switch w {
	case "planning", "plannings", "refinement", "grooming", "review", "reviews", "demo", "demos":
		return Biweekly
	case "sync", "syncs", "meeting", "meetings", "call", "calls", "huddle", "huddles", "check-in", "check-ins",
		"catch-up", "catchup", "update", "updates":
		return Weekly
	}
	return 0
}

// isMeeting reports whether w names a recurring review: "check-in", "sync",
// "standup", "demo", "review", "1:1", "update".
func isMeeting(w string) bool {
	switch w {
	case "check-in", "check-ins", "checkin", "checkins", "sync", "syncs", "standup", "standups", "stand-up",
		"stand-ups", "demo", "demos", "review", "reviews", "1:1", "one-on-one", "one-on-ones", "meeting",
		"meetings", "update", "updates", "retro", "retros", "huddle", "catch-up", "catchup", "report",
		"session", "sessions", "planning", "call", "calls", "email", "digest", "post", "ops", "dry-run", "dry-runs",
		"rehearsal", "rehearsals", "debrief", "debriefs", "walkthrough", "walk-through", "newsletter", "hours":
		return true
	}
	return false
}

func stripPossessive(w string) string {
	if len(w) > 2 && w[len(w)-2:] == "'s" {
		return w[:len(w)-2]
	}
	return w
}

// joinsList reports a word or sign that joins the items of a short list:
// "Mon/Wed", "Tue, Thu", "Mon and Thu", "Mon & Thu", "Mon + Thu".
func joinsList(w string) bool {
	switch w {
	case "/", ",", "and", "&", "+":
		return true
	}
	return false
}
