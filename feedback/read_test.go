package feedback

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
)

func TestReadSBICSV(t *testing.T) {
	rows, err := ReadSBICSV(strings.NewReader("Situation,Behaviour,Impact\n" +
		"Yesterday,you were late,we waited\n\n" +
		"\"In the retro, on Friday\",\"you said \"\"fine\"\"\",Sam left\n"))
	require.NoError(t, err)
	require.Len(t, rows, 2)
	assert.Equal(t, SBIRow{SBI: SBI{"Yesterday", "you were late", "we waited"}, Line: 2}, rows[0])
	assert.Equal(t, `you said "fine"`, rows[1].Behavior)
	assert.Equal(t, 4, rows[1].Line)

	rows, err = ReadSBICSV(strings.NewReader("text\n\"In Tuesday's standup, you interrupted Ana. She stopped sharing.\"\n"))
	require.NoError(t, err)
	assert.Equal(t, "In Tuesday's standup", rows[0].Situation)

	for _, bad := range []struct{ in, want string }{
		{"", "1: empty input"},
		{"a,b\n", "1: header has neither a behavior column nor a text column"},
		{"text,behavior\nx,y\n", "2: row 1: give either text"},
		{"behavior\n\"unclosed\n", "2:"},
	} {
		_, err := ReadSBICSV(strings.NewReader(bad.in))
		require.Error(t, err, bad.in)
		assert.Contains(t, err.Error(), bad.want)
		var pe *leadkit.ParseError
		assert.True(t, errors.As(err, &pe), "%T", err)
	}
}

func TestReadSBIJSON(t *testing.T) {
	rows, err := ReadSBIJSON(strings.NewReader(`{"situation":"Yesterday","behaviour":"you left early","impact":"we lost the demo slot"}`))
	require.NoError(t, err)
	assert.Equal(t, []SBIRow{{SBI: SBI{"Yesterday", "you left early", "we lost the demo slot"}}}, rows)

	rows, err = ReadSBIJSON(strings.NewReader("[\n {\"text\": \"Yesterday you left early. We lost the slot.\"},\n {\"behavior\": \"x\"}\n]"))
	require.NoError(t, err)
	require.Len(t, rows, 2)
	assert.Equal(t, "Yesterday", rows[0].Situation)

	for _, bad := range []struct{ in, want string }{
		{"", "empty input"},
		{"[{\"situation\": 1}]", "1:"},
		{"[\n{\"who\": \"x\"}]", "2:"},
		{`[{"text":"a","impact":"b"}]`, "row 1: give either text"},
		{`{"behavior":"x"} {}`, "unexpected data"},
	} {
		_, err := ReadSBIJSON(strings.NewReader(bad.in))
		require.Error(t, err, bad.in)
		assert.Contains(t, err.Error(), bad.want)
	}
}
