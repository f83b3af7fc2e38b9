workspace {

    model {
        properties {
            "structurizr.groupSeparator" "/"
        }
        erp = softwareSystem "ERP" {
            group "Finance" {
                ledger = container "Ledger"
                posting = component "Posting"
            }
        }
    }
}
