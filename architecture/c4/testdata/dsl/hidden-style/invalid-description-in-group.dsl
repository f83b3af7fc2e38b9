workspace {

    model {
        cms = softwareSystem "CMS" {
            editor = container "Editor" {
                group "Widgets" {
                    gallery = component "Gallery"
                    description "Widgets for pages."
                }
            }
        }
    }
}
