package delegation

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// seedGoals adds the labelled goals as the fuzz seed corpus.
func seedGoals(f *testing.F, add func(text string)) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "goals_*.txt"))
	for _, p := range paths {
		file, err := os.Open(p)
		if err != nil {
			f.Fatal(err)
		}
		sc := bufio.NewScanner(file)
		for sc.Scan() {
			if _, text, ok := strings.Cut(sc.Text(), "|"); ok {
				add(strings.TrimSpace(text))
			}
		}
		file.Close()
	}
	for _, s := range []string{"", "by", "from 1 to", "1:1s every other", "Q9", "the 99th of Smarch", "in 1e309 months",
		"by 0/0/0", "mid-", "end of", "twenty-", "a hundred and", "—;—", "\n\n- item\n- by June",
		"from twice every to", "twice every every day", "-fold", "2-fold-fold", "before the year is", "KR:", "goal —",
		"Goal title: x. Description:", "b4 the", "Art. 1", "502s"} {
		add(s)
	}
}

func FuzzParseGoal(f *testing.F) {
	seedGoals(f, func(text string) { f.Add(text, int64(1740900000)) })
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		now := time.Unix(unix%(1<<40), 0).UTC()
		g := ParseGoal(text, now)
		for _, s := range []string{g.Objective, g.Measure, g.Tracking, g.Relevance} {
			if utf8.ValidString(text) && !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 %q from %q", s, text)
			}
			if len(s) > len(text)+16 {
				t.Fatalf("field %q longer than the input %q", s, text)
			}
		}
		if !g.Deadline.IsZero() {
			if g.Deadline.Location() != now.Location() {
				t.Fatalf("deadline %v not in now's location", g.Deadline)
			}
			if h, m, s := g.Deadline.Clock(); h+m+s != 0 {
				t.Fatalf("deadline %v is not at midnight", g.Deadline)
			}
		}
		fs := CheckGoal(g, now)
		if len(fs) > 6 {
			t.Fatalf("%d findings", len(fs))
		}
	})
}

func FuzzCheckGoal(f *testing.F) {
	seedGoals(f, func(text string) { f.Add(text, text, text, 30.0, "%", int64(90), uint8(2), uint8(1)) })
	f.Fuzz(func(t *testing.T, objective, measure, tracking string, target float64, unit string, days int64, period, weekday uint8) {
		now := time.Date(2025, time.March, 2, 9, 0, 0, 0, time.UTC)
		g := Goal{Objective: objective, Measure: measure, Tracking: tracking,
			Target: &Quantity{Value: target, Unit: unit}, Baseline: &Quantity{Value: target / 2, Unit: unit},
			Deadline: now.AddDate(0, 0, int(days%100000)), CheckIn: Cadence{Period: Period(period), Weekday: Weekday(weekday)}}
		seen := map[string]bool{}
		for _, f := range CheckGoal(g, now) {
			if seen[f.Code] {
				t.Fatalf("two findings with code %s", f.Code)
			}
			seen[f.Code] = true
			if f.Message == "" || !f.Severity.Valid() {
				t.Fatalf("bad finding %+v", f)
			}
		}
		g.Target, g.Baseline = nil, nil
		_ = CheckGoal(g, now)
	})
}
