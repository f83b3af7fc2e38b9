package main

import (
	"fmt"
	"io"
	"os"
	"path"
	"regexp"
	"strconv"
	"strings"
)

// generators are the reports of "adr generate", in the order adr-tools
// lists them.
var generators = map[string]func(t *tool, args []string) error{
	"graph": (*tool).graph,
	"toc":   (*tool).toc,
}

// generate is "adr generate [REPORT [OPTION ...]]".
func (t *tool) generate(args []string) error {
	if len(words(strings.Join(args[:min(len(args), 1)], ""))) == 0 {
		fmt.Fprint(t.stdout, "graph\ntoc\n")
		return nil
	}
	run, ok := generators[args[0]]
	if !ok {
		fmt.Fprintf(t.stderr, "%s: line 34: %s/_adr_generate_%s: No such file or directory\n", t.script("adr-generate"), t.binDir, args[0])
		return exitError(127)
	}
	return run(t, args[1:])
}

// recordWords is "$(adr-list)" expanded unquoted, as the generators loop
// over it.
func (t *tool) recordWords() []string {
	paths, _ := t.adrList()
	return words(strings.Join(paths, "\n"))
}

// toc is "adr generate toc [-i INTRO] [-o OUTRO] [-p LINK_PREFIX]".
func (t *tool) toc(args []string) error {
	out, ok := getopt(t.stderr, "i:o:p:", words(strings.Join(args, " ")))
	if !ok {
		return exitError(1)
	}
	// getopt prints its words unquoted, and "set -- $args" splits them again.
	parsed := words(strings.Join(out, " "))
	var intro, outro, prefix string
	// adr-tools walks its arguments with "for arg" while shifting them, so
	// each option reads the word two places after the previous option's.
	params := parsed
	for _, arg := range parsed {
		get := func() string {
			if len(params) > 1 {
				return params[1]
			}
			return ""
		}
		switch arg {
		case "-i", "-o", "-p":
			v := get()
			if len(params) < 2 {
				return exitError(1) // shift 2 fails under set -e
			}
			params = params[2:]
			switch arg {
			case "-i":
				intro = v
			case "-o":
				outro = v
			default:
				prefix = v
			}
			continue
		case "--":
			if len(params) == 0 {
				return exitError(1)
			}
			params = params[1:]
		default:
			continue
		}
		break
	}
	fmt.Fprint(t.stdout, "# Architecture Decision Records\n\n")
	if len(words(intro)) > 0 {
		if err := t.catFile(intro); err != nil {
			return err
		}
		fmt.Fprintln(t.stdout)
	}
	for _, f := range t.recordWords() {
		fmt.Fprintf(t.stdout, "* [%s](%s%s)\n", t.adrTitle(f), prefix, path.Base(f))
	}
	if len(words(outro)) > 0 {
		fmt.Fprintln(t.stdout)
		return t.catFile(outro)
	}
	return nil
}

// catFile copies a file to standard output, failing as cat(1) does.
func (t *tool) catFile(name string) error {
	data, err := os.ReadFile(name)
	if err != nil {
		fmt.Fprintf(t.stderr, "cat: %s: %s\n", name, errText(err))
		return exitError(1)
	}
	_, err = t.stdout.Write(data)
	return err
}

// graph is "adr generate graph [-p LINK_PREFIX] [-e LINK-EXTENSION]".
func (t *tool) graph(args []string) error {
	opts, _, ok := getopts(t.stderr, t.script("_adr_generate_graph"), "e:p:", args)
	if !ok {
		fmt.Fprintln(t.stderr, "Not implemented: ?")
		return exitError(1)
	}
	prefix, ext := "", ".html"
	for _, o := range opts {
		if o.name == 'e' {
			ext = o.arg
		} else {
			prefix = o.arg
		}
	}
	script := t.script("_adr_generate_graph")
	fmt.Fprint(t.stdout, "digraph {\n  node [shape=plaintext];\n  subgraph {\n")
	files := t.recordWords()
	for _, f := range files {
		n := index(f)
		fmt.Fprintf(t.stdout, "    _%s [label=\"%s\"; URL=\"%s%s%s\"];\n", n, t.adrTitle(f), prefix, basename(f, ".md"), ext)
		num, err := strconv.ParseInt(n, 10, 64)
		switch {
		case n == "":
			fmt.Fprintf(t.stderr, "%s: line 67: [: -gt: unary operator expected\n", script)
		case err != nil:
			fmt.Fprintf(t.stderr, "%s: line 67: [: %s: integer expression expected\n", script, n)
		case num > 1:
			fmt.Fprintf(t.stdout, "    _%d -> _%s [style=\"dotted\", weight=1];\n", num-1, n)
		}
	}
	fmt.Fprint(t.stdout, "  }\n")
	for _, f := range files {
		n := index(f)
		for _, l := range t.statusLinks(f) {
			fmt.Fprintf(t.stdout, "  _%s -> _%s [label=\"%s\", weight=0]\n", n, l.target, l.label)
		}
	}
	fmt.Fprint(t.stdout, "}\n")
	return nil
}

// index is the record number in a file name without leading zeros.
func index(f string) string {
	base := path.Base(f)
	if i := strings.IndexByte(base, '-'); i >= 0 {
		base = base[:i]
	}
	return strings.TrimLeft(base, "0")
}

// basename is basename(1) with a suffix to remove.
func basename(f, suffix string) string {
	b := path.Base(f)
	if b != suffix && strings.HasSuffix(b, suffix) {
		b = strings.TrimSuffix(b, suffix)
	}
	return b
}

// basenameCmd is "basename $VAR": the operands are the words of an
// unquoted expansion, so a path with spaces (or adr-tools' message about a
// missing directory) gives basename a suffix to strip or too many
// operands. Its complaints go to w.
func basenameCmd(w io.Writer, args []string) string {
	switch len(args) {
	case 0:
		fmt.Fprint(w, "basename: missing operand\nTry 'basename --help' for more information.\n")
		return ""
	case 1:
		return path.Base(args[0])
	case 2:
		return basename(args[0], args[1])
	}
	fmt.Fprintf(w, "basename: extra operand '%s'\nTry 'basename --help' for more information.\n", args[2])
	return ""
}

// statusLink is a link line of a Status section as adr-tools' _adr_links
// reads it from "LABEL [TITLE](0*TARGET…)": the label takes along whatever
// followed the last ")".
type statusLink struct {
	target, label string
}

var statusLinkLine = regexp.MustCompile(`^(.+) \[.*\]\(0*([1-9][0-9]*).*\)`)

// statusLinks reads the link lines of a record's Status section: the
// non-blank lines from "## Status" up to the next heading.
func (t *tool) statusLinks(ref string) []statusLink {
	file := t.adrFile(ref)
	data, err := os.ReadFile(file)
	if err != nil {
		awkOpenError(t.stderr, file)
		return nil
	}
	var out []statusLink
	ls, _ := lines(string(data))
	in := false
	for _, l := range ls {
		switch {
		case strings.HasPrefix(l, "## Status"):
			in = true
			continue
		case in && strings.HasPrefix(l, "#"):
			in = false
		}
		if !in || isBlank(l) {
			continue
		}
		// The range ends on a heading; a later "## Status" starts it again.
		if m := statusLinkLine.FindStringSubmatchIndex(l); m != nil {
			label := l[m[2]:m[3]] + l[m[1]:]
			if strings.HasSuffix(label, " by") {
				continue // the graph draws each link from the side that does not say "by"
			}
			out = append(out, statusLink{target: l[m[4]:m[5]], label: label})
		}
	}
	return out
}

// upgrade is "adr upgrade-repository": dates written dd/mm/yyyy become ISO
// 8601.
func (t *tool) upgrade([]string) error {
	for _, f := range t.recordWords() {
		data, err := os.ReadFile(f)
		if err != nil {
			_ = os.WriteFile(f+".upgraded", nil, 0o666)
			if fi, serr := os.Stat(f); serr == nil && fi.IsDir() {
				fmt.Fprintf(t.stderr, "sed: read error on %s: Is a directory\n", f)
				return exitError(4)
			}
			fmt.Fprintf(t.stderr, "sed: can't read %s: %s\n", f, errText(err))
			return exitError(2)
		}
		ls, ragged := lines(string(data))
		var b strings.Builder
		for i, l := range ls {
			if m := oldDate.FindStringSubmatchIndex(l); m != nil {
				l = l[:m[0]] + "Date: " + l[m[6]:m[7]] + "-" + l[m[4]:m[5]] + "-" + l[m[2]:m[3]] + l[m[1]:]
			}
			b.WriteString(l)
			if i < len(ls)-1 || !ragged {
				b.WriteByte('\n')
			}
		}
		if err := os.WriteFile(f+".upgraded", []byte(b.String()), 0o666); err != nil {
			return exitError(1)
		}
		if err := os.Rename(f+".upgraded", f); err != nil {
			return exitError(1)
		}
	}
	return nil
}

var oldDate = regexp.MustCompile(`Date: ([0-9]{2})/([0-9]{2})/([0-9]{4})`)
