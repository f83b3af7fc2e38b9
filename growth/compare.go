package growth

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/enum"
)

// Class says how others' view of a skill relates to your own.
type Class uint8

// The classes of a compared skill. Text forms are the lower-case snake-case
// names: "aligned", "blind_spot", and so on.
const (
	// Aligned: the gap is between the blind-spot and hidden-strength
	// thresholds.
	Aligned Class = iota + 1
	// BlindSpot: you rate yourself clearly higher than others do.
	BlindSpot
	// HiddenStrength: others rate you clearly higher than you do.
	HiddenStrength
	// NotEnoughRatings: fewer other raters than Options.MinOthers; no
	// figure is reported.
	NotEnoughRatings
	// NoSelfRating: enough others rated the skill but you did not, so
	// there is no gap.
	NoSelfRating
)

var classNames = enum.Names[Class]{Type: "Class", First: 1, Text: []string{"aligned", "blind_spot", "hidden_strength", "not_enough_ratings", "no_self_rating"}}

// String returns the text form, such as "blind_spot".
func (c Class) String() string { return classNames.String(c) }

// MarshalText implements [encoding.TextMarshaler]; the unset Class is an
// error.
func (c Class) MarshalText() ([]byte, error) { return classNames.Marshal(c) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (c *Class) UnmarshalText(text []byte) error {
	return classNames.Unmarshal(text, c)
}

// HasGap reports whether a skill of this class has a gap: Aligned,
// BlindSpot or HiddenStrength.
func (c Class) HasGap() bool { return c == Aligned || c == BlindSpot || c == HiddenStrength }

// Stats summarises others' ratings of one skill. When there are fewer
// ratings than Options.MinOthers only Count is set.
type Stats struct {
	// Count is the number of other raters who rated the skill.
	Count int `json:"count"`
	// Sum is the total of their scores; Mean is Sum/Count.
	Sum    int     `json:"sum,omitempty"`
	Mean   float64 `json:"mean,omitempty"`
	Median float64 `json:"median,omitempty"`
	Min    int     `json:"min,omitempty"`
	Max    int     `json:"max,omitempty"`
}

// SkillRow is the comparison for one skill.
type SkillRow struct {
	Skill Skill `json:"skill"`
	// Key is set for the role's key skills (Options.KeySkills).
	Key bool `json:"key,omitempty"`
	// Self is your own score, or 0 when you did not rate the skill.
	Self int `json:"self,omitempty"`
	// SelfComment is the comment of your own rating.
	SelfComment string `json:"self_comment,omitempty"`
	// Others summarises the other raters' scores.
	Others Stats `json:"others"`
	// Gap is others' mean minus Self. It is nil unless Class.HasGap.
	Gap *float64 `json:"gap,omitempty"`
	// Class sorts the skill into aligned, blind spot, hidden strength, not
	// enough ratings or no self-rating.
	Class Class `json:"class"`
	// Contested is set when others' ratings span Options.ContestedSpread
	// points or more: they disagree among themselves, whatever the Class.
	Contested bool `json:"contested,omitempty"`
	// Comments holds the other raters' comments, without their names. It
	// is empty when there are not enough ratings.
	Comments []string `json:"comments,omitempty"`
}

// gapTimesCount is (others' mean − self) × count as an exact integer.
func (row SkillRow) gapTimesCount() int { return row.Others.Sum - row.Self*row.Others.Count }

// Focus is a skill suggested as a focus for the growth plan.
type Focus struct {
	// Skill is the skill's ID.
	Skill string `json:"skill"`
	// Key is set when the skill is one of the role's key skills.
	Key bool `json:"key,omitempty"`
	// Reason says in one sentence why the skill was suggested.
	Reason string `json:"reason"`
}

// Report is the result of [Compare].
type Report struct {
	// Subject is the person assessed.
	Subject string `json:"subject,omitempty"`
	// Date is the date of the self-assessment.
	Date time.Time `json:"date,omitzero"`
	// Rows holds one row per rated skill, in catalog order.
	Rows []SkillRow `json:"rows"`
	// Surprises lists the IDs of blind spots and hidden strengths, the
	// largest gap first.
	Surprises []string `json:"surprises,omitempty"`
	// Focus suggests what to work on: the role's key skills that are blind
	// spots, then key skills rated low by others, then other blind spots,
	// then other low-rated skills; at most Options.MaxFocus.
	Focus []Focus `json:"focus,omitempty"`
	// Findings reports problems in the input and the options.
	Findings leadkit.Findings `json:"findings,omitempty"`
}

// Row returns the row of the skill with the given ID.
func (r Report) Row(id string) (SkillRow, bool) {
	for _, row := range r.Rows {
		if row.Skill.ID == id {
			return row, true
		}
	}
	return SkillRow{}, false
}

// Compare sets a self-assessment beside others' assessments of the same
// person, skill by skill. Problems in the input — scores outside 1–10,
// unknown skills, a rater who appears twice, a skill without a
// self-rating — become findings in the report, and the comparison is made
// from whatever remains.
//
// Each row's gap is others' mean minus the self score, and the class
// thresholds are compared exactly (a mean of exactly 2 below self is a
// blind spot). See [Options] for the thresholds.
func Compare(self Assessment, others []Assessment, opts Options) Report {
	s, fs := opts.settings()
	c := newComparison(s, fs)
	c.addSelf(self)
	c.addOthers(self, others)
	return c.report(self)
}

// comparison accumulates the ratings of one Compare call in arrays indexed
// by catalog position.
type comparison struct {
	settings
	findings leadkit.Findings
	// stamp marks, per skill, the assessment (ordinal + 1) that last rated
	// it, to find a skill rated twice in one assessment without clearing.
	stamp       []int32
	ordinal     int32
	selfScore   []int8
	selfComment []string
	hist        [][MaxScore]int32
	sum         []int32
	comments    [][]string
	selfRated   int
	// prevRatings and prevSkills remember the last assessment resolved and
	// its skills' catalog positions (-1 for unknown); skillBuf is spare.
	prevRatings          []Rating
	prevSkills, skillBuf []int32
}

func newComparison(s settings, fs leadkit.Findings) *comparison {
	n := s.catalog.Len()
	return &comparison{
		settings:  s,
		findings:  fs,
		stamp:     make([]int32, n),
		selfScore: make([]int8, n),
		hist:      make([][MaxScore]int32, n),
		sum:       make([]int32, n),
	}
}

// resolve checks the ratings of one assessment and returns the catalog
// position of each (-1 for a rating to leave out), appended to pos.
func (c *comparison) resolve(pos []int32, field, rater string, ratings []Rating) []int32 {
	c.ordinal++
	// Raters usually list skills in the same order: comparing a name with
	// the one at the same place in the previous assessment is cheaper than
	// a map lookup.
	cur := c.skillBuf[:0]
	for i, rt := range ratings {
		var p int
		var ok bool
		if i < len(c.prevSkills) && c.prevRatings[i].Skill == rt.Skill {
			p = int(c.prevSkills[i])
			ok = p >= 0
		} else if p, ok = c.catalog.position(rt.Skill); !ok {
			p = -1
		}
		cur = append(cur, int32(p))
		switch {
		case !ok:
			c.add("growth.skill.unknown", field, i, ".skill", leadkit.Error,
				fmt.Sprintf("Skill %q is not in the catalog.", rt.Skill),
				"Name a catalog skill by its ID or name, or add the skill to the catalog.")
			p = -1
		case rt.Score < MinScore || rt.Score > MaxScore:
			c.add("growth.rating.out_of_range", field, i, ".score", leadkit.Error,
				fmt.Sprintf("Score %d for %q is outside the 1–10 scale.", rt.Score, rt.Skill),
				"Rate every skill with a whole number from 1 (just starting out) to 10 (strong).")
			p = -1
		case c.stamp[p] == c.ordinal:
			c.add("growth.rating.duplicate", field, i, ".skill", leadkit.Warning,
				fmt.Sprintf("%s rated %q more than once in one assessment; the first rating counts.", who(rater), rt.Skill),
				"Give one rating per skill.")
			p = -1
		default:
			c.stamp[p] = c.ordinal
		}
		pos = append(pos, int32(p))
	}
	c.skillBuf, c.prevSkills, c.prevRatings = c.prevSkills[:0], cur, ratings
	return pos
}

func who(rater string) string {
	if rater == "" {
		return "An anonymous rater"
	}
	return fmt.Sprintf("%q", rater)
}

func (c *comparison) add(code, field string, i int, sub string, sev leadkit.Severity, msg, hint string) {
	if i >= 0 {
		field = fmt.Sprintf("%s.ratings[%d]%s", field, i, sub)
	}
	addFinding(&c.findings, code, field, sev, msg, hint)
}

func (c *comparison) addSelf(self Assessment) {
	if self.Rater != "" && self.Subject != "" && !samePerson(self.Rater, self.Subject) {
		c.add("growth.self.not_self", "self.rater", -1, "", leadkit.Warning,
			fmt.Sprintf("The self-assessment was given by %q about %q.", self.Rater, self.Subject),
			"Pass the subject's own ratings as the self-assessment and everyone else's as others.")
	}
	pos := c.resolve(nil, "self", self.Rater, self.Ratings)
	for i, p := range pos {
		if p >= 0 {
			c.selfScore[p] = int8(self.Ratings[i].Score)
			if cm := self.Ratings[i].Comment; cm != "" {
				if c.selfComment == nil {
					c.selfComment = make([]string, len(c.selfScore))
				}
				c.selfComment[p] = cm
			}
			c.selfRated++
		}
	}
}

func samePerson(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

func subjectOf(self Assessment) string {
	if self.Subject != "" {
		return self.Subject
	}
	return self.Rater
}

// addOthers checks every other assessment in input order, then counts, for
// each rater and skill, the rating of the rater's latest assessment.
func (c *comparison) addOthers(self Assessment, others []Assessment) {
	subject := subjectOf(self)
	type group struct{ members []int }
	var groups []group
	byRater := make(map[string]int, len(others))
	offsets := make([]int, len(others)+1)
	total := 0
	for _, a := range others {
		total += len(a.Ratings)
	}
	pos := make([]int32, 0, total)
	for j, a := range others {
		field := fmt.Sprintf("others[%d]", j)
		offsets[j] = len(pos)
		switch {
		case a.Subject != "" && subject != "" && !samePerson(a.Subject, subject):
			c.add("growth.subject.mismatch", field+".subject", -1, "", leadkit.Error,
				fmt.Sprintf("%s rated %q, not %q; the assessment is left out.", who(a.Rater), a.Subject, subject),
				"Compare assessments of one person at a time.")
			offsets[j+1] = len(pos)
			continue
		case a.Rater != "" && subject != "" && samePerson(a.Rater, subject):
			c.add("growth.rater.is_self", field+".rater", -1, "", leadkit.Warning,
				fmt.Sprintf("%q is among the other raters of themselves; the assessment is left out.", a.Rater),
				"Pass your own ratings as the self-assessment.")
			offsets[j+1] = len(pos)
			continue
		}
		pos = c.resolve(pos, field, a.Rater, a.Ratings)
		offsets[j+1] = len(pos)
		key := personKey(a.Rater)
		g, seen := byRater[key]
		if key == "" || !seen {
			g = len(groups)
			groups = append(groups, group{})
			if key != "" {
				byRater[key] = g
			}
		} else if len(groups[g].members) == 1 {
			c.add("growth.rater.duplicate", field+".rater", -1, "", leadkit.Warning,
				fmt.Sprintf("%q gave more than one assessment; for each skill only their latest rating counts.", a.Rater),
				"Keep one assessment per rater and round, or compare rounds with Trends.")
		}
		groups[g].members = append(groups[g].members, j)
	}

	// rstamp marks, per skill, the group (ordinal + 1) that has rated it, so
	// that an earlier assessment of the same rater is superseded.
	rstamp := c.stamp
	clear(rstamp)
	for g, grp := range groups {
		if len(grp.members) > 1 {
			slices.SortStableFunc(grp.members, func(a, b int) int { return others[b].Date.Compare(others[a].Date) })
		}
		mark := int32(g + 1)
		for _, j := range grp.members {
			ratings := others[j].Ratings
			for i, p := range pos[offsets[j]:offsets[j+1]] {
				if p < 0 || rstamp[p] == mark {
					continue
				}
				rstamp[p] = mark
				score := ratings[i].Score
				c.hist[p][score-1]++
				c.sum[p] += int32(score)
				if cm := ratings[i].Comment; cm != "" {
					if c.comments == nil {
						c.comments = make([][]string, len(c.sum))
					}
					c.comments[p] = append(c.comments[p], cm)
				}
			}
		}
	}
}

func (c *comparison) report(self Assessment) Report {
	r := Report{Subject: subjectOf(self), Date: self.Date}
	skills := c.catalog.skills
	r.Rows = make([]SkillRow, 0, len(skills))
	gaps := make([]float64, len(skills)) // backing for the rows' Gap pointers: one allocation
	for p := range skills {
		count := 0
		for _, k := range c.hist[p] {
			count += int(k)
		}
		selfScore := int(c.selfScore[p])
		if count == 0 && selfScore == 0 {
			if c.key[p] {
				c.add("growth.key_skill.unrated", "options.key_skills", -1, "", leadkit.Info,
					fmt.Sprintf("Key skill %q has no ratings at all.", skills[p].ID),
					"Ask for ratings of the skills that matter most for the role.")
			}
			continue
		}
		row := SkillRow{Skill: skills[p], Key: c.key[p], Self: selfScore, Others: Stats{Count: count}}
		if c.selfComment != nil {
			row.SelfComment = c.selfComment[p]
		}
		switch {
		case count < c.minOthers:
			row.Class = NotEnoughRatings
			c.add("growth.ratings.too_few", "others", -1, "", leadkit.Info,
				fmt.Sprintf("%q has %s from others; at least %d are needed before a gap is shown.", skills[p].ID, counted(count, "rating", "ratings"), c.minOthers),
				"Ask more colleagues to rate this skill.")
		default:
			c.fillStats(&row, p)
			switch gap := row.gapTimesCount(); {
			case selfScore == 0:
				row.Class = NoSelfRating
			case ratioAtMost(gap, count, c.blindSpot):
				row.Class = BlindSpot
			case ratioAtLeast(gap, count, c.hiddenStrength):
				row.Class = HiddenStrength
			default:
				row.Class = Aligned
			}
			if row.Class.HasGap() {
				gaps[p] = float64(row.gapTimesCount()) / float64(count)
				row.Gap = &gaps[p]
			}
		}
		if selfScore == 0 && count > 0 && c.selfRated > 0 {
			c.add("growth.self.missing", "self.ratings", -1, "", leadkit.Warning,
				fmt.Sprintf("Others rated %q but the self-assessment does not.", skills[p].ID),
				"Rate yourself on every skill others rate you on.")
		}
		r.Rows = append(r.Rows, row)
	}
	if c.selfRated == 0 {
		c.add("growth.self.missing", "self.ratings", -1, "", leadkit.Warning,
			"The self-assessment has no usable ratings, so no gap can be computed.",
			"Rate yourself first, with examples, before comparing with others.")
	}
	r.Surprises = surprises(r.Rows)
	r.Focus = c.focus(r.Rows)
	r.Findings = c.findings
	return r
}

func (c *comparison) fillStats(row *SkillRow, p int) {
	h := &c.hist[p]
	st := &row.Others
	st.Sum = int(c.sum[p])
	st.Mean = float64(st.Sum) / float64(st.Count)
	st.Median = float64(nthScore(h, (st.Count-1)/2)+nthScore(h, st.Count/2)) / 2
	st.Min = nthScore(h, 0)
	st.Max = nthScore(h, st.Count-1)
	row.Contested = st.Max-st.Min >= c.contested
	if c.comments != nil {
		row.Comments = c.comments[p]
	}
}

// nthScore returns the k-th smallest score (from 0) of a histogram.
func nthScore(h *[MaxScore]int32, k int) int {
	for v, n := range h {
		k -= int(n)
		if k < 0 {
			return v + 1
		}
	}
	return MaxScore
}

// surprises orders blind spots and hidden strengths by the size of the
// gap, blind spots first on a tie, then by catalog order.
func surprises(rows []SkillRow) []string {
	var picked []int
	for i, row := range rows {
		if row.Class == BlindSpot || row.Class == HiddenStrength {
			picked = append(picked, i)
		}
	}
	slices.SortStableFunc(picked, func(i, j int) int {
		a, b := &rows[i], &rows[j]
		// |gapA| > |gapB| ⇔ |gA|·nB > |gB|·nA, exactly in integers.
		if d := cmp.Compare(abs(b.gapTimesCount())*a.Others.Count, abs(a.gapTimesCount())*b.Others.Count); d != 0 {
			return d
		}
		return cmp.Compare(a.Class, b.Class) // BlindSpot < HiddenStrength
	})
	ids := make([]string, len(picked))
	for k, i := range picked {
		ids[k] = rows[i].Skill.ID
	}
	return ids
}

// tolerance keeps thresholds typed as decimals inclusive: num/den is exact
// and distinct values of it lie at least 1/den apart, far more than this.
const tolerance = 1e-9

// ratioAtMost reports whether num/den ≤ t, so that a mean exactly 2 below
// self is a blind spot however the threshold was computed.
func ratioAtMost(num, den int, t float64) bool { return float64(num) <= (t+tolerance)*float64(den) }

// ratioAtLeast reports whether num/den ≥ t.
func ratioAtLeast(num, den int, t float64) bool { return float64(num) >= (t-tolerance)*float64(den) }

func abs(n int) int { return max(n, -n) }

// focus ranks the candidates in four tiers: key blind spots, key low-rated
// skills, other blind spots, other low-rated skills. Blind spots go by gap
// (largest first), low-rated skills by others' mean (lowest first).
func (c *comparison) focus(rows []SkillRow) []Focus {
	type candidate struct {
		row  *SkillRow
		tier int
	}
	var cands []candidate
	for i := range rows {
		row := &rows[i]
		if row.Class == NotEnoughRatings {
			continue
		}
		low := ratioAtMost(row.Others.Sum, row.Others.Count, c.lowRating)
		tier := 2
		switch {
		case row.Class == BlindSpot:
		case low:
			tier = 3
		default:
			continue
		}
		if !row.Key {
			cands = append(cands, candidate{row, tier})
			continue
		}
		cands = append(cands, candidate{row, tier - 2})
	}
	slices.SortStableFunc(cands, func(a, b candidate) int {
		if a.tier != b.tier {
			return a.tier - b.tier
		}
		if a.tier%2 == 0 { // blind spots: the most negative gap first
			return cmp.Compare(a.row.gapTimesCount()*b.row.Others.Count, b.row.gapTimesCount()*a.row.Others.Count)
		}
		return cmp.Compare(a.row.Others.Sum*b.row.Others.Count, b.row.Others.Sum*a.row.Others.Count)
	})
	var out []Focus
	for _, cd := range cands[:min(len(cands), c.most)] {
		out = append(out, Focus{Skill: cd.row.Skill.ID, Key: cd.row.Key, Reason: focusReason(*cd.row, cd.tier%2 == 0)})
	}
	return out
}

func focusReason(row SkillRow, blind bool) string {
	var b strings.Builder
	name := cmp.Or(row.Skill.Name, row.Skill.ID)
	if blind {
		fmt.Fprintf(&b, "Others rate %q %s points below your own %d", name, formatScore(-*row.Gap), row.Self)
	} else {
		fmt.Fprintf(&b, "Others rate %q %s on average", name, formatScore(row.Others.Mean))
	}
	if row.Key {
		b.WriteString(", and it is a key skill for the role")
	}
	b.WriteByte('.')
	return b.String()
}

// formatScore writes a mean or gap with at most two decimals and no
// trailing zeros: "5", "5.5", "5.33".
func formatScore(v float64) string {
	s := strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.2f", v), "0"), ".")
	if s == "-0" {
		return "0"
	}
	return s
}
