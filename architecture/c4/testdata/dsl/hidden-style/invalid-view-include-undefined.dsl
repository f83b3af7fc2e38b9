workspace {

    model {
        crm = softwareSystem "CRM"
        rep = person "Sales Rep"
        rep -> crm "Logs calls in"
    }

    views {
        systemLandscape "Sales" {
            include crm
            include rep
            include manager
        }
    }
}
