workspace {

    model {
        hr = softwareSystem "HR" {
            portal = container "Portal"
            employee = person "Employee"
        }
    }
}
