workspace "Scripts and plugins" {

    !script groovy {
        workspace.views.configuration.addProperty("generated", "true")
    }

    !script scripts/tags.groovy
    !script scripts/tags.kts {
        tag "Scripted"
    }

    !plugin com.example.dsl.NoopPlugin {
        mode dry-run
    }
    !plugin com.example.dsl.OtherPlugin

    model {
        writer = person "Writer" {
            !script groovy {
                element.addTags("Groovy")
            }
        }
        blog = softwareSystem "Blog" {
            writer -> this "Publishes with" {
                !script kotlin {
                    relationship.addTags("Kotlin")
                }
            }
        }
    }

    views {
        systemLandscape {
            include *
            !script ruby {
                view.description = "Ruby"
            }
        }
    }
}
