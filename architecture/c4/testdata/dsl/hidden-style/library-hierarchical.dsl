workspace "Lending Library" "Hierarchical identifiers resolve from the inside out." {

    !identifiers hierarchical

    model {
        member = person "Member" "Borrows books."
        librarian = person "Librarian"

        catalogue = softwareSystem "Catalogue" {
            api = container "Catalogue API" "Search and holds." "Kotlin" {
                search = component "Search" "Full-text search." "Lucene"
                holds = component "Holds" "Reserves copies." "Kotlin"
                member = component "Member Lookup" "A component whose identifier shadows a person."

                search -> holds "Offers a hold from"
                holds -> member "Checks borrowing limits with"
            }
            db = container "Catalogue DB" "" "PostgreSQL" "Database"

            api.holds -> db "Writes holds to" "SQL"
            api.search -> db "Reads titles from" "SQL"
        }

        payments = softwareSystem "Fines" {
            ledger = container "Ledger"
        }

        member -> catalogue.api.search "Searches with"
        librarian -> catalogue "Manages stock in"
        catalogue.api.holds -> payments.ledger "Raises fines in"
    }

    views {
        systemContext catalogue "Context" {
            include *
            autoLayout lr
        }
        component catalogue.api "Components" {
            include *
            autoLayout
        }
    }
}
