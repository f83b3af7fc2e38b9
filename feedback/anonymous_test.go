package feedback

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAnonymousAnswerHasNoAuthor(t *testing.T) {
	typ := reflect.TypeFor[AnonymousAnswer]()
	for f := range typ.Fields() {
		name := strings.ToLower(f.Name)
		for _, banned := range []string{"author", "giver", "from", "name", "email", "id", "user", "respondent", "time", "at"} {
			assert.NotEqual(t, banned, name, "AnonymousAnswer must not identify its author")
		}
		assert.NotEqual(t, reflect.TypeFor[interface{}](), f.Type)
	}
	assert.Equal(t, 3, typ.NumField(), "a new field needs a privacy review")
}

func TestScrub(t *testing.T) {
	team := []string{"Ana Lima", "José", "Mary-Jane O'Neil", "Li", "X"}
	tests := []struct{ in, want string }{
		{"Ana did great", "[name] did great"},
		{"ANA's demo and lima's notes", "[name]'s demo and [name]'s notes"},
		{"josé and JOSÉ", "[name] and [name]"},
		{"Mary-Jane helped", "[name]-[name] helped"},
		{"ask o'neil", "ask [name]"},
		{"ask O’Neil’s team", "ask [name]’s team"},
		{"Ana’s and ana's", "[name]’s and [name]'s"},
		{"Li and Lisa", "[name] and Lisa"},
		{"X marks the spot", "X marks the spot"},
		{"mail ana.lima@example.com or @ana_l.", "mail [name] or [name]."},
		{"Analysis of the team", "Analysis of the team"},
		{"", ""},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, Scrub(tc.in, team), tc.in)
	}
	assert.Equal(t, "\xff ok", Scrub("\xff ok", team), "invalid UTF-8 passes through")
}

func TestAggregateAnonymous(t *testing.T) {
	answers := []AnonymousAnswer{
		{Topic: "Running retros", Score: 7, Text: "Zoë and I felt the last retro ran long"},
		{Topic: "running  retros", Score: 4, Text: "Ask Sam first"},
		{Topic: "Running retros", Score: 9},
		{Topic: "Delegating", Score: 3, Text: "I (Sam) never get the interesting work"},
		{Topic: "Delegating", Score: 6},
		{Topic: "Delegating", Score: 11},
	}
	rep, fs := AggregateAnonymous(answers, AnonymityOptions{Team: []string{"Sam Okafor", "Zoë Brandt", "Priya"}})
	assert.Equal(t, []string{CodeAnonymousSmallTeam, CodeAnonymousScoreRange, CodeAnonymousTooFew}, codes(fs))
	require.Len(t, rep.Topics, 1)
	topic := rep.Topics[0]
	assert.Equal(t, "Running retros", topic.Topic)
	assert.Equal(t, 3, topic.N)
	assert.InDelta(t, 6.67, topic.Scores.Mean, 0.01)
	assert.Equal(t, []string{"Ask [name] first", "[name] and I felt the last retro ran long"}, topic.Texts, "sorted and scrubbed")
	assert.Equal(t, []string{"Delegating"}, rep.Withheld)

	// JSON export: nothing identifying survives.
	data, err := json.Marshal(struct {
		Report  AnonymousReport
		Answers []AnonymousAnswer
	}{rep, []AnonymousAnswer{{Topic: "x", Score: 5, Text: Scrub("thanks Priya", []string{"Priya"})}}})
	require.NoError(t, err)
	for _, secret := range []string{"Sam", "Zoë", "Priya", "Okafor", "never get", "\"score\":3", "author", "email"} {
		assert.NotContains(t, string(data), secret)
	}
}

func TestAggregateAnonymousK(t *testing.T) {
	two := []AnonymousAnswer{{Topic: "t", Score: 5}, {Topic: "t", Score: 6}}
	rep, fs := AggregateAnonymous(two, AnonymityOptions{})
	assert.Empty(t, rep.Topics, "default K is 3")
	assert.True(t, fs.Has(CodeAnonymousTooFew))

	rep, fs = AggregateAnonymous(two, AnonymityOptions{K: 2})
	assert.Len(t, rep.Topics, 1)
	assert.Empty(t, fs)

	for _, k := range []int{1, -5} {
		rep, fs = AggregateAnonymous(two[:1], AnonymityOptions{K: k})
		assert.Empty(t, rep.Topics, "K is never below 2")
		assert.True(t, fs.Has(CodeAnonymousKTooSmall))
		assert.True(t, fs.Has(CodeAnonymousTooFew))
	}
	rep, fs = AggregateAnonymous(nil, AnonymityOptions{})
	assert.Empty(t, rep.Topics)
	assert.Empty(t, fs)

	// Empty answers do not pad a group up to K: one real score among two
	// blank answers would be that person's score.
	padded := []AnonymousAnswer{{Topic: "t", Score: 2}, {Topic: "t"}, {Topic: "t", Text: "  "}}
	rep, fs = AggregateAnonymous(padded, AnonymityOptions{})
	assert.Empty(t, rep.Topics)
	assert.Equal(t, []string{"t"}, rep.Withheld)
	assert.Equal(t, []string{CodeAnonymousTooFew}, codes(fs))

	// Scores are an aggregate of their own: fewer than K ratings are not
	// shown, even when the topic has K answers.
	mixed := []AnonymousAnswer{{Topic: "t", Score: 2}, {Topic: "t", Text: "more pairing"}, {Topic: "t", Text: "fewer meetings"}}
	rep, fs = AggregateAnonymous(mixed, AnonymityOptions{})
	require.Len(t, rep.Topics, 1)
	assert.Equal(t, 3, rep.Topics[0].N)
	assert.Equal(t, TopicResult{Topic: "t"}, rep.Topics[0].Scores, "one score is one person's score")
	assert.Equal(t, []string{"fewer meetings", "more pairing"}, rep.Topics[0].Texts)
	assert.Equal(t, []string{CodeAnonymousTooFew}, codes(fs))
	data, err := json.Marshal(rep)
	require.NoError(t, err)
	assert.NotContains(t, string(data), `"min":2`)

	exactly := []AnonymousAnswer{{Topic: "t", Score: 2}, {Topic: "t", Score: 5}, {Topic: "t", Score: 9}}
	rep, fs = AggregateAnonymous(exactly, AnonymityOptions{})
	require.Len(t, rep.Topics, 1, "exactly K answers are shown")
	assert.Equal(t, 3, rep.Topics[0].Scores.N)
	assert.Empty(t, fs)
}
