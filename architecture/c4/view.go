package c4

import (
	"fmt"
	"strconv"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/enum"
)

// ViewKind says which C4 diagram a view draws. The zero value is unset and
// invalid.
type ViewKind uint8

// The view kinds. Their text forms are "system_landscape", "system_context",
// "container" and "component".
const (
	// SystemLandscapeView shows the people and software systems of the whole
	// model (or enterprise).
	SystemLandscapeView ViewKind = iota + 1
	// SystemContextView shows one software system (level 1, context) with
	// the people and software systems it interacts with.
	SystemContextView
	// ContainerView shows the containers of one software system (level 2)
	// with the people and software systems they interact with.
	ContainerView
	// ComponentView shows the components of one container (level 3) with the
	// elements they interact with.
	ComponentView
)

var viewKindNames = enum.Names[ViewKind]{
	Type:  "view kind",
	First: SystemLandscapeView,
	Text:  []string{"system_landscape", "system_context", "container", "component"},
	Aliases: map[string]ViewKind{
		"systemlandscape": SystemLandscapeView, "system landscape": SystemLandscapeView,
		"systemcontext": SystemContextView, "system context": SystemContextView,
	},
}

// Valid reports whether k is one of the defined view kinds.
func (k ViewKind) Valid() bool { return viewKindNames.Valid(k) }

// String returns the text form of k, or "view kind(N)" for an invalid kind.
func (k ViewKind) String() string { return viewKindNames.String(k) }

// MarshalText implements [encoding.TextMarshaler]; it refuses invalid kinds.
func (k ViewKind) MarshalText() ([]byte, error) { return viewKindNames.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the text
// forms in any letter case, and also the Structurizr DSL keywords
// ("systemLandscape", "systemContext").
func (k *ViewKind) UnmarshalText(text []byte) error { return viewKindNames.Unmarshal(text, k) }

// Level returns the C4 level the view draws: 1 (context) for landscape and
// context views, 2 for container views, 3 for component views.
func (k ViewKind) Level() int {
	switch k {
	case SystemLandscapeView, SystemContextView:
		return 1
	case ContainerView:
		return 2
	case ComponentView:
		return 3
	}
	return 0
}

// scopeKind returns the kind of element a view of kind k is about, or 0 for
// a landscape.
func (k ViewKind) scopeKind() ElementKind {
	switch k {
	case SystemContextView, ContainerView:
		return KindSoftwareSystem
	case ComponentView:
		return KindContainer
	}
	return 0
}

// Direction is the rank direction of an automatic layout. The zero value
// means the renderer's default (top to bottom).
type Direction uint8

// The layout directions. Their text forms are "tb", "bt", "lr" and "rl".
const (
	// TopBottom ranks elements from top to bottom.
	TopBottom Direction = iota + 1
	// BottomTop ranks elements from bottom to top.
	BottomTop
	// LeftRight ranks elements from left to right.
	LeftRight
	// RightLeft ranks elements from right to left.
	RightLeft
)

var directionNames = enum.Names[Direction]{
	Type:  "layout direction",
	First: TopBottom,
	Text:  []string{"tb", "bt", "lr", "rl"},
	Aliases: map[string]Direction{
		"topbottom": TopBottom, "top_bottom": TopBottom,
		"bottomtop": BottomTop, "bottom_top": BottomTop,
		"leftright": LeftRight, "left_right": LeftRight,
		"rightleft": RightLeft, "right_left": RightLeft,
	},
}

// Valid reports whether d is one of the defined directions.
func (d Direction) Valid() bool { return directionNames.Valid(d) }

// String returns the text form of d, or "layout direction(N)" for another
// value.
func (d Direction) String() string { return directionNames.String(d) }

// MarshalText implements [encoding.TextMarshaler]; it refuses invalid values.
func (d Direction) MarshalText() ([]byte, error) { return directionNames.Marshal(d) }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts "tb",
// "bt", "lr", "rl" and the long forms ("topBottom", "left_right", …) in any
// letter case.
func (d *Direction) UnmarshalText(text []byte) error { return directionNames.Unmarshal(text, d) }

// AutoLayout asks renderers that can lay a diagram out to do so.
type AutoLayout struct {
	// Direction is the rank direction; zero means top to bottom.
	Direction Direction `json:"direction,omitempty"`
	// RankSeparation is the distance between ranks in pixels; zero means
	// the renderer's default.
	RankSeparation int `json:"rank_separation,omitempty"`
	// NodeSeparation is the distance between elements of a rank in pixels;
	// zero means the renderer's default.
	NodeSeparation int `json:"node_separation,omitempty"`
}

// ExpressionKind says what an [Expression] selects. The zero value is unset
// and invalid.
type ExpressionKind uint8

// The expression kinds.
const (
	// ExprAll is the DSL's "*": the view kind's default elements (see
	// [View]) and the relationships between them.
	ExprAll ExpressionKind = iota + 1
	// ExprElement is one element, with the relationships between it and the
	// elements already in the view.
	ExprElement
	// ExprRelationship is one relationship, with the implied relationships
	// it stands for, wherever both ends are in the view.
	ExprRelationship
	// ExprRelationships is every relationship, explicit or implied, from
	// Source to Destination, where a nil end means any element (the DSL's
	// "a -> b", "* -> b", "*->*"), wherever both ends are in the view.
	ExprRelationships
	// ExprTagged is every element that carries Tag (the DSL's
	// "element.tag==Tag").
	ExprTagged
)

var exprKindNames = enum.Names[ExpressionKind]{
	Type:  "expression kind",
	First: ExprAll,
	Text:  []string{"all", "element", "relationship", "relationships", "tagged"},
}

// Valid reports whether k is one of the defined expression kinds.
func (k ExpressionKind) Valid() bool { return exprKindNames.Valid(k) }

// String returns "all", "element", "relationship", "relationships" or
// "tagged", or "expression kind(N)" for an invalid kind.
func (k ExpressionKind) String() string { return exprKindNames.String(k) }

// MarshalText implements [encoding.TextMarshaler]; it refuses invalid kinds.
func (k ExpressionKind) MarshalText() ([]byte, error) { return exprKindNames.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts the text
// forms in any letter case.
func (k *ExpressionKind) UnmarshalText(text []byte) error { return exprKindNames.Unmarshal(text, k) }

// Expression selects elements or relationships for a view's include and
// exclude rules. Build one with [All], [Elem], [Rel], [Rels] or [Tagged].
type Expression struct {
	// Kind says what the expression selects.
	Kind ExpressionKind
	// Element is the element of ExprElement.
	Element *Element
	// Relationship is the relationship of ExprRelationship.
	Relationship *Relationship
	// Source and Destination are the ends of ExprRelationships; nil means
	// any element.
	Source, Destination *Element
	// Tag is the tag of ExprTagged.
	Tag string
}

// All returns the expression "*": the view kind's default elements.
func All() Expression { return Expression{Kind: ExprAll} }

// Elem returns an expression selecting one element.
func Elem(n Node) Expression { return Expression{Kind: ExprElement, Element: nodeElement(n)} }

// Rel returns an expression selecting one relationship and the implied
// relationships it stands for.
func Rel(r *Relationship) Expression { return Expression{Kind: ExprRelationship, Relationship: r} }

// Rels returns an expression selecting every relationship from source to
// destination; a nil end means any element, so Rels(nil, nil) is "*->*".
func Rels(source, destination Node) Expression {
	return Expression{Kind: ExprRelationships, Source: nodeElement(source), Destination: nodeElement(destination)}
}

// Tagged returns an expression selecting every element that carries tag.
func Tagged(tag string) Expression { return Expression{Kind: ExprTagged, Tag: tag} }

// String returns the expression in a form close to the Structurizr DSL's,
// with canonical paths for elements: `*`, `Shop/Web App`, `A -> *`,
// `element.tag==External`.
func (x Expression) String() string {
	end := func(e *Element) string {
		if e == nil {
			return "*"
		}
		return strconv.Quote(e.path)
	}
	switch x.Kind {
	case ExprAll:
		return "*"
	case ExprElement:
		return end(x.Element)
	case ExprRelationship:
		if x.Relationship == nil {
			return "<nil relationship>"
		}
		return x.Relationship.String()
	case ExprRelationships:
		return end(x.Source) + " -> " + end(x.Destination)
	case ExprTagged:
		return "element.tag==" + x.Tag
	}
	return "<invalid expression>"
}

// ViewRule is one include or exclude line of a view. Rules apply in order,
// as the Structurizr DSL applies them: "include *", then "exclude *->*",
// then "include r" shows only r.
type ViewRule struct {
	// Exclude is true for an exclude rule, false for an include rule.
	Exclude bool
	// Expr selects what the rule includes or excludes.
	Expr Expression
}

// View is one diagram of a model: its kind, its scope and the rules that
// choose its elements. A view resolves against a model to the elements and
// relationships it shows ([View.Resolve]).
//
// What "*" ([All]) includes depends on the kind, as in the Structurizr DSL:
//
//   - system landscape: every person and software system;
//   - system context: the software system in scope and the people and
//     software systems directly connected to it;
//   - container: the containers of the software system in scope and the
//     people and software systems directly connected to them;
//   - component: the components of the container in scope, the containers
//     of the same software system and the people and software systems
//     directly connected to them.
//
// "Directly connected" counts implied relationships, so a relationship
// between two components connects their containers and systems too.
type View struct {
	// Kind is the kind of diagram.
	Kind ViewKind
	// Key identifies the view among the views of a workspace.
	Key string
	// Title is the diagram's title; empty means a default from the kind and
	// scope.
	Title string
	// Description says what the diagram is for.
	Description string
	// Scope is the software system of a context or container view, or the
	// container of a component view; nil for a landscape.
	Scope *Element
	// Rules are the include and exclude rules, in order.
	Rules []ViewRule
	// AutoLayout, when set, asks for an automatic layout.
	AutoLayout *AutoLayout
	// Properties are name/value pairs of extra data.
	Properties map[string]string
}

// NewSystemLandscapeView returns a system landscape view with the given key
// and no rules.
func NewSystemLandscapeView(key string) *View {
	return &View{Kind: SystemLandscapeView, Key: key}
}

// NewSystemContextView returns a system context view of s with the given
// key and no rules.
func NewSystemContextView(s *SoftwareSystem, key string) *View {
	return &View{Kind: SystemContextView, Key: key, Scope: nodeElement(s)}
}

// NewContainerView returns a container view of s with the given key and no
// rules.
func NewContainerView(s *SoftwareSystem, key string) *View {
	return &View{Kind: ContainerView, Key: key, Scope: nodeElement(s)}
}

// NewComponentView returns a component view of c with the given key and no
// rules.
func NewComponentView(c *Container, key string) *View {
	return &View{Kind: ComponentView, Key: key, Scope: nodeElement(c)}
}

// Include appends an include rule for each expression and returns v.
func (v *View) Include(exprs ...Expression) *View {
	for _, x := range exprs {
		v.Rules = append(v.Rules, ViewRule{Expr: x})
	}
	return v
}

// Exclude appends an exclude rule for each expression and returns v.
func (v *View) Exclude(exprs ...Expression) *View {
	for _, x := range exprs {
		v.Rules = append(v.Rules, ViewRule{Exclude: true, Expr: x})
	}
	return v
}

// DefaultTitle returns the title renderers use when Title is empty, such as
// "System Context of Shop" or "Containers of Shop".
func (v *View) DefaultTitle() string {
	if v.Title != "" {
		return v.Title
	}
	name := ""
	if v.Scope != nil {
		name = v.Scope.name
	}
	switch v.Kind {
	case SystemLandscapeView:
		return "System Landscape"
	case SystemContextView:
		return "System Context of " + name
	case ContainerView:
		return "Containers of " + name
	case ComponentView:
		return "Components of " + name
	}
	return v.Key
}

// Permits reports whether an element of this kind and place may appear in
// the view, as Structurizr decides: people and software systems everywhere
// (except the system a container or component view is about, drawn as the
// boundary), containers in container and component views (except the
// container in scope), and components in component views. Code and custom
// elements never appear: leadkit's diagrams draw the four C4 kinds only
// (Structurizr would also draw custom elements). Resolve also keeps an
// element out when its ancestor or descendant is already in the view.
func (v *View) Permits(e *Element) bool {
	if e == nil {
		return false
	}
	switch e.kind {
	case KindPerson:
		return true
	case KindSoftwareSystem:
		switch v.Kind {
		case ContainerView:
			return e != v.Scope
		case ComponentView:
			return v.Scope == nil || e != v.Scope.parent
		}
		return v.Kind.Valid()
	case KindContainer:
		return v.Kind == ContainerView || (v.Kind == ComponentView && e != v.Scope)
	case KindComponent:
		return v.Kind == ComponentView
	}
	return false
}

// Diagram is a view resolved against a model: the elements and relationships
// it shows, in model order. Relationships include implied ones (see
// [Relationship.Implied]).
type Diagram struct {
	// View is the view that was resolved.
	View *View
	// Elements are the elements shown, in the order they were added to the
	// model.
	Elements []*Element
	// Relationships are the relationships shown, explicit and implied, in
	// model order.
	Relationships []*Relationship
}

// check returns an error when the view cannot be resolved against m.
func (v *View) check(m *Model) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("c4: view %q: %s: %w", v.Key, fmt.Sprintf(format, args...), leadkit.ErrInvalid)
	}
	if !v.Kind.Valid() {
		return bad("invalid view kind %d", uint8(v.Kind))
	}
	want := v.Kind.scopeKind()
	switch {
	case want == 0 && v.Scope != nil:
		return bad("a system landscape has no scope, got %q", v.Scope.path)
	case want != 0 && v.Scope == nil:
		return bad("a %s view needs a %s in scope", v.Kind, want)
	case want != 0 && v.Scope.kind != want:
		return bad("the scope %q is a %s, want a %s", v.Scope.path, v.Scope.kind, want)
	case want != 0 && v.Scope.model != m:
		return bad("the scope %q is not an element of this model", v.Scope.path)
	}
	for i, r := range v.Rules {
		x := r.Expr
		foreign := func(e *Element) bool { return e != nil && e.model != m }
		switch {
		case !x.Kind.Valid():
			return bad("rule %d: invalid expression kind %d", i+1, uint8(x.Kind))
		case x.Kind == ExprElement && (x.Element == nil || foreign(x.Element)):
			return bad("rule %d: the element is not in this model", i+1)
		case x.Kind == ExprRelationship && (x.Relationship == nil || foreign(x.Relationship.source) || x.Relationship.source == nil):
			return bad("rule %d: the relationship is not in this model", i+1)
		case x.Kind == ExprRelationships && (foreign(x.Source) || foreign(x.Destination)):
			return bad("rule %d: a relationship end is not in this model", i+1)
		}
	}
	return nil
}

// Resolve applies the view's rules, in order, to m and returns the elements
// and relationships the view shows. Elements the view does not permit (see
// [View.Permits]) are left out. It fails, with an error matching
// [leadkit.ErrInvalid], when the view's kind or scope is invalid or a rule
// names an element of another model. It takes time linear in the size of
// the model.
func (v *View) Resolve(m *Model) (*Diagram, error) {
	return v.resolve(m, nil)
}

// resolve is Resolve with the model's graph, built on first use and shared
// by the views of one call (graph may point to nil).
func (v *View) resolve(m *Model, shared **graph) (*Diagram, error) {
	if err := v.check(m); err != nil {
		return nil, err
	}
	var g *graph
	switch {
	case shared == nil:
		g = newGraph(m)
	case *shared == nil:
		g = newGraph(m)
		*shared = g
	default:
		g = *shared
	}
	in := make([]bool, len(m.elements))
	// inside counts, per element, its descendants in the view: as in
	// Structurizr, an element and its own ancestor never share a view.
	inside := make([]int32, len(m.elements))
	shown := make([]bool, len(g.rels))
	var pending []*Element
	add := func(e *Element) {
		if e == nil || in[e.index] || inside[e.index] > 0 || !v.Permits(e) {
			return
		}
		for p := e.parent; p != nil; p = p.parent {
			if in[p.index] {
				return
			}
		}
		in[e.index] = true
		for p := e.parent; p != nil; p = p.parent {
			inside[p.index]++
		}
		pending = append(pending, e)
	}
	remove := func(e *Element) {
		in[e.index] = false
		for p := e.parent; p != nil; p = p.parent {
			inside[p.index]--
		}
		for _, ri := range g.adjacent(e) {
			shown[ri] = false
		}
	}
	for _, rule := range v.Rules {
		x := rule.Expr
		switch {
		case !rule.Exclude && x.Kind == ExprAll:
			v.addDefaults(m, g, add)
		case !rule.Exclude && x.Kind == ExprElement:
			add(x.Element)
		case !rule.Exclude && x.Kind == ExprTagged:
			for _, e := range m.elements {
				if e.HasTag(x.Tag) {
					add(e)
				}
			}
		case rule.Exclude && (x.Kind == ExprElement || x.Kind == ExprTagged || x.Kind == ExprAll):
			for _, e := range m.elements {
				if in[e.index] && (x.Kind == ExprAll || (x.Kind == ExprElement && e == x.Element) || (x.Kind == ExprTagged && e.HasTag(x.Tag))) {
					remove(e)
				}
			}
		case x.Kind == ExprRelationship || x.Kind == ExprRelationships:
			for i, r := range g.rels {
				if x.matches(r) && (rule.Exclude || (in[r.source.index] && in[r.destination.index])) {
					shown[i] = !rule.Exclude
				}
			}
		}
		// An element brings along its relationships with the elements
		// already in the view, as Structurizr's view.add(element) does.
		for _, e := range pending {
			if !in[e.index] {
				continue
			}
			for _, ri := range g.adjacent(e) {
				r := g.rels[ri]
				if in[r.source.index] && in[r.destination.index] {
					shown[ri] = true
				}
			}
		}
		pending = pending[:0]
	}
	d := &Diagram{View: v}
	for _, e := range m.elements {
		if in[e.index] {
			d.Elements = append(d.Elements, e)
		}
	}
	for i, r := range g.rels {
		if shown[i] {
			d.Relationships = append(d.Relationships, r)
		}
	}
	return d, nil
}

// matches reports whether r is selected by a relationship expression.
func (x Expression) matches(r *Relationship) bool {
	switch x.Kind {
	case ExprRelationship:
		return r == x.Relationship || r.impliedBy == x.Relationship
	case ExprRelationships:
		return (x.Source == nil || r.source == x.Source) && (x.Destination == nil || r.destination == x.Destination)
	}
	return false
}

// addDefaults adds the elements "*" stands for in a view of v's kind.
func (v *View) addDefaults(m *Model, g *graph, add func(*Element)) {
	neighbours := func(e *Element, kinds ...ElementKind) {
		for _, ri := range g.adjacent(e) {
			r := g.rels[ri]
			other := r.destination
			if other == e {
				other = r.source
			}
			for _, k := range kinds {
				if other.kind == k {
					add(other)
				}
			}
		}
	}
	switch v.Kind {
	case SystemLandscapeView:
		for _, e := range m.elements {
			if e.kind == KindPerson || e.kind == KindSoftwareSystem {
				add(e)
			}
		}
	case SystemContextView:
		add(v.Scope)
		neighbours(v.Scope, KindPerson, KindSoftwareSystem)
	case ContainerView:
		for _, c := range v.Scope.children {
			add(c)
			neighbours(c, KindPerson, KindSoftwareSystem)
		}
	case ComponentView:
		for _, k := range v.Scope.children {
			add(k)
			// Containers only from the same software system: another
			// system's container stands in as its system.
			for _, ri := range g.adjacent(k) {
				r := g.rels[ri]
				for _, other := range [2]*Element{r.source, r.destination} {
					if other.kind == KindContainer && other.parent == v.Scope.parent {
						add(other)
					}
				}
			}
			neighbours(k, KindPerson, KindSoftwareSystem)
		}
	}
}

// graph is a model's relationships, explicit and implied, with an index of
// the relationships each element takes part in.
type graph struct {
	rels   []*Relationship
	offset []int32 // offset[i]..offset[i+1] index into adj for element i
	adj    []int32 // relationship indexes
}

func newGraph(m *Model) *graph {
	g := &graph{rels: m.withImplied()}
	n := len(m.elements)
	g.offset = make([]int32, n+1)
	for _, r := range g.rels {
		g.offset[r.source.index+1]++
		if r.destination != r.source {
			g.offset[r.destination.index+1]++
		}
	}
	for i := 1; i <= n; i++ {
		g.offset[i] += g.offset[i-1]
	}
	g.adj = make([]int32, g.offset[n])
	fill := make([]int32, n)
	copy(fill, g.offset[:n])
	for i, r := range g.rels {
		g.adj[fill[r.source.index]] = int32(i)
		fill[r.source.index]++
		if r.destination != r.source {
			g.adj[fill[r.destination.index]] = int32(i)
			fill[r.destination.index]++
		}
	}
	return g
}

// adjacent returns the indexes of the relationships e takes part in.
func (g *graph) adjacent(e *Element) []int32 {
	return g.adj[g.offset[e.index]:g.offset[e.index+1]]
}

// withImplied returns the stored relationships with the computed implied
// ones, each placed right after the explicit relationship that implies it.
func (m *Model) withImplied() []*Relationship {
	out := make([]*Relationship, 0, len(m.rels)+len(m.rels)/2)
	m.walkRelationships(
		func(r *Relationship) { out = append(out, r) },
		func(src, dst *Element, by *Relationship) { out = append(out, newImplied(src, dst, by)) })
	return out
}
