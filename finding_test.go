package leadkit_test

import (
	"bytes"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
)

func TestValidCode(t *testing.T) {
	tests := []struct {
		code string
		want bool
	}{
		{"sbi.behavior.judgement", true},
		{"c4.relationship.dangling", true},
		{"smartt.time_bound", true},
		{"q1.x2", true},
		{"sbi", false},
		{"", false},
		{"sbi.", false},
		{".sbi.x", false},
		{"Sbi.Behavior", false},
		{"sbi..x", false},
		{"sbi.behavior-judgement", false},
		{"sbi.bé", false},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			assert.Equal(t, tc.want, leadkit.ValidCode(tc.code))
		})
	}
}

func sample() leadkit.Findings {
	return leadkit.Findings{
		{Code: "a.info", Severity: leadkit.Info, Message: "Fine."},
		{Code: "a.warn", Field: "x", Severity: leadkit.Warning, Message: "Careful."},
		{Code: "a.err", Field: "y", Severity: leadkit.Error, Message: "Broken."},
		{Code: "a.err2", Severity: leadkit.Error, Message: "Also broken."},
	}
}

func TestFindingsHasAndErrors(t *testing.T) {
	fs := sample()
	assert.True(t, fs.Has("a.info"))
	assert.True(t, fs.Has("a.err2"))
	assert.False(t, fs.Has("a"))
	assert.False(t, fs.Has("a.er"))
	assert.Equal(t, leadkit.Findings{fs[2], fs[3]}, fs.Errors())
	assert.Equal(t, leadkit.Error, fs.Max())

	var none leadkit.Findings
	assert.False(t, none.Has("a.info"))
	assert.Nil(t, none.Errors())
	assert.Equal(t, leadkit.Severity(0), none.Max())
	assert.NoError(t, none.Err())
}

func TestFindingsErr(t *testing.T) {
	assert.NoError(t, sample()[:2].Err(), "warnings alone are not an error")

	err := sample().Err()
	require.Error(t, err)
	assert.ErrorIs(t, err, leadkit.ErrInvalid)
	assert.NotErrorIs(t, err, leadkit.ErrConflict)

	wrapped := fmt.Errorf("saving review: %w", err)
	var verr *leadkit.ValidationError
	require.True(t, errors.As(wrapped, &verr))
	assert.Equal(t, sample(), verr.Findings, "the error keeps every finding, not only the errors")
	assert.Equal(t,
		"leadkit: invalid input: 2 errors: info a.info: Fine.; warning a.warn (x): Careful.; error a.err (y): Broken.; error a.err2: Also broken.",
		err.Error())

	one := leadkit.Findings{{Code: "a.b", Severity: leadkit.Error, Message: "M."}}
	assert.Equal(t, "leadkit: invalid input: 1 error: error a.b: M.", one.Err().Error())
}

func TestParseError(t *testing.T) {
	cause := errors.New("bad quote")
	tests := []struct {
		err  *leadkit.ParseError
		want string
	}{
		{&leadkit.ParseError{Source: "tasks.csv", Line: 3, Col: 7, Msg: "bad date"}, "tasks.csv:3:7: bad date"},
		{&leadkit.ParseError{Line: 3, Msg: "bad date"}, "3: bad date"},
		{&leadkit.ParseError{Msg: "empty input"}, "empty input"},
		{&leadkit.ParseError{Source: "x.json", Err: cause}, "x.json: bad quote"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.err.Error())
			assert.ErrorIs(t, tc.err, leadkit.ErrInvalid)
		})
	}
	assert.ErrorIs(t, &leadkit.ParseError{Err: cause}, cause)
}

func TestNewID(t *testing.T) {
	seen := make(map[string]bool)
	prev := leadkit.NewID()
	assert.EqualValues(t, 7, prev.Version())
	for range 1000 {
		id := leadkit.NewID()
		assert.False(t, seen[id.String()])
		seen[id.String()] = true
		assert.GreaterOrEqual(t, bytes.Compare(id[:6], prev[:6]), 0, "v7 ids carry a non-decreasing millisecond timestamp")
		prev = id
	}
}
