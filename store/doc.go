// Package store implements [leadkit.Store]: [Memory] for tests and small
// tools, and [SQL] for SQLite and PostgreSQL through database/sql.
//
// Both keep every version of every record: Put and Delete append a version
// (Delete appends a tombstone), and only Purge erases history. Writes name the
// version they replace; a stale version fails with an error wrapping
// [leadkit.ErrConflict], so two editors of one review cannot overwrite each
// other silently.
//
//	db, _ := sql.Open("sqlite", store.SQLiteDSN("leadkit.db"))
//	_ = store.Migrate(ctx, db, store.SQLite)
//	tasks := store.NewSQL[planning.Task](db, store.SQLite, "planning.task")
//	v, err := tasks.Put(ctx, id, task, 0) // 0: create
//	rec, err := tasks.Get(ctx, id)        // rec.Version == v
//
// Values are stored as JSON documents, so T must round-trip through
// encoding/json; both stores copy values in and out, and a caller can never
// change stored state by mutating a value it passed in or got back.
//
// # SQL layout
//
// One table, leadkit_records, holds the documents of every kind:
//
//	kind TEXT, id TEXT, version BIGINT, written_at, deleted BOOLEAN,
//	schema_version INTEGER, body TEXT, PRIMARY KEY (kind, id, version)
//
// Conflicts are decided by the database, not by a read-then-write race: a
// write inserts version n+1 only if n is still the latest version, and the
// primary key rejects a second writer of the same version (INSERT ... SELECT
// ... ON CONFLICT DO NOTHING; zero rows affected means a conflict). Every
// query uses placeholders.
//
// # SQLite
//
// The package imports no driver. Programs import one themselves, usually the
// pure-Go modernc.org/sqlite, and open the database with [SQLiteDSN], which
// turns on write-ahead logging (readers do not block the writer), a busy
// timeout (a writer waits for the lock instead of failing with "database is
// locked") and foreign keys. With it, concurrent writers see only
// [leadkit.ErrConflict], never a busy error.
//
// # PostgreSQL
//
// Use github.com/jackc/pgx/v5/stdlib (driver name "pgx") and [Postgres]. The
// default READ COMMITTED isolation is enough: the primary key arbitrates
// concurrent writers, and a write locks the version it replaces (FOR KEY
// SHARE), so that a concurrent Purge cannot erase the history under it and
// leave the new version alone.
package store
