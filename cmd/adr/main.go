// Command adr is a drop-in replacement for the adr command of adr-tools
// (npryce/adr-tools, release 3.0.0): it creates, links and supersedes
// architecture decision records in Michael Nygard's format and generates a
// table of contents and a Graphviz graph of them.
//
// Usage:
//
//	adr init [DIRECTORY]
//	adr new [-s SUPERCEDED]... [-l TARGET:LINK:REVERSE-LINK]... TITLE_TEXT...
//	adr link SOURCE LINK TARGET REVERSE-LINK
//	adr list
//	adr generate toc [-i INTRO] [-o OUTRO] [-p LINK_PREFIX]
//	adr generate graph [-p LINK_PREFIX] [-e LINK-EXTENSION]
//	adr config
//	adr upgrade-repository
//	adr help [COMMAND [SUBCOMMAND...]]
//
// Existing scripts depend on adr-tools' exact output, so this command keeps
// its behaviour byte for byte, quirks included: the misspelt "Supercedes" and
// "Superceded by" links, references resolved by the first listed file that
// matches a grep pattern, link titles taken from the first line of a file,
// messages and exit statuses. The decision directory is named by a .adr-dir
// file or is doc/adr, searched for in the working directory and its parents;
// ADR_DATE overrides today's date; VISUAL, else EDITOR, is run on each new
// record; <dir>/templates/template.md replaces the built-in template.
//
// For a typed model of decision records, and checks that adr-tools never
// made, use the architecture/adr package or "leadkit adr lint".
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

func main() {
	t := &tool{
		stdin:  os.Stdin,
		stdout: os.Stdout,
		stderr: os.Stderr,
		getenv: os.Getenv,
		binDir: binDir(os.Args[0]),
	}
	os.Exit(t.main(os.Args[1:]))
}

// tool is one run of the command: its streams, environment and the directory
// it was started from, which adr-tools reports as its installation.
type tool struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	binDir         string
}

// exitError ends a run with a status, after its message (if any) has been
// printed where adr-tools prints it.
type exitError int

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

// status converts the outcome of a subcommand into an exit status.
func status(err error) int {
	var e exitError
	if errors.As(err, &e) {
		return int(e)
	}
	if err != nil {
		return 1
	}
	return 0
}

// commands are the subcommands adr-tools installs as adr-NAME scripts.
var commands = map[string]func(t *tool, args []string) error{
	"config":             (*tool).config,
	"generate":           (*tool).generate,
	"help":               (*tool).help,
	"init":               (*tool).init,
	"link":               (*tool).link,
	"list":               (*tool).list,
	"new":                (*tool).new,
	"upgrade-repository": (*tool).upgrade,
}

// main dispatches to a subcommand; an unknown or missing one lists the
// commands and fails, as adr-tools does.
func (t *tool) main(args []string) int {
	if len(args) > 0 {
		if run, ok := commands[t.commandName(args[0])]; ok {
			return status(run(t, args[1:]))
		}
	}
	_ = t.help(nil)
	return 1
}

// commandName is the command that adr-tools' dispatcher runs for name, or
// "" for none. It tests "[ -x $cmd ]" with cmd=$adr_bin_dir/adr-NAME
// unquoted, so the name is split into words and each word is a pathname
// pattern over the installed scripts: "n*" runs new, and a name of several
// words makes [ complain, which leaves no command.
func (t *tool) commandName(name string) string {
	var w []string
	for i, f := range strings.FieldsFunc("adr-"+name, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' }) {
		if i == 0 && strings.HasPrefix(f, "adr-") {
			w = append(w, scriptGlob(f)...)
		} else {
			w = append(w, glob(f)...) // relative to the working directory
		}
	}
	where := t.script("adr") + ": line 7: [: "
	switch {
	case len(w) == 2:
		fmt.Fprintf(t.stderr, "%s%s: binary operator expected\n", where, t.script(w[0]))
		return ""
	case len(w) > 2:
		fmt.Fprintf(t.stderr, "%stoo many arguments\n", where)
		return ""
	case len(w) == 1 && strings.HasPrefix(w[0], "adr-"):
		return w[0][len("adr-"):]
	}
	return ""
}

// scriptGlob expands a word of the dispatcher's command path against the
// scripts adr-tools installs, in whose directory the first word names a file.
func scriptGlob(w string) []string {
	if !strings.ContainsAny(w, "*?[") {
		return []string{w}
	}
	var out []string
	for _, s := range scripts {
		if ok, err := path.Match(w, s); err == nil && ok {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return []string{w}
	}
	slices.Sort(out)
	return out
}

// script names the adr-tools script a message comes from, the way bash
// names it in its own messages ($0).
func (t *tool) script(name string) string { return t.binDir + "/" + name }

// config prints the configuration adr-tools' adr-config prints.
func (t *tool) config([]string) error {
	fmt.Fprintf(t.stdout, "adr_bin_dir=\"%s\"\nadr_template_dir=\"%s\"\n", t.binDir, t.binDir)
	return nil
}

// binDir is the directory of the running command as the caller named it,
// without resolving symbolic links: adr-tools prints it in its help for
// "new" and in "adr config".
func binDir(arg0 string) string {
	path := arg0
	if !strings.Contains(arg0, "/") {
		if found, err := exec.LookPath(arg0); err == nil {
			path = found
		} else if exe, err := os.Executable(); err == nil {
			path = exe
		}
	}
	dir := filepath.Dir(path)
	if !filepath.IsAbs(dir) {
		if wd, err := os.Getwd(); err == nil {
			dir = filepath.Join(wd, dir)
		}
	}
	return filepath.Clean(dir)
}
