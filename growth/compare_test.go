package growth_test

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/growth"
)

// rated builds an assessment by rater of "Sam" from skill, score pairs.
func rated(rater string, pairs ...any) growth.Assessment {
	a := growth.Assessment{Rater: rater, Subject: "Sam"}
	for i := 0; i < len(pairs); i += 2 {
		a.Ratings = append(a.Ratings, growth.Rating{Skill: pairs[i].(string), Score: pairs[i+1].(int)})
	}
	return a
}

// othersRating gives each score to "giving_feedback" from a different rater.
func othersRating(skill string, scores ...int) []growth.Assessment {
	out := make([]growth.Assessment, len(scores))
	for i, s := range scores {
		out[i] = rated(fmt.Sprintf("rater%d", i+1), skill, s)
	}
	return out
}

func codes(fs leadkit.Findings) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.Code)
	}
	return out
}

func assertValidFindings(t *testing.T, fs leadkit.Findings) {
	t.Helper()
	for _, f := range fs {
		assert.True(t, leadkit.ValidCode(f.Code), f.Code)
		assert.True(t, f.Severity.Valid(), f.Code)
		assert.NotEmpty(t, f.Message, f.Code)
		assert.NotEmpty(t, f.Hint, f.Code)
	}
}

func TestCompareClassBoundaries(t *testing.T) {
	tests := []struct {
		name      string
		self      int
		others    []int
		opts      growth.Options
		class     growth.Class
		gap       float64
		contested bool
	}{
		{"gap exactly -2 is a blind spot", 7, []int{5, 5}, growth.Options{}, growth.BlindSpot, -2, false},
		{"gap -1.5 is aligned", 7, []int{5, 6}, growth.Options{}, growth.Aligned, -1.5, false},
		{"gap -1.9 over ten raters is aligned", 7, []int{5, 5, 5, 5, 5, 5, 5, 5, 5, 6}, growth.Options{}, growth.Aligned, -1.9, false},
		{"gap -2 over three raters", 9, []int{6, 7, 8}, growth.Options{}, growth.BlindSpot, -2, false},
		{"gap exactly +2 is a hidden strength", 3, []int{4, 6}, growth.Options{}, growth.HiddenStrength, 2, false},
		{"gap +1.67 is aligned", 3, []int{4, 5, 5}, growth.Options{}, growth.Aligned, 5.0 / 3, false},
		{"equal ratings are aligned", 6, []int{6, 6}, growth.Options{}, growth.Aligned, 0, false},
		{"spread 4 is contested", 6, []int{4, 8}, growth.Options{}, growth.Aligned, 0, true},
		{"spread 3 is not contested", 6, []int{5, 8}, growth.Options{}, growth.Aligned, 0.5, false},
		{"contested blind spot", 9, []int{3, 7, 6}, growth.Options{}, growth.BlindSpot, -11.0 / 3, true},
		{"extremes", 10, []int{1, 1}, growth.Options{}, growth.BlindSpot, -9, false},
		{"decimal threshold held exactly", 5, []int{5, 5, 5, 5, 5, 5, 5, 4, 4, 4}, growth.Options{BlindSpot: -0.3}, growth.BlindSpot, -0.3, false},
		{"decimal threshold just missed", 5, []int{5, 5, 5, 5, 5, 5, 5, 5, 4, 4}, growth.Options{BlindSpot: -0.3}, growth.Aligned, -0.2, false},
		{"custom spread", 6, []int{5, 8}, growth.Options{ContestedSpread: 3}, growth.Aligned, 0.5, true},
		{"custom hidden strength", 5, []int{6, 6}, growth.Options{HiddenStrength: 1}, growth.HiddenStrength, 1, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := growth.Compare(rated("Sam", "giving_feedback", tc.self), othersRating("giving_feedback", tc.others...), tc.opts)
			assert.Empty(t, r.Findings)
			row, ok := r.Row("giving_feedback")
			require.True(t, ok)
			assert.Equal(t, tc.class, row.Class)
			require.NotNil(t, row.Gap)
			assert.InDelta(t, tc.gap, *row.Gap, 1e-12)
			assert.Equal(t, tc.contested, row.Contested)
			assert.Equal(t, len(tc.others), row.Others.Count)
		})
	}
}

func TestCompareStats(t *testing.T) {
	r := growth.Compare(rated("Sam", "delegating", 8), othersRating("delegating", 9, 2, 5, 4), growth.Options{})
	row, ok := r.Row("delegating")
	require.True(t, ok)
	assert.Equal(t, growth.Stats{Count: 4, Sum: 20, Mean: 5, Median: 4.5, Min: 2, Max: 9}, row.Others)
	assert.Equal(t, growth.BlindSpot, row.Class)
	assert.True(t, row.Contested)

	r = growth.Compare(rated("Sam", "delegating", 8), othersRating("delegating", 7, 3, 7), growth.Options{})
	row, _ = r.Row("delegating")
	assert.Equal(t, 7.0, row.Others.Median, "odd count: the middle score")
}

func TestCompareNotEnoughRatings(t *testing.T) {
	self := rated("Sam", "listening", 8, "testing", 4, "design", 6)
	others := []growth.Assessment{rated("Ana", "listening", 2, "design", 6), rated("Bo", "design", 7)}
	r := growth.Compare(self, others, growth.Options{})

	listening, ok := r.Row("listening")
	require.True(t, ok)
	assert.Equal(t, growth.NotEnoughRatings, listening.Class)
	assert.Nil(t, listening.Gap, "never a gap")
	assert.Equal(t, growth.Stats{Count: 1}, listening.Others, "no figure that reveals the single rater's score")

	testing_, ok := r.Row("testing")
	require.True(t, ok)
	assert.Equal(t, growth.NotEnoughRatings, testing_.Class)
	assert.Equal(t, 0, testing_.Others.Count)

	design, _ := r.Row("design")
	assert.Equal(t, growth.Aligned, design.Class)
	assert.Equal(t, []string{"growth.ratings.too_few", "growth.ratings.too_few"}, codes(r.Findings))
	assert.Empty(t, r.Surprises)

	data, err := json.Marshal(listening)
	require.NoError(t, err)
	assert.NotContains(t, string(data), `"gap"`)
	assert.NotContains(t, string(data), `"mean"`)

	r = growth.Compare(self, others, growth.Options{MinOthers: 1})
	listening, _ = r.Row("listening")
	assert.Equal(t, growth.BlindSpot, listening.Class, "MinOthers 1 lets one rating count")
}

func TestCompareFindings(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 3, d, 0, 0, 0, 0, time.UTC) }
	self := rated("Sam", "listening", 7, "delegating", 11, "listening", 3, "kubernetes", 5)
	ana1 := rated("Ana", "listening", 2, "design", 4)
	ana1.Date = day(1)
	ana2 := rated("ana ", "listening", 6)
	ana2.Date = day(9)
	others := []growth.Assessment{
		ana1,
		rated("Bo", "listening", 7, "design", 0, "design", 5, "design", 6),
		ana2,
		rated("Sam", "listening", 10),
		{Rater: "Cy", Subject: "Kim", Ratings: []growth.Rating{{Skill: "listening", Score: 1}}},
		rated("", "Resolving Conflicts", 3),
	}
	r := growth.Compare(self, others, growth.Options{})
	assert.Equal(t, []string{
		"growth.rating.out_of_range", // self delegating 11
		"growth.rating.duplicate",    // self listening twice
		"growth.skill.unknown",       // self kubernetes
		"growth.rating.out_of_range", // Bo design 0
		"growth.rating.duplicate",    // Bo design twice
		"growth.rater.duplicate",     // Ana again
		"growth.rater.is_self",       // Sam among others
		"growth.subject.mismatch",    // Cy rated Kim
		"growth.self.missing",        // design: Ana's 4 and Bo's 5
		"growth.ratings.too_few",     // resolving_conflicts: one anonymous rater
		"growth.self.missing",        // resolving_conflicts
	}, codes(r.Findings))
	assertValidFindings(t, r.Findings)
	assert.Equal(t, "self.ratings[1].score", r.Findings[0].Field)
	assert.Equal(t, "self.ratings[2].skill", r.Findings[1].Field)
	assert.Equal(t, "others[1].ratings[1].score", r.Findings[3].Field)
	assert.Equal(t, "others[2].rater", r.Findings[5].Field)
	assert.Contains(t, r.Findings[1].Message, `"listening"`)

	listening, _ := r.Row("listening")
	assert.Equal(t, 7, listening.Self, "the first self-rating counts")
	assert.Equal(t, growth.Stats{Count: 2, Sum: 13, Mean: 6.5, Median: 6.5, Min: 6, Max: 7}, listening.Others,
		"Ana's later 6 replaces her 2; Sam and Cy are left out")
	design, _ := r.Row("design")
	assert.Equal(t, 2, design.Others.Count, "Ana's earlier design rating still counts: her later assessment does not rate it")
	assert.Equal(t, growth.NoSelfRating, design.Class)
	assert.Nil(t, design.Gap)
	_, ok := r.Row("delegating")
	assert.False(t, ok, "an out-of-range score leaves no row")
}

func TestCompareRaterDuplicateTieKeepsFirst(t *testing.T) {
	others := []growth.Assessment{rated("Ana", "listening", 3), rated("Bo", "listening", 5), rated("ANA", "listening", 9)}
	r := growth.Compare(rated("Sam", "listening", 5), others, growth.Options{})
	row, _ := r.Row("listening")
	assert.Equal(t, 8, row.Others.Sum, "same date: the first in input order counts")
	assert.Equal(t, []string{"growth.rater.duplicate"}, codes(r.Findings))
}

func TestCompareAnonymousRaters(t *testing.T) {
	others := []growth.Assessment{rated("", "listening", 3), rated("", "listening", 5)}
	r := growth.Compare(rated("Sam", "listening", 5), others, growth.Options{})
	row, _ := r.Row("listening")
	assert.Equal(t, 2, row.Others.Count, "each anonymous assessment is its own rater")
	assert.Empty(t, r.Findings)
}

func TestCompareEmptyInput(t *testing.T) {
	r := growth.Compare(growth.Assessment{}, nil, growth.Options{})
	assert.Empty(t, r.Rows)
	assert.Equal(t, []string{"growth.self.missing"}, codes(r.Findings))

	r = growth.Compare(rated("Sam"), othersRating("listening", 4, 5), growth.Options{})
	assert.Equal(t, []string{"growth.self.missing"}, codes(r.Findings), "one finding, not one per skill")
	row, _ := r.Row("listening")
	assert.Equal(t, growth.NoSelfRating, row.Class)
}

func TestCompareOptionsInvalid(t *testing.T) {
	opts := growth.Options{BlindSpot: 2, HiddenStrength: -1, MinOthers: -1, LowRating: 11, ContestedSpread: -3, MaxFocus: -1, KeySkills: []string{"juggling"}}
	r := growth.Compare(rated("Sam", "listening", 7), othersRating("listening", 5, 5), opts)
	assert.Equal(t, []string{
		"growth.options.invalid", "growth.options.invalid", "growth.options.invalid",
		"growth.options.invalid", "growth.options.invalid", "growth.options.invalid",
		"growth.key_skill.unknown",
	}, codes(r.Findings))
	assertValidFindings(t, r.Findings)
	row, _ := r.Row("listening")
	assert.Equal(t, growth.BlindSpot, row.Class, "defaults replace the invalid options")
}

func TestCompareSurprisesAndFocus(t *testing.T) {
	self := rated("Sam",
		"design", 9, // others 6,6: blind spot -3
		"listening", 8, // others 6,6: blind spot -2
		"delegating", 3, // others 7,6: hidden strength +3.5
		"giving_feedback", 5, // others 4,4: aligned but low (4)
		"planning", 6, // others 5,5: aligned, low (5)
		"testing", 8, // others 9,9: aligned, high
	)
	others := []growth.Assessment{
		rated("Ana", "design", 6, "listening", 6, "delegating", 7, "giving_feedback", 4, "planning", 5, "testing", 9),
		rated("Bo", "design", 6, "listening", 6, "delegating", 6, "giving_feedback", 4, "planning", 5, "testing", 9),
	}

	r := growth.Compare(self, others, growth.Options{MaxFocus: 10})
	assert.Equal(t, []string{"delegating", "design", "listening"}, r.Surprises)
	assert.Equal(t, []string{"design", "listening", "giving_feedback", "planning"}, focusIDs(r.Focus))

	r = growth.Compare(self, others, growth.Options{MaxFocus: 10, KeySkills: []string{"Planning", "listening"}})
	assert.Equal(t, []string{"listening", "planning", "design", "giving_feedback"}, focusIDs(r.Focus),
		"key blind spots, key low-rated, other blind spots, other low-rated")
	assert.True(t, r.Focus[0].Key)
	assert.Equal(t, `Others rate "Listening" 2 points below your own 8, and it is a key skill for the role.`, r.Focus[0].Reason)
	assert.Equal(t, `Others rate "Planning" 5 on average, and it is a key skill for the role.`, r.Focus[1].Reason)

	r = growth.Compare(self, others, growth.Options{})
	assert.Len(t, r.Focus, 2, "one or two focus skills by default")

	tie := growth.Compare(rated("Sam", "design", 8, "delegating", 4), []growth.Assessment{
		rated("Ana", "design", 6, "delegating", 6), rated("Bo", "design", 6, "delegating", 6),
	}, growth.Options{})
	assert.Equal(t, []string{"design", "delegating"}, tie.Surprises, "on an equal gap the blind spot comes first")
}

func focusIDs(fs []growth.Focus) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.Skill)
	}
	return out
}

func TestCompareKeySkillUnrated(t *testing.T) {
	r := growth.Compare(rated("Sam", "listening", 5), othersRating("listening", 5, 5), growth.Options{KeySkills: []string{"shielding"}})
	assert.Equal(t, []string{"growth.key_skill.unrated"}, codes(r.Findings))
}

func TestCompareComments(t *testing.T) {
	self := growth.Assessment{Rater: "Sam", Ratings: []growth.Rating{{Skill: "listening", Score: 6, Comment: "I interrupt"}}}
	others := []growth.Assessment{
		{Rater: "Ana", Ratings: []growth.Rating{{Skill: "listening", Score: 4, Comment: "cuts people off in retros"}}},
		{Rater: "Bo", Ratings: []growth.Rating{{Skill: "listening", Score: 5}}},
	}
	r := growth.Compare(self, others, growth.Options{})
	row, _ := r.Row("listening")
	assert.Equal(t, "I interrupt", row.SelfComment)
	assert.Equal(t, []string{"cuts people off in retros"}, row.Comments)
	assert.Equal(t, "Sam", r.Subject)

	r = growth.Compare(self, others[:1], growth.Options{})
	row, _ = r.Row("listening")
	assert.Empty(t, row.Comments, "a lone rater's comment would identify them")
}

func TestCompareCustomCatalog(t *testing.T) {
	cat, err := growth.NewCatalog(growth.Skill{ID: "kubernetes", Name: "Kubernetes"}, growth.Skill{ID: "go", Name: "Go"})
	require.NoError(t, err)
	r := growth.Compare(rated("Sam", "Kubernetes", 9, "listening", 5), othersRating("kubernetes", 6, 7), growth.Options{Catalog: cat})
	assert.Equal(t, []string{"growth.skill.unknown"}, codes(r.Findings))
	require.Len(t, r.Rows, 1)
	assert.Equal(t, growth.BlindSpot, r.Rows[0].Class)
}

func TestCompareDoesNotModifyInput(t *testing.T) {
	d1, d2 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	a, b := rated("Ana", "listening", 3), rated("Ana", "listening", 6)
	a.Date, b.Date = d1, d2
	others := []growth.Assessment{a, b}
	growth.Compare(rated("Sam", "listening", 5), others, growth.Options{})
	assert.Equal(t, d1, others[0].Date)
	assert.Equal(t, 3, others[0].Ratings[0].Score)
}

func TestClassText(t *testing.T) {
	for c := growth.Aligned; c <= growth.NoSelfRating; c++ {
		text, err := c.MarshalText()
		require.NoError(t, err)
		var back growth.Class
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, c, back)
		assert.Equal(t, string(text), c.String())
	}
	var c growth.Class
	_, err := c.MarshalText()
	assert.Error(t, err, "unset")
	assert.Equal(t, "Class(0)", c.String())
	assert.Error(t, c.UnmarshalText([]byte("blind")))
	require.NoError(t, c.UnmarshalText([]byte("Blind_Spot")))
	assert.Equal(t, growth.BlindSpot, c)
	assert.True(t, growth.Aligned.HasGap())
	assert.False(t, growth.NotEnoughRatings.HasGap())
	assert.False(t, growth.NoSelfRating.HasGap())
}

func TestCompareSameOrderAcrossRaters(t *testing.T) {
	// Raters list skills in the same order; an earlier rater's bad rating
	// must not leak into a later rater's good one at the same place.
	others := []growth.Assessment{
		rated("Ana", "listening", 11, "juggling", 5, "design", 6),
		rated("Bo", "listening", 5, "juggling", 6, "design", 7),
		rated("Cy", "listening", 6, "Juggling", 6, "Design", 8),
	}
	r := growth.Compare(rated("Sam", "listening", 6, "design", 7), others, growth.Options{})
	assert.Equal(t, []string{"growth.rating.out_of_range", "growth.skill.unknown", "growth.skill.unknown", "growth.skill.unknown"}, codes(r.Findings))
	listening, _ := r.Row("listening")
	assert.Equal(t, growth.Stats{Count: 2, Sum: 11, Mean: 5.5, Median: 5.5, Min: 5, Max: 6}, listening.Others)
	design, _ := r.Row("design")
	assert.Equal(t, 3, design.Others.Count)
}
