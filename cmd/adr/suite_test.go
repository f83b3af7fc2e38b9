package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit/internal/fixtures"
)

// buildAdr compiles this command into a fresh directory and returns the
// directory, as the acceptance suites want it.
func buildAdr(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat("/bin/sh"); err != nil {
		t.Skip("adr acceptance suite: /bin/sh is absent; skipping")
	}
	bin := t.TempDir()
	out, err := exec.Command("go", "build", "-o", filepath.Join(bin, "adr"), ".").CombinedOutput()
	require.NoError(t, err, "go build: %s", out)
	return bin
}

// runSuite runs the suite runner of the adr-tools fixtures over testsDir and
// fails with its report unless every test passes.
func runSuite(t *testing.T, bin, testsDir string) {
	t.Helper()
	runner := filepath.Join(fixtures.Dir(t, "adr-tools"), "run-suite.sh")
	// Read every test so that go test's cache notices when one changes: the
	// runner reads them in another process, which the cache cannot see.
	entries, err := os.ReadDir(testsDir)
	require.NoError(t, err)
	for _, e := range entries {
		_, err := os.ReadFile(filepath.Join(testsDir, e.Name()))
		require.NoError(t, err)
	}
	cmd := exec.Command("/bin/sh", runner, bin, testsDir)
	out, err := cmd.CombinedOutput()
	report := string(out)
	assert.NoError(t, err, "suite report:\n%s", report)
	assert.Contains(t, report, " passed, 0 failed")
	assert.NotContains(t, report, "FAIL ")
}

// TestAcceptanceSuite runs adr-tools' recorded acceptance suite (the
// fixtures' tests folder) against this command: every test must produce
// exactly the output adr-tools produced.
func TestAcceptanceSuite(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and runs shell scripts")
	}
	dir := fixtures.Dir(t, "adr-tools")
	bin := buildAdr(t)
	runSuite(t, bin, filepath.Join(dir, "tests"))
}

// TestMoreScenarios runs our own scenarios, whose expected output was
// recorded from adr-tools 3.0.0 the way the fixtures' suite was: quirks of
// titles, templates, links, dates, errors and help.
func TestMoreScenarios(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and runs shell scripts")
	}
	fixtures.Dir(t, "adr-tools") // the runner lives there
	bin := buildAdr(t)
	tests, err := filepath.Abs(filepath.Join("testdata", "scenarios"))
	require.NoError(t, err)
	runSuite(t, bin, tests)
}

// TestUnknownCommandListsCommands checks the exit status and listing of an
// unknown command without the shell.
func TestUnknownCommandListsCommands(t *testing.T) {
	var out, errOut strings.Builder
	tl := &tool{stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }, binDir: "/opt/adr"}
	assert.Equal(t, 1, tl.main([]string{"nosuch"}))
	assert.Contains(t, out.String(), "usage: adr help COMMAND [ARG] ...\n")
	for _, c := range []string{"config", "generate", "help", "init", "link", "list", "new", "upgrade-repository"} {
		assert.Contains(t, out.String(), "\n  "+c+"\n")
	}
	assert.Empty(t, errOut.String())
}
