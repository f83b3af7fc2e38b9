workspace "CRLF, BOM and tabs" {

	model {
		ops = person "Operator"
		monitor = softwareSystem	"Monitor"	"Watches things."	{
			probe = container "Probe" "" "Rust"
		}
		ops -> probe "Configures"
	}

	views {
		container monitor {
			include *
			autoLayout
		}
	}
}
