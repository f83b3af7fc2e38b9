package main

import (
	_ "embed"
	"fmt"
	"os"
	"strings"
)

// adr-tools creates directories with "mkdir -p", passing the directory of
// "adr init DIR" quoted and the decision directory of "adr new" unquoted. A
// name that starts with a dash is therefore an option to GNU mkdir, which
// may print its help or version (and succeed) or fail with its usage
// message; an empty directory name leaves mkdir without an operand.

// The texts GNU mkdir (coreutils 9.1) prints for --help and --version.
var (
	//go:embed help/mkdir-help.txt
	mkdirHelp string
	//go:embed help/mkdir-version.txt
	mkdirVersion string
)

// mkdirLongOptions are GNU mkdir's long options, in the order it declares
// them, with whether each takes an argument (0 no, 1 required, 2 optional).
var mkdirLongOptions = []struct {
	name string
	arg  int
}{{"mode", 1}, {"context", 2}, {"parents", 0}, {"verbose", 0}, {"help", 0}, {"version", 0}}

// mkdir is "mkdir -p ARGS...": GNU getopt_long's parsing of mkdir's options
// (permuted, so options and directories may come in any order), then each
// directory created with its parents.
func (t *tool) mkdir(args []string) error {
	var dirs []string
	usage := func(format string, a ...any) error {
		fmt.Fprintf(t.stderr, "mkdir: "+format+"\nTry 'mkdir --help' for more information.\n", a...)
		return exitError(1)
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			dirs = append(dirs, args[i+1:]...)
			i = len(args)
		case strings.HasPrefix(a, "--"):
			name, value, hasValue := strings.Cut(a[2:], "=")
			var found []int
			for k, o := range mkdirLongOptions {
				if o.name == name {
					found = []int{k}
					break
				}
				if strings.HasPrefix(o.name, name) {
					found = append(found, k)
				}
			}
			switch {
			case len(found) == 0:
				return usage("unrecognized option '%s'", a)
			case len(found) > 1:
				var names []string
				for _, k := range found {
					names = append(names, "'--"+mkdirLongOptions[k].name+"'")
				}
				return usage("option '%s' is ambiguous; possibilities: %s", a, strings.Join(names, " "))
			}
			o := mkdirLongOptions[found[0]]
			switch {
			case o.arg == 0 && hasValue:
				return usage("option '--%s' doesn't allow an argument", o.name)
			case o.arg == 1 && !hasValue:
				if i+1 == len(args) {
					return usage("option '--%s' requires an argument", o.name)
				}
				i++
			}
			switch o.name {
			case "help":
				fmt.Fprint(t.stdout, mkdirHelp)
				return nil
			case "version":
				fmt.Fprint(t.stdout, mkdirVersion)
				return nil
			case "context":
				if hasValue {
					fmt.Fprintln(t.stderr, "mkdir: warning: ignoring --context; it requires an SELinux/SMACK-enabled kernel")
				}
			}
			_ = value
		case len(a) > 1 && a[0] == '-':
			for j := 1; j < len(a); j++ {
				switch c := a[j]; c {
				case 'p', 'v', 'Z':
				case 'm':
					if j+1 == len(a) {
						if i+1 == len(args) {
							return usage("option requires an argument -- 'm'")
						}
						i++
					}
					j = len(a)
				default:
					return usage("invalid option -- '%c'", c)
				}
			}
		default:
			dirs = append(dirs, a)
		}
	}
	if len(dirs) == 0 {
		return usage("missing operand")
	}
	var failed error
	for _, dir := range dirs {
		if err := os.MkdirAll(dir, 0o777); err != nil {
			why := errText(err)
			if fi, serr := os.Stat(dir); serr == nil && !fi.IsDir() {
				why = "File exists"
			}
			fmt.Fprintf(t.stderr, "mkdir: cannot create directory '%s': %s\n", dir, why)
			failed = exitError(1)
		}
	}
	return failed
}
