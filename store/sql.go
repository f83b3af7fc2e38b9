package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"iter"
	"net/url"
	"strconv"
	"strings"

	"github.com/google/uuid"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/enum"
)

// Dialect selects the SQL variant of a database. The zero value is invalid.
type Dialect uint8

// The supported dialects.
const (
	// SQLite is SQLite 3, for example through modernc.org/sqlite.
	SQLite Dialect = iota + 1
	// Postgres is PostgreSQL 12 or later, for example through
	// github.com/jackc/pgx/v5/stdlib.
	Postgres
)

var dialectNames = enum.Names[Dialect]{Type: "Dialect", First: SQLite, Text: []string{"sqlite", "postgres"},
	Aliases: map[string]Dialect{"sqlite3": SQLite, "postgresql": Postgres}}

// String returns "sqlite" or "postgres".
func (d Dialect) String() string { return dialectNames.String(d) }

// MarshalText implements [encoding.TextMarshaler].
func (d Dialect) MarshalText() ([]byte, error) { return dialectNames.Marshal(d) }

// UnmarshalText implements [encoding.TextUnmarshaler], so that a
// configuration can name the dialect: "sqlite" or "postgres" (also
// "sqlite3" and "postgresql"), in any letter case.
func (d *Dialect) UnmarshalText(text []byte) error { return dialectNames.Unmarshal(text, d) }

// valid reports whether d is one of the supported dialects.
func (d Dialect) valid() bool { return dialectNames.Valid(d) }

// SchemaVersion is the version of the document format this package writes
// in the schema_version column. It lets a later release migrate old
// documents instead of guessing their shape.
const SchemaVersion = 1

// schema returns the DDL for d; it is idempotent.
func schema(d Dialect) []string {
	writtenAt := "TIMESTAMP"
	if d == Postgres {
		writtenAt = "TIMESTAMPTZ"
	}
	return []string{
		`CREATE TABLE IF NOT EXISTS leadkit_records (
	kind           TEXT    NOT NULL,
	id             TEXT    NOT NULL,
	version        BIGINT  NOT NULL CHECK (version > 0),
	written_at     ` + writtenAt + ` NOT NULL,
	deleted        BOOLEAN NOT NULL,
	schema_version INTEGER NOT NULL,
	body           TEXT,
	PRIMARY KEY (kind, id, version)
)`,
	}
}

// Migrate creates the records table when it does not exist yet. It is safe
// to call on every start.
func Migrate(ctx context.Context, db *sql.DB, d Dialect) error {
	if !d.valid() {
		return fmt.Errorf("store: migrate: %w: unknown dialect %v", leadkit.ErrInvalid, d)
	}
	for _, stmt := range schema(d) {
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("store: migrate %s: %w", d, err)
		}
	}
	return nil
}

// SQLiteDSN returns a modernc.org/sqlite data source name for the database
// file at path with the settings concurrent use needs: write-ahead logging,
// a 10-second busy timeout, foreign keys, and IMMEDIATE transactions. Any
// file name works, also one with "?", "#" or "%" in it.
func SQLiteDSN(path string) string {
	// The DSN is a file: URI, whose path SQLite percent-decodes and ends at
	// "?" or "#"; unescaped, "a?b.db" would open "a" without the settings.
	path = sqliteURIPath.Replace(path)
	q := url.Values{}
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(ON)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Set("_txlock", "immediate")
	return "file:" + path + "?" + q.Encode()
}

var sqliteURIPath = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")

// SQL is a [leadkit.Store] on a database/sql database holding the
// leadkit_records table (see [Migrate]). Records of one SQL value share a
// kind, such as "planning.task"; many kinds share the table. It is safe for
// concurrent use. Make one with [NewSQL]; every method of the zero SQL
// returns an error wrapping [leadkit.ErrInvalid].
type SQL[T any] struct {
	db   *sql.DB
	kind string
	q    queries
	err  error // set when constructed with bad arguments
}

// usable returns the error every method of a store that cannot work
// returns: one made by NewSQL with bad arguments, or the zero SQL.
func (s *SQL[T]) usable() error {
	switch {
	case s.err != nil:
		return s.err
	case s.db == nil:
		return fmt.Errorf("store: %w: the zero SQL store has no database; make one with NewSQL", leadkit.ErrInvalid)
	}
	return nil
}

var _ leadkit.Store[struct{}] = (*SQL[struct{}])(nil)

// listPage is how many records List reads per query. Pages keep no cursor
// open between them, so a loop over List may write to the same store even on
// a database with a single connection.
const listPage = 256

type queries struct {
	latest, insert, tombstone, page, history, purge string
}

// NewSQL returns a store of kind on db. Every method of a store made with an
// unknown dialect or an empty kind returns an error wrapping
// [leadkit.ErrInvalid].
func NewSQL[T any](db *sql.DB, d Dialect, kind string) *SQL[T] {
	s := &SQL[T]{db: db, kind: kind}
	switch {
	case db == nil:
		s.err = fmt.Errorf("store: %w: nil *sql.DB", leadkit.ErrInvalid)
	case !d.valid():
		s.err = fmt.Errorf("store: %w: unknown dialect %v", leadkit.ErrInvalid, d)
	case strings.TrimSpace(kind) == "":
		s.err = fmt.Errorf("store: %w: empty kind", leadkit.ErrInvalid)
	default:
		s.q = buildQueries(d)
	}
	return s
}

const maxVersion = `COALESCE((SELECT MAX(version) FROM leadkit_records WHERE kind = ? AND id = ?), 0)`

func buildQueries(d Dialect) queries {
	// PostgreSQL does not infer parameter types from the target columns of
	// an INSERT ... SELECT, so its values carry casts; SQLite needs none.
	values, tombValues := "?, ?, ?, ?, FALSE, ?, ?", "?, ?, ?, ?, TRUE, ?, NULL"
	// A write locks the version it replaces until it commits, so that a
	// concurrent Purge cannot erase that version between the write's check
	// and its insert, leaving the new version without its history. SQLite
	// runs one writer at a time and needs no lock.
	creating, lock := "? = 0", ""
	if d == Postgres {
		values = "?::text, ?::text, ?::bigint, ?::timestamptz, FALSE, ?::integer, ?::text"
		tombValues = "?::text, ?::text, ?::bigint, ?::timestamptz, TRUE, ?::integer, NULL"
		creating, lock = "?::bigint = 0", " FOR KEY SHARE"
	}
	q := queries{
		latest: `SELECT version, written_at, deleted, body FROM leadkit_records
WHERE kind = ? AND id = ? ORDER BY version DESC LIMIT 1`,
		// The new version is inserted only while expected is still the
		// latest; the primary key turns a racing second insert into a no-op.
		insert: `INSERT INTO leadkit_records (kind, id, version, written_at, deleted, schema_version, body)
SELECT ` + values + ` WHERE ` + maxVersion + ` = ?
AND (` + creating + ` OR EXISTS (SELECT 1 FROM leadkit_records WHERE kind = ? AND id = ? AND version = ?` + lock + `))
ON CONFLICT DO NOTHING`,
		tombstone: `INSERT INTO leadkit_records (kind, id, version, written_at, deleted, schema_version, body)
SELECT ` + tombValues + ` WHERE ` + maxVersion + ` = ?
AND NOT (SELECT deleted FROM leadkit_records WHERE kind = ? AND id = ? AND version = ?` + lock + `)
ON CONFLICT DO NOTHING`,
		page: `SELECT r.id, r.version, r.written_at, r.body FROM leadkit_records r
WHERE r.kind = ? AND r.id > ? AND NOT r.deleted
AND r.version = (SELECT MAX(l.version) FROM leadkit_records l WHERE l.kind = r.kind AND l.id = r.id)
ORDER BY r.id LIMIT ?`,
		history: `SELECT version, written_at, deleted, body FROM leadkit_records
WHERE kind = ? AND id = ? ORDER BY version`,
		purge: `DELETE FROM leadkit_records WHERE kind = ? AND id = ?`,
	}
	if d == Postgres {
		q.latest, q.insert, q.tombstone = numbered(q.latest), numbered(q.insert), numbered(q.tombstone)
		q.page, q.history, q.purge = numbered(q.page), numbered(q.history), numbered(q.purge)
	}
	return q
}

// numbered rewrites ? placeholders as $1, $2, … for PostgreSQL. The queries
// are constants of this package and contain no other question marks.
func numbered(query string) string {
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Get implements [leadkit.Store].
func (s *SQL[T]) Get(ctx context.Context, id uuid.UUID) (leadkit.Record[T], error) {
	if err := s.usable(); err != nil {
		return leadkit.Record[T]{}, err
	}
	v, err := s.latest(ctx, s.db, id)
	if err != nil {
		return leadkit.Record[T]{}, err
	}
	if v.deleted {
		return leadkit.Record[T]{}, notFound(id)
	}
	return decode[T](id, v)
}

type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// latest reads the newest version of id; it returns a not-found error when
// the record has no versions.
func (s *SQL[T]) latest(ctx context.Context, q queryer, id uuid.UUID) (version, error) {
	var v version
	var body sql.NullString
	err := q.QueryRowContext(ctx, s.q.latest, s.kind, id.String()).Scan(&v.n, &v.writtenAt, &v.deleted, &body)
	if errors.Is(err, sql.ErrNoRows) {
		return v, notFound(id)
	}
	if err != nil {
		return v, fmt.Errorf("store: reading %s %s: %w", s.kind, id, err)
	}
	v.writtenAt = v.writtenAt.UTC()
	if body.Valid {
		v.body = []byte(body.String)
	}
	return v, nil
}

// Put implements [leadkit.Store].
func (s *SQL[T]) Put(ctx context.Context, id uuid.UUID, value T, expected uint64) (uint64, error) {
	if err := s.usable(); err != nil {
		return 0, err
	}
	body, err := encode(value)
	if err != nil {
		return 0, err
	}
	next := expected + 1
	res, err := s.db.ExecContext(ctx, s.q.insert,
		s.kind, id.String(), int64(next), utcNow(), SchemaVersion, string(body),
		s.kind, id.String(), int64(expected),
		int64(expected), s.kind, id.String(), int64(expected))
	if err != nil {
		return 0, fmt.Errorf("store: writing %s %s: %w", s.kind, id, err)
	}
	if err := s.checkWritten(ctx, res, id, expected); err != nil {
		return 0, err
	}
	return next, nil
}

// checkWritten turns "no row inserted" into the error the caller can act on.
func (s *SQL[T]) checkWritten(ctx context.Context, res sql.Result, id uuid.UUID, expected uint64) error {
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("store: writing %s %s: %w", s.kind, id, err)
	}
	if n == 1 {
		return nil
	}
	v, err := s.latest(ctx, s.db, id)
	if errors.Is(err, leadkit.ErrNotFound) {
		return conflict(id, expected, 0)
	}
	if err != nil {
		return err
	}
	return conflict(id, expected, v.n)
}

// Delete implements [leadkit.Store].
func (s *SQL[T]) Delete(ctx context.Context, id uuid.UUID, expected uint64) error {
	if err := s.usable(); err != nil {
		return err
	}
	res, err := s.db.ExecContext(ctx, s.q.tombstone,
		s.kind, id.String(), int64(expected+1), utcNow(), SchemaVersion,
		s.kind, id.String(), int64(expected),
		s.kind, id.String(), int64(expected))
	if err != nil {
		return fmt.Errorf("store: deleting %s %s: %w", s.kind, id, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("store: deleting %s %s: %w", s.kind, id, err)
	}
	if n == 1 {
		return nil
	}
	v, err := s.latest(ctx, s.db, id)
	if err != nil {
		return err
	}
	if v.deleted {
		return notFound(id)
	}
	return conflict(id, expected, v.n)
}

// List implements [leadkit.Store]. It reads the records in pages ordered by
// ID, so the loop body may write to the store; records written during the
// iteration may or may not be seen.
func (s *SQL[T]) List(ctx context.Context) iter.Seq2[leadkit.Record[T], error] {
	return func(yield func(leadkit.Record[T], error) bool) {
		if err := s.usable(); err != nil {
			yield(leadkit.Record[T]{}, err)
			return
		}
		after := ""
		for {
			page, err := s.page(ctx, after)
			if err != nil {
				yield(leadkit.Record[T]{}, err)
				return
			}
			for _, p := range page {
				if !yield(decode[T](p.id, p.v)) {
					return
				}
			}
			if len(page) < listPage {
				return
			}
			after = page[len(page)-1].id.String()
		}
	}
}

type listed struct {
	id uuid.UUID
	v  version
}

func (s *SQL[T]) page(ctx context.Context, after string) ([]listed, error) {
	rows, err := s.db.QueryContext(ctx, s.q.page, s.kind, after, listPage)
	if err != nil {
		return nil, fmt.Errorf("store: listing %s: %w", s.kind, err)
	}
	defer rows.Close()
	out := make([]listed, 0, listPage)
	for rows.Next() {
		var l listed
		var id string
		var body sql.NullString
		if err := rows.Scan(&id, &l.v.n, &l.v.writtenAt, &body); err != nil {
			return nil, fmt.Errorf("store: listing %s: %w", s.kind, err)
		}
		if l.id, err = uuid.Parse(id); err != nil {
			return nil, fmt.Errorf("store: listing %s: bad id %q: %w", s.kind, id, err)
		}
		l.v.writtenAt = l.v.writtenAt.UTC()
		l.v.body = []byte(body.String)
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: listing %s: %w", s.kind, err)
	}
	return out, nil
}

// History implements [leadkit.Store].
func (s *SQL[T]) History(ctx context.Context, id uuid.UUID) ([]leadkit.Record[T], error) {
	if err := s.usable(); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, s.q.history, s.kind, id.String())
	if err != nil {
		return nil, fmt.Errorf("store: history of %s %s: %w", s.kind, id, err)
	}
	defer rows.Close()
	var out []leadkit.Record[T]
	for rows.Next() {
		var v version
		var body sql.NullString
		if err := rows.Scan(&v.n, &v.writtenAt, &v.deleted, &body); err != nil {
			return nil, fmt.Errorf("store: history of %s %s: %w", s.kind, id, err)
		}
		v.writtenAt = v.writtenAt.UTC()
		v.body = []byte(body.String)
		rec, err := decode[T](id, v)
		if err != nil {
			return nil, err
		}
		out = append(out, rec)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: history of %s %s: %w", s.kind, id, err)
	}
	if len(out) == 0 {
		return nil, notFound(id)
	}
	return out, nil
}

// Purge implements [leadkit.Store]: it erases every version of the record.
func (s *SQL[T]) Purge(ctx context.Context, id uuid.UUID) error {
	if err := s.usable(); err != nil {
		return err
	}
	// A write that locked the latest version before the purge began commits
	// its new version after the purge's snapshot was taken; delete again
	// until nothing is left, so that no such version survives.
	for purged := false; ; purged = true {
		res, err := s.db.ExecContext(ctx, s.q.purge, s.kind, id.String())
		if err != nil {
			return fmt.Errorf("store: purging %s %s: %w", s.kind, id, err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return fmt.Errorf("store: purging %s %s: %w", s.kind, id, err)
		}
		switch {
		case n == 0 && !purged:
			return notFound(id)
		case n == 0:
			return nil
		}
	}
}
