workspace {

    model {
        crm = softwareSystem "CRM"
    }

    views {
        systemContext crm {
            include *
        }
        container erp {
            include *
        }
    }
}
