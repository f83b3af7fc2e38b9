workspace "Deployment" {

    model {
        shopper = person "Shopper"
        store = softwareSystem "Web Store" {
            spa = container "Storefront" "" "React"
            api = container "Store API" "" "Java"
            db = container "Store DB" "" "MySQL" "Database"
            spa -> api "Calls" "JSON/HTTPS"
            api -> db "Reads and writes" "JDBC"
        }
        payments = softwareSystem "Payment Provider" "" "External"
        shopper -> spa "Shops with"
        api -> payments "Charges cards with"

        prod = deploymentEnvironment "Production" {
            edge = deploymentNode "Edge" {
                cdn = infrastructureNode "CDN" "Caches assets." "CloudFront" {
                    url "https://cdn.example.com"
                }
            }
            aws = deploymentNode "AWS" "" "Amazon Web Services" "Cloud" {
                deploymentNode "eu-west-1" {
                    lb = infrastructureNode "Load Balancer" "" "ALB"
                    web = deploymentNode "Web Servers" "" "EC2" "" 3 {
                        apiInstance = containerInstance api {
                            healthCheck "API health" "https://api.example.com/health" 60 500
                            properties {
                                "heap" "2g"
                            }
                        }
                    }
                    rds = deploymentNode "RDS" "" "Aurora" {
                        instances 2
                        technology "Aurora MySQL"
                        dbInstance = containerInstance db
                    }
                    lb -> apiInstance "Forwards to" "HTTPS"
                }
            }
            browser = deploymentNode "Browser" {
                spaInstance = containerInstance spa
                softwareSystemInstance payments
            }
            cdn -> spaInstance "Serves the bundle to"
        }

        staging = deploymentEnvironment "Staging" {
            deploymentNode "Single VM" {
                containerInstance api
                containerInstance db
            }
        }

        apiInstance -> dbInstance "Uses the primary" "JDBC"
        shopper -> cdn "Downloads the storefront from"
    }

    views {
        deployment store prod "Prod" {
            include *
            animation {
                cdn
                lb apiInstance
                dbInstance
            }
            autoLayout lr
        }
        deployment * "Staging" {
            include *
        }
        container store {
            include *
        }
    }
}
