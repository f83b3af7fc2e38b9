package leadkit_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
)

func TestSeverityText(t *testing.T) {
	tests := []struct {
		sev  leadkit.Severity
		text string
	}{
		{leadkit.Info, "info"},
		{leadkit.Warning, "warning"},
		{leadkit.Error, "error"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			assert.Equal(t, tc.text, tc.sev.String())
			b, err := tc.sev.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tc.text, string(b))
			var back leadkit.Severity
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tc.sev, back)
		})
	}
}

func TestSeverityZeroIsInvalid(t *testing.T) {
	var s leadkit.Severity
	assert.False(t, s.Valid())
	assert.Equal(t, "Severity(0)", s.String())
	_, err := s.MarshalText()
	assert.Error(t, err)
	_, err = leadkit.Severity(9).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, leadkit.Severity(1), leadkit.Info, "Info must start at 1")
}

func TestSeverityUnmarshal(t *testing.T) {
	tests := []struct {
		in      string
		want    leadkit.Severity
		wantErr bool
	}{
		{in: "ERROR", want: leadkit.Error},
		{in: "Warning", want: leadkit.Warning},
		{in: "", wantErr: true},
		{in: "fatal", wantErr: true},
		{in: "info ", wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var s leadkit.Severity
			err := s.UnmarshalText([]byte(tc.in))
			if tc.wantErr {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, s)
		})
	}
}

func TestFindingJSON(t *testing.T) {
	f := leadkit.Finding{Code: "sbi.impact.missing", Field: "impact", Severity: leadkit.Error, Message: "No impact given."}
	b, err := json.Marshal(f)
	require.NoError(t, err)
	assert.JSONEq(t, `{"code":"sbi.impact.missing","field":"impact","severity":"error","message":"No impact given."}`, string(b))
	var back leadkit.Finding
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, f, back)

	_, err = json.Marshal(leadkit.Finding{Code: "a.b"})
	assert.Error(t, err, "a finding without severity must not serialise")
}
