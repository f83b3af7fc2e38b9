workspace {

    model {
        kiosk = softwareSystem "Kiosk"
        {
            screen = container "Touch Screen"
        }
    }
}
