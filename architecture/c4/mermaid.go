package c4

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/leadkit/leadkit"
)

// Mermaid renders views as Mermaid C4 diagrams: C4Context for landscape
// and context views, C4Container and C4Component for the others.
//
// Mermaid's C4 strings have no escape character, so text is written with
// Mermaid's entity codes: a double quote becomes "#quot;", "#" becomes
// "#35;", "<" and ">" become "#lt;" and "#gt;", and a line break becomes
// "<br/>". The word "direction" is written "directio#110;" because Mermaid
// reads any line containing "direction TB" as a layout statement.
type Mermaid struct {
	// Markdown wraps each diagram in a ```mermaid fence under a "## title"
	// heading, so that several views fit in one Markdown document. Without
	// it, Render accepts at most one view.
	Markdown bool
}

// Render writes the views (or the system landscape when there are none).
func (mm Mermaid) Render(w io.Writer, m *Model, views ...*View) error {
	views = defaultViews(views)
	if len(views) > 1 && !mm.Markdown {
		return fmt.Errorf("c4: a Mermaid document holds one diagram, got %d views (set Markdown to write several): %w", len(views), leadkit.ErrInvalid)
	}
	bw := bufio.NewWriter(w)
	var g *graph
	for i, v := range views {
		s, err := newScene(m, v, &g)
		if err != nil {
			return err
		}
		if mm.Markdown {
			if i > 0 {
				bw.WriteString("\n")
			}
			fmt.Fprintf(bw, "## %s\n\n```mermaid\n", oneLine(v.DefaultTitle()))
		}
		writeMermaid(bw, s)
		if mm.Markdown {
			bw.WriteString("```\n")
		}
	}
	return bw.Flush()
}

func writeMermaid(w *bufio.Writer, s *scene) {
	switch s.view.Kind {
	case ContainerView:
		w.WriteString("C4Container\n")
	case ComponentView:
		w.WriteString("C4Component\n")
	default:
		w.WriteString("C4Context\n")
	}
	title := mermaidTitle(s.view.DefaultTitle())
	if title == "" {
		title = "Untitled"
	}
	w.WriteString("title " + title + "\n")
	writeMacros(w, s, mermaidString)
}

var mermaidEscaper = strings.NewReplacer(
	`"`, "#quot;",
	"#", "#35;",
	"<", "#lt;",
	">", "#gt;",
	"\r\n", "<br/>",
	"\n", "<br/>",
	"\r", "<br/>",
	"\t", " ",
	"direction", "directio#110;",
)

// mermaidString quotes text for a Mermaid C4 macro argument.
func mermaidString(text string) string {
	return `"` + mermaidEscaper.Replace(strings.ToValidUTF8(text, "\uFFFD")) + `"`
}

var mermaidTitleEscaper = strings.NewReplacer("#", "＃", ";", "；", "direction", "directio\u200dn")

// mermaidTitle makes text safe after "title": Mermaid ends a title at "#",
// ";" or a line break, and decodes no entities there, so those become
// their full-width look-alikes and a space.
func mermaidTitle(text string) string {
	text = strings.ToValidUTF8(oneLine(text), "\uFFFD")
	return strings.TrimSpace(mermaidTitleEscaper.Replace(text))
}

var lineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")

// oneLine replaces line breaks and tabs with spaces.
func oneLine(text string) string {
	if !strings.ContainsAny(text, "\r\n\t") {
		return text
	}
	return lineBreaks.Replace(text)
}
