package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// adrDir finds the decision directory as adr-tools' _adr_dir does: in the
// working directory and then each parent, a .adr-dir file names it
// (relative to where the file is) and a doc/adr directory is it; with
// neither anywhere it is doc/adr. The path is relative to the working
// directory ("../../doc/adr" from two levels down).
func (t *tool) adrDir() string {
	wd, err := os.Getwd()
	if err != nil {
		return "doc/adr"
	}
	dir, err := filepath.EvalSymlinks(wd)
	if err != nil || dir == "/" {
		return "doc/adr"
	}
	rel := "."
	for {
		if fi, err := os.Stat(filepath.Join(dir, ".adr-dir")); err == nil && fi.Mode().IsRegular() {
			content, _ := os.ReadFile(filepath.Join(dir, ".adr-dir"))
			first := ""
			if w := words(string(content)); len(w) > 0 {
				first = w[0] // the file is read unquoted: only its first word counts
			}
			return mkrel(rel, first)
		}
		if fi, err := os.Stat(filepath.Join(dir, "doc", "adr")); err == nil && fi.IsDir() {
			return mkrel(rel, "doc/adr")
		}
		if dir == "/" {
			return "doc/adr"
		}
		rel += "/.."
		dir = filepath.Dir(dir)
	}
}

// mkrel joins rel and name and drops a leading "./", as _adr_dir's mkrel
// does. It echoes the result unquoted, so runs of spaces collapse, patterns
// expand and a name such as "-n" is an option to echo.
func mkrel(rel, name string) string {
	return strings.TrimRight(echo(words(strings.TrimPrefix(rel+"/"+name, "./"))), "\n")
}

// adrList is "adr list": the paths of the records in the decision
// directory, sorted bytewise. When the directory does not exist it returns
// adr-tools' message as the only line, and ok false; callers that read the
// list through a pipe see that line as data, as adr-tools' helpers do.
func (t *tool) adrList() (paths []string, ok bool) {
	dir := t.adrDir()
	if dir == "" {
		return nil, true
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return []string{fmt.Sprintf("The %s directory does not exist", dir)}, false
	}
	re, warnings := extendedPattern(dir, `/[0-9]+-[^/]*\.md`)
	for _, w := range warnings {
		fmt.Fprintln(t.stderr, w)
	}
	find(dir, func(p string) {
		if re.MatchString(p) {
			paths = append(paths, p)
		}
	})
	slices.Sort(paths)
	return paths, true
}

// find visits root and everything below it, naming each path the way
// find(1) prints it, without following symbolic links: not even root, unless
// a trailing slash makes the system resolve it.
func find(root string, visit func(string)) {
	visit(root)
	if fi, err := os.Lstat(root); err == nil && fi.Mode()&os.ModeSymlink != 0 && !strings.HasSuffix(root, "/") {
		return
	}
	entries, err := os.ReadDir(root)
	if err != nil {
		return
	}
	for _, e := range entries {
		p := root + "/" + e.Name()
		if strings.HasSuffix(root, "/") {
			p = root + e.Name()
		}
		if e.IsDir() {
			find(p, visit)
		} else {
			visit(p)
		}
	}
}

// list is "adr list".
func (t *tool) list([]string) error {
	paths, ok := t.adrList()
	for _, p := range paths {
		fmt.Fprintln(t.stdout, p)
	}
	if !ok {
		return exitError(1)
	}
	return nil
}

// adrFile resolves a reference (a number or part of a file name) the way
// adr-tools' _adr_file does: the first listed record whose path matches the
// reference as a grep pattern, or "" when none does.
func (t *tool) adrFile(ref string) string {
	ref, icase, msg := grepOptions(ref)
	if msg != "" {
		fmt.Fprint(t.stderr, msg)
		return ""
	}
	re, err := grepPattern(ref)
	if err != nil {
		fmt.Fprintf(t.stderr, "grep: %v\n", err)
		return ""
	}
	if icase {
		re = regexp.MustCompile("(?i)" + re.String())
	}
	paths, _ := t.adrList()
	for _, p := range paths {
		if re.MatchString(p) {
			return p
		}
	}
	return ""
}

// adrTitle is adr-tools' _adr_title: the first line of the referenced file
// from its third byte on, so "# 3. Use Go" gives "3. Use Go" and a file
// that starts with front matter gives "-".
func (t *tool) adrTitle(ref string) string {
	files := words(t.adrFile(ref))
	var firsts []string
	switch len(files) {
	case 0: // head reads its standard input when given no file
		firsts = []string{firstLine(t.stdin)}
	default:
		for _, f := range files {
			file, err := os.Open(f)
			if err != nil {
				fmt.Fprintf(t.stderr, "head: cannot open '%s' for reading: No such file or directory\n", f)
				continue
			}
			if fi, err := file.Stat(); err == nil && fi.IsDir() {
				fmt.Fprintf(t.stderr, "head: error reading '%s': Is a directory\n", f)
				if len(files) > 1 {
					if len(firsts) > 0 {
						firsts = append(firsts, "")
					}
					firsts = append(firsts, "==> "+f+" <==")
				}
				file.Close()
				continue
			}
			if len(files) > 1 {
				if len(firsts) > 0 {
					firsts = append(firsts, "")
				}
				firsts = append(firsts, "==> "+f+" <==")
			}
			firsts = append(firsts, firstLine(file))
			file.Close()
		}
	}
	for i, l := range firsts {
		if len(l) > 2 {
			firsts[i] = l[2:]
		} else {
			firsts[i] = ""
		}
	}
	return strings.TrimRight(strings.Join(firsts, "\n"), "\n")
}

// firstLine reads r up to its first newline, one byte at a time so that it
// takes no more than head(1) would.
func firstLine(r io.Reader) string {
	if r == nil {
		return ""
	}
	var b strings.Builder
	br := bufio.NewReaderSize(oneByte{r}, 16)
	for {
		c, err := br.ReadByte()
		if err != nil || c == '\n' {
			return b.String()
		}
		b.WriteByte(c)
	}
}

// oneByte limits every read to one byte.
type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) > 1 {
		p = p[:1]
	}
	return o.r.Read(p)
}
