workspace {

    model {
        api = softwareSystem "Payments API"
        owner = person "API Owner"

        api = person "Another Owner"
    }
}
