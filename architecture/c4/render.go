package c4

import (
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
		doc.Views = append(doc.Views, m.viewToJSON(v))
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
