package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// runCLI runs the command line args with stdin and returns what it printed
// and its exit status.
func runCLI(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut})
	return out.String(), errOut.String(), code
}

func TestUsage(t *testing.T) {
	_, stderr, code := runCLI(t, "")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "Usage: leadkit")

	stdout, _, code := runCLI(t, "", "help")
	assert.Equal(t, exitOK, code)
	for name := range commands {
		assert.Contains(t, stdout, "  "+name+" ", "help lists every command")
	}

	_, stderr, code = runCLI(t, "", "no-such-command")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `unknown command "no-such-command"`)

	stdout, stderr, code = runCLI(t, "", "help", "no-such-command")
	assert.Equal(t, exitUsage, code, "help for a command that does not exist is a usage error")
	assert.Contains(t, stderr, `unknown command "no-such-command"`)
	assert.Empty(t, stdout)

	_, stderr, code = runCLI(t, "", "help", "triage")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, stderr, "Usage: leadkit triage")
}

func TestEveryCommandHasHelp(t *testing.T) {
	for name := range commands {
		t.Run(name, func(t *testing.T) {
			_, stderr, code := runCLI(t, "", name, "-h")
			assert.Equal(t, exitOK, code)
			assert.Contains(t, stderr, "Usage: leadkit "+name)
		})
	}
}
