package growth

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/enum"
)

// Trap is one of the spec's six learning traps.
type Trap uint8

// The learning traps, in the spec's order. Text forms: "no_time",
// "consuming_only", "isolation", "too_big", "no_reflection",
// "no_accountability".
const (
	// NoTime: "there's no time to learn" — really, busy with the wrong
	// things.
	NoTime Trap = iota + 1
	// ConsumingOnly: books and courses without practice do not stick.
	ConsumingOnly
	// Isolation: learning cut off from what the team and product need.
	Isolation
	// TooBig: goals too big or too many, so they overwhelm or never start.
	TooBig
	// NoReflection: skipping reflection and trusting gut feeling.
	NoReflection
	// NoAccountability: nobody to check in with.
	NoAccountability
)

var trapNames = enum.Names[Trap]{Type: "Trap", First: 1, Text: []string{"no_time", "consuming_only", "isolation", "too_big", "no_reflection", "no_accountability"}}

// String returns the text form, such as "too_big".
func (t Trap) String() string { return trapNames.String(t) }

// MarshalText implements [encoding.TextMarshaler]; the unset Trap is an
// error.
func (t Trap) MarshalText() ([]byte, error) { return trapNames.Marshal(t) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (t *Trap) UnmarshalText(text []byte) error { return trapNames.Unmarshal(text, t) }

// TrapCheck is one item of the learning-traps checklist.
type TrapCheck struct {
	Trap Trap `json:"trap"`
	// Question is what to ask yourself or the learner.
	Question string `json:"question"`
	// Countermeasure is what to do when the answer shows the trap.
	Countermeasure string `json:"countermeasure"`
}

var trapChecklist = []TrapCheck{
	{NoTime, "Is there time set aside for learning, or is it squeezed in around everything else?",
		"Being too busy to learn usually means being busy with the wrong things: reprioritize and drop something."},
	{ConsumingOnly, "Where will the learning be put into practice?",
		"Give it an application: someone learning system design owns an architecture discussion or an RFC; someone learning facilitation runs a retro or leads an initiative."},
	{Isolation, "How will this skill help the team or the product?",
		"Connect the learning to the work and its outcomes, not only to interest."},
	{TooBig, "Is the goal small enough to start this week, and is it one of only one or two?",
		"Shrink it: instead of \"the whole team gives me plenty of critical input within a month\", aim for \"one colleague gives me one constructive comment within 14 days\"."},
	{NoReflection, "Who gives feedback after the key moments, and when do you reflect on what worked?",
		"Ask \"did that work, and what impact did it have?\", and request feedback right after meetings, presentations and decisions, especially after trying something new."},
	{NoAccountability, "Who checks in on the progress, and how often?",
		"Be the accountability partner, or find one (a mentor, peer or coach), with regular check-ins."},
}

// TrapChecklist returns the six learning traps, in the spec's order, each
// with its question and countermeasure.
func TrapChecklist() []TrapCheck { return append([]TrapCheck(nil), trapChecklist...) }

// Question returns the checklist question for the trap.
func (t Trap) Question() string { return t.check().Question }

// Countermeasure returns what to do when the trap shows.
func (t Trap) Countermeasure() string { return t.check().Countermeasure }

func (t Trap) check() TrapCheck {
	if trapNames.Valid(t) {
		return trapChecklist[t-1]
	}
	return TrapCheck{}
}

// LearningGoal is what someone sets out to learn, with the facts the trap
// checks look at.
type LearningGoal struct {
	// Skill names what is learned: "giving feedback".
	Skill string `json:"skill"`
	// Goal states the aim: "one colleague gives me one constructive
	// comment within 14 days".
	Goal string `json:"goal,omitempty"`
	// TimePerWeek is the learning time set aside each week.
	TimePerWeek time.Duration `json:"time_per_week,omitempty"`
	// Practice lists where the learning is applied: "facilitate the next
	// retro".
	Practice []string `json:"practice,omitempty"`
	// BusinessLink says how the skill helps the team or the product.
	BusinessLink string `json:"business_link,omitempty"`
	// Reflections are dated notes of feedback received and lessons drawn.
	Reflections []Note `json:"reflections,omitempty"`
	// Partner is the accountability partner.
	Partner string `json:"partner,omitempty"`
	// CheckIns are the dates of check-ins with the partner, past and
	// planned.
	CheckIns []time.Time `json:"check_ins,omitempty"`
}

// Note is a dated piece of text.
type Note struct {
	Date time.Time `json:"date,omitzero"`
	Text string    `json:"text"`
}

// MaxLearningGoals is how many learning goals may run at once before they
// count as too many: the spec's "one or two" priorities.
const MaxLearningGoals = 2

// DetectTraps returns the traps a learning goal falls into, in the spec's
// order. A goal can fall into several.
func DetectTraps(g LearningGoal) []Trap {
	var out []Trap
	if g.TimePerWeek <= 0 {
		out = append(out, NoTime)
	}
	if !hasText(g.Practice) {
		out = append(out, ConsumingOnly)
	}
	if strings.TrimSpace(g.BusinessLink) == "" {
		out = append(out, Isolation)
	}
	if tooBig(g.Goal) != "" {
		out = append(out, TooBig)
	}
	if len(g.Reflections) == 0 {
		out = append(out, NoReflection)
	}
	if strings.TrimSpace(g.Partner) == "" || len(g.CheckIns) == 0 {
		out = append(out, NoAccountability)
	}
	return out
}

// CheckLearning checks a set of learning goals that run at the same time:
// one finding per trap per goal (code "growth.trap." plus the trap's text),
// and a too_big finding for the set when it holds more than
// MaxLearningGoals goals.
func CheckLearning(goals []LearningGoal) leadkit.Findings {
	var fs leadkit.Findings
	if len(goals) > MaxLearningGoals {
		fs = append(fs, leadkit.Finding{Code: "growth.trap.too_big", Field: "goals", Severity: leadkit.Warning,
			Message: fmt.Sprintf("%d learning goals run at once; more than %d overwhelm.", len(goals), MaxLearningGoals),
			Hint:    "Choose one or two priorities and park the rest."})
	}
	for i, g := range goals {
		name := strings.TrimSpace(g.Skill)
		if name == "" {
			name = fmt.Sprintf("goal %d", i+1)
		}
		for _, t := range DetectTraps(g) {
			field, msg := fmt.Sprintf("goals[%d]", i), ""
			switch t {
			case NoTime:
				field, msg = field+".time_per_week", fmt.Sprintf("No time is set aside to learn %q.", name)
			case ConsumingOnly:
				field, msg = field+".practice", fmt.Sprintf("Nothing says where %q will be put into practice.", name)
			case Isolation:
				field, msg = field+".business_link", fmt.Sprintf("Nothing links %q to what the team or the product needs.", name)
			case TooBig:
				field, msg = field+".goal", fmt.Sprintf("The goal %q is too big to start: %s.", g.Goal, tooBig(g.Goal))
			case NoReflection:
				field, msg = field+".reflections", fmt.Sprintf("There is no feedback or reflection on %q yet.", name)
			case NoAccountability:
				field, msg = field+".partner", fmt.Sprintf("Nobody checks in on the progress in %q.", name)
			}
			fs = append(fs, leadkit.Finding{Code: "growth.trap." + t.String(), Field: field, Severity: leadkit.Warning,
				Message: msg, Hint: t.Countermeasure()})
		}
	}
	return fs
}

// tooBigWords mark goals aimed at everyone or at perfection, as in the
// spec's examples ("the whole team", "plenty of", "full agreement",
// "everyone satisfied").
var tooBigWords = map[string]bool{
	"all": true, "everyone": true, "everybody": true, "everything": true, "whole": true, "entire": true,
	"plenty": true, "full": true, "fully": true, "always": true, "perfect": true, "perfectly": true,
	"every": true, "master": true,
}

// notTooBigAfter lists words after which a too-big word is harmless:
// "every week" is a rhythm, not an ambition.
var notTooBigAfter = map[string]bool{
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true, "sprint": true,
	"sprints": true, "morning": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "other": true, "time": true,
}

// tooBig returns the words that make a goal too big, or "" when none do.
func tooBig(goal string) string {
	words := strings.FieldsFunc(strings.ToLower(goal), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	for i, w := range words {
		if !tooBigWords[w] {
			continue
		}
		if i+1 < len(words) && notTooBigAfter[words[i+1]] {
			continue
		}
		if w == "all" && i > 0 && words[i-1] == "at" { // "not at all"
			continue
		}
		return fmt.Sprintf("%q aims at everyone or at perfection", w)
	}
	return ""
}

func hasText(items []string) bool {
	for _, s := range items {
		if strings.TrimSpace(s) != "" {
			return true
		}
	}
	return false
}
