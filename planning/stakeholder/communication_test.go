package stakeholder

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit/planning/project"
)

// offTrack is the status summary of a project whose demo slipped.
func offTrack() project.Summary {
	return project.Summary{
		Plan: "New checkout", Owner: "Dana", AsOf: now, Status: project.OffTrack, Finish: day(2026, 4, 15),
		Milestones: []project.MilestoneForecast{
			{ID: "demo", Name: "Internal demo", Target: day(2026, 4, 10), Projected: day(2026, 4, 15), SlipDays: 5, Status: project.OffTrack,
				Reasons: []string{"It is projected for 2026-04-15, 5 days after its target.", `Step "endpoint" grew from 5 to 9 person-days.`}},
			{ID: "schema", Name: "Schema agreed", Target: day(2026, 4, 1), Projected: day(2026, 3, 31), SlipDays: -1, Status: project.Done},
			{ID: "launch", Name: "Launch", Target: day(2026, 5, 4), Projected: day(2026, 4, 28), SlipDays: -6, Status: project.OnTrack},
		},
		HelpNeeded: []string{"Dana has more work planned than one person can do in the week of 2026-04-06 (streams api, web)."},
	}
}

func TestCommunicationsWhenOffTrack(t *testing.T) {
	plan := checkoutMap().Communications(offTrack(), now)
	assert.Equal(t, "New checkout", plan.Project)
	assert.Equal(t, project.OffTrack, plan.Status)
	require.Len(t, plan.Entries, 4)

	// Key people hear it now; the detractor (manage closely) first.
	marco := plan.Entries[0]
	assert.Equal(t, "Marco", marco.To)
	assert.Equal(t, ManageClosely, marco.Engagement)
	assert.Equal(t, now, marco.When)
	assert.Equal(t, "The project is off track: key people hear it early, with a plan.", marco.Why)
	assert.Equal(t, Form{Channel: Document, Length: Medium, Detail: Detailed, Order: ContextFirst}, marco.Form)
	assert.Equal(t, []string{
		"New checkout is off track; projected finish 2026-04-15.",
		"Internal demo: off track, projected 2026-04-15 against 2026-04-10 (5 days late).",
		"It is projected for 2026-04-15, 5 days after its target.",
		`Step "endpoint" grew from 5 to 9 person-days.`,
		"Schema agreed: done on 2026-03-31.",
		"Launch: on track, projected 2026-04-28 against 2026-05-04.",
		"Help needed: Dana has more work planned than one person can do in the week of 2026-04-06 (streams api, web).",
		"Relate it to what they care about: fraud rate; PCI audit.",
	}, marco.What, "a detail-minded reader gets every reason")

	priya := plan.Entries[1]
	assert.Equal(t, "Priya", priya.To)
	assert.Equal(t, now, priya.When)
	assert.Equal(t, []string{
		"New checkout is off track; projected finish 2026-04-15.",
		"Internal demo: off track, projected 2026-04-15 against 2026-04-10 (5 days late).",
		"It is projected for 2026-04-15, 5 days after its target.",
		"Schema agreed: done on 2026-03-31.",
		"Launch: on track, projected 2026-04-28 against 2026-05-04.",
		"Help needed: Dana has more work planned than one person can do in the week of 2026-04-06 (streams api, web).",
		"Relate it to what they care about: checkout conversion.",
	}, priya.What, "a high-level reader gets the first reason only")

	// Sam (low influence, last contact 2026-03-20, default monthly) is due on
	// 2026-04-19; Lee, never contacted, now.
	lee := plan.Entries[2]
	assert.Equal(t, "Lee", lee.To)
	assert.Equal(t, now, lee.When)
	assert.Equal(t, "Never contacted.", lee.Why)
	sam := plan.Entries[3]
	assert.Equal(t, day(2026, 4, 19), sam.When)
	assert.Equal(t, "Regular update: every 30 days (default for keep-in-loop).", sam.Why)
	assert.Equal(t, []string{
		"New checkout is off track; projected finish 2026-04-15.",
		"Internal demo: off track, projected 2026-04-15 against 2026-04-10 (5 days late).",
		"Schema agreed: done on 2026-03-31.",
		"Relate it to what they care about: clean payment abstractions.",
	}, sam.What, "others hear of milestones off track or done, without the reasons")
}

func TestCommunicationsOnTrackKeepsCadence(t *testing.T) {
	s := offTrack()
	s.Status = project.OnTrack
	s.Milestones = s.Milestones[1:]
	plan := checkoutMap().Communications(s, now)
	byName := map[string]Communication{}
	for _, c := range plan.Entries {
		byName[c.To] = c
	}
	assert.Equal(t, day(2026, 4, 10), byName["Priya"].When, "agreed weekly cadence from 2026-04-03")
	assert.Equal(t, "Regular update: every 7 days (agreed).", byName["Priya"].Why)
	assert.Equal(t, day(2026, 4, 13), byName["Marco"].When)

	m := checkoutMap()
	m.People[0].LastContact = day(2026, 3, 1)
	plan = m.Communications(s, now)
	assert.Equal(t, "Priya", plan.Entries[0].To)
	assert.Equal(t, "Update due: every 7 days (agreed), last on 2026-03-01.", plan.Entries[0].Why)
}

func TestCommunicationsMonitorHearsHeadlineOnly(t *testing.T) {
	m := Map{People: []Person{{Name: "Vic", Influence: LowInfluence, Commitment: Detractor}}}
	plan := m.Communications(offTrack(), now)
	require.Len(t, plan.Entries, 1)
	assert.Equal(t, Monitor, plan.Entries[0].Engagement)
	assert.Equal(t, []string{"New checkout is off track; projected finish 2026-04-15."}, plan.Entries[0].What)
}

func TestCommunicationsEmpty(t *testing.T) {
	plan := Map{People: []Person{{Name: " "}}}.Communications(project.Summary{}, now)
	assert.Empty(t, plan.Entries)
	assert.NotNil(t, plan.Entries)
}

// The whole chain: a project plan's forecast feeds the communication plan.
func TestCommunicationsFromForecast(t *testing.T) {
	p := project.Plan{Name: "Billing split", Owner: "Dana", Start: day(2026, 3, 30),
		Steps:      []project.Step{{ID: "extract", Title: "Extract the invoice module", Owner: "Dana", Estimate: 10}},
		Milestones: []project.Milestone{{ID: "m1", Name: "Invoices served by the new service", Target: day(2026, 4, 3), Steps: []string{"extract"}}},
	}
	s := p.Forecast(nil, day(2026, 3, 30), project.Options{}).Summary()
	plan := checkoutMap().Communications(s, day(2026, 3, 30))
	assert.Equal(t, project.OffTrack, plan.Status)
	assert.Equal(t, "Billing split is off track; projected finish 2026-04-10.", plan.Entries[0].What[0])
}

func TestMilestoneLineSaysOneDay(t *testing.T) {
	ms := project.MilestoneForecast{Name: "Demo", Target: day(2026, 4, 10), Projected: day(2026, 4, 11), SlipDays: 1, Status: project.OffTrack}
	assert.Equal(t, "Demo: off track, projected 2026-04-11 against 2026-04-10 (1 day late).", milestoneLine(ms))
}
