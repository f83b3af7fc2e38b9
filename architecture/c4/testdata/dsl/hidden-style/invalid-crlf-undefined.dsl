workspace {

	model {
		bus = softwareSystem "Bus"
		bus -> bus2 "Forwards to"
	}
}
