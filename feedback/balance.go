package feedback

import (
	"slices"
	"strings"

	"github.com/leadkit/leadkit"
)

// BalanceOptions configure [Balance]. The zero value means the defaults;
// the spec sets no numbers ("no fixed ratio"), so the defaults are ours.
type BalanceOptions struct {
	// MinItems is how many items a giver needs before one-sidedness is
	// reported. Default 4.
	MinItems int
	// Team lists everyone who should receive feedback from the giver; people
	// with none while others have several suggest favouritism. Names match
	// the log's givers and receivers ignoring case and surrounding spaces.
	Team []string
	// Uneven is how many items one receiver must have for another's zero to
	// count as uneven. Default 3.
	Uneven int
}

// The finding codes of [Balance].
const (
	CodeBalanceOneSided = "feedback.balance.one_sided"
	CodeBalanceUneven   = "feedback.balance.uneven"
)

// Balance checks the feedback giver has given over a log: only one kind
// ("only constructive" makes the giver the bearer of bad news, "only
// positive" makes praise feel insincere), or some team members receiving
// none while others receive several (possible favouritism).
func Balance(log []Feedback, giver string, opts BalanceOptions) leadkit.Findings {
	if opts.MinItems <= 0 {
		opts.MinItems = 4
	}
	if opts.Uneven <= 0 {
		opts.Uneven = 3
	}
	var out leadkit.Findings
	var kinds [3]int
	// Names match ignoring case, surrounding spaces and the apostrophe's
	// shape: "Sam" in the log is "sam " in the team list.
	key := func(name string) string { return nameKey(strings.TrimSpace(name)) }
	per := map[string]int{}
	for _, f := range log {
		if key(f.Giver) != key(giver) || f.Kind != Positive && f.Kind != Constructive {
			continue
		}
		kinds[f.Kind]++
		per[key(f.Receiver)]++
	}
	total := kinds[Positive] + kinds[Constructive]
	if total >= opts.MinItems && (kinds[Positive] == 0 || kinds[Constructive] == 0) {
		only := Positive
		if kinds[Positive] == 0 {
			only = Constructive
		}
		out = append(out, leadkit.Finding{
			Code: CodeBalanceOneSided, Field: "kind", Severity: leadkit.Warning,
			Message: "All " + itoa(total) + " items from " + quoteList([]string{giver}) + " are " + only.String() + ".",
			Hint:    "Mix both kinds consistently: notice what goes well, and raise what to improve.",
		})
	}
	most := 0
	for _, n := range per {
		most = max(most, n)
	}
	var none []string
	listed := map[string]bool{} // a name listed twice in Team is one person
	for _, person := range opts.Team {
		if k := key(person); per[k] == 0 && k != key(giver) && !listed[k] {
			listed[k] = true
			none = append(none, strings.TrimSpace(person))
		}
	}
	slices.Sort(none)
	if most >= opts.Uneven && len(none) > 0 {
		out = append(out, leadkit.Finding{
			Code: CodeBalanceUneven, Field: "receiver", Severity: leadkit.Warning,
			Message: quoteList(none) + " received no feedback from " + quoteList([]string{giver}) + " while others received up to " + itoa(most) + ".",
			Hint:    "Give everyone feedback roughly equally; look for what they do that goes unnoticed.",
		})
	}
	return out
}
