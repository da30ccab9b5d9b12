"""Speakers described rather than named, as British political and technology news writes them: a party by its
other name ("the Tory leader" after "the Conservative leader X"), an office owned by a company ("Tessaly's chief
executive" is not the chief executive of a rival), an office a relative clause gives ("X, who became chief
executive in 2021,"), a company by the noun before its name ("the contractor Brightmoor", "AI lab Northgale",
"Sweetbay, a startup"), and names the NER misses or invents around tabloid epithets ("Mum-of-three Kayleigh
Burrows, 34,", "Hexford bin strike"). Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def _speakers(text: str, extractor) -> dict[str, str | None]:
    return {s.text: s.speaker.name if s.speaker else None for s in extract(text, extractor=extractor).statements}


@pytest.mark.parametrize("role, mention, expected", [
    ("the Conservative leader", "The Tory leader", "Imogen Carver-Lyle"),
    ("the Tory leader", "The Conservative leader", "Imogen Carver-Lyle"),
    ("Republican Sen.", "The GOP senator", "Imogen Carver-Lyle"),
    # a detail no other name of the party covers still tells the holders apart
    ("the Conservative leader", "The Labour leader", None),
])
def test_a_party_by_its_other_name_is_the_same_party(extractor, role, mention, expected) -> None:
    text = (f"Row over waiting lists\n\n{role} Imogen Carver-Lyle spoke first at the hearing.\n\n"
            f"Waiting lists rose again in August.\n\n{mention} accused the prime minister of \"hiding behind the "
            f"last government\".\n")
    speakers = _speakers(text, extractor)
    found = next(name for content, name in speakers.items() if "hiding behind" in content)
    assert found == expected, speakers


def test_an_office_a_company_owns_is_not_a_rivals_holder_of_it(extractor) -> None:
    text = ("Phone maker shows its assistant\n\nRenata Kasprzak walked onto the stage and held up a phone.\n\n"
            "\"We rebuilt the phone around the assistant,\" Tessaly's chief executive said.\n\n"
            "Kasprzak, who became chief executive in 2021, said the work had taken three years.\n\n"
            "Desmond Ferrante, the chief executive of rival phone maker Orrin, posted on X: \"Welcome to the "
            "party.\"\n")
    speakers = _speakers(text, extractor)
    assert speakers["We rebuilt the phone around the assistant"] == "Renata Kasprzak", speakers
    assert speakers["Welcome to the party."] == "Desmond Ferrante", speakers


def test_the_owner_named_in_the_role_still_finds_its_holder(extractor) -> None:
    text = ("Phone maker replies\n\nDesmond Ferrante, the chief executive of Orrin, watched the launch.\n\n"
            "The weather was warm in San Jose.\n\n\"We shipped it first,\" Orrin's chief executive said.\n")
    assert _speakers(text, extractor)["We shipped it first"] == "Desmond Ferrante"


@pytest.mark.parametrize("clause, expected", [
    ("who has been mayor since 2019", "Ana Lind"),
    ("who is the city's mayor", "Ana Lind"),
    ("who has served two terms as mayor", "Ana Lind"),
    ("who serves as mayor of Tarnby", "Ana Lind"),
    ("who served as mayor until 2019", None),
    # a past office is no one's now: the mayor of the last line is not she
    ("who was mayor from 1990 to 1998", None),
])
def test_a_relative_clause_gives_the_office_held_now(extractor, clause, expected) -> None:
    text = (f"Budget vote\n\nAna Lind spoke to the council on Monday.\n\nLind, {clause}, said the budget was "
            f"fair.\n\nThe mayor said the vote would be held next week.\n")
    speakers = _speakers(text, extractor)
    assert speakers["the vote would be held next week"] == expected, speakers


@pytest.mark.parametrize("introduced, mention", [
    ("Hundreds of workers who rate answers for the contractor Brightmoor say they are paid by the task.",
     "The company"),
    ("On Tuesday, San Francisco AI lab Brightmoor released a model that grades answers.", "The company"),
    ("Brightmoor, a startup based in Austin, hires hundreds of raters.\n\nRaters grade answers in Kenya.",
     "The startup"),
])
def test_a_company_described_by_the_noun_before_or_after_its_name(extractor, introduced, mention) -> None:
    text = f"Raters want a union\n\n{introduced}\n\n{mention} said the raters were independent professionals.\n"
    speakers = _speakers(text, extractor)
    assert speakers["the raters were independent professionals"] == "Brightmoor", speakers


def test_a_rival_named_just_before_is_not_the_company(extractor) -> None:
    text = ("New model\n\nOn Tuesday, AI lab Northgale released Marlowe 4. The release comes two weeks after rival "
            "lab Corvane shipped its own model.\n\n\"It is the first model we would trust,\" the company wrote in a "
            "blog post.\n")
    assert _speakers(text, extractor)["It is the first model we would trust"] == "Northgale"


def test_a_headline_noun_without_its_article_is_no_company_name(extractor) -> None:
    text = ("Northgale releases Marlowe 4\n\nCompany claims big gains on long coding tasks\n\nOn Tuesday, AI lab "
            "Northgale released Marlowe 4.\n\n\"It won't be the last,\" the company wrote in a blog post.\n")
    speakers = _speakers(text, extractor)
    assert "Company" not in speakers.values(), speakers
    assert speakers["It won't be the last"] == "Northgale", speakers


def test_a_tabloid_epithet_and_an_age_around_a_name(extractor) -> None:
    text = ("'They can stew in their own rubbish', says union boss as Hexford bin strike enters fifth week\n\n"
            "Union boss Bernie Colley has blasted Hexford City Council.\n\n"
            "Mum-of-three Kayleigh Burrows, 34, from the Southmere estate, said the smell was \"unbearable\".\n")
    speakers = _speakers(text, extractor)
    assert speakers["They can stew in their own rubbish"] == "Bernie Colley", speakers
    assert speakers["the smell was \"unbearable\""] == "Kayleigh Burrows", speakers
    assert not {"Hexford bin", "Mum", "Southmere"} & set(speakers.values()), speakers


def test_a_name_ending_on_the_part_after_its_hyphen_is_still_a_name(extractor) -> None:
    text = ("Typhoon signal raised\n\nSenior scientific officer Leung Hoi-yan said the storm could strengthen "
            "quickly.\n\nHis daughter, Chan Mei-ling, said she had tried to persuade him to stay.\n")
    speakers = _speakers(text, extractor)
    assert speakers["the storm could strengthen quickly"] == "Leung Hoi-yan", speakers
    assert speakers["she had tried to persuade him to stay"] == "Chan Mei-ling", speakers


@pytest.mark.parametrize("role, expected", [
    ("Housing Secretary", "Callum Drysdale"),
    ("Home Secretary", "Callum Drysdale"),
    # a shadow secretary holds no office, a general secretary no ministry
    ("Shadow Housing Secretary", None),
    ("union general secretary", None),
])
def test_a_british_secretary_of_state_is_the_minister(extractor, role, expected) -> None:
    text = (f"New towns row\n\n{role} Callum Drysdale spoke on Monday.\n\nThe weather was poor in the north.\n\n"
            "The minister said the plan would go ahead.\n")
    assert _speakers(text, extractor)["the plan would go ahead"] == expected


@pytest.mark.parametrize("text, content, expected", [
    # review 36: a party's other name is tried only when its own finds no one, and as a whole word
    ("Party row\n\nTom Reyes, the Liberal leader, said the tax should be scrapped. Ana Lind, the Libertarian leader, "
     "said on Monday that her party would back it. The Liberal leader said he expected the bill to fail.\n",
     "he expected the bill to fail", "Tom Reyes"),
    ("Party row\n\nTom Reyes, the Conservative leader, said taxes must fall. Ana Lind, leader of the Tory group on "
     "Kesteln council, said services needed funding. The Conservative leader said he would not change course.\n",
     "he would not change course", "Tom Reyes"),
    # an office's body, not a place it is in, a month, or another name of the same body
    ("Chips\n\nAna Lind, chief executive of the Kesteln-based company, said profits had doubled. Tessaly makes "
     "phone chips. Tessaly's chief executive said the firm would hire 400 engineers.\n",
     "the firm would hire 400 engineers", "Ana Lind"),
    ("Cuts\n\nTessaly said on Monday it would cut 900 jobs. Ana Lind, chief executive at the company since March, "
     "said the cuts were painful. Tessaly's chief executive said staff would be offered retraining.\n",
     "staff would be offered retraining", "Ana Lind"),
    ("Licence fee\n\nAna Lind, director general of the Kesteln Broadcasting Corporation, said the fee must rise. The "
     "KBC's director general said the corporation had cut 2,000 posts.\n",
     "the corporation had cut 2,000 posts", "Ana Lind"),
    # a person's office may be held anywhere
    ("Bins\n\nMayor Ana Lind has faced criticism over the bin contract. Omar Vance, a spokesman for the Kesteln "
     "mayor, said the deal was lawful. Lind's spokesman added that documents would be published on Friday.\n",
     "documents would be published on Friday", "Omar Vance"),
    # an office a relative clause gives for the future or the past is none now
    ("Succession\n\nTom Reyes, the chief executive, said he would step down in March. Ana Lind, who will become "
     "chief executive when he leaves, said the strategy would not change. The chief executive said the board had "
     "chosen well.\n", "the board had chosen well", "Tom Reyes"),
    ("Festival\n\nMayor Tom Reyes said the festival would go ahead. Ana Lind, who became mayor in 2006 and served "
     "two terms, said it should be cancelled. The mayor said security had been doubled.\n",
     "security had been doubled", "Tom Reyes"),
    # a rival that is the only company named is "the company"
    ("Profit falls\n\nRival chipmaker Sarnova said on Monday that its profit had fallen 40%. The company said demand "
     "from carmakers had weakened.\n", "demand from carmakers had weakened", "Sarnova"),
])
def test_review_36_near_misses(extractor, text, content, expected) -> None:
    speakers = _speakers(text, extractor)
    assert speakers[content] == expected, speakers


@pytest.mark.parametrize("introduced, mention, expected", [
    ("Neil Garraway, 36, is known in the dressing room as \"the Vicar\" for his reading.", "the Vicar",
     "Neil Garraway"),
    ("Italian rider Matteo Castellani, 29, known in the peloton as \"il Gatto\", the Cat, won the stage.", "the Cat",
     "Matteo Castellani"),
])
def test_a_nickname_someone_is_known_by_names_them(extractor, introduced, mention, expected) -> None:
    text = f"Race report\n\n{introduced}\n\n\"I trust my legs,\" said {mention}, laughing.\n"
    assert _speakers(text, extractor)["I trust my legs"] == expected


def test_a_nickname_after_an_epithet_is_not_the_last_named_persons(extractor) -> None:
    # "The Italian" stands for someone the rule does not look for: not the Norwegian named just before
    text = ("Race report\n\nMatteo Castellani won the stage. Eirik Solbakken kept the jersey. The Italian, known in "
            "the peloton as \"il Gatto\", the Cat, was 14 seconds ahead.\n\n\"I trust my legs,\" said the Cat.\n")
    assert _speakers(text, extractor)["I trust my legs"] != "Eirik Solbakken"


def test_a_country_its_people_are_named_after_is_no_person(extractor) -> None:
    text = ("Drone strike\n\nKARVESH, Dalmoria (AP) — A Veltranian drone hit a Dalmorian apartment block, the "
            "governor said.\n\nGov. Stepan Hrilko said nine people were killed. Veltrana launched 56 drones "
            "overnight.\n\nHe said the region would pay for the funerals.\n")
    assert _speakers(text, extractor)["the region would pay for the funerals"] == "Stepan Hrilko"


def test_the_person_an_appositive_describes_speaks_when_the_parse_leaves_the_verb_no_subject(extractor) -> None:
    text = ("Strike claimed\n\nIn a statement on Telegram, Maj. Gen. Arkady Volsenko, the spokesman for Veltrana's "
            "Defense Ministry, said Veltranian forces had struck \"a temporary deployment point of Dalmorian "
            "units\" in Karvesh.\n")
    [st] = extract(text, extractor=extractor).statements
    assert st.speaker.name == "Arkady Volsenko"


@pytest.mark.parametrize("introduced, mention, expected", [
    # review 37: the nickname is the named subject's, not the last name before it nor an unnamed one's
    ("Ana Lind, who replaced Marco Ferri as captain last year, is known in the dressing room as \"the Vicar\".",
     "the Vicar", "Ana Lind"),
    ("Tom Reyes, who replaced Ana Lind as chairman in 2021, is nicknamed \"the Undertaker\" by staff.",
     "the Undertaker", "Tom Reyes"),
])
def test_review_37_nicknames(extractor, introduced, mention, expected) -> None:
    text = f"Report\n\n{introduced}\n\n\"We stick together,\" {mention} said after the match.\n"
    assert _speakers(text, extractor)["We stick together"] == expected


@pytest.mark.parametrize("introduced, mention, not_them", [
    # review 37: an unnamed one's nickname, a group's name, an epithet "dubbed" and a bare first name are none of
    # the people named
    ("Coach Tom Reyes signed a striker known to fans as \"the Postman\" on Friday.", "the Postman", "Tom Reyes"),
    ("Ana Lind leads a hacker group known as the Collective, court papers say.", "The Collective", "Ana Lind"),
    ("Ana Lind dubbed Reyes \"Mr. Nobody\" during the debate.", "Reyes", "Ana Lind"),
    ("Goalkeeper Tom Reyes, known as \"the Cat\", kept a clean sheet. Cat Morrow, the club's physio, watched.",
     "Cat", "Tom Reyes"),
])
def test_review_37_nicknames_given_to_no_one_named(extractor, introduced, mention, not_them) -> None:
    text = f"Report\n\n{introduced}\n\n\"We stick together,\" {mention} said after the match.\n"
    assert _speakers(text, extractor)["We stick together"] != not_them


def test_a_long_byline_of_two_names_and_an_agency_is_not_the_lead(extractor) -> None:
    # the lead's "the regional governor" is named below it, as AP writes: the byline before it is no lead
    text = ("Drone strike kills 9, governor says\n\nBy MIRELA KOSTANDI and DAVID OKAFOR-REINES Associated Press\n\n"
            "KARVESH, Dalmoria (AP) — A drone slammed into an apartment building before dawn Wednesday, killing at "
            "least nine people, the regional governor said.\n\nRescue workers were still digging by midafternoon.\n\n"
            "\"They were asleep,\" Gov. Stepan Hrilko said in a video.\n")
    speakers = _speakers(text, extractor)
    assert speakers[next(c for c in speakers if c.startswith("A drone slammed"))] == "Stepan Hrilko", speakers


def test_a_name_after_a_party_the_ner_left_unlabelled_is_a_person(extractor) -> None:
    """ "Republican Dale Calder-Brooks and Democrat Renata Voss-Ambrose clashed ...": the NER labels the party and
    misses the name after it; the name is still the person's, and her surname later names her."""
    text = ("Debate\n\nRepublican Dale Calder-Brooks and Democrat Renata Voss-Ambrose clashed over taxes on "
            "Tuesday.\n\nVoss-Ambrose said the plan was wrong.\n")
    assert _speakers(text, extractor)["the plan was wrong"] == "Renata Voss-Ambrose"


@pytest.mark.parametrize("described, named", [
    ("A nurse who has worked in the ward for 19 years says the staff saw the closures coming.",
     '"We have been running on two nurses a shift," says the nurse, Deb Ostapchuk.'),
    ("One mother of three pupils told trustees her youngest would face a long bus ride.",
     '"He is six," said the mother, Brandi Ferguson, after the vote.'),
])
def test_an_indefinite_description_named_next_as_the_same_noun(extractor, described: str, named: str) -> None:
    """ "A nurse ... says ..." then '"...," says the nurse, Deb Ostapchuk': the description is hers."""
    text = f"Closures\n\nThe board voted on Monday.\n\n{described}\n\n{named}\n"
    speakers = [s.speaker.name if s.speaker else None for s in extract(text, extractor=extractor).statements]
    assert len(set(speakers)) == 1 and speakers[0] in named, speakers


def test_a_description_is_not_the_one_named_after_another_so_described(extractor) -> None:
    text = ("Wards\n\nA nurse at St Brigid's said the new shifts were unsafe.\n\nAnother nurse said the changes had "
            "helped.\n\n\"We have a full ward at last,\" said the nurse, Jenna Lowrie.\n")
    speakers = {s.text: s.speaker.name if s.speaker else None for s in extract(text, extractor=extractor).statements}
    assert speakers["the new shifts were unsafe"] != "Jenna Lowrie", speakers


def test_a_description_is_not_someone_else_named_with_another_noun(extractor) -> None:
    text = ("Closures\n\nA nurse who has worked in the ward for 19 years says the staff saw the closures coming.\n\n"
            '"We will appeal," said the mayor, Glen Sawchyn.\n')
    speakers = {s.text: s.speaker.name if s.speaker else None for s in extract(text, extractor=extractor).statements}
    assert speakers["the staff saw the closures coming"] != "Glen Sawchyn", speakers
