workspace "Archetypes" {

    model {
        archetypes {
            service = container {
                technology "Go"
                tags "Service"
            }
            datastore = container {
                technology "PostgreSQL"
                tags "Database"
            }
            grpc = -> {
                technology "gRPC"
            }
        }

        dev = person "Developer"
        platform = softwareSystem "Platform" {
            users = service "Users"
            billing = service "Billing" "Charges customers."
            usersDb = datastore "Users DB"
            users -> usersDb "Stores users in"
            billing --grpc-> users "Looks up customers in"
        }
        dev -> platform "Deploys to"
    }
}
