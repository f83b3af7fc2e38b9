package main

import (
	"embed"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
)

// adr-tools prints a command's help from the "##" comments of its script,
// or from a help script when there is one (only "new" has). The help/*.txt
// files hold those texts exactly as adr-tools prints them.
//
//go:embed help/*.txt
var helpFiles embed.FS

// scripts are the executables adr-tools installs, which its help looks up by
// name: adr-NAME for commands, _adr_NAME for helpers and subcommands.
var scripts = []string{
	"adr", "adr-config", "adr-generate", "adr-help", "adr-init", "adr-link", "adr-list", "adr-new",
	"adr-upgrade-repository", "_adr_add_link", "_adr_autocomplete", "_adr_commands", "_adr_dir", "_adr_file",
	"_adr_generate_graph", "_adr_generate_toc", "_adr_help", "_adr_help_new", "_adr_links",
	"_adr_remove_status", "_adr_status", "_adr_title",
}

func isScript(name string) bool { return slices.Contains(scripts, name) }

// help is "adr help [COMMAND [SUBCOMMAND...]]", shown through $ADR_PAGER,
// $PAGER or more.
func (t *tool) help(args []string) error {
	text := t.helpText(args)
	pager := t.getenv("ADR_PAGER")
	if pager == "" {
		pager = t.getenv("PAGER")
	}
	if pager == "" {
		pager = "more"
	}
	argv := words(pager)
	if len(argv) == 0 || len(argv) == 1 && (argv[0] == "more" || argv[0] == "cat") {
		// more copies its input unchanged when its output is not a terminal.
		_, err := fmt.Fprint(t.stdout, text)
		return err
	}
	return t.command(t.script("adr-help")+": line 16", argv, strings.NewReader(text))
}

// expandHeredoc expands the one variable and the one command substitution
// in the unquoted here-document of adr-tools' help for "new". The backquoted
// `templates/template.md` there runs as a command, which fails, so the
// sentence loses its file name and bash complains.
func (t *tool) expandHeredoc(script, text string) string {
	const cmd = "templates/template.md"
	if strings.Contains(text, "`"+cmd+"`") {
		out := ""
		fi, err := os.Stat(cmd)
		switch {
		case err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0:
			// an executable file there runs, and its output takes the place
			run := exec.Command("./" + cmd)
			run.Stdin, run.Stderr = t.stdin, t.stderr
			result, _ := run.Output()
			out = strings.TrimRight(string(result), "\n")
		case err == nil && fi.IsDir():
			fmt.Fprintf(t.stderr, "%s: line 5: %s: Is a directory\n", script, cmd)
		case err == nil:
			fmt.Fprintf(t.stderr, "%s: line 5: %s: Permission denied\n", script, cmd)
		default:
			fmt.Fprintf(t.stderr, "%s: line 5: %s: No such file or directory\n", script, cmd)
		}
		text = strings.ReplaceAll(text, "`"+cmd+"`", out)
	}
	return strings.ReplaceAll(text, "${adr_template_dir}", t.binDir)
}

// helpText is what adr-tools' _adr_help prints for args.
func (t *tool) helpText(args []string) string {
	var cmd string
	switch len(args) {
	case 0:
	case 1:
		cmd = "adr-" + args[0]
	default:
		cmd = "_adr_" + strings.Join(args, "_")
	}
	helper := "_adr_help_" + strings.Join(args, "_")
	if len(args) == 0 || args[0] == "" || !isScript(cmd) && !isScript(helper) {
		var b strings.Builder
		b.WriteString("usage: adr help COMMAND [ARG] ...\nCOMMAND is one of: \n")
		for _, s := range scripts {
			if name, ok := strings.CutPrefix(s, "adr-"); ok {
				b.WriteString("  " + name + "\n")
			}
		}
		b.WriteString("Run 'adr help COMMAND' for help on a specific command.\n")
		return b.String()
	}
	var b strings.Builder
	if isScript(helper) {
		text, _ := helpFiles.ReadFile("help/" + helper + ".txt")
		b.WriteString(t.expandHeredoc(t.script(helper), string(text)))
	} else if !strings.HasPrefix(cmd, "_adr_help_") { // a help script has no "##" lines
		text, _ := helpFiles.ReadFile("help/" + cmd + ".txt") // absent for scripts without "##" lines
		b.Write(text)
	}
	var subs []string
	for _, s := range scripts {
		if name, ok := strings.CutPrefix(s, "_adr_"+args[0]+"_"); ok {
			subs = append(subs, name)
		}
	}
	if len(subs) > 0 {
		b.WriteString("\nSubcommands:\n")
		for _, s := range subs {
			fmt.Fprintf(&b, "  adr %s %s\n", args[0], s)
		}
	}
	return b.String()
}
