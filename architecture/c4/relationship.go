package c4

import (
	"crypto/sha1"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"

	"github.com/google/uuid"
	"github.com/leadkit/leadkit"
)

// Relationship is a directed "uses" relationship from a source element to a
// destination element. Its ends are fixed when it is added; the other fields
// are plain data.
//
// A relationship is either explicit (added by the caller) or implied: a
// relationship between two elements implies one between each pair of their
// ancestors (see [Model.ImpliedRelationships]); [Relationship.ImpliedBy]
// tells them apart.
type Relationship struct {
	// Description says what the source does with the destination, such as
	// "Reads from and writes to".
	Description string
	// Technology names how they talk, such as "HTTPS" or "SQL/TCP".
	Technology string
	// Tags are free-form labels, in the order added; Structurizr's default
	// "Relationship" tag is implied and not stored.
	Tags []string
	// Properties are name/value pairs of extra data.
	Properties map[string]string
	// URL links to more information.
	URL string

	id          uuid.UUID
	source      *Element
	destination *Element
	impliedBy   *Relationship
}

// ID returns the relationship's identifier: a name-based (version 5) UUID
// derived from the IDs of its ends, its description (as it was when the
// relationship was added) and, for the rare repeats, an ordinal. The ID of
// a computed implied relationship is derived when asked for, so that
// computing millions of them costs no hashing.
func (r *Relationship) ID() uuid.UUID {
	if r.id == uuid.Nil && r.impliedBy != nil && r.source != nil && r.destination != nil {
		return relationshipID(r.source.id, r.destination.id, r.impliedBy.Description, true, 0)
	}
	return r.id
}

// Source returns the element the relationship starts from.
func (r *Relationship) Source() *Element { return r.source }

// Destination returns the element the relationship points to.
func (r *Relationship) Destination() *Element { return r.destination }

// ImpliedBy returns the explicit relationship this implied relationship
// stands for, or nil for an explicit relationship.
func (r *Relationship) ImpliedBy() *Relationship { return r.impliedBy }

// Implied reports whether the relationship is implied rather than explicit.
func (r *Relationship) Implied() bool { return r.impliedBy != nil }

// AddTags adds each tag that the relationship does not have yet.
func (r *Relationship) AddTags(tags ...string) { r.Tags = addTags(r.Tags, tags) }

// HasTag reports whether the relationship carries tag.
func (r *Relationship) HasTag(tag string) bool { return slices.Contains(r.Tags, tag) }

// String formats the relationship as `Source -> Destination "description"`,
// with canonical paths.
func (r *Relationship) String() string {
	var b strings.Builder
	b.WriteString(pathOf(r.source))
	b.WriteString(" -> ")
	b.WriteString(pathOf(r.destination))
	if r.Description != "" {
		b.WriteByte(' ')
		b.WriteString(strconv.Quote(r.Description))
	}
	return b.String()
}

func pathOf(e *Element) string {
	if e == nil {
		return "<nil>"
	}
	return e.path
}

// The reasons [Model.DeclareRelationship] refuses a relationship, found in a
// [*RelationshipError] with [errors.Is].
var (
	// ErrRelationshipExists reports a relationship with the same source,
	// destination and description as one the model already has (explicit or
	// implied). It matches [leadkit.ErrConflict].
	ErrRelationshipExists = fmt.Errorf("relationship already exists: %w", leadkit.ErrConflict)
	// ErrParentChild reports a relationship between an element and one of
	// its own ancestors or descendants. It matches [leadkit.ErrInvalid].
	ErrParentChild = fmt.Errorf("relationships cannot be added between parents and children: %w", leadkit.ErrInvalid)
	// ErrForeignElement reports a nil end, or an end that belongs to another
	// model. It matches [leadkit.ErrInvalid].
	ErrForeignElement = fmt.Errorf("relationship end is not an element of this model: %w", leadkit.ErrInvalid)
	// ErrModelFull reports a model that already holds MaxRelationships. It
	// matches [leadkit.ErrInvalid].
	ErrModelFull = fmt.Errorf("the model holds the most relationships it can: %w", leadkit.ErrInvalid)
)

// RelationshipError is the error [Model.DeclareRelationship] returns. Err is
// one of [ErrRelationshipExists], [ErrParentChild], [ErrForeignElement] or
// [ErrModelFull].
type RelationshipError struct {
	// Source and Destination are the ends asked for; either may be nil with
	// ErrForeignElement.
	Source, Destination *Element
	// Description is the description asked for.
	Description string
	// Existing is the relationship already in the model, with
	// ErrRelationshipExists.
	Existing *Relationship
	// Err says why the relationship was refused.
	Err error
}

// Error says which relationship was refused and why, in the words of the
// Structurizr DSL's own message where there is one.
func (e *RelationshipError) Error() string {
	switch {
	case errors.Is(e.Err, ErrRelationshipExists):
		msg := fmt.Sprintf("c4: a relationship between %q and %q already exists", pathOf(e.Source), pathOf(e.Destination))
		if e.Existing != nil && e.Existing.Implied() {
			msg += fmt.Sprintf(" (implied by %s)", e.Existing.impliedBy)
		}
		return msg
	case errors.Is(e.Err, ErrParentChild):
		return fmt.Sprintf("c4: relationships cannot be added between parents and children (%q and %q)", pathOf(e.Source), pathOf(e.Destination))
	default:
		return fmt.Sprintf("c4: cannot add a relationship from %q to %q: %v", pathOf(e.Source), pathOf(e.Destination), e.Err)
	}
}

// Unwrap returns Err.
func (e *RelationshipError) Unwrap() error { return e.Err }

// AddRelationship adds an explicit relationship from source to destination
// and returns it. It never fails: a duplicate or a relationship between an
// element and its own parent is added anyway and reported by
// [Model.Validate]. A nil end, or an end from another model, is not added:
// the returned relationship is detached from the model and Validate reports
// "c4.relationship.dangling".
//
// The relationships it implies are not stored; [Model.ImpliedRelationships]
// computes them on demand.
func (m *Model) AddRelationship(source, destination Node, description, technology string) *Relationship {
	s, d := nodeElement(source), nodeElement(destination)
	if m == nil {
		return &Relationship{Description: description, Technology: technology, source: s, destination: d}
	}
	m.init()
	if s == nil || d == nil || s.model != m || d.model != m {
		m.problems = append(m.problems, leadkit.Finding{
			Code:     "c4.relationship.dangling",
			Field:    "relationships",
			Severity: leadkit.Error,
			Message:  fmt.Sprintf("The relationship %q from %s to %s has an end that is not an element of this model.", description, describeEnd(s, m), describeEnd(d, m)),
			Hint:     "Relate only elements added to this model.",
		})
		return &Relationship{Description: description, Technology: technology, source: s, destination: d}
	}
	if m.full() {
		return &Relationship{Description: description, Technology: technology, source: s, destination: d}
	}
	return m.store(s, d, description, technology, nil, false)
}

func describeEnd(e *Element, m *Model) string {
	switch {
	case e == nil:
		return "nothing"
	case e.model != m:
		return strconv.Quote(e.path) + " of another model"
	default:
		return strconv.Quote(e.path)
	}
}

// DeclareRelationship adds an explicit relationship the way the Structurizr
// DSL does, for parsers that must fail where Structurizr fails:
//
//   - it refuses a relationship whose source, destination and description
//     match one the model already has, explicit or implied, with
//     [ErrRelationshipExists];
//   - it refuses a relationship between an element and its own ancestor or
//     descendant with [ErrParentChild];
//   - it adds, at once, the implied relationships between the ancestors of
//     the two ends (Structurizr's default strategy: unless any relationship
//     already exists between that pair), so that a later declaration that
//     repeats one of them fails.
//
// The error is a [*RelationshipError].
func (m *Model) DeclareRelationship(source, destination Node, description, technology string) (*Relationship, error) {
	s, d := nodeElement(source), nodeElement(destination)
	if m == nil || s == nil || d == nil || s.model != m || d.model != m {
		return nil, &RelationshipError{Source: s, Destination: d, Description: description, Err: ErrForeignElement}
	}
	m.init()
	if s.IsAncestorOf(d) || d.IsAncestorOf(s) {
		return nil, &RelationshipError{Source: s, Destination: d, Description: description, Err: ErrParentChild}
	}
	for i, ok := m.between[pair{s.index, d.index}]; ok && i >= 0; i = m.ends[i].next {
		if x := m.rels[i]; x.Description == description {
			return nil, &RelationshipError{Source: s, Destination: d, Description: description, Existing: x, Err: ErrRelationshipExists}
		}
	}
	if m.full() {
		return nil, &RelationshipError{Source: s, Destination: d, Description: description, Err: ErrModelFull}
	}
	r := m.store(s, d, description, technology, nil, true)
	for src := s; src != nil; src = src.parent {
		for dst := d; dst != nil; dst = dst.parent {
			if _, joined := m.between[pair{src.index, dst.index}]; impliedAllowed(src, dst) && !joined && !m.full() {
				m.store(src, dst, description, technology, r, false)
			}
		}
	}
	return r, nil
}

// MaxRelationships is the most relationships, explicit and stored implied,
// a model holds (about 268 million, far beyond any real model); further ones
// are not added and Validate reports "c4.model.too_large".
const MaxRelationships = 1<<28 - 1

// maxRelationships is MaxRelationships, lowered by tests.
var maxRelationships = MaxRelationships

// full reports, and records once, that m holds MaxRelationships.
func (m *Model) full() bool {
	if len(m.rels) < maxRelationships {
		return false
	}
	if !m.problems.Has("c4.model.too_large") {
		m.problems = append(m.problems, leadkit.Finding{
			Code: "c4.model.too_large", Field: "relationships", Severity: leadkit.Error,
			Message: fmt.Sprintf("The model holds %d relationships, the most it can; later ones were not added.", MaxRelationships),
			Hint:    "Split the model into smaller workspaces.",
		})
	}
	return true
}

// store appends a relationship between two elements of m and indexes it.
// declared marks an explicit relationship whose implied relationships are
// stored rather than computed.
func (m *Model) store(s, d *Element, description, technology string, impliedBy *Relationship, declared bool) *Relationship {
	r := &Relationship{Description: description, Technology: technology, source: s, destination: d, impliedBy: impliedBy}
	at := int32(len(m.rels))
	k := pair{s.index, d.index}
	ordinal := 0
	last := int32(-1)
	for i, ok := m.between[k]; ok && i >= 0; i = m.ends[i].next {
		if x := m.rels[i]; x.Description == description && x.Implied() == r.Implied() {
			ordinal++
		}
		last = i
	}
	r.id = relationshipID(s.id, d.id, description, r.Implied(), ordinal)
	if last < 0 {
		m.between[k] = at
	} else {
		m.ends[last].next = at
	}
	m.ends = append(m.ends, relEnds{
		src: s.index, dst: d.index, next: -1, declared: declared,
		computes: impliedBy == nil && !declared && (s.parent != nil || d.parent != nil),
	})
	m.rels = append(m.rels, r)
	if impliedBy == nil {
		m.counts.Relationships++
	}
	return r
}

// Relationships returns the explicit relationships in the order added.
func (m *Model) Relationships() iter.Seq[*Relationship] {
	return func(yield func(*Relationship) bool) {
		for _, r := range m.rels {
			if r.impliedBy == nil && !yield(r) {
				return
			}
		}
	}
}

// RelationshipsBetween returns the relationships stored from source to
// destination, explicit ones and those [Model.DeclareRelationship] implied,
// in the order added. It takes time proportional to their number.
func (m *Model) RelationshipsBetween(source, destination Node) []*Relationship {
	s, d := nodeElement(source), nodeElement(destination)
	if s == nil || d == nil || s.model != m || d.model != m {
		return nil
	}
	var out []*Relationship
	for i, ok := m.between[pair{s.index, d.index}]; ok && i >= 0; i = m.ends[i].next {
		out = append(out, m.rels[i])
	}
	return out
}

// impliedAllowed reports whether an implied relationship may join src and
// dst: never an element to itself, nor an element to its own ancestor or
// descendant.
func impliedAllowed(src, dst *Element) bool {
	return src != dst && !src.IsAncestorOf(dst) && !dst.IsAncestorOf(src)
}

// nameID returns the version 5 UUID of data in the package's namespace,
// without the allocations of uuid.NewSHA1.
func nameID(data []byte) uuid.UUID {
	buf := make([]byte, 0, 128)
	buf = append(buf, idSpace[:]...)
	buf = append(buf, data...)
	sum := sha1.Sum(buf)
	var id uuid.UUID
	copy(id[:], sum[:16])
	id[6] = id[6]&0x0f | 0x50
	id[8] = id[8]&0x3f | 0x80
	return id
}

func relationshipID(src, dst uuid.UUID, description string, implied bool, ordinal int) uuid.UUID {
	buf := make([]byte, 0, 96)
	buf = append(buf, src[:]...)
	buf = append(buf, dst[:]...)
	if implied {
		buf = append(buf, 'i')
	} else {
		buf = append(buf, 'e')
	}
	buf = strconv.AppendInt(buf, int64(ordinal), 10)
	buf = append(buf, 0)
	buf = append(buf, description...)
	return nameID(buf)
}
