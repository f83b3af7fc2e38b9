package oneonone

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestVisible(t *testing.T) {
	shared := Record{Content: Shared, Lead: "lea", Member: "sam", Managers: []string{"mia", "max"}}
	leadNote := Record{Content: Private, Author: "lea", Lead: "lea", Member: "sam", Managers: []string{"mia", "max"}}
	memberNote := Record{Content: Private, Author: "sam", Lead: "lea", Member: "sam", Managers: []string{"mia", "max"}}
	strayNote := Record{Content: Private, Author: "mia", Lead: "lea", Member: "sam", Managers: []string{"mia"}}
	tests := []struct {
		name   string
		viewer string
		record Record
		want   bool
	}{
		{"lead sees shared", "lea", shared, true},
		{"member sees shared", "sam", shared, true},
		{"member's manager sees shared", "mia", shared, true},
		{"lead's manager sees shared", "max", shared, true},
		{"teammate sees nothing", "zoë", shared, false},
		{"HR sees nothing", "hr", shared, false},
		{"lead sees own private note", "lea", leadNote, true},
		{"member does not see lead's private note", "sam", leadNote, false},
		{"manager does not see lead's private note", "mia", leadNote, false},
		{"member sees own private note", "sam", memberNote, true},
		{"lead does not see member's private note", "lea", memberNote, false},
		{"manager does not see member's private note", "max", memberNote, false},
		{"a note by a non-participant is seen by nobody, not even its author", "mia", strayNote, false},
		{"empty viewer", "", shared, false},
		{"empty author matches no one", "", Record{Content: Private, Lead: "lea", Member: "sam"}, false},
		{"unset content fails closed", "lea", Record{Lead: "lea", Member: "sam"}, false},
		{"unknown content fails closed", "lea", Record{Content: 9, Lead: "lea", Member: "sam"}, false},
		{"record without participants", "lea", Record{Content: Shared, Lead: "lea"}, false},
		{"names are exact", "Lea", shared, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Visible(tc.viewer, tc.record))
		})
	}
}

func TestViewForAndExport(t *testing.T) {
	start := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	s, err := NewSeries("lea", "sam", Biweekly, start)
	require.NoError(t, err)
	s.Managers = []string{"mia"}
	m, err := s.Hold(start, "Agreed to try pairing on the parser.")
	require.NoError(t, err)
	notes := []PrivateNote{
		{Series: s.ID, Meeting: m.ID, Author: "lea", At: start, Text: "SECRET-LEAD: Sam seemed tired; ask about the move"},
		{Series: s.ID, Meeting: m.ID, Author: "sam", At: start, Text: "SECRET-SAM: ask Lea about the promotion timeline"},
		{Series: [16]byte{1}, Author: "lea", At: start, Text: "SECRET-OTHER: another series"},
	}
	for _, tc := range []struct {
		viewer     string
		shared     bool
		mine, hide []string
	}{
		{"lea", true, []string{"SECRET-LEAD"}, []string{"SECRET-SAM", "SECRET-OTHER"}},
		{"sam", true, []string{"SECRET-SAM"}, []string{"SECRET-LEAD", "SECRET-OTHER"}},
		{"mia", true, nil, []string{"SECRET-LEAD", "SECRET-SAM", "SECRET-OTHER"}},
		{"zoë", false, nil, []string{"SECRET-LEAD", "SECRET-SAM", "SECRET-OTHER", "pairing"}},
	} {
		v := ViewFor(tc.viewer, s, notes)
		assert.Equal(t, tc.shared, v.Series != nil, tc.viewer)
		data, err := json.Marshal(v)
		require.NoError(t, err)
		for _, w := range tc.mine {
			assert.Contains(t, string(data), w, tc.viewer)
		}
		for _, w := range tc.hide {
			assert.NotContains(t, string(data), w, tc.viewer)
		}
	}
	// The shared export is the series itself: it has no field that could
	// hold a private note.
	data, err := json.Marshal(s)
	require.NoError(t, err)
	assert.NotContains(t, string(data), "SECRET")
	assert.Contains(t, string(data), "pairing")

	// A view is a copy: changing it leaves the series alone.
	v := ViewFor("mia", s, nil)
	require.NotNil(t, v.Series)
	v.Series.Meetings[0].Notes = "changed"
	v.Series.Managers[0] = "eve"
	assert.Equal(t, "Agreed to try pairing on the parser.", s.Meetings[0].Notes)
	assert.Equal(t, []string{"mia"}, s.Managers)
}
