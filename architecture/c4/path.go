package c4

import "strings"

// JoinPath joins element names into a canonical path, such as
// "Shop/Web App". A "/" or "\" inside a name is escaped with a backslash, so
// that every distinct list of names gives a distinct path and [SplitPath]
// gives the names back.
func JoinPath(names ...string) string {
	var b strings.Builder
	for i, n := range names {
		if i > 0 {
			b.WriteByte('/')
		}
		writePathSegment(&b, n)
	}
	return b.String()
}

// SplitPath splits a canonical path into its names, undoing the escapes of
// [JoinPath]. A backslash before any other character stands for that
// character.
func SplitPath(path string) []string {
	if !strings.ContainsRune(path, '\\') {
		return strings.Split(path, "/")
	}
	var names []string
	var b strings.Builder
	for i := 0; i < len(path); i++ {
		switch c := path[i]; {
		case c == '\\' && i+1 < len(path):
			i++
			b.WriteByte(path[i])
		case c == '/':
			names = append(names, b.String())
			b.Reset()
		default:
			b.WriteByte(c)
		}
	}
	return append(names, b.String())
}

func writePathSegment(b *strings.Builder, name string) {
	if !strings.ContainsAny(name, `/\`) {
		b.WriteString(name)
		return
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; c == '/' || c == '\\' {
			b.WriteByte('\\')
		}
		b.WriteByte(name[i])
	}
}

// childPath returns the canonical path of an element named name inside
// parent (nil for a top-level element).
func childPath(parent *Element, name string) string {
	var b strings.Builder
	if parent != nil {
		b.Grow(len(parent.path) + 1 + len(name))
		b.WriteString(parent.path)
		b.WriteByte('/')
	}
	writePathSegment(&b, name)
	return b.String()
}
