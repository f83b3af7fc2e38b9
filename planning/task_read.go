package planning

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/leadkit/leadkit/internal/tabular"
)

// TaskColumns are the CSV columns ReadTasksCSV knows, in their usual order.
// Only title is required; names match case-insensitively and a space may
// stand for the underscore.
var TaskColumns = []string{"id", "title", "important", "urgent", "estimate", "due", "owner", "notes"}

// ReadTasksCSV reads tasks from CSV with a header row naming some of
// [TaskColumns]. Yes/no columns take true/false, yes/no, y/n, 1/0 or x;
// estimate takes "90m", "1h30m" or a number of hours; due takes a date
// (2026-03-31) or an RFC 3339 time. An unknown column, a row without a
// title or a malformed value gives a [*leadkit.ParseError] naming the line
// and column.
func ReadTasksCSV(r io.Reader) ([]Task, error) {
	c, err := tabular.NewCSV(r, "", "title")
	if err != nil {
		return nil, err
	}
	if err := c.Unknown(TaskColumns...); err != nil {
		return nil, err
	}
	var tasks []Task
	for {
		row, err := c.Next()
		if errors.Is(err, io.EOF) {
			return tasks, nil
		}
		if err != nil {
			return nil, err
		}
		t, err := taskFromRow(row)
		if err != nil {
			return nil, err
		}
		tasks = append(tasks, t)
	}
}

func taskFromRow(row *tabular.Row) (Task, error) {
	t := Task{Title: row.String("title"), Owner: row.String("owner"), Notes: row.String("notes")}
	if t.Title == "" {
		return t, row.Errorf("title", "every task needs a title")
	}
	var err error
	if s := row.String("id"); s != "" {
		if err := t.ID.UnmarshalText([]byte(s)); err != nil {
			return t, row.Errorf("id", "%q is not a UUID", s)
		}
	}
	if t.Important, err = row.Bool("important"); err != nil {
		return t, err
	}
	if t.Urgent, err = row.Bool("urgent"); err != nil {
		return t, err
	}
	if t.Estimate, err = row.Duration("estimate"); err != nil {
		return t, err
	}
	if t.Due, err = row.Time("due"); err != nil {
		return t, err
	}
	return t, nil
}

// ReadTasksJSON reads a JSON array of tasks in [Task]'s JSON form, or a
// single task object. Unknown fields, a task without a title and malformed
// values give a [*leadkit.ParseError] naming the line and column.
func ReadTasksJSON(r io.Reader) ([]Task, error) {
	var tasks []Task
	_, err := tabular.DecodeJSONListFunc(r, "", func(i int, j *taskJSON) error {
		if strings.TrimSpace(j.Title) == "" {
			return fmt.Errorf("task %d has no title", i+1)
		}
		t, err := j.task(tabular.ParseDuration)
		if err != nil {
			return fmt.Errorf("task %d: %w", i+1, err)
		}
		tasks = append(tasks, t)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return tasks, nil
}
