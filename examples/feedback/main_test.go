package main

import (
	"errors"
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
		`error sbi.behavior.judgement (behavior): Behavior judges the person with "rude"`,
		`error sbi.behavior.generalization (behavior): Behavior generalizes with "always"`,
		"== The rewrite, checked against the principles of good feedback ==\n  info sbi.behavior.quoted",
		"running retros   mean 10.0 from 1 answer\n",
		"work on first: delegating",
		"Share the roadmap before [name] hears it from sales",
		`Topic "What should Lea stop doing?" has fewer than 3 answers`,
		"next meeting: Monday 16 March 11:00",
		"carry_over     member Promotion timeline",
		"lea sees the shared notes: true, private notes: 1",
		"mia sees the shared notes: true, private notes: 0",
		"delegate to priya",
	} {
		assert.Contains(t, s, want)
	}
	assert.NotContains(t, s, "Sam seemed tired", "a private note is never printed")
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestRunReportsWriteErrors(t *testing.T) {
	assert.EqualError(t, run(failingWriter{}), "disk full")
}
