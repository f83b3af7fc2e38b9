// Package storetest is a conformance suite for implementations of
// [leadkit.Store]. The store package runs it against every store it ships;
// run it against your own implementation the same way:
//
//	func TestMyStore(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) leadkit.Store[storetest.Doc] {
//			return NewMyStore[storetest.Doc](t.TempDir())
//		})
//	}
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
)

// Doc is the value type the suite stores.
type Doc struct {
	Title string            `json:"title"`
	Tags  []string          `json:"tags,omitempty"`
	Score int               `json:"score"`
	Meta  map[string]string `json:"meta,omitempty"`
	// Undecodable makes the stored document fail to decode, standing in for
	// data written by an older, incompatible version of a type.
	Undecodable bool `json:"undecodable,omitempty"`
}

// UnmarshalJSON refuses documents written with Undecodable set.
func (d *Doc) UnmarshalJSON(b []byte) error {
	type plain Doc
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	if p.Undecodable {
		return errors.New("storetest: document marked undecodable")
	}
	*d = Doc(p)
	return nil
}

// Run runs the suite. newStore must return an empty store each time it is
// called; each subtest calls it once.
func Run(t *testing.T, newStore func(t *testing.T) leadkit.Store[Doc]) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s leadkit.Store[Doc])
	}{
		{"CreateGetUpdate", testCreateGetUpdate},
		{"StaleVersionsConflict", testStaleVersions},
		{"GetMissing", testGetMissing},
		{"DeleteAndRecreate", testDeleteAndRecreate},
		{"List", testList},
		{"ListAllowsWritesInLoop", testListWrites},
		{"Purge", testPurge},
		{"ConcurrentWriters", testConcurrentWriters},
		{"UnicodeAndLargeValues", testUnicodeAndLarge},
		{"CanceledContext", testCanceled},
		{"UndecodableValue", testUndecodable},
		{"Copies", testCopies},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, newStore(t)) })
	}
}

func testCreateGetUpdate(t *testing.T, s leadkit.Store[Doc]) {
	ctx := context.Background()
	id := leadkit.NewID()
	v, err := s.Put(ctx, id, Doc{Title: "first", Tags: []string{"a"}}, 0)
	require.NoError(t, err)
	assert.Equal(t, uint64(1), v)

	rec, err := s.Get(ctx, id)
	require.NoError(t, err)
	assert.Equal(t, id, rec.ID)
	assert.Equal(t, uint64(1), rec.Version)
	assert.False(t, rec.Deleted)
	assert.Equal(t, Doc{Title: "first", Tags: []string{"a"}}, rec.Value)
	assert.Equal(t, time.UTC, rec.WrittenAt.Location())
	assert.WithinDuration(t, time.Now(), rec.WrittenAt, time.Minute)

	v, err = s.Put(ctx, id, Doc{Title: "second", Score: 2}, 1)
	require.NoError(t, err)
	assert.Equal(t, uint64(2), v)
	rec, err = s.Get(ctx, id)
	require.NoError(t, err)
	assert.Equal(t, uint64(2), rec.Version)
	assert.Equal(t, Doc{Title: "second", Score: 2}, rec.Value)

	hist, err := s.History(ctx, id)
	require.NoError(t, err)
	require.Len(t, hist, 2)
	assert.Equal(t, "first", hist[0].Value.Title, "updates never overwrite in place")
	assert.Equal(t, "second", hist[1].Value.Title)
	assert.False(t, hist[1].WrittenAt.Before(hist[0].WrittenAt))
}

func testStaleVersions(t *testing.T, s leadkit.Store[Doc]) {
	ctx := context.Background()
	id := leadkit.NewID()
	_, err := s.Put(ctx, id, Doc{Title: "v1"}, 5)
	assert.ErrorIs(t, err, leadkit.ErrConflict, "updating a record that does not exist")
	_, err = s.Put(ctx, id, Doc{Title: "v1"}, 0)
	require.NoError(t, err)
	_, err = s.Put(ctx, id, Doc{Title: "again"}, 0)
	assert.ErrorIs(t, err, leadkit.ErrConflict, "creating a record twice")
	_, err = s.Put(ctx, id, Doc{Title: "v2"}, 1)
	require.NoError(t, err)
	for _, expected := range []uint64{1, 3, 99} {
		_, err = s.Put(ctx, id, Doc{Title: "stale"}, expected)
		assert.ErrorIs(t, err, leadkit.ErrConflict, "expected %d", expected)
		assert.ErrorIs(t, s.Delete(ctx, id, expected), leadkit.ErrConflict, "delete expecting %d", expected)
	}
	rec, err := s.Get(ctx, id)
	require.NoError(t, err)
	assert.Equal(t, "v2", rec.Value.Title, "failed writes change nothing")
	hist, err := s.History(ctx, id)
	require.NoError(t, err)
	assert.Len(t, hist, 2)
}

func testGetMissing(t *testing.T, s leadkit.Store[Doc]) {
	ctx := context.Background()
	_, err := s.Get(ctx, leadkit.NewID())
	assert.ErrorIs(t, err, leadkit.ErrNotFound)
	_, err = s.History(ctx, leadkit.NewID())
	assert.ErrorIs(t, err, leadkit.ErrNotFound)
	assert.ErrorIs(t, s.Delete(ctx, leadkit.NewID(), 0), leadkit.ErrNotFound)
	assert.ErrorIs(t, s.Delete(ctx, leadkit.NewID(), 1), leadkit.ErrNotFound)
	assert.ErrorIs(t, s.Purge(ctx, leadkit.NewID()), leadkit.ErrNotFound)
	_, err = s.Get(ctx, uuid.Nil)
	assert.ErrorIs(t, err, leadkit.ErrNotFound)
}

func testDeleteAndRecreate(t *testing.T, s leadkit.Store[Doc]) {
	ctx := context.Background()
	id := leadkit.NewID()
	_, err := s.Put(ctx, id, Doc{Title: "v1"}, 0)
	require.NoError(t, err)
	_, err = s.Put(ctx, id, Doc{Title: "v2"}, 1)
	require.NoError(t, err)

	require.NoError(t, s.Delete(ctx, id, 2))
	_, err = s.Get(ctx, id)
	assert.ErrorIs(t, err, leadkit.ErrNotFound)
	assert.ErrorIs(t, s.Delete(ctx, id, 3), leadkit.ErrNotFound, "deleting a deleted record")
	_, err = s.Put(ctx, id, Doc{Title: "new"}, 0)
	assert.ErrorIs(t, err, leadkit.ErrConflict, "re-creating needs the tombstone's version")
	_, err = s.Put(ctx, id, Doc{Title: "new"}, 2)
	assert.ErrorIs(t, err, leadkit.ErrConflict)

	v, err := s.Put(ctx, id, Doc{Title: "v4"}, 3)
	require.NoError(t, err)
	assert.Equal(t, uint64(4), v)
	rec, err := s.Get(ctx, id)
	require.NoError(t, err)
	assert.Equal(t, "v4", rec.Value.Title)

	hist, err := s.History(ctx, id)
	require.NoError(t, err)
	require.Len(t, hist, 4)
	for i, h := range hist {
		assert.Equal(t, uint64(i+1), h.Version)
		assert.Equal(t, id, h.ID)
		assert.Equal(t, i == 2, h.Deleted, "version %d", h.Version)
	}
	assert.Equal(t, Doc{}, hist[2].Value, "a tombstone carries no value")
	assert.Equal(t, []string{"v1", "v2", "", "v4"}, titles(hist))
}

func titles(rs []leadkit.Record[Doc]) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Value.Title
	}
	return out
}

func testList(t *testing.T, s leadkit.Store[Doc]) {
	ctx := context.Background()
	n := 600 // more than one page of a paging implementation
	if testing.Short() {
		n = 300
	}
	ids := make([]uuid.UUID, n)
	for i := range ids {
		ids[i] = uuid.New() // random order, unlike NewID
		_, err := s.Put(ctx, ids[i], Doc{Title: "doc", Score: i}, 0)
		require.NoError(t, err)
	}
	// Update one, delete another: List shows latest values of live records.
	_, err := s.Put(ctx, ids[0], Doc{Title: "updated", Score: 0}, 1)
	require.NoError(t, err)
	require.NoError(t, s.Delete(ctx, ids[1], 1))

	var got []leadkit.Record[Doc]
	for rec, err := range s.List(ctx) {
		require.NoError(t, err)
		got = append(got, rec)
	}
	require.Len(t, got, n-1)
	for i := 1; i < len(got); i++ {
		assert.Less(t, got[i-1].ID.String(), got[i].ID.String(), "ordered by id")
	}
	byID := make(map[uuid.UUID]leadkit.Record[Doc])
	for _, r := range got {
		byID[r.ID] = r
	}
	assert.Equal(t, "updated", byID[ids[0]].Value.Title)
	assert.Equal(t, uint64(2), byID[ids[0]].Version)
	assert.NotContains(t, byID, ids[1])
	assert.Equal(t, 5, byID[ids[5]].Value.Score)

	seen := 0
	for range s.List(ctx) {
		seen++
		if seen == 3 {
			break
		}
	}
	assert.Equal(t, 3, seen, "breaking out of the loop stops iteration")
}

func testListWrites(t *testing.T, s leadkit.Store[Doc]) {
	ctx := context.Background()
	for i := range 5 {
		_, err := s.Put(ctx, leadkit.NewID(), Doc{Score: i}, 0)
		require.NoError(t, err)
	}
	for rec, err := range s.List(ctx) {
		require.NoError(t, err)
		_, err = s.Put(ctx, rec.ID, Doc{Score: rec.Value.Score + 10}, rec.Version)
		require.NoError(t, err, "writing inside a List loop must not deadlock or fail")
	}
	total := 0
	for rec, err := range s.List(ctx) {
		require.NoError(t, err)
		total += rec.Value.Score
	}
	assert.Equal(t, 0+1+2+3+4+50, total)
}

func testPurge(t *testing.T, s leadkit.Store[Doc]) {
	ctx := context.Background()
	id, other := leadkit.NewID(), leadkit.NewID()
	_, err := s.Put(ctx, id, Doc{Title: "private notes"}, 0)
	require.NoError(t, err)
	require.NoError(t, s.Delete(ctx, id, 1))
	_, err = s.Put(ctx, other, Doc{Title: "kept"}, 0)
	require.NoError(t, err)

	require.NoError(t, s.Purge(ctx, id))
	_, err = s.History(ctx, id)
	assert.ErrorIs(t, err, leadkit.ErrNotFound, "purge erases every version, tombstones included")
	_, err = s.Get(ctx, id)
	assert.ErrorIs(t, err, leadkit.ErrNotFound)
	assert.ErrorIs(t, s.Purge(ctx, id), leadkit.ErrNotFound)

	v, err := s.Put(ctx, id, Doc{Title: "fresh"}, 0)
	require.NoError(t, err)
	assert.Equal(t, uint64(1), v, "a purged id starts again from nothing")

	rec, err := s.Get(ctx, other)
	require.NoError(t, err)
	assert.Equal(t, "kept", rec.Value.Title, "purge touches no other record")
}

func testConcurrentWriters(t *testing.T, s leadkit.Store[Doc]) {
	ctx := context.Background()
	writers, updates := 8, 200
	if testing.Short() {
		updates = 50
	}
	id := leadkit.NewID()
	_, err := s.Put(ctx, id, Doc{Title: "counter"}, 0)
	require.NoError(t, err)

	var mu sync.Mutex
	succeeded := 0
	var unexpected []error
	var wg sync.WaitGroup
	for range writers {
		wg.Go(func() {
			for range updates {
				rec, err := s.Get(ctx, id)
				if err == nil {
					rec.Value.Score++
					_, err = s.Put(ctx, id, rec.Value, rec.Version)
				}
				mu.Lock()
				switch {
				case err == nil:
					succeeded++
				case !errors.Is(err, leadkit.ErrConflict):
					unexpected = append(unexpected, err)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	require.Empty(t, unexpected, "a writer may only ever see ErrConflict")
	rec, err := s.Get(ctx, id)
	require.NoError(t, err)
	assert.Equal(t, uint64(succeeded+1), rec.Version, "one version per successful put")
	assert.Equal(t, succeeded, rec.Value.Score, "no update was lost")
	assert.Positive(t, succeeded)
	hist, err := s.History(ctx, id)
	require.NoError(t, err)
	assert.Len(t, hist, succeeded+1)
}

func testUnicodeAndLarge(t *testing.T, s leadkit.Store[Doc]) {
	ctx := context.Background()
	docs := []Doc{
		{Title: "Zoë's ünïcödé — 日本語 — emoji 🚀 — RTL עברית", Tags: []string{"ß", "\u0000nul", "tab\there", `quote"s`, "back\\slash"}},
		{Title: strings.Repeat("x", 1<<20), Meta: map[string]string{"size": "1 MiB"}},
		{Title: strings.Repeat("é🚀", 1<<17)},
		{},
	}
	for _, d := range docs {
		id := leadkit.NewID()
		_, err := s.Put(ctx, id, d, 0)
		require.NoError(t, err)
		rec, err := s.Get(ctx, id)
		require.NoError(t, err)
		assert.True(t, d.Title == rec.Value.Title, "title of %d bytes round-trips", len(d.Title))
		assert.Equal(t, d, rec.Value)
	}
}

func testCanceled(t *testing.T, s leadkit.Store[Doc]) {
	ctx := context.Background()
	id := leadkit.NewID()
	_, err := s.Put(ctx, id, Doc{Title: "x"}, 0)
	require.NoError(t, err)

	canceled, cancel := context.WithCancel(ctx)
	cancel()
	_, err = s.Get(canceled, id)
	assert.ErrorIs(t, err, context.Canceled)
	_, err = s.Put(canceled, id, Doc{Title: "y"}, 1)
	assert.ErrorIs(t, err, context.Canceled)
	assert.ErrorIs(t, s.Delete(canceled, id, 1), context.Canceled)
	_, err = s.History(canceled, id)
	assert.ErrorIs(t, err, context.Canceled)
	assert.ErrorIs(t, s.Purge(canceled, id), context.Canceled)
	listed := 0
	for _, err := range s.List(canceled) {
		assert.ErrorIs(t, err, context.Canceled)
		listed++
		break
	}
	assert.Equal(t, 1, listed, "List under a canceled context yields the error")

	rec, err := s.Get(ctx, id)
	require.NoError(t, err)
	assert.Equal(t, uint64(1), rec.Version, "nothing was written under a canceled context")
	assert.Equal(t, "x", rec.Value.Title)
}

func testUndecodable(t *testing.T, s leadkit.Store[Doc]) {
	ctx := context.Background()
	good, bad := leadkit.NewID(), leadkit.NewID()
	_, err := s.Put(ctx, good, Doc{Title: "good"}, 0)
	require.NoError(t, err)
	_, err = s.Put(ctx, bad, Doc{Title: "bad", Undecodable: true}, 0)
	require.NoError(t, err)

	rec, err := s.Get(ctx, bad)
	require.Error(t, err)
	assert.NotErrorIs(t, err, leadkit.ErrNotFound)
	assert.Contains(t, err.Error(), bad.String(), "the error names the record")
	assert.Equal(t, uint64(1), rec.Version, "the version is still reported, so the record can be repaired")

	var listed, failed int
	for r, err := range s.List(ctx) {
		if err != nil {
			failed++
			continue
		}
		listed++
		assert.Equal(t, "good", r.Value.Title)
	}
	assert.Equal(t, 1, listed, "the readable record is still listed")
	assert.Equal(t, 1, failed, "the unreadable one is reported, not skipped")

	_, err = s.Put(ctx, bad, Doc{Title: "repaired"}, 1)
	require.NoError(t, err)
	rec, err = s.Get(ctx, bad)
	require.NoError(t, err)
	assert.Equal(t, "repaired", rec.Value.Title)
}

func testCopies(t *testing.T, s leadkit.Store[Doc]) {
	ctx := context.Background()
	id := leadkit.NewID()
	d := Doc{Title: "t", Tags: []string{"a", "b"}, Meta: map[string]string{"k": "v"}}
	_, err := s.Put(ctx, id, d, 0)
	require.NoError(t, err)
	d.Tags[0] = "changed"
	d.Meta["k"] = "changed"

	rec, err := s.Get(ctx, id)
	require.NoError(t, err)
	assert.Equal(t, []string{"a", "b"}, rec.Value.Tags, "the store kept a copy")
	rec.Value.Tags[1] = "changed"
	rec.Value.Meta["k"] = "changed"

	again, err := s.Get(ctx, id)
	require.NoError(t, err)
	assert.Equal(t, Doc{Title: "t", Tags: []string{"a", "b"}, Meta: map[string]string{"k": "v"}}, again.Value, "callers cannot change stored state")
}
