element.addTags("Scripted")
