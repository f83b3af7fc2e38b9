package c4

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/leadkit/leadkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// roundTrip renders m and views as JSON, reads them back and checks that
// rendering the result gives the same bytes.
func roundTrip(t *testing.T, m *Model, views ...*View) (*Model, []*View) {
	t.Helper()
	var first bytes.Buffer
	require.NoError(t, JSON{}.Render(&first, m, views...))
	back, bviews, err := ReadJSON(bytes.NewReader(first.Bytes()))
	require.NoError(t, err)
	var second bytes.Buffer
	require.NoError(t, JSON{}.Render(&second, back, bviews...))
	assert.Equal(t, first.String(), second.String())
	return back, bviews
}

func TestJSONRoundTrip(t *testing.T) {
	s := cleanShop()
	s.web.Properties = map[string]string{"owner": "team-a"}
	s.web.URL = "https://example.com/web"
	s.web.Group = "Frontend"
	s.catalog.AddCode("Product", "A product.", "Go struct")
	views := shopViews(s)
	views[2].Exclude(Elem(s.db), Rels(s.customer, nil), Tagged("x"))
	views[0].AutoLayout = &AutoLayout{Direction: LeftRight, RankSeparation: 200}
	r := s.customer.Uses(s.shop, "Visits", "HTTPS")
	views[0].Include(Rel(r))

	back, bviews := roundTrip(t, s.m, views...)
	assert.Equal(t, s.m.Counts(), back.Counts())
	assert.Equal(t, s.web.ID(), back.Element("Shop/Web App").ID(), "IDs survive")
	assert.Equal(t, "team-a", back.Element("Shop/Web App").Properties["owner"])
	assert.Equal(t, External, back.Element("Payments").Location)
	require.Len(t, bviews, 4)
	for i, v := range views {
		d1, err := v.Resolve(s.m)
		require.NoError(t, err)
		d2, err := bviews[i].Resolve(back)
		require.NoError(t, err)
		assert.Equal(t, paths(d1.Elements), paths(d2.Elements))
		assert.Equal(t, relStrings(d1.Relationships), relStrings(d2.Relationships))
	}
	nm, nviews := nastyModel()
	roundTrip(t, nm, nviews...)
}

func TestJSONRoundTripKeepsDeclaredAndDuplicates(t *testing.T) {
	m := NewModel()
	a := m.AddSoftwareSystem("A", "")
	b := m.AddSoftwareSystem("B", "")
	c := b.AddContainer("C", "", "")
	_, err := m.DeclareRelationship(c, a, "Calls", "")
	require.NoError(t, err)
	dup := m.AddSoftwareSystem("A", "the second A")
	dup.Uses(c, "Feeds", "")
	c.Uses(a, "Calls", "") // duplicate explicit relationship

	back, _ := roundTrip(t, m)
	assert.Equal(t, m.Counts(), back.Counts())
	assert.Equal(t, codesOf(m.Validate()), codesOf(back.Validate()))
	assert.Equal(t, "the second A", back.ElementByID(dup.ID()).Description, "a duplicate is referred to by ID")
	_, err = back.DeclareRelationship(back.Element("B"), back.Element("A"), "Calls", "")
	assert.ErrorIs(t, err, ErrRelationshipExists, "the stored implied relationship survives")
}

func TestModelMarshalJSON(t *testing.T) {
	s := cleanShop()
	data, err := json.Marshal(s.m)
	require.NoError(t, err)
	var back Model
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, s.m.Counts(), back.Counts())
	assert.Same(t, &back, back.Element("Shop").Model(), "elements belong to the model unmarshalled into")
	again, err := json.Marshal(&back)
	require.NoError(t, err)
	assert.JSONEq(t, string(data), string(again))
	assert.Error(t, json.Unmarshal([]byte(`{"elements":[{"kind":"person","name":"P","id":"nope"}]}`), &back))
}

func TestReadJSONProblemsGoToValidate(t *testing.T) {
	doc := `{"schema":"leadkit.c4/v1","model":{
		"elements":[
			{"kind":"container","name":"Loose"},
			{"kind":"software_system","name":"S","description":"x"},
			{"kind":"component","name":"Wrong","parent":"S"},
			{"kind":"person","name":"P","parent":"S"},
			{"kind":"container","name":"Child","parent":"Nowhere"}
		],
		"relationships":[{"source":"S","destination":"Ghost","description":"Calls"}]
	}}`
	m, _, err := ReadJSON(strings.NewReader(doc))
	require.NoError(t, err)
	assert.Equal(t, 1, m.Counts().Elements())
	fs := m.Validate()
	var fields []string
	for _, f := range fs.Errors() {
		fields = append(fields, f.Code+" "+f.Field)
	}
	assert.Equal(t, []string{
		"c4.element.misplaced elements[0]",
		"c4.element.misplaced elements[2]",
		"c4.element.misplaced elements[3]",
		"c4.element.misplaced elements[4]",
		"c4.relationship.dangling relationships[0]",
	}, fields)
	assert.Contains(t, fs[0].Message, `The container "Loose" is outside any software system.`)
	assert.Contains(t, fs[4].Message, `"Ghost"`)
}

func TestReadJSONErrors(t *testing.T) {
	tests := []struct {
		name, doc, msg string
		line           int
	}{
		{"empty", "", "empty input", 1},
		{"syntax", "{\n  \"schema\": \"leadkit.c4/v1\",\n  \"model\": {,}\n}", "invalid character", 3},
		{"unknown field", `{"schema":"leadkit.c4/v1","model":{"elements":[],"relationships":[]},"extra":1}`, `unknown field "extra"`, 1},
		{"wrong schema", `{"schema":"other","model":{}}`, `schema "other"`, 0},
		{"no model", `{"schema":"leadkit.c4/v1"}`, `no "model"`, 0},
		{"unknown kind", `{"schema":"leadkit.c4/v1","model":{"elements":[{"kind":"robot","name":"R"}]}}`, "robot", 1},
		{"missing kind", `{"schema":"leadkit.c4/v1","model":{"elements":[{"name":"R"}]}}`, `elements[0]: "kind" is missing`, 0},
		{"bad element id", `{"schema":"leadkit.c4/v1","model":{"elements":[{"kind":"person","name":"R","id":"x"}]}}`, `elements[0].id: "x" is not a UUID`, 0},
		{"bad relationship id", `{"schema":"leadkit.c4/v1","model":{"elements":[{"kind":"person","name":"R"}],"relationships":[{"source":"R","destination":"R","id":"x"}]}}`, `relationships[0].id`, 0},
		{"view scope unknown", `{"schema":"leadkit.c4/v1","model":{"elements":[]},"views":[{"kind":"container","scope":"Nope"}]}`, `views[0]: the scope "Nope"`, 0},
		{"view relationship unknown", `{"schema":"leadkit.c4/v1","model":{"elements":[]},"views":[{"kind":"system_landscape","rules":[{"kind":"relationship","relationship":"x"}]}]}`, `views[0]: the relationship "x"`, 0},
		{"view element unknown", `{"schema":"leadkit.c4/v1","model":{"elements":[]},"views":[{"kind":"system_landscape","rules":[{"kind":"element","element":"E"}]}]}`, `the element "E"`, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := ReadJSON(strings.NewReader(tc.doc))
			require.Error(t, err)
			var perr *leadkit.ParseError
			require.True(t, errors.As(err, &perr), "%T", err)
			assert.Contains(t, perr.Error(), tc.msg)
			assert.Equal(t, tc.line, perr.Line)
			assert.ErrorIs(t, err, leadkit.ErrInvalid)
		})
	}
}

func TestViewMarshalJSON(t *testing.T) {
	s := cleanShop()
	v := NewContainerView(s.shop, "c").Include(All()).Exclude(Elem(s.db))
	data, err := json.Marshal(v)
	require.NoError(t, err)
	assert.JSONEq(t, `{"kind":"container","key":"c","scope":"Shop","rules":[{"kind":"all"},{"exclude":true,"kind":"element","element":"Shop/Database"}]}`, string(data))
}
