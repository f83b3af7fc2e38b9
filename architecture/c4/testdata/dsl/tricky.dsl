workspace "Tricky" "Every feature the DSL carries." {

    model {
        properties {
            "owner" "Team\\Platform"
            "structurizr.groupSeparator" "/"
        }
        enterprise "Acme \"Holdings\"" {
        }
        customerVIP = person "Customer \"VIP\"" "Buys things.\nOften." "External,Important,Ünïcödé 🚀"
        group "Acme" {
            group "Back office" {
                staff = person "Staff" "" "Internal"
            }
            group "Digital" {
                shop = softwareSystem "Shop" "A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. A very long description. " {
                    url "https://example.com/shop?a=1&b=\"2\""
                    properties {
                        "key with spaces" "value \\ with \"quotes\""
                        "tier" "1"
                    }
                    group "Front" {
                        group "Edge" {
                            webApp = container "Web App" "Serves pages." "Go 1.26"
                        }
                    }
                    api = container "API" "" "Go" {
                        orderHandler = component "Order Handler" "Takes orders." "Go package" {
                            // the code element "Shop/API/Order Handler/OrderService" cannot be expressed in the DSL
                        }
                        group "Persistence" {
                            repository = component "Repository"
                        }
                    }
                    db = container "DB" "Stores orders." "" "Database"
                }
            }
        }
        eMailSystem2 = softwareSystem "E-mail: System / 2" "" "External"
        group "Acme" {
            group "Digital" {
                sensorA = element "Sensor \"A\"" "Hardware" "Measures." "IoT"
            }
        }
        team = element "Team" "" "Runs the shop."

        staff -> shop "Runs"
        team -> shop "Runs"
        browsesMostlyAtNight = customerVIP -> webApp "Browses\n(mostly at night)" "HTTPS" "Public,Edge" {
            url "https://example.com/r"
            properties {
                "sla" "99.9%"
            }
        }
        sensorA -> api "Sends readings to" "MQTT"
        api -> db "Reads from and writes to" "SQL/TCP"
        webApp -> api "" "JSON/HTTPS"
        orderHandler -> eMailSystem2 "Sends \"receipts\"" "SMTP"
        repository -> db "Reads from and writes to" "SQL/TCP"
        orderHandler -> repository "Uses"
    }

    views {
        systemLandscape "Landscape" {
            include *
            autoLayout
        }
        systemContext shop "Context" {
            include *
            include staff
            exclude eMailSystem2
            autoLayout lr 120 60
            title "The \"shop\" in context"
            description "Who uses it."
        }
        container shop "Containers" {
            include *
            exclude * -> *
            include browsesMostlyAtNight
            include webApp -> *
            include "element.tag==Database"
            properties {
                "structurizr.groups" "false"
            }
        }
        component api "Components" {
            include *
            include orderHandler -> repository
        }
    }
}
