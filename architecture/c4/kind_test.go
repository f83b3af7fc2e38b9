package c4

import (
	"encoding"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type textEnum interface {
	encoding.TextMarshaler
	String() string
}

func TestEnumTextRoundTrip(t *testing.T) {
	tests := []struct {
		name  string
		valid []textEnum
		fresh func() encoding.TextUnmarshaler
		get   func(encoding.TextUnmarshaler) textEnum
		bad   textEnum
	}{
		{
			name:  "ElementKind",
			valid: []textEnum{KindPerson, KindSoftwareSystem, KindContainer, KindComponent, KindCode, KindCustom},
			fresh: func() encoding.TextUnmarshaler { return new(ElementKind) },
			get:   func(u encoding.TextUnmarshaler) textEnum { return *u.(*ElementKind) },
			bad:   ElementKind(0),
		},
		{
			name:  "Location",
			valid: []textEnum{LocationUnspecified, Internal, External},
			fresh: func() encoding.TextUnmarshaler { return new(Location) },
			get:   func(u encoding.TextUnmarshaler) textEnum { return *u.(*Location) },
			bad:   Location(9),
		},
		{
			name:  "ViewKind",
			valid: []textEnum{SystemLandscapeView, SystemContextView, ContainerView, ComponentView},
			fresh: func() encoding.TextUnmarshaler { return new(ViewKind) },
			get:   func(u encoding.TextUnmarshaler) textEnum { return *u.(*ViewKind) },
			bad:   ViewKind(0),
		},
		{
			name:  "ExpressionKind",
			valid: []textEnum{ExprAll, ExprElement, ExprRelationship, ExprRelationships, ExprTagged},
			fresh: func() encoding.TextUnmarshaler { return new(ExpressionKind) },
			get:   func(u encoding.TextUnmarshaler) textEnum { return *u.(*ExpressionKind) },
			bad:   ExpressionKind(0),
		},
		{
			name:  "Direction",
			valid: []textEnum{TopBottom, BottomTop, LeftRight, RightLeft},
			fresh: func() encoding.TextUnmarshaler { return new(Direction) },
			get:   func(u encoding.TextUnmarshaler) textEnum { return *u.(*Direction) },
			bad:   Direction(0),
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, v := range tc.valid {
				text, err := v.MarshalText()
				require.NoError(t, err)
				assert.Equal(t, v.String(), string(text))
				u := tc.fresh()
				require.NoError(t, u.UnmarshalText(text))
				assert.Equal(t, v, tc.get(u))
			}
			_, err := tc.bad.MarshalText()
			assert.Error(t, err)
			assert.Contains(t, tc.bad.String(), "(")
			assert.Error(t, tc.fresh().UnmarshalText([]byte("nonsense")))
		})
	}
}

func TestEnumAliases(t *testing.T) {
	var k ElementKind
	require.NoError(t, k.UnmarshalText([]byte("softwareSystem")))
	assert.Equal(t, KindSoftwareSystem, k)
	require.NoError(t, k.UnmarshalText([]byte("Software System")))
	assert.Equal(t, KindSoftwareSystem, k)
	var v ViewKind
	require.NoError(t, v.UnmarshalText([]byte("systemContext")))
	assert.Equal(t, SystemContextView, v)
	var d Direction
	require.NoError(t, d.UnmarshalText([]byte("LeftRight")))
	assert.Equal(t, LeftRight, d)
	var l Location
	require.NoError(t, l.UnmarshalText(nil))
	assert.Equal(t, LocationUnspecified, l)
	assert.Equal(t, 3, ComponentView.Level())
	assert.Equal(t, 1, SystemLandscapeView.Level())
	assert.Equal(t, 0, ViewKind(0).Level())
}
