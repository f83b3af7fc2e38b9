!const ORG "Northwind"
!constant LEGACY_NAME "Old Warehouse"

workspace "${ORG} Logistics" {

    !var TEAM "Fleet"

    model {
        !const DB_TECH "PostgreSQL 16"

        dispatcher = person "${ORG} Dispatcher" "Plans the ${TEAM} team's routes."

        group "${TEAM} team" {
            routing = softwareSystem "Routing" {
                planner = container "Planner" "Builds routes." "Go"
                store = container "Route Store" "" "${DB_TECH}"
                planner -> store "Saves routes in" "${DB_TECH} wire protocol"
            }
        }

        !var TEAM "Stock"

        group "${TEAM} team" {
            warehouse = softwareSystem "${LEGACY_NAME}" "Runs as ${UNDEFINED_NAME}."
        }

        dispatcher -> planner "Plans with"
        planner -> warehouse "Reads stock levels from"
    }

    views {
        systemLandscape "${TEAM}" {
            include *
            autoLayout
        }
    }
}
