package adr

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/leadkit/leadkit"
)

// maxNumber is the highest record number read: nine digits.
const maxNumber = 999_999_999

// MaxRecordSize is the largest record file the parsers read: 1 MiB, far
// beyond any real decision record.
const MaxRecordSize = 1 << 20

// Section keys name the sections the parsers know, for [Section.Before].
const (
	keyStatus       = "status"
	keyContext      = "context"
	keyDrivers      = "drivers"
	keyOptions      = "options"
	keyDecision     = "decision"
	keyConsequences = "consequences"
	keyProsCons     = "pros_and_cons"
	keyMore         = "more_information"
	keyLinks        = "links"
)

// knownSections maps headings (lower-cased) of both formats to their keys.
var knownSections = map[string]string{
	"status":                        keyStatus,
	"context":                       keyContext,
	"context and problem statement": keyContext,
	"decision drivers":              keyDrivers,
	"considered options":            keyOptions,
	"decision":                      keyDecision,
	"decision outcome":              keyDecision,
	"consequences":                  keyConsequences,
	"pros and cons of the options":  keyProsCons,
	"more information":              keyMore,
	"links":                         keyLinks,
}

// madrOnly are headings that mark a record as MADR.
var madrOnly = []string{"context and problem statement", "decision drivers", "considered options", "decision outcome", "pros and cons of the options"}

// Parse reads a record in either format: MADR when it has front matter or
// MADR's sections, else Nygard. Errors are [*leadkit.ParseError]s with the
// line.
func Parse(r io.Reader) (*Record, error) { return parse(r, -1) }

// ParseNygard reads a record written by adr-tools or in its layout.
func ParseNygard(r io.Reader) (*Record, error) { return parse(r, int(Nygard)) }

// ParseMADR reads a MADR record (full or minimal template, with or without
// front matter).
func ParseMADR(r io.Reader) (*Record, error) { return parse(r, int(MADR)) }

func parse(r io.Reader, format int) (*Record, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxRecordSize+1))
	if err != nil {
		return nil, &leadkit.ParseError{Msg: "cannot read the record", Err: err}
	}
	if len(data) > MaxRecordSize {
		return nil, &leadkit.ParseError{Msg: fmt.Sprintf("the record is larger than %d bytes", MaxRecordSize)}
	}
	if !utf8.Valid(data) {
		line := bytes.Count(data[:invalidAt(data)], []byte("\n")) + 1
		col := invalidAt(data) - bytes.LastIndexByte(data[:invalidAt(data)], '\n')
		return nil, &leadkit.ParseError{Line: line, Col: col, Msg: "the record is not valid UTF-8"}
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	ls := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	p := &parser{rec: &Record{}, lines: ls}
	if err := p.run(); err != nil {
		return nil, err
	}
	switch {
	case format >= 0:
		p.rec.Format = Format(format)
	case p.frontMatter || p.madrHeadings:
		p.rec.Format = MADR
	}
	return p.rec, nil
}

// invalidAt is the offset of the first byte that is not valid UTF-8.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// parser holds the state of one parse.
type parser struct {
	rec          *Record
	lines        []string
	frontMatter  bool
	madrHeadings bool
}

// part is a run of lines under one heading.
type part struct {
	heading string
	line    int // 1-based line of the heading
	body    []string
}

func (p *parser) run() error {
	i := 0
	if len(p.lines) > 0 && p.lines[0] == "---" {
		end := -1
		for j := 1; j < len(p.lines); j++ {
			if p.lines[j] == "---" || p.lines[j] == "..." {
				end = j
				break
			}
		}
		if end < 0 {
			return &leadkit.ParseError{Line: 1, Col: 1, Msg: "the front matter opened here is never closed with \"---\""}
		}
		p.frontMatter = true
		p.readFrontMatter(p.lines[1:end])
		i = end + 1
	}
	for i < len(p.lines) && strings.TrimSpace(p.lines[i]) == "" {
		i++
	}
	if i == len(p.lines) || headingLevel(p.lines[i]) != 1 {
		line := min(i+1, len(p.lines))
		return &leadkit.ParseError{Line: line, Col: 1, Msg: "want the title as a first heading, such as \"# 1. Record architecture decisions\""}
	}
	p.readTitle(strings.TrimSpace(p.lines[i][1:]))
	pre, parts := split(p.lines[i+1:], i+2, 2)
	p.readPreamble(pre)
	var pending []int // unknown sections waiting for the next known one
	for k, pt := range parts {
		key := knownSections[strings.ToLower(pt.heading)]
		if key == "" {
			p.rec.Sections = append(p.rec.Sections, Section{Heading: pt.heading, Body: bodyText(pt.body, k == len(parts)-1)})
			pending = append(pending, len(p.rec.Sections)-1)
			continue
		}
		for _, s := range pending {
			p.rec.Sections[s].Before = key
		}
		pending = pending[:0]
		for _, m := range madrOnly {
			if strings.EqualFold(pt.heading, m) {
				p.madrHeadings = true
			}
		}
		p.readSection(key, pt.heading, pt.body, k == len(parts)-1)
	}
	return nil
}

// headingLevel returns the level of an ATX heading line ("## X" is 2), or 0.
func headingLevel(line string) int {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n < len(line) && line[n] != ' ' && line[n] != '\t' {
		return 0
	}
	return n
}

// split cuts lines at headings of level 1 to maxLevel outside fenced code,
// returning the lines before the first heading and the parts. first is the
// line number of lines[0].
func split(lines []string, first, maxLevel int) (pre []string, parts []part) {
	fence := ""
	cur := -1
	for i, l := range lines {
		trimmed := strings.TrimLeft(l, " ")
		switch {
		case fence != "":
			if strings.HasPrefix(trimmed, fence) {
				fence = ""
			}
		case strings.HasPrefix(trimmed, "```"):
			fence = "```"
		case strings.HasPrefix(trimmed, "~~~"):
			fence = "~~~"
		default:
			if lv := headingLevel(l); lv > 0 && lv <= maxLevel {
				parts = append(parts, part{heading: strings.TrimSpace(strings.TrimLeft(l, "#")), line: first + i})
				cur = len(parts) - 1
				continue
			}
		}
		if cur < 0 {
			pre = append(pre, l)
		} else {
			parts[cur].body = append(parts[cur].body, l)
		}
	}
	return pre, parts
}

// bodyText joins a section's lines without the blank line that separates
// it from its heading and, unless it is the last, from the next heading.
// Any other blank lines stay, so writing the record back keeps its bytes.
func bodyText(lines []string, last bool) string {
	if len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	if !last && len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// trimBlank drops blank lines at both ends.
func trimBlank(lines []string) []string {
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

func (p *parser) readTitle(h string) {
	d := 0
	for d < len(h) && h[d] >= '0' && h[d] <= '9' {
		d++
	}
	if rest, ok := strings.CutPrefix(h[d:], ". "); ok && d > 0 {
		if n, err := strconv.Atoi(h[:d]); err == nil && n <= maxNumber {
			p.rec.Number, p.rec.Title = n, rest
			return
		}
	}
	p.rec.Title = h
}

func (p *parser) readPreamble(pre []string) {
	var rest []string
	for _, l := range pre {
		if d, ok := strings.CutPrefix(l, "Date:"); ok && p.rec.Date == "" {
			p.rec.Date = strings.TrimSpace(d)
			continue
		}
		if m := metaBullet.FindStringSubmatch(l); m != nil && p.readMeta(m[1], m[2]) {
			continue // MADR 2 and 3 list their metadata as bullets under the title
		}
		rest = append(rest, l)
	}
	p.rec.Preamble = strings.Join(trimBlank(rest), "\n")
}

var metaBullet = regexp.MustCompile(`^[*-] ([A-Za-z-]+): *(.*)$`)

// readMeta stores one known metadata entry unless the front matter already
// gave it, and reports whether it did.
func (p *parser) readMeta(key, value string) bool {
	r := p.rec
	switch strings.ToLower(key) {
	case "status":
		if len(r.Statuses) > 0 {
			return false
		}
		r.Statuses = []StatusEntry{{Status: statusOf(value), Text: value}}
	case "date":
		if r.Date != "" {
			return false
		}
		r.Date = value
	case "deciders", "decision-makers":
		if r.DecisionMakers != nil {
			return false
		}
		r.DecisionMakers = list(value)
	case "consulted":
		if r.Consulted != nil {
			return false
		}
		r.Consulted = list(value)
	case "informed":
		if r.Informed != nil {
			return false
		}
		r.Informed = list(value)
	default:
		return false
	}
	return true
}

func (p *parser) readFrontMatter(lines []string) {
	for _, l := range lines {
		key, value, ok := strings.Cut(l, ":")
		key = strings.TrimSpace(key)
		if !ok || strings.HasPrefix(key, "#") || key == "" || strings.ContainsAny(key, " \t") && !strings.Contains(key, "-") {
			p.rec.Meta = append(p.rec.Meta, MetaField{Value: l})
			continue
		}
		value = unquote(strings.TrimSpace(value))
		if !p.readMeta(key, value) {
			p.rec.Meta = append(p.rec.Meta, MetaField{Key: key, Value: value})
		}
	}
}

// unquote removes YAML quotes around a scalar.
func unquote(v string) string {
	switch {
	case len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"':
		return strings.NewReplacer(`\\`, `\`, `\"`, `"`).Replace(v[1 : len(v)-1])
	case len(v) >= 2 && v[0] == '\'' && v[len(v)-1] == '\'':
		return strings.ReplaceAll(v[1:len(v)-1], "''", "'")
	}
	return v
}

// list splits "a, b" or "[a, b]" into its items.
func list(v string) []string {
	v = strings.TrimSpace(v)
	if strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]") {
		v = v[1 : len(v)-1]
	}
	var out []string
	for _, it := range strings.Split(v, ",") {
		if it = unquote(strings.TrimSpace(it)); it != "" {
			out = append(out, it)
		}
	}
	return out
}

var chosenOption = regexp.MustCompile(`Chosen option: ["“]([^"”]*)["”]`)

func (p *parser) readSection(key, heading string, body []string, last bool) {
	r := p.rec
	switch key {
	case keyStatus:
		p.readStatus(body)
	case keyContext:
		r.Context = bodyText(body, last)
	case keyDrivers:
		r.Drivers, _ = bullets(strings.Join(body, "\n"))
	case keyOptions:
		names, _ := bullets(strings.Join(body, "\n"))
		for _, n := range names {
			r.Options = append(r.Options, Option{Name: n})
		}
	case keyDecision:
		if !strings.EqualFold(heading, "decision outcome") {
			r.Decision = bodyText(body, last) // Nygard's Decision keeps its subsections
			break
		}
		pre, subs := split(body, 0, 3)
		r.Decision = bodyText(pre, len(subs) == 0 && last)
		for k, s := range subs {
			text := bodyText(s.body, k == len(subs)-1 && last)
			switch strings.ToLower(s.heading) {
			case "consequences":
				r.Consequences = text
			case "confirmation":
				r.Confirmation = text
			default:
				r.Decision += "\n\n### " + s.heading + "\n\n" + text
			}
		}
		if m := chosenOption.FindStringSubmatch(r.Decision); m != nil {
			r.Chosen = m[1]
		}
	case keyConsequences:
		r.Consequences = bodyText(body, last)
	case keyProsCons:
		_, subs := split(body, 0, 3)
		for _, s := range subs {
			p.readOption(s.heading, s.body)
		}
	case keyMore:
		r.MoreInformation = bodyText(body, last)
	case keyLinks:
		items, _ := bullets(strings.Join(body, "\n"))
		for _, it := range items {
			if l, ok := parseLinkLine(it); ok {
				r.Links = append(r.Links, l)
			}
		}
	}
}

// readStatus reads a Nygard Status section: link lines become links, and
// each paragraph of other lines is one status entry.
func (p *parser) readStatus(body []string) {
	var para []string
	flush := func() {
		if len(para) > 0 {
			text := strings.Join(para, "\n")
			p.rec.Statuses = append(p.rec.Statuses, StatusEntry{Status: statusOf(text), Text: text})
			para = nil
		}
	}
	for _, l := range body {
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		if link, ok := parseLinkLine(l); ok {
			flush()
			p.rec.Links = append(p.rec.Links, link)
			continue
		}
		para = append(para, l)
	}
	flush()
}

// readOption merges an option's pros and cons into the option of the same
// name (compared as plain text), or adds it.
func (p *parser) readOption(heading string, body []string) {
	opts := p.rec.Options
	at := -1
	for i := range opts {
		if opts[i].Heading == "" && strings.EqualFold(plain(opts[i].Name), plain(heading)) {
			at = i
			break
		}
	}
	if at < 0 {
		opts = append(opts, Option{})
		at = len(opts) - 1
	}
	o := &opts[at]
	o.Heading = heading
	items, prose := bullets(strings.Join(body, "\n"))
	for _, it := range items {
		switch e, text := effectOf(it); e {
		case Good:
			o.Pros = append(o.Pros, text)
		case Neutral:
			o.Neutral = append(o.Neutral, text)
		case Bad:
			o.Cons = append(o.Cons, text)
		default:
			prose += "\n* " + it
		}
	}
	o.Description = strings.Join(trimBlank(strings.Split(prose, "\n")), "\n")
	p.rec.Options = opts
}

var mdLink = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)

// plain reduces Markdown links to their text, for comparing option names.
func plain(s string) string { return strings.TrimSpace(mdLink.ReplaceAllString(s, "$1")) }

// bullets splits Markdown into its bullet items ("* x", "- x") and the
// other lines. Indented lines continue the item before them.
func bullets(text string) (items []string, prose string) {
	var other []string
	cur := -1
	for _, l := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(l, "* ") || strings.HasPrefix(l, "- "):
			items = append(items, strings.TrimSpace(l[2:]))
			cur = len(items) - 1
		case cur >= 0 && (strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t")) && strings.TrimSpace(l) != "":
			items[cur] += "\n" + l
		case strings.TrimSpace(l) == "":
			cur = -1
			other = append(other, l)
		default:
			cur = -1
			other = append(other, l)
		}
	}
	return items, strings.Join(trimBlank(other), "\n")
}
