package feedback

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

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
		{"text,behavior\nx,y\n", "2:1: text: give either text"},
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
		{"[{\"text\":\"a\"},\n {\"text\":\"a\",\"impact\":\"b\"}]", "2:2: give either text"},
		{`{"behavior":"x"} {}`, "unexpected data"},
	} {
		_, err := ReadSBIJSON(strings.NewReader(bad.in))
		require.Error(t, err, bad.in)
		assert.Contains(t, err.Error(), bad.want)
	}
}

func FuzzReadSBICSV(f *testing.F) {
	f.Add("situation,behavior,impact\nYesterday,you were late,we waited\n")
	f.Add("Situation,Behaviour,Impact\n\"In the retro, on Friday\",\"you said \"\"fine\"\"\",Sam left\n")
	f.Add("text\n\"In Tuesday's standup, you interrupted Ana. She stopped sharing.\"\n")
	f.Add("text,behavior\nx,y\n")
	f.Fuzz(func(t *testing.T, in string) {
		rows, err := ReadSBICSV(strings.NewReader(in))
		checkSBIRead(t, rows, err)
	})
}

func FuzzReadSBIJSON(f *testing.F) {
	f.Add(`{"situation":"Yesterday","behaviour":"you left early","impact":"we lost the demo slot"}`)
	f.Add("[\n {\"text\": \"Yesterday you left early. We lost the slot.\"},\n {\"behavior\": \"x\"}\n]")
	f.Add(`[{"text":"a","impact":"b"}]`)
	f.Fuzz(func(t *testing.T, in string) {
		rows, err := ReadSBIJSON(strings.NewReader(in))
		checkSBIRead(t, rows, err)
	})
}

// checkSBIRead holds what every read must satisfy: errors are parse errors
// that match leadkit.ErrInvalid, and every row read can be checked.
func checkSBIRead(t *testing.T, rows []SBIRow, err error) {
	t.Helper()
	if err != nil {
		var pe *leadkit.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, leadkit.ErrInvalid) {
			t.Fatalf("error %v (%T) is not a *leadkit.ParseError", err, err)
		}
		return
	}
	for _, r := range rows {
		CheckSBI(r.SBI)
	}
}

func FuzzScrub(f *testing.F) {
	f.Add("Ana did great; ask o’neil or mail ana.lima@example.com", "Ana Lima, O'Neil")
	f.Add("Zoë's notes, @zoe and jean-luc", "Zoë,Jean-Luc")
	f.Add("\xff'’s@", "'s")
	f.Fuzz(func(t *testing.T, text, names string) {
		out := Scrub(text, strings.Split(names, ","))
		if utf8.ValidString(text) && !utf8.ValidString(out) {
			t.Fatalf("Scrub(%q) = %q is not valid UTF-8", text, out)
		}
	})
}
