package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	var out strings.Builder
	require.NoError(t, run(strings.NewReader(wall), &out))
	got := out.String()
	assert.Contains(t, got, "The wall has 12 items.")
	assert.Contains(t, got, "quick-win     TD-04 TD-01")
	assert.Contains(t, got, "Sprint of 40 points: 8 reserved for debt, ")
	assert.Contains(t, got, "  take  TD-04")
	assert.NotContains(t, got, "error ", "the embedded wall is clean")
}

func TestRunReportsABadWall(t *testing.T) {
	err := run(strings.NewReader("title,value\nx,lots\n"), &strings.Builder{})
	assert.ErrorContains(t, err, `2:3: value: "lots" is not a whole number`)
}
