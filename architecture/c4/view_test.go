package c4

import (
	"testing"

	"github.com/leadkit/leadkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func paths(es []*Element) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Path()
	}
	return out
}

func relStrings(rs []*Relationship) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.String()
		if r.Implied() {
			out[i] += " (implied)"
		}
	}
	return out
}

func TestResolveDefaults(t *testing.T) {
	s := newShop()
	s.m.AddPerson("Loner", "")
	tests := []struct {
		name  string
		view  *View
		elems []string
		rels  []string
	}{
		{
			name:  "landscape",
			view:  NewSystemLandscapeView("l").Include(All()),
			elems: []string{"Customer", "Shop", "Payments", "Loner"},
			rels:  []string{`Customer -> Shop "Browses" (implied)`, `Shop -> Payments "Charges cards with" (implied)`},
		},
		{
			name:  "context",
			view:  NewSystemContextView(s.shop, "ctx").Include(All()),
			elems: []string{"Customer", "Shop", "Payments"},
			rels:  []string{`Customer -> Shop "Browses" (implied)`, `Shop -> Payments "Charges cards with" (implied)`},
		},
		{
			name:  "context of payments",
			view:  NewSystemContextView(s.payments, "pay").Include(All()),
			elems: []string{"Shop", "Payments"},
			rels:  []string{`Shop -> Payments "Charges cards with" (implied)`},
		},
		{
			name:  "containers",
			view:  NewContainerView(s.shop, "c").Include(All()),
			elems: []string{"Customer", "Shop/Web App", "Shop/Database", "Payments"},
			rels: []string{
				`Customer -> Shop/Web App "Browses"`,
				`Shop/Web App -> Shop/Database "Reads from and writes to"`,
				`Shop/Web App -> Payments "Charges cards with" (implied)`,
			},
		},
		{
			name:  "components",
			view:  NewComponentView(s.web, "k").Include(All()),
			elems: []string{"Shop/Web App/Catalog", "Payments"},
			rels:  []string{`Shop/Web App/Catalog -> Payments "Charges cards with" (implied)`},
		},
		{
			name:  "exclude an element drops its relationships",
			view:  NewContainerView(s.shop, "c").Include(All()).Exclude(Elem(s.db)),
			elems: []string{"Customer", "Shop/Web App", "Payments"},
			rels:  []string{`Customer -> Shop/Web App "Browses"`, `Shop/Web App -> Payments "Charges cards with" (implied)`},
		},
		{
			name:  "include one element brings its relationships with those present",
			view:  NewContainerView(s.shop, "c").Include(Elem(s.web), Elem(s.gateway)),
			elems: []string{"Shop/Web App", "Payments/Gateway"},
			rels:  []string{`Shop/Web App -> Payments/Gateway "Charges cards with" (implied)`},
		},
		{
			name:  "elements the view does not permit are left out",
			view:  NewSystemContextView(s.shop, "ctx").Include(Elem(s.web), Elem(s.catalog), Elem(s.customer)),
			elems: []string{"Customer"},
			rels:  []string{},
		},
		{
			name:  "exclude all relationships then include one pair",
			view:  NewContainerView(s.shop, "c").Include(All()).Exclude(Rels(nil, nil)).Include(Rels(s.customer, nil)),
			elems: []string{"Customer", "Shop/Web App", "Shop/Database", "Payments"},
			rels:  []string{`Customer -> Shop/Web App "Browses"`},
		},
		{
			name:  "an element and its ancestor never share a view",
			view:  NewContainerView(s.shop, "c").Include(Elem(s.payments), Elem(s.gateway), Elem(s.web)),
			elems: []string{"Shop/Web App", "Payments"},
			rels:  []string{`Shop/Web App -> Payments "Charges cards with" (implied)`},
		},
		{
			name:  "after excluding the system its container may come in",
			view:  NewContainerView(s.shop, "c").Include(Elem(s.payments)).Exclude(Elem(s.payments)).Include(Elem(s.gateway), Elem(s.web)),
			elems: []string{"Shop/Web App", "Payments/Gateway"},
			rels:  []string{`Shop/Web App -> Payments/Gateway "Charges cards with" (implied)`},
		},
		{
			name:  "tagged",
			view:  NewSystemLandscapeView("t").Include(Tagged("Key")),
			elems: []string{"Shop"},
			rels:  []string{},
		},
		{
			name:  "no rules, empty diagram",
			view:  NewSystemLandscapeView("e"),
			elems: []string{},
			rels:  []string{},
		},
	}
	s.shop.AddTags("Key")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := tc.view.Resolve(s.m)
			require.NoError(t, err)
			assert.Equal(t, tc.elems, paths(d.Elements))
			assert.Equal(t, tc.rels, relStrings(d.Relationships))
		})
	}
}

// The shape of include-implied-relationship.dsl: the landscape shows the
// implied A -> B that the container relationship r stands for.
func TestResolveIncludeImpliedRelationship(t *testing.T) {
	for _, declared := range []bool{false, true} {
		m := NewModel()
		a := m.AddSoftwareSystem("A", "").AddContainer("A", "", "")
		b := m.AddSoftwareSystem("B", "").AddContainer("B", "", "")
		var r *Relationship
		if declared {
			var err error
			r, err = m.DeclareRelationship(a, b, "", "")
			require.NoError(t, err)
		} else {
			r = a.Uses(b, "", "")
		}
		v := NewSystemLandscapeView("l").Include(All()).Exclude(Rels(nil, nil)).Include(Rel(r))
		d, err := v.Resolve(m)
		require.NoError(t, err)
		assert.Equal(t, []string{"A", "B"}, paths(d.Elements))
		assert.Equal(t, []string{"A -> B (implied)"}, relStrings(d.Relationships), "declared=%v", declared)

		d, err = NewSystemLandscapeView("l").Include(All()).Exclude(Rel(r)).Resolve(m)
		require.NoError(t, err)
		assert.Empty(t, d.Relationships, "excluding r excludes what it implies")
	}
}

func TestResolveRejectsBadViews(t *testing.T) {
	s := newShop()
	other := NewModel().AddSoftwareSystem("Other", "")
	tests := []struct {
		name string
		view *View
	}{
		{"unset kind", &View{Key: "x"}},
		{"context without scope", &View{Kind: SystemContextView, Key: "x"}},
		{"component scoped to a system", &View{Kind: ComponentView, Key: "x", Scope: &s.shop.Element}},
		{"landscape with scope", &View{Kind: SystemLandscapeView, Key: "x", Scope: &s.shop.Element}},
		{"scope from another model", NewContainerView(other, "x")},
		{"rule naming a foreign element", NewSystemLandscapeView("x").Include(Elem(other))},
		{"rule with no element", NewSystemLandscapeView("x").Include(Elem(nil))},
		{"rule with no relationship", NewSystemLandscapeView("x").Include(Rel(nil))},
		{"invalid expression", NewSystemLandscapeView("x").Include(Expression{})},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.view.Resolve(s.m)
			require.Error(t, err)
			assert.ErrorIs(t, err, leadkit.ErrInvalid)
			assert.Contains(t, err.Error(), `view "x"`)
		})
	}
}

func TestPermits(t *testing.T) {
	s := newShop()
	ctx := NewSystemContextView(s.shop, "ctx")
	cont := NewContainerView(s.shop, "c")
	comp := NewComponentView(s.web, "k")
	assert.True(t, ctx.Permits(&s.shop.Element))
	assert.False(t, ctx.Permits(&s.web.Element))
	assert.False(t, cont.Permits(&s.shop.Element), "the system in scope is the boundary")
	assert.True(t, cont.Permits(&s.gateway.Element))
	assert.False(t, cont.Permits(&s.catalog.Element))
	assert.True(t, comp.Permits(&s.catalog.Element))
	assert.False(t, comp.Permits(&s.web.Element), "the container in scope is the boundary")
	assert.False(t, comp.Permits(&s.shop.Element))
	assert.True(t, comp.Permits(&s.db.Element))
	assert.False(t, comp.Permits(nil))
}

func TestViewTitlesAndExpressions(t *testing.T) {
	s := newShop()
	assert.Equal(t, "Containers of Shop", NewContainerView(s.shop, "c").DefaultTitle())
	assert.Equal(t, "System Context of Shop", NewSystemContextView(s.shop, "c").DefaultTitle())
	assert.Equal(t, "Components of Web App", NewComponentView(s.web, "c").DefaultTitle())
	assert.Equal(t, "System Landscape", NewSystemLandscapeView("l").DefaultTitle())
	assert.Equal(t, "Mine", (&View{Title: "Mine"}).DefaultTitle())
	assert.Equal(t, "*", All().String())
	assert.Equal(t, `"Shop/Web App"`, Elem(s.web).String())
	assert.Equal(t, `* -> "Shop"`, Rels(nil, s.shop).String())
	assert.Equal(t, "element.tag==X", Tagged("X").String())
	assert.Equal(t, "<invalid expression>", Expression{}.String())
}
