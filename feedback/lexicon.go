package feedback

import (
	"fmt"
	"slices"
	"strings"

	"github.com/leadkit/leadkit"
)

// Lexicon holds the word lists the SBI check reads. Each entry is a phrase
// of one or more words in lower case. Phrases are normalized like the text
// they are matched against: contractions are expanded ("doesn't care"
// matches "does not care" and "doesn’t care"), British spellings become
// American ("behaviour" matches "behavior") and hyphens inside words are
// dropped ("stand-up" matches "standup"). Two wildcards are understood: a
// word ending in "*" matches every word that starts with it ("deliberate*"
// matches "deliberately"; at least three letters before the star), and "_"
// matches any one word ("to make _ look bad"; not as the first word).
//
// [DefaultLexicon] returns the lists the package uses; [Options] adds to
// them or removes from them.
type Lexicon struct {
	// Labels are character traits and labels that judge the person instead
	// of describing an act: "lazy", "rude", "doesn't care". They count as a
	// judgement unless negated ("was not rude").
	Labels []string `json:"labels,omitempty"`
	// Praise are praising labels: "rockstar", "team player". They count as a
	// judgement even when negated, since "not a team player" is a label too.
	Praise []string `json:"praise,omitempty"`
	// PersonLabels are words that judge only when said of a person ("you
	// were defensive", "a difficult colleague") and are plain description
	// elsewhere ("defensive programming", "a difficult migration").
	PersonLabels []string `json:"person_labels,omitempty"`
	// PersonPraise are praising words that judge only when said of a
	// person ("you were great"), judgement even when negated.
	PersonPraise []string `json:"person_praise,omitempty"`
	// Manner are adverbs that grade how someone did something: "well",
	// "badly", "brilliantly". Said of the person's own act at the end of a
	// clause ("you handled it well", "you did great") they are a judgement,
	// negated or not; elsewhere they are plain words ("well ahead of time",
	// "as well").
	Manner []string `json:"manner,omitempty"`
	// Interpretation are claims about intent or motive: "you wanted to",
	// "on purpose", "didn't bother to".
	Interpretation []string `json:"interpretation,omitempty"`
	// Generalization are words that claim a pattern instead of an
	// occasion: "always", "never", "every time".
	Generalization []string `json:"generalization,omitempty"`
	// Occasions are nouns that make a generalization after "every" or
	// "each": "every meeting", "each sprint" (but not "every comment").
	Occasions []string `json:"occasions,omitempty"`
	// VagueTime are time words that anchor nothing: "recently", "the other
	// day". A situation that has only these is vague.
	VagueTime []string `json:"vague_time,omitempty"`
	// TimeAnchors are specific times: "yesterday", "this morning",
	// "tuesday", "last sprint".
	TimeAnchors []string `json:"time_anchors,omitempty"`
	// Events are the singular nouns of specific contexts: "standup",
	// "design review", "incident". With a determiner or a name ("the
	// standup", "Tuesday's demo", "PR #412") they anchor a situation.
	Events []string `json:"events,omitempty"`
	// Effects are concrete effects on work, people or outcomes: "delay",
	// "rework", "blocked", "had to", "morale". An impact that names one is
	// concrete.
	Effects []string `json:"effects,omitempty"`
	// VagueImpact are words that carry no concrete effect: evaluations
	// ("great", "not ideal"), generic causes ("affected", "had an impact")
	// and generic nouns ("things", "the project", "atmosphere"). An impact
	// made only of these, labels, people words and grammar words is vague.
	VagueImpact []string `json:"vague_impact,omitempty"`
	// Feelings are feelings a person can report: "uneasy", "confused",
	// "grateful". In an impact they are concrete when someone has them ("I
	// felt uneasy"); in a behavior, ascribing them to the other person ("you
	// were annoyed") is an interpretation.
	Feelings []string `json:"feelings,omitempty"`
	// Approval are feelings of approval: "impressed", "thrilled", "loved
	// it". In an impact they are concrete when the giver or a named person
	// or group has them ("the client was delighted"); said only of everyone
	// ("everyone was thrilled", "people loved it") they are applause, not an
	// effect.
	Approval []string `json:"approval,omitempty"`
	// People are words for who an effect falls on: "team", "client", "we".
	People []string `json:"people,omitempty"`
	// Units are what a number counts in a quantified effect: "hours",
	// "bugs", "percent".
	Units []string `json:"units,omitempty"`
	// Hedges are qualifiers that blur a message: "maybe", "sort of", "I
	// think".
	Hedges []string `json:"hedges,omitempty"`
	// Terms are technical terms that hold a label, motive or sweeping word
	// but judge nobody: "lazy loading", "greedy algorithm", "deliberate
	// practice". A word inside a term is read as part of the term.
	Terms []string `json:"terms,omitempty"`
	// SpeechVerbs introduce what someone said or wrote: "said", "wrote",
	// "called". The words the person said are behavior, not the giver's
	// judgement (see the package documentation for the rule).
	SpeechVerbs []string `json:"speech_verbs,omitempty"`
}

// category is a bit set of the lists a phrase belongs to.
type category uint32

const (
	catLabel category = 1 << iota
	catPraise
	catPersonLabel
	catPersonPraise
	catInterpretation
	catGeneralization
	catOccasion
	catVagueTime
	catTimeAnchor
	catEvent
	catEffect
	catVagueImpact
	catFeeling
	catPeople
	catUnit
	catHedge
	catSpeech
	catManner
	catApproval
	catTerm
)

const catJudgement = catLabel | catPraise | catPersonLabel | catPersonPraise | catManner

// lists pairs each category with its field, in a fixed order.
func (l *Lexicon) lists() []struct {
	cat   category
	name  string
	words *[]string
} {
	return []struct {
		cat   category
		name  string
		words *[]string
	}{
		{catLabel, "labels", &l.Labels}, {catPraise, "praise", &l.Praise},
		{catPersonLabel, "person_labels", &l.PersonLabels}, {catPersonPraise, "person_praise", &l.PersonPraise},
		{catManner, "manner", &l.Manner},
		{catInterpretation, "interpretation", &l.Interpretation}, {catGeneralization, "generalization", &l.Generalization},
		{catOccasion, "occasions", &l.Occasions}, {catVagueTime, "vague_time", &l.VagueTime},
		{catTimeAnchor, "time_anchors", &l.TimeAnchors}, {catEvent, "events", &l.Events},
		{catEffect, "effects", &l.Effects}, {catVagueImpact, "vague_impact", &l.VagueImpact}, {catFeeling, "feelings", &l.Feelings},
		{catApproval, "approval", &l.Approval}, {catPeople, "people", &l.People},
		{catUnit, "units", &l.Units}, {catHedge, "hedges", &l.Hedges}, {catSpeech, "speech_verbs", &l.SpeechVerbs},
		{catTerm, "terms", &l.Terms},
	}
}

// trie is the compiled lexicon: one tree of word edges shared by every
// list, so that a text is matched against all lists in one walk.
type trie struct {
	root node
	// roots lists the root's word edges; tokens refer to them by index,
	// which keeps pointers out of the token slice.
	roots []*node
	// rootPrefixes holds the star words that start a phrase, bucketed by
	// their first two bytes, so that a word is tested only against the few
	// that can match it.
	rootPrefixes [prefixBuckets][]prefixEdge
}

const prefixBuckets = 1024

func prefixBucket(w string) int { return (int(w[0])*31 + int(w[1])) % prefixBuckets }

type node struct {
	next     map[string]*node
	prefixes []prefixEdge
	any      *node
	cats     category
}

type prefixEdge struct {
	prefix string
	to     *node
}

// match is a phrase found in a text: tokens [start, end) and the lists the
// phrase belongs to.
type match struct {
	start, end int
	cats       category
}

// compile builds the trie of lex. It rejects empty phrases and misplaced
// wildcards.
func compile(lex *Lexicon) (*trie, error) {
	t := &trie{}
	var buf []token
	for _, list := range lex.lists() {
		for _, phrase := range *list.words {
			words, err := patternWords(phrase, buf[:0])
			if err != nil {
				return nil, fmt.Errorf("feedback: lexicon %s: %w", list.name, err)
			}
			t.add(words, list.cat)
		}
	}
	return t, nil
}

// patternWord is one word of a phrase: a literal, a prefix (star) or any.
type patternWord struct {
	text   string
	prefix bool
	any    bool
}

func patternWords(phrase string, buf []token) ([]patternWord, error) {
	var out []patternWord
	for _, w := range strings.Fields(phrase) {
		if strings.Contains(strings.TrimSuffix(w, "*"), "*") || strings.Contains(w, "_") && w != "_" {
			return nil, fmt.Errorf("phrase %q: wildcards stand alone (_) or end a word (*): %w", phrase, leadkit.ErrInvalid)
		}
		switch {
		case w == "_":
			if len(out) == 0 {
				return nil, fmt.Errorf("phrase %q starts with the wildcard _: %w", phrase, leadkit.ErrInvalid)
			}
			out = append(out, patternWord{any: true})
			continue
		case strings.HasSuffix(w, "*"):
			stem := strings.TrimSuffix(w, "*")
			tk := tokenize(stem, buf).tokens
			if len(tk) != 1 || len(tk[0].text) < 3 || strings.Contains(stem, "*") {
				return nil, fmt.Errorf("phrase %q: %q must be one word of at least three letters before the star: %w", phrase, w, leadkit.ErrInvalid)
			}
			out = append(out, patternWord{text: tk[0].text, prefix: true})
			continue
		}
		for _, tk := range tokenize(w, buf).tokens {
			out = append(out, patternWord{text: tk.text})
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty phrase %q: %w", phrase, leadkit.ErrInvalid)
	}
	return out, nil
}

func (t *trie) add(words []patternWord, cat category) {
	n := &t.root
	for i, w := range words {
		switch {
		case w.any:
			if n.any == nil {
				n.any = &node{}
			}
			n = n.any
		case w.prefix:
			if i == 0 {
				n = findPrefix(&t.rootPrefixes[prefixBucket(w.text)], w.text)
			} else {
				n = findPrefix(&n.prefixes, w.text)
			}
		default:
			if n.next == nil {
				n.next = map[string]*node{}
			}
			to := n.next[w.text]
			if to == nil {
				to = &node{}
				n.next[w.text] = to
			}
			n = to
		}
	}
	n.cats |= cat
}

// findPrefix returns the node the star word prefix leads to in edges,
// adding it when absent.
func findPrefix(edges *[]prefixEdge, prefix string) *node {
	for _, e := range *edges {
		if e.prefix == prefix {
			return e.to
		}
	}
	to := &node{}
	*edges = append(*edges, prefixEdge{prefix, to})
	return to
}

// matchAll appends every phrase that starts at any token of tk.
func (t *trie) matchAll(tk []token, out []match) []match {
	for i := range tk {
		w := tk[i].text
		if k := tk[i].root; k > 0 {
			out = t.walk(tk, i, i+1, t.roots[k-1], out)
		}
		if len(w) >= 3 {
			for _, e := range t.rootPrefixes[prefixBucket(w)] {
				if strings.HasPrefix(w, e.prefix) {
					out = t.walk(tk, i, i+1, e.to, out)
				}
			}
		}
	}
	return out
}

// fillers are adverbs that may stand inside any phrase without breaking
// it: "you clearly didn't want to", "didn't even bother", "you just
// wanted".

// walk records the phrase ending at n, if any, and follows n's edges with
// token j. Phrases are a few words long, so the recursion is shallow.
func (t *trie) walk(tk []token, start, j int, n *node, out []match) []match {
	if n.cats != 0 {
		out = append(out, match{start: start, end: j, cats: n.cats})
	}
	if j >= len(tk) {
		return out
	}
	w := tk[j].text
	if tk[j].is(gFillers) && j+1 < len(tk) && n != &t.root {
		out = t.walkEdges(tk, start, j+1, n, tk[j+1].text, out)
	}
	return t.walkEdges(tk, start, j, n, w, out)
}

// walkEdges follows the edges of n that token j (with text w) matches.
func (t *trie) walkEdges(tk []token, start, j int, n *node, w string, out []match) []match {
	if to := n.next[w]; to != nil {
		out = t.walk(tk, start, j+1, to, out)
	}
	for _, e := range n.prefixes {
		if strings.HasPrefix(w, e.prefix) {
			out = t.walk(tk, start, j+1, e.to, out)
		}
	}
	if n.any != nil {
		out = t.walk(tk, start, j+1, n.any, out)
	}
	return out
}

// merge returns the union of a and b without b's removals; phrases are
// compared after trimming and lower-casing.
func mergeLexicon(base, extra, without Lexicon) Lexicon {
	out := Lexicon{}
	bl, el, wl, ol := base.lists(), extra.lists(), without.lists(), out.lists()
	for k := range ol {
		drop := map[string]bool{}
		for _, w := range *wl[k].words {
			drop[strings.ToLower(strings.TrimSpace(w))] = true
		}
		var words []string
		for _, w := range slices.Concat(*bl[k].words, *el[k].words) {
			if !drop[strings.ToLower(strings.TrimSpace(w))] {
				words = append(words, w)
			}
		}
		*ol[k].words = words
	}
	return out
}
