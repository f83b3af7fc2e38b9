package planning

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Clock is a time of day in minutes since midnight, written "09:30".
type Clock uint16

// At returns the clock time h:m. Out-of-range values wrap within the day.
func At(h, m int) Clock { return Clock(((h*60+m)%(24*60) + 24*60) % (24 * 60)) }

// String returns the time as "HH:MM".
func (c Clock) String() string { return fmt.Sprintf("%02d:%02d", c/60, c%60) }

// MarshalText implements encoding.TextMarshaler.
func (c Clock) MarshalText() ([]byte, error) {
	if c > 24*60 {
		return nil, fmt.Errorf("planning: invalid clock time of %d minutes", uint16(c))
	}
	return []byte(c.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it reads "9:30",
// "09:30" and "24:00" (the end of the day): one or two digits of hours, a
// colon and two digits of minutes, nothing else.
func (c *Clock) UnmarshalText(text []byte) error {
	hh, mm, ok := strings.Cut(string(text), ":")
	if ok && (len(hh) == 1 || len(hh) == 2) && len(mm) == 2 && digits(hh) && digits(mm) {
		h, _ := strconv.Atoi(hh)
		m, _ := strconv.Atoi(mm)
		if m < 60 && h*60+m <= 24*60 {
			*c = Clock(h*60 + m)
			return nil
		}
	}
	return fmt.Errorf("planning: %q is not a time of day such as 09:30", text)
}

// digits reports whether s is made of ASCII digits only.
func digits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// on returns the clock time on the given day in loc.
func (c Clock) on(day time.Time, loc *time.Location) time.Time {
	y, mo, d := day.Date()
	return time.Date(y, mo, d, int(c/60), int(c%60), 0, 0, loc)
}

// Slot is a daily span of clock time, such as a lunch break.
type Slot struct {
	Start Clock `json:"start"`
	End   Clock `json:"end"`
}

// Interval is a span of absolute time, such as a booked meeting.
type Interval struct {
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
}

// Duration returns End − Start, or 0 when End is not after Start.
func (iv Interval) Duration() time.Duration { return max(0, iv.End.Sub(iv.Start)) }
