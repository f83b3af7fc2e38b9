package growth

import (
	"fmt"
	"strings"
	"time"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/delegation"
	"github.com/leadkit/leadkit/internal/enum"
)

// ReflectionArea is one of the spec's five career reflection areas.
type ReflectionArea uint8

// The reflection areas, in the spec's order. Text forms: "enjoyed",
// "drained", "changed", "growth_signs", "curious".
const (
	// Enjoyed: what gave you energy, and which outcomes motivate you.
	Enjoyed ReflectionArea = iota + 1
	// Drained: what took energy, and whether for lack of skill or of fit.
	Drained
	// Changed: how the role has changed you and your view of leadership.
	Changed
	// GrowthSigns: what was hard and is now easy.
	GrowthSigns
	// Curious: what you want more and less of next.
	Curious
)

var reflectionAreaNames = enum.Names[ReflectionArea]{Type: "ReflectionArea", First: 1, Text: []string{"enjoyed", "drained", "changed", "growth_signs", "curious"}}

// String returns the text form, such as "drained".
func (a ReflectionArea) String() string { return reflectionAreaNames.String(a) }

// MarshalText implements [encoding.TextMarshaler]; the unset
// ReflectionArea is an error.
func (a ReflectionArea) MarshalText() ([]byte, error) { return reflectionAreaNames.Marshal(a) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (a *ReflectionArea) UnmarshalText(text []byte) error {
	return reflectionAreaNames.Unmarshal(text, a)
}

// Prompt is one career reflection question.
type Prompt struct {
	// ID identifies the prompt in answers, such as "drained.cause".
	ID       string         `json:"id"`
	Area     ReflectionArea `json:"area"`
	Question string         `json:"question"`
}

var reflectionPrompts = []Prompt{
	{"enjoyed.energy", Enjoyed, "Which parts of the role gave you energy? Think of the whole period, not only the highlights."},
	{"enjoyed.outcomes", Enjoyed, "Which outcomes felt most rewarding, apart from the work that produced them?"},
	{"enjoyed.one_task", Enjoyed, "If a day could hold a single task, which would leave you feeling most accomplished?"},
	{"drained.what", Drained, "What drained you most?"},
	{"drained.cause", Drained, "For each drain: was it a skill you can still grow, or work that does not suit you?"},
	{"changed.how", Changed, "How has the role changed the way you work, and what you think leadership is?"},
	{"growth_signs.easier", GrowthSigns, "Name three things that were hard and are easy now, and what changed for each."},
	{"growth_signs.feedback", GrowthSigns, "Which themes keep coming back in the feedback you get?"},
	{"curious.more_less", Curious, "What do you want more of, and less of?"},
	{"curious.next", Curious, "Which next step makes you curious: staying a tech lead, management, staff engineering or architecture, program management, or consulting?"},
}

// ReflectionPrompts returns the career reflection prompts, grouped by area
// in the spec's order.
func ReflectionPrompts() []Prompt { return append([]Prompt(nil), reflectionPrompts...) }

// DrainCause says why something drained you.
type DrainCause uint8

// The drain causes; text forms "skill_gap" and "misfit".
const (
	// SkillGap: draining for lack of a skill you can grow.
	SkillGap DrainCause = iota + 1
	// Misfit: draining because the work does not suit you or your values;
	// do less of it.
	Misfit
)

var drainCauseNames = enum.Names[DrainCause]{Type: "DrainCause", First: 1, Text: []string{"skill_gap", "misfit"}}

// String returns the text form, such as "skill_gap".
func (c DrainCause) String() string { return drainCauseNames.String(c) }

// MarshalText implements [encoding.TextMarshaler]; the unset DrainCause is
// an error.
func (c DrainCause) MarshalText() ([]byte, error) { return drainCauseNames.Marshal(c) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (c *DrainCause) UnmarshalText(text []byte) error { return drainCauseNames.Unmarshal(text, c) }

// Reflection holds the answers to a career reflection and what they
// yield.
type Reflection struct {
	Date time.Time `json:"date,omitzero"`
	// Answers are the free-text answers, keyed by prompt ID.
	Answers []Answer `json:"answers,omitempty"`
	// Energizing lists the activities that gave energy.
	Energizing []string `json:"energizing,omitempty"`
	// Drains lists what took energy, each with its cause.
	Drains []Drain `json:"drains,omitempty"`
	// Stories are the once-hard-now-easy examples; the spec asks for
	// three.
	Stories []GrowthStory `json:"stories,omitempty"`
	// Next is where you want to go from here.
	Next Aim `json:"next,omitzero"`
}

// Answer is the answer to one prompt.
type Answer struct {
	Prompt string `json:"prompt"`
	Text   string `json:"text"`
}

// Drain is an activity that took energy.
type Drain struct {
	Activity string     `json:"activity"`
	Cause    DrainCause `json:"cause,omitempty"`
}

// GrowthStory is something that was hard and is easy now.
type GrowthStory struct {
	WasHard     string `json:"was_hard"`
	WhatChanged string `json:"what_changed"`
}

// Aim is the direction a reflection points to.
type Aim struct {
	// Objective is the next goal: "Move towards engineering management
	// within a year".
	Objective string `json:"objective,omitempty"`
	// Why says why it matters to you.
	Why Motivation `json:"why,omitempty"`
	// MoreOf and LessOf list what to do more and less of.
	MoreOf []string `json:"more_of,omitempty"`
	LessOf []string `json:"less_of,omitempty"`
}

// MinGrowthStories is how many once-hard-now-easy examples the spec's
// exercise asks for.
const MinGrowthStories = 3

// CheckReflection reports what a career reflection still lacks: unanswered
// prompts, answers to unknown prompts, drains without a cause, fewer than
// MinGrowthStories growth stories, and no aim for the next step.
func CheckReflection(r Reflection) leadkit.Findings {
	var fs leadkit.Findings
	answered := make(map[string]bool, len(r.Answers))
	for i, a := range r.Answers {
		id := strings.ToLower(strings.TrimSpace(a.Prompt))
		known := false
		for _, p := range reflectionPrompts {
			known = known || p.ID == id
		}
		if !known {
			addFinding(&fs, "growth.reflection.prompt_unknown", fmt.Sprintf("answers[%d].prompt", i), leadkit.Error,
				fmt.Sprintf("Answer %d is to prompt %q, which does not exist.", i+1, a.Prompt),
				"Use the IDs of ReflectionPrompts, such as \"drained.cause\".")
			continue
		}
		if strings.TrimSpace(a.Text) != "" {
			answered[id] = true
		}
	}
	for _, p := range reflectionPrompts {
		if !answered[p.ID] {
			addFinding(&fs, "growth.reflection.unanswered", "answers", leadkit.Info, fmt.Sprintf("Prompt %q has no answer yet: %s", p.ID, p.Question),
				"Answer every prompt, briefly; the gaps are often the interesting part.")
		}
	}
	for i, d := range r.Drains {
		if d.Cause == 0 {
			addFinding(&fs, "growth.reflection.drain.cause_missing", fmt.Sprintf("drains[%d].cause", i), leadkit.Warning,
				fmt.Sprintf("The drain %q has no cause.", d.Activity),
				"Decide whether it is a skill gap (grow it) or a misfit (do less of it): the two lead to opposite plans.")
		}
	}
	if n := len(r.Stories); n < MinGrowthStories {
		addFinding(&fs, "growth.reflection.stories_too_few", "stories", leadkit.Warning,
			fmt.Sprintf("The reflection has %s; write at least %d.", counted(n, "growth story", "growth stories"), MinGrowthStories),
			"Write down things that were hard and are easy now, each with what changed: skills, confidence or support.")
	}
	if strings.TrimSpace(r.Next.Objective) == "" {
		addFinding(&fs, "growth.reflection.aim_missing", "next.objective", leadkit.Warning, "The reflection names no next step.",
			"Say where you want to go next, even if it is staying in the role; choosing with intention beats the default path.")
	}
	return fs
}

// NextPlan turns a reflection into the draft of a new growth [Plan] over
// the timeline from start to end: the aim becomes the goal, each drain
// that is a skill gap becomes a step to grow it, each misfit drain and
// each "less of" becomes a step to hand the work off, each "more of"
// becomes a step to seek it out, and the energizing activities become
// opportunities. The draft still needs dates, a measure and a support
// network; [CheckPlan] says what is missing.
func NextPlan(r Reflection, start, end time.Time) Plan {
	p := Plan{
		Goal:     delegation.Goal{Objective: strings.TrimSpace(r.Next.Objective)},
		Why:      r.Next.Why,
		Timeline: Timeline{Start: start, End: end},
	}
	seen := make(map[string]bool)
	step := func(prefix, what string) {
		if what = strings.TrimSpace(what); what != "" && !seen[prefix+personKey(what)] {
			seen[prefix+personKey(what)] = true
			p.Steps = append(p.Steps, Step{Title: prefix + what})
		}
	}
	for _, d := range r.Drains {
		if d.Cause == SkillGap {
			step("Grow the skill behind: ", d.Activity)
		}
	}
	for _, s := range r.Next.MoreOf {
		step("Seek out more: ", s)
	}
	for _, d := range r.Drains {
		if d.Cause == Misfit {
			step("Hand off or reduce: ", d.Activity)
		}
	}
	for _, s := range r.Next.LessOf {
		step("Hand off or reduce: ", s)
	}
	for _, s := range r.Energizing {
		if s = strings.TrimSpace(s); s != "" {
			p.Opportunities = append(p.Opportunities, Opportunity{Kind: OnTheJob, Description: "More chances to " + s})
		}
	}
	return p
}
