package stakeholder

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
)

func TestReadMapJSON(t *testing.T) {
	in := `{"people": [{"name": "Marco", "role": "Head of payments", "influence": "high", "commitment": "detractor",
	        "style": "C", "channel": "document", "cadence_days": 7, "last_contact": "2026-04-06T00:00:00Z"}],
	        "planned": [{"to": "Marco", "channel": "1:1", "detail": "summary"}]}`
	m, err := ReadMapJSON(strings.NewReader(in))
	require.NoError(t, err)
	assert.Equal(t, Conscientiousness, m.People[0].Style)
	assert.Equal(t, OneOnOne, m.Planned[0].Channel)
	assert.Equal(t, HighLevel, m.Planned[0].Detail)

	_, err = ReadMapJSON(strings.NewReader("{\"people\": [\n{\"name\": \"x\", \"influence\": \"huge\"}]}"))
	var pe *leadkit.ParseError
	require.True(t, errors.As(err, &pe), "%v", err)
	assert.Contains(t, pe.Error(), `unknown Influence "huge"`)

	_, err = ReadMapJSON(strings.NewReader(`{"people": [], "owner": "x"}`))
	require.True(t, errors.As(err, &pe))
	assert.Contains(t, pe.Msg, "owner")
}

func FuzzReadMapJSON(f *testing.F) {
	m := checkoutMap()
	m.Planned = []Message{{To: "Priya", Form: Form{Channel: Chat, Length: Long}}}
	b, err := json.Marshal(m)
	require.NoError(f, err)
	f.Add(string(b))
	f.Add(`{"people":[{"name":"","cadence_days":-1}],"planned":[{"to":""}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		m, err := ReadMapJSON(strings.NewReader(in))
		if err != nil {
			var pe *leadkit.ParseError
			require.True(t, errors.As(err, &pe), "error %v is not a ParseError", err)
			return
		}
		for _, f := range m.Check(now) {
			require.True(t, leadkit.ValidCode(f.Code))
		}
		m.Communications(offTrack(), now)
	})
}
