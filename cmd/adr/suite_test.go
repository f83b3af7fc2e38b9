package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit/internal/fixtures"
)

// builtDir holds the command built once for the suites; TestMain removes it.
var builtDir string

func TestMain(m *testing.M) {
	code := m.Run()
	if builtDir != "" {
		os.RemoveAll(builtDir)
	}
	os.Exit(code)
}

// build compiles this command once into a fresh directory.
var build = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "adr-bin-")
	if err != nil {
		return "", err
	}
	builtDir = dir
	out, err := exec.Command("go", "build", "-o", filepath.Join(dir, "adr"), ".").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return dir, nil
})

// buildAdr returns the directory holding the built command, as the
// acceptance suites want it, or skips without /bin/sh.
func buildAdr(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat("/bin/sh"); err != nil {
		t.Skip("adr acceptance suite: /bin/sh is absent; skipping")
	}
	dir, err := build()
	require.NoError(t, err)
	return dir
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
	t.Parallel()
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
	t.Parallel()
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
