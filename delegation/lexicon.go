package delegation

import "strings"

// class is a set of roles a word can play in a goal. One map lookup per
// token answers every question the parser and checker ask about it.
type class uint32

const (
	cStop        class = 1 << iota // articles, pronouns, prepositions, auxiliaries
	cVague                         // says nothing on its own: "things", "stuff", "better"
	cArea                          // an abstract area: "reliability", "quality", "onboarding"
	cVerb                          // a verb that leads an objective: "reduce", "write", "improve"
	cDecrease                      // moves a measure down: "reduce", "cut", "fewer"
	cIncrease                      // moves a measure up: "increase", "raise", "more"
	cCreate                        // produces a deliverable: "write", "set up"
	cComplete                      // completes a change to a named thing: "migrate", "ship"
	cDeliverable                   // a thing one can hand over: "runbook", "report", "rfc"
	cTrackVerb                     // reviews or reports progress: "track", "review", "post"
	cTrackNoun                     // a place or ritual where progress shows: "wiki", "standup"
	cRelevance                     // opens a reason: "because", "why"
	cFiller                        // opens a clause without meaning: "we'll", "please", "then"
	cWeekday
	cMonth
)

// lexicon maps lower-case words (and their common inflections) to classes.
var lexicon = map[string]class{}

func add(c class, words string) {
	for _, w := range strings.Fields(words) {
		lexicon[w] |= c
	}
}

func classOf(w string) class { return lexicon[w] }

func init() {
	add(cStop, `a an the this that these those our my your their its his her we i you they it us me them
		of for in on at to with from into onto by as and or but nor so than then up down out over under
		is are was were be been being am will would shall should can could may might must do does did
		have has had get gets got some any all each every which who whom whose what when where how
		all also just only very really still even about across around per via within without between
		there here it's we'll we're i'll you'll they'll let's let lets s`)
	add(cFiller, `we i you they team please then also and let's lets we'll i'll you'll will would should
		can must need needs want wants aim aims goal objective target try tries plan plans going
		to so it our my the a an ensure make sure`)
	add(cVague, `thing things stuff everything something anything lot lots bit overall general generally
		better best good great well more less further somehow kind sort areas area aspects aspect
		matters issues issue problems problem way ways job work works working effort efforts
		ourselves myself yourself themselves situation side parts part level levels game
		faster slower easier smoother cleaner clearer simpler stronger healthier happier safer
		quicker nicer tidier leaner efficient effective robust reliable stable scalable
		maintainable resilient modern proactive productive responsive visible consistent aligned
		improved enhanced optimised optimized higher lower bigger smaller smarter tighter
		good-quality high-quality world-class excellent awesome solid nice proper properly
		just engaged comfortable confident motivated involved empowered autonomous accountable
		happy happier independent independently self-sufficient mature aware informed
		improving improvement improvements enhancing enhancement enhancements optimising
		optimizing try trying help helping do doing make making get getting keep keeping
		continue continuing start starting focus focusing look looking handle handling deal
		dealing manage managing stuff-wise generally somewhat moving going running flowing
		rolling ticking everyone everybody someone anyone folks eye eyes top care`)
	add(cArea, `quality performance speed reliability stability efficiency productivity velocity
		communication collaboration teamwork culture morale process processes practices practice
		engineering excellence ownership visibility alignment delivery execution output outcomes
		results skills skill knowledge experience health hygiene maturity agility focus impact
		onboarding hiring mentoring documentation testing security observability operations
		morale happiness engagement wellbeing well-being standards craft codebase code team teams
		people collaboration relationships trust transparency accountability consistency`)
	add(cVerb|cDecrease, `reduce reduces reducing decrease decreases cut cuts cutting lower lowers
		shrink shrinks drop drops trim trims halve halves minimise minimize eliminate eliminates
		remove removes slash slashes shorten shortens bring burn kill retire retires deprecate
		decommission compress`)
	add(cDecrease, `fewer less lower down reduction decrease drop shorter faster smaller below under
		beneath cheaper quicker`)
	add(cVerb|cIncrease, `increase increases raise raises grow grows boost boosts double doubles
		triple triples lift lifts expand expands improve improves maximise maximize extend
		hit reach reaches achieve achieves attain scale`)
	add(cIncrease, `more higher increase growth up above over greater larger`)
	add(cVerb, `enhance optimise optimize work focus look help handle deal address tackle fix
		make do get be become keep continue start stop try support own lead run drive take
		hire onboard mentor coach train teach pair automate speed clean refactor rewrite
		ship deliver write draft publish produce create build set launch migrate upgrade move
		replace complete finish design define introduce establish document prepare hold host
		give organise organize close resolve triage review audit measure instrument adopt
		roll add implement deploy release test investigate analyse analyze identify find
		map plan schedule interview recruit fill staff collect gather survey present deprecate
		consolidate standardise standardize simplify stabilise stabilize secure harden patch
		port containerise containerize decompose split merge unify rotate shadow sunset
		tidy cleanup untangle declutter sort trim prune consolidate upskill`)
	add(cCreate, `write writes draft drafts publish publishes produce produces create creates build
		builds prepare prepares design designs define defines set run runs hold holds host hosts
		give gives organise organize organises organizes deliver delivers complete completes
		finish finishes introduce introduces establish establishes add adds record records
		implement implements put written rewritten drafted published produced created built
		prepared designed defined documented delivered completed finished introduced established
		added done`)
	add(cComplete, `migrate migrates upgrade upgrades move moves replace replaces retire retires
		deprecate deprecates decommission decommissions sunset sunsets port ports containerise
		containerize consolidate consolidates ship ships launch launches release releases deploy
		deploys roll rolls adopt adopts automate automates rewrite rewrites split splits merge
		unify unifies document documents enable enables switch switches convert converts
		extract extracts deliver delivers complete completes finish finishes publish publishes
		implement implements introduce introduces migrated upgraded moved replaced retired
		deprecated decommissioned sunset shipped launched released deployed rolled adopted
		automated rewritten split merged unified documented enabled switched converted
		extracted delivered completed finished published implemented introduced`)
	add(cDeliverable, `runbook runbooks playbook playbooks document documents doc docs rfc rfcs adr adrs
		report reports dashboard dashboards guide guides checklist checklists plan plans
		roadmap roadmaps proposal proposals prototype prototypes poc spike postmortem
		post-mortem postmortems post-mortems template templates rubric rubrics diagram diagrams
		tutorial tutorials course courses workshop workshops talk talks presentation
		presentations script scripts alert alerts slo slos sla dashboard readme readmes
		handbook handbooks wiki page pages spec specs specification design memo memos
		analysis audit benchmark benchmarks library tool tooling cli pipeline pipelines
		migration service services cluster clusters feature features release version endpoint
		endpoints api apis module modules suite session sessions lunch-and-learn demo demos
		glossary faq faqs catalogue catalog inventory matrix policy policies process-doc
		onboarding-guide buddy curriculum pr prs`)
	add(cTrackVerb, `track tracks tracked tracking review reviews reviewed reviewing report reports
		reported reporting post posts posted posting share shares shared sharing publish
		published update updates updated updating monitor monitored monitoring sync synced
		demo demoed present presented discuss discussed log logged record recorded check
		checked revisit revisited visible measured summarise summarize summarised summarized
		send sent email emailed circulate circulated walk go show shown refresh refreshed
		status progress`)
	add(cTrackNoun, `wiki confluence notion page doc docs document sheet spreadsheet board jira linear
		trello kanban dashboard dashboards grafana datadog tracker channel slack email
		newsletter report update updates standup standups stand-up stand-ups check-in check-ins
		checkin checkins 1:1 1:1s one-on-one one-on-ones sync syncs meeting meetings retro retros
		retrospective retrospectives review reviews demo demos planning all-hands townhall
		scorecard burndown chart charts okr okrs log changelog issue epic ticket github gitlab
		status notes digest huddle catch-up catchup ops`)
	add(cRelevance, `because why since so-that reason matters`)
	add(cWeekday, `monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday
		fridays saturday saturdays sunday sundays mon tue tues wed thu thur thurs fri sat sun`)
	add(cMonth, `january february march april may june july august september october november
		december jan feb mar apr jun jul aug sep sept oct nov dec`)
}

// weekdayOf returns the weekday a word names ("fridays", "fri") or zero.
func weekdayOf(w string) Weekday {
	switch strings.TrimSuffix(w, "s") {
	case "monday", "mon":
		return Monday
	case "tuesday", "tue", "tues":
		return Tuesday
	case "wednesday", "wed":
		return Wednesday
	case "thursday", "thu", "thur", "thurs":
		return Thursday
	case "friday", "fri":
		return Friday
	case "saturday", "sat":
		return Saturday
	case "sunday", "sun":
		return Sunday
	}
	return 0
}

// monthOf returns the month a word names (1–12) or zero. "may" and "mar" are
// months only where the caller's context says so.
func monthOf(w string) int {
	w = strings.TrimSuffix(w, ".")
	switch w {
	case "january", "jan":
		return 1
	case "february", "feb":
		return 2
	case "march", "mar":
		return 3
	case "april", "apr":
		return 4
	case "may":
		return 5
	case "june", "jun":
		return 6
	case "july", "jul":
		return 7
	case "august", "aug":
		return 8
	case "september", "sep", "sept":
		return 9
	case "october", "oct":
		return 10
	case "november", "nov":
		return 11
	case "december", "dec":
		return 12
	}
	return 0
}
