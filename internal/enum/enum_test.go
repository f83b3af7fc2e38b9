package enum

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type color uint8

var colors = Names[color]{Type: "color", First: 1, Text: []string{"red", "green"}, Aliases: map[string]color{"q1": 1}}

func TestNames(t *testing.T) {
	assert.True(t, colors.Valid(1))
	assert.True(t, colors.Valid(2))
	assert.False(t, colors.Valid(0))
	assert.False(t, colors.Valid(3))
	assert.Equal(t, "green", colors.String(2))
	assert.Equal(t, "color(0)", colors.String(0))

	b, err := colors.Marshal(1)
	require.NoError(t, err)
	assert.Equal(t, "red", string(b))
	_, err = colors.Marshal(0)
	assert.EqualError(t, err, "leadkit: cannot marshal invalid color 0")

	var c color
	require.NoError(t, colors.Unmarshal([]byte("GREEN"), &c))
	assert.Equal(t, color(2), c)
	require.NoError(t, colors.Unmarshal([]byte("Q1"), &c))
	assert.Equal(t, color(1), c)
	assert.EqualError(t, colors.Unmarshal([]byte("blue"), &c), `leadkit: unknown color "blue" (want red, green)`)
	assert.Equal(t, color(1), c, "a failed parse leaves the value alone")

	zeroBased := Names[color]{Type: "kind", Text: []string{"other", "x"}}
	assert.True(t, zeroBased.Valid(0))
	assert.Equal(t, "other", zeroBased.String(0))
}
