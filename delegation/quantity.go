package delegation

import "strings"

// quantityMatch is the measurable part found in a clause.
type quantityMatch struct {
	baseline, target Quantity
	hasBaseline      bool
	relative         bool
	at               span // the tokens of the quantity phrase, with its preposition
	unitAt           span // the tokens naming the counted thing ("backend engineers"), if any
	prio             int  // how telling the pattern is: a before→after pair beats a bare count
	ok               bool
}

// quantityReader finds targets in a clause of a goal.
type quantityReader struct {
	src  string
	toks []token
	skip []bool // tokens that belong to dates, timeframes or rhythms
	dir  int    // -1 when the clause's verb moves its measure down, +1 up, 0 unknown
	// gradual tells that the clause's verb improves rather than completes
	// ("improve", "optimise"): a count of where it happens is no target.
	gradual bool
}

// isGradualVerb reports verbs that make something better without an end
// point of their own.
func isGradualVerb(w string) bool {
	switch w {
	case "improve", "improves", "enhance", "enhances", "optimise", "optimize", "optimises", "optimizes", "tidy",
		"clean", "polish", "refine", "strengthen", "streamline", "modernise", "modernize", "speed", "boost",
		"work", "focus", "look", "help", "support", "tighten", "harden", "make", "get", "keep":
		return true
	}
	return false
}

// gradualObjective reports whether the objective toks opens with a gradual
// verb.
func gradualObjective(toks []token) bool {
	i := preambleEnd(toks)
	return i < len(toks) && isGradualVerb(toks[i].text)
}

func (q *quantityReader) text(i int) string {
	return textAt(q.toks, i)
}

func (q *quantityReader) skipped(i int) bool { return i >= 0 && i < len(q.skip) && q.skip[i] }

// number reads a quantity's number at toks[i]: not part of a date, version
// ("Go 1.22", "Postgres 16"), identifier ("sev 1", "#42") or time of day.
func (q *quantityReader) number(i, hi int) (float64, int, bool) {
	if i >= hi || q.skipped(i) {
		return 0, 0, false
	}
	v, n, ok := numberAt(q.toks[:hi], i)
	if !ok {
		return 0, 0, false
	}
	t := q.toks[i]
	if t.kind == number {
		if t.ordinal || isCalendarNumber(q.toks[:hi], i, n, v) {
			return 0, 0, false
		}
		if isVersion(q.src, q.toks[:hi], i, n) || isCodePlural(q.toks[:hi], i) {
			return 0, 0, false
		}
		switch q.text(i + n) {
		case "am", "pm", "/", ":":
			return 0, 0, false
		}
	}
	return v, n, true
}

// isNoneCountable reports whether the word after "no" starts a countable
// thing rather than a phrase such as "no later than", "no more than", "no
// longer".
func isNoneCountable(w string) bool {
	switch w {
	case "later", "more", "less", "fewer", "longer", "than", "one", "matter", "need", "doubt", "rush", "way":
		return false
	}
	return classOf(w)&(cStop|cVague|cTime) == 0
}

// isVersion reports whether the number at toks[i:i+n] names a version,
// level or identifier ("Postgres 16", "Sev 1", "#42", "Gradle 8") rather
// than an amount.
func isVersion(src string, toks []token, i, n int) bool {
	if i == 0 || toks[i].kind != number {
		return false
	}
	switch toks[i-1].text {
	case "version", "v", "level", "tier", "sev", "severity", "priority", "p", "step", "phase", "stage", "#",
		"no", "number", "gen", "generation", "java", "go", "python", "node", "postgres", "postgresql",
		"ubuntu", "debian", "kubernetes", "k8s", "php", "ruby", "rails", "react", "angular", "vue",
		"ios", "android", "windows", "net", "mysql", "redis", "elasticsearch", "kafka", "spring", "scala",
		"swift", "kotlin", "terraform", "gradle", "webpack", "typescript", "es", "ecmascript", "http",
		"ipv", "tls", "oauth", "openapi", "mongo", "mongodb", "cassandra", "jdk", "jre", "rhel", "centos":
		return true
	}
	if toks[i-1].text == "." && i >= 2 && toks[i-2].kind == word && len(toks[i-2].text) <= 4 && isCapitalised(src, toks[i-2]) {
		return true // "Art. 17", "No. 5"
	}
	prev := toks[i-1]
	if prev.kind == word && isAcronym(src, prev) && !measuresAmount(toks, i+n) {
		return true // "SOC 2 evidence", "ISO 27001 controls"
	}
	return prev.kind == word && isCapitalised(src, prev) && i-1 > 0 &&
		classOf(prev.text)&(cVerb|cCreate|cComplete|cStop) == 0 && !startsUnit(toks, i+n) // "Gradle 8", "Django 5"
}

// startsUnit reports whether toks[i] can start the unit of a count.
func startsUnit(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	t := toks[i]
	if t.kind == punct {
		return t.text == "%"
	}
	return classOf(t.text)&cStop == 0
}

// measuresAmount reports whether toks[i] is a unit that makes the number
// before it an amount whatever precedes it: "SLO 99.9%", "API 200 ms".
func measuresAmount(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch w := toks[i].text; w {
	case "%", "percent", "pct", "x", "ms", "s", "sec", "secs", "seconds", "min", "mins", "minutes", "h", "hours",
		"points", "pp", "k", "m":
		return true
	}
	return false
}

func isCapitalised(src string, t token) bool {
	return t.start < len(src) && src[t.start] >= 'A' && src[t.start] <= 'Z'
}

// unit reads the unit after a number at toks[i]. It returns the unit in its
// canonical form, the tokens read, and the span of a counted thing's words.
func (q *quantityReader) unit(i, hi int) (string, int, span) {
	if i >= hi || q.skipped(i) {
		return "", 0, span{}
	}
	switch w := q.text(i); w {
	case "%":
		return "%", 1, span{}
	case "percent", "pct", "percentage":
		if q.text(i+1) == "points" || q.text(i+1) == "point" {
			return "pp", 2, span{}
		}
		return "%", 1, span{}
	case "per":
		if q.text(i+1) == "cent" {
			return "%", 2, span{}
		}
	case "pp", "points":
		return "pp", 1, span{}
	case "x", "×", "times":
		return "x", 1, span{}
	case "ms", "msec", "msecs", "millisecond", "milliseconds":
		return "ms", 1, span{}
	case "s", "sec", "secs", "second", "seconds":
		return "s", 1, span{}
	case "min", "mins", "minute", "minutes":
		return "min", 1, span{}
	case "h", "hr", "hrs", "hour", "hours":
		return "h", 1, span{}
	case "day", "days":
		return "days", 1, span{}
	case "week", "weeks":
		return "weeks", 1, span{}
	case "k":
		return "", 1, span{}
	}
	// a counted thing: "backend engineers", "flaky tests", "pages per week"
	j := i
	for j < hi && j-i < 4 && !q.skipped(j) {
		t := q.toks[j]
		if t.kind != word {
			break
		}
		c := classOf(t.text)
		if c&cStop != 0 && t.text != "per" {
			break
		}
		if t.text == "per" {
			if j+1 < hi && q.toks[j+1].kind == word && !q.skipped(j+1) {
				j += 2
			}
			break
		}
		if c&(cDecrease|cIncrease) != 0 && c&cVerb == 0 && j > i && t.text != "down" {
			break
		}
		// "incidents caused by config": a participle ends the counted thing
		if j > i && len(t.text) > 3 && strings.HasSuffix(t.text, "ed") && j+1 < hi && classOf(q.text(j+1))&cStop != 0 {
			break
		}
		j++
	}
	if j == i {
		return "", 0, span{}
	}
	return q.src[q.toks[i].start:q.toks[j-1].end], j - i, span{i, j}
}

// quantityAt reads the number and unit at toks[i].
func (q *quantityReader) quantityAt(i, hi int) (Quantity, int, span, bool) {
	neg := false
	k := i
	if q.text(k) == "$" {
		k++
	}
	if q.text(k) == "+" || q.text(k) == "-" && k+1 < hi && q.toks[k+1].kind == number && !q.toks[k+1].space {
		neg = q.text(k) == "-"
		k++
	}
	v, n, ok := q.number(k, hi)
	if !ok {
		return Quantity{}, 0, span{}, false
	}
	if neg {
		v = -v
	}
	at := k + n
	if q.text(at) == "-" && at+1 < hi && q.toks[at+1].kind == word && !q.toks[at].space && !q.toks[at+1].space {
		at++ // "a 5-minute demo", "a 30-day window"
	}
	u, un, us := q.unit(at, hi)
	un += at - (k + n)
	if q.text(i) == "$" {
		u = "$"
	}
	return Quantity{Value: v, Unit: u}, k + n + un - i, us, true
}

// find returns the most telling quantity in toks[lo:hi].
func (q *quantityReader) find(lo, hi int) quantityMatch {
	var best quantityMatch
	consider := func(m quantityMatch) {
		if m.ok && (!best.ok || m.prio > best.prio) {
			best = m
		}
	}
	for i := lo; i < hi; i++ {
		if q.skipped(i) {
			continue
		}
		consider(q.patternAt(i, hi))
	}
	return best
}

// sign returns -1 or +1 for a relative change read at toks[i:j]: a direction
// word next to the number wins over the clause's verb.
func (q *quantityReader) sign(after int, hi int) float64 {
	w := q.text(after)
	if q.skipped(after) {
		w = "" // "by 50% over the next 6 weeks": a timeframe, not a direction
	}
	switch {
	case classOf(w)&cDecrease != 0 && classOf(w)&cVerb == 0 || w == "reduction" || w == "cut" || w == "drop" || w == "decrease":
		return -1
	case classOf(w)&cIncrease != 0 && classOf(w)&cVerb == 0 || w == "increase" || w == "gain" || w == "uplift" || w == "boost" ||
		w == "growth" || w == "rise":
		return 1
	}
	if q.dir < 0 {
		return -1
	}
	return 1
}

func (q *quantityReader) patternAt(i, hi int) quantityMatch {
	w := q.text(i)
	switch w {
	case "from":
		a, n, _, ok := q.quantityAt(i+1, hi)
		if !ok {
			// "from twice a week to daily": a rate before and after
			if a, n, ok := frequencyAt(q.toks[:hi], i+1); ok && q.text(i+1+n) == "to" {
				if b, m, ok := frequencyAt(q.toks[:hi], i+2+n); ok {
					return q.pair(a, b, span{i, i + 2 + n + m}, span{})
				}
			}
			break
		}
		k := i + 1 + n
		if q.text(k) == "down" || q.text(k) == "up" {
			k++
		}
		if q.text(k) == "to" || q.text(k) == "→" || q.text(k) == "-" && q.text(k+1) == ">" {
			if q.text(k) == "-" {
				k++
			}
			// "from 35 to under 5", "from 40% to at least 80%"
			switch q.text(k + 1) {
			case "under", "below", "about", "around", "roughly", "~", "<", "≤", ">", "≥", "above", "over":
				k++
			case "less", "fewer", "more", "at", "no":
				if t := q.text(k + 2); t == "than" || t == "most" || t == "least" {
					k += 2
				}
			}
			b, m, us, ok := q.quantityAt(k+1, hi)
			if ok {
				return q.pair(a, b, span{i, k + 1 + m}, us)
			}
		}
	case "to", "at", "reach", "hit", "reaching", "hitting", "achieve", "into":
		k := i + 1
		if w == "to" && (q.text(k) == "under" || q.text(k) == "below" || q.text(k) == "above") {
			k++
		}
		if t, n, us, ok := q.quantityAt(k, hi); ok {
			// "to 25 from 40"
			if q.text(k+n) == "from" {
				if b, m, _, ok := q.quantityAt(k+n+1, hi); ok {
					return q.pair(b, t, span{i, k + n + 1 + m}, us)
				}
			}
			return quantityMatch{target: t, at: span{i, k + n}, unitAt: us, prio: 3, ok: true}
		}
	case "by":
		if q.text(i+1) == "half" || q.text(i+1) == "a" && q.text(i+2) == "half" {
			return quantityMatch{target: Quantity{Value: -50, Unit: "%"}, relative: true, at: span{i, i + 2}, prio: 4, ok: true}
		}
		// "by a third", "by two thirds", "by a quarter"
		if v, n := fractionAt(q.toks[:hi], i+1); n > 0 {
			return quantityMatch{target: Quantity{Value: round1(v*100) * q.sign(i+1+n, hi), Unit: "%"}, relative: true,
				at: span{i, i + 1 + n}, prio: 4, ok: true}
		}
		if t, n, us, ok := q.quantityAt(i+1, hi); ok && t.Value > 0 {
			t.Value *= q.sign(i+1+n, hi)
			return quantityMatch{target: t, relative: true, at: span{i, i + 1 + n}, unitAt: us, prio: 4, ok: true}
		}
	case "under", "below", "beneath", "within", "max", "maximum", "<", "≤", "sub", "≥", ">", "above", "exceeding", "min", "minimum",
		"over", "less", "fewer", "lower", "more", "greater", "higher", "least", "most":
		k := i + 1
		switch w {
		case "less", "fewer", "lower", "more", "greater", "higher":
			if q.text(k) != "than" {
				return quantityMatch{}
			}
			k++
		case "least", "most":
			if q.text(i-1) != "at" {
				return quantityMatch{}
			}
		}
		if t, n, us, ok := q.quantityAt(k, hi); ok {
			return quantityMatch{target: t, at: span{i, k + n}, unitAt: us, prio: 3, ok: true}
		}
	case "single", "double":
		// "down to single digits"
		if strings.HasPrefix(q.text(i+1), "digit") || q.text(i+1) == "-" && strings.HasPrefix(q.text(i+2), "digit") ||
			q.text(i) == "single-digit" {
			v := 9.0
			if w == "double" {
				v = 99
			}
			return quantityMatch{target: Quantity{Value: v}, at: span{i, i + 2}, prio: 3, ok: true}
		}
		if w == "double" {
			return quantityMatch{target: Quantity{Value: 100, Unit: "%"}, relative: true, at: span{i, i + 1}, prio: 4, ok: true}
		}
	case "no", "zero":
		// "no Sev1 incidents this quarter", "zero data-loss incidents":
		// a count of none
		if u, n, us := q.unit(i+1, hi); n > 0 && isNoneCountable(q.text(i+1)) {
			return quantityMatch{target: Quantity{Value: 0, Unit: u}, at: span{i, i + 1 + n}, unitAt: us, prio: 2, ok: true}
		}
	case "halve", "halves", "halved", "halving":
		return quantityMatch{target: Quantity{Value: -50, Unit: "%"}, relative: true, at: span{i, i + 1}, prio: 4, ok: true}
	case "doubles", "doubled", "doubling":
		return quantityMatch{target: Quantity{Value: 100, Unit: "%"}, relative: true, at: span{i, i + 1}, prio: 4, ok: true}
	case "triple", "triples", "tripled", "tripling":
		return quantityMatch{target: Quantity{Value: 200, Unit: "%"}, relative: true, at: span{i, i + 1}, prio: 4, ok: true}
	case "twice", "thrice":
		// "twice as many fixes", "twice as fast"
		if q.text(i+1) == "as" {
			v := 100.0
			if w == "thrice" {
				v = 200
			}
			return quantityMatch{target: Quantity{Value: v, Unit: "%"}, relative: true, at: span{i, i + 2}, prio: 4, ok: true}
		}
	case "a", "an", "one":
		// "hire a staff engineer": one hire is a count
		if i > 0 && isHireVerb(q.text(i-1)) {
			if u, n, us := q.unit(i+1, hi); n > 0 {
				return quantityMatch{target: Quantity{Value: 1, Unit: u}, at: span{i, i + 1 + n}, unitAt: us, prio: 1, ok: true}
			}
		}
	case "in":
		if q.text(i+1) == "half" {
			return quantityMatch{target: Quantity{Value: -50, Unit: "%"}, relative: true, at: span{i, i + 2}, prio: 4, ok: true}
		}
	case "all", "every":
		if q.gradual && isScopePrep(q.text(i-1)) {
			return quantityMatch{}
		}
		if i+1 < hi && q.toks[i+1].kind == word && classOf(q.toks[i+1].text)&(cVague|cStop|cTime) == 0 && !q.skipped(i+1) &&
			cadenceOf(q.toks[:hi], i).IsZero() {
			return quantityMatch{target: Quantity{Value: 100, Unit: "%"}, at: span{i, i + 1}, prio: 0, ok: true}
		}
	}
	// "tenfold", "a 3-fold rise": a multiple of today's level
	if v, n := foldAt(q.toks[:hi], i); n > 0 {
		return quantityMatch{target: Quantity{Value: v, Unit: "x"}, at: span{i, i + n}, prio: 4, ok: true}
	}
	t, n, us, ok := q.quantityAt(i, hi)
	if !ok {
		return quantityMatch{}
	}
	// before→after without "from": "40 → 25", "40 -> 25 tests"
	k := i + n
	if q.text(k) == "→" || q.text(k) == "-" && q.text(k+1) == ">" {
		if q.text(k) == "-" {
			k++
		}
		if b, m, us2, ok := q.quantityAt(k+1, hi); ok {
			return q.pair(t, b, span{i, k + 1 + m}, us2)
		}
	}
	// "30% fewer incidents", "a 20% reduction in build time"
	switch next := q.text(i + n); {
	case t.Unit == "%" || t.Unit == "pp" || t.Unit == "x":
		if s := q.sign(i+n, hi); classOf(next)&(cDecrease|cIncrease) != 0 || next == "reduction" || next == "increase" ||
			next == "cut" || next == "drop" || next == "decrease" || next == "improvement" || next == "gain" || next == "boost" {
			if next == "improvement" {
				s = float64(q.dir)
				if s == 0 {
					s = 1
				}
			}
			if t.Unit != "x" {
				t.Value *= s
			}
			return quantityMatch{target: t, relative: t.Unit != "x", at: span{i, i + n + 1}, unitAt: span{}, prio: 4, ok: true}
		}
		return quantityMatch{target: t, at: span{i, i + n}, unitAt: us, prio: 2, ok: true}
	}
	if q.gradual && countInScope(q.toks, i) {
		return quantityMatch{}
	}
	return quantityMatch{target: t, at: span{i, i + n}, unitAt: us, prio: 1, ok: true}
}

// countInScope reports whether the count at toks[i] says where the work
// happens rather than how much of it: "improve logging in the 3 core
// services". After a verb that completes something, the same count measures
// it: "send the alerts for all 11 topics" is done when all 11 are.
func countInScope(toks []token, i int) bool {
	switch textAt(toks, i-1) {
	case "the", "our", "all", "each", "every", "both", "its", "their", "these", "those", "my", "your":
		return isScopePrep(textAt(toks, i-2))
	}
	return isScopePrep(textAt(toks, i-1))
}

// isScopePrep reports prepositions that place work rather than count it.
func isScopePrep(w string) bool {
	switch w {
	case "in", "across", "for", "on", "of", "among", "amongst", "throughout", "inside", "within", "around":
		return true
	}
	return false
}

// pair builds a before→after match; a unit given only after the second
// number applies to both.
func (q *quantityReader) pair(a, b Quantity, at, us span) quantityMatch {
	if a.Unit == "" {
		a.Unit = b.Unit
	}
	if b.Unit == "" {
		b.Unit = a.Unit
	}
	return quantityMatch{baseline: a, target: b, hasBaseline: true, at: at, unitAt: us, prio: 5, ok: true}
}

func isHireVerb(w string) bool {
	switch w {
	case "hire", "hires", "recruit", "recruits", "onboard", "onboards", "bring", "add", "adds", "find", "appoint", "promote":
		return true
	}
	return false
}

// fractionAt reads "a third", "one quarter", "two thirds", "three quarters",
// "a fifth" at toks[i] and returns the fraction and the tokens read.
func fractionAt(toks []token, i int) (float64, int) {
	if i+1 >= len(toks) {
		return 0, 0
	}
	var num float64
	switch toks[i].text {
	case "a", "an", "one":
		num = 1
	default:
		v, ok := numberWord(toks[i].text)
		if !ok || v < 2 || v > 9 {
			return 0, 0
		}
		num = v
	}
	var den float64
	switch toks[i+1].text {
	case "third", "thirds":
		den = 3
	case "quarter", "quarters":
		den = 4
	case "fifth", "fifths":
		den = 5
	case "tenth", "tenths":
		den = 10
	default:
		return 0, 0
	}
	if num >= den {
		return 0, 0
	}
	return num / den, 2
}

func round1(v float64) float64 { return float64(int(v*10+0.5)) / 10 }

// foldAt reads a multiple written "tenfold", "two-fold" or "10-fold" at
// toks[i]; it returns the factor and the tokens read.
func foldAt(toks []token, i int) (float64, int) {
	if i >= len(toks) {
		return 0, 0
	}
	t := toks[i]
	if t.kind == word {
		if head, ok := strings.CutSuffix(t.text, "fold"); ok && head != "" {
			if v, ok := numberWord(strings.TrimSuffix(head, "-")); ok && v >= 2 {
				return v, 1
			}
			return 0, 0
		}
	}
	// "10-fold", "ten-fold" as three tokens
	if i+2 < len(toks) && toks[i+1].text == "-" && toks[i+2].text == "fold" {
		if v, n, ok := numberAt(toks[:i+1], i); ok && n == 1 && v >= 2 {
			return v, 3
		}
	}
	return 0, 0
}

// frequencyAt reads how often something happens at toks[i] — "daily",
// "twice a week", "3 times per sprint", "once every two weeks", "every day" —
// as a rate per week; it returns the rate and the tokens read.
func frequencyAt(toks []token, i int) (Quantity, int, bool) {
	rate := func(v float64) Quantity { return Quantity{Value: v, Unit: "per week"} }
	if u := perWeek(adverbUnits[textAt(toks, i)]); u > 0 {
		return rate(u), 1, true // "daily", "fortnightly"
	}
	switch textAt(toks, i) {
	case "every", "each":
		// "every day", "every two weeks"
		if u := perWeek(textAt(toks, i+1)); u > 0 {
			return rate(u), 2, true
		}
		if v, n, ok := numberAt(toks, i+1); ok && v > 0 {
			if u := perWeek(textAt(toks, i+1+n)); u > 0 {
				return rate(u / v), 2 + n, true
			}
		}
		return Quantity{}, 0, false
	}
	var times float64
	n := 0
	switch textAt(toks, i) {
	case "once":
		times, n = 1, 1
	case "twice":
		times, n = 2, 1
	case "thrice":
		times, n = 3, 1
	default:
		v, m, ok := numberAt(toks, i)
		if !ok || textAt(toks, i+m) != "times" {
			return Quantity{}, 0, false
		}
		times, n = v, m+1
	}
	switch textAt(toks, i+n) {
	case "a", "an", "per", "each":
		if u := perWeek(textAt(toks, i+n+1)); u > 0 {
			return rate(times * u), n + 2, true
		}
	case "every":
		if f, m, ok := frequencyAt(toks, i+n); ok {
			return rate(times * f.Value), n + m, true
		}
	}
	return Quantity{}, 0, false
}

// perWeek returns how many times a week a unit of time comes round: "day"
// is 7, "sprint" 0.5 (a two-week sprint); 0 for no unit of time.
func perWeek(unit string) float64 {
	switch strings.TrimSuffix(unit, "s") {
	case "hour":
		return 168
	case "day":
		return 7
	case "weekday", "workday":
		return 5
	case "week":
		return 1
	case "sprint", "fortnight":
		return 0.5
	case "month":
		return 12.0 / 52
	case "quarter":
		return 4.0 / 52
	case "year":
		return 1.0 / 52
	}
	return 0
}

// adverbUnits maps an adverb of frequency to the unit it repeats in.
var adverbUnits = map[string]string{
	"hourly": "hour", "daily": "day", "weekly": "week", "fortnightly": "fortnight", "biweekly": "fortnight",
	"bi-weekly": "fortnight", "monthly": "month", "quarterly": "quarter", "yearly": "year", "annually": "year",
}

// isCodePlural reports a number glued to an "s" that names a kind, not an
// amount: HTTP status codes ("502s", "404s") and decades ("the 1990s").
// "10s" stays ten seconds.
func isCodePlural(toks []token, i int) bool {
	t := toks[i]
	if i+1 >= len(toks) || toks[i+1].text != "s" || toks[i+1].space || t.num != float64(int(t.num)) {
		return false
	}
	switch len(t.text) {
	case 3:
		return t.num >= 100 && t.num < 600
	case 4:
		return t.num >= 1900 && t.num < 2100
	}
	return false
}
