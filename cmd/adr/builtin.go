package main

import (
	"fmt"
	"os"
	"path/filepath"
)

// builtin runs the bash builtins an editor variable might name whose
// behaviour differs from the program of the same name (or where there is
// none), given that their last argument is the new record; done is false
// for every other command.
func (t *tool) builtin(where string, argv []string) (done bool, err error) {
	args := argv[1:]
	switch argv[0] {
	case "exit":
		if len(args) > 1 { // bash complains and goes on
			fmt.Fprintf(t.stderr, "%s: exit: too many arguments\n", where)
			return true, nil
		}
		fmt.Fprintf(t.stderr, "%s: exit: %s: numeric argument required\n", where, args[0])
		return true, exitError(2)
	case "cd":
		if len(args) > 1 {
			fmt.Fprintf(t.stderr, "%s: cd: too many arguments\n", where)
		} else {
			fmt.Fprintf(t.stderr, "%s: cd: %s: Not a directory\n", where, args[0])
		}
		return true, exitError(1)
	case "[":
		fmt.Fprintf(t.stderr, "%s: [: missing `]'\n", where)
		return true, exitError(2)
	case "pwd":
		return true, t.pwd(where, args)
	}
	return false, nil
}

// pwd is bash's builtin pwd, which ignores arguments after its options.
func (t *tool) pwd(where string, args []string) error {
	physical := false
	for _, a := range args {
		if a == "--" || len(a) < 2 || a[0] != '-' {
			break
		}
		for _, c := range a[1:] {
			switch c {
			case 'L', 'P':
				physical = c == 'P'
			default:
				fmt.Fprintf(t.stderr, "%s: pwd: -%c: invalid option\npwd: usage: pwd [-LP]\n", where, c)
				return exitError(2)
			}
		}
	}
	dir, err := os.Getwd()
	if err == nil && physical {
		dir, err = filepath.EvalSymlinks(dir)
	}
	if err != nil {
		return exitError(1)
	}
	fmt.Fprintln(t.stdout, dir)
	return nil
}
