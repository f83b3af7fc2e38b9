workspace {

    model {
        a = softwareSystem "A"
    }

}
}
