package c4

import (
	"maps"
	"slices"
	"strings"
)

// archetype is a type the workspace defines in an "archetypes" block: a
// base (an element keyword, "group", a deployment keyword, or a
// relationship) with defaults for what it declares, such as
//
//	application = container {
//	    technology "Java"
//	    tag "Application"
//	}
//
// after which "api = application "API"" declares a container.
type archetype struct {
	base        string      // the base keyword, lower case: "container", "group", "->", "deploymentnode", …
	kind        ElementKind // the kind of element it declares, or 0
	description string
	technology  string // a custom element's metadata
	tags        []string
	properties  map[string]string
}

// archetypeBases are the keywords an archetype can extend, with the kind
// of element each declares (0 for groups, deployment elements and
// relationships).
var archetypeBases = map[string]ElementKind{
	"person":             KindPerson,
	"softwaresystem":     KindSoftwareSystem,
	"container":          KindContainer,
	"component":          KindComponent,
	"element":            KindCustom,
	"group":              0,
	"deploymentnode":     0,
	"infrastructurenode": 0,
	"->":                 0,
}

// archetypes reads the "archetypes {" block of the model: one "name = base"
// statement per archetype, each with an optional block of defaults.
func (p *dslParser) archetypes(st dslStatement) error {
	if !opensBlock(st) || len(st.toks) != 2 {
		return p.errAt(st.toks[0], "expected: archetypes {")
	}
	return p.body(st, func(st dslStatement) error {
		ident, rest := assignment(st)
		if ident == nil || len(rest.toks) > 2 || len(rest.toks) == 2 && !opensBlock(rest) {
			return p.errAt(st.toks[0], "expected: <name> = <base> [{], where the base is person, softwareSystem, container, component, element, group, deploymentNode, infrastructureNode, -> or another archetype")
		}
		if !validIdentifier(ident.text) {
			return p.errAt(*ident, "the archetype name %q can only contain a-z, A-Z, 0-9, \"_\" and \"-\" (and cannot start with \"-\")", ident.text)
		}
		name := strings.ToLower(ident.text)
		if _, taken := p.archetypeDefs[name]; taken {
			return p.errAt(*ident, "the archetype %q is already defined", ident.text)
		}
		base := rest.toks[0]
		a, err := p.archetypeBase(base)
		if err != nil {
			return err
		}
		if p.archetypeDefs == nil {
			p.archetypeDefs = map[string]*archetype{}
		}
		p.archetypeDefs[name] = a
		if !opensBlock(rest) {
			return nil
		}
		return p.body(rest, func(st dslStatement) error { return p.archetypeDefault(st, a) })
	})
}

// archetypeBase returns a new archetype with the base and the defaults
// that the token names: a keyword, "->", or an archetype defined earlier
// ("--name->" for a relationship archetype).
func (p *dslParser) archetypeBase(t dslToken) (*archetype, error) {
	key := strings.ToLower(t.text)
	if kind, ok := archetypeBases[key]; ok && !t.quoted {
		return &archetype{base: key, kind: kind}, nil
	}
	if name, ok := arrowArchetype(t); ok {
		key = name
	}
	parent := p.archetypeDefs[key]
	if parent == nil || t.quoted {
		return nil, p.errAt(t, "%q is neither an element keyword, \"->\", nor an archetype defined above", t.text)
	}
	if _, arrow := arrowArchetype(t); arrow != (parent.base == "->") {
		return nil, p.errAt(t, "the archetype %q extends %q, which is not a relationship archetype (or the other way round)", t.text, parent.base)
	}
	a := *parent
	a.tags = slices.Clone(parent.tags)
	a.properties = maps.Clone(parent.properties)
	return &a, nil
}

// archetypeDefault reads one statement of an archetype's block.
func (p *dslParser) archetypeDefault(st dslStatement, a *archetype) error {
	first := st.toks[0]
	switch {
	case first.is("description"):
		v, err := p.oneArg(st, "description <description>")
		a.description = v
		return err
	case first.is("technology") && (a.kind == KindContainer || a.kind == KindComponent || a.base == "->"),
		first.is("metadata") && a.kind == KindCustom:
		v, err := p.oneArg(st, strings.ToLower(first.text)+" <"+strings.ToLower(first.text)+">")
		a.technology = v
		return err
	case first.is("tag"), first.is("tags"):
		args, err := p.tagArgs(st)
		for _, t := range args {
			a.tags = append(a.tags, splitTags(t.text)...)
		}
		return err
	case first.is("properties"):
		if a.properties == nil {
			a.properties = map[string]string{}
		}
		return p.properties(st, a.properties)
	case first.is("perspectives"):
		return p.skip(st, "perspectives")
	}
	return p.unexpected(st, "inside an archetype", []string{"description", "technology", "metadata", "tag", "tags", "properties", "perspectives", "}"}, "")
}

// tagArgs returns the arguments of "tag <tag>" or "tags <tags> [tags...]".
func (p *dslParser) tagArgs(st dslStatement) ([]dslToken, error) {
	first := st.toks[0]
	args, err := p.args(st)
	if err != nil {
		return nil, err
	}
	switch {
	case first.is("tag") && (opensBlock(st) || len(args) != 1):
		return nil, p.errAt(first, "expected: tag <tag>")
	case opensBlock(st) || len(args) == 0:
		return nil, p.errAt(first, "expected: tags <tags> [tags...]")
	}
	return args, nil
}

// archetypeNamed returns the archetype that an unquoted keyword names, if
// any, and whether it has one of the given bases.
func (p *dslParser) archetypeNamed(t dslToken, bases ...string) (*archetype, bool) {
	if t.quoted || len(p.archetypeDefs) == 0 {
		return nil, false
	}
	a := p.archetypeDefs[strings.ToLower(t.text)]
	if a == nil {
		return nil, false
	}
	return a, slices.Contains(bases, a.base)
}

// applyTo gives a new element the archetype's defaults; the statement's
// own arguments and block override them.
func (a *archetype) applyTo(e *Element) {
	if a == nil {
		return
	}
	e.Description, e.Technology = a.description, a.technology
	addElementTags(e, strings.Join(a.tags, ","))
	if len(a.properties) > 0 {
		if e.Properties == nil {
			e.Properties = map[string]string{}
		}
		maps.Copy(e.Properties, a.properties)
	}
}

// isArrow reports whether t is a relationship arrow: "->", or "--name->"
// for a relationship of the archetype name.
func isArrow(t dslToken) bool {
	_, ok := arrowArchetype(t)
	return ok || t.is("->")
}

// arrowArchetype returns the archetype name of an arrow "--name->".
func arrowArchetype(t dslToken) (string, bool) {
	name, ok := strings.CutPrefix(t.text, "--")
	if !ok || t.quoted {
		return "", false
	}
	if name, ok = strings.CutSuffix(name, "->"); !ok || name == "" {
		return "", false
	}
	return strings.ToLower(name), true
}

// relationshipArchetype returns the archetype of an arrow: nil for "->".
func (p *dslParser) relationshipArchetype(arrow dslToken) (*archetype, error) {
	name, ok := arrowArchetype(arrow)
	if !ok {
		return nil, nil
	}
	a := p.archetypeDefs[name]
	if a == nil || a.base != "->" {
		return nil, p.errAt(arrow, "%q names no relationship archetype: define it in the model's archetypes block (%s = -> { ... })", arrow.text, name)
	}
	return a, nil
}
