package c4

import (
	"fmt"
	"iter"
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
// requires them to be unique: people and software systems across the model
// (they share the top level), containers within their system, components
// within their container, code elements within their component.
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
		head := m.between[pair{r.source.index, r.destination.index}]
		if head.next == nil {
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
	for _, r := range m.rels {
		for _, end := range [2]*Element{r.source, r.destination} {
			for a := end; a != nil && !related[a.index]; a = a.parent {
				related[a.index] = true
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
		d, err := v.Resolve(m)
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

// checkDefaultViews counts, in one pass over the relationships (implied
// ones included), the elements "include *" would put on each diagram the
// model implies, and reports those over the limit.
func (m *Model) checkDefaultViews(fs leadkit.Findings, limit int) leadkit.Findings {
	type slot struct {
		kind  ViewKind
		scope int32
	}
	type member struct {
		slot
		other int32
	}
	size := make(map[slot]int)
	for _, e := range m.elements {
		switch e.kind {
		case KindSoftwareSystem:
			size[slot{SystemContextView, e.index}]++ // the system itself
		case KindContainer:
			size[slot{ContainerView, e.parent.index}]++
		case KindComponent:
			size[slot{ComponentView, e.parent.index}]++
		}
	}
	seen := make(map[member]struct{})
	count := func(s slot, other *Element) {
		k := member{s, other.index}
		if _, ok := seen[k]; !ok {
			seen[k] = struct{}{}
			size[s]++
		}
	}
	visit := func(a, b *Element) {
		topLevel := b.kind == KindPerson || b.kind == KindSoftwareSystem
		switch a.kind {
		case KindSoftwareSystem:
			if topLevel && b != a {
				count(slot{SystemContextView, a.index}, b)
			}
		case KindContainer:
			if topLevel && b != a.parent {
				count(slot{ContainerView, a.parent.index}, b)
			}
		case KindComponent:
			system := a.parent.parent
			if (topLevel && b != system) || (b.kind == KindContainer && b.parent == system && b != a.parent) {
				count(slot{ComponentView, a.parent.index}, b)
			}
		}
	}
	m.walkRelationships(
		func(r *Relationship) { visit(r.source, r.destination); visit(r.destination, r.source) },
		func(src, dst *Element, _ *Relationship) { visit(src, dst); visit(dst, src) })

	if n := m.counts.People + m.counts.SoftwareSystems; n > limit {
		fs = append(fs, tooMany("views.system_landscape", "The system landscape", n, limit))
	}
	for _, e := range m.elements {
		var kinds []ViewKind
		switch e.kind {
		case KindSoftwareSystem:
			kinds = []ViewKind{SystemContextView, ContainerView}
		case KindContainer:
			kinds = []ViewKind{ComponentView}
		}
		for _, k := range kinds {
			n := size[slot{k, e.index}]
			if n > limit {
				subject := fmt.Sprintf("The %s diagram of %q", strings.ReplaceAll(k.String(), "_", " "), e.path)
				fs = append(fs, tooMany("views."+k.String()+"["+e.path+"]", subject, n, limit))
			}
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
	}
	return k.String()
}
