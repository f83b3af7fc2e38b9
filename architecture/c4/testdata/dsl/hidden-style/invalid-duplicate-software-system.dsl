workspace "Duplicates" {

    model {
        group "Finance" {
            billing = softwareSystem "Billing"
        }
        group "Sales" {
            invoicing = softwareSystem "Invoicing"
            billing2 = softwareSystem "Billing"
        }
    }
}
