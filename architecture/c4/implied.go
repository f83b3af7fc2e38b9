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
	win := m.impliedWinners()
	n := 0
	for _, w := range win {
		if w {
			n++
		}
	}
	// One allocation for all computed relationships: a large model implies
	// millions.
	stored := 0
	for _, r := range m.rels {
		if r.impliedBy != nil {
			stored++
		}
	}
	slab := make([]Relationship, 0, n)
	out := make([]*Relationship, 0, n+stored)
	m.walkWinners(win,
		func(r *Relationship) {
			if r.impliedBy != nil {
				out = append(out, r)
			}
		},
		func(src, dst *Element, by *Relationship) {
			slab = append(slab, Relationship{Description: by.Description, Technology: by.Technology, source: src, destination: dst, impliedBy: by})
			out = append(out, &slab[len(slab)-1])
		})
	return out
}

// countImplied counts what ImpliedRelationships returns without building it.
func (m *Model) countImplied() int {
	n := 0
	for _, r := range m.rels {
		if r.impliedBy != nil {
			n++
		}
	}
	for _, w := range m.impliedWinners() {
		if w {
			n++
		}
	}
	return n
}

func newImplied(src, dst *Element, by *Relationship) *Relationship {
	return &Relationship{Description: by.Description, Technology: by.Technology, source: src, destination: dst, impliedBy: by}
}

// walkRelationships calls stored for each relationship stored in the model
// (explicit, or implied by DeclareRelationship) in the order added, and
// right after each explicit relationship whose implied relationships are
// not stored, computed for each one it implies.
func (m *Model) walkRelationships(stored func(*Relationship), computed func(src, dst *Element, by *Relationship)) {
	m.walkWinners(m.impliedWinners(), stored, computed)
}

// walkWinners is walkRelationships with the winners already computed.
func (m *Model) walkWinners(win []bool, stored func(*Relationship), computed func(src, dst *Element, by *Relationship)) {
	for i, r := range m.rels {
		stored(r)
		if win == nil || !m.ends[i].computes {
			continue
		}
		var sc, dc chain
		for pos, w := range win[i<<4 : i<<4+16] {
			if !w {
				continue
			}
			if sc.len == 0 {
				sc, dc = m.chainOf(m.ends[i].src), m.chainOf(m.ends[i].dst)
			}
			computed(m.elements[sc.at[pos>>2]], m.elements[dc.at[pos&3]], r)
		}
	}
}

// chain is an element index followed by its ancestors' (at most four
// levels in all).
type chain struct {
	at  [4]int32
	len int
}

func (m *Model) chainOf(e int32) chain {
	var c chain
	for ; e >= 0 && c.len < 4; e = m.up[e] {
		c.at[c.len] = e
		c.len++
	}
	return c
}

// has reports whether e is in c at position from or above.
func (c *chain) has(e int32, from int) bool {
	for i := from; i < c.len; i++ {
		if c.at[i] == e {
			return true
		}
	}
	return false
}

// candidates calls f for each (source ancestor, destination ancestor) pair
// relationship i may imply, with pos numbering it by the depths above the
// ends (pos < 16): never the pair of its own ends, an element with itself,
// or an element with its own ancestor.
func (m *Model) candidates(i int, f func(src, dst int32, pos int)) {
	e := m.ends[i]
	sc, dc := m.chainOf(e.src), m.chainOf(e.dst)
	for sd := range sc.len {
		s := sc.at[sd]
		for dd := range dc.len {
			d := dc.at[dd]
			if (sd == 0 && dd == 0) || s == d || dc.has(s, dd+1) || sc.has(d, sd+1) {
				continue
			}
			f(s, d, sd<<2|dd)
		}
	}
}

// impliedWinners marks, at i<<4|pos, the candidate pairs that become
// implied relationships (see candidates for pos). It returns nil when
// nothing is implied.
//
// A candidate wins when no stored relationship joins its pair and no
// earlier candidate (in model order) has the same pair. A large model has
// millions of candidates, so rather than a hash set of pairs the
// candidates are bucketed by source element (a counting sort: one pass to
// count, one to place) with the stored pairs at the head of each bucket;
// one scan of each bucket with a per-destination stamp then finds the
// winners. Every step is linear, and reads the flat index slices rather
// than chasing pointers.
func (m *Model) impliedWinners() []bool {
	// start[s+1] counts, then locates, the entries whose source is s.
	start := make([]int32, len(m.elements)+1)
	n := 0
	count := func(s, _ int32, _ int) {
		start[s+1]++
		n++
	}
	for i, e := range m.ends {
		start[e.src+1]++
		if e.computes {
			m.candidates(i, count)
		}
	}
	if n == 0 {
		return nil
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	// An entry packs the destination index and seq+1, where seq is i<<4|pos
	// for a candidate and -1 (so 0) for a stored pair; seq+1 fits in 32 bits
	// because a model holds at most MaxRelationships.
	entries := make([]uint64, start[len(start)-1])
	next := append([]int32(nil), start[:len(start)-1]...)
	for _, e := range m.ends {
		entries[next[e.src]] = uint64(e.dst) << 32
		next[e.src]++
	}
	for i, e := range m.ends {
		if !e.computes {
			continue
		}
		m.candidates(i, func(s, d int32, pos int) {
			entries[next[s]] = uint64(d)<<32 | uint64(i<<4|pos) + 1
			next[s]++
		})
	}
	win := make([]bool, len(m.rels)<<4)
	stamp := make([]int32, len(m.elements)) // stamp[d] == s+1: pair (s, d) seen
	for s := range int32(len(m.elements)) {
		for _, e := range entries[start[s]:start[s+1]] {
			d, seq1 := int32(e>>32), e&(1<<32-1)
			if stamp[d] == s+1 {
				continue
			}
			stamp[d] = s + 1
			if seq1 != 0 {
				win[seq1-1] = true
			}
		}
	}
	return win
}
