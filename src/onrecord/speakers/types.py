"""Speaker types and roles: what kind of source a mention is, and the role the text gives it.

The type is one of ``records.SPEAKER_TYPES``: a person, an organization, an anonymous
source ("a source", "officials"), a document ("the report", "a poll") or unknown. It is
decided from the mention's head word and the named entities inside it, with the small
lexicons below (lemmas, lower case).
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..nlp import PREFIXED_ROLE_WORDS

# Words that name a role or office; a capitalised run that contains one before a name
# ("Defense Minister Hulusi Akar") or a noun phrase headed by one ("the president") is a role.
ROLE_WORDS = frozenset("""
president vice-president president-elect minister secretary senator sen. rep. representative
congressman congresswoman lawmaker legislator governor gov gov. mayor spokesman spokeswoman
spokesperson chairman chairwoman chair ceo cfo coo director chief head leader general gen.
judge justice ambassador envoy commissioner chancellor premier king queen prince princess
candidate nominee attorney prosecutor sheriff officer adviser advisor aide deputy speaker
manager executive founder professor dr. analyst economist coach captain skipper pope patriarch bishop cardinal
rabbi imam colonel col. lt. sgt. sgt sergeant lieutenant corporal trooper detective commander admiral mp capt. maj. adm.
treasurer comptroller strategist pollster magistrate insp supt
editor correspondent anchor host presenter newsreader shopkeeper steward chairperson administrator superintendent
counsel lawyer
negotiator diplomat owner partner president's inspector chaplain marshal councillor councilor
councilman councilwoman councilmember alderman alderwoman assemblyman assemblywoman boss cllr cllr. coun.
coroner challenger incumbent businessman businesswoman billionaire tycoon mogul entrepreneur
mpp mla msp mep mna mha td taoiseach tánaiste tanaiste
archbishop canon archdeacon vicar rector priest pastor moderator curate deacon abbot abbess
headteacher headmaster headmistress principal
quarterback goalkeeper goalie midfielder batsman linebacker
""".split()) | PREFIXED_ROLE_WORDS  # "co-founder", "vice-chancellor": the tokenizer keeps them whole

# The days of the week, lower-cased: a bare one after a cue dates the saying, and no name is one.
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# The letters that make someone a member of a legislature ("the MPP for Kelso North", "the MLA"):
# a role, not a name, though the NER reads them as an organization.
MEMBER_LETTERS = frozenset("mp mpp mla msp mep mna mha td".split())

# Role words that all say "the one who runs it": a headline's "Rail chief" is the body's
# "head of the rail operator", "Union boss" its "union leader".
LEADER_WORDS = frozenset("""
chief head boss leader chairman chairwoman chair chairperson director ceo executive president commissioner
""".split())

# Titles that, written before a capitalised name, make it a person's name whatever the NER
# says ("Mayor Ana Costa" read as an organization after «…»). Titles that also begin names of
# things ("General Motors", "Premier League", "Justice Department", "King County") are left out.
NAME_TITLES = frozenset("""
mayor president minister senator sen. governor gov. representative rep. secretary chancellor
ambassador commissioner congressman congresswoman councillor councilor councilman councilwoman
sheriff prosecutor professor prof. dr. pope patriarch bishop rabbi imam spokesman spokeswoman chairman
chairwoman lawmaker deputy vice-president president-elect mp mep msp mla mpp td councilmember
alderman alderwoman assemblyman assemblywoman assemblymember judge detective sergeant sgt. constable corporal
inspector superintendent trooper
det. insp. supt. const. cpl. lt. col. gen. capt. cmdr. coun. cllr
rev. reverend pastor fr. msgr. leader
canon archdeacon archbishop cardinal monsignor rev
garda dpp coroner magistrate
sgt insp supt cpl lt col maj gen capt brig cmdr adm
asp dsp ssp acp dcp igp aig
""".split())  # ("Sgt Nuala Cashin", "Insp Ana Reyes", "Lt Col Ana Reyes": British and Irish copy drops the full stop;
# the last: police ranks of African and South Asian forces, "ASP Immaculate Tusiime")

# Relatives and acquaintances: people, described by whose they are ("Tom's brother").
KIN_WORDS = frozenset("""
brother sister mother father son daughter wife husband uncle aunt cousin nephew niece grandmother
grandfather grandson granddaughter parent parents friend neighbour neighbor partner fiancé fiancée
widow widower girlfriend boyfriend mom mum dad grandma grandpa
""".split())

# Nouns that describe a person by what they are or do; "the retired teacher", "the mother of
# three" after a name is that person (a news epithet), with the gender some of them carry.
EPITHET_GENDERS = {
    **dict.fromkeys("mother woman wife daughter sister grandmother girl lady widow aunt niece mom mum grandma".split(),
                    "f"),
    **dict.fromkeys("father man husband son brother grandfather boy widower uncle nephew dad grandpa".split(), "m"),
}
EPITHET_NOUNS = frozenset("""
teacher student nurse doctor driver farmer pensioner retiree veteran owner shopkeeper worker
resident neighbour neighbor mother father woman man wife husband daughter son sister brother
grandmother grandfather girl boy widow widower lady parent victim survivor fan player teenager
youngster schoolboy schoolgirl passenger commuter shopper voter patient customer tenant parishioner
striker midfielder defender goalkeeper keeper winger batter batsman bowler seamer spinner
opener pacer all-rounder wicketkeeper quarterback pitcher forward sprinter swimmer cyclist rider jockey
golfer boxer witness evacuee bystander mourner pupil climber hiker
""".split()) | frozenset(EPITHET_GENDERS)
# trades and professions a person is named by ("says mission scientist", "Engineer Ana Lind")
PROFESSION_NOUNS = frozenset("""engineer architect builder pilot chef plumber electrician scientist researcher lawyer
accountant activist campaigner volunteer organiser organizer artist author writer photographer filmmaker musician
singer actor actress dancer designer historian firefighter paramedic midwife carer pharmacist vet farmer fisherman
fisherwoman rescuer miner soldier medic lifeguard diver consultant fireman firewoman policeman policewoman postman
postwoman serviceman servicewoman cameraman camerawoman tradesman craftsman foreman boatman ferryman lifeboatman
lineman linesman doorman barman handyman workman milkman binman dustman""".split())
# what a person is called by, an epithet or a trade: "neighbor", "scientist"
PERSON_NOUNS = EPITHET_NOUNS | PROFESSION_NOUNS

# a team's leader, an epithet only with the team before it ("the Falcons captain", "the Harcastle manager"): "the
# captain" alone may be a ship's or an army's, "the manager" a shop's
TEAM_EPITHETS = frozenset({"captain", "skipper", "manager", "coach"})

# Nouns for a person of a nation, region, city or party: "the Welshman", "the Norwegian", "the Texan",
# "the Republican" after a name is that person, never a name of their own (the NER reads them as NORP,
# PERSON or ORG in turn). Words in -ese and "Swiss" are left out: "the Chinese" is a people, not one person; so
# are the words papers go by alone ("The Oregonian", "The Scotsman", "The Virginian-Pilot", "The Oklahoman"), and
# ``demonym_person`` tells "the Australian said" from "the Australian reported".
DEMONYMS = frozenset("""
welshman welshwoman englishman englishwoman irishman irishwoman scotswoman scot frenchman
frenchwoman dutchman dutchwoman briton brit kiwi aussie yank cornishman yorkshireman manxman ulsterman ulsterwoman
belgian fleming walloon luxembourger catalan basque bavarian sicilian sardinian corsican
norwegian swede dane finn icelander german austrian italian spaniard greek turk pole czech slovak hungarian
romanian bulgarian serb croat bosnian slovenian ukrainian russian belarusian lithuanian latvian estonian
georgian armenian azerbaijani kazakh uzbek american canadian mexican brazilian argentine argentinian chilean
colombian peruvian venezuelan uruguayan paraguayan ecuadorian bolivian cuban jamaican trinidadian haitian
nigerian ghanaian kenyan ugandan tanzanian rwandan ethiopian eritrean somali zimbabwean zambian cameroonian
ivorian egyptian moroccan algerian tunisian libyan israeli palestinian syrian iraqi iranian saudi emirati
qatari kuwaiti jordanian yemeni omani indian pakistani afghan bangladeshi nepali thai filipino filipina
indonesian malaysian singaporean korean mongolian australian tasmanian zealander texan californian floridian
ohioan vermonter georgian arizonan kansan nebraskan iowan coloradan alaskan
hawaiian bostonian chicagoan parisian glaswegian mancunian liverpudlian scouser geordie dubliner
quebecer albertan ontarian manitoban republican democrat tory
""".split())
# What a paper does that a person named by a demonym does not: "The Australian reported", "the Democrat wrote in an
# editorial"
_PAPER_VERBS = frozenset({"report", "editorialize", "publish", "editorialise"})


def demonym_person(head) -> bool:
    """True when ``head`` is a demonym standing for a person ("the Texan said"), not a paper that goes by the
    same word ("The Australian reported", "the Democrat said in an editorial")."""
    if head.lower_ not in DEMONYMS:
        return False
    verb = head.head
    return not (verb.lemma_.lower() in _PAPER_VERBS or any(t.lower_ in ("editorial", "editorials") for t in head.sent))


DEMONYM_GENDERS = {
    **dict.fromkeys("welshman englishman irishman frenchman dutchman cornishman yorkshireman manxman ulsterman"
                    .split(), "m"),
    **dict.fromkeys("welshwoman englishwoman irishwoman scotswoman frenchwoman dutchwoman filipina ulsterwoman"
                    .split(), "f"),
}

# Heads of noun phrases that denote an unnamed source.
ANONYMOUS_WORDS = frozenset("""
source official officials insider aide aides people person diplomat diplomats observer observers
critic critics resident residents witness witnesses someone somebody expert experts analyst
analysts member members staffer staffers employee employees worker workers activist activists
supporter supporters opponent opponents lawmakers leaders voter voters
""".split())

# Phrases inside a mention that make it anonymous whatever its head.
ANONYMOUS_MARKS = re.compile(
    r"\b(?:not (?:to be |being )?(?:named|identified)|anonymity|anonymous(?:ly)?|unnamed|"
    r"unidentified|familiar with|close to|speaking on condition)\b", re.I)

# document words that stay documents in a name ("the Suffolk University Poll", "Lind's Final Column")
_TITLED_DOCUMENTS = frozenset({"poll", "survey", "column", "editorial", "study", "memo", "letter"})

# the head of "79 percent of Democrats", "a majority of voters", "half of the members"
SHARE_WORDS = frozenset({"percent", "%", "majority", "minority", "half", "third", "quarter", "fifth", "share",
                         "number", "proportion", "plurality", "fraction"})

# Heads of noun phrases that denote a document or a piece of data.
DOCUMENT_WORDS = frozenset("""
report statement poll survey study document letter memo memorandum filing complaint lawsuit
ruling release article post tweet analysis data paper bill indictment website site editorial
transcript record records email e-mail note notice order decree resolution law estimate
estimates figures forecast research review investigation audit assessment guidance guideline
guidelines rule policy manifesto platform book column op-ed blog message video footage
file files documents register
""".split())

# the texts of laws and treaties, which say what they provide ("According to the Act, ...", "section 5")
LAW_TEXTS = frozenset({"act", "agreement", "treaty", "accord", "constitution", "charter", "convention", "statute",
                       "section", "clause", "schedule", "annex", "directive", "regulation", "regulations", "protocol"})


def _a_law_by_its_word(span, head) -> bool:
    """True for a law's or a treaty's text named by its word: "the Act", "the Bill", "the Paris Agreement", "section
    5" (not "The Convention of Scottish Local Authorities", "The Accord, a coalition of unions", "ACT")."""
    if head.is_lower:
        return True  # "section 5", "the agreement"
    words = list(span)
    return words[0].lower_ == "the" and len(words) <= 4 and head.i == span.end - 1 and \
        not any(t.is_punct or t.lower_ == "of" for t in words) and (len(words) == 2 or head.lower_ != "bill")


# Heads of noun phrases that denote a body (when no person is named).
ORGANIZATION_WORDS = frozenset("""
government ministry police company department agency campaign committee administration court
office council party union group army military embassy firm bank newspaper network team club
university school board commission parliament congress senate house cabinet regime authority
authorities organization organisation association federation institute foundation corporation
agency kremlin pentagon white_house whitehouse coalition alliance movement side country
nation state city county republic opposition prosecutors prosecution defense defence staff
centre center bureau directorate secretariat
""".split())

# a company named by what it makes or the stage it is at ("the chipmaker", "the startup")
_ONE_COMPANY_NOUNS = frozenset({"startup", "start-up", "chipmaker", "drugmaker", "carmaker", "automaker"})
# Heads that denote one body only in the singular ("the fire service", "the watchdog", "the startup"; "streaming
# services" are a kind of business)
_ONE_BODY_WORDS = frozenset({"service", "watchdog", "regulator"}) | _ONE_COMPANY_NOUNS

# Last words of newspapers' names ("The Gazette", "the Kesteln Herald"), which the NER may take for people
NEWSPAPER_WORDS = frozenset({"gazette", "herald", "tribune", "chronicle", "courier", "examiner", "inquirer",
                             "telegraph", "observer", "guardian", "times", "post", "journal", "star", "sun", "mail",
                             "mirror", "express", "globe", "register", "sentinel", "dispatch", "bulletin"})
# What business news calls the company it names: "the company", "the Minneapolis grocer"
COMPANY_NOUNS = frozenset({"company", "firm", "grocer", "retailer", "lender", "insurer", "manufacturer", "maker",
                            "chain", "airline", "conglomerate", "supermarket"}) | _ONE_COMPANY_NOUNS
# nouns that name a company by standing before its name ("the contractor Brightmoor", "AI lab Northgale"), though
# alone they may be someone's trade or a room ("the contractor", "the lab")
COMPANY_BEFORE_NAME_NOUNS = COMPANY_NOUNS | frozenset({"contractor", "lab"})
# bodies whose names the NER reads as people's when written after the noun ("the charity Brake", "the Facebook group
# Save Harbour Lights")
BODY_BEFORE_NAME_NOUNS = frozenset({"charity", "campaign", "group", "organisation", "organization", "band",
                                    "movement", "coalition", "initiative", "network", "foundation", "trust",
                                    "association", "collective"})
# Last words of companies named after people or places ("Morris Motors", "Petra Tours")
COMPANY_WORDS = frozenset({"motors", "tours", "foods", "holdings", "partners", "capital", "systems", "airlines",
                           "airways", "industries", "pharmaceuticals", "media", "energy", "group", "studios",
                           "records", "brands", "logistics", "ventures", "properties", "homes", "insurance",
                           "freight", "shipping", "robotics", "therapeutics", "biosciences", "biologics",
                           "diagnostics", "genomics", "semiconductor", "technologies", "labs", "pharma", "networks",
                           "telecom",
                           "solutions", "software", "mining", "chemicals", "textiles", "apparel", "minerals",
                           "metals", "resources", "marine", "bulk", "tankers", "line", "lines"})
# Role words that stand before firms' names as well as people's ("asset manager Harmon Capital", "administrator
# Bramwell Partners"): no sign that the name after them is a person's
FIRM_ROLE_WORDS = frozenset({"manager", "administrator", "adviser", "advisor", "owner", "operator", "partner",
                             "consultant", "agent", "broker", "developer", "contractor", "trustee", "auditor",
                             "supplier", "insurer", "lender", "receiver", "liquidator", "sponsor", "publisher"})

# Lower-case words inside surnames ("Ursula von der Leyen", "Luiz Inácio Lula da Silva");
# store/identity.py keeps its own copy, since the store imports no stage.
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la",
                            "le", "al", "el", "bin", "ibn", "ben", "dos", "das", "do", "y", "las", "los",
                            "zu", "ter", "ten", "af", "ould", "ap", "ab", "ferch", "verch"})
# roles a company holds as well as a person ("Westfield Mining, the mine's owner"): no sign
# that a name the NER did not take for a person is one
COMPANY_ROLES = frozenset({"owner", "partner", "host"})

# Letters after a name for an office or an honour, written in capitals
POST_NOMINALS = frozenset({"KC", "QC", "SC", "MP", "MSP", "MLA", "MPP", "MHA", "MEP", "OBE", "MBE", "CBE", "KBE",
                           "DBE", "PhD", "SAN"})  # "SAN": Senior Advocate of Nigeria
# what follows a surname to tell a son from his father ("Tom Okafor Jr.", "Harold Lind III")
GENERATIONAL_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

# titles of rank or address written before a name, which say nothing of the office held: "Col. Miroslav Dantek, the
# army's spokesman" is the spokesman; after an office they are the office's ("Spokesperson Ambassador Sadia Baloch")
RANK_TITLES = frozenset({"ambassador", "amb.", "dr", "dr.", "engineer", "eng.", "engr.", "professor", "prof.",
                         "excellency", "his", "her", "h.e.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sheikh",
                         "sheikha", "hon.", "honourable", "honorable", "barrister", "general", "gen.", "colonel",
                         "col.", "maj.", "capt.", "capt", "cpt.", "lt.", "lt", "sgt.", "sgt", "brig.", "adm.", "cmdr.",
                         "cdr.", "lt.-col.", "lt.-gen.", "maj.-gen.", "brig.-gen."})

HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir",
                        "dame", "lord", "lady", "prof", "prof.", "rev", "rev.",
                        # Indian and West African press: "Shri Rameshwar Bhonsle", "Smt Anuradha Kelkar",
                        # "Alhaji Sani Mohammed", "Hon. Babatunde Aremu-Lawal"
                        "shri", "shri.", "sri", "smt", "smt.", "shrimati", "alhaji", "alhaja", "hajiya",
                        "hon", "hon.",
                        # a Zulu ruler's title: "Inkosi Bhekizizwe Mavuso" ("Nana", "Oba" and "Igwe" are left out:
                        # given names and surnames too)
                        "inkosi",
                        # Spanish: "Doña Amparo" ("Don" and "Dona" are left out: given names too)
                        "doña",
                        # Malaysian and Bruneian press: "Datuk Hajah Rosnah Abdul Ghani", "Dato' Sri Zulkarnain"
                        # ("Tan Sri" is left out: Tan is a surname too)
                        # ("Haji" spelled out is left out: a surname in East Africa)
                        "dato", "datuk", "datin", "hajah", "hj", "hj.", "puan", "encik", "engr", "engr.",
                        "seri",  # "Datuk Seri Lorenzo Sinsua", as the Malay press spells "Sri" after a title
                        # lawyers' titles: Turkish "Av.", French and Lebanese "Maître", Philippine "Atty.", South
                        # African and Indian "Adv."
                        "av.", "maître", "maitre", "atty.", "adv."})
_HONORIFIC_STEMS = frozenset(h.rstrip(".") for h in HONORIFICS)


def is_honorific(word: str) -> bool:
    """True for an honorific with or without its period ("Smt", "Smt.", "Datuk", "Hj.")."""
    return word.lower().rstrip(".") in _HONORIFIC_STEMS


MALE_HONORIFICS = frozenset({"mr", "mr.", "sir", "lord", "shri", "shri.", "sri", "alhaji", "encik"})
FEMALE_HONORIFICS = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "smt", "smt.", "shrimati",
                               "alhaja", "hajiya", "datin", "hajah", "puan", "doña"})

# Common given names whose gender is clear enough to pick between "he" and "she"; the
# pronouns of the article itself decide for every other name.
MALE_NAMES = frozenset("""
aaron adam ahmed alan albert alex alexander ali andrew anthony antonio ben benjamin bernie bill
bob boris brad brian bruce carl carlos charles charlie chris christopher chuck dan daniel david
dennis dick donald doug douglas ed edward emmanuel eric frank fred gary george gerald greg
gregory harry henry howard hugh ian ivan jack jacob james jason jeb jeff jeffrey jeremy jerry
jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh juan justin keith ken kevin
larry lee luis marco mark martin matt matthew michael mike mitch mitt mohammed muhammad nathan
neil nicholas nick patrick paul peter phil philip ralph randy ray richard rick robert roger ron
ronald rudy ryan sam samuel scott sean sergei steve steven ted thomas tim timothy tom tony trey
victor vladimir walter wayne william xi yaakov benjamin recep ilham hassan barack rand lindsey
adrian aidan alfred andre andres angelo arthur barry benedict bradley brandon brendan brett bryan
caleb calvin cedric cesar christian clarence colin conor damian darren dave declan derek desmond
dominic donovan dwight eduardo emilio enrique ernest ethan eugene evan fabio felix fernando
francesco frederick gabriel gareth gavin geoffrey gerard giovanni guillermo gustavo hamza harold
hector hussein ibrahim isaac jamal jared javier jeremiah jesse joaquin joshua julian kareem karl
kenneth kurt kyle leon leonard leroy lionel lorenzo louis lucas luke malcolm manuel marcus mario
marvin maurice max miguel mohamed nigel noah oliver omar oscar pablo pedro quentin rafael raul
raymond reginald ricardo roberto rodney roland salvador santiago sebastian seth shane simon terrence
theodore trevor tyler vincent winston yusuf zachary
alasdair alistair angus archie calum callum cameron ciaran cillian cormac craig dermot dougal duncan
euan ewan eoin fergus finlay finn fraser graeme graham hamish iain jamie kieran lachlan liam lewis
lloyd logan murray niall owen rhys rory ruairi seamus stuart stewart alun aled dafydd dewi emlyn geraint
emrys gethin huw tomos ieuan iwan rhodri osian alfie barnaby bertie clive cyril edmund eliot elliot
elliott gregor humphrey
jasper jolyon miles monty neville norman percy piers reggie rupert sidney stanley toby tristan wilfred
cody colby colton connor dalton dante darius devin dominick dwayne elijah emmett ezra gideon jaden jalen
jayden josiah kendrick landon levi micah nolan reid silas spencer wesley xavier zane darryl derrick
duane dustin floyd garrett glenn herbert irving lamar lester lyle melvin mitchell morris otis russell
troy vernon wallace alexandre antoine benoit benoît clement clément didier etienne étienne fabrice
francois françois gilles guillaume henri jacques jean-claude jean-francois jean-françois jean-luc
jean-marc jean-pierre jean-paul jerome jérôme laurent marcel mathieu nicolas olivier pascal philippe
pierre remi rémi rene rené serge stephane stéphane sylvain thierry yannick yves andreas bernd dieter
dirk florian friedrich gerhard hans heinrich helmut horst jens joachim jurgen jürgen klaus lothar
lukas manfred markus matthias niklas rainer ralf reinhard rolf stefan sven thorsten tobias ulrich uwe
werner wolfgang bram daan joost jeroen joris koen maarten pieter ruud thijs wim willem anders bjorn
björn erik henrik lars magnus nils olaf stig alessandro carlo enrico fabrizio federico filippo
gianluca giorgio giuseppe luca luigi massimo matteo maurizio paolo pietro riccardo stefano umberto
vittorio alejandro alfonso alvaro álvaro diego esteban felipe gonzalo ignacio jaime joao joão julio
mateo ramon ramón rodrigo sergio tomas tomás vicente aleksandr alexei alexey andrei anatoly dmitri
dmitry igor mikhail nikolai oleg pavel sergey viktor yevgeny yuri piotr tomasz krzysztof marek pawel
wojciech jakub zoran goran ahmad abdul abdullah amir bilal faisal farid hamid hussain imran ismail
karim khalid mahmoud mustafa nabil nasser rashid salim samir tariq walid yasser youssef ziad aditya
akash amit anil arjun arun ashok deepak dinesh gaurav karan manish manoj mohan naveen nikhil pradeep
rahul rajesh rakesh ramesh ravi rohit sachin sandeep sanjay sunil suresh vijay vikram vinod chidi
chinedu emeka femi ifeanyi kwame kofi obinna olusegun tunde thabo sipho themba hiroshi kenji takeshi
kazuo haruki akira satoshi adel adil anwar ashraf ayman bassam fadi fouad hani hisham jamil kamal khaled
majid marwan mohsen mounir nader nidal osama rami reza saad sami sherif tamer wael yousef younes
cathal colm conall donal dónal eamon éamon fionn oisín padraig pádraig ruairí seán tadhg diarmuid
abhishek ajay alok amitabh ashish harsh hemant jatin kunal mahesh mukesh nitin pankaj prakash rajiv
sameer sanjeev saurabh siddharth sudhir tarun varun vivek
""".split())
FEMALE_NAMES = frozenset("""
alice amanda amy ana andrea angela ann anna anne barbara betty betsy carly carol caroline
catherine cecile christine claire cynthia debbie deborah diana diane donna dorothy elizabeth
ellen emily emma elena elise eva evelyn frances gloria grace hannah heather helen hillary
huma irene jane janet jennifer jessica jill joan joanne judy julia julie karen kate katherine
kathleen kathy kelly kim laura lauren linda lisa liz lori louise lucy margaret maria marie
marine martha mary megyn melania michelle monica nancy natalie nicole nikki nina olivia pamela
patricia paula rachel rebecca rose ruth sally samantha sandra sarah sharon sheila stephanie
susan suzanne teresa theresa tiffany valerie victoria virginia wendy zoe angela theresa ivanka
chelsea condoleezza loretta kellyanne
abigail adriana agnes aisha alexandra alicia allison alma amber amelia angelina anita annie antonia
audrey barbra beatrice belinda bernadette beth bethany brenda bridget brittany camila candace cara
carla carmen cassandra cecilia celeste charlene cheryl chloe clara claudia colleen connie constance
cora courtney crystal daisy daniela danielle darlene dawn debra delia denise dolores dominique doris
edith eileen elaine eleanor eliza ella eloise erica erin esther eunice fatima felicia fiona
francesca gabriela gabrielle georgina geraldine gina gretchen gwen hailey harriet heidi helena hilda
ingrid irma isabel isabella jacqueline jade jasmine jeanne jenna jenny joanna jocelyn josephine joy
juanita judith kara karina katarina katie kayla kendra kimberly kristen kristin laila leah leila
lena lillian lily lina lorraine lucia luisa lydia mabel madeline mae marcia margarita marian
marianne marilyn marisa marsha marta maureen maxine melanie melinda melissa mercedes mia miranda
miriam molly monique muriel nadia naomi natasha nora norma olga paige patty pauline peggy penelope
phyllis priscilla rachael ramona regina renee rhonda rita roberta rosa rosalind rosemary roxanne
sabrina selena serena shannon shirley silvia simone sofia sophia stella susanne sylvia tamara tanya
tara tessa thelma tina ursula vanessa vera veronica vivian wanda whitney yolanda yvonne
aileen ailsa aoife bronwen caitlin catriona ciara deirdre eilidh eimear fionnuala grainne gráinne isla
kirsty lorna mairead mhairi moira morag niamh orla roisin róisín saoirse shona siobhan sinead sinéad
gwyneth nerys rhian rhiannon sian siân angharad llinos nia bethan cerys ffion carys abby ada adele alison bella
brooke bryony candice cathy cherie clare faye felicity freya gemma gillian hayley imogen jacinta jodie
katrina kathryn kylie leanne mandy marjorie megan meredith michaela nadine nicola philippa rebekah
rosie sadie shelley sophie stacey tracey tracy verity zara anneke annelies femke inge lotte marieke
saskia astrid birgit britta dagmar elke gisela greta gudrun heike helga ilse jutta karin katja petra
renate sabine silke ulrike ute anja annika kerstin sigrid solveig agathe amelie amélie anais anaïs
brigitte chantal delphine elodie élodie genevieve geneviève ginette helene hélène isabelle josee josée
lucie manon margot marie-claude marie-eve marie-ève marie-josée martine mathilde nathalie odile
pascale sandrine sylvie veronique véronique yvette alessandra chiara federica giulia ilaria paola
raffaella sara silvana valentina ines inés lourdes lucía marisol maribel pilar rocio rocío soledad
beatriz catalina consuelo esperanza ximena anastasia svetlana tatiana yelena yulia irina lyudmila
galina oksana natalia agnieszka beata ewa katarzyna magdalena malgorzata zofia aaliyah amal amina
farah hanan huda layla mariam maryam noura rania salma samira yasmin yasmine zainab zahra aditi
ananya anjali deepa divya kavita lakshmi meena meenakshi neha nisha pooja preeti priya radha rekha
shweta sunita usha chiamaka chioma ngozi nneka adaeze folake ifeoma nkechi abena thandiwe zanele
lerato yuko keiko akiko naoko sachiko hiroko
bríd brid síle sorcha máire aisling caoimhe clodagh muireann nuala úna ritika shreya sneha swati
tanvi nandini lata geeta bhavna jyoti poonam rashmi sapna
""".split())


def _pairs(path: Path, values: frozenset[str] | None = None) -> dict[str, str]:
    """key -> value from a tab-separated list ("#" lines are comments), each value one of ``values`` if given;
    checked line by line at import, so a broken data file fails loudly."""
    found: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        key, _, value = line.partition("\t")
        if not key or not value or values is not None and value not in values:
            raise ValueError(f"{path}:{number}: expected 'key<TAB>value' ({'|'.join(sorted(values or ['...']))}), "
                             f"found {line!r}")
        found[key] = value
    return found


# Given names of many naming cultures (speakers/data/given_names.tsv): they tell a name's gender ("Milena
# Dorić" is a woman, "Teodor Vasić" a man) and open a person's name, as the lists above do, which say
# first where the two differ
_WORLD_NAMES = _pairs(Path(__file__).with_name("data") / "given_names.tsv", frozenset({"m", "f"}))
MALE_GIVEN = MALE_NAMES | {n for n, g in _WORLD_NAMES.items() if g == "m" and n not in FEMALE_NAMES}
FEMALE_GIVEN = FEMALE_NAMES | {n for n, g in _WORLD_NAMES.items() if g == "f" and n not in MALE_NAMES}
# Every common given name, of either gender: a name that opens with one is a person's
GIVEN_NAMES = MALE_GIVEN | FEMALE_GIVEN
# given names borne by men and women alike, short forms mostly ("Sam" of Samantha, "Alex" of Alexandra): they open a
# name but tell no gender, which the pronouns after it do ("Bernie" is left a man's: "calls her Bernie" of a
# Bernadette would make a second woman of her)
UNISEX_GIVEN = frozenset({"alex", "sam", "chris", "jamie", "charlie", "lee", "jordan", "taylor", "morgan",
                          "casey", "robin", "jo", "pat", "kim", "jess", "frankie", "billie", "toni", "nicky",
                          "stevie", "ashley", "dana", "jean", "leslie", "terry", "kelly", "kerry", "sandy", "drew",
                          "jody", "jackie", "riley", "avery", "quinn", "rowan", "sasha", "nikita"})

# "Berlin said", "Moscow warned": a capital speaking is its government (speakers/data/capitals.tsv)
CAPITAL_GOVERNMENTS = _pairs(Path(__file__).with_name("data") / "capitals.tsv")

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves", "we", "us", "our"})
PERSON_LABELS = frozenset({"PERSON"})
BODY_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})


def pronoun_gender(word: str) -> str | None:
    """ "m", "f", "pl" for a third-person pronoun, None for any other word."""
    w = word.lower()
    if w in MALE_PRONOUNS:
        return "m"
    if w in FEMALE_PRONOUNS:
        return "f"
    if w in PLURAL_PRONOUNS:
        return "pl"
    return None


# what UTF-8 letters look like when their bytes were read as cp1252 ("FranÃ§ois", "JosÃ©")
_MOJIBAKE = re.compile("[ÂÃÄÅÆÇÐÑ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
                       "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def repaired(word: str) -> str:
    """A word whose UTF-8 bytes were decoded as cp1252, decoded right ("FranÃ§ois" -> "François");
    any other word as it is. Offsets in the text are left alone: only names are mended."""
    composed = unicodedata.normalize("NFC", word)  # "A" and a combining tilde are "Ã" too
    if not _MOJIBAKE.search(composed):
        return word
    try:
        return composed.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return word


def honorific_gender(words: list[str]) -> str | None:
    """The gender an honorific or a common given name among ``words`` states ("Mr" -> "m")."""
    for w in words:
        lw = unicodedata.normalize("NFC", repaired(w)).lower()  # "Zsófia" typed with a combining accent too
        if lw in MALE_HONORIFICS or lw in MALE_GIVEN and lw not in UNISEX_GIVEN:
            return "m"
        if lw in FEMALE_HONORIFICS or lw in FEMALE_GIVEN and lw not in UNISEX_GIVEN or lw in _DAUGHTER_PARTICLES:
            return "f"  # (and "Ní Bhriain", "Uí Dhonnabháin": an Irish surname a woman bears)
    return None


_DAUGHTER_PARTICLES = frozenset({"ní", "nic", "uí"})


def usual_gender(given: str) -> str | None:
    """The gender a given name that both sexes bear is more often given to ("Chris" a man's, "Kim" a woman's): for
    the person no pronoun after the name tells of."""
    lw = given.lower()
    return "m" if lw in MALE_GIVEN else "f" if lw in FEMALE_GIVEN else None


# what follows "centre" when it names a player's or a party's position ("the centre-back", "the centre left")
_POSITION_AFTER_CENTRE = frozenset({"-", "back", "forward", "half", "left", "right", "midfielder", "ground", "stage"})


def _a_position(head) -> bool:
    """True for "centre" or "center" naming a position on a pitch or in politics, not a body."""
    doc = head.doc
    return head.lower_ in ("centre", "center") and head.i + 1 < len(doc) and \
        doc[head.i + 1].lower_ in _POSITION_AFTER_CENTRE


def is_role_word(word: str) -> bool:
    """True for a word that names an office or a function ("Minister", "spokesman")."""
    return word.lower().strip(",") in ROLE_WORDS


# company nouns that also name a person's trade: "the film maker Ruiz", "the local grocer Amir Varga"
_PERSON_TRADES = frozenset({"maker", "grocer"})


def company_noun_before(noun):
    """The company name a company noun stands before, as a title does before a person's ("the
    pharmacy chain [Wellspring]", "The carmaker [Velmora]"); None when none follows it. The
    NER often reads such a one-word name as a person."""
    doc = noun.doc
    if noun.lower_ not in COMPANY_BEFORE_NAME_NOUNS | BODY_BEFORE_NAME_NOUNS or noun.i + 1 >= len(doc):
        return None
    if noun.dep_ == "compound" and noun.head.i > noun.i:
        name = doc[noun.i + 1:noun.head.i + 1]
    else:
        name = next((doc[c.left_edge.i:(c.right_edge.i if doc[c.i + 1:c.i + 2].text == "&" else c.i) + 1]
                     for c in noun.children if c.dep_ == "appos" and c.left_edge.i == noun.i + 1), None)
    if name is not None and noun.lower_ in BODY_BEFORE_NAME_NOUNS and name[-1].right_edge.i >= name.end:
        whole = doc[name.start:name[-1].right_edge.i + 1]  # "the campaign group Return the Ancestors": all of it
        if all(t.is_title or t.lower_ in ("the", "of", "for", "and") for t in whole) and whole[-1].is_title:
            name = whole
    # capitalised proper nouns, "&" between them ("the baby food maker Maple & Moss")
    if name is None or not all(t.pos_ == "PROPN" and t.is_title or t.text == "&" and 0 < k < len(name) - 1 or
                               t.lower_ in ("the", "of", "for", "and") and 0 < k < len(name) - 1
                               for k, t in enumerate(name)) or name[0].lower_ in GIVEN_NAMES:
        return None  # "the local grocer Amir Varga": a person
    if noun.lower_ in _PERSON_TRADES and not any(t.text == "&" for t in name):
        return None  # "the cheesemaker Tom Reyes" is a person; "the baby food maker Maple & Moss" a firm
    return name


def has_given_name(words) -> bool:
    """True when a given name stands among the tokens of a name before its last word, or in a part of a hyphenated
    one ("Jean-Marie Line")."""
    return any(part in GIVEN_NAMES for t in words[:-1] for part in t.lower_.split("-"))


# the last words of bodies' names ("Harrowdale Hospitals Trust", "John Hunter Hospital")
BODY_NAME_ENDINGS = frozenset({"trust", "union", "council", "association", "federation", "institute", "foundation",
                               "society", "commission", "authority", "agency", "ministry", "department", "centre",
                               "center", "bureau", "directorate", "secretariat", "committee", "board", "party",
                               "hospital", "hospitals", "hospice", "clinic", "college", "academy", "library", "museum"})


def person_initials(words: list[str]) -> bool:
    """True for the words initials spell out when they are a person's name ("John Fitzgerald Kennedy"): a given name
    among them, and no body's word at the end (not "John Hunter Hospital", "Marie Curie Hospice Trust")."""
    return bool(words) and any(w.lower() in GIVEN_NAMES for w in words) and \
        words[-1].lower() not in BODY_NAME_ENDINGS | ORGANIZATION_WORDS


def person_title(token) -> bool:
    """True for a word before a name that only people have: a role no firm holds ("chief executive", "driver"), a
    family word, an honorific ("Dr", "Mrs")."""
    word = token.lower_
    return (word in ROLE_WORDS or word in EPITHET_NOUNS or word in KIN_WORDS) and word not in FIRM_ROLE_WORDS or \
        is_honorific(token.text)


def named_by_initials(token) -> bool:
    """True for two or three capitals with a "who" clause after them: someone named by initials only, as courts
    and asylum stories name people ("RK, who is 38,")."""
    if not (token.is_upper and 2 <= len(token.text) <= 3 and token.is_alpha) or \
            token.ent_type_ in ("GPE", "NORP", "LOC", "FAC") or \
            any(c.dep_ == "det" for c in token.children):  # "The FBI, who ...", "the US, whose ...": bodies, places
        return False
    # a person's "he" or "she" in the sentence ("RK, who is 38, told the tribunal she ..."): not a firm's initials
    # ("EY, whose partners signed off the accounts, said ...")
    if not {t.lower_ for t in token.sent} & {"he", "she", "his", "her", "him", "hers"}:
        return False
    return any(c.dep_ == "relcl" and c.left_edge.lower_ in ("who", "whose", "whom") for c in token.children)


def head_token(span):
    """The syntactic head of a spaCy Span: the token whose head lies outside the span."""
    for tok in span:
        if tok.head.i < span.start or tok.head.i >= span.end or tok.head.i == tok.i:
            return tok
    return span[-1]


# the last words of football and other clubs' names, which no surname is ("Kelverton Rovers", "Ashgrove Town")
TEAM_ENDINGS = frozenset({"rovers", "united", "wanderers", "athletic", "rangers", "albion", "city", "town", "county",
                          "fc", "afc", "hotspur", "harriers", "orient", "dynamo"})


# companies' legal forms, written after the name ("Harlow Foods Inc.", "Sinar Perdana Holdings Bhd")
# A company's listing after its name, "(NYSE: TMH)", "(Nasdaq: SBLW)", "(TSXV: AB.U)": an exchange in capitals (not
# "(Photo: AP)")
LISTING = r"\([ \t]*(?:[A-Z]{2,6}(?: American)?|Nasdaq|Euronext|Xetra)[ \t]*:[ \t]*[A-Z][A-Z0-9.-]{0,7}[ \t]*\)"
LEGAL_FORMS = frozenset({"Inc", "Corp", "Ltd", "LLC", "PLC", "plc", "GmbH", "AG", "NV", "Oyj", "SpA", "Bhd", "Berhad",
                         "Tbk"})


def legal_form(token) -> bool:
    """True for a company's legal form after a name, which the NER may read as a person's surname."""
    return token.text.rstrip(".") in LEGAL_FORMS and token.i > 0 and token.nbor(-1).pos_ == "PROPN"


_KINDS_OF_FORCE = frozenset({"air", "police", "border", "defence", "defense", "task", "security", "space", "naval"})


def speaker_type(span) -> str:
    """The type of the source a spaCy Span denotes, from its head word and entities.

    span (spacy.tokens.Span): the speaker mention as written.
    RETURNS (str): "person", "organization", "anonymous", "document" or "unknown".
    """
    if len(span) == 0:
        return "unknown"
    text = span.text
    if ANONYMOUS_MARKS.search(text):
        return "anonymous"
    head = head_token(span)
    lemma = head.lemma_.lower()
    lower = head.lower_
    labels = {t.ent_type_ for t in span if t.ent_type_}  # Span.ents walks the whole doc
    if head.pos_ == "PRON":
        return "person" if lower in MALE_PRONOUNS | FEMALE_PRONOUNS | {"i"} else "unknown"
    if any(company_noun_before(t) is not None for t in span):
        return "organization"  # "the pharmacy chain Wellspring", which the NER may read as a person
    if (lower in TEAM_ENDINGS or lower in COMPANY_WORDS and head.is_title) and head.i > span.start and \
            head.nbor(-1).pos_ == "PROPN" and head.nbor(-1).lower_ not in GIVEN_NAMES and \
            not any(person_title(t) for t in span[:head.i - span.start]):
        # "Kelverton Rovers", "Harmon Bulk", which the NER may read as a person (not "chief executive Bolat Metals")
        return "organization"
    if head.i > span.start and legal_form(head):
        return "organization"  # "Sinar Perdana Holdings Bhd", which the NER may read as a person
    if (lower in LAW_TEXTS or lower == "bill") and _a_law_by_its_word(span, head):
        return "document"  # "according to the Bill", "the Act", "the Paris Agreement", which the NER may read as people
    if head.ent_type_ in PERSON_LABELS:
        return "person"
    if named_by_initials(head):
        return "person"  # "RK, who is 38,": someone the text names by initials only
    if (lower in DOCUMENT_WORDS or lemma in DOCUMENT_WORDS) and not (
            head.is_title and head.ent_type_ in BODY_LABELS and lower not in _TITLED_DOCUMENTS):
        return "document"  # "The Huffington Post" is a body, "a Facebook post" a document
    if lower in SHARE_WORDS and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return "anonymous"  # "79 percent of Democrats", "a majority of voters": a share of a group
    if lower in MEMBER_LETTERS and (head.i > span.start or any(c.lower_ == "for" for c in head.rights)):
        # "the MPP for Kelso North": the NER reads the letters as a body; bare letters may be one ("TD said")
        return "person"
    if head.ent_type_ in BODY_LABELS:
        described = head.pos_ == "PROPN" and head.i == span.end - 1 and described_as_person(head)
        return "person" if described else "organization"
    if friends_of_name(head) is not None:
        return "organization"  # "Friends of the Earth", not "friends of the victim"
    if lemma in ANONYMOUS_WORDS or lower in ANONYMOUS_WORDS:
        if head.tag_ in ("NNS", "NNPS") or span[0].lower_ in ("a", "an", "some", "several", "one", "two", "three"):
            return "anonymous"
        return "person" if lemma in ROLE_WORDS else "anonymous"
    if lemma in ROLE_WORDS or lower in ROLE_WORDS or lemma in KIN_WORDS:
        return "anonymous" if head.tag_ in ("NNS", "NNPS") else "person"
    if lemma in EPITHET_NOUNS and head.tag_ in ("NNS", "NNPS") and head.pos_ == "NOUN":
        return "anonymous"  # "stranded Skyvale passengers", "local residents": people unnamed
    if (lemma in ORGANIZATION_WORDS or lower in ORGANIZATION_WORDS or head.is_title and lower in COMPANY_WORDS or
            lower in _ONE_BODY_WORDS) and not _a_position(head):
        return "organization"
    if lower == "force" and head.i > span.start and head.nbor(-1).lower_ in _KINDS_OF_FORCE:
        return "organization"  # "the Varsenian air force", "the border force": a service, not strength
    if head.pos_ == "NOUN" and head.i + 2 < span.end and span.doc[head.i + 1].text == "," and \
            all(t.ent_type_ == "ORG" for t in span[head.i + 2 - span.start:]):
        return "organization"  # "the insurers' trade body, the Property Underwriters' Association": its name after
    if "PERSON" in labels and head.pos_ != "NOUN":  # "Clinton's theory of the case" is no person
        return "person"
    if labels & BODY_LABELS and head.pos_ == "PROPN" and head.is_title and not head.ent_type_:
        owner = {t.i for c in head.children if c.dep_ == "poss" or any(g.dep_ == "case" for g in c.children)
                 for t in c.subtree}
        if not {t.ent_type_ for t in span if t.ent_type_ and t.i not in owner} & BODY_LABELS:
            return "person"  # "Harbour Radio's [Brisk Tallow]": the body only owns the name
    if labels & BODY_LABELS and not (head.tag_ in ("NNS", "NN") and not head.ent_type_):
        return "organization"  # a name around the head; a common noun with a place after it is no body
    if head.pos_ == "PROPN" and (head.is_title or lower in GENERATIONAL_SUFFIXES and head.i > span.start and
                                 head.nbor(-1).is_title):
        return "person"
    return "unknown"


def friends_of_name(head):
    """The name of a body called "Friends of" something with a name ("Friends of the Earth", "Friends of the
    Fjord"), for its head word "Friends"; else None. The capitals tell it from "friends of the victim", and from
    "Friends of the victim" at a sentence's start."""
    if head.text != "Friends":
        return None
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if thing is None or thing.pos_ != "PROPN" or not thing.is_title or thing.lower_ in GIVEN_NAMES or \
            any(t.ent_type_ == "PERSON" for t in head.doc[thing.left_edge.i:thing.right_edge.i + 1]):
        return None  # "Friends of Joe Biden said", "Friends of Maria said": theirs
    return head.doc[head.i:thing.right_edge.i + 1]


_AGED = re.compile(r"\b\d{1,3}-year-old\b", re.IGNORECASE)


def described_as_person(name) -> bool:
    """True when the words set beside a name say it is someone's ("Danylo, a 31-year-old drone operator who gave only
    his first name,"), whatever the NER read: an age, "who" on its apposition, or "one of" some people ("Shirin, one
    of the depot's four women drivers,"); "Varsenergo, the state grid operator," is a body."""
    for appos in (c for c in name.rights if c.dep_ == "appos"):
        # (the tokenizer splits "31-year-old" into five words: the age is read from the text before the noun)
        if _AGED.search(name.doc[appos.left_edge.i:appos.i].text) or any(
                c.dep_ == "relcl" and c.left_edge.lower_ in ("who", "whose") for c in appos.rights):
            return True
    return one_of_people(name)


# plurals of those who do something ("pullers", "tenants", "cyclists", "technicians", "retirees"), and the words that
# end so and name no one
_PEOPLE_ENDINGS = ("ers", "ors", "ants", "ents", "ists", "ians", "ees")
_NOT_PEOPLE = frozenset({
    "papers", "numbers", "others", "letters", "orders", "matters", "headquarters", "powers", "waters", "centers",
    "centres", "borders", "banners", "posters", "records", "factors", "sectors", "errors", "colors", "colours", "doors",
    "floors", "corridors", "sensors", "rumors", "rumours", "indicators", "computers", "meters", "barometers",
    "containers", "chambers", "filters", "layers", "markers", "documents", "comments", "statements", "agreements",
    "payments", "events", "elements", "moments", "segments", "assessments", "experiments", "arguments", "incidents",
    "accidents", "talents", "plants", "grants", "variants", "lists", "twists", "fees", "committees", "trees",
    "degrees", "guarantees"})


def people_by_ending(word: str) -> bool:
    """True for a plural that names people by what they do ("rickshaw pullers", "tenants"), by its ending."""
    word = word.lower()
    return word.endswith(_PEOPLE_ENDINGS) and word not in _NOT_PEOPLE


def one_of_people(name) -> bool:
    """True when the words set beside a name make it one of some people ("Shirin, one of the depot's four women
    drivers,"), whatever the NER read."""
    return any(appos.lower_ == "one" and o.lemma_.lower() in PERSON_NOUNS | ROLE_WORDS
               for appos in name.rights if appos.dep_ == "appos"
               for p in appos.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj")


def strip_determiner(text: str) -> str:
    """The text without a leading article ("the UN" -> "UN")."""
    return re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I)


def clean_name(text: str) -> str:
    """A person's name without honorific, possessive or surrounding punctuation."""
    words = text.replace("\u00a0", " ").split()
    # a style's words only with a name after them ("The Rt Rev Simon Garrow"; "The Rev" alone stays as written)
    while words and (words[0].lower() in HONORIFICS or len(words) > 2 and _styled(words)):
        words = words[1:]
        if len(words) > 1 and words[0].lower() in _STYLED:
            words = words[1:]  # "The Right Reverend Tom Reyes", "the Honourable Ana Lind", "The Right Honourable Lind"
    while len(words) > 1 and words[-1].strip(",.") in POST_NOMINALS:
        words = words[:-1]  # "Richard Ollerton KC", "Ana Lind MP": the surname is the last word before
    name = " ".join(repaired(w) for w in words).strip(" ,.;:\"'“”‘’—–-")  # (not "Raj Rao --" of a label)
    return re.sub(r"(?:'s|’s|'|’)$", "", name).strip()


# the words of a clergyman's or a peer's style before the honorific: "The Rt Rev Simon Garrow", "the Very Rev"
_STYLE_WORDS = frozenset({"the", "rt", "rt.", "right", "very", "most"})
_STYLED = frozenset({"rev", "rev.", "reverend", "hon", "hon.", "honourable", "honorable"})


def _styled(words: list[str]) -> bool:
    """True when ``words`` open on a style word before an honorific ("The Rev", "Rt Rev", "The Rt Hon")."""
    k = 0
    while k < len(words) - 1 and words[k].lower() in _STYLE_WORDS:
        k += 1
    return k > 0 and words[k].lower() in _STYLED


# US states as a party-and-state tag after a lawmaker's name gives them ("Sen. Ana Lind, R-Ariz.,", "(D-N.Y.)",
# "D-CA"): AP abbreviations, postal codes and the names AP spells out; "the Arizona senator" is then her.
_STATES = """
alabama Ala. AL|alaska Alaska AK|arizona Ariz. AZ|arkansas Ark. AR|california Calif. CA|colorado Colo. CO|
connecticut Conn. CT|delaware Del. DE|florida Fla. FL|georgia Ga. GA|hawaii Hawaii HI|idaho Idaho ID|
illinois Ill. IL|indiana Ind. IN|iowa Iowa IA|kansas Kan. KS|kentucky Ky. KY|louisiana La. LA|maine Maine ME|
maryland Md. MD|massachusetts Mass. MA|michigan Mich. MI|minnesota Minn. MN|mississippi Miss. MS|
missouri Mo. MO|montana Mont. MT|nebraska Neb. NE|nevada Nev. NV|new_hampshire N.H. NH|new_jersey N.J. NJ|
new_mexico N.M. NM|new_york N.Y. NY|north_carolina N.C. NC|north_dakota N.D. ND|ohio Ohio OH|
oklahoma Okla. OK|oregon Ore. OR|pennsylvania Pa. PA|rhode_island R.I. RI|south_carolina S.C. SC|
south_dakota S.D. SD|tennessee Tenn. TN|texas Texas TX|utah Utah UT|vermont Vt. VT|virginia Va. VA|
washington Wash. WA|west_virginia W.Va. WV|wisconsin Wis. WI|wyoming Wyo. WY"""
STATE_NAMES: dict[str, str] = {
    form.lower(): name.replace("_", " ")
    for entry in _STATES.replace("\n", "").split("|") for name, *forms in [entry.split()] for form in forms
}
