package delegation

import (
	"encoding/json"
	"testing"

	"github.com/leadkit/leadkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStyleText(t *testing.T) {
	for s := Telling; s <= Delegating; s++ {
		b, err := s.MarshalText()
		require.NoError(t, err)
		var back Style
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
		d := s.Describe()
		assert.NotEmpty(t, d.Plain)
		assert.NotEmpty(t, d.Guidance)
		assert.NotEmpty(t, d.CheckIns)
		assert.NotEmpty(t, d.Decides)
		var alias Style
		require.NoError(t, alias.UnmarshalText([]byte(d.Plain)))
		assert.Equal(t, s, alias, "the plain name %q parses", d.Plain)
	}
	var s Style
	assert.Error(t, s.UnmarshalText([]byte("laissez-faire")))
	_, err := Style(0).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, Description{}, Style(9).Describe())
	assert.False(t, Style(0).Valid())
}

func TestLevelText(t *testing.T) {
	for _, l := range []Level{Low, High} {
		b, err := l.MarshalText()
		require.NoError(t, err)
		var back Level
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, l, back)
	}
	var l Level
	assert.Error(t, l.UnmarshalText([]byte("medium")))
}

func TestStyleFor(t *testing.T) {
	cases := []struct {
		competence, commitment Level
		want                   Style
	}{
		{Low, Low, Telling},
		{Low, High, Selling},
		{High, Low, Participating},
		{High, High, Delegating},
		{0, High, Selling}, // unset counts as low: more guidance, not abandonment
		{High, 0, Participating},
		{0, 0, Telling},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, StyleFor(tc.competence, tc.commitment), "%v/%v", tc.competence, tc.commitment)
	}
}

func TestAssess(t *testing.T) {
	cases := []struct {
		name string
		r    Readiness
		want Style
		says string
	}{
		// the spec's four examples
		{"first client demo", Readiness{Person: "Ana", Task: "client demo", Competence: 2, Confidence: 3, Motivation: 4}, Telling, "step-by-step"},
		{"leading sprint planning", Readiness{Task: "sprint planning", Competence: 3, Confidence: 4, Motivation: 9}, Selling, "eager"},
		{"design doc alone", Readiness{Task: "design doc", Competence: 8, Confidence: 5, Motivation: 9}, Participating, "confidence"},
		{"technical discovery", Readiness{Task: "discovery", Competence: 9, Confidence: 9, Motivation: 8}, Delegating, "step back"},
		{"able but unmotivated", Readiness{Competence: 8, Confidence: 9, Motivation: 4}, Participating, "motivation"},
		{"novice rated on confidence only", Readiness{Competence: 4, Confidence: 8}, Selling, "confidence 8/10"},
		{"boundary: 7 is high", Readiness{Competence: 7, Confidence: 7, Motivation: 7}, Delegating, ""},
		{"boundary: 6 is low", Readiness{Competence: 6, Confidence: 10, Motivation: 10}, Selling, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Assess(tc.r)
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Style)
			assert.Contains(t, a.Reason, tc.says)
			assert.Equal(t, tc.r.Task, a.Task)
		})
	}
	for _, bad := range []Readiness{{}, {Competence: 11, Confidence: 5}, {Competence: 5}, {Competence: 5, Motivation: -1}} {
		_, err := Assess(bad)
		assert.ErrorIs(t, err, leadkit.ErrInvalid, "%+v", bad)
	}
	a, err := AssessOptions{HighFrom: 5}.Assess(Readiness{Competence: 5, Confidence: 5})
	require.NoError(t, err)
	assert.Equal(t, Delegating, a.Style)

	b, err := json.Marshal(a)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"style":"delegating"`)
}
