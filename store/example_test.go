package store_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/store"
)

type note struct {
	Text string `json:"text"`
}

func ExampleMemory() {
	ctx := context.Background()
	notes := store.NewMemory[note]()
	id := leadkit.NewID()

	v1, _ := notes.Put(ctx, id, note{Text: "first draft"}, 0) // 0: create
	v2, _ := notes.Put(ctx, id, note{Text: "second draft"}, v1)

	// A writer still holding version 1 cannot overwrite version 2.
	_, err := notes.Put(ctx, id, note{Text: "lost update"}, v1)
	fmt.Println(errors.Is(err, leadkit.ErrConflict))

	_ = notes.Delete(ctx, id, v2)
	history, _ := notes.History(ctx, id)
	for _, rec := range history {
		fmt.Println(rec.Version, rec.Deleted, rec.Value.Text)
	}
	// Output:
	// true
	// 1 false first draft
	// 2 false second draft
	// 3 true
}

func ExampleSQL() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "leadkit-example")
	defer os.RemoveAll(dir)

	// The program imports the driver: _ "modernc.org/sqlite".
	db, err := sql.Open("sqlite", store.SQLiteDSN(filepath.Join(dir, "leadkit.db")))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()
	if err := store.Migrate(ctx, db, store.SQLite); err != nil {
		fmt.Println(err)
		return
	}

	notes := store.NewSQL[note](db, store.SQLite, "example.note")
	id := leadkit.NewID()
	if _, err := notes.Put(ctx, id, note{Text: "ship the ADR"}, 0); err != nil {
		fmt.Println(err)
		return
	}
	for rec, err := range notes.List(ctx) {
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(rec.Version, rec.Value.Text)
	}
	// Output: 1 ship the ADR
}
