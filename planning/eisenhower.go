package planning

import (
	"strconv"

	"github.com/leadkit/leadkit/internal/enum"
)

// Quadrant is a cell of the Eisenhower matrix. The zero value is invalid.
type Quadrant uint8

// The four quadrants, Q1 to Q4.
const (
	// Do holds important and urgent work (Q1): do it yourself, now.
	Do Quadrant = iota + 1
	// Schedule holds important work that is not urgent (Q2): plan time for it.
	Schedule
	// Delegate holds urgent work that is not important (Q3): hand it over.
	Delegate
	// Eliminate holds work that is neither (Q4): let it go.
	Eliminate
)

var quadrantNames = enum.Names[Quadrant]{Type: "Quadrant", First: Do,
	Text:    []string{"do", "schedule", "delegate", "eliminate"},
	Aliases: map[string]Quadrant{"q1": Do, "q2": Schedule, "q3": Delegate, "q4": Eliminate},
}

var quadrantActions = [...]string{
	Do:        "Do it yourself now.",
	Schedule:  "Schedule time for it this week.",
	Delegate:  "Delegate it to someone who can own it.",
	Eliminate: "Drop it; if it really matters it will come back.",
}

// Valid reports whether q is one of the four quadrants.
func (q Quadrant) Valid() bool { return quadrantNames.Valid(q) }

// String returns "do", "schedule", "delegate" or "eliminate".
func (q Quadrant) String() string { return quadrantNames.String(q) }

// Label returns the quadrant's number, "Q1" to "Q4".
func (q Quadrant) Label() string {
	if q.Valid() {
		return "Q" + strconv.Itoa(int(q))
	}
	return q.String()
}

// Action says what to do with the tasks in the quadrant.
func (q Quadrant) Action() string {
	if q.Valid() {
		return quadrantActions[q]
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler.
func (q Quadrant) MarshalText() ([]byte, error) { return quadrantNames.Marshal(q) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the names in
// any letter case and the labels "Q1" to "Q4".
func (q *Quadrant) UnmarshalText(text []byte) error { return quadrantNames.Unmarshal(text, q) }

// Classify places a task in its quadrant from its Important and Urgent
// flags.
func Classify(t Task) Quadrant {
	switch {
	case t.Important && t.Urgent:
		return Do
	case t.Important:
		return Schedule
	case t.Urgent:
		return Delegate
	default:
		return Eliminate
	}
}

// Matrix is a triaged task list: each task in its quadrant, in input order.
type Matrix struct {
	Do        []Task `json:"do"`
	Schedule  []Task `json:"schedule"`
	Delegate  []Task `json:"delegate"`
	Eliminate []Task `json:"eliminate"`
}

// Triage classifies every task and returns the matrix. The quadrant slices
// are never nil, so the JSON form always has four arrays. They share one
// backing array with capacities capped at their lengths, so appending to one
// never overwrites another.
func Triage(tasks []Task) Matrix {
	var start [Eliminate + 2]int // start[q] is where quadrant q begins
	for i := range tasks {
		start[Classify(tasks[i])+1]++
	}
	for q := Do + 1; q <= Eliminate+1; q++ {
		start[q] += start[q-1]
	}
	all := make([]Task, len(tasks))
	next := start
	for i := range tasks {
		q := Classify(tasks[i])
		all[next[q]] = tasks[i]
		next[q]++
	}
	part := func(q Quadrant) []Task { return all[start[q]:start[q+1]:start[q+1]] }
	return Matrix{Do: part(Do), Schedule: part(Schedule), Delegate: part(Delegate), Eliminate: part(Eliminate)}
}

func (m *Matrix) slot(q Quadrant) *[]Task {
	switch q {
	case Do:
		return &m.Do
	case Schedule:
		return &m.Schedule
	case Delegate:
		return &m.Delegate
	default:
		return &m.Eliminate
	}
}

// Tasks returns the tasks in quadrant q, or nil for an invalid quadrant.
func (m Matrix) Tasks(q Quadrant) []Task {
	if !q.Valid() {
		return nil
	}
	return *m.slot(q)
}

// Len returns the number of tasks in the matrix.
func (m Matrix) Len() int { return len(m.Do) + len(m.Schedule) + len(m.Delegate) + len(m.Eliminate) }

// Quadrants lists the four quadrants in order, Q1 first, for ranging over a
// Matrix.
func Quadrants() []Quadrant { return []Quadrant{Do, Schedule, Delegate, Eliminate} }
