package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/leadkit/leadkit/architecture/c4"
)

func init() {
	register(&command{name: "c4", summary: "check a Structurizr DSL workspace or render it as Mermaid, PlantUML, DOT, DSL or JSON", run: runC4})
}

const c4Synopsis = `c4 render -to mermaid|plantuml|dot|dsl|json [-view KEY] [FILE.dsl|-]
       leadkit c4 check [-max-elements N] [-format text|json] [FILE.dsl|-]

render draws the workspace's views (or only the view KEY) in the chosen
format; dsl and json write the whole model with the views. With no views,
the diagram formats draw the system landscape.
check reports what the parser skipped and the model's validation findings.
!include and "workspace extends" read files beside FILE (or in the working
directory for standard input).`

func runC4(e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" {
		fmt.Fprintf(e.stderr, "Usage: leadkit %s\n", c4Synopsis)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	switch args[0] {
	case "render":
		return runC4Render(e, args[1:])
	case "check":
		return runC4Check(e, args[1:])
	}
	fmt.Fprintf(e.stderr, "leadkit c4: unknown verb %q (want render or check)\nUsage: leadkit %s\n", args[0], c4Synopsis)
	return exitUsage
}

// c4Renderers are the formats of c4 render.
var c4Renderers = map[string]c4.Renderer{
	"mermaid":  c4.Mermaid{},
	"plantuml": c4.PlantUML{},
	"dot":      c4.DOT{},
	"json":     c4.JSON{},
}

func runC4Render(e *env, args []string) int {
	const name = "c4 render"
	fs := flagSet(e, name, c4Synopsis)
	to := fs.String("to", "", "output format: mermaid, plantuml, dot, dsl or json")
	key := fs.String("view", "", "render only the view with this key")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if err := checkFormat(*to, "mermaid", "plantuml", "dot", "dsl", "json"); err != nil {
		return usageError(e, name, fmt.Errorf("-to: %w", err))
	}
	ws, code := readWorkspace(e, fs.Args(), name)
	if ws == nil {
		return code
	}
	views := ws.Views
	if *key != "" {
		v := ws.View(*key)
		if v == nil {
			return usageError(e, name, fmt.Errorf("no view has the key %q (the workspace has: %s)", *key, viewKeys(ws)))
		}
		views = []*c4.View{v}
	}
	var r c4.Renderer
	switch *to {
	case "dsl":
		r = c4.DSL{Name: ws.Name, Description: ws.Description}
	case "mermaid":
		r = c4.Mermaid{Markdown: len(views) > 1}
	default:
		r = c4Renderers[*to]
	}
	if err := r.Render(e.stdout, ws.Model, views...); err != nil {
		return usageError(e, name, err)
	}
	return exitOK
}

func runC4Check(e *env, args []string) int {
	const name = "c4 check"
	fs := flagSet(e, name, c4Synopsis)
	maxElements := fs.Int("max-elements", 0, "the most elements a view may show before a warning (0: the default, 20; negative: no check)")
	format := fs.String("format", "text", "output: text or json")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if err := checkFormat(*format, "text", "json"); err != nil {
		return usageError(e, name, err)
	}
	ws, code := readWorkspace(e, fs.Args(), name)
	if ws == nil {
		return code
	}
	opts := c4.ValidateOptions{MaxViewElements: *maxElements}
	if len(ws.Views) > 0 {
		opts.Views = ws.Views
	}
	findings := append(slices.Clone(ws.Findings), ws.Model.ValidateWith(opts)...)
	if err := writeFindings(e.stdout, *format, findings); err != nil {
		return usageError(e, name, err)
	}
	if *format == "text" && len(findings) == 0 {
		c := ws.Model.Counts()
		fmt.Fprintf(e.stdout, "ok: %d people, %d software systems, %d containers, %d components, %d relationships, %d views\n",
			c.People, c.SoftwareSystems, c.Containers, c.Components, c.Relationships, len(ws.Views))
	}
	return statusOf(findings)
}

// readWorkspace parses the DSL file named by args (or standard input). On
// failure it reports the problem, with file, line and column, and returns
// a nil workspace and the exit status.
func readWorkspace(e *env, args []string, name string) (*c4.Workspace, int) {
	if len(args) > 1 {
		return nil, usageError(e, name, fmt.Errorf("want at most one input file, got %d: %s", len(args), strings.Join(args, " ")))
	}
	path := "-"
	if len(args) == 1 {
		path = args[0]
	}
	var r io.Reader
	var opts c4.ParseOptions
	if path == "-" {
		r, opts = e.stdin, c4.ParseOptions{FS: os.DirFS("."), Source: "stdin"}
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, usageError(e, name, err)
		}
		defer f.Close()
		r, opts = f, c4.ParseOptions{FS: os.DirFS(filepath.Dir(path)), Source: filepath.Base(path)}
	}
	ws, err := c4.ParseDSL(r, opts)
	if err != nil {
		var pe *c4.ParseError
		if errors.As(err, &pe) && path != "-" {
			pe.Source = displayPath(path, pe.Source)
		}
		return nil, usageError(e, name, err)
	}
	return ws, exitOK
}

// displayPath names an error's file as the user would: the path given on
// the command line for the file itself, or beside it for included files.
func displayPath(arg, source string) string {
	if source == "" {
		return arg
	}
	if !fs.ValidPath(source) {
		return source
	}
	return filepath.Join(filepath.Dir(arg), filepath.FromSlash(source))
}

func viewKeys(ws *c4.Workspace) string {
	if len(ws.Views) == 0 {
		return "no views"
	}
	keys := make([]string, len(ws.Views))
	for i, v := range ws.Views {
		keys[i] = v.Key
	}
	return strings.Join(keys, ", ")
}
