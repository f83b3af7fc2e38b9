package feedback

import (
	"fmt"
	"time"

	"github.com/leadkit/leadkit"
)

// Options configure a [Checker]. The zero value means the defaults, each
// documented with the spec section it comes from.
type Options struct {
	// Extra adds phrases to the default lexicon, such as a team's own
	// labels ("cowboy") or events ("mob session").
	Extra Lexicon
	// Without removes phrases from the default lexicon; a phrase is removed
	// when it equals one of these, ignoring case and surrounding spaces.
	Without Lexicon

	// MaxDelay is the longest time between the event and the feedback that
	// still counts as timely. Default 72 hours: "deliver soon after the
	// event, ideally same day, at most a few days later" (Five principles
	// of good feedback: Timely).
	MaxDelay time.Duration
	// CooldownDelay is the longest delay tolerated when the giver waited on
	// purpose for strong emotions to settle. Default 7 days ("let them
	// settle first, but don't drop it"; the spec sets no number, a week is
	// our reading of "a few days" plus a cooling-off). A value below
	// MaxDelay counts as MaxDelay: waiting on purpose never makes feedback
	// late sooner.
	CooldownDelay time.Duration
	// FollowUpWithin is how soon after constructive feedback a follow-up
	// should be planned. Default 30 days ("Follow-up is mandatory"; the
	// spec sets no number, a month covers two biweekly one-on-ones).
	FollowUpWithin time.Duration
}

// Defaults for [Options]; see the field documentation for their sources.
const (
	DefaultMaxDelay       = 72 * time.Hour
	DefaultCooldownDelay  = 7 * 24 * time.Hour
	DefaultFollowUpWithin = 30 * 24 * time.Hour
)

func (o Options) validate() error {
	for _, d := range []struct {
		name string
		v    time.Duration
	}{{"MaxDelay", o.MaxDelay}, {"CooldownDelay", o.CooldownDelay}, {"FollowUpWithin", o.FollowUpWithin}} {
		if d.v < 0 {
			return fmt.Errorf("feedback: Options.%s is negative (%v): %w", d.name, d.v, leadkit.ErrInvalid)
		}
	}
	return nil
}

func (o Options) withDefaults() Options {
	if o.MaxDelay == 0 {
		o.MaxDelay = DefaultMaxDelay
	}
	if o.CooldownDelay == 0 {
		o.CooldownDelay = DefaultCooldownDelay
	}
	if o.CooldownDelay < o.MaxDelay {
		o.CooldownDelay = o.MaxDelay
	}
	if o.FollowUpWithin == 0 {
		o.FollowUpWithin = DefaultFollowUpWithin
	}
	return o
}
