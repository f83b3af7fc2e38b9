package planning_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/planning"
)

func TestReadItemsCSV(t *testing.T) {
	f, err := os.Open("testdata/debt-wall.csv")
	require.NoError(t, err)
	defer f.Close()
	items, err := planning.ReadItemsCSV(f)
	require.NoError(t, err)
	require.Len(t, items, 8)
	assert.Equal(t, planning.Item{
		ID: "TD-1", Title: "Remove the stale checkout feature toggle", Kind: planning.ProductDebt,
		Value: 4, Effort: 1, Risk: 2, Frequency: 3, Alignment: 3,
		Reach: 1200, Impact: 0.5, Confidence: 0.9, Estimate: 1, Owner: "Priya",
	}, items[0])
	assert.Equal(t, 0.5, items[1].Confidence, "50% is 0.5")
	assert.Equal(t, 1.0, items[5].Confidence, "100% is 1")
	assert.Equal(t, "Büro-Übersetzungen: move translations out of code", items[7].Title)
}

func TestReadItemsCSVErrors(t *testing.T) {
	tests := []struct {
		name, in  string
		line, col int
		msg       string
	}{
		{"empty", "", 1, 0, "empty input"},
		{"no title column", "id,value\n1,2\n", 1, 0, `header has no "title" column`},
		{"bad number", "title,value\nok,3\nbad,high\n", 3, 5, `value: "high" is not a whole number`},
		{"bad kind", "title,kind\nx,tech\n", 2, 3, `unknown DebtKind "tech"`},
		{"bad percentage", "title,confidence\nx,eighty%\n", 2, 3, `"eighty%" is not a percentage`},
		{"NaN", "title,reach\nx,NaN\n", 2, 3, `"NaN" is not a number`},
		{"unterminated quote", "title\n\"open\n", 2, 0, "quote"},
		{"unknown column", "title,valeu\nx,3\n", 1, 7, `unknown column "valeu"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := planning.ReadItemsCSV(strings.NewReader(tc.in))
			var pe *leadkit.ParseError
			require.True(t, errors.As(err, &pe), "got %v", err)
			assert.True(t, errors.Is(err, leadkit.ErrInvalid))
			assert.Equal(t, tc.line, pe.Line)
			if tc.col != 0 {
				assert.Equal(t, tc.col, pe.Col)
			}
			assert.Contains(t, pe.Error(), tc.msg)
		})
	}
}

func TestReadItemsJSON(t *testing.T) {
	in := `[{"id":"a","title":"Fix the build","kind":"test","value":5,"effort":1,"confidence":0.5},
	        {"title":"Ünïcode","reach":10}]`
	items, err := planning.ReadItemsJSON(strings.NewReader(in))
	require.NoError(t, err)
	assert.Equal(t, []planning.Item{
		{ID: "a", Title: "Fix the build", Kind: planning.TestDebt, Value: 5, Effort: 1, Confidence: 0.5},
		{Title: "Ünïcode", Reach: 10},
	}, items)

	_, err = planning.ReadItemsJSON(strings.NewReader("[\n{\"title\":\"x\",\n \"valu\":3}]"))
	var pe *leadkit.ParseError
	require.True(t, errors.As(err, &pe))
	assert.Equal(t, 3, pe.Line)
	assert.Contains(t, pe.Msg, "valu")

	_, err = planning.ReadItemsJSON(strings.NewReader("[{\"title\":\"x\"},\n {\"title\":\"y\", \"kind\":\"tech\"}]"))
	require.True(t, errors.As(err, &pe))
	assert.Equal(t, `2:23: unknown DebtKind "tech" (want code, dependency, product, test, infra)`, pe.Error(),
		"the error points at the value")

	items, err = planning.ReadItemsJSON(strings.NewReader(`{"title":"x","value":3}`))
	require.NoError(t, err)
	assert.Equal(t, []planning.Item{{Title: "x", Value: 3}}, items, "a single item needs no brackets")

	_, err = planning.ReadItemsJSON(strings.NewReader(`[{"title":"x","value":"high"}]`))
	require.True(t, errors.As(err, &pe))
	assert.Equal(t, 1, pe.Line)
}

// FuzzReadItemsCSV checks that no input makes the reader panic and that
// every failure is a located parse error.
func FuzzReadItemsCSV(f *testing.F) {
	seed, err := os.ReadFile("testdata/debt-wall.csv")
	require.NoError(f, err)
	f.Add(string(seed))
	f.Add("title,confidence\nx,80%\n")
	f.Add("title,kind,value\n\"a\"\"b\",code,3\n")
	f.Add("\ufefftitle\n\n\nx\n")
	f.Add("title,value\nx,999999999999999999999\n")
	f.Fuzz(func(t *testing.T, in string) {
		items, err := planning.ReadItemsCSV(strings.NewReader(in))
		if err != nil {
			var pe *leadkit.ParseError
			require.True(t, errors.As(err, &pe), "error %v is not a ParseError", err)
			assert.Nil(t, items)
			return
		}
		// Whatever reads must rank without panicking or producing NaN.
		for _, s := range []planning.Scorer{planning.Composite{}, planning.RICE{}} {
			ranked, _ := planning.Rank(items, s)
			for _, r := range ranked {
				require.False(t, r.Score.Value != r.Score.Value, "NaN score")
			}
		}
		planning.EffortValue(items)
	})
}

func FuzzReadItemsJSON(f *testing.F) {
	f.Add(`[{"id":"a","title":"Fix the build","kind":"test","value":5,"effort":1,"confidence":0.5}]`)
	f.Add(`[{"title":"x","reach":1e308,"impact":1e308}]`)
	f.Add(`[]`)
	f.Add(`{"title":"x"}`)
	f.Fuzz(func(t *testing.T, in string) {
		items, err := planning.ReadItemsJSON(strings.NewReader(in))
		if err != nil {
			var pe *leadkit.ParseError
			require.True(t, errors.As(err, &pe), "error %v is not a ParseError", err)
			return
		}
		ranked, _ := planning.Rank(items, planning.RICE{})
		for _, r := range ranked {
			require.False(t, r.Score.Value != r.Score.Value, "NaN score")
		}
	})
}
