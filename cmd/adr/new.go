package main

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// The records adr-tools writes: the first one, made by "adr init", and the
// template for every other.
var (
	//go:embed help/init.md
	initTemplate string
	//go:embed help/template.md
	defaultTemplate string
)

// init is "adr init [DIRECTORY]": it records DIRECTORY in .adr-dir (when
// given) and writes the first record there, without starting an editor.
func (t *tool) init(args []string) error {
	dir := ""
	if len(args) > 0 {
		dir = args[0]
	}
	// adr-tools tests the directory unquoted: [ ! -z $1 ].
	w := words(dir)
	t.unquotedTest(t.script("adr-init")+": line 15", w)
	if len(w) == 1 {
		if err := t.mkdir([]string{dir}); err != nil {
			return err
		}
		if err := os.WriteFile(".adr-dir", []byte(dir+"\n"), 0o666); err != nil {
			fmt.Fprintf(t.stderr, "%s: line 18: .adr-dir: %s\n", t.script("adr-init"), errText(err))
			return exitError(1)
		}
	}
	return t.create([]string{"record-architecture-decisions"}, true)
}

// unquotedTest reports what bash says of [ -z $VAR ] when VAR splits into
// more than one word (the test then fails).
func (t *tool) unquotedTest(where string, w []string) {
	switch {
	case len(w) == 2:
		fmt.Fprintf(t.stderr, "%s: [: %s: binary operator expected\n", where, w[0])
	case len(w) > 2:
		fmt.Fprintf(t.stderr, "%s: [: too many arguments\n", where)
	}
}

// new is "adr new".
func (t *tool) new(args []string) error { return t.create(args, false) }

// create writes a new numbered record from the template, adds the links that
// -s and -l ask for, opens it in the editor (not for init) and prints its
// path.
func (t *tool) create(args []string, initial bool) error {
	opts, rest, ok := getopts(t.stderr, t.script("adr-new"), "s:l:", args)
	if !ok {
		fmt.Fprintln(t.stderr, "Not implemented: ?")
		return exitError(1)
	}
	dstdir := t.adrDir()
	template := defaultTemplate
	switch custom := t.getenv("ADR_TEMPLATE"); {
	case initial:
		template = initTemplate
	case len(words(custom)) > 0:
		t.unquotedTest(t.script("adr-new")+": line 77", words(custom))
		template = t.cat(words(custom))
	default:
		if fi, err := os.Stat(dstdir + "/templates/template.md"); err == nil && fi.Mode().IsRegular() {
			template = t.cat([]string{dstdir + "/templates/template.md"})
		}
	}
	title := strings.Join(rest, " ")
	if title == "" {
		fmt.Fprintln(t.stdout, "ERROR: no title given")
		return exitError(1)
	}
	number := nextNumber(dstdir)
	dstfile := fmt.Sprintf("%s/%04d-%s.md", dstdir, number, slug(t.stderr, title))
	date := t.getenv("ADR_DATE")
	if date == "" {
		date = time.Now().Format(time.DateOnly)
	}
	if err := t.mkdir(words(dstdir)); err != nil { // unquoted in adr-tools
		return err
	}
	var subs []*substitution
	for i, kv := range [][2]string{{"NUMBER", strconv.FormatInt(number, 10)}, {"TITLE", title}, {"DATE", date}, {"STATUS", "Accepted"}} {
		s, err := compileSubstitution(i+1, kv[0], kv[1])
		if err != nil {
			_ = os.WriteFile(dstfile, nil, 0o666)
			fmt.Fprintln(t.stderr, err)
			return exitError(1)
		}
		subs = append(subs, s)
	}
	if err := os.WriteFile(dstfile, []byte(sed(template, subs)), 0o666); err != nil {
		fmt.Fprintf(t.stderr, "%s: line 109: %s: %s\n", t.script("adr-new"), dstfile, errText(err))
		return exitError(1)
	}
	for _, o := range opts {
		if o.name != 's' {
			continue
		}
		if err := t.addLink(o.arg, "Superceded by", dstfile); err != nil {
			return err
		}
		if err := t.removeStatus("Accepted", o.arg); err != nil {
			return err
		}
		if err := t.addLink(dstfile, "Supercedes", o.arg); err != nil {
			return err
		}
	}
	for _, o := range opts {
		if o.name != 'l' {
			continue
		}
		target, forward, reverse := cutField(o.arg, 1), cutField(o.arg, 2), cutField(o.arg, 3)
		if err := t.addLink(dstfile, forward, target); err != nil {
			return err
		}
		if err := t.addLink(target, reverse, dstfile); err != nil {
			return err
		}
	}
	if !initial {
		if err := t.edit(dstfile); err != nil {
			return err
		}
	}
	fmt.Fprint(t.stdout, echo(words(dstfile)))
	return nil
}

// cat concatenates files, reporting the ones it cannot read as cat(1) does.
func (t *tool) cat(files []string) string {
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintf(t.stderr, "cat: %s: %s\n", f, errText(err))
			continue
		}
		b.Write(data)
	}
	return b.String()
}

// edit runs $VISUAL, else $EDITOR, on the new record, split into words the
// way the unquoted shell expansion splits it.
func (t *tool) edit(file string) error {
	editor := t.getenv("VISUAL")
	if editor == "" {
		editor = t.getenv("EDITOR")
	}
	argv := append(words(editor), words(file)...)
	if editor == "" || argv[0] == "true" || argv[0] == ":" { // bash builtins that do nothing
		return nil
	}
	where := t.script("adr-new") + ": line 132"
	if done, err := t.builtin(where, argv); done {
		return err
	}
	return t.command(where, argv, t.stdin)
}

// command runs argv as bash runs a command line of an adr-tools script
// (where names the script and line in bash's messages), with the given
// standard input, and returns its exit status as an error.
func (t *tool) command(where string, argv []string, stdin io.Reader) error {
	path, err := exec.LookPath(argv[0])
	if err != nil {
		fmt.Fprintf(t.stderr, "%s: %s: command not found\n", where, argv[0])
		return exitError(127)
	}
	cmd := exec.Command(path, argv[1:]...)
	cmd.Args[0] = argv[0]
	cmd.Stdin, cmd.Stdout, cmd.Stderr = stdin, t.stdout, t.stderr
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exitError(max(exit.ExitCode(), 1))
		}
		fmt.Fprintf(t.stderr, "%s: %s: %s\n", where, argv[0], errText(err))
		return exitError(126)
	}
	return nil
}

// nextNumber is one more than the highest number that starts a name in dir
// (1 when there is none or dir does not exist), computed as adr-tools does:
// "sort -rn" picks the highest digit string exactly, and bash's 64-bit
// arithmetic then adds one, wrapping around past the largest int64.
func nextNumber(dir string) int64 {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 1
	}
	highest := "" // digits without leading zeros
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		end := 0
		for end < len(name) && name[end] >= '0' && name[end] <= '9' {
			end++
		}
		n := strings.TrimLeft(name[:end], "0")
		if len(n) > len(highest) || len(n) == len(highest) && n > highest {
			highest = n
		}
	}
	var n uint64
	for i := 0; i < len(highest); i++ {
		n = n*10 + uint64(highest[i]-'0')
	}
	return int64(n + 1)
}

// slug turns a title into the part of a file name adr-tools makes of it,
// with "tr -Ccs [:alnum:] - | tr [:upper:] [:lower:]" and a sed that trims
// dashes: every run of bytes other than ASCII letters and digits becomes
// one "-", letters are lower-cased and dashes at either end dropped.
// adr-tools leaves the title and tr's character classes unquoted, so a word
// of the title that matches files in the working directory is replaced by
// their names, and a one-letter file named with a letter of a class's name
// (a directory "a", say) takes the place of the class. tr's complaints go
// to w.
func slug(w io.Writer, title string) string {
	text := echo(append([]string{"-n"}, words(title)...))
	keep := isAlnum
	switch g := glob("[:alnum:]"); {
	case len(g) > 1:
		trExtra(w, "-")
		return ""
	case g[0] != "[:alnum:]":
		keep = func(c byte) bool { return strings.IndexByte(g[0], c) >= 0 }
	}
	b := make([]byte, 0, len(text))
	for i := 0; i < len(text); i++ {
		c := text[i]
		if !keep(c) {
			if len(b) > 0 && b[len(b)-1] == '-' {
				continue
			}
			c = '-'
		}
		b = append(b, c)
	}
	ops := append(glob("[:upper:]"), glob("[:lower:]")...)
	switch from, to := ops[0], ops[1]; {
	case len(ops) > 2:
		trExtra(w, ops[2])
		return ""
	case from == "[:upper:]" && to == "[:lower:]":
		for i, c := range b {
			b[i] = lower(c)
		}
	case to == "[:lower:]":
		fmt.Fprintln(w, "tr: misaligned [:upper:] and/or [:lower:] construct")
		return ""
	default: // single letters stand for a class: map one set onto the other
		for i, c := range b {
			if from == "[:upper:]" && 'A' <= c && c <= 'Z' || c == from[0] {
				b[i] = to[0]
			}
		}
	}
	start, end := 0, len(b)
	for start < end && !isAlnum(b[start]) {
		start++
	}
	for end > start && !isAlnum(b[end-1]) {
		end--
	}
	return string(b[start:end])
}

// trExtra is tr's complaint about a surplus operand.
func trExtra(w io.Writer, operand string) {
	fmt.Fprintf(w, "tr: extra operand '%s'\nTry 'tr --help' for more information.\n", operand)
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// cutField is "echo $s | cut -d : -f n": the n-th colon-separated field, or
// the whole text when it has no colon.
func cutField(s string, n int) string {
	var out []string
	text, _ := lines(echo(words(s)))
	for _, line := range text {
		fields := strings.Split(line, ":")
		switch {
		case len(fields) == 1:
			out = append(out, line)
		case n <= len(fields):
			out = append(out, fields[n-1])
		default:
			out = append(out, "")
		}
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n")
}

// errText is the system's wording for err, as the Unix tools print it.
func errText(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	s := err.Error()
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
