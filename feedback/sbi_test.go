package feedback

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leadkit/leadkit"
	"github.com/leadkit/leadkit/internal/codedoc"
)

// good is a complete, concrete SBI; cases below change one part of it.
var good = SBI{
	Situation: "In Tuesday's sprint planning",
	Behavior:  "you cut off Ana twice while she was walking through the estimate",
	Impact:    "I felt uneasy, and Ana stopped sharing estimates for the rest of the meeting",
}

func codes(fs leadkit.Findings) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Code)
	}
	return out
}

func TestCheckSBIGood(t *testing.T) {
	fs := CheckSBI(good)
	assert.Nil(t, fs.Err(), "findings: %v", fs)
	assert.Equal(t, []string{CodeImpactPersonal}, codes(fs))
}

func TestCheckSBIBehavior(t *testing.T) {
	const (
		j = CodeBehaviorJudgement
		i = CodeBehaviorInterpretation
		g = CodeBehaviorGeneralization
	)
	tests := []struct {
		name     string
		behavior string
		want     []string // the behavior codes among j, i and g that must be reported
		trigger  string   // a word the first finding's message must quote
	}{
		{"plain label", "you were rude to the client", []string{j}, "rude"},
		{"label with you are", "You are careless with the release checklist.", []string{j}, "careless"},
		{"contraction doesn't care", "you doesn't care about the on-call rota", []string{j}, "doesn't care"},
		{"curly apostrophe", "You don’t care about code review.", []string{j}, "don’t care"},
		{"praise label", "You're a rockstar.", []string{j}, "rockstar"},
		{"negated praise is a label", "you are not a team player", []string{j}, "team player"},
		{"negated label is not", "You were not rude; you asked Sam to wait until you had finished.", nil, ""},
		{"negated contraction", "You weren't rude, you spoke quickly and skipped the summary.", nil, ""},
		{"negated then label", "You weren't rude, but you were dismissive when Sam raised the risk.", []string{j}, "dismissive"},
		{"person word of a thing", "you added defensive checks to the parser and a slow-path test", nil, ""},
		{"person word of a person", "you got defensive when Priya asked about the tests", []string{j}, "defensive"},
		{"conduct noun", "your tone was aggressive in the incident channel", []string{j}, "aggressive"},
		{"british spelling", "you were being judgemental about the design", []string{j}, "judgemental"},
		// a label said of a thing it makes a term with, in either order
		{"predicative term", "you saw the matcher was too greedy and anchored it", nil, ""},
		{"predicative term plural", "you found the networks were unreliable between zones and added retries", nil, ""},
		{"label of a thing not a term", "the handover doc was sloppy", []string{j}, "sloppy"},
		{"term as a noun phrase", "you blocked a hostile takeover of the 443 listener by the debug proxy", nil, ""},
		// a motive in the third person or as a purpose clause
		{"third-person motive", "Ravi closed the ticket because he didn't want more work", []string{i}, "because he didn't want"},
		{"giver's own want", "you moved the demo because I wanted Ana there", nil, ""},
		{"avoid a quarrel", "you agreed to the date to avoid an argument with sales", []string{i}, "to avoid an argument"},
		{"avoid a stated thing", "you ran the script twice to avoid a partial import", nil, ""},
		{"off someone's plate", "you merged it unreviewed to get the ticket off your plate", []string{i}, "to get the ticket off your plate"},
		// a sweeping word about a thing, or about the named person
		{"thing's pattern after that", "you noticed that the cron job always overlaps the backup and moved it", nil, ""},
		{"thing's pattern, article a", "you showed that a cold cache never warms before noon", nil, ""},
		{"person's pattern after that", "I noticed that you always skip the summary", []string{g}, "always"},
		{"named person's pattern", "Dana was always late to the sync", []string{g}, "always"},
		{"named other in second person", "you said Dana was always late to the sync", nil, ""},
		{"upper case", "YOU WERE ARROGANT", []string{j}, "ARROGANT"},
		{"intent", "you wanted to look good in front of the VP", []string{i}, "you wanted"},
		{"did not bother", "you didn't bother to update the ticket", []string{i}, "didn't bother"},
		{"on purpose", "You skipped the review on purpose.", []string{i}, "on purpose"},
		{"deliberately", "you deliberately left Sam off the invite", []string{i}, "deliberately"},
		{"ascribed feeling", "you seemed bored while Ana presented", []string{i}, "you seemed bored"},
		{"feeling ascribed to a name", "Jo seemed bored while Ana presented", []string{i}, "Jo seemed bored"},
		{"always", "you always merge without a review", []string{g}, "always"},
		{"never", "You never update the board.", []string{g}, "never"},
		{"every time", "every time someone disagrees you raise your voice", []string{g}, "every time"},
		{"every occasion noun", "you come late to every standup", []string{g}, "every standup"},
		{"every thing is fine", "you replied to every comment on the pull request", nil, ""},
		{"keep doing", "you keep interrupting people", []string{g}, "keep interrupting"},
		{"kept in one meeting", "you kept interrupting Ana during the demo", nil, ""},
		{"quoted label is speech", `you said "this design is lazy" in front of the client`, nil, ""},
		{"quote after verb", `"Nobody ever reads the docs," you wrote in the channel.`, nil, ""},
		{"long quote is speech", `you replied with “that's a stupid question, always has been” to Sam`, nil, ""},
		{"unclosed quote after a verb is speech", `you said "this design is lazy`, nil, ""},
		{"scare quote is the giver's", `you were being "lazy" about the tests`, []string{j}, "lazy"},
		{"reported without quotes", "you called the new hire lazy in the retro", nil, ""},
		{"hearsay is the giver's", "everyone says you are arrogant", []string{j}, "arrogant"},
		{"giver says", "I'd say you were careless with the rollout", []string{j}, "careless"},
		{"two sentences", "You merged the hotfix without tests. That was lazy.", []string{j}, "lazy"},
		{"all three", "You always ignore me on purpose because you are lazy.", []string{j, i, g}, "lazy"},
		{"third person", "Sam interrupted Ana three times and was rude.", []string{j}, "rude"},
		{"unicode text", "Du warst unhöflich — you were rude to José", []string{j}, "rude"},
		{"noun label not in the lexicon", "you were a machine during the outage", []string{j}, "a machine"},
		{"intensified noun label", "you were a real pain in the planning meeting", []string{j}, "a real pain"},
		{"noun label after as", "you came across as a bit of a dinosaur", []string{j}, "a dinosaur"},
		{"a role is not a label", "you were a reviewer on PR 12 and left 14 comments", nil, ""},
		{"an amount is not a label", "you were an hour late to the demo", nil, ""},
		{"a noun with a complement is not a label", "you were a member of the hiring panel and asked two questions", nil, ""},
		{"a negated noun is left alone", "you weren't a blocker: you approved it in ten minutes", nil, ""},
		{"manner grades the act", "you handled it really well", []string{j}, "handled it really well"},
		{"manner of doing", "you did great under pressure", []string{j}, "did great"},
		{"well ahead is not a grade", "you shared the plan well ahead of the deadline", nil, ""},
		{"as well is not a grade", "you updated the runbook as well", nil, ""},
		{"it went well is not said of the person", "you ran the demo and it went well", nil, ""},
		{"label of a thing you fixed", "you fixed a terrible bug in the parser", nil, ""},
		{"label of your work", "the PR you opened was sloppy", []string{j}, "sloppy"},
		{"idiom of character", "honestly, you're not cut out for a lead role", []string{j}, "cut out for"},
		{"evidential negation guesses", "you clearly didn't read it before approving", []string{i}, "clearly didn't"},
		{"evidential label is a judgement", "you clearly didn't care about the outcome", []string{j}, "didn't care"},
		{"clearly as manner is fine", "you explained the trade-off clearly before the vote", nil, ""},
		{"motive after reported words", `you said the test plan was "fine", just to get out of the meeting early`, []string{i}, "to get out of"},
		{"motive without a comma", "you said it was fine just to get out of the meeting", []string{i}, "to get out of"},
		{"negated speech reports nothing", "you didn't reply, probably because you were busy", []string{i}, "probably because"},
		{"purpose for yourself", "you merged it so you could go home early", []string{i}, "so you could"},
		{"stated plan is not a guess", "you deliberately left the last slide blank, as we'd planned", nil, ""},
		{"yet again", "you were late yet again", []string{g}, "yet again"},
		{"repeatedly", "you repeatedly interrupted Dana", []string{g}, "repeatedly"},
		{"never before an occasion", "you had never deployed the payments service before, so you paired with Lars", nil, ""},
		{"never before a named day", "you never deployed before that Friday", nil, ""},
		{"never as a habit", "you never ask before merging", []string{g}, "never"},
		{"a pattern of a thing", "you showed that the queue had grown by 40% every week for a month", nil, ""},
		{"a pattern of a thing without that", "you showed the queue grew 40% every week", nil, ""},
		{"a relative clause about a thing", "you muted the alert that fires every time the disk fills", nil, ""},
		{"a pattern of yours", "you rolled your eyes every time Pia spoke", []string{g}, "every time"},
		{"evasion as a motive", "you skipped the security slide to avoid awkward questions", []string{i}, "to avoid awkward questions"},
		{"a technical purpose is no motive", "you added a lock to avoid the race between the two writers", nil, ""},
		{"a sweeping object", "you were so negative about everything", []string{j, g}, "negative"},
		{"what you wrote down is stated", "you brought a written list of what you wanted from your next role", nil, ""},
		{"what you did is guessed", "you did what you wanted and ignored the plan", []string{i}, "you wanted"},
		{"a technical term holds a label", "you added lazy loading to the image gallery", nil, ""},
		{"a label made of someone else", "you tried to make me look incompetent", []string{i}, "to make me look incompetent"},
		{"a label made of someone else, no motive", "you made Ana sound unprepared in front of the client", nil, ""},
		{"a label made of yourself", "you made yourself look lazy", []string{j}, "lazy"},
		{"a label as the aim", "you wanted to look clever", []string{i}, "you wanted"},
		{"bothering someone is an act", "you didn't bother anyone; you batched your questions", nil, ""},
		{"bothering a named person is an act", "you didn’t bother Ana with the details", nil, ""},
		{"not bothering to is a motive", "you didn't bother to tell anyone", []string{i}, "didn't bother"},
		{"a plan named after as", "you deliberately killed the primary, as the drill plan said", nil, ""},
		{"a plan named after per", "you intentionally left the flag off per the rollout plan", nil, ""},
		{"as with a reason is no plan", "you skipped the tests on purpose, as the schedule was tight", []string{i}, "on purpose"},
		{"superiority", "you act like you're above the rest of the team", []string{j}, "above the rest"},
		{"a grade of the work", "you always come up with great ideas", []string{j, g}, "great ideas"},
		{"a grade of what you asked", "you asked good questions", []string{j}, "good questions"},
		{"good news is no grade", "you shared good news about the launch", nil, ""},
		{"a grade of a thing you fixed", "you fixed a bad config in staging", nil, ""},
		{"negated courtesy is a label", "you were not polite to the vendor", []string{j}, "polite"},
		{"discourtesy", "you were impolite to Sam", []string{j}, "impolite"},
		{"ownership", "you take no ownership of your tickets", []string{j}, "take no ownership"},
		{"talking down", "you talked down to the intern", []string{j}, "talked down to"},
		{"continuously", "you interrupted Ana continuously", []string{g}, "continuously"},
		{"every deadline", "you miss every deadline", []string{g}, "every deadline"},
		{"most days", "you're late most days", []string{g}, "most days"},
		{"most of an occasion", "you skip most retros", []string{g}, "most retros"},
		{"most of the occasions", "you dropped most of the calls early", []string{g}, "most of the calls"},
		{"most of a thing", "you fixed most of the bugs", nil, ""},
		{"pretend in the present", "you pretend to listen", []string{i}, "pretend"},
		{"a motive to annoy", "you did that to annoy me", []string{i}, "to annoy"},
		{"out to prove", "you were out to prove Ana wrong", []string{i}, "out to prove"},
		{"chat you", "u were super helpful w the k8s stuff", []string{j}, "helpful"},
		{"chat you're", "ur a legend 🙌", []string{j}, "legend"},
		{"chat your", "ur PR fixed the flaky test", nil, ""},
		{"contraction without apostrophe", "u didnt bother reading my msg", []string{i}, "didnt bother"},
		{"evidence without apostrophe", "u obviously didnt want to be there", []string{i}, "u obviously didnt want"},
		{"sweeping chat", "u were late again as usual", []string{g}, "as usual"},
		{"non-native word order", "you are not enough motivated for this project", []string{j}, "motivated"},
		{"a grade in peer feedback", "Amir writes thoughtful comments", []string{j}, "thoughtful comments"},
		{"blame for everything", "u blamed QA for everything", []string{g}, "for everything"},
		{"attention to detail", "you lack attention to detail", []string{j}, "lack attention to detail"},
		{"far from a label", "you were far from careless; you double-checked the migration", nil, ""},
		{"anything but praise", "you were anything but helpful", []string{j}, "helpful"},
		{"less than praise", "you were less than helpful with the handover", []string{j}, "helpful"},
		{"admitted is speech", "you admitted you did it on purpose to test the alerts", nil, ""},
		{"explained is speech", "you explained that you skipped the review deliberately because the fix was urgent", nil, ""},
		{"conduct out of order", "your behaviour was out of order", []string{j}, "out of order"},
		{"no interest", "you show no interest in the team", []string{j}, "no interest in"},
		{"effort as a label", "you made no effort on the handover", []string{j}, "no effort"},
		{"blame as a motive", "you tried to make it look like my fault", []string{i}, "to make it look like"},
		{"trying is no motive", "you tried to reproduce the bug first", nil, ""},
		{"zero is no", "you take zero ownership of your tickets", []string{j}, "zero ownership"},
		{"another greedy term", "you implemented a greedy heuristic for the packing", nil, ""},
		{"a day had is no grade of work", "you had a bad day and snapped at Sam", nil, ""},
		{"a grade of what you ran", "you ran a good meeting", []string{j}, "good meeting"},
		{"a product name is no subject", "we reviewed the Kafka design and had a good chat about it", nil, ""},
		{"a tool after an article is no subject", "in Slack the Jenkins job posted a bad build and you reverted it", nil, ""},
		{"an object pronoun is no subject", "you walked us through the Kafka design and asked good questions", []string{j}, "good questions"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := CheckSBI(SBI{Situation: good.Situation, Behavior: tc.behavior, Impact: good.Impact})
			var got []string
			for _, f := range fs {
				if f.Code == j || f.Code == i || f.Code == g {
					got = append(got, f.Code)
					assert.Equal(t, "behavior", f.Field)
					assert.NotEmpty(t, f.Hint)
				}
			}
			assert.ElementsMatch(t, tc.want, got, "findings: %v", fs)
			if tc.trigger != "" && len(got) > 0 {
				f := fs[0]
				for _, x := range fs {
					if x.Code == tc.want[0] {
						f = x
					}
				}
				assert.Contains(t, f.Message, `"`+tc.trigger+`"`)
			}
		})
	}
}

func TestCheckSBISituation(t *testing.T) {
	tests := []struct {
		situation string
		vague     bool
	}{
		{"In Tuesday's standup", false},
		{"Yesterday", false},
		{"during the incident call on 12 March", false},
		{"At 10:30 in the war room", false},
		{"In sprint 14's review", false},
		{"When you presented the roadmap to the leadership team", false},
		{"In the design review for the billing service", false},
		{"a call with the Acme team", false},
		{"In the last two retros", false},
		{"Two days ago, in our 1:1", false},
		{"Recently", true},
		{"Sometimes in meetings", true},
		{"In meetings", true},
		{"At work", true},
		{"Lately, in a meeting", true},
		{"the other day", true},
		{"A few weeks ago", true},
		{"Every standup", true},
		{"Every time we do planning", true},
		{"When you review code", true},
		{"Sometimes in the design review", true},
		{"Every standup this week", false},
		{"Lately in the standup", true},
		{"At some point last month", true},
		{"Over the last quarter", true},
		{"Over the past while", true},
		{"At one point in the retro last week", false},
		{"Recently, during the Acme migration", false},
		{"On the 3 March incident call", false},
		{"During the Q2 planning offsite", false},
		{"During the go-live weekend", false},
		{"Some time last month", true},
		{"retro fri", false},
		{"thurs client call", false},
		{"design review yday", false},
		{"standup", true},
		{"In our weekly meeting", true},
		{"At the weekly sync on Tuesday", false},
		{"In our weekly meeting on 3 May", false},
		{"In the last meeting", false},
		{"In most standups", true},
		{"In our 1:1s", true},
		{"In our weekly 1:1s", true},
		{"At our 1:1 on 9 May", false},
		{"At 9:05 before the deploy", false},
	}
	for _, tc := range tests {
		t.Run(tc.situation, func(t *testing.T) {
			fs := CheckSBI(SBI{Situation: tc.situation, Behavior: good.Behavior, Impact: good.Impact})
			assert.Equal(t, tc.vague, fs.Has(CodeSituationVague), "findings: %v", fs)
		})
	}
}

func TestCheckSBIImpact(t *testing.T) {
	tests := []struct {
		impact   string
		vague    bool
		personal bool
	}{
		{"I felt uneasy and the team went quiet", false, true},
		{"The release slipped by two days.", false, false},
		{"We spent 3 hours redoing the migration", false, false},
		{"Ana was confused about the scope", false, false},
		{"Our error rate dropped 40%", false, false},
		{"It wasn't great.", true, false},
		{"It affects things.", true, false},
		{"It was frustrating.", true, false},
		{"This is not how we do things here", true, false},
		{"It made me feel dismissed", false, true},
		{"Everyone was thrilled.", true, false},
		{"People loved it.", true, false},
		{"The client was delighted and renewed for a year.", false, false},
		{"The client was delighted.", false, false},
		{"I was really impressed.", false, true},
		{"It didn't land well.", true, false},
		{"You saved the day.", true, false},
		{"This has to stop.", true, false},
		{"Couldn't have done it without you.", true, false},
		{"Others had to pick up the slack.", false, false},
		{"We had to stop the release.", false, false},
		{"Nice one.", true, false},
		{"We found one more bug before the release.", false, false},
		{"It's tiring.", true, false},
		{"It was expensive: we paid £4,000 more.", false, false},
		{"People pick up on it.", true, false},
		// "raise" ends in -ise: the lexicon must be compiled after the
		// list of American -ise words exists, or the phrase never matches.
		{"It raised eyebrows.", true, false},
		{"The speakers noticed.", true, false},
		{"Two reviewers approved it within the hour.", false, false},
		{"The reviewers rewrote the checklist.", false, false},
		{"It makes things harder.", true, false},
		{"Everyone benefited.", true, false},
		{"The team suffers.", true, false},
		{"It didn't go unnoticed.", true, false},
		{"This kind of thing adds up.", true, false},
		{"It sends the wrong message.", true, false},
		{"Others were watching.", true, false},
		{"meh", true, false},
		{"annoying tbh", true, false},
		{"thx!!", true, false},
		{"The team sees it.", true, false},
		{"We can count on him.", true, false},
		{"saved me like an hour of digging tbh 🙏", false, false},
		// degree adverbs and generic nouns of the organisation carry no effect
		{"It was highly valued.", true, false},
		{"Her efforts reflect well on the division.", true, false},
		{"This isn't in line with our standards.", true, false},
		{"Her effort cut the backlog by a third.", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.impact, func(t *testing.T) {
			fs := CheckSBI(SBI{Situation: good.Situation, Behavior: good.Behavior, Impact: tc.impact})
			assert.Equal(t, tc.vague, fs.Has(CodeImpactVague), "findings: %v", fs)
			assert.Equal(t, tc.personal, fs.Has(CodeImpactPersonal), "findings: %v", fs)
		})
	}
}

func TestCheckSBIMissing(t *testing.T) {
	fs := CheckSBI(SBI{Situation: "  ", Behavior: "n/a", Impact: "TBD."})
	assert.Equal(t, []string{CodeSituationMissing, CodeBehaviorMissing, CodeImpactMissing}, codes(fs))
	for _, f := range fs {
		assert.Equal(t, leadkit.Error, f.Severity)
	}
	var verr *leadkit.ValidationError
	require.ErrorAs(t, fs.Err(), &verr)
	assert.ErrorIs(t, fs.Err(), leadkit.ErrInvalid)
}

func TestCheckSBISeveritiesAndCodes(t *testing.T) {
	fs := CheckSBI(SBI{
		Situation: "Recently",
		Behavior:  `Maybe you were a bit lazy on purpose, as always. You said "fine".`,
		Impact:    "It wasn't ideal.",
	})
	want := map[string]leadkit.Severity{
		CodeSituationVague: leadkit.Warning, CodeBehaviorJudgement: leadkit.Error, CodeBehaviorInterpretation: leadkit.Error,
		CodeBehaviorGeneralization: leadkit.Error, CodeBehaviorHedged: leadkit.Warning, CodeBehaviorQuoted: leadkit.Info,
		CodeImpactVague: leadkit.Warning,
	}
	require.Len(t, fs, len(want), "findings: %v", fs)
	for _, f := range fs {
		assert.Equal(t, want[f.Code], f.Severity, f.Code)
		assert.True(t, leadkit.ValidCode(f.Code), f.Code)
		assert.NotEmpty(t, f.Field)
		assert.True(t, strings.HasSuffix(f.Message, "."), f.Message)
	}
	for _, code := range []string{CodeSituationMissing, CodeBehaviorMissing, CodeImpactMissing, CodeImpactPersonal, CodeInputTooLong} {
		assert.True(t, leadkit.ValidCode(code), code)
	}
}

func TestCheckSBIDeterministic(t *testing.T) {
	s := SBI{Situation: "sometimes", Behavior: "you are lazy, rude, arrogant, sloppy, careless and toxic, always", Impact: "meh"}
	first := CheckSBI(s)
	for range 20 {
		assert.Equal(t, first, CheckSBI(s))
	}
	assert.Contains(t, first[1].Message, "and more")
}

func TestCheckSBITooLong(t *testing.T) {
	long := strings.Repeat("you interrupted Ana during the review. ", MaxPartLen/30) + "You were lazy."
	fs := CheckSBI(SBI{Situation: good.Situation, Behavior: long, Impact: good.Impact})
	assert.True(t, fs.Has(CodeInputTooLong))
	assert.False(t, fs.Has(CodeBehaviorJudgement), "text past the limit is not read")
	// A cut inside a multi-byte rune must not produce invalid text.
	fs = CheckSBI(SBI{Situation: strings.Repeat("é", MaxPartLen), Behavior: good.Behavior, Impact: good.Impact})
	assert.True(t, fs.Has(CodeInputTooLong))
}

func TestNewChecker(t *testing.T) {
	c, err := NewChecker(Options{
		Extra:   Lexicon{Labels: []string{"cowboy"}, Events: []string{"mob session"}},
		Without: Lexicon{Labels: []string{"Lazy"}},
	})
	require.NoError(t, err)
	fs := c.CheckSBI(SBI{Situation: "In a mob session with the Acme team", Behavior: "you were a cowboy and lazy", Impact: good.Impact})
	assert.False(t, fs.Has(CodeSituationVague), "findings: %v", fs)
	require.True(t, fs.Has(CodeBehaviorJudgement))
	assert.Contains(t, fs[0].Message, `"cowboy"`)
	assert.NotContains(t, fs[0].Message, `"lazy"`)
	assert.Contains(t, c.Lexicon().Labels, "cowboy")
	assert.NotContains(t, c.Lexicon().Labels, "lazy")
	assert.Contains(t, DefaultLexicon().Labels, "lazy", "the defaults are not changed")

	for _, bad := range []Options{
		{Extra: Lexicon{Labels: []string{"  "}}},
		{Extra: Lexicon{Labels: []string{"_ rude"}}},
		{Extra: Lexicon{Labels: []string{"ru*"}}},
		{Extra: Lexicon{Labels: []string{"two words*x"}}},
		{MaxDelay: -1},
	} {
		_, err := NewChecker(bad)
		assert.True(t, errors.Is(err, leadkit.ErrInvalid), "%+v: %v", bad, err)
	}
}

func TestDefaultLexiconCompiles(t *testing.T) {
	lex := DefaultLexicon()
	_, err := compile(&lex)
	require.NoError(t, err)
	for _, l := range lex.lists() {
		assert.NotEmpty(t, *l.words, l.name)
		for _, w := range *l.words {
			assert.Equal(t, strings.ToLower(w), w, "%s: phrases are lower case", l.name)
		}
	}
}

func TestCheckSBILabelsOutsideBehavior(t *testing.T) {
	tests := []struct {
		name  string
		sbi   SBI
		code  string
		field string // "" when the code must be absent
	}{
		{"label in the situation", SBI{"Yesterday, when you were being lazy about the handover", good.Behavior, good.Impact}, CodeBehaviorJudgement, "situation"},
		{"motive in the situation", SBI{"In the retro, when you tried to undermine me", good.Behavior, good.Impact}, CodeBehaviorInterpretation, "situation"},
		{"habit in the situation is vagueness only", SBI{"Every standup", good.Behavior, good.Impact}, CodeBehaviorGeneralization, ""},
		{"label about the person in the impact", SBI{good.Situation, good.Behavior, "It showed everyone how careless you are."}, CodeBehaviorJudgement, "impact"},
		{"the giver's feeling is not a label", SBI{good.Situation, good.Behavior, "I felt disrespected when you interrupted me."}, CodeBehaviorJudgement, ""},
		{"a label the client used is reported", SBI{good.Situation, good.Behavior, `The client said your demo was "unprofessional".`}, CodeBehaviorJudgement, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var fields []string
			fs := CheckSBI(tc.sbi)
			for _, f := range fs {
				if f.Code == tc.code {
					fields = append(fields, f.Field)
				}
			}
			if tc.field == "" {
				assert.Empty(t, fields, "findings: %v", fs)
				return
			}
			assert.Equal(t, []string{tc.field}, fields, "findings: %v", fs)
		})
	}
}

func TestBoundedQuantifiers(t *testing.T) {
	for _, tc := range []struct {
		situation string // good.Situation when empty
		behavior  string
		general   bool
	}{
		{"", "you came late to every standup this week", false},
		{"", "you reviewed each PR last sprint within a day", false},
		{"", "you come late to every standup", true},
		{"", "you interrupted me every time I spoke yesterday", true},
		// The situation bounds the count: one occasion or a period.
		{"In this sprint's standups", "you were never once late", false},
		{"In yesterday's standup", "you never once mentioned the outage", false},
		{"In yesterday's standup", "you didn't mention the outage, not once", false},
		{"Recently", "you never once mentioned the outage", true},
		{"", "you never once say thank you", true},
		{"During Tom's first week in May", "you scheduled a walkthrough every morning", false},
		{"In yesterday's standup", "you scheduled a walkthrough every morning", true},
		{"In Tuesday's sprint review", "you scheduled a walkthrough every morning", true}, // one meeting, not a sprint
		{"In this sprint's standups", "you interrupted me every time I spoke", true},
		{"During the cutover on the night of 21 March", "he never left the bridge until the last check was green", false},
		{"Recently", "he never left the bridge until the last check was green", true},
		{"", "you never ask until it's too late", true},
		{"", "you were late most mornings this sprint", false},
		{"", "you were late most mornings", true},
	} {
		sit := tc.situation
		if sit == "" {
			sit = good.Situation
		}
		fs := CheckSBI(SBI{Situation: sit, Behavior: tc.behavior, Impact: good.Impact})
		assert.Equal(t, tc.general, fs.Has(CodeBehaviorGeneralization), "%s / %s: %v", sit, tc.behavior, fs)
	}
}

func TestCodesDocumented(t *testing.T) {
	codedoc.Check(t, ".", []string{"sbi", "feedback"})
}
