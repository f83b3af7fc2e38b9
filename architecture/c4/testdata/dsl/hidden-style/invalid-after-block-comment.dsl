workspace {
    /*
        model {
            container "Commented out"
        }
    */
    model {
        /* a comment */
        app = softwareSystem "App"
        # container "Also commented out"
        // component "And this"
        worker = component "Worker"
    }
}
