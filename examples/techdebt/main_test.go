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

func TestRunOnAWallWithNothingToRank(t *testing.T) {
	var out strings.Builder
	require.NoError(t, run(strings.NewReader("title\nx\n"), &out), "no panic on an unscored wall")
	assert.Contains(t, out.String(), "No item could be ranked")
}

func TestRunMatchesRICERanksByPosition(t *testing.T) {
	wall := "title,value,effort,risk,frequency,alignment,reach,impact,confidence\n" +
		"a,5,1,5,5,5,,,\n" + // composite first, no RICE inputs
		"b,1,5,1,1,1,100,3,1\n" // composite last, RICE first
	var out strings.Builder
	require.NoError(t, run(strings.NewReader(wall), &out))
	assert.Contains(t, out.String(), "[ -] quick-win     a\n", "items without IDs do not borrow each other's RICE rank")
	assert.Contains(t, out.String(), "[ 1] money-pit     b\n")
}
