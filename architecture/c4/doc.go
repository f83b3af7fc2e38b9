// Package c4 models software architecture the C4 way (Simon Brown's people,
// software systems, containers, components and code) as a typed, indexed
// graph: build it in code, validate it with Structurizr's rules and the
// practices of the C4 chapter, resolve views with implied relationships,
// render them as Mermaid, C4-PlantUML, Graphviz DOT or JSON, and compare two
// versions of a model.
//
//	m := c4.NewModel()
//	customer := m.AddPerson("Customer", "Buys things.")
//	shop := m.AddSoftwareSystem("Shop", "Sells things online.")
//	web := shop.AddContainer("Web App", "Serves the shop.", "Go")
//	customer.Uses(web, "Browses", "HTTPS")
//	findings := m.Validate()
//	err := c4.Mermaid{}.Render(os.Stdout, m, c4.NewContainerView(shop, "containers").Include(c4.All()))
//
// # Model
//
// Every element has a kind ([ElementKind]), a name, a canonical path (the
// names from the top down joined by "/", such as "Shop/Web App"; see
// [JoinPath]) and a stable ID derived from that path (a version 5 UUID: the
// same model gives the same IDs in every run and every format, and IDs never
// collide, not even for duplicate names). Names and parents are fixed when an
// element is added; description, technology, tags, properties, URL, group and
// [Location] are plain fields. External people and systems are those with
// Location [External] or the tag [TagExternal]; renderers draw them with the
// external shapes. Custom elements ([Model.AddCustomElement], Structurizr's
// "element") stand beside people and software systems for what is none of
// the four C4 kinds; they relate to other elements but no diagram draws
// them.
//
// # Relationships and implied relationships
//
// [Model.AddRelationship] (and [Element.Uses]) adds an explicit relationship
// and never fails; [Model.Validate] reports what is wrong with it.
// [Model.ImpliedRelationships] computes, on demand, the relationships the
// explicit ones imply between ancestors, the way Structurizr's default
// strategy does: a relationship between two elements implies one between
// each pair of their ancestors, unless any relationship already joins that
// pair, and never between an element and its own ancestor.
//
// [Model.DeclareRelationship] instead behaves like the Structurizr DSL, for
// parsers: it stores the implied relationships as each relationship is
// declared and refuses one that repeats an existing relationship, explicit or
// implied (same source, destination and description), with a
// [*RelationshipError] matching [ErrRelationshipExists].
//
// [Model.Counts] counts elements of each kind, explicit relationships
// (those of custom elements included) and implied relationships.
//
// # Views
//
// A [View] (system landscape, system context, container or component) has a
// scope and ordered include/exclude rules ([All], [Elem], [Rel], [Rels],
// [Tagged]) applied as the Structurizr DSL applies them; [View.Resolve] turns
// it into a [Diagram]: the elements and relationships, implied ones included,
// that the diagram shows.
//
// # Validation codes
//
// [Model.Validate] and [Model.ValidateWith] report these codes, in this
// order. The errors are the rules Structurizr enforces; the warnings and
// information are the practices of the C4 chapter.
//
//	code                                 severity  meaning
//	c4.element.misplaced                 error     (JSON) a container outside a software system, a component outside a container, code outside a component, or a nested person, system or custom element
//	c4.relationship.dangling             error     a relationship end is nil, of another model, or (JSON) names no element
//	c4.model.too_large                   error     the model reached MaxRelationships; later relationships were not added
//	c4.name.missing                      error     an element has an empty name
//	c4.name.duplicate                    error     a name repeats where Structurizr needs it unique: people, software systems and custom elements across the model, containers in their system, components in their container, code in its component
//	c4.url.invalid                       error     an element's or relationship's URL is neither absolute with a scheme Java knows (http, https, ftp, file, jar, mailto) nor a #link or {workspace…} link
//	c4.property.invalid                  error     a property of the model, an element or a relationship has an empty name or value
//	c4.relationship.parent_child         error     a relationship joins an element and its own ancestor or descendant
//	c4.relationship.duplicate            error     a second relationship with the same source, destination and description
//	c4.element.description_missing       warning   an element has no description
//	c4.container.technology_missing      warning   a container does not name its technology
//	c4.component.technology_missing      info      a component does not name its technology
//	c4.relationship.description_missing  warning   a relationship has no description
//	c4.relationship.technology_missing   info      a relationship does not name its technology
//	c4.element.orphan                    warning   a person, system, container or component takes part in no relationship, itself or through what it contains
//	c4.code.present                      info      the model has code elements: costly to keep current, justify them (legacy, regulated, audit)
//	c4.view.invalid                      error     a view given in ValidateOptions.Views does not resolve (kind, scope or rules)
//	c4.view.key_duplicate                error     two views share a key
//	c4.view.empty                        warning   a view shows no elements
//	c4.view.too_many_elements            warning   a diagram shows more elements than ValidateOptions.MaxViewElements
//	c4.view.no_context                   info      container or component views without a context or landscape view: start at level 1
//
// Without ValidateOptions.Views, the size check applies to the diagrams the
// model implies (the landscape, each system's context and container diagram,
// each container's component diagram, with what "include *" would show).
//
// # Defaults
//
// [DefaultMaxViewElements] is 20, from the C4 model's guidance that a
// diagram with more than about 20 elements becomes cluttered. [DOT] wraps
// descriptions at 40 characters.
//
// # Renderers
//
// Every output format implements [Renderer]: Render(w, model, views...).
// [Mermaid] writes Mermaid C4 (C4Context, C4Container, C4Component);
// [PlantUML] writes C4-PlantUML with PlantUML's standard library includes;
// [DOT] writes Graphviz digraphs with boundaries as clusters; the diagrams
// draw the software system or container an element belongs to, and each
// group (Element.Group), as a boundary around it. [JSON] writes
// leadkit's JSON form, which [ReadJSON] reads back. Each escapes text for
// its format (see the type's documentation), so names with quotes, line
// breaks, markup or any Unicode come out valid.
//
// # Structurizr DSL
//
// [ParseDSL] reads a Structurizr DSL workspace into a [Workspace] (name,
// description, [Model], views and the parser's findings); [DSL] writes one
// that ParseDSL, and Structurizr, read back to the same model.
//
//	ws, err := c4.ParseDSL(file, c4.ParseOptions{Source: "workspace.dsl"})
//	var pe *c4.ParseError // file, line and column of the problem
//
// The parser streams: a tokenizer reads one physical line at a time (joining
// "\" continuations and """ text blocks, dropping //, # and /* */ comments,
// substituting ${NAME} from !const, !constant and !var) and keeps physical
// line and column numbers for errors; a recursive-descent parser reads the
// statements. It reads workspace name and description, the model (person,
// softwareSystem, container, component, custom elements ("element"), nested
// groups with the "structurizr.groupSeparator" property, enterprise,
// relationships at the top level and in element blocks, with "this" and
// the implicit source "-> x", "r = a -> b" assignments, flat and
// hierarchical identifiers, description, technology, tag and tags, url
// and properties, !element, and archetypes: "app = container { technology
// "Go" }" makes "app" declare containers with those defaults, and "sync =
// -> { … }" makes "a --sync-> b" a relationship with them) and the system
// landscape, system context, container and component views (keys,
// generated as Structurizr does when missing, include and exclude with *,
// identifiers of elements, relationships and groups (a group stands for
// its elements), "a -> b", "*->*", relationship==… and element.tag==…,
// autoLayout, title, description, properties).
//
// "!elements <expression> {" applies its block (relationships, where
// "this" and the implicit source "-> x" stand for each element, and
// description, technology, tags, url, properties) to every element the
// expression selects, in model order, as Structurizr does: an element or
// group identifier (a group's nested groups included), element.type==,
// element.parent==, element.tag== and != (with the tags Structurizr gives
// every element: "Element", "Person", "Software System", "Container",
// "Component"), element.technology== and !=,
// element.properties[name]==value, or two of those joined by " && " or
// " || ". An expression that selects nothing fails, as in Structurizr; one
// leadkit cannot evaluate, or that selects deployment elements, is
// skipped with an Info finding.
//
// Relationships are declared with [Model.DeclareRelationship], so the
// implied relationships exist as soon as a relationship is declared and a
// later relationship that repeats one fails as it does in Structurizr
// (!impliedRelationships false turns that off). Names must be unique where
// Structurizr's DSL needs it (among the people, among the software
// systems, among the custom elements, among a system's containers and a
// container's components: a person and a software system may share a
// name, which [Model.Validate] still reports), an element must be
// declared before it is used, a
// url must be one Structurizr accepts (an absolute URL whose scheme Java
// knows: http, https, ftp, file, jar or mailto; "#…" within the workspace;
// "{workspace…}" to another) and a property needs a name and a value.
//
// Structurizr has no syntax for [Location]: on a person or software system
// the tag "External" ([TagExternal]) or "Internal", in any letter case, sets
// the location instead of being kept as a tag, people and systems in an
// enterprise block are Internal, and [DSL] writes the location back as that
// tag. A quoted string may hold \" (a quote), \n (a line break) and \\ (a
// backslash); one without its closing quote runs to the end of its line,
// as Structurizr's tokenizer reads it, with a warning.
//
// What leadkit does not model is skipped, block and all, with an Info
// finding, never a failure: styles, themes, branding, terminology,
// deployment environments, dynamic, deployment, filtered, custom and image
// views, animations, perspectives, configuration, changes to relationships
// selected by expression (!relationships), !docs, !adrs, !plugin and
// !script (inline script bodies
// are not read as DSL, so what a script or plugin would add to the model is
// missing from it). The identifiers assigned in a skipped deployment
// environment are kept: a relationship, view rule or !element that names a
// deployment element later (at the model level, or by a hierarchical path
// such as "live.aws.lb" that passes through a skipped identifier) is
// skipped with a c4.dsl.reference.skipped note, and a flat identifier
// assigned twice fails as in Structurizr. A relationship with a deployment
// element at either end is deployment-level and not counted. A "{" alone on
// its line opens a nested block in a skipped one, as a dynamic view's
// parallel sequences do. !include and "workspace extends" are resolved only in
// ParseOptions.FS, relative to the including file ("../" may climb, but
// never out of FS); without an FS they fail with a [*ParseError], so a service
// cannot be made to read local files. URLs are never fetched.
//
// Errors are a [*ParseError] (an alias of [leadkit.ParseError], so it matches
// [leadkit.ErrInvalid]) with Source, the physical Line and the byte Col of
// the offending token, and a message that says what to write instead. A
// statement that spans lines ("\" continuations, a text block) is numbered
// by its last line, as Structurizr numbers it, with Col zero.
//
// The parser's findings:
//
//	code                           severity  meaning
//	c4.dsl.skipped                 info      a feature leadkit does not model was skipped (the message names it and its line)
//	c4.dsl.reference.skipped       info      a relationship or view rule names something skipped (a deployment environment; a group as a relationship end) or not drawn (a custom element) and was skipped too
//	c4.dsl.constant.undefined      info      ${NAME} names no constant, so it was left as written (environment variables are not read)
//	c4.dsl.string.unterminated     warning   a quoted string has no closing quote, so it runs to the end of its line, as in Structurizr
//	c4.dsl.expression.unsupported  warning   a view expression leadkit cannot express (->x->, element.type==, several tags, …) was ignored, so the view may differ
//	c4.dsl.tokens.ignored          warning   tokens after a closing "}" were ignored
//
// Input limits: at most [MaxDSLBytes] (64 MiB) read in all, counting
// included files; lines (after joining continuations), text blocks and
// substituted strings of at most 1 MiB, and at most 64 MiB added by
// substitution in all; blocks nested at most 64 deep; !include and
// "workspace extends" at most 16 deep; an !elements block replays at most
// 2^20 statements (its statements times the elements it selects). Parsing
// takes time linear in the size of the input (an !elements block, in its
// statements times the elements it selects); BenchmarkParseDSL targets at
// least 20 MB/s.
//
// # JSON form
//
// The document written by [JSON] (schema "leadkit.c4/v1"):
//
//	{
//	  "schema": "leadkit.c4/v1",
//	  "model": {
//	    "enterprise": "…", "properties": {"…": "…"},
//	    "elements": [{"id": "uuid", "kind": "person|software_system|container|component|code|custom",
//	                  "name": "…", "parent": "path", "description": "…", "technology": "…",
//	                  "tags": ["…"], "properties": {}, "url": "…", "group": "…",
//	                  "location": "internal|external"}],
//	    "relationships": [{"id": "uuid", "source": "path", "destination": "path",
//	                       "description": "…", "technology": "…", "tags": [], "properties": {},
//	                       "url": "…", "declared": true}],
//	    "implied_relationships": [{"…": "as relationships", "implied_by": "uuid"}]
//	  },
//	  "views": [{"kind": "system_landscape|system_context|container|component", "key": "…",
//	             "title": "…", "description": "…", "scope": "path",
//	             "rules": [{"exclude": true, "kind": "all|element|relationship|relationships|tagged",
//	                        "element": "path", "relationship": "uuid", "source": "path",
//	                        "destination": "path", "tag": "…"}],
//	             "auto_layout": {"direction": "tb|bt|lr|rl", "rank_separation": 300, "node_separation": 300},
//	             "properties": {}}]
//	}
//
// Elements are listed parents first; "parent", "source", "destination",
// "scope", "element" hold a canonical path, or an ID where two elements share
// a path. "declared" marks a relationship added with DeclareRelationship,
// whose implied relationships are listed in "implied_relationships" rather
// than computed.
//
// # Speed
//
// Adding elements and relationships and every lookup take constant time;
// validation, implied relationships, view resolution and rendering take time
// linear in the size of the model. The benchmarks (see bench_test.go) target
// a model of 100,000 elements and 300,000 relationships validated with its
// implied relationships in under a second and under 1 GiB allocated, and a
// 2,000-element view rendered to each format in under 50 ms.
package c4
