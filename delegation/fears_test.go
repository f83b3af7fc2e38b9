package delegation

import (
	"testing"

	"github.com/leadkit/leadkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestQuestionsAndRemedies(t *testing.T) {
	qs := Questions()
	seen := map[string]bool{}
	for _, q := range qs {
		assert.False(t, seen[q.ID], q.ID)
		seen[q.ID] = true
		assert.True(t, leadkit.ValidCode(q.ID), "IDs are dotted keys: %s", q.ID)
	}
	qs[0].Text = "changed"
	assert.NotEqual(t, "changed", Questions()[0].Text, "Questions returns a copy")
	for f := LosingControl; f <= LosingCredit; f++ {
		assert.NotEmpty(t, Remedies(f), f.String())
		assert.Equal(t, LosingControl, f.Root())
		b, err := f.MarshalText()
		require.NoError(t, err)
		var back Fear
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, f, back)
	}
	assert.Empty(t, Remedies(0))
	assert.Len(t, MindsetShifts(), 5)
}

func TestReflect(t *testing.T) {
	cases := []struct {
		name    string
		answers map[string]bool
		fears   []Fear
		first   string
		codes   []string
	}{
		{"no answers", nil, nil, "", []string{"delegation.reflection.empty"}},
		{"all no", map[string]bool{"control.every_decision": false, "credit.unseen": false}, nil, "", nil},
		{"micromanaging", map[string]bool{"control.reviews_every_pr": true, "control.every_decision": true}, []Fear{LosingControl}, "slow exposure",
			[]string{"delegation.fear.micromanaging"}},
		{"one control signal is not micromanaging", map[string]bool{"control.reviews_every_pr": true, "control.hard_to_let_go": true},
			[]Fear{LosingControl}, "slow exposure", nil},
		{"credit brings the root along", map[string]bool{"credit.i_statements": true}, []Fear{LosingControl, LosingCredit}, "slow exposure", nil},
		{"quicker myself", map[string]bool{"quicker.fix_it_myself": true, "outcome.redid_work": true},
			[]Fear{LosingControl, PoorOutcome, QuickerMyself}, "slow exposure", nil},
		{"unknown question", map[string]bool{"control.nope": true}, nil, "", []string{"delegation.reflection.unknown_question"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, fs := Reflect(tc.answers)
			assert.Equal(t, tc.fears, r.Fears)
			if tc.first != "" {
				require.NotEmpty(t, r.Practices)
				assert.Equal(t, tc.first, r.Practices[0].Name)
			}
			var got []string
			for _, f := range fs {
				got = append(got, f.Code)
			}
			assert.Equal(t, tc.codes, got)
		})
	}
	r, _ := Reflect(map[string]bool{"credit.i_statements": true})
	assert.Len(t, r.Practices, 1+len(Remedies(LosingCredit)), "only the root practice of losing control comes along")
}
