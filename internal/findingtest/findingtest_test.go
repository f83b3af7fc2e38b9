package findingtest

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/leadkit/leadkit"
)

func TestHeads(t *testing.T) {
	fs := leadkit.Findings{
		{Code: "risk.owner.missing", Field: "risks[1].owner", Severity: leadkit.Error, Message: "No owner."},
		{Code: "plan.empty", Severity: leadkit.Info, Message: "Empty."},
	}
	assert.Equal(t, []string{"error risk.owner.missing (risks[1].owner)", "info plan.empty ()"}, Heads(t, fs))

	var rec testing.T
	bad := leadkit.Findings{{Code: "Bad Code", Severity: leadkit.Warning}}
	ft := &fakeT{TB: &rec}
	Heads(ft, bad)
	assert.Equal(t, 2, ft.errors, "a malformed code and an empty message are both reported")
}

type fakeT struct {
	testing.TB
	errors int
}

func (f *fakeT) Helper()               {}
func (f *fakeT) Errorf(string, ...any) { f.errors++ }
