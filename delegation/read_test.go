package delegation

import (
	"errors"
	"strings"
	"testing"

	"github.com/leadkit/leadkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadReadinessCSV(t *testing.T) {
	rs, err := ReadReadinessCSV(strings.NewReader("Person,Task,Competence,Confidence,Motivation\n" +
		"Ana,client demo,2,3,4\n\nZoë,design doc,8,5,\n"))
	require.NoError(t, err)
	assert.Equal(t, []Readiness{
		{Person: "Ana", Task: "client demo", Competence: 2, Confidence: 3, Motivation: 4},
		{Person: "Zoë", Task: "design doc", Competence: 8, Confidence: 5},
	}, rs)

	cases := []struct{ in, line, msg string }{
		{"", "1", "empty input"},
		{"person,confidence\nA,3\n", "1", `no "competence" column`},
		{"competence,task\n3,x\n", "1", "neither"},
		{"competence,confidence,mood\n3,4,5\n", "1", "mood"},
		{"competence,confidence\n3,11\n", "2:", "not a rating"},
		{"competence,confidence\n3,x\n", "2:", "whole number"},
		{"competence,confidence\n0,5\n", "2:", "not a rating"},
		{"competence,confidence,motivation\n5,,\n", "2:", "rate confidence or motivation"},
	}
	for _, tc := range cases {
		_, err := ReadReadinessCSV(strings.NewReader(tc.in))
		var pe *leadkit.ParseError
		require.True(t, errors.As(err, &pe), "%q: %v", tc.in, err)
		assert.Contains(t, err.Error(), tc.line)
		assert.Contains(t, err.Error(), tc.msg)
	}
}

func TestReadReadinessJSON(t *testing.T) {
	rs, err := ReadReadinessJSON(strings.NewReader(`[{"person":"Ana","task":"demo","competence":2,"confidence":3}]`))
	require.NoError(t, err)
	assert.Equal(t, []Readiness{{Person: "Ana", Task: "demo", Competence: 2, Confidence: 3}}, rs)
	rs, err = ReadReadinessJSON(strings.NewReader(` {"competence":9,"motivation":9}`))
	require.NoError(t, err)
	assert.Len(t, rs, 1)

	for _, in := range []string{``, `[{"competence":"x"}]`, `[{"competance":3}]`, `[{"competence":3}]`, `{"competence":3,"confidence":12}`, `[1,2`} {
		_, err := ReadReadinessJSON(strings.NewReader(in))
		var pe *leadkit.ParseError
		assert.True(t, errors.As(err, &pe), "%q: %v", in, err)
	}
	_, err = ReadReadinessJSON(strings.NewReader("[\n {\"competence\":3,\"confidence\":4},\n {\"competence\":3,\"confidence\":12}\n]"))
	var pe *leadkit.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, [2]int{3, 2}, [2]int{pe.Line, pe.Col}, "an out-of-range rating names its element's place")
	assert.Contains(t, pe.Msg, "confidence rating 12 is outside 1–10")
}

func FuzzReadReadinessCSV(f *testing.F) {
	f.Add("person,task,competence,confidence,motivation\nAna,demo,2,3,4\n")
	f.Add("competence,motivation\n\"1\",10\n")
	f.Add("competence\n")
	f.Fuzz(func(t *testing.T, in string) {
		rs, err := ReadReadinessCSV(strings.NewReader(in))
		checkRead(t, rs, err)
	})
}

func FuzzReadReadinessJSON(f *testing.F) {
	f.Add(`[{"person":"Ana","task":"demo","competence":2,"confidence":3}]`)
	f.Add(`{"competence":9,"motivation":9}`)
	f.Fuzz(func(t *testing.T, in string) {
		rs, err := ReadReadinessJSON(strings.NewReader(in))
		checkRead(t, rs, err)
	})
}

// checkRead holds what every read must satisfy: errors are parse errors, and
// what is accepted is valid.
func checkRead(t *testing.T, rs []Readiness, err error) {
	t.Helper()
	if err != nil {
		var pe *leadkit.ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("error %v is not a *leadkit.ParseError", err)
		}
		return
	}
	for _, r := range rs {
		if _, err := Assess(r); err != nil {
			t.Fatalf("accepted readiness that Assess refuses: %+v: %v", r, err)
		}
	}
}
