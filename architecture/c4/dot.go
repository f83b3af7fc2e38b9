package c4

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"
)

// DOT renders views as Graphviz DOT graphs, one digraph per view, in the
// C4 colours (people dark blue, software systems blue, containers lighter,
// components lightest, external elements grey). Boundaries are clusters.
// Text is written in double-quoted DOT strings with `\"`, `\\` and `\n`
// escapes; long descriptions are wrapped.
type DOT struct {
	// WrapWidth is the column at which descriptions wrap; zero means 40, a
	// negative value turns wrapping off.
	WrapWidth int
}

// Render writes the views (or the system landscape when there are none).
func (g DOT) Render(w io.Writer, m *Model, views ...*View) error {
	return renderScenes(w, m, views, g.write)
}

var dotFill = map[ElementKind]string{
	KindPerson:         "#08427b",
	KindSoftwareSystem: "#1168bd",
	KindContainer:      "#438dd5",
	KindComponent:      "#85bbf0",
}

func (g DOT) write(w *bufio.Writer, s *scene) {
	width := g.WrapWidth
	if width == 0 {
		width = 40
	}
	title := s.view.DefaultTitle()
	w.WriteString("digraph " + dotString(s.view.Key) + " {\n")
	rankdir := "TB"
	if l := s.view.AutoLayout; l != nil && l.Direction.Valid() {
		rankdir = strings.ToUpper(l.Direction.String())
	}
	w.WriteString("  graph [rankdir=" + rankdir + ", label=" + dotString(title) + ", labelloc=t, fontname=\"Helvetica\", fontsize=16];\n")
	w.WriteString("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11, fontcolor=\"#ffffff\", color=\"#0b4884\", margin=\"0.2,0.1\"];\n")
	w.WriteString("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#707070\", fontcolor=\"#707070\"];\n")
	node := func(e *Element, indent string) {
		fill, font := dotFill[e.kind], "#ffffff"
		if isExternal(e) {
			fill = "#999999"
		}
		if e.kind == KindComponent && !isExternal(e) {
			font = "#000000"
		}
		shape := ""
		switch {
		case e.HasTag(TagDatabase):
			shape = ", shape=cylinder, style=filled"
		case e.kind == KindPerson:
			shape = ", shape=box, style=\"rounded,filled\", peripheries=1"
		}
		label := e.name + "\n[" + kindLabel(e) + "]"
		if d := wrap(e.Description, width); d != "" {
			label += "\n\n" + d
		}
		w.WriteString(indent + dotString(s.alias[e]) + " [label=" + dotString(label) + ", fillcolor=\"" + fill + "\", fontcolor=\"" + font + "\"" + shape + "];\n")
	}
	indent := func(depth int) string { return strings.Repeat("  ", depth+1) }
	s.walk(
		func(e *Element, depth int) { node(e, indent(depth)) },
		func(f *frame, depth int) {
			label, style := f.group, "dotted"
			if f.parent != nil {
				label, style = f.parent.name+"\n["+kindLabel(f.parent)+"]", "dashed"
			}
			w.WriteString(indent(depth) + "subgraph " + dotString("cluster_"+f.alias) + " {\n")
			w.WriteString(indent(depth+1) + "label=" + dotString(label) + "; style=" + style + "; color=\"#444444\"; fontcolor=\"#444444\";\n")
		},
		func(depth int) { w.WriteString(indent(depth) + "}\n") })
	for _, r := range s.d.Relationships {
		label := wrap(r.Description, width)
		if r.Technology != "" {
			label += "\n[" + r.Technology + "]"
		}
		w.WriteString("  " + dotString(s.alias[r.source]) + " -> " + dotString(s.alias[r.destination]) + " [label=" + dotString(label))
		if r.Implied() {
			w.WriteString(", style=dashed")
		}
		w.WriteString("];\n")
	}
	w.WriteString("}\n")
}

// kindLabel is the bracketed type line of a box, such as "Container: Go".
func kindLabel(e *Element) string {
	k := map[ElementKind]string{
		KindPerson: "Person", KindSoftwareSystem: "Software System", KindContainer: "Container",
		KindComponent: "Component", KindCode: "Code",
	}[e.kind]
	if isExternal(e) && (e.kind == KindPerson || e.kind == KindSoftwareSystem) {
		k = "External " + k
	}
	if e.Technology != "" && hasTechnology(e) {
		k += ": " + e.Technology
	}
	return k
}

// dotString quotes text as a DOT string. A backslash is doubled so that
// Graphviz does not read it as one of its label escapes (\N, \G, \l …);
// line breaks become \n.
func dotString(text string) string {
	text = strings.ToValidUTF8(text, "\uFFFD")
	var b strings.Builder
	b.Grow(len(text) + 2)
	b.WriteByte('"')
	for i := 0; i < len(text); i++ {
		switch c := text[i]; c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				continue
			}
			b.WriteString(`\n`)
		case '\t':
			b.WriteByte(' ')
		default:
			if c < 0x20 || c == 0x7f {
				b.WriteByte(' ') // control characters are not valid in DOT input
				continue
			}
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// wrap breaks text into lines of at most width runes at spaces (a longer
// word stays whole); width < 1 leaves it alone.
func wrap(text string, width int) string {
	if width < 1 || utf8.RuneCountInString(text) <= width {
		return text
	}
	var b strings.Builder
	for li, line := range strings.Split(text, "\n") {
		if li > 0 {
			b.WriteByte('\n')
		}
		n := 0
		for wi, word := range strings.Fields(line) {
			wl := utf8.RuneCountInString(word)
			switch {
			case wi == 0:
			case n+1+wl > width:
				b.WriteByte('\n')
				n = 0
			default:
				b.WriteByte(' ')
				n++
			}
			b.WriteString(word)
			n += wl
		}
	}
	return b.String()
}
