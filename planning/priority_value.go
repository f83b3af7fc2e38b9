package planning

import (
	"fmt"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/enum"
)

// ValueQuadrant is a cell of the effort-value matrix. The zero value means
// the item could not be placed (a score is missing or out of range).
type ValueQuadrant uint8

// The four quadrants of the effort-value matrix, in the order they are worked
// on. Their text forms are "quick-win", "major-project", "fill-in" and
// "money-pit".
const (
	// QuickWin is high value for low effort: start here.
	QuickWin ValueQuadrant = iota + 1
	// MajorProject is high value for high effort: plan it.
	MajorProject
	// FillIn is low value for low effort: do it when there is slack.
	FillIn
	// MoneyPit is low value for high effort: avoid it, or accept the debt.
	MoneyPit
)

var valueQuadrantNames = enum.Names[ValueQuadrant]{Type: "ValueQuadrant", First: QuickWin,
	Text: []string{"quick-win", "major-project", "fill-in", "money-pit"},
	Aliases: map[string]ValueQuadrant{
		"quick_win": QuickWin, "quickwin": QuickWin, "major_project": MajorProject, "majorproject": MajorProject,
		"fill_in": FillIn, "fillin": FillIn, "money_pit": MoneyPit, "moneypit": MoneyPit,
	}}

// String returns the text form of q.
func (q ValueQuadrant) String() string { return valueQuadrantNames.String(q) }

// MarshalText implements [encoding.TextMarshaler].
func (q ValueQuadrant) MarshalText() ([]byte, error) { return valueQuadrantNames.Marshal(q) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (q *ValueQuadrant) UnmarshalText(text []byte) error {
	return valueQuadrantNames.Unmarshal(text, q)
}

// Midpoint is the boundary of both axes of the effort-value matrix on the
// 1–5 scale. A score at or above it is high: value 3 is high value, and
// effort 3 is high effort. So an item that is average on both axes is a
// [MajorProject]; only clearly small work (effort 1 or 2) counts as a
// [QuickWin] or a [FillIn].
const Midpoint = 3

// PlaceValue returns the quadrant for a value and an effort score, each 1–5, by
// the [Midpoint] rule; it returns zero when either score is outside 1–5.
func PlaceValue(value, effort int) ValueQuadrant {
	if value < 1 || value > 5 || effort < 1 || effort > 5 {
		return 0
	}
	highValue, highEffort := value >= Midpoint, effort >= Midpoint
	switch {
	case highValue && !highEffort:
		return QuickWin
	case highValue:
		return MajorProject
	case !highEffort:
		return FillIn
	}
	return MoneyPit
}

// ValueMatrix is the effort-value matrix of a list of items: each quadrant
// holds its items in rank order, and the ranks run across the quadrants in
// the order QuickWins, MajorProjects, FillIns, MoneyPits.
type ValueMatrix struct {
	// QuickWins are the high-value, low-effort items.
	QuickWins []Ranked `json:"quick_wins,omitempty"`
	// MajorProjects are the high-value, high-effort items.
	MajorProjects []Ranked `json:"major_projects,omitempty"`
	// FillIns are the low-value, low-effort items.
	FillIns []Ranked `json:"fill_ins,omitempty"`
	// MoneyPits are the low-value, high-effort items.
	MoneyPits []Ranked `json:"money_pits,omitempty"`
	// Findings reports the items that could not be placed, at Error, with
	// their input position: "items[3].effort".
	Findings leadkit.Findings `json:"findings,omitempty"`
}

// EffortValue places each item in its quadrant by its Value and Effort
// scores (see [Midpoint]) and ranks the items: quick wins first, then major
// projects, fill-ins and money pits; within a quadrant higher value first,
// then lower effort, then input order. Items without valid scores are left
// out and reported in the matrix's Findings. It runs in linear time.
func EffortValue(items []Item) ValueMatrix {
	var m ValueMatrix
	// A counting sort on the small key (quadrant, value, effort) is linear
	// and stable, so equal keys keep their input order without a tie-break.
	const keys = 4 * 5 * 5
	var counts [keys + 1]int
	key := make([]uint8, len(items))
	for i, it := range items {
		q := PlaceValue(it.Value, it.Effort)
		if q == 0 {
			why := "places the item in the effort-value matrix"
			fs := checkItemScore(it, "value", it.Value, why)
			fs = append(fs, checkItemScore(it, "effort", it.Effort, why)...)
			m.Findings = itemFindingsAt(m.Findings, fs, "items", i)
			key[i] = keys // sorts last, then skipped
			continue
		}
		key[i] = uint8(int(q-1)*25 + (5-it.Value)*5 + it.Effort - 1)
		counts[key[i]+1]++
	}
	for k := 1; k <= keys; k++ {
		counts[k] += counts[k-1]
	}
	placed := counts[keys]
	order := make([]int, placed)
	for i := range items {
		if k := key[i]; k < keys {
			order[counts[k]] = i
			counts[k]++
		}
	}
	ranked := make([]Ranked, placed)
	for r, i := range order {
		ranked[r] = Ranked{Rank: r + 1, Index: i, Item: items[i], Quadrant: PlaceValue(items[i].Value, items[i].Effort)}
	}
	// The quadrants are contiguous runs of the ranking, sharing its array.
	start := 0
	for q := QuickWin; q <= MoneyPit; q++ {
		end := start
		for end < len(ranked) && ranked[end].Quadrant == q {
			end++
		}
		cell := ranked[start:end:end]
		if len(cell) == 0 {
			cell = nil
		}
		switch q {
		case QuickWin:
			m.QuickWins = cell
		case MajorProject:
			m.MajorProjects = cell
		case FillIn:
			m.FillIns = cell
		case MoneyPit:
			m.MoneyPits = cell
		}
		start = end
	}
	return m
}

// In returns the items of quadrant q in rank order.
func (m ValueMatrix) In(q ValueQuadrant) []Ranked {
	switch q {
	case QuickWin:
		return m.QuickWins
	case MajorProject:
		return m.MajorProjects
	case FillIn:
		return m.FillIns
	case MoneyPit:
		return m.MoneyPits
	}
	return nil
}

// Ranking returns every placed item in rank order: quick wins first.
func (m ValueMatrix) Ranking() []Ranked {
	out := make([]Ranked, 0, len(m.QuickWins)+len(m.MajorProjects)+len(m.FillIns)+len(m.MoneyPits))
	for q := QuickWin; q <= MoneyPit; q++ {
		out = append(out, m.In(q)...)
	}
	return out
}

// explainPlace says why an item sits in its quadrant.
func explainPlace(it Item, q ValueQuadrant) string {
	side := func(score int, low, high string) string {
		if score >= Midpoint {
			return fmt.Sprintf("%d (%s, ≥ %d)", score, high, Midpoint)
		}
		return fmt.Sprintf("%d (%s, < %d)", score, low, Midpoint)
	}
	return fmt.Sprintf("%s: value %s, effort %s", q, side(it.Value, "low", "high"), side(it.Effort, "low", "high"))
}
