package delegation

import (
	"fmt"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/enum"
)

// Style is a situational delegation style (spec: "Situational delegation
// styles", after Hersey and Blanchard), in order of decreasing direction
// from the lead. A style belongs to a person on a task, never to the person
// alone: someone can be Delegating on backend work and Telling on
// stakeholder talks. The zero Style is unset.
type Style uint8

// The four styles, from the most to the least guidance.
const (
	// Telling (directing): step-by-step definition, explicit expectations,
	// frequent check-ins, close guidance; the lead decides.
	Telling Style = iota + 1
	// Selling (coaching): confidence building plus training and support; the
	// lead decides with the person and explains why.
	Selling
	// Participating (supporting): the person leads; the lead collaborates,
	// removes blockers and is a sounding board; they decide together.
	Participating
	// Delegating (hands-off): the lead steps back, stays available and checks
	// in occasionally; the person decides.
	Delegating
)

var styleNames = enum.Names[Style]{Type: "Style", First: Telling,
	Text: []string{"telling", "selling", "participating", "delegating"},
	Aliases: map[string]Style{"directing": Telling, "coaching": Selling, "supporting": Participating,
		"hands-off": Delegating, "handsoff": Delegating}}

// String returns "telling", "selling", "participating" or "delegating".
func (s Style) String() string { return styleNames.String(s) }

// MarshalText implements [encoding.TextMarshaler]; the unset Style is an
// error.
func (s Style) MarshalText() ([]byte, error) { return styleNames.Marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler]. It also accepts the
// plain-language names "directing", "coaching", "supporting" and
// "hands-off".
func (s *Style) UnmarshalText(text []byte) error { return styleNames.Unmarshal(text, s) }

// Valid reports whether s is one of the four styles.
func (s Style) Valid() bool { return styleNames.Valid(s) }

// Description says what the lead does in a style (spec: the styles table).
type Description struct {
	// Plain is the plain-language name: "directing", "coaching",
	// "supporting", "hands-off".
	Plain string `json:"plain"`
	// Fits describes the person's situation on the task that calls for it.
	Fits string `json:"fits"`
	// Guidance is what the lead does.
	Guidance string `json:"guidance"`
	// CheckIns is how often the lead checks in, in words; [FollowUpOptions]
	// holds the interval as a number.
	CheckIns string `json:"check_ins"`
	// Decides says who makes the decisions on the task.
	Decides string `json:"decides"`
	// Example is the spec's example of the style.
	Example string `json:"example"`
}

var descriptions = [...]Description{
	Telling: {
		Plain:    "directing",
		Fits:     "little or no experience with the task, and possibly hesitant or unwilling",
		Guidance: "define the task step by step, state explicit expectations and guide closely",
		CheckIns: "frequent: daily",
		Decides:  "the lead decides; the person carries out and asks",
		Example:  "a first client-facing demo: explain audience and expectations, review the content together, dry-run it with feedback, attend as backup, debrief after",
	},
	Selling: {
		Plain:    "coaching",
		Fits:     "eager and willing, but lacking the skill or the confidence for the task",
		Guidance: "build confidence with training and support; explain the why and let them practise",
		CheckIns: "at each milestone, every few days",
		Decides:  "the lead decides with the person, explaining why",
		Example:  "leading sprint planning: shadow the lead once, then lead the next one with support, feedback and encouragement after",
	},
	Participating: {
		Plain:    "supporting",
		Fits:     "has the skills and experience; benefits from occasional input, encouragement and a sounding board",
		Guidance: "collaborate: support their decisions, remove blockers, give feedback when needed; they lead",
		CheckIns: "as needed, about weekly",
		Decides:  "the person decides, with the lead as a sounding board",
		Example:  "writing a tech design doc alone after co-writing one: feedback only when needed, a review together before it is final",
	},
	Delegating: {
		Plain:    "hands-off",
		Fits:     "fully capable and confident with the task",
		Guidance: "step back and stay available to support or unblock",
		CheckIns: "occasional: every couple of weeks",
		Decides:  "the person decides; the lead stays accountable",
		Example:  "a senior engineer running technical discovery sessions (requirements, feasibility, stakeholder facilitation) independently",
	},
}

// Describe returns what the lead does in s, or the zero Description for an
// invalid Style.
func (s Style) Describe() Description {
	if !s.Valid() {
		return Description{}
	}
	return descriptions[s]
}

// Level is a coarse rating of a person's competence or commitment on one
// task. The zero Level is unset.
type Level uint8

// The two levels of the situational model.
const (
	Low Level = iota + 1
	High
)

var levelNames = enum.Names[Level]{Type: "Level", First: Low, Text: []string{"low", "high"}}

// String returns "low" or "high".
func (l Level) String() string { return levelNames.String(l) }

// MarshalText implements [encoding.TextMarshaler]; the unset Level is an
// error.
func (l Level) MarshalText() ([]byte, error) { return levelNames.Marshal(l) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (l *Level) UnmarshalText(text []byte) error { return levelNames.Unmarshal(text, l) }

// StyleFor returns the style for a person on a task from their competence
// (knowledge and experience with this task) and commitment (confidence and
// willingness): low and low is Telling; low competence with high commitment
// (eager) is Selling; high competence with low confidence or motivation is
// Participating; high and high is Delegating. An unset level counts as Low,
// the safer side: more guidance rather than abandonment.
func StyleFor(competence, commitment Level) Style {
	switch {
	case competence == High && commitment == High:
		return Delegating
	case competence == High:
		return Participating
	case commitment == High:
		return Selling
	}
	return Telling
}

// Readiness is how ready a person is for one task, rated 1–10 by the lead
// (or, better, with the person). Zero means not rated.
type Readiness struct {
	Person string `json:"person,omitempty"`
	// Task is the task or skill area the ratings are about; styles are per
	// task, never per person.
	Task string `json:"task,omitempty"`
	// Competence is knowledge and experience with this task.
	Competence int `json:"competence"`
	// Confidence is how sure the person is that they can do it.
	Confidence int `json:"confidence,omitempty"`
	// Motivation is how willing or keen they are to do it.
	Motivation int `json:"motivation,omitempty"`
}

// Assessment is the style [Assess] picks, with the levels it read and why.
type Assessment struct {
	Person     string `json:"person,omitempty"`
	Task       string `json:"task,omitempty"`
	Style      Style  `json:"style"`
	Competence Level  `json:"competence"`
	Commitment Level  `json:"commitment"`
	Reason     string `json:"reason"`
}

// AssessOptions holds the threshold of [AssessOptions.Assess]. The zero value
// means the default.
type AssessOptions struct {
	// HighFrom is the lowest 1–10 rating that counts as High. Zero means 7:
	// the spec's Delegating asks for "fully capable and confident", so the
	// upper third of the scale, not its midpoint.
	HighFrom int
}

func (o AssessOptions) highFrom() int { return highRating(o.HighFrom) }

// highRating returns v, the lowest 1–10 rating that counts as high, or 7 when
// v is unset or off the scale.
func highRating(v int) int {
	if v >= 1 && v <= 10 {
		return v
	}
	return 7
}

// Assess picks a style from 1–10 ratings with the default [AssessOptions].
func Assess(r Readiness) (Assessment, error) { return AssessOptions{}.Assess(r) }

// Assess picks the style for r and says why. Competence must be rated, and
// at least one of Confidence and Motivation. For someone new to the task the
// commitment that matters is willingness (Motivation, else Confidence): an
// eager novice is coached, not told. For someone competent it is the lower of
// the two: a capable person who lacks confidence or drive needs support, not
// distance. A rating outside 1–10 is an error matching [leadkit.ErrInvalid].
func (o AssessOptions) Assess(r Readiness) (Assessment, error) {
	for _, f := range []struct {
		name string
		v    int
	}{{"competence", r.Competence}, {"confidence", r.Confidence}, {"motivation", r.Motivation}} {
		if f.v < 0 || f.v > 10 || f.v == 0 && f.name == "competence" {
			return Assessment{}, fmt.Errorf("delegation: %s rating %d is outside 1–10: %w", f.name, f.v, leadkit.ErrInvalid)
		}
	}
	if r.Confidence == 0 && r.Motivation == 0 {
		return Assessment{}, fmt.Errorf("delegation: rate confidence or motivation as well as competence: %w", leadkit.ErrInvalid)
	}
	high := o.highFrom()
	level := func(v int) Level {
		if v >= high {
			return High
		}
		return Low
	}
	a := Assessment{Person: r.Person, Task: r.Task, Competence: level(r.Competence)}
	commitName, commit := "motivation", r.Motivation
	if a.Competence == High {
		if r.Confidence != 0 && (r.Motivation == 0 || r.Confidence < r.Motivation) {
			commitName, commit = "confidence", r.Confidence
		}
	} else if commit == 0 {
		commitName, commit = "confidence", r.Confidence
	}
	a.Commitment = level(commit)
	a.Style = StyleFor(a.Competence, a.Commitment)
	who := "They are"
	if r.Person != "" {
		who = r.Person + " is"
	}
	task := "this task"
	if r.Task != "" {
		task = fmt.Sprintf("%q", r.Task)
	}
	var state, action string
	switch a.Style {
	case Telling:
		state, action = "new to it and not yet keen", "give step-by-step direction and check in often"
	case Selling:
		state, action = "eager but not yet able", "coach: explain the why, train and build confidence"
	case Participating:
		state, action = "able but short on "+commitName, "support their decisions and be a sounding board"
	case Delegating:
		state, action = "able and committed", "step back and stay available"
	}
	a.Reason = fmt.Sprintf("%s %s on %s (competence %d/10, %s %d/10; High from %d): %s.",
		who, state, task, r.Competence, commitName, commit, high, action)
	return a, nil
}
