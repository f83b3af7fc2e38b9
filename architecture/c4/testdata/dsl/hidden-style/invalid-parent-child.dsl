workspace {

    model {
        shop = softwareSystem "Shop" {
            web = container "Web"
        }
        customer = person "Customer"
        customer -> web "Browses"
        shop -> web "Hosts"
    }
}
