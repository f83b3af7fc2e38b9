package growth

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

// WriteText writes the report as a plain-text table followed by the
// surprises, the focus skills and the findings.
func (r Report) WriteText(w io.Writer) error {
	p := &printer{w: w}
	p.printf("%s\n\n", r.title())
	tw := tabwriter.NewWriter(p, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SKILL\tSELF\tOTHERS\tMEAN\tMEDIAN\tRANGE\tGAP\tCLASS")
	for _, row := range r.Rows {
		c := row.cells()
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\n", c.name, c.self, row.Others.Count, c.mean, c.median, c.span, c.gap, c.class)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(r.Surprises) > 0 {
		p.printf("\nSurprises:\n")
		for i, id := range r.Surprises {
			row, _ := r.Row(id)
			c := row.cells()
			p.printf("  %d. %s: %s, gap %s\n", i+1, c.name, c.class, c.gap)
		}
	}
	if len(r.Focus) > 0 {
		p.printf("\nFocus:\n")
		for i, f := range r.Focus {
			p.printf("  %d. %s\n", i+1, f.Reason)
		}
	}
	if len(r.Findings) > 0 {
		p.printf("\nFindings:\n")
		for _, f := range r.Findings {
			p.printf("  %s\n", f)
			if f.Hint != "" {
				p.printf("    hint: %s\n", f.Hint)
			}
		}
	}
	return p.err
}

// WriteMarkdown writes the report as a Markdown section with a table, the
// surprises, the focus skills and the findings.
func (r Report) WriteMarkdown(w io.Writer) error {
	p := &printer{w: w}
	p.printf("## %s\n\n", markdownEscape(r.title()))
	p.printf("| Skill | Self | Others | Mean | Median | Range | Gap | Class |\n")
	p.printf("|---|---:|---:|---:|---:|:---:|---:|---|\n")
	for _, row := range r.Rows {
		c := row.cells()
		p.printf("| %s | %s | %d | %s | %s | %s | %s | %s |\n", markdownEscape(c.name), c.self, row.Others.Count, c.mean, c.median, c.span, c.gap, c.class)
	}
	if len(r.Surprises) > 0 {
		p.printf("\n### Surprises\n\n")
		for i, id := range r.Surprises {
			row, _ := r.Row(id)
			c := row.cells()
			p.printf("%d. **%s**: %s, gap %s\n", i+1, markdownEscape(c.name), c.class, c.gap)
		}
	}
	if len(r.Focus) > 0 {
		p.printf("\n### Focus\n\n")
		for i, f := range r.Focus {
			p.printf("%d. %s\n", i+1, markdownEscape(f.Reason))
		}
	}
	if len(r.Findings) > 0 {
		p.printf("\n### Findings\n\n")
		for _, f := range r.Findings {
			p.printf("- %s `%s`", f.Severity, f.Code)
			if f.Field != "" {
				p.printf(" (%s)", markdownEscape(f.Field))
			}
			p.printf(": %s", markdownEscape(f.Message))
			if f.Hint != "" {
				p.printf(" %s", markdownEscape(f.Hint))
			}
			p.printf("\n")
		}
	}
	return p.err
}

func (r Report) title() string {
	var b strings.Builder
	b.WriteString("Self versus others")
	if r.Subject != "" {
		b.WriteString(": ")
		b.WriteString(r.Subject)
	}
	if !r.Date.IsZero() {
		b.WriteString(" (")
		b.WriteString(r.Date.Format(time.DateOnly))
		b.WriteString(")")
	}
	return b.String()
}

// cells are a row's figures as text; "-" stands for a figure not shown.
type cells struct{ name, self, mean, median, span, gap, class string }

func (row SkillRow) cells() cells {
	c := cells{name: row.Skill.Name, self: "-", mean: "-", median: "-", span: "-", gap: "-", class: strings.ReplaceAll(row.Class.String(), "_", " ")}
	if c.name == "" {
		c.name = row.Skill.ID
	}
	if row.Key {
		c.name += " (key)"
	}
	if row.Self != 0 {
		c.self = strconv.Itoa(row.Self)
	}
	if row.Others.Mean != 0 {
		c.mean = formatScore(row.Others.Mean)
		c.median = formatScore(row.Others.Median)
		c.span = fmt.Sprintf("%d–%d", row.Others.Min, row.Others.Max)
	}
	if row.Gap != nil {
		c.gap = formatScore(*row.Gap)
		if *row.Gap > 0 {
			c.gap = "+" + c.gap
		}
	}
	if row.Contested {
		c.class += ", contested"
	}
	return c
}

var markdownEscaper = strings.NewReplacer(`\`, `\\`, `|`, `\|`, `*`, `\*`, `_`, `\_`, "`", "\\`", `<`, `&lt;`, "\n", " ")

func markdownEscape(s string) string { return markdownEscaper.Replace(s) }

// printer writes formatted text and keeps the first error, so that a long
// rendering checks for failure once.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) Write(b []byte) (int, error) {
	if p.err != nil {
		return 0, p.err
	}
	n, err := p.w.Write(b)
	p.err = err
	return n, err
}

func (p *printer) printf(format string, args ...any) { fmt.Fprintf(p, format, args...) }
