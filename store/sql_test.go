package store_test

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	_ "modernc.org/sqlite"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/store"
	"github.com/leadkit/leadkit/store/storetest"
)

// openSQLite opens a fresh SQLite database file in a temporary directory.
func openSQLite(t testing.TB) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", store.SQLiteDSN(filepath.Join(t.TempDir(), "leadkit.db")))
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	require.NoError(t, store.Migrate(context.Background(), db, store.SQLite))
	return db
}

// openPostgres opens the database named by LEADKIT_POSTGRES_DSN, or skips.
func openPostgres(t testing.TB) *sql.DB {
	t.Helper()
	dsn := os.Getenv("LEADKIT_POSTGRES_DSN")
	if dsn == "" {
		t.Skip("LEADKIT_POSTGRES_DSN is not set; skipping the PostgreSQL tests (.ci/run sets it)")
	}
	db, err := sql.Open("pgx", dsn)
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	require.NoError(t, db.Ping(), "LEADKIT_POSTGRES_DSN is set but PostgreSQL does not answer")
	require.NoError(t, store.Migrate(context.Background(), db, store.Postgres))
	return db
}

// uniqueKind isolates each test's records in a shared database.
func uniqueKind() string { return "storetest." + leadkit.NewID().String() }

func TestSQLite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) leadkit.Store[storetest.Doc] {
		return store.NewSQL[storetest.Doc](openSQLite(t), store.SQLite, uniqueKind())
	})
}

func TestPostgres(t *testing.T) {
	db := openPostgres(t)
	storetest.Run(t, func(t *testing.T) leadkit.Store[storetest.Doc] {
		return store.NewSQL[storetest.Doc](db, store.Postgres, uniqueKind())
	})
}

// sqlDialects runs fn against SQLite and, when configured, PostgreSQL.
func sqlDialects(t *testing.T, fn func(t *testing.T, db *sql.DB, d store.Dialect)) {
	t.Run("sqlite", func(t *testing.T) { fn(t, openSQLite(t), store.SQLite) })
	t.Run("postgres", func(t *testing.T) { fn(t, openPostgres(t), store.Postgres) })
}

func TestSQLKindsAreSeparate(t *testing.T) {
	sqlDialects(t, func(t *testing.T, db *sql.DB, d store.Dialect) {
		ctx := context.Background()
		a := store.NewSQL[storetest.Doc](db, d, uniqueKind())
		b := store.NewSQL[storetest.Doc](db, d, uniqueKind())
		id := leadkit.NewID()
		_, err := a.Put(ctx, id, storetest.Doc{Title: "a"}, 0)
		require.NoError(t, err)
		_, err = b.Get(ctx, id)
		assert.ErrorIs(t, err, leadkit.ErrNotFound)
		v, err := b.Put(ctx, id, storetest.Doc{Title: "b"}, 0)
		require.NoError(t, err)
		assert.Equal(t, uint64(1), v, "the same id in another kind is another record")
		for range b.List(ctx) {
		}
		require.NoError(t, a.Purge(ctx, id))
		rec, err := b.Get(ctx, id)
		require.NoError(t, err)
		assert.Equal(t, "b", rec.Value.Title)
	})
}

func TestSQLCorruptBody(t *testing.T) {
	sqlDialects(t, func(t *testing.T, db *sql.DB, d store.Dialect) {
		ctx := context.Background()
		kind := uniqueKind()
		s := store.NewSQL[storetest.Doc](db, d, kind)
		id := leadkit.NewID()
		_, err := s.Put(ctx, id, storetest.Doc{Title: "ok"}, 0)
		require.NoError(t, err)
		query := `UPDATE leadkit_records SET body = ? WHERE kind = ? AND id = ?`
		if d == store.Postgres {
			query = `UPDATE leadkit_records SET body = $1 WHERE kind = $2 AND id = $3`
		}
		_, err = db.ExecContext(ctx, query, `{"title": 42`, kind, id.String())
		require.NoError(t, err)

		_, err = s.Get(ctx, id)
		var decErr *store.DecodeError
		require.True(t, errors.As(err, &decErr), "got %v", err)
		assert.Equal(t, id, decErr.ID)
		assert.Equal(t, uint64(1), decErr.Version)
		_, err = s.History(ctx, id)
		assert.True(t, errors.As(err, &decErr))
	})
}

func TestSQLBadConstruction(t *testing.T) {
	db := openSQLite(t)
	ctx := context.Background()
	for name, s := range map[string]*store.SQL[storetest.Doc]{
		"nil db":     store.NewSQL[storetest.Doc](nil, store.SQLite, "k.x"),
		"no dialect": store.NewSQL[storetest.Doc](db, 0, "k.x"),
		"empty kind": store.NewSQL[storetest.Doc](db, store.SQLite, " "),
		"zero value": {},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := s.Get(ctx, leadkit.NewID())
			assert.ErrorIs(t, err, leadkit.ErrInvalid)
			_, err = s.Put(ctx, leadkit.NewID(), storetest.Doc{}, 0)
			assert.ErrorIs(t, err, leadkit.ErrInvalid)
			assert.ErrorIs(t, s.Delete(ctx, leadkit.NewID(), 1), leadkit.ErrInvalid)
			assert.ErrorIs(t, s.Purge(ctx, leadkit.NewID()), leadkit.ErrInvalid)
			_, err = s.History(ctx, leadkit.NewID())
			assert.ErrorIs(t, err, leadkit.ErrInvalid)
			listed := 0
			for _, err := range s.List(ctx) {
				assert.ErrorIs(t, err, leadkit.ErrInvalid)
				listed++
			}
			assert.Equal(t, 1, listed, "List yields the error once")
		})
	}
	assert.ErrorIs(t, store.Migrate(ctx, db, 7), leadkit.ErrInvalid)
}

func TestMigrateIsIdempotent(t *testing.T) {
	sqlDialects(t, func(t *testing.T, db *sql.DB, d store.Dialect) {
		require.NoError(t, store.Migrate(context.Background(), db, d))
		require.NoError(t, store.Migrate(context.Background(), db, d))
	})
}

func TestSQLiteDSNAnyFileName(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a?b.db", "c#d.db", "e%20f.db", "g h.db", "ünï.db"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			db, err := sql.Open("sqlite", store.SQLiteDSN(path))
			require.NoError(t, err)
			defer db.Close()
			require.NoError(t, store.Migrate(context.Background(), db, store.SQLite))
			var mode string
			require.NoError(t, db.QueryRow("PRAGMA journal_mode").Scan(&mode))
			assert.Equal(t, "wal", mode, "the settings after the path are applied")
			assert.FileExists(t, path, "the database is the file named, not a prefix of it")
		})
	}
}

func TestDialectText(t *testing.T) {
	for _, d := range []store.Dialect{store.SQLite, store.Postgres} {
		b, err := d.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, d.String(), string(b))
		var back store.Dialect
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, d, back)
	}
	assert.Equal(t, "sqlite", store.SQLite.String())
	assert.Equal(t, "postgres", store.Postgres.String())
	assert.Equal(t, "Dialect(0)", store.Dialect(0).String())

	var d store.Dialect
	require.NoError(t, d.UnmarshalText([]byte("PostgreSQL")))
	assert.Equal(t, store.Postgres, d)
	assert.Error(t, d.UnmarshalText([]byte("mysql")))
	_, err := store.Dialect(0).MarshalText()
	assert.Error(t, err, "the unset dialect does not marshal")
}
