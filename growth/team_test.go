package growth_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit/growth"
)

func member(name string, wants []string, pairs ...any) growth.Member {
	m := growth.Member{Name: name, Wants: wants}
	for i := 0; i < len(pairs); i += 2 {
		m.Ratings = append(m.Ratings, growth.Rating{Skill: pairs[i].(string), Score: pairs[i+1].(int)})
	}
	return m
}

func team() growth.Matrix {
	return growth.Matrix{People: []growth.Member{
		member("Ana", nil, "Go", 9, "Kubernetes", 8, "Payments domain", 6),
		member("Bo", []string{"kubernetes"}, "Go", 7, "Kubernetes", 3, "Payments domain", 9),
		member("Cy", []string{"Payments-Domain", "Go"}, "Go", 5, "kubernetes", 7),
		member("Dee", []string{"Terraform", "Kubernetes"}, "Go", 6, "Payments domain", 4),
	}}
}

func TestLearningNeeds(t *testing.T) {
	n := growth.LearningNeeds(team(), []string{"Kubernetes", "Terraform", "GraphQL", "payments domain"}, growth.TeamOptions{})
	assert.Equal(t, []growth.SinglePoint{{Skill: "Payments domain", Person: "Bo", Score: 9, Needed: true}}, n.SinglePoints)
	assert.Equal(t, []growth.MissingSkill{{Skill: "Terraform"}, {Skill: "GraphQL"}}, n.Missing)
	assert.Equal(t, []growth.Pairing{
		{Skill: "Payments domain", Mentor: "Bo", MentorScore: 9, Learner: "Cy"},              // a single point first
		{Skill: "Kubernetes", Mentor: "Ana", MentorScore: 8, Learner: "Bo", LearnerScore: 3}, // needed skills next
		{Skill: "Kubernetes", Mentor: "Ana", MentorScore: 8, Learner: "Dee"},
	}, n.Pairings, "Cy wants Go too, but Ana already has two learners and Bo is not strong")
	assert.Equal(t, []string{
		"growth.team.single_point",
		"growth.team.skill_missing", "growth.team.skill_missing",
		"growth.team.no_mentor", // Dee: Terraform
		"growth.team.no_mentor", // Cy: Go, Ana is full
	}, codes(n.Findings))
	assertValidFindings(t, n.Findings)
	assert.Equal(t, "people[3].wants[0]", n.Findings[3].Field)
	assert.Equal(t, "people[2].wants[1]", n.Findings[4].Field)
}

func TestLearningNeedsOptions(t *testing.T) {
	n := growth.LearningNeeds(team(), nil, growth.TeamOptions{MaxMentees: 3})
	require.Len(t, n.Pairings, 4)
	assert.Contains(t, n.Pairings, growth.Pairing{Skill: "Kubernetes", Mentor: "Ana", MentorScore: 8, Learner: "Dee"}, "Ana has room for a third learner")

	n = growth.LearningNeeds(team(), nil, growth.TeamOptions{Working: 9})
	assert.Equal(t, []string{"Go", "Payments domain"}, singlePointSkills(n), "strong is raised to working: only 9s count")
	for _, p := range n.Pairings {
		assert.GreaterOrEqual(t, p.MentorScore, 9)
	}

	n = growth.LearningNeeds(team(), nil, growth.TeamOptions{Working: 11, Strong: -1, MaxMentees: -2})
	assert.Equal(t, []string{"growth.options.invalid", "growth.options.invalid", "growth.options.invalid", "growth.team.single_point",
		"growth.team.no_mentor", "growth.team.no_mentor"}, codes(n.Findings), "the defaults are used")
}

func singlePointSkills(n growth.Needs) []string {
	out := []string{}
	for _, sp := range n.SinglePoints {
		out = append(out, sp.Skill)
	}
	return out
}

func TestLearningNeedsBadInput(t *testing.T) {
	m := growth.Matrix{People: []growth.Member{
		member("Ana", []string{"Go"}, "Go", 9, "go", 3, "Rust", 0, " ", 5),
		member("ana", nil, "Go", 2),
		member("", nil, "Go", 8),
		member("Élodie", []string{"GO", "  "}, "Go", 4),
	}}
	n := growth.LearningNeeds(m, []string{"", "Go"}, growth.TeamOptions{})
	assert.Equal(t, []string{
		"growth.rating.duplicate", "growth.rating.out_of_range", "growth.team.skill.blank",
		"growth.team.member.duplicate", "growth.team.member.unnamed",
		"growth.team.single_point", "growth.team.skill.blank", "growth.team.skill.blank",
	}, codes(n.Findings))
	assert.Equal(t, "people[3].wants[1]", n.Findings[7].Field, "a blank wish is reported, not sent looking for a mentor")
	assertValidFindings(t, n.Findings)
	assert.Equal(t, []growth.Pairing{{Skill: "Go", Mentor: "Ana", MentorScore: 9, Learner: "Élodie", LearnerScore: 4}}, n.Pairings,
		"Ana wants Go but has it already; the duplicate and the unnamed rows are left out")
}

func TestLearningNeedsEmpty(t *testing.T) {
	n := growth.LearningNeeds(growth.Matrix{}, nil, growth.TeamOptions{})
	assert.Empty(t, n.SinglePoints)
	assert.Empty(t, n.Missing)
	assert.Empty(t, n.Pairings)
	assert.Empty(t, n.Findings)

	n = growth.LearningNeeds(growth.Matrix{}, []string{"Go", "go "}, growth.TeamOptions{})
	assert.Equal(t, []growth.MissingSkill{{Skill: "Go"}}, n.Missing, "a skill asked for twice is missing once")
}
