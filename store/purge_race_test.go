package store_test

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/store"
	"github.com/leadkit/leadkit/store/storetest"
)

// TestPostgresPurgeRacingAPut stages, with a transaction that holds the
// next version's key, the race of an update that read the record before a
// Purge and writes after it: the update must not leave a version behind
// whose history the Purge erased. (SQLite runs one writer at a time, so the
// race cannot happen there.)
func TestPostgresPurgeRacingAPut(t *testing.T) {
	db := openPostgres(t)
	ctx := context.Background()
	kind := uniqueKind()
	s := store.NewSQL[storetest.Doc](db, store.Postgres, kind)
	id := leadkit.NewID()
	_, err := s.Put(ctx, id, storetest.Doc{Title: "private notes"}, 0)
	require.NoError(t, err)

	// Another writer has inserted version 2 but not committed: the Put
	// below has checked that version 1 is the latest and now waits on it.
	blocker, err := db.BeginTx(ctx, nil)
	require.NoError(t, err)
	defer blocker.Rollback()
	_, err = blocker.ExecContext(ctx, `INSERT INTO leadkit_records (kind, id, version, written_at, deleted, schema_version, body)
VALUES ($1, $2, 2, now(), FALSE, 1, '{}')`, kind, id.String())
	require.NoError(t, err)

	put := make(chan error, 1)
	go func() {
		_, err := s.Put(ctx, id, storetest.Doc{Title: "edited notes"}, 1)
		put <- err
	}()
	waitForLockWaiters(t, db, 1)

	purge := make(chan error, 1)
	go func() { purge <- s.Purge(ctx, id) }()
	// The Purge either finishes or waits for the Put; give it the time.
	select {
	case err := <-purge:
		purge <- err
	case <-time.After(500 * time.Millisecond):
	}
	require.NoError(t, blocker.Rollback())

	require.NoError(t, <-put, "the Put came first")
	require.NoError(t, <-purge)
	_, err = s.History(ctx, id)
	assert.ErrorIs(t, err, leadkit.ErrNotFound, "the Purge erased every version, also the one the racing Put wrote")
}

// waitForLockWaiters waits until at least n statements wait for a lock.
func waitForLockWaiters(t *testing.T, db *sql.DB, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		var waiting int
		require.NoError(t, db.QueryRow(`SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'`).Scan(&waiting))
		if waiting >= n {
			return
		}
		require.True(t, time.Now().Before(deadline), "no statement came to wait for a lock")
		time.Sleep(10 * time.Millisecond)
	}
}
