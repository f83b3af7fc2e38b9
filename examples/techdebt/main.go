// Techdebt prioritizes a team's tech-debt wall three ways — the effort-value
// matrix, the composite score and RICE — and reserves 20% of the next
// sprint for the top items that fit, as the 80/20 rule suggests.
//
//	go run ./examples/techdebt             # the wall beside this program
//	go run ./examples/techdebt wall.csv    # your own wall (same columns)
package main

import (
	_ "embed"
	"fmt"
	"io"
	"log"
	"os"
	"strings"

	"github.com/leadkit/leadkit/planning"
)

// wall is a realistic debt wall: each item scored 1–5 for value, effort,
// risk, frequency and alignment, with RICE inputs and an estimate in story
// points.
//
//go:embed wall.csv
var wall string

// sprintCapacity is the team's capacity for the next sprint, in story
// points.
const sprintCapacity = 40

func main() {
	in := io.Reader(strings.NewReader(wall))
	if len(os.Args) > 1 {
		f, err := os.Open(os.Args[1])
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		in = f
	}
	if err := run(in, os.Stdout); err != nil {
		log.Fatal(err)
	}
}

func run(in io.Reader, out io.Writer) error {
	// 1. Make the debt visible: read the wall and check it.
	items, err := planning.ReadItemsCSV(in)
	if err != nil {
		return fmt.Errorf("reading the wall: %w", err)
	}
	for _, f := range planning.CheckItems(items) {
		fmt.Fprintln(out, f)
	}
	fmt.Fprintf(out, "The wall has %d items.\n", len(items))

	// 2. Prioritize together. The matrix shows where to start: quick wins.
	m := planning.EffortValue(items)
	fmt.Fprintln(out, "\nEffort-value matrix:")
	for _, q := range []planning.ValueQuadrant{planning.QuickWin, planning.MajorProject, planning.FillIn, planning.MoneyPit} {
		fmt.Fprintf(out, "  %-13s", q)
		for _, r := range m.In(q) {
			fmt.Fprintf(out, " %s", r.Item.ID)
		}
		fmt.Fprintln(out)
	}

	// The composite score weighs all five criteria (equal weights by
	// default) and explains each place; RICE is a second opinion.
	ranked, findings := planning.Rank(items, planning.Composite{})
	for _, f := range findings {
		fmt.Fprintln(out, f)
	}
	rice, _ := planning.Rank(items, planning.RICE{})
	riceRank := make(map[int]int, len(rice)) // by position in the wall: IDs may be missing or repeated
	for _, r := range rice {
		riceRank[r.Index] = r.Rank
	}
	if len(ranked) == 0 {
		fmt.Fprintln(out, "\nNo item could be ranked: score them first.")
		return nil
	}
	fmt.Fprintln(out, "\nComposite ranking (RICE rank in brackets, - when it has none):")
	for _, r := range ranked {
		rr := " -"
		if n, ok := riceRank[r.Index]; ok {
			rr = fmt.Sprintf("%2d", n)
		}
		fmt.Fprintf(out, "%3d. %-5s %-4s [%s] %-13s %s\n", r.Rank, r.Item.ID, num(r.Score.Value), rr, r.Quadrant, r.Item.Title)
	}
	fmt.Fprintf(out, "\nWhy %s comes first: %s\n", ranked[0].Item.ID, ranked[0].Explain())

	// 3. Schedule it: keep 20% of the sprint for debt, in priority order.
	res, findings := planning.Reserve(ranked, sprintCapacity, planning.ReserveOptions{})
	for _, f := range findings {
		fmt.Fprintln(out, f)
	}
	fmt.Fprintf(out, "\nSprint of %s points: %s reserved for debt, %s used.\n", num(res.Capacity), num(res.Reserved), num(res.Used))
	for _, r := range res.Selected {
		fmt.Fprintf(out, "  take  %-5s %-3s %s\n", r.Item.ID, num(r.Item.Estimate), r.Item.Title)
	}
	for _, d := range res.Deferred {
		fmt.Fprintf(out, "  later %s\n", d.Reason())
	}
	return nil
}

// num formats a number without trailing zeros.
func num(f float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", f), "0"), ".")
}
