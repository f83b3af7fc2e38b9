package leadkit

import (
	"context"
	"iter"
	"time"

	"github.com/google/uuid"
)

// Record is one version of a stored value.
type Record[T any] struct {
	// ID identifies the record across all its versions.
	ID uuid.UUID `json:"id"`
	// Version counts the writes to the record, starting at 1. Deletes count
	// as writes.
	Version uint64 `json:"version"`
	// WrittenAt is when the store wrote this version, in UTC.
	WrittenAt time.Time `json:"written_at"`
	// Deleted marks a tombstone: the version written by [Store.Delete]. A
	// tombstone's Value is the zero value.
	Deleted bool `json:"deleted,omitempty"`
	// Value is the stored value.
	Value T `json:"value"`
}

// Store keeps versioned records of one type with optimistic concurrency.
// Every write names the version it expects to replace; nothing is overwritten
// in place, and every version stays in the history until Purge erases it.
// Implementations are safe for concurrent use. The store package provides
// implementations in memory and on database/sql.
type Store[T any] interface {
	// Get returns the latest version of the record. It returns an error
	// wrapping ErrNotFound when the record does not exist or is deleted.
	Get(ctx context.Context, id uuid.UUID) (Record[T], error)

	// Put writes a new version of the record and returns its version
	// number. expected is the version being replaced: 0 to create a record
	// that has never existed, the latest version to update it, or a
	// tombstone's version to re-create a deleted record. Any other expected
	// version returns an error wrapping ErrConflict.
	Put(ctx context.Context, id uuid.UUID, value T, expected uint64) (uint64, error)

	// Delete writes a tombstone as the next version. It returns an error
	// wrapping ErrNotFound when the record does not exist or is already
	// deleted, and one wrapping ErrConflict when expected is not the latest
	// version.
	Delete(ctx context.Context, id uuid.UUID, expected uint64) error

	// List yields the latest version of every live (not deleted) record,
	// ordered by ID. A record whose value cannot be read is yielded with a
	// non-nil error and iteration goes on with the next one; the caller
	// decides whether to stop.
	List(ctx context.Context) iter.Seq2[Record[T], error]

	// History returns every version of the record ever written, tombstones
	// included, oldest first. It returns an error wrapping ErrNotFound when
	// the record has no versions.
	History(ctx context.Context, id uuid.UUID) ([]Record[T], error)

	// Purge erases every version of the record. It is the one operation that
	// removes history, meant for legal erasure requests (such as the private
	// one-on-one notes of a person who has left); everything else keeps
	// every version. It returns an error wrapping ErrNotFound when the record
	// has no versions.
	Purge(ctx context.Context, id uuid.UUID) error
}
