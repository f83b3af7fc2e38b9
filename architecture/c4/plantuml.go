package c4

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// PlantUML renders views as C4-PlantUML diagrams, one @startuml block per
// view, using the C4 files of PlantUML's standard library
// ("!include <C4/C4_Container>"), so no network access is needed.
//
// PlantUML strings have no escape character either: a double quote,
// backslash, "$", "%", "<", ">" and "~" are written as Unicode code points
// ("<U+0022>"), the second of two doubled Creole markup characters ("**",
// "//", "--", "__", "==") likewise, and a line break as "\n".
type PlantUML struct {
	// Legend adds SHOW_LEGEND() to each diagram.
	Legend bool
}

// Render writes the views (or the system landscape when there are none).
func (p PlantUML) Render(w io.Writer, m *Model, views ...*View) error {
	return renderScenes(w, m, views, p.write)
}

func (p PlantUML) write(w *bufio.Writer, s *scene) {
	w.WriteString("@startuml")
	if s.view.Key != "" {
		w.WriteString(" " + aliasOf(s.view.Key))
	}
	w.WriteString("\n!include <C4/" + s.include() + ">\n\n")
	if l := s.view.AutoLayout; l != nil {
		switch l.Direction {
		case LeftRight, RightLeft:
			w.WriteString("LAYOUT_LEFT_RIGHT()\n")
		default:
			w.WriteString("LAYOUT_TOP_DOWN()\n")
		}
	}
	w.WriteString("title " + plantumlText(s.view.DefaultTitle()) + "\n\n")
	writeMacros(w, s, plantumlString)
	if p.Legend {
		w.WriteString("\nSHOW_LEGEND()\n")
	}
	w.WriteString("@enduml\n")
}

// plantumlString quotes text for a C4-PlantUML macro argument.
func plantumlString(text string) string { return `"` + plantumlText(text) + `"` }

// plantumlText escapes text for a PlantUML label (see [PlantUML]).
func plantumlText(text string) string {
	if plain(text, "\"\\$<>~%\r\n\t", "*/-_=") {
		return text
	}
	text = strings.ToValidUTF8(text, "\uFFFD")
	var b strings.Builder
	b.Grow(len(text) + 8)
	var prev rune
	for _, r := range text {
		switch {
		case r == '\r':
			// a "\r\n" pair becomes one line break below
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteByte(' ')
		case strings.ContainsRune("\"\\$<>~%", r),
			prev == r && strings.ContainsRune("*/-_=", r):
			b.WriteString("<U+")
			hex := strings.ToUpper(strconv.FormatInt(int64(r), 16))
			b.WriteString(strings.Repeat("0", max(0, 4-len(hex))) + hex)
			b.WriteByte('>')
			r = 0 // a third repeat is again plain
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// plain reports whether text is valid UTF-8 with none of the ASCII
// characters in special and no doubled one of those in doubled, so that it
// needs no escape.
func plain(text, special, doubled string) bool {
	if !utf8.ValidString(text) {
		return false
	}
	var prev byte
	for i := 0; i < len(text); i++ {
		c := text[i]
		if strings.IndexByte(special, c) >= 0 || (c == prev && strings.IndexByte(doubled, c) >= 0) {
			return false
		}
		prev = c
	}
	return true
}
