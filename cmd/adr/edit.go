package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// adr-tools edits records with two small awk programs: one inserts a link
// line at the end of the "## Status" section, the other deletes a status
// line from it. Both rewrite the file through FILE.tmp.

// addLink writes "LINK [TITLE](FILE)" for target at the end of source's
// Status section (_adr_add_link SOURCE LINK TARGET). TITLE is the target's
// first line from its third byte on; nothing is written when no "##"
// heading follows the Status section.
func (t *tool) addLink(sourceRef, linkType, targetRef string) error {
	script := t.script("_adr_add_link")
	if sourceRef == "" {
		fmt.Fprintf(t.stderr, "%s: line 5: 1: SOURCE\n", script)
		return exitError(1)
	}
	source := t.adrFile(sourceRef)
	if linkType == "" {
		fmt.Fprintf(t.stderr, "%s: line 6: 2: LINK TYPE\n", script)
		return exitError(1)
	}
	if targetRef == "" {
		fmt.Fprintf(t.stderr, "%s: line 7: 3: TARGET\n", script)
		return exitError(1)
	}
	target := t.adrFile(targetRef)
	title := t.adrTitle(target)
	base := basenameCmd(t.stderr, words(target))
	link := awkString(linkType) + " [" + awkString(title) + "](" + awkString(base) + ")"
	return t.rewrite(script+": line 11", source, func(ls []string, out *strings.Builder) {
		inStatus := false
		for _, l := range ls {
			if strings.HasPrefix(l, "##") {
				if inStatus {
					out.WriteString(link + "\n\n")
				}
				inStatus = false
			}
			if l == "## Status" {
				inStatus = true
			}
			out.WriteString(l + "\n")
		}
	})
}

// removeStatus deletes the lines equal to status from file's Status section
// and squeezes the blank lines there (_adr_remove_status STATUS FILE).
func (t *tool) removeStatus(status, ref string) error {
	status = awkString(status)
	return t.rewrite(t.script("_adr_remove_status")+": line 8", t.adrFile(ref), func(ls []string, out *strings.Builder) {
		inStatus, afterBlank := false, false
		for _, l := range ls {
			if strings.HasPrefix(l, "##") {
				inStatus = false
			}
			if l == "## Status" {
				inStatus = true
			}
			if inStatus && isBlank(l) {
				if !afterBlank {
					out.WriteString(l + "\n")
				}
				afterBlank = true
				continue
			}
			if inStatus && l == status {
				continue
			}
			if inStatus {
				afterBlank = false
			}
			out.WriteString(l + "\n")
		}
	})
}

// rewrite runs an awk-like filter over file into file.tmp and moves the
// result over file, as the awk command line of an adr-tools script (where
// names the script and line) does. The shell opens file.tmp before awk
// starts: when it cannot, bash reports it and awk never runs. An empty
// name makes awk read standard input and mv fail, as in adr-tools.
func (t *tool) rewrite(where, file string, filter func([]string, *strings.Builder)) error {
	tmp := file + ".tmp"
	if err := os.WriteFile(tmp, nil, 0o666); err != nil {
		fmt.Fprintf(t.stderr, "%s: %s: %s\n", where, tmp, errText(err))
		return exitError(1)
	}
	var data []byte
	var err error
	if file == "" {
		data, err = io.ReadAll(t.stdin)
	} else {
		data, err = os.ReadFile(file)
	}
	if err != nil {
		awkOpenError(t.stderr, file)
		return exitError(2)
	}
	ls, _ := lines(string(data))
	var out strings.Builder
	filter(ls, &out)
	if err := os.WriteFile(tmp, []byte(out.String()), 0o666); err != nil {
		fmt.Fprintf(t.stderr, "%v\n", err)
		return exitError(1)
	}
	if file == "" {
		fmt.Fprintf(t.stderr, "mv: cannot move '%s' to '': No such file or directory\n", tmp)
		return exitError(1)
	}
	if err := os.Rename(tmp, file); err != nil {
		fmt.Fprintf(t.stderr, "mv: cannot move '%s' to '%s': %v\n", tmp, file, err)
		return exitError(1)
	}
	return nil
}

// link is "adr link SOURCE LINK TARGET REVERSE-LINK".
func (t *tool) link(args []string) error {
	names := []string{"SOURCE", "LINK", "TARGET", "REVERSE-LINK"}
	for i, name := range names {
		if i >= len(args) || args[i] == "" {
			fmt.Fprintf(t.stderr, "%s: line %d: %d: %s\n", t.script("adr-link"), 17+i, i+1, name)
			return exitError(1)
		}
	}
	if err := t.addLink(args[0], args[1], args[2]); err != nil {
		return err
	}
	return t.addLink(args[2], args[3], args[0])
}

// awkOpenError is awk's complaint about a file it cannot read.
func awkOpenError(w io.Writer, file string) {
	if fi, err := os.Stat(file); err == nil && fi.IsDir() {
		fmt.Fprintln(w, "awk: read error (Is a directory)")
		return
	}
	fmt.Fprintf(w, "awk: cannot open %s (No such file or directory)\n", file)
}
