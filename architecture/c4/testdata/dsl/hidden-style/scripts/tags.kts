val tag = context.getParameter("tag")
