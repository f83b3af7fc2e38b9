package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	var out strings.Builder
	require.NoError(t, run(&out))
	s := out.String()
	for _, want := range []string{
		"delegate weekly dependency bumps",
		"keep     performance reviews",
		"weekly dependency bumps → Priya",
		"tech-debt initiative → Jonas",
		"sprint demo → Tomás",
		`goal "Present the sprint demo." is not SMARTT yet`,
		"goal: target -30%, due 2025-06-03, check-ins weekly on Monday; 0 finding(s)",
		"step back one level to selling",
		"delegation.style.micromanaging",
		"delegation.checkin.overdue",
		"try slow exposure",
	} {
		assert.Contains(t, s, want)
	}
}
