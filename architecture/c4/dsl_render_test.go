package c4

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/leadkit/leadkit/internal/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// modelDump describes everything the DSL carries about a model, one line
// per element and explicit relationship, sorted, so that two models can be
// compared regardless of the order their elements were added in.
func modelDump(m *Model) []string {
	props := func(p map[string]string) string {
		var kv []string
		for k, v := range p {
			kv = append(kv, fmt.Sprintf("%q=%q", k, v))
		}
		slices.Sort(kv)
		return strings.Join(kv, ",")
	}
	out := []string{fmt.Sprintf("model enterprise=%q props=%s", m.Enterprise, props(m.Properties))}
	for e := range m.Elements() {
		if e.Kind() == KindCode {
			continue
		}
		out = append(out, fmt.Sprintf("%s %q desc=%q tech=%q tags=%q url=%q group=%q loc=%s props=%s",
			e.Kind(), e.Path(), e.Description, e.Technology, e.Tags, e.URL, e.Group, e.Location, props(e.Properties)))
	}
	for r := range m.Relationships() {
		if r.Source().Kind() == KindCode || r.Destination().Kind() == KindCode {
			continue
		}
		out = append(out, fmt.Sprintf("rel %q -> %q desc=%q tech=%q tags=%q url=%q props=%s",
			r.Source().Path(), r.Destination().Path(), r.Description, r.Technology, r.Tags, r.URL, props(r.Properties)))
	}
	slices.Sort(out)
	return out
}

// viewDump describes a view with element paths instead of pointers.
func viewDump(v *View) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s key=%q title=%q desc=%q", v.Kind, v.Key, v.Title, v.Description)
	if v.Scope != nil {
		fmt.Fprintf(&b, " scope=%q", v.Scope.Path())
	}
	for _, r := range v.Rules {
		fmt.Fprintf(&b, " [exclude=%t %s]", r.Exclude, r.Expr)
	}
	if v.AutoLayout != nil {
		fmt.Fprintf(&b, " layout=%+v", *v.AutoLayout)
	}
	fmt.Fprintf(&b, " props=%v", v.Properties)
	return b.String()
}

// trickyModel is a model with every feature the DSL carries and the
// strings that break naive quoting.
func trickyModel() (*Model, []*View) {
	m := NewModel()
	m.Enterprise = `Acme "Holdings"`
	m.Properties = map[string]string{groupSeparatorProperty: "/", "owner": "Team\\Platform"}
	customer := m.AddPerson(`Customer "VIP"`, "Buys things.\nOften.")
	customer.Location = External
	customer.AddTags("Important", "Ünïcödé 🚀")
	staff := m.AddPerson("Staff", "")
	staff.Location = Internal
	staff.Group = "Acme/Back office"
	shop := m.AddSoftwareSystem("Shop", strings.Repeat("A very long description. ", 200))
	shop.Group = "Acme/Digital"
	shop.URL = "https://example.com/shop?a=1&b=\"2\""
	shop.Properties = map[string]string{"tier": "1", "key with spaces": "value \\ with \"quotes\""}
	web := shop.AddContainer("Web App", "Serves pages.", "Go 1.26")
	web.Group = "Front/Edge"
	api := shop.AddContainer("API", "", "Go")
	db := shop.AddContainer("DB", "Stores orders.", "")
	db.AddTags("Database")
	handler := api.AddComponent("Order Handler", "Takes orders.", "Go package")
	handler.AddCode("OrderService", "A struct.", "Go struct")
	repo := api.AddComponent("Repository", "", "")
	repo.Group = "Persistence"
	mail := m.AddSoftwareSystem("E-mail: System / 2", "")
	mail.Location = External
	sensor := m.AddCustomElement(`Sensor "A"`, "Measures.", "Hardware")
	sensor.Group = "Acme/Digital"
	sensor.AddTags("IoT")
	team := m.AddCustomElement("Team", "Runs the shop.", "")

	// the component relationship comes first in the model, but its implied
	// API -> DB would pre-empt the explicit one below if written first
	m.AddRelationship(repo, db, "Reads from and writes to", "SQL/TCP")
	m.AddRelationship(api, db, "Reads from and writes to", "SQL/TCP")
	r := m.AddRelationship(customer, web, "Browses\n(mostly at night)", "HTTPS")
	r.AddTags("Public", "Edge")
	r.URL = "https://example.com/r"
	r.Properties = map[string]string{"sla": "99.9%"}
	m.AddRelationship(web, api, "", "JSON/HTTPS")
	m.AddRelationship(handler, repo, "Uses", "")
	m.AddRelationship(handler, mail, `Sends "receipts"`, "SMTP")
	m.AddRelationship(staff, shop, "Runs", "")
	m.AddRelationship(sensor, api, "Sends readings to", "MQTT")
	m.AddRelationship(team, shop, "Runs", "")

	views := []*View{
		NewSystemLandscapeView("Landscape").Include(All()),
		NewSystemContextView(shop, "Context").Include(All(), Elem(staff)).Exclude(Elem(mail)),
		NewContainerView(shop, "Containers").Include(All()).Exclude(Rels(nil, nil)).Include(Rel(r), Rels(web, nil), Tagged("Database")),
		NewComponentView(api, "Components").Include(All(), Rels(handler, repo)),
	}
	views[0].AutoLayout = &AutoLayout{}
	views[1].AutoLayout = &AutoLayout{Direction: LeftRight, RankSeparation: 120, NodeSeparation: 60}
	views[1].Title = `The "shop" in context`
	views[1].Description = "Who uses it."
	views[2].Properties = map[string]string{"structurizr.groups": "false"}
	return m, views
}

func TestDSLRoundTrip(t *testing.T) {
	m, views := trickyModel()
	var buf bytes.Buffer
	require.NoError(t, DSL{Name: `Zoë's "shop"`, Description: "Line 1\nLine 2"}.Render(&buf, m, views...))
	ws, err := ParseDSL(bytes.NewReader(buf.Bytes()), ParseOptions{Source: "rendered.dsl"})
	require.NoError(t, err, "%s", buf.String())

	assert.Equal(t, `Zoë's "shop"`, ws.Name)
	assert.Equal(t, "Line 1\nLine 2", ws.Description)
	assert.Equal(t, modelDump(m), modelDump(ws.Model))
	want := m.Counts()
	want.CodeElements, want.ImpliedRelationships = 0, 0
	got := ws.Model.Counts()
	got.ImpliedRelationships = 0
	assert.Equal(t, want, got)

	require.Len(t, ws.Views, len(views))
	for i, v := range views {
		assert.Equal(t, viewDump(v), viewDump(ws.Views[i]))
	}
	assert.Contains(t, buf.String(), `// the code element "Shop/API/Order Handler/OrderService" cannot be expressed in the DSL`)

	// rendering what was read gives the same text
	var again bytes.Buffer
	require.NoError(t, DSL{Name: ws.Name, Description: ws.Description}.Render(&again, ws.Model, ws.Views...))
	first := regexp.MustCompile(`"Go package" \{\n\s*// the code element.*\n\s*\}\n`).ReplaceAllString(buf.String(), "\"Go package\"\n")
	assert.Equal(t, first, again.String())
}

func TestDSLRendersWhatTheDSLCannotHoldAsComments(t *testing.T) {
	m := NewModel()
	s := m.AddSoftwareSystem("S", "")
	c := s.AddContainer("C", "", "")
	p := m.AddPerson("P", "")
	m.AddRelationship(p, s, "Uses", "")
	m.AddRelationship(p, s, "Uses", "")
	m.AddRelationship(s, c, "Contains", "")
	var buf bytes.Buffer
	require.NoError(t, DSL{}.Render(&buf, m))
	out := buf.String()
	assert.Contains(t, out, "// left out \"P -> S \\\"Uses\\\"\": it repeats")
	assert.Contains(t, out, "parents and children")
	ws, err := ParseDSL(strings.NewReader(out), ParseOptions{})
	require.NoError(t, err, out)
	assert.Equal(t, 1, ws.Model.Counts().Relationships)
}

func TestDSLRenderIdentifiers(t *testing.T) {
	m := NewModel()
	m.AddPerson("this", "")
	m.AddPerson("Web App", "")
	m.AddPerson("web-app", "")
	m.AddPerson("WEB APP!", "")
	m.AddPerson("42", "")
	m.AddPerson("日本", "")
	var buf bytes.Buffer
	require.NoError(t, DSL{}.Render(&buf, m))
	for _, want := range []string{`this2 = person "this"`, `webApp = person "Web App"`, `webApp2 = person "web-app"`, `webAPP3 = person "WEB APP!"`, `p42 = person "42"`, `p = person "日本"`} {
		assert.Contains(t, buf.String(), want)
	}
	ws, err := ParseDSL(&buf, ParseOptions{})
	require.NoError(t, err)
	assert.Equal(t, modelDump(m), modelDump(ws.Model))
}

func TestDSLRenderErrors(t *testing.T) {
	m, views := trickyModel()
	assert.ErrorContains(t, DSL{}.Render(failingWriter{}, m, views...), "disk full")
	other := NewModel()
	assert.Error(t, DSL{}.Render(&bytes.Buffer{}, other, views[1]), "a view of another model")
}

func TestDSLGolden(t *testing.T) {
	m, views := trickyModel()
	var buf bytes.Buffer
	require.NoError(t, DSL{Name: "Tricky", Description: "Every feature the DSL carries."}.Render(&buf, m, views...))
	golden.Assert(t, "dsl/tricky.dsl", buf.Bytes())

	empty := NewModel()
	buf.Reset()
	require.NoError(t, DSL{}.Render(&buf, empty))
	golden.Assert(t, "dsl/empty.dsl", buf.Bytes())
}
