package growth_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/growth"
)

// TestCodesDocumented checks that every finding code in the source is in
// the package doc's table, and every code in the table is well formed.
func TestCodesDocumented(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	documented := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^//\t(growth\.[a-z0-9_.]+)\s`).FindAllStringSubmatch(string(doc), -1) {
		assert.True(t, leadkit.ValidCode(m[1]), m[1])
		documented[m[1]] = true
	}
	require.NotEmpty(t, documented)
	for _, trap := range growth.TrapChecklist() {
		assert.True(t, documented["growth.trap."+trap.Trap.String()], trap.Trap)
	}

	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	literal := regexp.MustCompile(`"(growth\.[a-z0-9_.]+)"`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, m := range literal.FindAllStringSubmatch(string(src), -1) {
			if leadkit.ValidCode(m[1]) {
				assert.True(t, documented[m[1]], "%s: %s is not in the doc's table", f, m[1])
			}
		}
	}
}
