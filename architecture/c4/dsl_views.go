package c4

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/leadkit/leadkit"
)

// viewsStatement reads one statement of the views block.
func (p *dslParser) viewsStatement(st dslStatement) error {
	first := st.toks[0]
	switch {
	case first.is("systemLandscape"):
		return p.view(st, SystemLandscapeView)
	case first.is("systemContext"):
		return p.view(st, SystemContextView)
	case first.is("container"):
		return p.view(st, ContainerView)
	case first.is("component"):
		return p.view(st, ComponentView)
	case first.is("filtered"), first.is("dynamic"), first.is("deployment"), first.is("custom"), first.is("image"):
		return p.skip(st, strings.ToLower(first.text)+" views")
	case first.is("styles"), first.is("theme"), first.is("themes"):
		return p.skip(st, "styles and themes")
	case first.is("branding"):
		return p.skip(st, "branding")
	case first.is("terminology"):
		return p.skip(st, "terminology")
	case first.is("properties"):
		return p.skip(st, "view set properties")
	}
	return p.unexpected(st, "in the views", []string{"systemLandscape", "systemContext", "container", "component", "filtered", "dynamic", "deployment", "custom", "image", "styles", "theme", "themes", "branding", "terminology", "properties", "}"}, "")
}

// viewPrefix is the stem of the keys Structurizr generates for views
// without one, such as "SystemContext-001".
var viewPrefix = [...]string{
	SystemLandscapeView: "SystemLandscape",
	SystemContextView:   "SystemContext",
	ContainerView:       "Container",
	ComponentView:       "Component",
}

// validViewKey reports whether key may name a view: letters, digits, "_"
// and "-".
func validViewKey(key string) bool {
	if key == "" {
		return false
	}
	for i := 0; i < len(key); i++ {
		c := key[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// view reads a static view: "systemLandscape [key] [description] {", or
// "systemContext|container|component <identifier> [key] [description] {",
// and its block.
func (p *dslParser) view(st dslStatement, kind ViewKind) error {
	kw := strings.ToLower(st.toks[0].text[:1]) + st.toks[0].text[1:]
	grammar := kw + " <identifier> [key] [description] {"
	scoped := 1
	if kind == SystemLandscapeView {
		grammar = "systemLandscape [key] [description] {"
		scoped = 0
	}
	st = p.implicitBrace(st)
	args, err := p.args(st)
	if err != nil {
		return err
	}
	if len(args) > scoped+2 {
		return p.errAt(args[scoped+2], "too many tokens, expected: %s", grammar)
	}
	if len(args) < scoped {
		return p.errAt(st.toks[0], "expected: %s", grammar)
	}
	v := &View{Kind: kind}
	if scoped == 1 {
		want := kind.scopeKind()
		found, ok := p.lookup(args[0].text, nil)
		switch {
		case !ok:
			return p.errAt(args[0], "the %s %q does not exist", strings.ReplaceAll(want.String(), "_", " "), args[0].text)
		case found.el == nil || found.el.Kind() != want:
			return p.errAt(args[0], "%q is not a %s: a %s view is drawn for a %s", args[0].text, strings.ReplaceAll(want.String(), "_", " "), kw, strings.ReplaceAll(want.String(), "_", " "))
		}
		v.Scope = found.el
	}
	if len(args) > scoped {
		v.Key = args[scoped].text
		if !validViewKey(v.Key) {
			return p.errAt(args[scoped], "the view key %q can only contain a-z, A-Z, 0-9, \"_\" and \"-\"", v.Key)
		}
		if p.viewKeys[v.Key] {
			return p.errAt(args[scoped], "a view with the key %q already exists; view keys must be unique", v.Key)
		}
	} else {
		for n := 1; ; n++ {
			v.Key = fmt.Sprintf("%s-%03d", viewPrefix[kind], n)
			if !p.viewKeys[v.Key] {
				break
			}
		}
	}
	if len(args) > scoped+1 {
		v.Description = args[scoped+1].text
	}
	p.viewKeys[v.Key] = true
	p.ws.Views = append(p.ws.Views, v)
	return p.body(st, func(st dslStatement) error { return p.viewStatement(st, v) })
}

// viewStatement reads one statement inside a static view's block.
func (p *dslParser) viewStatement(st dslStatement, v *View) error {
	first := st.toks[0]
	switch {
	case first.is("include"), first.is("exclude"):
		return p.rules(st, v, first.is("exclude"))
	case first.is("autoLayout"):
		return p.autoLayout(st, v)
	case first.is("title"):
		t, err := p.oneArg(st, "title <title>")
		v.Title = t
		return err
	case first.is("description"):
		d, err := p.oneArg(st, "description <description>")
		v.Description = d
		return err
	case first.is("properties"):
		if v.Properties == nil {
			v.Properties = map[string]string{}
		}
		return p.properties(st, v.Properties)
	case first.is("animation"), first.is("animationStep"):
		return p.skip(st, "view animations")
	case first.is("default"):
		return p.skip(st, "default views")
	case first.is("disableAutoAddRelations"):
		return p.skip(st, "the automatic adding of relationships to views (relationships between included elements are always added)")
	}
	return p.unexpected(st, "inside a view", []string{"include", "exclude", "autoLayout", "title", "description", "properties", "animation", "default", "}"}, "")
}

// autoLayout reads "autoLayout [tb|bt|lr|rl] [rankSeparation] [nodeSeparation]".
func (p *dslParser) autoLayout(st dslStatement, v *View) error {
	const grammar = "autoLayout [tb|bt|lr|rl] [rankSeparation] [nodeSeparation]"
	args, err := p.args(st)
	if err != nil {
		return err
	}
	if opensBlock(st) {
		return p.errAt(st.toks[len(st.toks)-1], "expected: %s", grammar)
	}
	if len(args) > 3 {
		return p.errAt(args[3], "too many tokens, expected: %s", grammar)
	}
	al := &AutoLayout{}
	if len(args) > 0 {
		var d Direction
		if err := d.UnmarshalText([]byte(args[0].text)); err != nil {
			return p.errAt(args[0], "the layout direction is tb, bt, lr or rl, not %q", args[0].text)
		}
		al.Direction = d
	}
	for i, into := range []*int{&al.RankSeparation, &al.NodeSeparation} {
		if len(args) > i+1 {
			n, err := strconv.Atoi(args[i+1].text)
			if err != nil || n < 0 || n > 1<<20 {
				return p.errAt(args[i+1], "the %s separation must be a whole number of pixels, not %q", [...]string{"rank", "node"}[i], args[i+1].text)
			}
			*into = n
		}
	}
	v.AutoLayout = al
	return nil
}

// rules reads "include|exclude <expression> [expression...]" into v's
// rules. "a -> b" (three tokens) is one relationship expression.
func (p *dslParser) rules(st dslStatement, v *View, exclude bool) error {
	args, err := p.args(st)
	if err != nil {
		return err
	}
	if len(args) == 0 || opensBlock(st) {
		return p.errAt(st.toks[0], "expected: %s <*|identifier|expression> [...]", strings.ToLower(st.toks[0].text))
	}
	if len(args) == 3 && args[1].is("->") {
		src, ok, err := p.relationshipEnd(st, args[0])
		if err != nil || !ok {
			return err
		}
		dst, ok, err := p.relationshipEnd(st, args[2])
		if err != nil || !ok {
			return err
		}
		v.Rules = append(v.Rules, ViewRule{Exclude: exclude, Expr: Rels(src, dst)})
		return nil
	}
	for _, a := range args {
		if found, ok := p.lookup(a.text, nil); ok && found.other != nil && found.other.group != "" {
			// A group stands for the elements declared in it (and in the
			// groups nested in it), as in Structurizr.
			for _, e := range p.groupMembers(found.other) {
				if exclude || v.Permits(e) {
					v.Rules = append(v.Rules, ViewRule{Exclude: exclude, Expr: Elem(e)})
				}
			}
			continue
		}
		x, ok, err := p.expression(st, a, v, exclude)
		if err != nil {
			return err
		}
		if ok {
			v.Rules = append(v.Rules, ViewRule{Exclude: exclude, Expr: x})
		}
	}
	return nil
}

// groupMembers returns the elements declared in group g or in a group
// nested in it, in model order.
func (p *dslParser) groupMembers(g *unmodelled) []*Element {
	nested := g.group + p.m.Properties[groupSeparatorProperty]
	var out []*Element
	for e := range p.m.Elements() {
		if e.Parent() == g.scope && (e.Group == g.group || nested != g.group && strings.HasPrefix(e.Group, nested)) {
			out = append(out, e)
		}
	}
	return out
}

// relationshipEnd resolves one end of a relationship expression: "*" (any
// element, a nil Node) or an element identifier. ok is false when the end
// was skipped (and noted).
func (p *dslParser) relationshipEnd(st dslStatement, t dslToken) (Node, bool, error) {
	if t.text == "*" {
		return nil, true, nil
	}
	found, ok := p.lookup(t.text, nil)
	switch {
	case !ok:
		return nil, false, p.errAt(t, "the element %q does not exist", t.text)
	case found.el == nil:
		p.note("c4.dsl.reference.skipped", leadkit.Info, st,
			fmt.Sprintf("Skipped the view expression on line %d: %q is a %s, which leadkit does not model.", st.line, t.text, found.what()), "")
		return nil, false, nil
	}
	return found.el, true, nil
}

// expression reads one include or exclude expression. ok is false when it
// was skipped (and noted).
func (p *dslParser) expression(st dslStatement, t dslToken, v *View, exclude bool) (Expression, bool, error) {
	text := t.text
	lower := strings.ToLower(text)
	unsupported := func() (Expression, bool, error) {
		p.note("c4.dsl.expression.unsupported", leadkit.Warning, st,
			fmt.Sprintf("The view expression %q on line %d was ignored, so view %q may show more or less than in Structurizr.", text, st.line, v.Key),
			"Use *, identifiers, \"a -> b\" relationship expressions or element.tag==<one tag>.")
		return Expression{}, false, nil
	}
	switch {
	case text == "*":
		return All(), true, nil
	case strings.HasPrefix(lower, "element.tag=="):
		tags := splitTags(text[len("element.tag=="):])
		if len(tags) != 1 {
			return unsupported()
		}
		return Tagged(tags[0]), true, nil
	case lower == "relationship==*":
		return Rels(nil, nil), true, nil
	case strings.HasPrefix(lower, "relationship=="):
		text = text[len("relationship=="):]
		if !strings.Contains(text, "->") {
			return unsupported()
		}
	case strings.Contains(text, "==") || strings.Contains(text, "!=") || strings.HasPrefix(lower, "element.") || strings.HasPrefix(lower, "relationship."):
		return unsupported()
	}
	if at := strings.Index(text, "->"); at >= 0 {
		from, to := strings.TrimSpace(text[:at]), strings.TrimSpace(text[at+2:])
		if from == "" || to == "" || strings.Contains(to, "->") {
			return unsupported() // ->a, a->, ->a-> (an element and its couplings)
		}
		src, ok, err := p.relationshipEnd(st, dslToken{text: from, line: t.line, col: t.col})
		if err != nil || !ok {
			return Expression{}, false, err
		}
		dst, ok, err := p.relationshipEnd(st, dslToken{text: to, line: t.line, col: t.col + int32(at) + 2})
		if err != nil || !ok {
			return Expression{}, false, err
		}
		return Rels(src, dst), true, nil
	}
	if r := p.rels[lower]; r != nil {
		return Rel(r), true, nil
	}
	found, ok := p.lookup(text, nil)
	switch {
	case !ok:
		return Expression{}, false, p.errAt(t, "the element or relationship %q does not exist", text)
	case found.el == nil:
		p.note("c4.dsl.reference.skipped", leadkit.Info, st,
			fmt.Sprintf("Skipped %q in view %q on line %d: it is a %s, which leadkit does not model.", text, v.Key, st.line, found.what()), "")
		return Expression{}, false, nil
	case found.el.Kind() == KindCustom:
		p.note("c4.dsl.reference.skipped", leadkit.Info, st,
			fmt.Sprintf("Skipped %q in view %q on line %d: it is a custom element, which leadkit's diagrams do not draw.", text, v.Key, st.line), "")
		return Expression{}, false, nil
	case !exclude && !v.Permits(found.el):
		return Expression{}, false, p.errAt(t, "%s cannot be added to %s", describeForView(found.el, v), describeView(v))
	}
	return Elem(found.el), true, nil
}

func describeForView(e *Element, v *View) string {
	if e == v.Scope || (v.Kind == ComponentView && v.Scope != nil && e == v.Scope.Parent()) {
		return fmt.Sprintf("%q, the %s in scope,", e.Path(), strings.ReplaceAll(e.Kind().String(), "_", " "))
	}
	return fmt.Sprintf("the %s %q", strings.ReplaceAll(e.Kind().String(), "_", " "), e.Path())
}

func describeView(v *View) string {
	switch v.Kind {
	case SystemLandscapeView:
		return "a system landscape view (people and software systems only)"
	case SystemContextView:
		return "a system context view (people and software systems only)"
	case ContainerView:
		return "a container view (people, software systems and containers only)"
	case ComponentView:
		return "a component view (people, software systems, containers and the components of the container in scope only)"
	}
	return "this view"
}
