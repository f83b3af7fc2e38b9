package stakeholder

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/leadkit/leadkit/planning/project"
)

// Communication is one entry of a communication plan: who hears what, when,
// and in which form.
type Communication struct {
	// To is the person's name; Role repeats their role.
	To   string `json:"to"`
	Role string `json:"role,omitempty"`
	// Engagement is the strategy for them.
	Engagement Engagement `json:"engagement"`
	// When is the day to reach them.
	When time.Time `json:"when"`
	// Why says why that day.
	Why string `json:"why"`
	// What are the points to make, in order.
	What []string `json:"what"`
	// Form is the form that suits them (see [Suited]).
	Form Form `json:"form"`
}

// CommunicationPlan is who hears what about a project, when and how.
type CommunicationPlan struct {
	// Project names the project.
	Project string `json:"project"`
	// AsOf is the day the plan was made.
	AsOf time.Time `json:"as_of"`
	// Status is the project's overall status.
	Status project.Status `json:"status,omitempty"`
	// Entries are the communications, by day, key people first on a day.
	Entries []Communication `json:"entries"`
}

// DefaultCadenceDays are the update intervals used for a person with no
// agreed cadence, by engagement: weekly for detractors who can block the
// work, every two weeks for champions, monthly for the rest (the spec's
// suggested one-on-one cadence with managers is every two weeks or
// monthly).
var DefaultCadenceDays = map[Engagement]int{ManageClosely: 7, KeepEngaged: 14, Monitor: 30, KeepInLoop: 30}

// Communications derives a communication plan for a project from the map
// and the project's status summary, as of now. Everyone hears the headline;
// key people (high influence) hear every milestone and its reasons, and when
// the project is at risk or off track they hear it now, to make the risk
// visible early; others hear of milestones done or off track at their
// regular time. Each person gets the form that suits them, and a reminder of
// what they care about.
func (m Map) Communications(s project.Summary, now time.Time) CommunicationPlan {
	plan := CommunicationPlan{Project: s.Plan, AsOf: date(now), Status: s.Status, Entries: make([]Communication, 0, len(m.People))}
	badNews := s.Status == project.AtRisk || s.Status == project.OffTrack
	for _, p := range m.People {
		if strings.TrimSpace(p.Name) == "" {
			continue
		}
		e := p.engagement()
		c := Communication{To: p.Name, Role: p.Role, Engagement: e, Form: Suited(p)}
		c.When, c.Why = nextContact(p, e, now)
		if badNews && p.Key() {
			c.When = date(now)
			c.Why = fmt.Sprintf("The project is %s: key people hear it early, with a plan.", s.Status.Words())
		}
		c.What = whatToSay(p, e, c.Form, s)
		plan.Entries = append(plan.Entries, c)
	}
	slices.SortStableFunc(plan.Entries, func(a, b Communication) int {
		if c := a.When.Compare(b.When); c != 0 {
			return c
		}
		return cmp.Compare(a.Engagement, b.Engagement)
	})
	return plan
}

// nextContact returns when p is next due an update, and why.
func nextContact(p Person, e Engagement, now time.Time) (time.Time, string) {
	cadence, agreed := p.CadenceDays, "agreed"
	if cadence <= 0 {
		cadence, agreed = DefaultCadenceDays[e], "default for "+e.String()
	}
	if p.LastContact.IsZero() {
		return date(now), "Never contacted."
	}
	next := date(p.LastContact).AddDate(0, 0, cadence)
	if !next.After(date(now)) {
		return date(now), fmt.Sprintf("Update due: every %d days (%s), last on %s.", cadence, agreed, dateText(p.LastContact))
	}
	return next, fmt.Sprintf("Regular update: every %d days (%s).", cadence, agreed)
}

// whatToSay lists the points for p, most important first.
func whatToSay(p Person, e Engagement, f Form, s project.Summary) []string {
	headline := fmt.Sprintf("%s is %s", orText(s.Plan, "The project"), s.Status.Words())
	if !s.Finish.IsZero() {
		headline += "; projected finish " + dateText(s.Finish)
	}
	what := []string{headline + "."}
	for _, ms := range s.Milestones {
		switch {
		case e == ManageClosely || e == KeepEngaged:
		case e == KeepInLoop && (ms.Status == project.OffTrack || ms.Status == project.Done):
		default:
			continue
		}
		what = append(what, milestoneLine(ms))
		if ms.Status == project.OnTrack || ms.Status == project.Done || e == KeepInLoop {
			continue
		}
		reasons := ms.Reasons
		if f.Detail != Detailed && len(reasons) > 1 {
			reasons = reasons[:1]
		}
		what = append(what, reasons...)
	}
	if e == ManageClosely || e == KeepEngaged {
		for _, h := range s.HelpNeeded {
			what = append(what, "Help needed: "+h)
		}
	}
	if anyText(p.Cares) {
		what = append(what, "Relate it to what they care about: "+strings.Join(p.Cares, "; ")+".")
	}
	return what
}

// milestoneLine is one milestone's status in a sentence.
func milestoneLine(ms project.MilestoneForecast) string {
	name := orText(ms.Name, ms.ID)
	switch {
	case ms.Status == project.Done:
		return fmt.Sprintf("%s: done on %s.", name, dateText(ms.Projected))
	case ms.Projected.IsZero():
		return fmt.Sprintf("%s: %s.", name, ms.Status.Words())
	case ms.Target.IsZero():
		return fmt.Sprintf("%s: projected %s.", name, dateText(ms.Projected))
	case ms.Status == project.OffTrack:
		late := "days"
		if ms.SlipDays == 1 {
			late = "day"
		}
		return fmt.Sprintf("%s: off track, projected %s against %s (%d %s late).", name, dateText(ms.Projected), dateText(ms.Target), ms.SlipDays, late)
	}
	return fmt.Sprintf("%s: %s, projected %s against %s.", name, ms.Status.Words(), dateText(ms.Projected), dateText(ms.Target))
}

// date returns t's calendar date as midnight UTC.
func date(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
