package delegation

// unit is a unit of calendar time in a timeframe ("within 3 months").
type unit uint8

const (
	unitDay unit = iota + 1
	unitWeek
	unitSprint
	unitMonth
	unitQuarter
	unitYear
)

// sprintDays is the sprint length assumed by "within two sprints": two weeks,
// the most common length.
const sprintDays = 14

// durationUnit returns the calendar unit a word names, or zero. Hours and
// minutes are not timeframes: "within 15 minutes" is a target, not a
// deadline.
func durationUnit(w string) unit {
	switch w {
	case "day", "days", "business-day", "working-day":
		return unitDay
	case "week", "weeks", "wk", "wks":
		return unitWeek
	case "fortnight", "fortnights":
		return unitWeek // counted twice by the caller
	case "sprint", "sprints", "iteration", "iterations":
		return unitSprint
	case "month", "months", "mo", "mos":
		return unitMonth
	case "quarter", "quarters":
		return unitQuarter
	case "year", "years", "yr", "yrs":
		return unitYear
	}
	return 0
}
