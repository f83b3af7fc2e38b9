package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/leadkit/leadkit/architecture/adr"
)

func init() {
	register(&command{name: "adr", summary: "check a directory of architecture decision records (adr-tools or MADR)", run: runADR})
}

const adrSynopsis = `adr lint [-allow STATUS,...] [-format text|json] [DIR]

lint reads the decision records in DIR (default: the directory named in
./.adr-dir, else doc/adr) and reports broken or one-sided links, superseded
records without a successor, duplicate or missing numbers, unknown
statuses, file names that do not match titles and dates not in YYYY-MM-DD.
-allow lists custom statuses (such as "on hold") to accept.`

func runADR(e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" {
		fmt.Fprintf(e.stderr, "Usage: leadkit %s\n", adrSynopsis)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	if args[0] == "lint" {
		return runADRLint(e, args[1:])
	}
	fmt.Fprintf(e.stderr, "leadkit adr: unknown verb %q (want lint)\nUsage: leadkit %s\n", args[0], adrSynopsis)
	return exitUsage
}

func runADRLint(e *env, args []string) int {
	const name = "adr lint"
	fs := flagSet(e, name, adrSynopsis)
	format := fs.String("format", "text", "output format: text or json")
	allow := fs.String("allow", "", "comma-separated custom statuses to accept")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if err := checkFormat(*format, "text", "json"); err != nil {
		return usageError(e, name, err)
	}
	var dir string
	switch fs.NArg() {
	case 0:
		dir = "doc/adr"
		if data, err := os.ReadFile(".adr-dir"); err == nil && strings.TrimSpace(string(data)) != "" {
			dir = strings.TrimSpace(string(data))
		}
	case 1:
		dir = fs.Arg(0)
	default:
		return usageError(e, name, fmt.Errorf("want at most one directory, got %d: %s", fs.NArg(), strings.Join(fs.Args(), " ")))
	}
	var opts adr.Options
	for _, s := range strings.Split(*allow, ",") {
		if s = strings.TrimSpace(s); s != "" {
			opts.AllowedStatuses = append(opts.AllowedStatuses, s)
		}
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return usageError(e, name, fmt.Errorf("%s is not a directory of decision records", dir))
	}
	log, err := adr.ReadLog(os.DirFS(dir), opts)
	if err != nil {
		return usageError(e, name, fmt.Errorf("%s: %w", dir, err)) // a parse error names the file, line and column
	}
	findings := log.Check()
	if err := writeFindings(e.stdout, *format, findings); err != nil {
		return usageError(e, name, err)
	}
	return statusOf(findings)
}
