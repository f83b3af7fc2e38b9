package c4

import (
	"fmt"
	"testing"

	"github.com/leadkit/leadkit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cleanShop is a model that breaks no rule and no practice.
func cleanShop() shopModel {
	s := newShop()
	s.db.Uses(s.gateway, "Reconciles payments with", "HTTPS") // no orphan left
	return s
}

func TestValidateCleanModel(t *testing.T) {
	s := cleanShop()
	fs := s.m.Validate()
	assert.Empty(t, fs, "%v", fs)
	assert.NoError(t, fs.Err())
}

func codesOf(fs leadkit.Findings) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Code)
	}
	return out
}

func TestValidateRules(t *testing.T) {
	tests := []struct {
		name     string
		build    func(s shopModel)
		opts     ValidateOptions
		views    func(s shopModel) []*View
		code     string
		severity leadkit.Severity
		field    string
		message  string
	}{
		{
			name:  "missing name",
			build: func(s shopModel) { s.shop.AddContainer(" ", "Does things.", "Go").Uses(s.web, "Calls", "gRPC") },
			code:  "c4.name.missing", severity: leadkit.Error, field: "elements[Shop/ ]", message: "A container has no name.",
		},
		{
			name: "person and system share a name",
			build: func(s shopModel) {
				s.m.AddPerson("Shop", "A shopkeeper.").Uses(s.shop, "Runs", "Web UI")
			},
			code: "c4.name.duplicate", severity: leadkit.Error, field: "elements[Shop]", message: `The person "Shop" repeats the name of the software system "Shop" in the model.`,
		},
		{
			name: "container repeated in its system",
			build: func(s shopModel) {
				s.shop.AddContainer("Database", "Another.", "MySQL").Uses(s.web, "Feeds", "SQL")
			},
			code: "c4.name.duplicate", severity: leadkit.Error, field: "elements[Shop/Database]", message: `The container "Database" repeats the name of the container "Database" in "Shop".`,
		},
		{
			name: "same container name in two systems is fine",
			build: func(s shopModel) {
				s.payments.AddContainer("Web App", "Admin UI.", "Go").Uses(s.gateway, "Configures", "HTTPS")
			},
		},
		{
			name:  "dangling end",
			build: func(s shopModel) { s.customer.Uses(NewModel().AddPerson("Ghost", ""), "Haunts", "") },
			code:  "c4.relationship.dangling", severity: leadkit.Error, field: "relationships", message: `The relationship "Haunts" from "Customer" to "Ghost" of another model has an end that is not an element of this model.`,
		},
		{
			name:  "relative element URL",
			build: func(s shopModel) { s.web.URL = "docs/web-app.md" },
			code:  "c4.url.invalid", severity: leadkit.Error, field: "elements[Shop/Web App].url", message: `The container "Web App" has the URL "docs/web-app.md", which is not an absolute URL.`,
		},
		{
			name: "absolute, in-workspace and workspace URLs are fine",
			build: func(s shopModel) {
				s.web.URL, s.db.URL, s.shop.URL = "https://shop.example/docs", "#database", "{workspace:42}"
				s.customer.Uses(s.gateway, "Pays with", "HTTPS").URL = "MAILTO:payments@shop.example"
			},
		},
		{
			name:  "relationship URL without a scheme",
			build: func(s shopModel) { s.customer.Uses(s.gateway, "Pays with", "HTTPS").URL = "wiki.example/pay" },
			code:  "c4.url.invalid", severity: leadkit.Error, field: "relationships[4].url", message: `The relationship from "Customer" to "Payments/Gateway" has the URL "wiki.example/pay", which is not an absolute URL.`,
		},
		{
			name:  "property without a value",
			build: func(s shopModel) { s.db.Properties = map[string]string{"owner": "team-a", "tier": " "} },
			code:  "c4.property.invalid", severity: leadkit.Error, field: "elements[Shop/Database].properties", message: `A property of the container "Database" has the name "tier" and the value " "; Structurizr needs both.`,
		},
		{
			name:  "model property without a name",
			build: func(s shopModel) { s.m.Properties = map[string]string{"": "x"} },
			code:  "c4.property.invalid", severity: leadkit.Error, field: "properties", message: `A property of the model has the name "" and the value "x"; Structurizr needs both.`,
		},
		{
			name:  "parent to child",
			build: func(s shopModel) { s.shop.Uses(s.catalog, "Contains", "Go") },
			code:  "c4.relationship.parent_child", severity: leadkit.Error, field: "relationships[4]", message: `The relationship from "Shop" to "Shop/Web App/Catalog" joins an element and its own descendant.`,
		},
		{
			name:  "child to parent",
			build: func(s shopModel) { s.web.Uses(s.shop, "Belongs to", "Go") },
			code:  "c4.relationship.parent_child", severity: leadkit.Error, field: "relationships[4]", message: `The relationship from "Shop/Web App" to "Shop" joins an element and its own ancestor.`,
		},
		{
			name:  "duplicate relationship",
			build: func(s shopModel) { s.customer.Uses(s.web, "Browses", "HTTP/2") },
			code:  "c4.relationship.duplicate", severity: leadkit.Error, field: "relationships[4]", message: `The relationship from "Customer" to "Shop/Web App" described "Browses" is already in the model.`,
		},
		{
			name:  "same ends, different description is fine",
			build: func(s shopModel) { s.customer.Uses(s.web, "Pays through", "HTTPS") },
		},
		{
			name:  "description missing",
			build: func(s shopModel) { s.payments.Description = "  " },
			code:  "c4.element.description_missing", severity: leadkit.Warning, field: "elements[Payments].description", message: `The software system "Payments" has no description.`,
		},
		{
			name:  "container technology missing",
			build: func(s shopModel) { s.db.Technology = "" },
			code:  "c4.container.technology_missing", severity: leadkit.Warning, field: "elements[Shop/Database].technology", message: `The container "Database" does not name its technology.`,
		},
		{
			name:  "component technology missing",
			build: func(s shopModel) { s.catalog.Technology = "" },
			code:  "c4.component.technology_missing", severity: leadkit.Info, field: "elements[Shop/Web App/Catalog].technology", message: `The component "Catalog" does not name its technology.`,
		},
		{
			name:  "relationship description missing",
			build: func(s shopModel) { s.customer.Uses(s.gateway, "", "HTTPS") },
			code:  "c4.relationship.description_missing", severity: leadkit.Warning, field: "relationships[4].description", message: `The relationship from "Customer" to "Payments/Gateway" has no description.`,
		},
		{
			name:  "relationship technology missing",
			build: func(s shopModel) { s.customer.Uses(s.gateway, "Pays with", "") },
			code:  "c4.relationship.technology_missing", severity: leadkit.Info, field: "relationships[4].technology", message: `The relationship from "Customer" to "Payments/Gateway" does not name its technology.`,
		},
		{
			name:  "orphan",
			build: func(s shopModel) { s.m.AddPerson("Auditor", "Reads reports.") },
			code:  "c4.element.orphan", severity: leadkit.Warning, field: "elements[Auditor]", message: `The person "Auditor" takes part in no relationship.`,
		},
		{
			name:  "code level present",
			build: func(s shopModel) { s.catalog.AddCode("Product", "A product row.", "Go struct") },
			code:  "c4.code.present", severity: leadkit.Info, field: "elements", message: "The model has 1 code elements, the C4 level that costs most to keep current.",
		},
		{
			name: "too many elements on the landscape",
			build: func(s shopModel) {
				for i := range 3 {
					s.m.AddSoftwareSystem(fmt.Sprintf("Peer %d", i), "A peer.").Uses(s.payments, "Calls", "HTTPS")
				}
			},
			opts: ValidateOptions{MaxViewElements: 5},
			code: "c4.view.too_many_elements", severity: leadkit.Warning, field: "views.system_landscape", message: "The system landscape shows 6 elements, more than the 5 a reader can take in.",
		},
		{
			name: "a negative limit turns the size check off",
			build: func(s shopModel) {
				for i := range 30 {
					s.m.AddSoftwareSystem(fmt.Sprintf("Peer %d", i), "A peer.").Uses(s.payments, "Calls", "HTTPS")
				}
			},
			opts: ValidateOptions{MaxViewElements: -1},
		},
		{
			name:  "view key repeated",
			build: func(s shopModel) {},
			views: func(s shopModel) []*View {
				return []*View{NewSystemContextView(s.shop, "shop").Include(All()), NewContainerView(s.shop, "shop").Include(All())}
			},
			code: "c4.view.key_duplicate", severity: leadkit.Error, field: `views["shop"]`, message: `The view key "shop" is already used by view 1.`,
		},
		{
			name:  "view that cannot resolve",
			build: func(s shopModel) {},
			views: func(s shopModel) []*View {
				return []*View{NewSystemContextView(s.shop, "ctx").Include(All()), {Kind: ContainerView, Key: "bad"}}
			},
			code: "c4.view.invalid", severity: leadkit.Error, field: `views["bad"]`, message: `view "bad": a container view needs a software_system in scope: leadkit: invalid input.`,
		},
		{
			name:  "empty view",
			build: func(s shopModel) {},
			views: func(shopModel) []*View { return []*View{NewSystemLandscapeView("empty")} },
			code:  "c4.view.empty", severity: leadkit.Warning, field: `views["empty"]`, message: `The view "empty" shows no elements.`,
		},
		{
			name:  "explicit view too big",
			build: func(s shopModel) {},
			opts:  ValidateOptions{MaxViewElements: 2},
			views: func(shopModel) []*View { return []*View{NewSystemLandscapeView("all").Include(All())} },
			code:  "c4.view.too_many_elements", severity: leadkit.Warning, field: `views["all"]`, message: `The view "all" shows 3 elements, more than the 2 a reader can take in.`,
		},
		{
			name:  "detail without context",
			build: func(s shopModel) {},
			views: func(s shopModel) []*View { return []*View{NewContainerView(s.shop, "c").Include(All())} },
			code:  "c4.view.no_context", severity: leadkit.Info, field: "views", message: "There are container or component views but no system context or landscape view.",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := cleanShop()
			tc.build(s)
			if tc.views != nil {
				tc.opts.Views = tc.views(s)
			}
			fs := s.m.ValidateWith(tc.opts)
			if tc.code == "" {
				assert.Empty(t, fs, "%v", fs)
				return
			}
			require.Len(t, fs, 1, "%v", fs)
			f := fs[0]
			assert.Equal(t, tc.code, f.Code)
			assert.True(t, leadkit.ValidCode(f.Code))
			assert.Equal(t, tc.severity, f.Severity)
			assert.Equal(t, tc.field, f.Field)
			assert.Equal(t, tc.message, f.Message)
			assert.NotEmpty(t, f.Hint)
			assert.Equal(t, fs, s.m.ValidateWith(tc.opts), "findings are deterministic")
		})
	}
}

func TestValidateImpliedDiagramSizes(t *testing.T) {
	s := cleanShop()
	for i := range 3 {
		peer := s.m.AddPerson(fmt.Sprintf("Clerk %d", i), "A clerk.")
		peer.Uses(s.catalog, "Edits", "HTTPS") // implies Clerk -> Web App and Clerk -> Shop
	}
	fieldsAt := func(limit int) []string {
		var out []string
		for _, f := range s.m.ValidateWith(ValidateOptions{MaxViewElements: limit}) {
			require.Equal(t, "c4.view.too_many_elements", f.Code)
			out = append(out, f.Field)
		}
		return out
	}
	// landscape: 3 clerks, customer, shop, payments = 6
	// context of Shop: shop, customer, payments, 3 clerks = 6
	// containers of Shop: web, db, customer, payments, 3 clerks = 7
	// components of Web App: catalog, payments, 3 clerks = 5 (the database
	// talks to Web App, not to Catalog)
	// context of Payments: payments, shop = 2; containers of Payments: gateway, shop = 2
	assert.Equal(t, []string{"views.container[Shop]"}, fieldsAt(6))
	assert.Equal(t, []string{"views.system_landscape", "views.system_context[Shop]", "views.container[Shop]"}, fieldsAt(5))
	assert.Equal(t, []string{
		"views.system_landscape", "views.system_context[Shop]", "views.container[Shop]", "views.component[Shop/Web App]",
	}, fieldsAt(4))
	assert.Len(t, fieldsAt(1), 6)
	assert.Empty(t, fieldsAt(7))
}

func TestValidateOrderAndErr(t *testing.T) {
	s := cleanShop()
	s.m.AddPerson("Customer", "")         // duplicate name, no description, orphan
	s.customer.Uses(s.web, "Browses", "") // duplicate relationship, no technology
	fs := s.m.Validate()
	assert.Equal(t, []string{
		"c4.name.duplicate",
		"c4.relationship.duplicate",
		"c4.element.description_missing",
		"c4.relationship.technology_missing",
		"c4.element.orphan",
	}, codesOf(fs))
	err := fs.Err()
	require.Error(t, err)
	assert.ErrorIs(t, err, leadkit.ErrInvalid)
}
