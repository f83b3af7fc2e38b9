workspace "Enterprise" {

    model {
        visitor = person "Visitor"

        enterprise "Museum Trust" {
            curator = person "Curator"
            group "Collections" {
                archive = softwareSystem "Archive"
            }
            tickets = softwareSystem "Ticketing"
            curator -> archive "Catalogues objects in"
        }

        visitor -> tickets "Buys tickets with"
        tickets -> archive "Shows exhibits from"
    }

    views {
        systemLandscape "Trust" {
            include *
            autoLayout
        }
    }
}
