package delegation

import (
	"slices"
	"strings"
	"sync"
	"time"
)

// ParseGoal reads one free-text goal, such as "Reduce open tech-debt tickets
// by 30% within 3 months; post a weekly update on the wiki and review it in
// Monday check-ins", into a [Goal]. It never fails: parts it cannot find stay
// zero, for [CheckGoal] to report.
//
// The first clause is the objective; from it come the measure and target
// ("by 30%", "from 40 to 25", "under 200 ms", "three backend engineers",
// numbers in digits or words). Clauses that track or review progress ("post
// a weekly update", "tracked on the board", "reviewed every other Friday")
// become Tracking, and their rhythm CheckIn. Clauses that give a reason ("so
// that", "because", "to unblock") become Relevance.
//
// The deadline is read anywhere outside the tracking clauses; when a goal
// names several dates, the latest counts. Relative timeframes ("within 3
// months", "in two weeks", "over the next quarter") count from now's date in
// now's location with calendar arithmetic, clamping to a shorter month's last
// day. Dates and quarters without a year ("by March 31", "by end of Q2")
// are in now's year and are not rolled forward: a date already past makes the
// goal fail time-bound. Named days (Christmas, Easter, Thanksgiving, Black
// Friday, Halloween), ISO weeks ("by week 12", the Friday) and financial
// years ("FY26", taken as calendar years) count too. The deadline is at
// midnight. Only the first 4 KiB of text are read.
func ParseGoal(text string, now time.Time) Goal {
	p := parsers.Get().(*goalParser)
	p.src = text
	p.toks = tokenizeLines(text, p.toks[:0])
	g := p.parse(now)
	p.src = ""
	if cap(p.toks) <= 4*256 {
		parsers.Put(p)
	}
	return g
}

// parsers recycles the parsers' buffers: a goal's tokens, clauses and marks
// would otherwise be most of what ParseGoal allocates.
var parsers = sync.Pool{New: func() any {
	return &goalParser{toks: make([]token, 0, 256), clauses: make([]clause, 0, 16), skip: make([]bool, 0, 256),
		found: make([]deadlineMatch, 0, 8)}
}}

// tokenizeLines is tokenize with line breaks kept as boundaries, so that a
// goal written as a list reads clause by clause.
func tokenizeLines(s string, buf []token) []token {
	toks := tokenize(s, buf)
	for i := 1; i < len(toks); i++ {
		if strings.ContainsRune(s[toks[i-1].end:toks[i].start], '\n') {
			toks[i].space = true
			toks[i].newline = true
		}
	}
	return toks
}

// role is what a clause of a goal says.
type role uint8

const (
	roleOther     role = iota // detail: scope, approach, resources
	roleObjective             // the outcome (the first clause)
	roleTracking              // where and how often progress is reviewed
	roleRelevance             // why it matters
	roleLabel                 // a form's label ("Goal title:", "H1 goal —"), read only for dates
)

// clause is a run of tokens with one role.
type clause struct {
	span
	role role
}

type goalParser struct {
	src     string
	toks    []token
	clauses []clause
	skip    []bool
	found   []deadlineMatch
}

func (p *goalParser) text(i int) string {
	return textAt(p.toks, i)
}

func (p *goalParser) parse(now time.Time) Goal {
	var g Goal
	if len(p.toks) == 0 {
		return g
	}
	p.clauses = p.clauses[:0]
	p.split()
	p.skip = slices.Grow(p.skip[:0], len(p.toks))[:len(p.toks)]
	clear(p.skip)

	// The deadline: outside tracking clauses first, since "review it in two
	// weeks" is a rhythm, not the goal's end.
	ds := deadlineScanner{toks: p.toks, now: midnight(now), found: p.found[:0]}
	for _, c := range p.clauses {
		if c.role != roleTracking {
			ds.scan(c.lo, c.hi)
		}
	}
	if len(ds.found) == 0 {
		for _, c := range p.clauses {
			if c.role == roleTracking {
				ds.scan(c.lo, c.hi)
			}
		}
	}
	for _, m := range ds.found {
		for i := m.at.lo; i < m.at.hi; i++ {
			p.skip[i] = true
		}
	}
	p.found = ds.found[:0]
	if m, ok := pickDeadline(ds.found); ok {
		g.Deadline = m.t
	}

	var tracking, relevance []span
	objective := -1
	for i, c := range p.clauses {
		switch c.role {
		case roleTracking:
			tracking = append(tracking, c.span)
		case roleRelevance:
			relevance = append(relevance, c.span)
		case roleObjective:
			if objective < 0 && p.hasContent(c.span) {
				objective = i
			}
		}
	}
	if objective < 0 {
		for i, c := range p.clauses {
			if c.role == roleOther && p.hasContent(c.span) {
				objective = i
				break
			}
		}
	}
	g.Tracking = p.join(tracking)
	g.Relevance = p.join(relevance)
	if len(tracking) > 0 {
		var cadence Cadence
		for _, s := range tracking {
			c := findCadence(p.toks[s.lo:s.hi])
			if cadence.IsZero() || !c.IsZero() && c.Period < cadence.Period || c.Period == cadence.Period && cadence.Weekday == 0 {
				cadence = c
			}
		}
		g.CheckIn = cadence
	}
	if objective < 0 {
		return g
	}
	obj := p.clauses[objective].span
	g.Objective = p.textOf(obj, true)

	q := quantityReader{src: p.src, toks: p.toks, skip: p.skip}
	verb := p.verbAt(obj)
	if verb >= 0 {
		q.dir = direction(p.toks, verb, obj)
		q.gradual = isGradualVerb(p.toks[verb].text) || verb > 0 && isGradualVerb(p.toks[verb-1].text)
	}
	m := q.find(obj.lo, obj.hi)
	if !m.ok {
		// "Improve onboarding. Success: new hires merge a PR within 5 days."
		// "Mentor Zoë so that she leads two design reviews"
		for _, r := range [...]role{roleOther, roleRelevance} {
			for _, c := range p.clauses {
				if c.role == r && c.lo > obj.lo && !m.ok {
					m = q.find(c.lo, c.hi)
				}
			}
		}
	}
	if !m.ok {
		// "new hires merge their first PR within 5 days, by end of April": a
		// timeframe in the objective that is not its deadline is a level
		// of service to reach.
		for _, f := range ds.found {
			if f.at.lo >= obj.lo && f.at.hi <= obj.hi && f.t.Before(g.Deadline) {
				if t, ok := p.serviceLevel(f.at); ok {
					m = quantityMatch{target: t, at: f.at, prio: 1, ok: true}
					break
				}
			}
		}
	}
	measureFrom := verb + 1
	if verb < 0 {
		measureFrom = preambleEnd(p.toks[obj.lo:obj.hi]) + obj.lo
	}
	if m.ok && m.at.lo > measureFrom && m.at.lo <= obj.hi {
		// "Own the dependency bumps: get open PRs from 35 to 5": the measure
		// follows the verb after a colon.
		for i := measureFrom; i < m.at.lo; i++ {
			if w := p.text(i - 1); (w == ":" || w == "—" || w == ";") && classOf(p.text(i))&(cVerb|cCreate|cComplete) != 0 {
				measureFrom = i + 1
			}
		}
	}
	if m.ok {
		t := m.target
		g.Target = &t
		g.Relative = m.relative
		if m.hasBaseline {
			b := m.baseline
			g.Baseline = &b
		}
		if m.at.lo >= obj.lo && m.at.lo < obj.hi && m.at.lo > measureFrom {
			g.Measure = p.phrase(span{measureFrom, m.at.lo})
		}
		if g.Measure == "" && m.unitAt.hi > m.unitAt.lo {
			g.Measure = p.phrase(m.unitAt)
		}
		if g.Measure == "" && m.at.hi < obj.hi && m.at.lo >= obj.lo {
			g.Measure = p.phrase(span{m.at.hi, obj.hi})
		}
		if t.Unit == "" && g.Measure != "" {
			g.Target.Unit = lastWord(g.Measure)
			if g.Baseline != nil && g.Baseline.Unit == "" {
				g.Baseline.Unit = g.Target.Unit
			}
		}
	} else {
		// what the verb acts on, up to a date or a comma
		end := measureFrom
		for end < obj.hi && !p.skip[end] && p.toks[end].text != "," && p.toks[end].text != ":" {
			end++
		}
		g.Measure = p.phrase(span{measureFrom, end})
		if verb < 0 {
			g.Measure = p.deliverableAfter(obj, g.Measure)
		}
	}
	return g
}

// deliverableAfter returns, for an objective without a verb (a form's
// title: "AWS certification. Description: Pass the exam."), the first later
// detail clause that opens with a verb making or completing something, as
// the measure; else measure unchanged.
func (p *goalParser) deliverableAfter(obj span, measure string) string {
	for _, c := range p.clauses {
		if c.role != roleOther || c.lo <= obj.lo {
			continue
		}
		v := p.verbAt(c.span)
		if v < 0 {
			continue
		}
		if v > c.lo && classOf(p.toks[v].text)&(cCreate|cComplete) == 0 {
			v-- // "write up": the verb before its particle
		}
		if classOf(p.toks[v].text)&(cCreate|cComplete) != 0 {
			return p.phrase(span{v, c.hi})
		}
	}
	return measure
}

// serviceLevel reads "within 5 days" or "in under two weeks" at s as a
// quantity.
func (p *goalParser) serviceLevel(s span) (Quantity, bool) {
	k := s.lo
	if w := p.text(k); w != "within" && w != "in" {
		return Quantity{}, false
	}
	k++
	switch p.text(k) {
	case "under", "less", "fewer", "at":
		if p.text(k+1) == "than" || p.text(k+1) == "most" {
			k++
		}
		k++
	}
	v, n, ok := numberAt(p.toks[:s.hi], k)
	if !ok || k+n >= s.hi || durationUnit(p.text(k+n)) == 0 {
		return Quantity{}, false
	}
	return Quantity{Value: v, Unit: p.text(k + n)}, true
}

// hasContent reports whether s holds a word outside dates and timeframes.
func (p *goalParser) hasContent(s span) bool {
	for i := s.lo; i < s.hi; i++ {
		if p.toks[i].kind != punct && !p.skip[i] {
			return true
		}
	}
	return false
}

// verbAt returns the index of the objective's leading verb, or -1.
func (p *goalParser) verbAt(s span) int {
	i := s.lo + preambleEnd(p.toks[s.lo:s.hi])
	for i < s.hi && p.skip[i] {
		i++
	}
	for i < s.hi && p.toks[i].kind == punct {
		i++
	}
	if i < s.hi && classOf(p.toks[i].text)&(cVerb|cCreate|cComplete) != 0 {
		// "bring down", "cut back", "speed up", "set up", "roll out"
		if i+1 < s.hi {
			switch p.toks[i+1].text {
			case "down", "up", "out", "back", "off":
				if p.toks[i].text != "up" {
					return i + 1
				}
			}
		}
		return i
	}
	return -1
}

// badMeasures are measures where an improvement is a decrease.
var badMeasures = []string{"time", "latency", "latencies", "duration", "mttr", "mttd", "lead", "cost", "costs", "bug", "bugs",
	"incident", "incidents", "page", "pages", "alert", "alerts", "error", "errors", "failure", "failures", "flaky",
	"flakiness", "debt", "backlog", "toil", "churn", "outage", "outages", "downtime", "defects", "defect", "escalations",
	"tickets", "interruptions", "wait", "queue", "size", "p95", "p99", "p50", "spend", "attrition", "turnover", "cycle"}

// direction returns -1 when the objective's verb moves the measure down,
// +1 up, from the verb and, for "improve", from what is measured.
func direction(toks []token, verb int, obj span) int {
	w := toks[verb].text
	if verb > obj.lo && (w == "down" || w == "back" || w == "off") {
		return -1
	}
	if w == "up" || w == "out" {
		w = toks[verb-1].text
	}
	c := classOf(w)
	switch {
	case w == "improve" || w == "improves" || w == "optimise" || w == "optimize" || w == "speed" || w == "get" || w == "bring" || w == "keep":
		for i := verb + 1; i < obj.hi && i < verb+8; i++ {
			for _, b := range badMeasures {
				if toks[i].text == b {
					return -1
				}
			}
		}
		if w == "speed" {
			return -1
		}
		return 1
	case c&cDecrease != 0:
		return -1
	case c&cIncrease != 0:
		return 1
	}
	// "own cutting our cloud bill", "lead reducing toil": the gerund moves it
	if verb+1 < obj.hi && strings.HasSuffix(toks[verb+1].text, "ing") {
		switch g := classOf(toks[verb+1].text); {
		case g&cVerb != 0 && g&cDecrease != 0:
			return -1
		case g&cVerb != 0 && g&cIncrease != 0:
			return 1
		}
	}
	return 0
}

// phrase returns the source text of s without leading articles and
// prepositions, skipped (date) tokens at its ends, or trailing punctuation.
func (p *goalParser) phrase(s span) string {
	lo, hi := s.lo, s.hi
	for lo < hi && (p.skip[lo] || p.toks[lo].kind == punct || classOf(p.toks[lo].text)&cStop != 0 && p.toks[lo].kind == word) {
		lo++
	}
	for hi > lo && (p.skip[hi-1] || p.toks[hi-1].kind == punct && p.toks[hi-1].text != ")" ||
		classOf(p.toks[hi-1].text)&cStop != 0 && p.toks[hi-1].kind == word) {
		hi--
	}
	if lo >= hi {
		return ""
	}
	return p.src[p.toks[lo].start:p.toks[hi-1].end]
}

// textOf returns the source text of s, with dates cut out when cut is true
// (a cut in the middle leaves one space).
func (p *goalParser) textOf(s span, cut bool) string {
	var b strings.Builder
	start := -1
	flush := func(end int) {
		if start >= 0 {
			seg := p.trimEdges(span{start, end})
			if seg != "" {
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(seg)
			}
			start = -1
		}
	}
	for i := s.lo; i < s.hi; i++ {
		if cut && p.skip[i] {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
		}
	}
	flush(s.hi)
	return b.String()
}

// trimEdges returns the source text of s without connectors and punctuation
// at its ends.
func (p *goalParser) trimEdges(s span) string {
	lo, hi := s.lo, s.hi
	for lo < hi && (p.toks[lo].kind == punct && p.toks[lo].text != "(" && p.toks[lo].text != "$" && p.toks[lo].text != "#" ||
		isConnector(p.toks[lo].text)) {
		lo++
	}
	for hi > lo && (p.toks[hi-1].kind == punct && p.toks[hi-1].text != ")" && p.toks[hi-1].text != "%" ||
		isConnector(p.toks[hi-1].text)) {
		hi--
	}
	if lo >= hi {
		return ""
	}
	return p.src[p.toks[lo].start:p.toks[hi-1].end]
}

func isConnector(w string) bool {
	switch w {
	case "and", "or", "with", "while", "plus", "then", "but":
		return true
	}
	return false
}

// join returns the source text of the spans, separated by "; ".
func (p *goalParser) join(spans []span) string {
	var b strings.Builder
	for _, s := range spans {
		seg := p.trimEdges(s)
		if seg == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		b.WriteString(seg)
	}
	return b.String()
}

// lastWord returns the last word of s without its punctuation, as written:
// the noun a bare count is of ("35 open PRs" counts "PRs").
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ".,;:()")
}
