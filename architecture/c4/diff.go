package c4

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/leadkit/leadkit/internal/enum"
)

// ChangeKind says how an element or relationship differs between two
// models. The zero value is unset and invalid.
type ChangeKind uint8

// The change kinds. Their text forms are "added", "removed" and "changed".
const (
	// Added is in the new model only.
	Added ChangeKind = iota + 1
	// Removed is in the old model only.
	Removed
	// Changed is in both, with different fields.
	Changed
)

var changeNames = enum.Names[ChangeKind]{Type: "change kind", First: Added, Text: []string{"added", "removed", "changed"}}

// String returns the text form of k, or "change kind(N)" for an invalid
// kind.
func (k ChangeKind) String() string { return changeNames.String(k) }

// MarshalText implements [encoding.TextMarshaler]; it refuses invalid kinds.
func (k ChangeKind) MarshalText() ([]byte, error) { return changeNames.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *ChangeKind) UnmarshalText(text []byte) error { return changeNames.Unmarshal(text, k) }

// FieldChange is one field that differs between the old and the new
// version of an element or relationship.
type FieldChange struct {
	// Field names the field, such as "technology" or "properties.owner".
	Field string `json:"field"`
	// Old is the old value as text; empty when it was unset.
	Old string `json:"old,omitempty"`
	// New is the new value as text; empty when it is unset.
	New string `json:"new,omitempty"`
}

// ElementChange is an element added, removed or changed.
type ElementChange struct {
	// Change says how the element differs.
	Change ChangeKind `json:"change"`
	// Path is the element's canonical path, by which the two models are
	// matched.
	Path string `json:"path"`
	// Kind is the element's kind (in the new model, when changed).
	Kind ElementKind `json:"kind"`
	// Fields lists what changed; it is empty for added and removed elements.
	Fields []FieldChange `json:"fields,omitempty"`
}

// RelationshipChange is an explicit relationship added, removed or changed.
type RelationshipChange struct {
	// Change says how the relationship differs.
	Change ChangeKind `json:"change"`
	// Source and Destination are the canonical paths of the ends.
	Source      string `json:"source"`
	Destination string `json:"destination"`
	// Description is the relationship's description (the new one, when
	// changed).
	Description string `json:"description,omitempty"`
	// Fields lists what changed; it is empty for added and removed
	// relationships.
	Fields []FieldChange `json:"fields,omitempty"`
}

// Changes is the difference between two models, as [Diff] finds it.
type Changes struct {
	// Elements are the elements added, removed or changed, sorted by path.
	Elements []ElementChange `json:"elements,omitempty"`
	// Relationships are the explicit relationships added, removed or
	// changed, sorted by source, destination and description.
	Relationships []RelationshipChange `json:"relationships,omitempty"`
}

// Empty reports whether the two models were the same.
func (c Changes) Empty() bool { return len(c.Elements) == 0 && len(c.Relationships) == 0 }

// Diff compares two models. Elements are matched by canonical path (not by
// ID, so that two independently built versions of a model compare well);
// explicit relationships by the paths of their ends and their description,
// and a relationship whose description changed is reported as changed when
// it is the only one between its ends on both sides. A renamed element
// shows as removed and added. Repeated paths or relationships (which
// Validate reports) are matched in model order. Either model may be nil,
// meaning empty. It takes O(n log n) time for sorting the result.
func Diff(old, new *Model) Changes {
	if old == nil {
		old = &Model{}
	}
	if new == nil {
		new = &Model{}
	}
	var c Changes
	c.Elements = diffElements(old, new)
	c.Relationships = diffRelationships(old, new)
	return c
}

// occurrence keys a path or relationship with its ordinal among repeats.
type occurrence struct {
	key string
	n   int
}

func diffElements(old, new *Model) []ElementChange {
	// keys numbers the repeats of each path in model order.
	keys := func(m *Model) []occurrence {
		seen := make(map[string]int, len(m.elements))
		out := make([]occurrence, len(m.elements))
		for i, e := range m.elements {
			out[i] = occurrence{e.path, seen[e.path]}
			seen[e.path]++
		}
		return out
	}
	oldKeys, newKeys := keys(old), keys(new)
	before := make(map[occurrence]*Element, len(oldKeys))
	for i, k := range oldKeys {
		before[k] = old.elements[i]
	}
	matched := make(map[occurrence]bool, len(newKeys))
	var out []ElementChange
	for i, k := range newKeys {
		e := new.elements[i]
		o, ok := before[k]
		switch {
		case !ok:
			out = append(out, ElementChange{Change: Added, Path: e.path, Kind: e.kind})
		default:
			matched[k] = true
			if fs := elementFields(o, e); len(fs) > 0 {
				out = append(out, ElementChange{Change: Changed, Path: e.path, Kind: e.kind, Fields: fs})
			}
		}
	}
	for i, k := range oldKeys {
		if !matched[k] {
			o := old.elements[i]
			out = append(out, ElementChange{Change: Removed, Path: o.path, Kind: o.kind})
		}
	}
	slices.SortStableFunc(out, func(a, b ElementChange) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), cmp.Compare(a.Change, b.Change))
	})
	return out
}

func elementFields(o, e *Element) []FieldChange {
	var fs []FieldChange
	fs = field(fs, "kind", o.kind.String(), e.kind.String())
	fs = field(fs, "description", o.Description, e.Description)
	fs = field(fs, "technology", o.Technology, e.Technology)
	fs = field(fs, "tags", strings.Join(o.Tags, ", "), strings.Join(e.Tags, ", "))
	fs = propertyFields(fs, o.Properties, e.Properties)
	fs = field(fs, "url", o.URL, e.URL)
	fs = field(fs, "group", o.Group, e.Group)
	if o.Location != e.Location {
		fs = append(fs, FieldChange{Field: "location", Old: o.Location.String(), New: e.Location.String()})
	}
	return fs
}

func field(fs []FieldChange, name, old, new string) []FieldChange {
	if old != new {
		fs = append(fs, FieldChange{Field: name, Old: old, New: new})
	}
	return fs
}

func propertyFields(fs []FieldChange, old, new map[string]string) []FieldChange {
	keys := slices.Sorted(maps.Keys(old))
	for _, k := range slices.Sorted(maps.Keys(new)) {
		if _, ok := old[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		fs = field(fs, "properties."+k, old[k], new[k])
	}
	return fs
}

func diffRelationships(old, new *Model) []RelationshipChange {
	type entry struct {
		r   *Relationship
		key occurrence
	}
	index := func(m *Model) (map[occurrence]*Relationship, []entry) {
		seen := make(map[string]int, m.counts.Relationships)
		out := make(map[occurrence]*Relationship, m.counts.Relationships)
		var list []entry
		for _, r := range m.rels {
			if r.impliedBy != nil {
				continue
			}
			k := r.source.path + "\x00" + r.destination.path + "\x00" + r.Description
			o := occurrence{k, seen[k]}
			seen[k]++
			out[o] = r
			list = append(list, entry{r, o})
		}
		return out, list
	}
	before, oldList := index(old)
	after, newList := index(new)
	ends := func(r *Relationship) string { return r.source.path + "\x00" + r.destination.path }
	// Unmatched relationships by their ends, to pair up changed descriptions.
	gone := map[string][]*Relationship{}
	for _, e := range oldList {
		if _, ok := after[e.key]; !ok {
			gone[ends(e.r)] = append(gone[ends(e.r)], e.r)
		}
	}
	came := map[string][]*Relationship{}
	for _, e := range newList {
		if _, ok := before[e.key]; !ok {
			came[ends(e.r)] = append(came[ends(e.r)], e.r)
		}
	}
	change := func(k ChangeKind, r *Relationship, fs []FieldChange) RelationshipChange {
		return RelationshipChange{Change: k, Source: r.source.path, Destination: r.destination.path, Description: r.Description, Fields: fs}
	}
	var out []RelationshipChange
	for _, e := range newList {
		o, ok := before[e.key]
		if ok {
			if fs := relationshipFields(o, e.r); len(fs) > 0 {
				out = append(out, change(Changed, e.r, fs))
			}
			continue
		}
		pairKey := ends(e.r)
		if len(came[pairKey]) == 1 && len(gone[pairKey]) == 1 {
			o := gone[pairKey][0]
			out = append(out, change(Changed, e.r, relationshipFields(o, e.r)))
			continue
		}
		out = append(out, change(Added, e.r, nil))
	}
	for _, e := range oldList {
		if _, ok := after[e.key]; ok {
			continue
		}
		if pairKey := ends(e.r); len(came[pairKey]) == 1 && len(gone[pairKey]) == 1 {
			continue // reported as changed
		}
		out = append(out, change(Removed, e.r, nil))
	}
	slices.SortStableFunc(out, func(a, b RelationshipChange) int {
		return cmp.Or(strings.Compare(a.Source, b.Source), strings.Compare(a.Destination, b.Destination),
			strings.Compare(a.Description, b.Description), cmp.Compare(a.Change, b.Change))
	})
	return out
}

func relationshipFields(o, r *Relationship) []FieldChange {
	var fs []FieldChange
	fs = field(fs, "description", o.Description, r.Description)
	fs = field(fs, "technology", o.Technology, r.Technology)
	fs = field(fs, "tags", strings.Join(o.Tags, ", "), strings.Join(r.Tags, ", "))
	fs = propertyFields(fs, o.Properties, r.Properties)
	fs = field(fs, "url", o.URL, r.URL)
	return fs
}

// String returns the report [Changes.Report] writes, or "no changes".
func (c Changes) String() string {
	if c.Empty() {
		return "no changes\n"
	}
	return c.Report()
}

// Report formats the changes for a person reviewing an architecture change,
// such as in a pull request: one line per element or relationship, marked
// "+" (added), "-" (removed) or "~" (changed), each changed field indented
// below with its old and new value.
//
//	Elements:
//	  + container Shop/Cache
//	  ~ container Shop/Web App
//	      technology: "Go" -> "Go 1.26"
//	Relationships:
//	  - Customer -> Shop/Web App "Browses"
func (c Changes) Report() string {
	var b strings.Builder
	mark := map[ChangeKind]string{Added: "+", Removed: "-", Changed: "~"}
	fields := func(fs []FieldChange) {
		for _, f := range fs {
			fmt.Fprintf(&b, "      %s: %s -> %s\n", f.Field, strconv.Quote(f.Old), strconv.Quote(f.New))
		}
	}
	if len(c.Elements) > 0 {
		b.WriteString("Elements:\n")
		for _, e := range c.Elements {
			fmt.Fprintf(&b, "  %s %s %s\n", mark[e.Change], kindPhrase(e.Kind), e.Path)
			fields(e.Fields)
		}
	}
	if len(c.Relationships) > 0 {
		b.WriteString("Relationships:\n")
		for _, r := range c.Relationships {
			fmt.Fprintf(&b, "  %s %s -> %s %s\n", mark[r.Change], r.Source, r.Destination, strconv.Quote(r.Description))
			fields(r.Fields)
		}
	}
	return b.String()
}
