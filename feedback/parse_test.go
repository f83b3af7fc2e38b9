package feedback

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseSBI(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    SBI
		missing []string
	}{
		{
			name: "leading situation with comma and cue",
			text: "In Tuesday's standup, you interrupted Ana three times. As a result, she stopped sharing updates.",
			want: SBI{"In Tuesday's standup", "you interrupted Ana three times.", "As a result, she stopped sharing updates."},
		},
		{
			name: "no comma before you",
			text: "Yesterday you merged without a review and the build broke for two hours.",
			want: SBI{"Yesterday", "you merged without a review", "the build broke for two hours."},
		},
		{
			name: "when clause",
			text: "When you presented the roadmap to the leadership team, you skipped the risks slide, which meant the VP approved a date we can't hit.",
			want: SBI{"When you presented the roadmap to the leadership team", "you skipped the risks slide", "which meant the VP approved a date we can't hit."},
		},
		{
			name: "trailing situation and a second sentence",
			text: "You cut off Ana twice during Tuesday's planning meeting. She didn't speak again for the rest of it.",
			want: SBI{"during Tuesday's planning meeting.", "You cut off Ana twice", "She didn't speak again for the rest of it."},
		},
		{
			name: "feeling cue",
			text: "During the client demo on Friday you skipped the limitations slide. I felt uneasy because the client now expects offline mode.",
			want: SBI{"During the client demo on Friday", "you skipped the limitations slide.", "I felt uneasy because the client now expects offline mode."},
		},
		{
			name: "labelled parts",
			text: "Situation: in yesterday's retro\nBehaviour: you rolled your eyes when Sam spoke\nImpact: Sam stopped contributing",
			want: SBI{"in yesterday's retro", "you rolled your eyes when Sam spoke", "Sam stopped contributing"},
		},
		{
			name: "one-letter labels",
			text: "S: Monday's deploy\nB: you skipped the smoke tests\nI: signup was broken for forty minutes",
			want: SBI{"Monday's deploy", "you skipped the smoke tests", "signup was broken for forty minutes"},
		},
		{
			name: "labels in one line",
			text: "Situation: Friday's demo. Behavior: you presented Aisha's work as yours. Impact: Aisha was upset.",
			want: SBI{"Friday's demo.", "you presented Aisha's work as yours.", "Aisha was upset."},
		},
		{
			name: "vague opener",
			text: "Recently you were rude and you always interrupt people on purpose. It wasn't great.",
			want: SBI{"Recently", "you were rude and you always interrupt people on purpose.", "It wasn't great."},
		},
		{
			name:    "behavior only",
			text:    "You are lazy.",
			want:    SBI{Behavior: "You are lazy."},
			missing: []string{CodeSituationMissing, CodeImpactMissing},
		},
		{
			name:    "empty",
			text:    "   ",
			missing: []string{CodeSituationMissing, CodeBehaviorMissing, CodeImpactMissing},
		},
		{
			name:    "this caused",
			text:    "You pushed the config change at 5pm on Friday; this caused a two-hour outage.",
			want:    SBI{"at 5pm on Friday", "You pushed the config change", "this caused a two-hour outage."},
			missing: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, fs := ParseSBI(tc.text)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.missing, codes(fs))
		})
	}
}

func TestParseSBIThenCheck(t *testing.T) {
	s, fs := ParseSBI("In Tuesday's standup, you were rude to Ana. As a result, she stopped sharing updates.")
	assert.Empty(t, fs)
	assert.True(t, CheckSBI(s).Has(CodeBehaviorJudgement))
}

func TestParseSBITooLong(t *testing.T) {
	_, fs := ParseSBI(strings.Repeat("In the retro, you said no. ", MaxTextLen/20))
	assert.True(t, fs.Has(CodeInputTooLong))
}
