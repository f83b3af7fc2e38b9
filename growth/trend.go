package growth

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/enum"
)

// Round is one assessment round: a self-assessment and others' assessments
// made around the same time.
type Round struct {
	Self   Assessment   `json:"self"`
	Others []Assessment `json:"others,omitempty"`
}

// Date is the round's date: the self-assessment's, or else the latest of
// the others'.
func (r Round) Date() time.Time {
	if !r.Self.Date.IsZero() {
		return r.Self.Date
	}
	var d time.Time
	for _, a := range r.Others {
		if a.Date.After(d) {
			d = a.Date
		}
	}
	return d
}

// Direction is the trend of others' view of a skill across rounds.
type Direction uint8

// The directions; text forms "improving", "flat", "declining". The zero
// value means the trend is unknown: fewer than two rounds had enough
// ratings.
const (
	Improving Direction = iota + 1
	Flat
	Declining
)

var directionNames = enum.Names[Direction]{Type: "Direction", First: 1, Text: []string{"improving", "flat", "declining"}}

// String returns the text form, such as "improving".
func (d Direction) String() string { return directionNames.String(d) }

// MarshalText implements [encoding.TextMarshaler]; the unset Direction is
// an error.
func (d Direction) MarshalText() ([]byte, error) { return directionNames.Marshal(d) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (d *Direction) UnmarshalText(text []byte) error {
	return directionNames.Unmarshal(text, d)
}

// Closure says what became of a blind spot in later rounds.
type Closure uint8

// The closures; text forms "closed", "closing", "persisting", "widening".
// The zero value means the skill was never a blind spot before the latest
// round with a gap.
const (
	// Closed: the latest gap is no longer a blind spot.
	Closed Closure = iota + 1
	// Closing: still a blind spot, but smaller than when it first appeared.
	Closing
	// Persisting: a blind spot of the same size.
	Persisting
	// Widening: a larger blind spot than when it first appeared.
	Widening
)

var closureNames = enum.Names[Closure]{Type: "Closure", First: 1, Text: []string{"closed", "closing", "persisting", "widening"}}

// String returns the text form, such as "closing".
func (c Closure) String() string { return closureNames.String(c) }

// MarshalText implements [encoding.TextMarshaler]; the unset Closure is an
// error.
func (c Closure) MarshalText() ([]byte, error) { return closureNames.Marshal(c) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (c *Closure) UnmarshalText(text []byte) error {
	return closureNames.Unmarshal(text, c)
}

// TrendPoint is one round's comparison of a skill.
type TrendPoint struct {
	Date   time.Time `json:"date,omitzero"`
	Self   int       `json:"self,omitempty"`
	Others Stats     `json:"others"`
	Gap    *float64  `json:"gap,omitempty"`
	Class  Class     `json:"class"`
}

func (p TrendPoint) gapTimesCount() int { return p.Others.Sum - p.Self*p.Others.Count }

// SkillTrend follows one skill across rounds.
type SkillTrend struct {
	Skill Skill `json:"skill"`
	// Points holds the skill's comparison in each round that rated it, in
	// date order.
	Points []TrendPoint `json:"points"`
	// Direction compares others' mean in the first and the last round with
	// enough ratings: a change of at least Options.TrendBand either way is
	// improving or declining, anything less is flat.
	Direction Direction `json:"direction,omitempty"`
	// Change is others' mean in the last such round minus the first.
	Change float64 `json:"change,omitempty"`
	// BlindSpot says what became of the skill's first blind spot by the
	// latest round with a gap.
	BlindSpot Closure `json:"blind_spot,omitempty"`
}

// TrendReport is the result of [Trends].
type TrendReport struct {
	// Skills holds one trend per skill rated in any round, in catalog
	// order.
	Skills []SkillTrend `json:"skills"`
	// Findings holds each round's findings, with fields prefixed by
	// "rounds[i]", and problems with the rounds themselves.
	Findings leadkit.Findings `json:"findings,omitempty"`
}

// BlindSpotsClosing reports whether there was at least one blind spot and
// every one of them has closed or is closing.
func (t TrendReport) BlindSpotsClosing() bool {
	seen := false
	for _, s := range t.Skills {
		switch s.BlindSpot {
		case Closed, Closing:
			seen = true
		case Persisting, Widening:
			return false
		}
	}
	return seen
}

// Trends compares each round with [Compare] and follows every skill across
// the rounds, ordered by [Round.Date]: the direction of others' view, and
// whether blind spots are closing.
func Trends(rounds []Round, opts Options) TrendReport {
	var tr TrendReport
	order := make([]int, len(rounds))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return rounds[a].Date().Compare(rounds[b].Date()) })
	if len(rounds) < 2 {
		tr.Findings = append(tr.Findings, leadkit.Finding{Code: "growth.trend.rounds_too_few", Field: "rounds", Severity: leadkit.Info,
			Message: fmt.Sprintf("There %s; a trend needs at least two.", counted(len(rounds), "is 1 round", "are %d rounds")),
			Hint:    "Repeat the assessment after working on the plan, for example each quarter."})
	}
	s, _ := opts.settings()
	bySkill := make(map[string]int)
	for _, i := range order {
		round := rounds[i]
		prefix := fmt.Sprintf("rounds[%d]", i)
		if round.Date().IsZero() {
			tr.Findings = append(tr.Findings, leadkit.Finding{Code: "growth.trend.round_undated", Field: prefix + ".self.date", Severity: leadkit.Warning,
				Message: fmt.Sprintf("Round %d has no date, so its place in the trend is a guess.", i+1),
				Hint:    "Date each assessment."})
		}
		r := Compare(round.Self, round.Others, opts)
		for _, f := range r.Findings {
			f.Field = prefix + "." + f.Field
			tr.Findings = append(tr.Findings, f)
		}
		for _, row := range r.Rows {
			k, ok := bySkill[row.Skill.ID]
			if !ok {
				k = len(tr.Skills)
				bySkill[row.Skill.ID] = k
				tr.Skills = append(tr.Skills, SkillTrend{Skill: row.Skill})
			}
			tr.Skills[k].Points = append(tr.Skills[k].Points, TrendPoint{Date: round.Date(), Self: row.Self, Others: row.Others, Gap: row.Gap, Class: row.Class})
		}
	}
	for k := range tr.Skills {
		s.follow(&tr.Skills[k])
	}
	slices.SortStableFunc(tr.Skills, func(a, b SkillTrend) int {
		pa, _ := s.catalog.position(a.Skill.ID)
		pb, _ := s.catalog.position(b.Skill.ID)
		return pa - pb
	})
	return tr
}

// follow sets the direction and blind-spot closure of one skill, with
// exact arithmetic on the sums and counts.
func (s settings) follow(t *SkillTrend) {
	first, last := -1, -1
	for i, p := range t.Points {
		if p.Class != NotEnoughRatings {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first >= 0 && last > first {
		a, b := t.Points[first].Others, t.Points[last].Others
		// meanB − meanA = (Sb·Ca − Sa·Cb) / (Ca·Cb)
		num, den := b.Sum*a.Count-a.Sum*b.Count, a.Count*b.Count
		t.Change = float64(num) / float64(den)
		switch {
		case ratioAtLeast(num, den, s.trendBand):
			t.Direction = Improving
		case ratioAtMost(num, den, -s.trendBand):
			t.Direction = Declining
		default:
			t.Direction = Flat
		}
	}

	spot, latest := -1, -1
	for i, p := range t.Points {
		if p.Class == BlindSpot && spot < 0 {
			spot = i
		}
		if p.Class.HasGap() {
			latest = i
		}
	}
	if spot < 0 || latest <= spot {
		return
	}
	a, b := t.Points[spot], t.Points[latest]
	if b.Class != BlindSpot {
		t.BlindSpot = Closed
		return
	}
	// gapB − gapA has the sign of gB·Ca − gA·Cb.
	switch d := b.gapTimesCount()*a.Others.Count - a.gapTimesCount()*b.Others.Count; {
	case d > 0:
		t.BlindSpot = Closing
	case d < 0:
		t.BlindSpot = Widening
	default:
		t.BlindSpot = Persisting
	}
}

// Split sorts assessments of one subject into a [Round]: the subject's own
// assessment is Self and everyone else's are Others; assessments of other
// people are left out, and one without a Subject counts as being about
// subject. When subject is empty it is the one Subject the assessments
// name; naming several, or none, is an error matching [leadkit.ErrInvalid].
//
// When the subject assessed themselves more than once, the latest (of
// equally dated ones, the first given) is Self and the others stay among
// Others, where [Compare] reports them.
func Split(subject string, as []Assessment) (Round, error) {
	subject = strings.TrimSpace(subject)
	if subject == "" {
		var names []string
		for _, a := range as {
			if a.Subject != "" && !slices.ContainsFunc(names, func(n string) bool { return samePerson(n, a.Subject) }) {
				names = append(names, strings.TrimSpace(a.Subject))
			}
		}
		switch len(names) {
		case 0:
			return Round{}, fmt.Errorf("growth: no assessment names its subject; say whose assessments to compare: %w", leadkit.ErrInvalid)
		case 1:
			subject = names[0]
		default:
			return Round{}, fmt.Errorf("growth: the assessments rate %d people (%s); say whose to compare: %w", len(names), strings.Join(names, ", "), leadkit.ErrInvalid)
		}
	}
	var r Round
	self := -1
	for i, a := range as {
		if a.Subject != "" && !samePerson(a.Subject, subject) {
			continue
		}
		if samePerson(a.Rater, subject) && (self < 0 || a.Date.After(as[self].Date)) {
			if self >= 0 {
				r.Others = append(r.Others, as[self])
			}
			self = i
			continue
		}
		r.Others = append(r.Others, a)
	}
	if self >= 0 {
		r.Self = as[self]
	}
	if r.Self.Subject == "" {
		r.Self.Subject = subject
	}
	return r, nil
}
