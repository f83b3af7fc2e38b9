package feedback

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/enum"
)

// Group is who an askee is to the person asking for feedback. The zero value
// means unknown.
type Group uint8

// The groups to ask: people who see your day-to-day work, how your
// leadership is seen more broadly, and strategic advice.
const (
	TeamMember Group = iota + 1
	Stakeholder
	Mentor
	Manager
)

var groupNames = enum.Names[Group]{Type: "Group", First: 1, Text: []string{"team_member", "stakeholder", "mentor", "manager"}}

// String returns the group's name, and "Group(N)" for other values.
func (g Group) String() string { return groupNames.String(g) }

// MarshalText implements [encoding.TextMarshaler]; it refuses the unset
// group.
func (g Group) MarshalText() ([]byte, error) { return groupNames.Marshal(g) }

// UnmarshalText implements [encoding.TextUnmarshaler], in any letter case.
func (g *Group) UnmarshalText(text []byte) error {
	return groupNames.Unmarshal(text, g)
}

// Askee is someone asked for feedback.
type Askee struct {
	Name  string `json:"name"`
	Group Group  `json:"group,omitempty"`
}

// Request asks for feedback on named topics with the 1–10 scaling question:
// "how would you rate my X from 1 to 10?", then "what would make it a 10?".
type Request struct {
	ID uuid.UUID `json:"id"`
	// Asker is who asks, usually the tech lead.
	Asker string `json:"asker,omitempty"`
	// Topics are the areas to rate, such as "giving feedback" or
	// "delegating"; at least one, each named once.
	Topics []string `json:"topics"`
	Askees []Askee  `json:"askees,omitempty"`
	// AnnouncedAt is when the askees were told about the session and its
	// topics; SessionAt is when the session is.
	AnnouncedAt time.Time `json:"announced_at,omitzero"`
	SessionAt   time.Time `json:"session_at,omitzero"`
}

// NewRequest returns a request from asker on topics, with a new ID. Topics
// are trimmed; it returns an error wrapping [leadkit.ErrInvalid] when there
// are none, or a topic is empty or repeated (ignoring case).
func NewRequest(asker string, topics ...string) (Request, error) {
	r := Request{ID: leadkit.NewID(), Asker: asker}
	for _, t := range topics {
		t = strings.Join(strings.Fields(t), " ")
		if t == "" {
			return Request{}, fmt.Errorf("feedback: empty topic: %w", leadkit.ErrInvalid)
		}
		if slices.ContainsFunc(r.Topics, func(o string) bool { return strings.EqualFold(o, t) }) {
			return Request{}, fmt.Errorf("feedback: topic %q is listed twice: %w", t, leadkit.ErrInvalid)
		}
		r.Topics = append(r.Topics, t)
	}
	if len(r.Topics) == 0 {
		return Request{}, fmt.Errorf("feedback: a request needs at least one topic: %w", leadkit.ErrInvalid)
	}
	return r, nil
}

// Question is one scaling question of a request.
type Question struct {
	Topic string `json:"topic"`
	// Text is the rating question.
	Text string `json:"text"`
	// FollowUp is asked after any answer below 10; FollowUpTen after a 10.
	FollowUp    string `json:"follow_up"`
	FollowUpTen string `json:"follow_up_ten"`
}

// Questions returns the scaling questions of r, one per topic, in order.
func (r Request) Questions() []Question {
	out := make([]Question, 0, len(r.Topics))
	f9, _ := ScaleFollowUp(9)
	f10, _ := ScaleFollowUp(10)
	for _, t := range r.Topics {
		out = append(out, Question{
			Topic:       t,
			Text:        "On a scale from 1 to 10, how would you rate my " + t + "?",
			FollowUp:    f9,
			FollowUpTen: f10,
		})
	}
	return out
}

// ScaleFollowUp returns the question that follows a 1–10 rating: what earns
// a 10, or what would make it one. The number is only an anchor for the
// conversation. It returns an error wrapping [leadkit.ErrInvalid] for a
// score outside 1 to 10.
func ScaleFollowUp(score int) (string, error) {
	switch {
	case score == 10:
		return "What am I doing that makes it a 10?", nil
	case score >= 1 && score < 10:
		return "What would I need to work on to make it a 10?", nil
	}
	return "", fmt.Errorf("feedback: score %d is outside 1 to 10: %w", score, leadkit.ErrInvalid)
}

// The finding codes of [CheckRequest] and [Analyze].
const (
	CodeRequestTopicsMissing = "feedback.request.topics_missing"
	CodeRequestTopicVague    = "feedback.request.topic_vague"
	CodeRequestSurprise      = "feedback.request.surprise"
	CodeRequestOneGroup      = "feedback.request.one_group"
	CodeAnswerScoreRange     = "feedback.answer.score_range"
	CodeAnswerUnknownTopic   = "feedback.answer.unknown_topic"
	CodeAnswerUnanswered     = "feedback.answer.unanswered"
)

// vagueTopics are topics that name no area: "any feedback for me?" gets
// vague answers.
var vagueTopics = set("anything everything feedback general overall performance me stuff things work job")

// MinNotice is the least time between announcing a feedback session and
// holding it: askees need time to think ("never by surprise"; the spec asks
// for a week's notice in a one-on-one or an e-mail in advance, a day is the
// floor we enforce).
const MinNotice = 24 * time.Hour

// CheckRequest checks r against the spec's advice on asking: name specific
// areas, never ask by surprise, and ask people who see you from different
// sides (team, stakeholders, mentors).
func CheckRequest(r Request) leadkit.Findings {
	var out leadkit.Findings
	if len(r.Topics) == 0 {
		out = append(out, leadkit.Finding{
			Code: CodeRequestTopicsMissing, Field: "topics", Severity: leadkit.Error,
			Message: "The request names no topic: \"any feedback for me?\" gets vague answers.",
			Hint:    `Name what you are working on, such as "giving feedback" or "delegating".`,
		})
	}
	for i, t := range r.Topics {
		words := strings.Fields(strings.ToLower(t))
		vague := true // an empty topic names no area either
		for _, w := range words {
			vague = vague && (vagueTopics[w] || grammar[w]&gFunctionWords != 0)
		}
		if vague {
			out = append(out, leadkit.Finding{
				Code: CodeRequestTopicVague, Field: fmt.Sprintf("topics[%d]", i), Severity: leadkit.Warning,
				Message: "Topic " + quoteList([]string{t}) + " names no specific area.",
				Hint:    `Ask about one skill, such as "running retros" or "explaining decisions".`,
			})
		}
	}
	if r.SessionAt.IsZero() || r.AnnouncedAt.IsZero() || r.SessionAt.Sub(r.AnnouncedAt) < MinNotice {
		out = append(out, leadkit.Finding{
			Code: CodeRequestSurprise, Field: "announced_at", Severity: leadkit.Warning,
			Message: "The session is not announced at least a day ahead with its topics.",
			Hint:    "Announce the session and its topics in advance, for example in the previous one-on-one, so people can prepare.",
		})
	}
	// One group is a finding only when every askee's group is known: an
	// unknown group may well be another one.
	oneGroup := len(r.Askees) >= 2
	for _, a := range r.Askees {
		oneGroup = oneGroup && a.Group != 0 && a.Group == r.Askees[0].Group
	}
	if oneGroup {
		out = append(out, leadkit.Finding{
			Code: CodeRequestOneGroup, Field: "askees", Severity: leadkit.Info,
			Message: "Every askee is in one group (" + r.Askees[0].Group.String() + ").",
			Hint:    "Also ask stakeholders and mentors, and both people who challenge you and people who cheer you on.",
		})
	}
	return out
}

// Answer is one rating of one topic. Answers carry no author: a request's
// answers are analysed together.
type Answer struct {
	Topic   string `json:"topic"`
	Score   int    `json:"score"`
	Comment string `json:"comment,omitempty"`
}

// AnalyzeOptions configure [Analyze]; the zero value means the defaults.
type AnalyzeOptions struct {
	// FollowUpBelow is the score under which an answer gets a follow-up
	// question. Default 10: the spec follows up every answer below 10; 11
	// follows up every answer. Values outside 1 to 11 mean the default.
	FollowUpBelow int
	// Lowest is how many of the lowest-rated topics to name. Default 3.
	Lowest int
}

// TopicResult is the distribution of one topic's scores.
type TopicResult struct {
	Topic string `json:"topic"`
	// N counts the valid answers.
	N int `json:"n"`
	// Mean and Median are zero when N is zero.
	Mean   float64 `json:"mean"`
	Median float64 `json:"median"`
	Min    int     `json:"min,omitempty"`
	Max    int     `json:"max,omitempty"`
	// Distribution[s-1] counts the answers of score s.
	Distribution [10]int `json:"distribution"`
}

// FollowUp is a question to ask about one answer.
type FollowUp struct {
	Topic    string `json:"topic"`
	Score    int    `json:"score"`
	Question string `json:"question"`
}

// Analysis is the result of [Analyze].
type Analysis struct {
	// Topics are in the request's order.
	Topics []TopicResult `json:"topics"`
	// Lowest names the lowest-rated answered topics, lowest mean first
	// (ties in the request's order).
	Lowest []string `json:"lowest,omitempty"`
	// FollowUps holds a question for every answer under the threshold,
	// lowest score first (ties in answer order).
	FollowUps []FollowUp `json:"follow_ups,omitempty"`
}

// Analyze summarizes the answers to r: the score distribution per topic, the
// lowest topics and the follow-up questions for low scores. Answers with a
// score outside 1 to 10 are left out with an Error finding; answers to a
// topic r does not have are left out with a Warning; topics nobody rated are
// reported at Info.
func Analyze(r Request, answers []Answer, opts AnalyzeOptions) (Analysis, leadkit.Findings) {
	if opts.FollowUpBelow <= 0 || opts.FollowUpBelow > 11 {
		opts.FollowUpBelow = 10
	}
	if opts.Lowest <= 0 {
		opts.Lowest = 3
	}
	var out leadkit.Findings
	index := map[string]int{}
	res := Analysis{Topics: make([]TopicResult, len(r.Topics))}
	scores := make([][]int, len(r.Topics))
	for i, t := range r.Topics {
		res.Topics[i].Topic = t
		index[topicKey(t)] = i
	}
	for i, a := range answers {
		field := fmt.Sprintf("answers[%d]", i)
		k, ok := index[topicKey(a.Topic)]
		switch {
		case a.Score < 1 || a.Score > 10:
			out = append(out, leadkit.Finding{
				Code: CodeAnswerScoreRange, Field: field + ".score", Severity: leadkit.Error,
				Message: fmt.Sprintf("Score %d is outside 1 to 10; the answer is left out.", a.Score),
				Hint:    "Ask for a whole number from 1 to 10.",
			})
			continue
		case !ok:
			out = append(out, leadkit.Finding{
				Code: CodeAnswerUnknownTopic, Field: field + ".topic", Severity: leadkit.Warning,
				Message: "Topic " + quoteList([]string{a.Topic}) + " is not in the request; the answer is left out.",
				Hint:    "Rate the request's topics: " + strings.Join(r.Topics, ", ") + ".",
			})
			continue
		}
		scores[k] = append(scores[k], a.Score)
		if a.Score < opts.FollowUpBelow {
			q, _ := ScaleFollowUp(a.Score)
			res.FollowUps = append(res.FollowUps, FollowUp{Topic: r.Topics[k], Score: a.Score, Question: fmt.Sprintf("You rated my %s %d. %s", r.Topics[k], a.Score, q)})
		}
	}
	slices.SortStableFunc(res.FollowUps, func(a, b FollowUp) int { return a.Score - b.Score })
	var answered []int
	for i := range res.Topics {
		res.Topics[i] = distribution(res.Topics[i].Topic, scores[i])
		if res.Topics[i].N == 0 {
			out = append(out, leadkit.Finding{
				Code: CodeAnswerUnanswered, Field: fmt.Sprintf("topics[%d]", i), Severity: leadkit.Info,
				Message: "Nobody rated " + quoteList([]string{r.Topics[i]}) + ".",
			})
			continue
		}
		answered = append(answered, i)
	}
	slices.SortStableFunc(answered, func(a, b int) int {
		switch ma, mb := res.Topics[a].Mean, res.Topics[b].Mean; {
		case ma < mb:
			return -1
		case ma > mb:
			return 1
		}
		return 0
	})
	for _, i := range answered[:min(len(answered), opts.Lowest)] {
		res.Lowest = append(res.Lowest, res.Topics[i].Topic)
	}
	return res, out
}

// topicKey is the form in which two topics are compared: in lower case,
// with runs of spaces folded, so that "Giving  feedback" answers "giving
// feedback".
func topicKey(topic string) string { return strings.ToLower(strings.Join(strings.Fields(topic), " ")) }

// distribution summarizes scores, each from 1 to 10.
func distribution(topic string, scores []int) TopicResult {
	t := TopicResult{Topic: topic, N: len(scores)}
	if len(scores) == 0 {
		return t
	}
	sorted := slices.Sorted(slices.Values(scores))
	sum := 0
	for _, s := range sorted {
		sum += s
		t.Distribution[s-1]++
	}
	t.Mean = float64(sum) / float64(len(sorted))
	mid := len(sorted) / 2
	t.Median = float64(sorted[mid])
	if len(sorted)%2 == 0 {
		t.Median = float64(sorted[mid-1]+sorted[mid]) / 2
	}
	t.Min, t.Max = sorted[0], sorted[len(sorted)-1]
	return t
}
