package c4

// ImpliedRelationships returns the implied relationships of the model, each
// marked implied and linked to the explicit relationship it stands for
// ([Relationship.ImpliedBy]).
//
// They follow Structurizr's default strategy ("create implied relationships
// unless any relationship exists"): a relationship from S to D implies one
// from every element of S and its ancestors to every element of D and its
// ancestors, with the same description and technology, except
//
//   - between an element and itself or its own ancestor or descendant, and
//   - where any relationship, explicit or already implied, joins that pair.
//
// Explicit relationships are taken in the order added, so the first one
// between two subtrees gives the implied relationship its description. Those
// added with [Model.AddRelationship] are computed here, on demand, against
// the whole model; those added with [Model.DeclareRelationship] had theirs
// stored when they were declared, and those are returned as stored. The
// result is in model order; it takes time linear in the number of
// relationships (at most 16 ancestor pairs each).
func (m *Model) ImpliedRelationships() []*Relationship {
	var out []*Relationship
	m.walkRelationships(
		func(r *Relationship) {
			if r.impliedBy != nil {
				out = append(out, r)
			}
		},
		func(src, dst *Element, by *Relationship) { out = append(out, newImplied(src, dst, by)) })
	return out
}

// countImplied counts what ImpliedRelationships returns without building it.
func (m *Model) countImplied() int {
	n := 0
	m.walkRelationships(
		func(r *Relationship) {
			if r.impliedBy != nil {
				n++
			}
		},
		func(_, _ *Element, _ *Relationship) { n++ })
	return n
}

func newImplied(src, dst *Element, by *Relationship) *Relationship {
	return &Relationship{
		Description: by.Description,
		Technology:  by.Technology,
		id:          relationshipID(src.id, dst.id, by.Description, true, 0),
		source:      src,
		destination: dst,
		impliedBy:   by,
	}
}

// walkRelationships calls stored for each relationship stored in the model
// (explicit, or implied by DeclareRelationship) in the order added, and
// right after each explicit relationship whose implied relationships are
// not stored, computed for each one it implies.
func (m *Model) walkRelationships(stored func(*Relationship), computed func(src, dst *Element, by *Relationship)) {
	var made map[pair]struct{}
	for _, r := range m.rels {
		stored(r)
		if r.impliedBy != nil || r.materialised || (r.source.parent == nil && r.destination.parent == nil) {
			continue
		}
		if made == nil {
			made = make(map[pair]struct{}, len(m.rels)/2)
		}
		for src := r.source; src != nil; src = src.parent {
			for dst := r.destination; dst != nil; dst = dst.parent {
				if !impliedAllowed(src, dst) {
					continue
				}
				k := pair{src.index, dst.index}
				if m.between[k] != nil {
					continue // a stored relationship (or r itself) joins the pair
				}
				if _, done := made[k]; done {
					continue
				}
				made[k] = struct{}{}
				computed(src, dst, r)
			}
		}
	}
}
