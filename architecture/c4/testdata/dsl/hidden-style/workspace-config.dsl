workspace {
    name "Configured"
    description "Workspace-level statements, with implied relationships turned off."

    !impliedRelationships false
    !docs docs
    !adrs decisions

    properties {
        "structurizr.dslEditor" "false"
    }

    configuration {
        scope softwaresystem
        visibility private
        users {
            "alice@example.com" write
            "bob@example.com" read
        }
    }

    model {
        a = softwareSystem "A"
        b = softwareSystem "B" {
            c = container "C"
        }

        c -> a "Reads from"
        b -> a "Reads from"
        c -> a "Writes to"
    }

    views {
        systemLandscape {
            include *
        }
    }
}
