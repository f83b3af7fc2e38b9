workspace "Bulk changes" {

    !identifiers hierarchical

    model {
        properties {
            "structurizr.groupSeparator" "/"
        }

        auditor = person "Auditor"
        oncall = person "On-call Engineer" "" "External"

        platform = group "Platform" {
            identity = softwareSystem "Identity" {
                tokens = container "Token Service" "" "Go"
                sessions = container "Session Store" "" "Redis"
                keys = container "Key Vault" "" "Go"
            }
            group "Observability" {
                metrics = softwareSystem "Metrics"
            }
        }

        !elements platform {
            auditor -> this "Reviews"
            tags "Platform Owned"
        }

        !elements "element.parent==identity && element.technology==Go" {
            -> metrics "Exports metrics to" "Prometheus" {
                tags "Telemetry"
            }
            url https://runbooks.example.com
        }

        !elements "element.tag==External" {
            -> identity "Gets paged about"
        }

        !elements "element.type==Container || element.type==Component" {
            properties {
                "owner" "identity-team"
            }
        }

        !relationships "*->*" {
            tags "Reviewed"
        }
    }
}
