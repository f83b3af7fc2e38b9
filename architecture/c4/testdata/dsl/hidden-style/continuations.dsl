workspace \
    "Continuations" \
    "Statements split over lines with a backslash." {

    model {
        customer = \
            person \
            "Customer" \
            "Orders food."
        kitchen = softwareSystem "Kitchen" \
            "Cooks orders." {
            tickets = container \
                "Ticket Queue" \
                "Orders waiting to be cooked." \
                "RabbitMQ"
        }
        customer \
            -> \
            tickets \
            "Places orders on" \
            "AMQP"
        customer -> kitchen \
            "Complains to"
    }
}
