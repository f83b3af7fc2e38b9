package c4

import (
	"fmt"
	"strings"

	"github.com/leadkit/leadkit"
)

// maxBulkStatements bounds the statements a "!elements" block replays (its
// statements times the elements it selects), so that a small file cannot
// make the parser do quadratic work.
const maxBulkStatements = 1 << 20

// bulkElements reads "!elements <expression> {": the statements of the
// block (relationships, with "this" or the implicit source "-> x" standing
// for each element; description, technology, tags, url, properties) apply
// to every element the expression selects, as in Structurizr. scope is the
// element whose block the statement is in (nil in the model), from which
// identifiers are looked up.
func (p *dslParser) bulkElements(st dslStatement, scope *Element) error {
	args, err := p.args(st)
	if err != nil {
		return err
	}
	if len(args) != 1 || !opensBlock(st) {
		return p.errAt(st.toks[0], "expected: !elements <expression> {")
	}
	expr, open := args[0], st
	open.toks = append([]dslToken(nil), st.toks...) // st is reused by the lexer
	selected, ok, err := p.selectElements(open, expr, scope)
	if err != nil {
		return err
	}
	if !ok {
		return p.skipBody(open)
	}
	block, err := p.bufferBlock(open)
	if err != nil {
		return err
	}
	if len(selected)*len(block) > maxBulkStatements {
		return p.errAt(expr, "!elements would apply %d statements to %d elements; split it", len(block), len(selected))
	}
	for _, e := range selected {
		if err := p.replay(block, func(st dslStatement) error { return p.bulkStatement(st, e) }); err != nil {
			return err
		}
	}
	return nil
}

// bufferBlock reads the statements of the block opened by open, nested
// blocks included, up to its closing "}", keeping copies of their tokens
// (the lexer reuses their memory).
func (p *dslParser) bufferBlock(open dslStatement) ([]dslStatement, error) {
	var out []dslStatement
	for depth := 0; ; {
		st, ok, err := p.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, p.errAt(open.toks[0], "the block opened by %q on line %d is never closed: add a line with \"}\"", open.toks[0].text, open.line)
		}
		switch {
		case closesBlock(st) && depth == 0:
			return out, nil
		case closesBlock(st):
			depth--
		case opensBlock(st) || isLoneBrace(st):
			if depth++; p.depth+depth > maxDSLDepth {
				return nil, p.errAt(st.toks[0], "blocks are nested more than %d deep", maxDSLDepth)
			}
		}
		out = append(out, dslStatement{toks: append([]dslToken(nil), st.toks...), line: st.line})
	}
}

// replay feeds buffered statements to handle, as if read again: nested
// blocks read their statements from the buffer through next.
func (p *dslParser) replay(block []dslStatement, handle func(dslStatement) error) error {
	saved := p.replaying
	p.replaying = &replayQueue{stmts: block}
	defer func() { p.replaying = saved }()
	for {
		st, ok := p.replaying.pop()
		if !ok {
			return nil
		}
		if err := handle(st); err != nil {
			return err
		}
	}
}

// replayQueue holds buffered statements being read again.
type replayQueue struct {
	stmts []dslStatement
	at    int
}

func (q *replayQueue) pop() (dslStatement, bool) {
	if q.at >= len(q.stmts) {
		return dslStatement{}, false
	}
	q.at++
	return q.stmts[q.at-1], true
}

// bulkStatement reads one statement of an "!elements" block for element e.
func (p *dslParser) bulkStatement(st dslStatement, e *Element) error {
	_, st = assignment(st) // Structurizr keeps no identifier here
	first := st.toks[0]
	switch {
	case len(st.toks) > 2 && isArrow(st.toks[1]), isArrow(first):
		return p.relationship(st, nil, e)
	case first.is("description"):
		v, err := p.oneArg(st, "description <description>")
		e.Description = v
		return err
	case first.is("technology"):
		v, err := p.oneArg(st, "technology <technology>")
		if e.Kind() == KindContainer || e.Kind() == KindComponent {
			e.Technology = v
		}
		return err
	}
	if ok, err := p.itemStatement(st, func(tags string) { addElementTags(e, tags) }, &e.URL, &e.Properties); ok {
		return err
	}
	return p.unexpected(st, "inside !elements", []string{"description", "technology", "tag", "tags", "url", "properties", "perspectives", "-> <identifier>", "<identifier> -> <identifier>", "}"}, "")
}

// selectElements evaluates the expression of "!elements", in model order:
// an identifier (of an element, or of a group for its elements),
// element.type==, element.parent==, element.tag== and !=,
// element.technology== and !=, element.properties[name]==value, and two of
// those joined by " && " or " || ". ok is false when the expression is
// one leadkit cannot evaluate, or selects what it does not model; the
// block is then skipped with a finding.
func (p *dslParser) selectElements(st dslStatement, expr dslToken, scope *Element) (selected []*Element, ok bool, err error) {
	text := expr.text
	var match func(*Element) bool
	switch {
	case strings.Contains(text, " && "), strings.Contains(text, " || "):
		op := " && "
		if !strings.Contains(text, op) {
			op = " || "
		}
		left, right, _ := strings.Cut(text, op)
		a, okA, err := p.elementMatcher(st, dslToken{text: left, line: expr.line, col: expr.col}, scope)
		if err != nil || !okA {
			return nil, false, err
		}
		b, okB, err := p.elementMatcher(st, dslToken{text: right, line: expr.line, col: expr.col}, scope)
		if err != nil || !okB {
			return nil, false, err
		}
		if op == " && " {
			match = func(e *Element) bool { return a(e) && b(e) }
		} else {
			match = func(e *Element) bool { return a(e) || b(e) }
		}
	default:
		m, ok, err := p.elementMatcher(st, expr, scope)
		if err != nil || !ok {
			return nil, false, err
		}
		match = m
	}
	for e := range p.m.Elements() {
		if match(e) {
			selected = append(selected, e)
		}
	}
	if len(selected) == 0 {
		return nil, false, p.errAt(expr, "no elements found for the expression %q", text)
	}
	return selected, true, nil
}

// elementMatcher returns the test one element expression makes. ok is
// false (with a finding) when leadkit cannot evaluate it.
func (p *dslParser) elementMatcher(st dslStatement, expr dslToken, scope *Element) (match func(*Element) bool, ok bool, err error) {
	text := strings.TrimSpace(expr.text)
	lower := strings.ToLower(text)
	skip := func(why string) (func(*Element) bool, bool, error) {
		p.note("c4.dsl.skipped", leadkit.Info, st,
			fmt.Sprintf("Skipped !elements on line %d: %s.", st.line, why), "")
		return nil, false, nil
	}
	switch {
	case strings.HasPrefix(lower, "element.parent=="):
		id := text[len("element.parent=="):]
		found, ok := p.lookup(id, scope)
		switch {
		case !ok:
			return nil, false, p.errAt(expr, "the parent element %q does not exist", id)
		case found.el == nil:
			return skip(fmt.Sprintf("%q is a %s, which leadkit does not model", id, found.what()))
		}
		parent := found.el
		return func(e *Element) bool { return e.Parent() == parent }, true, nil
	case strings.HasPrefix(lower, "element.type=="):
		var kind ElementKind
		switch strings.ToLower(text[len("element.type=="):]) {
		case "person":
			kind = KindPerson
		case "softwaresystem":
			kind = KindSoftwareSystem
		case "container":
			kind = KindContainer
		case "component":
			kind = KindComponent
		case "custom":
			kind = KindCustom
		default:
			return skip(fmt.Sprintf("leadkit does not model the elements %q selects", text))
		}
		return func(e *Element) bool { return e.Kind() == kind }, true, nil
	case strings.HasPrefix(lower, "element.tag==") || strings.HasPrefix(lower, "element.tag!="):
		tags := splitTags(text[len("element.tag=="):])
		want := strings.HasPrefix(lower, "element.tag==")
		return func(e *Element) bool { return hasAllDSLTags(e, tags) == want }, true, nil
	case strings.HasPrefix(lower, "element.technology==") || strings.HasPrefix(lower, "element.technology!="):
		tech := text[len("element.technology=="):]
		want := strings.HasPrefix(lower, "element.technology==")
		return func(e *Element) bool {
			return (e.Kind() == KindContainer || e.Kind() == KindComponent) && (e.Technology == tech) == want
		}, true, nil
	case strings.HasPrefix(lower, "element.properties[") && strings.Contains(text, "]=="):
		name, value, _ := strings.Cut(text[len("element.properties["):], "]==")
		return func(e *Element) bool { v, ok := e.Properties[name]; return ok && v == value }, true, nil
	case strings.ContainsAny(text, "=!*") || strings.Contains(text, "->"):
		return skip(fmt.Sprintf("leadkit cannot evaluate the expression %q", text))
	}
	found, ok := p.lookup(text, scope)
	switch {
	case !ok:
		return nil, false, p.errAt(expr, "the element %q does not exist", text)
	case found.other != nil && found.other.group != "":
		members := map[*Element]bool{}
		for _, e := range p.groupMembers(found.other) {
			members[e] = true
		}
		return func(e *Element) bool { return members[e] }, true, nil
	case found.el == nil:
		return skip(fmt.Sprintf("%q is a %s, which leadkit does not model", text, found.what()))
	}
	el := found.el
	return func(e *Element) bool { return e == el }, true, nil
}

// hasAllDSLTags reports whether e carries every tag as Structurizr sees
// it: with the default tags of its kind ("Element", "Person", …) and the
// location tags that the parser turns into Location.
func hasAllDSLTags(e *Element, tags []string) bool {
	for _, t := range tags {
		has := e.HasTag(t) || t == "Element"
		switch {
		case has:
		case t == kindTag(e.Kind()):
			has = true
		case strings.EqualFold(t, TagExternal):
			has = e.Location == External
		case strings.EqualFold(t, internalTag):
			has = e.Location == Internal
		}
		if !has {
			return false
		}
	}
	return true
}

// kindTag is the tag Structurizr gives every element of kind k.
func kindTag(k ElementKind) string {
	switch k {
	case KindPerson:
		return "Person"
	case KindSoftwareSystem:
		return "Software System"
	case KindContainer:
		return "Container"
	case KindComponent:
		return "Component"
	}
	return ""
}
