package c4

import (
	"iter"
	"strconv"
	"strings"

	"github.com/google/uuid"
	"github.com/leadkit/leadkit"
)

// idSpace is the namespace of the name-based UUIDs of elements and
// relationships.
var idSpace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/leadkit/leadkit/architecture/c4"))

// Model is a C4 model: people, software systems and their containers,
// components and code elements, custom elements, and the relationships
// between them. Build
// one with [NewModel] and the Add methods, or read one with [ReadJSON].
//
// Every lookup is indexed: adding an element or relationship, finding one by
// path or ID, and checking for an existing relationship between two elements
// take constant time, so building, validating and rendering stay linear in
// the size of the model. A Model is not safe for concurrent writes; any
// number of goroutines may read it at once.
type Model struct {
	// Enterprise names the organisation that owns the model, if any.
	Enterprise string
	// Properties are model-wide name/value settings, such as Structurizr's
	// "structurizr.groupSeparator".
	Properties map[string]string

	elements []*Element
	up       []int32         // per element: its parent's index, or -1
	kinds    []ElementKind   // per element: its kind
	rels     []*Relationship // explicit and stored implied, in order added
	ends     []relEnds       // per stored relationship, for the linear passes
	byPath   map[string]*Element
	byID     map[uuid.UUID]*Element
	between  map[pair]int32 // per (source, destination): the index of its first stored relationship
	counts   Counts
	problems leadkit.Findings // builder misuse, reported by Validate
}

// pair identifies an ordered (source, destination) pair by element index.
type pair struct{ src, dst int32 }

// relEnds is what the passes over all relationships need of one, kept in
// one flat slice so that they read memory in order instead of chasing
// pointers: its ends, the index of the next stored relationship between
// the same pair (-1 for none), whether it was declared with
// DeclareRelationship (its implied relationships are stored), and whether
// its implied relationships are computed on demand (explicit, not
// declared, with an end inside another element).
type relEnds struct {
	src, dst, next     int32
	declared, computes bool
}

// Counts are the sizes of a model.
type Counts struct {
	// People is the number of people.
	People int `json:"people"`
	// SoftwareSystems is the number of software systems.
	SoftwareSystems int `json:"software_systems"`
	// Containers is the number of containers.
	Containers int `json:"containers"`
	// Components is the number of components.
	Components int `json:"components"`
	// CodeElements is the number of code elements.
	CodeElements int `json:"code_elements"`
	// CustomElements is the number of custom elements.
	CustomElements int `json:"custom_elements"`
	// Relationships is the number of explicit relationships (those added by
	// the caller, never the implied ones).
	Relationships int `json:"relationships"`
	// ImpliedRelationships is the number of implied relationships (see
	// [Model.ImpliedRelationships]).
	ImpliedRelationships int `json:"implied_relationships"`
}

// Elements returns the total number of elements of every kind.
func (c Counts) Elements() int {
	return c.People + c.SoftwareSystems + c.Containers + c.Components + c.CodeElements + c.CustomElements
}

// NewModel returns an empty model. The zero Model is also ready to use.
func NewModel() *Model {
	m := &Model{}
	m.init()
	return m
}

func (m *Model) init() {
	if m.byPath == nil {
		m.byPath = make(map[string]*Element)
		m.byID = make(map[uuid.UUID]*Element)
		m.between = make(map[pair]int32)
	}
}

// AddPerson adds a person to the model and returns it.
//
// Names of people, software systems and custom elements must be unique
// across the model (they share the top level of canonical paths); a
// duplicate is still added, and
// [Model.Validate] reports it as "c4.name.duplicate".
func (m *Model) AddPerson(name, description string) *Person {
	p := &Person{}
	m.add(&p.Element, p, KindPerson, nil, name, description, "")
	return p
}

// AddSoftwareSystem adds a software system to the model and returns it.
// The naming rule of [Model.AddPerson] applies.
func (m *Model) AddSoftwareSystem(name, description string) *SoftwareSystem {
	s := &SoftwareSystem{}
	m.add(&s.Element, s, KindSoftwareSystem, nil, name, description, "")
	return s
}

// AddCustomElement adds a custom element to the model and returns it.
// metadata is the type written under its name, such as "Hardware"; it is
// kept in Technology. Custom elements stand at the top level, so the naming
// rule of [Model.AddPerson] applies to them too.
func (m *Model) AddCustomElement(name, description, metadata string) *CustomElement {
	c := &CustomElement{}
	m.add(&c.Element, c, KindCustom, nil, name, description, metadata)
	return c
}

// add fills in e and registers it; self is its typed handle. With a nil m
// (a parent that was never added to a model) e stays detached: using it
// in a model's relationship is reported as dangling.
func (m *Model) add(e *Element, self Node, kind ElementKind, parent *Element, name, description, technology string) {
	// Names are identity and every output format is UTF-8: invalid bytes
	// become U+FFFD here, once, rather than differently in each format.
	name = strings.ToValidUTF8(name, "\uFFFD")
	e.kind, e.name, e.parent, e.model, e.self = kind, name, parent, m, self
	e.Description, e.Technology = description, technology
	e.path = childPath(parent, name)
	if m == nil {
		e.id = nameID([]byte(e.path))
		return
	}
	m.init()
	e.id = m.freeElementID(e.path)
	m.register(e)
}

// register indexes e, whose identity fields are already set.
func (m *Model) register(e *Element) {
	e.index = int32(len(m.elements))
	m.elements = append(m.elements, e)
	up := int32(-1)
	if e.parent != nil {
		up = e.parent.index
	}
	m.up = append(m.up, up)
	m.kinds = append(m.kinds, e.kind)
	if _, dup := m.byPath[e.path]; !dup {
		m.byPath[e.path] = e
	}
	m.byID[e.id] = e
	if e.parent != nil {
		e.parent.children = append(e.parent.children, e)
	}
	switch e.kind {
	case KindPerson:
		m.counts.People++
	case KindSoftwareSystem:
		m.counts.SoftwareSystems++
	case KindContainer:
		m.counts.Containers++
	case KindComponent:
		m.counts.Components++
	case KindCode:
		m.counts.CodeElements++
	case KindCustom:
		m.counts.CustomElements++
	}
}

// freeElementID derives the ID of an element from its path; a second element
// with the same path (a duplicate name, which Validate reports) gets the ID
// of the path with an ordinal, so that IDs never collide.
func (m *Model) freeElementID(path string) uuid.UUID {
	id := nameID([]byte(path))
	for n := 2; m.byID[id] != nil; n++ {
		id = nameID([]byte(path + "\x00" + strconv.Itoa(n)))
	}
	return id
}

// Element returns the element with the given canonical path (see
// [Element.Path]), or nil. When names are duplicated it returns the first
// element added with that path.
func (m *Model) Element(path string) *Element { return m.byPath[path] }

// ElementByID returns the element with the given ID, or nil.
func (m *Model) ElementByID(id uuid.UUID) *Element { return m.byID[id] }

// Elements returns every element, in the order added (a parent always comes
// before its children).
func (m *Model) Elements() iter.Seq[*Element] { return sliceSeq(m.elements) }

// People returns the people in the order added.
func (m *Model) People() iter.Seq[*Person] { return kindSeq[*Person](m, KindPerson) }

// SoftwareSystems returns the software systems in the order added.
func (m *Model) SoftwareSystems() iter.Seq[*SoftwareSystem] {
	return kindSeq[*SoftwareSystem](m, KindSoftwareSystem)
}

// CustomElements returns the custom elements in the order added.
func (m *Model) CustomElements() iter.Seq[*CustomElement] {
	return kindSeq[*CustomElement](m, KindCustom)
}

// Counts returns the number of elements of each kind and the number of
// explicit and implied relationships. It computes the implied relationships,
// so it takes time linear in the size of the model.
func (m *Model) Counts() Counts {
	c := m.counts
	c.ImpliedRelationships = m.countImplied()
	return c
}

func sliceSeq[T any](s []T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

func kindSeq[T Node](m *Model, kind ElementKind) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, e := range m.elements {
			if e.kind == kind && !yield(e.self.(T)) {
				return
			}
		}
	}
}
