package c4

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParseDSLDeploymentIdentifiers checks that the identifiers declared in
// a skipped deployment environment stay known, so that what names them
// later is skipped, not refused as undefined, while a repeated flat
// identifier still fails as in Structurizr.
func TestParseDSLDeploymentIdentifiers(t *testing.T) {
	const system = "workspace {\n  %s\n  model {\n    s = softwareSystem \"S\" {\n      c = container \"C\"\n    }\n    u = person \"U\"\n"
	tests := []struct {
		name     string
		ids      string // !identifiers
		model    string // after the system
		views    string
		rels     int
		skipped  int // c4.dsl.reference.skipped findings
		failLine int
	}{
		{name: "flat, at the model level", model: "live = deploymentEnvironment \"Live\" {\n  dn = deploymentNode \"DN\" {\n    lb = infrastructureNode \"LB\"\n    ci = containerInstance c\n  }\n}\nlb -> ci \"Forwards to\"\nu -> lb \"Connects to\"\nu -> s \"Uses\"\n", rels: 1, skipped: 2},
		{name: "flat, deep and in a view", model: "deploymentEnvironment \"Live\" {\n  deploymentNode \"A\" {\n    deploymentNode \"B\" {\n      ci = containerInstance c\n    }\n  }\n}\n", views: "container s {\n  include * ci\n}\n", skipped: 1},
		{name: "hierarchical, through the environment", ids: "!identifiers hierarchical", model: "live = deploymentEnvironment \"Live\" {\n  aws = deploymentNode \"AWS\" {\n    lb = infrastructureNode \"LB\"\n  }\n}\nlive.aws.lb -> live.aws \"Runs on\"\nu -> live.aws.lb \"Connects to\"\n", skipped: 2},
		{name: "hierarchical, environment without identifier", ids: "!identifiers hierarchical", model: "deploymentEnvironment \"Live\" {\n  aws = deploymentNode \"AWS\" {\n    lb = infrastructureNode \"LB\"\n  }\n}\nu -> aws.lb \"Connects to\"\nu -> s.c \"Uses\"\n", rels: 1, skipped: 1},
		{name: "reopened with !ref", model: "de = deploymentEnvironment \"DE\"\n!ref de {\n  dn = deploymentNode \"DN\"\n}\n!element dn {\n  tags \"T\"\n}\nu -> dn\n", skipped: 1},
		{name: "parallel steps of a dynamic view", model: "u -> c \"Uses\"\n", views: "dynamic s {\n  u -> c \"Starts\"\n  {\n    {\n      u -> c \"A\"\n    }\n    {\n      u -> c \"B\"\n    }\n  }\n}\n", rels: 1},
		{name: "deployment groups per environment", model: "deploymentEnvironment \"A\" {\n  g1 = deploymentGroup \"G1\"\n  deploymentNode \"N\" {\n    containerInstance c g1\n  }\n}\ndeploymentEnvironment \"B\" {\n  g1 = deploymentGroup \"G1\"\n}\n"},
		{name: "flat identifier repeated", model: "deploymentEnvironment \"Live\" {\n  dn = deploymentNode \"DN\" {\n    u = infrastructureNode \"LB\"\n  }\n}\n", failLine: 10},
		{name: "undefined identifier still fails", model: "deploymentEnvironment \"Live\" {\n  dn = deploymentNode \"DN\"\n}\nu -> nowhere\n", failLine: 11},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.Replace(system, "%s", tt.ids, 1) + tt.model + "  }\n  views {\n" + tt.views + "  }\n}\n"
			ws, err := ParseDSL(strings.NewReader(src), ParseOptions{})
			if tt.failLine != 0 {
				var pe *ParseError
				require.True(t, errors.As(err, &pe), "want a parse error, got %v\n%s", err, src)
				assert.Equal(t, tt.failLine, pe.Line, "%v", pe)
				return
			}
			require.NoError(t, err, src)
			assert.Equal(t, tt.rels, ws.Model.Counts().Relationships)
			skipped := 0
			for _, f := range ws.Findings {
				if f.Code == "c4.dsl.reference.skipped" {
					skipped++
				}
			}
			assert.Equal(t, tt.skipped, skipped, "%v", ws.Findings)
		})
	}
}
