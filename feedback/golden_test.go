package feedback

import (
	"fmt"
	"strings"
	"testing"

	"github.com/leadkit/leadkit/internal/golden"
	"github.com/stretchr/testify/assert"
)

// TestSBIGolden pins the rendering and every finding, message and hint
// included, of the dev set, so that a change to the rules shows up as a
// readable diff. Regenerate with go test ./feedback -run Golden -update.
func TestSBIGolden(t *testing.T) {
	var b strings.Builder
	for _, ex := range readLabelled(t, "sbi_dev.jsonl") {
		fmt.Fprintf(&b, "%d: %s\n", ex.line, ex.SBI)
		for _, f := range CheckSBI(ex.SBI) {
			fmt.Fprintf(&b, "  %s\n", f)
		}
	}
	golden.Assert(t, "sbi_dev.golden", []byte(b.String()))
}

func TestSBIString(t *testing.T) {
	worked := SBI{
		Situation: "During yesterday's planning meeting",
		Behavior:  "you cut off several teammates in the middle of their points",
		Impact:    "I felt uneasy because the discussion kept breaking up; after each cut-off some people looked disengaged and reluctant to speak again",
	}
	golden.Assert(t, "sbi_worked_example.golden", []byte(worked.String()+"\n"))
	for _, tc := range []struct {
		in   SBI
		want string
	}{
		{SBI{"Yesterday,", "you left early!", "we waited."}, "Yesterday, you left early! We waited."},
		{SBI{Behavior: "you left early"}, "You left early."},
		{SBI{Situation: "In the retro", Impact: "ana was upset"}, "In the retro. Ana was upset."},
		{SBI{}, ""},
		{SBI{Behavior: `you said "no"`}, `You said "no".`},
		{SBI{Behavior: `you said "no!"`}, `You said "no!"`},
		{SBI{Situation: "In the retro", Behavior: `you said "you are lazy"`, Impact: "Ana stopped talking"},
			`In the retro, you said "you are lazy". Ana stopped talking.`},
		{SBI{Behavior: "you merged it (twice)", Impact: "we rolled back"}, "You merged it (twice). We rolled back."},
	} {
		assert.Equal(t, tc.want, tc.in.String())
	}
}
