package feedback

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/leadkit/leadkit"
)

// AnonymousAnswer is one answer to an anonymous feedback form. It has no
// author field at all, and no time stamp (the time of an answer can name
// its author in a small team): nothing in it can be traced back unless the
// text itself says who wrote it, which [Scrub] guards against.
type AnonymousAnswer struct {
	// Topic is the question or area answered.
	Topic string `json:"topic"`
	// Score is a rating from 1 to 10, or 0 for a text-only answer.
	Score int `json:"score,omitempty"`
	// Text is the free-text answer.
	Text string `json:"text,omitempty"`
}

// AnonymityOptions configure [AggregateAnonymous]. The zero value means the
// defaults.
type AnonymityOptions struct {
	// K is the smallest number of answers a topic needs before anything
	// about it is shown. Default 3; a value below 2 is raised to 2 (one
	// answer is its author's answer), with a finding. The spec warns that
	// "in small teams the author can often be guessed"; the number is ours.
	K int
	// Team lists the names of the people around the form; they are scrubbed
	// from free text (see [Scrub]).
	Team []string
}

// DefaultK is the default minimum group size of [AnonymityOptions].
const DefaultK = 3

// smallTeam is the team size below which authors can often be guessed
// (the spec's example threshold).
const smallTeam = 5

// AnonymousTopic is the aggregate of one topic with at least K answers.
type AnonymousTopic struct {
	Topic string `json:"topic"`
	// N counts the answers.
	N int `json:"n"`
	// Scores summarizes the ratings when at least K answers rated the
	// topic; otherwise, as when no answer rated it, its N is zero.
	Scores TopicResult `json:"scores"`
	// Texts holds the free-text answers, scrubbed of names, sorted so that
	// their order says nothing about who answered first.
	Texts []string `json:"texts,omitempty"`
}

// AnonymousReport is what may be shown of an anonymous form.
type AnonymousReport struct {
	// Topics are the topics with enough answers, in order of first answer.
	Topics []AnonymousTopic `json:"topics,omitempty"`
	// Withheld names the topics with fewer than K answers, whose data is
	// not shown.
	Withheld []string `json:"withheld,omitempty"`
}

// The finding codes of [AggregateAnonymous].
const (
	CodeAnonymousTooFew     = "feedback.anonymous.too_few"
	CodeAnonymousKTooSmall  = "feedback.anonymous.k_too_small"
	CodeAnonymousSmallTeam  = "feedback.anonymous.small_team"
	CodeAnonymousScoreRange = "feedback.anonymous.score_range"
)

// AggregateAnonymous groups answers by topic and returns only what keeps
// their authors anonymous: a topic with fewer than K answers yields a
// finding instead of data, and so do its scores when fewer than K answers
// rated it; free text is scrubbed of the team's names and sorted. Empty
// answers (no score, no text) are not counted. Scores outside 1 to 10
// (other than 0) are left out with an Error finding.
func AggregateAnonymous(answers []AnonymousAnswer, opts AnonymityOptions) (AnonymousReport, leadkit.Findings) {
	var out leadkit.Findings
	k := opts.K
	switch {
	case k == 0:
		k = DefaultK
	case k < 2:
		out = append(out, leadkit.Finding{
			Code: CodeAnonymousKTooSmall, Field: "k", Severity: leadkit.Warning,
			Message: fmt.Sprintf("K %d would show single answers; it was raised to 2.", opts.K),
			Hint:    "Use K of 3 or more; with fewer answers the author can be guessed.",
		})
		k = 2
	}
	if n := len(opts.Team); n > 0 && n < smallTeam {
		out = append(out, leadkit.Finding{
			Code: CodeAnonymousSmallTeam, Field: "team", Severity: leadkit.Info,
			Message: fmt.Sprintf("In a team of %d the author of an answer can often be guessed.", n),
			Hint:    "Use anonymous forms as a supplement to feedback conversations, never a substitute.",
		})
	}
	var order []string
	groups := map[string][]AnonymousAnswer{}
	for i, a := range answers {
		if a.Score != 0 && (a.Score < 1 || a.Score > 10) {
			out = append(out, leadkit.Finding{
				Code: CodeAnonymousScoreRange, Field: fmt.Sprintf("answers[%d].score", i), Severity: leadkit.Error,
				Message: fmt.Sprintf("Score %d is outside 1 to 10; the answer is left out.", a.Score),
			})
			continue
		}
		if a.Score == 0 && strings.TrimSpace(a.Text) == "" {
			continue // an empty answer says nothing, and must not pad a group up to K
		}
		topic, key := strings.Join(strings.Fields(a.Topic), " "), topicKey(a.Topic)
		if _, seen := groups[key]; !seen {
			order = append(order, topic)
		}
		groups[key] = append(groups[key], a)
	}
	var rep AnonymousReport
	for _, topic := range order {
		group := groups[topicKey(topic)]
		if len(group) < k {
			rep.Withheld = append(rep.Withheld, topic)
			out = append(out, leadkit.Finding{
				Code: CodeAnonymousTooFew, Field: "topic", Severity: leadkit.Warning,
				Message: fmt.Sprintf("Topic %q has fewer than %d answers; nothing about it is shown.", topic, k),
				Hint:    "Wait for more answers, or merge the topic with another.",
			})
			continue
		}
		t := AnonymousTopic{Topic: topic, N: len(group)}
		var scores []int
		for _, a := range group {
			if a.Score != 0 {
				scores = append(scores, a.Score)
			}
			if s := strings.TrimSpace(Scrub(a.Text, opts.Team)); s != "" {
				t.Texts = append(t.Texts, s)
			}
		}
		t.Scores = TopicResult{Topic: topic}
		switch {
		case len(scores) >= k:
			t.Scores = distribution(topic, scores)
		case len(scores) > 0:
			out = append(out, leadkit.Finding{
				Code: CodeAnonymousTooFew, Field: "topic", Severity: leadkit.Warning,
				Message: fmt.Sprintf("Topic %q has fewer than %d scores; its scores are not shown.", topic, k),
				Hint:    "Wait for more ratings; the texts are shown.",
			})
		}
		slices.Sort(t.Texts)
		rep.Topics = append(rep.Topics, t)
	}
	return rep, out
}

// NamePlaceholder replaces what [Scrub] removes.
const NamePlaceholder = "[name]"

// Scrub replaces in text every whole-word occurrence of a name from names
// (ignoring case, with or without a possessive "'s"), every part of a
// multi-word name, e-mail addresses and @handles with [NamePlaceholder].
// Parts of one letter are left alone.
func Scrub(text string, names []string) string {
	var parts []string
	for _, n := range names {
		for _, p := range strings.FieldsFunc(n, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
			if utf8.RuneCountInString(p) > 1 {
				parts = append(parts, nameKey(p))
			}
		}
	}
	var b strings.Builder
	i := 0
	for i < len(text) {
		// An e-mail address or @handle: a run of address characters with
		// an "@" in it.
		if e := addressEnd(text, i); e > i {
			b.WriteString(NamePlaceholder)
			i = e
			continue
		}
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' ||
				(r == '\'' || r == '’') && j > i && j+size < len(text) && unicode.IsLetter(nextRune(text, j+size)) {
				j += size
				continue
			}
			break
		}
		if j == i {
			_, size := utf8.DecodeRuneInString(text[i:])
			b.WriteString(text[i : i+size])
			i += size
			continue
		}
		word := nameKey(text[i:j])
		suffix := ""
		if base, ok := strings.CutSuffix(word, "'s"); ok && !slices.Contains(parts, word) {
			word, suffix = base, text[j-len("'s"):j]
			if strings.HasSuffix(text[:j], "’s") {
				suffix = text[j-len("’s") : j]
			}
		}
		if slices.Contains(parts, word) {
			b.WriteString(NamePlaceholder + suffix)
		} else {
			b.WriteString(text[i:j])
		}
		i = j
	}
	return b.String()
}

// nameKey folds a name or word for comparison: lower case, with a curly
// apostrophe read as a straight one ("O’Neil" is "o'neil").
func nameKey(s string) string { return strings.ReplaceAll(strings.ToLower(s), "’", "'") }

// addressEnd returns the end of an e-mail address or @handle starting at
// i, or i when there is none.
func addressEnd(text string, i int) int {
	if i > 0 && text[i-1] < utf8.RuneSelf && (asciiWord[text[i-1]] || text[i-1] == '.') {
		return i
	}
	j, at := i, false
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf && (asciiWord[c] || strings.IndexByte("._%+-@", c) >= 0) {
			at = at || c == '@'
			j++
			continue
		}
		break
	}
	for j > i && (text[j-1] == '.' || text[j-1] == '-') {
		j-- // a full stop after the address ends the sentence
	}
	if !at || j == i || text[j-1] == '@' {
		return i
	}
	return j
}

func nextRune(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}
