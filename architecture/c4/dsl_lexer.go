package c4

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// Input limits of the DSL reader. They keep a hostile or broken file from
// taking unbounded memory or time; real workspaces are far below them.
const (
	// MaxDSLBytes is the largest DSL input ParseDSL reads, counting every
	// included file.
	MaxDSLBytes = 64 << 20
	// maxDSLLine is the longest logical line (after joining "\"
	// continuations) and the largest text block or expanded token.
	maxDSLLine = 1 << 20
	// maxDSLExpansion bounds the bytes that ${NAME} substitution may add
	// over a whole parse, so that constants built from constants cannot
	// grow exponentially.
	maxDSLExpansion = 64 << 20
	// maxDSLDepth bounds the nesting of blocks.
	maxDSLDepth = 64
	// maxDSLIncludeDepth bounds !include chains (and cycles).
	maxDSLIncludeDepth = 16
)

// dslToken is one word of a DSL statement. Quoted tokens (from "..." or a
// """ text block) are never read as keywords, operators or braces.
type dslToken struct {
	text   string
	line   int32 // 1-based physical line
	col    int32 // 1-based byte column on that line
	quoted bool
}

// is reports whether t is the unquoted keyword or symbol kw, ignoring case
// as the language does.
func (t dslToken) is(kw string) bool { return !t.quoted && strings.EqualFold(t.text, kw) }

// dslStatement is one logical line of tokens: the language ends a statement
// at a line break, except where a line ends with "\" or opens a text block.
type dslStatement struct {
	toks []dslToken
	line int // physical line of the first token
}

// segment maps a run of a logical line back to the physical line it came
// from, so that errors name the physical line and column.
type segment struct {
	off  int // byte offset in the logical line
	line int
	col  int // column of that byte on its physical line
}

// dslLexer turns DSL text into statements, reading one physical line at a
// time: it never holds more than one logical line (or text block) in memory.
type dslLexer struct {
	r       *bufio.Reader
	source  string
	line    int    // physical lines read so far
	budget  *int64 // bytes the whole parse may still read (shared with includes)
	expand  *int64 // bytes substitution may still add (shared with includes)
	eof     bool
	started bool // the first line (and its byte-order mark) has been read
	inBlock bool // inside /* ... */
	blockAt [2]int
	consts  map[string]string
	unknown func(name string, line, col int)
	// unterminated, when set, is told about each quoted string that has no
	// closing quote
	unterminated func(line, col int)
	long         []byte // a physical line longer than the reader's buffer
	logical      []byte
	segs         []segment
	text         []byte     // text block under construction
	toks         []dslToken // the statement being read
	pendText     *dslToken  // a text block token to append to the current statement
}

// newDSLLexer reads src; source names it in errors. budget and expand are
// shared by a file and the files it includes. consts holds the constants
// and variables in scope, which the parser defines; unknown, when set, is
// told about each ${NAME} that names no constant.
func newDSLLexer(src io.Reader, source string, budget, expand *int64, consts map[string]string) *dslLexer {
	return &dslLexer{r: bufio.NewReaderSize(src, 64<<10), source: source, budget: budget, expand: expand, consts: consts}
}

func (lx *dslLexer) errorf(line, col int, format string, args ...any) error {
	return &ParseError{Source: lx.source, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

// physical reads the next physical line without its line break. ok is false
// at the end of the input. The line is valid until the next call.
func (lx *dslLexer) physical() (line []byte, ok bool, err error) {
	if lx.eof {
		return nil, false, nil
	}
	lx.long = lx.long[:0]
	for {
		chunk, rerr := lx.r.ReadSlice('\n')
		*lx.budget -= int64(len(chunk))
		if *lx.budget < 0 {
			return nil, false, lx.errorf(lx.line+1, 0, "the input is larger than %d bytes; trim it", MaxDSLBytes)
		}
		if rerr == bufio.ErrBufferFull || len(lx.long) > 0 {
			lx.long = append(lx.long, chunk...) // the reader reuses chunk's memory
			if len(lx.long) > maxDSLLine+2 {
				return nil, false, lx.errorf(lx.line+1, 0, "line is longer than %d bytes", maxDSLLine)
			}
			if rerr == bufio.ErrBufferFull {
				continue
			}
			line = lx.long
		} else {
			line = chunk
		}
		if rerr == io.EOF {
			lx.eof = true
			if len(line) == 0 {
				return nil, false, nil
			}
		} else if rerr != nil {
			return nil, false, lx.errorf(lx.line+1, 0, "cannot read the input: %v", rerr)
		}
		break
	}
	lx.line++
	line = bytes.TrimSuffix(line, []byte("\n"))
	line = bytes.TrimSuffix(line, []byte("\r"))
	if !lx.started {
		lx.started = true
		line = bytes.TrimPrefix(line, []byte("\uFEFF"))
	}
	return line, true, nil
}

// isCommentLine reports whether a physical line is a whole-line comment:
// its first non-blank characters are "//" or "#".
func isCommentLine(b []byte) bool {
	b = trimBlanks(b)
	return bytes.HasPrefix(b, []byte("//")) || bytes.HasPrefix(b, []byte("#"))
}

// trimBlanks drops the blanks at the start of b.
func trimBlanks(b []byte) []byte {
	i := 0
	for i < len(b) && isBlank(b[i]) && b[i] != '\r' {
		i++
	}
	return b[i:]
}

const textBlockMarker = `"""`

// next returns the next statement that has tokens. ok is false at the end
// of the input. The statement's tokens are valid until the next call: the
// lexer reuses their memory, which halves the cost of reading.
func (lx *dslLexer) next() (st dslStatement, ok bool, err error) {
	for {
		got, err := lx.readLogical()
		if err != nil {
			return dslStatement{}, false, err
		}
		if !got {
			if lx.inBlock {
				return dslStatement{}, false, lx.errorf(lx.blockAt[0], lx.blockAt[1], `the comment opened with "/*" is never closed: add "*/"`)
			}
			return dslStatement{}, false, nil
		}
		if err := lx.tokenize(); err != nil {
			return dslStatement{}, false, err
		}
		if len(lx.toks) > 0 {
			return dslStatement{toks: lx.toks, line: int(lx.toks[0].line)}, true, nil
		}
	}
}

// readLogical joins physical lines into lx.logical: a line ending with "\"
// continues on the next (whose leading blanks are dropped), a // or #
// comment line too, as in Structurizr, and a line ending with """ opens a
// text block that runs to the next line ending with """. Inside a /* */
// comment neither applies.
func (lx *dslLexer) readLogical() (bool, error) {
	lx.logical = lx.logical[:0]
	lx.segs = lx.segs[:0]
	lx.pendText = nil
	continued := false
	for {
		phys, ok, err := lx.physical()
		if err != nil {
			return false, err
		}
		if !ok {
			if continued {
				return true, nil // a trailing "\" on the last line: keep what we have
			}
			return false, nil
		}
		col := 1
		if continued {
			trimmed := trimBlanks(phys)
			col += len(phys) - len(trimmed)
			phys = trimmed
		}
		plain := !lx.inBlock && !isCommentLine(phys)
		switch {
		case !lx.inBlock && bytes.HasSuffix(phys, []byte(`\`)):
			// as in Structurizr, a comment line continues too, taking the
			// next line into the comment
			lx.appendSeg(phys[:len(phys)-1], col)
			continued = true
			if len(lx.logical) > maxDSLLine {
				return false, lx.errorf(lx.line, 0, "line is longer than %d bytes after joining \"\\\" continuations", maxDSLLine)
			}
			continue
		case plain && bytes.HasSuffix(phys, []byte(textBlockMarker)):
			at := len(phys) - len(textBlockMarker)
			lx.appendSeg(phys[:at], col)
			tok := dslToken{quoted: true, line: int32(lx.line), col: int32(col + at)}
			text, err := lx.readTextBlock(lx.line, col+at)
			if err != nil {
				return false, err
			}
			tok.text = text
			lx.pendText = &tok
			return true, nil
		}
		lx.appendSeg(phys, col)
		return true, nil
	}
}

// span returns the first and last physical lines of the logical line last
// read.
func (lx *dslLexer) span() (first, last int) {
	if len(lx.segs) == 0 {
		return lx.line, lx.line
	}
	return lx.segs[0].line, lx.line
}

func (lx *dslLexer) appendSeg(b []byte, col int) {
	lx.segs = append(lx.segs, segment{off: len(lx.logical), line: lx.line, col: col})
	lx.logical = append(lx.logical, b...)
}

// readTextBlock reads the lines of a """ text block after its opening line.
// The blanks that indent the first line are removed from every line.
func (lx *dslLexer) readTextBlock(line, col int) (string, error) {
	lx.text = lx.text[:0]
	indent := -1
	for {
		phys, ok, err := lx.physical()
		if err != nil {
			return "", err
		}
		if !ok {
			return "", lx.errorf(line, col, `the text block opened with """ is never closed: end it with a line ending in """`)
		}
		closing := bytes.HasSuffix(phys, []byte(textBlockMarker))
		if closing {
			phys = phys[:len(phys)-len(textBlockMarker)]
		}
		if indent < 0 && (len(bytes.TrimSpace(phys)) > 0 || !closing) {
			indent = len(phys) - len(bytes.TrimLeft(phys, " \t"))
		}
		cut := 0
		for cut < indent && cut < len(phys) && (phys[cut] == ' ' || phys[cut] == '\t') {
			cut++
		}
		phys = phys[cut:]
		if closing && len(bytes.TrimSpace(phys)) == 0 {
			break
		}
		lx.text = append(lx.text, phys...)
		lx.text = append(lx.text, '\n')
		if len(lx.text) > maxDSLLine {
			return "", lx.errorf(line, col, "the text block is longer than %d bytes", maxDSLLine)
		}
		if closing {
			break
		}
	}
	return string(bytes.TrimSuffix(lx.text, []byte("\n"))), nil
}

// pos maps a byte offset of the logical line to its physical line and column.
func (lx *dslLexer) pos(off int) (line, col int) {
	i := len(lx.segs) - 1
	for i > 0 && lx.segs[i].off > off {
		i--
	}
	s := lx.segs[i]
	return s.line, s.col + off - s.off
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' }

// tokenize splits lx.logical into lx.toks. Tokens are separated by blanks;
// a token that starts with a double quote runs to the matching unescaped
// quote (\" is a quote, \n a line break and \\ a backslash). A line whose
// first token starts with "#" or "//" is a comment, as is everything from
// a token starting with "//"; /* */ comments may span lines.
func (lx *dslLexer) tokenize() error {
	lx.toks = lx.toks[:0]
	if len(lx.logical) == 0 && lx.pendText == nil {
		return nil
	}
	s := string(lx.logical) // one allocation per line; tokens slice it
	i := 0
	for i < len(s) {
		if lx.inBlock {
			end := strings.Index(s[i:], "*/")
			if end < 0 {
				return nil // the comment goes on; a text block after it is part of the comment
			}
			i += end + 2
			lx.inBlock = false
			if len(lx.toks) > 0 {
				// a comment that closes on a later line ends the statement before it
				if line, _ := lx.pos(i); line != int(lx.toks[len(lx.toks)-1].line) {
					lx.toks = lx.toks[:0]
				}
			}
			continue
		}
		c := s[i]
		if isBlank(c) {
			i++
			continue
		}
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "/*"):
			lx.inBlock = true
			lx.blockAt[0], lx.blockAt[1] = lx.pos(i)
			i += 2
			continue
		case strings.HasPrefix(rest, "//"), c == '#' && len(lx.toks) == 0:
			i = len(s)
			continue
		}
		line, col := lx.pos(i)
		if c == '"' {
			text, n, closed := quoted(rest)
			if !closed && lx.unterminated != nil {
				lx.unterminated(line, col)
			}
			if err := lx.push(text, true, line, col); err != nil {
				return err
			}
			i += n
			continue
		}
		j := i
		for j < len(s) && !isBlank(s[j]) {
			j++
		}
		if err := lx.push(s[i:j], false, line, col); err != nil {
			return err
		}
		i = j
	}
	if lx.pendText != nil && !lx.inBlock {
		t := *lx.pendText
		text, err := lx.substitute(t.text, int(t.line), int(t.col))
		if err != nil {
			return err
		}
		t.text = text
		lx.toks = append(lx.toks, t)
	}
	return nil
}

// quoted reads the quoted string at the start of s, returning its value,
// the bytes it spans and whether its closing quote was found. Without one,
// the string runs to the end of the line, as Structurizr's tokenizer reads
// it.
func quoted(s string) (text string, n int, closed bool) {
	var b *strings.Builder
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '"':
			if b == nil {
				return s[1:i], i + 1, true
			}
			return b.String(), i + 1, true
		case '\\':
			if i+1 < len(s) {
				var r byte
				switch s[i+1] {
				case '"':
					r = '"'
				case 'n':
					r = '\n'
				case '\\':
					r = '\\'
				}
				if r != 0 {
					if b == nil {
						b = &strings.Builder{}
						b.WriteString(s[1:i])
					}
					b.WriteByte(r)
					i++
					continue
				}
			}
		}
		if b != nil {
			b.WriteByte(s[i])
		}
	}
	// Structurizr trims the line before splitting it
	if b == nil {
		return strings.TrimRight(s[1:], " \t\f\v\r"), len(s), false
	}
	return strings.TrimRight(b.String(), " \t\f\v\r"), len(s), false
}

// push substitutes ${NAME} in text and appends the token.
func (lx *dslLexer) push(text string, quoted bool, line, col int) error {
	text, err := lx.substitute(text, line, col)
	if err != nil {
		return err
	}
	lx.toks = append(lx.toks, dslToken{text: text, quoted: quoted, line: int32(line), col: int32(col)})
	return nil
}

// substitute replaces each ${NAME} whose NAME is a constant in scope. Names
// are made of a-z, A-Z, 0-9, "-", "_" and "."; a name that is not defined
// is left as written (Structurizr would look in the environment, which a
// pure library does not read).
func (lx *dslLexer) substitute(text string, line, col int) (string, error) {
	if !strings.Contains(text, "${") {
		return text, nil
	}
	var b strings.Builder
	rest := text
	for {
		at := strings.Index(rest, "${")
		if at < 0 {
			break
		}
		end := at + 2
		for end < len(rest) && isConstantNameByte(rest[end]) {
			end++
		}
		if end == at+2 || end >= len(rest) || rest[end] != '}' {
			b.WriteString(rest[:at+2])
			rest = rest[at+2:]
			continue
		}
		name := rest[at+2 : end]
		value, ok := lx.consts[name]
		if !ok {
			if lx.unknown != nil {
				lx.unknown(name, line, col)
			}
			b.WriteString(rest[:end+1])
			rest = rest[end+1:]
			continue
		}
		*lx.expand -= int64(len(value))
		if *lx.expand < 0 || b.Len()+len(value) > maxDSLLine {
			return "", lx.errorf(line, col, "substituting ${%s} makes the text too long (more than %d bytes)", name, maxDSLLine)
		}
		b.WriteString(rest[:at])
		b.WriteString(value)
		rest = rest[end+1:]
	}
	b.WriteString(rest)
	return b.String(), nil
}

func isConstantNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
}

// validConstantName reports whether name may be defined with !const.
func validConstantName(name string) bool {
	if name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		if !isConstantNameByte(name[i]) {
			return false
		}
	}
	return true
}

// skipRaw skips physical lines up to and including one that holds only "}",
// as the language reads an inline !script body: its lines are code in
// another language, not DSL tokens. It returns false at the end of input.
func (lx *dslLexer) skipRaw() (bool, error) {
	for {
		phys, ok, err := lx.physical()
		if err != nil || !ok {
			return false, err
		}
		if string(bytes.TrimSpace(phys)) == "}" {
			return true, nil
		}
	}
}
