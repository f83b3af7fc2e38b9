workspace.views.configuration.addProperty("scripted", "true")
