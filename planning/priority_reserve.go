package planning

import (
	"fmt"

	"github.com/leadkit/leadkit"
)

// DefaultReserveRatio is the share of a sprint kept for debt when
// [ReserveOptions.Ratio] is zero: the 80/20 rule of the spec's "Technical
// Debt Management" (reserve 20% of each sprint's capacity for debt).
const DefaultReserveRatio = 0.2

// ReserveOptions configure [Reserve]. The zero value means the defaults.
type ReserveOptions struct {
	// Ratio is the share of the capacity reserved, above 0 up to 1; zero
	// means [DefaultReserveRatio].
	Ratio float64 `json:"ratio,omitempty"`
}

// Reservation is the debt work chosen for one sprint.
type Reservation struct {
	// Capacity is the sprint's whole capacity.
	Capacity float64 `json:"capacity"`
	// Ratio is the share of it reserved.
	Ratio float64 `json:"ratio"`
	// Reserved is Capacity × Ratio: the room for debt.
	Reserved float64 `json:"reserved"`
	// Used is the sum of the selected estimates, never above Reserved.
	Used float64 `json:"used"`
	// Selected are the items that fit, in ranking order.
	Selected []Ranked `json:"selected,omitempty"`
	// Deferred are the items that did not fit, in ranking order.
	Deferred []Deferral `json:"deferred,omitempty"`
}

// Left returns the reserved room that no selected item uses.
func (r Reservation) Left() float64 { return roundScore(r.Reserved - r.Used) }

// Deferral is an item that did not fit into the reservation.
type Deferral struct {
	// Entry is the item at its place in the ranking.
	Entry Ranked `json:"entry"`
	// Needed is the item's estimate (0 when it has none).
	Needed float64 `json:"needed"`
	// Left is the room that was left when its turn came.
	Left float64 `json:"left"`
}

// Reason says why the item was deferred, in one sentence.
func (d Deferral) Reason() string {
	if d.Needed <= 0 {
		return fmt.Sprintf("%s has no estimate.", d.Entry.Item.label())
	}
	if d.Left <= 0 {
		return fmt.Sprintf("%s needs %s but the reservation was full.", d.Entry.Item.label(), formatScore(d.Needed))
	}
	return fmt.Sprintf("%s needs %s but only %s was left.", d.Entry.Item.label(), formatScore(d.Needed), formatScore(d.Left))
}

// The codes of the reservation findings.
const (
	codeCapacityInvalid = "reserve.capacity.invalid"
	codeRatioInvalid    = "reserve.ratio.invalid"
	codeEstimateMissing = "reserve.estimate.missing"
)

// Reserve keeps a share of a sprint's capacity for debt and fills it from
// ranked, in order: an item is selected when its Estimate fits in the room
// still left, and deferred otherwise, so that a large item does not block
// the smaller ones after it. Items without a valid estimate are deferred and
// reported. An invalid capacity or ratio gives an empty reservation and an
// Error finding.
func Reserve(ranked []Ranked, capacity float64, opt ReserveOptions) (Reservation, leadkit.Findings) {
	ratio := opt.Ratio
	if ratio == 0 {
		ratio = DefaultReserveRatio
	}
	var findings leadkit.Findings
	if !finiteFloat(capacity) || capacity <= 0 || capacity > maxReach {
		findings = append(findings, leadkit.Finding{
			Code: codeCapacityInvalid, Field: "capacity", Severity: leadkit.Error,
			Message: fmt.Sprintf("The sprint capacity %v is not a number above 0.", capacity),
			Hint:    "Give the sprint's capacity in the unit of the estimates, such as 40 story points.",
		})
	}
	if !finiteFloat(ratio) || ratio < 0 || ratio > 1 {
		findings = append(findings, leadkit.Finding{
			Code: codeRatioInvalid, Field: "ratio", Severity: leadkit.Error,
			Message: fmt.Sprintf("The reserve ratio %v is not a fraction above 0 up to 1.", ratio),
			Hint:    "Write 20% as 0.2, or leave the ratio at zero for the 20% default.",
		})
	}
	if findings != nil {
		return Reservation{}, findings
	}
	res := Reservation{Capacity: capacity, Ratio: ratio, Reserved: roundScore(capacity * ratio)}
	for _, r := range ranked {
		est := r.Item.Estimate
		left := res.Left()
		if !finiteFloat(est) || est <= 0 {
			findings = append(findings, leadkit.Finding{
				Code: codeEstimateMissing, Field: fmt.Sprintf("items[%d].estimate", r.Index), Severity: leadkit.Warning,
				Message: fmt.Sprintf("%s has estimate %v, so it cannot be fitted into the sprint.", r.Item.label(), est),
				Hint:    "Estimate the item in the unit of the sprint capacity.",
			})
			res.Deferred = append(res.Deferred, Deferral{Entry: r, Left: left})
			continue
		}
		// A tolerance of a billionth keeps 0.1 + 0.2 from missing 0.3.
		if est <= left+1e-9 {
			res.Selected = append(res.Selected, r)
			res.Used = roundScore(res.Used + est)
			continue
		}
		res.Deferred = append(res.Deferred, Deferral{Entry: r, Needed: est, Left: left})
	}
	return res, findings
}
