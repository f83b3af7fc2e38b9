package planning

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/enum"
)

// Risk is an entry of a risk register: something that may happen, scored for
// how likely it is and how bad it would be.
type Risk struct {
	// ID identifies the risk in the caller's tracker; it may be empty.
	ID string `json:"id,omitempty"`
	// Title names the risk in a few words.
	Title string `json:"title"`
	// Description says what may happen and why.
	Description string `json:"description,omitempty"`
	// Probability is how likely it is, 1 (rare) to 5 (almost certain).
	Probability int `json:"probability,omitempty"`
	// Impact is how bad it would be, 1 (minor) to 5 (severe).
	Impact int `json:"impact,omitempty"`
	// Owner is accountable for tracking the risk (not necessarily for
	// acting on it).
	Owner string `json:"owner,omitempty"`
	// Treatment is the chosen response.
	Treatment Treatment `json:"treatment,omitempty"`
	// Actions are the steps of the treatment plan.
	Actions []string `json:"actions,omitempty"`
	// Reason says why the treatment was chosen; an accepted critical risk
	// needs one.
	Reason string `json:"reason,omitempty"`
	// ReviewAt is when the risk must next be looked at again.
	ReviewAt time.Time `json:"review_at,omitzero"`
	// Status is where the risk stands; the zero value counts as [RiskOpen].
	Status RiskStatus `json:"status,omitempty"`
}

// Exposure returns Probability × Impact, from 1 to 25, or 0 when either is
// outside 1–5.
func (r Risk) Exposure() int {
	if r.Probability < 1 || r.Probability > 5 || r.Impact < 1 || r.Impact > 5 {
		return 0
	}
	return r.Probability * r.Impact
}

// Level returns the risk's band under the default [RiskBands], or zero when
// its scores are invalid.
func (r Risk) Level() RiskLevel { return RiskBands{}.Level(r.Exposure()) }

// active reports whether the risk is still a risk: not closed and not turned
// into an issue.
func (r Risk) active() bool { return r.Status != RiskClosed && r.Status != RiskBecameIssue }

// label names the risk in messages.
func (r Risk) label() string {
	switch {
	case r.Title != "":
		return strconv.Quote(r.Title)
	case r.ID != "":
		return strconv.Quote(r.ID)
	}
	return "An untitled risk"
}

// Treatment is the response chosen for a risk. The zero value means none
// has been chosen.
type Treatment uint8

// The treatments, in the spec's order. Their text forms are "mitigate",
// "avoid", "accept" and "transfer".
const (
	// Mitigate reduces the likelihood or the impact.
	Mitigate Treatment = iota + 1
	// Avoid changes the approach so that the risk no longer applies.
	Avoid
	// Accept knowingly does nothing for now, monitors, and reviews later.
	Accept
	// Transfer shifts the responsibility elsewhere: a vendor, another team.
	Transfer
)

var treatmentNames = enum.Names[Treatment]{Type: "Treatment", First: Mitigate,
	Text: []string{"mitigate", "avoid", "accept", "transfer"}}

// String returns the text form of t.
func (t Treatment) String() string { return treatmentNames.String(t) }

// MarshalText implements [encoding.TextMarshaler].
func (t Treatment) MarshalText() ([]byte, error) { return treatmentNames.Marshal(t) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (t *Treatment) UnmarshalText(text []byte) error { return treatmentNames.Unmarshal(text, t) }

// RiskStatus is where a risk stands. The zero value is unset and counts as
// [RiskOpen].
type RiskStatus uint8

// The statuses of a risk. Their text forms are "open", "monitoring",
// "closed" and "became-issue".
const (
	// RiskOpen is a live risk.
	RiskOpen RiskStatus = iota + 1
	// RiskMonitoring is a live risk being watched, typically accepted.
	RiskMonitoring
	// RiskClosed no longer applies.
	RiskClosed
	// RiskBecameIssue has happened: it is now an issue to handle, not a
	// risk to track.
	RiskBecameIssue
)

var riskStatusNames = enum.Names[RiskStatus]{Type: "RiskStatus", First: RiskOpen,
	Text:    []string{"open", "monitoring", "closed", "became-issue"},
	Aliases: map[string]RiskStatus{"became_issue": RiskBecameIssue, "becameissue": RiskBecameIssue, "issue": RiskBecameIssue}}

// String returns the text form of s.
func (s RiskStatus) String() string { return riskStatusNames.String(s) }

// MarshalText implements [encoding.TextMarshaler].
func (s RiskStatus) MarshalText() ([]byte, error) { return riskStatusNames.Marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *RiskStatus) UnmarshalText(text []byte) error { return riskStatusNames.Unmarshal(text, s) }

// RiskLevel is the band of a risk's exposure. The zero value means the risk
// has no valid exposure.
type RiskLevel uint8

// The risk levels, from least to most serious. Their text forms are "low",
// "medium", "high" and "critical".
const (
	// RiskLow needs no more than a line in the log.
	RiskLow RiskLevel = iota + 1
	// RiskMedium is worth watching.
	RiskMedium
	// RiskHigh needs an owner, a treatment and actions.
	RiskHigh
	// RiskCritical needs all that, and a written reason if accepted.
	RiskCritical
)

var riskLevelNames = enum.Names[RiskLevel]{Type: "RiskLevel", First: RiskLow,
	Text: []string{"low", "medium", "high", "critical"}}

// String returns the text form of l.
func (l RiskLevel) String() string { return riskLevelNames.String(l) }

// MarshalText implements [encoding.TextMarshaler].
func (l RiskLevel) MarshalText() ([]byte, error) { return riskLevelNames.Marshal(l) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (l *RiskLevel) UnmarshalText(text []byte) error { return riskLevelNames.Unmarshal(text, l) }

// RiskBands are the lowest exposures (probability × impact) of the medium,
// high and critical levels; below Medium a risk is low. A zero field means
// its default, so the zero value means the defaults 5, 10 and 20: on the usual 5×5 grid low is 1–4, medium 5–9,
// high 10–16 and critical 20–25, so a risk that is likely (4) and severe (5)
// is critical while one that is possible (3) and major (4) is high. The spec
// gives no numbers; these are the conventional bands of a 5×5 matrix.
type RiskBands struct {
	// Medium is the lowest medium exposure; zero means 5.
	Medium int `json:"medium,omitempty"`
	// High is the lowest high exposure; zero means 10.
	High int `json:"high,omitempty"`
	// Critical is the lowest critical exposure; zero means 20.
	Critical int `json:"critical,omitempty"`
}

// DefaultRiskBands are the bands the zero [RiskBands] stands for.
var DefaultRiskBands = RiskBands{Medium: 5, High: 10, Critical: 20}

// orDefault fills in the default of every zero field.
func (b RiskBands) orDefault() RiskBands {
	if b.Medium == 0 {
		b.Medium = DefaultRiskBands.Medium
	}
	if b.High == 0 {
		b.High = DefaultRiskBands.High
	}
	if b.Critical == 0 {
		b.Critical = DefaultRiskBands.Critical
	}
	return b
}

// Level returns the band of an exposure from 1 to 25, or zero outside that
// range.
func (b RiskBands) Level(exposure int) RiskLevel {
	b = b.orDefault()
	switch {
	case exposure < 1 || exposure > 25:
		return 0
	case exposure >= b.Critical:
		return RiskCritical
	case exposure >= b.High:
		return RiskHigh
	case exposure >= b.Medium:
		return RiskMedium
	}
	return RiskLow
}

// check reports bands that, with their defaults filled in, do not rise
// within 2–25.
func (b RiskBands) check() leadkit.Findings {
	b = b.orDefault()
	if 2 <= b.Medium && b.Medium < b.High && b.High < b.Critical && b.Critical <= 25 {
		return nil
	}
	return leadkit.Findings{{
		Code: codeRiskBandsInvalid, Field: "bands", Severity: leadkit.Error,
		Message: fmt.Sprintf("The risk bands medium %d, high %d, critical %d do not rise within 2–25.", b.Medium, b.High, b.Critical),
		Hint:    "Give increasing lowest exposures, such as medium 5, high 10, critical 20; a band left at zero takes that default.",
	}}
}

// Register is a risk log: the risks of a team or project and the bands that
// grade them.
type Register struct {
	// Risks are the entries, in the order the owner keeps them.
	Risks []Risk `json:"risks"`
	// Bands grade exposures into levels; the zero value means
	// [DefaultRiskBands].
	Bands RiskBands `json:"bands,omitzero"`
}

// The codes of the risk-register findings.
const (
	codeRiskTitleMissing   = "risk.title.missing"
	codeRiskTitleDuplicate = "risk.title.duplicate"
	codeRiskIDDuplicate    = "risk.id.duplicate"
	codeRiskProbability    = "risk.probability.invalid"
	codeRiskImpact         = "risk.impact.invalid"
	codeRiskOwnerMissing   = "risk.owner.missing"
	codeRiskTreatment      = "risk.treatment.missing"
	codeRiskActionsMissing = "risk.actions.missing"
	codeRiskAcceptReason   = "risk.accept.reason_missing"
	codeRiskReviewMissing  = "risk.review.missing"
	codeRiskReviewOverdue  = "risk.review.overdue"
	codeRiskBandsInvalid   = "risk.bands.invalid"
)

// Level returns the band of r under the register's bands.
func (g Register) Level(r Risk) RiskLevel { return g.Bands.Level(r.Exposure()) }

// Check reviews the register as of now. For every live risk (not closed and
// not an issue yet) it reports: a missing title or invalid probability or
// impact; a high or critical risk with no owner, no treatment, or a treatment
// other than accept with no actions; an accepted critical risk with no
// reason; an accepted risk with no review date; a review date before now's
// date. Across the whole register it reports repeated titles (ignoring
// letter case and spacing) and IDs. Findings come in register order.
func (g Register) Check(now time.Time) leadkit.Findings {
	findings := g.Bands.check()
	titles := make(map[string]int, len(g.Risks))
	ids := make(map[string]int, len(g.Risks))
	for i, r := range g.Risks {
		var fs leadkit.Findings
		add := func(code, field string, sev leadkit.Severity, msg, hint string) {
			fs = append(fs, leadkit.Finding{Code: code, Field: field, Severity: sev, Message: msg, Hint: hint})
		}
		if key := foldTitle(r.Title); key != "" {
			if first, dup := titles[key]; dup {
				add(codeRiskTitleDuplicate, "title", leadkit.Warning,
					fmt.Sprintf("Risk %d repeats the title %q of risk %d.", i, r.Title, first),
					"Merge the two entries, or name what sets them apart.")
			} else {
				titles[key] = i
			}
		}
		if r.ID != "" {
			if first, dup := ids[r.ID]; dup {
				add(codeRiskIDDuplicate, "id", leadkit.Warning,
					fmt.Sprintf("Risk %d repeats the ID %q of risk %d.", i, r.ID, first),
					"Give every risk its own ID.")
			} else {
				ids[r.ID] = i
			}
		}
		if !r.active() {
			findings = itemFindingsAt(findings, fs, "risks", i)
			continue
		}
		if strings.TrimSpace(r.Title) == "" {
			add(codeRiskTitleMissing, "title", leadkit.Error, "A risk has no title.",
				"Name the risk in a few words, such as \"payment provider outage at peak\".")
		}
		if r.Probability < 1 || r.Probability > 5 {
			add(codeRiskProbability, "probability", leadkit.Error,
				fmt.Sprintf("%s has probability %d, outside 1–5.", r.label(), r.Probability),
				"Score how likely it is from 1 (rare) to 5 (almost certain).")
		}
		if r.Impact < 1 || r.Impact > 5 {
			add(codeRiskImpact, "impact", leadkit.Error,
				fmt.Sprintf("%s has impact %d, outside 1–5.", r.label(), r.Impact),
				"Score how bad it would be from 1 (minor) to 5 (severe).")
		}
		level := g.Level(r)
		if level >= RiskHigh {
			if strings.TrimSpace(r.Owner) == "" {
				add(codeRiskOwnerMissing, "owner", leadkit.Error,
					fmt.Sprintf("%s is a %s risk with no owner.", r.label(), level),
					"Name one person accountable for tracking it, even if nobody acts yet.")
			}
			switch {
			case r.Treatment == 0:
				add(codeRiskTreatment, "treatment", leadkit.Error,
					fmt.Sprintf("%s is a %s risk with no treatment.", r.label(), level),
					"Choose mitigate, avoid, transfer or accept, and say why.")
			case r.Treatment != Accept && !anyNonBlank(r.Actions):
				add(codeRiskActionsMissing, "actions", leadkit.Error,
					fmt.Sprintf("%s is a %s risk to %s with no actions.", r.label(), level, r.Treatment),
					"List the concrete steps of the plan, each with someone to do it.")
			}
		}
		if r.Treatment == Accept {
			if level == RiskCritical && strings.TrimSpace(r.Reason) == "" {
				add(codeRiskAcceptReason, "reason", leadkit.Error,
					fmt.Sprintf("%s is a critical risk accepted with no reason.", r.label()),
					"Write down why accepting it is the right call, and who agreed.")
			}
			if r.ReviewAt.IsZero() {
				add(codeRiskReviewMissing, "review_at", leadkit.Warning,
					fmt.Sprintf("%s is accepted with no review date.", r.label()),
					"Set a date to look at it again, so that it resurfaces.")
			}
		}
		if !r.ReviewAt.IsZero() && onEarlierDate(r.ReviewAt, now) {
			add(codeRiskReviewOverdue, "review_at", leadkit.Warning,
				fmt.Sprintf("%s was due for review on %s.", r.label(), r.ReviewAt.Format(time.DateOnly)),
				"Review it now: re-score it, confirm the treatment and set the next date.")
		}
		findings = itemFindingsAt(findings, fs, "risks", i)
	}
	return findings
}

// anyNonBlank reports whether any of ss is more than white space.
func anyNonBlank(ss []string) bool {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return true
		}
	}
	return false
}

// foldTitle folds a title for comparison: letter case and runs of white space
// do not matter.
func foldTitle(title string) string { return strings.ToLower(strings.Join(strings.Fields(title), " ")) }

// onEarlierDate reports whether a's calendar date (in its own location) is
// before b's (in b's).
func onEarlierDate(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return time.Date(ay, am, ad, 0, 0, 0, 0, time.UTC).Before(time.Date(by, bm, bd, 0, 0, 0, 0, time.UTC))
}

// Prioritized returns the live risks with valid scores, highest exposure
// first; equal exposures keep register order.
func (g Register) Prioritized() []Risk {
	out := make([]Risk, 0, len(g.Risks))
	for _, r := range g.Risks {
		if r.active() && r.Exposure() > 0 {
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, func(a, b Risk) int { return cmp.Compare(b.Exposure(), a.Exposure()) })
	return out
}

// HeatMap is the 5×5 probability-impact grid of a register as data: a cell
// per pair of scores, each with its exposure, level and the live risks in it.
type HeatMap struct {
	// Cells[p-1][i-1] is the cell of probability p and impact i.
	Cells [5][5]HeatCell `json:"cells"`
}

// HeatCell is one cell of a [HeatMap].
type HeatCell struct {
	// Probability is the cell's probability score, 1–5.
	Probability int `json:"probability"`
	// Impact is the cell's impact score, 1–5.
	Impact int `json:"impact"`
	// Exposure is Probability × Impact.
	Exposure int `json:"exposure"`
	// Level is the band of the exposure.
	Level RiskLevel `json:"level"`
	// Risks are the positions in the register of the live risks in the
	// cell, in register order.
	Risks []int `json:"risks,omitempty"`
}

// HeatMap places the register's live risks with valid scores on the 5×5
// grid.
func (g Register) HeatMap() HeatMap {
	var h HeatMap
	for p := 1; p <= 5; p++ {
		for i := 1; i <= 5; i++ {
			h.Cells[p-1][i-1] = HeatCell{Probability: p, Impact: i, Exposure: p * i, Level: g.Bands.Level(p * i)}
		}
	}
	for n, r := range g.Risks {
		if r.active() && r.Exposure() > 0 {
			c := &h.Cells[r.Probability-1][r.Impact-1]
			c.Risks = append(c.Risks, n)
		}
	}
	return h
}

// Cell returns the cell of a probability and an impact, each 1–5, or the
// zero HeatCell outside that range.
func (h HeatMap) Cell(probability, impact int) HeatCell {
	if probability < 1 || probability > 5 || impact < 1 || impact > 5 {
		return HeatCell{}
	}
	return h.Cells[probability-1][impact-1]
}

// String draws the grid as text: probability (p) 5 at the top, impact (i) 1
// to 5 left to right, each cell the number of risks in it ("." for none)
// followed by its level's initial (L, M, H, C).
func (h HeatMap) String() string {
	var b strings.Builder
	b.WriteString("p\\i")
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(&b, "%5d", i)
	}
	b.WriteByte('\n')
	for p := 5; p >= 1; p-- {
		fmt.Fprintf(&b, "%3d", p)
		for i := 1; i <= 5; i++ {
			c := h.Cells[p-1][i-1]
			n := "."
			if len(c.Risks) > 0 {
				n = strconv.Itoa(len(c.Risks))
			}
			initial := "?"
			if c.Level != 0 {
				initial = strings.ToUpper(c.Level.String()[:1])
			}
			fmt.Fprintf(&b, "%5s", n+initial)
		}
		b.WriteByte('\n')
	}
	return b.String()
}
