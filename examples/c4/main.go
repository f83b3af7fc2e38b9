// C4 models an online bookshop in code the way a tech lead would sketch it
// for a new team: who uses it, which systems it talks to, what it is made of
// and how its API is organised. It validates the model, writes every view in
// every format leadkit renders (Structurizr DSL, Mermaid, C4-PlantUML,
// Graphviz DOT, JSON), reads the DSL back to check nothing was lost, and
// reviews the next version of the architecture as a pull request would.
//
//	go run ./examples/c4            # writes into a new temporary directory
//	go run ./examples/c4 -out docs  # writes into docs/
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"

	"github.com/leadkit/leadkit/architecture/c4"
)

func main() {
	out := flag.String("out", "", "directory to write the diagrams into (default: a new temporary directory)")
	flag.Parse()
	dir := *out
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "leadkit-c4-"); err != nil {
			log.Fatal(err)
		}
	}
	if err := run(os.Stdout, dir); err != nil {
		log.Fatal(err)
	}
}

// bookshop is the model with the handles the views and the next version
// need.
type bookshop struct {
	m     *c4.Model
	shop  *c4.SoftwareSystem
	api   *c4.Container
	views []*c4.View
}

// model builds the bookshop as it runs today.
func model() bookshop {
	m := c4.NewModel()
	m.Enterprise = "Paperback Ltd"

	// Level 1: the people and the systems around the bookshop.
	customer := m.AddPerson("Customer", "Browses and buys books online.")
	support := m.AddPerson("Support Agent", "Answers customers' questions about their orders.")
	shop := m.AddSoftwareSystem("Bookshop", "Lets customers find, buy and track books.")
	payments := m.AddSoftwareSystem("Payment Provider", "Takes card and wallet payments.")
	payments.Location = c4.External
	email := m.AddSoftwareSystem("Email Service", "Sends transactional email.")
	email.Location = c4.External
	warehouse := m.AddSoftwareSystem("Warehouse System", "Picks, packs and ships orders.")
	warehouse.Location = c4.Internal

	// Level 2: what the bookshop is made of.
	web := shop.AddContainer("Web Shop", "The storefront customers use in their browser.", "TypeScript and React")
	backOffice := shop.AddContainer("Back Office", "Order lookup and refunds for support staff.", "Go and HTMX")
	api := shop.AddContainer("API", "Catalogue, basket, orders and payments over JSON.", "Go")
	db := shop.AddContainer("Database", "Books, customers and orders.", "PostgreSQL 16")
	db.AddTags(c4.TagDatabase)
	search := shop.AddContainer("Search Index", "Full-text search over the catalogue.", "OpenSearch")
	events := shop.AddContainer("Order Events", "Order placed, paid and shipped events.", "Kafka")
	events.AddTags(c4.TagQueue)
	worker := shop.AddContainer("Fulfilment Worker", "Hands paid orders to the warehouse and emails customers.", "Go")

	customer.Uses(web, "Finds and buys books using", "HTTPS")
	support.Uses(backOffice, "Looks up orders and refunds with", "HTTPS")
	web.Uses(api, "Calls", "JSON/HTTPS")
	backOffice.Uses(api, "Calls", "JSON/HTTPS")
	api.Uses(db, "Reads from and writes to", "SQL/TCP")
	api.Uses(search, "Queries", "HTTPS")
	api.Uses(events, "Publishes order events to", "Kafka protocol")
	worker.Uses(events, "Consumes order events from", "Kafka protocol")
	worker.Uses(warehouse, "Sends paid orders to", "SFTP batch files")
	worker.Uses(email, "Sends order emails using", "SMTP")
	email.Uses(customer, "Sends order updates to", "Email")

	// Level 3: the API's components.
	catalogue := api.AddComponent("Catalogue Controller", "Lists and finds books.", "Go net/http handler")
	orders := api.AddComponent("Order Service", "Places orders and tracks their state.", "Go package")
	payment := api.AddComponent("Payment Adapter", "Wraps the payment provider's API.", "Go package")
	repo := api.AddComponent("Repository", "Maps books and orders to tables.", "Go package, pgx")
	publisher := api.AddComponent("Event Publisher", "Writes order events.", "Go package, franz-go")

	web.Uses(catalogue, "Browses the catalogue with", "JSON/HTTPS")
	web.Uses(orders, "Places orders with", "JSON/HTTPS")
	backOffice.Uses(orders, "Looks up and refunds orders with", "JSON/HTTPS")
	catalogue.Uses(search, "Searches with", "HTTPS")
	catalogue.Uses(repo, "Reads books with", "Go call")
	orders.Uses(repo, "Stores orders with", "Go call")
	orders.Uses(payment, "Takes payment with", "Go call")
	orders.Uses(publisher, "Announces order changes with", "Go call")
	payment.Uses(payments, "Charges cards using", "JSON/HTTPS")
	repo.Uses(db, "Reads from and writes to", "SQL/TCP")
	publisher.Uses(events, "Publishes to", "Kafka protocol")

	context := c4.NewSystemContextView(shop, "context").Include(c4.All())
	context.Description = "Who uses the bookshop and what it depends on: start here."
	containers := c4.NewContainerView(shop, "containers").Include(c4.All())
	containers.AutoLayout = &c4.AutoLayout{Direction: c4.LeftRight}
	components := c4.NewComponentView(api, "api-components").Include(c4.All())
	landscape := c4.NewSystemLandscapeView("landscape").Include(c4.All())

	return bookshop{m: m, shop: shop, api: api, views: []*c4.View{landscape, context, containers, components}}
}

// formats are the renderers and the extension of the files they write.
var formats = []struct {
	ext string
	r   c4.Renderer
}{
	{"mmd", c4.Mermaid{}},
	{"puml", c4.PlantUML{Legend: true}},
	{"dot", c4.DOT{}},
}

func run(w io.Writer, dir string) error {
	b := model()
	counts := b.m.Counts()
	fmt.Fprintf(w, "Bookshop: %d people, %d software systems, %d containers, %d components, %d relationships (%d implied)\n\n",
		counts.People, counts.SoftwareSystems, counts.Containers, counts.Components, counts.Relationships, counts.ImpliedRelationships)

	fmt.Fprintln(w, "Validation:")
	findings := b.m.ValidateWith(c4.ValidateOptions{Views: b.views})
	if len(findings) == 0 {
		fmt.Fprintln(w, "  no findings")
	}
	for _, f := range findings {
		fmt.Fprintf(w, "  %s\n", f)
	}
	if err := findings.Err(); err != nil {
		return err
	}

	// One file per view and diagram format, and the whole workspace as DSL
	// and JSON.
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var written []string
	write := func(name string, r c4.Renderer, views ...*c4.View) error {
		var buf bytes.Buffer
		if err := r.Render(&buf, b.m, views...); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		written = append(written, name)
		return os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644)
	}
	for _, v := range b.views {
		for _, f := range formats {
			if err := write(v.Key+"."+f.ext, f.r, v); err != nil {
				return err
			}
		}
	}
	dsl := c4.DSL{Name: "Bookshop", Description: "The online bookshop of Paperback Ltd."}
	if err := write("workspace.dsl", dsl, b.views...); err != nil {
		return err
	}
	if err := write("workspace.json", c4.JSON{}, b.views...); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nWrote %d files to %s:\n", len(written), dir)
	for _, name := range written {
		fmt.Fprintf(w, "  %s\n", name)
	}

	// The DSL is the form to keep under version control; reading it back
	// must give the same model.
	f, err := os.Open(filepath.Join(dir, "workspace.dsl"))
	if err != nil {
		return err
	}
	defer f.Close()
	ws, err := c4.ParseDSL(f, c4.ParseOptions{Source: "workspace.dsl"})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nworkspace.dsl read back: %d views; differences from the model in code: %s", len(ws.Views), c4.Diff(b.m, ws.Model))

	// Next quarter's change, reviewed as a pull request: recommendations
	// get their own service, and the worker now calls the warehouse's API.
	next := model()
	recs := next.shop.AddContainer("Recommendations", "Suggests books from what customers bought.", "Python")
	for c := range next.shop.Containers() {
		if c.Name() == "API" {
			c.Uses(recs, "Asks for suggestions from", "gRPC")
		}
		if c.Name() == "Fulfilment Worker" {
			for r := range next.m.Relationships() {
				if r.Source() == &c.Element && r.Destination().Name() == "Warehouse System" {
					r.Technology = "JSON/HTTPS"
				}
			}
		}
	}
	recs.Uses(next.m.Element("Bookshop/Order Events"), "Learns from", "Kafka protocol")
	fmt.Fprintf(w, "\nReview of the next version:\n%s", c4.Diff(b.m, next.m))
	return nil
}
