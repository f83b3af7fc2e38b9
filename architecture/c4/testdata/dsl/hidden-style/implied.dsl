workspace "Implied relationships" {

    model {
        !impliedRelationships true

        person = person "Person"
        bank = softwareSystem "Bank" {
            web = container "Web" {
                login = component "Login"
            }
            db = container "DB"
        }
        bureau = softwareSystem "Credit Bureau"

        person -> login "Signs in with"
        login -> db "Checks passwords in"
        login -> bureau "Checks credit with"
        bank -> bureau "Sends reports to"
        web -> bureau "Fetches scores from"
        person -> bank "Complains to"
    }
}
