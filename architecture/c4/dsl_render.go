package c4

import (
	"bytes"
	"cmp"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// DSL renders a model and its views as a Structurizr DSL workspace that
// [ParseDSL] (and Structurizr) read back to the same model:
//
//   - every element is declared in its parent's block, with a flat
//     identifier made from its name (such as "webApp", "webApp2");
//   - a person's or software system's Location becomes the tag "External"
//     or "Internal" (Structurizr has no syntax for it), and a model's
//     Enterprise an empty enterprise block;
//   - groups become group blocks, nested with the model's
//     "structurizr.groupSeparator" property when it is set;
//   - explicit relationships follow the elements, those between higher
//     levels first, so that no implied relationship pre-empts an explicit
//     one when the DSL is read back. A relationship the DSL cannot hold (a
//     repeat of one already written, one between parent and child, one to or
//     from a code element) becomes a comment;
//   - code elements, which the DSL cannot express, are left out (a comment
//     says so).
//
// Strings are always quoted; a double quote, a backslash and a line break
// inside one are written \", \\ and \n.
type DSL struct {
	// Name and Description are the workspace's; both may be empty.
	Name, Description string
}

// Render writes the workspace with m and the views (none means no views
// block). It fails when a view does not resolve against m or w fails.
func (d DSL) Render(w io.Writer, m *Model, views ...*View) error {
	for _, v := range views {
		if err := v.check(m); err != nil {
			return err
		}
	}
	r := &dslWriter{m: m, ids: map[*Element]string{}, used: map[string]bool{"this": true}, suffix: map[string]int{}}
	r.render(d, views)
	_, err := w.Write(r.buf.Bytes())
	return err
}

// dslWriter accumulates the rendered DSL.
type dslWriter struct {
	buf    bytes.Buffer
	m      *Model
	ids    map[*Element]string
	relIDs map[*Relationship]string
	used   map[string]bool // identifiers taken, lower-cased
	suffix map[string]int  // the last number added to each lower-cased base
	depth  int
	sep    string // the group separator, if any
}

func (r *dslWriter) line(parts ...string) {
	for range r.depth {
		r.buf.WriteString("    ")
	}
	for i, p := range parts {
		if i > 0 {
			r.buf.WriteByte(' ')
		}
		r.buf.WriteString(p)
	}
	r.buf.WriteByte('\n')
}

func (r *dslWriter) open(parts ...string) {
	r.line(append(parts, "{")...)
	r.depth++
}

func (r *dslWriter) close() {
	r.depth--
	r.line("}")
}

// quoteDSL quotes s as a DSL string.
func quoteDSL(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// identifier returns a fresh identifier for name: its ASCII words in lower
// camel case ("Web App" is webApp, "API" is api), made unique with a
// number, since identifiers are case-insensitive.
func (r *dslWriter) identifier(name, fallback string) string {
	var b strings.Builder
	first, gap := true, false // in the first word; a separator was seen
	for i := 0; i < len(name) && b.Len() < 40; i++ {
		c := name[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c >= 'A' && c <= 'Z':
			if first && !gap {
				c += 'a' - 'A' // the whole first word is lower case
			}
		default:
			gap = b.Len() > 0
			continue
		}
		if b.Len() == 0 && c >= '0' && c <= '9' {
			b.WriteString(fallback)
		}
		if gap {
			first, gap = false, false
			if c >= 'a' && c <= 'z' {
				c -= 'a' - 'A'
			}
		}
		b.WriteByte(c)
	}
	base := b.String()
	if base == "" {
		base = fallback
	}
	id, lower := base, strings.ToLower(base)
	for r.used[strings.ToLower(id)] {
		r.suffix[lower]++ // remembered per base, so repeats stay linear
		id = base + strconv.Itoa(r.suffix[lower]+1)
	}
	r.used[strings.ToLower(id)] = true
	return id
}

func (r *dslWriter) render(d DSL, views []*View) {
	head := []string{"workspace"}
	if d.Name != "" || d.Description != "" {
		head = append(head, quoteDSL(d.Name))
	}
	if d.Description != "" {
		head = append(head, quoteDSL(d.Description))
	}
	r.open(head...)
	r.buf.WriteByte('\n')
	r.open("model")
	r.sep = r.m.Properties[groupSeparatorProperty]
	if len(r.m.Properties) > 0 {
		r.properties(r.m.Properties)
	}
	if r.m.Enterprise != "" {
		r.open("enterprise", quoteDSL(r.m.Enterprise))
		r.close()
	}
	r.relIDs = map[*Relationship]string{}
	for _, v := range views {
		for _, rule := range v.Rules {
			if x := rule.Expr; x.Kind == ExprRelationship && x.Relationship != nil {
				r.relIDs[x.Relationship] = "" // named when written
			}
		}
	}
	var top []*Element
	for e := range r.m.Elements() {
		if e.Parent() == nil {
			top = append(top, e)
		}
	}
	r.elements(top)
	r.relationships()
	r.close()
	if len(views) > 0 {
		r.buf.WriteByte('\n')
		r.open("views")
		for _, v := range views {
			r.view(v)
		}
		r.close()
	}
	r.close()
}

// elements writes sibling elements in order, opening and closing group
// blocks as their groups change.
func (r *dslWriter) elements(es []*Element) {
	var open []string
	for _, e := range es {
		if e.Kind() == KindCode {
			r.line("//", "the code element", strconv.Quote(e.Path()), "cannot be expressed in the DSL")
			continue
		}
		path := r.groupPath(e.Group)
		common := 0
		for common < len(open) && common < len(path) && open[common] == path[common] {
			common++
		}
		for len(open) > common {
			r.close()
			open = open[:len(open)-1]
		}
		for _, g := range path[common:] {
			r.open("group", quoteDSL(g))
			open = append(open, g)
		}
		r.element(e)
	}
	for range open {
		r.close()
	}
}

// groupPath splits a group name into its nested groups.
func (r *dslWriter) groupPath(group string) []string {
	if group == "" {
		return nil
	}
	if r.sep == "" {
		return []string{group}
	}
	return strings.Split(group, r.sep)
}

func (r *dslWriter) element(e *Element) {
	id := r.identifier(e.Name(), kindKeyword(e.Kind())[:1])
	r.ids[e] = id
	tags := e.Tags
	switch {
	case e.Kind() != KindPerson && e.Kind() != KindSoftwareSystem:
	case e.Location == External:
		tags = append([]string{TagExternal}, tags...)
	case e.Location == Internal:
		tags = append([]string{internalTag}, tags...)
	}
	args := []string{id, "=", kindKeyword(e.Kind()), quoteDSL(e.Name())}
	var fields []string
	switch e.Kind() {
	case KindContainer, KindComponent:
		fields = []string{e.Description, e.Technology}
	case KindCustom:
		fields = []string{e.Technology, e.Description} // element <name> [metadata] [description]
	default:
		fields = []string{e.Description}
	}
	fields = append(fields, strings.Join(tags, ","))
	for len(fields) > 0 && fields[len(fields)-1] == "" {
		fields = fields[:len(fields)-1]
	}
	for _, f := range fields {
		args = append(args, quoteDSL(f))
	}
	var children []*Element
	for c := range e.Children() {
		children = append(children, c)
	}
	if e.URL == "" && len(e.Properties) == 0 && len(children) == 0 {
		r.line(args...)
		return
	}
	r.open(args...)
	r.urlAndProperties(e.URL, e.Properties)
	r.elements(children)
	r.close()
}

// urlAndProperties writes the url and properties of an element or
// relationship block.
func (r *dslWriter) urlAndProperties(url string, props map[string]string) {
	if url != "" {
		r.line("url", quoteDSL(url))
	}
	if len(props) > 0 {
		r.properties(props)
	}
}

func (r *dslWriter) properties(props map[string]string) {
	r.open("properties")
	for _, k := range slices.Sorted(maps.Keys(props)) {
		r.line(quoteDSL(k), quoteDSL(props[k]))
	}
	r.close()
}

// depthOf counts an element's ancestors.
func depthOf(e *Element) int {
	n := 0
	for p := e.Parent(); p != nil; p = p.Parent() {
		n++
	}
	return n
}

// relationships writes the explicit relationships, those between higher
// levels first (see DSL).
func (r *dslWriter) relationships() {
	var rels []*Relationship
	for rel := range r.m.Relationships() {
		rels = append(rels, rel)
	}
	slices.SortStableFunc(rels, func(a, b *Relationship) int {
		return cmp.Compare(depthOf(a.Source())+depthOf(a.Destination()), depthOf(b.Source())+depthOf(b.Destination()))
	})
	type key struct {
		src, dst    *Element
		description string
	}
	seen := make(map[key]bool, len(rels))
	if len(rels) > 0 {
		r.buf.WriteByte('\n')
	}
	for _, rel := range rels {
		src, dst := rel.Source(), rel.Destination()
		why := ""
		switch k := (key{src, dst, rel.Description}); {
		case r.ids[src] == "" || r.ids[dst] == "":
			why = "an end is a code element, which the DSL cannot express"
		case src.IsAncestorOf(dst) || dst.IsAncestorOf(src):
			why = "the DSL does not allow relationships between parents and children"
		case seen[k]:
			why = "it repeats a relationship with the same ends and description"
		default:
			seen[k] = true
		}
		if why != "" {
			r.line("//", "left out", strconv.Quote(rel.String())+":", why)
			continue
		}
		args := []string{r.ids[src], "->", r.ids[dst]}
		fields := []string{rel.Description, rel.Technology, strings.Join(rel.Tags, ",")}
		for len(fields) > 0 && fields[len(fields)-1] == "" {
			fields = fields[:len(fields)-1]
		}
		for _, f := range fields {
			args = append(args, quoteDSL(f))
		}
		if _, named := r.relIDs[rel]; named {
			id := r.identifier(rel.Description, "r")
			r.relIDs[rel] = id
			args = append([]string{id, "="}, args...)
		}
		if rel.URL == "" && len(rel.Properties) == 0 {
			r.line(args...)
			continue
		}
		r.open(args...)
		r.urlAndProperties(rel.URL, rel.Properties)
		r.close()
	}
}

var viewKeyword = [...]string{
	SystemLandscapeView: "systemLandscape",
	SystemContextView:   "systemContext",
	ContainerView:       "container",
	ComponentView:       "component",
}

func (r *dslWriter) view(v *View) {
	head := []string{viewKeyword[v.Kind]}
	if v.Scope != nil {
		head = append(head, r.ids[v.Scope])
	}
	if validViewKey(v.Key) {
		head = append(head, quoteDSL(v.Key))
	}
	r.open(head...)
	for _, rule := range v.Rules {
		verb := "include"
		if rule.Exclude {
			verb = "exclude"
		}
		if expr := r.expression(rule.Expr); expr != "" {
			r.line(verb, expr)
		}
	}
	if al := v.AutoLayout; al != nil {
		args := []string{"autoLayout"}
		if al.Direction != 0 || al.RankSeparation != 0 || al.NodeSeparation != 0 {
			args = append(args, cmp.Or(al.Direction, TopBottom).String())
		}
		if al.RankSeparation != 0 || al.NodeSeparation != 0 {
			args = append(args, strconv.Itoa(al.RankSeparation))
		}
		if al.NodeSeparation != 0 {
			args = append(args, strconv.Itoa(al.NodeSeparation))
		}
		r.line(args...)
	}
	if v.Title != "" {
		r.line("title", quoteDSL(v.Title))
	}
	if v.Description != "" {
		r.line("description", quoteDSL(v.Description))
	}
	if len(v.Properties) > 0 {
		r.properties(v.Properties)
	}
	r.close()
}

// expression writes a view rule's expression, or "" when the DSL cannot
// express it (an element the DSL left out).
func (r *dslWriter) expression(x Expression) string {
	end := func(e *Element) string {
		if e == nil {
			return "*"
		}
		return r.ids[e]
	}
	switch x.Kind {
	case ExprAll:
		return "*"
	case ExprElement:
		return r.ids[x.Element]
	case ExprRelationship:
		return r.relIDs[x.Relationship]
	case ExprRelationships:
		s, d := end(x.Source), end(x.Destination)
		if s == "" || d == "" {
			return ""
		}
		return s + " -> " + d
	case ExprTagged:
		return quoteDSL("element.tag==" + x.Tag)
	}
	return ""
}
