package project

import "time"

// The forecast counts time in working days, Monday to Friday, numbered from
// the Monday of the week of 1970-01-01; a real number w is a moment within
// day floor(w). Holidays are not modelled: leave them out of the capacity
// by padding estimates.

// workday returns the number of the working day of t's calendar date (in
// t's location). A Saturday or Sunday maps to the following Monday.
func workday(t time.Time) int {
	week, dow := weekDay(t)
	return week*5 + min(dow, 5)
}

// deadline returns the working time at the end of t's calendar date (in t's
// location): the end of that day, or for a Saturday or Sunday the end of
// the Friday before, since no work happens between then and the date.
func deadline(t time.Time) float64 {
	week, dow := weekDay(t)
	return float64(week*5 + min(dow+1, 5))
}

// weekDay returns the number of the week of t's calendar date, counted from
// the week of 1970-01-01, and the day in it, 0 for Monday to 6 for Sunday.
func weekDay(t time.Time) (week, dow int) {
	y, m, d := t.Date()
	days := int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
	k := days + 3 // 1970-01-01 was a Thursday, three days after a Monday
	return floorDiv(k, 7), floorMod(k, 7)
}

// dateOf returns the calendar date (midnight UTC) of working day w.
func dateOf(w int) time.Time {
	week, dow := floorDiv(w, 5), floorMod(w, 5)
	return time.Unix(int64(week*7+dow-3)*86400, 0).UTC()
}

// date returns t's calendar date as midnight UTC.
func date(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// daysBetween returns the calendar days from a's date to b's date.
func daysBetween(a, b time.Time) int {
	return int(date(b).Sub(date(a)).Hours() / 24)
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int) int { return a - floorDiv(a, b)*b }
