package c4

import "github.com/leadkit/leadkit"

// Workspace is what a Structurizr DSL file describes: a named model and the
// views drawn from it. [ParseDSL] returns one, with the notes it made while
// reading in Findings.
type Workspace struct {
	// Name is the workspace's name; it may be empty.
	Name string `json:"name,omitempty"`
	// Description says what the workspace is about.
	Description string `json:"description,omitempty"`
	// Model holds the elements and relationships.
	Model *Model `json:"model"`
	// Views are the workspace's diagrams, in the order defined.
	Views []*View `json:"views,omitempty"`
	// Findings are the parser's notes: Info findings for each feature that
	// was read but not modelled (styles, deployment, dynamic views, …) and
	// warnings for what was ignored. They never include the model's own
	// validation; run [Model.Validate] for that.
	Findings leadkit.Findings `json:"findings,omitempty"`
}

// View returns the view with the given key, or nil.
func (w *Workspace) View(key string) *View {
	for _, v := range w.Views {
		if v.Key == key {
			return v
		}
	}
	return nil
}
