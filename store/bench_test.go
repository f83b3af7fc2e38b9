package store_test

import (
	"context"
	"testing"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/store"
	"github.com/leadkit/leadkit/store/storetest"
)

// BenchmarkStorePut measures one update of an existing record: the
// optimistic-concurrency write every edit in a portal makes.
func BenchmarkStorePut(b *testing.B) {
	stores := map[string]func(b *testing.B) leadkit.Store[storetest.Doc]{
		"memory": func(*testing.B) leadkit.Store[storetest.Doc] { return store.NewMemory[storetest.Doc]() },
		"sqlite": func(b *testing.B) leadkit.Store[storetest.Doc] {
			return store.NewSQL[storetest.Doc](openSQLite(b), store.SQLite, "bench.doc")
		},
	}
	for _, name := range []string{"memory", "sqlite"} {
		b.Run(name, func(b *testing.B) {
			s := stores[name](b)
			ctx := context.Background()
			id := leadkit.NewID()
			doc := storetest.Doc{Title: "Prepare the quarterly roadmap review", Tags: []string{"q2", "roadmap"}, Score: 3}
			v, err := s.Put(ctx, id, doc, 0)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if v, err = s.Put(ctx, id, doc, v); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
