workspace "Reopening elements" {

    !identifiers hierarchical

    model {
        owner = person "Owner"
        garage = softwareSystem "Garage" {
            bookings = container "Bookings"
        }

        !element garage {
            parts = container "Parts"
            description "Books services and orders parts."
        }

        !element "Container://Garage.Bookings" {
            calendar = component "Calendar"
            -> garage.parts "Reserves parts in"
        }

        !ref garage.bookings {
            tags "Core"
        }

        !extend owner {
            url "https://example.com/owners"
        }

        rel = owner -> garage.bookings "Books a service with"

        !relationship rel {
            tags "Web"
        }

        owner -> garage.bookings.calendar "Picks a slot in"
    }
}
