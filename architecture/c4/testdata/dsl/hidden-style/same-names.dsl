workspace "Same names" {

    model {
        alexPerson = person "Alex" "A customer called Alex."
        alexSystem = softwareSystem "Alex" "A system also called Alex." {
            web = container "Web"
        }
        alexElement = element "Alex" "Kiosk" "A kiosk called Alex too."
        alexPerson -> web "Uses"
        alexElement -> alexSystem "Reports to"
    }

    views {
        systemContext alexSystem "AlexContext" {
            include *
        }
    }
}
