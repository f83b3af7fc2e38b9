package feedback

import "strings"

// DefaultLexicon returns a copy of the word lists the package uses by
// default. The lists are our own, drawn from the SBI model's rule that a
// behavior is only what was seen or heard (no labels, no motives, no
// sweeping claims) and from the principles of good feedback (specific,
// clear, timely).
func DefaultLexicon() Lexicon {
	return Lexicon{
		Labels:         words(defaultLabels),
		Praise:         words(defaultPraise),
		PersonLabels:   words(defaultPersonLabels),
		PersonPraise:   words(defaultPersonPraise),
		Manner:         words(defaultManner),
		Interpretation: words(defaultInterpretation),
		Generalization: words(defaultGeneralization),
		Occasions:      words(defaultOccasions),
		VagueTime:      words(defaultVagueTime),
		TimeAnchors:    words(defaultTimeAnchors),
		Events:         words(defaultEvents),
		Effects:        words(defaultEffects),
		VagueImpact:    words(defaultVagueImpact),
		Feelings:       words(defaultFeelings),
		Approval:       words(defaultApproval),
		People:         words(defaultPeople),
		Units:          words(defaultUnits),
		Hedges:         words(defaultHedges),
		SpeechVerbs:    words(defaultSpeechVerbs),
		Terms:          words(defaultTerms),
	}
}

// words splits a list written one phrase per line or separated by "|".
func words(list string) []string {
	var out []string
	for _, line := range strings.Split(list, "\n") {
		for _, w := range strings.Split(line, "|") {
			if w = strings.TrimSpace(w); w != "" {
				out = append(out, w)
			}
		}
	}
	return out
}

const defaultLabels = `
lazy | lazily | laziness | rude* | unprofessional* | careless* | arrogan* | sloppy | sloppi* | incompeten*
disrespect* | selfish* | condescend* | dismissive* | abrasive* | bossy | pushy | stubborn* | unreliab*
irresponsib* | immatur* | childish* | clueless* | inconsiderat* | thoughtless* | insensitiv* | entitled
egotistic* | egocentric* | narcissis* | know-it-all | show-off | showoff | diva | jerk | idiot* | moron*
slacker* | passive-aggressive* | passive aggressive* | unmotivated | uncommitted | apathetic* | disorgani*
unorgani* | hopeless* | useless* | incapable | terrible | awful | horrible | pathetic* | stupid* | dumb
ridiculous* | negligen* | reckless* | overbearing | bully | bullied | bullying | nasty | snark* | sarcas*
cocky | smug* | unhelpful* | uncooperative | disengaged | judgmental* | patroniz* | obnoxious* | annoying
irritating | lousy | mediocre | amateur* | unacceptab* | inappropriat* | offensive | toxic* | hostil*
harsh* | confrontational | argumentative | combative | belligerent | closed-minded
narrow-minded | lack* of respect | lack* of ownership | lack* of commitment | lack* of initiative
lack* of effort | lack* of care | lack* of focus | lack* ownership | lack* initiative | lack* focus
lack* motivation | lack* commitment | lack* discipline | lack* empathy | lack* respect | no respect
no sense of urgency | no work ethic | poor work ethic | bad attitude | poor attitude | negative attitude
attitude problem | your attitude | not care | not caring | not seem interested | not seem engaged | not seem committed | not seem motivated | could not care less
not give a damn | not seem to care | never cared | never cares | not respect | not value | not interested in | uninterested | disinterested | indifferent
difficult to work with | hard to work with | impossible to work with | a mess | a disaster | a nightmare
a pain | a liability | drama queen | low performer | poor performer | weak link | underperformer
micromanag* | ungrateful | unpleasant | incoherent | clumsy | half-hearted* | slapdash | shoddy
perfectionist | control freak | people pleaser | lone wolf | loose cannon | prima donna | cowboy | hothead
troublemaker | complainer | whiner | whiny | full of yourself | big ego | inattentive | insubordinat* | uncommunicative
impatient | pedantic | domineering | manipulativ* | dishonest* | sneaky | greedy | insecure | paranoid
aloof | standoffish | moody | grumpy | bitter | cynical | pessimistic | petty | vindictive | two-faced | messy
passive | spineless | weak-willed | unprepared | ill-prepared | incompetence | carelessness | sloppiness | laziness | arrogance
like a child | like a baby | the kind of person | the type of person | that kind of person | kind of person who
pushover | doormat | snob* | hypocrit* | liar | coward* | bulldoz* | steamroll* | dead weight | deadweight
phoned it in | phoning it in | phone it in | coasting | half-ass* | bad apple | nuisance | loudmouth | blowhard
grandstand* | attention-seek* | attention seek* | unapproachab* | unreasonab* | self-centered | self-absorbed
lackadaisical | sluggish | wishy-washy | spineless | tone-deaf | heavy-handed | high-handed
short-tempered | hot-headed | thin-skinned | disruptive | difficult person | a handful
not interested | way off
above the rest | above everyone | above everybody | above the team | above us all | too good for
holier than thou | holier-than-thou | better than everyone | better than everybody | better than the rest
impolite | discourteous | unkind | out of line | talk* down to | talking down | no ownership | no sense of ownership
zero ownership | zero sense of ownership | zero accountability | zero responsibility | zero interest in
not take ownership | take no ownership | takes no ownership | took no ownership | no accountability | take no responsibility
takes no responsibility | took no responsibility | not take responsibility | not to care | not seem to care
lack* attention to detail | no attention to detail | lack* attention
no interest in | little interest in
no effort | zero effort | minimal effort | only care* about yourself | only think* of yourself
`

const defaultPraise = `
rockstar | rock star | ninja | superstar | super star | hero | genius | legend | wizard | guru | unicorn
10x | team player | natural leader | born leader | star performer | top performer | high performer
great job | good job | nice job | awesome job | amazing job | great work | good work | nice work | well done
brilliant* | amazing* | awesome | fantastic* | outstanding | phenomenal | incredible | excellent | perfect
flawless* | impressive* | gifted | talented | smart | clever | intelligent | hardworking
hard-working | passionate | professional* | superb | stellar | exceptional* | a natural | a pleasure to work with
a joy to work with | great to work with | a role model | a gem | a treasure | an asset | a star | a _ star
an _ star
lifesaver | life saver | godsend | trooper | champ | mvp | hotshot | workhorse | go-to person | rock for
a safe pair of hands | saved the day | save the day | saves the day | pull* _ weight | pull* _ own weight
cut out for | cut out to be | up to the job | up to the task | up to scratch | out of _ depth | in over _ head
show* _ leadership | show* leadership | show* _ initiative | show* initiative | show* _ ownership
show* _ maturity | show* _ professionalism | real leadership | great leadership | great initiative
strong leadership | leadership skills | people skills | soft skills | communication skills
nailed it | nailed the | nail it | crushed it | smashed it | killed it | rocked it | aced it | aced the
knocked it out of the park | hit it out of the park | above and beyond | the extra mile | dropped the ball
drop* the ball | spot on | on fire
`

const defaultPersonLabels = `
difficult | aggressive* | defensive* | negative | cold | slow | weak | distant | emotional | dramatic
distracted | bad | poor | unfocused | blunt | loud | needy | mean-spirited | scattered | chaotic | rigid | abrupt
curt | brusque | snippy | closed
inflexible
flaky | flakey | checked out | out of it | all over the place | on another planet | zoned out | switched off
mean | the worst
out of order
`

const defaultPersonPraise = `
great | good | nice | helpful | kind | friendly | positive | committed | motivated | engaged | competent
capable | mature | supportive | respectful | humble | patient | proactive | organized | generous
brave | wise | inspiring | easygoing | dependable | trustworthy | resourceful | creative | honest | genuine
efficient | productive | focused | confident | careful | reliable | thoughtful | considerate | diligent | prepared
dedicated
approachable | thorough | meticulous | articulate | eloquent | accountable | pragmatic | cooperative
collaborative | open-minded | level-headed | switched on | on the ball | on top of it | on top of things
infectious
polite | courteous | the best | the greatest
`

const defaultInterpretation = `
you wanted | you just wanted | you only wanted | you clearly wanted | you really wanted | you meant to
you intended | your intention | your intent | you did not want | you do not want | you were trying to
you tried to undermine | you tried to avoid | you tried to dodge
to undermine | to sabotage | to embarrass | to humiliate | to show off | to look good | to look smart
to impress | to get attention | to get back at | to take credit | to make _ look bad | to make _ look stupid
to make _ look foolish | to prove a point | to prove your point | to avoid work | to avoid responsibility
to avoid the work | to dodge | to punish | to get out of | to cover yourself | for attention | out of spite
to spite | on purpose | deliberate* | intentional* | purposeful* | purposely | knowingly | willful* | wilful*
not bother* | never bother* | not be bothered | could not be bothered | chose to ignore | decided to ignore
chose not to | ignored me | ignored us | ignored my | ignored our | ignored him | ignored her | ignored them
ignoring me | ignoring us | ignoring my | ignoring our | pretended | pretending | you think you are
you thought you | you assumed | you knew | you must have | you probably | you obviously | obviously you
because you think | because you thought | because you believe | because you felt | because you feel
because you want | because you wanted | because you like | because you prefer | because you did not care
because you do not care | since you think | out of jealousy | jealous | to get your way | to win the argument
to shut _ down | to save face | to avoid blame | to shift blame | you did it to | you thought | you think
you did not think | you do not think | you did not realize | you felt | you believed | you believe
you did not mean | you meant it | seem to think | seemed to think | seem to believe | seemed to believe
think you know better | think you are better | thought you knew better | you meant well | you hoped | you were hoping
your goal was | your aim was | for your own benefit | for personal gain | to benefit yourself | to protect yourself
to cover up | to hide | to look busy | to seem | so you would look | so that you would look
in it for | only for yourself | just for yourself | cover* yourself | covering your | cover your back | cover your ass | showing off
show* off | playing politics | play* politics | hidden agenda | an agenda | ulterior | self-serving
out to get | point-scoring | score points | scoring points | under the bus | not even try* | not listening
not paying attention | not pay attention | not pay any attention | zoned out | tuned out | switched off
clearly not | clearly _ not | clearly never | obviously not | obviously _ not | obviously never | evidently
so you could | so you would | so that you could | so that you would | so you did not have to
so you would not have to | so nobody would | so no one would | so that nobody would | so nobody could
you seemed to | you seem to | you appeared to | you appear to | probably because | maybe because
perhaps because | must have been
to avoid question* | to avoid _ question* | to avoid blame | to avoid _ blame | to avoid conflict
to avoid _ conflict | to avoid confront* | to avoid _ conversation* | to avoid talk* | to avoid answer*
to avoid having to | to avoid being | to avoid me | to avoid us | to avoid him | to avoid her | to avoid them
to avoid scrutiny | to avoid criticism | to avoid accountab* | to avoid _ work | to escape | to duck
pretend | pretends | out to prove | out to make | out to win | out to show | not feel like | to annoy | to irritate | to provoke
to upset | to wind _ up | to get under
to make me look | to make us look | to make him look | to make her look | to make them look
to make me feel | to make us feel | to make him feel | to make her feel | to make them feel
to make _ look small | to make _ look silly | to make _ look incompetent | to make _ look weak | to make _ feel small
faked being | faking being | fake being | to make it look like | to make it seem like | to make it look as if
tried to blame | trying to blame | try to blame | thinking about yourself | thinking of yourself
because he wanted | because she wanted | because they wanted | because he did not want | because she did not want
because they did not want | because he does not want | because she does not want | because they do not want
to avoid _ fight* | to avoid fight* | to avoid _ argument* | to avoid argument* | to avoid _ clash* | to avoid clash*
to avoid _ disagreement* | to avoid disagreement* | to avoid _ friction | to avoid friction | to avoid _ drama | to avoid drama
to avoid _ row | to avoid _ scene | to avoid _ showdown | to avoid _ confrontation*
to get _ off _ plate | to get _ off _ desk | to get _ off _ back | to get _ off _ list
to get _ _ off _ plate | to get _ _ off _ desk | to get _ _ off _ back | to get _ _ off _ list
`

const defaultGeneralization = `
always | never | constantly | continually | forever | nonstop | non-stop | all the time | every time
every single time | each time | each and every | whenever | again and again | over and over | time and again
time after time | as usual | as always | like always | like usual | typical of you | typically | habitually
invariably | routinely | usually | generally | in general | most of the time | half the time | 24/7
everything you | nothing you | full of | no one ever | never once | not once | any time | anytime | often
frequently | regularly | sometimes | at times | tend to | tends to | tended to | perpetually | chronically
incessantly | endlessly | relentlessly | without fail | on a daily basis | day after day | week after week
more often than not | per usual | every so often
yet again | once again | all over again | yet another time | for the umpteenth time | umpteen | repeatedly
consistently | persistently | day in day out | rarely | seldom | hardly ever | barely ever | scarcely ever
times out of ten | on a regular basis | like clockwork | same as always | as ever | like every other
the way you always | like you always
about everything | about everyone | at everything | at everyone | against everything
everything and everyone | everyone and everything
continuously
for everything | for everybody | for anything
`

const defaultOccasions = `
time | day | week | month | sprint | meeting | standup | retro | retrospective | review | release | deploy
deployment | demo | call | morning | afternoon | iteration | pr | pull request | planning | incident
discussion | conversation | one-on-one | 1:1 | session | presentation
opportunity | chance | occasion | single time | single day | single meeting | single sprint | single pr | single release | interview | workshop
deadline | handover | estimate | shift | on-call | rotation
`

const defaultVagueTime = `
recently | lately | the other day | a while ago | a while back | some time ago | sometime | in the past
these days | nowadays | once in a while | now and then | at some point | some point | one day | for a while
for some time | on several occasions | on many occasions | on occasion | multiple times | several times
many times | overall | in the past few | over the past few | over the last few | the last few | a few _ ago
some _ ago | several _ ago | in recent weeks | in recent months | at work | at the office | in the office
on the team | in the team | on the project | in general | as a rule | a couple of times
at one point | over the last | over the past | across the last | across the past | throughout the
for the last | for the past | from time to time | now and again | every now and then | here and there
on and off | of late
some time | sometime last | a while back
`

const defaultTimeAnchors = `
yesterday | today | tonight | this morning | this afternoon | this evening | last night | earlier today
monday | tuesday | wednesday | thursday | friday | saturday | sunday | january | february | march | april
june | july | august | september | october | november | december | last week | last month | last sprint
last quarter | last year | last time | last iteration | last release | this week | this sprint | this month
this quarter | this iteration | this release | this past week | this past | noon | midnight | earlier this week
the day before | the week before | the morning of | day one | first day | second day | last day | tomorrow
first week | second week | first month | first sprint | final week | final sprint
mon | tue | tues | wed | weds | thu | thur | thurs | fri | yday | yest | tonite | tmrw
jan | feb | apr | jun | jul | aug | sep | sept | oct | nov | dec
`

const defaultEvents = `
meeting | standup | stand up | scrum | retro | retrospective | planning | refinement | grooming
kickoff | kick off | demo | showcase | review | code review | design review | architecture review
sprint review | postmortem | post mortem | incident | outage | call | video call | sync | huddle | workshop
training | presentation | talk | session | interview | all-hands | town hall | offsite | onsite | hackathon
conference | meetup | lunch | dinner | party | one-on-one | 1:1 | discussion | conversation | debate
thread | email | message | comment | pr | pull request | merge request | mr | ticket | deploy | deployment
release | launch | rollout | migration | cutover | handover | handoff | walkthrough | escalation | pairing
shift | sprint | iteration | milestone | deadline | visit | onboarding | status update | update | committee
tech talk | brown bag | lunch and learn | spike | war room | design doc | doc | document | proposal | rfc
spec | report | post | deck | slides | board meeting | standup meeting | check-in | checkin
bug bash | game day | dry run | rehearsal | triage | estimation | kickoff meeting | hiring panel | panel
audit | pentest | debrief | upgrade | go-live | go live | fire drill | drill | load test | pilot | beta
q&a | ama | bootcamp | tabletop | exercise | bridge | catch-up | catch up | roundtable | forum | guild
chapter meeting | weekend | night shift | rotation | interview loop | phone screen | screening
`

const defaultEffects = `
delay | delays | delayed | slipped | slip | late | blocked | block | blocking | unblock* | rework | redo
redid | rewrite | rewrote | rollback | rolled back | revert* | outage | downtime | bug | bugs | defect*
regression* | escalat* | complain* | missed | miss | deadline | overtime | had to | have to | has to
could not | was not able | were not able | unable | stopped | gave up | went quiet | quiet | silent
disengaged | withdrew | left the | pulled back | hesitant | reluctant | confusion | misunderstand*
duplicat* | wasted | waste | cost | costs | churn | postponed | postpone | pushed back
took longer | longer | slower | faster | quicker | saved | save | reduced | cut | fewer | shipped | ship
launched | released | merged | deployed | fixed | resolved | on time | ahead of schedule | approved
signed | renewed | adopted | reused | onboarded | up to speed | learned | understood | clarity | aligned
alignment | morale | motivation | productivity | velocity | throughput | revenue | sla | spent | waited
wait | asked | stopped sharing | spoke up | volunteered | thanked | avoided | hesitated
rejected | failed | broke | broken | crash* | paged | woke | weekend | pager | tickets | credibility
overran | ran over | interrupted | derailed | sidetracked | dropped | skipped | re-run | rerun | retested
retest | repeated | repeat | cancel* | rescheduled | overlooked | caught | prevented | avoid | unblocking
finished | completed | on track | off track | backlog | hotfix | attrition | burnout | stress
frustration | tension | conflict | agreed | agreement | consensus | adoption | not get a chance
no chance to | not get to | did not get | got to | lost track | no time | out of time | ran out of time
`

const defaultVagueImpact = `
affect* | impact* | cause* | creat* | lead | leads | led | result* | influenc* | reflect* | matter* | hurt*
harm* | damag* | help* | improv* | see | saw | seen | notice* | like | likes | liked | love* | hate* | enjoy*
appreciat* | think | thought | work | works | worked | working | happen* | change | changed | changes | lost
lose | loses | set | sets | seem* | look | looks | looked | going | thing | things | stuff | problem*
issue* | effect* | consequence* | outcome* | situation* | atmosphere | environment | culture | mood | vibe*
dynamic* | relationship* | quality | productivity | performance | progress | process* | project* | delivery
deliveries | business | company | product | team | teams | organization* | org | image | impression* | example
reputation | mess | deal | difference | point | behavior | behaviors | expect* | standard*
expectation* | aspect* | level* | area* | part | way | sense | concern* | everyone
everybody | nobody | anybody | somebody | people | others | great | good | bad | fine | ok | okay | nice
ideal | amazing | awesome | terrible | awful | worse | worst | better | best | badly | well | poor | important
big | huge | serious | major | minor | real | significant* | noticeabl* | concerning | problematic | harmful
beneficial | negative* | positive* | wrong | right | acceptab* | unacceptab* | appropriat* | inappropriat*
distracting | disruptive | unhelpful | helpful | useful | useless | valuable | super | definitely | certainly
clearly | overall | generally | somehow | totally | pretty | fair | unfair | cool | normal | usual | weird
strange | odd | unclear | clear | sure | true | obvious* | general | whole | entire | entirely | simply
honestly | frankly | basically | overall | impression | felt off | off | vibes | noticed | visible | here
there | now | today | again | anymore | enough | much | more | less | lot | lots | kind | sort | bit
follow | follows | followed | respect* | admir* | value | values | valued | keep it up | keep up | well done
unfortunate | disappointing | regrettable | suboptimal | troubling | shame | pity | counterproductive
detrimental | poorly | need | needs | needed | should | ought | expected | unprofessional | reflects
comment | comments | commented | mention* | talk | talks | talked | talking | said | say | says | afterwards
afterward | later | react* | response | responded | spoke | spoken | heard about
thank you | thanks | pattern | patterns
land* well | land* badly | land* poorly | not land | went over well | went down well | saved the day
save* the day | win | wins | rub* _ the wrong way | rub* _ _ the wrong way | bad taste | left a bad taste
raise* eyebrows | raise* some eyebrows | made my day | made our day | means a lot | meant a lot
goes a long way | going a long way | went a long way | speaks volumes | wrong message | send* a message | sent a message
set* the tone | good look | bad look | crossed a line | cross* the line | over the line | wrong impression
fell flat | moved the needle | paid off | worked out | success | a hit | could not have done _ without
could not have done _ _ without | without you | keep doing | keep going | please | do not do it again
has to stop | have to stop | needs to stop | must stop | has to change | needs to change | must change
hold ourselves to | holds us to | has to improve | needs to improve | should not happen again | cannot happen again | can not happen again
pick* up on | picked up on
harder | easier | benefit* | want | wants | wanted
sees | seeing | meh | tbh | ngl | imo | lol | thx | ty | cheers | kudos | congrats | props | +1
count on | counts on | counting on | rely on | relies on | can rely | depend on | depends on | look* up to
suffer* | surviv*
unnoticed | add* up | send | sends | watch | watching | watched
greatly | highly | deeply | strongly | warmly | immensely | tremendously | enormously | hugely | widely | truly
contribution* | effort | efforts | department | division | in line with
`

const defaultFeelings = `
uneasy | confused | worried | frustrated | embarrassed | anxious | stressed | relieved | grateful | thankful
proud | happy | glad | disrespected | dismissed | undermined | excluded | ignored | overwhelmed | surprised
concerned | upset | annoyed | hurt | demotivated | discouraged | motivated | energized | supported | valued
appreciated | reassured | confident | nervous | uncomfortable | awkward | disappointed | impressed | angry
sad | excited | inspired | safe | unsafe | heard | unheard | respected | included | blindsided
caught off guard | put on the spot | pressured | rushed | isolated | left out | on edge | tense | drained
exhausted | comfortable | welcome | welcomed | encouraged | trusted | helpless | powerless | insulted
humiliated | belittled | irritated | alarmed | puzzled | bored | calmer | afraid | scared | threatened | unhappy
frustrating | confusing | embarrassing | stressful | worrying | upsetting | discouraging | demotivating
motivating | reassuring | uncomfortable | awkward | disheartening | disheartened | overwhelming | relieving
felt | feel | feeling | made me | left me | leaves me
tiring | exhausting | tedious | off-putting | demoralizing | wearing | grating | jarring | painful
`

const defaultApproval = `
impressed | thrilled | delighted | pleased | happy | glad | excited | amazed | wowed | blown away | grateful
thankful | proud | love* | enjoy* | appreciat* | over the moon | in awe | stoked | chuffed | satisfied
`

const defaultManner = `
well | badly | poorly | brilliantly | beautifully | superbly | terribly | awfully | horribly | amazingly
excellently | wonderfully | nicely | great | awesome | fantastic | perfectly | flawlessly | admirably
impressively | magnificently | expertly | masterfully | competently | skillfully | skilfully | gracefully
elegantly | sloppily | lazily | carelessly | rudely | arrogantly | unprofessionally | professionally
disrespectfully | aggressively | defensively | dismissively | condescendingly | clumsily | half-heartedly
fabulously | marvellously | marvelously | splendidly | phenomenally | incredibly | outstandingly
`

const defaultPeople = `
i | me | my | myself | we | us | our | team | teammates | team members | everyone | everybody | people
client | clients | customer | customers | user | users | stakeholders | he | she | they | them | him | her
colleagues | juniors | newcomers | new joiners | new joiner | qa | reviewers | reviewer | manager | pm
product manager | designer | designers | developers | engineers | on-call | support | the room | others
`

const defaultUnits = `
minute | minutes | min | mins | hour | hours | hr | hrs | day | days | week | weeks | month | months
sprint | sprints | percent | per cent | bug | bugs | ticket | tickets | people | person | customer
customers | user | users | engineer | engineers | teammate | teammates | times | point | points
story points | ms | second | seconds | question | questions | pr | prs | incident | incidents | request
requests | release | releases | deploy | deploys | test | tests | commit | commits | dollar | dollars
euro | euros | k | builds | build | comments | items | issues | defects | pages | alerts | calls
`

const defaultHedges = `
maybe | perhaps | i think | i guess | i feel like | sort of | kind of | a bit | a little | somewhat
might have | may have | possibly | i suppose | it seems | seemed like | just a thought | not sure
i got the impression | i had the impression | i had the feeling | i get the feeling | it felt like
it seemed like | it seems like
`

const defaultSpeechVerbs = `
said | say | says | saying | told | tell | tells | wrote | replied | reply | replies | answered | commented
shouted | yelled | muttered | announced | joked | declared | claimed | responded | remarked | mentioned
stated | argued | insisted | complained | snapped | texted | messaged | exclaimed | called | labeled
posted | typed | emailed | tweeted | shared | added
described | referred to | put it | asked
admitted | admit | admits | explained | explains | confirmed | acknowledged | conceded | promised | warned
suggested | proposed
`

// defaultTerms are engineering terms that contain a word of the other
// lists. The list names the term, never a sentence.
const defaultTerms = `
lazy load* | lazy eval* | lazy init* | lazy import* | lazy fetch* | lazy binding* | lazy iterat* | lazy propert*
lazy val | lazy var | lazy static | lazy mode | lazy sequence* | lazy collection* | lazy stream*
greedy algorithm* | greedy match* | greedy regex* | greedy quantifier* | greedy search | greedy approach
greedy heuristic* | greedy strateg* | greedy decod* | greedy sampl* | greedy solution*
sloppy quorum* | dumb terminal* | dumb pipe* | dumb component* | passive mode | passive check* | passive scan*
hostile input* | hostile network* | toxic comment* | toxic content | toxic message* | unreliable network*
unreliable connection* | unreliable transport | deliberate practice | intentional stream* | chaos monkey
never expire* | forever loop* | hostile takeover*
`
