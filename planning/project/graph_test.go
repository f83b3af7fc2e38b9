package project

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func steps(deps map[string][]string, ids ...string) []Step {
	out := make([]Step, len(ids))
	for i, id := range ids {
		out[i] = Step{ID: id, DependsOn: deps[id]}
	}
	return out
}

func TestGraphOrder(t *testing.T) {
	g := buildGraph(steps(map[string][]string{"c": {"a", "b"}, "b": {"a"}, "d": {"nope"}}, "c", "b", "a", "d"))
	assert.Equal(t, []int32{2, 3, 1, 0}, g.order, "a and d first (plan order), then b, then c")
	assert.Equal(t, []int32{2, 1}, g.preds(0))
	assert.Equal(t, []int32{0, 1}, g.succs(2))
	assert.Empty(t, g.cycles(10))
}

func TestGraphCycles(t *testing.T) {
	tests := []struct {
		name string
		deps map[string][]string
		ids  []string
		want [][]int32
	}{
		{"self", map[string][]string{"a": {"a"}}, []string{"a"}, [][]int32{{0}}},
		{"three", map[string][]string{"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, []string{"a", "b", "c", "d"}, [][]int32{{0, 1, 2}}},
		{"two separate", map[string][]string{"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"c"}}, []string{"a", "b", "c", "d"}, [][]int32{{0, 1}, {2, 3}}},
		{"after a cycle only", map[string][]string{"x": {"a"}, "a": {"b"}, "b": {"a"}}, []string{"x", "a", "b"}, [][]int32{{1, 2}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := buildGraph(steps(tc.deps, tc.ids...))
			assert.Equal(t, tc.want, g.cycles(10))
		})
	}
	g := buildGraph(steps(map[string][]string{"a": {"a"}, "b": {"b"}, "c": {"c"}}, "a", "b", "c"))
	assert.Len(t, g.cycles(2), 2, "the limit holds")
}

func TestGraphLongChainDoesNotRecurse(t *testing.T) {
	const n = 200_000
	ss := make([]Step, n)
	for i := range ss {
		ss[i].ID = string(rune(0x10000 + i))
		if i > 0 {
			ss[i].DependsOn = []string{ss[i-1].ID}
		}
	}
	ss[0].DependsOn = []string{ss[n-1].ID} // one huge cycle
	g := buildGraph(ss)
	c := g.cycles(1)
	assert.Len(t, c, 1)
	assert.Len(t, c[0], n)
}
