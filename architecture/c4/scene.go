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
// whose parent is not shown are drawn in a boundary for that parent,
// elements of a group in a boundary for the group, and every element and
// boundary has an identifier safe in every format.
type scene struct {
	view  *View
	d     *Diagram
	alias map[*Element]string
	top   frame
}

// frame is the top of a diagram or one boundary in it.
type frame struct {
	parent  *Element   // the element a boundary stands for; nil for the top and groups
	group   string     // the name of a group boundary
	alias   string     // the boundary's identifier
	members []*Element // drawn directly inside, in model order
	inner   []*frame   // group boundaries, then (at the top) element boundaries
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
	unique := func(a string) string {
		if used[a] {
			base := a
			for n := 2; used[a]; n++ {
				a = base + "_" + strconv.Itoa(n)
			}
		}
		used[a] = true
		return a
	}
	for _, e := range d.Elements {
		s.alias[e] = unique(aliasOf(e.path))
	}
	type groupKey struct {
		in   *frame
		name string
	}
	parents := map[*Element]*frame{}
	groups := map[groupKey]*frame{}
	var boundaries []*frame // element boundaries, after the top's groups
	for _, e := range d.Elements {
		f := &s.top
		if e.parent != nil {
			if f = parents[e.parent]; f == nil {
				f = &frame{parent: e.parent}
				parents[e.parent] = f
				boundaries = append(boundaries, f)
			}
		}
		if e.Group != "" {
			k := groupKey{f, e.Group}
			gf := groups[k]
			if gf == nil {
				gf = &frame{group: e.Group}
				groups[k] = gf
				f.inner = append(f.inner, gf)
			}
			f = gf
		}
		f.members = append(f.members, e)
	}
	s.top.inner = append(s.top.inner, boundaries...)
	// Boundary identifiers come after the elements', so that an element's
	// never depends on which boundaries the view happens to draw.
	var name func(f *frame)
	name = func(f *frame) {
		for _, in := range f.inner {
			if in.parent != nil {
				if a, ok := s.alias[in.parent]; ok {
					in.alias = a
				} else {
					in.alias = unique(aliasOf(in.parent.path))
					s.alias[in.parent] = in.alias
				}
			} else {
				in.alias = unique("group_" + aliasOf(in.group))
			}
			name(in)
		}
	}
	name(&s.top)
	return s, nil
}

// walk visits the frames of s depth first: element for each element, open
// and close around each boundary.
func (s *scene) walk(element func(e *Element, depth int), open func(f *frame, depth int), close func(depth int)) {
	var visit func(f *frame, depth int)
	visit = func(f *frame, depth int) {
		for _, e := range f.members {
			element(e, depth)
		}
		for _, in := range f.inner {
			open(in, depth)
			visit(in, depth+1)
			close(depth)
		}
	}
	visit(&s.top, 0)
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

// boundaryMacro returns the macro of a boundary.
func boundaryMacro(f *frame) string {
	switch {
	case f.parent == nil:
		return "Boundary"
	case f.parent.kind == KindSoftwareSystem:
		return "System_Boundary"
	}
	return "Container_Boundary"
}

// label returns the text of a boundary: the element's or the group's name.
func (f *frame) label() string {
	if f.parent != nil {
		return f.parent.name
	}
	return f.group
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
