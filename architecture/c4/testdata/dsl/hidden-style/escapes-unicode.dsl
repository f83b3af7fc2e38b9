workspace "Escapes" {

    model {
        quoter = person "The \"Quoted\" One" "Says \"hi\"\nthen leaves."
        back = softwareSystem "Path C:\\Tools" "A backslash \\ in the middle."
        uni = softwareSystem "Café Zürich 東京 🚀" "Ünïcödé everywhere."
        uni2 = softwareSystem "café zürich 東京 🚀"
        emptyDesc = softwareSystem "Blank" ""
        quoter -> uni "Orders a café au lait from"
        quoter -> uni2 "Orders a café au lait from"
        uni -> back "" "HTTPS"
        quoter -> emptyDesc
    }
}
