workspace extends base/missing-workspace.dsl {

    model {
        extra = person "Extra"
    }
}
