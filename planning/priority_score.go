package planning

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/leadkit/leadkit"
)

// Scorer gives an item a priority score: higher means do it sooner.
// [Composite] and [RICE] implement it, and [Rank] ranks with any Scorer, so a
// portal can let its users switch scorers.
type Scorer interface {
	// Check reports problems with the scorer's own settings, with Field
	// naming the setting ("weights.risk"). Rank scores nothing when Check
	// reports an Error.
	Check() leadkit.Findings
	// Score scores one item. When the item cannot be scored it returns
	// findings instead, with Field relative to the item ("effort"). A
	// score is never NaN or infinite.
	Score(it Item) (Score, leadkit.Findings)
}

// Score is an item's priority score together with how it came about.
type Score struct {
	// Scorer names the scorer: "composite", "rice" or a caller's own.
	Scorer string `json:"scorer"`
	// Value is the score; higher means do it sooner. It is rounded to nine
	// decimal places so that equal inputs tie exactly.
	Value float64 `json:"value"`
	// Formula says in words how the terms make the value.
	Formula string `json:"formula,omitempty"`
	// Terms are the inputs of the score, in the formula's order.
	Terms []Term `json:"terms,omitempty"`
}

// Term is one input of a [Score].
type Term struct {
	// Name names the input: "value", "effort", "reach" …
	Name string `json:"name"`
	// Input is the item's score or estimate as given.
	Input float64 `json:"input"`
	// Points is what the input counts for; it differs from Input when the
	// scorer transforms it, as [Composite] inverts effort (6 − effort).
	Points float64 `json:"points"`
	// Weight is the term's share of a weighted score (the shares add up to
	// 1), or 0 when the scorer does not weight its terms.
	Weight float64 `json:"weight,omitempty"`
}

// String explains the score on one line, such as
// "4.2 = weighted mean: value 5 ×0.2, effort 1 → 5 ×0.2, …".
func (s Score) String() string {
	var b strings.Builder
	b.WriteString(formatScore(s.Value))
	if s.Formula != "" {
		b.WriteString(" = ")
		b.WriteString(s.Formula)
	}
	for i, t := range s.Terms {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString(", ")
		}
		b.WriteString(t.Name)
		b.WriteByte(' ')
		b.WriteString(formatScore(t.Input))
		if t.Points != t.Input {
			b.WriteString(" → ")
			b.WriteString(formatScore(t.Points))
		}
		if t.Weight != 0 {
			b.WriteString(" ×")
			b.WriteString(formatScore(t.Weight))
		}
	}
	return b.String()
}

// formatScore writes v with at most two decimals and no exponent.
func formatScore(v float64) string {
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
}

// roundScore rounds v to nine decimal places, so that sums of the same
// inputs in a different order still compare equal.
func roundScore(v float64) float64 { return math.Round(v*1e9) / 1e9 }

// Ranked is an item at its place in a ranking.
type Ranked struct {
	// Rank is the 1-based place in the ranking.
	Rank int `json:"rank"`
	// Index is the item's 0-based position in the input.
	Index int `json:"index"`
	// Item is the ranked item.
	Item Item `json:"item"`
	// Quadrant is the item's effort-value quadrant, or zero when its value
	// or effort score is unset.
	Quadrant ValueQuadrant `json:"quadrant,omitempty"`
	// Score is the score the ranking used; it is zero in the effort-value
	// ranking, which orders by quadrant (see [EffortValue]).
	Score Score `json:"score,omitzero"`
}

// Explain says on one line why the item ranks where it does.
func (r Ranked) Explain() string {
	if r.Score.Scorer != "" {
		return r.Score.String()
	}
	if r.Quadrant != 0 {
		return explainPlace(r.Item, r.Quadrant)
	}
	return ""
}

// Rank scores every item with s and ranks them, highest score first; equal
// scores keep their input order. Items that cannot be scored are left out
// and reported, with their position ("items[3].confidence"). When s's own
// settings are invalid, Rank ranks nothing and returns s's findings. A nil s
// means the zero [Composite].
func Rank(items []Item, s Scorer) ([]Ranked, leadkit.Findings) {
	if s == nil {
		s = Composite{}
	}
	findings := s.Check()
	if findings.Max() == leadkit.Error {
		return nil, findings
	}
	type scored struct {
		value float64
		index int
	}
	keys := make([]scored, 0, len(items))
	scores := make([]Score, len(items))
	fast, _ := s.(slabScorer)
	var slab []Term
	if fast != nil {
		slab = make([]Term, 0, 5*len(items))
	}
	for i, it := range items {
		var sc Score
		var fs leadkit.Findings
		if fast != nil {
			sc, slab, fs = fast.scoreInto(it, slab)
		} else {
			sc, fs = s.Score(it)
		}
		if fs.Max() == leadkit.Error || !finiteFloat(sc.Value) {
			if len(fs) == 0 {
				fs = leadkit.Findings{{Code: codeScoreRange, Severity: leadkit.Error,
					Message: fmt.Sprintf("Scorer %q gave %s the score %v.", sc.Scorer, it.label(), sc.Value),
					Hint:    "Fix the scorer: a score must be a finite number."}}
			}
			findings = itemFindingsAt(findings, fs, "items", i)
			continue
		}
		findings = itemFindingsAt(findings, fs, "items", i)
		scores[i] = sc
		keys = append(keys, scored{sc.Value, i})
	}
	// The values are finite, so plain comparisons order them; cmp.Compare's
	// NaN handling would only slow the sort down.
	slices.SortFunc(keys, func(a, b scored) int {
		switch {
		case a.value > b.value:
			return -1
		case a.value < b.value:
			return 1
		}
		return a.index - b.index
	})
	out := make([]Ranked, len(keys))
	for r, k := range keys {
		it := items[k.index]
		out[r] = Ranked{Rank: r + 1, Index: k.index, Item: it, Quadrant: PlaceValue(it.Value, it.Effort), Score: scores[k.index]}
	}
	return out, findings
}

// Weights weigh the five criteria of the [Composite] score. Only their
// ratios matter. The zero Weights means the default: all five equal, as the
// spec's composite score ("Technical Debt Management") gives no reason to
// favour one. A criterion with weight 0 is left out, and then items need no
// score for it.
type Weights struct {
	// Value weighs the value of resolving the item.
	Value float64 `json:"value,omitempty"`
	// Effort weighs the effort to resolve it, inverted (6 − effort) so
	// that less effort raises the priority.
	Effort float64 `json:"effort,omitempty"`
	// Risk weighs the risk of leaving it.
	Risk float64 `json:"risk,omitempty"`
	// Frequency weighs how often it hurts.
	Frequency float64 `json:"frequency,omitempty"`
	// Alignment weighs its fit with the strategy.
	Alignment float64 `json:"alignment,omitempty"`
}

// EqualWeights are the default weights of [Composite]: every criterion 1.
var EqualWeights = Weights{Value: 1, Effort: 1, Risk: 1, Frequency: 1, Alignment: 1}

// maxWeight keeps weighted sums far from overflow; weights are ratios, so
// no real policy needs more.
const maxWeight = 1e6

// Composite scores an item as the weighted mean of its five 1–5 scores —
// value, effort inverted (6 − effort), risk, frequency and alignment — so a
// score runs from 1 to 5. The zero Composite uses [EqualWeights].
type Composite struct {
	// Weights weigh the criteria; the zero Weights means [EqualWeights].
	Weights Weights `json:"weights,omitzero"`
}

// criteria lists the composite's criteria with their weights and the item's
// scores, in the order they are explained.
func (c Composite) criteria(it Item) [5]struct {
	name   string
	weight float64
	score  int
} {
	w := c.Weights
	if w == (Weights{}) {
		w = EqualWeights
	}
	return [5]struct {
		name   string
		weight float64
		score  int
	}{
		{"value", w.Value, it.Value},
		{"effort", w.Effort, it.Effort},
		{"risk", w.Risk, it.Risk},
		{"frequency", w.Frequency, it.Frequency},
		{"alignment", w.Alignment, it.Alignment},
	}
}

// Check reports weights that are negative, not finite, larger than a
// million, or (when not all zero) that leave nothing to score.
func (c Composite) Check() leadkit.Findings {
	var out leadkit.Findings
	for _, cr := range c.criteria(Item{}) {
		if !finiteFloat(cr.weight) || cr.weight < 0 || cr.weight > maxWeight {
			out = append(out, leadkit.Finding{
				Code: codeWeightsInvalid, Field: "weights." + cr.name, Severity: leadkit.Error,
				Message: fmt.Sprintf("The %s weight %v is not a number from 0 to a million.", cr.name, cr.weight),
				Hint:    "Weights are ratios: use small non-negative numbers such as 1, 2 and 3.",
			})
		}
	}
	return out
}

// Score returns the weighted mean of the item's scores. Every criterion with
// a weight above 0 needs a score from 1 to 5.
func (c Composite) Score(it Item) (Score, leadkit.Findings) {
	s, _, fs := c.scoreInto(it, nil)
	return s, fs
}

func (c Composite) scoreInto(it Item, slab []Term) (Score, []Term, leadkit.Findings) {
	if fs := c.Check(); fs != nil {
		return Score{}, slab, fs
	}
	crit := c.criteria(it)
	var fs leadkit.Findings
	var sum, total float64
	for _, cr := range crit {
		if cr.weight == 0 {
			continue
		}
		fs = append(fs, checkItemScore(it, cr.name, cr.score, "the composite score weighs")...)
		total += cr.weight
	}
	if fs != nil {
		return Score{}, slab, fs
	}
	start := len(slab)
	for _, cr := range crit {
		if cr.weight == 0 {
			continue
		}
		points := float64(cr.score)
		if cr.name == "effort" {
			points = 6 - points
		}
		sum += cr.weight * points
		slab = append(slab, Term{Name: cr.name, Input: float64(cr.score), Points: points, Weight: roundScore(cr.weight / total)})
	}
	terms := slab[start:len(slab):len(slab)]
	return Score{Scorer: "composite", Value: roundScore(sum / total), Formula: "weighted mean", Terms: terms}, slab, nil
}

// RICE scores an item as reach × impact × confidence ÷ effort, the RICE
// method the spec names for tech debt. Effort is the item's 1–5 effort score.
type RICE struct{}

// maxReach keeps a RICE score far from overflow: more than everyone on Earth
// a hundred times over.
const maxReach = 1e12

// Check implements [Scorer]; RICE has no settings.
func (RICE) Check() leadkit.Findings { return nil }

// Score returns the RICE score. It needs a reach above 0 (at most 10¹²), an
// impact above 0 up to 5, a confidence above 0 up to 1 and an effort of 1–5;
// anything else, NaN included, is a finding, never a NaN or infinite score.
func (r RICE) Score(it Item) (Score, leadkit.Findings) {
	s, _, fs := r.scoreInto(it, nil)
	return s, fs
}

func (RICE) scoreInto(it Item, slab []Term) (Score, []Term, leadkit.Findings) {
	var fs leadkit.Findings
	if !finiteFloat(it.Reach) || it.Reach <= 0 || it.Reach > maxReach {
		fs = append(fs, leadkit.Finding{
			Code: codeReachInvalid, Field: "reach", Severity: leadkit.Error,
			Message: fmt.Sprintf("%s has reach %v; RICE needs a number above 0.", it.label(), it.Reach),
			Hint:    "Estimate how many people or events a period the item touches.",
		})
	}
	if !finiteFloat(it.Impact) || it.Impact <= 0 || it.Impact > 5 {
		fs = append(fs, leadkit.Finding{
			Code: codeImpactInvalid, Field: "impact", Severity: leadkit.Error,
			Message: fmt.Sprintf("%s has impact %v; RICE needs a number above 0 up to 5.", it.label(), it.Impact),
			Hint:    "Use the RICE scale: 0.25 minimal, 0.5 low, 1 medium, 2 high, 3 massive.",
		})
	}
	if !finiteFloat(it.Confidence) || it.Confidence <= 0 || it.Confidence > 1 {
		hint := "Give confidence as a fraction: 1 is sure, 0.5 is a guess."
		if it.Confidence > 1 && it.Confidence <= 100 {
			hint = fmt.Sprintf("Write %v%% as %v.", it.Confidence, it.Confidence/100)
		}
		fs = append(fs, leadkit.Finding{
			Code: codeConfidenceRange, Field: "confidence", Severity: leadkit.Error,
			Message: fmt.Sprintf("%s has confidence %v; RICE needs a fraction above 0 up to 1.", it.label(), it.Confidence),
			Hint:    hint,
		})
	}
	fs = append(fs, checkItemScore(it, "effort", it.Effort, "RICE divides by")...)
	if fs != nil {
		return Score{}, slab, fs
	}
	start := len(slab)
	slab = append(slab,
		Term{Name: "reach", Input: it.Reach, Points: it.Reach},
		Term{Name: "impact", Input: it.Impact, Points: it.Impact},
		Term{Name: "confidence", Input: it.Confidence, Points: it.Confidence},
		Term{Name: "effort", Input: float64(it.Effort), Points: float64(it.Effort)},
	)
	return Score{
		Scorer:  "rice",
		Value:   roundScore(it.Reach * it.Impact * it.Confidence / float64(it.Effort)),
		Formula: "reach × impact × confidence ÷ effort",
		Terms:   slab[start:len(slab):len(slab)],
	}, slab, nil
}

// slabScorer is implemented by the package's own scorers: they append their
// terms to one shared array, so that ranking n items allocates the terms
// once rather than n times.
type slabScorer interface {
	scoreInto(it Item, slab []Term) (Score, []Term, leadkit.Findings)
}
