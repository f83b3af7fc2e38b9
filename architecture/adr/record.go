package adr

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/leadkit/leadkit/internal/enum"
)

// Format is the Markdown layout of a record. The zero value is Nygard, the
// layout adr-tools writes.
type Format uint8

// The formats a record is read from and written in.
const (
	Nygard Format = iota // "# N. Title", "Date:", then Status, Context, Decision, Consequences
	MADR                 // front matter, "# Title", then MADR 4's sections
)

var formatNames = enum.Names[Format]{Type: "Format", Text: []string{"nygard", "madr"}}

// String returns "nygard" or "madr".
func (f Format) String() string { return formatNames.String(f) }

// MarshalText returns the format's name.
func (f Format) MarshalText() ([]byte, error) { return formatNames.Marshal(f) }

// UnmarshalText parses a format's name in any letter case.
func (f *Format) UnmarshalText(text []byte) error { return formatNames.Unmarshal(text, f) }

// Record is one architecture decision record. Text fields hold Markdown as
// written, so that a record read and written again keeps its bytes.
type Record struct {
	// Number is the record's number, from its heading or else its file name.
	Number int `json:"number"`
	// Title is the decision's title, without the number.
	Title string `json:"title"`
	// Date is the date as written; the Nygard "Date:" line or MADR's date.
	// [Log.Check] expects YYYY-MM-DD.
	Date string `json:"date,omitempty"`
	// Statuses is the status history, oldest first.
	Statuses []StatusEntry `json:"statuses,omitempty"`
	// Links are the typed links to other records, in the order written.
	Links []Link `json:"links,omitempty"`
	// DecisionMakers, Consulted and Informed are MADR's front matter lists.
	DecisionMakers []string `json:"decision_makers,omitempty"`
	Consulted      []string `json:"consulted,omitempty"`
	Informed       []string `json:"informed,omitempty"`
	// Context is the forces at play ("Context and Problem Statement" in MADR).
	Context string `json:"context,omitempty"`
	// Drivers are MADR's decision drivers.
	Drivers []string `json:"drivers,omitempty"`
	// Options are the considered options with their pros and cons.
	Options []Option `json:"options,omitempty"`
	// Chosen is the option MADR's outcome names ("Chosen option: "X"").
	Chosen string `json:"chosen,omitempty"`
	// Decision is the decision as written (MADR's outcome text).
	Decision string `json:"decision,omitempty"`
	// Consequences are the consequences as written; see [Record.ConsequenceList].
	Consequences string `json:"consequences,omitempty"`
	// Confirmation is MADR's "how compliance is confirmed".
	Confirmation string `json:"confirmation,omitempty"`
	// MoreInformation is MADR's closing section.
	MoreInformation string `json:"more_information,omitempty"`
	// Preamble is any text between the title (and date) and the first
	// section.
	Preamble string `json:"preamble,omitempty"`
	// Sections are the sections neither format defines, kept in order.
	Sections []Section `json:"sections,omitempty"`
	// Meta are front matter entries MADR does not define, such as a site
	// generator's "nav_order", kept in order.
	Meta []MetaField `json:"meta,omitempty"`
	// Format is the layout the record was read from, and is written in.
	Format Format `json:"format"`
}

// StatusEntry is one step of a record's status history.
type StatusEntry struct {
	// Status is the typed status.
	Status Status `json:"status"`
	// Text is the status as written ("Accepted", "on hold"); empty means the
	// status's own name.
	Text string `json:"text,omitempty"`
}

// Words returns the entry as a record states it.
func (e StatusEntry) Words(f Format) string {
	switch {
	case e.Text != "":
		return e.Text
	case f == MADR:
		return e.Status.String()
	}
	return e.Status.Title()
}

// Option is one considered option.
type Option struct {
	// Name is the option as the "Considered Options" list gives it; empty
	// for an option only discussed under "Pros and Cons of the Options".
	Name string `json:"name,omitempty"`
	// Heading is the option's heading under "Pros and Cons of the Options",
	// when it has one there.
	Heading string `json:"heading,omitempty"`
	// Description is the option's text other than its pros and cons.
	Description string `json:"description,omitempty"`
	// Pros, Neutral and Cons are its "Good, because", "Neutral, because" and
	// "Bad, because" arguments.
	Pros    []string `json:"pros,omitempty"`
	Neutral []string `json:"neutral,omitempty"`
	Cons    []string `json:"cons,omitempty"`
}

// Section is a section neither format defines, kept verbatim.
type Section struct {
	// Heading is the heading text without the leading "## ".
	Heading string `json:"heading"`
	// Body is the section's Markdown.
	Body string `json:"body,omitempty"`
	// Before names the known section this one preceded in the source, so
	// that writing keeps its place; empty means after all of them.
	Before string `json:"before,omitempty"`
}

// MetaField is a front matter entry; a Key of "" holds a comment line.
type MetaField struct {
	Key   string `json:"key,omitempty"`
	Value string `json:"value"`
}

// clone copies r deeply, so that a log's records and its callers' copies
// never share slices.
func (r Record) clone() Record {
	r.Statuses = slices.Clone(r.Statuses)
	r.Links = slices.Clone(r.Links)
	r.DecisionMakers = slices.Clone(r.DecisionMakers)
	r.Consulted = slices.Clone(r.Consulted)
	r.Informed = slices.Clone(r.Informed)
	r.Drivers = slices.Clone(r.Drivers)
	r.Sections = slices.Clone(r.Sections)
	r.Meta = slices.Clone(r.Meta)
	r.Options = slices.Clone(r.Options)
	for i, o := range r.Options {
		o.Pros, o.Neutral, o.Cons = slices.Clone(o.Pros), slices.Clone(o.Neutral), slices.Clone(o.Cons)
		r.Options[i] = o
	}
	return r
}

// Status returns the current status: Superseded when the record states a
// successor, else the last entry of the history, else zero.
func (r *Record) Status() Status {
	if len(r.Successors()) > 0 {
		return Superseded
	}
	if len(r.Statuses) == 0 {
		return 0
	}
	return r.Statuses[len(r.Statuses)-1].Status
}

// StatusText returns the current status as written, or its name.
func (r *Record) StatusText() string {
	if len(r.Statuses) == 0 {
		if r.Status() == Superseded {
			return Superseded.Title()
		}
		return ""
	}
	return r.Statuses[len(r.Statuses)-1].Words(r.Format)
}

// Successors returns the numbers of the records that supersede this one:
// its "superseded by" links and, in MADR, a status such as "superseded by
// ADR-0123".
func (r *Record) Successors() []int {
	var out []int
	for _, l := range r.Links {
		if l.Kind == SupersededBy {
			out = append(out, l.Target)
		}
	}
	for _, e := range r.Statuses {
		if e.Status != Superseded {
			continue
		}
		if m := successorRef.FindStringSubmatch(e.Text); m != nil {
			n, _ := strconv.Atoi(m[1]) // at most nine digits
			out = append(out, n)
		}
	}
	return out
}

// Heading returns the first line's text: "3. Use Go" in the Nygard format,
// the bare title in MADR.
func (r *Record) Heading() string {
	if r.Format == Nygard && r.Number > 0 {
		return fmt.Sprintf("%d. %s", r.Number, r.Title)
	}
	return r.Title
}

// Consequence is one consequence with its direction, as MADR lists them.
type Consequence struct {
	Text   string `json:"text"`
	Effect Effect `json:"effect"`
}

// Effect says whether a consequence is good, bad or neutral. The zero value
// means the text does not say.
type Effect uint8

// The effects MADR's bullet lists name.
const (
	Good Effect = iota + 1
	Neutral
	Bad
)

var effectNames = enum.Names[Effect]{Type: "Effect", First: Good, Text: []string{"good", "neutral", "bad"}}

// String returns "good", "neutral" or "bad".
func (e Effect) String() string { return effectNames.String(e) }

// MarshalText returns the effect's name.
func (e Effect) MarshalText() ([]byte, error) { return effectNames.Marshal(e) }

// UnmarshalText parses an effect's name in any letter case.
func (e *Effect) UnmarshalText(text []byte) error { return effectNames.Unmarshal(text, e) }

// ConsequenceList splits Consequences into its bullet points, reading
// "Good, because …", "Bad, because …" and "Neutral, because …" as effects.
// Prose consequences (the Nygard style) give one item of unknown effect.
func (r *Record) ConsequenceList() []Consequence {
	var out []Consequence
	items, prose := bullets(r.Consequences)
	prose = strings.TrimSpace(htmlComment.ReplaceAllString(prose, ""))
	if prose != "" {
		out = append(out, Consequence{Text: strings.TrimSpace(prose)})
	}
	for _, it := range items {
		e, text := effectOf(it)
		out = append(out, Consequence{Text: text, Effect: e})
	}
	return out
}

// successorRef finds the number in "superseded by ADR-0123" or "superseded
// by [ADR-0005](0005-x.md)".
var successorRef = regexp.MustCompile(`(?i)\bby\b[^0-9]*([0-9]{1,9})`)

var htmlComment = regexp.MustCompile(`(?s)<!--.*?-->`)

// effectOf splits "Good, because X" into Good and "X".
func effectOf(item string) (Effect, string) {
	for e := Good; e <= Bad; e++ {
		prefix := strings.ToUpper(e.String()[:1]) + e.String()[1:] + ", because "
		if rest, ok := strings.CutPrefix(item, prefix); ok {
			return e, rest
		}
	}
	return 0, item
}

// Slug turns a title into the slug of a file name: letters and digits of
// any script, lower-cased, with every other run of characters made one
// "-", and none at either end. "Use Node.js v18, not v16!" gives
// "use-node-js-v18-not-v16"; "Café au lait" gives "café-au-lait".
func Slug(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range title {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(unicode.ToLower(r))
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}

// FileName names a record's file the way adr-tools does:
// "0007-use-iso-8601-format-for-dates.md".
func FileName(number int, title string) string {
	return fmt.Sprintf("%04d-%s.md", number, Slug(title))
}
