workspace {
}
