package feedback

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
)

var day = 24 * time.Hour

// base is constructive feedback that meets every principle.
func base(now time.Time) Feedback {
	return Feedback{
		Kind: Constructive, Giver: "lead", Receiver: "sam", SBI: good,
		NextStep:   "Ask Ana to finish before adding your view; we'll try it next planning.",
		ObservedAt: now.Add(-26 * time.Hour), Delivered: now.Add(-2 * time.Hour), Channel: Private,
		FollowUpAt: now.Add(13 * day),
	}
}

func TestCheckPrinciples(t *testing.T) {
	now := time.Date(2026, 3, 12, 15, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		change func(*Feedback)
		want   []string // the feedback.* codes expected, in order
	}{
		{"all good", func(*Feedback) {}, nil},
		{"kind unset", func(f *Feedback) { f.Kind = 0 }, []string{CodeKindMissing}},
		{"late", func(f *Feedback) { f.ObservedAt = now.Add(-10 * day) }, []string{CodeTimelyLate}},
		{"exactly at the limit is timely", func(f *Feedback) { f.ObservedAt = f.Delivered.Add(-DefaultMaxDelay) }, nil},
		{"cooldown tolerates a week", func(f *Feedback) { f.ObservedAt = now.Add(-6 * day); f.EmotionalCooldown = true }, nil},
		{"cooldown has a limit", func(f *Feedback) { f.ObservedAt = now.Add(-9 * day); f.EmotionalCooldown = true }, []string{CodeTimelyLate}},
		{"not delivered yet, judged at now", func(f *Feedback) { f.Delivered = time.Time{}; f.ObservedAt = now.Add(-5 * day) }, []string{CodeTimelyLate}},
		{"event after delivery", func(f *Feedback) { f.ObservedAt = now }, []string{CodeTimelyFuture}},
		{"no event date", func(f *Feedback) { f.ObservedAt = time.Time{} }, []string{CodeTimelyObservedMissing}},
		{"saved for the review", func(f *Feedback) { f.Channel = Review; f.ObservedAt = now.Add(-90 * day) }, []string{CodeTimelyReviewOnly, CodeTimelyLate}},
		{"hedged impact", func(f *Feedback) { f.Impact = "I think maybe Ana stopped sharing estimates" }, []string{CodeClearHedged}},
		{"no next step", func(f *Feedback) { f.NextStep = "" }, []string{CodeActionableMissing}},
		{"blank next step", func(f *Feedback) { f.NextStep = " \n\t" }, []string{CodeActionableMissing}},
		{"sandwich", func(f *Feedback) {
			f.Behavior = "You did a great job on the demo. You cut off Ana twice while she was presenting. You are a brilliant presenter."
		}, []string{CodeBalancedSandwich}},
		{"no follow-up", func(f *Feedback) { f.FollowUpAt = time.Time{} }, []string{CodeFollowUpMissing}},
		{"follow-up overdue", func(f *Feedback) { f.FollowUpAt = now.Add(-day) }, []string{CodeFollowUpOverdue}},
		{"follow-up done", func(f *Feedback) { f.FollowUpAt = now.Add(-day); f.FollowedUpAt = now.Add(-day) }, nil},
		{"follow-up far out", func(f *Feedback) { f.FollowUpAt = now.Add(60 * day) }, []string{CodeFollowUpLate}},
		{"in the moment without private follow-up", func(f *Feedback) { f.InMoment = true }, []string{CodeInMomentFollowUpMissing}},
		{"in the moment is timely by definition", func(f *Feedback) {
			f.InMoment, f.PrivateFollowUpAt, f.ObservedAt = true, now, now.Add(-30*day)
		}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := base(now)
			tc.change(&f)
			var got []string
			for _, fd := range Check(f, now) {
				assert.True(t, leadkit.ValidCode(fd.Code), fd.Code)
				if fd.Code[:4] != "sbi." {
					got = append(got, fd.Code)
				}
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestCheckFieldsAreJSONKeys checks that every finding of Check names the
// input part by the JSON key a caller sees.
func TestCheckFieldsAreJSONKeys(t *testing.T) {
	now := time.Date(2026, 3, 12, 15, 0, 0, 0, time.UTC)
	keys := map[string]bool{}
	for _, typ := range []reflect.Type{reflect.TypeFor[Feedback](), reflect.TypeFor[SBI]()} {
		for f := range typ.Fields() {
			if name, _, _ := strings.Cut(f.Tag.Get("json"), ","); name != "" {
				keys[name] = true
			}
		}
	}
	late := base(now)
	late.ObservedAt, late.Channel, late.NextStep, late.FollowUpAt = now.Add(-90*day), Review, "", now.Add(-day)
	inMoment := base(now)
	inMoment.InMoment = true
	praise := base(now)
	praise.Kind, praise.Insincere, praise.KnownIssue, praise.Channel, praise.PreferredChannel, praise.Focus = Positive, true, "flaky", Public, Private, Effort
	future := base(now)
	future.ObservedAt, future.Kind = now.Add(day), 0
	var seen []string
	for _, f := range []Feedback{late, inMoment, praise, future, {}} {
		for _, fd := range Check(f, now) {
			assert.True(t, keys[fd.Field], "%s: field %q is not a JSON key of Feedback", fd.Code, fd.Field)
			seen = append(seen, fd.Code)
		}
	}
	for _, code := range []string{CodeKindMissing, CodeTimelyFuture, CodeTimelyLate, CodeTimelyReviewOnly, CodeActionableMissing,
		CodeFollowUpOverdue, CodeInMomentFollowUpMissing, CodeHonestInsincere, CodeHonestNiceNotKind, CodePositiveChannel, CodePositiveEffort} {
		assert.Contains(t, seen, code)
	}
}

func TestCheckKindMessage(t *testing.T) {
	now := time.Date(2026, 3, 12, 15, 0, 0, 0, time.UTC)
	f := base(now)
	f.Kind = 0
	assert.Equal(t, "Kind is not set: say whether the feedback is positive or constructive.", Check(f, now)[0].Message)
	f.Kind = 9
	assert.Equal(t, `Kind "Kind(9)" is neither positive nor constructive.`, Check(f, now)[0].Message)
}

func TestCheckFutureEventMessage(t *testing.T) {
	now := time.Date(2026, 3, 12, 15, 0, 0, 0, time.UTC)
	message := func(f Feedback) string {
		for _, fd := range Check(f, now) {
			if fd.Code == CodeTimelyFuture {
				return fd.Message
			}
		}
		return ""
	}
	f := base(now)
	f.ObservedAt = now
	assert.Equal(t, `The event date "2026-03-12" is after the feedback was given on 2026-03-12.`, message(f))
	f.Delivered, f.ObservedAt = time.Time{}, now.Add(3*day)
	assert.Equal(t, `The event date "2026-03-15" is still in the future.`, message(f), "not delivered yet: judged at now")
}

func TestCheckPositive(t *testing.T) {
	now := time.Date(2026, 3, 12, 15, 0, 0, 0, time.UTC)
	praise := Feedback{
		Kind: Positive, SBI: SBI{
			Situation: "During yesterday's incident call",
			Behavior:  "you posted a status update every fifteen minutes and kept the customer channel informed",
			Impact:    "Support answered customers without asking us, and I could focus on the rollback",
		},
		ObservedAt: now.Add(-day), Delivered: now, Channel: Private,
	}
	assert.Empty(t, Check(praise, now), "positive feedback needs no next step or follow-up")

	f := praise
	f.Channel, f.PreferredChannel, f.Insincere, f.KnownIssue, f.Focus = Public, Private, true, "the rollback script has no tests", Effort
	assert.Equal(t, []string{CodeHonestInsincere, CodeHonestNiceNotKind, CodePositiveChannel, CodePositiveEffort}, codes(Check(f, now)))

	f = praise
	f.Behavior = "Great job!"
	assert.True(t, Check(f, now).Has(CodeBehaviorJudgement), "vague praise is a label")
}

func TestCheckOptions(t *testing.T) {
	now := time.Date(2026, 3, 12, 15, 0, 0, 0, time.UTC)
	c, err := NewChecker(Options{MaxDelay: 12 * time.Hour})
	require.NoError(t, err)
	f := base(now)
	assert.True(t, c.Check(f, now).Has(CodeTimelyLate), "a day is late with a 12-hour limit")
	assert.False(t, Check(f, now).Has(CodeTimelyLate))

	// A cooldown shorter than MaxDelay would make waiting on purpose late
	// sooner than not waiting; it counts as MaxDelay.
	c, err = NewChecker(Options{CooldownDelay: time.Hour})
	require.NoError(t, err)
	f.EmotionalCooldown = true
	f.ObservedAt = f.Delivered.Add(-2 * day)
	assert.False(t, c.Check(f, now).Has(CodeTimelyLate))
}

func TestBalance(t *testing.T) {
	item := func(kind Kind, to string) Feedback { return Feedback{Kind: kind, Giver: "lead", Receiver: to} }
	log := []Feedback{item(Constructive, "sam"), item(Constructive, "sam"), item(Constructive, "sam"), item(Constructive, "ana"), item(Positive, "zoë")}
	log[4].Giver = "someone else"
	fs := Balance(log, "lead", BalanceOptions{Team: []string{"sam", "ana", "zoë", "lead"}})
	assert.Equal(t, []string{CodeBalanceOneSided, CodeBalanceUneven}, codes(fs))
	assert.Contains(t, fs[0].Message, "constructive")
	assert.Contains(t, fs[1].Message, `"zoë"`)
	twice := Balance(log, "lead", BalanceOptions{Team: []string{"zoë", "Sam ", "Zoë", "zoë", "ANA", "Lead"}})
	require.True(t, twice.Has(CodeBalanceUneven))
	assert.Equal(t, `"zoë" received no feedback from "lead" while others received up to 3.`, twice[1].Message,
		"a name listed twice is named once; case and spaces do not make another person")
	assert.Equal(t, codes(fs), codes(Balance(log, " LEAD", BalanceOptions{Team: []string{"sam", "ana", "zoë", "lead"}})),
		"the giver's name matches in any case")
	assert.Empty(t, Balance(log[:3], "lead", BalanceOptions{}), "too few items to judge")
	assert.Empty(t, Balance(nil, "lead", BalanceOptions{Team: []string{"sam"}}))
}

func TestEnumText(t *testing.T) {
	for _, v := range []Kind{Positive, Constructive} {
		b, err := v.MarshalText()
		require.NoError(t, err)
		var back Kind
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, v, back)
	}
	for _, v := range []Channel{Private, Public, Written, Review} {
		b, err := v.MarshalText()
		require.NoError(t, err)
		var back Channel
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, v, back)
	}
	for _, v := range []Focus{Result, Effort} {
		b, err := v.MarshalText()
		require.NoError(t, err)
		var back Focus
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, v, back)
	}
	var k Kind
	assert.Error(t, k.UnmarshalText([]byte("neutral")))
	_, err := Kind(0).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "Kind(7)", Kind(7).String())
	var c Channel
	assert.Error(t, c.UnmarshalText([]byte("")))
	var fo Focus
	assert.Error(t, fo.UnmarshalText([]byte("both")))
}

func TestFeedbackJSON(t *testing.T) {
	now := time.Date(2026, 3, 12, 15, 0, 0, 0, time.UTC)
	f := base(now)
	b, err := json.Marshal(f)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"kind":"constructive"`)
	assert.Contains(t, string(b), `"situation":"In Tuesday's sprint planning"`)
	assert.NotContains(t, string(b), "insincere", "zero fields are left out")
	var back Feedback
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, f, back)
}
