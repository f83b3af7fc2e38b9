package growth

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/leadkit/leadkit"
)

// Matrix is a team's skills matrix: each member's 1–10 ratings of the
// skills the team uses, and the skills each wants to grow in. Skills are
// free text ("Kubernetes", "payments domain"); spellings that differ only
// in letter case or in spaces, hyphens and underscores are one skill.
type Matrix struct {
	People []Member `json:"people"`
}

// Member is one person in a skills matrix.
type Member struct {
	Name    string   `json:"name"`
	Ratings []Rating `json:"ratings,omitempty"`
	// Wants lists the skills the person wants to grow in.
	Wants []string `json:"wants,omitempty"`
}

// TeamOptions tunes [LearningNeeds]. The zero value means the defaults
// listed with each field; the spec gives no numbers, so these are ours.
type TeamOptions struct {
	// Working is the score from which a person can do the work without
	// help. Zero means 7.
	Working int `json:"working,omitempty"`
	// Strong is the score from which a person can mentor others; it is at
	// least Working. Zero means 8.
	Strong int `json:"strong,omitempty"`
	// MaxMentees is how many learners one mentor takes at most, across all
	// skills. Zero means 2.
	MaxMentees int `json:"max_mentees,omitempty"`
}

// The defaults of the zero TeamOptions.
const (
	DefaultWorking    = 7
	DefaultStrong     = 8
	DefaultMaxMentees = 2
)

// Needs is the result of [LearningNeeds].
type Needs struct {
	// SinglePoints are the skills only one person has at a working level,
	// in the order the skills first appear.
	SinglePoints []SinglePoint `json:"single_points,omitempty"`
	// Missing are the needed skills nobody has at a working level, in the
	// order they were asked for.
	Missing []MissingSkill `json:"missing,omitempty"`
	// Pairings match people who want to grow in a skill with strong people
	// in it: first for single points of knowledge, then for needed skills,
	// then the rest.
	Pairings []Pairing `json:"pairings,omitempty"`
	// Findings reports problems in the matrix and the risks above.
	Findings leadkit.Findings `json:"findings,omitempty"`
}

// SinglePoint is a skill that depends on one person.
type SinglePoint struct {
	Skill  string `json:"skill"`
	Person string `json:"person"`
	Score  int    `json:"score"`
	// Needed is set when the coming work needs the skill.
	Needed bool `json:"needed,omitempty"`
}

// MissingSkill is a skill the coming work needs that nobody has at a
// working level.
type MissingSkill struct {
	Skill string `json:"skill"`
	// Best is the highest score anyone has in it (0 when nobody rated it),
	// and BestPerson the first person with that score.
	Best       int    `json:"best,omitempty"`
	BestPerson string `json:"best_person,omitempty"`
}

// Pairing pairs a strong person with one who wants to grow.
type Pairing struct {
	Skill        string `json:"skill"`
	Mentor       string `json:"mentor"`
	MentorScore  int    `json:"mentor_score"`
	Learner      string `json:"learner"`
	LearnerScore int    `json:"learner_score,omitempty"`
}

// LearningNeeds reads a team's skills matrix against the skills the coming
// work needs: single points of knowledge (a skill only one person has at a
// working level), needed skills nobody has, and pairings for upskilling (a
// strong person with one who wants to grow). Each mentor takes at most
// TeamOptions.MaxMentees learners; the strongest available mentor is
// chosen. Problems in the matrix become findings, and the rest is used.
func LearningNeeds(m Matrix, needed []string, opts TeamOptions) Needs {
	var n Needs
	working, strong, most := opts.Working, opts.Strong, opts.MaxMentees
	invalid := func(field string, v int, want string) { invalidOption(&n.Findings, field, v, want) }
	if working < 0 || working > MaxScore {
		invalid("working", working, "from 1 to 10")
		working = 0
	}
	if strong < 0 || strong > MaxScore {
		invalid("strong", strong, "from 1 to 10")
		strong = 0
	}
	if most < 0 {
		invalid("max_mentees", most, "positive")
		most = 0
	}
	working = cmp.Or(working, DefaultWorking)
	strong = max(cmp.Or(strong, DefaultStrong), working)
	most = cmp.Or(most, DefaultMaxMentees)

	// Resolve every rating to a skill number, in input order; -1 in pos
	// marks a rating to leave out.
	var sk skillSet
	people := len(m.People)
	total := 0
	for _, p := range m.People {
		total += len(p.Ratings)
	}
	flat := make([]int32, total)
	pos := make([][]int32, people)
	skip := make([]bool, people)
	seenName := make(map[string]int, people)
	var stamp []int32 // per skill, the person (index + 1) who last rated it
	// People usually list skills in the same order: comparing a name with
	// the previous person's at the same place is cheaper than a map lookup.
	var prev []Rating
	var prevIDs, cur []int32
	for i, p := range m.People {
		field := func() string { return fmt.Sprintf("people[%d]", i) }
		key := personKey(p.Name)
		if key == "" {
			addFinding(&n.Findings, "growth.team.member.unnamed", field()+".name", leadkit.Warning, fmt.Sprintf("Person %d has no name and is left out.", i+1),
				"Name every person in the matrix.")
			skip[i] = true
			continue
		}
		if j, dup := seenName[key]; dup {
			addFinding(&n.Findings, "growth.team.member.duplicate", field()+".name", leadkit.Warning,
				fmt.Sprintf("%q appears twice in the matrix (people %d and %d); the first counts.", p.Name, j+1, i+1),
				"Keep one row per person.")
			skip[i] = true
			continue
		}
		seenName[key] = i
		pos[i], flat = flat[:len(p.Ratings):len(p.Ratings)], flat[len(p.Ratings):]
		cur = cur[:0]
		for j, rt := range p.Ratings {
			var s int
			if j < len(prev) && prev[j].Skill == rt.Skill {
				s = int(prevIDs[j])
			} else {
				s = sk.id(rt.Skill)
			}
			cur = append(cur, int32(s))
			pos[i][j] = int32(s)
			if s >= len(stamp) {
				stamp = append(stamp, make([]int32, s+1-len(stamp))...)
			}
			switch {
			case s < 0:
				addFinding(&n.Findings, "growth.team.skill.blank", fmt.Sprintf("%s.ratings[%d].skill", field(), j), leadkit.Warning,
					fmt.Sprintf("%q has a rating without a skill.", p.Name), "Name the skill of every rating.")
			case rt.Score < MinScore || rt.Score > MaxScore:
				addFinding(&n.Findings, "growth.rating.out_of_range", fmt.Sprintf("%s.ratings[%d].score", field(), j), leadkit.Error,
					fmt.Sprintf("%q's score %d for %q is outside the 1–10 scale.", p.Name, rt.Score, rt.Skill),
					"Rate every skill with a whole number from 1 (just starting out) to 10 (strong).")
				pos[i][j] = -1
			case stamp[s] == int32(i+1):
				addFinding(&n.Findings, "growth.rating.duplicate", fmt.Sprintf("%s.ratings[%d].skill", field(), j), leadkit.Warning,
					fmt.Sprintf("%q rated %q more than once; the first rating counts.", p.Name, rt.Skill), "Give one rating per skill.")
				pos[i][j] = -1
			default:
				stamp[s] = int32(i + 1)
			}
		}
		prev, prevIDs, cur = p.Ratings, cur, prevIDs
	}
	neededIDs := make([]int, len(needed))
	for i, name := range needed {
		neededIDs[i] = sk.id(name)
	}

	// Dense scores: people × skills, 0 for not rated.
	width := len(sk.names)
	score := make([]int8, people*width)
	holders := make([]int32, width) // people at a working level
	holder := make([]int32, width)  // the last of them
	best := make([]int8, width)
	bestPerson := make([]int32, width)
	mentors := make([][]int32, width) // people strong in each skill, in input order
	for i, p := range m.People {
		for j, s := range pos[i] {
			if s < 0 {
				continue
			}
			v := int8(p.Ratings[j].Score)
			score[i*width+int(s)] = v
			if int(v) >= working {
				holders[s]++
				holder[s] = int32(i)
			}
			if int(v) >= strong {
				mentors[s] = append(mentors[s], int32(i))
			}
			if v > best[s] {
				best[s], bestPerson[s] = v, int32(i)
			}
		}
	}
	isNeeded := make([]bool, width)
	for _, s := range neededIDs {
		if s >= 0 {
			isNeeded[s] = true
		}
	}

	for s := range width {
		if holders[s] != 1 {
			continue
		}
		who := m.People[holder[s]].Name
		n.SinglePoints = append(n.SinglePoints, SinglePoint{Skill: sk.names[s], Person: who, Score: int(score[int(holder[s])*width+s]), Needed: isNeeded[s]})
		addFinding(&n.Findings, "growth.team.single_point", "people", leadkit.Warning,
			fmt.Sprintf("Only %q has %q at a working level.", who, sk.names[s]),
			"Spread the knowledge: pair someone with them, or have them run a knowledge-sharing session.")
	}
	for i, s := range neededIDs {
		if s < 0 {
			addFinding(&n.Findings, "growth.team.skill.blank", fmt.Sprintf("needed[%d]", i), leadkit.Warning, "A needed skill is blank.", "Name each skill the coming work needs.")
			continue
		}
		if holders[s] > 0 || slices.Contains(neededIDs[:i], s) {
			continue
		}
		ms := MissingSkill{Skill: sk.names[s], Best: int(best[s])}
		if best[s] > 0 {
			ms.BestPerson = m.People[bestPerson[s]].Name
		}
		n.Missing = append(n.Missing, ms)
		addFinding(&n.Findings, "growth.team.skill_missing", fmt.Sprintf("needed[%d]", i), leadkit.Warning,
			fmt.Sprintf("The coming work needs %q and nobody has it at a working level.", sk.names[s]),
			"Plan the learning before the work starts: dedicated time, pairing with another team, or bringing in an expert.")
	}
	n.Pairings = pair(m, sk, score, width, holders, mentors, isNeeded, working, most, skip, &n.Findings)
	return n
}

// pair matches learners with mentors greedily: wants for single points of
// knowledge first, then for needed skills, then the rest, each group in
// input order; each learner gets the strongest mentor with room left.
func pair(m Matrix, sk skillSet, score []int8, width int, holders []int32, mentors [][]int32, isNeeded []bool, working, most int, skip []bool,
	fs *leadkit.Findings) []Pairing {
	type want struct{ person, skill, rank, field int }
	var wants []want
	for i, p := range m.People {
		if skip[i] {
			continue
		}
		for j, name := range p.Wants {
			if skillKey(name) == "" {
				addFinding(fs, "growth.team.skill.blank", fmt.Sprintf("people[%d].wants[%d]", i, j), leadkit.Warning,
					fmt.Sprintf("%q wants to grow in a skill with no name.", p.Name), "Name the skill they want to grow in.")
				continue
			}
			s, ok := sk.lookup(name)
			if ok && int(score[i*width+s]) >= working {
				continue // already there
			}
			rank := 2
			switch {
			case !ok:
				s = -1
			case holders[s] == 1:
				rank = 0
			case isNeeded[s]:
				rank = 1
			}
			wants = append(wants, want{i, s, rank, j})
		}
	}
	slices.SortStableFunc(wants, func(a, b want) int { return a.rank - b.rank })

	sorted := make([]bool, width) // whether mentors[s] is strongest first yet
	load := make([]int, len(m.People))
	var out []Pairing
	for _, w := range wants {
		learner := m.People[w.person]
		var options []int32
		if w.skill >= 0 {
			options = mentors[w.skill]
			if !sorted[w.skill] {
				slices.SortStableFunc(options, func(a, b int32) int {
					return int(score[int(b)*width+w.skill]) - int(score[int(a)*width+w.skill])
				})
				sorted[w.skill] = true
			}
		}
		chosen := -1
		for _, o := range options {
			i := int(o)
			if i != w.person && load[i] < most && (chosen < 0 || load[i] < load[chosen] && score[i*width+w.skill] == score[chosen*width+w.skill]) {
				chosen = i
			}
		}
		field := fmt.Sprintf("people[%d].wants[%d]", w.person, w.field)
		skillName := m.People[w.person].Wants[w.field]
		if w.skill >= 0 {
			skillName = sk.names[w.skill]
		}
		if chosen < 0 {
			addFinding(fs, "growth.team.no_mentor", field, leadkit.Info,
				fmt.Sprintf("%q wants to grow in %q, but nobody in the team is strong in it with room to mentor.", learner.Name, skillName),
				"Pair with another team that knows it, invite an expert, or use the learning budget for a course.")
			continue
		}
		load[chosen]++
		out = append(out, Pairing{Skill: skillName, Mentor: m.People[chosen].Name, MentorScore: int(score[chosen*width+w.skill]),
			Learner: learner.Name, LearnerScore: int(score[w.person*width+w.skill])})
	}
	return out
}

// skillSet numbers free-text skill names in the order they first appear.
type skillSet struct {
	names []string
	// index maps each spelling as written, and its key, to the number, so
	// that a name seen before is found without allocating.
	index map[string]int
}

// id returns the number of a skill, adding it when new; -1 for a blank
// name.
func (s *skillSet) id(name string) int {
	if i, ok := s.lookup(name); ok {
		return i
	}
	k := skillKey(name)
	if k == "" {
		return -1
	}
	if s.index == nil {
		s.index = make(map[string]int)
	}
	i := len(s.names)
	s.names = append(s.names, strings.TrimSpace(name))
	s.index[k] = i
	s.index[name] = i
	return i
}

func (s *skillSet) lookup(name string) (int, bool) {
	if i, ok := s.index[name]; ok {
		return i, true
	}
	i, ok := s.index[skillKey(name)]
	if ok {
		s.index[name] = i
	}
	return i, ok
}
