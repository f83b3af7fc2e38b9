package growth

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode"

	"github.com/leadkit/leadkit"
)

// Skill is one area a tech lead is rated in, such as "giving_feedback".
type Skill struct {
	// ID identifies the skill in ratings, such as "giving_feedback". Ratings
	// may also name a skill by its Name, in any letter case and with spaces,
	// hyphens or underscores between words.
	ID string `json:"id"`
	// Name is the skill as people read it: "Giving feedback".
	Name string `json:"name,omitempty"`
	// Area groups related skills: the default catalog uses AreaTechnical,
	// AreaPeople and AreaBusiness.
	Area string `json:"area,omitempty"`
	// Description says what the skill covers, as a prompt for raters.
	Description string `json:"description,omitempty"`
}

// The areas of the default catalog, after the tech lead's three core
// responsibilities in the spec: lead technical topics across the delivery
// lifecycle, build the team through soft skills, bridge tech and business.
const (
	AreaTechnical = "technical"
	AreaPeople    = "people"
	AreaBusiness  = "business"
)

// Catalog is the set of skills that assessments rate. Build one with
// [NewCatalog] or extend the default with [Catalog.With]; a nil *Catalog
// stands for [DefaultCatalog]. A Catalog is immutable and safe for
// concurrent use.
type Catalog struct {
	skills []Skill
	// index maps each ID as written and the key (see skillKey) of each ID
	// and Name to the skill's position, so that lookups of well-formed IDs
	// never allocate.
	index map[string]int
}

var defaultCatalog = mustCatalog(
	Skill{ID: "planning", Name: "Planning", Area: AreaTechnical, Description: "Prioritising competing work, estimating, milestones, roadmap and capacity."},
	Skill{ID: "analysis", Name: "Analysis", Area: AreaTechnical, Description: "Turning needs into requirements, including accessibility, performance, security and build-versus-buy."},
	Skill{ID: "design", Name: "Design", Area: AreaTechnical, Description: "Choosing an architecture and weighing its trade-offs."},
	Skill{ID: "implementation", Name: "Implementation", Area: AreaTechnical, Description: "Enough hands-on skill in the team's languages to code alongside it and follow changes."},
	Skill{ID: "testing", Name: "Testing", Area: AreaTechnical, Description: "A testing strategy from unit to end-to-end, and contract tests for integrations."},
	Skill{ID: "deployment", Name: "Deployment", Area: AreaTechnical, Description: "The delivery pipeline, infrastructure and continuous delivery."},
	Skill{ID: "maintenance", Name: "Maintenance", Area: AreaTechnical, Description: "Observability: monitoring, troubleshooting and debugging what runs."},
	Skill{ID: "listening", Name: "Listening", Area: AreaPeople, Description: "Hearing what people mean before answering."},
	Skill{ID: "building_relationships", Name: "Building relationships", Area: AreaPeople, Description: "Trust with each team member and partner."},
	Skill{ID: "giving_feedback", Name: "Giving feedback", Area: AreaPeople, Description: "Specific, timely feedback, positive and constructive."},
	Skill{ID: "delegating", Name: "Delegating", Area: AreaPeople, Description: "Handing over work and decisions, and growing people through it."},
	Skill{ID: "facilitating", Name: "Facilitating", Area: AreaPeople, Description: "Running discussions so that everyone contributes to decisions."},
	Skill{ID: "resolving_conflicts", Name: "Resolving conflicts", Area: AreaPeople, Description: "Finding and settling the people problem behind a technical argument."},
	Skill{ID: "mentoring_coaching", Name: "Mentoring and coaching", Area: AreaPeople, Description: "Helping people grow by guiding and by asking."},
	Skill{ID: "stakeholder_relationships", Name: "Stakeholder relationships", Area: AreaBusiness, Description: "Regular contact with product, clients and partner teams."},
	Skill{ID: "visibility", Name: "Making successes visible", Area: AreaBusiness, Description: "Showing what the team delivers and why it matters."},
	Skill{ID: "raising_risks", Name: "Raising risks early", Area: AreaBusiness, Description: "Surfacing blockers, risks and delivery impact before they land."},
	Skill{ID: "translating", Name: "Translating for the business", Area: AreaBusiness, Description: "Explaining tech debt, refactoring and scaling limits in business terms."},
	Skill{ID: "shielding", Name: "Shielding the team", Area: AreaBusiness, Description: "Filtering disruptive outside pressure and carrying back clear guidance."},
)

func mustCatalog(skills ...Skill) *Catalog {
	c, err := NewCatalog(skills...)
	if err != nil {
		panic(err) // the default catalog is a constant; a test covers it
	}
	return c
}

// DefaultCatalog returns the tech-lead skills of the spec: the seven stages
// of the delivery lifecycle (AreaTechnical), the seven soft skills
// (AreaPeople) and the parts of bridging tech and business (AreaBusiness).
func DefaultCatalog() *Catalog { return defaultCatalog }

// NewCatalog returns a catalog of skills in the given order. It fails with
// a [*leadkit.ValidationError] when a skill has no ID or when two skills
// share an ID or a name (compared as lookups compare them).
func NewCatalog(skills ...Skill) (*Catalog, error) {
	c := &Catalog{skills: make([]Skill, 0, len(skills)), index: make(map[string]int, 2*len(skills))}
	var fs leadkit.Findings
	for i, s := range skills {
		field := fmt.Sprintf("skills[%d]", i)
		if skillKey(s.ID) == "" {
			fs = append(fs, leadkit.Finding{Code: "growth.catalog.id_missing", Field: field + ".id", Severity: leadkit.Error,
				Message: fmt.Sprintf("Skill %d (%q) has no ID.", i+1, s.Name), Hint: "Give every skill a short ID such as \"giving_feedback\"."})
			continue
		}
		clash := ""
		for _, k := range []string{s.ID, skillKey(s.ID), skillKey(s.Name)} {
			if j, dup := c.index[k]; dup && clash == "" {
				clash = c.skills[j].ID
			}
		}
		pos := len(c.skills)
		if clash != "" {
			fs = append(fs, leadkit.Finding{Code: "growth.catalog.duplicate", Field: field, Severity: leadkit.Error,
				Message: fmt.Sprintf("Skill %q clashes with skill %q: they share an ID or a name.", s.ID, clash), Hint: "Give each skill its own ID and name."})
			continue
		}
		c.skills = append(c.skills, s)
		c.index[s.ID] = pos
		c.index[skillKey(s.ID)] = pos
		if k := skillKey(s.Name); k != "" {
			c.index[k] = pos
		}
	}
	if err := fs.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// With returns a new catalog with c's skills followed by skills; c is
// unchanged. It fails as [NewCatalog] does.
func (c *Catalog) With(skills ...Skill) (*Catalog, error) {
	c = c.orDefault()
	return NewCatalog(append(c.Skills(), skills...)...)
}

func (c *Catalog) orDefault() *Catalog {
	if c == nil {
		return defaultCatalog
	}
	return c
}

// Len returns the number of skills.
func (c *Catalog) Len() int { return len(c.orDefault().skills) }

// Skills returns a copy of the skills in catalog order.
func (c *Catalog) Skills() []Skill {
	c = c.orDefault()
	return append([]Skill(nil), c.skills...)
}

// Lookup finds a skill by its ID or its name. IDs as written match at once;
// otherwise letter case is ignored and runs of spaces, hyphens and
// underscores count as one separator, so "Giving feedback",
// "giving-feedback" and "GIVING_FEEDBACK" all find "giving_feedback".
func (c *Catalog) Lookup(name string) (Skill, bool) {
	i, ok := c.position(name)
	if !ok {
		return Skill{}, false
	}
	return c.orDefault().skills[i], true
}

func (c *Catalog) position(name string) (int, bool) {
	c = c.orDefault()
	if i, ok := c.index[name]; ok {
		return i, true
	}
	k := skillKey(name)
	if k == "" {
		return 0, false
	}
	i, ok := c.index[k]
	return i, ok
}

// MarshalJSON writes the catalog as an array of skills.
func (c *Catalog) MarshalJSON() ([]byte, error) { return json.Marshal(c.orDefault().skills) }

// UnmarshalJSON reads an array of skills and checks it as [NewCatalog]
// does.
func (c *Catalog) UnmarshalJSON(data []byte) error {
	var skills []Skill
	if err := json.Unmarshal(data, &skills); err != nil {
		return err
	}
	built, err := NewCatalog(skills...)
	if err != nil {
		return err
	}
	*c = *built
	return nil
}

// skillKey folds a skill's ID or name for lookups: lower case, with each run
// of spaces, hyphens and underscores turned into one underscore, and none at
// either end.
func skillKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	sep := false
	for _, r := range s {
		if r == '_' || r == '-' || unicode.IsSpace(r) {
			sep = b.Len() > 0
			continue
		}
		if sep {
			b.WriteByte('_')
			sep = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
