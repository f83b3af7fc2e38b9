WORKSPACE "Mixed Case" {
    !IDENTIFIERS flat

    MODEL {
        Pilot = PERSON "Pilot"
        ATC = SoftwareSystem "Air Traffic Control" {
            Radar = CONTAINER "Radar Feed" "" "C++" {
                Tracker = Component "Track Fuser"
            }
        }
        GROUP "Airline" {
            Ops = softwaresystem "Flight Ops"
        }
        pilot -> atc "Talks to"
        TRACKER -> ops "Shares tracks with"
        OPS -> Pilot "Briefs"
    }

    VIEWS {
        SystemLandscape "Sky" {
            INCLUDE *
            AutoLayout lr
        }
        SYSTEMCONTEXT atc {
            Include *
        }
        Container ATC {
            include *
            EXCLUDE pilot
        }
        component radar {
            include *
        }
        STYLES {
            ELEMENT "Person" {
                SHAPE Person
            }
        }
    }
}
