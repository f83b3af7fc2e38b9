workspace "Groups" {

    model {
        properties {
            "structurizr.groupSeparator" "/"
        }

        group "Retail" {
            group "Online" {
                buyer = person "Buyer"
                shop = softwareSystem "Shop" {
                    frontend = group "Frontend" {
                        web = container "Web"
                        mobile = container "Mobile"
                        web -> mobile "Deep-links into"
                    }
                    group "Backend" {
                        orders = container "Orders" {
                            group "Domain" {
                                group "Aggregates" {
                                    order = component "Order"
                                }
                                repo = component "Repository"
                                order -> repo "Is stored by"
                            }
                        }
                    }
                }
            }
            stores = group "Stores" {
                till = softwareSystem "Till"
                till -> orders "Posts sales to"
            }
        }
        buyer -> web "Browses"
    }

    views {
        systemLandscape {
            include stores buyer
        }
        container shop {
            include frontend orders
            autoLayout
        }
    }
}
