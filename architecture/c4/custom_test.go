package c4

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/leadkit/leadkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCustomElements(t *testing.T) {
	s := newShop()
	sensor := s.m.AddCustomElement("Sensor", "Measures the temperature.", "Hardware")
	sensor.Uses(s.catalog, "Sends readings to", "MQTT")

	assert.Equal(t, KindCustom, sensor.Kind())
	assert.Equal(t, "Custom://Sensor", sensor.CanonicalName())
	assert.Equal(t, "Hardware", sensor.Technology)
	assert.Nil(t, sensor.Parent())
	assert.Same(t, sensor, sensor.Node())
	assert.Equal(t, []*CustomElement{sensor}, slices.Collect(s.m.CustomElements()))
	c := s.m.Counts()
	assert.Equal(t, 1, c.CustomElements)
	assert.Equal(t, 4, c.Relationships)
	assert.Equal(t, 8, c.Elements())

	// like any element, its relationship implies ones to the ancestors
	var implied []string
	for _, r := range s.m.ImpliedRelationships() {
		if r.Source() == &sensor.Element {
			implied = append(implied, r.Destination().Path())
		}
	}
	assert.Equal(t, []string{"Shop/Web App", "Shop"}, implied)

	// but no C4 diagram draws it, not even when named
	v := NewSystemContextView(s.shop, "ctx").Include(All(), Elem(sensor))
	d, err := v.Resolve(s.m)
	require.NoError(t, err)
	assert.NotContains(t, paths(d.Elements), "Sensor")
	assert.False(t, v.Permits(&sensor.Element))

	// it is validated like the others, and shares the top-level names
	s.m.AddCustomElement("Customer", "", "")
	fs := s.m.Validate()
	assert.True(t, hasFinding(fs, "c4.name.duplicate", "elements[Customer]"), "%v", fs)
	assert.True(t, hasFinding(fs, "c4.element.description_missing", "elements[Customer].description"))
	assert.True(t, hasFinding(fs, "c4.element.orphan", "elements[Customer]"))
	assert.False(t, hasFinding(fs, "c4.element.orphan", "elements[Sensor]"))
	assert.Contains(t, s.m.Validate().Errors()[0].Message, "custom element")
}

func hasFinding(fs leadkit.Findings, code, field string) bool {
	for _, f := range fs {
		if f.Code == code && f.Field == field {
			return true
		}
	}
	return false
}

func TestCustomElementsJSONAndDiff(t *testing.T) {
	s := newShop()
	sensor := s.m.AddCustomElement("Sensor", "Measures.", "Hardware")
	sensor.Group = "Edge"
	sensor.Uses(s.web, "Sends readings to", "MQTT")
	back, _ := roundTrip(t, s.m)
	e := back.Element("Sensor")
	require.NotNil(t, e)
	assert.Equal(t, KindCustom, e.Kind())
	assert.IsType(t, &CustomElement{}, e.Node())
	assert.Equal(t, "Hardware", e.Technology)
	assert.Equal(t, s.m.Counts(), back.Counts())

	var doc bytes.Buffer
	require.NoError(t, JSON{}.Render(&doc, s.m))
	assert.Contains(t, doc.String(), `"kind": "custom"`)
	bad := strings.Replace(doc.String(), `"name": "Sensor",`, `"name": "Sensor", "parent": "Shop",`, 1)
	m, _, err := ReadJSON(strings.NewReader(bad))
	require.NoError(t, err)
	assert.True(t, m.Validate().Has("c4.element.misplaced"), "a custom element is never nested")

	assert.Equal(t, "Elements:\n  - custom element Sensor\nRelationships:\n  - Sensor -> Shop/Web App \"Sends readings to\"\n",
		Diff(s.m, newShop().m).Report())
}

func TestParseDSLCustomElements(t *testing.T) {
	ws := mustParse(t, `workspace {
    model {
        gadget = element "Gadget" "Hardware" "Measures." "IoT,External" {
            url "https://example.com/gadget"
            properties {
                "serial" "42"
            }
            perspectives {
                "Security" "Reviewed."
            }
        }
        s = softwareSystem "S" {
            gadget -> this "Calibrates"
            c = container "C" {
                gadget -> this
                component "K" {
                    gadget -> this
                }
            }
        }
        group "Things" {
            element "Widget"
        }
        !element gadget {
            -> s "Reports to"
        }
    }
    views {
        systemContext s {
            include * gadget
        }
    }
}`)
	m := ws.Model
	c := m.Counts()
	assert.Equal(t, 2, c.CustomElements)
	assert.Equal(t, 4, c.Relationships, "every relationship of a custom element is a model relationship")
	assert.Zero(t, c.ImpliedRelationships, "each ancestor pair already has a relationship")
	g := m.Element("Gadget")
	require.NotNil(t, g)
	assert.Equal(t, "Hardware", g.Technology)
	assert.Equal(t, "Measures.", g.Description)
	assert.Equal(t, []string{"IoT", "External"}, g.Tags, "the location tags apply to people and software systems only")
	assert.Equal(t, "https://example.com/gadget", g.URL)
	assert.Equal(t, "42", g.Properties["serial"])
	assert.Equal(t, "Things", m.Element("Widget").Group)
	assert.True(t, ws.Findings.Has("c4.dsl.reference.skipped"), "a view naming a custom element notes that it is not drawn")
}

func TestParseDSLCustomElementErrors(t *testing.T) {
	for name, tc := range map[string]struct {
		src  string
		line int
		msg  string
	}{
		"technology":    {"workspace {\n  model {\n    element \"E\" {\n      technology \"Go\"\n    }\n  }\n}", 4, `unexpected "technology" inside a custom element`},
		"in enterprise": {"workspace {\n  model {\n    enterprise \"Acme\" {\n      element \"E\"\n    }\n  }\n}", 4, `unexpected "element" in the model`},
		"too many":      {"workspace {\n  model {\n    element \"E\" \"m\" \"d\" \"t\" \"x\"\n  }\n}", 3, "too many tokens, expected: element <name> [metadata] [description] [tags]"},
		"duplicate":     {"workspace {\n  model {\n    person \"E\"\n    element \"E\"\n    element \"E\"\n  }\n}", 5, "a custom element named \"E\" already exists"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := ParseDSL(strings.NewReader(tc.src), ParseOptions{})
			var pe *ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tc.line, pe.Line)
			assert.Contains(t, pe.Msg, tc.msg)
		})
	}
}
