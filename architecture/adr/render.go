package adr

import (
	"fmt"
	"io"
	"strings"
)

// Render writes r in its own format.
func Render(w io.Writer, r *Record) error {
	if r.Format == MADR {
		return RenderMADR(w, r)
	}
	return RenderNygard(w, r)
}

// section is a heading and its body, ready to write.
type section struct {
	key, heading, body string
}

// RenderNygard writes r in the layout adr-tools writes: "# N. Title", the
// date, then Status, Context, Decision and Consequences. MADR-only parts
// follow under MADR's headings. A record read with [ParseNygard] from a
// file adr-tools wrote is written back byte for byte.
func RenderNygard(w io.Writer, r *Record) error {
	var b strings.Builder
	b.WriteString("# " + r.Heading() + "\n\n")
	if r.Date != "" {
		b.WriteString("Date: " + r.Date + "\n\n")
	}
	if r.Preamble != "" {
		b.WriteString(r.Preamble + "\n\n")
	}
	var status []string
	for _, e := range r.Statuses {
		status = append(status, e.Words(Nygard))
	}
	for _, l := range r.Links {
		status = append(status, linkLine(l))
	}
	secs := []section{
		{keyStatus, "Status", strings.Join(status, "\n\n")},
		{keyContext, "Context", r.Context},
	}
	secs = append(secs, madrLists(r)...)
	secs = append(secs,
		section{keyDecision, "Decision", r.Decision},
		section{keyConsequences, "Consequences", r.Consequences})
	if r.Confirmation != "" {
		secs = append(secs, section{keyConsequences, "Confirmation", r.Confirmation})
	}
	secs = append(secs, madrTail(r)...)
	writeSections(&b, r, secs)
	_, err := io.WriteString(w, b.String())
	return err
}

// RenderMADR writes r as a MADR 4 record: front matter, "# Title", then
// MADR's sections. Parsing the result gives an equal record.
func RenderMADR(w io.Writer, r *Record) error {
	var b strings.Builder
	var fm []string
	if s := r.StatusText(); s != "" {
		fm = append(fm, "status: "+yamlScalar(s))
	}
	if r.Date != "" {
		fm = append(fm, "date: "+yamlScalar(r.Date))
	}
	for _, kv := range []struct {
		key  string
		list []string
	}{{"decision-makers", r.DecisionMakers}, {"consulted", r.Consulted}, {"informed", r.Informed}} {
		if len(kv.list) > 0 {
			fm = append(fm, kv.key+": "+yamlScalar(strings.Join(kv.list, ", ")))
		}
	}
	for _, m := range r.Meta {
		if m.Key == "" {
			fm = append(fm, m.Value)
		} else {
			fm = append(fm, m.Key+": "+yamlScalar(m.Value))
		}
	}
	if len(fm) > 0 {
		b.WriteString("---\n" + strings.Join(fm, "\n") + "\n---\n\n")
	}
	b.WriteString("# " + r.Heading() + "\n\n")
	if r.Preamble != "" {
		b.WriteString(r.Preamble + "\n\n")
	}
	secs := []section{{keyContext, "Context and Problem Statement", r.Context}}
	secs = append(secs, madrLists(r)...)
	outcome := r.Decision
	for _, sub := range []struct{ heading, body string }{{"Consequences", r.Consequences}, {"Confirmation", r.Confirmation}} {
		if sub.body != "" {
			if outcome != "" {
				outcome += "\n\n"
			}
			outcome += "### " + sub.heading + "\n\n" + sub.body
		}
	}
	secs = append(secs, section{keyDecision, "Decision Outcome", outcome})
	secs = append(secs, madrTail(r)...)
	if len(r.Links) > 0 {
		var ls []string
		for _, l := range r.Links {
			ls = append(ls, "* "+linkLine(l))
		}
		secs = append(secs, section{keyLinks, "Links", strings.Join(ls, "\n")})
	}
	writeSections(&b, r, secs)
	_, err := io.WriteString(w, b.String())
	return err
}

// madrLists are the Decision Drivers and Considered Options sections.
func madrLists(r *Record) []section {
	var secs []section
	if len(r.Drivers) > 0 {
		secs = append(secs, section{keyDrivers, "Decision Drivers", bulletList(r.Drivers)})
	}
	var names []string
	for _, o := range r.Options {
		if o.Name != "" {
			names = append(names, o.Name)
		}
	}
	if len(names) > 0 {
		secs = append(secs, section{keyOptions, "Considered Options", bulletList(names)})
	}
	return secs
}

// madrTail are the Pros and Cons and More Information sections.
func madrTail(r *Record) []section {
	var secs []section
	var opts []string
	for _, o := range r.Options {
		if o.Heading == "" && o.Description == "" && len(o.Pros)+len(o.Neutral)+len(o.Cons) == 0 {
			continue
		}
		h := o.Heading
		if h == "" {
			h = plain(o.Name)
		}
		var parts []string
		if o.Description != "" {
			parts = append(parts, o.Description)
		}
		var args []string
		for _, p := range o.Pros {
			args = append(args, "Good, because "+p)
		}
		for _, p := range o.Neutral {
			args = append(args, "Neutral, because "+p)
		}
		for _, p := range o.Cons {
			args = append(args, "Bad, because "+p)
		}
		if len(args) > 0 {
			parts = append(parts, bulletList(args))
		}
		opts = append(opts, strings.TrimRight("### "+h+"\n\n"+strings.Join(parts, "\n\n"), "\n"))
	}
	if len(opts) > 0 {
		secs = append(secs, section{keyProsCons, "Pros and Cons of the Options", strings.Join(opts, "\n\n")})
	}
	if r.MoreInformation != "" {
		secs = append(secs, section{keyMore, "More Information", r.MoreInformation})
	}
	return secs
}

// writeSections writes the known sections with the record's other sections
// in the places they had.
func writeSections(b *strings.Builder, r *Record, known []section) {
	var all []section
	for _, k := range known {
		for _, s := range r.Sections {
			if s.Before == k.key {
				all = append(all, section{heading: s.Heading, body: s.Body})
			}
		}
		all = append(all, k)
	}
	placed := map[string]bool{}
	for _, k := range known {
		placed[k.key] = true
	}
	for _, s := range r.Sections {
		if !placed[s.Before] {
			all = append(all, section{heading: s.Heading, body: s.Body})
		}
	}
	for i, s := range all {
		b.WriteString("## " + s.heading + "\n")
		last := i == len(all)-1
		if s.body == "" {
			if !last {
				b.WriteString("\n")
			}
			continue
		}
		b.WriteString("\n" + s.body + "\n")
		if !last {
			b.WriteString("\n")
		}
	}
}

// linkLine writes a link the way adr-tools does.
func linkLine(l Link) string {
	title, file := l.Title, l.File
	if title == "" {
		title = fmt.Sprint(l.Target)
	}
	if file == "" {
		file = fmt.Sprintf("%04d.md", l.Target)
	}
	return l.Words() + " [" + title + "](" + file + ")"
}

func bulletList(items []string) string {
	var b strings.Builder
	for i, it := range items {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("* " + it)
	}
	return b.String()
}

// yamlScalar quotes a front matter value when YAML would misread it bare.
func yamlScalar(v string) string {
	if v == "" || strings.ContainsAny(v[:1], "{[*&!|>'\"%@`#,?-") || strings.Contains(v, ": ") || strings.Contains(v, " #") {
		return `"` + strings.ReplaceAll(strings.ReplaceAll(v, `\`, `\\`), `"`, `\"`) + `"`
	}
	return v
}
