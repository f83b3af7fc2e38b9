workspace {

    model {
        courier = person "Courier" {
            -> app "Scans parcels with"
        }

        app = softwareSystem "Courier App"
    }
}
