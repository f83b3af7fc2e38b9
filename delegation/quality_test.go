package delegation

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/leadkit/leadkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var showMisses = flag.Bool("misses", false, "TestGoalQuality: log every goal the checker gets wrong")

// labelledGoal is one line of testdata/goals_*.txt.
type labelledGoal struct {
	line int
	now  time.Time
	text string
	met  [4]bool // specific, measurable, time-bound, trackable
	// Optional labels: due is the deadline ParseGoal should find (zero for
	// none) when hasDue; achievable is 'y', 'n' or 0 when unlabelled.
	hasDue     bool
	due        time.Time
	achievable byte
}

var scoredCodes = [4]string{CodeSpecific, CodeMeasurable, CodeTimeBound, CodeTrackable}

func readLabelled(t *testing.T, path string) []labelledGoal {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var out []labelledGoal
	var now time.Time
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "@now "):
			d, err := time.Parse(time.DateOnly, strings.TrimSpace(strings.TrimPrefix(line, "@now ")))
			require.NoError(t, err, "%s:%d", path, n)
			now = d.Add(10 * time.Hour)
			continue
		}
		labels, text, ok := strings.Cut(line, "|")
		require.True(t, ok, "%s:%d: want \"S M T K | text\"", path, n)
		fields := strings.Fields(labels)
		require.GreaterOrEqual(t, len(fields), 4, "%s:%d", path, n)
		require.False(t, now.IsZero(), "%s:%d: no @now line before the first goal", path, n)
		g := labelledGoal{line: n, now: now, text: strings.TrimSpace(text)}
		for i, f := range fields[:4] {
			require.Contains(t, []string{"y", "n"}, f, "%s:%d", path, n)
			g.met[i] = f == "y"
		}
		for _, f := range fields[4:] {
			switch {
			case f == "due=none":
				g.hasDue = true
			case strings.HasPrefix(f, "due="):
				d, err := time.ParseInLocation(time.DateOnly, strings.TrimPrefix(f, "due="), now.Location())
				require.NoError(t, err, "%s:%d", path, n)
				g.hasDue, g.due = true, d
			case f == "A=y" || f == "A=n":
				g.achievable = f[2]
			default:
				require.Failf(t, "unknown label", "%s:%d: %q", path, n, f)
			}
		}
		out = append(out, g)
	}
	require.NoError(t, sc.Err())
	return out
}

// confusion counts, for one criterion, how the checker's verdict ("not met"
// is an Error finding with the criterion's code) compares with the label.
// The positive class is "not met": what a checker exists to catch.
type confusion struct{ tp, fp, fn, tn int }

func (c confusion) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c confusion) recall() float64    { return ratio(c.tp, c.tp+c.fn) }
func (c confusion) metPrecision() float64 {
	return ratio(c.tn, c.tn+c.fn)
}
func (c confusion) metRecall() float64 { return ratio(c.tn, c.tn+c.fp) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func logMiss(t *testing.T, format string, args ...any) {
	t.Helper()
	if *showMisses {
		t.Logf(format, args...)
	}
}

// extraScore counts the optional labels: deadlines found as labelled, and
// achievable as a fifth confusion matrix.
type extraScore struct {
	dueRight, dueAll int
	achievable       confusion
}

func scoreExtras(t *testing.T, goals []labelledGoal) extraScore {
	var e extraScore
	for _, g := range goals {
		goal := ParseGoal(g.text, g.now)
		if g.hasDue {
			e.dueAll++
			if goal.Deadline.Equal(g.due) {
				e.dueRight++
			} else {
				logMiss(t, "line %d: deadline %v, labelled %v: %s", g.line, goal.Deadline, g.due, g.text)
			}
		}
		if g.achievable == 0 {
			continue
		}
		flagged := false
		for _, f := range CheckGoal(goal, g.now) {
			if f.Code == CodeAchievable && f.Severity == leadkit.Error {
				flagged = true
			}
		}
		switch {
		case flagged && g.achievable == 'n':
			e.achievable.tp++
		case flagged:
			e.achievable.fp++
			logMiss(t, "line %d: %s flagged but labelled met: %s", g.line, CodeAchievable, g.text)
		case g.achievable == 'n':
			e.achievable.fn++
			logMiss(t, "line %d: %s missed (labelled not met): %s", g.line, CodeAchievable, g.text)
		default:
			e.achievable.tn++
		}
	}
	return e
}

func scoreGoals(t *testing.T, goals []labelledGoal) [4]confusion {
	var cs [4]confusion
	for _, g := range goals {
		fs := CheckGoal(ParseGoal(g.text, g.now), g.now)
		for i, code := range scoredCodes {
			flagged := false
			for _, f := range fs {
				if f.Code == code && f.Severity == leadkit.Error {
					flagged = true
				}
			}
			switch {
			case flagged && !g.met[i]:
				cs[i].tp++
			case flagged && g.met[i]:
				cs[i].fp++
				logMiss(t, "line %d: %s flagged but labelled met: %s\n\t%v", g.line, code, g.text, fs)
			case !flagged && !g.met[i]:
				cs[i].fn++
				logMiss(t, "line %d: %s missed (labelled not met): %s", g.line, code, g.text)
			default:
				cs[i].tn++
			}
		}
	}
	return cs
}

// TestGoalQuality measures ParseGoal+CheckGoal on the labelled sets. Each
// set after A was scored once on the rules of its day before they changed
// (its header records that first run), as a check that the rules
// generalise. Run with -v to see the table and -misses for every miss.
func TestGoalQuality(t *testing.T) {
	minimum := map[string]float64{CodeSpecific: 0.8, CodeMeasurable: 0.9, CodeTimeBound: 0.9, CodeTrackable: 0.9}
	paths, err := filepath.Glob(filepath.Join("testdata", "goals_*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	var all []labelledGoal
	for _, p := range paths {
		all = append(all, readLabelled(t, p)...)
	}
	for _, set := range append(paths, "all") {
		goals := all
		if set != "all" {
			goals = readLabelled(t, set)
		}
		t.Run(filepath.Base(set), func(t *testing.T) {
			cs := scoreGoals(t, goals)
			var b strings.Builder
			fmt.Fprintf(&b, "%d goals\n%-20s %9s %9s %9s %9s %6s\n", len(goals), "criterion", "P(unmet)", "R(unmet)", "P(met)", "R(met)", "unmet")
			for i, code := range scoredCodes {
				c := cs[i]
				fmt.Fprintf(&b, "%-20s %9.2f %9.2f %9.2f %9.2f %6d\n", code, c.precision(), c.recall(), c.metPrecision(), c.metRecall(), c.tp+c.fn)
			}
			e := scoreExtras(t, goals)
			if e.dueAll > 0 || e.achievable != (confusion{}) {
				c := e.achievable
				fmt.Fprintf(&b, "deadline             %d of %d as labelled\n", e.dueRight, e.dueAll)
				fmt.Fprintf(&b, "%-20s %9.2f %9.2f %9.2f %9.2f %6d\n", CodeAchievable, c.precision(), c.recall(), c.metPrecision(), c.metRecall(), c.tp+c.fn)
			}
			t.Log("\n" + b.String())
			// The optional labels have floors too, or a deadline or
			// achievability regression would only show in the log.
			if e.dueAll > 0 {
				assert.GreaterOrEqual(t, float64(e.dueRight)/float64(e.dueAll), 0.95, "deadlines as labelled")
			}
			if c := e.achievable; c.tp+c.fn > 0 {
				assert.GreaterOrEqual(t, c.precision(), 0.8, "%s: %+v", CodeAchievable, c)
				assert.GreaterOrEqual(t, c.recall(), 0.7, "%s: %+v", CodeAchievable, c)
			}
			for i, code := range scoredCodes {
				c := cs[i]
				for _, v := range []float64{c.precision(), c.recall(), c.metPrecision(), c.metRecall()} {
					assert.GreaterOrEqual(t, v, minimum[code], "%s: %+v", code, c)
				}
			}
		})
	}
}

func TestLabelledSetSize(t *testing.T) {
	goals := readLabelled(t, filepath.Join("testdata", "goals_a.txt"))
	assert.GreaterOrEqual(t, len(goals), 100)
	full := 0
	for _, g := range goals {
		if g.met == [4]bool{true, true, true, true} {
			full++
		}
	}
	assert.GreaterOrEqual(t, full, len(goals)/2, "half the goals are fully SMARTT")
	assert.Less(t, full, len(goals)*3/4, "and many are not")
}
