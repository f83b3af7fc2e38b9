package c4_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"

	"github.com/leadkit/leadkit/architecture/c4"
)

func ExampleNewModel() {
	m := c4.NewModel()
	customer := m.AddPerson("Customer", "Buys things.")
	shop := m.AddSoftwareSystem("Shop", "Sells things online.")
	web := shop.AddContainer("Web App", "Serves the shop.", "Go")
	db := shop.AddContainer("Database", "Holds orders.", "PostgreSQL")
	customer.Uses(web, "Browses", "HTTPS")
	web.Uses(db, "Reads from and writes to", "SQL")

	fmt.Println(web.Path())
	fmt.Printf("%+v\n", m.Counts())
	// Output:
	// Shop/Web App
	// {People:1 SoftwareSystems:1 Containers:2 Components:0 CodeElements:0 CustomElements:0 Relationships:2 ImpliedRelationships:1}
}

func ExampleModel_Validate() {
	m := c4.NewModel()
	shop := m.AddSoftwareSystem("Shop", "Sells things online.")
	web := shop.AddContainer("Web App", "Serves the shop.", "")
	shop.Uses(web, "Contains", "Go")

	findings := m.Validate()
	for _, f := range findings {
		fmt.Println(f)
	}
	fmt.Println(findings.Err() != nil)
	// Output:
	// error c4.relationship.parent_child (relationships[0]): The relationship from "Shop" to "Shop/Web App" joins an element and its own descendant.
	// warning c4.container.technology_missing (elements[Shop/Web App].technology): The container "Web App" does not name its technology.
	// true
}

func ExampleMermaid_Render() {
	m := c4.NewModel()
	customer := m.AddPerson("Customer", "Buys things.")
	shop := m.AddSoftwareSystem("Shop", "Sells things online.")
	web := shop.AddContainer("Web App", "Serves the shop.", "Go")
	customer.Uses(web, "Browses", "HTTPS")

	view := c4.NewContainerView(shop, "containers").Include(c4.All())
	if err := (c4.Mermaid{}).Render(os.Stdout, m, view); err != nil {
		fmt.Println(err)
	}
	// Output:
	// C4Container
	// title Containers of Shop
	// Person(customer, "Customer", "Buys things.")
	// System_Boundary(shop, "Shop") {
	//   Container(shop_web_app, "Web App", "Go", "Serves the shop.")
	// }
	// Rel(customer, shop_web_app, "Browses", "HTTPS")
}

func ExampleModel_DeclareRelationship() {
	m := c4.NewModel()
	a := m.AddSoftwareSystem("A", "")
	b := m.AddSoftwareSystem("B", "")
	c := b.AddContainer("C", "", "")

	// c -> a implies b -> a, which the model stores at once ...
	if _, err := m.DeclareRelationship(c, a, "Calls", ""); err != nil {
		fmt.Println(err)
	}
	// ... so declaring b -> a with the same description fails, as in the
	// Structurizr DSL.
	_, err := m.DeclareRelationship(b, a, "Calls", "")
	fmt.Println(errors.Is(err, c4.ErrRelationshipExists))
	fmt.Println(err)
	// Output:
	// true
	// c4: a relationship between "B" and "A" already exists (implied by B/C -> A "Calls")
}

func ExampleModel_ImpliedRelationships() {
	m := c4.NewModel()
	shop := m.AddSoftwareSystem("Shop", "")
	payments := m.AddSoftwareSystem("Payments", "")
	web := shop.AddContainer("Web App", "", "Go")
	gateway := payments.AddContainer("Gateway", "", "Java")
	web.Uses(gateway, "Charges cards with", "HTTPS")

	for _, r := range m.ImpliedRelationships() {
		fmt.Println(r)
	}
	// Output:
	// Shop/Web App -> Payments "Charges cards with"
	// Shop -> Payments/Gateway "Charges cards with"
	// Shop -> Payments "Charges cards with"
}

func ExampleView_Resolve() {
	m := c4.NewModel()
	customer := m.AddPerson("Customer", "")
	shop := m.AddSoftwareSystem("Shop", "")
	web := shop.AddContainer("Web App", "", "Go")
	db := shop.AddContainer("Database", "", "PostgreSQL")
	customer.Uses(web, "Browses", "HTTPS")
	web.Uses(db, "Reads", "SQL")

	view := c4.NewSystemContextView(shop, "context").Include(c4.All())
	d, err := view.Resolve(m)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range d.Elements {
		fmt.Println(e.Path())
	}
	for _, r := range d.Relationships {
		fmt.Println(r, r.Implied())
	}
	// Output:
	// Customer
	// Shop
	// Customer -> Shop "Browses" true
}

func ExampleReadJSON() {
	m := c4.NewModel()
	m.AddPerson("Customer", "Buys things.").Uses(m.AddSoftwareSystem("Shop", "Sells things."), "Buys from", "HTTPS")

	var buf bytes.Buffer
	if err := (c4.JSON{Compact: true}).Render(&buf, m); err != nil {
		fmt.Println(err)
		return
	}
	back, _, err := c4.ReadJSON(&buf)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(back.Counts().Relationships, back.Element("Shop").ID() == m.Element("Shop").ID())
	// Output:
	// 1 true
}
