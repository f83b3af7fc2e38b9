package c4

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/leadkit/leadkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func mustParse(t *testing.T, src string) *Workspace {
	t.Helper()
	ws, err := ParseDSL(strings.NewReader(src), ParseOptions{Source: "t.dsl"})
	require.NoError(t, err)
	return ws
}

// relationshipsOf lists the explicit relationships as "Src -> Dst: desc [tech]".
func relationshipsOf(m *Model) []string {
	var out []string
	for r := range m.Relationships() {
		s := r.Source().Path() + " -> " + r.Destination().Path()
		if r.Description != "" {
			s += ": " + r.Description
		}
		if r.Technology != "" {
			s += " [" + r.Technology + "]"
		}
		out = append(out, s)
	}
	return out
}

func TestParseDSLModel(t *testing.T) {
	ws := mustParse(t, `
!const ORG "Big Bank"
workspace "Bank" "An example." {
    model {
        properties {
            structurizr.groupSeparator /
        }
        customer = person "Customer" "A customer." "External,VIP"
        group "${ORG}" {
            staff = person "Staff"
            group "Back office" {
                core = softwareSystem "Core" {
                    description "Stores accounts."
                    tags "Existing" "Mainframe, Legacy"
                    url https://example.com/core
                    properties {
                        owner "Team A"
                    }
                    db = container "DB" "Accounts." "Oracle" "Database" {
                        technology "Oracle 19c"
                    }
                    group "APIs" {
                        api = container "API" {
                            c = component "Controller" "" "Spring" {
                                -> db "Reads" "JDBC" "Sync"
                            }
                        }
                    }
                }
            }
        }
        customer -> staff "Asks" "Phone" {
            tags "Human"
            url https://example.com/rel
            properties {
                sla 1h
            }
        }
        staff -> c "Uses"
    }
}`)
	assert.Equal(t, "Bank", ws.Name)
	assert.Equal(t, "An example.", ws.Description)
	m := ws.Model
	assert.Equal(t, "/", m.Properties[groupSeparatorProperty])

	customer := m.Element("Customer")
	require.NotNil(t, customer)
	assert.Equal(t, External, customer.Location, "the External tag sets the location")
	assert.Equal(t, []string{"VIP"}, customer.Tags)
	assert.Equal(t, "A customer.", customer.Description)

	assert.Equal(t, "Big Bank", m.Element("Staff").Group)
	core := m.Element("Core")
	require.NotNil(t, core)
	assert.Equal(t, "Big Bank/Back office", core.Group)
	assert.Equal(t, "Stores accounts.", core.Description)
	assert.Equal(t, []string{"Existing", "Mainframe", "Legacy"}, core.Tags)
	assert.Equal(t, "https://example.com/core", core.URL)
	assert.Equal(t, map[string]string{"owner": "Team A"}, core.Properties)

	db := m.Element("Core/DB")
	require.NotNil(t, db)
	assert.Equal(t, "Oracle 19c", db.Technology)
	assert.Empty(t, db.Group, "a container does not inherit its system's group")
	assert.Equal(t, "APIs", m.Element("Core/API").Group)
	assert.Equal(t, "Spring", m.Element("Core/API/Controller").Technology)

	assert.Equal(t, []string{
		"Core/API/Controller -> Core/DB: Reads [JDBC]",
		"Customer -> Staff: Asks [Phone]",
		"Staff -> Core/API/Controller: Uses",
	}, relationshipsOf(m))
	rel := m.RelationshipsBetween(customer, m.Element("Staff"))[0]
	assert.Equal(t, []string{"Human"}, rel.Tags)
	assert.Equal(t, "https://example.com/rel", rel.URL)
	assert.Equal(t, map[string]string{"sla": "1h"}, rel.Properties)
	assert.Equal(t, []string{"Sync"}, m.RelationshipsBetween(m.Element("Core/API/Controller"), db)[0].Tags)

	implied := m.RelationshipsBetween(m.Element("Core/API"), db)
	require.Len(t, implied, 1, "the component's relationship implies one from its container")
	assert.True(t, implied[0].Implied())
}

func TestParseDSLHierarchicalIdentifiers(t *testing.T) {
	ws := mustParse(t, `workspace {
    !identifiers hierarchical
    model {
        a = person "A"
        b = softwareSystem "B" {
            c = container "C" {
                d = component "D"
                a = component "A"
                d -> a
            }
            c -> a "From C"
        }
        a -> b.c.d "Uses"
        x = softwareSystem "X" {
            c = container "C"
        }
        x.c -> b.c "Calls"
    }
    views {
        component b.c "Components" {
            include *
        }
    }
}`)
	assert.Equal(t, []string{
		"B/C/D -> B/C/A",
		"B/C -> A: From C",
		"A -> B/C/D: Uses",
		"X/C -> B/C: Calls",
	}, relationshipsOf(ws.Model))
	require.Len(t, ws.Views, 1)
	assert.Equal(t, "B/C", ws.Views[0].Scope.Path())
}

func TestParseDSLThisAndImplicitSource(t *testing.T) {
	ws := mustParse(t, `workspace {
    !identifiers hierarchical
    model {
        user = person "User"
        softwareSystem = softwareSystem "Software System" {
            container = container "Container" {
                rel = user -> this "Uses"
                -> user "Notifies"
                this -> user "Emails"
            }
        }
    }
    views {
        systemLandscape {
            include *
            exclude *->*
            include rel
        }
    }
}`)
	assert.Equal(t, []string{
		"User -> Software System/Container: Uses",
		"Software System/Container -> User: Notifies",
		"Software System/Container -> User: Emails",
	}, relationshipsOf(ws.Model))
	v := ws.Views[0]
	require.Len(t, v.Rules, 3)
	assert.Equal(t, ExprRelationship, v.Rules[2].Expr.Kind)
	assert.Equal(t, "Uses", v.Rules[2].Expr.Relationship.Description)
}

func TestParseDSLViews(t *testing.T) {
	ws := mustParse(t, `workspace {
    model {
        u = person "User" {
            tags "Customer"
        }
        s = softwareSystem "Shop" {
            web = container "Web"
            api = container "API" {
                h = component "Handler"
            }
        }
        o = softwareSystem "Other"
        r = u -> web "Browses"
        web -> api "Calls"
        h -> o "Notifies"
    }
    views {
        systemLandscape {
            include *
            autoLayout
        }
        systemContext s "Context" "The shop in context." {
            include * o
            exclude u
            autolayout lr 100 50
            title "Shop context"
        }
        container s {
            include *
            exclude "web -> api" r
            include element.tag==Customer
            exclude u -> *
            include ->web-> element.type==Person
            properties {
                "structurizr.groups" false
            }
        }
        component api {
            include *
            description "Inside the API."
        }
        container s {
            include relationship==*
        }
    }
}`)
	require.Len(t, ws.Views, 5)
	keys := []string{}
	for _, v := range ws.Views {
		keys = append(keys, v.Key)
	}
	assert.Equal(t, []string{"SystemLandscape-001", "Context", "Container-001", "Component-001", "Container-002"}, keys)
	assert.Equal(t, &AutoLayout{}, ws.Views[0].AutoLayout)

	ctx := ws.View("Context")
	require.NotNil(t, ctx)
	assert.Equal(t, SystemContextView, ctx.Kind)
	assert.Equal(t, "Shop", ctx.Scope.Path())
	assert.Equal(t, "The shop in context.", ctx.Description)
	assert.Equal(t, "Shop context", ctx.Title)
	assert.Equal(t, &AutoLayout{Direction: LeftRight, RankSeparation: 100, NodeSeparation: 50}, ctx.AutoLayout)
	assert.Equal(t, []ViewRule{
		{Expr: All()},
		{Expr: Elem(ws.Model.Element("Other"))},
		{Exclude: true, Expr: Elem(ws.Model.Element("User"))},
	}, ctx.Rules)

	c := ws.View("Container-001")
	var got []string
	for _, r := range c.Rules {
		got = append(got, map[bool]string{false: "include ", true: "exclude "}[r.Exclude]+r.Expr.String())
	}
	assert.Equal(t, []string{
		"include *",
		`exclude "Shop/Web" -> "Shop/API"`,
		`exclude User -> Shop/Web "Browses"`,
		"include element.tag==Customer",
		`exclude "User" -> *`,
	}, got)
	assert.Equal(t, map[string]string{"structurizr.groups": "false"}, c.Properties)
	assert.True(t, ws.Findings.Has("c4.dsl.expression.unsupported"), "->web-> and element.type== are not modelled")
	assert.Equal(t, "Inside the API.", ws.View("Component-001").Description)
	assert.Equal(t, []ViewRule{{Expr: Rels(nil, nil)}}, ws.View("Container-002").Rules)

	d, err := ws.View("Context").Resolve(ws.Model)
	require.NoError(t, err)
	var names []string
	for _, e := range d.Elements {
		names = append(names, e.Path())
	}
	assert.Equal(t, []string{"Shop", "Other"}, names)
}

func TestParseDSLSkipsWhatItDoesNotModel(t *testing.T) {
	ws := mustParse(t, `!constant OLD "old form"
workspace {
    !docs docs
    !adrs decisions
    !plugin com.example.Plugin {
        name value
    }
    !script groovy {
        workspace.views.each { v -> println "}" }
    }
    configuration {
        users {
            someone@example.com write
        }
    }
    model {
        box = element "Box" "Metadata"
        p = person "P" {
            perspectives {
                Security "Reviewed."
            }
        }
        p -> box "Uses"
        live = deploymentEnvironment "Live" {
            deploymentNode "Server" {
                containerInstance x
            }
        }
    }
    views {
        dynamic * {
            p -> box
        }
        deployment * live {
            include *
        }
        custom {
            include box
        }
        systemLandscape {
            include * box
            animation {
                p
            }
            default
        }
        styles {
            element "Person" {
                shape person
            }
        }
        theme default
        themes https://example.com/a https://example.com/b
        branding {
            logo logo.png
        }
        terminology {
            person "Human"
        }
    }
}`)
	c := ws.Model.Counts()
	assert.Equal(t, 1, c.People)
	assert.Equal(t, 1, c.CustomElements)
	assert.Equal(t, 1, c.Relationships, "p -> box is a model relationship")
	assert.Equal(t, "Metadata", ws.Model.Element("Box").Technology)
	assert.Equal(t, leadkit.Info, ws.Findings.Max())
	skipped := 0
	for _, f := range ws.Findings {
		assert.True(t, leadkit.ValidCode(f.Code), f.Code)
		assert.NotEmpty(t, f.Field)
		assert.True(t, strings.HasSuffix(f.Message, "."), f.Message)
		if f.Code == "c4.dsl.skipped" {
			skipped++
		}
	}
	assert.Equal(t, 17, skipped, "%v", ws.Findings)
	assert.True(t, ws.Findings.Has("c4.dsl.reference.skipped"))
}

func TestParseDSLConstants(t *testing.T) {
	ws := mustParse(t, `!const NAME "Shop"
!var TECH Go
!var TECH "Go 1.26"
!const FULL "${NAME} ${TECH}"
workspace "${FULL}" {
    model {
        s = softwareSystem "${NAME}" "${UNDEFINED}" {
            c = container "API" "" "${TECH}"
        }
    }
}`)
	assert.Equal(t, "Shop Go 1.26", ws.Name)
	assert.Equal(t, "Go 1.26", ws.Model.Element("Shop/API").Technology)
	assert.Equal(t, "${UNDEFINED}", ws.Model.Element("Shop").Description)
	assert.True(t, ws.Findings.Has("c4.dsl.constant.undefined"))
}

func TestParseDSLEnterprise(t *testing.T) {
	ws := mustParse(t, `workspace {
    model {
        enterprise "Acme" {
            staff = person "Staff"
            group "IT" {
                erp = softwareSystem "ERP"
            }
        }
        customer = person "Customer"
        customer -> staff "Calls"
    }
}`)
	m := ws.Model
	assert.Equal(t, "Acme", m.Enterprise)
	assert.Equal(t, Internal, m.Element("Staff").Location)
	assert.Equal(t, Internal, m.Element("ERP").Location)
	assert.Equal(t, "IT", m.Element("ERP").Group)
	assert.Equal(t, LocationUnspecified, m.Element("Customer").Location)
}

func TestParseDSLImpliedRelationshipsOff(t *testing.T) {
	src := `workspace {
    !impliedRelationships false
    model {
        a = softwareSystem "A"
        b = softwareSystem "B" {
            c = container "C"
        }
        c -> a
        b -> a
    }
}`
	ws := mustParse(t, src)
	assert.Equal(t, 2, ws.Model.Counts().Relationships, "without implied relationships b -> a is no repeat")
	_, err := ParseDSL(strings.NewReader(strings.Replace(src, "false", "true", 1)), ParseOptions{})
	assert.ErrorContains(t, err, "already exists")

	// in the model, and without its "!", as Structurizr also reads it
	inModel := strings.Replace(strings.Replace(src, "    !impliedRelationships false\n", "", 1), "model {\n", "model {\n        impliedRelationships false\n", 1)
	require.NotEqual(t, src, inModel)
	ws = mustParse(t, inModel)
	assert.Equal(t, 2, ws.Model.Counts().Relationships)
}

func TestParseDSLErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		line int
		msg  string
	}{
		{"empty", "", 1, "no workspace"},
		{"comments only", "// nothing\n/* here */", 2, "no workspace"},
		{"tokens before workspace", "hello world\nworkspace {\n}", 1, `unexpected "hello"`},
		{"tokens after workspace", "workspace {\n}\n}", 3, "after the end of the workspace"},
		{"two workspaces", "workspace {\n}\nworkspace {\n}", 3, "second one"},
		{"unclosed workspace", "workspace {\n  model {\n  }\n", 1, "never closed"},
		{"unclosed model", "workspace {\n  model {\n    p = person \"P\"\n", 2, "never closed"},
		{"brace not last", "workspace {\n  model {\n    softwareSystem \"A\" { container \"B\" }\n  }\n}", 3, "last token"},
		{"group without brace", "workspace {\n  model {\n    group \"Name\"\n  }\n}", 3, "expected: group <name> {"},
		{"nested group without separator", "workspace {\n  model {\n    group \"A\" {\n      group \"B\" {\n      }\n    }\n  }\n}", 4, "structurizr.groupSeparator"},
		{"url in a group", "workspace {\n  model {\n    softwareSystem \"S\" {\n      group \"G\" {\n        url \"https://example.com\"\n      }\n    }\n  }\n}", 5, `unexpected "url" inside the group "G"`},
		{"technology in a group of a container", "workspace {\n  model {\n    softwareSystem \"S\" {\n      container \"C\" {\n        group \"G\" {\n          technology \"Go\"\n        }\n      }\n    }\n  }\n}", 6, `unexpected "technology" inside the group "G"`},
		{"group inside a component", "workspace {\n  model {\n    softwareSystem \"S\" {\n      container \"C\" {\n        component \"K\" {\n          group \"G\"\n        }\n      }\n    }\n  }\n}", 6, `unexpected "group" inside a component`},
		{"continued statement, numbered by its last line", "workspace {\n  model {\n    softwareSystem \"S\" {\n      component \\\n        \"C\"\n    }\n  }\n}", 5, "inside the block of a container"},
		{"text block statement, numbered by its closing line", "workspace {\n  model {\n    person \"P\" \"d\" \"t\" \"\"\"\n      extra\n    \"\"\"\n  }\n}", 5, "too many tokens"},
		{"component in system", "workspace {\n  model {\n    s = softwareSystem \"S\" {\n      component \"C\"\n    }\n  }\n}", 4, "inside the block of a container"},
		{"container in model", "workspace {\n  model {\n    container \"C\"\n  }\n}", 3, "inside the block of its software system"},
		{"duplicate system", "workspace {\n  model {\n    softwareSystem \"S\"\n    person \"S\"\n    softwareSystem \"S\"\n  }\n}", 5, "a software system named \"S\" already exists"},
		{"duplicate container", "workspace {\n  model {\n    softwareSystem \"S\" {\n      container \"C\"\n      container \"C\"\n    }\n  }\n}", 5, "unique within their software system"},
		{"same names in different systems are fine then duplicate identifier", "workspace {\n  model {\n    a = softwareSystem \"A\" {\n      api = container \"API\"\n    }\n    b = softwareSystem \"B\" {\n      api = container \"API\"\n    }\n  }\n}", 7, `identifier "api" is already in use`},
		{"bad identifier", "workspace {\n  model {\n    my.id = person \"P\"\n  }\n}", 3, "can only contain"},
		{"unknown source", "workspace {\n  model {\n    b = person \"B\"\n    a -> b\n  }\n}", 4, `source element "a" does not exist`},
		{"unknown destination", "workspace {\n  model {\n    a = person \"A\"\n    a -> b \"Uses\"\n  }\n}", 4, `destination element "b" does not exist`},
		{"forward reference", "workspace {\n  model {\n    a = person \"A\"\n    a -> b\n    b = person \"B\"\n  }\n}", 4, `"b" does not exist`},
		{"parent and child", "workspace {\n  model {\n    s = softwareSystem \"S\" {\n      c = container \"C\"\n    }\n    s -> c\n  }\n}", 6, "parents and children"},
		{"duplicate relationship", "workspace {\n  model {\n    a = person \"A\"\n    b = person \"B\"\n    a -> b \"x\"\n    a -> b \"x\"\n  }\n}", 6, "already exists"},
		{"implicit source at model level", "workspace {\n  model {\n    b = person \"B\"\n    -> b\n  }\n}", 4, "only allowed inside an element"},
		{"too many relationship tokens", "workspace {\n  model {\n    a = person \"A\"\n    b = person \"B\"\n    a -> b 1 2 3 4\n  }\n}", 5, "too many tokens"},
		{"too many element tokens", "workspace {\n  model {\n    person \"A\" \"d\" \"t\" \"x\"\n  }\n}", 3, "too many tokens"},
		{"element without name", "workspace {\n  model {\n    person\n  }\n}", 3, "expected: person <name>"},
		{"technology on a person", "workspace {\n  model {\n    person \"A\" {\n      technology \"Go\"\n    }\n  }\n}", 4, `unexpected "technology" inside a person`},
		{"identifier on a property", "workspace {\n  model {\n    person \"A\" {\n      x = description \"d\"\n    }\n  }\n}", 4, "only elements"},
		{"bad property line", "workspace {\n  model {\n    properties {\n      justname\n    }\n  }\n}", 4, "<name> <value>"},
		{"second model", "workspace {\n  model {\n  }\n  model {\n  }\n}", 4, "second one"},
		{"bad identifiers mode", "workspace {\n  !identifiers deep\n}", 2, "flat"},
		{"redefined const", "!const A 1\n!const A 2\nworkspace {\n}", 2, "already defined"},
		{"bad const name", "!const A/B 1\nworkspace {\n}", 1, "constant names"},
		{"include refused", "workspace {\n  !include model.dsl\n}", 2, "not allowed"},
		{"extends refused", "workspace extends base.dsl {\n}", 1, "not allowed"},
		{"view of unknown system", "workspace {\n  model {\n  }\n  views {\n    systemContext nope {\n    }\n  }\n}", 5, `software system "nope" does not exist`},
		{"view of a person", "workspace {\n  model {\n    p = person \"P\"\n  }\n  views {\n    container p {\n    }\n  }\n}", 6, "is not a software system"},
		{"view without brace", "workspace {\n  model {\n  }\n  views {\n    systemLandscape \"key\"\n  }\n}", 5, `"systemLandscape" on line 5 has no "{"`},
		{"workspace brace on the next line", "workspace \"W\"\n{\n  model {\n  }\n}", 2, `unexpected "{" in the workspace`},
		{"model brace on the next line", "workspace {\n  model\n  {\n    person \"P\"\n  }\n}", 3, `a "{" ends the line of the statement whose block it opens`},
		{"view brace on the next line", "workspace {\n  model {\n  }\n  views {\n    systemLandscape \"key\"\n    {\n    }\n  }\n}", 6, `unexpected "{" inside a view`},
		{"duplicate view key", "workspace {\n  model {\n  }\n  views {\n    systemLandscape \"k\" {\n    }\n    systemLandscape \"k\" {\n    }\n  }\n}", 7, "already exists"},
		{"bad view key", "workspace {\n  model {\n  }\n  views {\n    systemLandscape \"a key\" {\n    }\n  }\n}", 5, "view key"},
		{"include unknown", "workspace {\n  model {\n  }\n  views {\n    systemLandscape {\n      include nope\n    }\n  }\n}", 6, `"nope" does not exist`},
		{"include container in context view", "workspace {\n  model {\n    s = softwareSystem \"S\" {\n      c = container \"C\"\n    }\n  }\n  views {\n    systemContext s {\n      include c\n    }\n  }\n}", 9, "cannot be added to a system context view"},
		{"bad autolayout", "workspace {\n  model {\n  }\n  views {\n    systemLandscape {\n      autoLayout diagonal\n    }\n  }\n}", 6, "tb, bt, lr or rl"},
		{"bad separation", "workspace {\n  model {\n  }\n  views {\n    systemLandscape {\n      autoLayout lr wide\n    }\n  }\n}", 6, "whole number"},
		{"unknown view statement", "workspace {\n  model {\n  }\n  views {\n    systemLandscape {\n      zoom 3\n    }\n  }\n}", 6, `unexpected "zoom"`},
		{"unterminated string opens no block", "workspace {\n  model {\n    s = softwareSystem \"S {\n      c = container \"C\"\n    }\n  }\n}", 4, `unexpected "container" in the model`},
		{"physical line after continuation", "workspace {\n  model {\n    s = \\\n      softwareSystem \\\n      \"S\" {\n        component \"C\"\n      }\n  }\n}", 6, "component"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseDSL(strings.NewReader(tc.src), ParseOptions{Source: "t.dsl"})
			var pe *ParseError
			require.True(t, errors.As(err, &pe), "want a *ParseError, got %v", err)
			assert.Equal(t, tc.line, pe.Line, "%v", err)
			assert.Contains(t, pe.Msg, tc.msg)
			assert.ErrorIs(t, err, leadkit.ErrInvalid)
			assert.Equal(t, "t.dsl", pe.Source)
		})
	}
}

func TestParseDSLInclude(t *testing.T) {
	fsys := fstest.MapFS{
		"ws/workspace.dsl":      {Data: []byte("workspace {\n  model {\n    !include model/people.dsl\n    !include systems\n    u -> a \"Uses\"\n  }\n}\n")},
		"ws/model/people.dsl":   {Data: []byte("u = person \"User\"\n")},
		"ws/systems/a.dsl":      {Data: []byte("a = softwareSystem \"A\"\n")},
		"ws/systems/b.dsl":      {Data: []byte("b = softwareSystem \"B\" {\n  component \"wrong\"\n}\n")},
		"ws/loop.dsl":           {Data: []byte("workspace {\n  model {\n    !include self.dsl\n  }\n}\n")},
		"ws/self.dsl":           {Data: []byte("!include self.dsl\n")},
		"ws/escape.dsl":         {Data: []byte("workspace {\n  !include ../../secret.dsl\n}\n")},
		"ws/sibling.dsl":        {Data: []byte("workspace {\n  model {\n    !include ../shared/people.dsl\n  }\n}\n")},
		"shared/people.dsl":     {Data: []byte("u = person \"User\"\n")},
		"ws/url.dsl":            {Data: []byte("workspace {\n  !include https://example.com/x.dsl\n}\n")},
		"ws/extends.dsl":        {Data: []byte("workspace extends base.dsl {\n  model {\n    !element a {\n      c = container \"C\"\n    }\n    u -> c \"Calls\"\n  }\n}\n")},
		"ws/base.dsl":           {Data: []byte("workspace \"Base\" {\n  model {\n    u = person \"User\"\n    a = softwareSystem \"A\"\n  }\n  views {\n    systemLandscape \"all\" {\n      include *\n    }\n  }\n}\n")},
		"ws/extends-json.dsl":   {Data: []byte("workspace extends base.json {\n}\n")},
		"ws/extends-broken.dsl": {Data: []byte("workspace extends extends-broken.dsl {\n}\n")},
	}
	parse := func(name string) (*Workspace, error) {
		f, err := fsys.Open(name)
		require.NoError(t, err)
		defer f.Close()
		return ParseDSL(f, ParseOptions{FS: fsys, Source: name})
	}

	_, err := parse("ws/workspace.dsl")
	var pe *ParseError
	require.True(t, errors.As(err, &pe), "%v", err)
	assert.Equal(t, "ws/systems/b.dsl", pe.Source, "errors name the included file")
	assert.Equal(t, 2, pe.Line)

	fsys["ws/systems/b.dsl"] = &fstest.MapFile{Data: []byte("b = softwareSystem \"B\"\n")}
	ws, err := parse("ws/workspace.dsl")
	require.NoError(t, err)
	assert.Equal(t, []string{"User -> A: Uses"}, relationshipsOf(ws.Model))
	assert.Equal(t, 2, ws.Model.Counts().SoftwareSystems)

	for name, msg := range map[string]string{
		"ws/loop.dsl":           "nested more than",
		"ws/escape.dsl":         "stays inside the file system",
		"ws/self.dsl":           "nested more than",
		"ws/url.dsl":            "URL",
		"ws/extends-json.dsl":   "JSON",
		"ws/extends-broken.dsl": "nested more than",
	} {
		_, err := parse(name)
		assert.ErrorContains(t, err, msg, name)
	}

	ws, err = parse("ws/sibling.dsl")
	require.NoError(t, err, "../ climbs within FS, as in Structurizr")
	assert.Equal(t, 1, ws.Model.Counts().People)

	ws, err = parse("ws/extends.dsl")
	require.NoError(t, err)
	assert.Equal(t, "Base", ws.Name)
	assert.Equal(t, []string{"User -> A/C: Calls"}, relationshipsOf(ws.Model))
	require.NotNil(t, ws.View("all"))
}

func TestParseDSLContinuationAndTextBlock(t *testing.T) {
	ws := mustParse(t, "work\\\n  space {\n  model {\n    s = softwareSystem \\\n      \"Software \\\n      System\" {\n      description \"\"\"\n        Line 1\n          Line 2\n        \"\"\"\n    }\n  }\n}\n")
	s := ws.Model.Element("Software System")
	require.NotNil(t, s)
	assert.Equal(t, "Line 1\n  Line 2", s.Description)
}

func TestParseDSLUnicodeAndEscapes(t *testing.T) {
	ws := mustParse(t, "workspace \"Zoë's \\\"café\\\"\" {\n  model {\n    p = person \"Ünïcödé 🚀\" \"Line 1\\nLine 2\"\n  }\n}")
	assert.Equal(t, `Zoë's "café"`, ws.Name)
	p := ws.Model.Element("Ünïcödé 🚀")
	require.NotNil(t, p)
	assert.Equal(t, "Line 1\nLine 2", p.Description)
}

func TestParseDSLFindingCodes(t *testing.T) {
	// each code of the package documentation's table, with an input that
	// raises it
	cases := map[string]string{
		"c4.dsl.skipped":                "workspace {\n  model {\n  }\n  views {\n    theme default\n  }\n}",
		"c4.dsl.reference.skipped":      "workspace {\n  model {\n    live = deploymentEnvironment \"Live\"\n    p = person \"P\"\n    p -> live\n  }\n}",
		"c4.dsl.constant.undefined":     "workspace \"${NOPE}\" {\n}",
		"c4.dsl.expression.unsupported": "workspace {\n  model {\n    p = person \"P\"\n  }\n  views {\n    systemLandscape {\n      include ->p->\n    }\n  }\n}",
		"c4.dsl.tokens.ignored":         "workspace {\n  model {\n  } trailing\n}",
		"c4.dsl.string.unterminated":    "workspace {\n  model {\n    person \"A\n  }\n}",
	}
	for code, src := range cases {
		t.Run(code, func(t *testing.T) {
			assert.True(t, leadkit.ValidCode(code))
			ws := mustParse(t, src)
			assert.True(t, ws.Findings.Has(code), "%v", ws.Findings)
			assert.Nil(t, ws.Findings.Err(), "the parser's findings are never errors")
		})
	}
}

func TestParseDSLGroupBodies(t *testing.T) {
	// Structurizr reads model properties inside a model-level group, and
	// relationships and !docs inside a group of a software system.
	ws := mustParse(t, `workspace {
    model {
        group "Platform" {
            properties {
                "structurizr.groupSeparator" "/"
            }
            group "Data" {
                s = softwareSystem "S" {
                    group "Team" {
                        !docs docs
                        api = container "API"
                        db = container "DB"
                        api -> db "Reads"
                    }
                }
            }
        }
    }
}`)
	m := ws.Model
	assert.Equal(t, "/", m.Properties[groupSeparatorProperty])
	assert.Equal(t, "Platform/Data", m.Element("S").Group)
	assert.Equal(t, "Team", m.Element("S/DB").Group)
	assert.Equal(t, []string{"S/API -> S/DB: Reads"}, relationshipsOf(m))
}

func TestParseDSLViewIncludesGroups(t *testing.T) {
	ws := mustParse(t, `workspace {
    model {
        properties {
            "structurizr.groupSeparator" "/"
        }
        ops = person "Ops"
        dept = group "Department" {
            team = group "Team" {
                a = softwareSystem "A"
            }
            b = softwareSystem "B"
        }
        c = softwareSystem "C"
        shop = softwareSystem "Shop" {
            front = group "Front" {
                web = container "Web"
                app = container "App"
                web -> app "Calls"
            }
            back = group "Back" {
                db = container "DB"
            }
            app -> db "Reads"
        }
        ops -> shop "Runs"
    }
    views {
        container shop "containers" {
            include front back
            exclude back
        }
        systemLandscape "landscape" {
            include dept c
            exclude team
        }
    }
}`)
	d, err := ws.View("containers").Resolve(ws.Model)
	require.NoError(t, err)
	assert.Equal(t, []string{"Shop/Web", "Shop/App"}, paths(d.Elements))
	assert.Equal(t, []string{`Shop/Web -> Shop/App "Calls"`}, relStrings(d.Relationships))
	d, err = ws.View("landscape").Resolve(ws.Model)
	require.NoError(t, err)
	assert.Equal(t, []string{"B", "C"}, paths(d.Elements), "a group holds the elements of the groups nested in it")
	assert.False(t, ws.Findings.Has("c4.dsl.reference.skipped"))
}

func TestParseDSLFindElementByCanonicalName(t *testing.T) {
	ws := mustParse(t, `workspace {
    model {
        u = person "User"
        s = softwareSystem "Shop" {
            container "Web App"
        }
        !element "Container://Shop.Web App" {
            description "Serves pages."
            u -> this "Browses"
        }
        !element "DeploymentNode://Live/Cloud" {
            deploymentNode "Server"
        }
    }
}`)
	assert.Equal(t, "Serves pages.", ws.Model.Element("Shop/Web App").Description)
	assert.Equal(t, []string{"User -> Shop/Web App: Browses"}, relationshipsOf(ws.Model))
	assert.True(t, ws.Findings.Has("c4.dsl.skipped"), "a deployment element's block is skipped")
	_, err := ParseDSL(strings.NewReader("workspace {\n  model {\n    !element \"SoftwareSystem://Nope\" {\n    }\n  }\n}"), ParseOptions{})
	assert.ErrorContains(t, err, `the element "SoftwareSystem://Nope" does not exist`)
}

func TestParseDSLBlockWithoutBrace(t *testing.T) {
	// Structurizr opens the model's and a view's block even without "{".
	ws := mustParse(t, `workspace {
    model
        p = person "P"
    }
    views
        systemLandscape "all"
            include *
        }
        styles
        }
    }
}`)
	assert.Equal(t, 1, ws.Model.Counts().People)
	require.Len(t, ws.Views, 1)
	assert.Equal(t, "all", ws.Views[0].Key)
}

func TestValidDSLURL(t *testing.T) {
	tests := []struct {
		url  string
		want bool
	}{
		{"https://example.com/docs", true},
		{"HTTP://EXAMPLE.COM", true},
		{"mailto:team@example.com", true},
		{"file:/tmp/x", true},
		{"#section", true},
		{"{workspace:12}/diagrams#Key", true},
		{"example.com/docs", false},
		{"docs/readme.md", false},
		{"ssh://git@example.com", false},
		{"", false},
		{"://x", false},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			assert.Equal(t, tt.want, validDSLURL(tt.url))
		})
	}
}

func TestParseDSLTopLevelNamesPerKind(t *testing.T) {
	// As in Structurizr's DSL, a name repeats only among elements of one
	// kind: a person, a software system and a custom element may share it
	// (Model.Validate still reports it, as the JSON form needs them apart).
	ws := mustParse(t, "workspace {\n  model {\n    p = person \"Alex\"\n    s = softwareSystem \"Alex\" {\n      c = container \"Web\"\n    }\n    e = element \"Alex\"\n    p -> s \"Uses\"\n    e -> c \"Feeds\"\n  }\n}")
	c := ws.Model.Counts()
	assert.Equal(t, 1, c.People)
	assert.Equal(t, 1, c.SoftwareSystems)
	assert.Equal(t, 1, c.CustomElements)
	assert.Equal(t, 2, c.Relationships)
	assert.True(t, ws.Model.Validate().Has("c4.name.duplicate"))
}
