package c4_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/leadkit/leadkit/architecture/c4"
)

func ExampleParseDSL() {
	src := `workspace "Shop" {
    model {
        customer = person "Customer" "Buys things."
        shop = softwareSystem "Shop" {
            web = container "Web App" "Serves pages." "Go"
        }
        customer -> web "Browses" "HTTPS"
    }
    views {
        systemContext shop "Context" {
            include *
        }
        styles {
            element "Person" {
                shape person
            }
        }
    }
}`
	ws, err := c4.ParseDSL(strings.NewReader(src), c4.ParseOptions{Source: "shop.dsl"})
	if err != nil {
		fmt.Println(err)
		return
	}
	c := ws.Model.Counts()
	fmt.Println(ws.Name, c.People, c.SoftwareSystems, c.Containers, c.Relationships, c.ImpliedRelationships)
	fmt.Println(ws.Views[0].Key, ws.Views[0].Scope.Path())
	for _, f := range ws.Findings {
		fmt.Println(f)
	}

	_, err = c4.ParseDSL(strings.NewReader("workspace {\n  model {\n    group \"Team\"\n  }\n}"), c4.ParseOptions{Source: "bad.dsl"})
	fmt.Println(err)
	// Output:
	// Shop 1 1 1 1 1
	// Context Shop
	// info c4.dsl.skipped (line 13): Skipped "styles" on line 13: leadkit does not model styles and themes.
	// bad.dsl:3:5: expected: group <name> {
}

func ExampleDSL() {
	m := c4.NewModel()
	customer := m.AddPerson("Customer", "Buys things.")
	customer.Location = c4.External
	shop := m.AddSoftwareSystem("Shop", `Sells "things".`)
	web := shop.AddContainer("Web App", "Serves pages.", "Go")
	customer.Uses(web, "Browses", "HTTPS")
	context := c4.NewSystemContextView(shop, "Context").Include(c4.All())

	if err := (c4.DSL{Name: "Shop"}).Render(os.Stdout, m, context); err != nil {
		fmt.Println(err)
	}
	// Output:
	// workspace "Shop" {
	//
	//     model {
	//         customer = person "Customer" "Buys things." "External"
	//         shop = softwareSystem "Shop" "Sells \"things\"." {
	//             webApp = container "Web App" "Serves pages." "Go"
	//         }
	//
	//         customer -> webApp "Browses" "HTTPS"
	//     }
	//
	//     views {
	//         systemContext shop "Context" {
	//             include *
	//         }
	//     }
	// }
}
