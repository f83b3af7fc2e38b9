package planning_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/planning"
)

const tasksCSV = `Title,Important,Urgent,Estimate,Due,Owner,Notes
"Prepare Q3 roadmap, draft 1",yes,no,4h,2026-12-04,,
Fix flaky CI job,yes,yes,90m,2026-12-01T15:00:00+01:00,Ana,"quoted ""note"""
Reply to vendor survey,no,yes,0.5,,,
Évaluer la nouvelle lib JSON,n,n,,,,🚀
`

func TestReadTasksCSV(t *testing.T) {
	tasks, err := planning.ReadTasksCSV(strings.NewReader(tasksCSV))
	require.NoError(t, err)
	require.Len(t, tasks, 4)
	assert.Equal(t, planning.Task{Title: "Prepare Q3 roadmap, draft 1", Important: true, Estimate: 4 * time.Hour,
		Due: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)}, tasks[0])
	assert.Equal(t, "Ana", tasks[1].Owner)
	assert.Equal(t, `quoted "note"`, tasks[1].Notes)
	assert.Equal(t, 90*time.Minute, tasks[1].Estimate)
	assert.True(t, tasks[1].Due.Equal(time.Date(2026, 12, 1, 14, 0, 0, 0, time.UTC)))
	assert.Equal(t, 30*time.Minute, tasks[2].Estimate, "a plain number is hours")
	assert.Equal(t, "Évaluer la nouvelle lib JSON", tasks[3].Title)
	assert.Equal(t, planning.Eliminate, planning.Classify(tasks[3]))
}

func TestReadTasksCSVErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", "1: empty input"},
		{"no title column", "name,urgent\nx,yes\n", `header has no "title" column`},
		{"misspelt column", "title,urgnet\nx,yes\n", `1:7: unknown column "urgnet"`},
		{"missing title", "title,urgent\n,yes\n", "2:1: title: every task needs a title"},
		{"bad bool", "title,urgent\nx,soon\n", `2:3: urgent: "soon" is not yes or no`},
		{"bad estimate", "title,estimate\nx,two hours\n", `2:3: estimate: "two hours" is not a duration`},
		{"bad date", "title,due\nx,04/12/2026\n", `2:3: due: "04/12/2026" is not a date`},
		{"bad id", "id,title\nnot-a-uuid,x\n", `2:1: id: "not-a-uuid" is not a UUID`},
		{"bare quote", "title\n\"x\"y\n", `2:3: extraneous or missing " in quoted-field`},
		{"unquoted comma cuts no title short", "title\nHello, world\n", "2:8: the row has more values than the header has column (1)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := planning.ReadTasksCSV(strings.NewReader(tc.in))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
			var pe *leadkit.ParseError
			assert.True(t, errors.As(err, &pe), "a *leadkit.ParseError")
			assert.ErrorIs(t, err, leadkit.ErrInvalid)
		})
	}
}

func TestReadTasksJSON(t *testing.T) {
	in := `[
  {"id": "0192a7e4-5d2c-7b3e-9f10-3a4b5c6d7e8f", "title": "Ship ADR 12", "important": true, "urgent": true, "estimate": "1h30m", "due": "2026-12-02T17:00:00Z"},
  {"title": "Tidy wiki"}
]`
	tasks, err := planning.ReadTasksJSON(strings.NewReader(in))
	require.NoError(t, err)
	require.Len(t, tasks, 2)
	assert.Equal(t, uuid.MustParse("0192a7e4-5d2c-7b3e-9f10-3a4b5c6d7e8f"), tasks[0].ID)
	assert.Equal(t, 90*time.Minute, tasks[0].Estimate)
	assert.Equal(t, planning.Eliminate, planning.Classify(tasks[1]))

	one, err := planning.ReadTasksJSON(strings.NewReader(`{"title": "Tidy wiki", "estimate": "1.5"}`))
	require.NoError(t, err)
	assert.Equal(t, []planning.Task{{Title: "Tidy wiki", Estimate: 90 * time.Minute}}, one, "a single task needs no brackets")

	errs := []struct{ name, in, want string }{
		{"unknown field", `[{"title": "x", "urgnet": true}]`, `1:17: unknown field "urgnet"`},
		{"wrong type", "[\n {\"title\": \"x\", \"urgent\": \"yes\"}]", "2:27: urgent: want true or false"},
		{"bad estimate", "[{\"title\": \"a\"},\n  {\"title\": \"x\", \"estimate\": \"soon\"}]", `2:3: task 2: estimate: "soon" is not a duration`},
		{"no title", "[{\"title\": \"a\"},\n {\"urgent\": true}]", "2:2: task 2 has no title"},
		{"blank title", `{"title": " "}`, "1:1: task 1 has no title"},
		{"scalar", `"x"`, "value: want an array, got JSON string"},
		{"empty", ``, "empty input"},
	}
	for _, tc := range errs {
		t.Run(tc.name, func(t *testing.T) {
			_, err := planning.ReadTasksJSON(strings.NewReader(tc.in))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
			assert.ErrorIs(t, err, leadkit.ErrInvalid)
		})
	}
}

func TestTaskJSONRoundTrip(t *testing.T) {
	in := planning.Task{ID: uuid.New(), Title: "Ünïcode \"quoted\"", Important: true, Estimate: 95 * time.Minute,
		Due: time.Date(2026, 12, 2, 17, 0, 0, 0, time.UTC), Owner: "Bo", Notes: "n"}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"estimate":"1h35m0s"`)
	var out planning.Task
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)

	negative := planning.Task{Title: "overrun", Estimate: -90 * time.Minute}
	b, err = json.Marshal(negative)
	require.NoError(t, err)
	var back planning.Task
	require.NoError(t, json.Unmarshal(b, &back), "what MarshalJSON writes reads back, so a store can always return it")
	assert.Equal(t, negative, back)
	_, err = planning.ReadTasksJSON(bytes.NewReader(b))
	assert.ErrorContains(t, err, "is not a duration", "as input, a negative estimate is still refused")

	b, err = json.Marshal(planning.Task{Title: "bare"})
	require.NoError(t, err)
	assert.JSONEq(t, `{"title":"bare"}`, string(b), "zero values are left out")
}

// FuzzReadTasks checks that no input makes the readers panic, that errors are
// parse errors, and that what the CSV reader accepts survives a JSON round
// trip.
func FuzzReadTasks(f *testing.F) {
	f.Add(tasksCSV)
	f.Add("title\n\"unterminated")
	f.Add("title,due\nx,2026-02-30\n")
	f.Add(`[{"title":"x","estimate":"1e300h"}]`)
	f.Add(`[{"title":"x","estimate":"-1h"}]`)
	f.Add("title,estimate\nx,99999999999\n")
	f.Fuzz(func(t *testing.T, in string) {
		for _, read := range []func(r *strings.Reader) ([]planning.Task, error){
			func(r *strings.Reader) ([]planning.Task, error) { return planning.ReadTasksCSV(r) },
			func(r *strings.Reader) ([]planning.Task, error) { return planning.ReadTasksJSON(r) },
		} {
			tasks, err := read(strings.NewReader(in))
			if err != nil {
				var pe *leadkit.ParseError
				if !errors.As(err, &pe) {
					t.Fatalf("error %v is not a *leadkit.ParseError", err)
				}
				continue
			}
			for _, tk := range tasks {
				if tk.Title == "" || tk.Estimate < 0 {
					t.Fatalf("accepted an invalid task %+v", tk)
				}
			}
			b, err := json.Marshal(tasks)
			if err != nil {
				t.Fatalf("accepted tasks do not marshal: %v", err)
			}
			back, err := planning.ReadTasksJSON(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("round trip of %s: %v", b, err)
			}
			if len(back) != len(tasks) {
				t.Fatalf("round trip lost tasks")
			}
		}
	})
}
