workspace "Implicit sources" {

    model {
        app = softwareSystem "Courier App"
        courier = person "Courier" {
            -> app "Scans parcels with"
        }
        depot = softwareSystem "Depot" {
            -> app "Publishes routes to"
            sorter = container "Sorter" {
                -> app "Reports jams to" "MQTT"
                belt = component "Belt Controller" {
                    -> app "Streams belt speed to"
                }
            }
            group "Back office" {
                ledger = container "Ledger"
                -> courier "Pays"
            }
            sorter -> ledger "Counts parcels in"
            this -> courier "Employs"
        }
    }
}
