package growth_test

import (
	"fmt"
	"testing"

	"github.com/leadkit/leadkit/growth"
)

// benchCatalog returns a catalog of n skills named skill000, skill001, ….
func benchCatalog(b *testing.B, n int) (*growth.Catalog, []string) {
	b.Helper()
	skills := make([]growth.Skill, n)
	ids := make([]string, n)
	for i := range skills {
		ids[i] = fmt.Sprintf("skill%03d", i)
		skills[i] = growth.Skill{ID: ids[i], Name: fmt.Sprintf("Skill %d", i)}
	}
	cat, err := growth.NewCatalog(skills...)
	if err != nil {
		b.Fatal(err)
	}
	return cat, ids
}

// BenchmarkCompare compares a self-assessment of 200 skills with 50 other
// raters who each rate every skill (target: under 1 ms).
func BenchmarkCompare(b *testing.B) {
	const skills, raters = 200, 50
	cat, ids := benchCatalog(b, skills)
	self := growth.Assessment{Rater: "Sam"}
	for i, id := range ids {
		self.Ratings = append(self.Ratings, growth.Rating{Skill: id, Score: 1 + i%10})
	}
	others := make([]growth.Assessment, raters)
	for r := range others {
		others[r] = growth.Assessment{Rater: fmt.Sprintf("rater%02d", r), Subject: "Sam"}
		for i, id := range ids {
			others[r].Ratings = append(others[r].Ratings, growth.Rating{Skill: id, Score: 1 + (i*7+r*3)%10})
		}
	}
	opts := growth.Options{Catalog: cat, KeySkills: ids[:10]}
	b.ReportAllocs()
	for b.Loop() {
		r := growth.Compare(self, others, opts)
		if len(r.Rows) != skills {
			b.Fatal(len(r.Rows))
		}
	}
}

// BenchmarkLearningNeeds reads a skills matrix of 1,000 people who each
// rate 200 skills and want to grow in two (target: under 50 ms).
func BenchmarkLearningNeeds(b *testing.B) {
	const people, skills = 1000, 200
	_, ids := benchCatalog(b, skills)
	m := growth.Matrix{People: make([]growth.Member, people)}
	for p := range m.People {
		mem := growth.Member{Name: fmt.Sprintf("person%04d", p), Ratings: make([]growth.Rating, skills)}
		for s, id := range ids {
			mem.Ratings[s] = growth.Rating{Skill: id, Score: 1 + (p*31+s*17)%10}
		}
		mem.Wants = []string{ids[(p*7)%skills], ids[(p*13+5)%skills]}
		m.People[p] = mem
	}
	needed := ids[:20]
	b.ReportAllocs()
	for b.Loop() {
		n := growth.LearningNeeds(m, needed, growth.TeamOptions{})
		if len(n.Pairings) == 0 {
			b.Fatal("no pairings")
		}
	}
}
