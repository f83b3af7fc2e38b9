workspace {

    model {
    }
}
