package c4

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/leadkit/leadkit"
)

// groupSeparatorProperty is the model property that allows nested groups
// and joins their names, as in Structurizr.
const groupSeparatorProperty = "structurizr.groupSeparator"

// internalTag is the DSL tag for Location Internal, as [TagExternal] is for
// External: Structurizr has no syntax for a location, so a person or
// software system tagged "External" or "Internal", in any letter case, gets
// that location instead of the tag.
const internalTag = "Internal"

// identEntry is what a DSL identifier stands for: an element, or
// something the parser does not model as one (other). It is two words, as
// a large workspace has an entry for every element.
type identEntry struct {
	el    *Element
	other *unmodelled
}

// unmodelled is what an identifier names when it is not an element: a
// group, whose elements a view rule can include, or something skipped.
type unmodelled struct {
	what  string   // "group", "deployment environment", …
	group string   // a group's full name
	scope *Element // the element a group is declared in; nil for the model
}

// what says what the entry names when it is not an element, or "".
func (e identEntry) what() string {
	if e.other == nil {
		return ""
	}
	return e.other.what
}

// assignment splits "identifier = rest" into the identifier and a statement
// of the rest. ident is nil when there is no assignment.
func assignment(st dslStatement) (ident *dslToken, rest dslStatement) {
	if len(st.toks) >= 3 && !st.toks[1].quoted && st.toks[1].text == "=" {
		return &st.toks[0], dslStatement{toks: st.toks[2:], line: int(st.toks[2].line)}
	}
	return nil, st
}

// validIdentifier reports whether s may name an element or relationship:
// letters, digits, "_" and "-", not starting with "-".
func validIdentifier(s string) bool {
	if s == "" || s[0] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// scopedKey is a hierarchical identifier: an identifier declared inside
// parent.
type scopedKey struct {
	parent *Element
	id     string
}

// register gives what an identifier names, declared inside parent (nil at
// the model level). Identifiers are case-insensitive. Flat identifiers are
// unique across the workspace; hierarchical ones within their parent, and
// are found by the path of identifiers from the top ("b.c.d").
func (p *dslParser) register(t *dslToken, parent *Element, e identEntry) error {
	if t == nil {
		return nil
	}
	if !validIdentifier(t.text) {
		return p.errAt(*t, "the identifier %q can only contain a-z, A-Z, 0-9, \"_\" and \"-\" (and cannot start with \"-\")", t.text)
	}
	id := strings.ToLower(t.text)
	if p.hier && parent != nil {
		k := scopedKey{parent, id}
		if old, taken := p.children[k]; taken && (e.el == nil || old.el != e.el) {
			return p.errAt(*t, "the identifier %q is already in use in %q", t.text, parent.Path())
		}
		p.children[k] = e
		return nil
	}
	if old, taken := p.idents[id]; taken && (e.el == nil || old.el != e.el) {
		return p.errAt(*t, "the identifier %q is already in use", t.text)
	}
	if _, taken := p.rels[id]; taken {
		return p.errAt(*t, "the identifier %q is already in use by a relationship", t.text)
	}
	p.idents[id] = e
	return nil
}

// registerElement gives e its identifier, if it has one.
func (p *dslParser) registerElement(t *dslToken, e *Element) error {
	return p.register(t, e.Parent(), identEntry{el: e})
}

// registerSkipped notes the identifier of something that is not modelled,
// so that later references to it are skipped rather than refused.
func (p *dslParser) registerSkipped(t *dslToken, parent *Element, what string) error {
	return p.register(t, parent, identEntry{other: &unmodelled{what: what}})
}

// lookup finds the element an identifier names from inside scope (nil at
// the model level). With hierarchical identifiers it tries the identifier
// (which may be a dotted path, "c.d") among scope's children first, then
// among each ancestor's, then from the top level, as Structurizr does.
// "this" names scope itself unless it was declared as an identifier.
func (p *dslParser) lookup(id string, scope *Element) (identEntry, bool) {
	key := strings.ToLower(id) // no allocation for lower-case identifiers
	if p.hier {
		for a := scope; a != nil; a = a.Parent() {
			if e, ok := p.resolve(a, key); ok {
				return e, true
			}
		}
		if e, ok := p.resolve(nil, key); ok {
			return e, true
		}
	} else if e, ok := p.idents[key]; ok {
		return e, true
	}
	if scope != nil && key == "this" {
		return identEntry{el: scope}, true
	}
	return identEntry{}, false
}

// resolve follows a dotted path of hierarchical identifiers from the
// children of start (the top level when nil).
func (p *dslParser) resolve(start *Element, key string) (identEntry, bool) {
	seg, rest, more := strings.Cut(key, ".")
	var e identEntry
	var ok bool
	if start == nil {
		e, ok = p.idents[seg]
	} else {
		e, ok = p.children[scopedKey{start, seg}]
	}
	for ok && more {
		if e.el == nil {
			// what is declared inside something skipped (a deployment
			// environment) is skipped with it
			return e, true
		}
		seg, rest, more = strings.Cut(rest, ".")
		e, ok = p.children[scopedKey{e.el, seg}]
	}
	return e, ok
}

// modelStatement reads one statement of the model block (or of a group or
// enterprise inside it).
func (p *dslParser) modelStatement(st dslStatement, group string) error {
	ident, st := assignment(st)
	first := st.toks[0]
	a, typed := p.archetypeNamed(first, "person", "softwaresystem", "element", "group")
	switch {
	case len(st.toks) > 2 && isArrow(st.toks[1]):
		return p.relationship(st, ident, nil)
	case isArrow(first):
		return p.errAt(first, "a relationship without a source (\"-> destination\") is only allowed inside an element's block; write \"source -> destination\"")
	case first.is("person"):
		return p.element(st, ident, KindPerson, nil, group, nil)
	case first.is("softwareSystem"):
		return p.element(st, ident, KindSoftwareSystem, nil, group, nil)
	case first.is("element") && !p.enterp: // as in Structurizr, not inside an enterprise
		return p.element(st, ident, KindCustom, nil, group, nil)
	case typed && a.base == "group", first.is("group"):
		return p.group(st, ident, nil, group, func(st dslStatement, g string) error { return p.modelStatement(st, g) })
	case typed && !(a.kind == KindCustom && p.enterp):
		return p.element(st, ident, a.kind, nil, group, a)
	case first.is("archetypes") && ident == nil:
		return p.archetypes(st)
	case first.is("enterprise") && !p.enterp && group == "":
		return p.enterprise(st)
	case first.is("!element"), first.is("!ref"), first.is("!extend"):
		return p.findElement(st, ident)
	case first.is("!relationship"):
		return p.findRelationship(st, ident)
	}
	if first.is("deploymentEnvironment") {
		return p.deploymentEnvironment(st, ident)
	}
	if err := p.misassigned(ident, first, "!elements", "!relationships", "!identifiers", "!impliedRelationships", "impliedRelationships", "properties", "archetypes", "enterprise"); err != nil {
		return err
	}
	switch {
	case first.is("!elements"):
		return p.bulkElements(st, nil)
	case first.is("!relationships"):
		return p.skip(st, "changes to relationships selected by expressions")
	case first.is("!identifiers"):
		return p.identifiers(st)
	case first.is("!impliedRelationships"), first.is("impliedRelationships"):
		return p.impliedRelationships(st)
	case first.is("properties") && !p.enterp: // in a group too, as in Structurizr
		if p.m.Properties == nil {
			p.m.Properties = map[string]string{}
		}
		return p.properties(st, p.m.Properties)
	}
	hint := ""
	switch {
	case first.is("container"):
		hint = "a container is declared inside the block of its software system"
	case first.is("component"):
		hint = "a component is declared inside the block of its container"
	case first.is("views"):
		hint = "views go after the model block, which is missing a \"}\""
	}
	return p.unexpected(st, "in the model", []string{"person", "softwareSystem", "group", "enterprise", "element", "deploymentEnvironment", "<identifier> -> <identifier>", "properties", "!identifiers", "}"}, hint)
}

// enterprise reads "enterprise <name> {": its people and software systems
// are internal. Structurizr has deprecated it in favour of groups.
func (p *dslParser) enterprise(st dslStatement) error {
	st = p.implicitBrace(st)
	args, err := p.args(st)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		return p.errAt(st.toks[0], "expected: enterprise <name> {")
	}
	p.m.Enterprise = args[0].text
	p.enterp = true
	defer func() { p.enterp = false }()
	return p.body(st, func(st dslStatement) error { return p.modelStatement(st, "") })
}

// group reads "group <name> {" inside the model, a software system or a
// container; groups nest when the model defines a group separator.
func (p *dslParser) group(st dslStatement, ident *dslToken, scope *Element, outer string, inner func(dslStatement, string) error) error {
	args, err := p.args(st)
	if err != nil {
		return err
	}
	if len(args) != 1 || !opensBlock(st) {
		return p.errAt(st.toks[0], "expected: group <name> {")
	}
	name, err := p.nestGroup(args[0], outer)
	if err != nil {
		return err
	}
	if err := p.register(ident, scope, identEntry{other: &unmodelled{what: "group", group: name, scope: scope}}); err != nil {
		return err
	}
	return p.body(st, func(st dslStatement) error { return inner(st, name) })
}

// nestGroup joins a group's name to the group it is in.
func (p *dslParser) nestGroup(name dslToken, outer string) (string, error) {
	if outer == "" {
		return name.text, nil
	}
	sep := p.m.Properties[groupSeparatorProperty]
	if sep == "" {
		return "", p.errAt(name, "to nest groups, define the model property %s (for example \"/\") in the model's properties block", groupSeparatorProperty)
	}
	return outer + sep + name.text, nil
}

// element reads a person, softwareSystem, container or component statement
// and its block.
// a, when not nil, is the archetype the statement uses, whose defaults the
// element starts from.
func (p *dslParser) element(st dslStatement, ident *dslToken, kind ElementKind, parent *Element, group string, a *archetype) error {
	grammar := kindKeyword(kind) + " <name> [description] [tags]"
	maxArgs := 3
	switch kind {
	case KindContainer, KindComponent:
		grammar = kindKeyword(kind) + " <name> [description] [technology] [tags]"
		maxArgs = 4
	case KindCustom:
		grammar = "element <name> [metadata] [description] [tags]"
		maxArgs = 4
	}
	args, err := p.args(st)
	if err != nil {
		return err
	}
	if len(args) > maxArgs {
		return p.errAt(args[maxArgs], "too many tokens, expected: %s {", grammar)
	}
	if len(args) == 0 {
		return p.errAt(st.toks[0], "expected: %s {", grammar)
	}
	name := args[0].text
	var e *Element
	if p.extends {
		e = p.existing(kind, parent, name)
	}
	if e == nil {
		if old := p.existing(kind, parent, name); old != nil {
			return p.errAt(args[0], "%s", duplicateMessage(kind, old, name))
		}
		switch kind {
		case KindPerson:
			e = &p.m.AddPerson(name, "").Element
		case KindSoftwareSystem:
			e = &p.m.AddSoftwareSystem(name, "").Element
		case KindContainer:
			e = &parent.Node().(*SoftwareSystem).AddContainer(name, "", "").Element
		case KindComponent:
			e = &parent.Node().(*Container).AddComponent(name, "", "").Element
		case KindCustom:
			e = &p.m.AddCustomElement(name, "", "").Element
		}
		if parent == nil {
			p.topLevel[topLevelName{kind, name}] = e
		}
		e.Group = group
		if p.enterp {
			e.Location = Internal
		}
		a.applyTo(e)
	}
	// The arguments after the name, in the order the keyword takes them.
	fields := []*string{&e.Description}
	switch kind {
	case KindContainer, KindComponent:
		fields = append(fields, &e.Technology)
	case KindCustom:
		fields = []*string{&e.Technology, &e.Description}
	}
	for i, f := range fields {
		if len(args) > i+1 && (a == nil || args[i+1].text != "") {
			*f = args[i+1].text
		}
	}
	if tags := len(fields) + 1; len(args) > tags {
		addElementTags(e, args[tags].text)
	}
	if err := p.registerElement(ident, e); err != nil {
		return err
	}
	if opensBlock(st) {
		return p.body(st, func(st dslStatement) error { return p.elementStatement(st, e, "") })
	}
	return nil
}

// topLevelName is a person, software system or custom element's kind and
// name: Structurizr's DSL wants names unique among the top-level elements
// of one kind, so a person and a software system may share a name.
type topLevelName struct {
	kind ElementKind
	name string
}

// existing returns the element of kind already named name in parent (in
// the model when nil), or nil.
func (p *dslParser) existing(kind ElementKind, parent *Element, name string) *Element {
	if parent != nil {
		// a system holds only containers, a container only components
		return p.m.Element(elementPath(parent, name))
	}
	return p.topLevel[topLevelName{kind, name}]
}

// elementPath is the canonical path of an element named name in parent.
func elementPath(parent *Element, name string) string {
	if parent == nil {
		return JoinPath(name)
	}
	return parent.Path() + "/" + JoinPath(name)
}

func duplicateMessage(kind ElementKind, old *Element, name string) string {
	switch kind {
	case KindContainer:
		return fmt.Sprintf("a container named %q already exists in %q; container names must be unique within their software system", name, old.Parent().Path())
	case KindComponent:
		return fmt.Sprintf("a component named %q already exists in %q; component names must be unique within their container", name, old.Parent().Path())
	}
	return fmt.Sprintf("a %s named %q already exists; give this one another name", kindPhrase(old.Kind()), name)
}

// kindKeyword is the DSL keyword that declares an element of kind k.
func kindKeyword(k ElementKind) string {
	switch k {
	case KindPerson:
		return "person"
	case KindSoftwareSystem:
		return "softwareSystem"
	case KindContainer:
		return "container"
	case KindComponent:
		return "component"
	case KindCustom:
		return "element"
	}
	return k.String()
}

// splitTags splits comma-separated tags, trimming blanks and dropping empty
// ones.
func splitTags(s string) []string {
	var out []string
	for t := range strings.SplitSeq(s, ",") {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// addElementTags adds comma-separated tags to e; on a person or software
// system the location tags set its Location instead.
func addElementTags(e *Element, s string) {
	for _, t := range splitTags(s) {
		if e.Kind() == KindPerson || e.Kind() == KindSoftwareSystem {
			switch {
			case strings.EqualFold(t, TagExternal):
				e.Location = External
				continue
			case strings.EqualFold(t, internalTag):
				e.Location = Internal
				continue
			}
		}
		e.AddTags(t)
	}
}

// elementStatement reads one statement inside the block of element e
// (group is the group the block is in, for nested declarations).
func (p *dslParser) elementStatement(st dslStatement, e *Element, group string) error {
	ident, st := assignment(st)
	first := st.toks[0]
	kind := e.Kind()
	a, typed := p.archetypeNamed(first, "container", "component", "group")
	switch {
	case len(st.toks) > 2 && isArrow(st.toks[1]), isArrow(first):
		return p.relationship(st, ident, e)
	case first.is("container") && kind == KindSoftwareSystem:
		return p.element(st, ident, KindContainer, e, group, nil)
	case first.is("component") && kind == KindContainer:
		return p.element(st, ident, KindComponent, e, group, nil)
	case (first.is("group") || typed && a.base == "group") && (kind == KindSoftwareSystem || kind == KindContainer):
		return p.group(st, ident, e, group, func(st dslStatement, g string) error { return p.elementStatement(st, e, g) })
	case typed && a.kind == KindContainer && kind == KindSoftwareSystem,
		typed && a.kind == KindComponent && kind == KindContainer:
		return p.element(st, ident, a.kind, e, group, a)
	}
	if err := p.misassigned(ident, first, "description", "technology", "tag", "tags", "url", "properties", "perspectives", "!docs", "!adrs", "!decisions", "!components", "!elements", "!relationships"); err != nil {
		return err
	}
	switch {
	case first.is("!elements"):
		return p.bulkElements(st, e)
	case first.is("!relationships"):
		return p.skip(st, "changes to relationships selected by expressions")
	}
	docs := first.is("!docs") || first.is("!adrs") || first.is("!decisions")
	if group != "" && !docs {
		// As in Structurizr, a group holds elements and relationships; the
		// element's own statements are not allowed inside it.
		expected := []string{"container", "group", "-> <identifier>", "!docs", "!adrs", "}"}
		if kind == KindContainer {
			expected = []string{"component", "group", "-> <identifier>", "}"}
		}
		return p.unexpected(st, fmt.Sprintf("inside the group %q", group), expected,
			fmt.Sprintf("a group holds only elements and relationships; write %q in the block of %q or of one of its elements", first.text, e.Path()))
	}
	if ok, err := p.itemStatement(st, func(tags string) { addElementTags(e, tags) }, &e.URL, &e.Properties); ok {
		return err
	}
	switch {
	case first.is("description"):
		v, err := p.oneArg(st, "description <description>")
		e.Description = v
		return err
	case first.is("technology") && (kind == KindContainer || kind == KindComponent):
		v, err := p.oneArg(st, "technology <technology>")
		e.Technology = v
		return err
	case docs:
		if kind != KindPerson && kind != KindCustom {
			return p.skip(st, "documentation or decision records")
		}
	case first.is("!components"):
		if kind == KindContainer {
			return p.skip(st, "component finders (they read source code)")
		}
	}
	expected := []string{"description", "tag", "tags", "url", "properties", "perspectives", "-> <identifier>", "}"}
	hint := ""
	switch kind {
	case KindSoftwareSystem:
		expected = append([]string{"container", "group", "!docs", "!adrs"}, expected...)
		if first.is("component") {
			hint = "a component is declared inside the block of a container, not directly in a software system"
		}
	case KindContainer:
		expected = append([]string{"component", "group", "technology"}, expected...)
	case KindComponent:
		expected = append([]string{"technology"}, expected...)
		if first.is("component") {
			hint = "components cannot be nested; declare it in the container's block"
		}
	case KindPerson:
		if first.is("container") || first.is("component") {
			hint = "people have no containers or components"
		}
	}
	if first.is("person") || first.is("softwareSystem") {
		hint = "people and software systems are declared at the top of the model; is a \"}\" missing above?"
	}
	return p.unexpected(st, "inside "+article(kind), expected, hint)
}

// misassigned is the error for an identifier given to a statement that
// takes none, one of keywords; for any other statement it is nil, so that
// an unknown keyword after "x =" is reported as unknown, as Structurizr
// reports it.
func (p *dslParser) misassigned(ident *dslToken, first dslToken, keywords ...string) error {
	if ident == nil || !slices.ContainsFunc(keywords, first.is) {
		return nil
	}
	return p.errAt(*ident, "only elements, groups and relationships can be given an identifier, not %q", first.text)
}

// article names kind with its article, for messages: "a software system".
func article(kind ElementKind) string { return "a " + kindPhrase(kind) }

// properties reads a "properties {" block of name/value pairs into into.
func (p *dslParser) properties(st dslStatement, into map[string]string) error {
	if st = p.implicitBrace(st); len(st.toks) != 2 {
		return p.errAt(st.toks[1], "too many tokens, expected: properties {")
	}
	return p.body(st, func(st dslStatement) error {
		if len(st.toks) != 2 || opensBlock(st) {
			return p.errAt(st.toks[0], "expected: <name> <value> (quote a name or value that has spaces)")
		}
		// as in Structurizr, a property needs a name and a value
		name, value := st.toks[0], st.toks[1]
		if strings.TrimSpace(name.text) == "" || strings.TrimSpace(value.text) == "" {
			return p.errAt(name, "a property needs a name and a value; remove the line or fill in both")
		}
		into[name.text] = value.text
		return nil
	})
}

// findElement reads "!element <identifier> {" (and the older !ref and
// !extend): more statements for an element declared earlier.
func (p *dslParser) findElement(st dslStatement, ident *dslToken) error {
	args, err := p.args(st)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		return p.errAt(st.toks[0], "expected: %s <identifier|canonical name> {", strings.ToLower(st.toks[0].text))
	}
	found, ok := p.lookup(args[0].text, nil)
	if !ok {
		found, ok = p.byCanonicalName(args[0].text)
	}
	if !ok {
		return p.errAt(args[0], "the element %q does not exist", args[0].text)
	}
	if found.el == nil {
		return p.skipDeployment(st, found.what()+"s", false)
	}
	if err := p.register(ident, found.el.Parent(), found); err != nil {
		return err
	}
	if opensBlock(st) {
		return p.body(st, func(st dslStatement) error { return p.elementStatement(st, found.el, "") })
	}
	return nil
}

// byCanonicalName finds an element by the name Structurizr gives it in its
// messages, such as "Container://Shop.Web App"; the canonical names of
// deployment elements stand for what the parser skipped.
func (p *dslParser) byCanonicalName(name string) (identEntry, bool) {
	kind, _, ok := strings.Cut(name, "://")
	if !ok {
		return identEntry{}, false
	}
	switch kind {
	case "DeploymentNode", "InfrastructureNode", "SoftwareSystemInstance", "ContainerInstance":
		return identEntry{other: &unmodelled{what: "deployment element"}}, true
	}
	for e := range p.m.Elements() {
		if e.CanonicalName() == name {
			return identEntry{el: e}, true
		}
	}
	return identEntry{}, false
}

// findRelationship reads "!relationship <identifier> {".
func (p *dslParser) findRelationship(st dslStatement, ident *dslToken) error {
	args, err := p.args(st)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		return p.errAt(st.toks[0], "expected: !relationship <identifier> {")
	}
	r := p.rels[strings.ToLower(args[0].text)]
	if r == nil {
		return p.errAt(args[0], "the relationship %q does not exist", args[0].text)
	}
	if ident != nil {
		if err := p.registerRelationship(ident, r); err != nil {
			return err
		}
	}
	if opensBlock(st) {
		return p.body(st, func(st dslStatement) error { return p.relationshipStatement(st, r) })
	}
	return nil
}

// relationship reads "source -> destination [description] [technology]
// [tags]" or, inside an element's block, "-> destination ...", whose
// source is the element (scope).
func (p *dslParser) relationship(st dslStatement, ident *dslToken, scope *Element) error {
	grammar := "<identifier> -> <identifier> [description] [technology] [tags]"
	toks := st.toks
	var src *Element
	var srcTok, arrow dslToken
	if isArrow(toks[0]) {
		grammar = "-> <identifier> [description] [technology] [tags]"
		src, srcTok, arrow = scope, toks[0], toks[0]
		toks = toks[1:]
	} else {
		srcTok, arrow = toks[0], toks[1]
		toks = toks[2:]
	}
	a, err := p.relationshipArchetype(arrow)
	if err != nil {
		return err
	}
	if n := len(toks); n > 0 && !toks[n-1].quoted && toks[n-1].text == "{" {
		toks = toks[:n-1]
	}
	for _, t := range toks {
		if !t.quoted && t.text == "{" {
			return p.errAt(t, "\"{\" must be the last token on its line")
		}
	}
	if len(toks) == 0 {
		return p.errAt(st.toks[0], "expected: %s", grammar)
	}
	if len(toks) > 4 {
		return p.errAt(toks[4], "too many tokens, expected: %s", grammar)
	}
	skippedEnd := ""
	if src == nil {
		found, ok := p.lookup(srcTok.text, scope)
		if !ok {
			return p.errAt(srcTok, "the source element %q does not exist; declare it (with %s = ...) on a line above this one", srcTok.text, srcTok.text)
		}
		src, skippedEnd = found.el, found.what()
	}
	found, ok := p.lookup(toks[0].text, scope)
	if !ok {
		return p.errAt(toks[0], "the destination element %q does not exist; declare it (with %s = ...) on a line above this one", toks[0].text, toks[0].text)
	}
	if found.el == nil {
		skippedEnd = found.what()
	}
	if skippedEnd != "" {
		p.note("c4.dsl.reference.skipped", leadkit.Info, st,
			fmt.Sprintf("Skipped the relationship on line %d: one of its ends is a %s, which leadkit does not model.", st.line, skippedEnd), "")
		if opensBlock(st) {
			return p.skipBody(st)
		}
		return nil
	}
	var description, technology string
	if a != nil {
		description, technology = a.description, a.technology
	}
	if len(toks) > 1 && toks[1].text != "" {
		description = toks[1].text
	}
	if len(toks) > 2 && toks[2].text != "" {
		technology = toks[2].text
	}
	r, err := p.declare(src, found.el, description, technology)
	if err != nil {
		return p.relationshipError(srcTok, err)
	}
	if a != nil {
		r.AddTags(a.tags...)
		if len(a.properties) > 0 {
			r.Properties = maps.Clone(a.properties)
		}
	}
	if len(toks) > 3 {
		r.AddTags(splitTags(toks[3].text)...)
	}
	if ident != nil {
		if err := p.registerRelationship(ident, r); err != nil {
			return err
		}
	}
	if opensBlock(st) {
		return p.body(st, func(st dslStatement) error { return p.relationshipStatement(st, r) })
	}
	return nil
}

// declare adds a relationship as Structurizr's parser does: with its
// implied relationships unless !impliedRelationships false, and never a
// repeat or a relationship between parent and child.
func (p *dslParser) declare(src, dst *Element, description, technology string) (*Relationship, error) {
	if p.implied {
		return p.m.DeclareRelationship(src, dst, description, technology)
	}
	if src.IsAncestorOf(dst) || dst.IsAncestorOf(src) {
		return nil, &RelationshipError{Source: src, Destination: dst, Description: description, Err: ErrParentChild}
	}
	for _, x := range p.m.RelationshipsBetween(src, dst) {
		if x.Description == description {
			return nil, &RelationshipError{Source: src, Destination: dst, Description: description, Existing: x, Err: ErrRelationshipExists}
		}
	}
	return p.m.AddRelationship(src, dst, description, technology), nil
}

// relationshipError turns a refusal of the model into a parse error.
func (p *dslParser) relationshipError(at dslToken, err error) error {
	var re *RelationshipError
	if !errors.As(err, &re) {
		return p.errAt(at, "%v", err)
	}
	switch {
	case errors.Is(err, ErrRelationshipExists):
		msg := fmt.Sprintf("a relationship from %q to %q", re.Source.Path(), re.Destination.Path())
		if re.Description != "" {
			msg += fmt.Sprintf(" described %q", re.Description)
		}
		msg += " already exists"
		if x := re.Existing; x != nil && x.Implied() {
			by := x.ImpliedBy()
			msg += fmt.Sprintf(", implied by the relationship from %q to %q", by.Source().Path(), by.Destination().Path())
		}
		return p.errAt(at, "%s; remove this line or give the relationship a description of its own", msg)
	case errors.Is(err, ErrParentChild):
		return p.errAt(at, "relationships cannot be added between parents and children (%q and %q); relate the parent to another element instead", re.Source.Path(), re.Destination.Path())
	}
	return p.errAt(at, "%v", err)
}

// registerRelationship gives r an identifier; relationship identifiers are
// never hierarchical.
func (p *dslParser) registerRelationship(t *dslToken, r *Relationship) error {
	if !validIdentifier(t.text) {
		return p.errAt(*t, "the identifier %q can only contain a-z, A-Z, 0-9, \"_\" and \"-\" (and cannot start with \"-\")", t.text)
	}
	key := strings.ToLower(t.text)
	if old, taken := p.rels[key]; taken && old != r {
		return p.errAt(*t, "the identifier %q is already in use by a relationship", t.text)
	}
	if _, taken := p.idents[key]; taken {
		return p.errAt(*t, "the identifier %q is already in use", t.text)
	}
	p.rels[key] = r
	return nil
}

// relationshipStatement reads one statement inside a relationship's block.
func (p *dslParser) relationshipStatement(st dslStatement, r *Relationship) error {
	if ok, err := p.itemStatement(st, func(tags string) { r.AddTags(splitTags(tags)...) }, &r.URL, &r.Properties); ok {
		return err
	}
	return p.unexpected(st, "inside a relationship", []string{"tag", "tags", "url", "properties", "perspectives", "}"}, "")
}

// itemStatement reads the statements that element and relationship blocks
// share: tag and tags (each argument goes to addTags), url, properties and
// perspectives. handled is false for any other statement.
func (p *dslParser) itemStatement(st dslStatement, addTags func(string), url *string, props *map[string]string) (handled bool, err error) {
	first := st.toks[0]
	switch {
	case first.is("tag"), first.is("tags"):
		args, err := p.tagArgs(st)
		for _, a := range args {
			addTags(a.text)
		}
		return true, err
	case first.is("url"):
		v, err := p.oneArg(st, "url <url>")
		if err == nil && !validDSLURL(v) {
			return true, p.errAt(st.toks[1], "%q is not a valid URL: write an absolute one, such as https://example.com/docs", v)
		}
		*url = v
		return true, err
	case first.is("properties"):
		if *props == nil {
			*props = map[string]string{}
		}
		return true, p.properties(st, *props)
	case first.is("perspectives"):
		return true, p.skip(st, "perspectives")
	}
	return false, nil
}

// urlSchemes are the schemes Java's URL class, and so Structurizr,
// accepts.
var urlSchemes = []string{"http", "https", "ftp", "file", "jar", "mailto"}

// validDSLURL reports whether Structurizr accepts url as the URL of an
// element or relationship: a link within the workspace ("#…", or
// "{workspace…}" to another workspace) or an absolute URL with a scheme
// Java knows.
func validDSLURL(url string) bool {
	if strings.HasPrefix(url, "#") || strings.HasPrefix(url, "{workspace") {
		return true
	}
	scheme, _, ok := strings.Cut(url, ":")
	return ok && slices.ContainsFunc(urlSchemes, func(s string) bool { return strings.EqualFold(s, scheme) })
}
