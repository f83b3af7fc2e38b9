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
	// Due is when the task must be finished; zero means no due date.
	Due time.Time `json:"due,omitzero"`
	// Owner is who does the task; empty means the lead.
	Owner string `json:"owner,omitempty"`
	// Notes is free text.
	Notes string `json:"notes,omitempty"`
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
