package planning

import (
	"fmt"
	"math"
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
	var fast preparedScorer
	if ps, ok := s.(slabScorer); ok {
		fast = ps.prepare()
	}
	vals := make([]float64, 0, len(items))
	pos := make([]int32, 0, len(items))
	var scores []Score // kept only for scorers from outside the package
	if fast == nil {
		scores = make([]Score, len(items))
	}
	for i := range items {
		it := &items[i]
		var v float64
		var fs leadkit.Findings
		ok := false
		if fast != nil {
			if v, ok = fast.value(it); !ok {
				_, _, fs = fast.scoreInto(it, nil)
			}
		} else {
			var sc Score
			sc, fs = s.Score(*it)
			v, ok = sc.Value, fs.Max() != leadkit.Error && finiteFloat(sc.Value)
			if !ok && fs.Max() != leadkit.Error { // never drop an item without saying why
				fs = append(fs, leadkit.Finding{Code: codeScoreRange, Severity: leadkit.Error,
					Message: fmt.Sprintf("Scorer %q gave %s the score %v.", sc.Scorer, it.label(), sc.Value),
					Hint:    "Fix the scorer: a score must be a finite number."})
			}
			scores[i] = sc
		}
		findings = itemFindingsAt(findings, fs, "items", i)
		if ok {
			vals = append(vals, v)
			pos = append(pos, int32(i))
		}
	}
	order := rankOrder(vals, pos)
	// Fill the ranking in input order, each item to its place: scattered
	// writes cost less than reading the items back in rank order.
	rankOf := make([]int32, len(items))
	for i := range rankOf {
		rankOf[i] = -1
	}
	for r, i := range order {
		rankOf[i] = int32(r)
	}
	out := make([]Ranked, len(order))
	var slab []Term
	if fast != nil {
		slab = make([]Term, 0, fast.terms()*len(order))
	}
	for i, r := range rankOf {
		if r < 0 {
			continue
		}
		it := &items[i]
		var sc Score
		if fast != nil {
			sc, slab, _ = fast.scoreInto(it, slab)
		} else {
			sc = scores[i]
		}
		out[r] = Ranked{Rank: int(r) + 1, Index: i, Item: *it, Quadrant: PlaceValue(it.Value, it.Effort), Score: sc}
	}
	return out, findings
}

// rankOrder returns pos (increasing input positions) reordered by vals,
// highest first, equal values keeping their input order. It is a stable
// least-significant-digit radix sort on the bits of the values, linear in
// their number; passes in which every value has the same byte are skipped,
// which is most of them for scores on a small scale.
func rankOrder(vals []float64, pos []int32) []int32 {
	n := len(vals)
	if n < 2 {
		return pos
	}
	keys := make([]uint64, n)
	for i, v := range vals {
		b := math.Float64bits(v + 0) // + 0 turns -0 into 0
		if b>>63 == 1 {
			b = ^b
		} else {
			b |= 1 << 63
		}
		keys[i] = ^b // ascending keys for descending values
	}
	tmpKeys, tmpPos := make([]uint64, n), make([]int32, n)
	for shift := 0; shift < 64; shift += 8 {
		var count [257]int
		for _, k := range keys {
			count[int(byte(k>>shift))+1]++
		}
		if count[int(byte(keys[0]>>shift))+1] == n {
			continue
		}
		for b := 1; b < len(count); b++ {
			count[b] += count[b-1]
		}
		for i, k := range keys {
			d := byte(k >> shift)
			tmpKeys[count[d]], tmpPos[count[d]] = k, pos[i]
			count[d]++
		}
		keys, tmpKeys = tmpKeys, keys
		pos, tmpPos = tmpPos, pos
	}
	return pos
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

// Check reports weights that are negative, not finite, or larger than a
// million.
func (c Composite) Check() leadkit.Findings {
	var out leadkit.Findings
	for k, w := range c.prepare().(*preparedComposite).weight {
		if !finiteFloat(w) || w < 0 || w > maxWeight {
			out = append(out, leadkit.Finding{
				Code: codeWeightsInvalid, Field: "weights." + criteriaNames[k], Severity: leadkit.Error,
				Message: fmt.Sprintf("The %s weight %v is not a number from 0 to a million.", criteriaNames[k], w),
				Hint:    "Weights are ratios: use small non-negative numbers such as 1, 2 and 3.",
			})
		}
	}
	return out
}

// Score returns the weighted mean of the item's scores. Every criterion with
// a weight above 0 needs a score from 1 to 5.
func (c Composite) Score(it Item) (Score, leadkit.Findings) {
	if fs := c.Check(); fs != nil {
		return Score{}, fs
	}
	s, _, fs := c.prepare().scoreInto(&it, nil)
	return s, fs
}

// criteriaNames are the composite's criteria in the order of [Weights].
var criteriaNames = [5]string{"value", "effort", "risk", "frequency", "alignment"}

// preparedComposite is a Composite with its weights worked out once.
type preparedComposite struct {
	weight [5]float64 // in the order of criteriaNames
	share  [5]float64 // each weight's share of the total, rounded, for the terms
	total  float64
	n      int // weights above 0
}

func (c Composite) prepare() preparedScorer {
	w := c.Weights
	if w == (Weights{}) {
		w = EqualWeights
	}
	p := &preparedComposite{weight: [5]float64{w.Value, w.Effort, w.Risk, w.Frequency, w.Alignment}}
	for _, x := range p.weight {
		if x != 0 {
			p.total += x
			p.n++
		}
	}
	for k, x := range p.weight {
		if x != 0 {
			p.share[k] = roundScore(x / p.total)
		}
	}
	return p
}

// compositeScores returns the item's scores and the points they count for,
// in the order of criteriaNames: effort counts inverted, 6 − effort.
func compositeScores(it *Item) (score, points [5]int) {
	score = [5]int{it.Value, it.Effort, it.Risk, it.Frequency, it.Alignment}
	points = score
	points[1] = 6 - it.Effort
	return score, points
}

func (p *preparedComposite) terms() int { return p.n }

func (p *preparedComposite) value(it *Item) (float64, bool) {
	score, points := compositeScores(it)
	var sum float64
	for k, w := range p.weight {
		if w == 0 {
			continue
		}
		if score[k] < 1 || score[k] > 5 {
			return 0, false
		}
		sum += w * float64(points[k])
	}
	if p.total == 0 {
		return 0, false
	}
	return roundScore(sum / p.total), true
}

func (p *preparedComposite) scoreInto(it *Item, slab []Term) (Score, []Term, leadkit.Findings) {
	v, ok := p.value(it)
	score, points := compositeScores(it)
	if !ok {
		var fs leadkit.Findings
		for k, w := range p.weight {
			if w != 0 {
				fs = append(fs, checkItemScore(*it, criteriaNames[k], score[k], "the composite score weighs")...)
			}
		}
		return Score{}, slab, fs
	}
	start := len(slab)
	for k, w := range p.weight {
		if w != 0 {
			slab = append(slab, Term{Name: criteriaNames[k], Input: float64(score[k]), Points: float64(points[k]), Weight: p.share[k]})
		}
	}
	return Score{Scorer: "composite", Value: v, Formula: "weighted mean", Terms: slab[start:len(slab):len(slab)]}, slab, nil
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
	s, _, fs := r.prepare().scoreInto(&it, nil)
	return s, fs
}

// preparedRICE is RICE as Rank uses it; RICE has nothing to work out.
type preparedRICE struct{}

func (RICE) prepare() preparedScorer { return preparedRICE{} }

func (preparedRICE) value(it *Item) (float64, bool) {
	if !finiteFloat(it.Reach) || it.Reach <= 0 || it.Reach > maxReach ||
		!finiteFloat(it.Impact) || it.Impact <= 0 || it.Impact > 5 ||
		!finiteFloat(it.Confidence) || it.Confidence <= 0 || it.Confidence > 1 ||
		it.Effort < 1 || it.Effort > 5 {
		return 0, false
	}
	return roundScore(it.Reach * it.Impact * it.Confidence / float64(it.Effort)), true
}

func (preparedRICE) terms() int { return 4 }

func (r preparedRICE) scoreInto(it *Item, slab []Term) (Score, []Term, leadkit.Findings) {
	v, ok := r.value(it)
	if !ok {
		return Score{}, slab, riceFindings(it)
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
		Value:   v,
		Formula: "reach × impact × confidence ÷ effort",
		Terms:   slab[start:len(slab):len(slab)],
	}, slab, nil
}

// riceFindings reports every RICE input of it that is missing or out of
// range.
func riceFindings(it *Item) leadkit.Findings {
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
	return append(fs, checkItemScore(*it, "effort", it.Effort, "RICE divides by")...)
}

// slabScorer is implemented by the package's own scorers, so that Rank can
// sort on bare values and then build all the terms in one shared array,
// rather than allocating them item by item.
type slabScorer interface {
	prepare() preparedScorer
}

// preparedScorer is a scorer with its settings worked out, for one ranking.
type preparedScorer interface {
	// value returns the item's score, or false when it cannot be scored.
	value(it *Item) (float64, bool)
	// scoreInto scores the item, appending its terms to slab.
	scoreInto(it *Item, slab []Term) (Score, []Term, leadkit.Findings)
	// terms is the number of terms of a score.
	terms() int
}
