package planning_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit/planning"
)

func TestClassifyOwnership(t *testing.T) {
	want := map[planning.ProblemKind]planning.Ownership{
		planning.TeamBlocker:               planning.Mine,
		planning.TechnicalAlignment:        planning.Mine,
		planning.CrossTeamMiscommunication: planning.Mine,
		planning.TaskCompletion:            planning.Theirs,
		planning.FeatureOwnership:          planning.Theirs,
		planning.PeerConflict:              planning.Theirs,
		planning.Personal:                  planning.Gray,
		planning.OtherProblem:              planning.Gray,
	}
	for k, o := range want {
		assert.Equal(t, o, planning.ClassifyOwnership(k), k.String())
	}
}

func TestRespond(t *testing.T) {
	deadline := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		p        planning.Problem
		owner    planning.Ownership
		approach planning.Approach
	}{
		{"blocker asked with deadline", planning.Problem{Kind: planning.TeamBlocker, Asked: true, NeededBy: deadline}, planning.Mine, planning.Take},
		{"blocker without deadline", planning.Problem{Kind: planning.TeamBlocker, Asked: true}, planning.Mine, planning.AskDeadline},
		{"take this task off my hands", planning.Problem{Kind: planning.TaskCompletion, Asked: true, NeededBy: deadline}, planning.Theirs, planning.Coach},
		{"urgent but theirs is still coached", planning.Problem{Kind: planning.FeatureOwnership, Asked: true, NeededBy: deadline, LeadLoad: planning.LightLoad}, planning.Theirs, planning.Coach},
		{"peer conflict", planning.Problem{Kind: planning.PeerConflict, Asked: true, NeededBy: deadline}, planning.Theirs, planning.AskDirectFeedbackFirst},
		{"unasked help", planning.Problem{Kind: planning.Personal}, planning.Gray, planning.Listen},
		{"unasked even if mine", planning.Problem{Kind: planning.TechnicalAlignment}, planning.Mine, planning.Listen},
		{"outside expertise", planning.Problem{Kind: planning.Personal, Asked: true, OutsideExpertise: true}, planning.Gray, planning.Refer},
		{"gray, growth chance", planning.Problem{Asked: true, NeededBy: deadline, GrowthOpportunity: true, RequesterLoad: planning.NormalLoad}, planning.Theirs, planning.Coach},
		{"gray, growth chance but they are overloaded", planning.Problem{Asked: true, NeededBy: deadline, GrowthOpportunity: true, RequesterLoad: planning.HeavyLoad}, planning.Mine, planning.Take},
		{"gray, lead overloaded", planning.Problem{Asked: true, NeededBy: deadline, LeadLoad: planning.HeavyLoad, RequesterLoad: planning.LightLoad}, planning.Theirs, planning.Coach},
		{"gray, both overloaded", planning.Problem{Asked: true, NeededBy: deadline, LeadLoad: planning.HeavyLoad, RequesterLoad: planning.HeavyLoad}, planning.Mine, planning.Take},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := planning.Respond(tc.p)
			assert.Equal(t, tc.owner, r.Owner)
			assert.Equal(t, tc.approach, r.Approach)
			assert.NotEmpty(t, r.NextStep)
		})
	}
}

func TestOwnershipEnumsText(t *testing.T) {
	assertEnumText(t, map[string]planning.ProblemKind{
		"other": planning.OtherProblem, "team_blocker": planning.TeamBlocker, "technical_alignment": planning.TechnicalAlignment,
		"cross_team_miscommunication": planning.CrossTeamMiscommunication, "task_completion": planning.TaskCompletion,
		"feature_ownership": planning.FeatureOwnership, "peer_conflict": planning.PeerConflict, "personal": planning.Personal,
	}, planning.ProblemKind(99))
	assertEnumText(t, map[string]planning.Ownership{"mine": planning.Mine, "theirs": planning.Theirs, "gray": planning.Gray}, planning.Ownership(0))
	assertEnumText(t, map[string]planning.Approach{
		"take": planning.Take, "coach": planning.Coach, "listen": planning.Listen, "refer": planning.Refer,
		"ask_deadline": planning.AskDeadline, "ask_direct_feedback_first": planning.AskDirectFeedbackFirst,
	}, planning.Approach(0))
	assertEnumText(t, map[string]planning.Load{
		"unknown": planning.UnknownLoad, "light": planning.LightLoad, "normal": planning.NormalLoad, "heavy": planning.HeavyLoad,
	}, planning.Load(9))
}

func TestProblemJSON(t *testing.T) {
	p := planning.Problem{Kind: planning.PeerConflict, Asked: true, RequesterLoad: planning.HeavyLoad, LeadLoad: planning.LightLoad}
	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.JSONEq(t, `{"kind":"peer_conflict","asked":true,"requester_load":"heavy","lead_load":"light"}`, string(b))
	var back planning.Problem
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, p, back)
}
