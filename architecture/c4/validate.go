package c4

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/leadkit/leadkit"
)

// DefaultMaxViewElements is the number of elements above which a diagram is
// reported as too busy to read. The C4 model's own guidance (c4model.com,
// "diagramming large and complex software systems") is that a diagram starts
// to become cluttered once it has more than about 20 elements.
const DefaultMaxViewElements = 20

// ValidateOptions configures [Model.ValidateWith]. The zero value means the
// defaults.
type ValidateOptions struct {
	// MaxViewElements is the most elements a diagram may show before
	// "c4.view.too_many_elements" is reported. Zero means
	// DefaultMaxViewElements; a negative value turns the check off.
	MaxViewElements int
	// Views, when not nil, are the views to check (their scope, keys and
	// size). When nil, the size check applies instead to the diagrams the
	// model implies: the system landscape, each software system's context
	// and container diagrams and each container's component diagram, each
	// with the elements "include *" would show.
	Views []*View
}

// Validate checks the model with the default options; see
// [Model.ValidateWith].
func (m *Model) Validate() leadkit.Findings { return m.ValidateWith(ValidateOptions{}) }

// ValidateWith checks the model against the rules Structurizr enforces
// (reported as errors) and the practices of the C4 chapter (warnings and
// information), and returns the findings in a fixed order: by rule, in the
// order of the package documentation's table, then in model order. It takes
// time linear in the size of the model.
func (m *Model) ValidateWith(opts ValidateOptions) leadkit.Findings {
	limit := opts.MaxViewElements
	if limit == 0 {
		limit = DefaultMaxViewElements
	}
	var fs leadkit.Findings
	fs = append(fs, m.problems...)
	fs = m.checkNames(fs)
	fs = m.checkLinks(fs)
	fs = m.checkRelationships(fs)
	fs = m.checkPractices(fs)
	if opts.Views != nil {
		fs = m.checkViews(fs, opts.Views, limit)
	} else if limit > 0 {
		fs = m.checkDefaultViews(fs, limit)
	}
	return fs
}

// checkNames reports missing names and names repeated where Structurizr
// requires them to be unique: people, software systems and custom elements
// across the model (they share the top level), containers within their
// system, components within their container, code elements within their
// component.
func (m *Model) checkNames(fs leadkit.Findings) leadkit.Findings {
	for _, e := range m.elements {
		if strings.TrimSpace(e.name) == "" {
			fs = append(fs, leadkit.Finding{
				Code: "c4.name.missing", Field: fieldOf(e), Severity: leadkit.Error,
				Message: fmt.Sprintf("A %s has no name.", kindPhrase(e.kind)),
				Hint:    "Give every element a short, unique name.",
			})
		}
	}
	// Elements with the same path share a parent and a name; the index keeps
	// the first, so any other is a duplicate.
	for _, e := range m.elements {
		first := m.byPath[e.path]
		if first == e {
			continue
		}
		where := "in the model"
		if e.parent != nil {
			where = "in " + strconv.Quote(e.parent.path)
		}
		fs = append(fs, leadkit.Finding{
			Code: "c4.name.duplicate", Field: fieldOf(e), Severity: leadkit.Error,
			Message: fmt.Sprintf("The %s %q repeats the name of the %s %q %s.", kindPhrase(e.kind), e.name, kindPhrase(first.kind), first.name, where),
			Hint:    "Rename one of them, or merge them into one element.",
		})
	}
	return fs
}

// checkLinks reports the URLs and properties Structurizr refuses: a URL
// that is neither absolute with a scheme Java knows nor a link within the
// workspace, and a property without a name or a value. The DSL parser
// refuses them in a workspace; a model built in code or read from JSON is
// checked here, so that it cannot render a workspace Structurizr rejects.
func (m *Model) checkLinks(fs leadkit.Findings) leadkit.Findings {
	fs = checkProperties(fs, "", "the model", m.Properties)
	for _, e := range m.elements {
		fs = checkURL(fs, fieldOf(e), fmt.Sprintf("The %s %q", kindPhrase(e.kind), e.name), e.URL)
		fs = checkProperties(fs, fieldOf(e), fmt.Sprintf("the %s %q", kindPhrase(e.kind), e.name), e.Properties)
	}
	for i, r := range m.explicit() {
		what := fmt.Sprintf("the relationship from %q to %q", r.source.path, r.destination.path)
		fs = checkURL(fs, relField(i), "T"+what[1:], r.URL)
		fs = checkProperties(fs, relField(i), what, r.Properties)
	}
	return fs
}

// checkURL reports url when Structurizr would refuse it.
func checkURL(fs leadkit.Findings, field, subject, url string) leadkit.Findings {
	if url == "" || validDSLURL(url) {
		return fs
	}
	return append(fs, leadkit.Finding{
		Code: "c4.url.invalid", Field: field + ".url", Severity: leadkit.Error,
		Message: fmt.Sprintf("%s has the URL %q, which is not an absolute URL.", subject, url),
		Hint:    "Use an absolute URL with a scheme (https://…), a #link within the workspace, or leave it empty.",
	})
}

// checkProperties reports the properties without a name or a value; field
// is the owner's field, empty for the model.
func checkProperties(fs leadkit.Findings, field, subject string, props map[string]string) leadkit.Findings {
	if field != "" {
		field += "."
	}
	field += "properties"
	for _, name := range slices.Sorted(maps.Keys(props)) {
		if strings.TrimSpace(name) != "" && strings.TrimSpace(props[name]) != "" {
			continue
		}
		fs = append(fs, leadkit.Finding{
			Code: "c4.property.invalid", Field: field, Severity: leadkit.Error,
			Message: fmt.Sprintf("A property of %s has the name %q and the value %q; Structurizr needs both.", subject, name, props[name]),
			Hint:    "Give the property a name and a value, or remove it.",
		})
	}
	return fs
}

// checkRelationships reports relationships between an element and its own
// ancestor or descendant, and repeated relationships (same source,
// destination and description).
func (m *Model) checkRelationships(fs leadkit.Findings) leadkit.Findings {
	for i, r := range m.explicit() {
		if r.source.IsAncestorOf(r.destination) || r.destination.IsAncestorOf(r.source) {
			fs = append(fs, leadkit.Finding{
				Code: "c4.relationship.parent_child", Field: relField(i), Severity: leadkit.Error,
				Message: fmt.Sprintf("The relationship from %q to %q joins an element and its own %s.", r.source.path, r.destination.path, ancestry(r)),
				Hint:    "Relate the element to a sibling or to something outside it; containment is already shown by nesting.",
			})
		}
	}
	var seen map[string]struct{}
	for i, r := range m.explicit() {
		if head := m.between[pair{r.source.index, r.destination.index}]; m.ends[head].next < 0 {
			continue // the only relationship between the pair
		}
		dup := false
		if seen == nil {
			seen = make(map[string]struct{})
		}
		// Chains are short; the key makes even a very long one linear.
		key := strconv.Itoa(int(r.source.index)) + ">" + strconv.Itoa(int(r.destination.index)) + ">" + r.Description
		if _, ok := seen[key]; ok {
			dup = true
		}
		seen[key] = struct{}{}
		if dup {
			fs = append(fs, leadkit.Finding{
				Code: "c4.relationship.duplicate", Field: relField(i), Severity: leadkit.Error,
				Message: fmt.Sprintf("The relationship from %q to %q described %q is already in the model.", r.source.path, r.destination.path, r.Description),
				Hint:    "Remove the repeat, or give it a description that says how it differs.",
			})
		}
	}
	return fs
}

func ancestry(r *Relationship) string {
	if r.source.IsAncestorOf(r.destination) {
		return "descendant"
	}
	return "ancestor"
}

// checkPractices reports what the C4 chapter recommends: descriptions,
// technology, no orphans, and the code level only where it is justified.
func (m *Model) checkPractices(fs leadkit.Findings) leadkit.Findings {
	for _, e := range m.elements {
		if strings.TrimSpace(e.Description) == "" {
			fs = append(fs, leadkit.Finding{
				Code: "c4.element.description_missing", Field: fieldOf(e) + ".description", Severity: leadkit.Warning,
				Message: fmt.Sprintf("The %s %q has no description.", kindPhrase(e.kind), e.name),
				Hint:    "Say in one sentence what it is or does, so the diagram explains itself.",
			})
		}
	}
	for _, e := range m.elements {
		if strings.TrimSpace(e.Technology) != "" {
			continue
		}
		switch e.kind {
		case KindContainer:
			fs = append(fs, leadkit.Finding{
				Code: "c4.container.technology_missing", Field: fieldOf(e) + ".technology", Severity: leadkit.Warning,
				Message: fmt.Sprintf("The container %q does not name its technology.", e.name),
				Hint:    `Name the runtime or product, such as "Go", "PostgreSQL 16" or "React SPA".`,
			})
		case KindComponent:
			fs = append(fs, leadkit.Finding{
				Code: "c4.component.technology_missing", Field: fieldOf(e) + ".technology", Severity: leadkit.Info,
				Message: fmt.Sprintf("The component %q does not name its technology.", e.name),
				Hint:    `Name how it is built, such as "Go package" or "Spring MVC controller".`,
			})
		}
	}
	for i, r := range m.explicit() {
		if strings.TrimSpace(r.Description) == "" {
			fs = append(fs, leadkit.Finding{
				Code: "c4.relationship.description_missing", Field: relField(i) + ".description", Severity: leadkit.Warning,
				Message: fmt.Sprintf("The relationship from %q to %q has no description.", r.source.path, r.destination.path),
				Hint:    `Say what the source does with the destination, such as "Reads orders from".`,
			})
		}
	}
	for i, r := range m.explicit() {
		if strings.TrimSpace(r.Technology) == "" {
			fs = append(fs, leadkit.Finding{
				Code: "c4.relationship.technology_missing", Field: relField(i) + ".technology", Severity: leadkit.Info,
				Message: fmt.Sprintf("The relationship from %q to %q does not name its technology.", r.source.path, r.destination.path),
				Hint:    `Name the protocol or mechanism, such as "HTTPS/JSON", "gRPC" or "SQL".`,
			})
		}
	}
	// An element takes part in a relationship when it, or anything inside
	// it, is an end of one: mark both ends and their ancestors.
	related := make([]bool, len(m.elements))
	for _, r := range m.ends {
		for _, end := range [2]int32{r.src, r.dst} {
			for a := end; a >= 0 && !related[a]; a = m.up[a] {
				related[a] = true
			}
		}
	}
	for _, e := range m.elements {
		if !related[e.index] && e.kind != KindCode {
			fs = append(fs, leadkit.Finding{
				Code: "c4.element.orphan", Field: fieldOf(e), Severity: leadkit.Warning,
				Message: fmt.Sprintf("The %s %q takes part in no relationship.", kindPhrase(e.kind), e.name),
				Hint:    "Relate it to the elements it uses or that use it, or remove it from the model.",
			})
		}
	}
	if m.counts.CodeElements > 0 {
		fs = append(fs, leadkit.Finding{
			Code: "c4.code.present", Field: "elements", Severity: leadkit.Info,
			Message: fmt.Sprintf("The model has %d code elements, the C4 level that costs most to keep current.", m.counts.CodeElements),
			Hint:    "Keep the code level only for complex legacy code, regulated environments, debugging or audits; generate it from the code where you can.",
		})
	}
	return fs
}

// checkViews checks the given views: that each resolves, that keys are
// unique, that none is empty or too busy, and that container and component
// views have a context to start from.
func (m *Model) checkViews(fs leadkit.Findings, views []*View, limit int) leadkit.Findings {
	keys := make(map[string]int, len(views))
	hasContext, hasDetail := false, false
	var g *graph
	for i, v := range views {
		field := "views[" + strconv.Itoa(i) + "]"
		if v == nil {
			fs = append(fs, leadkit.Finding{Code: "c4.view.invalid", Field: field, Severity: leadkit.Error, Message: "The view is missing (nil).", Hint: "Remove the empty entry from the list of views."})
			continue
		}
		if v.Key != "" {
			field = "views[" + strconv.Quote(v.Key) + "]"
			if j, dup := keys[v.Key]; dup {
				fs = append(fs, leadkit.Finding{
					Code: "c4.view.key_duplicate", Field: field, Severity: leadkit.Error,
					Message: fmt.Sprintf("The view key %q is already used by view %d.", v.Key, j+1),
					Hint:    "Give every view its own key.",
				})
			} else {
				keys[v.Key] = i
			}
		}
		switch v.Kind.Level() {
		case 1:
			hasContext = true
		case 2, 3:
			hasDetail = true
		}
		d, err := v.resolve(m, &g)
		if err != nil {
			fs = append(fs, leadkit.Finding{
				Code: "c4.view.invalid", Field: field, Severity: leadkit.Error,
				Message: strings.TrimPrefix(err.Error(), "c4: ") + ".",
				Hint:    "Fix the view's kind, scope or rules so that it names elements of this model.",
			})
			continue
		}
		switch n := len(d.Elements); {
		case n == 0:
			fs = append(fs, leadkit.Finding{
				Code: "c4.view.empty", Field: field, Severity: leadkit.Warning,
				Message: fmt.Sprintf("The view %q shows no elements.", v.Key),
				Hint:    `Add "include *" or name the elements to show.`,
			})
		case limit > 0 && n > limit:
			fs = append(fs, tooMany(field, fmt.Sprintf("The view %q", v.Key), n, limit))
		}
	}
	if hasDetail && !hasContext {
		fs = append(fs, leadkit.Finding{
			Code: "c4.view.no_context", Field: "views", Severity: leadkit.Info,
			Message: "There are container or component views but no system context or landscape view.",
			Hint:    "Start at level 1: add a system context view, and go deeper only when it no longer helps decide or explain.",
		})
	}
	return fs
}

func tooMany(field, subject string, n, limit int) leadkit.Finding {
	return leadkit.Finding{
		Code: "c4.view.too_many_elements", Field: field, Severity: leadkit.Warning,
		Message: fmt.Sprintf("%s shows %d elements, more than the %d a reader can take in.", subject, n, limit),
		Hint:    "Split it into diagrams per functional slice (such as checkout or authentication), or exclude elements that do not help the reader.",
	}
}

// checkDefaultViews counts the elements "include *" would put on each
// diagram the model implies, and reports those over the limit.
//
// It needs no implied relationships: a relationship, explicit or implied,
// joins a container C and a top-level element X exactly when some stored
// relationship joins something in C with something in X, so projecting each
// stored relationship onto its ends' ancestors gives every neighbour. The
// projected pairs are deduplicated with a radix sort, in linear time.
func (m *Model) checkDefaultViews(fs leadkit.Findings, limit int) leadkit.Findings {
	// Slots: the context view of system s is s, its container view is N+s,
	// the component view of container c is 2N+c. Each projected neighbour
	// goes into its slot's bucket (a counting sort: count, then place), and
	// a scan with a per-neighbour stamp counts the distinct ones.
	n := int32(len(m.elements))
	// above returns the element of kind k in the chain c, or -1.
	above := func(c *chain, k ElementKind) int32 {
		for i := range c.len {
			if m.kinds[c.at[i]] == k {
				return c.at[i]
			}
		}
		return -1
	}
	each := func(visit func(slot, other int32)) {
		for _, r := range m.ends {
			sc, dc := m.chainOf(r.src), m.chainOf(r.dst)
			for _, ends := range [2][2]*chain{{&sc, &dc}, {&dc, &sc}} {
				a, o := ends[0], ends[1]
				sys, other := a.at[a.len-1], o.at[o.len-1]
				// Custom elements are never drawn (see View.Permits).
				if m.kinds[sys] == KindSoftwareSystem && sys != other && m.kinds[other] != KindCustom {
					visit(sys, other)
					if above(a, KindContainer) >= 0 {
						visit(n+sys, other)
					}
					if k := above(a, KindComponent); k >= 0 {
						visit(2*n+m.up[k], other)
					}
				}
				// Containers of the same system neighbour a component view.
				k, c := above(a, KindComponent), above(o, KindContainer)
				if k >= 0 && c >= 0 && m.up[c] == m.up[m.up[k]] && c != m.up[k] {
					visit(2*n+m.up[k], c)
				}
			}
		}
	}
	start := make([]int32, 3*n+1)
	each(func(slot, _ int32) { start[slot+1]++ })
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	next := append([]int32(nil), start[:3*n]...)
	others := make([]int32, start[3*n])
	each(func(slot, o int32) {
		others[next[slot]] = o
		next[slot]++
	})
	size := make([]int32, 3*n)
	for _, e := range m.elements {
		switch e.kind {
		case KindSoftwareSystem:
			size[e.index]++ // the system itself
		case KindContainer:
			size[n+e.parent.index]++
		case KindComponent:
			size[2*n+e.parent.index]++
		}
	}
	stamp := make([]int32, n)
	for slot := range 3 * n {
		for _, o := range others[start[slot]:start[slot+1]] {
			if stamp[o] != slot+1 {
				stamp[o] = slot + 1
				size[slot]++
			}
		}
	}

	if c := m.counts.People + m.counts.SoftwareSystems; c > limit {
		fs = append(fs, tooMany("views.system_landscape", "The system landscape", c, limit))
	}
	report := func(k ViewKind, e *Element, c int32) {
		if int(c) > limit {
			subject := fmt.Sprintf("The %s diagram of %q", strings.ReplaceAll(k.String(), "_", " "), e.path)
			fs = append(fs, tooMany("views."+k.String()+"["+e.path+"]", subject, int(c), limit))
		}
	}
	for _, e := range m.elements {
		switch e.kind {
		case KindSoftwareSystem:
			report(SystemContextView, e, size[e.index])
			report(ContainerView, e, size[n+e.index])
		case KindContainer:
			report(ComponentView, e, size[2*n+e.index])
		}
	}
	return fs
}

// fieldOf names an element in findings by its canonical path.
func fieldOf(e *Element) string { return "elements[" + e.path + "]" }

// explicit yields the explicit relationships with their position among
// them, which is their index in the JSON form's "relationships" list.
func (m *Model) explicit() iter.Seq2[int, *Relationship] {
	return func(yield func(int, *Relationship) bool) {
		i := 0
		for _, r := range m.rels {
			if r.impliedBy != nil {
				continue
			}
			if !yield(i, r) {
				return
			}
			i++
		}
	}
}

func relField(i int) string { return "relationships[" + strconv.Itoa(i) + "]" }

func kindPhrase(k ElementKind) string {
	switch k {
	case KindSoftwareSystem:
		return "software system"
	case KindCode:
		return "code element"
	case KindCustom:
		return "custom element"
	}
	return k.String()
}
