package project

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// Summary is a plan's status for stakeholders: the overall status and, per
// milestone and stream, whether it is on track, at risk or off track, with
// the reasons in plain sentences.
type Summary struct {
	// Plan and Owner name the project and its point of contact.
	Plan  string `json:"plan"`
	Owner string `json:"owner,omitempty"`
	// AsOf is the day of the forecast.
	AsOf time.Time `json:"as_of"`
	// Status is the worst news among the milestones: off track, at risk,
	// unknown, on track, done (unknown when there are no milestones).
	Status Status `json:"status,omitempty"`
	// Finish is the projected last day of work.
	Finish time.Time `json:"finish,omitzero"`
	// Milestones are the milestones' projections, in plan order.
	Milestones []MilestoneForecast `json:"milestones,omitempty"`
	// Streams are the streams' projections, in plan order.
	Streams []StreamForecast `json:"streams,omitempty"`
	// HelpNeeded lists the people planned for more than a week's work, for
	// stakeholders who can move priorities.
	HelpNeeded []string `json:"help_needed,omitempty"`
}

// Summary projects the forecast into a status summary for stakeholders.
func (f Forecast) Summary() Summary {
	s := Summary{Plan: f.Plan, Owner: f.Owner, AsOf: f.AsOf, Finish: f.Finish, Milestones: f.Milestones, Streams: f.Streams}
	for i, m := range f.Milestones {
		if i == 0 || m.Status.worse(s.Status) {
			s.Status = m.Status
		}
	}
	for _, o := range personFirstOverloads(f.Overloads) {
		var streams string
		switch len(o.Streams) {
		case 0:
		case 1:
			streams = " (stream " + o.Streams[0] + ")"
		default:
			streams = " (streams " + strings.Join(o.Streams, ", ") + ")"
		}
		s.HelpNeeded = append(s.HelpNeeded, fmt.Sprintf("%s has more work planned than one person can do in the week of %s%s.",
			o.Person, dateText(o.Week), streams))
	}
	return s
}

// WriteMarkdown writes the summary as a short Markdown status report: a
// headline with the overall status, a table of milestones and streams, and
// the reasons for every milestone that is not simply on track or done.
func (s Summary) WriteMarkdown(w io.Writer) error {
	mw := &markdownWriter{w: w}
	mw.printf("# %s: %s\n\n", mdText(orText(s.Plan, "Project")), s.Status.Words())
	mw.printf("As of %s", dateText(s.AsOf))
	if s.Owner != "" {
		mw.printf(" · owner: %s", mdText(s.Owner))
	}
	if !s.Finish.IsZero() {
		mw.printf(" · projected finish: %s", dateText(s.Finish))
	}
	mw.printf("\n")
	if len(s.Milestones) > 0 {
		mw.printf("\n| Milestone | Target | Projected | Status |\n|---|---|---|---|\n")
		for _, m := range s.Milestones {
			mw.printf("| %s | %s | %s | %s |\n", mdText(orText(m.Name, m.ID)), dateText(m.Target), dateText(m.Projected), statusCell(m.Status, m.SlipDays, m.Target))
		}
	}
	if len(s.Streams) > 0 {
		mw.printf("\n| Stream | Target | Projected | Status |\n|---|---|---|---|\n")
		for _, st := range s.Streams {
			mw.printf("| %s | %s | %s | %s |\n", mdText(orText(st.Name, st.ID)), dateText(st.Target), dateText(st.Projected), statusCell(st.Status, st.SlipDays, st.Target))
		}
	}
	for _, m := range s.Milestones {
		if m.Status == OnTrack || m.Status == Done || len(m.Reasons) == 0 {
			continue
		}
		mw.printf("\n## %s: %s\n\n", mdText(orText(m.Name, m.ID)), m.Status.Words())
		for _, r := range m.Reasons {
			mw.printf("- %s\n", mdText(r))
		}
	}
	if len(s.HelpNeeded) > 0 {
		mw.printf("\n## Help needed\n\n")
		for _, h := range s.HelpNeeded {
			mw.printf("- %s\n", mdText(h))
		}
	}
	return mw.err
}

// statusCell is a status with the slip, when there is one: "off track
// (+5 days)".
func statusCell(st Status, slip int, target time.Time) string {
	if st == OffTrack && !target.IsZero() {
		return fmt.Sprintf("%s (+%d %s)", st.Words(), slip, dayWord(slip))
	}
	return st.Words()
}

// mdText keeps text from breaking a table row or a list item.
func mdText(s string) string {
	return strings.NewReplacer("|", `\|`, "\r\n", " ", "\n", " ", "\r", " ").Replace(s)
}

func orText(s, alt string) string {
	if strings.TrimSpace(s) == "" {
		return alt
	}
	return s
}

// markdownWriter remembers the first write error.
type markdownWriter struct {
	w   io.Writer
	err error
}

func (mw *markdownWriter) printf(format string, args ...any) {
	if mw.err == nil {
		_, mw.err = fmt.Fprintf(mw.w, format, args...)
	}
}
