package adr

import (
	"encoding"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
)

type textEnum interface {
	encoding.TextMarshaler
	String() string
}

func TestEnumTextRoundTrip(t *testing.T) {
	cases := []struct {
		name  string
		vals  []textEnum
		parse func([]byte) (textEnum, error)
	}{
		{"Status", []textEnum{Proposed, Accepted, Rejected, Deprecated, Superseded, Custom}, func(b []byte) (textEnum, error) { var v Status; err := v.UnmarshalText(b); return v, err }},
		{"LinkKind", []textEnum{Supersedes, SupersededBy, Amends, AmendedBy, Extends, ExtendedBy, Related}, func(b []byte) (textEnum, error) { var v LinkKind; err := v.UnmarshalText(b); return v, err }},
		{"Format", []textEnum{Nygard, MADR}, func(b []byte) (textEnum, error) { var v Format; err := v.UnmarshalText(b); return v, err }},
		{"Effect", []textEnum{Good, Neutral, Bad}, func(b []byte) (textEnum, error) { var v Effect; err := v.UnmarshalText(b); return v, err }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, v := range tc.vals {
				text, err := v.MarshalText()
				require.NoError(t, err)
				assert.Equal(t, v.String(), string(text))
				back, err := tc.parse(text)
				require.NoError(t, err)
				assert.Equal(t, v, back)
			}
			_, err := tc.parse([]byte("no-such-value"))
			assert.Error(t, err)
		})
	}
	_, err := Status(0).MarshalText()
	assert.Error(t, err, "the unset status is not written out")
	var s Status
	require.NoError(t, s.UnmarshalText([]byte("Superceded")))
	assert.Equal(t, Superseded, s, "adr-tools' spelling is read")
	assert.Equal(t, "Accepted", Accepted.Title())
}

func TestTransitionTable(t *testing.T) {
	allowed := map[[2]Status]bool{
		{0, Proposed}: true, {0, Accepted}: true,
		{Proposed, Accepted}: true, {Proposed, Rejected}: true,
		{Accepted, Deprecated}: true, {Accepted, Superseded}: true,
		{Deprecated, Superseded}: true,
		{Custom, Proposed}:       true, {Custom, Accepted}: true, {Custom, Rejected}: true, {Custom, Deprecated}: true, {Custom, Superseded}: true,
	}
	all := []Status{0, Proposed, Accepted, Rejected, Deprecated, Superseded, Custom}
	for _, from := range all {
		for _, to := range all {
			assert.Equal(t, allowed[[2]Status{from, to}], CanTransition(from, to), "%v → %v", from, to)
		}
	}
	err := &TransitionError{Number: 4, From: Superseded, To: Accepted}
	assert.EqualError(t, err, "adr: record 4 cannot move from superseded to accepted")
	assert.True(t, errors.Is(err, leadkit.ErrInvalid))
}

func TestStatusOf(t *testing.T) {
	for text, want := range map[string]Status{
		"Accepted": Accepted, "accepted on 2024-05-01": Accepted, "Superceded": Superseded,
		"superseded by ADR-0123": Superseded, "Proposed.": Proposed, "on hold": Custom, "": Custom, "Draft": Custom,
		"Accepted\nApproved by the architecture board.": Accepted, "Deprecated\tsince v2": Deprecated, "  \n": Custom,
	} {
		assert.Equal(t, want, statusOf(text), text)
	}
}

func TestLinks(t *testing.T) {
	for words, want := range map[string]LinkKind{
		"Supercedes": Supersedes, "superseded  by": SupersededBy, "Amends": Amends, "AMENDED BY": AmendedBy,
		"Extends": Extends, "Extended by": ExtendedBy, "Protects": Related, "": Related,
	} {
		assert.Equal(t, want, LinkKindOf(words), words)
	}
	for k := Supersedes; k <= Related; k++ {
		assert.Equal(t, k, k.Reverse().Reverse(), k.String())
	}
	assert.Equal(t, SupersededBy, Supersedes.Reverse())
	assert.Equal(t, Related, Related.Reverse())

	l, ok := parseLinkLine("Superceded by [-](0003-revise-the-house-template.md)")
	require.True(t, ok, "a front-matter title still links by file name")
	assert.Equal(t, 3, l.Target)
	l, ok = parseLinkLine("Amends [12. [WIP] A (draft)](0012-wip-a-draft.md)")
	require.True(t, ok)
	assert.Equal(t, "12. [WIP] A (draft)", l.Title)
	for _, bad := range []string{"Accepted", "[3. x](0003-x.md)", "See [the wiki](https://example.org)", "Amends [x](y.md"} {
		_, ok := parseLinkLine(bad)
		assert.False(t, ok, bad)
	}
}
