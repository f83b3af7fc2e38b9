workspace {

    model {
        shop = softwareSystem "Shop"
        ghost \
            -> \
            shop \
            "Haunts"
    }
}
