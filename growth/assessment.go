package growth

import (
	"time"

	"github.com/google/uuid"
)

// The rating scale of the spec's starting-point assessment: 1 means just
// starting out in an area, 10 means strong in it.
const (
	MinScore = 1
	MaxScore = 10
)

// Rating is one score for one skill.
type Rating struct {
	// Skill names a catalog skill by ID or name.
	Skill string `json:"skill"`
	// Score is a whole number from MinScore to MaxScore; a score outside
	// that range is reported and left out of every figure.
	Score int `json:"score"`
	// Comment holds the rater's examples or improvement ideas.
	Comment string `json:"comment,omitempty"`
}

// Assessment is one person's ratings of one person at one time: a
// self-assessment when Rater and Subject are the same person.
type Assessment struct {
	// ID identifies a stored assessment; it may be zero.
	ID uuid.UUID `json:"id,omitzero"`
	// Rater is who gave the ratings. An empty Rater is anonymous: each
	// anonymous assessment counts as a different rater.
	Rater string `json:"rater,omitempty"`
	// Subject is who was rated; empty means the person being compared.
	Subject string `json:"subject,omitempty"`
	// Date is when the ratings were given. When a rater appears more than
	// once, the latest assessment counts for each skill (of equally dated
	// ones, the first given).
	Date time.Time `json:"date,omitzero"`
	// Ratings holds at most one rating per skill.
	Ratings []Rating `json:"ratings"`
}
