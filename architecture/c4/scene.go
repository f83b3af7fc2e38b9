package c4

import (
	"strconv"
	"strings"
)

// Tags with a meaning to the renderers. They follow the conventions of
// Structurizr's default styles.
const (
	// TagExternal marks an element as outside the organisation, like
	// [External]; renderers draw it with the external shapes.
	TagExternal = "External"
	// TagDatabase asks renderers to draw an element as a database
	// (SystemDb, ContainerDb, ComponentDb; a cylinder in DOT).
	TagDatabase = "Database"
	// TagQueue asks renderers to draw an element as a queue (SystemQueue,
	// ContainerQueue, ComponentQueue).
	TagQueue = "Queue"
)

// scene is a resolved view laid out for the diagram renderers: elements
// whose parent is not shown are grouped in a boundary drawn for that
// parent, and every element has an identifier safe in every format.
type scene struct {
	view  *View
	d     *Diagram
	alias map[*Element]string
	loose []*Element // elements drawn at the top level
	boxes []box      // boundaries, in order of first member
}

type box struct {
	parent  *Element
	members []*Element
}

// newScene resolves v; g carries the model's graph between the views of
// one Render call.
func newScene(m *Model, v *View, g **graph) (*scene, error) {
	d, err := v.resolve(m, g)
	if err != nil {
		return nil, err
	}
	s := &scene{view: v, d: d, alias: make(map[*Element]string, len(d.Elements)+4)}
	used := make(map[string]bool, len(d.Elements)+4)
	name := func(e *Element) {
		if _, ok := s.alias[e]; ok {
			return
		}
		a := aliasOf(e.path)
		if used[a] {
			base := a
			for n := 2; used[a]; n++ {
				a = base + "_" + strconv.Itoa(n)
			}
		}
		used[a] = true
		s.alias[e] = a
	}
	at := make(map[*Element]int)
	for _, e := range d.Elements {
		name(e)
		if e.parent == nil {
			s.loose = append(s.loose, e)
			continue
		}
		i, ok := at[e.parent]
		if !ok {
			i = len(s.boxes)
			at[e.parent] = i
			s.boxes = append(s.boxes, box{parent: e.parent})
		}
		s.boxes[i].members = append(s.boxes[i].members, e)
	}
	for _, b := range s.boxes {
		name(b.parent)
	}
	return s, nil
}

// aliasOf turns a path into an identifier of lower-case ASCII letters,
// digits and underscores that starts with a letter.
func aliasOf(path string) string {
	var b strings.Builder
	under := false
	for _, r := range strings.ToLower(path) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if under && b.Len() > 0 {
				b.WriteByte('_')
			}
			under = false
			b.WriteRune(r)
		default:
			under = true
		}
	}
	a := b.String()
	if a == "" || a[0] >= '0' && a[0] <= '9' {
		a = "e_" + a
	}
	return strings.TrimSuffix(a, "_")
}

// isExternal reports whether e, or the element it is nested in, is outside
// the organisation.
func isExternal(e *Element) bool {
	for ; e != nil; e = e.parent {
		if e.Location == External || e.HasTag(TagExternal) {
			return true
		}
		if e.Location == Internal {
			return false
		}
	}
	return false
}

// macro returns the C4-PlantUML (and Mermaid C4) macro that draws e, such
// as "Person_Ext", "ContainerDb" or "Component".
func macro(e *Element) string {
	var base string
	switch e.kind {
	case KindPerson:
		base = "Person"
	case KindSoftwareSystem:
		base = "System"
	case KindContainer:
		base = "Container"
	default:
		base = "Component"
	}
	if e.kind != KindPerson {
		switch {
		case e.HasTag(TagDatabase):
			base += "Db"
		case e.HasTag(TagQueue):
			base += "Queue"
		}
	}
	if isExternal(e) {
		base += "_Ext"
	}
	return base
}

// boundaryMacro returns the macro of the boundary drawn for parent.
func boundaryMacro(parent *Element) string {
	if parent.kind == KindSoftwareSystem {
		return "System_Boundary"
	}
	return "Container_Boundary"
}

// include returns the C4-PlantUML standard library file a view needs.
func (s *scene) include() string {
	switch s.view.Kind {
	case ContainerView:
		return "C4_Container"
	case ComponentView:
		return "C4_Component"
	}
	return "C4_Context"
}

// hasTechnology reports whether e's macro takes a technology argument.
func hasTechnology(e *Element) bool { return e.kind != KindPerson && e.kind != KindSoftwareSystem }
