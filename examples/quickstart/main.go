// Quickstart walks through leadkit's first slice from top to bottom: a tech
// lead's task list is triaged into the Eisenhower matrix, diagnosed, planned
// into next week, and stored in an embedded SQLite database from which it is
// read back.
//
//	go run ./examples/quickstart            # uses a temporary database
//	go run ./examples/quickstart -db lk.db  # keeps the database in lk.db
package main

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strconv"
	"time"

	_ "modernc.org/sqlite" // the embedded, pure-Go SQLite driver

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/planning"
	"github.com/leadkit/leadkit/store"
)

func main() {
	dbPath := flag.String("db", "", "SQLite database file (default: a temporary file, removed at exit)")
	flag.Parse()
	if err := run(*dbPath, os.Stdout); err != nil {
		log.Fatal(err)
	}
}

func run(dbPath string, w io.Writer) error {
	ctx := context.Background()
	// Domain functions never read the clock: the program decides what "now"
	// is. A fixed Friday evening (plan next week) keeps the output the same
	// on every run; a real program passes time.Now().
	now := time.Date(2026, 11, 27, 17, 30, 0, 0, time.UTC)

	// 1. The week's task list, as a tech lead would jot it down.
	tasks := []planning.Task{
		{Title: "Fix the failing payment webhook in production", Important: true, Urgent: true, Estimate: 3 * time.Hour, Due: now.AddDate(0, 0, 3)},
		{Title: "One-on-ones with Ana and Bo", Important: true, Urgent: true, Estimate: 2 * time.Hour},
		{Title: "Answer the CTO's escalation about the outage", Important: true, Urgent: true},
		{Title: "Draft the Q1 technical strategy", Important: true, Estimate: 6 * time.Hour},
		{Title: "Review the C4 container diagram with the architects", Important: true, Estimate: 2 * time.Hour},
		{Title: "Write the ADR for the event bus", Important: true, Estimate: 3 * time.Hour},
		{Title: "Set up next week's client demo environment", Urgent: true, Estimate: 2 * time.Hour},
		{Title: "Fill in the vendor security questionnaire", Urgent: true, Estimate: time.Hour},
		{Title: "Swap the JSON library for a shiny new one", Estimate: 4 * time.Hour},
		{Title: "Colour-code the inbox"},
	}
	for i := range tasks {
		tasks[i].ID = leadkit.NewID()
	}

	// 2. Triage: each task in its quadrant.
	m := planning.Triage(tasks)
	fmt.Fprintln(w, "== Eisenhower matrix")
	for _, q := range planning.Quadrants() {
		fmt.Fprintf(w, "%s %s: %s\n", q.Label(), q, q.Action())
		for _, t := range m.Tasks(q) {
			fmt.Fprintf(w, "    - %s\n", t.Title)
		}
	}

	// 3. Diagnose the balance (firefighting, avoidance, empty quadrants...).
	fmt.Fprintln(w, "\n== Diagnostics")
	printFindings(w, m.Diagnose(planning.DiagnoseOptions{}))

	// 4. Plan the week: Do, then Schedule work into working hours, keeping
	// lunch breaks and a fifth of each day free for the unexpected.
	plan := planning.PlanWeek(tasks, planning.Capacity{}, now)
	fmt.Fprintf(w, "\n== Week plan (%s of work, %s buffer, %s still free)\n", hours(plan.Planned), hours(plan.Buffer), hours(plan.Free()))
	for _, b := range plan.Blocks {
		fmt.Fprintf(w, "    %s-%s  %s\n", b.Start.Format("Mon 02 Jan 15:04"), b.End.Format("15:04"), b.Title)
	}
	printFindings(w, plan.Findings)

	// 5. Someone asks for something new: never say yes on the spot.
	req := planning.Task{Title: "Prepare a board-level incident report", Important: true, Urgent: true, Estimate: 22 * time.Hour}
	eval := planning.Evaluate(plan, req)
	fmt.Fprintf(w, "\n== New request: %s\n    verdict: %s\n    answer:  %s\n", req.Title, eval.Verdict, eval.Answer)

	// 6. Keep the tasks in the embedded SQLite store and read them back.
	if dbPath == "" {
		dir, err := os.MkdirTemp("", "leadkit-quickstart")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		dbPath = filepath.Join(dir, "leadkit.db")
	}
	db, err := sql.Open("sqlite", store.SQLiteDSN(dbPath))
	if err != nil {
		return err
	}
	defer db.Close()
	if err := store.Migrate(ctx, db, store.SQLite); err != nil {
		return err
	}
	taskStore := store.NewSQL[planning.Task](db, store.SQLite, "planning.task")
	for _, t := range tasks {
		if _, err := taskStore.Put(ctx, t.ID, t, 0); err != nil {
			return fmt.Errorf("storing %q: %w", t.Title, err)
		}
	}

	// Finish the first task: a new version; the old one stays in the history.
	done := tasks[0]
	done.Notes = "Fixed: retry with idempotency keys."
	if _, err := taskStore.Put(ctx, done.ID, done, 1); err != nil {
		return err
	}
	// A stale writer is refused instead of silently overwriting.
	if _, err := taskStore.Put(ctx, done.ID, tasks[0], 1); !errors.Is(err, leadkit.ErrConflict) {
		return fmt.Errorf("expected a conflict, got %v", err)
	}

	fmt.Fprintln(w, "\n== Stored tasks, read back")
	n := 0
	for rec, err := range taskStore.List(ctx) {
		if err != nil {
			return err
		}
		n++
		fmt.Fprintf(w, "    v%d %-9s %s\n", rec.Version, planning.Classify(rec.Value), rec.Value.Title)
	}
	history, err := taskStore.History(ctx, done.ID)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%d tasks stored; %q has %d versions (latest note: %q)\n", n, done.Title, len(history), history[len(history)-1].Value.Notes)
	return nil
}

// hours writes d as hours, such as "16h" or "2.5h".
func hours(d time.Duration) string {
	return strconv.FormatFloat(d.Hours(), 'f', -1, 64) + "h"
}

func printFindings(w io.Writer, fs leadkit.Findings) {
	if len(fs) == 0 {
		fmt.Fprintln(w, "    (none)")
	}
	for _, f := range fs {
		fmt.Fprintf(w, "    %-7s %s: %s\n", f.Severity, f.Code, f.Message)
	}
}
