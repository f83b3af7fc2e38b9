!const SYSTEM_FILE "include/bank-system.dsl"

workspace "Included files" {

    model {
        !include include/people.dsl

        bank = softwareSystem "Bank" {
            !include ${SYSTEM_FILE}
        }

        !include include/relationships

        customer -> bank "Banks with"
    }

    views {
        !include include/views.dsl
    }
}
