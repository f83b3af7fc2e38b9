package delegation

import (
	"math"
	"strings"
	"time"
)

// Deadlines are calendar dates at midnight in now's location. Arithmetic is
// calendar arithmetic: "in 3 months" from 2 March is 2 June, and a day that
// does not exist in the target month clamps to its last day (31 January plus
// one month is 28 or 29 February). A date or quarter written without a year
// is in now's year even when it is already past: the goal then fails
// time-bound rather than silently moving a year ahead.

// span is a recognised phrase: its tokens toks[lo:hi].
type span struct{ lo, hi int }

// deadlineMatch is a deadline phrase found in a goal.
type deadlineMatch struct {
	at span
	t  time.Time
}

// dateIn returns midnight of y-m-d in loc, clamping d to the month's last day.
func dateIn(y int, m time.Month, d int, loc *time.Location) time.Time {
	if last := daysIn(y, m); d > last {
		d = last
	}
	if d < 1 {
		d = 1
	}
	return time.Date(y, m, d, 0, 0, 0, 0, loc)
}

// daysIn returns the number of days in month m of year y.
func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// addMonths adds n calendar months to day, clamping to the last day of the
// resulting month.
func addMonths(day time.Time, n int) time.Time {
	y, m, d := day.Date()
	total := int(m) - 1 + n
	y += floorDiv(total, 12)
	m = time.Month(total - floorDiv(total, 12)*12 + 1)
	return dateIn(y, m, d, day.Location())
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// endOfMonth returns the last day of month m in year y.
func endOfMonth(y int, m time.Month, loc *time.Location) time.Time {
	return dateIn(y, m, daysIn(y, m), loc)
}

// endOfQuarter returns the last day of quarter q (1–4) of year y.
func endOfQuarter(y, q int, loc *time.Location) time.Time {
	return endOfMonth(y, time.Month(3*q), loc)
}

// addSpan adds n units to day; fractions of a month or longer become days.
func addSpan(day time.Time, n float64, u unit) time.Time {
	switch u {
	case unitDay:
		return day.AddDate(0, 0, int(math.Ceil(n)))
	case unitWeek:
		return day.AddDate(0, 0, int(math.Ceil(n*7)))
	case unitSprint:
		return day.AddDate(0, 0, int(math.Ceil(n*sprintDays)))
	}
	months := n
	switch u {
	case unitQuarter:
		months *= 3
	case unitYear:
		months *= 12
	}
	whole := math.Floor(months)
	out := addMonths(day, int(whole))
	if frac := months - whole; frac > 0 {
		out = out.AddDate(0, 0, int(math.Round(frac*30)))
	}
	return out
}

// yearAfter reads a year following toks[i]: "2026", "'26", or "" (none). It
// returns the year and the tokens read.
func yearAfter(toks []token, i int) (int, int) {
	k := i
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k < len(toks) && toks[k].kind == number && !toks[k].ordinal && len(toks[k].text) == 4 &&
		toks[k].num >= 1990 && toks[k].num <= 2100 {
		return int(toks[k].num), k + 1 - i
	}
	if k+1 < len(toks) && toks[k].kind == word && toks[k].text == "fy" && toks[k+1].kind == number {
		return twoOrFourDigitYear(toks[k+1]), k + 2 - i
	}
	return 0, 0
}

func twoOrFourDigitYear(t token) int {
	v := int(t.num)
	if v < 100 {
		return 2000 + v
	}
	return v
}

// fiscalYear reads "fy26", "fy'26" or "fy2026" as the year it names.
func fiscalYear(w string) (int, bool) {
	rest, ok := strings.CutPrefix(w, "fy")
	rest = strings.TrimLeft(rest, "'-")
	if !ok || len(rest) != 2 && len(rest) != 4 || !allDigits(rest) {
		return 0, false
	}
	y := digitsValue(rest)
	if y < 100 {
		y += 2000
	}
	return y, true
}

// quarterWord reads "q2", "q2'26", "q3-2025", "h1" or "h2" as a quarter or
// half-year. It returns the end month (3, 6, 9, 12) and an explicit year, if
// any.
func quarterWord(w string) (endMonth int, year int, ok bool) {
	if len(w) < 2 || (w[0] != 'q' && w[0] != 'h') {
		return 0, 0, false
	}
	n := int(w[1] - '0')
	rest := w[2:]
	switch {
	case w[0] == 'q' && n >= 1 && n <= 4:
		endMonth = 3 * n
	case w[0] == 'h' && n >= 1 && n <= 2:
		endMonth = 6 * n
	default:
		return 0, 0, false
	}
	if rest == "" {
		return endMonth, 0, true
	}
	rest = strings.TrimLeft(rest, "'-/’")
	if (len(rest) == 2 || len(rest) == 4) && allDigits(rest) {
		y := 0
		for _, c := range rest {
			y = y*10 + int(c-'0')
		}
		if y < 100 {
			y += 2000
		}
		return endMonth, y, true
	}
	return 0, 0, false
}

// deadlineScanner finds deadline phrases in a goal's tokens.
type deadlineScanner struct {
	toks  []token
	now   time.Time // midnight of now, in now's location
	found []deadlineMatch
}

func (s *deadlineScanner) text(i int) string {
	return textAt(s.toks, i)
}

// scan records every deadline phrase in toks[lo:hi]. A date after
// "sometime" or "at some point" is no agreed deadline.
func (s *deadlineScanner) scan(lo, hi int) {
	for i := lo; i < hi; i++ {
		if t, n, ok := s.at(i, hi); ok {
			if w := s.text(i - 1); w == "sometime" || w == "whenever" || w == "time" && s.text(i-2) == "some" ||
				w == "point" && s.text(i-2) == "some" {
				i += n - 1
				continue
			}
			s.found = append(s.found, deadlineMatch{at: span{i, i + n}, t: t})
			i += n - 1
		}
	}
}

// at reads a deadline phrase starting at toks[i] and ending before hi.
func (s *deadlineScanner) at(i, hi int) (time.Time, int, bool) {
	toks := s.toks[:hi]
	k := i
	before := false // "before June": the day before June starts
	relative := false
	switch s.text(k) {
	case "by", "until", "till", "til", "through", "thru", "due", "deadline", "before", "b4", "in", "within", "over",
		"inside", "during", "for", "on", "at", "no", "not", "ahead":
		switch s.text(k) {
		case "no", "not": // "no later than"
			if s.text(k+1) != "later" || s.text(k+2) != "than" {
				return time.Time{}, 0, false
			}
			k += 3
		case "ahead":
			if s.text(k+1) != "of" {
				return time.Time{}, 0, false
			}
			k += 2
			before = true
		case "before", "b4":
			before = true
			k++
		case "in", "within", "over", "inside", "during", "for":
			relative = true
			k++
		case "due", "deadline":
			k++
			if s.text(k) == ":" || s.text(k) == "by" || s.text(k) == "on" || s.text(k) == "is" {
				k++
			}
		case "on":
			k++
			if s.text(k) == "or" && s.text(k+1) == "before" {
				k += 2
			}
		default:
			k++
		}
	}
	if k >= len(toks) {
		return time.Time{}, 0, false
	}
	if relative {
		if t, n, ok := s.relativeAt(k, toks); ok {
			return t, k - i + n, true
		}
	}
	if before {
		// "before the year is out", "before the quarter ends": due when the
		// period ends, not the day before it starts
		if e := periodEnding(toks, k); e > 0 {
			if t, n, ok := s.dateAt(k, toks, false, true); ok && k+n < len(toks) && periodEnding(toks, k+n-1) == e {
				return t, k - i + n + e - 1, true
			}
		}
	}
	if t, n, ok := s.dateAt(k, toks, before, k > i || s.dateLabelBefore(i)); ok {
		// "before Q3 starts", "before the sprint kicks off": the verb is
		// part of the date, not a word of the objective
		if before {
			switch s.text(k + n) {
			case "starts", "begins", "start", "begin":
				n++
			case "kicks":
				if s.text(k+n+1) == "off" {
					n += 2
				}
			}
		}
		return t, k - i + n, true
	}
	// an OKR heading: "Q3: ship the SDK", "H2 — halve the build time"
	if k == i && (i == 0 || s.toks[i].newline) {
		if em, qy, ok := quarterWord(s.text(i)); ok {
			n := 1
			if qy == 0 {
				var yn int
				qy, yn = s.yearOf(i + 1)
				n += yn
			}
			// "H1 goal —", "Q4 OKRs:"
			if r, ok := labelWordRole(strings.TrimSuffix(s.text(i+n), "s")); ok && r == roleObjective {
				n++
			}
			switch s.text(i + n) {
			case ":", "—", "-":
				return endOfMonth(qy, time.Month(em), s.now.Location()), n, true
			}
		}
	}
	// "3 weeks from now", "two months out"
	if k == i {
		if v, n, ok := numberAt(toks, k); ok {
			if u := durationUnit(s.text(k + n)); u != 0 {
				switch s.text(k + n + 1) {
				case "from":
					if s.text(k+n+2) == "now" || s.text(k+n+2) == "today" {
						return addSpan(s.now, scaleFortnight(v, s.text(k+n)), u), n + 3, true
					}
				case "out":
					return addSpan(s.now, scaleFortnight(v, s.text(k+n)), u), n + 2, true
				}
			}
		}
	}
	return time.Time{}, 0, false
}

// dateLabelBefore reports whether toks[i] follows a form's date label
// ("Deadline: 31.03.2027", "Due date: 15.09"): the label introduces the
// date as a preposition would, though it is read as a clause of its own.
func (s *deadlineScanner) dateLabelBefore(i int) bool {
	if s.text(i-1) != ":" {
		return false
	}
	switch s.text(i - 2) {
	case "deadline", "due", "date", "by", "when", "timeline", "timeframe", "until":
		return true
	}
	return false
}

// periodEnding returns, when toks[k] opens a period ("the year", "this
// quarter", "the sprint") that the next words end ("is out", "ends", "is
// over", "wraps up", "runs out", "closes"), the tokens from the period's
// noun through the end of that phrase; else 0.
func periodEnding(toks []token, k int) int {
	for ; k < len(toks); k++ {
		if w := toks[k].text; w != "the" && w != "this" && w != "our" && w != "current" {
			break
		}
	}
	switch textAt(toks, k) {
	case "year", "quarter", "month", "week", "sprint", "half", "summer", "spring", "autumn", "winter",
		"fall", "iteration":
	default:
		return 0
	}
	switch textAt(toks, k+1) {
	case "ends", "closes", "finishes", "wraps", "runs", "is", "'s":
	default:
		return 0
	}
	switch textAt(toks, k+2) {
	case "out", "over", "done", "up", "through":
		return 3
	}
	switch textAt(toks, k+1) {
	case "ends", "closes", "finishes":
		return 2
	}
	return 0
}

func scaleFortnight(v float64, w string) float64 {
	if strings.HasPrefix(w, "fortnight") {
		return v * 2
	}
	return v
}

// relativeAt reads the rest of "within [the next] 3 months", "in a couple of
// weeks", "over the coming quarter", "in half a year" at toks[k].
func (s *deadlineScanner) relativeAt(k int, toks []token) (time.Time, int, bool) {
	start := k
	next := false
	switch s.text(k) {
	case "the", "their", "his", "her", "your", "our", "its":
		k++
		if s.text(k) == "first" { // "within their first 30 days"
			k++
		}
	}
	switch s.text(k) {
	case "next", "coming", "following", "upcoming":
		next = true
		k++
	}
	var v float64
	switch {
	case s.text(k) == "a" && s.text(k+1) == "couple":
		v, k = 2, k+2
		if s.text(k) == "of" {
			k++
		}
	case (s.text(k) == "a" || s.text(k) == "an") && durationUnit(s.text(k+1)) != 0:
		v, k = 1, k+1
	case s.text(k) == "half" && s.text(k+1) == "a":
		v, k = 0.5, k+2
	case s.text(k) == "a" && s.text(k+1) == "few":
		v, k = 3, k+2
	case next && durationUnit(s.text(k)) != 0 && !strings.HasSuffix(s.text(k), "s"):
		// "in the next month"; "in the coming weeks" names no span
		v = 1
	default:
		n, used, ok := numberAt(toks, k)
		if !ok || toks[k].ordinal {
			return time.Time{}, 0, false
		}
		v, k = n, k+used
		if s.text(k) == "-" { // "a 3-month window"
			k++
		}
	}
	w := s.text(k)
	u := durationUnit(w)
	if u == 0 || v <= 0 || v > 100 {
		return time.Time{}, 0, false
	}
	k++
	// "a year and a half"
	if s.text(k) == "and" && s.text(k+1) == "a" && s.text(k+2) == "half" {
		v += 0.5
		k += 3
	}
	// "within 2 days of a report" is a service level, not a deadline
	if s.text(k) == "of" {
		return time.Time{}, 0, false
	}
	switch {
	case s.text(k) == "time" || s.text(k) == "'s" && s.text(k+1) == "time":
		k++
	case s.text(k) == "from" && (s.text(k+1) == "now" || s.text(k+1) == "today"):
		k += 2
	}
	return addSpan(s.now, scaleFortnight(v, w), u), k - start, true
}

// dateAt reads a calendar date or period at toks[k]: "March 31", "31st of
// March", "end of Q2", "the end of the quarter", "June", "Q3 2026",
// "2025-06-30", "6/30", "Friday", "tomorrow", "next month". before moves the
// deadline to the day before the period starts; introduced tells whether a
// preposition such as "by" came first (a bare month or weekday needs one).
func (s *deadlineScanner) dateAt(k int, toks []token, before, introduced bool) (time.Time, int, bool) {
	start := k
	now := s.now
	loc := now.Location()
	y := now.Year()
	end := false
	if s.text(k) == "the" {
		k++
	}
	switch s.text(k) {
	case "end", "close", "eo":
		if s.text(k) == "close" && s.text(k+1) == "of" && s.text(k+2) == "business" {
			return s.dayEnd(k+3, start, before) // "close of business Friday"
		}
		if s.text(k+1) == "of" {
			end = true
			before = false // "before the end of May" is due when May ends
			k += 2
		}
	case "start", "beginning", "begin":
		// "by the start of Q2": due the day before the period starts
		if s.text(k+1) == "of" {
			before = true
			k += 2
		}
	case "eod", "cob", "eob":
		return s.dayEnd(k+1, start, before)
	case "eow":
		return s.endOfWeek(0), k + 1 - start, true
	case "eom", "month-end":
		return endOfMonth(y, now.Month(), loc), k + 1 - start, true
	case "eoq", "quarter-end":
		return endOfQuarter(y, (int(now.Month())+2)/3, loc), k + 1 - start, true
	case "eoy", "year-end":
		return endOfMonth(y, 12, loc), k + 1 - start, true
	case "mid-year", "midyear":
		return endOfMonth(y, 6, loc), k + 1 - start, true
	}
	// "April-end", "Q2-end"
	if head, ok := strings.CutSuffix(s.text(k), "-end"); ok {
		if mo := monthOf(head); mo != 0 {
			return endOfMonth(y, time.Month(mo), loc), k + 1 - start, true
		}
		if em, qy, ok := quarterWord(head); ok && qy == 0 {
			return endOfMonth(y, time.Month(em), loc), k + 1 - start, true
		}
	}
	if s.text(k) == "the" {
		k++
	}
	w := s.text(k)
	// "this/next/the quarter|month|year|week|sprint"
	which := 0
	switch w {
	case "this", "current":
		k++
	case "next", "following":
		which = 1
		k++
	}
	w = s.text(k)
	if (w == "financial" || w == "fiscal" || w == "calendar") && s.text(k+1) == "year" {
		k++
		w = "year"
	}
	// "year end", "quarter end", "month end"
	if s.text(k+1) == "end" {
		switch w {
		case "year":
			return endOfMonth(y+which, 12, loc), k + 2 - start, true
		case "quarter":
			q := (int(now.Month())+2)/3 + which
			return endOfQuarter(y+(q-1)/4, (q-1)%4+1, loc), k + 2 - start, true
		case "month":
			m := addMonths(dateIn(y, now.Month(), 1, loc), which)
			return endOfMonth(m.Year(), m.Month(), loc), k + 2 - start, true
		}
	}
	hasModifier := k > start && (s.text(k-1) == "this" || s.text(k-1) == "current" || which == 1)
	if end || hasModifier || introduced && (s.text(k-1) == "the") {
		switch w {
		case "day":
			// "by end of day Friday"
			if d := weekdayOf(s.text(k + 1)); end && d != 0 && classOf(s.text(k+1))&cWeekday != 0 {
				return s.weekday(d, false, false), k + 2 - start, true
			}
			if which == 0 {
				return now, k + 1 - start, true
			}
			return now.AddDate(0, 0, 1), k + 1 - start, true
		case "week":
			return s.endOfWeek(which), k + 1 - start, true
		case "month":
			m := addMonths(dateIn(y, now.Month(), 1, loc), which)
			return s.endOr(before, endOfMonth(m.Year(), m.Month(), loc), 1), k + 1 - start, true
		case "quarter":
			q := (int(now.Month())+2)/3 + which
			return s.endOr(before, endOfQuarter(y+(q-1)/4, (q-1)%4+1, loc), 3), k + 1 - start, true
		case "year":
			return s.endOr(before, endOfMonth(y+which, 12, loc), 12), k + 1 - start, true
		case "sprint", "iteration":
			return now.AddDate(0, 0, sprintDays*(which+1)), k + 1 - start, true
		case "half":
			h := 6
			if now.Month() > 6 {
				h = 12
			}
			return endOfMonth(y, time.Month(h), loc), k + 1 - start, true
		}
		if first, last, ok := s.season(w, which); ok {
			return s.seasonEdge(first, last, before, end || hasModifier || s.text(start-1) != "by"), k + 1 - start, true
		}
		if hasModifier && which == 0 && !end && weekdayOf(w) == 0 {
			return time.Time{}, 0, false // "this sprint's demo" is no date; "this Friday" is
		}
	}
	if first, last, ok := s.season(w, which); ok && introduced {
		return s.seasonEdge(first, last, before, s.text(start-1) != "by"), k + 1 - start, true
	}
	// "first half", "second quarter"
	if w == "first" || w == "second" || w == "third" || w == "fourth" {
		idx := ordinalWord(w)
		switch s.text(k + 1) {
		case "half":
			if idx <= 2 {
				yy, n := s.yearOf(k + 2)
				return s.endOr(before, endOfMonth(yy, time.Month(6*idx), loc), 6), k + 2 + n - start, true
			}
		case "quarter":
			yy, n := s.yearOf(k + 2)
			return s.endOr(before, endOfQuarter(yy, idx, loc), 3), k + 2 + n - start, true
		}
	}
	// "FY26", "FY2026": a financial year, taken as the calendar year as
	// "the end of the financial year" is
	if fy, ok := fiscalYear(w); ok && (introduced || end) {
		if before {
			fy--
		}
		return endOfMonth(fy, 12, loc), k + 1 - start, true
	}
	if em, qy, ok := quarterWord(w); ok && (introduced || end || hasModifier) {
		yy := y
		n := 0
		if qy != 0 {
			yy = qy
		} else {
			yy, n = s.yearOf(k + 1)
		}
		span := 3
		if w[0] == 'h' {
			span = 6
		}
		return s.endOr(before, endOfMonth(yy, time.Month(em), loc), span), k + 1 + n - start, true
	}
	// a bare year: "by 2026", "end of 2025"
	if t := s.tok(k); t.kind == number && !t.ordinal && len(t.text) == 4 && t.num >= 1990 && t.num <= 2100 &&
		(introduced || end) && s.text(k+1) != "-" && s.text(k+1) != "/" && (s.tok(k+1).kind != word || classOf(s.text(k+1))&cStop != 0) {
		yy := int(t.num)
		if before {
			yy--
		}
		return endOfMonth(yy, 12, loc), k + 1 - start, true
	}
	if t, n, ok := s.calendarDate(k, toks, before, introduced || end); ok {
		return t, k + n - start, true
	}
	if end {
		return time.Time{}, 0, false
	}
	switch w {
	case "christmas", "xmas", "easter", "halloween", "holidays", "thanksgiving", "black":
		// named days need a preposition: "the Thanksgiving on-call rota"
		// names no deadline
		if t, n, ok := s.holiday(k, introduced, before); ok {
			return t, k + n - start, true
		}
	case "new":
		if s.text(k+1) == "year" || s.text(k+1) == "year's" {
			if before {
				return dateIn(y, 12, 31, loc), k + 2 - start, true
			}
			return dateIn(y+1, 1, 1, loc), k + 2 - start, true
		}
	case "today", "tonight":
		return now, k + 1 - start, true
	case "tomorrow":
		return now.AddDate(0, 0, 1), k + 1 - start, true
	}
	// "on Friday the 14th", "Friday, March 14": the date wins over the weekday
	if d := weekdayOf(w); d != 0 && len(w) > 2 && classOf(w)&cWeekday != 0 {
		j := k + 1
		if s.text(j) == "," {
			j++
		}
		if t, n, ok := s.calendarDate(j, toks, before, true); ok {
			return t, j + n - start, true
		}
	}
	if d := weekdayOf(w); d != 0 && (introduced || hasModifier) && len(w) > 2 && classOf(w)&cWeekday != 0 &&
		(!strings.HasSuffix(w, "s") || w == "tues" || w == "thurs") {
		return s.weekday(d, which == 1, before), k + 1 - start, true
	}
	return time.Time{}, 0, false
}

// season returns the first and last day of the (northern, meteorological)
// season w names in now's year, or next year's with next: "by the summer"
// is due when summer starts, "this summer" and "by the end of summer" when
// it ends. "fall" counts only where the caller saw a preposition.
func (s *deadlineScanner) season(w string, next int) (first, last time.Time, ok bool) {
	var m time.Month
	switch w {
	case "spring":
		m = 3
	case "summer":
		m = 6
	case "autumn", "fall":
		m = 9
	case "winter":
		m = 12
	default:
		return time.Time{}, time.Time{}, false
	}
	loc := s.now.Location()
	first = dateIn(s.now.Year()+next, m, 1, loc)
	end := addMonths(first, 2)
	return first, endOfMonth(end.Year(), end.Month(), loc), true
}

// seasonEdge picks the day a season deadline falls on: the day before it
// starts ("before summer"), its first day ("by the summer") or its last
// ("this summer", "by the end of summer", "over the summer").
func (s *deadlineScanner) seasonEdge(first, last time.Time, before, whole bool) time.Time {
	switch {
	case before:
		return first.AddDate(0, 0, -1)
	case whole:
		return last
	}
	return first
}

func (s *deadlineScanner) tok(i int) token {
	if i >= 0 && i < len(s.toks) {
		return s.toks[i]
	}
	return token{}
}

// yearOf reads an optional year at toks[i] ("2026", "'26", "of 2027",
// "next year", "of next year"), defaulting to now's year.
func (s *deadlineScanner) yearOf(i int) (int, int) {
	if y, n := yearAfter(s.toks, i); n > 0 {
		return y, n
	}
	k := i
	switch s.text(k) {
	case "of":
		if y, n := yearAfter(s.toks, k+1); n > 0 && s.text(k+1) != "," {
			return y, n + 1
		}
		k++
	case ",":
		k++
	}
	if s.text(k+1) == "year" {
		switch s.text(k) {
		case "next", "following":
			return s.now.Year() + 1, k + 2 - i
		case "this":
			return s.now.Year(), k + 2 - i
		}
	}
	return s.now.Year(), 0
}

// thanksgiving returns the fourth Thursday of November of year y (the US
// holiday; Black Friday is the day after it).
func thanksgiving(y int, loc *time.Location) time.Time {
	first := dateIn(y, time.November, 1, loc)
	ahead := (int(time.Thursday) - int(first.Weekday()) + 7) % 7
	return first.AddDate(0, 0, ahead+21)
}

// endOr returns end, or with before the day before the period of the given
// months that ends at end starts.
func (s *deadlineScanner) endOr(before bool, end time.Time, months int) time.Time {
	if !before {
		return end
	}
	first := dateIn(end.Year(), end.Month(), 1, end.Location())
	return addMonths(first, -(months-1)).AddDate(0, 0, -1)
}

// endOfWeek returns the Friday of this week (which 0) or next week (1); on a
// weekend, this week's end is its Sunday.
func (s *deadlineScanner) endOfWeek(which int) time.Time {
	wd := int(s.now.Weekday()+6) % 7 // Monday 0 … Sunday 6
	friday := s.now.AddDate(0, 0, 4-wd+7*which)
	if friday.Before(s.now) {
		return s.now.AddDate(0, 0, 6-wd)
	}
	return friday
}

// weekday returns the next day named d on or after today ("by Friday"), or
// in the following week with next ("by next Friday"); before gives the day
// before it.
func (s *deadlineScanner) weekday(d Weekday, next, before bool) time.Time {
	today := int(s.now.Weekday()+6) % 7
	want := int(d) - 1
	ahead := (want - today + 7) % 7
	if next && (ahead == 0 || today+ahead <= 6) {
		ahead += 7 // "next Friday" is in next week
	}
	t := s.now.AddDate(0, 0, ahead)
	if before {
		t = t.AddDate(0, 0, -1)
	}
	return t
}

// calendarDate reads "March 31", "Mar 31st, 2026", "31 March", "the 31st of
// March", "mid-May", "June" (needs introduced), "2025-06-30", "6/30/2025".
func (s *deadlineScanner) calendarDate(k int, toks []token, before, introduced bool) (time.Time, int, bool) {
	loc := s.now.Location()
	y := s.now.Year()
	t := s.tok(k)
	// ISO 2025-06-30
	if t.kind == number && len(t.text) == 4 && s.text(k+1) == "-" && s.tok(k+2).kind == number && s.text(k+3) == "-" &&
		s.tok(k+4).kind == number {
		m, d := int(s.tok(k+2).num), int(s.tok(k+4).num)
		if m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return s.written(false, int(t.num), time.Month(m), d, 5)
		}
	}
	// 15.09 or 15.09.2025 (day first, as written where the dot is used)
	if t.kind == number && introduced {
		if d, m, ok := strings.Cut(t.text, "."); ok && len(m) == 2 && len(d) <= 2 {
			dd, mm := int(t.num), int(m[0]-'0')*10+int(m[1]-'0')
			yy, n := y, 1
			if s.text(k+1) == "." && !s.tok(k+1).space && s.tok(k+2).kind == number && !s.tok(k+2).space && len(s.tok(k+2).text) == 4 {
				yy, n = int(s.tok(k+2).num), 3
			}
			if u := s.text(k + 1); u != "%" && durationUnit(u) == 0 && mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31 {
				return s.written(before, yy, time.Month(mm), dd, n)
			}
		}
	}
	// 6/30 or 6/30/2025 (month first unless the first number exceeds 12)
	if t.kind == number && !t.ordinal && s.text(k+1) == "/" && s.tok(k+2).kind == number && t.num >= 1 && t.num <= 31 {
		a, b := int(t.num), int(s.tok(k+2).num)
		n := 3
		yy := y
		if s.text(k+3) == "/" && s.tok(k+4).kind == number {
			yy = twoOrFourDigitYear(s.tok(k + 4))
			n = 5
		}
		m, d := a, b
		if a > 12 {
			m, d = b, a
		}
		if m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return s.written(before, yy, time.Month(m), d, n)
		}
	}
	// mid-May, early June, late March
	part := 0
	switch s.text(k) {
	case "mid", "mid-":
		part = 15
	case "early":
		part = 10
	case "late":
		part = 31
	}
	if part != 0 {
		j := k + 1
		if s.text(j) == "-" {
			j++
		}
		if m := monthOf(s.text(j)); m != 0 && s.tok(j).kind == word {
			yy, n := s.yearOf(j + 1)
			return s.dayBefore(before, dateIn(yy, time.Month(m), part, loc)), j + 1 + n - k, true
		}
		if strings.HasPrefix(s.text(k), "mid-") {
			if m := monthOf(strings.TrimPrefix(s.text(k), "mid-")); m != 0 {
				yy, n := s.yearOf(k + 1)
				return s.dayBefore(before, dateIn(yy, time.Month(m), 15, loc)), 1 + n, true
			}
		}
		return time.Time{}, 0, false
	}
	if strings.HasPrefix(s.text(k), "mid-") {
		if m := monthOf(strings.TrimPrefix(s.text(k), "mid-")); m != 0 {
			yy, n := s.yearOf(k + 1)
			return s.dayBefore(before, dateIn(yy, time.Month(m), 15, loc)), 1 + n, true
		}
	}
	// the 31st of March, 31 March, the first of April
	j := k
	if s.text(j) == "the" {
		j++
	}
	if od := ordinalDay(s.text(j)); od > 0 {
		m := j + 1
		if s.text(m) == "of" {
			m++
		}
		if mo := monthOf(s.text(m)); mo != 0 && s.tok(m).kind == word && (s.text(j-1) == "the" || s.text(j+1) == "of") {
			yy, n := s.yearOf(m + 1)
			return s.written(before, yy, time.Month(mo), od, m+1+n-k)
		}
	}
	if d := s.tok(j); d.kind == number && d.num >= 1 && d.num <= 31 && d.num == math.Trunc(d.num) {
		m := j + 1
		if s.text(m) == "of" {
			m++
		}
		if mo := monthOf(s.text(m)); mo != 0 && s.tok(m).kind == word {
			yy, n := s.yearOf(m + 1)
			return s.written(before, yy, time.Month(mo), int(d.num), m+1+n-k)
		}
	}
	// "the third week of April", "the first week of May": its seventh day
	if n := ordinalOf(s.tok(j)); n >= 1 && n <= 5 && s.text(j+1) == "week" && s.text(j+2) == "of" {
		if mo := monthOf(s.text(j + 3)); mo != 0 {
			yy, yn := s.yearOf(j + 4)
			return dateIn(yy, time.Month(mo), 7*n, loc), j + 4 + yn - k, true
		}
	}
	// "week 12", "W12", "CW 12": the Friday of that ISO week
	if wk, n := isoWeekAt(s.toks, k); n > 0 && introduced && s.text(k+n) != "of" {
		return s.dayBefore(before, isoWeekFriday(y, wk, loc)), n, true
	}
	// "by the 15th": this month's, or next month's when it has passed
	if d := s.tok(j); d.kind == number && d.ordinal && d.num >= 1 && d.num <= 31 && introduced && monthOf(s.text(j+1)) == 0 &&
		s.text(j+1) != "of" && s.text(j+1) != "week" {
		t := dateIn(y, s.now.Month(), int(d.num), loc)
		if t.Before(s.now) {
			t = addMonths(dateIn(y, s.now.Month(), 1, loc), 1)
			t = dateIn(t.Year(), t.Month(), int(d.num), loc)
		}
		return s.dayBefore(before, t), j + 1 - k, true
	}
	// March 31, Mar 31st 2026, March the 31st, June
	if mo := monthOf(s.text(k)); mo != 0 && t.kind == word {
		abbrev := len(s.text(k)) <= 4 && s.text(k) != "june" && s.text(k) != "july"
		j := k + 1
		if s.text(j) == "." {
			j++
		}
		if s.text(j) == "the" {
			j++
		}
		if d := s.tok(j); d.kind == number && d.num >= 1 && d.num <= 31 && d.num == math.Trunc(d.num) && len(d.text) <= 4 {
			yy, n := s.yearOf(j + 1)
			return s.written(before, yy, time.Month(mo), int(d.num), j+1+n-k)
		}
		// "March thirty-first", "April the first"
		if od := ordinalDay(s.text(j)); od > 0 {
			yy, n := s.yearOf(j + 1)
			return s.written(before, yy, time.Month(mo), od, j+1+n-k)
		}
		// a month alone needs "by", "in", "before", "end of" ("may" is also a verb)
		if introduced && (!abbrev || s.text(k) == "may" || s.text(k-1) == "the" && s.tok(k+1).kind == word) {
			yy, n := s.yearOf(k + 1)
			if before {
				return dateIn(yy, time.Month(mo), 1, loc).AddDate(0, 0, -1), 1 + n, true
			}
			return endOfMonth(yy, time.Month(mo), loc), 1 + n, true
		}
	}
	return time.Time{}, 0, false
}

// written returns the date a goal names by day and month, n tokens long, or
// the day before it with before. A day past the month's end ("February 30")
// clamps to its last day, as the writer meant the month's end.
func (s *deadlineScanner) written(before bool, y int, m time.Month, d, n int) (time.Time, int, bool) {
	return s.dayBefore(before, dateIn(y, m, d, s.now.Location())), n, true
}

func (s *deadlineScanner) dayBefore(before bool, t time.Time) time.Time {
	if before {
		return t.AddDate(0, 0, -1)
	}
	return t
}

// pick returns the deadline among the matches: the latest, since a goal that
// names several dates ("first draft by April 15, done by end of Q2") is due
// at its last.
func pickDeadline(ms []deadlineMatch) (deadlineMatch, bool) {
	var best deadlineMatch
	ok := false
	for _, m := range ms {
		if !ok || m.t.After(best.t) {
			best, ok = m, true
		}
	}
	return best, ok
}

func ordinalWord(w string) int {
	switch w {
	case "first":
		return 1
	case "second":
		return 2
	case "third":
		return 3
	case "fourth":
		return 4
	}
	return 0
}

var ordinalUnits = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
	"thirtieth": 30}

// ordinalDay reads a day of the month written as a word: "first",
// "twenty-first", "thirty-first". It returns 0 for anything else.
func ordinalDay(w string) int {
	if d, ok := ordinalUnits[w]; ok {
		return d
	}
	tens, unit, ok := strings.Cut(w, "-")
	if !ok {
		return 0
	}
	u := ordinalUnits[unit]
	switch {
	case tens == "twenty" && u >= 1 && u <= 9:
		return 20 + u
	case tens == "thirty" && u == 1:
		return 31
	}
	return 0
}

// easter returns Easter Sunday of year y (the Gregorian computus).
func easter(y int, loc *time.Location) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return dateIn(y, time.Month(month), day, loc)
}

// ordinalOf reads an ordinal at t: "3rd" or "third".
func ordinalOf(t token) int {
	if t.kind == number && t.ordinal {
		return int(t.num)
	}
	return ordinalUnits[t.text]
}

// isoWeekAt reads "week 12", "wk 12", "cw 12", "kw 12" or "w12" at toks[k];
// it returns the week and the tokens read.
func isoWeekAt(toks []token, k int) (int, int) {
	if k >= len(toks) {
		return 0, 0
	}
	w := toks[k].text
	week := func(v float64) int {
		if v >= 1 && v <= 53 && v == float64(int(v)) {
			return int(v)
		}
		return 0
	}
	switch w {
	case "week", "wk", "cw", "kw":
		if k+1 < len(toks) && toks[k+1].kind == number && !toks[k+1].ordinal {
			if n := week(toks[k+1].num); n > 0 {
				return n, 2
			}
		}
		return 0, 0
	}
	if len(w) >= 2 && len(w) <= 3 && w[0] == 'w' && allDigits(w[1:]) {
		if n := week(float64(digitsValue(w[1:]))); n > 0 {
			return n, 1
		}
	}
	return 0, 0
}

// isoWeekFriday returns the Friday of ISO week wk of year y.
func isoWeekFriday(y, wk int, loc *time.Location) time.Time {
	jan4 := dateIn(y, time.January, 4, loc) // always in ISO week 1
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return monday.AddDate(0, 0, 7*(wk-1)+4)
}

// dayEnd reads what follows "EOD" or "close of business" at toks[k]: a
// weekday names that day ("EOD Friday"), else it is today.
func (s *deadlineScanner) dayEnd(k, start int, before bool) (time.Time, int, bool) {
	if d := weekdayOf(s.text(k)); d != 0 && classOf(s.text(k))&cWeekday != 0 {
		return s.weekday(d, false, before), k + 1 - start, true
	}
	return s.now, k - start, true
}

// holiday reads a named day at toks[k] with an optional year ("Easter 2027"):
// Christmas, Easter, Halloween, Thanksgiving (US), Black Friday and "the
// holidays" (from Christmas). It returns the day, or the day before it with before, and the
// tokens read.
func (s *deadlineScanner) holiday(k int, introduced, before bool) (time.Time, int, bool) {
	if !introduced {
		return time.Time{}, 0, false
	}
	n := 1
	if s.text(k) == "black" {
		if s.text(k+1) != "friday" {
			return time.Time{}, 0, false
		}
		n = 2
	}
	if s.text(k) == "holidays" && s.text(k-1) != "the" {
		return time.Time{}, 0, false
	}
	y, yn := s.yearOf(k + n)
	loc := s.now.Location()
	var t time.Time
	switch s.text(k) {
	case "easter":
		t = easter(y, loc)
	case "halloween":
		t = dateIn(y, 10, 31, loc)
	case "holidays", "christmas", "xmas":
		t = dateIn(y, 12, 25, loc)
	case "thanksgiving":
		t = thanksgiving(y, loc)
	case "black":
		t = thanksgiving(y, loc).AddDate(0, 0, 1)
	}
	return s.dayBefore(before, t), n + yn, true
}
