package growth_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit/growth"
)

func goodLearningGoal() growth.LearningGoal {
	return growth.LearningGoal{
		Skill:        "giving feedback",
		Goal:         "One colleague gives me one constructive comment within 14 days",
		TimePerWeek:  time.Hour,
		Practice:     []string{"give one SBI remark after each sprint review"},
		BusinessLink: "reviews stop stalling on unclear feedback",
		Reflections:  []growth.Note{{Date: date(2026, 3, 20), Text: "Lena said my point was clear"}},
		Partner:      "Ana",
		CheckIns:     []time.Time{date(2026, 3, 27)},
	}
}

func TestDetectTraps(t *testing.T) {
	tests := []struct {
		name   string
		change func(*growth.LearningGoal)
		want   []growth.Trap
	}{
		{"none", func(*growth.LearningGoal) {}, nil},
		{"no time", func(g *growth.LearningGoal) { g.TimePerWeek = 0 }, []growth.Trap{growth.NoTime}},
		{"reading only", func(g *growth.LearningGoal) { g.Practice = []string{" "} }, []growth.Trap{growth.ConsumingOnly}},
		{"isolated", func(g *growth.LearningGoal) { g.BusinessLink = "" }, []growth.Trap{growth.Isolation}},
		{"whole team", func(g *growth.LearningGoal) {
			g.Goal = "The whole team gives me plenty of helpful critical input within a month"
		}, []growth.Trap{growth.TooBig}},
		{"everyone satisfied", func(g *growth.LearningGoal) { g.Goal = "Full agreement and everyone's satisfied" }, []growth.Trap{growth.TooBig}},
		{"all stakeholders", func(g *growth.LearningGoal) { g.Goal = "Align ALL stakeholders on the roadmap" }, []growth.Trap{growth.TooBig}},
		{"a rhythm is not too big", func(g *growth.LearningGoal) { g.Goal = "Give one remark every week, every other Friday at most" }, nil},
		{"not at all", func(g *growth.LearningGoal) { g.Goal = "Interrupt no one at all in the next retro" }, nil},
		{"no reflection", func(g *growth.LearningGoal) { g.Reflections = nil }, []growth.Trap{growth.NoReflection}},
		{"partner without check-ins", func(g *growth.LearningGoal) { g.CheckIns = nil }, []growth.Trap{growth.NoAccountability}},
		{"several at once", func(g *growth.LearningGoal) { *g = growth.LearningGoal{Skill: "Kubernetes"} },
			[]growth.Trap{growth.NoTime, growth.ConsumingOnly, growth.Isolation, growth.NoReflection, growth.NoAccountability}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := goodLearningGoal()
			tc.change(&g)
			assert.Equal(t, tc.want, growth.DetectTraps(g))
		})
	}
}

func TestCheckLearning(t *testing.T) {
	bad := goodLearningGoal()
	bad.Goal = "Master everything about Kubernetes"
	bad.Partner = ""
	fs := growth.CheckLearning([]growth.LearningGoal{goodLearningGoal(), bad, goodLearningGoal()})
	assert.Equal(t, []string{"growth.trap.too_big", "growth.trap.too_big", "growth.trap.no_accountability"}, codes(fs))
	assert.Equal(t, "goals", fs[0].Field)
	assert.Equal(t, "goals[1].goal", fs[1].Field)
	assert.Contains(t, fs[1].Message, `"master"`)
	assertValidFindings(t, fs)
	assert.Empty(t, growth.CheckLearning(nil))
}

func TestTrapChecklist(t *testing.T) {
	list := growth.TrapChecklist()
	require.Len(t, list, 6)
	for i, item := range list {
		assert.Equal(t, growth.Trap(i+1), item.Trap)
		assert.NotEmpty(t, item.Question)
		assert.Equal(t, item.Countermeasure, item.Trap.Countermeasure())
		assert.Equal(t, item.Question, item.Trap.Question())
		roundTrip(t, item.Trap, new(growth.Trap))
	}
	list[0].Question = "changed"
	assert.NotEqual(t, "changed", growth.NoTime.Question(), "the checklist is a copy")
	assert.Empty(t, growth.Trap(0).Question())
	assert.Empty(t, growth.Trap(7).Countermeasure())
}
