workspace {

    model {
        ledger = softwareSystem "Ledger"
        shop = softwareSystem "Shop" {
            api = container "API" {
                checkout = component "Checkout"
            }
        }

        checkout -> ledger "Posts sales to"
        api -> ledger "Reconciles with"
        shop -> ledger "Posts sales to"
    }
}
