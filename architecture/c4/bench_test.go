package c4

import (
	"bytes"
	"io"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// generated is a large model built for scale tests, with every relationship
// as it was declared.
type generated struct {
	m        *Model
	declared []*Relationship
}

// generate builds a model with the given numbers of people and systems,
// containers per system and components per container, and rels random
// relationships between elements of every level (never between an element
// and its own ancestor). The names repeat across systems, as real models'
// do ("API", "Database"), which a short hash of the name would collide on.
func generate(people, systems, containersPer, componentsPer, rels int, seed uint64) generated {
	rnd := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	m := NewModel()
	var all []*Element
	for i := range people {
		p := m.AddPerson("Person "+strconv.Itoa(i), "A user.")
		all = append(all, &p.Element)
	}
	for i := range systems {
		s := m.AddSoftwareSystem("System "+strconv.Itoa(i), "A system.")
		all = append(all, &s.Element)
		for j := range containersPer {
			c := s.AddContainer("Container "+strconv.Itoa(j), "A container.", "Go")
			all = append(all, &c.Element)
			for k := range componentsPer {
				x := c.AddComponent("Component "+strconv.Itoa(k), "A component.", "Go package")
				all = append(all, &x.Element)
			}
		}
	}
	g := generated{m: m, declared: make([]*Relationship, 0, rels)}
	for len(g.declared) < rels {
		a, b := all[rnd.IntN(len(all))], all[rnd.IntN(len(all))]
		if a == b || a.IsAncestorOf(b) || b.IsAncestorOf(a) {
			continue
		}
		g.declared = append(g.declared, m.AddRelationship(a, b, "Calls "+strconv.Itoa(rnd.IntN(4)), "HTTPS"))
	}
	return g
}

// A large generated model keeps every declared relationship, counts each
// once and gives every element and relationship its own ID.
func TestLargeModelKeepsEveryRelationship(t *testing.T) {
	people, systems, containers, components, rels := 200, 400, 5, 9, 60_000
	if testing.Short() || raceEnabled {
		systems, rels = 60, 9_000
	}
	g := generate(people, systems, containers, components, rels, 1)
	c := g.m.Counts()
	assert.Equal(t, people, c.People)
	assert.Equal(t, systems, c.SoftwareSystems)
	assert.Equal(t, systems*containers, c.Containers)
	assert.Equal(t, systems*containers*components, c.Components)
	assert.Equal(t, rels, c.Relationships)

	i := 0
	for r := range g.m.Relationships() {
		require.Same(t, g.declared[i], r, "relationship %d", i)
		i++
	}
	require.Equal(t, rels, i)

	ids := make(map[uuid.UUID]bool, c.Elements()+rels+c.ImpliedRelationships)
	for e := range g.m.Elements() {
		require.False(t, ids[e.ID()], "element ID %s repeats", e.ID())
		ids[e.ID()] = true
	}
	for r := range g.m.Relationships() {
		require.False(t, ids[r.ID()], "relationship ID %s repeats", r.ID())
		ids[r.ID()] = true
	}
	implied := g.m.ImpliedRelationships()
	assert.Equal(t, c.ImpliedRelationships, len(implied))
	for _, r := range implied {
		require.False(t, ids[r.ID()], "implied relationship ID %s repeats", r.ID())
		ids[r.ID()] = true
	}

	var buf bytes.Buffer
	require.NoError(t, JSON{Compact: true}.Render(&buf, g.m))
	back, _, err := ReadJSON(&buf)
	require.NoError(t, err)
	assert.Equal(t, c, back.Counts(), "the JSON form keeps every relationship")
}

// benchModel is the model of the scale target: 100,000 elements
// (2,500 people, 1,500 systems, 6,000 containers, 90,000 components) and
// 300,000 relationships.
func benchModel(b *testing.B) generated {
	b.Helper()
	g := generate(2_500, 1_500, 4, 15, 300_000, 7)
	if n := g.m.Counts().Elements(); n != 100_000 {
		b.Fatalf("benchmark model has %d elements, want 100000", n)
	}
	return g
}

// BenchmarkValidateAndImplied measures the target: Validate plus
// the implied relationships of a 100,000-element, 300,000-relationship
// model in under a second and under 1 GiB allocated.
func BenchmarkValidateAndImplied(b *testing.B) {
	g := benchModel(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		fs := g.m.Validate()
		implied := g.m.ImpliedRelationships()
		if len(implied) == 0 || fs == nil {
			b.Fatal("nothing computed")
		}
	}
}

// BenchmarkBuild measures building the 100,000-element model.
func BenchmarkBuild(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		generate(2_500, 1_500, 4, 15, 300_000, 7)
	}
}

// viewModel builds a container view of 2,000 elements: one system of 1,980
// containers used by 10 people and using 10 other systems, with 6,000
// relationships.
func viewModel() (*Model, *View) {
	rnd := rand.New(rand.NewPCG(3, 5))
	m := NewModel()
	core := m.AddSoftwareSystem("Core", "The system in scope.")
	var cs []*Container
	for i := range 1_980 {
		cs = append(cs, core.AddContainer("Service "+strconv.Itoa(i), "Does part of the work, described at some length so that labels wrap.", "Go"))
	}
	for i := range 10 {
		p := m.AddPerson("User "+strconv.Itoa(i), "A user.")
		p.Uses(cs[rnd.IntN(len(cs))], "Uses", "HTTPS")
		s := m.AddSoftwareSystem("Partner "+strconv.Itoa(i), "A partner system.")
		cs[rnd.IntN(len(cs))].Uses(s, "Calls", "gRPC")
	}
	for n := 20; n < 6_000; {
		a, b := cs[rnd.IntN(len(cs))], cs[rnd.IntN(len(cs))]
		if a != b {
			a.Uses(b, "Sends \"events\" to", "Kafka")
			n++
		}
	}
	return m, NewContainerView(core, "containers").Include(All())
}

func benchmarkRender(b *testing.B, r Renderer) {
	m, v := viewModel()
	d, err := v.Resolve(m)
	if err != nil || len(d.Elements) != 2_000 {
		b.Fatalf("view has %d elements (%v), want 2000", len(d.Elements), err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := r.Render(io.Discard, m, v); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderMermaid renders a 2,000-element view (target: < 50 ms).
func BenchmarkRenderMermaid(b *testing.B) { benchmarkRender(b, Mermaid{}) }

// BenchmarkRenderPlantUML renders a 2,000-element view (target: < 50 ms).
func BenchmarkRenderPlantUML(b *testing.B) { benchmarkRender(b, PlantUML{}) }

// BenchmarkRenderDOT renders a 2,000-element view (target: < 50 ms).
func BenchmarkRenderDOT(b *testing.B) { benchmarkRender(b, DOT{}) }

// BenchmarkRenderJSON renders the model and the 2,000-element view (target:
// < 50 ms).
func BenchmarkRenderJSON(b *testing.B) { benchmarkRender(b, JSON{}) }

// BenchmarkRenderDSLView renders the model and the 2,000-element view as
// Structurizr DSL (target: < 50 ms).
func BenchmarkRenderDSLView(b *testing.B) { benchmarkRender(b, DSL{}) }
