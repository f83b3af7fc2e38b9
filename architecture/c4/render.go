package c4

import (
	"bufio"
	"encoding/json"
	"io"
)

// Renderer writes a model, or views of it, in one output format. Diagram
// formats ([Mermaid], [PlantUML], [DOT]) draw each view; given no views they
// draw the system landscape of the whole model ("include *"). Whole-model
// formats ([JSON]) write the model and the views.
type Renderer interface {
	// Render writes m, or the given views of m, to w. It fails when a view
	// does not resolve against m (see [View.Resolve]) or w fails.
	Render(w io.Writer, m *Model, views ...*View) error
}

// JSON renders the model and views in leadkit's JSON form, which
// [ReadJSON] reads back to the same model.
type JSON struct {
	// Indent is the indentation of nested values; empty means two spaces.
	// Use Compact for a single line.
	Indent string
	// Compact writes the document on one line.
	Compact bool
}

// Render writes m and views as one JSON document followed by a newline.
func (j JSON) Render(w io.Writer, m *Model, views ...*View) error {
	for _, v := range views {
		if err := v.check(m); err != nil {
			return err
		}
	}
	doc := documentJSON{Schema: JSONSchema, Model: m.toJSON()}
	for _, v := range views {
		doc.Views = append(doc.Views, v.toJSON())
	}
	enc := json.NewEncoder(w)
	if !j.Compact {
		indent := j.Indent
		if indent == "" {
			indent = "  "
		}
		enc.SetIndent("", indent)
	}
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// defaultViews returns views, or the landscape of everything when there
// are none.
func defaultViews(views []*View) []*View {
	if len(views) > 0 {
		return views
	}
	return []*View{NewSystemLandscapeView("landscape").Include(All())}
}

// renderScenes resolves each view (or the landscape when there are none)
// and writes it with write, a blank line between views.
func renderScenes(w io.Writer, m *Model, views []*View, write func(*bufio.Writer, *scene)) error {
	bw := bufio.NewWriter(w)
	var g *graph
	for i, v := range defaultViews(views) {
		s, err := newScene(m, v, &g)
		if err != nil {
			return err
		}
		if i > 0 {
			bw.WriteString("\n")
		}
		write(bw, s)
	}
	return bw.Flush()
}

// writeMacros writes the elements, boundaries and relationships of s as
// C4 macro calls, which Mermaid and C4-PlantUML share, with quote making
// each string safe for the format. Technology is written on one line:
// C4-PlantUML wraps it in inline markup that a line break would cut.
func writeMacros(w *bufio.Writer, s *scene, quote func(string) string) {
	indent := func(depth int) {
		for range depth {
			w.WriteString("  ")
		}
	}
	s.walk(
		func(e *Element, depth int) {
			indent(depth)
			w.WriteString(macro(e))
			w.WriteByte('(')
			w.WriteString(s.alias[e])
			w.WriteString(", ")
			w.WriteString(quote(e.name))
			if hasTechnology(e) {
				w.WriteString(", ")
				w.WriteString(quote(oneLine(e.Technology)))
			}
			w.WriteString(", ")
			w.WriteString(quote(e.Description))
			w.WriteString(")\n")
		},
		func(f *frame, depth int) {
			indent(depth)
			w.WriteString(boundaryMacro(f))
			w.WriteByte('(')
			w.WriteString(f.alias)
			w.WriteString(", ")
			w.WriteString(quote(f.label()))
			if f.parent == nil {
				w.WriteString(`, "group"`)
			}
			w.WriteString(") {\n")
		},
		func(depth int) {
			indent(depth)
			w.WriteString("}\n")
		})
	for _, r := range s.d.Relationships {
		w.WriteString("Rel(")
		w.WriteString(s.alias[r.source])
		w.WriteString(", ")
		w.WriteString(s.alias[r.destination])
		w.WriteString(", ")
		w.WriteString(quote(r.Description))
		w.WriteString(", ")
		w.WriteString(quote(oneLine(r.Technology)))
		w.WriteString(")\n")
	}
}
