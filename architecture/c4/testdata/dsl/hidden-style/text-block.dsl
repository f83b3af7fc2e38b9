workspace "Text blocks" {

    model {
        planner = person "Planner"
        erp = softwareSystem "ERP" {
            description """
                Plans production:
                - orders
                - stock
            """
        }
        planner -> erp "Plans the week in"
    }
}
