package c4

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bulkModel is the model the !elements cases select from.
const bulkModel = `workspace {
  model {
    u = person "U"
    ext = person "Ext" "" "External"
    g = group "G" {
      s = softwareSystem "S" {
        a = container "A" "" "Go" {
          k = component "K" "" "Go"
        }
        b = container "B" "" "Java" "Edge" {
          properties {
            tier "1"
          }
        }
      }
    }
    t = softwareSystem "T"
`

func TestParseDSLBulkElements(t *testing.T) {
	tests := []struct {
		name  string
		bulk  string
		want  []string // relationships added, as relationshipsOf lists them
		skip  bool     // skipped with a c4.dsl.skipped finding
		fails int      // the line of the parse error, when it fails
	}{
		{name: "identifier", bulk: "!elements a {\n  -> t \"Calls\"\n}", want: []string{"S/A -> T: Calls"}},
		{name: "group", bulk: "!elements g {\n  u -> this \"Uses\"\n}", want: []string{"U -> S: Uses"}},
		{name: "parent", bulk: "!elements \"element.parent==s\" {\n  this -> t \"Calls\" \"HTTPS\"\n}", want: []string{"S/A -> T: Calls [HTTPS]", "S/B -> T: Calls [HTTPS]"}},
		{name: "type", bulk: "!elements \"element.type==Component\" {\n  -> t\n}", want: []string{"S/A/K -> T"}},
		{name: "default kind tag", bulk: "!elements \"element.tag==Container\" {\n  -> t\n}", want: []string{"S/A -> T", "S/B -> T"}},
		{name: "location tag", bulk: "!elements \"element.tag==External\" {\n  -> s\n}", want: []string{"Ext -> S"}},
		{name: "tag not equal", bulk: "!elements \"element.tag!=Edge && element.parent==s\" {\n  -> t\n}", want: []string{"S/A -> T"}},
		{name: "technology or property", bulk: "!elements \"element.technology==Go || element.properties[tier]==1\" {\n  -> t\n}", want: []string{"S/A -> T", "S/A/K -> T", "S/B -> T"}},
		{name: "relationship block replayed", bulk: "!elements \"element.parent==s\" {\n  -> t \"Calls\" {\n    tags \"Sync\"\n  }\n  tags \"Bulk\"\n}", want: []string{"S/A -> T: Calls", "S/B -> T: Calls"}},
		{name: "unsupported expression", bulk: "!elements \"->a->\" {\n  -> t\n}", skip: true},
		{name: "deployment selection", bulk: "!elements \"element.type==DeploymentNode\" {\n  -> t\n}", skip: true},
		{name: "selects nothing", bulk: "!elements \"element.tag==Nope\" {\n  -> t\n}", fails: 18},
		{name: "undefined identifier", bulk: "!elements nope {\n}", fails: 18},
		{name: "error in the block is at its line", bulk: "!elements \"element.parent==s\" {\n  tags \"X\"\n  -> nowhere\n}", fails: 20},
		{name: "repeat fails as in Structurizr", bulk: "!elements \"element.parent==s\" {\n  -> t \"Calls\"\n  -> t \"Calls\"\n}", fails: 20},
		{name: "no block", bulk: "!elements a", fails: 18},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := bulkModel + tt.bulk + "\n  }\n}\n"
			ws, err := ParseDSL(strings.NewReader(src), ParseOptions{})
			if tt.fails != 0 {
				var pe *ParseError
				require.True(t, errors.As(err, &pe), "want a parse error, got %v", err)
				assert.Equal(t, tt.fails, pe.Line, "%v", pe)
				return
			}
			require.NoError(t, err)
			assert.ElementsMatch(t, tt.want, relationshipsOf(ws.Model))
			assert.Equal(t, tt.skip, ws.Findings.Has("c4.dsl.skipped"), "%v", ws.Findings)
		})
	}
}

func TestParseDSLBulkElementsChangesEachElement(t *testing.T) {
	ws := mustParse(t, bulkModel+"!elements \"element.parent==s\" {\n  description \"Part of S.\"\n  technology \"Rust\"\n  tags \"Bulk,Owned\"\n  url https://example.com\n  properties {\n    owner team\n  }\n  -> t \"Calls\" {\n    tags \"Sync\"\n  }\n}\n  }\n}\n")
	for _, name := range []string{"S/A", "S/B"} {
		e := ws.Model.Element(name)
		require.NotNil(t, e, name)
		assert.Equal(t, "Part of S.", e.Description)
		assert.Equal(t, "Rust", e.Technology)
		assert.True(t, e.HasTag("Bulk") && e.HasTag("Owned"), "%v", e.Tags)
		assert.Equal(t, "https://example.com", e.URL)
		assert.Equal(t, "team", e.Properties["owner"])
		rels := ws.Model.RelationshipsBetween(e, ws.Model.Element("T"))
		require.Len(t, rels, 1)
		assert.True(t, rels[0].HasTag("Sync"))
	}
	assert.Empty(t, ws.Model.Element("S/A/K").Description, "only the children of s")
}

func TestParseDSLBulkElementsIsBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("workspace {\n  model {\n    s = softwareSystem \"S\" {\n")
	for i := range 2000 {
		b.WriteString("      container \"C" + strconv.Itoa(i) + "\"\n")
	}
	b.WriteString("    }\n    !elements \"element.parent==s\" {\n")
	for range 1000 {
		b.WriteString("      tags \"T\"\n")
	}
	b.WriteString("    }\n  }\n}\n")
	_, err := ParseDSL(strings.NewReader(b.String()), ParseOptions{})
	var pe *ParseError
	require.True(t, errors.As(err, &pe), "want a parse error, got %v", err)
	assert.Contains(t, pe.Msg, "split it")
}
