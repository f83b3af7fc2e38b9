/*
 * A realistic landscape, written the way public example workspaces are.
 */
workspace "Ride Hailing" "The software architecture of a fictional ride-hailing company." {

    model {
        rider = person "Rider" "Requests rides from a phone." "Customer"
        driver = person "Driver" "Accepts rides and drives riders." "Customer"
        support = person "Support Agent" "Handles complaints and refunds." "Staff"
        finance = person "Finance Analyst" "Reconciles payouts." "Staff"

        group "Ride Co" {
            platform = softwareSystem "Ride Platform" "Matches riders with drivers." {
                riderApp = container "Rider App" "Requests rides, shows the driver on a map." "Swift and Kotlin" "Mobile App"
                driverApp = container "Driver App" "Offers rides to drivers, navigates." "Swift and Kotlin" "Mobile App"
                gateway = container "API Gateway" "Authenticates and routes API calls." "Envoy"
                dispatch = container "Dispatch Service" "Matches ride requests to nearby drivers." "Go" {
                    matcher = component "Matcher" "Scores drivers for a request." "Go package"
                    geoIndex = component "Geo Index" "Finds drivers near a point." "H3"
                    offerer = component "Offer Sender" "Sends ride offers, handles timeouts." "Go package"
                }
                trips = container "Trip Service" "Tracks trips from pickup to drop-off." "Java and Spring Boot" {
                    tripApi = component "Trip API" "REST endpoints for trips." "Spring MVC"
                    tripStateMachine = component "Trip State Machine" "Moves a trip through its states." "Spring Statemachine"
                    fareCalculator = component "Fare Calculator" "Prices a finished trip." "Java"
                }
                pricing = container "Pricing Service" "Computes surge multipliers." "Python"
                tripDb = container "Trip Database" "Trips, fares and ratings." "PostgreSQL" "Database"
                eventBus = container "Event Bus" "Trip and location events." "Kafka" "Queue"
            }
            payouts = softwareSystem "Payouts" "Pays drivers weekly." "Existing System"
            crm = softwareSystem "Support CRM" "Tickets and refunds." "Existing System"
        }

        psp = softwareSystem "Payment Service Provider" "Charges riders' cards." "External"
        maps = softwareSystem "Maps Provider" "Routing and ETAs." "External"
        sms = softwareSystem "SMS Gateway" "Sends text messages." "External"

        # people to systems
        rider -> riderApp "Requests rides with"
        driver -> driverApp "Accepts rides with"
        support -> crm "Works tickets in"
        finance -> payouts "Reconciles payouts in"

        # containers
        riderApp -> gateway "Makes API calls to" "HTTPS"
        driverApp -> gateway "Makes API calls to" "HTTPS"
        gateway -> tripApi "Routes trip calls to" "HTTP"
        gateway -> matcher "Routes ride requests to" "gRPC"
        matcher -> geoIndex "Finds nearby drivers with"
        matcher -> offerer "Hands the best driver to"
        offerer -> driverApp "Pushes offers to" "APNs/FCM"
        offerer -> eventBus "Publishes offer events to" "Kafka"
        tripApi -> tripStateMachine "Updates trips with"
        tripStateMachine -> fareCalculator "Prices finished trips with"
        fareCalculator -> pricing "Gets the surge multiplier from" "gRPC"
        tripStateMachine -> tripDb "Stores trips in" "SQL"
        tripStateMachine -> eventBus "Publishes trip events to" "Kafka"
        fareCalculator -> psp "Charges the rider with" "HTTPS"
        geoIndex -> maps "Gets ETAs from" "HTTPS"
        tripStateMachine -> sms "Texts the rider with" "HTTPS"
        payouts -> eventBus "Reads finished trips from" "Kafka"
        crm -> tripApi "Looks up trips with" "HTTPS"
        sms -> rider "Sends ride updates to"
        payouts -> driver "Pays"
    }

    views {
        systemLandscape "Landscape" {
            include *
            autoLayout
        }
        systemContext platform "Context" {
            include *
            autoLayout
        }
        container platform "Containers" {
            include *
            autoLayout lr
        }
        component dispatch "Dispatch" {
            include *
            autoLayout
        }
        component trips "Trips" {
            include *
            autoLayout
        }
        dynamic trips "RideLifecycle" "A ride from request to payment." {
            tripApi -> tripStateMachine "Creates the trip"
            tripStateMachine -> fareCalculator "Prices the trip"
            fareCalculator -> psp "Charges the card"
            autoLayout
        }
        styles {
            element "Person" {
                shape Person
            }
            element "Database" {
                shape Cylinder
            }
            element "Queue" {
                shape Pipe
            }
            element "Mobile App" {
                shape MobileDevicePortrait
            }
            element "External" {
                background #999999
            }
        }
    }
}
