app = container "Banking App"
core = container "Core Ledger" {
    posting = component "Posting Engine"
}
app -> posting "Posts transfers to"
