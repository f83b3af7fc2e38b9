package delegation

import (
	"maps"
	"strings"
)

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
	cThing       // a system, artefact or metric an objective can be about: "service", "latency"
	cAbstract    // an abstract quality: "excellence", "collaboration", "experience"
	cPersonal    // a personal trait: "skills", "voice", "mindset"
	cPerson      // a person, role or group: "team", "stakeholders", "leader"
	cFrame       // concrete only with a qualifier: "process", "programme", "rituals"
	cMeasureNoun // a frame for a count: "number", "share", "rate"
	cTime        // a calendar word outside dates: "quarter", "last", "half"
	cPeopleVerb  // a verb whose object is people: "mentor", "hire", "onboard"
	cSetting     // a ritual or conversation: "standup", "retro", "discussions"
)

// lexicon maps lower-case words (and their common inflections) to classes.
var lexicon = map[string]class{}

func add(c class, words string) {
	for _, w := range strings.Fields(words) {
		lexicon[w] |= c
	}
}

// classOf returns the classes of w. A word the lexicon's lists do not hold
// is read through its word family (see addWordFamilies), so the lookup is
// one map access.
func classOf(w string) class { return lexicon[w] }

// familyClass returns the classes of w, a word the lists do not hold, from
// its word family: British and American spellings ("finalise",
// "finalize") share their classes, and a verb that makes or completes
// something, with "re" before it ("rebuild", "re-run", "redeploy"),
// completes a change to what exists.
func familyClass(w string) class {
	if len(w) < 5 {
		return 0
	}
	if c := spellingVariant(w); c != 0 {
		return c
	}
	if rest, ok := strings.CutPrefix(w, "re"); ok {
		rest = strings.TrimPrefix(rest, "-")
		if len(rest) >= 3 {
			c, ok := lexicon[rest]
			if !ok {
				c = spellingVariant(rest)
			}
			if c&(cCreate|cComplete) != 0 {
				// redoing what exists completes a change to it
				return c&(cVerb|cCreate) | cComplete
			}
		}
	}
	return 0
}

// addWordFamilies adds to the lexicon every word familyClass gives a class:
// each listed word spelled the other side of the Atlantic, and with "re"
// or "re-" before it. They are worked out once, from the lists alone, so
// that classOf costs one lookup on every word of every goal.
func addWordFamilies() {
	family := map[string]class{}
	consider := func(w string) {
		if _, listed := lexicon[w]; listed {
			return
		}
		if c := familyClass(w); c != 0 {
			family[w] = c
		}
	}
	for w := range lexicon {
		spellings := []string{w}
		if v, ok := otherSpelling(w); ok {
			spellings = append(spellings, v)
			consider(v)
		}
		for _, sp := range spellings {
			consider("re" + sp)
			consider("re-" + sp)
		}
	}
	maps.Copy(lexicon, family)
}

// otherSpelling returns w with -ise for -ize or back, where spellingVariant
// would swap them.
func otherSpelling(w string) (string, bool) {
	for j := max(1, len(w)-7); j <= len(w)-2; j++ {
		if w[j] != 'i' || w[j+1] != 's' && w[j+1] != 'z' {
			continue
		}
		switch w[j+2:] {
		case "e", "ed", "es", "ing", "ation", "ations":
			b := []byte(w)
			b[j+1] ^= 's' ^ 'z'
			return string(b), true
		}
	}
	return "", false
}

// spellingVariant returns the classes of w spelled the other side of the
// Atlantic: -ise for -ize and back (with -ised, -ising, -isation).
func spellingVariant(w string) class {
	if v, ok := otherSpelling(w); ok {
		return lexicon[v]
	}
	return 0
}

func init() {
	addLists()
	addWordFamilies()
}

// addLists adds the word lists, each with its classes.
func addLists() {
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
	add(cVerb|cCreate|cComplete, `finalise finalises finalised fix fixes fixed`)
	add(cVerb|cComplete, `pass passes passed refactor refactors refactored`)
	add(cCreate, `start starts started kick kicks`)
	add(cComplete, `migrate migrates upgrade upgrades move moves replace replaces retire retires
		deprecate deprecates decommission decommissions sunset sunsets port ports containerise
		containerize consolidate consolidates ship ships launch launches release releases deploy
		deploys roll rolls adopt adopts automate automates rewrite rewrites split splits merge
		unify unifies document documents enable enables switch switches convert converts
		extract extracts add adds deliver delivers complete completes finish finishes publish publishes
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
		onboarding-guide buddy curriculum pr prs write-up writeup summary offsite offsites hackathon hackathons
		meetup meetups series brown-bag brown-bags brownbag brownbags`)
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
	// What an objective can be about (see concrete.go): systems, artefacts and
	// metrics are concrete; abstract qualities, traits, groups and rituals are
	// concrete only in certain places of the objective.
	add(cThing, `api apis endpoint endpoints service services microservice microservices database databases
		db dbs schema schemas table tables index indexes query queries cache caches queue queues topic topics
		stream streams cluster clusters node nodes server servers host hosts vm vms container containers
		image images pod pods lambda lambdas function functions job jobs cron batch pipeline pipelines build
		builds deploy deploys deployment deployments rollout rollouts rollback rollbacks branch branches
		repo repos repository repositories monorepo module modules package packages library libraries sdk
		sdks cli client clients backend backends frontend frontends app apps application applications website
		websites site sites page pages screen screens ui component components widget widgets form forms
		button buttons checkout login logins signup search feed feeds dashboard dashboards portal console
		admin panel gateway gateways proxy proxies firewall dns cdn certificate certificates cert certs secret
		secrets credential credentials key keys token tokens vault config configs configuration flag flags
		feature features toggle toggles test tests suite suites coverage latency latencies throughput uptime
		availability downtime outage outages incident incidents alert alerts alerting pager paging on-call
		oncall rota roster shift shifts escalation escalations ticket tickets bug bugs defect defects error
		errors exception exceptions crash crashes log logs logging tracing traces trace metrics metric
		monitoring monitors dashboards slo slos sla slas sli slis budget budgets backlog backlogs debt cost
		costs spend bill bills invoice invoices storage disk disks memory cpu bandwidth traffic request requests
		response responses payload migration migrations upgrade upgrades version versions dependency
		dependencies vulnerability vulnerabilities cve cves finding findings patch patches pr prs commit
		commits runtime bundle bundles binary binaries artifact artifacts artefact artefacts script scripts
		integration integrations webhook webhooks event events consumer consumers producer producers worker
		workers scheduler schedulers indexer limiter limiters sandbox staging production prod network vpn
		bucket buckets backup backups restore restores snapshot snapshots replica replicas failover data
		dataset datasets warehouse lake etl guide guides readme wiki spec adr rfc diagram template checklist
		playbook handbook course courses workshop workshops talk talks session sessions training certification
		certifications position positions headcount offer offers roadmap report reports newsletter
		blog post posts article articles mode settings notification notifications email emails payment
		payments billing order orders cart account accounts permission permissions access sso auth
		authentication authorization password passwords mfa sign-in sign-up onboarding-guide velocity
		crash-free hotfix hotfixes regression regressions flake flakes flakiness runner runners compiler
		linter linters chart charts terraform kubernetes docker helm story stories points epic epics sprint
		okr-report contract contracts api-client rate-limiter spreadsheet sheet tracker board boards channel
		channels calendar rotation rubric rubrics checklist runbook demo release releases`)
	add(cAbstract, `excellence innovation creativity craftsmanship professionalism leadership initiative proactivity
		autonomy synergy synergies partnership partnerships relationship relationships rapport empathy value
		values learning discipline rigour rigor balance clarity cohesion cooperation coordination motivation
		commitment enablement empowerment momentum friction toil waste silos experience experiences
		satisfaction fun energy spirit vibe vibes mood atmosphere improvement improvements development
		capability capabilities competence competency competencies expertise know-how understanding
		awareness perspective thinking strategy vision direction priorities approach approaches technology
		tech mindshare success wins win contribution contributions involvement support help safety
		trust respect inclusion belonging wellbeing burnout stress pride management ownership`)
	add(cPersonal, `skills skill habits habit mindset mindsets attitude attitudes behaviour behaviours behavior
		behaviors style voice presence profile confidence growth career careers reputation influence brand
		networking judgement judgment instincts game leadership initiative ownership accountability proactivity
		professionalism empathy patience creativity qualities traits abilities strengths weaknesses speaking
		listening presenting negotiating storytelling facilitation delegating prioritising prioritizing`)
	add(cPerson, `team teams squad squads org orgs organisation organization organisations organizations
		department departments people folks everyone everybody colleague colleagues peer peers stakeholder
		stakeholders manager managers lead leads leader leaders mentor mentors mentee mentees
		developer developers engineer engineers junior juniors senior seniors member members hire
		hires joiner joiners new-joiners newcomer newcomers newbie newbies starter starters candidate
		candidates user users customer customers client partner partners vendor vendors exec execs executive
		executives director directors cto ceo vp vps advisor advisors adviser advisers expert experts
		champion champions ambassador ambassadors evangelist evangelists coach coaches player players
		contributor contributors multiplier person individual individuals intern interns apprentice
		apprentices graduate graduates grads designer designers others someone everyone-else human humans`)
	add(cFrame, `process processes workflow workflows practice practices programme programmes program programs
		initiatives setup set-up flow flows ritual rituals ceremony ceremonies system systems platform
		platforms stack stacks environment environments infrastructure infra architecture codebase product
		products domain domains area tooling tools role roles meeting meetings`)
	add(cMeasureNoun, `number numbers share count rate rates percentage proportion amount ratio fraction portion
		volume level levels`)
	add(cTime, `quarter quarters year years month months week weeks day days half last previous prior
		today tomorrow tonight weekend weekends season summer autumn winter spring year-end mid-year
		fortnight fortnights period periods timeframe deadline date dates time`)
	add(cPeopleVerb, `mentor mentors coach coaches onboard onboards hire hires recruit recruits interview
		interviews train trains support supports pair pairs shadow welcome welcomes sponsor sponsors promote
		promotes upskill upskills teach teaches`)
	add(cSetting, `standup standups stand-up stand-ups retro retros retrospective retrospectives meeting
		meetings sync syncs 1:1 one-on-one one-on-ones discussion discussions conversation conversations
		planning plannings refinement grooming huddle huddles all-hands townhall forum forums guild guilds
		review reviews check-in check-ins meetup meetups offsite offsites`)
	add(cVague, `new old legacy current existing remaining whole entire full core main major minor big small
		shared common basic simple clear real true actual much many far way most least extra wider broader
		deeper closer bar envelope needle mile strategic vocal others right wrong end-to-end same usual
		various other`)
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
