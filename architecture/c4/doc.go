// Package c4 models software architecture the C4 way (Simon Brown's people,
// software systems, containers, components and code) as a typed, indexed
// graph: build it in code, validate it with Structurizr's rules and the
// practices of the C4 chapter, resolve views with implied relationships, and
// render them as Mermaid, C4-PlantUML, Graphviz DOT or JSON.
//
//	m := c4.NewModel()
//	customer := m.AddPerson("Customer", "Buys things.")
//	shop := m.AddSoftwareSystem("Shop", "Sells things online.")
//	web := shop.AddContainer("Web App", "Serves the shop.", "Go")
//	customer.Uses(web, "Browses", "HTTPS")
//	findings := m.Validate()
//
// # Model
//
// Every element has a kind ([ElementKind]), a name, a canonical path (the
// names from the top down joined by "/", such as "Shop/Web App", see
// [JoinPath]) and a stable ID derived from that path (a version 5 UUID, so
// the same model gives the same IDs in every run and format). Names and
// parents are fixed when an element is added; descriptions, technology, tags,
// properties, URL, group and location are plain fields.
//
// # Relationships and implied relationships
//
// [Model.AddRelationship] (and [Element.Uses]) adds an explicit relationship
// and never fails; [Model.Validate] reports what is wrong with it.
// [Model.ImpliedRelationships] computes, on demand, the relationships the
// explicit ones imply between ancestors, the way Structurizr's default
// strategy does. [Model.DeclareRelationship] instead behaves like the
// Structurizr DSL: it stores the implied relationships as each relationship
// is declared and refuses one that repeats an existing relationship (same
// source, destination and description) with a [*RelationshipError] matching
// [ErrRelationshipExists].
//
// # Views
//
// A [View] (system landscape, system context, container or component) has a
// scope and ordered include/exclude rules ([All], [Elem], [Rel], [Rels],
// [Tagged]); [View.Resolve] turns it into a [Diagram]: the elements and
// relationships, implied ones included, the diagram shows.
package c4
