workspace {

    model {
        crm = softwareSystem "CRM" {
            properties {
                "owner" "Sales Ops"
                "cost centre" ""
            }
        }
    }
}
