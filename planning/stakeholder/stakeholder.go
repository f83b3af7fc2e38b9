package stakeholder

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/leadkit/leadkit"
)

// Person is one entry of the stakeholders map: the lightweight, private
// record the spec asks a lead to keep for everyone who can affect the team.
type Person struct {
	// Name identifies the person in the map.
	Name string `json:"name"`
	// Role is their job or position ("product manager", "staff engineer").
	Role string `json:"role,omitempty"`
	// Informal marks influence without a title: the long-tenured engineer,
	// the builder of a core part, the well-connected peer.
	Informal bool `json:"informal,omitempty"`
	// Influence is how much they can affect the team's work.
	Influence Influence `json:"influence,omitempty"`
	// Commitment is where they stand on it.
	Commitment Commitment `json:"commitment,omitempty"`
	// Style is their DISC communication style.
	Style Style `json:"style,omitempty"`
	// Channel is how they prefer to hear from the team.
	Channel Channel `json:"channel,omitempty"`
	// Cares lists what they care about: goals, pressures, pains.
	Cares []string `json:"cares,omitempty"`
	// Owner is who on the team tends the relationship.
	Owner string `json:"owner,omitempty"`
	// CadenceDays is how often, in days, they should hear from the team;
	// 0 means no cadence agreed.
	CadenceDays int `json:"cadence_days,omitempty"`
	// LastContact is when the relationship was last tended.
	LastContact time.Time `json:"last_contact,omitzero"`
}

// Key reports whether the person is a key stakeholder: one with high
// influence.
func (p Person) Key() bool { return p.Influence == HighInfluence }

// Category places the person on the stakeholders map. It reports false for
// a neutral person, or one whose influence or commitment is unset: the
// caller decides (a neutral person with high influence is still key).
func (p Person) Category() (Category, bool) {
	switch {
	case p.Influence == HighInfluence && p.Commitment == Detractor:
		return HighInfluenceDetractor, true
	case p.Influence == HighInfluence && p.Commitment == Supporter:
		return HighInfluenceSupporter, true
	case p.Influence == LowInfluence && p.Commitment == Detractor:
		return LowInfluenceDetractor, true
	case p.Influence == LowInfluence && p.Commitment == Supporter:
		return LowInfluenceSupporter, true
	}
	return 0, false
}

// engagement is the person's strategy; a person without a category is
// treated by influence alone: high as a champion to keep engaged, else kept
// in the loop.
func (p Person) engagement() Engagement {
	if c, ok := p.Category(); ok {
		return c.Engagement()
	}
	if p.Key() {
		return KeepEngaged
	}
	return KeepInLoop
}

// Message is a planned communication to one person.
type Message struct {
	// To is the Name of the person in the map.
	To string `json:"to"`
	// Topic says what it is about.
	Topic string `json:"topic,omitempty"`
	// Date is when it is planned.
	Date time.Time `json:"date,omitzero"`
	// Form is its channel, length, level of detail and order.
	Form
}

// Map is a stakeholders map: the people and the messages planned for them.
type Map struct {
	// People are the stakeholders.
	People []Person `json:"people"`
	// Planned are the messages planned for them.
	Planned []Message `json:"planned,omitempty"`
	// LeadStyle is the map owner's own DISC style, if known, to warn about
	// key people with the opposite style.
	LeadStyle Style `json:"lead_style,omitempty"`
	// DetractorStaleDays is how long a high-influence detractor may go
	// without contact; zero means 14, the spec's worked example turning a
	// detractor round in two weeks of regular updates.
	DetractorStaleDays int `json:"detractor_stale_days,omitempty"`
}

// The codes of the map's findings.
const (
	codeNameMissing       = "stakeholder.name.missing"
	codeNameDuplicate     = "stakeholder.name.duplicate"
	codeOwnerMissing      = "stakeholder.owner.missing"
	codeCadenceMissing    = "stakeholder.cadence.missing"
	codeCadenceInvalid    = "stakeholder.cadence.invalid"
	codeUpdateOverdue     = "stakeholder.update.overdue"
	codeDetractorStale    = "stakeholder.detractor.stale"
	codeUnplaced          = "stakeholder.category.unknown"
	codeCaresMissing      = "stakeholder.cares.missing"
	codeStyleFriction     = "stakeholder.style.friction"
	codePMMissing         = "stakeholder.pm.missing"
	codeInformalMissing   = "stakeholder.informal.missing"
	codeSupportersOnly    = "stakeholder.supporters.only"
	codeRecipientUnknown  = "stakeholder.message.recipient.unknown"
	codeMessageChannel    = "stakeholder.message.channel"
	codeMessageLength     = "stakeholder.message.length"
	codeMessageDetail     = "stakeholder.message.detail"
	codeMessageOrder      = "stakeholder.message.order"
	defaultDetractorStale = 14
)

// productRole matches the roles of the person who owns the "what".
var productRole = regexp.MustCompile(`(?i)\b(product (manager|owner|lead|director)|pm|po|head of product)\b`)

// Check reviews the map as of now. For each person: a missing or repeated
// name; a key (high-influence) person with no owner or no cadence; an update
// overdue against the cadence (or never made); a high-influence detractor
// not contacted within DetractorStaleDays; an influence or commitment not
// set; nothing recorded about what they care about; a key person whose style
// clashes with the lead's. For the map: no product manager, no informal
// stakeholder, only supporters. For each planned message: an unknown
// recipient, and a channel, length, level of detail or order that does not
// suit the recipient's preferred channel or DISC style.
func (m Map) Check(now time.Time) leadkit.Findings {
	var fs leadkit.Findings
	add := func(code, field string, sev leadkit.Severity, hint, format string, args ...any) {
		fs = append(fs, leadkit.Finding{Code: code, Field: field, Severity: sev, Message: fmt.Sprintf(format, args...), Hint: hint})
	}
	staleDays := m.DetractorStaleDays
	if staleDays <= 0 {
		staleDays = defaultDetractorStale
	}
	byName := make(map[string]int, len(m.People))
	var hasPM, hasInformal bool
	supporters, committed := 0, 0
	for i, p := range m.People {
		field := "people[" + strconv.Itoa(i) + "]"
		name := strings.TrimSpace(p.Name)
		if name == "" {
			add(codeNameMissing, field+".name", leadkit.Error, "Name every stakeholder.", "Stakeholder %d has no name.", i)
		} else if first, dup := byName[foldName(name)]; dup {
			add(codeNameDuplicate, field+".name", leadkit.Warning, "Keep one record per person, or tell the two apart.",
				"%q appears twice in the map (entries %d and %d).", p.Name, first, i)
		} else {
			byName[foldName(name)] = i
		}
		who := strconv.Quote(orText(name, "stakeholder "+strconv.Itoa(i)))
		hasPM = hasPM || productRole.MatchString(p.Role)
		hasInformal = hasInformal || p.Informal
		if p.Commitment != 0 {
			committed++
			if p.Commitment == Supporter {
				supporters++
			}
		}
		if p.Key() && strings.TrimSpace(p.Owner) == "" {
			add(codeOwnerMissing, field+".owner", leadkit.Warning, "Name who on the team tends this relationship.",
				"%s has high influence but nobody owns the relationship.", who)
		}
		switch {
		case p.CadenceDays < 0:
			add(codeCadenceInvalid, field+".cadence_days", leadkit.Error, "Give the cadence as a number of days, or 0 for none.",
				"%s has cadence %d days.", who, p.CadenceDays)
		case p.CadenceDays == 0 && p.Key():
			add(codeCadenceMissing, field+".cadence_days", leadkit.Warning, "Agree how often they hear from the team, such as every 14 days.",
				"%s has high influence but no agreed cadence of updates.", who)
		}
		overdue := false
		if p.CadenceDays > 0 {
			switch {
			case p.LastContact.IsZero():
				overdue = true
				add(codeUpdateOverdue, field+".last_contact", leadkit.Warning, "Reach out now; make it a habit, not a reaction to problems.",
					"%s should hear from the team every %d days but has never been contacted.", who, p.CadenceDays)
			case daysSince(p.LastContact, now) > p.CadenceDays:
				overdue = true
				add(codeUpdateOverdue, field+".last_contact", leadkit.Warning, "Reach out now; make it a habit, not a reaction to problems.",
					"%s should hear from the team every %d days; the last contact was %d days ago, on %s.",
					who, p.CadenceDays, daysSince(p.LastContact, now), dateText(p.LastContact))
			}
		}
		if !overdue && p.Influence == HighInfluence && p.Commitment == Detractor &&
			(p.LastContact.IsZero() || daysSince(p.LastContact, now) > staleDays) {
			add(codeDetractorStale, field+".last_contact", leadkit.Warning,
				"Listen to their concerns, reflect them back, offer a low-risk path, and keep them updated.",
				"%s is a high-influence detractor with no contact in the last %d days.", who, staleDays)
		}
		if p.Influence == 0 || p.Commitment == 0 {
			add(codeUnplaced, field, leadkit.Info, "Set influence (low or high) and commitment (supporter, neutral or detractor).",
				"%s cannot be placed on the map: influence %s, commitment %s.", who, orUnset(p.Influence), orUnset(p.Commitment))
		}
		if !anyText(p.Cares) {
			add(codeCaresMissing, field+".cares", leadkit.Info, "Ask them, or someone close to them, what pressures and goals they have.",
				"Nothing is recorded about what %s cares about.", who)
		}
		if p.Key() && Friction(m.LeadStyle, p.Style) {
			add(codeStyleFriction, field+".style", leadkit.Info, "Adapt to their style: "+fits[p.Style].advice+".",
				"%s's %s style is the opposite of the lead's %s style, which clashes most.", who, p.Style, m.LeadStyle)
		}
	}
	if len(m.People) > 0 {
		if !hasPM {
			add(codePMMissing, "people", leadkit.Info, "Start with the product manager: they own the what, the lead owns the how.",
				"The map has no product manager or product owner.")
		}
		if !hasInformal {
			add(codeInformalMissing, "people", leadkit.Info, "Add people others defer to: long-tenured engineers, builders of core parts, well-connected peers.",
				"The map lists only people with formal roles.")
		}
		if committed >= 2 && supporters == committed {
			add(codeSupportersOnly, "people", leadkit.Info, "Ask who might block the work, intentionally or not, unless engaged early.",
				"Everyone on the map is a supporter, which suggests a blind spot.")
		}
	}
	for i, msg := range m.Planned {
		field := "planned[" + strconv.Itoa(i) + "]"
		j, ok := byName[foldName(strings.TrimSpace(msg.To))]
		if !ok {
			add(codeRecipientUnknown, field+".to", leadkit.Error, "Address the message to a person on the map.",
				"Message %d is for %q, who is not on the map.", i, msg.To)
			continue
		}
		fs = append(fs, checkMessage(m.People[j], msg, field)...)
	}
	return fs
}

// checkMessage reports the attributes of msg that do not suit p.
func checkMessage(p Person, msg Message, field string) leadkit.Findings {
	var fs leadkit.Findings
	what := "The message"
	if msg.Topic != "" {
		what = "The message " + strconv.Quote(msg.Topic)
	}
	who := strconv.Quote(p.Name)
	suggest := Suited(p)
	add := func(code, attr string, got, want fmt.Stringer, why string) {
		fs = append(fs, leadkit.Finding{Code: code, Field: field + "." + attr, Severity: leadkit.Warning,
			Message: fmt.Sprintf("%s to %s is %s, but %s.", what, who, phrase(got), why),
			Hint:    fmt.Sprintf("Make it %s instead.", phrase(want))})
	}
	f, styled := fits[p.Style]
	style := fmt.Sprintf("%s's style is %s: %s", who, p.Style, f.advice)
	switch {
	case msg.Channel == 0:
	case p.Channel != 0 && msg.Channel != p.Channel:
		add(codeMessageChannel, "channel", msg.Channel, p.Channel, fmt.Sprintf("%s prefers %s", who, p.Channel))
	case p.Channel == 0 && styled && !suits(msg.Channel, f.channels):
		add(codeMessageChannel, "channel", msg.Channel, suggest.Channel, style)
	}
	if styled && !suits(msg.Length, f.lengths) {
		add(codeMessageLength, "length", msg.Length, suggest.Length, style)
	}
	if styled && !suits(msg.Detail, f.details) {
		add(codeMessageDetail, "detail", msg.Detail, suggest.Detail, style)
	}
	if styled && !suits(msg.Order, f.orders) {
		add(codeMessageOrder, "order", msg.Order, suggest.Order, style)
	}
	return fs
}

// phrase writes an attribute's value as the message's complement: "a chat",
// "an email", "long", "context-first".
func phrase(v fmt.Stringer) string {
	switch v {
	case Email:
		return "an email"
	case OneOnOne, Meeting, Call, Chat, Document, Demo:
		return "a " + v.String()
	}
	return v.String()
}

func foldName(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func anyText(ss []string) bool {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return true
		}
	}
	return false
}

func orText(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// orUnset writes an enum value, or "unset" for its zero value.
func orUnset[T interface {
	~uint8
	String() string
}](v T) string {
	if v == 0 {
		return "unset"
	}
	return v.String()
}

// daysSince returns the calendar days from t's date to now's date.
func daysSince(t, now time.Time) int {
	y, m, d := t.Date()
	ny, nm, nd := now.Date()
	return int(time.Date(ny, nm, nd, 0, 0, 0, 0, time.UTC).Sub(time.Date(y, m, d, 0, 0, 0, 0, time.UTC)).Hours() / 24)
}

func dateText(t time.Time) string { return t.Format(time.DateOnly) }
