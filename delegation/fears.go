package delegation

import (
	"fmt"
	"slices"
	"strings"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/enum"
)

// Fear is one of the fears that keep leads from delegating (spec: "Fears of
// delegating"). The zero Fear is unset.
type Fear uint8

// The four fears, in the spec's order.
const (
	LosingControl Fear = iota + 1 // the root of the others
	PoorOutcome                   // worry that the result will fall short
	QuickerMyself                 // "it's quicker to do it myself"
	LosingCredit                  // worry that the lead's contribution goes unseen
)

var fearNames = enum.Names[Fear]{Type: "Fear", First: LosingControl,
	Text: []string{"losing_control", "outcome", "quicker_myself", "losing_credit"}}

// String returns "losing_control", "outcome", "quicker_myself" or
// "losing_credit".
func (f Fear) String() string { return fearNames.String(f) }

// MarshalText implements [encoding.TextMarshaler].
func (f Fear) MarshalText() ([]byte, error) { return fearNames.Marshal(f) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (f *Fear) UnmarshalText(text []byte) error { return fearNames.Unmarshal(text, f) }

// Root returns the fear underneath f: losing control, for every fear.
func (f Fear) Root() Fear { return LosingControl }

// Question is one item of the reflection checklist: a yes means the symptom
// is present.
type Question struct {
	ID   string `json:"id"`
	Fear Fear   `json:"fear"`
	Text string `json:"text"`
}

// Practice is a concrete remedy the spec suggests for a fear.
type Practice struct {
	Fear Fear   `json:"fear"`
	Name string `json:"name"`
	How  string `json:"how"`
}

var questions = []Question{
	{"control.reviews_every_pr", LosingControl, "Do you review every pull request yourself?"},
	{"control.every_decision", LosingControl, "Are you part of every technical decision?"},
	{"control.every_conversation", LosingControl, "Do you attend every team conversation?"},
	{"control.hard_to_let_go", LosingControl, "Is it hard to let go of work you used to own?"},
	{"outcome.redid_work", PoorOutcome, "Have you fixed or redone a delegate's work lately?"},
	{"outcome.vague_handover", PoorOutcome, "Do you hand tasks over without saying the format, level of detail, audience and required parts?"},
	{"quicker.fix_it_myself", QuickerMyself, "Do you fix recurring problems yourself because it is quicker, such as a failing pipeline?"},
	{"quicker.stops_when_away", QuickerMyself, "Does some work stop when you are away?"},
	{"credit.unseen", LosingCredit, "Do you worry that your contribution goes unseen when someone else does the work?"},
	{"credit.i_statements", LosingCredit, "Do you describe the team's results as things you did?"},
}

var practices = []Practice{
	{LosingControl, "slow exposure", "Start with a low-risk task, set clear expectations, check in without hovering and track progress where everyone can see it."},
	{LosingControl, "rotate standup facilitation", "Let team members take turns running the daily standup while you attend; state the ground rules: walk the board left to right (Backlog, To Do, In Progress, In Review, Testing, Done), cover every task, keep the last minutes for announcements."},
	{LosingControl, "rotation with escalation", "Handle urgent bugs through an agreed rotation that escalates to you when a problem is bigger, or not handled within a time limit."},
	{PoorOutcome, "clear expectations", "Write the goal the SMARTT way; for documentation, say the format, level of detail, audience and required parts (code examples, edge cases, diagrams)."},
	{PoorOutcome, "specific first, high-level later", "Ease in with very specific instructions, then move to high-level guidance (outcome, known information, timeline) and let them choose the approach; their own spin often beats yours."},
	{QuickerMyself, "pairing handover", "Ask for a volunteer; at the next occurrence pair for about 30 minutes, record a walkthrough or have them document it, answer follow-up questions for about 30 minutes more, then have them teach someone else."},
	{QuickerMyself, "count the hidden cost", "Add up each occurrence's fix plus about 23 minutes to refocus, the team blocked while you are away and the knowledge silo, against an hour's handover."},
	{LosingCredit, "reframe the achievement", "Describe results as leadership: \"Led an initiative that improved performance by 40%\" rather than \"I improved performance\"."},
	{LosingCredit, "share the credit", "Praise the delegate in public; a lead is associated with all the team's results, even ones they did not touch."},
}

// Questions returns the reflection checklist, grouped by fear in the spec's
// order. The IDs are stable keys for [Reflect]'s answers.
func Questions() []Question { return slices.Clone(questions) }

// Remedies returns the practices the spec suggests for f.
func Remedies(f Fear) []Practice {
	var out []Practice
	for _, p := range practices {
		if p.Fear == f {
			out = append(out, p)
		}
	}
	return out
}

// MindsetShift is one of the spec's five shifts from "I" to "we".
type MindsetShift struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// MindsetShifts returns the five I-to-we shifts, in the spec's order.
func MindsetShifts() []MindsetShift {
	return []MindsetShift{
		{"do it yourself", "empower the team to own it"},
		{"control every detail", "make the team more autonomous"},
		{"the best short-term result", "sustainable long-term growth"},
		{"check up on or redo their work", "trust them and guide when needed"},
		{"take accountability only for failures", "also share the credit for successes"},
	}
}

// Reflection is what a lead's checklist answers point to.
type Reflection struct {
	// Fears are the fears with at least one symptom, in the spec's order.
	// Losing control, the root of the others, is listed whenever any is.
	Fears []Fear `json:"fears,omitempty"`
	// Practices are the remedies for those fears.
	Practices []Practice `json:"practices,omitempty"`
}

// Reflect maps checklist answers (question ID to yes or no) to the fears
// they show and the practices that address them. Fear of losing control is
// the root of the others, so its first practice, slow exposure, comes with
// any fear.
//
// Findings: delegation.reflection.unknown_question (Error) for an answer to
// no question; delegation.reflection.empty (Info) with no answers;
// delegation.fear.micromanaging (Warning) when at least two of reviewing
// every PR, joining every decision and attending every conversation hold.
func Reflect(answers map[string]bool) (Reflection, leadkit.Findings) {
	var fs leadkit.Findings
	if len(answers) == 0 {
		return Reflection{}, leadkit.Findings{{Code: "delegation.reflection.empty", Field: "answers", Severity: leadkit.Info,
			Message: "The checklist has no answers.", Hint: "Answer each question of the checklist with yes or no."}}
	}
	known := map[string]Question{}
	for _, q := range questions {
		known[q.ID] = q
	}
	ids := make([]string, 0, len(answers))
	for id := range answers {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var present [LosingCredit + 1]bool
	signals := 0
	for _, id := range ids {
		q, ok := known[id]
		if !ok {
			fs = append(fs, leadkit.Finding{Code: "delegation.reflection.unknown_question", Field: "answers." + id, Severity: leadkit.Error,
				Message: fmt.Sprintf("%q is not a question of the checklist.", id),
				Hint:    "Use the IDs that Questions returns."})
			continue
		}
		if !answers[id] {
			continue
		}
		present[q.Fear] = true
		if strings.HasPrefix(id, "control.") && id != "control.hard_to_let_go" {
			signals++
		}
	}
	var r Reflection
	for f := LosingControl; f <= LosingCredit; f++ {
		if present[f] {
			present[LosingControl] = true
		}
	}
	for f := LosingControl; f <= LosingCredit; f++ {
		if !present[f] {
			continue
		}
		r.Fears = append(r.Fears, f)
		rs := Remedies(f)
		if f == LosingControl && !answeredControl(answers) {
			rs = rs[:1] // the root practice only
		}
		r.Practices = append(r.Practices, rs...)
	}
	if signals >= 2 {
		fs = append(fs, leadkit.Finding{Code: "delegation.fear.micromanaging", Field: "answers", Severity: leadkit.Warning,
			Message: fmt.Sprintf("%d of the 3 micromanagement signals hold (every PR, every decision, every conversation): a fear of losing control.", signals),
			Hint:    "Start slow exposure: one low-risk task with clear expectations, and check in without hovering."})
	}
	return r, fs
}

// answeredControl reports whether any control symptom was answered yes.
func answeredControl(answers map[string]bool) bool {
	for id, yes := range answers {
		if yes && strings.HasPrefix(id, "control.") {
			return true
		}
	}
	return false
}
