package c4

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/uuid"
	"github.com/leadkit/leadkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// shopModel is the small model most tests share.
type shopModel struct {
	m        *Model
	customer *Person
	shop     *SoftwareSystem
	web      *Container
	db       *Container
	catalog  *Component
	payments *SoftwareSystem
	gateway  *Container
}

func newShop() shopModel {
	m := NewModel()
	s := shopModel{m: m}
	s.customer = m.AddPerson("Customer", "Buys things.")
	s.shop = m.AddSoftwareSystem("Shop", "Sells things online.")
	s.web = s.shop.AddContainer("Web App", "Serves the shop.", "Go")
	s.db = s.shop.AddContainer("Database", "Holds orders.", "PostgreSQL")
	s.catalog = s.web.AddComponent("Catalog", "Lists products.", "Go package")
	s.payments = m.AddSoftwareSystem("Payments", "Takes payments.")
	s.payments.Location = External
	s.gateway = s.payments.AddContainer("Gateway", "Accepts card payments.", "Java")
	s.customer.Uses(s.web, "Browses", "HTTPS")
	s.web.Uses(s.db, "Reads from and writes to", "SQL")
	s.catalog.Uses(s.gateway, "Charges cards with", "HTTPS")
	return s
}

func TestBuilderPathsAndCounts(t *testing.T) {
	s := newShop()
	assert.Equal(t, "Shop/Web App", s.web.Path())
	assert.Equal(t, "Shop/Web App/Catalog", s.catalog.Path())
	assert.Equal(t, "Container://Shop.Web App", s.web.CanonicalName())
	assert.Same(t, &s.shop.Element, s.web.Parent())
	assert.Same(t, s.shop, s.web.System())
	assert.Same(t, s.web, s.catalog.Container())
	assert.Same(t, &s.web.Element, s.m.Element("Shop/Web App"))
	assert.Same(t, &s.web.Element, s.m.ElementByID(s.web.ID()))
	assert.Nil(t, s.m.Element("Shop/Nope"))
	assert.Equal(t, Counts{People: 1, SoftwareSystems: 2, Containers: 3, Components: 1, Relationships: 3, ImpliedRelationships: 6}, s.m.Counts())
	assert.Equal(t, []*Container{s.web, s.db}, slices.Collect(s.shop.Containers()))
	assert.Equal(t, []*Person{s.customer}, slices.Collect(s.m.People()))
	assert.Len(t, slices.Collect(s.m.SoftwareSystems()), 2)
	assert.Len(t, slices.Collect(s.m.Elements()), 7)
	assert.Equal(t, 7, s.m.Counts().Elements())
}

func TestIDsAreStableAndDistinct(t *testing.T) {
	a, b := newShop(), newShop()
	assert.Equal(t, a.web.ID(), b.web.ID(), "the same path gives the same ID in every run")
	assert.Equal(t, uuid.NewSHA1(idSpace, []byte("Shop/Web App")), a.web.ID(), "IDs are plain version 5 UUIDs")
	assert.Equal(t, uuid.Version(5), a.web.ID().Version())

	m := NewModel()
	first := m.AddSoftwareSystem("Dup", "")
	second := m.AddSoftwareSystem("Dup", "")
	assert.NotEqual(t, first.ID(), second.ID(), "a duplicate name must not share an ID")
	assert.Same(t, &first.Element, m.Element("Dup"))
	assert.Same(t, &second.Element, m.ElementByID(second.ID()))

	r1 := first.Uses(second, "Calls", "")
	r2 := first.Uses(second, "Calls", "")
	assert.NotEqual(t, r1.ID(), r2.ID(), "repeated relationships get distinct IDs")
	assert.Equal(t, 2, m.Counts().Relationships, "a duplicate is kept, never silently dropped")
}

func TestPathEscaping(t *testing.T) {
	m := NewModel()
	slash := m.AddSoftwareSystem("A/B", "")
	a := m.AddSoftwareSystem("A", "")
	b := a.AddContainer("B", "", "")
	assert.NotEqual(t, slash.Path(), b.Path())
	assert.Equal(t, `A\/B`, slash.Path())
	for _, names := range [][]string{{"A/B"}, {"A", "B"}, {`back\slash`, "x/y/z"}, {"ünïcødé", "日本"}, {""}, {"", ""}} {
		assert.Equal(t, names, SplitPath(JoinPath(names...)), "%q", names)
	}
	empty := m.AddSoftwareSystem("", "")
	inner := empty.AddContainer("A", "", "")
	assert.Equal(t, "/A", inner.Path(), "a container of a nameless system must not collide with top-level A")
}

func TestTags(t *testing.T) {
	s := newShop()
	s.web.AddTags("Web", "Web", "", "Go")
	assert.Equal(t, []string{"Web", "Go"}, s.web.Tags)
	assert.True(t, s.web.HasTag("Go"))
	assert.False(t, s.web.HasTag("Element"))
	r := s.customer.Uses(s.shop, "Visits", "")
	r.AddTags("Async", "Async")
	assert.Equal(t, []string{"Async"}, r.Tags)
	assert.True(t, r.HasTag("Async"))
}

func TestAddRelationshipWithForeignOrNilEnds(t *testing.T) {
	s := newShop()
	other := NewModel().AddSoftwareSystem("Elsewhere", "")
	var nilContainer *Container
	before := s.m.Counts().Relationships

	r := s.customer.Uses(other, "Visits", "")
	require.NotNil(t, r, "a detached relationship, so that chaining never panics")
	r.AddTags("x")
	s.customer.Uses(nil, "Visits", "")
	s.customer.Uses(nilContainer, "Visits", "")

	assert.Equal(t, before, s.m.Counts().Relationships)
	assert.Len(t, s.m.problems, 3)
	for _, p := range s.m.problems {
		assert.Equal(t, "c4.relationship.dangling", p.Code)
	}
}

func TestDeclareRelationshipLikeTheDSL(t *testing.T) {
	// The shape of invalid-relationship-already-exists.dsl: c -> a implies
	// b -> a, so declaring b -> a afterwards fails.
	m := NewModel()
	a := m.AddSoftwareSystem("A", "")
	b := m.AddSoftwareSystem("B", "")
	c := b.AddContainer("C", "", "")

	r, err := m.DeclareRelationship(c, a, "", "")
	require.NoError(t, err)
	assert.False(t, r.Implied())
	between := m.RelationshipsBetween(b, a)
	require.Len(t, between, 1)
	assert.True(t, between[0].Implied())
	assert.Same(t, r, between[0].ImpliedBy())

	_, err = m.DeclareRelationship(b, a, "", "")
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrRelationshipExists)
	assert.ErrorIs(t, err, leadkit.ErrConflict)
	var rerr *RelationshipError
	require.True(t, errors.As(err, &rerr))
	assert.Same(t, &b.Element, rerr.Source)
	assert.Same(t, &a.Element, rerr.Destination)
	assert.Same(t, between[0], rerr.Existing)
	assert.Contains(t, err.Error(), `between "B" and "A" already exists`)

	// A different description between the same pair is fine.
	_, err = m.DeclareRelationship(b, a, "Sends events to", "")
	require.NoError(t, err)

	assert.Equal(t, Counts{SoftwareSystems: 2, Containers: 1, Relationships: 2, ImpliedRelationships: 1}, m.Counts())
	assert.Len(t, m.ImpliedRelationships(), 1)
}

func TestDeclareRelationshipRefusals(t *testing.T) {
	s := newShop()
	other := NewModel().AddPerson("Stranger", "")
	tests := []struct {
		name     string
		src, dst Node
		want     error
	}{
		{"parent to child", s.shop, s.web, ErrParentChild},
		{"child to grandparent", s.catalog, s.shop, ErrParentChild},
		{"nil destination", s.customer, nil, ErrForeignElement},
		{"foreign source", other, s.shop, ErrForeignElement},
		{"explicit duplicate", s.customer, s.web, ErrRelationshipExists},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := s.m.Counts()
			_, err := s.m.DeclareRelationship(tc.src, tc.dst, "Browses", "")
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.want)
			assert.NotEmpty(t, err.Error())
			assert.Equal(t, before, s.m.Counts(), "a refused relationship leaves the model unchanged")
		})
	}
	_, err := s.m.DeclareRelationship(s.customer, s.customer, "Talks to self", "")
	assert.NoError(t, err, "Structurizr allows a relationship from an element to itself")
}

func TestImpliedRelationshipsOnDemand(t *testing.T) {
	s := newShop()
	got := map[string]string{}
	for _, r := range s.m.ImpliedRelationships() {
		require.True(t, r.Implied())
		got[r.Source().Path()+" -> "+r.Destination().Path()] = r.ImpliedBy().Description
		assert.Equal(t, r.ImpliedBy().Technology, r.Technology)
	}
	assert.Equal(t, map[string]string{
		"Customer -> Shop": "Browses",
		// catalog -> gateway implies every ancestor pair across the two systems
		"Shop/Web App/Catalog -> Payments": "Charges cards with",
		"Shop/Web App -> Payments/Gateway": "Charges cards with",
		"Shop/Web App -> Payments":         "Charges cards with",
		"Shop -> Payments/Gateway":         "Charges cards with",
		"Shop -> Payments":                 "Charges cards with",
		// web -> db implies nothing: Shop -> Shop and Shop -> Shop/Database
		// would join an element to itself or its own child.
	}, got)
}

func TestImpliedRelationshipsRespectExistingPairs(t *testing.T) {
	m := NewModel()
	a := m.AddSoftwareSystem("A", "")
	b := m.AddSoftwareSystem("B", "")
	a1 := a.AddContainer("A1", "", "")
	b1 := b.AddContainer("B1", "", "")
	a1.Uses(b1, "Reads", "")
	a.Uses(b, "Integrates with", "") // added later, still blocks A -> B
	a1.Uses(b1, "Writes", "")        // a second relationship implies nothing new

	var pairs []string
	for _, r := range m.ImpliedRelationships() {
		pairs = append(pairs, r.String())
	}
	assert.Equal(t, []string{`A/A1 -> B "Reads"`, `A -> B/B1 "Reads"`}, pairs)
	assert.Equal(t, 2, m.Counts().ImpliedRelationships)
}

func TestImpliedIDsAreDistinct(t *testing.T) {
	s := newShop()
	seen := map[uuid.UUID]bool{}
	for r := range s.m.Relationships() {
		seen[r.ID()] = true
	}
	for _, r := range s.m.ImpliedRelationships() {
		assert.False(t, seen[r.ID()], r.String())
		seen[r.ID()] = true
	}
}

func TestZeroModelIsUsable(t *testing.T) {
	var m Model
	p := m.AddPerson("P", "")
	s := m.AddSoftwareSystem("S", "")
	p.Uses(s, "Uses", "")
	_, err := m.DeclareRelationship(s, p, "Notifies", "")
	require.NoError(t, err)
	assert.Equal(t, 2, m.Counts().Relationships)
}

func TestModelFull(t *testing.T) {
	defer func(n int) { maxRelationships = n }(maxRelationships)
	maxRelationships = 2
	m := NewModel()
	a := m.AddSoftwareSystem("A", "")
	b := m.AddSoftwareSystem("B", "")
	a.Uses(b, "One", "")
	a.Uses(b, "Two", "")
	r := a.Uses(b, "Three", "")
	require.NotNil(t, r)
	_, err := m.DeclareRelationship(b, a, "Four", "")
	assert.ErrorIs(t, err, ErrModelFull)
	assert.Equal(t, 2, m.Counts().Relationships)
	fs := m.Validate()
	assert.True(t, fs.Has("c4.model.too_large"))
	assert.Len(t, m.problems, 1, "reported once")
}

func TestDetachedElementsNeverPanic(t *testing.T) {
	var loose SoftwareSystem
	c := loose.AddContainer("C", "", "Go")
	require.NotNil(t, c)
	assert.Nil(t, c.Model())
	assert.Equal(t, "/C", c.Path())
	r := c.Uses(&loose, "Calls", "")
	require.NotNil(t, r)

	m := NewModel()
	s := m.AddSoftwareSystem("S", "")
	m.AddRelationship(s, c, "Calls", "")
	assert.True(t, m.Validate().Has("c4.relationship.dangling"))
	_, err := m.DeclareRelationship(c, s, "Calls", "")
	assert.ErrorIs(t, err, ErrForeignElement)
	var none *Model
	_, err = none.DeclareRelationship(s, s, "", "")
	assert.ErrorIs(t, err, ErrForeignElement)
}
