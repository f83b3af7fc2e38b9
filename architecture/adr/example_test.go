package adr_test

import (
	"fmt"
	"os"
	"strings"
	"testing/fstest"
	"time"

	"github.com/leadkit/leadkit/architecture/adr"
)

func ExampleParse() {
	rec, err := adr.Parse(strings.NewReader(`# 3. Store sessions in Redis

Date: 2024-05-01

## Status

Accepted

Supercedes [2. Store sessions in memory](0002-store-sessions-in-memory.md)

## Context

Sessions are lost on every deploy.
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rec.Number, rec.Title, rec.Format, rec.Status())
	fmt.Println(rec.Links[0].Kind, rec.Links[0].Target)
	// Output:
	// 3 Store sessions in Redis nygard accepted
	// supersedes 2
}

func ExampleRender() {
	rec := &adr.Record{Format: adr.MADR, Title: "Use PostgreSQL", Date: "2025-04-28",
		Statuses: []adr.StatusEntry{{Status: adr.Accepted}},
		Context:  "We need a reliable relational database.",
		Decision: `Chosen option: "PostgreSQL", because the team knows it.`}
	_ = adr.Render(os.Stdout, rec)
	// Output:
	// ---
	// status: accepted
	// date: 2025-04-28
	// ---
	//
	// # Use PostgreSQL
	//
	// ## Context and Problem Statement
	//
	// We need a reliable relational database.
	//
	// ## Decision Outcome
	//
	// Chosen option: "PostgreSQL", because the team knows it.
}

func ExampleLog_Supersede() {
	now := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	log := adr.NewLog(adr.Options{})
	old, _ := log.Add(adr.Record{Title: "Store sessions in memory", Statuses: []adr.StatusEntry{{Status: adr.Accepted}}}, now)
	newer, _ := log.Add(adr.Record{Title: "Store sessions in Redis", Statuses: []adr.StatusEntry{{Status: adr.Accepted}}}, now)
	if err := log.Supersede(old.Number, newer.Number, now); err != nil {
		fmt.Println(err)
	}
	got, _ := log.Get(old.Number)
	fmt.Println(log.File(old.Number), got.Status())
	fmt.Println(log.Supersede(old.Number, newer.Number, now))
	// Output:
	// 0001-store-sessions-in-memory.md superseded
	// adr: record 1 cannot move from superseded to superseded
}

func ExampleLog_Check() {
	log, _ := adr.ReadLog(fstest.MapFS{
		"0001-use-go.md":  {Data: []byte("# 1. Use Go\n\nDate: 12/01/1992\n\n## Status\n\nSuperseded\n")},
		"0003-use-zig.md": {Data: []byte("# 3. Use Zig\n\n## Status\n\non hold\n")},
	}, adr.Options{})
	for _, f := range log.Check() {
		fmt.Println(f)
	}
	// Output:
	// error adr.supersede.successor_missing (0001-use-go.md): Record 1 is superseded but does not say by which record.
	// warning adr.date.format (0001-use-go.md): The date "12/01/1992" is not in the YYYY-MM-DD format.
	// warning adr.status.custom (0003-use-zig.md: statuses[0]): The status "on hold" is not one of the known statuses.
	// warning adr.number.gap (0003): The log skips from 1 to 3: number 2 is missing.
}

func ExampleLog_TOC() {
	now := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	log := adr.NewLog(adr.Options{})
	_, _ = log.Add(adr.Record{Title: "Record architecture decisions"}, now)
	_, _ = log.Add(adr.Record{Title: "Build with Gradle"}, now)
	_ = log.TOC(os.Stdout, adr.TOCOptions{LinkPrefix: "docs/adr/"})
	// Output:
	// # Architecture Decision Records
	//
	// * [1. Record architecture decisions](docs/adr/0001-record-architecture-decisions.md)
	// * [2. Build with Gradle](docs/adr/0002-build-with-gradle.md)
}

func ExampleLog_Graph() {
	now := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	log := adr.NewLog(adr.Options{})
	_, _ = log.Add(adr.Record{Title: "Use REST"}, now)
	_, _ = log.Add(adr.Record{Title: "Version the API"}, now)
	_ = log.Link(2, adr.Extends, 1)
	_ = log.Graph(os.Stdout, adr.GraphOptions{})
	// Output:
	// digraph {
	//   node [shape=plaintext];
	//   subgraph {
	//     _1 [label="1. Use REST"; URL="0001-use-rest.html"];
	//     _2 [label="2. Version the API"; URL="0002-version-the-api.html"];
	//     _1 -> _2 [style="dotted", weight=1];
	//   }
	//   _2 -> _1 [label="Extends", weight=0]
	// }
}

func ExampleCanTransition() {
	fmt.Println(adr.CanTransition(adr.Proposed, adr.Accepted), adr.CanTransition(adr.Superseded, adr.Accepted))
	// Output: true false
}

func ExampleSlug() {
	fmt.Println(adr.FileName(7, "Use ISO 8601 Format for Dates"))
	fmt.Println(adr.Slug("Café au lait, über alles!"))
	// Output:
	// 0007-use-iso-8601-format-for-dates.md
	// café-au-lait-über-alles
}

func ExampleLinkKind_Reverse() {
	fmt.Println(adr.Amends.Reverse().Words())
	// Output: Amended by
}
