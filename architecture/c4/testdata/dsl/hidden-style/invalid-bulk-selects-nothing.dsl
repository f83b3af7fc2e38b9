workspace {

    model {
        shop = softwareSystem "Shop" {
            web = container "Web" "" "Go"
        }

        !elements "element.technology==Java" {
            tags "JVM"
        }
    }
}
