workspace {

    model {
        clerk = person "Clerk"
        typo = softwareSytem "Point of Sale"
        clerk -> typo "Rings up sales with"
    }
}
