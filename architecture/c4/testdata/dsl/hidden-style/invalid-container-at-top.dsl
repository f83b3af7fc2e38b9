workspace {

    model {
        app = softwareSystem "App" {
            web = container "Web"
        }
        db = container "Orphan Database"
    }
}
