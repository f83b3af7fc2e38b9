package stakeholder

import "slices"

// Form is the shape of a message: its channel, length, level of detail and
// what it leads with. A zero field is unset.
type Form struct {
	Channel Channel `json:"channel,omitempty"`
	Length  Length  `json:"length,omitempty"`
	Detail  Detail  `json:"detail,omitempty"`
	Order   Order   `json:"order,omitempty"`
}

// fit is what suits one DISC style: the suggested form and, per attribute,
// the values that suit it (nil: any).
type fit struct {
	advice   string // the spec's advice, quoted in findings
	suggest  Form
	channels []Channel
	lengths  []Length
	details  []Detail
	orders   []Order
}

// fits holds the spec's DISC table as data. Dominance: be direct, focus on
// solutions — short, high-level, results first. Influence: enthusiasm,
// stories and room for questions — a conversation rather than a document,
// not a data dump. Steadiness: personal, friendly, time to process, no
// confrontation — context before the news. Conscientiousness: facts and time
// to process before responding — detailed, and not sprung on them in a
// chat or call.
var fits = map[Style]fit{
	Dominance: {
		advice:  "be direct and focus on solutions",
		suggest: Form{Channel: OneOnOne, Length: Short, Detail: HighLevel, Order: ResultsFirst},
		lengths: []Length{Short}, details: []Detail{HighLevel}, orders: []Order{ResultsFirst},
	},
	InfluenceStyle: {
		advice:   "be enthusiastic, tell stories and let them ask questions",
		suggest:  Form{Channel: OneOnOne, Length: Short, Detail: HighLevel, Order: ContextFirst},
		channels: []Channel{OneOnOne, Meeting, Call, Demo}, lengths: []Length{Short, Medium}, details: []Detail{HighLevel},
	},
	Steadiness: {
		advice:  "be personal and friendly, and give them time to process",
		suggest: Form{Channel: OneOnOne, Length: Medium, Detail: HighLevel, Order: ContextFirst},
		orders:  []Order{ContextFirst},
	},
	Conscientiousness: {
		advice:   "stick to facts and give them time to process before responding",
		suggest:  Form{Channel: Document, Length: Medium, Detail: Detailed, Order: ContextFirst},
		channels: []Channel{OneOnOne, Meeting, Email, Document, Demo}, details: []Detail{Detailed},
	},
}

// defaultForm suits a person whose style is unknown: a medium, high-level
// email that leads with the outcome, which busy readers of any style can
// act on.
var defaultForm = Form{Channel: Email, Length: Medium, Detail: HighLevel, Order: ResultsFirst}

// Suited returns the form that suits a person: their style's (see [Style])
// with their preferred channel, if they have one.
func Suited(p Person) Form {
	f := defaultForm
	if fit, ok := fits[p.Style]; ok {
		f = fit.suggest
	}
	if p.Channel != 0 {
		f.Channel = p.Channel
	}
	return f
}

// suits reports whether v is among ok, or ok is empty (anything goes), or v
// is unset.
func suits[T comparable](v T, ok []T) bool {
	var zero T
	return v == zero || len(ok) == 0 || slices.Contains(ok, v)
}
