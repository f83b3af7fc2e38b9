workspace "Element blocks" {

    model {
        nurse = person "Nurse" {
            description "Looks after patients."
            tags "Clinical" "Shift Worker"
            url https://example.com/nurse
            properties {
                grade "Band 5"
                "ward name" "Ward 7"
            }
            perspectives {
                Security "Has badge access."
                "Data protection" "Sees patient records."
            }
        }
        ehr = softwareSystem "Patient Records" {
            description "Holds medical records."
            tags "Regulated"
            records = container "Records API" {
                technology "C#"
                description "Serves records."
                audit = component "Audit Trail" {
                    technology "Event log"
                    tags "Append-only"
                    url "https://example.com/audit"
                }
            }
        }
        readsWith = nurse -> records "Reads records with" "HTTPS" "Interactive" {
            tags "Read"
            url https://example.com/rel
            properties {
                sla "99.9"
            }
            perspectives {
                Security "mTLS"
            }
        }
        nurse -> audit "Is recorded in"
    }

    views {
        container ehr {
            include *
            exclude readsWith
        }
    }
}
