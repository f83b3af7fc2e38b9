workspace "Views" "Every kind of view, most of them skipped." {

    model {
        user = person "User"
        admin = person "Admin" "" "Staff"
        crm = softwareSystem "CRM" {
            ui = container "UI" "" "Vue"
            svc = container "Service" "" "Node.js" {
                contacts = component "Contacts"
                deals = component "Deals"
                contacts -> deals "Links"
            }
            ui -> contacts "Calls"
            ui -> deals "Calls"
        }
        mail = softwareSystem "Mailer" "" "External"
        user -> ui "Uses"
        admin -> ui "Configures"
        r1 = deals -> mail "Sends offers via"
    }

    views {
        systemLandscape "All" "Everything." {
            include *
            exclude admin
            autoLayout tb 250 100
            title "All systems"
            default
        }
        systemContext crm "Ctx" {
            include *
            exclude "element.tag==Staff"
            exclude r1
            autolayout lr
        }
        container crm {
            include *
            include "->svc->"
            exclude "user -> ui"
            properties {
                "structurizr.groups" "false"
            }
        }
        component svc "Comp" "Inside the service." {
            include * mail
            exclude "relationship.tag==Async"
            animation {
                ui
                contacts deals
            }
        }
        filtered "All" exclude "Staff" "AllButStaff" "Without staff."
        filtered "Ctx" include "Element,Relationship" "CtxCopy" {
            title "A copy"
        }
        dynamic crm "Signup" "How a user signs up." {
            user -> ui "Fills in the form"
            ui -> svc "Submits"
            {
                {
                    svc -> mail "Welcome e-mail"
                }
                {
                    ui -> svc "Polls for the result"
                }
            }
            autoLayout
        }
        dynamic svc {
            1: contacts -> deals "Opens"
            2: deals -> mail
        }
        image * "Logo" {
            image https://example.com/logo.png
            title "Logo"
        }
        styles {
            element "Person" {
                shape Person
                background #08427b
            }
            element "Staff" {
                color #ffffff
            }
            relationship "Relationship" {
                dashed false
                routing Orthogonal
            }
        }
        theme default
        themes https://example.com/a.json https://example.com/b.json
        branding {
            logo https://example.com/logo.png
            font "Open Sans" https://fonts.example.com/open-sans
        }
        terminology {
            person "Actor"
            softwareSystem "Product"
        }
        properties {
            "plantuml.url" "https://plantuml.example.com"
        }
    }
}
