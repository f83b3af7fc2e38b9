package oneonone

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDecide(t *testing.T) {
	tests := []struct {
		name    string
		problem Problem
		want    Approach
		to      string
		ask     string
	}{
		{"not asked yet: coach, ask what they need", Problem{Kind: WorkProblem}, Coach, "", AskNeed},
		{"wants help: coach with powerful questions", Problem{Kind: WorkProblem, Need: WantsHelp}, Coach, "", AskPowerful},
		{"just listen", Problem{Kind: WorkProblem, Need: JustListen}, Listen, "", AskListenBack},
		{"technical with an expert", Problem{Kind: Technical, Need: WantsHelp, Expert: "Priya"}, Delegate, "Priya", AskSupport},
		{"technical without an expert", Problem{Kind: Technical, Need: WantsHelp}, Coach, "", AskPowerful},
		{"career with a mentor", Problem{Kind: Career, Mentor: "Omar"}, Delegate, "Omar", AskSupport},
		{"career without a mentor", Problem{Kind: Career}, Coach, "", AskNeed},
		{"personal is referred", Problem{Kind: PersonalSensitive}, Refer, ReferTo, AskListenBack},
		{"personal is referred even when they only want to talk", Problem{Kind: PersonalSensitive, Need: JustListen}, Refer, ReferTo, AskListenBack},
		{"outside expertise with nobody to delegate to", Problem{Kind: WorkProblem, Need: WantsHelp, OutsideExpertise: true}, Refer, ReferTo, AskSupport},
		{"outside expertise but an expert at hand", Problem{Kind: Technical, OutsideExpertise: true, Expert: "Li"}, Delegate, "Li", AskSupport},
		{"just listen beats delegating", Problem{Kind: Technical, Need: JustListen, Expert: "Li"}, Listen, "", AskListenBack},
		{"unset kind is coached", Problem{}, Coach, "", AskNeed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Decide(tc.problem)
			assert.Equal(t, tc.want, d.Approach)
			assert.Equal(t, tc.to, d.To)
			assert.Equal(t, tc.ask, d.Ask)
			assert.NotEmpty(t, d.Why)
		})
	}
}
