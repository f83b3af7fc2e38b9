workspace {
    model {
        user = person "User"
        shop = softwareSystem "Shop"

        user -> shop "Buys from"
        user -> ghost "Haunts"
    }
}
