package feedback

import (
	"strconv"
	"strings"
	"time"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/enum"
)

// Kind is the type of a piece of feedback. The zero value is unset and
// invalid.
type Kind uint8

// The kinds of feedback: positive (reinforcing what someone does well) and
// constructive (improvement-focused).
const (
	Positive Kind = iota + 1
	Constructive
)

var kindNames = enum.Names[Kind]{Type: "Kind", First: 1, Text: []string{"positive", "constructive"}}

// String returns "positive" or "constructive", and "Kind(N)" otherwise.
func (k Kind) String() string { return kindNames.String(k) }

// MarshalText implements [encoding.TextMarshaler]; it refuses the unset kind.
func (k Kind) MarshalText() ([]byte, error) { return kindNames.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler], in any letter case.
func (k *Kind) UnmarshalText(text []byte) error {
	return kindNames.Unmarshal(text, k)
}

// Channel is how feedback is given. The zero value means unknown.
type Channel uint8

// The channels of feedback.
const (
	// Private is face to face or a private call or message.
	Private Channel = iota + 1
	// Public is in front of others: a meeting, a team channel.
	Public
	// Written is a document or an e-mail.
	Written
	// Review is a formal performance review.
	Review
)

var channelNames = enum.Names[Channel]{Type: "Channel", First: 1, Text: []string{"private", "public", "written", "review"}}

// String returns the channel's name, and "Channel(N)" for other values.
func (c Channel) String() string { return channelNames.String(c) }

// MarshalText implements [encoding.TextMarshaler]; it refuses the unset
// channel.
func (c Channel) MarshalText() ([]byte, error) {
	return channelNames.Marshal(c)
}

// UnmarshalText implements [encoding.TextUnmarshaler], in any letter case.
func (c *Channel) UnmarshalText(text []byte) error {
	return channelNames.Unmarshal(text, c)
}

// Focus is what praise recognizes. The zero value means not recorded.
type Focus uint8

// The focuses of praise.
const (
	// Result praises an outcome: a delivery, a fix.
	Result Focus = iota + 1
	// Effort praises how someone worked: perseverance, initiative,
	// collaboration.
	Effort
)

var focusNames = enum.Names[Focus]{Type: "Focus", First: 1, Text: []string{"result", "effort"}}

// String returns "result" or "effort", and "Focus(N)" otherwise.
func (f Focus) String() string { return focusNames.String(f) }

// MarshalText implements [encoding.TextMarshaler]; it refuses the unset
// focus.
func (f Focus) MarshalText() ([]byte, error) { return focusNames.Marshal(f) }

// UnmarshalText implements [encoding.TextUnmarshaler], in any letter case.
func (f *Focus) UnmarshalText(text []byte) error {
	return focusNames.Unmarshal(text, f)
}

// Feedback is one piece of feedback, given or about to be given. Its SBI
// fields are inlined in JSON.
type Feedback struct {
	// Kind is positive or constructive; required.
	Kind Kind `json:"kind"`
	// Giver and Receiver name the people.
	Giver    string `json:"giver,omitempty"`
	Receiver string `json:"receiver,omitempty"`
	SBI
	// NextStep is what makes constructive feedback actionable: the agreed
	// action, an open question ("what would help?") or an offer of support.
	NextStep string `json:"next_step,omitempty"`

	// ObservedAt is when the event happened.
	ObservedAt time.Time `json:"observed_at,omitzero"`
	// Delivered is when the feedback was given; zero means not yet, and
	// timeliness is judged at the time of the check.
	Delivered time.Time `json:"delivered,omitzero"`
	// Channel is how it was or will be given.
	Channel Channel `json:"channel,omitempty"`
	// EmotionalCooldown marks a delay taken on purpose to let strong
	// emotions settle; it is tolerated up to Options.CooldownDelay.
	EmotionalCooldown bool `json:"emotional_cooldown,omitempty"`
	// InMoment marks a correction made on the spot (wrong information
	// steering a live discussion); it needs a private follow-up.
	InMoment bool `json:"in_moment,omitempty"`
	// PrivateFollowUpAt is when an in-the-moment correction was followed up
	// in private.
	PrivateFollowUpAt time.Time `json:"private_follow_up_at,omitzero"`
	// FollowUpAt is when the giver plans to follow up on constructive
	// feedback; FollowedUpAt is when they did.
	FollowUpAt   time.Time `json:"follow_up_at,omitzero"`
	FollowedUpAt time.Time `json:"followed_up_at,omitzero"`

	// Focus says whether praise recognizes a result or an effort.
	Focus Focus `json:"focus,omitempty"`
	// PreferredChannel is how the receiver likes to be praised, when known.
	PreferredChannel Channel `json:"preferred_channel,omitempty"`
	// Insincere marks praise the giver does not mean.
	Insincere bool `json:"insincere,omitempty"`
	// KnownIssue is a quality problem with the praised work that the giver
	// knows of; praise that leaves it out is nice, not kind.
	KnownIssue string `json:"known_issue,omitempty"`
}

// The finding codes of [Check], beyond the sbi.* codes of [CheckSBI].
const (
	CodeKindMissing             = "feedback.kind.missing"
	CodeTimelyObservedMissing   = "feedback.timely.observed_missing"
	CodeTimelyFuture            = "feedback.timely.future"
	CodeTimelyLate              = "feedback.timely.late"
	CodeTimelyReviewOnly        = "feedback.timely.review_only"
	CodeClearHedged             = "feedback.clear.hedged"
	CodeActionableMissing       = "feedback.actionable.missing"
	CodeBalancedSandwich        = "feedback.balanced.sandwich"
	CodeFollowUpMissing         = "feedback.continuous.follow_up_missing"
	CodeFollowUpLate            = "feedback.continuous.follow_up_late"
	CodeFollowUpOverdue         = "feedback.continuous.follow_up_overdue"
	CodeInMomentFollowUpMissing = "feedback.in_moment.private_follow_up_missing"
	CodeHonestInsincere         = "feedback.honest.insincere"
	CodeHonestNiceNotKind       = "feedback.honest.nice_not_kind"
	CodePositiveChannel         = "feedback.positive.channel"
	CodePositiveEffort          = "feedback.positive.effort"
)

// Check checks f with the default options. See [Checker.Check].
func Check(f Feedback, now time.Time) leadkit.Findings { return defaultChecker.Check(f, now) }

// Check checks f against the five principles of good feedback (timely,
// specific, clear, honest, continuous), against being about behavior
// rather than the person, actionable and balanced, and against the
// qualities of positive feedback. The specific and about-behavior checks are
// [Checker.CheckSBI]'s, whose sbi.* findings come first; now is the time of
// the check, used when f is not delivered yet and for overdue follow-ups.
func (c *Checker) Check(f Feedback, now time.Time) leadkit.Findings {
	var out leadkit.Findings
	if f.Kind != Positive && f.Kind != Constructive {
		msg := "Kind is not set: say whether the feedback is positive or constructive."
		if f.Kind != 0 {
			msg = "Kind " + quoteList([]string{f.Kind.String()}) + " is neither positive nor constructive."
		}
		out = append(out, leadkit.Finding{
			Code: CodeKindMissing, Field: "kind", Severity: leadkit.Error,
			Message: msg,
			Hint:    `Set Kind to feedback.Positive or feedback.Constructive ("positive" or "constructive" in JSON).`,
		})
	}
	out = append(out, c.CheckSBI(f.SBI)...)
	out = c.timely(out, f, now)
	out = c.clear(out, f)
	if f.Kind == Constructive {
		if strings.TrimSpace(f.NextStep) == "" {
			out = append(out, leadkit.Finding{
				Code: CodeActionableMissing, Field: "next_step", Severity: leadkit.Warning,
				Message: "Constructive feedback has no next step.",
				Hint:    `Agree what happens next, or ask an open question such as "what would help you here?".`,
			})
		}
		if c.sandwich(f.Behavior) {
			out = append(out, leadkit.Finding{
				Code: CodeBalancedSandwich, Field: "behavior", Severity: leadkit.Warning,
				Message: "The criticism is wrapped between two praises, which dilutes it and sounds insincere.",
				Hint:    "Give the constructive point on its own; give praise separately, when it is due.",
			})
		}
		out = followUp(out, f, now, c.opts.FollowUpWithin)
	}
	if f.InMoment && f.PrivateFollowUpAt.IsZero() {
		out = append(out, leadkit.Finding{
			Code: CodeInMomentFollowUpMissing, Field: "private_follow_up_at", Severity: leadkit.Warning,
			Message: "An in-the-moment correction has no private follow-up.",
			Hint:    "Talk in private soon after: how they felt about it and how to handle similar cases next time.",
		})
	}
	if f.Kind == Positive {
		out = positive(out, f)
	}
	return out
}

func (c *Checker) timely(out leadkit.Findings, f Feedback, now time.Time) leadkit.Findings {
	delivered := f.Delivered
	if delivered.IsZero() {
		delivered = now
	}
	if f.Channel == Review {
		out = append(out, leadkit.Finding{
			Code: CodeTimelyReviewOnly, Field: "channel", Severity: leadkit.Warning,
			Message: "The feedback was saved for a performance review.",
			Hint:    "Give feedback soon after the event; a review should hold no surprises.",
		})
	}
	switch {
	case f.ObservedAt.IsZero():
		return append(out, leadkit.Finding{
			Code: CodeTimelyObservedMissing, Field: "observed_at", Severity: leadkit.Warning,
			Message: "The date of the event is not recorded, so timeliness cannot be judged.",
			Hint:    "Record when it happened; give feedback the same day or within a few days.",
		})
	case f.ObservedAt.After(delivered):
		msg := "The event date " + quoteList([]string{f.ObservedAt.Format(time.DateOnly)}) + " is still in the future."
		if !f.Delivered.IsZero() {
			msg = "The event date " + quoteList([]string{f.ObservedAt.Format(time.DateOnly)}) + " is after the feedback was given on " +
				f.Delivered.Format(time.DateOnly) + "."
		}
		return append(out, leadkit.Finding{
			Code: CodeTimelyFuture, Field: "observed_at", Severity: leadkit.Error,
			Message: msg,
			Hint:    "Check the dates: feedback follows the event it is about.",
		})
	}
	limit := c.opts.MaxDelay
	if f.EmotionalCooldown {
		limit = c.opts.CooldownDelay
	}
	if delay := delivered.Sub(f.ObservedAt); delay > limit && !f.InMoment {
		out = append(out, leadkit.Finding{
			Code: CodeTimelyLate, Field: "delivered", Severity: leadkit.Warning,
			Message: "The feedback comes " + quoteList([]string{days(delay)}) + " after the event, later than " + days(limit) + ".",
			Hint:    "Give feedback the same day if you can and at most a few days later; its value fades with time.",
		})
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }

// days formats d in whole days, or hours below two days.
func days(d time.Duration) string {
	if d < 48*time.Hour {
		return strconv.Itoa(int(d/time.Hour)) + " hours"
	}
	return strconv.Itoa(int(d/(24*time.Hour))) + " days"
}

// clear reports hedges in the situation and impact; CheckSBI reports those
// of the behavior.
func (c *Checker) clear(out leadkit.Findings, f Feedback) leadkit.Findings {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	for _, part := range []struct{ field, text string }{{"situation", f.Situation}, {"impact", f.Impact}} {
		p := c.analyse(part.field, part.text, sc)
		var hedges []match
		for _, m := range p.m {
			if m.cats&catHedge != 0 {
				hedges = append(hedges, m)
			}
		}
		if words := triggerTexts(&p, hedges); len(words) > 0 {
			out = append(out, leadkit.Finding{
				Code: CodeClearHedged, Field: part.field, Severity: leadkit.Warning,
				Message: capitalize(part.field) + " is softened with " + quoteList(words) + ", which blurs the message.",
				Hint:    "Say it directly, without qualifiers.",
			})
		}
	}
	return out
}

// sandwich reports whether a behavior opens and closes with praise around
// something else: at least three sentences, praise in the first and the
// last, none in some sentence between.
func (c *Checker) sandwich(behavior string) bool {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	p := c.analyse("behavior", behavior, sc)
	tk := p.t.tokens
	if len(tk) == 0 || tk[len(tk)-1].sentence < 2 {
		return false
	}
	n := tk[len(tk)-1].sentence + 1
	praised := make([]bool, n)
	for _, m := range p.m {
		if m.cats&(catPraise|catPersonPraise) != 0 {
			praised[tk[m.start].sentence] = true
		}
	}
	if !praised[0] || !praised[n-1] {
		return false
	}
	for _, ok := range praised[1 : n-1] {
		if !ok {
			return true
		}
	}
	return false
}

func followUp(out leadkit.Findings, f Feedback, now time.Time, within time.Duration) leadkit.Findings {
	delivered := f.Delivered
	if delivered.IsZero() {
		delivered = now
	}
	switch {
	case f.FollowUpAt.IsZero():
		return append(out, leadkit.Finding{
			Code: CodeFollowUpMissing, Field: "follow_up_at", Severity: leadkit.Warning,
			Message: "Constructive feedback has no planned follow-up.",
			Hint:    "Plan when you will look at progress together; follow-up is what makes feedback continuous.",
		})
	case f.FollowedUpAt.IsZero() && f.FollowUpAt.Before(now):
		return append(out, leadkit.Finding{
			Code: CodeFollowUpOverdue, Field: "follow_up_at", Severity: leadkit.Warning,
			Message: "The follow-up planned for " + quoteList([]string{f.FollowUpAt.Format(time.DateOnly)}) + " is overdue.",
			Hint:    "Follow up now: acknowledge progress, or revisit with the examples you tracked.",
		})
	case f.FollowUpAt.Sub(delivered) > within:
		return append(out, leadkit.Finding{
			Code: CodeFollowUpLate, Field: "follow_up_at", Severity: leadkit.Info,
			Message: "The follow-up is planned " + quoteList([]string{days(f.FollowUpAt.Sub(delivered))}) + " after the feedback, more than " + days(within) + ".",
			Hint:    "An earlier check-in catches a slip while it is still small.",
		})
	}
	return out
}

func positive(out leadkit.Findings, f Feedback) leadkit.Findings {
	if f.Insincere {
		out = append(out, leadkit.Finding{
			Code: CodeHonestInsincere, Field: "insincere", Severity: leadkit.Error,
			Message: "The praise is marked insincere.",
			Hint:    "Give only praise you mean; if there is nothing genuine to say, say nothing yet and look closer.",
		})
	}
	if strings.TrimSpace(f.KnownIssue) != "" {
		out = append(out, leadkit.Finding{
			Code: CodeHonestNiceNotKind, Field: "known_issue", Severity: leadkit.Warning,
			Message: "The praise leaves out a known issue (" + quoteList([]string{excerpt(f.KnownIssue)}) + "): that is nice, not kind.",
			Hint:    "Appreciate the effort and name the issue honestly; offer to go through it together.",
		})
	}
	if f.Channel == Public && f.PreferredChannel == Private {
		out = append(out, leadkit.Finding{
			Code: CodePositiveChannel, Field: "channel", Severity: leadkit.Warning,
			Message: "The praise is public, but the receiver prefers private recognition.",
			Hint:    "Praise them in private, or in writing.",
		})
	}
	if f.Focus == Effort {
		out = append(out, leadkit.Finding{
			Code: CodePositiveEffort, Field: "focus", Severity: leadkit.Info,
			Message: "The praise recognizes effort, not only a result.",
		})
	}
	return out
}
