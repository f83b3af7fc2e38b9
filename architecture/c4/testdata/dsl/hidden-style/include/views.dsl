systemContext bank "BankContext" {
    include *
    autoLayout
}
