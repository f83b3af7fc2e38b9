package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"slices"
	"sync"
	"time"

	"github.com/google/uuid"

	"github.com/leadkit/leadkit"
)

// Memory is an in-memory [leadkit.Store]. It is safe for concurrent use and
// keeps values as JSON documents, so stored state is never shared with
// callers. The zero value is an empty store ready to use; a Memory must not
// be copied after first use.
type Memory[T any] struct {
	mu      sync.RWMutex
	records map[uuid.UUID][]version // nil until the first write
}

// version is one stored version of a record.
type version struct {
	n         uint64
	writtenAt time.Time
	deleted   bool
	body      []byte // JSON; nil for tombstones
}

// NewMemory returns an empty in-memory store.
func NewMemory[T any]() *Memory[T] { return new(Memory[T]) }

var _ leadkit.Store[struct{}] = (*Memory[struct{}])(nil)

// utcNow is the write time of a version: UTC, to the microsecond, which is
// what PostgreSQL keeps, so both stores report the same times.
func utcNow() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }

// Get implements [leadkit.Store].
func (m *Memory[T]) Get(ctx context.Context, id uuid.UUID) (leadkit.Record[T], error) {
	if err := ctx.Err(); err != nil {
		return leadkit.Record[T]{}, err
	}
	m.mu.RLock()
	vs := m.records[id]
	var last version
	if len(vs) > 0 {
		last = vs[len(vs)-1]
	}
	m.mu.RUnlock()
	if len(vs) == 0 || last.deleted {
		return leadkit.Record[T]{}, notFound(id)
	}
	return decode[T](id, last)
}

// Put implements [leadkit.Store].
func (m *Memory[T]) Put(ctx context.Context, id uuid.UUID, value T, expected uint64) (uint64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	body, err := encode(value)
	if err != nil {
		return 0, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	vs := m.records[id]
	if latest := uint64(len(vs)); expected != latest {
		return 0, conflict(id, expected, latest)
	}
	if m.records == nil {
		m.records = make(map[uuid.UUID][]version)
	}
	v := version{n: expected + 1, writtenAt: utcNow(), body: body}
	m.records[id] = append(vs, v)
	return v.n, nil
}

// Delete implements [leadkit.Store].
func (m *Memory[T]) Delete(ctx context.Context, id uuid.UUID, expected uint64) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	vs := m.records[id]
	if len(vs) == 0 || vs[len(vs)-1].deleted {
		return notFound(id)
	}
	if latest := uint64(len(vs)); expected != latest {
		return conflict(id, expected, latest)
	}
	m.records[id] = append(vs, version{n: expected + 1, writtenAt: utcNow(), deleted: true})
	return nil
}

// List implements [leadkit.Store]. It works on a snapshot taken when
// iteration starts, so the loop body may write to the store.
func (m *Memory[T]) List(ctx context.Context) iter.Seq2[leadkit.Record[T], error] {
	return func(yield func(leadkit.Record[T], error) bool) {
		if err := ctx.Err(); err != nil {
			yield(leadkit.Record[T]{}, err)
			return
		}
		type live struct {
			id uuid.UUID
			v  version
		}
		m.mu.RLock()
		snapshot := make([]live, 0, len(m.records))
		for id, vs := range m.records {
			if last := vs[len(vs)-1]; !last.deleted {
				snapshot = append(snapshot, live{id, last})
			}
		}
		m.mu.RUnlock()
		slices.SortFunc(snapshot, func(a, b live) int { return bytes.Compare(a.id[:], b.id[:]) })
		for _, l := range snapshot {
			if err := ctx.Err(); err != nil {
				yield(leadkit.Record[T]{}, err)
				return
			}
			if !yield(decode[T](l.id, l.v)) {
				return
			}
		}
	}
}

// History implements [leadkit.Store].
func (m *Memory[T]) History(ctx context.Context, id uuid.UUID) ([]leadkit.Record[T], error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m.mu.RLock()
	vs := slices.Clone(m.records[id])
	m.mu.RUnlock()
	if len(vs) == 0 {
		return nil, notFound(id)
	}
	out := make([]leadkit.Record[T], 0, len(vs))
	for _, v := range vs {
		rec, err := decode[T](id, v)
		if err != nil {
			return nil, err
		}
		out = append(out, rec)
	}
	return out, nil
}

// Purge implements [leadkit.Store]: it erases every version of the record.
func (m *Memory[T]) Purge(ctx context.Context, id uuid.UUID) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.records[id]) == 0 {
		return notFound(id)
	}
	delete(m.records, id)
	return nil
}

func encode[T any](value T) ([]byte, error) {
	body, err := json.Marshal(value)
	if err != nil {
		return nil, fmt.Errorf("store: encoding %T: %w", value, err)
	}
	return body, nil
}

func decode[T any](id uuid.UUID, v version) (leadkit.Record[T], error) {
	rec := leadkit.Record[T]{ID: id, Version: v.n, WrittenAt: v.writtenAt, Deleted: v.deleted}
	if v.deleted {
		return rec, nil
	}
	if err := json.Unmarshal(v.body, &rec.Value); err != nil {
		return rec, &DecodeError{ID: id, Version: v.n, Err: err}
	}
	return rec, nil
}

// DecodeError reports a stored document that cannot be decoded into the
// store's value type, for example after the type changed incompatibly. The
// record's other versions and all other records stay readable.
type DecodeError struct {
	ID      uuid.UUID
	Version uint64
	Err     error
}

// Error names the record and version that could not be decoded.
func (e *DecodeError) Error() string {
	return fmt.Sprintf("store: record %s version %d cannot be decoded: %v", e.ID, e.Version, e.Err)
}

// Unwrap returns the JSON error.
func (e *DecodeError) Unwrap() error { return e.Err }

func notFound(id uuid.UUID) error { return fmt.Errorf("store: record %s: %w", id, leadkit.ErrNotFound) }

func conflict(id uuid.UUID, expected, latest uint64) error {
	return fmt.Errorf("store: record %s: expected version %d, latest is %d: %w", id, expected, latest, leadkit.ErrConflict)
}
