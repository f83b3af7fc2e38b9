package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out))
	assert.Contains(t, out.String(), "Delegating (key)           6     4       3.5")
	assert.Contains(t, out.String(), "CheckPlan: no findings")
	assert.Contains(t, out.String(), `! Step "Grow giving feedback" has had no entry for 3 weeks.`)
}
