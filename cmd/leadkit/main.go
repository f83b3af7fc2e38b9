// Command leadkit runs leadkit's checks and tools from the command line.
//
// Usage:
//
//	leadkit <command> [flags] [FILE|-]
//
// Input comes from FILE or, when FILE is absent or "-", from standard input.
// Tabular input is CSV with a header row or JSON, chosen by the file's
// extension or by -in csv|json. Output is chosen with -format text|json and,
// where it makes sense, markdown.
//
// Exit status: 0 when all is well, 1 when the input has Error findings, 2 for
// bad usage or unreadable input (the message names the file, line and
// column).
//
// Run "leadkit help" for the list of commands and "leadkit <command> -h" for a
// command's flags.
package main

import (
	"fmt"
	"io"
	"os"
	"slices"
)

// Exit statuses shared by every command.
const (
	exitOK       = 0 // nothing at Error severity
	exitFindings = 1 // the input has Error findings
	exitUsage    = 2 // bad usage or unreadable input
)

// command is one subcommand. Each lives in a file of its own and adds itself
// to the table with register.
type command struct {
	name    string // as typed: "triage", "c4"
	summary string // one line for "leadkit help"
	run     func(e *env, args []string) int
}

var commands = map[string]*command{}

// register adds c to the command table; it is called from init functions.
func register(c *command) {
	if _, dup := commands[c.name]; dup {
		panic("leadkit: command registered twice: " + c.name) // a programming error caught by any test run
	}
	commands[c.name] = c
}

// env is what a command may touch: its standard streams. Tests run commands
// against buffers.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func main() {
	os.Exit(run(os.Args[1:], &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}))
}

// run dispatches args to a command and returns the exit status.
func run(args []string, e *env) int {
	if len(args) == 0 {
		usage(e.stderr)
		return exitUsage
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				return c.run(e, []string{"-h"})
			}
			fmt.Fprintf(e.stderr, "leadkit: unknown command %q\n", args[1])
			usage(e.stderr)
			return exitUsage
		}
		usage(e.stdout)
		return exitOK
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "leadkit: unknown command %q\n", args[0])
		usage(e.stderr)
		return exitUsage
	}
	return c.run(e, args[1:])
}

func usage(w io.Writer) {
	fmt.Fprint(w, "Usage: leadkit <command> [flags] [FILE|-]\n\nCommands:\n")
	names := make([]string, 0, len(commands))
	for name := range commands {
		names = append(names, name)
	}
	slices.Sort(names)
	width := 0
	for _, n := range names {
		width = max(width, len(n))
	}
	for _, n := range names {
		fmt.Fprintf(w, "  %-*s  %s\n", width, n, commands[n].summary)
	}
	fmt.Fprint(w, "\nRun \"leadkit <command> -h\" for a command's flags.\n")
	fmt.Fprint(w, "Exit status: 0 fine, 1 Error findings, 2 usage or unreadable input.\n")
}
