package c4

import (
	"iter"
	"slices"

	"github.com/google/uuid"
)

// Node is anything that stands for one element of a model: an [*Element] or
// one of the typed handles the builder returns ([*Person],
// [*SoftwareSystem], [*Container], [*Component], [*CodeElement],
// [*CustomElement]). Functions
// that take a Node accept any of them, so the builder reads like the
// diagram: customer.Uses(web, "Browses", "HTTPS").
type Node interface {
	// node returns the element the handle stands for; it is unexported so
	// that only this package's types are Nodes.
	node() *Element
}

// Element is what every kind of element has in common. Its name, kind and
// parent are fixed when it is added to a model (they define its canonical
// path and identity); the other fields are plain data the caller may set.
//
// Structurizr's default tags ("Element", "Person", …) are implied by the
// kind and are not stored in Tags.
type Element struct {
	// Description says what the element is or does, in a sentence.
	Description string
	// Technology names the implementation choice of a container, component
	// or code element, such as "Go" or "PostgreSQL 16". People and software
	// systems have none. For a custom element it holds Structurizr's
	// metadata: the type written under its name, such as "Hardware".
	Technology string
	// Tags are free-form labels, in the order added.
	Tags []string
	// Properties are name/value pairs of extra data.
	Properties map[string]string
	// URL links to more information, such as documentation or a repository.
	URL string
	// Group names the group the element belongs to; nested groups are
	// joined with the model's group separator (Structurizr's
	// "structurizr.groupSeparator" property). Empty means no group.
	Group string
	// Location says whether a person or software system is inside or
	// outside the organisation. Other kinds leave it unspecified.
	Location Location

	id       uuid.UUID
	kind     ElementKind
	name     string
	path     string
	parent   *Element
	model    *Model
	index    int32
	self     Node
	children []*Element
}

func (e *Element) node() *Element { return e }

// ID returns the element's identifier: a name-based (version 5) UUID derived
// from its canonical path, so that the same element gets the same ID in every
// run and every format, and two elements never share one.
func (e *Element) ID() uuid.UUID { return e.id }

// Kind returns the element's kind.
func (e *Element) Kind() ElementKind { return e.kind }

// Name returns the element's name as given when it was added, with any
// bytes that are not valid UTF-8 replaced by U+FFFD.
func (e *Element) Name() string { return e.name }

// Path returns the element's canonical path: the names from the top-level
// element down to this one joined by "/", such as "Shop/Web App". A "/" or
// "\" inside a name is escaped with a backslash (see [JoinPath]).
func (e *Element) Path() string { return e.path }

// String returns the canonical path.
func (e *Element) String() string { return e.path }

// CanonicalName returns the name Structurizr uses for the element in its
// messages, such as "SoftwareSystem://Shop" or "Container://Shop.Web App".
func (e *Element) CanonicalName() string {
	prefix := [...]string{
		KindPerson:         "Person://",
		KindSoftwareSystem: "SoftwareSystem://",
		KindContainer:      "Container://",
		KindComponent:      "Component://",
		KindCode:           "Code://",
		KindCustom:         "Custom://",
	}[e.kind]
	var names []string
	for a := e; a != nil; a = a.parent {
		names = append(names, a.name)
	}
	slices.Reverse(names)
	out := prefix
	for i, n := range names {
		if i > 0 {
			out += "."
		}
		out += n
	}
	return out
}

// Parent returns the element this one is nested in, or nil for people,
// software systems and custom elements.
func (e *Element) Parent() *Element { return e.parent }

// Model returns the model the element belongs to.
func (e *Element) Model() *Model { return e.model }

// Node returns the typed handle of the element ([*Person],
// [*SoftwareSystem], [*Container], [*Component], [*CodeElement] or
// [*CustomElement]), for a type switch.
func (e *Element) Node() Node { return e.self }

// Children returns the elements nested directly in this one, in the order
// they were added.
func (e *Element) Children() iter.Seq[*Element] {
	return func(yield func(*Element) bool) {
		for _, c := range e.children {
			if !yield(c) {
				return
			}
		}
	}
}

// IsAncestorOf reports whether e contains other, directly or through
// intermediate elements. An element is not its own ancestor.
func (e *Element) IsAncestorOf(other Node) bool {
	o := nodeElement(other)
	if o == nil {
		return false
	}
	for p := o.parent; p != nil; p = p.parent {
		if p == e {
			return true
		}
	}
	return false
}

// AddTags adds each tag that the element does not have yet.
func (e *Element) AddTags(tags ...string) {
	e.Tags = addTags(e.Tags, tags)
}

// HasTag reports whether the element carries tag.
func (e *Element) HasTag(tag string) bool { return slices.Contains(e.Tags, tag) }

// Uses adds a relationship from e to destination and returns it; see
// [Model.AddRelationship].
func (e *Element) Uses(destination Node, description, technology string) *Relationship {
	return e.model.AddRelationship(e, destination, description, technology)
}

func addTags(have, add []string) []string {
	for _, t := range add {
		if t != "" && !slices.Contains(have, t) {
			have = append(have, t)
		}
	}
	return have
}

// nodeElement returns the element behind n, or nil for a nil Node or a nil
// handle.
func nodeElement(n Node) *Element {
	if n == nil {
		return nil
	}
	switch h := n.(type) {
	case *Element:
		if h == nil {
			return nil
		}
	case *Person:
		if h == nil {
			return nil
		}
	case *SoftwareSystem:
		if h == nil {
			return nil
		}
	case *Container:
		if h == nil {
			return nil
		}
	case *Component:
		if h == nil {
			return nil
		}
	case *CodeElement:
		if h == nil {
			return nil
		}
	case *CustomElement:
		if h == nil {
			return nil
		}
	}
	return n.node()
}

// Person is a user of the software system: an actor, role or persona.
type Person struct{ Element }

// SoftwareSystem is the highest level of abstraction: something that
// delivers value to its users, whether built by the team or not.
type SoftwareSystem struct{ Element }

// Container is an application or data store that must run for its software
// system to work: a web app, a database, a queue, a serverless function.
type Container struct{ Element }

// Component is a grouping of related functionality behind a well-defined
// interface inside a container.
type Component struct{ Element }

// CodeElement is a code-level element (a class, interface, function or
// table) inside a component: the fourth C4 level, which is rarely worth
// drawing by hand.
type CodeElement struct{ Element }

// CustomElement is an element outside the C4 abstractions (Structurizr's
// custom element), such as a hardware device or a team. It relates to other
// elements like any element, but the C4 diagrams never draw it.
type CustomElement struct{ Element }

// AddContainer adds a container to the software system and returns it.
// technology names its implementation, such as "Go" or "PostgreSQL".
func (s *SoftwareSystem) AddContainer(name, description, technology string) *Container {
	c := &Container{}
	s.model.add(&c.Element, c, KindContainer, &s.Element, name, description, technology)
	return c
}

// Containers returns the software system's containers in the order added.
func (s *SoftwareSystem) Containers() iter.Seq[*Container] {
	return typedChildren[*Container](&s.Element)
}

// AddComponent adds a component to the container and returns it.
func (c *Container) AddComponent(name, description, technology string) *Component {
	k := &Component{}
	c.model.add(&k.Element, k, KindComponent, &c.Element, name, description, technology)
	return k
}

// System returns the software system the container belongs to.
func (c *Container) System() *SoftwareSystem { return c.parent.self.(*SoftwareSystem) }

// Components returns the container's components in the order added.
func (c *Container) Components() iter.Seq[*Component] { return typedChildren[*Component](&c.Element) }

// AddCode adds a code element to the component and returns it.
// technology names its language or type, such as "Go struct".
func (k *Component) AddCode(name, description, technology string) *CodeElement {
	x := &CodeElement{}
	k.model.add(&x.Element, x, KindCode, &k.Element, name, description, technology)
	return x
}

// Container returns the container the component belongs to.
func (k *Component) Container() *Container { return k.parent.self.(*Container) }

// Code returns the component's code elements in the order added.
func (k *Component) Code() iter.Seq[*CodeElement] { return typedChildren[*CodeElement](&k.Element) }

// Component returns the component the code element belongs to.
func (x *CodeElement) Component() *Component { return x.parent.self.(*Component) }

func typedChildren[T Node](e *Element) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, c := range e.children {
			if !yield(c.self.(T)) {
				return
			}
		}
	}
}
