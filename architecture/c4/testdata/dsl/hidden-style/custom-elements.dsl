workspace "Custom elements" {

    model {
        scanner = element "Badge Scanner" "Hardware" "Reads staff badges." "Device"
        turnstile = element "Turnstile" "Hardware"
        guard = person "Guard"
        access = softwareSystem "Access Control" {
            rules = container "Rules Engine"
            scanner -> this "Sends badge reads to"
        }
        scanner -> turnstile "Unlocks"
        guard -> scanner "Overrides"
        rules -> turnstile "Opens"

        group "Perimeter" {
            camera = element "Camera" {
                description "Watches the gate."
                tags "Device,Video"
                -> access "Streams to"
            }
        }
    }

    views {
        systemLandscape "Landscape" {
            include *
            autoLayout
        }
        custom "Floor" "Gate devices" {
            include scanner turnstile camera
            autoLayout lr
        }
    }
}
