workspace {

    model {
        !include include/people.dsl
        !include include/no-such-file.dsl
    }
}
