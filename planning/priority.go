package planning

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/enum"
)

// Item is one candidate piece of work to prioritize: an entry of a tech-debt
// wall, a feature or a chore. The 1–5 scores feed the effort-value matrix
// ([EffortValue]) and the [Composite] scorer; Reach, Impact and Confidence
// feed [RICE]. A score of 0 means "not scored"; a scorer that needs it
// reports the item instead of ranking it.
type Item struct {
	// ID identifies the item in the caller's tracker; it may be empty.
	ID string `json:"id,omitempty"`
	// Title says what the work is.
	Title string `json:"title"`
	// Kind says what sort of debt the item is, if it is debt.
	Kind DebtKind `json:"kind,omitempty"`
	// Value is the value of resolving the item, 1 (little) to 5 (a lot).
	Value int `json:"value,omitempty"`
	// Effort is the effort to resolve it, 1 (little) to 5 (a lot).
	Effort int `json:"effort,omitempty"`
	// Risk is the risk of leaving it as it is, 1 (harmless) to 5 (dangerous).
	Risk int `json:"risk,omitempty"`
	// Frequency is how often it hurts, 1 (rarely) to 5 (every day).
	Frequency int `json:"frequency,omitempty"`
	// Alignment is how well resolving it serves the strategy, 1 to 5.
	Alignment int `json:"alignment,omitempty"`
	// Reach is how many people or events a period it touches (RICE).
	Reach float64 `json:"reach,omitempty"`
	// Impact is the RICE impact per person reached: 0.25 minimal, 0.5 low,
	// 1 medium, 2 high, 3 massive (values up to 5 are accepted for teams
	// that score impact 1–5).
	Impact float64 `json:"impact,omitempty"`
	// Confidence is how sure the estimates are, above 0 up to 1 (RICE).
	Confidence float64 `json:"confidence,omitempty"`
	// Estimate is the size in the unit of the sprint capacity (story
	// points, days); [Reserve] fits items into a sprint by it.
	Estimate float64 `json:"estimate,omitempty"`
	// Owner is who drives the item, such as the tech-debt champion.
	Owner string `json:"owner,omitempty"`
}

// label names the item in messages: its ID when it has one, else its title.
func (it Item) label() string {
	switch {
	case it.ID != "" && it.Title != "":
		return strconv.Quote(it.ID + " " + it.Title)
	case it.ID != "":
		return strconv.Quote(it.ID)
	case it.Title != "":
		return strconv.Quote(it.Title)
	}
	return "An untitled item"
}

// DebtKind says where a piece of technical debt lives. The zero value means
// the item is not classified (or is not debt).
type DebtKind uint8

// The kinds of technical debt. Their text forms are "code", "dependency",
// "product", "test" and "infra".
const (
	// CodeDebt is a shortcut in the code: duplication, tight coupling.
	CodeDebt DebtKind = iota + 1
	// DependencyDebt is drift: libraries and platforms that moved on.
	DependencyDebt
	// ProductDebt is an unused, hacky or poorly understood feature.
	ProductDebt
	// TestDebt is missing, slow or flaky tests.
	TestDebt
	// InfraDebt is infrastructure and pipeline that hold delivery back.
	InfraDebt
)

var debtKindNames = enum.Names[DebtKind]{Type: "DebtKind", First: CodeDebt,
	Text: []string{"code", "dependency", "product", "test", "infra"}}

// String returns the text form of k.
func (k DebtKind) String() string { return debtKindNames.String(k) }

// MarshalText implements [encoding.TextMarshaler].
func (k DebtKind) MarshalText() ([]byte, error) { return debtKindNames.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *DebtKind) UnmarshalText(text []byte) error { return debtKindNames.Unmarshal(text, k) }

// The codes of the prioritization findings.
const (
	codeScoreMissing    = "priority.score.missing"
	codeScoreRange      = "priority.score.range"
	codeReachInvalid    = "priority.reach.invalid"
	codeImpactInvalid   = "priority.impact.invalid"
	codeConfidenceRange = "priority.confidence.range"
	codeWeightsInvalid  = "priority.weights.invalid"
	codeIDDuplicate     = "priority.id.duplicate"
	codeTitleMissing    = "priority.title.missing"
)

// checkItemScore reports a 1–5 score that is unset or out of range; field names
// the score ("value", "effort" …).
func checkItemScore(it Item, field string, score int, why string) leadkit.Findings {
	switch {
	case score == 0:
		return leadkit.Findings{{
			Code: codeScoreMissing, Field: field, Severity: leadkit.Error,
			Message: fmt.Sprintf("%s has no %s score, which %s.", it.label(), field, why),
			Hint:    fmt.Sprintf("Score %s from 1 (low) to 5 (high).", field),
		}}
	case score < 1 || score > 5:
		return leadkit.Findings{{
			Code: codeScoreRange, Field: field, Severity: leadkit.Error,
			Message: fmt.Sprintf("%s has %s %d, outside 1–5.", it.label(), field, score),
			Hint:    fmt.Sprintf("Score %s from 1 (low) to 5 (high).", field),
		}}
	}
	return nil
}

// finiteFloat reports whether f is neither NaN nor infinite.
func finiteFloat(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// itemFindingsAt rewrites the fields of fs, which are relative to one item,
// to name the item's place in the input: "value" becomes "items[3].value".
func itemFindingsAt(dst leadkit.Findings, fs leadkit.Findings, list string, i int) leadkit.Findings {
	if len(fs) == 0 {
		return dst
	}
	prefix := list + "[" + strconv.Itoa(i) + "]"
	for _, f := range fs {
		if f.Field == "" {
			f.Field = prefix
		} else {
			f.Field = prefix + "." + f.Field
		}
		dst = append(dst, f)
	}
	return dst
}

// CheckItems reviews a list of items before it is ranked: an item without a
// title, and an item that repeats an earlier item's ID. Problems with the
// scores depend on the scorer, so [Rank] and [EffortValue] report those.
func CheckItems(items []Item) leadkit.Findings {
	var out leadkit.Findings
	seen := make(map[string]int, len(items))
	for i, it := range items {
		field := "items[" + strconv.Itoa(i) + "]"
		if strings.TrimSpace(it.Title) == "" {
			out = append(out, leadkit.Finding{
				Code: codeTitleMissing, Field: field + ".title", Severity: leadkit.Warning,
				Message: fmt.Sprintf("Item %d has no title.", i),
				Hint:    "Say in a few words what the work is, so that the ranking can be read.",
			})
		}
		if it.ID == "" {
			continue
		}
		if first, dup := seen[it.ID]; dup {
			out = append(out, leadkit.Finding{
				Code: codeIDDuplicate, Field: field + ".id", Severity: leadkit.Warning,
				Message: fmt.Sprintf("ID %q is used by items %d and %d.", it.ID, first, i),
				Hint:    "Give every item its own ID so that rankings and reports can be traced back.",
			})
			continue
		}
		seen[it.ID] = i
	}
	return out
}
