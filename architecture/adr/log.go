package adr

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/leadkit/leadkit"
)

// Options configure a [Log]. The zero value means adr-tools' conventions.
type Options struct {
	// Format is the format of new records; zero means Nygard, as adr-tools
	// writes them.
	Format Format
	// AllowedStatuses are custom statuses (compared case-insensitively)
	// that [Log.Check] accepts without a warning, such as "on hold".
	AllowedStatuses []string
}

// FileWriter is where a log writes changed records: a directory, an
// archive, a test's map. Name is a file name inside the log's directory.
type FileWriter interface {
	WriteFile(name string, data []byte) error
}

// DirWriter writes files into a directory of the operating system.
type DirWriter string

// WriteFile writes data to the named file in the directory, creating the
// directory when needed.
func (d DirWriter) WriteFile(name string, data []byte) error {
	if err := os.MkdirAll(string(d), 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(string(d), name), data, 0o644)
}

// Log is a directory of decision records. Read it from an [fs.FS], change it
// with its methods (which keep both ends of every link consistent and
// follow the status table), then [Log.Save] the changed records. A Log is not
// safe for concurrent use.
type Log struct {
	opts    Options
	entries []*entry // sorted by file name
}

// entry is a record with its file.
type entry struct {
	file  string
	rec   Record
	dirty bool
}

// recordFile matches the names of record files: a number, a dash, ".md".
var recordFile = regexp.MustCompile(`^[0-9]+-[^/]*\.md$`)

// NewLog returns an empty log.
func NewLog(opts Options) *Log { return &Log{opts: opts} }

// ReadLog reads the records in the top directory of fsys: every file whose
// name is a number, a dash and a name ending in ".md", as adr-tools lists
// them. A record whose heading has no number takes the file's number.
func ReadLog(fsys fs.FS, opts Options) (*Log, error) {
	des, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("adr: read log: %w", err)
	}
	l := &Log{opts: opts}
	for _, de := range des {
		if !de.Type().IsRegular() || !recordFile.MatchString(de.Name()) {
			continue
		}
		f, err := fsys.Open(de.Name())
		if err != nil {
			return nil, fmt.Errorf("adr: read log: %w", err)
		}
		rec, err := Parse(f)
		f.Close()
		if err != nil {
			var pe *leadkit.ParseError
			if errors.As(err, &pe) {
				pe.Source = de.Name()
			}
			return nil, err
		}
		if rec.Number == 0 {
			rec.Number, _ = leadingNumber(de.Name())
		}
		l.entries = append(l.entries, &entry{file: de.Name(), rec: *rec})
	}
	return l, nil
}

// Len returns the number of records.
func (l *Log) Len() int { return len(l.entries) }

// Records returns copies of the records in file order.
func (l *Log) Records() []Record {
	out := make([]Record, len(l.entries))
	for i, e := range l.entries {
		out[i] = e.rec.clone()
	}
	return out
}

// File returns the file name of record n, or "".
func (l *Log) File(n int) string {
	if e := l.find(n); e != nil {
		return e.file
	}
	return ""
}

// Get returns a copy of record n; the error matches [leadkit.ErrNotFound].
func (l *Log) Get(n int) (Record, error) {
	e := l.find(n)
	if e == nil {
		return Record{}, fmt.Errorf("adr: record %d: %w", n, leadkit.ErrNotFound)
	}
	return e.rec.clone(), nil
}

func (l *Log) find(n int) *entry {
	for _, e := range l.entries {
		if e.rec.Number == n {
			return e
		}
	}
	return nil
}

// Next returns the number the next record gets: one more than the highest.
func (l *Log) Next() int {
	n := 0
	for _, e := range l.entries {
		n = max(n, e.rec.Number)
	}
	return n + 1
}

// Add numbers rec as the next record, names its file as adr-tools does
// (0004-title-slug.md), dates it now when it has no date, gives it the
// status Proposed when it has none, and returns the stored copy.
func (l *Log) Add(rec Record, now time.Time) (Record, error) {
	if strings.TrimSpace(rec.Title) == "" {
		return Record{}, fmt.Errorf("adr: a new record needs a title: %w", leadkit.ErrInvalid)
	}
	rec = rec.clone()
	rec.Number = l.Next()
	rec.Format = l.opts.Format
	if rec.Date == "" {
		rec.Date = now.Format(time.DateOnly)
	}
	if len(rec.Statuses) == 0 {
		rec.Statuses = []StatusEntry{{Status: Proposed}}
	}
	for i, e := range rec.Statuses {
		rec.Statuses[i].Text = e.Words(rec.Format) // stored as it will read back
	}
	e := &entry{file: FileName(rec.Number, rec.Title), rec: rec, dirty: true}
	l.entries = append(l.entries, e)
	slices.SortFunc(l.entries, func(a, b *entry) int { return strings.Compare(a.file, b.file) })
	return rec.clone(), nil
}

// SetStatus moves record n to a new status, refusing a change outside the
// table (see [CanTransition]) with a [*TransitionError]. MADR records also
// take now as their date, the date of their last update.
func (l *Log) SetStatus(n int, to Status, now time.Time) error {
	e := l.find(n)
	if e == nil {
		return fmt.Errorf("adr: record %d: %w", n, leadkit.ErrNotFound)
	}
	if from := e.rec.Status(); !CanTransition(from, to) {
		return &TransitionError{Number: n, From: from, To: to}
	}
	e.rec.Statuses = append(e.rec.Statuses, StatusEntry{Status: to, Text: StatusEntry{Status: to}.Words(e.rec.Format)})
	if e.rec.Format == MADR {
		e.rec.Date = now.Format(time.DateOnly)
	}
	e.dirty = true
	return nil
}

// Supersede records that record newer replaces record older: older becomes
// Superseded with a "Superseded by" link, newer gets a "Supersedes" link.
// Older must be able to move to Superseded.
func (l *Log) Supersede(older, newer int, now time.Time) error {
	o, n := l.find(older), l.find(newer)
	if o == nil || n == nil || older == newer {
		return fmt.Errorf("adr: supersede %d with %d: %w", older, newer, leadkit.ErrNotFound)
	}
	if from := o.rec.Status(); !CanTransition(from, Superseded) {
		return &TransitionError{Number: older, From: from, To: Superseded}
	}
	if err := l.SetStatus(older, Superseded, now); err != nil {
		return err
	}
	return l.Link(newer, Supersedes, older)
}

// Link adds a typed link from record from to record to, and its reverse in
// to. A link already there is not added twice.
func (l *Log) Link(from int, kind LinkKind, to int) error {
	if kind < Supersedes || kind >= Related {
		return fmt.Errorf("adr: link %d to %d: want a typed link kind, got %v: %w", from, to, kind, leadkit.ErrInvalid)
	}
	return l.LinkWords(from, kind.Words(), to, kind.Reverse().Words())
}

// LinkWords links record from to record to with any words, as "adr link"
// does ("Protects", "Protected by"); known words become typed links.
func (l *Log) LinkWords(from int, words string, to int, reverse string) error {
	a, b := l.find(from), l.find(to)
	if a == nil || b == nil {
		return fmt.Errorf("adr: link %d to %d: %w", from, to, leadkit.ErrNotFound)
	}
	if from == to || strings.TrimSpace(words) == "" || strings.TrimSpace(reverse) == "" {
		return fmt.Errorf("adr: link %d to %d with %q and %q: %w", from, to, words, reverse, leadkit.ErrInvalid)
	}
	addLink(a, Link{Kind: LinkKindOf(words), Text: words, Target: to, Title: b.rec.Heading(), File: b.file})
	addLink(b, Link{Kind: LinkKindOf(reverse), Text: reverse, Target: from, Title: a.rec.Heading(), File: a.file})
	return nil
}

func addLink(e *entry, link Link) {
	for _, have := range e.rec.Links {
		if have.Target == link.Target && have.Kind == link.Kind && (link.Kind != Related || have.Text == link.Text) {
			return
		}
	}
	e.rec.Links = append(e.rec.Links, link)
	e.dirty = true
}

// Save writes every record changed since the log was read, in file order,
// and marks them saved.
func (l *Log) Save(w FileWriter) error {
	for _, e := range l.entries {
		if !e.dirty {
			continue
		}
		var b bytes.Buffer
		if err := Render(&b, &e.rec); err != nil {
			return err
		}
		if err := w.WriteFile(e.file, b.Bytes()); err != nil {
			return fmt.Errorf("adr: save %s: %w", e.file, err)
		}
		e.dirty = false
	}
	return nil
}

// TOCOptions shape [Log.TOC]; the zero value writes adr-tools' table.
type TOCOptions struct {
	Intro, Outro string // Markdown before and after the list
	LinkPrefix   string // put before each file name in the links
}

// TOC writes a Markdown table of contents in adr-tools' layout: a heading,
// the intro, one "* [N. Title](file)" line per record, the outro.
func (l *Log) TOC(w io.Writer, o TOCOptions) error {
	var b strings.Builder
	b.WriteString("# Architecture Decision Records\n\n")
	if o.Intro != "" {
		b.WriteString(strings.TrimRight(o.Intro, "\n") + "\n\n")
	}
	for _, e := range l.entries {
		fmt.Fprintf(&b, "* [%s](%s%s)\n", e.rec.Heading(), o.LinkPrefix, e.file)
	}
	if o.Outro != "" {
		b.WriteString("\n" + strings.TrimRight(o.Outro, "\n") + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// GraphOptions shape [Log.Graph]; the zero value links nodes to
// "0001-title.html" files, as adr-tools does.
type GraphOptions struct {
	LinkPrefix    string // put before each file name in node URLs
	LinkExtension string // replaces ".md"; empty means ".html"
}

// Graph writes a Graphviz digraph of the records in adr-tools' layout:
// records in order joined by dotted edges, and an edge for each link that
// does not read "… by" (the other side states those).
func (l *Log) Graph(w io.Writer, o GraphOptions) error {
	ext := o.LinkExtension
	if ext == "" {
		ext = ".html"
	}
	var b strings.Builder
	b.WriteString("digraph {\n  node [shape=plaintext];\n  subgraph {\n")
	for i, e := range l.entries {
		url := o.LinkPrefix + strings.TrimSuffix(e.file, ".md") + ext
		fmt.Fprintf(&b, "    _%d [label=%s; URL=%s];\n", e.rec.Number, dotQuote(e.rec.Heading()), dotQuote(url))
		if i > 0 {
			fmt.Fprintf(&b, "    _%d -> _%d [style=\"dotted\", weight=1];\n", l.entries[i-1].rec.Number, e.rec.Number)
		}
	}
	b.WriteString("  }\n")
	for _, e := range l.entries {
		for _, link := range e.rec.Links {
			if strings.HasSuffix(strings.ToLower(link.Words()), " by") {
				continue
			}
			fmt.Fprintf(&b, "  _%d -> _%d [label=%s, weight=0]\n", e.rec.Number, link.Target, dotQuote(link.Words()))
		}
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// dotQuote quotes a Graphviz string.
func dotQuote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}
