package adr

import (
	"strconv"
	"strings"

	"github.com/leadkit/leadkit/internal/enum"
)

// LinkKind is the typed meaning of a link between two records. The zero
// value means unset; Related stands for any wording outside the known pairs,
// kept in [Link.Text].
type LinkKind uint8

// The kinds of link, in pairs with their reverse.
const (
	Supersedes LinkKind = iota + 1
	SupersededBy
	Amends
	AmendedBy
	Extends
	ExtendedBy
	Related
)

var linkKindNames = enum.Names[LinkKind]{Type: "LinkKind", First: Supersedes,
	Text: []string{"supersedes", "superseded_by", "amends", "amended_by", "extends", "extended_by", "related"}}

// String returns the kind's name: "superseded_by".
func (k LinkKind) String() string { return linkKindNames.String(k) }

// MarshalText returns the kind's name; the zero value is an error.
func (k LinkKind) MarshalText() ([]byte, error) { return linkKindNames.Marshal(k) }

// UnmarshalText parses a kind's name in any letter case.
func (k *LinkKind) UnmarshalText(text []byte) error { return linkKindNames.Unmarshal(text, k) }

// Reverse returns the kind the target of a link states about its source:
// Supersedes and SupersededBy, Amends and AmendedBy, Extends and ExtendedBy
// are pairs; Related is its own reverse.
func (k LinkKind) Reverse() LinkKind {
	switch k {
	case Supersedes, Amends, Extends:
		return k + 1
	case SupersededBy, AmendedBy, ExtendedBy:
		return k - 1
	}
	return k
}

// Words returns how a record states a link of this kind: "Superseded by".
// Related has no words of its own.
func (k LinkKind) Words() string {
	switch k {
	case Supersedes:
		return "Supersedes"
	case SupersededBy:
		return "Superseded by"
	case Amends:
		return "Amends"
	case AmendedBy:
		return "Amended by"
	case Extends:
		return "Extends"
	case ExtendedBy:
		return "Extended by"
	}
	return ""
}

// LinkKindOf classifies the words of a link, in any letter case and with
// adr-tools' "Supercedes" spelling; any other words are Related.
func LinkKindOf(words string) LinkKind {
	w := strings.ToLower(strings.Join(strings.Fields(words), " "))
	w = strings.ReplaceAll(w, "superced", "supersed")
	for k := Supersedes; k < Related; k++ {
		if w == strings.ToLower(k.Words()) {
			return k
		}
	}
	return Related
}

// Link is a typed reference from one record to another, as a record states
// it ("Superseded by [3. Use Go](0003-use-go.md)").
type Link struct {
	// Kind is what the link means.
	Kind LinkKind `json:"kind"`
	// Text is the link's words as written, such as "Superceded by"; empty
	// means the kind's own words.
	Text string `json:"text,omitempty"`
	// Target is the number of the record linked to.
	Target int `json:"target"`
	// Title is the link's label as written, such as "3. Use Go".
	Title string `json:"title,omitempty"`
	// File is the file linked to, such as "0003-use-go.md".
	File string `json:"file,omitempty"`
}

// Words returns the link's words: Text, or the kind's words when Text is
// empty.
func (l Link) Words() string {
	if l.Text != "" {
		return l.Text
	}
	return l.Kind.Words()
}

// parseLinkLine reads "WORDS [TITLE](FILE)", the form adr-tools writes in a
// Status section. The target number comes from the file name, else from
// the title ("3. Use Go").
func parseLinkLine(line string) (Link, bool) {
	if !strings.HasSuffix(line, ")") {
		return Link{}, false
	}
	open := strings.Index(line, " [")
	mid := strings.LastIndex(line, "](")
	if open <= 0 || mid < open {
		return Link{}, false
	}
	l := Link{Text: line[:open], Title: line[open+2 : mid], File: line[mid+2 : len(line)-1]}
	l.Kind = LinkKindOf(l.Text)
	n, ok := leadingNumber(baseName(l.File))
	if !ok {
		n, ok = leadingNumber(l.Title)
	}
	if !ok {
		return Link{}, false
	}
	l.Target = n
	return l, true
}

// leadingNumber reads the decimal number that starts s.
func leadingNumber(s string) (int, bool) {
	end := 0
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	if end == 0 || end > 9 {
		return 0, false
	}
	n, err := strconv.Atoi(s[:end])
	return n, err == nil
}

// baseName is the last element of a slash-separated path.
func baseName(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}
