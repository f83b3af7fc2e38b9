workspace {

    model {
        cashier = person "Cashier"
        pos = softwareSystem "Point of Sale {
            till = container "Till"
        }
    }
}
