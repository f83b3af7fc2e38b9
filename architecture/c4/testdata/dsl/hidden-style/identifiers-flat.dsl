workspace "Flat identifiers" {

    !identifiers flat

    model {
        buyer_1 = person "Buyer One"
        buyer-2 = person "Buyer Two"
        market2go = softwareSystem "Market" {
            api-v2 = container "API v2" {
                cart_svc = component "Cart"
            }
            legacy_api = container "API v1"
        }
        buyer_1 -> cart_svc "Fills"
        buyer-2 -> API-V2 "Calls directly"
        Market2Go -> buyer-2 "Notifies"
        r_1 = legacy_api -> cart_svc "Proxies to"
    }

    views {
        component api-v2 "cart" {
            include *
            exclude r_1
        }
    }
}
