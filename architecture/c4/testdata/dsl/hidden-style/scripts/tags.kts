workspace.views.configuration.addProperty("tag", context.getParameter("tag"))
