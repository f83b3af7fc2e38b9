/*
 * A block comment before the workspace.
 */
# a hash comment
// a slash comment
workspace "Comments" {

    /** a javadoc-style comment */
    /* one line */

    model {
        # people
        alice = person "Alice"
            // indented comment
        /*
        bob = person "Bob"
        alice -> bob "Never parsed"
        */
        shop = softwareSystem "Shop" {
            # inside an element block
            web = container "Web"
            /* a comment
               spanning lines inside a block */
        }
        alice -> web "Buys from"
        // a comment ending in a backslash continues on the next line \
        alice -> shop "Is part of the comment above"
        # alice -> shop "Would be a second relationship"
    }

    views {
        // no views: Structurizr makes none by default
    }
}
