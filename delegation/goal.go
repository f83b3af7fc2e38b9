package delegation

import (
	"strconv"
	"strings"
	"time"

	"github.com/leadkit/leadkit/internal/enum"
)

// Goal is a delegated task's expectation written the SMARTT way (spec:
// "SMARTT goals"): what outcome, measured how, why, by when, and where and how
// often progress is reviewed. Build one field by field, or from one sentence
// with [ParseGoal]; check it with [CheckGoal].
type Goal struct {
	// Objective is the expected outcome in a phrase: "Reduce open tech-debt
	// tickets by 30%".
	Objective string `json:"objective,omitempty"`
	// Measure names what is measured ("open tech-debt tickets") or the
	// deliverable that shows the goal is met ("a runbook for the payments
	// service"). With no Target it must itself hold a number, a before→after
	// pair or a deliverable.
	Measure string `json:"measure,omitempty"`
	// Baseline is the measure's value today, when known.
	Baseline *Quantity `json:"baseline,omitempty"`
	// Target is the value that counts as success: a level to reach ("p95
	// under 200 ms" is {200, "ms"}) or, when Relative is true, a change from
	// the baseline whose sign gives its direction ("by 30%" after "reduce" is
	// {-30, "%"}).
	Target *Quantity `json:"target,omitempty"`
	// Relative marks a Target that is a change rather than a level.
	Relative bool `json:"relative,omitempty"`
	// Relevance says why the goal matters and what bigger aim it serves.
	Relevance string `json:"relevance,omitempty"`
	// Deadline is the date (midnight, in the goal's location) by which the
	// goal is met; zero when unknown.
	Deadline time.Time `json:"deadline,omitzero"`
	// Tracking says where progress is tracked and reviewed: "post a weekly
	// update on the wiki and review it in Monday check-ins".
	Tracking string `json:"tracking,omitempty"`
	// CheckIn is how often progress is reviewed together; zero when unknown.
	CheckIn Cadence `json:"check_in,omitzero"`
}

// Quantity is an amount with its unit: "%", "pp" (percentage points), a time
// unit ("ms", "s", "min", "h", "days", "weeks") or a noun such as "tickets".
// [ParseGoal] keeps a noun unit as written ("PRs", "P1 incidents");
// [CheckGoal] compares noun units regardless of case and converts between
// time units to weigh a target against its baseline ("from 1.5 s to 800
// ms").
type Quantity struct {
	Value float64 `json:"value"`
	Unit  string  `json:"unit,omitempty"`
}

// String formats q as "30%", "-30%", "200 ms" or "3 backend engineers".
func (q Quantity) String() string {
	v := strconv.FormatFloat(q.Value, 'f', -1, 64)
	switch q.Unit {
	case "":
		return v
	case "%":
		return v + "%"
	}
	return v + " " + q.Unit
}

// Cadence is how often a check-in recurs, and on which day when that is
// agreed: "weekly on Monday", "every other Friday". The zero Cadence means no
// agreed rhythm.
type Cadence struct {
	Period  Period  `json:"period,omitempty"`
	Weekday Weekday `json:"weekday,omitempty"`
}

// IsZero reports whether c names no rhythm.
func (c Cadence) IsZero() bool { return c.Period == 0 }

// valid reports whether c is a rhythm: a known period and, if any, a known
// weekday.
func (c Cadence) valid() bool {
	return c.Period != 0 && periodNames.Valid(c.Period) && (c.Weekday == 0 || weekdayNames.Valid(c.Weekday))
}

// String formats c as "weekly on Monday", "biweekly", or "none".
func (c Cadence) String() string {
	if c.Weekday == 0 || c.Period == 0 {
		return c.Period.String()
	}
	return c.Period.String() + " on " + c.Weekday.String()
}

// Interval returns the typical time between two check-ins: 1, 7, 14, 30 or
// 91 days (a month and a quarter are averaged), or zero for no rhythm.
func (c Cadence) Interval() time.Duration {
	return time.Duration(c.Period.days()) * 24 * time.Hour
}

// Next returns the first check-in date (midnight in after's location) on or
// after after's date. A weekly or biweekly cadence with a weekday lands on
// that weekday; a monthly or quarterly one on its first such weekday of a
// month. It returns the zero time for the zero Cadence and for one whose
// period or weekday is out of range.
func (c Cadence) Next(after time.Time) time.Time {
	if !c.valid() {
		return time.Time{}
	}
	day := midnight(after)
	if c.Weekday == 0 || c.Period == Daily {
		return day
	}
	want := c.Weekday.time()
	switch c.Period {
	case Monthly, Quarterly:
		// the first such weekday of this month, or else of the next month
		for m := 0; m < 4; m++ {
			first := time.Date(day.Year(), day.Month()+time.Month(m), 1, 0, 0, 0, 0, day.Location())
			d := first.AddDate(0, 0, (int(want)-int(first.Weekday())+7)%7)
			if !d.Before(day) {
				return d
			}
		}
	}
	return day.AddDate(0, 0, (int(want)-int(day.Weekday())+7)%7)
}

// midnight returns the start of t's calendar day in t's location.
func midnight(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// Period is how often something recurs. The zero Period means none.
type Period uint8

// The periods, from the most to the least frequent.
const (
	Daily Period = iota + 1
	Weekly
	Biweekly // every two weeks; also "every other week", "fortnightly"
	Monthly
	Quarterly
)

var periodNames = enum.Names[Period]{Type: "Period", First: 0,
	Text:    []string{"none", "daily", "weekly", "biweekly", "monthly", "quarterly"},
	Aliases: map[string]Period{"": 0, "fortnightly": Biweekly, "bi-weekly": Biweekly}}

// String returns "daily", "weekly", "biweekly", "monthly", "quarterly", or
// "none" for the zero Period.
func (p Period) String() string { return periodNames.String(p) }

func (p Period) days() int {
	switch p {
	case Daily:
		return 1
	case Weekly:
		return 7
	case Biweekly:
		return 14
	case Monthly:
		return 30
	case Quarterly:
		return 91
	}
	return 0
}

// MarshalText implements [encoding.TextMarshaler]; the zero Period is "none".
func (p Period) MarshalText() ([]byte, error) { return periodNames.Marshal(p) }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the names
// String returns in any letter case, "fortnightly", and "" for none.
func (p *Period) UnmarshalText(text []byte) error { return periodNames.Unmarshal(text, p) }

// Weekday is a day of the week in ISO order, Monday first. Unlike
// [time.Weekday] its zero value means "no particular day", so a [Cadence]
// can leave the day open.
type Weekday uint8

// The days of the week.
const (
	Monday Weekday = iota + 1
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
	Sunday
)

var weekdayNames = enum.Names[Weekday]{Type: "Weekday", First: Monday,
	Text: []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
	Aliases: map[string]Weekday{"mon": Monday, "tue": Tuesday, "tues": Tuesday, "wed": Wednesday, "thu": Thursday,
		"thur": Thursday, "thurs": Thursday, "fri": Friday, "sat": Saturday, "sun": Sunday}}

// String returns the day's English name ("Monday"), or "" for the zero
// Weekday.
func (d Weekday) String() string {
	if d == 0 {
		return ""
	}
	n := weekdayNames.String(d)
	if !weekdayNames.Valid(d) {
		return n
	}
	return strings.ToUpper(n[:1]) + n[1:]
}

// time converts d to a [time.Weekday]; the zero Weekday gives Sunday, so
// callers check for it first.
func (d Weekday) time() time.Weekday { return time.Weekday(d % 7) }

// WeekdayOf converts a [time.Weekday] to a Weekday.
func WeekdayOf(d time.Weekday) Weekday {
	if d == time.Sunday {
		return Sunday
	}
	return Weekday(d)
}

// MarshalText implements [encoding.TextMarshaler]: "monday" … "sunday", and
// "" for the zero Weekday.
func (d Weekday) MarshalText() ([]byte, error) {
	if d == 0 {
		return []byte{}, nil
	}
	return weekdayNames.Marshal(d)
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts day names
// and their usual abbreviations ("Mon", "fri") in any letter case.
func (d *Weekday) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = 0
		return nil
	}
	return weekdayNames.Unmarshal(text, d)
}
