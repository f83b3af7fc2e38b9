package c4

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDSLArchetypes(t *testing.T) {
	ws := mustParse(t, `workspace {
    !identifiers hierarchical
    model {
        archetypes {
            external = softwareSystem {
                tag "External"
            }
            service = group
            app = container {
                technology "Go"
                tag "App"
                properties {
                    "tier" "2"
                }
            }
            webApp = app {
                technology "Go + htmx"
                description "Serves pages."
            }
            store = container {
                tags "Store" "Data"
            }
            handler = component {
                technology "net/http"
            }
            sensor = element {
                metadata "Hardware"
            }
            sync = -> {
                tags "Synchronous"
            }
            https = --sync-> {
                technology "HTTPS"
                description "Calls"
            }
        }
        user = person "User"
        partner = external "Partner"
        probe = sensor "Probe"
        shop = softwareSystem "Shop" {
            web = webApp "Web" {
                tag "Edge"
            }
            orders = service "Orders" {
                api = app "Orders API" "Takes orders." "Go 1.26"
                db = store "Orders DB" {
                    api -> this "Reads and writes"
                }
            }
            web --https-> api
            this --sync-> partner "Syncs with"
        }
        user --https-> shop.web "Browses"
        probe -> shop.api "Reports"
    }
}`)
	m := ws.Model
	assert.Equal(t, Counts{People: 1, SoftwareSystems: 2, Containers: 3, CustomElements: 1, Relationships: 5, ImpliedRelationships: 2}, m.Counts())
	assert.Equal(t, External, m.Element("Partner").Location, "a tag from the archetype")

	web := m.Element("Shop/Web")
	assert.Equal(t, KindContainer, web.Kind())
	assert.Equal(t, "Go + htmx", web.Technology, "an extending archetype overrides")
	assert.Equal(t, "Serves pages.", web.Description)
	assert.Equal(t, []string{"App", "Edge"}, web.Tags, "tags add up")
	assert.Equal(t, "2", web.Properties["tier"])

	api := m.Element("Shop/Orders API")
	assert.Equal(t, "Takes orders.", api.Description, "the statement's own arguments win")
	assert.Equal(t, "Go 1.26", api.Technology)
	assert.Equal(t, "Orders", api.Group)
	assert.Equal(t, []string{"Store", "Data"}, m.Element("Shop/Orders DB").Tags)
	assert.Equal(t, "Hardware", m.Element("Probe").Technology)

	var rels []string
	for r := range m.Relationships() {
		rels = append(rels, r.String()+" ["+r.Technology+"] "+strings.Join(r.Tags, ","))
	}
	assert.Equal(t, []string{
		`Shop/Orders API -> Shop/Orders DB "Reads and writes" [] `,
		`Shop/Web -> Shop/Orders API "Calls" [HTTPS] Synchronous`,
		`Shop -> Partner "Syncs with" [] Synchronous`,
		`User -> Shop/Web "Browses" [HTTPS] Synchronous`,
		`Probe -> Shop/Orders API "Reports" [] `,
	}, rels)
}

func TestParseDSLArchetypeErrors(t *testing.T) {
	for name, tc := range map[string]struct {
		src  string
		line int
		msg  string
	}{
		"unknown base":          {"workspace {\n  model {\n    archetypes {\n      app = box\n    }\n  }\n}", 4, `"box" is neither an element keyword`},
		"twice":                 {"workspace {\n  model {\n    archetypes {\n      app = container\n      App = component\n    }\n  }\n}", 5, `archetype "App" is already defined`},
		"not an assignment":     {"workspace {\n  model {\n    archetypes {\n      container\n    }\n  }\n}", 4, "expected: <name> = <base>"},
		"element extends arrow": {"workspace {\n  model {\n    archetypes {\n      sync = ->\n      app = sync\n    }\n  }\n}", 5, "not a relationship archetype"},
		"wrong place":           {"workspace {\n  model {\n    archetypes {\n      app = container\n    }\n    app \"A\"\n  }\n}", 6, `unexpected "app" in the model`},
		"unknown arrow":         {"workspace {\n  model {\n    a = person \"A\"\n    b = person \"B\"\n    a --nope-> b\n  }\n}", 5, `"--nope->" names no relationship archetype`},
		"technology on person":  {"workspace {\n  model {\n    archetypes {\n      staff = person {\n        technology \"Go\"\n      }\n    }\n  }\n}", 5, `unexpected "technology" inside an archetype`},
		"tag takes one":         {"workspace {\n  model {\n    p = person \"P\" {\n      tag \"a\" \"b\"\n    }\n  }\n}", 4, "expected: tag <tag>"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := ParseDSL(strings.NewReader(tc.src), ParseOptions{})
			var pe *ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tc.line, pe.Line, pe.Error())
			assert.Contains(t, pe.Msg, tc.msg)
		})
	}
}
