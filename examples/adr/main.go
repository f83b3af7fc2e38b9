// Command adr shows the decision log of package architecture/adr: it
// creates a log in a temporary directory (or the directory given as its
// argument), records three decisions, supersedes one, saves the files, reads
// them back, checks the log, and prints the table of contents and the
// Graphviz graph.
//
//	go run ./examples/adr [DIR]
package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/leadkit/leadkit/architecture/adr"
)

func main() {
	dir := ""
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	if err := run(os.Stdout, dir); err != nil {
		fmt.Fprintln(os.Stderr, "adr example:", err)
		os.Exit(1)
	}
}

// run builds the log in dir (a fresh temporary directory when empty) and
// prints to w.
func run(w io.Writer, dir string) error {
	if dir == "" {
		tmp, err := os.MkdirTemp("", "adr-example-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	now := time.Now()
	accepted := []adr.StatusEntry{{Status: adr.Accepted}}

	// A new log numbers records from 1 and names files as adr-tools does.
	log := adr.NewLog(adr.Options{})
	if _, err := log.Add(adr.Record{
		Title:        "Record architecture decisions",
		Statuses:     accepted,
		Context:      "We need to record the architectural decisions made on this project.",
		Decision:     "We will use Architecture Decision Records, as described by Michael Nygard.",
		Consequences: "Decisions and their reasons stay findable next to the code.",
	}, now); err != nil {
		return err
	}
	memory, err := log.Add(adr.Record{
		Title:        "Store sessions in memory",
		Statuses:     accepted,
		Context:      "The first release runs on one server.",
		Decision:     "We will keep sessions in the server's memory.",
		Consequences: "Simple, but a deploy logs every user out.",
	}, now)
	if err != nil {
		return err
	}
	// A proposal: the typed API follows the status table.
	redis, err := log.Add(adr.Record{
		Title:        "Store sessions in Redis",
		Context:      "We now run three servers behind a load balancer.",
		Decision:     "We will keep sessions in Redis.",
		Consequences: "Sessions survive deploys; Redis becomes a dependency to operate.",
	}, now)
	if err != nil {
		return err
	}
	if err := log.SetStatus(redis.Number, adr.Accepted, now); err != nil {
		return err
	}
	// Superseding changes both records: a status and a link on each side.
	if err := log.Supersede(memory.Number, redis.Number, now); err != nil {
		return err
	}
	// A change outside the table is refused with both states named.
	fmt.Fprintln(w, "refused:", log.SetStatus(memory.Number, adr.Accepted, now))

	if err := log.Save(adr.DirWriter(dir)); err != nil {
		return err
	}
	again, err := adr.ReadLog(os.DirFS(dir), adr.Options{})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%d records in %s, %d findings\n\n", again.Len(), dir, len(again.Check()))
	if err := again.TOC(w, adr.TOCOptions{}); err != nil {
		return err
	}
	fmt.Fprintln(w)
	return again.Graph(w, adr.GraphOptions{})
}
