package c4

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/leadkit/leadkit"
)

// ParseOptions configures [ParseDSL]. The zero value parses a single,
// self-contained file and refuses !include and "workspace extends".
type ParseOptions struct {
	// FS is the file system in which !include and "workspace extends"
	// paths are resolved, relative to the directory of Source. When it is
	// nil, both are refused with a [*ParseError], so that a service parsing
	// untrusted DSL cannot be made to read local files.
	FS fs.FS
	// Source names the input in errors (such as "workspace.dsl"). Within
	// FS it is also the path whose directory relative paths start from;
	// empty means the root of FS.
	Source string
}

// ParseDSL reads a Structurizr DSL workspace: its name and description, its
// model (people, software systems, containers, components, groups,
// relationships, with flat or hierarchical identifiers) and its system
// landscape, system context, container and component views. See the package
// documentation for what is read, what is skipped with an Info finding and
// the input limits.
//
// Relationships are declared as Structurizr's parser declares them (see
// [Model.DeclareRelationship]): each one stores the relationships it implies
// at once, so a later relationship that repeats one of them fails. Any
// problem is a [*ParseError] naming the physical line and column.
func ParseDSL(r io.Reader, opts ParseOptions) (*Workspace, error) {
	p := &dslParser{
		opts:     opts,
		budget:   MaxDSLBytes,
		expand:   maxDSLExpansion,
		consts:   map[string]string{},
		final:    map[string]bool{},
		idents:   map[string]identEntry{},
		children: map[scopedKey]identEntry{},
		rels:     map[string]*Relationship{},
		viewKeys: map[string]bool{},
		topLevel: map[topLevelName]*Element{},
		implied:  true,
	}
	p.push(r, opts.Source)
	if err := p.parseFile(); err != nil {
		return nil, err
	}
	return p.ws, nil
}

// dslParser is a recursive-descent parser over the statements of a dslLexer
// stack (one lexer per !include level).
type dslParser struct {
	opts    ParseOptions
	srcs    []*dslLexer
	budget  int64
	expand  int64
	consts  map[string]string
	final   map[string]bool // constants defined with !const, which cannot change
	ws      *Workspace
	m       *Model
	views   bool // the views block has been read
	model   bool // the model block has been read
	hier    bool // !identifiers hierarchical
	implied bool // !impliedRelationships (true by default)
	// braceless is the error for the first statement whose block was
	// opened without a "{" (see implicitBrace), should the input end with
	// a block unclosed.
	braceless *ParseError
	// archetypeDefs are the archetypes of the model, by lower-cased name.
	archetypeDefs map[string]*archetype
	idents        map[string]identEntry
	children      map[scopedKey]identEntry // hierarchical identifiers below the top level
	rels          map[string]*Relationship
	viewKeys      map[string]bool
	topLevel      map[topLevelName]*Element // people, software systems and custom elements by kind and name
	extends       bool                      // "workspace extends": elements already defined are reused
	extendDepth   int
	depth         int
	enterp        bool // inside an enterprise block
	// replaying, when not nil, holds the buffered statements of an
	// !elements block that next returns instead of reading.
	replaying *replayQueue
}

// push starts reading src (an included file, or the input itself).
func (p *dslParser) push(src io.Reader, name string) {
	lx := newDSLLexer(src, name, &p.budget, &p.expand, p.consts)
	lx.unknown = p.unknownConstant
	lx.unterminated = p.unterminatedString
	p.srcs = append(p.srcs, lx)
}

func (p *dslParser) lexer() *dslLexer { return p.srcs[len(p.srcs)-1] }

// errAt returns a *ParseError at a token of the current file. Like
// Structurizr, it numbers a statement that spans physical lines ("\"
// continuations, a text block) by its last line; the column is then
// unknown (zero).
func (p *dslParser) errAt(t dslToken, format string, args ...any) error {
	line, col := int(t.line), int(t.col)
	if first, last := p.lexer().span(); first <= line && line < last {
		line, col = last, 0
	}
	return &ParseError{Source: p.lexer().source, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

// note records a finding about the statement st.
func (p *dslParser) note(code string, sev leadkit.Severity, st dslStatement, msg, hint string) {
	if p.ws == nil {
		p.ws = &Workspace{}
	}
	field := "line " + strconv.Itoa(st.line)
	if src := p.lexer().source; src != "" && len(p.srcs) > 1 {
		field = src + ":" + strconv.Itoa(st.line)
	}
	p.ws.Findings = append(p.ws.Findings, leadkit.Finding{Code: code, Field: field, Severity: sev, Message: msg, Hint: hint})
}

func (p *dslParser) unknownConstant(name string, line, _ int) {
	p.note("c4.dsl.constant.undefined", leadkit.Info, dslStatement{line: line},
		fmt.Sprintf("${%s} names no constant defined before it, so it was left as written.", name),
		"Define it with !const before its first use; leadkit does not read environment variables.")
}

func (p *dslParser) unterminatedString(line, col int) {
	p.note("c4.dsl.string.unterminated", leadkit.Warning, dslStatement{line: line},
		fmt.Sprintf("The string starting at line %d, column %d has no closing double quote, so it runs to the end of the line, as Structurizr reads it.", line, col),
		"Add '\"' where the string ends.")
}

// next returns the next statement for the grammar, after handling the
// directives that may appear anywhere: !const, !constant, !var, !include,
// !plugin and !script. ok is false at the end of the input.
func (p *dslParser) next() (st dslStatement, ok bool, err error) {
	if p.replaying != nil {
		st, ok = p.replaying.pop()
		return st, ok, nil
	}
	for {
		st, ok, err = p.lexer().next()
		if err != nil {
			return st, false, err
		}
		if !ok {
			if len(p.srcs) == 1 {
				return st, false, nil
			}
			p.srcs = p.srcs[:len(p.srcs)-1]
			continue
		}
		first := st.toks[0]
		switch {
		case first.is("!const"), first.is("!constant"), first.is("!var"):
			if err := p.constant(st); err != nil {
				return st, false, err
			}
		case first.is("!include"):
			if err := p.include(st); err != nil {
				return st, false, err
			}
		case first.is("!plugin"), first.is("!script"):
			if err := p.skipExtension(st); err != nil {
				return st, false, err
			}
		default:
			return st, true, nil
		}
	}
}

// constant reads !const NAME VALUE (or the older !constant, or !var, whose
// value may change later).
func (p *dslParser) constant(st dslStatement) error {
	kw := st.toks[0]
	if len(st.toks) != 3 {
		return p.errAt(kw, "expected: %s <name> <value>", strings.ToLower(kw.text))
	}
	name, value := st.toks[1].text, st.toks[2].text
	if !validConstantName(name) {
		return p.errAt(st.toks[1], "constant names can only contain a-z, A-Z, 0-9, \"-\", \"_\" and \".\", not %q", name)
	}
	isVar := kw.is("!var")
	if _, defined := p.consts[name]; defined && (p.final[name] || !isVar) {
		return p.errAt(st.toks[1], "%q is already defined; a !const cannot change (use !var for a value that does)", name)
	}
	p.consts[name] = value
	p.final[name] = !isVar
	return nil
}

// include reads !include <path>: the named file, or every file of the named
// directory, is parsed in place of the statement.
func (p *dslParser) include(st dslStatement) error {
	if len(st.toks) != 2 {
		return p.errAt(st.toks[0], "expected: !include <file|directory>")
	}
	target := st.toks[1]
	name, err := p.resolvePath(target, "!include")
	if err != nil {
		return err
	}
	if len(p.srcs) > maxDSLIncludeDepth {
		return p.errAt(target, "!include is nested more than %d deep; is a file including itself?", maxDSLIncludeDepth)
	}
	info, err := fs.Stat(p.opts.FS, name)
	if err != nil {
		return p.errAt(target, "cannot include %q: %v", target.text, unwrapPathError(err))
	}
	files := []string{name}
	if info.IsDir() {
		files = files[:0]
		err := fs.WalkDir(p.opts.FS, name, func(f string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && !strings.HasPrefix(d.Name(), ".") {
				files = append(files, f)
			}
			return err
		})
		if err != nil {
			return p.errAt(target, "cannot include the directory %q: %v", target.text, unwrapPathError(err))
		}
		slices.Sort(files)
	}
	// files are pushed in reverse, so that the first is read first
	for i := len(files) - 1; i >= 0; i-- {
		data, err := fs.ReadFile(p.opts.FS, files[i])
		if err != nil {
			return p.errAt(target, "cannot include %q: %v", files[i], unwrapPathError(err))
		}
		p.push(strings.NewReader(string(data)), files[i])
	}
	return nil
}

// resolvePath turns a path written in the DSL into a path within opts.FS,
// relative to the directory of the current file.
func (p *dslParser) resolvePath(t dslToken, what string) (string, error) {
	if strings.Contains(t.text, "://") {
		return "", p.errAt(t, "%s of a URL (%q) is not supported: download the file and include it by path", what, t.text)
	}
	if p.opts.FS == nil {
		return "", p.errAt(t, "%s %q is not allowed: no file system was given to read it from (set ParseOptions.FS to allow it)", what, t.text)
	}
	dir := path.Dir(p.lexer().source)
	if p.lexer().source == "" {
		dir = "."
	}
	// "../" may climb from the file's directory, as in Structurizr, but
	// never out of FS
	name := path.Join(dir, t.text)
	if path.IsAbs(t.text) || !fs.ValidPath(name) {
		return "", p.errAt(t, "%s %q must be a relative path that stays inside the file system it is read from", what, t.text)
	}
	return name, nil
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// skipExtension skips !plugin and !script: leadkit runs no code from a
// workspace.
func (p *dslParser) skipExtension(st dslStatement) error {
	kw := strings.ToLower(st.toks[0].text)
	p.note("c4.dsl.skipped", leadkit.Info, st,
		fmt.Sprintf("Skipped %s on line %d: leadkit does not run plugins or scripts.", kw, st.line),
		"Model in the DSL itself what the "+strings.TrimPrefix(kw, "!")+" would have added.")
	if !opensBlock(st) {
		return nil
	}
	if kw == "!script" && len(st.toks) == 3 {
		// an inline script: its body is code, not DSL
		at := st.toks[0]
		ok, err := p.lexer().skipRaw()
		if err != nil {
			return err
		}
		if !ok {
			return p.errAt(at, "the script opened here is never closed: add a line holding only \"}\"")
		}
		return nil
	}
	return p.skipBody(st)
}

// opensBlock reports whether the statement ends with an unquoted "{".
func opensBlock(st dslStatement) bool {
	last := st.toks[len(st.toks)-1]
	return len(st.toks) > 1 && !last.quoted && last.text == "{"
}

// implicitBrace makes a statement that lacks its "{" open its block anyway,
// as Structurizr does for the keywords that always start a block
// (workspace, model, views, enterprise, properties, the views, styles, …):
// a "{" written on the next line is then a statement of its own inside the
// block and fails on that line, where Structurizr fails too.
//
// The first statement so opened is remembered: when the input then ends
// with a block unclosed, that statement is the likely culprit.
func (p *dslParser) implicitBrace(st dslStatement) dslStatement {
	if opensBlock(st) {
		return st
	}
	if kw := st.toks[0]; p.braceless == nil {
		p.braceless = &ParseError{Source: p.lexer().source, Line: int(kw.line), Col: int(kw.col),
			Msg: fmt.Sprintf("%q on line %d has no \"{\" at the end of its line, so a block is never closed: add the \"{\"", kw.text, kw.line)}
	}
	last := st.toks[len(st.toks)-1]
	brace := dslToken{text: "{", line: last.line, col: last.col + int32(len(last.text))}
	return dslStatement{toks: append(st.toks[:len(st.toks):len(st.toks)], brace), line: st.line}
}

// blockKeywords are the skipped keywords that always start a block in
// Structurizr, with or without their "{" (see implicitBrace).
var blockKeywords = []string{"styles", "branding", "terminology", "configuration", "users", "perspectives", "properties", "dynamic", "deployment", "custom", "image", "animation"}

// closesBlock reports whether the statement is a "}".
func closesBlock(st dslStatement) bool { return !st.toks[0].quoted && st.toks[0].text == "}" }

// args returns the tokens after the keyword (and after the "{" is removed),
// checking that a "{" appears only at the end of the line.
func (p *dslParser) args(st dslStatement) ([]dslToken, error) {
	toks := st.toks[1:]
	if opensBlock(st) {
		toks = toks[:len(toks)-1]
	}
	for _, t := range toks {
		if !t.quoted && t.text == "{" {
			return nil, p.errAt(t, "\"{\" must be the last token on its line; put the block's content on the lines after it")
		}
	}
	return toks, nil
}

// body reads the statements of a block opened by open until its "}",
// passing each to handle.
//
// Statements are only valid until the next one is read, so body keeps
// copies of the tokens it reports errors at, and handlers read all they
// need from a statement before reading a nested block.
func (p *dslParser) body(open dslStatement, handle func(st dslStatement) error) error {
	p.depth++
	defer func() { p.depth-- }()
	keyword, brace, source := open.toks[0], open.toks[len(open.toks)-1], p.lexer().source
	if p.depth > maxDSLDepth {
		return p.errAt(keyword, "blocks are nested more than %d deep", maxDSLDepth)
	}
	for {
		st, ok, err := p.next()
		if err != nil {
			return err
		}
		if !ok {
			if p.braceless != nil {
				return p.braceless
			}
			return &ParseError{Source: source, Line: int(brace.line), Col: int(brace.col),
				Msg: fmt.Sprintf("the block opened by %q on line %d is never closed: add a line with \"}\"", keyword.text, keyword.line)}
		}
		if closesBlock(st) {
			if len(st.toks) > 1 {
				p.note("c4.dsl.tokens.ignored", leadkit.Warning, st,
					fmt.Sprintf("The tokens after \"}\" on line %d were ignored.", st.line),
					"Put a closing brace on a line of its own.")
			}
			return nil
		}
		if err := handle(st); err != nil {
			return err
		}
	}
}

// skipBody skips a block's statements, nested blocks included.
func (p *dslParser) skipBody(open dslStatement) error {
	return p.body(open, func(st dslStatement) error {
		if opensBlock(st) || isLoneBrace(st) {
			return p.skipBody(st)
		}
		return nil
	})
}

// isLoneBrace reports whether the statement is a "{" alone, as opens each
// parallel sequence of a dynamic view.
func isLoneBrace(st dslStatement) bool {
	return len(st.toks) == 1 && !st.toks[0].quoted && st.toks[0].text == "{"
}

// skip records a skipped feature and skips its block, if it has one.
func (p *dslParser) skip(st dslStatement, what string) error {
	p.note("c4.dsl.skipped", leadkit.Info, st,
		fmt.Sprintf("Skipped %q on line %d: leadkit does not model %s.", st.toks[0].text, st.line, what), "")
	if slices.ContainsFunc(blockKeywords, st.toks[0].is) {
		st = p.implicitBrace(st)
	}
	if opensBlock(st) {
		return p.skipBody(st)
	}
	return nil
}

// unexpected is the error for a statement the context does not allow.
func (p *dslParser) unexpected(st dslStatement, where string, expected []string, hint string) error {
	msg := fmt.Sprintf("unexpected %q %s (expected: %s)", st.toks[0].text, where, strings.Join(expected, ", "))
	if hint == "" && len(st.toks) == 1 && st.toks[0].text == "{" {
		hint = "a \"{\" ends the line of the statement whose block it opens"
	}
	if hint != "" {
		msg += ": " + hint
	}
	return p.errAt(st.toks[0], "%s", msg)
}

// parseFile reads the top level: constants and the one workspace.
func (p *dslParser) parseFile() error {
	for {
		st, ok, err := p.next()
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		first := st.toks[0]
		switch {
		case first.is("workspace") && p.m == nil:
			if err := p.workspace(st); err != nil {
				return err
			}
		case first.is("workspace"):
			return p.errAt(first, "a DSL file holds one workspace; this is a second one")
		case p.m != nil:
			return p.errAt(first, "unexpected %q after the end of the workspace: is there one \"}\" too many above?", first.text)
		default:
			return p.unexpected(st, "before the workspace", []string{"workspace [name] [description] {"},
				"a DSL file starts with the workspace (constants may come before it)")
		}
	}
	if p.m == nil {
		return &ParseError{Source: p.opts.Source, Line: max(p.lexer().line, 1), Msg: "no workspace found: the DSL must contain workspace [name] [description] { ... }"}
	}
	return nil
}

// workspace reads "workspace [name] [description] {" or
// "workspace extends <file> {" and the workspace's block.
func (p *dslParser) workspace(st dslStatement) error {
	if p.ws == nil {
		p.ws = &Workspace{}
	}
	st = p.implicitBrace(st)
	args, err := p.args(st)
	if err != nil {
		return err
	}
	if len(args) > 0 && args[0].is("extends") {
		if len(args) != 2 {
			return p.errAt(st.toks[0], "expected: workspace extends <file> {")
		}
		if err := p.extend(args[1]); err != nil {
			return err
		}
	} else {
		if len(args) > 2 {
			return p.errAt(args[2], "too many tokens, expected: workspace [name] [description] {")
		}
		p.m = NewModel()
		p.ws.Model = p.m
		if len(args) > 0 {
			p.ws.Name = args[0].text
		}
		if len(args) > 1 {
			p.ws.Description = args[1].text
		}
	}
	return p.body(st, p.workspaceStatement)
}

// extend parses the base workspace of "workspace extends" into p, so that
// the extending file adds to its model, identifiers and views.
func (p *dslParser) extend(target dslToken) error {
	name, err := p.resolvePath(target, "workspace extends")
	if err != nil {
		return err
	}
	if strings.EqualFold(path.Ext(name), ".json") {
		return p.errAt(target, "extending a JSON workspace (%q) is not supported: extend its DSL source instead", target.text)
	}
	if p.extendDepth >= maxDSLIncludeDepth {
		return p.errAt(target, "workspace extends is nested more than %d deep; does a workspace extend itself?", maxDSLIncludeDepth)
	}
	data, err := fs.ReadFile(p.opts.FS, name)
	if err != nil {
		return p.errAt(target, "cannot read the workspace to extend, %q: %v", target.text, unwrapPathError(err))
	}
	// the base is a file of its own: parse it alone, then go on here
	saved := p.srcs
	p.srcs = nil
	p.push(strings.NewReader(string(data)), name)
	p.extendDepth++
	err = p.parseFile()
	p.extendDepth--
	p.srcs = saved
	if err != nil {
		return err
	}
	p.extends = true
	p.model, p.views = false, false
	return nil
}

// workspaceStatement reads one statement of the workspace block.
func (p *dslParser) workspaceStatement(st dslStatement) error {
	first := st.toks[0]
	switch {
	case first.is("name"), first.is("description"):
		v, err := p.oneArg(st, strings.ToLower(first.text)+" <"+strings.ToLower(first.text)+">")
		if err != nil {
			return err
		}
		if first.is("name") {
			p.ws.Name = v
		} else {
			p.ws.Description = v
		}
		return nil
	case first.is("model"):
		if p.model {
			return p.errAt(first, "a workspace has one model block; this is a second one")
		}
		if st = p.implicitBrace(st); len(st.toks) != 2 {
			return p.errAt(st.toks[1], "too many tokens, expected: model {")
		}
		p.model = true
		return p.body(st, func(st dslStatement) error { return p.modelStatement(st, "") })
	case first.is("views"):
		if p.views {
			return p.errAt(first, "a workspace has one views block; this is a second one")
		}
		if st = p.implicitBrace(st); len(st.toks) != 2 {
			return p.errAt(st.toks[1], "too many tokens, expected: views {")
		}
		p.views = true
		return p.body(st, p.viewsStatement)
	case first.is("!identifiers"):
		return p.identifiers(st)
	case first.is("!impliedRelationships"), first.is("impliedRelationships"):
		return p.impliedRelationships(st)
	case first.is("!docs"), first.is("!adrs"), first.is("!decisions"):
		return p.skip(st, "documentation or decision records")
	case first.is("properties"):
		return p.skip(st, "workspace properties")
	case first.is("configuration"):
		return p.skip(st, "workspace configuration (users, visibility, scope)")
	}
	return p.unexpected(st, "in the workspace",
		[]string{"name", "description", "properties", "!docs", "!adrs", "!identifiers", "!impliedRelationships", "model", "views", "configuration"}, "")
}

// oneArg reads a statement of the form "keyword <value>".
func (p *dslParser) oneArg(st dslStatement, grammar string) (string, error) {
	if opensBlock(st) || len(st.toks) != 2 {
		if len(st.toks) > 2 {
			return "", p.errAt(st.toks[2], "too many tokens, expected: %s", grammar)
		}
		return "", p.errAt(st.toks[0], "expected: %s", grammar)
	}
	return st.toks[1].text, nil
}

// identifiers reads !identifiers flat|hierarchical.
func (p *dslParser) identifiers(st dslStatement) error {
	v, err := p.oneArg(st, "!identifiers <flat|hierarchical>")
	if err != nil {
		return err
	}
	switch strings.ToLower(v) {
	case "flat":
		p.hier = false
	case "hierarchical":
		p.hier = true
	default:
		return p.errAt(st.toks[1], "!identifiers is \"flat\" or \"hierarchical\", not %q", v)
	}
	return nil
}

// impliedRelationships reads !impliedRelationships true|false (or a
// Structurizr strategy class name, which is noted and otherwise ignored).
func (p *dslParser) impliedRelationships(st dslStatement) error {
	v, err := p.oneArg(st, "!impliedRelationships <true|false>")
	if err != nil {
		return err
	}
	switch strings.ToLower(v) {
	case "true":
		p.implied = true
	case "false":
		p.implied = false
	default:
		p.implied = true
		p.note("c4.dsl.skipped", leadkit.Info, st,
			fmt.Sprintf("The implied relationships strategy %q on line %d is not available; the default strategy is used.", v, st.line),
			"Use !impliedRelationships true or false.")
	}
	return nil
}
