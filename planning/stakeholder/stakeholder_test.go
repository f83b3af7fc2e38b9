package stakeholder

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit/internal/findingtest"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

var now = day(2026, 4, 7)

// checkoutMap is a healthy map for the checkout project.
func checkoutMap() Map {
	return Map{People: []Person{
		{Name: "Priya", Role: "Product manager", Influence: HighInfluence, Commitment: Supporter, Style: Dominance,
			Cares: []string{"checkout conversion"}, Owner: "Dana", CadenceDays: 7, LastContact: day(2026, 4, 3)},
		{Name: "Marco", Role: "Head of payments", Influence: HighInfluence, Commitment: Detractor, Style: Conscientiousness,
			Channel: Document, Cares: []string{"fraud rate", "PCI audit"}, Owner: "Dana", CadenceDays: 7, LastContact: day(2026, 4, 6)},
		{Name: "Sam", Role: "Staff engineer", Informal: true, Influence: LowInfluence, Commitment: Supporter, Style: InfluenceStyle,
			Cares: []string{"clean payment abstractions"}, LastContact: day(2026, 3, 20)},
		{Name: "Lee", Role: "Customer support lead", Influence: LowInfluence, Commitment: Neutral, Style: Steadiness,
			Cares: []string{"fewer failed-payment tickets"}},
	}}
}

func TestPersonCategory(t *testing.T) {
	tests := []struct {
		p    Person
		want Category
		ok   bool
		eng  Engagement
	}{
		{Person{Influence: HighInfluence, Commitment: Detractor}, HighInfluenceDetractor, true, ManageClosely},
		{Person{Influence: HighInfluence, Commitment: Supporter}, HighInfluenceSupporter, true, KeepEngaged},
		{Person{Influence: LowInfluence, Commitment: Detractor}, LowInfluenceDetractor, true, Monitor},
		{Person{Influence: LowInfluence, Commitment: Supporter}, LowInfluenceSupporter, true, KeepInLoop},
		{Person{Influence: HighInfluence, Commitment: Neutral}, 0, false, KeepEngaged},
		{Person{Influence: LowInfluence, Commitment: Neutral}, 0, false, KeepInLoop},
		{Person{Commitment: Detractor}, 0, false, KeepInLoop},
	}
	for _, tc := range tests {
		c, ok := tc.p.Category()
		assert.Equal(t, tc.want, c)
		assert.Equal(t, tc.ok, ok)
		assert.Equal(t, tc.eng, tc.p.engagement())
	}
	assert.Equal(t, Engagement(0), Category(0).Engagement())
}

func TestCheckHealthyMap(t *testing.T) {
	assert.Empty(t, checkoutMap().Check(now))
}

func TestCheckPeople(t *testing.T) {
	tests := []struct {
		name   string
		change func(m *Map)
		want   []string
	}{
		{"key person without owner", func(m *Map) { m.People[0].Owner = "" }, []string{"warning stakeholder.owner.missing (people[0].owner)"}},
		{"key person without cadence", func(m *Map) { m.People[0].CadenceDays = 0 }, []string{"warning stakeholder.cadence.missing (people[0].cadence_days)"}},
		{"low-influence person needs neither", func(m *Map) { m.People[2].Owner, m.People[2].CadenceDays = "", 0 }, nil},
		{"negative cadence", func(m *Map) { m.People[2].CadenceDays = -7 }, []string{"error stakeholder.cadence.invalid (people[2].cadence_days)"}},
		{"update overdue", func(m *Map) { m.People[0].LastContact = day(2026, 3, 27) }, []string{"warning stakeholder.update.overdue (people[0].last_contact)"}},
		{"update due today is not overdue", func(m *Map) { m.People[0].LastContact = day(2026, 3, 31) }, nil},
		{"never contacted", func(m *Map) { m.People[0].LastContact = time.Time{} }, []string{"warning stakeholder.update.overdue (people[0].last_contact)"}},
		{"stale detractor without cadence", func(m *Map) {
			m.People[1].CadenceDays, m.People[1].LastContact = 30, day(2026, 3, 20)
		}, []string{"warning stakeholder.detractor.stale (people[1].last_contact)"}},
		{"overdue detractor is reported once", func(m *Map) { m.People[1].LastContact = day(2026, 3, 1) }, []string{"warning stakeholder.update.overdue (people[1].last_contact)"}},
		{"custom staleness", func(m *Map) {
			m.People[1].CadenceDays, m.People[1].LastContact, m.DetractorStaleDays = 30, day(2026, 3, 20), 30
		}, nil},
		{"no name", func(m *Map) { m.People[3].Name = " " }, []string{"error stakeholder.name.missing (people[3].name)"}},
		{"same name", func(m *Map) { m.People[3].Name = "priya " }, []string{"warning stakeholder.name.duplicate (people[3].name)"}},
		{"unplaced", func(m *Map) { m.People[3].Influence = 0 }, []string{"info stakeholder.category.unknown (people[3])"}},
		{"cares missing", func(m *Map) { m.People[3].Cares = []string{" "} }, []string{"info stakeholder.cares.missing (people[3].cares)"}},
		{"no PM", func(m *Map) { m.People[0].Role = "Engineering manager" }, []string{"info stakeholder.pm.missing (people)"}},
		{"PO counts as PM", func(m *Map) { m.People[0].Role = "Product Owner" }, nil},
		{"no informal stakeholder", func(m *Map) { m.People[2].Informal = false }, []string{"info stakeholder.informal.missing (people)"}},
		{"only supporters", func(m *Map) { m.People[1].Commitment, m.People[3].Commitment = Supporter, 0 }, []string{
			"info stakeholder.category.unknown (people[3])",
			"info stakeholder.supporters.only (people)",
		}},
		{"style friction with a key person", func(m *Map) { m.LeadStyle = Steadiness }, []string{"info stakeholder.style.friction (people[0].style)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := checkoutMap()
			tc.change(&m)
			fs := m.Check(now)
			if tc.want == nil {
				assert.Empty(t, fs)
				return
			}
			assert.Equal(t, tc.want, findingtest.Heads(t, fs))
		})
	}
}

func TestCheckMessages(t *testing.T) {
	tests := []struct {
		name string
		msg  Message
		want []string
		text string
	}{
		{"suits a D", Message{To: "Priya", Form: Form{Channel: OneOnOne, Length: Short, Detail: HighLevel, Order: ResultsFirst}}, nil, ""},
		{"long and context-first for a D", Message{To: "Priya", Topic: "Checkout slip", Form: Form{Length: Long, Order: ContextFirst}},
			[]string{"warning stakeholder.message.length (planned[0].length)", "warning stakeholder.message.order (planned[0].order)"},
			`The message "Checkout slip" to "Priya" is long, but "Priya"'s style is dominance: be direct and focus on solutions.`},
		{"not the preferred channel", Message{To: "marco", Form: Form{Channel: Chat, Detail: Detailed}},
			[]string{"warning stakeholder.message.channel (planned[0].channel)"},
			`The message to "Marco" is a chat, but "Marco" prefers document.`},
		{"high-level for a C", Message{To: "Marco", Form: Form{Channel: Document, Detail: HighLevel}},
			[]string{"warning stakeholder.message.detail (planned[0].detail)"}, ""},
		{"email to an I", Message{To: "Sam", Form: Form{Channel: Email, Length: Long}},
			[]string{"warning stakeholder.message.channel (planned[0].channel)", "warning stakeholder.message.length (planned[0].length)"},
			`The message to "Sam" is an email, but "Sam"'s style is influence: be enthusiastic, tell stories and let them ask questions.`},
		{"results-first for an S", Message{To: "Lee", Form: Form{Order: ResultsFirst}},
			[]string{"warning stakeholder.message.order (planned[0].order)"}, ""},
		{"unset attributes are not judged", Message{To: "Lee"}, nil, ""},
		{"unknown recipient", Message{To: "Zoë"}, []string{"error stakeholder.message.recipient.unknown (planned[0].to)"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := checkoutMap()
			m.Planned = []Message{tc.msg}
			fs := m.Check(now)
			if tc.want == nil {
				assert.Empty(t, fs)
				return
			}
			assert.Equal(t, tc.want, findingtest.Heads(t, fs))
			if tc.text != "" {
				assert.Equal(t, tc.text, fs[0].Message)
			}
		})
	}
}

func TestSuited(t *testing.T) {
	assert.Equal(t, Form{Channel: OneOnOne, Length: Short, Detail: HighLevel, Order: ResultsFirst}, Suited(Person{Style: Dominance}))
	assert.Equal(t, Form{Channel: Chat, Length: Medium, Detail: Detailed, Order: ContextFirst}, Suited(Person{Style: Conscientiousness, Channel: Chat}))
	assert.Equal(t, Form{Channel: Email, Length: Medium, Detail: HighLevel, Order: ResultsFirst}, Suited(Person{}))
	// What Suited suggests passes Check for every style.
	for _, st := range []Style{Dominance, InfluenceStyle, Steadiness, Conscientiousness} {
		p := Person{Name: "x", Style: st}
		assert.Empty(t, checkMessage(p, Message{To: "x", Form: Suited(p)}, "m"), st.String())
	}
}

func TestFriction(t *testing.T) {
	assert.True(t, Friction(Dominance, Steadiness))
	assert.True(t, Friction(Conscientiousness, InfluenceStyle))
	assert.False(t, Friction(Dominance, InfluenceStyle))
	assert.False(t, Friction(0, Steadiness))
}

func TestMapJSON(t *testing.T) {
	m := checkoutMap()
	m.Planned = []Message{{To: "Priya", Topic: "Slip", Date: day(2026, 4, 8), Form: Form{Channel: OneOnOne, Order: ResultsFirst}}}
	b, err := json.Marshal(m)
	require.NoError(t, err)
	assert.Contains(t, string(b), `{"to":"Priya","topic":"Slip","date":"2026-04-08T00:00:00Z","channel":"one-on-one","order":"results-first"}`)
	var back Map
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, m, back)
}

func TestEnumsText(t *testing.T) {
	type textEnum interface {
		MarshalText() ([]byte, error)
		String() string
	}
	all := []textEnum{LowInfluence, HighInfluence, Supporter, Neutral, Detractor, Dominance, InfluenceStyle, Steadiness,
		Conscientiousness, OneOnOne, Meeting, Call, Chat, Email, Document, Demo, Short, Medium, Long, HighLevel, Detailed,
		ResultsFirst, ContextFirst, HighInfluenceDetractor, HighInfluenceSupporter, LowInfluenceDetractor,
		LowInfluenceSupporter, ManageClosely, KeepEngaged, Monitor, KeepInLoop}
	for _, v := range all {
		b, err := v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, v.String(), string(b))
	}
	var s Style
	require.NoError(t, s.UnmarshalText([]byte("C")))
	assert.Equal(t, Conscientiousness, s)
	var c Channel
	require.NoError(t, c.UnmarshalText([]byte("1:1")))
	assert.Equal(t, OneOnOne, c)
	assert.Error(t, c.UnmarshalText([]byte("carrier pigeon")))
	_, err := Channel(0).MarshalText()
	assert.Error(t, err)
	var o Order
	require.NoError(t, o.UnmarshalText([]byte("context_first")))
	assert.Equal(t, ContextFirst, o)
}
