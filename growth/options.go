package growth

import (
	"fmt"
	"math"

	"github.com/leadkit/leadkit"
)

// Options tunes [Compare] and [Trends]. The zero value means the defaults
// listed with each field.
type Options struct {
	// Catalog holds the skills that ratings may name; nil means
	// [DefaultCatalog].
	Catalog *Catalog `json:"catalog,omitempty"`
	// KeySkills names the skills that matter most for the role (by ID or
	// name). They rank first among the focus skills.
	KeySkills []string `json:"key_skills,omitempty"`
	// BlindSpot is the gap (others' mean minus self) at or below which a
	// skill is a blind spot: you rate yourself clearly higher than others
	// do. Zero means -2, the spec's 2-point surprise on the 1–10 scale; it
	// must not be positive.
	BlindSpot float64 `json:"blind_spot,omitempty"`
	// HiddenStrength is the gap at or above which a skill is a hidden
	// strength: others rate you clearly higher than you do. Zero means +2,
	// as for BlindSpot; it must not be negative.
	HiddenStrength float64 `json:"hidden_strength,omitempty"`
	// ContestedSpread is how far apart (highest minus lowest) others'
	// ratings must be for a skill to be flagged contested. Zero means 4.
	ContestedSpread int `json:"contested_spread,omitempty"`
	// MinOthers is how many other raters a skill needs before its gap is
	// reported; below it the skill is "not enough ratings" and no figure is
	// shown, so that no single rater's score can be read off. Zero means 2.
	MinOthers int `json:"min_others,omitempty"`
	// LowRating is the others' mean at or below which a skill counts as
	// low-rated when suggesting focus skills. Zero means 5, the lower half
	// of the scale.
	LowRating float64 `json:"low_rating,omitempty"`
	// MaxFocus is how many focus skills to suggest. Zero means 2, after the
	// spec's one or two focused goals per quarter.
	MaxFocus int `json:"max_focus,omitempty"`
	// TrendBand is the change in others' mean, between the first and the
	// last round, below which [Trends] calls a skill flat. Zero means 1
	// point.
	TrendBand float64 `json:"trend_band,omitempty"`
}

// The defaults that the zero Options stands for.
const (
	DefaultBlindSpot       = -2.0
	DefaultHiddenStrength  = 2.0
	DefaultContestedSpread = 4
	DefaultMinOthers       = 2
	DefaultLowRating       = 5.0
	DefaultMaxFocus        = 2
	DefaultTrendBand       = 1.0
)

// settings are Options with the defaults filled in and the key skills
// resolved to catalog positions.
type settings struct {
	catalog                    *Catalog
	blindSpot, hiddenStrength  float64
	lowRating, trendBand       float64
	contested, minOthers, most int
	key                        []bool
}

func (o Options) settings() (settings, leadkit.Findings) {
	s := settings{catalog: o.Catalog.orDefault()}
	var fs leadkit.Findings
	bad := func(field string, value any, want string) {
		invalidOption(&fs, field, value, want)
	}
	float := func(v, def float64, field string, ok func(float64) bool, want string) float64 {
		switch {
		case v == 0:
			return def
		case math.IsNaN(v) || math.IsInf(v, 0) || !ok(v):
			bad(field, v, want)
			return def
		}
		return v
	}
	count := func(v, def int, field string) int {
		switch {
		case v == 0:
			return def
		case v < 0:
			bad(field, v, "positive")
			return def
		}
		return v
	}
	s.blindSpot = float(o.BlindSpot, DefaultBlindSpot, "blind_spot", func(v float64) bool { return v < 0 }, "negative")
	s.hiddenStrength = float(o.HiddenStrength, DefaultHiddenStrength, "hidden_strength", func(v float64) bool { return v > 0 }, "positive")
	s.lowRating = float(o.LowRating, DefaultLowRating, "low_rating", func(v float64) bool { return v >= MinScore && v <= MaxScore }, "from 1 to 10")
	s.trendBand = float(o.TrendBand, DefaultTrendBand, "trend_band", func(v float64) bool { return v > 0 }, "positive")
	s.contested = count(o.ContestedSpread, DefaultContestedSpread, "contested_spread")
	s.minOthers = count(o.MinOthers, DefaultMinOthers, "min_others")
	s.most = count(o.MaxFocus, DefaultMaxFocus, "max_focus")

	s.key = make([]bool, s.catalog.Len())
	for i, name := range o.KeySkills {
		pos, ok := s.catalog.position(name)
		if !ok {
			fs = append(fs, leadkit.Finding{Code: "growth.key_skill.unknown", Field: fmt.Sprintf("options.key_skills[%d]", i), Severity: leadkit.Warning,
				Message: fmt.Sprintf("Key skill %q is not in the catalog, so it cannot guide the focus.", name),
				Hint:    "Name key skills by their catalog ID, or add them to the catalog."})
			continue
		}
		s.key[pos] = true
	}
	return s, fs
}

// invalidOption reports an option out of range, whose default is used.
func invalidOption(fs *leadkit.Findings, field string, value any, want string) {
	addFinding(fs, "growth.options.invalid", "options."+field, leadkit.Error,
		fmt.Sprintf("Option %s is %v; it must be %s, so the default is used.", field, value, want),
		"Leave the option at zero for the default, or set a value in range.")
}
