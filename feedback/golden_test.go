package feedback

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create it")
	assert.Equal(t, string(want), got)
}

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
	golden(t, "sbi_dev.golden", b.String())
}

func TestSBIString(t *testing.T) {
	worked := SBI{
		Situation: "During yesterday's planning meeting",
		Behavior:  "you cut off several teammates in the middle of their points",
		Impact:    "I felt uneasy because the discussion kept breaking up; after each cut-off some people looked disengaged and reluctant to speak again",
	}
	golden(t, "sbi_worked_example.golden", worked.String()+"\n")
	for _, tc := range []struct {
		in   SBI
		want string
	}{
		{SBI{"Yesterday,", "you left early!", "we waited."}, "Yesterday, you left early! We waited."},
		{SBI{Behavior: "you left early"}, "You left early."},
		{SBI{Situation: "In the retro", Impact: "ana was upset"}, "In the retro. Ana was upset."},
		{SBI{}, ""},
		{SBI{Behavior: `you said "no"`}, `You said "no"`},
	} {
		assert.Equal(t, tc.want, tc.in.String())
	}
}
