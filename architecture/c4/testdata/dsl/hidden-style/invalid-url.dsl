workspace {

    model {
        wiki = softwareSystem "Wiki" {
            url "https://wiki.example.com"
            pages = container "Pages" {
                url "wiki.example.com/pages"
            }
        }
    }
}
