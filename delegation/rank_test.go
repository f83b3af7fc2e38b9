package delegation

import (
	"testing"

	"github.com/leadkit/leadkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func names(rs []Ranked) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Person
	}
	return out
}

func TestRank(t *testing.T) {
	team := []Person{
		{Name: "Lead", Lead: true, KnowsTask: true, Interest: Volunteered},
		{Name: "Senior", KnowsTask: true, Interest: Interested, Load: Full, Style: DeepTechnical, RecentDelegations: 4},
		{Name: "Junior", Interest: Volunteered, Load: Light, Style: Communicator, GrowthGoals: []string{"Demos"}},
		{Name: "Mid", Interest: NotInterested, Load: Normal, Style: Mixed, RecentDelegations: 1},
	}
	t.Run("low-risk demo goes to the keen learner", func(t *testing.T) {
		rs, fs := Rank(Task{Name: "sprint demo", Risk: LowRisk, Style: Communicator, Skill: "demos"}, team)
		require.Len(t, rs, 3, "the lead is left out")
		assert.Equal(t, []string{"Junior", "Senior", "Mid"}, names(rs))
		assert.Contains(t, rs[0].Reasons, "would learn it on low-risk work without urgency (+1.5)")
		assert.Empty(t, fs, "%v", fs)
	})
	t.Run("urgent high-impact work goes to who knows it, with findings", func(t *testing.T) {
		rs, fs := Rank(Task{Name: "prod hotfix", Urgent: true, Risk: HighRisk, Style: DeepTechnical}, team)
		assert.Equal(t, "Senior", rs[0].Person)
		assert.True(t, fs.Has("delegation.pick.overloaded"))
		assert.Equal(t, leadkit.Warning, fs[0].Severity, "full, not overloaded")
		assert.True(t, fs.Has("delegation.pick.same_person"))
	})
	t.Run("overloaded pick is an error", func(t *testing.T) {
		_, fs := Rank(Task{Name: "x", Urgent: true}, []Person{{Name: "Only", KnowsTask: true, Load: Overloaded, Interest: Interested}})
		assert.Error(t, fs.Err())
	})
	t.Run("nobody knows it and nobody wants it", func(t *testing.T) {
		_, fs := Rank(Task{Name: "CI for new services", HighImpact: true}, []Person{{Name: "A"}, {Name: "B", Interest: NotInterested}})
		for _, c := range []string{"delegation.rank.bottleneck", "delegation.rank.no_volunteer", "delegation.pick.workload_unknown"} {
			assert.True(t, fs.Has(c), c)
		}
	})
	t.Run("uninterested pick", func(t *testing.T) {
		_, fs := Rank(Task{Name: "on-call rota"}, []Person{{Name: "A", Interest: NotInterested, Load: Normal}})
		assert.True(t, fs.Has("delegation.pick.uninterested"))
	})
	t.Run("tie breaks by rotation then input order", func(t *testing.T) {
		rs, fs := Rank(Task{Name: "retro"}, []Person{
			{Name: "A", Interest: Interested, Load: Normal, RecentDelegations: 2},
			{Name: "B", Interest: Interested, Load: Normal, RecentDelegations: 1},
			{Name: "C", Interest: Interested, Load: Normal, RecentDelegations: 1},
		})
		assert.Equal(t, []string{"B", "C", "A"}, names(rs))
		assert.True(t, fs.Has("delegation.rank.tie"))
	})
	t.Run("stretch excuses a style mismatch", func(t *testing.T) {
		rs, _ := Rank(Task{Name: "cross-team initiative", Style: Communicator}, []Person{
			{Name: "IC", Style: DeepTechnical, Interest: Interested, Load: Normal, Stretch: true},
			{Name: "IC2", Style: DeepTechnical, Interest: Interested, Load: Normal},
		})
		assert.Equal(t, "IC", rs[0].Person)
	})
	t.Run("only the lead", func(t *testing.T) {
		rs, fs := Rank(Task{Name: "x"}, []Person{{Name: "Lead", Lead: true}})
		assert.Nil(t, rs)
		assert.True(t, fs.Has("delegation.rank.empty"))
	})
	t.Run("weights", func(t *testing.T) {
		people := []Person{{Name: "Keen", Interest: Volunteered, Load: Full}, {Name: "Free", Interest: Interested, Load: Light}}
		rs, _ := Rank(Task{Name: "x"}, people)
		assert.Equal(t, "Free", rs[0].Person)
		rs, _ = RankOptions{Interest: 20}.Rank(Task{Name: "x"}, people)
		assert.Equal(t, "Keen", rs[0].Person)
	})
}

func TestRankEnumsText(t *testing.T) {
	for w := Communicator; w <= Mixed; w++ {
		b, err := w.MarshalText()
		require.NoError(t, err)
		var back WorkStyle
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, w, back)
	}
	for i := NotInterested; i <= Volunteered; i++ {
		b, err := i.MarshalText()
		require.NoError(t, err)
		var back Interest
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, i, back)
	}
	for l := Light; l <= Overloaded; l++ {
		b, err := l.MarshalText()
		require.NoError(t, err)
		var back Load
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, l, back)
	}
	var l Load
	assert.Error(t, l.UnmarshalText([]byte("busy")))
}
