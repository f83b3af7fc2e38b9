package enumtext

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNames(t *testing.T) {
	n := Names{"", "weekly", "monthly"}
	assert.Equal(t, "monthly", n.String("Cadence", 2))
	assert.Equal(t, "Cadence(0)", n.String("Cadence", 0))
	assert.Equal(t, "Cadence(9)", n.String("Cadence", 9))
	b, err := n.Marshal("Cadence", 1)
	require.NoError(t, err)
	assert.Equal(t, "weekly", string(b))
	_, err = n.Marshal("Cadence", 0)
	assert.Error(t, err)
	v, err := n.Unmarshal("Cadence", []byte("MONTHLY"))
	require.NoError(t, err)
	assert.Equal(t, 2, v)
	_, err = n.Unmarshal("Cadence", []byte("daily"))
	assert.ErrorContains(t, err, "want weekly, monthly")
	_, err = n.Unmarshal("Cadence", nil)
	assert.Error(t, err)
}
