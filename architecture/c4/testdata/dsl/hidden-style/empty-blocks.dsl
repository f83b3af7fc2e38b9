workspace "Empty blocks" {
    model {
    }
    views {
    }
}
