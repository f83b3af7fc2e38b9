workspace {

    model {
        a = person "A"
    }

    views {
    }

    model {
        b = person "B"
    }
}
