package planning

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/leadkit/leadkit/internal/tabular"
)

// Task is one item on a tech lead's list: a piece of work, a meeting to
// prepare, a decision to make.
type Task struct {
	// ID identifies the task; readers leave it as uuid.Nil when the input
	// has none, and the caller assigns one (leadkit.NewID) before storing.
	ID uuid.UUID `json:"id,omitzero"`
	// Title says what the task is. It is required.
	Title string `json:"title"`
	// Important marks work that moves the team's or the product's goals.
	Important bool `json:"important,omitempty"`
	// Urgent marks work that needs attention now or very soon.
	Urgent bool `json:"urgent,omitempty"`
	// Estimate is the expected effort; zero means not estimated. In JSON it
	// is a duration text such as "1h30m".
	Estimate time.Duration `json:"estimate,omitempty"`
	// Due is when the task must be finished; zero means no due date. A due
	// time of exactly midnight is a date without a time of day, as the
	// readers make of "2026-03-31", and means the end of that day.
	Due time.Time `json:"due,omitzero"`
	// Owner is who does the task; empty means the lead.
	Owner string `json:"owner,omitempty"`
	// Notes is free text.
	Notes string `json:"notes,omitempty"`
}

// dueDateOnly reports whether t's Due is a date without a time of day.
func (t Task) dueDateOnly() bool {
	h, m, s := t.Due.Clock()
	return h == 0 && m == 0 && s == 0 && t.Due.Nanosecond() == 0
}

// deadline returns when t must be finished at the latest: its Due, or the
// end of the day for a due date without a time of day.
func (t Task) deadline() time.Time {
	if t.dueDateOnly() {
		return t.Due.AddDate(0, 0, 1)
	}
	return t.Due
}

// dueText writes t's Due as a date, or a date and time of day.
func (t Task) dueText() string {
	if t.dueDateOnly() {
		return t.Due.Format(time.DateOnly)
	}
	return t.Due.Format(time.DateTime)
}

// taskJSON is Task's JSON form: the estimate as text, not nanoseconds.
type taskJSON struct {
	ID        uuid.UUID `json:"id,omitzero"`
	Title     string    `json:"title"`
	Important bool      `json:"important,omitempty"`
	Urgent    bool      `json:"urgent,omitempty"`
	Estimate  string    `json:"estimate,omitempty"`
	Due       time.Time `json:"due,omitzero"`
	Owner     string    `json:"owner,omitempty"`
	Notes     string    `json:"notes,omitempty"`
}

// MarshalJSON writes the estimate as a duration text such as "1h30m0s".
func (t Task) MarshalJSON() ([]byte, error) {
	j := taskJSON{ID: t.ID, Title: t.Title, Important: t.Important, Urgent: t.Urgent, Due: t.Due, Owner: t.Owner, Notes: t.Notes}
	if t.Estimate != 0 {
		j.Estimate = t.Estimate.String()
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the estimate as a duration text ("90m", "1h30m") or a
// number of hours written as text ("1.5"). Unknown fields are ignored here,
// so that stored tasks stay readable; [ReadTasksJSON] refuses them. Whatever
// MarshalJSON writes reads back unchanged, even a negative estimate, which
// ReadTasksJSON refuses as input.
func (t *Task) UnmarshalJSON(b []byte) error {
	var j taskJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	task, err := j.task(storedDuration)
	if err != nil {
		return err
	}
	*t = task
	return nil
}

// storedDuration reads an estimate as MarshalJSON writes it, of any sign,
// or in the forms the readers take.
func storedDuration(s string) (time.Duration, error) {
	if d, err := time.ParseDuration(s); err == nil {
		return d, nil
	}
	return tabular.ParseDuration(s)
}

// task converts j to a Task, reading the estimate with parse.
func (j taskJSON) task(parse func(string) (time.Duration, error)) (Task, error) {
	t := Task{ID: j.ID, Title: j.Title, Important: j.Important, Urgent: j.Urgent, Due: j.Due, Owner: j.Owner, Notes: j.Notes}
	if j.Estimate != "" {
		d, err := parse(j.Estimate)
		if err != nil {
			return t, fmt.Errorf("estimate: %w", err)
		}
		t.Estimate = d
	}
	return t, nil
}
