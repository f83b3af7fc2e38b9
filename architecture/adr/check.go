package adr

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/leadkit/leadkit"
)

// Check finds what makes the log inconsistent or hard to read; see the
// package documentation for every code. Findings come in file order, then
// those about the log as a whole. The fixture logs of adr-tools and MADR
// give no Error.
func (l *Log) Check() leadkit.Findings {
	var fs leadkit.Findings
	add := func(code string, sev leadkit.Severity, field, hint, format string, args ...any) {
		fs = append(fs, leadkit.Finding{Code: code, Severity: sev, Field: field, Message: fmt.Sprintf(format, args...), Hint: hint})
	}
	byNumber := map[int][]*entry{}
	for _, e := range l.entries {
		byNumber[e.rec.Number] = append(byNumber[e.rec.Number], e)
	}
	allowed := map[string]bool{}
	for _, s := range l.opts.AllowedStatuses {
		allowed[strings.ToLower(strings.TrimSpace(s))] = true
	}
	for _, e := range l.entries {
		r, f := &e.rec, e.file
		if others := byNumber[r.Number]; len(others) > 1 && others[0] != e {
			add("adr.number.duplicate", leadkit.Error, f, "Renumber one of them and update the links to it.",
				"Record %q has number %d, like %q.", f, r.Number, others[0].file)
		}
		if n, _ := leadingNumber(f); n != r.Number {
			add("adr.number.mismatch", leadkit.Warning, f, "Make the heading's number match the file name.",
				"The heading numbers the record %d but its file name says %d.", r.Number, n)
		}
		if strings.TrimSpace(r.Title) == "" {
			add("adr.title.missing", leadkit.Error, f, "Give the record a title in its first heading.", "Record %q has no title.", f)
		} else if !slugMatches(f, r.Title) {
			add("adr.title.mismatch", leadkit.Warning, f, fmt.Sprintf("Rename the file to %q, or retitle the record.", FileName(n0(f), r.Title)),
				"The file name %q does not match the title %q.", f, r.Title)
		}
		checkStatus(r, f, allowed, add)
		if r.Date != "" {
			if _, err := time.Parse(time.DateOnly, r.Date); err != nil {
				hint := "Write dates as YYYY-MM-DD."
				if ukDate.MatchString(r.Date) {
					hint = "Write dates as YYYY-MM-DD; \"adr upgrade-repository\" converts dd/mm/yyyy dates."
				}
				add("adr.date.format", leadkit.Warning, f, hint, "The date %q is not in the YYYY-MM-DD format.", r.Date)
			}
		}
		for i, link := range r.Links {
			field := fmt.Sprintf("%s: links[%d]", f, i)
			target, ok := byNumber[link.Target]
			switch {
			case !ok:
				add("adr.link.dangling", leadkit.Error, field, "Link to an existing record, or remove the link.",
					"The link %q points to record %d, which is not in the log.", link.Words(), link.Target)
			case link.Target == r.Number:
				add("adr.link.self", leadkit.Warning, field, "Remove the link.", "Record %d links to itself with %q.", r.Number, link.Words())
			case !hasReverse(&target[0].rec, link, r.Number):
				code, sev := "adr.link.reverse_missing", leadkit.Warning
				if link.Kind == Supersedes || link.Kind == SupersededBy {
					code, sev = "adr.supersede.reverse_missing", leadkit.Error
				}
				want := "a link back"
				if w := link.Kind.Reverse().Words(); link.Kind != Related {
					want = fmt.Sprintf("%q", w)
				}
				add(code, sev, field, fmt.Sprintf("Add %s to record %d, as \"adr link\" does.", want, link.Target),
					"Record %d says %q record %d, but record %d has no link back.", r.Number, link.Words(), link.Target, link.Target)
			}
		}
	}
	fs = append(fs, l.checkNumbers()...)
	fs = append(fs, l.checkCycles()...)
	return fs
}

var ukDate = regexp.MustCompile(`^[0-9]{2}/[0-9]{2}/[0-9]{4}$`)

// n0 is the number that starts a file name.
func n0(file string) int { n, _ := leadingNumber(file); return n }

func checkStatus(r *Record, f string, allowed map[string]bool, add func(string, leadkit.Severity, string, string, string, ...any)) {
	if len(r.Statuses) == 0 && len(r.Successors()) == 0 {
		add("adr.status.missing", leadkit.Warning, f, "State the status: proposed, accepted, rejected, deprecated or superseded.",
			"Record %d has no status.", r.Number)
	}
	var prev Status
	for i, s := range r.Statuses {
		if s.Status == Custom {
			if !allowed[strings.ToLower(strings.TrimSpace(s.Text))] {
				add("adr.status.custom", leadkit.Warning, fmt.Sprintf("%s: statuses[%d]", f, i),
					"Use proposed, accepted, rejected, deprecated or superseded, or allow this status in Options.AllowedStatuses.",
					"The status %q is not one of the known statuses.", s.Text)
			}
		} else if i > 0 && prev != Custom && prev != s.Status && !CanTransition(prev, s.Status) {
			add("adr.status.transition", leadkit.Warning, fmt.Sprintf("%s: statuses[%d]", f, i),
				"Supersede or deprecate the record instead of changing a final status.",
				"The status moves from %q to %q, which the status table does not allow.", prev, s.Status)
		}
		prev = s.Status
	}
	if len(r.Statuses) > 0 && r.Statuses[len(r.Statuses)-1].Status == Superseded && len(r.Successors()) == 0 {
		add("adr.supersede.successor_missing", leadkit.Error, f, "Add a \"Superseded by\" link to the record that replaces it.",
			"Record %d is superseded but does not say by which record.", r.Number)
	}
}

// hasReverse reports whether target states the reverse of link back to the
// record numbered source.
func hasReverse(target *Record, link Link, source int) bool {
	for _, back := range target.Links {
		if back.Target != source {
			continue
		}
		if link.Kind == Related || back.Kind == link.Kind.Reverse() {
			return true
		}
	}
	if link.Kind == Supersedes {
		return slices.Contains(target.Successors(), source)
	}
	return false
}

// slugMatches compares a file name's slug with the title's, ignoring case;
// the ASCII slugs adr-tools makes of non-ASCII titles match too.
func slugMatches(file, title string) bool {
	slug := strings.TrimSuffix(file, ".md")
	if i := strings.IndexByte(slug, '-'); i >= 0 {
		slug = slug[i+1:]
	}
	slug = strings.ToLower(slug)
	return slug == Slug(title) || slug == asciiSlug(title)
}

// asciiSlug is the slug adr-tools makes: runs of bytes other than ASCII
// letters and digits become "-".
func asciiSlug(title string) string {
	var b strings.Builder
	dash := false
	for i := 0; i < len(title); i++ {
		c := title[i]
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteByte(c | 0x20*byte(b2i('A' <= c && c <= 'Z')))
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// checkNumbers reports numbers missing from the sequence. A log may start
// at 0 (MADR) or 1 (adr-tools).
func (l *Log) checkNumbers() leadkit.Findings {
	var nums []int
	for _, e := range l.entries {
		nums = append(nums, e.rec.Number)
	}
	slices.Sort(nums)
	nums = slices.Compact(nums)
	var fs leadkit.Findings
	prev := 0
	if len(nums) > 0 && nums[0] == 0 {
		prev = -1
	}
	for _, n := range nums {
		if n < 0 {
			continue
		}
		if n > prev+1 {
			missing := fmt.Sprintf("number %d is", prev+1)
			if n > prev+2 {
				missing = fmt.Sprintf("numbers %d to %d are", prev+1, n-1)
			}
			fs = append(fs, leadkit.Finding{Code: "adr.number.gap", Severity: leadkit.Warning, Field: fmt.Sprintf("%04d", n),
				Message: fmt.Sprintf("The log skips from %d to %d: %s missing.", prev, n, missing),
				Hint:    "Number records one after another; leave a record in place rather than delete it."})
		}
		prev = n
	}
	return fs
}

// checkCycles reports records that supersede each other in a loop.
func (l *Log) checkCycles() leadkit.Findings {
	next := map[int][]int{} // older -> newer, each edge once
	edge := func(older, newer int) {
		if !slices.Contains(next[older], newer) {
			next[older] = append(next[older], newer)
		}
	}
	for _, e := range l.entries {
		for _, link := range e.rec.Links {
			switch link.Kind {
			case Supersedes:
				edge(link.Target, e.rec.Number)
			case SupersededBy:
				edge(e.rec.Number, link.Target)
			}
		}
	}
	var fs leadkit.Findings
	state := map[int]int{} // 1 visiting, 2 done
	var stack []int
	var visit func(n int)
	visit = func(n int) {
		state[n] = 1
		stack = append(stack, n)
		for _, m := range next[n] {
			switch state[m] {
			case 0:
				visit(m)
			case 1:
				i := slices.Index(stack, m)
				cycle := append(slices.Clone(stack[i:]), m)
				parts := make([]string, len(cycle))
				for k, c := range cycle {
					parts[k] = fmt.Sprint(c)
				}
				fs = append(fs, leadkit.Finding{Code: "adr.supersede.cycle", Severity: leadkit.Error, Field: fmt.Sprintf("%04d", m),
					Message: fmt.Sprintf("Records supersede each other in a loop: %s.", strings.Join(parts, " → ")),
					Hint:    "A newer record supersedes an older one; remove the link that points back in time."})
			}
		}
		stack = stack[:len(stack)-1]
		state[n] = 2
	}
	var starts []int
	for n := range next {
		starts = append(starts, n)
	}
	slices.Sort(starts)
	for _, n := range starts {
		if state[n] == 0 {
			visit(n)
		}
	}
	return fs
}
