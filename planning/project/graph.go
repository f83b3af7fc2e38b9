package project

// graph is the dependency graph of a plan's steps, in compressed sparse row
// form so that building and walking it is linear in steps + dependencies.
type graph struct {
	index   map[string]int32 // step ID → position of its first occurrence
	predOff []int32          // the dependencies of step i are pred[predOff[i]:predOff[i+1]]
	pred    []int32
	succOff []int32 // the steps that depend on step i are succ[succOff[i]:succOff[i+1]]
	succ    []int32
	order   []int32 // topological order of the steps neither in nor after a cycle
	ordered []bool  // ordered[i] reports whether step i is in order
}

// preds returns the dependencies of step i that name known steps.
func (g *graph) preds(i int32) []int32 { return g.pred[g.predOff[i]:g.predOff[i+1]] }

// succs returns the steps that depend on step i.
func (g *graph) succs(i int32) []int32 { return g.succ[g.succOff[i]:g.succOff[i+1]] }

// buildGraph indexes steps by ID and orders them. Dependencies on unknown
// IDs are left out (Validate reports them); a repeated ID refers to its
// first step.
func buildGraph(steps []Step) *graph {
	n := len(steps)
	g := &graph{index: make(map[string]int32, n), predOff: make([]int32, n+1), succOff: make([]int32, n+2)}
	for i, s := range steps {
		if _, dup := g.index[s.ID]; !dup {
			g.index[s.ID] = int32(i)
		}
	}
	edges := 0
	for _, s := range steps {
		edges += len(s.DependsOn)
	}
	g.pred = make([]int32, 0, edges)
	for i, s := range steps {
		for _, d := range s.DependsOn {
			if j, ok := g.index[d]; ok {
				g.pred = append(g.pred, j)
				g.succOff[j+2]++
			}
		}
		g.predOff[i+1] = int32(len(g.pred))
	}
	// Counting sort of the edges by their dependency gives the successors.
	for i := 2; i < len(g.succOff); i++ {
		g.succOff[i] += g.succOff[i-1]
	}
	g.succ = make([]int32, len(g.pred))
	for i := int32(0); i < int32(n); i++ {
		for _, j := range g.preds(i) {
			g.succ[g.succOff[j+1]] = i
			g.succOff[j+1]++
		}
	}
	g.succOff = g.succOff[:n+1]

	// Kahn's algorithm; what it cannot order is in or after a cycle.
	waiting := make([]int32, n)
	g.order = make([]int32, 0, n)
	for i := int32(0); i < int32(n); i++ {
		waiting[i] = g.predOff[i+1] - g.predOff[i]
		if waiting[i] == 0 {
			g.order = append(g.order, i)
		}
	}
	for k := 0; k < len(g.order); k++ {
		for _, s := range g.succs(g.order[k]) {
			if waiting[s]--; waiting[s] == 0 {
				g.order = append(g.order, s)
			}
		}
	}
	g.ordered = make([]bool, n)
	for _, i := range g.order {
		g.ordered[i] = true
	}
	return g
}

// cycles returns up to limit dependency cycles among the steps Kahn's
// algorithm could not order, each as the positions of its steps in
// dependency order (each step depends on the next, the last on the first),
// starting from the step found first in plan order.
func (g *graph) cycles(limit int) [][]int32 {
	if len(g.order) == len(g.ordered) {
		return nil
	}
	const (
		white = iota
		gray
		black
	)
	color := make([]uint8, len(g.ordered))
	type frame struct {
		node int32
		next int32 // position in pred of the next dependency to follow
	}
	var out [][]int32
	var stack []frame
	for root := int32(0); root < int32(len(g.ordered)) && len(out) < limit; root++ {
		if g.ordered[root] || color[root] != white {
			continue
		}
		stack = append(stack[:0], frame{root, g.predOff[root]})
		color[root] = gray
		for len(stack) > 0 && len(out) < limit {
			top := &stack[len(stack)-1]
			if top.next == g.predOff[top.node+1] {
				color[top.node] = black
				stack = stack[:len(stack)-1]
				continue
			}
			dep := g.pred[top.next]
			top.next++
			switch color[dep] {
			case white:
				color[dep] = gray
				stack = append(stack, frame{dep, g.predOff[dep]})
			case gray:
				start := len(stack) - 1
				for stack[start].node != dep {
					start--
				}
				cycle := make([]int32, 0, len(stack)-start)
				for _, f := range stack[start:] {
					cycle = append(cycle, f.node)
				}
				out = append(out, cycle)
			}
		}
	}
	return out
}
