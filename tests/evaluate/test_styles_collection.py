"""onrecord on invented articles in styles PolNeAR lacks (``fixtures/styles_gold.py``).

British single quotation marks, headline quotes with a role or a trailing phrase, a
speaker named after a run of quotes, wire datelines, anonymous sources, a name the NER
misses beside pronouns of two genders; then features, sport, tabloids, a press conference,
block quotes, asides between dashes and a Q&A. The gold says
what a reader takes from each article; it was written before onrecord ran on it. The
floors guard against losing what works on these styles; twenty-one articles measure little
about accuracy at large (PolNeAR dev does that, in the README).

A second collection (``fixtures/styles_gold_more.py``, twelve articles, 85 statements)
was written later by another hand, in Canadian, Indian, Australian, press-release,
science, obituary, live-blog, transcript and court styles. Measured before any rule was
fixed for it: content F1 0.903 at 0.3 and 0.880 at 0.8, quoted 0.958, names 52 of 62.
Rules were then fixed on what it showed, so it no longer measures unseen text either; its
floors guard today's figures on it, which are lower than the first collection's: Q:/A:
transcripts and court orders are still read poorly (see its docstring).

A third (``fixtures/styles_gold_third.py``, twelve articles, 99 statements), by another hand
again: business news, a British court report, sport, wire copy with quotes over paragraphs,
a blog post and a social post, a wildfire, Quebec municipal news, health, an opinion column,
a profile told in epithets, election night, a museum theft. Measured first: content F1 0.929
at 0.3 and 0.859 at 0.8, quoted 0.929, names 61 of 74, end-to-end 0.869; the same code after
its gold was corrected (99 statements) 0.961 / 0.902 / 0.929 / 63 of 77 / 0.912. Rules were
then fixed on it too.

A fourth (``fixtures/styles_gold_fourth.py``, twelve articles, 129 statements), by another
hand, written after the third's fixes: Canadian national news with women and men quoted in
turn, a merger story, a public broadcaster's explainer, Irish, South African and Scottish
stories, a tech interview under name labels, a press conference, science, entertainment, a
Commons debate, a rewritten news release. First run (126 statements): content F1 0.954 at
0.3 and 0.938 at 0.8, quoted 0.983, speakers 122 of 123, names 86 of 100, end-to-end 0.946;
after its writer's one slip was mended (129): 0.966 / 0.943 / 0.983 / 86 of 100 / 0.958.

A fifth (``fixtures/styles_gold_fifth.py``, twelve articles, 137 statements), by another
hand: Australian politics, an Indian news agency, Nigeria, US local crime, an obituary, a
live blog, a fact-check, a congressional hearing, a European wire with translated quotes,
sport, odd quotation marks (straight quotes, a quote over three paragraphs closed only at
the end, a nested quote, 6'2", a mark never closed) and a column quoting posts and a memoir.
First run (130 statements): content F1 0.919 at 0.3 and 0.904 at 0.8, quoted 0.968,
speakers 122 of 123, names 89 of 104, end-to-end 0.904; after its writer's slips were
mended (137): 0.939 / 0.903 / 0.968 / 93 of 108 / 0.925.

A sixth (``fixtures/styles_gold_sixth.py``, twelve articles, 140 statements), by another
hand: Canadian news in the manner of the outlets the Gender Gap Tracker reads, women and men
quoted in turn (legislature, health, a fraud sentencing, transit, a First Nation, a bank's
results, housing, hockey, a wildfire, Quebec, federal politics, a tabloid). First run (135
statements): content F1 0.953 at 0.3 and 0.938 at 0.8, quoted 0.967, speakers 125 of 126,
names 110 of 116, end-to-end 0.945; after its writer's slips against PolNeAR's conventions
were mended (140): 0.971 / 0.957 / 0.983 / 112 of 119 / 0.957.

A seventh (``fixtures/styles_gold_seventh.py``, twelve articles, 154 statements), by another
hand: US politics with posts on X, a Supreme Court ruling, an AP-style conflict story, pro
basketball, a leaked tech memo, a British tabloid, a magazine feature in the present tense,
an Australian trial, a podcast, a hurricane, Philippine news and a science controversy.
First run (153 statements): content F1 0.912 at 0.3 and 0.860 at 0.8, quoted 0.913,
speakers 132 of 135, names 98 of 113, end-to-end 0.886; after its writer's two slips were
mended (154): 0.916 / 0.857 / 0.913 / 99 of 114 / 0.896.

An eighth (``fixtures/styles_gold_eighth.py``, twelve articles, 153 statements), by another
hand after the seventh's fixes: a city council meeting, a Commons select committee, a Kenyan
lender, a novelist's profile, a celebrity magazine, a war dispatch, a tech keynote, a climate
protest, an Ontario appeal ruling, an Indian election night, a study from a press release and
an athlete's obituary. First run: content F1 0.949 at 0.3 and 0.904 at 0.8, quoted 0.952,
speakers 145 of 147, names 113 of 118 (after its writer's one slip was mended), end-to-end 0.936.

A ninth (``fixtures/styles_gold_ninth.py``, ten articles, 121 statements), by another hand after
the eighth's fixes: public radio, a commodities wire, a transit strike, a Latin American wire
story, a football transfer rumour, a sermon, a restaurant review, a police press conference, a
heat-wave advisory and an airline diversion. First run (120): content F1 0.914 at 0.3 and 0.873
at 0.8, quoted 0.958, speakers 108 of 110, names 93 of 97, end-to-end 0.898; after its writer's
two slips were mended (121): 0.919 / 0.886 / 0.958 / 94 of 98 / 0.902.

A tenth (``fixtures/styles_gold_tenth.py``, eleven articles, 140 statements), by another hand
after the ninth's fixes: a UN Security Council meeting with its speakers in capitals, a central
bank's rate decision, Formula One team radio, a televised debate, an Irish tributes round-up,
a coroner's inquest, a two-leader summit, a scrubbed rocket launch, a data breach, a memoir
review and an auction. First run (139): content F1 0.940 at 0.3 and 0.883 at 0.8, quoted
0.939, speakers 127 of 131, names 90 of 111, end-to-end 0.912; after its writer's one slip was
mended (140): 0.937 / 0.880 / 0.939 / 90 of 111 / 0.908.

An eleventh (``fixtures/styles_gold_eleventh.py``, eleven articles, 127 statements), by another
hand after the tenth's first fixes: an earnings call, a school-board meeting, a rugby press
conference, a Hansard verbatim record, a chef's spat with a critic, a housebuilder's annual
meeting, a newspaper review, an air-accident report, a Singapore story with surname-first
names, a union congress and an employment tribunal. First run (125): content F1 0.914 at 0.3
and 0.844 at 0.8, quoted 0.901, speakers 111 of 115, names 83 of 100, end-to-end 0.883; after
its writer's three slips were mended (127): 0.922 / 0.860 / 0.901 / 85 of 102 / 0.891.

A twelfth (``fixtures/styles_gold_twelfth.py``, eleven articles, 125 statements), by another
hand after the eleventh's fixes: a product recall, a museum repatriation, a chess final, lottery
winners, a literary prize, a Pakistani wheat procurement story, A-level results day, a mountain
rescue, a zoo escape, an archaeological dig and an open-source maintainer. First run: content F1
0.969 at 0.3 and 0.929 at 0.8, quoted 0.976, speakers 120 of 121, names 95 of 108, end-to-end
0.961.

A thirteenth (``fixtures/styles_gold_thirteenth.py``, eleven articles, 131 statements), by another
hand after the twelfth's fixes: a New Zealand council, a Kenyan election commission, a transfer
rumour resting on anonymous sources, a markets wrap, a hospital strike, a royal visit, a police
appeal, a festival review, an ambassador through an interpreter, a Gulf acquisition and an Indian
High Court appeal; nested attributions are two statements there, as PolNeAR marks them. First run
(with this session's first two name fixes): content F1 0.943 at 0.3 and 0.904 at 0.8, quoted
0.927, speakers 117 of 118, names 80 of 98, end-to-end 0.927. A fourteenth
(``fixtures/styles_gold_fourteenth.py``, eleven articles, 133 statements), written at the same
time by a third hand, is US political and government news (a Senate budget fight on anonymous
aides, a White House briefing, attack ads, a State Department statement, campaign filings, a state
supreme court's opinion and dissent, a mayor and police chief, a poll, a hearing, lobbying, an
analysis of what officials believe and fear). First run, the same code: 0.952 / 0.864 / 0.887 /
126 of 128 / 91 of 93 / 0.930.

A fifteenth (``fixtures/styles_gold_fifteenth.py``, eleven articles, 121 statements), by another
hand after those two's first fixes: state news agencies and government media as scrapers save
them (an outlet's web address glued to a "Name: 'quote'" headline, page furniture, a speaker named
a paragraph after the quote, first-person continuation), from Azerbaijan, China, the Gulf,
Russia, Turkey, India, Nigeria, Pakistan, Ukraine, the African Union and Latin America. First
run: 0.908 / 0.856 / 0.972 / 95 of 102 / 65 of 98 / 0.847.

A sixteenth (``fixtures/styles_gold_sixteenth.py``, eleven articles, 119 statements), by another
hand after the fifteenth's fixes: news from Canada, the UK, Ireland, Australia and New Zealand of
the kind media-diversity trackers read (broadcaster copy with "says" after the quote and long
roles, quotes over paragraphs, pronouns after two women, particle and hyphenated surnames, "in an
email", "told CBC News"). First run: 0.979 / 0.971 / 1.000 / 117 of 117 / 92 of 99 / 0.979.

A seventeenth (``fixtures/styles_gold_seventeenth.py``, eleven articles, 126 statements), by
another hand: typography and layout that break quote finders (guillemets in French and German
order, low-high marks, dialogue dashes, a mark never closed, quotes over paragraphs, a quote
broken by a long attribution, block quotes, posts under their handles, "Q:"/"A:" labels, a live
blog's timestamps, an apostrophe-heavy text). First run: 0.886 / 0.827 / 0.933 / 112 of 119 / 97
of 110 / 0.834. Read since: the interviews' answers (a headline names the interviewee, dialogue
dashes), block quotes after "said:", handles as their owners.

An eighteenth (``fixtures/styles_gold_eighteenth.py``, eleven articles, 132 statements) and a
nineteenth (``fixtures/styles_gold_nineteenth.py``, eleven articles, 119 statements) were written
at the same time by two more hands: business, legal, science and technology news as wires and
trade papers write it (earnings calls, a lawsuit's complaint and filings, a merger before a
regulator, a recall, a drug trial, a UN report, a cyberattack, a strike, a central bank speech,
a funding round, an aviation report), and sport, entertainment and culture (match reports, a
tennis press conference in prose, a nickname, a premiere, a television recap whose characters'
lines are the characters', an awards speech, a festival review, a magazine feature, a book
launch, a theatre review, a club's statement). First runs (with this evening's fixes up to the
founder's company): 0.974 / 0.929 / 1.000 / 127 of 129 / 80 of 100 / 0.959 and 0.931 / 0.906 /
0.958 / 111 of 112 / 85 of 104 / 0.914; names are their weak part ("the company" for a company
named without a suffix, a nationality for a name, "the Falcons captain").

A twentieth (``fixtures/styles_gold_twentieth.py``, eleven articles, 140 statements), by another hand: US and
Canadian local news as station websites, metro dailies, weeklies and public radio write it (a school board, a
planning hearing, a police standoff, a measles update, a plant strike, a drought, a vigil, a girls' basketball
final, a diner closing, a flood, a sentencing). First run, with this session's first fixes (nationalities, companies
by their founder or plant) in the tree: 0.962 / 0.941 / 1.000 / 138 of 138 / 102 of 120 / 0.962; after its writer's
one slip was mended (140): 0.965 / 0.944 / 1.000 / 139 of 139 / 103 of 121 / 0.965. Its weak part is "she" after two
women (and "he" after two men) where only the content tells which.

A twenty-first (``fixtures/styles_gold_twentyfirst.py``, eleven articles, 139 statements), by another hand:
investigative and accountability reporting (a contract steered to a donor, inspection records, a misconduct file, a
hidden settlement, a data leak, a lobby-paid trip, a charity's spending, a hospital suing patients, lead pipes, a
campaign feud, a council's secret meeting), with documents as sources, anonymous sources and their formulas, denials
and nested attributions. First run, with this session's fixes up to the surname rule in the tree: 0.916 / 0.832 /
0.951 / 128 of 130 / 87 of 91 / 0.902. Read since: findings closed by "documents ... show", why a source is
anonymous, names beside a body's noun.

A twenty-second (``fixtures/styles_gold_twentysecond.py``, eleven articles, 134 statements), by another hand: the
English-language press of South Asia, Africa and South-East Asia (a chief minister, a high court, a cricket board,
flood relief, a convocation, a police commissioner's press meet, a defection, a central bank circular, a rally, a
lecturers' strike, a ferry), in its own idioms ("stated this while addressing", "informed", "averred", "urged upon",
"directed [X to ...]"), with honorifics ("Smt.", "Datuk Hajah", "Alhaji"), datelines in capitals and a role's initials
in headlines. First run: 0.937 / 0.877 / 0.919 / 123 of 126 / 101 of 120 / 0.914. Read since: datelines before a lede
that names its own source, "stated this", "directed", honorifics, agency datelines in title case, "CM" and "CP".

A twenty-third (``fixtures/styles_gold_twentythird.py``, eleven articles, 132 statements), by another hand: European
and international news as European outlets write it (an EU summit, coalition talks, a farmers' protest, the court in
Luxembourg, a Baltic cable, a Balkan election, a war front, a central bank, a football federation, a climate case, a
border incident), with capitals as speakers ("Berlin said"), party initials, translated quotes and ministers named by
their country. First run (129 statements): 0.957 / 0.941 / 0.961 / 120 of 122 / 79 of 108 / 0.941; after its
writer's three headline slips were mended (132): 0.953 / 0.938 / 0.961 / 121 of 123 / 79 of 109 / 0.938. Read
since: capitals as their governments (``speakers/data/capitals.tsv``). Left: "the party" for a party named by its
initials, "Sweden's central bank" for the Riksbank, pronouns after two people of one sex.

A twenty-fourth (``fixtures/styles_gold_twentyfourth.py``, eleven articles, 127 statements), by another hand: science,
health and medicine news (a journal study, a drug approval, a vaccine trial, a waiting list, an outbreak update,
a contradicting study, a Moon lander, a climate paper, a closing helpline, a dog disease, a retraction), with studies
and documents as speakers and experts' long titles. First run (126): 0.965 / 0.925 / 0.991 / 122 of 122 / 85 of 94 /
0.965; after its writer's one slip was mended (127): 0.969 / 0.930 / 0.991 / 123 of 123 / 85 of 94 / 0.969. Read
since: "Prof Edmund Hale" the NER read as a body, "the non-profit Meridian Vaccine Institute", "the study's senior
author, Prof ...".

Five more were written in the next session by other hands, three at its start and two after its first fixes. A
twenty-fifth (``fixtures/styles_gold_twentyfifth.py``, eleven articles, 126 statements): the politics of
parliamentary democracies in their English-language press (coalition talks, a party conference, a state assembly, a
cabinet reshuffle, an election count, a by-election, a leadership race, a public accounts committee, a parliament's
question time, a select committee, a coalition crisis), with parties named in full, then by initials and as "the
party". First run (122): 0.926 / 0.887 / 0.962 / 119 of 119 / 82 of 93 / 0.926; after its writer's three slips
were mended (126): 0.938 / 0.900 / 0.962 / 120 of 120 / 82 of 94 / 0.938. A twenty-sixth
(``fixtures/styles_gold_twentysixth.py``, eleven articles, 132 statements): business, labour and consumer news where
companies talk to each other (two one-word companies in a supply dispute, wage talks, results, a bank's fine, a
founder's interview over paragraphs, a plant closing, an activist investor). First run: 0.966 / 0.929 / 0.930 / 125
of 126 / 88 of 108 / 0.959. A twenty-seventh (``fixtures/styles_gold_twentyseventh.py``, eleven articles, 135
statements): human-interest features (a village flood told by neighbours, a reunion, a runner's profile, a church
closing, a refugee family, a mayor's last day, a hospice nurse, a fishing quay, a dog rescue, a wedding, a radio
host's retirement), with people called by their given names, present-tense "says" and remembered speech. First run
(134): 0.960 / 0.953 / 0.978 / 125 of 129 / 92 of 123 / 0.931; after its writer's one slip was mended (135): 0.964
/ 0.957 / 0.978 / 126 of 130 / 92 of 123 / 0.935. Read since: streets, villages and saints' churches the NER reads
as people, a given name alone, "The Rev", "a man called Pete", "The party", "The firm", "The agency" for the body
just named, headlines "'...', says rescue founder", "..., councils tell select committee" and "... as union calls
3% offer 'an insult'", "Most settle, she said, often ...", a quote going on after a reported content.

A twenty-eighth (``fixtures/styles_gold_twentyeighth.py``, eleven articles, 139 statements): courts, tribunals,
inquiries and hearings (sentencings, a murder trial day, a defamation verdict, a commission of inquiry, an
employment tribunal, an ombudsman, a planning appeal, a coroner, a federal complaint, a victim impact statement read
by another), where "the court heard" carries evidence without a speaker. First run, with the fixes above in the tree
(134): 0.936 / 0.864 / 0.905 / 122 of 125 / 97 of 114 / 0.907; after its writer's five slips against earlier
conventions were mended (139): 0.947 / 0.856 / 0.898 / 122 of 126 / 97 of 114 / 0.905. A twenty-ninth
(``fixtures/styles_gold_twentyninth.py``, eleven articles, 132 statements): news as live pages and social media carry
it (a storm's live page, an election blog, a television interview written up, a podcast, posts, a statement through
a representative, a post-match interview, a correction note). First run: 0.963 / 0.912 / 0.994 / 126 of 128 / 107
of 117 / 0.941. Read since: counsel named with their letters ("Eoin Ferriter SC"), a name the parser hung on the
verb before its description, the witness after "cross-examination by lawyer X", a body named after its description,
"Engineer Priya Raman", a paper named in title case, a correction note, a clause the parser split at its subject,
"..., murder trial hears", what a jury was shown. Left in all five: pronouns after two people of one sex that only
the content tells apart, a speaker named only paragraphs later, nested attributions.

A thirtieth (``fixtures/styles_gold_thirtieth.py``, eleven articles, 124 statements) and a thirty-first
(``fixtures/styles_gold_thirtyfirst.py``, eleven articles, 124 statements) were written at the same time by two
more hands, with all the fixes above in the tree: sport beyond the match report (a transfer saga, a doping
tribunal, a swimmer's interview over paragraphs, a press conference in prose, a pundit, a fans' statement, a
farewell post, a final between sisters, a toss, a crash update, a weigh-in), and crisis and emergency reporting (a
wildfire, an earthquake, a chemical spill, a stand-off, a flood, an outbreak, a collapse, a capsizing, a heat
emergency, a grid failure, a climber search). First runs: 0.988 / 0.964 / 0.976 / 120 of 121 / 95 of 118 / 0.980
and 0.955 / 0.906 / 0.987 / 113 of 113 / 79 of 91 / 0.955. Read since: a speaker named in apposition after a
comma, "the Hurricane" for a nickname inside a name, whoever an opening question names, "director of netball
Gavin Pryor", "The force" for the police named paragraphs before.

Four more were written at the same time by four more hands, while the first fixes of the next round were in the tree
(two "according to" sources in one sentence, a body's name after its common noun, "put the toll at", offices with a
prefix and a hyphen): a thirty-second (``fixtures/styles_gold_thirtysecond.py``, eleven articles, 124 statements) of
education news (a school board's budget, university job cuts, results day, a strike ballot, an inspection report, a
petition, a retirement interview); a thirty-third (``fixtures/styles_gold_thirtythird.py``, eleven articles, 135
statements) of magazine profiles and interviews (Q&A transcripts with "Q:" and initials, a first-person writer who
asks, memoirs and letters, nicknames in a family, a quote over three paragraphs named at its end); a thirty-fourth
(``fixtures/styles_gold_thirtyfourth.py``, eleven articles, 127 statements) of technology and security news (a breach
disclosure, a researcher's posts, a leaked memo, lower-case brands, a ransomware group's claim); and a thirty-fifth
(``fixtures/styles_gold_thirtyfifth.py``, eleven articles, 126 statements) of environment, climate, farming and rural
news. First runs: 0.972 / 0.932 / 0.962 / 120 of 120 / 95 of 99 / 0.972; 0.900 / 0.873 / 0.984 / 128 of 131 / 100
of 121 / 0.880 (131), and after its writer's three slips against earlier conventions were mended (135): 0.915 / 0.881
/ 0.984 / 132 of 135 / 102 of 123 / 0.895; 0.957 / 0.942 / 1.000 / 122 of 122 / 85 of 102 / 0.957; 0.965 / 0.934 /
0.944 / 121 of 123 / 90 of 102 / 0.950. Read since: an interview's answers under initials, "calls her Pree" and "says
nothing" (no statements), "according to a translation" (the speaker's words, rendered), a town the NER reads as a
person ("The mayor of Sorrel Falls, Kevin Haldane"), "..., says it beats rivals" in a headline.

Three more, with those fixes in the tree: a thirty-sixth (``fixtures/styles_gold_thirtysixth.py``, eleven articles, 133
statements) of religion, faith and community news (a bishop's sermon, a synod vote, a diocese's statement, a vigil, a
rabbi's letter; scripture, prayers and hymns quoted are no one's statement, and a statement read on a family's behalf
is the family's); a thirty-seventh (``fixtures/styles_gold_thirtyseventh.py``, eleven articles, 128 statements) of
health and social care news (waiting times, a care home inspection, a coroner's report, a pay dispute, a letter to
staff); a thirty-eighth (``fixtures/styles_gold_thirtyeighth.py``, eleven articles, 134 statements) of transport news
(a rail strike, stranded passengers, an inquiry, a bridge closure, an inquest, a bereaved father's campaign). First
runs: 0.918 / 0.846 / 0.904 / 124 of 128 / 80 of 103 / 0.889; 0.977 / 0.922 / 0.982 / 123 of 124 / 97 of 99 / 0.969;
0.964 / 0.927 / 0.981 / 130 of 130 / 99 of 110 / 0.964. Left in them: pronouns after two people of one sex (ten in
the thirty-sixth alone), scripture and hymns read as statements, chained attributions ("says ... after an inquiry
found that ...") read as one.

Four more, with the fixes of two more reviews and "Rev" without a full stop, books of scripture and plural people in
headlines in the tree: a thirty-ninth (``fixtures/styles_gold_thirtyninth.py``, eleven articles, 120 statements) of
celebrity and tabloid news (a split announced in a post, "a source close to the star", a memoir extract, an on-air
apology, stage names); a fortieth (``fixtures/styles_gold_fortieth.py``, eleven articles, 135 statements) of economy
and markets (a rate decision and its minutes, a jobs report, "said in a note to clients", a profit warning, an IMF
outlook); a forty-first (``fixtures/styles_gold_fortyfirst.py``, eleven articles, 137 statements) of local election
campaigning (a hustings, heckles, leaflets, a count night, a concession); and a forty-second
(``fixtures/styles_gold_fortysecond.py``, eleven articles, 120 statements) of briefs and round-ups (datelined wire
items, a "what we know" list, a quotes-of-the-day box, a corrections box, captions, a "they said it" panel). First
runs: 0.942 / 0.908 / 0.942 / 107 of 110 / 72 of 89 / 0.917; 0.963 / 0.933 / 0.965 / 126 of 128 / 85 of 101 / 0.948;
0.940 / 0.905 / 0.939 / 131 of 131 / 100 of 115 / 0.940; 0.920 / 0.888 / 0.984 / 107 of 115 / 86 of 107 / 0.856
(118), and after its writer's three slips against earlier conventions were mended (120): 0.929 / 0.897 / 0.984 / 109
of 117 / 86 of 107 / 0.865. Left in them: pronouns after two people of one sex again (six to eight in each), bodies
named by a common noun ("the forecaster", "the retailer"), the labels and headings of briefs read as speakers.

Four more, with a church, a zoo or a university by its noun ("the cathedral") in the tree: a forty-third
(``fixtures/styles_gold_fortythird.py``, eleven articles, 140 statements) of war, conflict and defence (a general
staff briefing, claims and counterclaims, officials who spoke on condition of anonymity, a statement read out on state
television, casualty figures, a UN envoy, a ceasefire); a forty-fourth (``fixtures/styles_gold_fortyfourth.py``,
eleven articles, 139 statements) of US crime and policing (a police chief's news conference, an affidavit, a sheriff's
post, a vigil, a 911 call, a body camera, a lockdown); a forty-fifth (``fixtures/styles_gold_fortyfifth.py``, eleven
articles, 141 statements) written to try the largest class left, two people of one sex who both speak, where only the
content tells which one a "he" or "she" is (sisters, rival candidates, a mother and daughter on trial, co-founders);
and a forty-sixth (``fixtures/styles_gold_fortysixth.py``, eleven articles, 125 statements) of obituaries, tributes and
anniversaries (the dead quoted from old interviews, a family statement read out, a eulogy). First runs: 0.957 / 0.901 /
0.962 / 130 of 132 / 93 of 115 / 0.943 (after its writer's one slip was mended); 0.947 / 0.875 / 0.966 / 130 of 131 /
91 of 101 / 0.932; 0.966 / 0.945 / 0.977 / 138 of 138 / 103 of 127 / 0.966 (after one slip); 0.969 / 0.953 / 0.987 /
121 of 123 / 108 of 119 / 0.953. The forty-fifth's 24 wrong names are its point: 20 are a "he" or "she" given to the
wrong one of the pair. A pronoun is now not someone the statement's own words name ('"Felix knows why," he said'),
which mends some such cases in all collections but leaves most, where only what is said tells.

Three more, with a review's fixes of that rule, clubs and languages no people, and titles of Ireland and Malaysia in
the tree: a forty-seventh (``fixtures/styles_gold_fortyseventh.py``, eleven articles, 136 statements) of East and
South-East Asia and the Pacific (names written surname first, Datuk and Tan Sri, a court's cross-examination, a
translated ministry statement, a Pacific leader's speech); a forty-eighth (``fixtures/styles_gold_fortyeighth.py``,
eleven articles, 119 statements) of consumer and personal finance (experts quoted back to back, tips, a reader's
letter and the answer, case studies by first name); and a forty-ninth (``fixtures/styles_gold_fortyninth.py``, eleven
articles, 116 statements) of Ireland, Scotland and Wales (Ó, Ní, Mac and ap in names, the Dáil, Holyrood, the Senedd,
a Garda appeal, a hurling final). First runs, each after its writer's slips were mended: 0.993 / 0.942 / 0.980 / 133
of 134 / 106 of 120 / 0.985; 0.914 / 0.883 / 0.991 / 116 of 117 / 92 of 103 / 0.906; 0.962 / 0.936 / 0.952 / 110 of
110 / 81 of 99 / 0.953. Left in them: pronouns after two people of one sex again, the writer's own voice in advice
columns read as statements ("I'm sorry to hear", "ask the council"), honorifics of Indonesia ("Pak", "Bu").

Two more, with a second review's fixes and "quoted X as saying" (X speaks) in the tree: a fiftieth
(``fixtures/styles_gold_fiftieth.py``, eleven articles, 129 statements) of science and research news (a study's lead
author, experts "not involved in the research", a launch briefing, a retracted paper, a preprint, a climate report's
co-chairs); and a fifty-first (``fixtures/styles_gold_fiftyfirst.py``, eleven articles, 131 statements) of the
African English-language press (long titles and honorifics, "averred", a state assembly, a police PPRO, an election
tribunal, a bishop's sermon). First runs, as written: 0.962 / 0.931 / 0.991 / 121 of 122 / 82 of 91 / 0.954; 0.970 /
0.917 / 0.986 / 122 of 127 / 96 of 119 / 0.932. Left in them: pronouns after two people of one sex, offices by
initials ("the PPRO", "the CEC"), a spacecraft named like a person.

Two more, with a third review's fixes, offices by their initials and craft named like people in the tree: a
fifty-second (``fixtures/styles_gold_fiftysecond.py``, eleven articles, 118 statements) of corporate press releases
and wire rewrites of them (a CEO who "commented:", a merger's two chief executives, an earnings release and its
disclaimer, "About" boilerplate, press contacts); and a fifty-third (``fixtures/styles_gold_fiftythird.py``, eleven
articles, 112 statements) of lifestyle, food, travel and fashion features (a chef, a restaurant review, a guide known
by his first name, menus, signs and labels quoted that are no one's statement). First runs, as written: 0.934 / 0.901
/ 0.969 / 110 of 112 / 82 of 100 / 0.917; 0.906 / 0.890 / 0.915 / 108 of 109 / 84 of 96 / 0.898. Left in them:
quoted menus, signs and labels read as statements, headlines naming a place or a dish before a colon, companies
named with their tickers ("Sablewick Systems, Inc. (NASDAQ: SBLW)"), pronouns after two people of one sex.

Two more, written as the session ended: a fifty-fourth (``fixtures/styles_gold_fiftyfourth.py``, eleven articles, 119
statements) of opinion pages (a columnist, an editorial quoting a minister back at him, letters to the editor, a guest
op-ed, a parliamentary sketch), and a fifty-fifth (``fixtures/styles_gold_fiftyfifth.py``, eleven articles, 114
statements) of the trade press on mining, shipping, farming and energy (a note to clients, a filing, a commodities
wrap, a ship's captain). First runs, after their writers' slips were mended (five and two): 0.874 / 0.807 / 0.934 /
113 of 117 / 78 of 94 / 0.844; 0.982 / 0.930 / 0.957 / 110 of 110 / 75 of 86 / 0.982. Left in them: the opinion
writer's own voice read as statements ("I understand the anger", "I suspect"), offices standing for names ("the
Transport Secretary"), pronouns after two people of one sex.

Three more, with bodies by the noun the article described them with ("the carrier" after "container carrier
Austral-Nordic Line") in the tree: a fifty-sixth (``fixtures/styles_gold_fiftysixth.py``, eleven articles, 122
statements) of the English-language press of South Asia (a chief minister's press meet, a high court bench, a
district collector, an SP and a DSP, "ji" and "Smt", initials before surnames, Hindi and Urdu words); a fifty-seventh
(``fixtures/styles_gold_fiftyseventh.py``, eleven articles, 131 statements) of fact-checks (a claim and its verdict, a
line falsely given to a dead writer, a doctored clip, an AI image, "we asked the campaign", posts under their
handles), where a misattributed line is the statement of whoever spread it; and a fifty-eighth
(``fixtures/styles_gold_fiftyeighth.py``, eleven articles, 132 statements) of long-form narrative and investigations
(speakers named paragraphs after their first words, people described before they are named, dialogue between two
people of one sex, a source's reason for anonymity, emails and memos). First runs: 0.952 / 0.919 / 0.959 / 114 of 115
/ 83 of 106 / 0.944; 0.882 / 0.806 / 0.913 / 120 of 126 / 80 of 83 / 0.840; 0.948 / 0.903 / 0.983 / 124 of 127 / 84
of 101 / 0.925 (128), and after its writer's four slips were mended (132): 0.956 / 0.912 / 0.983 / 127 of 130 / 86 of
103 / 0.934. Left in them: a fact-check's "Verdict:" and "Claim:" labels and a dateline's "COLOMBO:" read as
speakers, what an image or a clip "shows", "Superintendent of Police (SP) Kavita Rathore" named by her office,
speakers described before they are named ("the man in the oilskin"), pronouns after two people of one sex.

Three more, with fact-check labels and datelines no speakers in the tree: a fifty-ninth
(``fixtures/styles_gold_fiftyninth.py``, eleven articles, 125 statements) of wire copy from the Middle East and North
Africa (al-, bin, Abu and Umm in names, Sheikha and Sayyed, a state news agency quoting a minister, a mediator, a
court in the Gulf, an exiled dissident); a sixtieth (``fixtures/styles_gold_sixtieth.py``, eleven articles, 145
statements) of parliaments and legislatures (a select committee questioning a chief executive, question time, a
minister's statement, a filibuster, members explaining their votes, a Speaker's ruling, heckles); and a sixty-first
(``fixtures/styles_gold_sixtyfirst.py``, eleven articles, 128 statements) of business news built on earnings calls
(a chief executive and a finance chief of one sex on the call, "Operator:" lines, analysts with their firms, a short
seller's report, a rating agency's note). First runs: 0.972 / 0.917 / 1.000 / 118 of 119 / 92 of 108 / 0.964 (93 of
108 names after its writer's one slip was mended); 0.916 / 0.832 / 0.917 / 130 of 131 / 112 of 116 / 0.909 (139), and
after its writer's six slips were mended (145): 0.932 / 0.842 / 0.917 / 135 of 136 / 115 of 120 / 0.925; 0.981 /
0.926 / 0.972 / 123 of 124 / 102 of 111 / 0.973 (127), and after one slip (128): 0.984 / 0.930 / 0.972 / 124 of 125
/ 103 of 112 / 0.977. Left in them: heckles ("shouts of 'Rubbish!'") missed, two statements of one speaker joined by
"but" read as one, hearers taken into the content ("asked the Treasurer, Owen Callister, what"), pronouns after two
people of one sex (eight in the fifty-ninth).

Three more, with a "he" or "she" given to the one of two whose place what is said speaks from ("as chief
executive", "his client", "her ministry") in the tree: a sixty-second (``fixtures/styles_gold_sixtysecond.py``, eleven
articles, 136 statements) of Australia, New Zealand and Canada (a premier, an iwi chair and a minister, the RCMP, a
bushfire briefing, a First Nations chief, "told ABC Radio", French quotes and their translations, Dame and Sir,
macrons); a sixty-third (``fixtures/styles_gold_sixtythird.py``, eleven articles, 125 statements) of migration and
asylum (speakers through an interpreter, first names only, "who did not want to be named for fear of reprisals", a
tribunal, a smuggling trial, UNHCR figures); and a sixty-fourth (``fixtures/styles_gold_sixtyfourth.py``, eleven
articles, 123 statements) of labour disputes (two spokesmen of one sex answering each other, a picket line, a ballot,
an arbitration, a letter to staff). First runs: 0.953 / 0.917 / 0.955 / 128 of 128 / 98 of 121 / 0.946; 0.961 /
0.930 / 0.984 / 122 of 123 / 84 of 99 / 0.953; 0.941 / 0.863 / 0.951 / 116 of 119 / 94 of 103 / 0.918 (122), and
after its writer's one slip was mended (123): 0.945 / 0.867 / 0.951 / 117 of 120 / 94 of 103 / 0.922. Left in them:
pronouns after two people of one sex (eight in the sixty-second), titles kept in names ("Cr Hakopa", "Coroner
Egan"), votes read as speech ("voted to reject"), headline verbs ("Premier rules out stamp duty cut").

Two more, with "Coroner" as a title and people named by initials in the tree: a sixty-fifth
(``fixtures/styles_gold_sixtyfifth.py``, eleven articles, 125 statements) of US local and community news (public
comment at a council meeting, a school board's book vote, a county fair, a sheriff's post, a zoning fight, residents
with their street and age, nicknames in quotes); and a sixty-sixth (``fixtures/styles_gold_sixtysixth.py``, eleven
articles, 129 statements) of court opinions and legal affairs (a majority opinion and a dissent, an oral argument,
briefs, a settlement, sentencing remarks). First runs: 0.931 / 0.893 / 0.992 / 119 of 119 / 90 of 104 / 0.931 (124),
and after its writer's one slip was mended (125): 0.935 / 0.897 / 0.992 / 120 of 120 / 91 of 105 / 0.935; 0.917 /
0.848 / 0.952 / 118 of 120 / 92 of 99 / 0.902 (127), and after three slips (129): 0.932 / 0.865 / 0.952 / 121 of 123
/ 92 of 99 / 0.917. Left in them: pronouns after two people of one sex (eight in the sixty-fifth), nicknames taken for
the name ("Bobby Lang"), votes read as speech, "The court held that [X and that Y]" split, ", writing for a unanimous
panel," taken for the speaker.

Four more, each eleven articles: a sixty-seventh (``fixtures/styles_gold_sixtyseventh.py``, 133 statements) of two or
three people of one sex speaking in turn (a farming couple, rival brothers, a coach and her captain, two sisters in
a custody case, an inquest's two witnesses), where the content tells which one a "he" or "she" is; a sixty-eighth
(``fixtures/styles_gold_sixtyeighth.py``, 139) of weather, disasters and emergencies (a fire chief's briefing,
residents on their porches, "a woman who gave only her first name, Dina,"); a sixty-ninth
(``fixtures/styles_gold_sixtyninth.py``, 129) of European Union politics (a midday briefing, a committee hearing,
translated remarks, anonymous diplomats); and a seventieth (``fixtures/styles_gold_seventieth.py``, 122) of sports
press conferences and match reports ("said the Norwegian", "the 24-year-old", team radio, a commentator's call).
First runs: 0.970 / 0.948 / 0.985 / 125 of 126 / 92 of 116 / 0.963 (132), and after its writer's one slip was
mended (133): 0.974 / 0.952 / 0.985 / 126 of 127 / 92 of 116 / 0.967; 0.964 / 0.929 / 0.983 / 132 of 132 / 106 of
113 / 0.964; 0.959 / 0.914 / 0.975 / 124 of 124 / 84 of 91 / 0.959, and after one slip: 0.959 / 0.921 / 0.988 / 124
of 124 / 84 of 91 / 0.959; 0.967 / 0.959 / 0.988 / 111 of 113 / 79 of 103 / 0.951. Left in them: pronouns after two
people of one sex (thirteen in the sixty-seventh), epithets no earlier sentence explains ("the 24-year-old" four
paragraphs after the name), "The commissioner" for the one person the headline gave that office, acts read as
speech ("a plan backed by France").

And four more, each eleven articles: a seventy-first (``fixtures/styles_gold_seventyfirst.py``, 131 statements) of
air, sea and rail accidents and their investigations (an interim report, a cockpit recording under "CAPTAIN:" and
"FIRST OFFICER:", passengers, a regulator); a seventy-second (``fixtures/styles_gold_seventysecond.py``, 125) of
Latin American news in English (two surnames, remarks translated from Spanish and Portuguese); a seventy-third
(``fixtures/styles_gold_seventythird.py``, 128) of investigations built on emails, texts, memos and minutes, whose
quotations of others stay the document's; and a seventy-fourth (``fixtures/styles_gold_seventyfourth.py``, 133) of
a US national campaign ("Sen. X (D-Ore.)", a debate, a briefing, a fundraising email). First runs, each after its
writer mended its own slips (two, one, none, none): 0.928 / 0.844 / 0.949 / 120 of 120 / 82 of 91 / 0.928; 0.960 /
0.929 / 0.974 / 120 of 120 / 94 of 102 / 0.960; 0.910 / 0.881 / 0.940 / 120 of 121 / 78 of 83 / 0.903; 0.941 /
0.904 / 0.946 / 122 of 124 / 92 of 98 / 0.919. Left in them: two-word labels of a transcript ("FIRST OFFICER:"),
verbs of acts read as speech ("voted for", "vetoed", "showed jurors"), words a document quotes given to whom it
quotes, contents cut where an aside interrupts them ("promised to sign, in her first 100 days, a bill").

Two more, each eleven articles and written to test what the sixty-seventh to seventy-fourth showed: a seventy-fifth
(``fixtures/styles_gold_seventyfifth.py``, 116 statements) of headlines that state something ("Premier vows court
fight", "Health chief warns of ...") beside headlines that report an act ("Club signs striker", "Council approves
budget", "Union backs strike" by ballot), over ordinary bodies; and a seventy-sixth
(``fixtures/styles_gold_seventysixth.py``, 128) of broadcast transcripts (a radio interview under "PRESENTER:" and
the guest's surname, "DEPUTY MAYOR:", callers as "DENNIS (HARWICK):", "Q:" and "A:", "(laughs)", a bulletin script).
First runs: 0.933 / 0.875 / 0.981 / 108 of 110 / 95 of 101 / 0.917; 0.867 / 0.783 / 0.909 / 108 of 114 / 76 of 107 /
0.821. Left in them: callers' labels with a town in brackets, answers over several paragraphs, a label's name given
only by how others address it ("Good morning, Gareth"), "(laughs)" kept in the content, acts read as speech ("was
named player of the year", "showed no emotion").

Four more, each eleven articles: a seventy-seventh (``fixtures/styles_gold_seventyseventh.py``, 128 statements) of
US state and national politics under headlines in Title Case ("Governor Vows Veto of Tax Bill", "Mayor Names New
Police Chief"), with acts that are no statements ("voted to", "was named chair", "showed reporters a chart"); a
seventy-eighth (``fixtures/styles_gold_seventyeighth.py``, 140) of news analysis told mostly in reported speech with
rare cues ("conceded", "cautioned", "her assurance that", "in his view", "the audit concluded"); a seventy-ninth
(``fixtures/styles_gold_seventyninth.py``, 137) of US business and technology news under Title Case headlines; and
an eightieth (``fixtures/styles_gold_eightieth.py``, 125) of US politics written up from television and radio
interviews ("told CNX's X on 'State of Play'", "Pressed by the moderator on whether", "repeated his claim that").
First runs: 0.868 / 0.770 / 0.927 / 113 of 114 / 98 of 100 / 0.853; 0.968 / 0.896 / 0.957 / 133 of 135 / 101 of 115
/ 0.953; 0.968 / 0.939 / 0.970 / 133 of 133 / 102 of 116 / 0.968; 0.939 / 0.826 / 0.855 / 111 of 112 / 102 of 108 /
0.931. The seventy-seventh's headlines were written from examples in the request to its writer, which were also the
first test sentences of the rule that parses Title Case lines again (``onrecord/title_case.py``): the gain it
showed there (0.902 content F1 at 0.3 after that rule) is not a measure on unseen text; the seventy-ninth's were
not. Left in them: pronouns after two people of one sex, "said X and plans to Y" split in two, a headline noun read
as a verb ("Critics Slam Plan" parsed as a compound), a role the body never gives its holder ("Challenger").

Two more, each eleven pages saved as plain text as scrapers save them ("Outlet.NET / Title", the title again, menus,
"Share", "Read more:", "Editor: ..."), in the manner of the model page in ``shared/examples``: an eighty-first
(``fixtures/styles_gold_eightyfirst.py``, 126 statements) from agencies and government sites of the Caucasus,
Central Asia, Russia, Turkey and Iran ("The statement came from ...", long designations, marks never closed,
first-person paragraphs after a quote), and an eighty-second (``fixtures/styles_gold_eightysecond.py``, 133) from
government media of China, the Gulf, Egypt, Ethiopia, Nigeria, Pakistan, Bangladesh, Vietnam and Indonesia
(readouts of calls and talks, a spokesperson's briefing, "the guest", "the host", "the premier"). First runs: 0.857 /
0.834 / 0.874 / 108 of 108 / 94 of 105 / 0.857; 0.857 / 0.797 / 0.815 / 108 of 112 / 77 of 105 / 0.827. Both
writers, like the fifteenth's, marked the headline quote of "Outlet / Title" on its first line, where onrecord then
read it from the repeat below (one statement missed and one spurious per page); it reads it from the first line now.
Left in them: names given only by a long designation ("Supreme Commander-in-Chief of the Armed Forces Rustam
Sadykov", which the NER reads as one body), "the guest" and "the host" of a readout, pronouns after two people of one
sex.

Two more saved pages of the same kind, written after the eighty-first and eighty-second's fixes were committed: an
eighty-third (``fixtures/styles_gold_eightythird.py``, 128 statements) from English-language sites of Ukraine,
Poland, the Baltic states, Serbia, Bosnia, Romania, Moldova and Georgia (a parliament row, court cases, "This was
said by X, MP of ...", „...“ marks), and an eighty-fourth (``fixtures/styles_gold_eightyfourth.py``, 135) from
private papers of Kenya, Ghana, Uganda, Zimbabwe, the Philippines, Malaysia, Sri Lanka and Nepal ("Also read:",
"Follow us on WhatsApp", "Datuk Seri", "ASP", "Hon."). First runs on 2ca3a05: 0.912 / 0.883 / 0.978 / 122 of 123 /
112 of 115 / 0.905; 0.900 / 0.864 / 0.968 / 122 of 125 / 107 of 123 / 0.879. Left in them: pages' links and buttons
read as a label and its words ("Also Read: ...", fixed since), "the Marshal" or "the DCE" for a person the lead names
by a long designation, first-person paragraphs after a quote that open with no "I".

Two more, written after 523d4b5: an eighty-fifth (``fixtures/styles_gold_eightyfifth.py``, 136 statements) of eleven
pages from the English-language press of the Gulf and the Middle East saved as plain text ("H.H. Sheikh ...", "His
Excellency ..., Chairman of ...,", "affirmed", "underlined", "Eng.", "Counsellor", "Hajj", a mother named "Umm Hany"
after her quote), and an eighty-sixth (``fixtures/styles_gold_eightysixth.py``, 136) of seven long wire and newspaper
stories of 900 to 1,200 words (seven to ten speakers each, named in full once and then by surname far down, pronouns
carried over paragraphs). First runs on 523d4b5: 0.931 / 0.851 / 0.926 / 127 of 128 / 97 of 109 / 0.924; 0.883 /
0.796 / 0.924 / 126 of 128 / 101 of 111 / 0.870. Left in them: "His Highness" and "the club" for the wrong one of two
named before, "she" after two women, a role in a headline ("Chairman says", "Prosecutor calls") whose holder the body
names only as "the club's chairman", a headline's content run on past "as ..." and cut at a comma.

Two more, written after 53710cc, each eleven articles: an eighty-seventh (``fixtures/styles_gold_eightyseventh.py``,
140 statements) of humanitarian and UN news (Geneva briefings, a Security Council session, refugees through an
interpreter, aid workers by telephone, a rights group's report, a donors' conference, a Q&A with a relief chief,
agencies by their initials in brackets), and an eighty-eighth (``fixtures/styles_gold_eightyeighth.py``, 138) of
election nights in Canada, the US, Australia, India and Britain (victory and concession speeches, a live blog, a
returning officer's declaration, an exit poll, posts on X and Facebook, an election petition). First runs on 53710cc:
0.912 / 0.824 / 0.952 / 131 of 133 / 91 of 111 / 0.899; 0.897 / 0.862 / 0.955 / 125 of 128 / 105 of 115 / 0.876. Left
in them: "she" after two women, roles in headlines the body gives a holder only in a long apposition ("Returning
officer", "Relief chief"), "the campaign" for a campaign the text names once, a standfirst's quote whose speaker is
named after it.

Two more, written after 389b5d6, each eleven articles: an eighty-ninth (``fixtures/styles_gold_eightyninth.py``, 140
statements) of health and medicine news (a hospital trust's winter crisis, a drug approval, a study in a journal, an
outbreak update, a coroner's inquest, a minister before a committee, a GP's column, a fact-check), and a ninetieth
(``fixtures/styles_gold_ninetieth.py``, 140) of a US presidential primary season written in PolNeAR's manner (long
reported paragraphs, "adding that", quoted fragments inside reported clauses, party tags, "Mr." and "Mrs.", aides and
people familiar with plans, beliefs and intentions). First runs on 389b5d6: 0.909 / 0.875 / 0.946 / 131 of 131 / 89
of 103 / 0.909; 0.896 / 0.822 / 0.930 / 128 of 131 / 93 of 109 / 0.875.

Two more, written after 36f55db, each ten articles: a ninety-first (``fixtures/styles_gold_ninetyfirst.py``, 116
statements) of sport beyond football (cricket, a tennis Q&A, team radio and stewards in Formula One, a boxing weigh-in,
a doping ban, a rugby referee's report, golf, cycling), and a ninety-second (``fixtures/styles_gold_ninetysecond.py``,
114) of courts and crime in England, Ireland and Australia (sentencing remarks, victim impact statements read in court,
"the jury heard", "gave evidence that", an inquest, a police appeal). First runs on 36f55db: 0.951 / 0.918 / 0.922 /
108 of 111 / 85 of 101 / 0.926; 0.942 / 0.875 / 0.944 / 99 of 100 / 76 of 90 / 0.917.

Four more, written after d870eec, each eleven articles: a ninety-third (``fixtures/styles_gold_ninetythird.py``, 139
statements) of technology and AI news (a keynote, a regulator's fine, a data-protection ruling, a paper against a
preprint, a company blog post and the posts around it, an earnings call, a founder's profile, a leaked memo, a Senate
hearing, a couriers' strike, an outage post-mortem); a ninety-fourth (``fixtures/styles_gold_ninetyfourth.py``, 138)
of the English-language press of East and Southeast Asia (family names first, "Datuk Seri", "Bu Retno", Tagalog and
Malay quoted with glosses, "the Dewan Rakyat was told"); a ninety-fifth (``fixtures/styles_gold_ninetyfifth.py``, 138)
of a US general-election autumn and Congress in PolNeAR's manner (rare reporting verbs, nested attributions marked as
two statements, "according to" with documents); and a ninety-sixth (``fixtures/styles_gold_ninetysixth.py``, 136) of
culture and entertainment (a festival press conference, an acceptance speech, a present-tense music interview, a
theatre review, a libel trial, an obituary with tributes posted online). First runs on d870eec: 0.926 / 0.884 / 0.914 /
128 of 129 / 89 of 106 / 0.919; 0.942 / 0.906 / 0.962 / 127 of 127 / 97 of 118 / 0.942; 0.887 / 0.845 / 0.895 / 124
of 125 / 93 of 104 / 0.880; 0.940 / 0.919 / 0.968 / 128 of 130 / 88 of 108 / 0.926.

Four more, written after aaee0dd, each eleven articles: a ninety-seventh (``fixtures/styles_gold_ninetyseventh.py``,
138 statements) of defence, security and war reporting (a ministry briefing, a summit communiqué, a frontline dispatch
with soldiers known by call signs, a committee, an arms export, a drone strike investigation, ceasefire talks through
unnamed diplomats, a court martial, a cyber-attack); a ninety-eighth (``fixtures/styles_gold_ninetyeighth.py``, 138) of
education (a school board, a strike ballot, a vice-chancellor's pay, results day, an inspection, a free-speech row, a
headteacher's letter quoted at length); a ninety-ninth (``fixtures/styles_gold_ninetyninth.py``, 139) of the White
House and the states in PolNeAR's manner (a budget address, a press briefing with reporters' questions, a lawsuit by
attorneys general, a mayoral debate, testimony, a poll, a convention floor fight); and a hundredth
(``fixtures/styles_gold_hundredth.py``, 139) of religion, charities and civil society (a homily, a synod vote, a food
bank's warning, an abuse inquiry, a faith leaders' letter, an earthquake appeal). First runs on aaee0dd: 0.930 / 0.852
/ 0.918 / 124 of 130 / 73 of 104 / 0.887; 0.931 / 0.897 / 0.987 / 133 of 133 / 85 of 102 / 0.931; 0.898 / 0.835 /
0.902 / 126 of 127 / 94 of 110 / 0.891; 0.924 / 0.861 / 0.907 / 128 of 131 / 83 of 107 / 0.903. Left in them above
all: "he" or "she" after two or three people of one sex whom only what is said tells apart (each collection has eight
to eleven such), roles the text names only in a long apposition, and names the parser and the NER misread ("Homes for
All chief executive Bronwyn Keast").

Two more, written after 59d14c4, each eleven articles: a hundred-and-first (``fixtures/styles_gold_hundredfirst.py``,
137 statements) of energy, climate and environment news (a climate summit's closing night, a utility's rate case, an
oil spill, a wind-farm row, young people's climate lawsuit, a heat-record briefing, a price cap, a tailings-dam report,
farmers against nitrogen rules), and a hundred-and-second (``fixtures/styles_gold_hundredsecond.py``, 136) of US
foreign policy and national security in PolNeAR's manner (a secretary of state's trip, a Pentagon briefing,
intelligence officials on condition of anonymity, a senator's hold, an ally's leader through an interpreter,
sanctions, a war-authorization hearing, a hostage family). First runs on 59d14c4: 0.943 / 0.901 / 0.969 / 131 of 132 /
91 of 106 / 0.936; 0.960 / 0.872 / 0.914 / 128 of 129 / 90 of 102 / 0.952.

Two more, written after 59d14c4 and run first on 4383a9c, each eleven articles: a hundred-and-third
(``fixtures/styles_gold_hundredthird.py``, 123 statements) of Irish, Scottish and Welsh politics and public life
(Leaders' Questions in the Dáil, First Minister's Questions at Holyrood, a Senedd committee, a Stormont row, a county
council, a Garda Commissioner, a by-election count, a Welsh-language quote and its translation; names with fadas, Mac,
Ó and Ní), and a hundred-and-fourth (``fixtures/styles_gold_hundredfourth.py``, 139) of the US economy, taxes, trade
and the Federal Reserve in PolNeAR's manner. First runs on 4383a9c: 0.941 / 0.877 / 0.932 / 117 of 119 / 74 of 96 /
0.925; 0.926 / 0.876 / 0.947 / 130 of 130 / 93 of 106 / 0.926. Left in them: roles that open a story and whose holder
is named later ("The First Minister has insisted ...", "The Garda Commissioner"), parties the NER reads as people
("Sinn Féin"), and pronouns after two or three people of one sex.

Two more, written after 0290465, each eleven articles: a hundred-and-fifth (``fixtures/styles_gold_hundredfifth.py``,
138 statements) of US immigration, the border and asylum courts in PolNeAR's manner (an immigration judge's ruling, a
mayor and a governor trading accusations, a Senate negotiation, monthly arrest data, a family through an interpreter, a
lawsuit, anonymous officials on a draft rule, a watchdog's report), and a hundred-and-sixth
(``fixtures/styles_gold_hundredsixth.py``, 136) of the English-language press of Africa (a state of the nation
address, question time, an election petition tribunal, a central bank, a doctors' strike, an inkosi and a paramount
chief, a football federation, a police statement, a spat on X; "Hon.", "Alhaji", "Chief" and "SAN" around names,
Pidgin, Swahili and isiZulu with glosses). First runs on 0290465: 0.942 / 0.905 / 0.937 / 126 of 128 / 77 of 89 /
0.927; 0.942 / 0.871 / 0.957 / 121 of 129 / 92 of 111 / 0.885. They showed headlines that sign a quote with a role and
a verb after a dash ("'...' – Chipolopolo captain lashes out at ZNFF"), wire headlines in Title Case ("..., Data
Show", "..., Watchdog Finds", "..., Lagat assures MPs"), "Hon." read as a sentence's end, and a second cue that shares
its subject across a quote; left in them: acronyms with points ("C.B.P.") not named after their body, titles of
chiefs ("Inkosi", "Nana") taken for names, and pronouns after two or three people of one sex.

Two more, written after 95e5441, each eleven articles: a hundred-and-seventh
(``fixtures/styles_gold_hundredseventh.py``, 135 statements) of Latin America in English-language wire and newspaper
copy (a president's morning press conference, a tax vote in Brasília, a central bank, a cocaine seizure, a mine
blockade, a runoff count, a football club's president, a judge and an Amazon port, an exclusive built on anonymous
sources, the searching mothers of Sonora, a mayor against a president; two surnames, nicknames, "Don" and "Doña",
originals in brackets after translated quotes), and a hundred-and-eighth (``fixtures/styles_gold_hundredeighth.py``,
137) of US policing and criminal justice in PolNeAR's manner (body-camera footage, two autopsies, a charging decision,
a grand jury, a police union, a consent decree, a sheriff's race, a DNA exoneration). First runs on 95e5441: 0.929 /
0.891 / 0.917 / 123 of 124 / 77 of 97 / 0.921; 0.932 / 0.860 / 0.937 / 126 of 128 / 89 of 101 / 0.918. They showed
"Doña" read as a given name and "accuses X of '...'" headlines missed; left in them: nicknames in marks inside names
('Ramón "el Tano" Iacovino Ferrer'), "the 47-year-old", words heard on body-camera footage, and pronouns after two or
three people of one sex.

Two more, written after 334a0cd, each eleven articles: a hundred-and-ninth (``fixtures/styles_gold_hundredninth.py``,
137 statements) of Canadian politics and public life in the Canadian Press style (question period with a heckle, a
premier's news conference, a Quebec minister quoted in French, a First Nation chief, a byelection night, the RCMP, a
Senate committee, a wildfire evacuation, a budget officer's report, a retiring MP interviewed in the present tense),
and a hundred-and-tenth (``fixtures/styles_gold_hundredtenth.py``, 138) of business and markets in the style of
Reuters, Bloomberg and the Financial Times (an earnings call, a merger, analysts' notes, people familiar with the
matter, a chief executive on television, a short-seller, a regulator's fine, a central bank's minutes, a strike, an
outage told in emailed statements, a market close). First runs on 334a0cd: 0.940 / 0.866 / 0.933 / 122 of 122 / 88 of
109 / 0.940; 0.908 / 0.849 / 0.962 / 117 of 121 / 76 of 94 / 0.878. Left in them: a double surname the NER reads as
a place ("Doreen Kasper-Lindahl") matched by its second part to another person, "the San Jose, California-based
company" named after the place, "the company" not named after a company without a corporate suffix, and pronouns
after two or three people of one sex.

Two more, written on 2026-12-03, each eleven articles: a hundred-and-eleventh
(``fixtures/styles_gold_hundredeleventh.py``, 136 statements) of Oregon state politics and local government as AP
statehouse bureaus, regional papers and local television sites write them (a budget address, a committee hearing, a
council's public comment, a school closure vote, a landfill, a supreme court ruling, a storm briefing, a ballot
measure, an ethics complaint, a tuition vote, a records dispute), and a hundred-and-twelfth
(``fixtures/styles_gold_hundredtwelfth.py``, 130) of South and Southeast Asian news in the English-language press
there (PTI's "This was stated by ...", datelines ending on a colon, "...: CM" and "... – Minister" headlines, a high
court bench, a national assembly budget debate, a Malaysian company "Bhd"). First runs on 39442e0: 0.898 / 0.825 /
0.909 / 119 of 122 / 88 of 106 / 0.876; 0.932 / 0.902 / 0.990 / 120 of 122 / 81 of 102 / 0.917. Left in them: pronouns
after two people of one sex (each article has one, told apart only by what is said), "Mian" and "Sardar" before
Pakistani names, "The No on 124 campaign", "the port" for the Port of Hartwell, and headline verbs with a noun for
content ("neighbors vow appeal").

Two more, written later that day after 16e83f2, each eleven articles: a hundred-and-thirteenth
(``fixtures/styles_gold_hundredthirteenth.py``, 135 statements) of Australian and New Zealand politics and public life
as the ABC, AAP, the broadsheets, the NZ Herald and RNZ write them (Senate estimates, question time in both
parliaments, a state budget, a flood briefing, a royal commission, a council merger, a league's press conference, an
iwi leader quoted with te reo), and a hundred-and-fourteenth (``fixtures/styles_gold_hundredfourteenth.py``, 136) of a
US campaign season told through television and radio interviews in PolNeAR's manner (Sunday shows, cable surrogates, a
debate spin room, a rally, talk radio, anonymous sources on a running-mate search, a poll). First runs on 16e83f2:
0.985 / 0.933 / 0.951 / 131 of 131 / 98 of 117 / 0.978; 0.941 / 0.912 / 0.947 / 125 of 127 / 92 of 106 / 0.926. Left
in them: pronouns after two people of one sex (again one an article), roles in headlines the body spells differently
("Home Affairs boss", "iwi leader", "PM" for a Prime Minister), "endorsed X" read as a statement, and a crowd's chant
after "chanted".

Two more, written the next session (2026-12-03, from 09:32 UTC) before onrecord ran on them, each eleven articles: a
hundred-and-fifteenth (``fixtures/styles_gold_hundredfifteenth.py``, 136 statements) of US congressional hearings and
investigations as the AP, POLITICO, The Hill, Roll Call, the New York Times and local papers cover them (testimony,
senators pressing witnesses, letters to committees, subpoenas, an inspector general's report, a closed-door deposition,
a contempt vote, with two or three people of one sex on stage), and a hundred-and-sixteenth
(``fixtures/styles_gold_hundredsixteenth.py``, 137) of live coverage around one invented election: debate-night and
election-night live blogs with time stamps and embedded posts, a debate transcript with labels in capitals, a
fact-check, a reaction roundup, a concession and a victory speech. First runs on aaefa17: 0.882 / 0.828 / 0.884 / 129
of 130 / 88 of 109 / 0.875; 0.870 / 0.811 / 0.905 / 125 of 130 / 100 of 116 / 0.837. Mended from them: "The
moderator was X" names the "MODERATOR:" lines, a stage direction after a label ("(laughs)") is no content, a turn
takes the paragraphs spoken in it up to the next label, and a lead under a byline and a time stamp is still the lead
("A former track inspector ..." named below as "Dale Prentiss, who inspected track ..."). Left in them: pronouns
after two or three people of one sex, votes read as statements ("voted against the subpoena"), and a panelist's
questions; embedded posts signed "— Name (@handle) date", missed on the first runs, are read since.

One more, written on 2026-12-03 from 13:12 UTC before onrecord ran on it: a hundred-and-seventeenth
(``fixtures/styles_gold_hundredseventeenth.py``, eleven articles, 131 statements) of US foreign policy and national
security as the AP, Reuters, the Washington Post, POLITICO and regional papers cover it (a State Department briefing
under "QUESTION:" labels, a Pentagon news conference, a secretary of state abroad with a minister through an
interpreter, a senior official on background, a senators' letter on an arms sale, a NATO summit, a hostage family, a
confirmation hearing, Treasury sanctions, a think tank's study, a strike told by a military spokesman). First run on
7790ecb: 0.940 / 0.888 / 0.938 / 124 of 124 / 81 of 92 / 0.940. Mended from it: "That is the warning of X" after a
quote names who warned and is no statement of its own, and "said [X ... once troops pulled back] and cautioned that
..." gives the officials a second statement, not the troops. Left in it: pronouns after two or three people of one
sex (in eight of the eleven articles), allies that "agreed to" a target read as a statement, and a militia's "said
... that" joined with its "vowed" into one quotation.

And a hundred-and-eighteenth (``fixtures/styles_gold_hundredeighteenth.py``, eleven articles, 136 statements), written
the same afternoon before onrecord ran on it, of health, medicine and science news from wire services, health desks,
public broadcasters and the trade press (a county measles briefing, a drug trial with a company statement and outside
experts, a doctors' strike, a coroner's inquest in single quotation marks, a university's nap study, a vaccine advisory
committee, a patient's family and a hospital, a nurses' union, a WHO statement, a medical board's order, a space probe
with several researchers). First run on 7790ecb: 0.949 / 0.912 / 0.956 / 125 of 127 / 80 of 99 / 0.934. Mended from
it: a headline quote signed by a profession in lower case ("'...,' says mission scientist as NASA probe finds clay"),
and a closing cue the parse hung on the sentence's verb ("The probe has found clay ..., evidence that ..., mission
scientists announced on Thursday"). Left in it: pronouns after two or three women, "the Cambridge, Massachusetts,
drugmaker" not named after the company, "said [his client would ask for a hearing] and called the suspension '...'"
given to the client (English allows both readings; review 35 showed the rule that took the lawyer's broke "said [the
boy would ask for food] and once told them"), and "said [X] and accused managers of ..." read as one statement when
the parser takes "accused" for a participle of the content.

A hundred-and-nineteenth (``fixtures/styles_gold_hundrednineteenth.py``, eleven articles, 127 statements), written
after 10965b1 before onrecord ran on it, of arts, culture and entertainment news (a festival premiere, a museum's
restitution, a book prize, an actor's profile in the present tense, a royalties suit, a theatre closing, a performers'
strike, an auction, a singer's post and her publicist, an arts grants cut, an obituary with tributes), with titles of
works and nicknames in quotation marks that are no statements. First run on 10965b1: 0.958 / 0.921 / 0.944 / 121 of
124 / 85 of 105 / 0.936. Mended from it: "X, who opened for Y on her tour, posted on X: '...'" (the parse making
"posted" a participle of "tour") names X, not "who"; in a headline "X Postpones 'Neon Saints' Tour: '...'" X says the
words after the colon, and "Venice: X Says '...'" has a place for its topic and X for its speaker. Left in it: pronouns
after two or three people of one sex, descriptions ("The Grammy-winning singer") not named, and council votes read as
statements.

Two more, written on 2026-12-03 from 15:21 UTC after e50b70d before onrecord ran on them, each eleven articles: a
hundred-and-twentieth (``fixtures/styles_gold_hundredtwentieth.py``, 129 statements) of British politics and public
life as the BBC, the Guardian, the Telegraph, Sky News, local and regional papers, the Mirror, the Evening Standard, PA
Media and the Times write them (Prime Minister's Questions, a select committee, No 10 and Treasury sources, a
minister's broadcast round, a by-election count, a council row in single quotation marks, a bin strike in tabloid
verbs, a charity and the Palace, a Court of Appeal ruling, a Lords defeat, a poll), and a hundred-and-twenty-first
(``fixtures/styles_gold_hundredtwentyfirst.py``, 129) of the technology industry and artificial intelligence as tech
sites, wires, tech desks, a newsletter and a podcast write them (a phone keynote and a rival's post, a model launch and
what the model replied, a leaked layoff memo, an antitrust trial, an EU investigation and an emailed statement, a
breach notice, a founder on a podcast, raters organising, chip results, a companion chatbot, a researcher's
resignation; products named like people that never speak). First runs on e50b70d: 0.933 / 0.874 / 0.960 / 124 of
125 / 75 of 99 / 0.919; 0.916 / 0.879 / 0.982 / 124 of 125 / 78 of 102 / 0.908. Mended from them: "the Tory leader"
is the Conservative leader; "Tessaly's chief executive" is not "the chief executive of rival phone maker Orrin"; a
relative clause gives an office held now ("Kasprzak, who became chief executive in 2021,"); a company named after the
noun before it ("the contractor Brightmoor", "AI lab Northgale", "Sweetbay, a startup") is "the company" and "the
startup" after it, a rival never is, and a headline's bare "Company" names none; a name the NER ends on a lower-case
word ("Hexford bin strike") or joins by a hyphen to one ("Mum-of-three") is none, while a name with an age after it
("Kayleigh Burrows, 34,") is one; "said nothing for almost ten seconds" states nothing; "She said she had asked
Carrow's team" is not Carrow. Left in them: pronouns after two or three people of one sex (nine of them in each),
offices a reader maps to a named holder ("The Labour leader" for the prime minister, "Minister" for the Housing
Secretary, "The Home Office's most senior civil servant" for its permanent secretary), a unisex given name read as a
man's ("Bernie Colley ... she said"), a transcript turn that goes on in a paragraph with no first person, and votes
read as statements.

Two more, written the same afternoon after those fixes were in the tree and run first on 311605b, each eleven
articles: a hundred-and-twenty-second (``fixtures/styles_gold_hundredtwentysecond.py``, 126 statements) of sport as
wires, sports desks, club sites and broadcasters write it (a football match report and both managers, a transfer
built on sources and a club statement, a cricket Test, a rugby disciplinary panel's written reasons, an NBA game
story, a tennis press conference in Q and A, a cycling stage with team radio, a doping case, a manager sacked, a
pundit on television, a gymnast's retirement post), and a hundred-and-twenty-third
(``fixtures/styles_gold_hundredtwentythird.py``, 138) of war and humanitarian crises in invented countries as wires,
broadcasters, papers and a charity write them (a drone strike told on Telegram, ceasefire talks and a diplomat on
background, a UN briefing and a hospital director by phone, displaced families through an interpreter, a rebel claim
and the army's denial, a president's address, two foreign ministers, a killed cameraman, a blocked convoy, satellite
imagery, a live page). First runs on 311605b: 0.902 / 0.812 / 0.941 / 112 of 117 / 75 of 101 / 0.857; 0.943 / 0.900 /
0.961 / 127 of 131 / 81 of 108 / 0.914. Mended from them: a nickname someone "is known as" ("Garraway, 36, is known
in the dressing room as 'the Vicar'", "known in the peloton as 'il Gatto', the Cat,") names them later, and a
person's "known as" is no statement (a thing's stays, as PolNeAR marks it); a country whose people the text names
("Veltrana" of "Veltranian") and a platform ("a post on Instagram") are no people; the person an appositive
describes speaks when the parse leaves "said" no subject ("Maj. Gen. Arkady Volsenko, the spokesman for Veltrana's
Defense Ministry, said"); a match's or a race's tables ("Scores:", "Overall:") are no speakers; a
sentence-case headline "Whitlock-Osei retires: '...'" is hers; after 1dfc8a0 a byline of two names and an agency is
no news lead, so the lead's "the regional governor" is the governor named below. Left in them: pronouns after two or
three people of one sex, team and body names the writer normalises ("Dalmoria's air force" for the Dalmorian Air
Force), a speaker the NER reads as a body ("Amara Whitlock-Osei"), and a rank before a name taken for the office
("Maj. Gen." over "the spokesman").

Then two more, written blind by two helpers from the same brief at the same time as the others: a
hundred-and-twenty-fourth (``fixtures/styles_gold_hundredtwentyfourth.py``, 123 statements) of arts, culture and
entertainment as trade papers, newspapers, a magazine and a city weekly write them (a festival premiere and its press
conference, an awards night, a cover profile in the present tense, an opera review, a band's tour cancelled on
Instagram and the promoter's reply, a museum restitution claim, a literary prize won under a pen name, a streaming
deal on sources, a songwriter's copyright suit, a Q and A under labels in capitals, an actor's obituary), and a
hundred-and-twenty-fifth (``fixtures/styles_gold_hundredtwentyfifth.py``, 129) of health and medicine (an outbreak
briefing, a waiting list, a drug trial, a nurses' strike, an inquest, a medicine withdrawn, a mental-health feature,
a fact-check, a clinic closure, a sleep study, an agency's briefing transcript under initials). First runs on
329cd7a: 0.916 / 0.817 / 0.834 / 116 of 119 / 68 of 98 / 0.893; 0.940 / 0.902 / 0.935 / 122 of 125 / 87 of 101 /
0.917. Mended from them: a label in capitals ("LIND:", "NDUKWE-LARSEN:") is the person of that surname, or the
article's author whose surname it is ("By Gwen Aldous" ... "ALDOUS:"); a name the NER missed may run over a hyphen
("Tobiah Ndukwe-Larsen, 44,"), the two halves one surname; a one-word "person" joined to a place after a
preposition ("in New York and Lyon") is a place; a pen or stage name the text gives ("MR Thorne, the pen name of
Maeve Dunleavy,", "Vesper, whose real name is Vesna Orlik-Hale,") is the person behind it (not a band's, nor a part
played). A rule giving "He said Veranox would not charge more ..." to the Veranox officer among the men named just
before was withdrawn: review 38 found analysts, rivals and unions saying the same. Left in them: pronouns after two
or three people of one sex (that one among them), bodies a trade noun stands for ("the label", "the promoter"), a
lead's role named below when the lead names someone else ("A Memphis songwriter has sued pop star Kit Solano"), a
nickname given by "everyone calls", and a label of initials for a name the NER missed ("JFH:").

Then two more from the same brief: a hundred-and-twenty-sixth (``fixtures/styles_gold_hundredtwentysixth.py``, 126
statements) of education (a strike ballot, results day, a university's course cuts, a US school board meeting, a
tuition protest, an inspection report, a phone-ban study, a campus free-speech row, a lockdown told by parents,
breakfast clubs, a Q and A with a schools chancellor) and a hundred-and-twenty-seventh
(``fixtures/styles_gold_hundredtwentyseventh.py``, 121) of crime, policing and the courts (a police appeal, a murder
trial day, a sentencing, a missing teenager, a death in custody, a body-camera briefing, a fraud charge, a scam
warning, a prison inspection, an AP brief, a Court of Appeal ruling). First runs on 67b3882: 0.928 / 0.890 / 0.934 /
119 of 122 / 81 of 102 / 0.905; 0.885 / 0.855 / 0.917 / 110 of 113 / 72 of 89 / 0.863. Mended from them: a
transcript's "Speakers:" list states nothing; someone seen ("was last seen wearing", "Anyone who has seen Marnie")
holds no view; the credit under a byline ("Local Democracy Reporting Service") signs the article; "the university"
is a body whose name it heads ("University of Wendlecombe", not the "University and College Lecturers' Union"),
however far back. Review 39 (138 near misses) found 33 regressions; two rules were withdrawn (a transcript turn
ending as a sentence taken for no Title Case heading, which broke headlines with a kicker, "LIVE: Minister Says
Talks Have Collapsed."; a street after "towards" or "past" taken for a place, which lost "Jordan Lane"), the rest
narrowed. Left in them: pronouns after two or three people of one sex, a name in a transcript turn the Title Case
reading drops ("CBI: Next, Jonas Ferreira-Holm from Radio Tallerk."), a street taken for a person ("towards Mill
Lane"), a class year after a name ("Ethan Voss-Adeleke '26") that breaks the parse, charges read as statements ("was
charged with"), a headline's "Chief releases ..., says ...", and a Q and A's question quoting someone else.

And two more from a shorter brief, registered on their first runs (on e4a4bf0) with no fixes from them yet: a
hundred-and-twenty-eighth (``fixtures/styles_gold_hundredtwentyeighth.py``, ten articles, 104 statements) of housing
(rents and evictions, mould and a housing association, a planning committee, a price index, a homelessness charity,
mortgage rates, a tower-block inquiry, a rent-control ballot, a minister's Q and A, an eviction court) and a
hundred-and-twenty-ninth (``fixtures/styles_gold_hundredtwentyninth.py``, ten articles, 113) of consumer affairs (a
kettle recall, the energy price cap, flight compensation, an ombudsman's ruling in a money column, a supermarket price
war, a broadband outage, fake reviews, a used-car scam, a class action, a consumer champion's Q and A): 0.944 / 0.870 /
0.958 / 100 of 102 / 68 of 86 / 0.926; 0.921 / 0.895 / 0.936 / 108 of 109 / 76 of 93 / 0.912. Seen in them:
bodies named by their kind ("the charity", "the airline", "a passenger rights group"), pronouns after two or three
people of one sex, a reader's letter signed with initials, and a lead's role named below it.

Then a hundred-and-thirtieth (``fixtures/styles_gold_hundredthirtieth.py``, eleven articles, 136 statements) of the
environment, climate, energy and weather (floods, a heatwave live page, a wind-farm inquiry, a sewage fine, a climate
summit, a utility's rate case, a charity's report, a drought order, an oil spill, an ice-cap study, a forecaster's Q and
A) and a hundred-and-thirty-first (``fixtures/styles_gold_hundredthirtyfirst.py``, ten articles, 133) of transport (a
rail strike, a runway, a bus route cut, a bridge closure, a ferry inquiry, road tolls, an airline's collapse,
e-scooters, a port dispute, a transit agency's budget in the manner of a Washington paper), written blind and run
first on 8664801:
0.939 / 0.860 / 0.901 / 130 of 131 / 89 of 110 / 0.932 and 0.942 / 0.898 / 0.899 / 126 of 129 / 87 of 111 / 0.920.
Fixed from them: a body called by its kind ("the operator", "the utility", "the group", "the water company") is the
nearest body named before as one of that kind ("Brackley Buses", "Harwick Power & Light", "Coalition of Island and
Coastal States (CICS)", "Marrow Valley Water"), unless the noun is a thing the text has in hand, a body of no known
kind acts nearer, or the name is an office's, a department's or a seller's; the first word of a body's name alone
("Harwick had paid") is that body, not a person; a given name and an age make the two places the NER read a person's
name ("Bethan Carrow, 34,"); a town someone drove up from is no one. Left: pronouns after several people of one sex,
a lead's role named far below, bodies named only after their kind, a live page's "Minister:" labels.

And a hundred-and-thirty-second (``fixtures/styles_gold_hundredthirtysecond.py``, eleven articles, 131 statements) of
science, space and research (a launch scrubbed on a live page, research misconduct, a vaccine trial, a gold hoard, a
climate model's flaw, a telescope's funding, red panda twins, a chemistry medal, a science budget, an AI paper
retracted, an astronaut's Q and A) and a hundred-and-thirty-third (``fixtures/styles_gold_hundredthirtythird.py``,
eleven, 140) of US state and national politics as its outlets write it (a governor's veto, a primary debate live
page, a hearing, a fundraising newsletter, a poll, a Supreme Court ruling, a briefing transcript, an attorney
general's lawsuit, a town hall, a leaked memo on a partisan site, a farm-bill markup), written blind and run first on
a88d6e6: 0.913 / 0.884 / 0.909 / 119 of 126 / 74 of 102 / 0.862 and 0.908 / 0.847 / 0.908 / 128 of 134 / 91 of 110 /
0.868. Fixed from them: a title before a given name the NER missed is split off, after a body's initials or name
too ("ASA Director-General Ilse Vandermolen-Kaur"), and such a mention is a person, not the body of its initials; a
capitalised name ending on a company's word the NER left alone is a body ("Halvex Biologics"); "the Moon" is no one;
"A spokesman for the governor, X," holds no office; a "that" the parser read as a second subject after the place
someone told reporters at opens what was told.
Left: pronouns after several people of one sex, relative clauses read as statements ("a Republican who voted
against the bill", which PolNeAR annotates), headline labels of live pages, a mention the parser runs past its verb.

A hundred-and-thirty-fourth (``fixtures/styles_gold_hundredthirtyfourth.py``, twelve articles, 118 statements) of
quotation marks and layouts that break quote finders (a readers' round-up signed "― Name" and "- Name", a quote
holding a quote in its own marks, marks never closed before a new quote, straight and curly marks mixed, British single
marks, French « spaced » and German „…“ marks, ''two apostrophes'', heights in feet and inches, a block quote after
"wrote:", posts, Q and A labels, dialogue dashes) and a hundred-and-thirty-fifth (``fixtures/styles_gold_
hundredthirtyfifth.py``, twelve, 133) of the Canadian, British, Australian and Irish news gender-balance trackers read,
women and men quoted in turn, written blind and run first on b80415b: 0.888 / 0.763 at 0.8 / quoted 0.814 / 97 of
105 / 83 of 91 / 0.822 and 0.952 / 0.915 / 0.977 / 128 of 129 / 93 of 112 / 0.945. Fixed from them: French spacing
inside guillemets; a straight quote inside a straight quote, counted by levels like curly ones, and a straight mark
never closed ending where a new quote opens; a mark never closed does not run on into the next paragraph past a new
quote with its own cue; a paragraph without marks after a colon line with a speech cue ("Falk and 140 other
filmmakers wrote:") is a block quote whose marks the saved page lost (a colon line without a cue, a list item or a
fragment introduces none). Then 0.913 / 0.830 / 0.906 / 104 of 108 / 90 of 94 / 0.880; the second unchanged. Left: a
"she" that only what follows gives to one of two women ("the committee she chairs"), which the second set holds
eleven times, a headline whose speaker holds a title in marks.

A hundred-and-thirty-sixth (``fixtures/styles_gold_hundredthirtysixth.py``, twelve articles, 135 statements) of
international wire copy (datelines, "told Reuters", anonymity clauses, translated quotes, long titles and names of
several parts, spokespeople for bodies, wire furniture) and a hundred-and-thirty-seventh (``fixtures/styles_gold_
hundredthirtyseventh.py``, twelve, 115) of local news pages saved to plain text with their furniture (the outlet's
name before the headline that the next line repeats, menus, captions, "Read more:" lines, cookie notices), written
blind. The second ran first on 4a46310: 0.874 / 0.819 / quoted 0.911 / 106 of 111 / 83 of 98 / 0.835; the first
ran first with the second's fixes in the tree: 0.963 / 0.904 / 0.977 / 129 of 131 / 84 of 103 / 0.949. Fixed from
them: an outlet's name before the title the next line repeats ("Riverbend Gazette | Mayor says ...", glued or after
a dash) is the outlet, the repeat furniture; a dateline in capitals may follow six lines of a saved page's top; a
caption's "Image:" or "Picture:" names no speaker; "Let's say ..." supposes, nobody says; a name in apposition to a
role noun beats a modifier of that noun the NER read as a person ("Her Kaleth counterpart, Bakhyt Temirov,"). Then
0.963 / 0.904 / 0.977 / 129 of 131 / 85 of 103 / 0.949 and 0.931 / 0.888 / 0.939 / 108 of 108 / 86 of 96 / 0.931.
Left: more of the "she" that only what follows resolves, and acts read as statements ("voted", "pleaded").

A hundred-and-thirty-eighth (``fixtures/styles_gold_hundredthirtyeighth.py``, twelve articles, 131 statements) of
transcripts, interviews and Q&As as news sites print them (a transcript whose every paragraph reopens its quotation
marks, labels in capitals, a phone-in's callers with their towns in brackets, a council's record of debates, Q:/A:,
a court's exchange, an earnings call) and a hundred-and-thirty-ninth (``fixtures/styles_gold_hundredthirtyninth.py``,
twelve, 139) of one invented US election season in PolNeAR's outlets' manner (two speakers in one sentence, a mixed
statement and the quote after its cue, a nickname in marks inside a name, endorsements as acts), written blind. Both
ran first on 12afecf with the next commit's rule on calling a meeting off in the tree: 0.868 / 0.777 / quoted 0.885
/ 112 of 115 / 96 of 110 / 0.845, and 0.911 / 0.836 / 0.908 / 131 of 133 / 94 of 105 / 0.897. Fixed from the first:
a transcript's capitals label that opens two lines or more speaks whatever the tagger read its words as ("GRAHAM:",
"COUNCILMEMBER TRAN:"); a caller's town in brackets ("SANDRA (WESTHOLM):") is no part of her name; an office and its
holder with a title label a record of debates ("The Cabinet Member for Environment (Cllr Aisha Lowe):"). Then 0.896
/ 0.815 / 0.923 / 119 of 121 / 103 of 116 / 0.881, and the seventy-sixth set (a phone-in) seven statements better;
then an earnings call's "Lena Marsh -- Corbel Securities -- Analyst:" labels its speaker by the name before the
dashes: 0.908 / 0.821 / 0.923 / 122 of 124 / 106 of 119 / 0.894. Left: "said A and called B" when the parser hangs
the second verb inside A.

A hundred-and-fortieth (``fixtures/styles_gold_hundredfortieth.py``, twelve articles, 124 statements) of US partisan
and opinion sites (aggregator posts around an embedded post, "Watch:" and "H/T" lines, a transcript in reopened
marks, scare quotes, columnists' own views, readers' comments) and a hundred-and-forty-first (``fixtures/
styles_gold_hundredfortyfirst.py``, twelve, 136) of business and markets news (a rate decision, results, an earnings
call, a broker's note, a live blog, a merger with people familiar with it, "declined [to comment]" marked as the
earlier sets mark it), written blind. The second ran first on 941c252: 0.968 / 0.924 / quoted 0.978 / 132 of 134 /
91 of 103 / 0.953; the first with the second's first fix in the tree: 0.920 / 0.882 / 0.964 / 120 of 121 / 80 of 97
/ 0.913. Fixed from them: "X said [A with a quote]," and Y argued ..." gives Y's words to Y when the quote attributor
widens A too; a quote right after a speech verb with its subject ('a crowd chanted "Vote no!" each time the
congressman mentioned ...') is that verb's, not the next clause's cue; "chant" is a speech verb; "H/T:" and "Hat
tip:" credit a finder, no speaker; "(Reporting by ...; Editing by ...)" is a wire's credits. Then 0.931 / 0.893 /
0.971 / 121 of 122 / 80 of 97 / 0.924 and 0.975 / 0.939 / 1.000 / 134 of 135 / 93 of 104 / 0.968; five earlier sets
one statement better each. Left: a columnist's own "I call it ...", and an earnings call's turn that goes on in a
paragraph without its label.

A hundred-and-forty-second (``fixtures/styles_gold_hundredfortysecond.py``, twelve articles, 128 statements) of US local
news as small papers, TV stations' sites and public radio write it (a council meeting, a school board, a sheriff's
briefing, a zoning fight, high-school football, an ice storm told in Facebook posts, an arraignment, a town hall, a
hospital strike, an obituary, a radio interview under "NAME, HOST:" labels) and a hundred-and-forty-third
(``fixtures/styles_gold_hundredfortythird.py``, twelve, 138) of US national politics in the wires' and the big
papers' manner, nine statements in ten reported rather than quoted, written blind. Both ran first on a working tree
with the day's first three fixes (found on PolNeAR dev, none from them): 0.958 / 0.913 / quoted 0.946 / 126 of 126
/ 88 of 107 / 0.958, and 0.936 / 0.857 / 0.852 / 123 of 127 / 87 of 92 / 0.907. Fixed from them: two clauses joined
by "but" before their cue are one content, also where the parser conjoined the cue to the first; a radio
transcript's "NORA EICHLER, HOST:" names Nora Eichler, and a given name in capitals that the tagger read as a verb
is still a name when the article names that person; "said he would X, that he would Y and that Z" is one content;
a speech verb the parser joined to a thing's relative clause in another tense, or with words said of its own, is
the outer speaker's next statement ("said the House would vote on a bill that would fund ... and accused ..."); a
belief with its clause and a new subject after a content is its own statement; a headline's "X accepts nomination,
promises '...'" is X's when the quotation is the whole object; "assurance" and "contention" are cue nouns. Then
0.970 / 0.924 / 0.946 / 128 of 128 / 90 of 109 / 0.970 and 0.957 / 0.901 / 0.922 / 129 of 131 / 91 of 96 / 0.943;
seven earlier sets one statement better each. Left: acts these sets leave unmarked and PolNeAR annotates ("voted",
"nominated", "confirmed", "backed"), and pronouns that only world knowledge resolves ("city crews" are the mayor's).

A hundred-and-forty-fourth (``fixtures/styles_gold_hundredfortyfourth.py``, twelve articles, 136 statements) of
courts, crime and policing in US, British, Australian and Canadian papers (testimony with a Q/A transcript, a
sentencing with victim statements, an inquest, an appeal ruling, a verdict, a misconduct hearing, a police press
conference, anonymous officials) and a hundred-and-forty-fifth (``fixtures/styles_gold_hundredfortyfifth.py``,
twelve, 135) of health and education news, six statements in ten reported without quotation marks, written blind.
First runs on 7f9ee7a: 0.905 / 0.849 / quoted 0.884 / 119 of 123 / 74 of 86 / 0.877, and 0.935 / 0.892 / 0.970 /
128 of 129 / 99 of 104 / 0.928. Fixed from them: a headline "'...': detective's vow after ..." is the detective's
quote (a possessive before a noun of speech); a clause after a headline's "says" is what is said, not its speaker
("Senator defends vote, says bill was 'rushed'"); a verdict ("found him not guilty") is an act; "said X but would
not say how" ends the content before the refusal; an opening "According to X," whose clause subject the parser made
X's apposition reports that clause; who answers a question is not who asked it just before ('"...?" Okafor asked.
"...," she answered.'); a negated speech verb after a quote ("X did not speak to reporters") claims no quote; a
double surname after a title ("Superintendent Karen Ostby-Mensah") is the whole name when the NER misses it; a
"..., ruling that ..." the parser hung on the object's noun is the subject's next statement. Then 0.919 / 0.876 /
0.905 / 121 of 124 / 79 of 87 / 0.898 and 0.942 / 0.899 / 0.970 / 129 of 130 / 101 of 105 / 0.935. Left: a Q:/A:
court transcript's answers given to the defendant, an order for a new trial read as a statement, a "which ..."
clause these sets keep in a content and PolNeAR leaves out, and a claim sourced "according to" inside a speaker's
own statement.

A hundred-and-forty-sixth (``fixtures/styles_gold_hundredfortysixth.py``, twelve articles, 134 statements) of arts,
entertainment and culture news from Canadian, American, British, Irish and Australian outlets (a film festival, a folk
singer's profile in the present tense, a theatre's grant cut, a book prize, a celebrity lawsuit, a museum's
repatriation, a TV cancellation, critics on an opera, a comedian's Q&A, an obituary, a writers' strike, a concert
crowd crush) and a hundred-and-forty-seventh (``fixtures/styles_gold_hundredfortyseventh.py``, twelve, 131) of sport
from British, American, Australian, Canadian, Irish and Indian outlets (match reports, a press conference, a tabloid
transfer story, a doping ban, a retirement, a live blog, a feature), written blind. First runs on 3c01d65: 0.941 /
0.897 / quoted 0.937 / 124 of 124 / 96 of 110 / 0.941, and 0.919 / 0.860 / 0.944 / 120 of 122 / 91 of 108 / 0.904.
Fixed from them: a name the NER reads as a body is a person's when its own clause calls it "her" or "his" and no one
else came before; a name set off before "her first album", "his second novel" is a work's title; a score line
("Harcastle United 2 Brindmoor") and a name ending in "Trophy", "Cup" or "Prize" are nobody; "the Harcastle manager"
and "the Falcons coach" are epithets with their team, "the skipper" is the captain, "the 29-year-old opener" an age
and a position, and a sentence about the event alone between a name and its epithet keeps the paragraph theirs; a
"he" after reported words is the person those words are about when the article named no one before ("Senator X will
not run again, he told reporters"); a second subject the parser hung on the cue is the clause's ("said [the show's
cost], about $7 million an episode, had sealed its fate"); a possessive the parser read as "is" leaves the whole
phrase the speaker ("The course's senior medical officer, Dr X, told reporters"); a live blog's "QUARTER TIME:" names
no speaker. Then 0.949 / 0.904 / 0.937 / 125 of 125 / 97 of 110 / 0.949 and 0.929 / 0.870 / 0.944 / 120 of 122 / 97
of 108 / 0.914. Left: a tabloid's "it is understood" and a standfirst's "club source insists", an age epithet after
two players of that age, "Asked ..., she laughed" after another woman was named, a feature's nickname taken for a
second person, and a headline quote before "X to retire".

A hundred-and-forty-eighth (``fixtures/styles_gold_hundredfortyeighth.py``, twelve articles, 140 statements) of
climate, environment, energy and science news from Indian, South African, Kenyan, Singaporean, New Zealand, British,
Canadian and American outlets (power cuts in a heatwave, a coal plant's approval set aside, an elephant corridor, an
air-quality report, a glacier study, a fish-catch cut, a flood inquiry, a carbon levy in a legislature, a solar farm,
an embargoed press release, a climate summit), six statements in ten reported without quotation marks, written
blind. First run on 0bc1a1c: 0.961 / 0.870 / quoted 0.962 / 133 of 135 / 103 of 112 / 0.940. Fixed from it: a
past form that is also the bare form after a modal goes on with the content ("said the cut would cost $18m and
[put] 150 jobs at risk", "would add 6 cents and [cost] the industry $40m"), where the tagger read it as the cue's
tense; a "that" clause the parser hung on "evidence" goes on with the contrast it hung on the cue ("... twice but
neither call had been returned"); a body's initials written as a word in brackets ("the National Union of Energy
Workers (Nuew)") leave the body its name; "Asked when ..." and "asked the minister when ..." give the question, not
a time; "said the figures were grim and showed that ..." is what the figures show, not the speaker's next act.
Then 0.961 / 0.891 / 0.962 / 133 of 135 / 104 of 112 / 0.947. Left: a misparse that makes a noun content's verb
its object ("The government's claim that X rests on modelling"), "which ..." and "as ..." clauses this writer keeps
in a content and PolNeAR leaves out, and a headline's second report after a comma ("Discom blames record demand,
residents allege outages came without notice"), which is missed.

A hundred-and-forty-ninth (``fixtures/styles_gold_hundredfortyninth.py``, twelve articles, 146 statements) of war,
defence and diplomacy around one invented war (an army briefing, interceptors, ceasefire talks, an arms fair, a
trench feature, a strike on a power station, a deployment announced to MPs, a Security Council meeting, sanctions,
a prisoner exchange, munitions), as the AP, Reuters, AFP, British broadsheets and defence trade sites write it,
written blind. First run on b38eee2: 0.966 / 0.946 / quoted 0.987 / 143 of 143 / 100 of 120 / 0.966. Fixed from it:
a lead's role is the person named below it when that person holds only a rank ("the army's spokesman said" then
"Col. X said"), and a rank keeps an office set beside it ("Col. X, the army's spokesman," is "the spokesman" and
"the colonel"); the shadow defence secretary is not "the defence secretary"; a deck under the headline and a byline
with its time are not the lead; "'...': Halberd Systems chief" is a headline quote of a role; "says Danylo, a
31-year-old drone operator who ..." is a person the NER read as a body, and the subject of a later "he"; "Ostragor's
defence ministry" is the Ostragorian Defence Ministry where the article writes "Ostragorian"; "the Varsenian air
force" is a body; "denies targeting civilians after drone strike cuts power" ends before the event; "called on both
sides to 'exercise restraint' and return to the table" keeps the infinitive the parser read as a noun or a clause
of the cue's; "drone and missile attacks on cities" are no words; a cue the tagger drew on the auxiliaries of
"announced" in "because the decision has not been announced" is the anonymity formula. Then 0.990 / 0.969 / 1.000 /
146 of 146 / 116 of 123 / 0.990. Left: "He did not mention X by name" (a statement to PolNeAR, 20 of 24 on train,
none to this writer), a "he" that only the story's roles resolve, and a name the NER cuts to its surname.

A hundred-and-fiftieth (``fixtures/styles_gold_hundredfiftieth.py``, twelve articles, 145 statements) of speech that
reaches the reader second-hand (a governor's view relayed by his spokeswoman, a fisheries minister's by hers, a
voicemail played to a jury, a transcript of an earnings call, a deleted post, state media's "remarks carried by", a
lawsuit quoting texts, an interpreter, an inquest's written statements), written blind. First run on df2d27b: 0.915
/ 0.831 / quoted 0.881 / 126 of 127 / 96 of 104 / 0.908. Fixed from it: "Asked by X KC, defending, whether ..." is
X's question, not a statement of "promised" inside it; "In comments reported by the Journal" and "remarks carried by
state media" say where words were printed; "a folder marked '...'" is a label; "Screenshots had been viewed four
million times" judges nothing; "X, who found the dog barking" found no fact; a headline object holding a title in
marks ("denies feud with 'Harbor Lights' co-star") is a statement outside Title Case; "A Kelderby town councillor"
is the "Cllr X" named below and "Millbridge's former police chief" the chief named below; "X, whose seat has ...,
told ..." is X's where the parser made the "whose" clause the cue's head; "Norway's fisheries ministry" is the
Norwegian Fisheries Ministry. Then 0.936 / 0.857 / 0.885 / 128 of 128 / 101 of 105 / 0.936. Left: statements nested
in others ("The governor believes X, his spokeswoman said", "according to a transcript, X said Y": this writer
gives the words to both, onrecord to one of them), a sentence-case headline
whose verb the tagger reads as a noun ("state media hail dam deal"), and "Repairs are expected to take a year" as a
belief with no one's name.

A hundred-and-fifty-first (``fixtures/styles_gold_hundredfiftyfirst.py``, twelve articles, 145 statements) of local
life (a rezoning vote, a bus route cut, school closures, a library closure, a bypass hearing, a community radio
interview, a landfill town hall, a lollipop lady's obituary, a rental tower hearing, tenants and their lifts, a
sheriff's briefing), written blind. First run on f65591b: 0.943 / 0.910 / quoted 0.961 / 136 of 138 / 101 of 118 /
0.930. Fixed from it: a role is held by whoever a sentence says took it on ("X joined the city as planning director
in 2023", "took over as chief executive"; not "will join"); a standfirst that opens on its quotation ('"We are
choosing between bad options," says board chair') names its role or bare kin word ("says daughter") by the body,
first by whoever says those words below; "A dairy farmer whose land ... has told an oral hearing" is the one the
next paragraph introduces ("Declan X, who milks 120 cows, ...", "Harold X, 71, brought ..."), unless the description
asks not to be named, the one named has another role or speaks for himself; "Voss-Mbatha said" is the sheriff named
before where the tagger read half the surname as a noun; "The developer, Pinecrest Residential of Indianapolis," is
the body where the NER typed no name. From PolNeAR dev's misses of the same kind: footage or a clip showing someone
speaking ("footage of X saying during the debate, '...,'", "a video shows X telling the crowd, '...'") gives the
quote to the participle's subject, and the writer's "when" or "as" clause after the closing mark is neither part of
the quote nor its cue; 'said X is "..." but "..."' is one statement; "Those were the words of X" names the speaker of a
quote over two paragraphs after another speaker's quote. Then 0.947 / 0.920 / 0.981 / 138 of 139 / 111 of 119 /
0.940. Left: a pronoun only the story's roles resolve ("the committee he chairs"), "the county's emergency services
coordinator" named only by topic, labels in capitals in a transcript ("MARGE:"), and plans ("voted to close the
library") that this writer does not count and PolNeAR does.

A hundred-and-fifty-second (``fixtures/styles_gold_hundredfiftysecond.py``, twelve articles, 143 statements) of sport
and culture (a manager's rant in a tabloid, a tennis final, a transfer saga, a cricket briefing, a sprinter's post
and her federation's reply, a premiere Q&A, a theatre review, a cancelled festival, a novelist's profile, an awards
night, a doping tribunal, a live blog), written blind. First run on 8ffd94d: 0.918 / 0.871 / quoted 0.923 / 127 of
131 / 98 of 118 / 0.884. Fixed from it: a headline quote followed by a role or a word for a person and a verb is
found whatever the length of the role ("'We are devastated': festival boss axes event", where the first word ending
in "s" had been taken for the verb, and "'Gutted doesn't cover it': sprinter hits out"), which also finds such
headlines in the 115th, 125th, 127th, 129th, 130th, 137th and 146th sets; a list of labelled lines ("Best Film:
Harrow Lane" under "SILVER LENS WINNERS", a press release's "Media: X, media@..." lines in the 52nd set, a list of
related headlines in the 83rd) states nothing, while a transcript's lines still speak; a
hyphenated given name written in lower case after the hyphen ("the paper's lead author, Sun-mi Harrow-Ito,") is a
person's name where the NER read a body. Then 0.935 / 0.887 / 0.928 / 128 of 132 / 99 of 119 / 0.900. Left: a
tabloid's "GAVIN Dace-Holloway" in the lead as "the Brackenford boss" below, pronouns in a speech roundup, a name
after an adjective in a feature headline ("'This is for you, Nan' - tearful X dedicates win", which earlier writers
read as a label), live-blog line-ups, and a Q&A's questions.

A hundred-and-fifty-third (``fixtures/styles_gold_hundredfiftythird.py``, twelve articles, 152 statements) of US
state and national politics (a budget standoff, a governor's veto, a Senate confirmation, a debate with fact-checks, a
voter-ID ruling and its reactions, a soybean tariff, a council vote on police overtime, a state audit, a stopgap fight
told by anonymous sources, a State of the State, a special election, a count for a veto override), written blind.
First run on 342ad1c: 0.937 / 0.887 / quoted 0.963 / 144 of 147 / 112 of 118 / 0.918. Fixed from it: "The Senate
confirmed [Celeste Amundsen-Roy] as labor secretary" and "The president called [Belcastro-Vey] twice" are acts done
to a person, not statements (also when the trained tagger finds them; "called Friday for releasing the videos", a day
read as the object, stays); a participle the parse hung inside a relative clause ("vetoed a bill that would have
capped ..., calling it '...'", "rejected a plan that would have closed two libraries, saying ...") speaks with the
main clause, not with the thing "that" stands for; a place alone before its dash ("PELL CITY — Gov. X") is no part of
the speaker; a double surname the NER split at its hyphen ("Amundsen" and "Roy", whose "Roy" took the next "he") is
one person; "is betting that" is a belief; the tagger's content takes no cue from the next paragraph (the forecast
before "A senior aide ... who was not authorized to speak" had become the aide's), and its cue on "was not
authorized" states nothing. From the older sets' wrong names at the same time: a given name the tagger read as a
common noun stays in the name and tells the gender a later "she" needs ("Dolores Finch, a retired school nurse," in
the 79th set, whose "she" had gone to the chief executive named before), a double surname the NER split from the
given name is whole ("Mayor Desmond [Farraday-Lutz]" in the 108th), and "Doreen" is a given name. Then 0.946 / 0.901 /
0.963 / 146 of 146 / 114 of 118 / 0.946. Left: "Sponsor vows to
'find the votes'" (a role the resolver does not know, in other words below), "Agency blames ..." where the body says
other words, "the Republican governor" known by role only, votes ("voted for the bill") that this writer does not
count and PolNeAR does, and a title-case headline the tagger parses as nouns ("Sandoval-Pike pitches free community
college, warns of 'lean years'").

A hundred-and-fifty-fourth (``fixtures/styles_gold_hundredfiftyfourth.py``, twelve articles, 146 statements) of a
presidential campaign as US national outlets cover it (a partisan rally write-up, a reaction piece quoting posts on X,
a tax-plan explainer, advisers abroad told by unnamed officials, a "playbook" newsletter, live updates, a wire's
debate fact-check, health care, a border sheriff, filings, a poll, a news analysis), written blind. First run on
24849db: 0.944 / 0.898 / quoted 0.962 / 135 of 141 / 89 of 103 / 0.904. Fixed from it: a finding closed by one
document (", his filing shows.", ", a new poll shows.") is the document's, as plural records were; a quotation whose
governing verb is no cue ("The campaign has 'multiple paths' to 270 votes") ends before a cue with a speaker of its
own after a comma (", campaign manager X wrote in a memo"), which then reports it; a fact-check's label in capitals
keeps its double surname ("BELVEDERE-SOAMES:", which had named "SOAMES"); "That was X, joking with reporters about
..." names the quote before (as "recalling" did), and its participle reports nothing of "That"; a newsletter's title
and its topic ("Morning Whip: Inside X's debate camp") state nothing; a name left unknown where it came first (a live
blog's entry title "X: '...'") is whoever the same name resolves to below. Then 0.950 / 0.911 / 0.974 / 138 of 142 /
95 of 103 / 0.924. Left: roles known only from the story ("the vice president", "the former governor", "Campaign
manager"), "her campaign" that this writer names as the candidate's campaign, a title-case headline's second verb
("..., Vows: 'We Are Not Going Quietly'"), and a statement the parser splits at a misread conjunction ("he would be
first in line if X wins and follows through on his pledge").

A hundred-and-fifty-fifth (``fixtures/styles_gold_hundredfiftyfifth.py``, twelve articles, 147 statements) of
technology and business news as US and UK outlets write it (an earnings call, a keynote, layoffs in a memo, an
antitrust suit and the company's blog post, a breach disclosed in a filing, a Commons committee on AI, a lunch
interview, an analyst's downgrade, a warehouse strike, a funding round told by people familiar with it, a patent
ruling, a billing complaint), written blind. First run on cb51df1: 0.962 / 0.901 / quoted 0.954 / 138 of 140 / 94 of
109 / 0.949. Fixed from it: a group is named by the name it gives itself ("A group calling itself Greyhollow claimed
..."), and a place a claim was made in ("claimed on its leak site to have taken ...") is no one called on to act, as
only "called on", "prevailed upon" and the like name one. Then 0.962 / 0.908 / 0.954 / 138 of 140 / 95 of 109 / 0.949.
Left: "he" and "she" that the content fits to the farther of two people (the writer's deliberate cases), a verb the
tagger read as a noun under a wire dateline ("Vantorix Software on Wednesday forecast ..."), "projected" joined to a
warning's clause, a headline quote with no cue ("'We're not robots': warehouse workers walk out"), and "the
regulator" of a headline named only below.

A hundred-and-fifty-sixth (``fixtures/styles_gold_hundredfiftysixth.py``, twelve articles, 146 statements) of world
news from invented countries as international wires and broadcasters write it (an election count, a cyclone, a
crackdown, a summit, a treason trial, a rate rise, a mine blockade, a refugee camp, a patriarch's visit in « », a ski
federation in „German“ marks, an outbreak, a hostage release), written blind with a "he" or "she" in each article
that the content gives to the farther of two people. First run on 5f52ffb: 0.956 / 0.915 / quoted 0.942 / 137 of
139 / 101 of 122 / 0.942. Fixed from it: "patriarch" is a title and a role ("Patriarch Ignatius IV", then "the
78-year-old patriarch", whose age no longer keeps the role from its holder; the NER's "Aurelian Christians" had taken
both). Then 0.956 / 0.915 / 0.942 / 137 of 139 / 103 of 122 / 0.942. Left: most of those pronouns, a quotation after
a second cue that the quote finder gives to the first ("said X but offered to share data 'every hour of every
day'"), a headline's place before its colon ("Lusamba: Villagers block ..."), "her campaign" named as the candidate's,
and a central bank written "Arvenia's central bank" that this writer names "Bank of Arvenia".

A hundred-and-fifty-seventh (``fixtures/styles_gold_hundredfiftyseventh.py``, twelve articles, 147 statements) of
fishing and the sea in twelve outlet styles, written blind. First run on 0b964b7: 0.956 / 0.908 / quoted 0.935 /
speaker 0.993 / 97 of 109 names / 0.949. Left: a second cue the parse hangs on the content's verb ("said A and hopes
B", "said A but blamed B"), whose statement the first content swallows; six "he" or "she" given to the nearer person
of the same sex; an organisation ("Friends of the Fjord", "the station") left unnamed; a notice that "reads", a noun
cue ("proposal") and "agreed to buy" taken for statements; a belief ("Biologists ... suspect") and "the local
newspaper Fjordposten writes" missed.

A hundred-and-fifty-eighth (``fixtures/styles_gold_hundredfiftyeighth.py``, twelve articles, 150 statements) of
health care money and medicines in twelve outlet styles (a pharmacy chain's closings on the wire, drug price talks in
PolNeAR's manner, an insurer's denials on a local TV site, a pump recall in a trade paper, a drug shortage in a British
paper, a patent ruling in an Indian paper, a nurses' vote on a Canadian broadcaster, a minister abroad on an Australian
site, a merger's press release, a results call's live blog, a Q&A with name labels and a column), written blind. First
run on 1d3d64e: 0.929 / 0.890 / quoted 0.955 / speaker 140 of 143 / 112 of 124 names / 0.910. Five headline quotes
were missed ("'...': Knoxville mom fights insurer", "'...', say pharmacists, as ...", "'...': Barrington-Ngata pledges
$40m", "'...': Delmar Memorial's CEO on closing ...", "'...': HC clears way"); all but the last are found now, and
"agreed to sell" is no statement. Left: seven "he" or "she" that this writer gives to the person the paragraph is
about rather than the nearer one of the same sex, "HC" for the High Court, a recall, a results report and an agreement
to merge taken for statements.

A hundred-and-fifty-ninth (``fixtures/styles_gold_hundredfiftyninth.py``, twelve articles, 169 statements) of US state
and federal politics in the manner of PolNeAR's outlets (a handgun permit bill on the wire, an abortion amendment, a
border sheriff on a partisan site, a governor's debate, a confirmation hearing, a redistricting suit, a campaign finance
complaint, school library books, a shutdown deadline, a poll, a fact-check of an ad and a column), half its statements
indirect, written blind with pronouns as an editor leaves them. First run on 8e622fa: 0.911 / 0.853 / quoted 0.909 /
speaker 157 of 158 / 110 of 114 names / 0.905. Its votes ("The Arvona House voted 58-41 to require ...") were taken
for statements; with the other sets' readers, who mark none, a vote is now an act (PolNeAR marks 54 of its 296 in
train). Left: a noun cue whose clause the parse ran into the sentence's verb ("Mr. Lockhart-Voss's warning that the
rule would cost '...' rests on a 2026 study"), "denied ever working as a lobbyist", a headline "Ad claiming X 'let
4,000 criminals walk' leaves out key context", a Title Case headline quote, and "The Democrat" and "the Republican"
of a dek named before the body says who is which.

A hundred-and-sixtieth (``fixtures/styles_gold_hundredsixtieth.py``, twelve articles, 143 statements) of Canadian news
as the large Canadian outlets publish it, women and men quoted in turn as in the Gender Gap Tracker's sources (a
provincial budget, a housing minister, an emergency room, a boil-water advisory, a wildfire, a Supreme Court ruling,
bike lanes, a teachers' strike, Quebec's language law in translation, a coach fired, a bank's results, an RCMP
briefing),
written blind. First run on 7442ee6: 0.953 / 0.899 / quoted 0.953 / speaker 136 of 141 / 117 of 125 names / 0.919.
Fixed from it: "declined an interview request" states nothing, nor do "charged a man with murder" and "writing for
the majority", which the trained tagger had taken. Left: a quote given to an anonymous source the paragraph before
its speaker, "said in French" reading "French" as the speaker in one parse, a headline's "Voyageurs GM fires X"
giving the quote to the coach fired, and "Asked about ...," with no asker taken for a statement.

A hundred-and-sixty-first (``fixtures/styles_gold_hundredsixtyfirst.py``, twelve articles, 147 statements) of news
from English-language outlets in the Caribbean, Hong Kong, Singapore, Israel and the Gulf, each in its outlet's manner
(a Jamaican water lock-off with patois quotes, a Trinidad ferry breakdown, sargassum on a Barbados broadcaster's site in
single marks, a Hong Kong estate's redevelopment with Cantonese quotes, hawker rents with "Mr" and "Ms", an Israeli live
blog with "says in Hebrew", a Dubai fee freeze, Bahamian straw vendors under a capitals headline, a Guyana sea-wall
breach, a Malaysian planter's results, a cricket report and a Saint Lucia land appeal), half its statements indirect,
written blind. First run on 733ff2a: 0.969 / 0.949 / quoted 0.971 / speaker 141 of 143 / 116 of 126 names / 0.956.
Fixed from it: "mother of two Dina Fawzy-Hamdan" is Dina Fawzy-Hamdan, "Minister of Public Works Andrea Somwaru-Hinds"
keeps her double surname, "did not want to be named as talks ... are ongoing" names nothing, and "said [contractors
had been mobilised and would close ...] and promised ..." is the minister's promise, "to see them home" (a cricket
side's win) states nothing; "The group" after a company with
a legal form ("Sungai Kerian Plantations Bhd said ... The group said") is now that company, though not in this set's
article, where a body the NER reads in "(CPO)" comes between. Left: "Opposition Member of Parliament Clement
Bollers-Yhap" (the NER reads "Parliament Clement Bollers-Yhap" as a body), "Histadrut chief" and "Opposition MK" in
headlines, a dek's second clause, a capitals headline, a court's order and a refusal taken for statements.

A hundred-and-sixty-second (``fixtures/styles_gold_hundredsixtysecond.py``, twelve articles, 160 statements) of US
news in the manner of large US outlets (a stadium zoning fight, a rocket failure on the wire, a lottery audit, a
pension agency's data breach, river water rights, an insurer's wildfire pullout, a warehouse union drive in a
magazine feature, a fact-check of a transit fare claim, a fair's salmonella outbreak, a university president's
resignation, a Senate ethics inquiry on the Sunday shows and a mayor's race in a campaign diary), a third of its
statements mixed, with four quotes named only in the next paragraph, written blind. First run on 733ff2a: 0.963 /
0.920 / quoted 0.911 / speaker 154 of 156 / 116 of 125 names / 0.951. Fixed from it: "said [the district would ask a
water court to halt the order] and accused ..." is a second statement, as the parse joined "accused" to the
infinitive; "called [the vote "a long time coming."]" keeps its quoted name; "That was X's answer when I read her
..." and "That's how X, [an appositive of ninety characters], put it" name the quote before, and the naming sentence
is no first-person continuation; "Rep. Marisol Quaintance-Obi (D-Tallis), the top Democrat on ..., called" is the
representative, not her role, and keeps her double surname; "The company" after "The supplier, Prairie Crest Poultry
of Brandis," is the supplier, not its town. Left: "warned of "catastrophic" losses if ..." cut before its condition,
"The agency" far from the agency's name, "the state engineer's office ordered ..." and "The board named X interim
president" taken for statements, and the headline's "Ethics chair" given to the majority leader.

A hundred-and-sixty-third (``fixtures/styles_gold_hundredsixtythird.py``, twelve articles, 154 statements) of news from
English-language outlets in Africa, each in its outlet's manner (Kenyan farmers waiting for subsidised fertiliser with
"the CS" and "MP for ... constituency", a Nigerian market demolition with stacked titles and "He said," before a long
quoted paragraph, Ghanaian power cuts under a headline quote, sewage on a South African metro's beaches, a Ugandan
hospital's malaria drug stock-out, nets burnt at a Tanzanian landing site with quotes said in Swahili, Zimbabwean
water-shedding, relocated families in a Rwandan daily, an Ethiopian wire on coffee exports, a payments start-up whose
speaker is named after a long quote, a Premier Soccer League match and a Namibian High Court eviction ruling), more
than half its statements indirect, written blind. First run on a9b47ce: 0.965 / 0.939 / quoted 0.961 / speaker 150
of 150 / 132 of 134 names / 0.965. Fixed from it: "GH₵150", which the tokenizer kept whole and the tagger read as
punctuation, cutting "said [she now spends]" short. Left: "Eng Ndlovu-Khumalo" ("Eng" is a surname too), "The PSL"
not spelled out, "appealed to [the state government to ...]" missed, and "was named man of the match", "whose son
was admitted" and a court's order taken for statements.

A hundred-and-sixty-fourth (``fixtures/styles_gold_hundredsixtyfourth.py``, twelve articles, 149 statements) of
business and markets news in the manner of financial wires and business papers (an engineering group's results with
its chief executive and finance chief on a call, takeover talks told by people familiar with the matter, a central
bank's decision with the governor in translation, an analyst note, a car plant strike, a watchdog's fine on a lender,
a stock market debut, an oil output cut, store closures, an airline's profit warning, a crypto exchange's bankruptcy
filing and a markets wrap), companies coming back as "the company", "the group", "the lender", "the carmaker" and
"the watchdog", written blind. First run on a9b47ce: 0.976 / 0.949 / quoted 0.967 / speaker 143 of 145 / 104 of 110
names / 0.963. Fixed from it: a wire's dateline ("LONDON, Feb 27, 2030 (Meridian Wire) -"), an office's initials
("the MP who chairs ...") and initials that spell a regulator out ("the PMA's final notice") are no body "the
company", "the regulator" or "the lender" stands for. Left: those three still unnamed (the company of the results
story, the lender fined), "Regulator says" in a dek, and "CEO sees 'another record year'" missed.

A hundred-and-sixty-fifth (``fixtures/styles_gold_hundredsixtyfifth.py``, twelve articles, 148 statements) of science,
medicine and environment news in the manner of the outlets that cover it (a heart drug's trial on a wire with an
outside cardiologist "who was not involved in the study", a diet study with a sceptical dietitian, a fossil feature in
the present tense, a glacier study and a minister, a journal's release rewritten with "the authors wrote", a probe's
jammed arm, a ward outbreak, a university's battery release with an anonymous reviewer, volunteers' river survey, a
fact-check of a viral vinegar claim, a Q&A with a virologist under name labels and a scientist's column), studies,
papers and a survey as speakers in nine stories, written blind. First run on 20bdeb9: 0.973 / 0.927 / quoted 0.959 /
speaker 145 of 146 / 105 of 107 names / 0.967. Left: a paper's title and a Q&A's question taken for statements, a
column's "has found [...]" missed.

A hundred-and-sixty-sixth (``fixtures/styles_gold_hundredsixtysixth.py``, twelve articles, 151 statements) of crime and
court reporting in the manner of local and national outlets in Britain, Ireland, Australia and New Zealand (a Crown
Court sentencing with a victim impact statement, an Irish District Court case with a Garda sergeant who "gave
evidence that", a bail hearing, a murder trial's first day with "the Crown says" and "The jury was told that", an
inquest, a police appeal, an employment tribunal, a tabloid's wedding punch with "The mum-of-two", a fraud with
"according to court documents", a defamation judgment, a youth court and a Parole Board decision), pleas, orders and
sentences left as acts, written blind. First run on 20bdeb9: 0.939 / 0.882 / quoted 0.953 / speaker 138 of 139 / 107
of 119 names / 0.933. Fixed from it: "Sgt Nuala Cashin", "Insp ..." and "Magistrate Rhiannon Kaye" (titles without a
full stop) are Nuala Cashin and Rhiannon Kaye, on second reference too ("Sgt Cashin"); "Outside court, [X] said" is
X's, not the court's; "the sergeant" and "the magistrate" after them are the same person. Left: "gave evidence that"
missed, pleas ("pleaded
not guilty to") and court orders taken for statements, as other sets' readers take them.

A hundred-and-sixty-seventh (``fixtures/styles_gold_hundredsixtyseventh.py``, twelve pieces, 137 statements) of
broadcast journalism published as text (a public radio morning show transcript, a Sunday TV interview, a local radio
write-up, a podcast page, a TV station's web story, a cable news panel of four voices, a press briefing with "Q:"
lines, a radio phone-in with callers labelled "DEREK (SALTBY)", a debate with a moderator, a documentary with a
narrator, a town hall and a news agency's video script), every line under a name label a statement, written blind.
First run on 3849b21: 0.918 / 0.881 / quoted 1.000 / speaker 120 of 124 / 87 of 116 names / 0.889 (names 105 now).
Fixed from it: a label in capitals with a full name ("KIRSTEN VALE-ODUYA, MERIDIAN ANCHOR:") is that person, whom the
surname labels further down ("VALE-ODUYA:") name too, also where the NER reads the capitals as a body before a role
("DEVON MARLOWE-ASARE, HOST:" had been "HOST"). Left: callers labelled by first name and town, a narrator named only
in the credits, and a script's "SAYING:".

A hundred-and-sixty-eighth (``fixtures/styles_gold_hundredsixtyeighth.py``, twelve articles, 137 statements) of arts,
entertainment and culture news (a festival premiere with the director and lead actress in turn, a present-tense music
interview with uncued first-person paragraphs, an album review whose lyrics and titles state nothing, acceptance
speeches, a couple's split in a joint statement and through "a representative for", a museum's lost portrait, a
theatre closure, a book prize's citation, a showrunner's posts after a cancellation, a tabloid feud with Instagram
posts and "a source close to Kiki", a host's farewell quoted over two paragraphs and a pianist's obituary), written
blind. First run on 3849b21: 0.953 / 0.918 / quoted 0.924 / speaker 133 of 133 / 101 of 113 names / 0.953.

A hundred-and-sixty-ninth (``fixtures/styles_gold_hundredsixtyninth.py``, twelve articles, 139 statements) of election
campaign coverage (a US governor's debate, a British by-election count with its declared figures, an Indian agency's
rally report under "Will double paddy bonus if voted back: CM Dhruwanshi at Kesarganj rally", an Australian leaders'
debate, a Canadian all-candidates forum, a mayor's concession, a poll story, an Irish referendum, a manifesto launch,
an election-night live blog, a South African municipal race and a fact-check), written blind. First run on 219fc55:
0.958 / 0.916 / quoted 0.972 / speaker 136 of 137 / 104 of 105 names / 0.951. Fixed from it: "said afterward [she
...]" leaves the adverb of time out; a poll's sample ("questioned 2,104 adults"), "had asked the question" and a
count's "Majority: 2,417. Turnout: ..." state nothing; the agency headline's speaker after the colon, where it was said
after the name and the title in initials ("CM", "PM") before it, is the body's Chief Minister; "KESARGANJ (UNS):" is
a dateline, no part of the speaker's name. Left: the nested "[The campaign] expects [...], the adviser said", and
"conceded the race" and "Asked whether ..." taken for statements.

A hundred-and-seventieth (``fixtures/styles_gold_hundredseventieth.py``, twelve articles, 166 statements) of news
analysis and policy reporting where most attributions are indirect (a budget deal told through aides, governments and
ministries as speakers, a think tank's report and a poll, a judge's opinion, a leaked memo, a treasurer's beliefs and
intentions, a health plan, a party split through sources, one paper's report of another's endorsement, a central bank,
a bus strike and a story told by "according to"), written blind. First run on 219fc55: 0.962 / 0.945 / quoted 0.993 /
speaker 163 of 165 / 102 of 108 names / 0.950. Left: a country named for its government ("Kestravan government"),
"their union" before the union is named, endorsements and a judge's order taken for statements. "Their union" and
"..., says union" before the union is named further down were fixed from it (names 104 of 108 now).

A hundred-and-seventy-first (``fixtures/styles_gold_hundredseventyfirst.py``, twelve articles, 137 statements) of
US and Canadian local government and community news (a school board with public comment, a zoning hearing, a council
budget, a police chief's briefing, a county landfill fight, a library closure, transit cuts, a legislator's town hall,
a boil water advisory, a neighbourhood against a developer, a mayor's state-of-the-city speech and a township's council
notes under headings in capitals), written blind. First run on 87d7419: 0.928 / 0.914 / quoted 0.953 / speaker 128 of
129 / 111 of 114 names / 0.921. Fixed from it: a heading in capitals over a digest's item that uses its words ("MILL
ROAD: Paving of Mill Road ...") is no speaker, and "what was said" says nothing. Left: "60 km/h." ending no sentence,
"declined to comment until ...", "a nursing assistant who gave only her first name, Tasha,".

A hundred-and-seventy-second (``fixtures/styles_gold_hundredseventysecond.py``, twelve articles, 153 statements) of
international wire news in the manner of the big agencies (truce talks, an earthquake, a migrant boat, a disputed
election, a summit communique, sanctions, freed hostages, a drought, a coup attempt, two navies' accounts of a close
pass, a supreme court ruling, a summoned ambassador), with translated quotes, ministries and state media as speakers
and denials, written blind. First run on 87d7419: 0.981 / 0.955 / quoted 1.000 / speaker 151 of 152 / 110 of 125
names / 0.974. Left: bodies named by the reader's own form of their name ("Kessiran Meteorological Department" for
"Kessira's meteorological department", "Ganvari Armed Forces" for "the army"), which the gold asks and the text never
writes.

A hundred-and-seventy-third (``fixtures/styles_gold_hundredseventythird.py``, twelve articles, 137 statements) whose
quotation marks are odd as saved pages have them: quotes over paragraphs closed only at the end, quotes never closed,
straight and curly marks mixed, quotes within quotes, apostrophes that look like marks ("’90s", "rock ’n’ roll",
"O’Rourke"), inches and feet ('a 12" main', "20' from the building"), scare quotes, guillemets, dash-opened quotes and
'' for marks, written blind. First run on e990f57: 0.971 / 0.942 / quoted 0.971 / speaker 131 of 134 / 113 of 119 names
/ 0.949. Fixed from it: a straight mark after a number and before a word in lower case measures inches or feet when no
quotation is open or the next mark measures too ('"... up 2" or 3" in the lane," she said'). Left: "The pipe, laid in
1962, split ..., X said" (the parser makes "split" a participle of "pipe"), "its owners, Pennard Textiles," not taken
for the company of "the company", "the elder O'Rourke".

A hundred-and-seventy-fourth (``fixtures/styles_gold_hundredseventyfourth.py``, twelve articles, 144 statements) of
business and markets news (an earnings call, a profit warning, a regulator's ruling, a merger, a central bank decision,
a chief executive's memo, a dock strike, a recall, a shareholder letter, a supplier dispute, a listing and a markets
wrap), with analysts' notes, filings, "people familiar with the matter" and tickers, written blind. First run on
e990f57: 0.966 / 0.946 / quoted 0.976 / speaker 142 of 142 / 108 of 118 names / 0.966. Fixed from it: a name with its
listing on any exchange ("Tamsin Home (CSE: TMH)") is a company, the one "the company" stands for, and is named
without its ticker. Left: "Analysts expected $248 million", "three members preferred to hold" (forecasts and votes
taken for statements), "the home-goods retailer" not taken for the company named before.

A hundred-and-seventy-fifth (``fixtures/styles_gold_hundredseventyfifth.py``, twelve articles, 139 statements) of sport
and culture in British, Irish, Australian, American and Indian styles (a match report and press conference, a day of
cricket, a transfer story, a tennis transcript, a festival premiere, an album review, an obituary with posted tributes,
a theatre row over an open letter, a marathon, a horse race, a chess game, a museum show), written blind. First run on
1e203ff: 0.949 / 0.935 / quoted 1.000 / speaker 138 of 139 / 115 of 124 names / 0.942. Fixed from it: a title set
beside a word for a work ("Saltwater Hymns, her fifth album,") is nobody wherever it stands, a body's short name
("Grey Heron" of "Grey Heron Records") no person, and "According to her label, Grey Heron Records, ..." keeps the
label's name out of the content. Left: "Asked whether ..." questions put by the unnamed reporter (PolNeAR dev loses
two attributions when they are dropped), a bowler who "claimed six for 41", "the world No.1" unnamed.

A hundred-and-seventy-sixth (``fixtures/styles_gold_hundredseventysixth.py``, twelve articles, 147 statements) of
emergencies, disasters, defence and conflict (a typhoon briefing, an earthquake rescue through an interpreter, a
military briefing with its denial, anonymous defence officials, a wildfire evacuation, a local flood, a ferry sinking,
a live page of updates, an aid agency's press release, a Senate inquiry, a heat warning, a mine accident), written
blind. First run on 55a870d: 0.966 / 0.918 / quoted 0.956 / speaker 141 of 142 / 112 of 123 names / 0.959. Fixed from
it: ranks without their full stop ("Lt Col", "Maj Gen"), and a double surname the NER left out after one ("Col Bohdar
Lysenchuk-Vail"); a role set before a name with a title of its own ("The federal Minister for Emergency Management,
Senator Helen Marchetti-Doyle,"), which "the minister" of the headline stands for; a body named in translation beside
initials of its own language ("the Disaster and Emergency Directorate (AFEM)"); the name beside a works' owner ("The
mine's owner, Tarrawong Resources,") as the company; "'...,' says rescuer as ..." and "..., warns Tidewater Aid" in
headlines; a release's label ("PRESS RELEASE", "FOR IMMEDIATE RELEASE") over its headline is furniture. Left: "denied
that A and claimed to ..." (the parse
joins the second verb to the content), "appealed for" (as a cue it cut "appealing to the far right" out of contents),
the farmer of the headline named only in the body, a text message read out by a senator.

A hundred-and-seventy-seventh (``fixtures/styles_gold_hundredseventyseventh.py``, twelve articles, 151 statements) of
environment, climate, energy and agriculture news in British, American, Indian, Nigerian, Kenyan, Canadian and
Australian styles (a climate summit's closing night, a wind-farm dispute, a utility's rate hearing, a battery plant, a
drought relief package, a landfill protest, an oil-spill inquiry, a carbon levy debate, a shrimp quota cut, a glacier
study, a logging ruling, a heatwave), written blind. First run on 7cb54ca: 0.958 / 0.913 / quoted 0.965 / speaker 148
of 148 / 118 of 123 names / 0.958. Fixed from it: a speech verb joined to a content whose subject is an amount ("told
parliament that 2.1 billion shillings had been released and blamed ..."), or to a body's own "it", or hung on the cue
with a "that" clause of its own ("said it had closed the trail ... and warned that ..."), is the speaker's next
statement; what a thing promises ("a battery plant that promises 2,000 jobs") and the words a hearing takes ("took
public comment on") are nobody's; "'...', study warns" and "'...', says report" in headlines; a headline's infinitive
or object ends before its scene ("urges residents to check on neighbours as heatwave enters fifth day"), as seven of
the eight such headlines of the earlier sets have it; a company named with an ampersand the parse split ("Ridgeway
Power & [Gas] seeks"); a judge's title and surname the NER read as a body ("Justice Calloway-Tse"); the department a
job title names after a comma ("its Manager, Corporate Communications,") and a cut entity ("The Paramount Ruler of")
are no company for "the company". Left: "The royal father" (the paramount ruler named before), "Health chief" when
the article also names a health minister, "appealed to X to ..." (the verb's other senses, "appealing to swing
voters", "appealed to the 4th Circuit", made it no cue), a quote's second paragraph with no cue joined to the first.

A hundred-and-seventy-eighth (``fixtures/styles_gold_hundredseventyeighth.py``, twelve articles, 150 statements) of
health, education, transport and city news in Pakistani, Sri Lankan, Malaysian, Philippine, Bangladeshi, Irish and New
Zealand styles (typhoid and water lines, smog school closures, a dengue review, a bus lane, a rapid transit pilot, a
school breakfast, classroom heat, a jeepney strike, an upazila health complex, a battery-rickshaw drive, hospital
trolleys at Leaders' Questions, a measles outbreak), written blind. First run on 54130ef: 0.925 / 0.893 at 0.8 / quoted
0.933 / speaker 146 of 147 / 115 of 126 names / 0.918. Fixed from it: "appealed to [residents to stay indoors]", "are
appealing for [witnesses to come forward]" and "appealed for [calm]" are statements, while "appeal" stays out of the
lexicon ("would appeal to the Court of Arbitration for Sport", "hold particular appeal for"); what signboards, hoardings
and notices on doors read; "who wished to remain anonymous"; "expressed these views" after the words they point back at;
"addressing a media briefing", "addressed striking drivers"; "Pupils welcomed her"; patients "referred to Sylhet" and
sons "admitted to the hospital"; a dateline in capitals before a sentence in the future ("ALOR SETAR: ... will
receive"); "Hon." before a name ends no sentence, and the title the parser hung on the clause before "..., Transport and
Highways Minister Hon. X stated" is no part of it; "directed [the health complex to keep ...]" when the parser hung the
infinitive apart; "'...', say battery-rickshaw pullers". Left: the reporters' questions ("Asked whether ..."), which the
set leaves out and earlier sets keep; "Deputy Commissioner Korangi [Zeeshan ...]", whose district the NER took into the
name and whose name it split in two; "Perak exco" named after another exco member; "Dr Hemi Walker-Rangitāne" and "It"
(Te Whatu Ora) left unnamed; "The HSE" not spelled out; "appealed to UEFA to reduce the fine".

A hundred-and-seventy-ninth (``fixtures/styles_gold_hundredseventyninth.py``, twelve articles, 149 statements) of
Caribbean and Gulf papers (a Jamaican triple murder, a Trinidad Senate noise bill, Barbados airlift, a Guyana mining
ruling, a Bahamas hurricane, a T20 wire, a UAE screening campaign, a Saudi logistics hub, a Qatar cup final, Omani port
congestion, a Jordan minibus strike, a Lebanese village festival), written blind. First run on d5507b9: 0.961 / 0.941
at 0.8 / quoted 0.924 / speaker 146 of 147 / 128 of 129 names / 0.954. Fixed from it: a capital's dateline before a
story in the present or the future ("BEIRUT: The festival will return ...", "MUSCAT: Ships are waiting ..."); what
banners bear and carry. Left: "Wi cyaan sleep a night" - [residents] (a headline of no cue), "Fete promoters vow court
fight", a chant and a calypso sung, "call the emigrants ... the 'summer people'".

A hundred-and-eightieth (``fixtures/styles_gold_hundredeightieth.py``, twelve articles, 149 statements) of local and
regional broadcasters' sites and popular papers (a house fire, a therapy dog found, a school bus in a ditch, a flood,
fortnightly bins, a village shop closing, a shire mayor by two votes, fishermen rescued, a celebrity spat, a manager
sacked, a hoon driver's sentence, a festival lost to smoke), written blind. First run on d5507b9: 0.947 / 0.908 at 0.8
/ quoted 0.902 / speaker 142 of 144 / 100 of 110 names / 0.934. Fixed from it: "'We Had No Choice', Chairman Says As
Whitmoor Axe Kessler After ..." (a Title Case tail after the cue); "MUM'S FURY: '...'" (the mother speaks, not the
label); crews "called to" a street; a driver who "has not been named"; flyers and placards that read; a programme's
title after "appeared on". Left: the council's leader taken for the opposition group's leader, "The only shop in the
village" and "the shop" not named as Brindle Green Stores, "RCMP" not spelled out, "A TV insider revealed bosses held
'crisis talks' ..." cut after "talks", the mother of the headline not named as Tracey Oldfield-Ngata.

A hundred-and-eighty-first (``fixtures/styles_gold_hundredeightyfirst.py``, twelve articles, 144 statements) of the
specialist and trade press (a farming weekly's milk price row, a shipping gazette's port strike, a tablet launch, an
earnings call, a heart-failure trial, a fraud trial, a wine column, a chess open, a mountain rescue, a university's
press release, an obituary, a Q&A with a refill-shop founder), written blind. First run on 40b4ecf: 0.959 / 0.918 at
0.8 / quoted 0.900 / speaker 137 of 138 / 104 of 112 names / 0.952. Left: a closed quote and a quote opening the next
paragraph, which onrecord joins as one speaker's run and the set keeps apart; "Okafor-Lindgren" named as the mother
the article names later, not the player named first; "raising hopes of" a statement the set leaves out (now held by
no one named, as PolNeAR annotates such fears); what a columnist advises and a title the paper published.

A hundred-and-eighty-second (``fixtures/styles_gold_hundredeightysecond.py``, twelve articles, 150 statements) of
political and campaign news in American, British, Canadian and Australian styles (a governor's debate, a council budget,
a by-election count, a Senate hearing, a leaked memo, a poll, a conference speech, a premier's press conference, a
column, a fact-check, a campaign-trail feature, a minister's resignation), written blind. First run on 461196f: 0.927
/ 0.863 at 0.8 / quoted 0.893 / speaker 144 of 146 / 108 of 115 names / 0.914. Fixed from it: a source "who would speak
only if not named" or "agreed to talk only if her name was withheld" says nothing by it; "We rate the jobs claim Half
True" (a noun the parser split off as a verb); "Reeve-Hanlon promises 'a home for every nurse' in first speech" (a
headline of a promise in marks); "That was the observation of X" after a quote; a quote after "She has not repeated it
since" goes on with nothing said. Left: a closed quote and a quote opening the next paragraph, which onrecord joins as
one speaker's run (as PolNeAR does: one gold content spans both in 55 of 66 such runs on train) and the set keeps apart;
"Asked whether ..." read as the moderator's question; the headline's "winner" and "B.C. housing minister" not named
(an acting housing minister is named later); "she" for the woman answering a man whose given name ("Wade") is on no
list; a columnist's "I have no doubt he wants to fight on".

A hundred-and-eighty-third (``fixtures/styles_gold_hundredeightythird.py``, twelve articles, 146 statements) of Canadian
national and local news in the styles of CBC, CTV, Global, the Star, the Globe, the Post, The Canadian Press, a Quebec
paper in translation and two local weeklies (an emergency room closing at night, a heat warning, a transit strike, a
minimum wage, a school board vote, a co-op's land lease, a flooding claim settled, a hockey hazing scandal, a fraud
sentencing, a by-election, a wildfire evacuation, a fishing dispute), written blind. First run on 461196f: 0.926 /
0.900 at 0.8 / quoted 0.934 / speaker 143 of 143 / 116 of 125 names / 0.926. Fixed from it: the outlet's own question
that went unanswered ("CBC News asked the ministry how many ... The ministry did not respond."); "A nurse who has worked
there for 19 years says ..." named by '"...," says the nurse, Deb Ostapchuk'; "he" after "A former player told the Post
that ..." is that player, unnamed, not the man named two paragraphs before. Left: "The local councillor" named later
as "Coun. Farid Qasimi", "The runner-up, a 34-year-old engineer" and "The First Nation's oldest member" named later;
"Olafson's daughter" not named as Karen Olafson-Reid; a sign taped to a door, a mural titled and a code of conduct
adopted read as said; the subhead "Check on neighbours, ..., medical officer of health says".

A hundred-and-eighty-fourth (``fixtures/styles_gold_hundredeightyfourth.py``, twelve articles, 145 statements) of
sports news (a Premier League match report, a pre-match press conference, an NBA game story, a cricket Test, a tennis
upset, a Formula One race with team radio, a transfer saga, a doping ban, a rugby league judiciary hearing, an Olympic
qualifier in a local weekly, a college football coach fired, a women's international), written blind. First run on
461196f: 0.911 / 0.832 at 0.8 / quoted 0.890 / speaker 133 of 138 / 107 of 123 names / 0.878. Left: the manager by his
team's nickname ("the Quarrymen boss", "The Herons boss"), a player by nationality ("the Swede", "the Dutchman") or
by what he is ("the southpaw", "the 26-year-old") taken for someone else or for no one; the wire's sport before a
headline's name ("Athletics-Oduya-Pratt vows ..."); chants and songs, which this set (unlike the hundred-and-fiftieth)
leaves out; a box score and a judiciary's charge sheet read as labelled lines. Fixed from it: "..., the Track and Field
Integrity Commission (TFIC) said" after a clause the parser ended on a noun of its own, which it made the cue's subject.
"""
from __future__ import annotations

import pytest

from fixtures.styles_gold import ARTICLES, build, parse, write
from fixtures.styles_gold_more import ARTICLES as MORE_ARTICLES
from fixtures.styles_gold_eighth import ARTICLES as EIGHTH_ARTICLES
from fixtures.styles_gold_eleventh import ARTICLES as ELEVENTH_ARTICLES
from fixtures.styles_gold_ninth import ARTICLES as NINTH_ARTICLES
from fixtures.styles_gold_tenth import ARTICLES as TENTH_ARTICLES
from fixtures.styles_gold_fifth import ARTICLES as FIFTH_ARTICLES
from fixtures.styles_gold_fourth import ARTICLES as FOURTH_ARTICLES
from fixtures.styles_gold_seventh import ARTICLES as SEVENTH_ARTICLES
from fixtures.styles_gold_sixth import ARTICLES as SIXTH_ARTICLES
from fixtures.styles_gold_third import ARTICLES as THIRD_ARTICLES
from fixtures.styles_gold_twelfth import ARTICLES as TWELFTH_ARTICLES
from fixtures.styles_gold_thirteenth import ARTICLES as THIRTEENTH_ARTICLES
from fixtures.styles_gold_fourteenth import ARTICLES as FOURTEENTH_ARTICLES
from fixtures.styles_gold_fifteenth import ARTICLES as FIFTEENTH_ARTICLES
from fixtures.styles_gold_sixteenth import ARTICLES as SIXTEENTH_ARTICLES
from fixtures.styles_gold_seventeenth import ARTICLES as SEVENTEENTH_ARTICLES
from fixtures.styles_gold_eighteenth import ARTICLES as EIGHTEENTH_ARTICLES
from fixtures.styles_gold_nineteenth import ARTICLES as NINETEENTH_ARTICLES
from fixtures.styles_gold_twentieth import ARTICLES as TWENTIETH_ARTICLES
from fixtures.styles_gold_twentyfirst import ARTICLES as TWENTYFIRST_ARTICLES
from fixtures.styles_gold_twentysecond import ARTICLES as TWENTYSECOND_ARTICLES
from fixtures.styles_gold_twentythird import ARTICLES as TWENTYTHIRD_ARTICLES
from fixtures.styles_gold_twentyfourth import ARTICLES as TWENTYFOURTH_ARTICLES
from fixtures.styles_gold_twentyfifth import ARTICLES as TWENTYFIFTH_ARTICLES
from fixtures.styles_gold_twentysixth import ARTICLES as TWENTYSIXTH_ARTICLES
from fixtures.styles_gold_twentyseventh import ARTICLES as TWENTYSEVENTH_ARTICLES
from fixtures.styles_gold_twentyeighth import ARTICLES as TWENTYEIGHTH_ARTICLES
from fixtures.styles_gold_twentyninth import ARTICLES as TWENTYNINTH_ARTICLES
from fixtures.styles_gold_thirtieth import ARTICLES as THIRTIETH_ARTICLES
from fixtures.styles_gold_thirtyfirst import ARTICLES as THIRTYFIRST_ARTICLES
from fixtures.styles_gold_thirtysecond import ARTICLES as THIRTYSECOND_ARTICLES
from fixtures.styles_gold_thirtythird import ARTICLES as THIRTYTHIRD_ARTICLES
from fixtures.styles_gold_thirtyfourth import ARTICLES as THIRTYFOURTH_ARTICLES
from fixtures.styles_gold_thirtyfifth import ARTICLES as THIRTYFIFTH_ARTICLES
from fixtures.styles_gold_thirtysixth import ARTICLES as THIRTYSIXTH_ARTICLES
from fixtures.styles_gold_thirtyseventh import ARTICLES as THIRTYSEVENTH_ARTICLES
from fixtures.styles_gold_thirtyeighth import ARTICLES as THIRTYEIGHTH_ARTICLES
from fixtures.styles_gold_thirtyninth import ARTICLES as THIRTYNINTH_ARTICLES
from fixtures.styles_gold_fortieth import ARTICLES as FORTIETH_ARTICLES
from fixtures.styles_gold_fortyfirst import ARTICLES as FORTYFIRST_ARTICLES
from fixtures.styles_gold_fortysecond import ARTICLES as FORTYSECOND_ARTICLES
from fixtures.styles_gold_fortythird import ARTICLES as FORTYTHIRD_ARTICLES
from fixtures.styles_gold_fortyfourth import ARTICLES as FORTYFOURTH_ARTICLES
from fixtures.styles_gold_fortyfifth import ARTICLES as FORTYFIFTH_ARTICLES
from fixtures.styles_gold_fortysixth import ARTICLES as FORTYSIXTH_ARTICLES
from fixtures.styles_gold_fortyseventh import ARTICLES as FORTYSEVENTH_ARTICLES
from fixtures.styles_gold_fortyeighth import ARTICLES as FORTYEIGHTH_ARTICLES
from fixtures.styles_gold_fortyninth import ARTICLES as FORTYNINTH_ARTICLES
from fixtures.styles_gold_fiftieth import ARTICLES as FIFTIETH_ARTICLES
from fixtures.styles_gold_fiftyfirst import ARTICLES as FIFTYFIRST_ARTICLES
from fixtures.styles_gold_fiftysecond import ARTICLES as FIFTYSECOND_ARTICLES
from fixtures.styles_gold_fiftythird import ARTICLES as FIFTYTHIRD_ARTICLES
from fixtures.styles_gold_fiftyfourth import ARTICLES as FIFTYFOURTH_ARTICLES
from fixtures.styles_gold_fiftyfifth import ARTICLES as FIFTYFIFTH_ARTICLES
from fixtures.styles_gold_fiftysixth import ARTICLES as FIFTYSIXTH_ARTICLES
from fixtures.styles_gold_fiftyseventh import ARTICLES as FIFTYSEVENTH_ARTICLES
from fixtures.styles_gold_fiftyeighth import ARTICLES as FIFTYEIGHTH_ARTICLES
from fixtures.styles_gold_fiftyninth import ARTICLES as FIFTYNINTH_ARTICLES
from fixtures.styles_gold_sixtieth import ARTICLES as SIXTIETH_ARTICLES
from fixtures.styles_gold_sixtyfirst import ARTICLES as SIXTYFIRST_ARTICLES
from fixtures.styles_gold_sixtysecond import ARTICLES as SIXTYSECOND_ARTICLES
from fixtures.styles_gold_sixtythird import ARTICLES as SIXTYTHIRD_ARTICLES
from fixtures.styles_gold_sixtyfourth import ARTICLES as SIXTYFOURTH_ARTICLES
from fixtures.styles_gold_sixtyfifth import ARTICLES as SIXTYFIFTH_ARTICLES
from fixtures.styles_gold_sixtysixth import ARTICLES as SIXTYSIXTH_ARTICLES
from fixtures.styles_gold_sixtyseventh import ARTICLES as SIXTYSEVENTH_ARTICLES
from fixtures.styles_gold_sixtyeighth import ARTICLES as SIXTYEIGHTH_ARTICLES
from fixtures.styles_gold_sixtyninth import ARTICLES as SIXTYNINTH_ARTICLES
from fixtures.styles_gold_seventieth import ARTICLES as SEVENTIETH_ARTICLES
from fixtures.styles_gold_seventyfirst import ARTICLES as SEVENTYFIRST_ARTICLES
from fixtures.styles_gold_seventysecond import ARTICLES as SEVENTYSECOND_ARTICLES
from fixtures.styles_gold_seventythird import ARTICLES as SEVENTYTHIRD_ARTICLES
from fixtures.styles_gold_seventyfourth import ARTICLES as SEVENTYFOURTH_ARTICLES
from fixtures.styles_gold_seventyfifth import ARTICLES as SEVENTYFIFTH_ARTICLES
from fixtures.styles_gold_seventysixth import ARTICLES as SEVENTYSIXTH_ARTICLES
from fixtures.styles_gold_seventyseventh import ARTICLES as SEVENTYSEVENTH_ARTICLES
from fixtures.styles_gold_seventyeighth import ARTICLES as SEVENTYEIGHTH_ARTICLES
from fixtures.styles_gold_seventyninth import ARTICLES as SEVENTYNINTH_ARTICLES
from fixtures.styles_gold_eightieth import ARTICLES as EIGHTIETH_ARTICLES
from fixtures.styles_gold_eightyfirst import ARTICLES as EIGHTYFIRST_ARTICLES
from fixtures.styles_gold_eightysecond import ARTICLES as EIGHTYSECOND_ARTICLES
from fixtures.styles_gold_eightythird import ARTICLES as EIGHTYTHIRD_ARTICLES
from fixtures.styles_gold_eightyfourth import ARTICLES as EIGHTYFOURTH_ARTICLES
from fixtures.styles_gold_eightyfifth import ARTICLES as EIGHTYFIFTH_ARTICLES
from fixtures.styles_gold_eightysixth import ARTICLES as EIGHTYSIXTH_ARTICLES
from fixtures.styles_gold_eightyseventh import ARTICLES as EIGHTYSEVENTH_ARTICLES
from fixtures.styles_gold_eightyeighth import ARTICLES as EIGHTYEIGHTH_ARTICLES
from fixtures.styles_gold_eightyninth import ARTICLES as EIGHTYNINTH_ARTICLES
from fixtures.styles_gold_ninetieth import ARTICLES as NINETIETH_ARTICLES
from fixtures.styles_gold_ninetyfirst import ARTICLES as NINETYFIRST_ARTICLES
from fixtures.styles_gold_ninetysecond import ARTICLES as NINETYSECOND_ARTICLES
from fixtures.styles_gold_ninetythird import ARTICLES as NINETYTHIRD_ARTICLES
from fixtures.styles_gold_ninetyfourth import ARTICLES as NINETYFOURTH_ARTICLES
from fixtures.styles_gold_ninetyfifth import ARTICLES as NINETYFIFTH_ARTICLES
from fixtures.styles_gold_ninetysixth import ARTICLES as NINETYSIXTH_ARTICLES
from fixtures.styles_gold_ninetyseventh import ARTICLES as NINETYSEVENTH_ARTICLES
from fixtures.styles_gold_ninetyeighth import ARTICLES as NINETYEIGHTH_ARTICLES
from fixtures.styles_gold_ninetyninth import ARTICLES as NINETYNINTH_ARTICLES
from fixtures.styles_gold_hundredth import ARTICLES as HUNDREDTH_ARTICLES
from fixtures.styles_gold_hundredfirst import ARTICLES as HUNDREDFIRST_ARTICLES
from fixtures.styles_gold_hundredsecond import ARTICLES as HUNDREDSECOND_ARTICLES
from fixtures.styles_gold_hundredthird import ARTICLES as HUNDREDTHIRD_ARTICLES
from fixtures.styles_gold_hundredfourth import ARTICLES as HUNDREDFOURTH_ARTICLES
from fixtures.styles_gold_hundredfifth import ARTICLES as HUNDREDFIFTH_ARTICLES
from fixtures.styles_gold_hundredsixth import ARTICLES as HUNDREDSIXTH_ARTICLES
from fixtures.styles_gold_hundredseventh import ARTICLES as HUNDREDSEVENTH_ARTICLES
from fixtures.styles_gold_hundredeighth import ARTICLES as HUNDREDEIGHTH_ARTICLES
from fixtures.styles_gold_hundredninth import ARTICLES as HUNDREDNINTH_ARTICLES
from fixtures.styles_gold_hundredtenth import ARTICLES as HUNDREDTENTH_ARTICLES
from fixtures.styles_gold_hundredeleventh import ARTICLES as HUNDREDELEVENTH_ARTICLES
from fixtures.styles_gold_hundredtwelfth import ARTICLES as HUNDREDTWELFTH_ARTICLES
from fixtures.styles_gold_hundredthirteenth import ARTICLES as HUNDREDTHIRTEENTH_ARTICLES
from fixtures.styles_gold_hundredfourteenth import ARTICLES as HUNDREDFOURTEENTH_ARTICLES
from fixtures.styles_gold_hundredfifteenth import ARTICLES as HUNDREDFIFTEENTH_ARTICLES
from fixtures.styles_gold_hundredsixteenth import ARTICLES as HUNDREDSIXTEENTH_ARTICLES
from fixtures.styles_gold_hundredseventeenth import ARTICLES as HUNDREDSEVENTEENTH_ARTICLES
from fixtures.styles_gold_hundredeighteenth import ARTICLES as HUNDREDEIGHTEENTH_ARTICLES
from fixtures.styles_gold_hundrednineteenth import ARTICLES as HUNDREDNINETEENTH_ARTICLES
from fixtures.styles_gold_hundredtwentieth import ARTICLES as HUNDREDTWENTIETH_ARTICLES
from fixtures.styles_gold_hundredtwentyfirst import ARTICLES as HUNDREDTWENTYFIRST_ARTICLES
from fixtures.styles_gold_hundredtwentysecond import ARTICLES as HUNDREDTWENTYSECOND_ARTICLES
from fixtures.styles_gold_hundredtwentythird import ARTICLES as HUNDREDTWENTYTHIRD_ARTICLES
from fixtures.styles_gold_hundredtwentyfourth import ARTICLES as HUNDREDTWENTYFOURTH_ARTICLES
from fixtures.styles_gold_hundredtwentyfifth import ARTICLES as HUNDREDTWENTYFIFTH_ARTICLES
from fixtures.styles_gold_hundredtwentysixth import ARTICLES as HUNDREDTWENTYSIXTH_ARTICLES
from fixtures.styles_gold_hundredtwentyseventh import ARTICLES as HUNDREDTWENTYSEVENTH_ARTICLES
from fixtures.styles_gold_hundredtwentyeighth import ARTICLES as HUNDREDTWENTYEIGHTH_ARTICLES
from fixtures.styles_gold_hundredtwentyninth import ARTICLES as HUNDREDTWENTYNINTH_ARTICLES
from fixtures.styles_gold_hundredthirtieth import ARTICLES as HUNDREDTHIRTIETH_ARTICLES
from fixtures.styles_gold_hundredthirtyfirst import ARTICLES as HUNDREDTHIRTYFIRST_ARTICLES
from fixtures.styles_gold_hundredthirtysecond import ARTICLES as HUNDREDTHIRTYSECOND_ARTICLES
from fixtures.styles_gold_hundredthirtythird import ARTICLES as HUNDREDTHIRTYTHIRD_ARTICLES
from fixtures.styles_gold_hundredthirtyfourth import ARTICLES as HUNDREDTHIRTYFOURTH_ARTICLES
from fixtures.styles_gold_hundredthirtyfifth import ARTICLES as HUNDREDTHIRTYFIFTH_ARTICLES
from fixtures.styles_gold_hundredthirtysixth import ARTICLES as HUNDREDTHIRTYSIXTH_ARTICLES
from fixtures.styles_gold_hundredthirtyseventh import ARTICLES as HUNDREDTHIRTYSEVENTH_ARTICLES
from fixtures.styles_gold_hundredthirtyeighth import ARTICLES as HUNDREDTHIRTYEIGHTH_ARTICLES
from fixtures.styles_gold_hundredthirtyninth import ARTICLES as HUNDREDTHIRTYNINTH_ARTICLES
from fixtures.styles_gold_hundredfortieth import ARTICLES as HUNDREDFORTIETH_ARTICLES
from fixtures.styles_gold_hundredfortyfirst import ARTICLES as HUNDREDFORTYFIRST_ARTICLES
from fixtures.styles_gold_hundredfortysecond import ARTICLES as HUNDREDFORTYSECOND_ARTICLES
from fixtures.styles_gold_hundredfortythird import ARTICLES as HUNDREDFORTYTHIRD_ARTICLES
from fixtures.styles_gold_hundredfortyfourth import ARTICLES as HUNDREDFORTYFOURTH_ARTICLES
from fixtures.styles_gold_hundredfortyfifth import ARTICLES as HUNDREDFORTYFIFTH_ARTICLES
from fixtures.styles_gold_hundredfortysixth import ARTICLES as HUNDREDFORTYSIXTH_ARTICLES
from fixtures.styles_gold_hundredfortyseventh import ARTICLES as HUNDREDFORTYSEVENTH_ARTICLES
from fixtures.styles_gold_hundredfortyeighth import ARTICLES as HUNDREDFORTYEIGHTH_ARTICLES
from fixtures.styles_gold_hundredfortyninth import ARTICLES as HUNDREDFORTYNINTH_ARTICLES
from fixtures.styles_gold_hundredfiftieth import ARTICLES as HUNDREDFIFTIETH_ARTICLES
from fixtures.styles_gold_hundredfiftyfirst import ARTICLES as HUNDREDFIFTYFIRST_ARTICLES
from fixtures.styles_gold_hundredfiftysecond import ARTICLES as HUNDREDFIFTYSECOND_ARTICLES
from fixtures.styles_gold_hundredfiftythird import ARTICLES as HUNDREDFIFTYTHIRD_ARTICLES
from fixtures.styles_gold_hundredfiftyfourth import ARTICLES as HUNDREDFIFTYFOURTH_ARTICLES
from fixtures.styles_gold_hundredfiftyfifth import ARTICLES as HUNDREDFIFTYFIFTH_ARTICLES
from fixtures.styles_gold_hundredfiftysixth import ARTICLES as HUNDREDFIFTYSIXTH_ARTICLES
from fixtures.styles_gold_hundredfiftyseventh import ARTICLES as HUNDREDFIFTYSEVENTH_ARTICLES
from fixtures.styles_gold_hundredfiftyeighth import ARTICLES as HUNDREDFIFTYEIGHTH_ARTICLES
from fixtures.styles_gold_hundredfiftyninth import ARTICLES as HUNDREDFIFTYNINTH_ARTICLES
from fixtures.styles_gold_hundredsixtieth import ARTICLES as HUNDREDSIXTIETH_ARTICLES
from fixtures.styles_gold_hundredsixtyfirst import ARTICLES as HUNDREDSIXTYFIRST_ARTICLES
from fixtures.styles_gold_hundredsixtysecond import ARTICLES as HUNDREDSIXTYSECOND_ARTICLES
from fixtures.styles_gold_hundredsixtythird import ARTICLES as HUNDREDSIXTYTHIRD_ARTICLES
from fixtures.styles_gold_hundredsixtyfourth import ARTICLES as HUNDREDSIXTYFOURTH_ARTICLES
from fixtures.styles_gold_hundredsixtyfifth import ARTICLES as HUNDREDSIXTYFIFTH_ARTICLES
from fixtures.styles_gold_hundredsixtysixth import ARTICLES as HUNDREDSIXTYSIXTH_ARTICLES
from fixtures.styles_gold_hundredsixtyseventh import ARTICLES as HUNDREDSIXTYSEVENTH_ARTICLES
from fixtures.styles_gold_hundredsixtyeighth import ARTICLES as HUNDREDSIXTYEIGHTH_ARTICLES
from fixtures.styles_gold_hundredsixtyninth import ARTICLES as HUNDREDSIXTYNINTH_ARTICLES
from fixtures.styles_gold_hundredseventieth import ARTICLES as HUNDREDSEVENTIETH_ARTICLES
from fixtures.styles_gold_hundredseventyfirst import ARTICLES as HUNDREDSEVENTYFIRST_ARTICLES
from fixtures.styles_gold_hundredseventysecond import ARTICLES as HUNDREDSEVENTYSECOND_ARTICLES
from fixtures.styles_gold_hundredseventythird import ARTICLES as HUNDREDSEVENTYTHIRD_ARTICLES
from fixtures.styles_gold_hundredseventyfourth import ARTICLES as HUNDREDSEVENTYFOURTH_ARTICLES
from fixtures.styles_gold_hundredseventyfifth import ARTICLES as HUNDREDSEVENTYFIFTH_ARTICLES
from fixtures.styles_gold_hundredseventysixth import ARTICLES as HUNDREDSEVENTYSIXTH_ARTICLES
from fixtures.styles_gold_hundredseventyseventh import ARTICLES as HUNDREDSEVENTYSEVENTH_ARTICLES
from fixtures.styles_gold_hundredseventyeighth import ARTICLES as HUNDREDSEVENTYEIGHTH_ARTICLES
from fixtures.styles_gold_hundredseventyninth import ARTICLES as HUNDREDSEVENTYNINTH_ARTICLES
from fixtures.styles_gold_hundredeightieth import ARTICLES as HUNDREDEIGHTIETH_ARTICLES
from fixtures.styles_gold_hundredeightyfirst import ARTICLES as HUNDREDEIGHTYFIRST_ARTICLES
from fixtures.styles_gold_hundredeightysecond import ARTICLES as HUNDREDEIGHTYSECOND_ARTICLES
from fixtures.styles_gold_hundredeightythird import ARTICLES as HUNDREDEIGHTYTHIRD_ARTICLES
from fixtures.styles_gold_hundredeightyfourth import ARTICLES as HUNDREDEIGHTYFOURTH_ARTICLES
from onrecord.evaluate import evaluate

# floors per collection: quoted F1 @0.8, content F1 @0.3, speaker accuracy, name accuracy, end-to-end F1
FLOORS = {"styles": (0.95, 0.9, 0.95, 0.9, 0.9), "more": (0.95, 0.9, 0.95, 0.85, 0.85),
          "third": (0.95, 0.95, 0.95, 0.9, 0.95), "fourth": (0.95, 0.95, 0.95, 0.85, 0.95),
          "fifth": (0.95, 0.9, 0.95, 0.85, 0.9), "sixth": (0.95, 0.95, 0.95, 0.9, 0.95),
          "seventh": (0.9, 0.9, 0.95, 0.85, 0.9), "eighth": (0.95, 0.9, 0.95, 0.9, 0.9),
          "ninth": (0.95, 0.9, 0.95, 0.9, 0.9), "tenth": (0.9, 0.9, 0.95, 0.85, 0.9),
          "eleventh": (0.85, 0.9, 0.95, 0.8, 0.85), "twelfth": (0.95, 0.95, 0.95, 0.85, 0.95),
          "thirteenth": (0.9, 0.9, 0.95, 0.8, 0.9), "fourteenth": (0.85, 0.95, 0.95, 0.95, 0.9),
          "fifteenth": (0.95, 0.9, 0.9, 0.75, 0.85), "sixteenth": (0.95, 0.95, 0.95, 0.9, 0.95),
          "seventeenth": (0.9, 0.9, 0.95, 0.9, 0.85), "eighteenth": (0.95, 0.95, 0.95, 0.75, 0.95),
          "nineteenth": (0.95, 0.9, 0.95, 0.8, 0.9), "twentieth": (0.95, 0.95, 0.95, 0.85, 0.95),
          "twentyfirst": (0.9, 0.9, 0.95, 0.9, 0.9), "twentysecond": (0.9, 0.9, 0.95, 0.85, 0.9),
          "twentythird": (0.9, 0.9, 0.95, 0.75, 0.9), "twentyfourth": (0.95, 0.95, 0.95, 0.85, 0.95),
          "twentyfifth": (0.95, 0.9, 0.95, 0.8, 0.9), "twentysixth": (0.9, 0.95, 0.95, 0.8, 0.95),
          "twentyseventh": (0.95, 0.95, 0.95, 0.75, 0.9), "twentyeighth": (0.85, 0.9, 0.95, 0.8, 0.85),
          "twentyninth": (0.95, 0.95, 0.95, 0.85, 0.9), "thirtieth": (0.95, 0.95, 0.95, 0.75, 0.95),
          "thirtyfirst": (0.95, 0.95, 0.95, 0.8, 0.95), "thirtysecond": (0.95, 0.95, 0.95, 0.9, 0.95),
          "thirtythird": (0.95, 0.9, 0.95, 0.8, 0.85), "thirtyfourth": (0.95, 0.95, 0.95, 0.8, 0.95),
          "thirtyfifth": (0.9, 0.95, 0.95, 0.85, 0.9), "thirtysixth": (0.85, 0.9, 0.95, 0.75, 0.85),
          "thirtyseventh": (0.95, 0.95, 0.95, 0.9, 0.95), "thirtyeighth": (0.95, 0.95, 0.95, 0.85, 0.95),
          "thirtyninth": (0.9, 0.9, 0.95, 0.75, 0.9), "fortieth": (0.95, 0.95, 0.95, 0.8, 0.9),
          "fortyfirst": (0.9, 0.9, 0.95, 0.85, 0.9), "fortysecond": (0.95, 0.9, 0.9, 0.75, 0.85),
          "fortythird": (0.95, 0.95, 0.95, 0.8, 0.9), "fortyfourth": (0.95, 0.9, 0.95, 0.9, 0.9),
          "fortyfifth": (0.95, 0.95, 0.95, 0.8, 0.95), "fortysixth": (0.95, 0.95, 0.95, 0.9, 0.95),
          "fortyseventh": (0.95, 0.95, 0.95, 0.85, 0.95), "fortyeighth": (0.95, 0.9, 0.95, 0.85, 0.9),
          "fortyninth": (0.9, 0.95, 0.95, 0.85, 0.95), "fiftieth": (0.95, 0.95, 0.95, 0.85, 0.95),
          "fiftyfirst": (0.95, 0.95, 0.95, 0.8, 0.9), "fiftysecond": (0.95, 0.9, 0.95, 0.8, 0.9),
          "fiftythird": (0.9, 0.85, 0.95, 0.85, 0.85), "fiftyfourth": (0.9, 0.85, 0.95, 0.8, 0.8),
          "fiftyfifth": (0.95, 0.95, 0.95, 0.85, 0.95), "fiftysixth": (0.95, 0.95, 0.95, 0.75, 0.9),
          "fiftyseventh": (0.9, 0.85, 0.95, 0.9, 0.8), "fiftyeighth": (0.95, 0.95, 0.95, 0.8, 0.9),
          "fiftyninth": (0.95, 0.95, 0.95, 0.85, 0.95), "sixtieth": (0.9, 0.9, 0.95, 0.95, 0.9),
          "sixtyfirst": (0.95, 0.95, 0.95, 0.9, 0.95), "sixtysecond": (0.95, 0.95, 0.95, 0.8, 0.9),
          "sixtythird": (0.95, 0.95, 0.95, 0.8, 0.95), "sixtyfourth": (0.95, 0.9, 0.95, 0.9, 0.9),
          "sixtyfifth": (0.95, 0.9, 0.95, 0.85, 0.9), "sixtysixth": (0.95, 0.9, 0.95, 0.9, 0.9),
          "sixtyseventh": (0.95, 0.95, 0.95, 0.75, 0.95), "sixtyeighth": (0.95, 0.95, 0.95, 0.95, 0.95),
          "sixtyninth": (0.95, 0.95, 0.95, 0.9, 0.95), "seventieth": (0.95, 0.95, 0.95, 0.75, 0.9),
          "seventyfirst": (0.9, 0.9, 0.95, 0.85, 0.9), "seventysecond": (0.95, 0.95, 0.95, 0.9, 0.95),
          "seventythird": (0.9, 0.9, 0.95, 0.9, 0.9), "seventyfourth": (0.9, 0.9, 0.95, 0.9, 0.9),
          "seventyfifth": (0.95, 0.9, 0.95, 0.9, 0.9), "seventysixth": (0.85, 0.85, 0.95, 0.75, 0.85),
          "seventyseventh": (0.9, 0.9, 0.95, 0.95, 0.85), "seventyeighth": (0.95, 0.95, 0.95, 0.85, 0.95),
          "seventyninth": (0.95, 0.95, 0.95, 0.85, 0.95), "eightieth": (0.85, 0.9, 0.95, 0.9, 0.9),
          "eightyfirst": (0.95, 0.9, 0.95, 0.85, 0.9), "eightysecond": (0.85, 0.85, 0.95, 0.75, 0.85),
          "eightythird": (0.95, 0.9, 0.95, 0.9, 0.9), "eightyfourth": (0.95, 0.9, 0.95, 0.85, 0.85),
          "eightyfifth": (0.95, 0.9, 0.95, 0.9, 0.9), "eightysixth": (0.9, 0.85, 0.95, 0.9, 0.85),
          "eightyseventh": (0.9, 0.9, 0.95, 0.85, 0.9), "eightyeighth": (0.95, 0.85, 0.95, 0.9, 0.85),
          "eightyninth": (0.9, 0.9, 0.95, 0.85, 0.9), "ninetieth": (0.9, 0.85, 0.95, 0.8, 0.85),
          "ninetyfirst": (0.9, 0.9, 0.95, 0.8, 0.9), "ninetysecond": (0.9, 0.9, 0.95, 0.8, 0.9),
          "ninetythird": (0.9, 0.9, 0.95, 0.8, 0.9),
          "ninetyfourth": (0.95, 0.9, 0.95, 0.8, 0.9),
          "ninetyfifth": (0.85, 0.85, 0.95, 0.85, 0.85),
          "ninetysixth": (0.95, 0.9, 0.95, 0.8, 0.9),
          "ninetyseventh": (0.9, 0.9, 0.9, 0.65, 0.85),
          "ninetyeighth": (0.95, 0.9, 0.95, 0.8, 0.9),
          "ninetyninth": (0.85, 0.85, 0.95, 0.8, 0.85),
          "hundredth": (0.85, 0.9, 0.95, 0.75, 0.85),
          "hundredfirst": (0.95, 0.9, 0.95, 0.85, 0.9),
          "hundredsecond": (0.9, 0.9, 0.95, 0.85, 0.9),
          "hundredthird": (0.9, 0.9, 0.95, 0.75, 0.9),
          "hundredfourth": (0.9, 0.9, 0.95, 0.85, 0.9), "hundredfifth": (0.9, 0.9, 0.95, 0.8, 0.9),
          "hundredsixth": (0.95, 0.9, 0.95, 0.8, 0.9), "hundredseventh": (0.9, 0.9, 0.95, 0.8, 0.9),
          "hundredeighth": (0.9, 0.9, 0.95, 0.85, 0.9), "hundredninth": (0.9, 0.9, 0.95, 0.75, 0.9),
          "hundredtenth": (0.95, 0.85, 0.95, 0.75, 0.85), "hundredeleventh": (0.85, 0.9, 0.95, 0.8, 0.85),
          "hundredtwelfth": (0.95, 0.9, 0.95, 0.75, 0.9), "hundredthirteenth": (0.9, 0.95, 0.95, 0.8, 0.95),
          "hundredfourteenth": (0.9, 0.9, 0.95, 0.85, 0.9), "hundredfifteenth": (0.85, 0.85, 0.95, 0.8, 0.85),
          "hundredsixteenth": (0.9, 0.85, 0.95, 0.85, 0.85), "hundredseventeenth": (0.9, 0.9, 0.95, 0.85, 0.9),
          "hundredeighteenth": (0.95, 0.9, 0.95, 0.8, 0.9), "hundrednineteenth": (0.9, 0.9, 0.95, 0.8, 0.9),
          "hundredtwentieth": (0.95, 0.9, 0.95, 0.75, 0.9), "hundredtwentyfirst": (0.95, 0.9, 0.95, 0.8, 0.9),
          "hundredtwentysecond": (0.95, 0.9, 0.9, 0.75, 0.85), "hundredtwentythird": (0.95, 0.9, 0.95, 0.75, 0.9),
          "hundredtwentyfourth": (0.8, 0.9, 0.95, 0.75, 0.85), "hundredtwentyfifth": (0.9, 0.9, 0.95, 0.85, 0.9),
          "hundredtwentysixth": (0.9, 0.9, 0.95, 0.75, 0.85), "hundredtwentyseventh": (0.9, 0.85, 0.95, 0.75, 0.85),
          "hundredtwentyeighth": (0.9, 0.9, 0.95, 0.75, 0.9), "hundredtwentyninth": (0.9, 0.9, 0.95, 0.8, 0.9),
          "hundredthirtieth": (0.85, 0.9, 0.95, 0.8, 0.9), "hundredthirtyfirst": (0.85, 0.9, 0.95, 0.75, 0.9),
          "hundredthirtysecond": (0.85, 0.9, 0.9, 0.75, 0.85), "hundredthirtythird": (0.85, 0.85, 0.9, 0.8, 0.85),
          "hundredthirtyfourth": (0.9, 0.9, 0.95, 0.9, 0.85), "hundredthirtyfifth": (0.95, 0.9, 0.95, 0.8, 0.9),
          "hundredthirtysixth": (0.95, 0.95, 0.95, 0.8, 0.9), "hundredthirtyseventh": (0.9, 0.9, 0.95, 0.85, 0.9),
          "hundredthirtyeighth": (0.9, 0.85, 0.95, 0.85, 0.85), "hundredthirtyninth": (0.9, 0.9, 0.95, 0.85, 0.85),
          "hundredfortieth": (0.95, 0.9, 0.95, 0.8, 0.9), "hundredfortyfirst": (0.95, 0.95, 0.95, 0.85, 0.95),
          "hundredfortysecond": (0.9, 0.95, 0.95, 0.8, 0.95), "hundredfortythird": (0.9, 0.95, 0.95, 0.9, 0.9),
          "hundredfortyfourth": (0.85, 0.9, 0.95, 0.9, 0.85), "hundredfortyfifth": (0.95, 0.9, 0.95, 0.95, 0.9),
          "hundredfortysixth": (0.9, 0.9, 0.95, 0.85, 0.9), "hundredfortyseventh": (0.9, 0.9, 0.95, 0.85, 0.9),
          "hundredfortyeighth": (0.95, 0.95, 0.95, 0.9, 0.9), "hundredfortyninth": (0.95, 0.95, 0.95, 0.8, 0.95),
          "hundredfiftieth": (0.85, 0.9, 0.95, 0.85, 0.9), "hundredfiftyfirst": (0.95, 0.9, 0.95, 0.9, 0.9),
          "hundredfiftysecond": (0.9, 0.9, 0.95, 0.8, 0.85), "hundredfiftythird": (0.95, 0.9, 0.95, 0.9, 0.9),
          "hundredfiftyfourth": (0.95, 0.9, 0.95, 0.9, 0.9), "hundredfiftyfifth": (0.9, 0.95, 0.95, 0.85, 0.9),
          "hundredfiftysixth": (0.9, 0.95, 0.95, 0.8, 0.9), "hundredfiftyseventh": (0.9, 0.95, 0.95, 0.85, 0.9),
          "hundredfiftyeighth": (0.95, 0.95, 0.95, 0.9, 0.9),
          "hundredfiftyninth": (0.9, 0.9, 0.95, 0.9, 0.9),
          "hundredsixtieth": (0.95, 0.95, 0.95, 0.9, 0.9),
          "hundredsixtyfirst": (0.95, 0.95, 0.95, 0.9, 0.95),
          "hundredsixtysecond": (0.9, 0.95, 0.95, 0.9, 0.95),
          "hundredsixtythird": (0.95, 0.95, 0.95, 0.95, 0.95),
          "hundredsixtyfourth": (0.95, 0.95, 0.95, 0.9, 0.95),
          "hundredsixtyfifth": (0.95, 0.95, 0.95, 0.95, 0.95),
          "hundredsixtysixth": (0.95, 0.9, 0.95, 0.85, 0.9),
          "hundredsixtyseventh": (0.95, 0.9, 0.95, 0.85, 0.85),
          "hundredsixtyeighth": (0.9, 0.95, 0.95, 0.85, 0.95),
          "hundredsixtyninth": (0.95, 0.95, 0.95, 0.9, 0.95),
          "hundredseventieth": (0.95, 0.95, 0.95, 0.9, 0.9),
          "hundredseventyfirst": (0.95, 0.95, 0.95, 0.9, 0.95),
          "hundredseventysecond": (0.95, 0.95, 0.95, 0.85, 0.95),
          "hundredseventythird": (0.95, 0.95, 0.95, 0.9, 0.95),
          "hundredseventyfourth": (0.95, 0.95, 0.95, 0.95, 0.95),
          "hundredseventyfifth": (0.95, 0.9, 0.95, 0.95, 0.9),
          "hundredseventysixth": (0.95, 0.95, 0.95, 0.95, 0.95),
          "hundredseventyseventh": (0.95, 0.95, 0.95, 0.95, 0.95),
          "hundredseventyeighth": (0.95, 0.95, 0.95, 0.9, 0.9),
          "hundredseventyninth": (0.9, 0.95, 0.95, 0.95, 0.95),
          "hundredeightieth": (0.9, 0.95, 0.95, 0.9, 0.9),
          "hundredeightyfirst": (0.85, 0.95, 0.95, 0.9, 0.9),
          "hundredeightysecond": (0.85, 0.9, 0.95, 0.9, 0.9),
          "hundredeightythird": (0.9, 0.9, 0.95, 0.9, 0.9),
          "hundredeightyfourth": (0.85, 0.9, 0.95, 0.85, 0.85)}
COLLECTIONS = {"styles": ARTICLES, "more": MORE_ARTICLES, "third": THIRD_ARTICLES,
               "fourth": FOURTH_ARTICLES, "fifth": FIFTH_ARTICLES, "sixth": SIXTH_ARTICLES,
               "seventh": SEVENTH_ARTICLES, "eighth": EIGHTH_ARTICLES,
               "ninth": NINTH_ARTICLES, "tenth": TENTH_ARTICLES,
               "eleventh": ELEVENTH_ARTICLES, "twelfth": TWELFTH_ARTICLES,
               "thirteenth": THIRTEENTH_ARTICLES, "fourteenth": FOURTEENTH_ARTICLES,
               "fifteenth": FIFTEENTH_ARTICLES, "sixteenth": SIXTEENTH_ARTICLES,
               "seventeenth": SEVENTEENTH_ARTICLES,
               "eighteenth": EIGHTEENTH_ARTICLES, "nineteenth": NINETEENTH_ARTICLES,
               "twentieth": TWENTIETH_ARTICLES, "twentyfirst": TWENTYFIRST_ARTICLES,
               "twentysecond": TWENTYSECOND_ARTICLES, "twentythird": TWENTYTHIRD_ARTICLES,
               "twentyfourth": TWENTYFOURTH_ARTICLES, "twentyfifth": TWENTYFIFTH_ARTICLES,
               "twentysixth": TWENTYSIXTH_ARTICLES, "twentyseventh": TWENTYSEVENTH_ARTICLES,
               "twentyeighth": TWENTYEIGHTH_ARTICLES, "twentyninth": TWENTYNINTH_ARTICLES,
               "thirtieth": THIRTIETH_ARTICLES, "thirtyfirst": THIRTYFIRST_ARTICLES,
               "thirtysecond": THIRTYSECOND_ARTICLES, "thirtythird": THIRTYTHIRD_ARTICLES,
               "thirtyfourth": THIRTYFOURTH_ARTICLES, "thirtyfifth": THIRTYFIFTH_ARTICLES,
               "thirtysixth": THIRTYSIXTH_ARTICLES, "thirtyseventh": THIRTYSEVENTH_ARTICLES,
               "thirtyeighth": THIRTYEIGHTH_ARTICLES, "thirtyninth": THIRTYNINTH_ARTICLES,
               "fortieth": FORTIETH_ARTICLES, "fortyfirst": FORTYFIRST_ARTICLES, "fortysecond": FORTYSECOND_ARTICLES,
               "fortythird": FORTYTHIRD_ARTICLES, "fortyfourth": FORTYFOURTH_ARTICLES,
               "fortyfifth": FORTYFIFTH_ARTICLES, "fortysixth": FORTYSIXTH_ARTICLES,
               "fortyseventh": FORTYSEVENTH_ARTICLES, "fortyeighth": FORTYEIGHTH_ARTICLES,
               "fortyninth": FORTYNINTH_ARTICLES, "fiftieth": FIFTIETH_ARTICLES, "fiftyfirst": FIFTYFIRST_ARTICLES,
               "fiftysecond": FIFTYSECOND_ARTICLES, "fiftythird": FIFTYTHIRD_ARTICLES,
               "fiftyfourth": FIFTYFOURTH_ARTICLES, "fiftyfifth": FIFTYFIFTH_ARTICLES,
               "fiftysixth": FIFTYSIXTH_ARTICLES, "fiftyseventh": FIFTYSEVENTH_ARTICLES,
               "fiftyeighth": FIFTYEIGHTH_ARTICLES, "fiftyninth": FIFTYNINTH_ARTICLES, "sixtieth": SIXTIETH_ARTICLES,
               "sixtyfirst": SIXTYFIRST_ARTICLES, "sixtysecond": SIXTYSECOND_ARTICLES,
               "sixtythird": SIXTYTHIRD_ARTICLES, "sixtyfourth": SIXTYFOURTH_ARTICLES,
               "sixtyfifth": SIXTYFIFTH_ARTICLES, "sixtysixth": SIXTYSIXTH_ARTICLES,
               "sixtyseventh": SIXTYSEVENTH_ARTICLES, "sixtyeighth": SIXTYEIGHTH_ARTICLES,
               "sixtyninth": SIXTYNINTH_ARTICLES, "seventieth": SEVENTIETH_ARTICLES,
               "seventyfirst": SEVENTYFIRST_ARTICLES, "seventysecond": SEVENTYSECOND_ARTICLES,
               "seventythird": SEVENTYTHIRD_ARTICLES, "seventyfourth": SEVENTYFOURTH_ARTICLES,
               "seventyfifth": SEVENTYFIFTH_ARTICLES, "seventysixth": SEVENTYSIXTH_ARTICLES,
               "seventyseventh": SEVENTYSEVENTH_ARTICLES, "seventyeighth": SEVENTYEIGHTH_ARTICLES,
               "seventyninth": SEVENTYNINTH_ARTICLES, "eightieth": EIGHTIETH_ARTICLES,
               "eightyfirst": EIGHTYFIRST_ARTICLES, "eightysecond": EIGHTYSECOND_ARTICLES,
               "eightythird": EIGHTYTHIRD_ARTICLES, "eightyfourth": EIGHTYFOURTH_ARTICLES,
               "eightyfifth": EIGHTYFIFTH_ARTICLES, "eightysixth": EIGHTYSIXTH_ARTICLES,
               "eightyseventh": EIGHTYSEVENTH_ARTICLES, "eightyeighth": EIGHTYEIGHTH_ARTICLES,
               "eightyninth": EIGHTYNINTH_ARTICLES, "ninetieth": NINETIETH_ARTICLES,
               "ninetyfirst": NINETYFIRST_ARTICLES, "ninetysecond": NINETYSECOND_ARTICLES,
               "ninetythird": NINETYTHIRD_ARTICLES,
               "ninetyfourth": NINETYFOURTH_ARTICLES,
               "ninetyfifth": NINETYFIFTH_ARTICLES,
               "ninetysixth": NINETYSIXTH_ARTICLES,
               "ninetyseventh": NINETYSEVENTH_ARTICLES,
               "ninetyeighth": NINETYEIGHTH_ARTICLES,
               "ninetyninth": NINETYNINTH_ARTICLES,
               "hundredth": HUNDREDTH_ARTICLES,
               "hundredfirst": HUNDREDFIRST_ARTICLES,
               "hundredsecond": HUNDREDSECOND_ARTICLES,
               "hundredthird": HUNDREDTHIRD_ARTICLES,
               "hundredfourth": HUNDREDFOURTH_ARTICLES, "hundredfifth": HUNDREDFIFTH_ARTICLES,
               "hundredsixth": HUNDREDSIXTH_ARTICLES, "hundredseventh": HUNDREDSEVENTH_ARTICLES,
               "hundredeighth": HUNDREDEIGHTH_ARTICLES, "hundredninth": HUNDREDNINTH_ARTICLES,
               "hundredtenth": HUNDREDTENTH_ARTICLES, "hundredeleventh": HUNDREDELEVENTH_ARTICLES,
               "hundredtwelfth": HUNDREDTWELFTH_ARTICLES, "hundredthirteenth": HUNDREDTHIRTEENTH_ARTICLES,
               "hundredfourteenth": HUNDREDFOURTEENTH_ARTICLES, "hundredfifteenth": HUNDREDFIFTEENTH_ARTICLES,
               "hundredsixteenth": HUNDREDSIXTEENTH_ARTICLES, "hundredseventeenth": HUNDREDSEVENTEENTH_ARTICLES,
               "hundredeighteenth": HUNDREDEIGHTEENTH_ARTICLES, "hundrednineteenth": HUNDREDNINETEENTH_ARTICLES,
               "hundredtwentieth": HUNDREDTWENTIETH_ARTICLES, "hundredtwentyfirst": HUNDREDTWENTYFIRST_ARTICLES,
               "hundredtwentysecond": HUNDREDTWENTYSECOND_ARTICLES,
               "hundredtwentythird": HUNDREDTWENTYTHIRD_ARTICLES,
               "hundredtwentyfourth": HUNDREDTWENTYFOURTH_ARTICLES,
               "hundredtwentyfifth": HUNDREDTWENTYFIFTH_ARTICLES,
               "hundredtwentysixth": HUNDREDTWENTYSIXTH_ARTICLES,
               "hundredtwentyseventh": HUNDREDTWENTYSEVENTH_ARTICLES,
               "hundredtwentyeighth": HUNDREDTWENTYEIGHTH_ARTICLES,
               "hundredtwentyninth": HUNDREDTWENTYNINTH_ARTICLES,
               "hundredthirtieth": HUNDREDTHIRTIETH_ARTICLES,
               "hundredthirtyfirst": HUNDREDTHIRTYFIRST_ARTICLES,
               "hundredthirtysecond": HUNDREDTHIRTYSECOND_ARTICLES,
               "hundredthirtythird": HUNDREDTHIRTYTHIRD_ARTICLES,
               "hundredthirtyfourth": HUNDREDTHIRTYFOURTH_ARTICLES,
               "hundredthirtyfifth": HUNDREDTHIRTYFIFTH_ARTICLES,
               "hundredthirtysixth": HUNDREDTHIRTYSIXTH_ARTICLES,
               "hundredthirtyseventh": HUNDREDTHIRTYSEVENTH_ARTICLES,
               "hundredthirtyeighth": HUNDREDTHIRTYEIGHTH_ARTICLES,
               "hundredthirtyninth": HUNDREDTHIRTYNINTH_ARTICLES,
               "hundredfortieth": HUNDREDFORTIETH_ARTICLES,
               "hundredfortyfirst": HUNDREDFORTYFIRST_ARTICLES,
               "hundredfortysecond": HUNDREDFORTYSECOND_ARTICLES, "hundredfortythird": HUNDREDFORTYTHIRD_ARTICLES,
               "hundredfortyfourth": HUNDREDFORTYFOURTH_ARTICLES, "hundredfortyfifth": HUNDREDFORTYFIFTH_ARTICLES,
               "hundredfortysixth": HUNDREDFORTYSIXTH_ARTICLES, "hundredfortyseventh": HUNDREDFORTYSEVENTH_ARTICLES,
               "hundredfortyeighth": HUNDREDFORTYEIGHTH_ARTICLES, "hundredfortyninth": HUNDREDFORTYNINTH_ARTICLES,
               "hundredfiftieth": HUNDREDFIFTIETH_ARTICLES, "hundredfiftyfirst": HUNDREDFIFTYFIRST_ARTICLES,
               "hundredfiftysecond": HUNDREDFIFTYSECOND_ARTICLES, "hundredfiftythird": HUNDREDFIFTYTHIRD_ARTICLES,
               "hundredfiftyfourth": HUNDREDFIFTYFOURTH_ARTICLES, "hundredfiftyfifth": HUNDREDFIFTYFIFTH_ARTICLES,
               "hundredfiftysixth": HUNDREDFIFTYSIXTH_ARTICLES,
               "hundredfiftyseventh": HUNDREDFIFTYSEVENTH_ARTICLES,
               "hundredfiftyeighth": HUNDREDFIFTYEIGHTH_ARTICLES,
               "hundredfiftyninth": HUNDREDFIFTYNINTH_ARTICLES,
               "hundredsixtieth": HUNDREDSIXTIETH_ARTICLES,
               "hundredsixtyfirst": HUNDREDSIXTYFIRST_ARTICLES,
               "hundredsixtysecond": HUNDREDSIXTYSECOND_ARTICLES,
               "hundredsixtythird": HUNDREDSIXTYTHIRD_ARTICLES,
               "hundredsixtyfourth": HUNDREDSIXTYFOURTH_ARTICLES,
               "hundredsixtyfifth": HUNDREDSIXTYFIFTH_ARTICLES,
               "hundredsixtysixth": HUNDREDSIXTYSIXTH_ARTICLES,
               "hundredsixtyseventh": HUNDREDSIXTYSEVENTH_ARTICLES,
               "hundredsixtyeighth": HUNDREDSIXTYEIGHTH_ARTICLES,
               "hundredsixtyninth": HUNDREDSIXTYNINTH_ARTICLES,
               "hundredseventieth": HUNDREDSEVENTIETH_ARTICLES,
               "hundredseventyfirst": HUNDREDSEVENTYFIRST_ARTICLES,
               "hundredseventysecond": HUNDREDSEVENTYSECOND_ARTICLES,
               "hundredseventythird": HUNDREDSEVENTYTHIRD_ARTICLES,
               "hundredseventyfourth": HUNDREDSEVENTYFOURTH_ARTICLES,
               "hundredseventyfifth": HUNDREDSEVENTYFIFTH_ARTICLES,
               "hundredseventysixth": HUNDREDSEVENTYSIXTH_ARTICLES,
               "hundredseventyseventh": HUNDREDSEVENTYSEVENTH_ARTICLES,
               "hundredseventyeighth": HUNDREDSEVENTYEIGHTH_ARTICLES,
               "hundredseventyninth": HUNDREDSEVENTYNINTH_ARTICLES,
               "hundredeightieth": HUNDREDEIGHTIETH_ARTICLES,
               "hundredeightyfirst": HUNDREDEIGHTYFIRST_ARTICLES,
               "hundredeightysecond": HUNDREDEIGHTYSECOND_ARTICLES,
               "hundredeightythird": HUNDREDEIGHTYTHIRD_ARTICLES,
               "hundredeightyfourth": HUNDREDEIGHTYFOURTH_ARTICLES}


@pytest.fixture(scope="module", params=list(COLLECTIONS))
def report(request, extractor, tmp_path_factory):
    articles = COLLECTIONS[request.param]
    gold = write(tmp_path_factory.mktemp(request.param) / "gold.jsonl", articles)
    return request.param, evaluate(gold, baseline=False, details=True, extractor=extractor)


def test_the_markup_gives_plain_text_and_spans():
    text, quotes = parse("⟨1 He=Tom Varga⟩ ⟪1 said⟫ '⟦1 No.⟧' Then ⟦2 it⟧ ended.")
    assert text == "He said 'No.' Then it ended."
    assert quotes == [{"spans": [[9, 12]], "cue": {"span": [3, 7]}, "speaker": {"span": [0, 2], "name": "Tom Varga"}},
                      {"spans": [[19, 21]]}]


def test_the_collection_holds_every_article():
    records = build()
    assert [r["id"] for r in records] == list(ARTICLES)
    assert all("⟦" not in r["text"] and "=" not in r["text"] for r in records)
    assert sum(len(r["quotes"]) for r in records) == 102


# statements per collection, as each collection's docstring gives them
STATEMENTS = {"styles": 102, "more": 85, "third": 99, "fourth": 129, "fifth": 137, "sixth": 140, "seventh": 154,
              "eighth": 153, "ninth": 121, "tenth": 140, "eleventh": 127, "twelfth": 125,
              "thirteenth": 131, "fourteenth": 133, "fifteenth": 121, "sixteenth": 119, "seventeenth": 126,
              "eighteenth": 132, "nineteenth": 119, "twentieth": 140,
              "twentyfirst": 139, "twentysecond": 134, "twentythird": 132,
              "twentyfourth": 127, "twentyfifth": 126, "twentysixth": 132, "twentyseventh": 135,
              "twentyeighth": 139, "twentyninth": 132, "thirtieth": 124, "thirtyfirst": 124,
              "thirtysecond": 124, "thirtythird": 135, "thirtyfourth": 127, "thirtyfifth": 126,
              "thirtysixth": 133, "thirtyseventh": 128, "thirtyeighth": 134, "thirtyninth": 120, "fortieth": 135,
              "fortyfirst": 137, "fortysecond": 120, "fortythird": 140, "fortyfourth": 139, "fortyfifth": 141,
              "fortysixth": 125, "fortyseventh": 136, "fortyeighth": 119, "fortyninth": 116,
              "fiftieth": 129, "fiftyfirst": 131, "fiftysecond": 118, "fiftythird": 112,
              "fiftyfourth": 119, "fiftyfifth": 114, "fiftysixth": 122, "fiftyseventh": 131, "fiftyeighth": 132,
              "fiftyninth": 125, "sixtieth": 145, "sixtyfirst": 128, "sixtysecond": 136, "sixtythird": 125,
              "sixtyfourth": 123, "sixtyfifth": 125, "sixtysixth": 129, "sixtyseventh": 133, "sixtyeighth": 139,
              "sixtyninth": 129, "seventieth": 122, "seventyfirst": 131, "seventysecond": 125, "seventythird": 128,
              "seventyfourth": 133, "seventyfifth": 116, "seventysixth": 128, "seventyseventh": 128,
              "seventyeighth": 140, "seventyninth": 137, "eightieth": 125, "eightyfirst": 126, "eightysecond": 133,
              "eightythird": 128, "eightyfourth": 135, "eightyfifth": 136, "eightysixth": 136,
              "eightyseventh": 140, "eightyeighth": 138, "eightyninth": 140, "ninetieth": 140,
              "ninetyfirst": 116, "ninetysecond": 114, "ninetythird": 139, "ninetyfourth": 138, "ninetyfifth": 138,
              "ninetysixth": 136, "ninetyseventh": 138, "ninetyeighth": 138, "ninetyninth": 139, "hundredth": 139,
              "hundredfirst": 137, "hundredsecond": 136, "hundredthird": 123, "hundredfourth": 139,
              "hundredfifth": 138, "hundredsixth": 136, "hundredseventh": 135, "hundredeighth": 137,
              "hundredninth": 137, "hundredtenth": 138, "hundredeleventh": 136, "hundredtwelfth": 130,
              "hundredthirteenth": 135, "hundredfourteenth": 136, "hundredfifteenth": 136, "hundredsixteenth": 137,
              "hundredseventeenth": 131, "hundredeighteenth": 136, "hundrednineteenth": 127,
              "hundredtwentieth": 129, "hundredtwentyfirst": 129,
              "hundredtwentysecond": 126, "hundredtwentythird": 138, "hundredtwentyfourth": 123,
              "hundredtwentyfifth": 129, "hundredtwentysixth": 126, "hundredtwentyseventh": 121,
              "hundredtwentyeighth": 104, "hundredtwentyninth": 113, "hundredthirtieth": 136,
              "hundredthirtyfirst": 133, "hundredthirtysecond": 131, "hundredthirtythird": 140,
              "hundredthirtyfourth": 118, "hundredthirtyfifth": 133,
              "hundredthirtysixth": 135, "hundredthirtyseventh": 115, "hundredthirtyeighth": 131,
              "hundredthirtyninth": 139, "hundredfortieth": 124, "hundredfortyfirst": 136,
              "hundredfortysecond": 128, "hundredfortythird": 138, "hundredfortyfourth": 136,
              "hundredfortyfifth": 135, "hundredfortysixth": 134, "hundredfortyseventh": 131,
              "hundredfortyeighth": 140, "hundredfortyninth": 146, "hundredfiftieth": 145,
              "hundredfiftyfirst": 145, "hundredfiftysecond": 143,
              "hundredfiftythird": 152, "hundredfiftyfourth": 146,
              "hundredfiftyfifth": 147, "hundredfiftysixth": 146,
              "hundredfiftyseventh": 147, "hundredfiftyeighth": 150,
              "hundredfiftyninth": 169, "hundredsixtieth": 143,
              "hundredsixtyfirst": 147, "hundredsixtysecond": 160,
              "hundredsixtythird": 154, "hundredsixtyfourth": 149,
              "hundredsixtyfifth": 148, "hundredsixtysixth": 151,
              "hundredsixtyseventh": 137, "hundredsixtyeighth": 137,
              "hundredsixtyninth": 139, "hundredseventieth": 166,
              "hundredseventyfirst": 137, "hundredseventysecond": 153,
              "hundredseventythird": 137, "hundredseventyfourth": 144, "hundredseventyfifth": 139,
              "hundredseventysixth": 147, "hundredseventyseventh": 151, "hundredseventyeighth": 150,
              "hundredseventyninth": 149, "hundredeightieth": 149, "hundredeightyfirst": 144,
              "hundredeightysecond": 150, "hundredeightythird": 146, "hundredeightyfourth": 145}


@pytest.mark.parametrize("name", list(COLLECTIONS)[1:])
def test_each_later_collection_holds_every_article_under_new_ids(name):
    articles = COLLECTIONS[name]
    records = build(articles)
    assert [r["id"] for r in records] == list(articles)
    earlier = set().union(*(COLLECTIONS[other] for other in list(COLLECTIONS)[:list(COLLECTIONS).index(name)]))
    assert not set(articles) & earlier
    assert sum(len(r["quotes"]) for r in records) == STATEMENTS[name]


def test_quotes_in_these_styles_are_found_with_their_boundaries(report):
    name, result = report
    scores, (quoted, content, _, _, _) = result.systems["onrecord"], FLOORS[name]
    # '"A", he told Y, and "B"' is one statement in two parts, in the gold and in the output
    assert scores.quoted["0.8"].f1 >= quoted, scores.details
    assert scores.content["0.3"].f1 >= content, scores.details


def test_speakers_in_these_styles_are_found_and_named(report):
    name, result = report
    scores, (_, _, speaker, names, e2e) = result.systems["onrecord"], FLOORS[name]
    assert scores.speaker.value >= speaker, scores.details
    assert scores.speaker_name.value >= names, scores.details
    assert scores.attribution.f1 >= e2e, scores.details
