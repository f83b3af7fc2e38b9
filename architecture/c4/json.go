package c4

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/google/uuid"
	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/tabular"
)

// JSONSchema names the version of leadkit's JSON form of a C4 model, written
// in the "schema" field of every document.
const JSONSchema = "leadkit.c4/v1"

// The JSON form (see the package documentation for the full schema). Element
// and relationship ends are referred to by canonical path, or by ID where a
// path is shared by two elements (duplicate names).
type (
	documentJSON struct {
		Schema string     `json:"schema"`
		Model  *modelJSON `json:"model"`
		Views  []viewJSON `json:"views,omitempty"`
	}
	modelJSON struct {
		Enterprise           string             `json:"enterprise,omitempty"`
		Properties           map[string]string  `json:"properties,omitempty"`
		Elements             []elementJSON      `json:"elements"`
		Relationships        []relationshipJSON `json:"relationships"`
		ImpliedRelationships []relationshipJSON `json:"implied_relationships,omitempty"`
	}
	elementJSON struct {
		ID          string            `json:"id,omitempty"`
		Kind        ElementKind       `json:"kind"`
		Name        string            `json:"name"`
		Parent      string            `json:"parent,omitempty"`
		Description string            `json:"description,omitempty"`
		Technology  string            `json:"technology,omitempty"`
		Tags        []string          `json:"tags,omitempty"`
		Properties  map[string]string `json:"properties,omitempty"`
		URL         string            `json:"url,omitempty"`
		Group       string            `json:"group,omitempty"`
		Location    Location          `json:"location,omitempty"`
	}
	relationshipJSON struct {
		ID          string            `json:"id,omitempty"`
		Source      string            `json:"source"`
		Destination string            `json:"destination"`
		Description string            `json:"description,omitempty"`
		Technology  string            `json:"technology,omitempty"`
		Tags        []string          `json:"tags,omitempty"`
		Properties  map[string]string `json:"properties,omitempty"`
		URL         string            `json:"url,omitempty"`
		Declared    bool              `json:"declared,omitempty"`
		ImpliedBy   string            `json:"implied_by,omitempty"`
	}
	viewJSON struct {
		Kind        ViewKind          `json:"kind"`
		Key         string            `json:"key,omitempty"`
		Title       string            `json:"title,omitempty"`
		Description string            `json:"description,omitempty"`
		Scope       string            `json:"scope,omitempty"`
		Rules       []ruleJSON        `json:"rules,omitempty"`
		AutoLayout  *AutoLayout       `json:"auto_layout,omitempty"`
		Properties  map[string]string `json:"properties,omitempty"`
	}
	ruleJSON struct {
		Exclude      bool           `json:"exclude,omitempty"`
		Kind         ExpressionKind `json:"kind"`
		Element      string         `json:"element,omitempty"`
		Relationship string         `json:"relationship,omitempty"`
		Source       string         `json:"source,omitempty"`
		Destination  string         `json:"destination,omitempty"`
		Tag          string         `json:"tag,omitempty"`
	}
)

// MarshalJSON writes the model in leadkit's JSON form: elements in the
// order added (parents first) and explicit relationships, with the implied
// relationships [Model.DeclareRelationship] stored listed apart.
func (m *Model) MarshalJSON() ([]byte, error) { return json.Marshal(m.toJSON()) }

// UnmarshalJSON replaces the model with the one in data, in leadkit's JSON
// form. Problems that do not stop reading — an element outside the parent
// its kind needs, a relationship end that names no element — leave that
// element or relationship out and are reported by [Model.Validate] as
// "c4.element.misplaced" and "c4.relationship.dangling".
func (m *Model) UnmarshalJSON(data []byte) error {
	var mj modelJSON
	if err := json.Unmarshal(data, &mj); err != nil {
		return err
	}
	_, err := m.fromJSON(&mj)
	return err
}

// ref refers to e by canonical path, or by ID when the path is empty
// (which would read as "none") or shared with an earlier element.
func (m *Model) ref(e *Element) string {
	if e.path != "" && m.byPath[e.path] == e {
		return e.path
	}
	return e.id.String()
}

func (m *Model) toJSON() *modelJSON {
	mj := &modelJSON{
		Enterprise:    m.Enterprise,
		Properties:    m.Properties,
		Elements:      make([]elementJSON, 0, len(m.elements)),
		Relationships: make([]relationshipJSON, 0, m.counts.Relationships),
	}
	for _, e := range m.elements {
		ej := elementJSON{
			ID: e.id.String(), Kind: e.kind, Name: e.name,
			Description: e.Description, Technology: e.Technology, Tags: e.Tags, Properties: e.Properties,
			URL: e.URL, Group: e.Group, Location: e.Location,
		}
		if e.parent != nil {
			ej.Parent = m.ref(e.parent)
		}
		mj.Elements = append(mj.Elements, ej)
	}
	for i, r := range m.rels {
		rj := relationshipJSON{
			ID: r.id.String(), Source: m.ref(r.source), Destination: m.ref(r.destination),
			Description: r.Description, Technology: r.Technology, Tags: r.Tags, Properties: r.Properties, URL: r.URL,
			Declared: m.ends[i].declared,
		}
		if r.impliedBy != nil {
			rj.ImpliedBy = r.impliedBy.id.String()
			mj.ImpliedRelationships = append(mj.ImpliedRelationships, rj)
		} else {
			mj.Relationships = append(mj.Relationships, rj)
		}
	}
	return mj
}

// lookup resolves a reference written by ref: an ID, or a canonical path.
func (m *Model) lookup(ref string) *Element {
	if len(ref) == 36 {
		if id, err := uuid.Parse(ref); err == nil {
			if e := m.byID[id]; e != nil {
				return e
			}
		}
	}
	return m.byPath[ref]
}

// fromJSON resets m and fills it from mj. It returns the stored
// relationships by ID, for views to refer to.
func (m *Model) fromJSON(mj *modelJSON) (map[uuid.UUID]*Relationship, error) {
	*m = Model{Enterprise: mj.Enterprise, Properties: mj.Properties}
	m.init()
	for i, ej := range mj.Elements {
		field := "elements[" + strconv.Itoa(i) + "]"
		if !ej.Kind.Valid() {
			return nil, &leadkit.ParseError{Msg: field + `: "kind" is missing (want person, software_system, container, component, code or custom)`}
		}
		var parent *Element
		if ej.Parent != "" {
			parent = m.lookup(ej.Parent)
		}
		want := ej.Kind.parentKind()
		var problem string
		switch {
		case ej.Parent != "" && parent == nil:
			problem = fmt.Sprintf("The %s %q names the parent %q, which is not an earlier element.", kindPhrase(ej.Kind), ej.Name, ej.Parent)
		case want == 0 && parent != nil:
			problem = fmt.Sprintf("The %s %q is inside %q, but a %s is never nested in another element.", kindPhrase(ej.Kind), ej.Name, parent.path, kindPhrase(ej.Kind))
		case want != 0 && parent == nil:
			problem = fmt.Sprintf("The %s %q is outside any %s.", kindPhrase(ej.Kind), ej.Name, kindPhrase(want))
		case want != 0 && parent.kind != want:
			problem = fmt.Sprintf("The %s %q is inside the %s %q, but belongs in a %s.", kindPhrase(ej.Kind), ej.Name, kindPhrase(parent.kind), parent.path, kindPhrase(want))
		}
		if problem != "" {
			m.problems = append(m.problems, leadkit.Finding{
				Code: "c4.element.misplaced", Field: field, Severity: leadkit.Error, Message: problem,
				Hint: "Nest containers in software systems, components in containers and code in components; people and software systems stay at the top.",
			})
			continue
		}
		e := newElementHandle(ej.Kind)
		e.kind, e.name, e.parent, e.model = ej.Kind, ej.Name, parent, m
		e.Description, e.Technology, e.Tags, e.Properties = ej.Description, ej.Technology, ej.Tags, ej.Properties
		e.URL, e.Group, e.Location = ej.URL, ej.Group, ej.Location
		e.path = childPath(parent, ej.Name)
		e.id = m.freeElementID(e.path)
		if ej.ID != "" {
			id, err := uuid.Parse(ej.ID)
			if err != nil {
				return nil, &leadkit.ParseError{Msg: fmt.Sprintf("%s.id: %q is not a UUID", field, ej.ID), Err: err}
			}
			if m.byID[id] == nil {
				e.id = id
			}
		}
		m.register(e)
	}
	byID := make(map[uuid.UUID]*Relationship, len(mj.Relationships)+len(mj.ImpliedRelationships))
	add := func(list string, i int, rj relationshipJSON) error {
		field := list + "[" + strconv.Itoa(i) + "]"
		s, d := m.lookup(rj.Source), m.lookup(rj.Destination)
		var by *Relationship
		if rj.ImpliedBy != "" {
			if id, err := uuid.Parse(rj.ImpliedBy); err == nil {
				by = byID[id]
			}
		}
		if s == nil || d == nil || (rj.ImpliedBy != "" && by == nil) {
			missing := rj.Source
			switch {
			case s != nil && d == nil:
				missing = rj.Destination
			case s != nil && d != nil:
				missing = rj.ImpliedBy
			}
			m.problems = append(m.problems, leadkit.Finding{
				Code: "c4.relationship.dangling", Field: field, Severity: leadkit.Error,
				Message: fmt.Sprintf("The relationship %q from %q to %q refers to %q, which is not in the model.", rj.Description, rj.Source, rj.Destination, missing),
				Hint:    "Refer to elements by canonical path (such as \"Shop/Web App\") or ID, and list them before the relationships.",
			})
			return nil
		}
		if m.full() {
			return nil
		}
		r := m.store(s, d, rj.Description, rj.Technology, by, rj.Declared && by == nil)
		r.Tags, r.Properties, r.URL = rj.Tags, rj.Properties, rj.URL
		if rj.ID != "" {
			id, err := uuid.Parse(rj.ID)
			if err != nil {
				return &leadkit.ParseError{Msg: fmt.Sprintf("%s.id: %q is not a UUID", field, rj.ID), Err: err}
			}
			if byID[id] == nil {
				r.id = id
			}
		}
		byID[r.id] = r
		return nil
	}
	for i, rj := range mj.Relationships {
		if err := add("relationships", i, rj); err != nil {
			return nil, err
		}
	}
	for i, rj := range mj.ImpliedRelationships {
		if err := add("implied_relationships", i, rj); err != nil {
			return nil, err
		}
	}
	return byID, nil
}

// newElementHandle allocates the typed handle of an element of kind k and
// returns its Element, with self set.
func newElementHandle(k ElementKind) *Element {
	switch k {
	case KindPerson:
		h := &Person{}
		h.self = h
		return &h.Element
	case KindSoftwareSystem:
		h := &SoftwareSystem{}
		h.self = h
		return &h.Element
	case KindContainer:
		h := &Container{}
		h.self = h
		return &h.Element
	case KindComponent:
		h := &Component{}
		h.self = h
		return &h.Element
	case KindCustom:
		h := &CustomElement{}
		h.self = h
		return &h.Element
	default:
		h := &CodeElement{}
		h.self = h
		return &h.Element
	}
}

// MarshalJSON writes the view as it appears in leadkit's JSON form, with
// elements referred to by canonical path (or ID; see the package
// documentation). Read views back with [ReadJSON], which resolves those
// references against the model.
func (v *View) MarshalJSON() ([]byte, error) { return json.Marshal(v.toJSON()) }

func (v *View) toJSON() viewJSON {
	vj := viewJSON{Kind: v.Kind, Key: v.Key, Title: v.Title, Description: v.Description, AutoLayout: v.AutoLayout, Properties: v.Properties}
	ref := func(e *Element) string {
		if e == nil || e.model == nil {
			return ""
		}
		return e.model.ref(e)
	}
	vj.Scope = ref(v.Scope)
	for _, rule := range v.Rules {
		x := rule.Expr
		rj := ruleJSON{Exclude: rule.Exclude, Kind: x.Kind, Tag: x.Tag, Element: ref(x.Element), Source: ref(x.Source), Destination: ref(x.Destination)}
		if x.Relationship != nil {
			rj.Relationship = x.Relationship.ID().String()
		}
		vj.Rules = append(vj.Rules, rj)
	}
	return vj
}

func (m *Model) viewFromJSON(i int, vj viewJSON, rels map[uuid.UUID]*Relationship) (*View, error) {
	field := "views[" + strconv.Itoa(i) + "]"
	bad := func(format string, args ...any) error {
		return &leadkit.ParseError{Msg: field + ": " + fmt.Sprintf(format, args...)}
	}
	element := func(what, ref string) (*Element, error) {
		if ref == "" {
			return nil, nil
		}
		if e := m.lookup(ref); e != nil {
			return e, nil
		}
		return nil, bad("the %s %q is not an element of the model", what, ref)
	}
	v := &View{Kind: vj.Kind, Key: vj.Key, Title: vj.Title, Description: vj.Description, AutoLayout: vj.AutoLayout, Properties: vj.Properties}
	var err error
	if v.Scope, err = element("scope", vj.Scope); err != nil {
		return nil, err
	}
	for _, rj := range vj.Rules {
		x := Expression{Kind: rj.Kind, Tag: rj.Tag}
		if x.Element, err = element("element", rj.Element); err != nil {
			return nil, err
		}
		if x.Source, err = element("source", rj.Source); err != nil {
			return nil, err
		}
		if x.Destination, err = element("destination", rj.Destination); err != nil {
			return nil, err
		}
		if rj.Relationship != "" {
			id, perr := uuid.Parse(rj.Relationship)
			if x.Relationship = rels[id]; perr != nil || x.Relationship == nil {
				return nil, bad("the relationship %q is not a relationship of the model", rj.Relationship)
			}
		}
		v.Rules = append(v.Rules, ViewRule{Exclude: rj.Exclude, Expr: x})
	}
	return v, nil
}

// ReadJSON reads a document in leadkit's JSON form (as [JSON] writes it):
// the model and its views. Syntax errors, unknown fields and unknown enum
// text fail with a [*leadkit.ParseError] giving the line and column; a view
// that names an element or relationship the model lacks fails with a
// ParseError naming the view. Problems inside the model are kept for
// [Model.Validate] (see [Model.UnmarshalJSON]). Input is limited to 64 MiB.
func ReadJSON(r io.Reader) (*Model, []*View, error) {
	var doc documentJSON
	if err := tabular.DecodeJSON(r, "", &doc); err != nil {
		return nil, nil, err
	}
	if doc.Schema != JSONSchema {
		return nil, nil, &leadkit.ParseError{Msg: fmt.Sprintf("schema %q is not %q", doc.Schema, JSONSchema)}
	}
	if doc.Model == nil {
		return nil, nil, &leadkit.ParseError{Msg: `the document has no "model"`}
	}
	m := &Model{}
	rels, err := m.fromJSON(doc.Model)
	if err != nil {
		return nil, nil, err
	}
	var views []*View
	for i, vj := range doc.Views {
		v, err := m.viewFromJSON(i, vj, rels)
		if err != nil {
			return nil, nil, err
		}
		views = append(views, v)
	}
	return m, views, nil
}
