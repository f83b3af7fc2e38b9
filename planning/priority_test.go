package planning_test

import (
	"encoding"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit/planning"
)

// textEnum is what every enum of the package implements.
type textEnum interface {
	encoding.TextMarshaler
	String() string
}

// assertEnumText checks that each value marshals to its text, that the text
// reads back to the value, that the zero value does not marshal, and that
// unknown text is refused.
func assertEnumText[E any, P interface {
	*E
	encoding.TextUnmarshaler
}](t *testing.T, want map[string]E, zero textEnum) {
	t.Helper()
	for text, v := range want {
		m, ok := any(v).(textEnum)
		require.True(t, ok)
		b, err := m.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, text, string(b))
		assert.Equal(t, text, m.String())
		var back E
		require.NoError(t, P(&back).UnmarshalText(b))
		assert.Equal(t, v, back)
	}
	_, err := zero.MarshalText()
	assert.Error(t, err, "the unset value does not marshal")
	var e E
	assert.Error(t, P(&e).UnmarshalText([]byte("no-such-value")))
	assert.Error(t, P(&e).UnmarshalText(nil))
}

func TestDebtKindText(t *testing.T) {
	assertEnumText(t, map[string]planning.DebtKind{
		"code": planning.CodeDebt, "dependency": planning.DependencyDebt, "product": planning.ProductDebt,
		"test": planning.TestDebt, "infra": planning.InfraDebt,
	}, planning.DebtKind(0))
}

func TestValueQuadrantText(t *testing.T) {
	assertEnumText(t, map[string]planning.ValueQuadrant{
		"quick-win": planning.QuickWin, "major-project": planning.MajorProject,
		"fill-in": planning.FillIn, "money-pit": planning.MoneyPit,
	}, planning.ValueQuadrant(0))
	var q planning.ValueQuadrant
	require.NoError(t, q.UnmarshalText([]byte("Quick_Win")), "underscores are accepted for hyphens")
	assert.Equal(t, planning.QuickWin, q)
}
