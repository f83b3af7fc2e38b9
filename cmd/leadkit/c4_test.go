package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const shopDSL = `workspace "Shop" {
    model {
        customer = person "Customer" "Buys things."
        shop = softwareSystem "Shop" "Sells things." {
            web = container "Web App" "Serves pages." "Go"
            db = container "DB" "Stores orders." "PostgreSQL" "Database"
            web -> db "Reads and writes" "SQL"
        }
        customer -> web "Browses" "HTTPS"
    }
    views {
        systemContext shop "Context" {
            include *
        }
        container shop "Containers" {
            include *
            autoLayout lr
        }
        styles {
            element "Person" {
                shape person
            }
        }
    }
}
`

func TestC4Render(t *testing.T) {
	for _, to := range []string{"mermaid", "plantuml", "dot", "dsl", "json"} {
		t.Run(to, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, shopDSL, "c4", "render", "-to", to, "-view", "Containers")
			require.Equal(t, exitOK, code, stderr)
			assert.Contains(t, stdout, "Web App")
			assert.NotContains(t, stdout, "System Context of")
		})
	}
	stdout, _, code := runCLI(t, shopDSL, "c4", "render", "-to", "mermaid")
	assert.Equal(t, exitOK, code)
	assert.Equal(t, 2, strings.Count(stdout, "```mermaid"), "several views need the Markdown form")

	stdout, _, code = runCLI(t, shopDSL, "c4", "render", "-to", "json")
	require.Equal(t, exitOK, code)
	var doc map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &doc))
	assert.Len(t, doc["views"], 2)

	stdout, _, code = runCLI(t, shopDSL, "c4", "render", "-to", "dsl")
	require.Equal(t, exitOK, code)
	again, stderr, code := runCLI(t, stdout, "c4", "render", "-to", "dsl")
	require.Equal(t, exitOK, code, stderr)
	assert.Equal(t, stdout, again, "rendered DSL reads back to the same DSL")
}

func TestC4RenderUsage(t *testing.T) {
	_, stderr, code := runCLI(t, shopDSL, "c4", "render", "-to", "svg")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "-to")

	_, stderr, code = runCLI(t, shopDSL, "c4", "render", "-to", "dot", "-view", "Nope")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `no view has the key "Nope" (the workspace has: Context, Containers)`)

	_, stderr, code = runCLI(t, "", "c4", "paint")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `unknown verb "paint"`)

	_, stderr, code = runCLI(t, "", "c4")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "Usage: leadkit c4")

	_, stderr, code = runCLI(t, "", "c4", "render", "-h")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, stderr, "Usage: leadkit c4 render")
}

func TestC4Check(t *testing.T) {
	stdout, stderr, code := runCLI(t, shopDSL, "c4", "check")
	assert.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, "c4.dsl.skipped")

	clean := strings.Replace(shopDSL, `        styles {
            element "Person" {
                shape person
            }
        }
`, "", 1)
	stdout, _, code = runCLI(t, clean, "c4", "check")
	assert.Equal(t, exitOK, code)
	assert.Equal(t, "ok: 1 people, 1 software systems, 2 containers, 0 components, 2 relationships, 2 views\n", stdout)

	nameless := strings.Replace(clean, `customer = person "Customer" "Buys things."`, `customer = person "" "Buys things."`, 1)
	stdout, _, code = runCLI(t, nameless, "c4", "check", "-format", "json")
	assert.Equal(t, exitFindings, code)
	var findings []map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &findings), stdout)
	require.NotEmpty(t, findings)
	assert.Equal(t, "c4.name.missing", findings[0]["code"])
}

func TestC4CheckParseErrorNamesFileLineColumn(t *testing.T) {
	dir := t.TempDir()
	main := filepath.Join(dir, "workspace.dsl")
	require.NoError(t, os.WriteFile(main, []byte("workspace {\n  model {\n    !include people.dsl\n  }\n}\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "people.dsl"), []byte("u = person \"U\"\nu -> nobody\n"), 0o644))
	_, stderr, code := runCLI(t, "", "c4", "check", main)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, filepath.Join(dir, "people.dsl")+`:2:6: the destination element "nobody" does not exist`)

	_, stderr, code = runCLI(t, "workspace {\n  model {\n    group \"G\"\n  }\n}\n", "c4", "check")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "stdin:3:5: expected: group <name> {")

	_, stderr, code = runCLI(t, "", "c4", "check", filepath.Join(dir, "missing.dsl"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "missing.dsl")
}
