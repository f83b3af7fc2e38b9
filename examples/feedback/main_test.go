package main

import "testing"

// TestRun runs the example end to end, so that it keeps compiling and
// running as the library changes.
func TestRun(t *testing.T) { main() }
