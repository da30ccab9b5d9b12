"""Reported statements: where an indirect content starts and ends."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract
from onrecord.records import Article
from onrecord.statements.candidates import Candidate
from onrecord.statements.reported import find_reported


def contents(nlp, text: str) -> dict[str, str]:
    """Each cue's content as text, its spans joined by " | "."""
    found: list[Candidate] = find_reported(nlp(text), Article(id="t", source="t", key="t", text=text), [])
    return {text[c.cue[0]:c.cue[1]]: " | ".join(text[s:e] for s, e in c.spans) for c in found}


# (why, sentence, cue, content): invented sentences
BOUNDARIES = [
    ("a contrasting while-clause stays",
     "Lind said the tax cut would help farmers, while the new tariffs would hurt them.", "said",
     "the tax cut would help farmers, while the new tariffs would hurt them"),
    ("an even-if clause stays",
     "Varga said the party would back the bill, even if it cost them votes.", "said",
     "the party would back the bill, even if it cost them votes"),
    ("an appositive after a dash is left out",
     "The mayor praised the new treaty — a goal of her predecessor.", "praised", "the new treaty"),
    ("the clause subject parsed as the cue's object starts the content",
     "Aides felt his tone of anger in the last debate was over the top.", "felt",
     "his tone of anger in the last debate was over the top"),
    ("a percent sign ending a content stays",
     "Lind said support for the plan fell to 30%.", "said", "support for the plan fell to 30%"),
    ("the closing bracket of a bracket opened in the content stays",
     "Ruiz said the country should stay in the European Union (EU).", "said",
     "the country should stay in the European Union (EU)"),
    ("a name in apposition to a common noun stays",
     "Lind said she would not vote for the Republican front-runner, Jake Varga.", "said",
     "she would not vote for the Republican front-runner, Jake Varga"),
    ("a description in apposition is still the narration's aside",
     "Lind praised Varga, a former rival.", "praised", "Varga"),
    ("a phrase with a date inside goes on with an object content",
     "Lind praised his strong finish in last week's caucus.", "praised", "his strong finish in last week's caucus"),
    ("a phrase that is a date still dates the act",
     "Lind praised the plan on Tuesday.", "praised", "the plan"),
    ("a fronted though-clause the parse hung on the inverted cue stays",
     "Though that change was seamless, she said, replacing the chair would be far more bitter.", "said",
     "Though that change was seamless | replacing the chair would be far more bitter"),
    ("a conjoined clause on an expletive 'there' stays",
     "Lind said it was too early to tell whether the blast was caused by a bomb, and there was \"no evidence\" yet "
     "that it was terrorism.", "said",
     "it was too early to tell whether the blast was caused by a bomb, and there was \"no evidence\" yet that it was "
     "terrorism"),
    ("a fronted if-clause stays",
     "If the deal collapses, she said, the company will close two plants.", "said",
     "If the deal collapses | the company will close two plants"),
    ("a noun phrase the parse hung on the cue as an adverb is the clause's subject",
     "Okafor, a teacher, said the days when the town had \"a rather similar view\" from the papers and the big TV news "
     "channels are gone.", "said",
     "the days when the town had \"a rather similar view\" from the papers and the big TV news channels are gone"),
    ("a bare day right after the cue dates the saying",
     "Officials said Tuesday the bridge would stay closed until spring.", "said",
     "the bridge would stay closed until spring"),
    ("a day that is the clause's subject stays",
     "The mayor said Tuesday would be a day of mourning.", "said", "Tuesday would be a day of mourning"),
    ("a day the parse took for the object of an infinitive's cue is left out",
     "The governor promised Monday to begin work on the new housing plan.", "promised",
     "to begin work on the new housing plan"),
    ("an adjective in -ing in a list is no next statement",
     "His friend called him a gentle, loving and honest man.", "called", "him a gentle, loving and honest man"),
    ("a contrast the speaker draws with others who said something stays the speaker's",
     "Finance Minister Kwame Mensah insisted his government had been honest with voters, unlike the ministers before "
     "him who told them the economy was booming.", "insisted",
     "his government had been honest with voters, unlike the ministers before him who told them the economy was "
     "booming"),
    ("a contrast with what others said, in a witness's account, stays the witness's",
     "The woman said she was shot at, while officers who told her to run stood by and watched.", "said",
     "she was shot at, while officers who told her to run stood by and watched"),
    ("a parenthetical contrast keeps its clause",
     "Lind said the plan, while costly, would pay for itself, unlike schemes that critics said were wasteful.", "said",
     "the plan, while costly, would pay for itself, unlike schemes that critics said were wasteful"),
    ("a bare date the parse hung on the cue is no subject",
     "The plan, which she said last week was dead, is back.", "said", "was dead"),
    ("what a cue of naming calls something, the parse's clause, stays",
     "President Ana Ruiz on Tuesday called a federal judge's order halting the transfer of three private power plants "
     "to the state utility \"an insult to the Mexican people\" and vowed to appeal it.", "called",
     "a federal judge's order halting the transfer of three private power plants to the state utility \"an insult to "
     "the Mexican people\""),
    ("a contrast without a statement of others stays",
     "Most residents said they back the plan, unlike last year.", "said", "they back the plan, unlike last year"),
]


@pytest.mark.parametrize("why, text, cue, content", BOUNDARIES, ids=[b[0] for b in BOUNDARIES])
def test_reported_boundaries(nlp, why: str, text: str, cue: str, content: str) -> None:
    assert contents(nlp, text)[cue] == content


def test_a_gerund_subject_the_parser_hung_on_the_cue_opens_the_content(extractor) -> None:
    """ "says [closing three branches] will save £1.4m": the gerund hangs on "says" as parsed."""
    text = "Libraries\n\nThe council says closing three of its seven branches will save £1.4m a year.\n"
    [found] = extract(text, extractor=extractor).statements
    assert found.text == "closing three of its seven branches will save £1.4m a year"


def test_a_day_taken_for_the_cues_object_is_no_addressee(extractor) -> None:
    """ "promised [Monday] to ...": the parser's object is a date; nobody was told."""
    text = "Housing\n\nThe governor promised Monday to begin work on the new housing plan.\n"
    [found] = extract(text, extractor=extractor).statements
    assert found.text == "to begin work on the new housing plan"
    assert found.addressee is None


@pytest.mark.parametrize("sentence, first, second", [
    ("Sixty percent of residents said they back the plan, unlike the 30 percent who said they oppose it.",
     ("Sixty percent of residents", "they back the plan"), ("the 30 percent who", "they oppose it")),
    ("In the survey, 54 percent said they had settled on a candidate, compared with 41 percent who said they might "
     "still switch.", ("54 percent", "they had settled on a candidate"), ("41 percent who", "they might still switch")),
])
def test_those_set_against_the_speaker_have_a_statement_of_their_own(extractor, sentence, first, second) -> None:
    """ "..., unlike the 30 percent who said they oppose it": two statements, two groups of respondents."""
    found = extract(f"Poll\n\n{sentence}\n", extractor=extractor).statements
    assert [(s.speaker.mention.text, s.text) for s in found] == [first, second]


@pytest.mark.parametrize("text, hearer", [
    ("The commissioner told the Today programme the force needed 2,000 more officers.", "the Today"),
    ("The defence secretary told the BBC Monday the troops would be home by Christmas.", "the BBC Monday"),
])
def test_a_hearer_the_ner_takes_for_a_date_stays_the_hearer(extractor, text: str, hearer: str) -> None:
    """Only a bare weekday is no hearer: a programme's name the NER reads as a date ("Today") is one."""
    [found] = extract(f"Interview\n\n{text}\n", extractor=extractor).statements
    assert found.addressee.text == hearer


@pytest.mark.parametrize("sentence, content, hearer", [
    ("The parish council said no to a second quarry on the common.", "no to a second quarry on the common", None),
    ("Shareholders said yes to the merger with Ardley Foods.", "yes to the merger with Ardley Foods", None),
    ("Asked whether she would stand again, the mayor said no to reporters.", "no", "reporters"),
    ("He said yes to her at the second time of asking.", "yes", "her"),
    ("The manager said no to the fans who begged him to stay.", "no", "the fans who begged him to stay"),
    ("The governor said no to the crowd when asked to sign the petition.", "no", "the crowd"),
    ("The board said yes to the merger, and no to the layoffs.", "yes to the merger", None),
    ("The trust said no on Tuesday to a wind farm at Hollin Moor.", "no on Tuesday to a wind farm at Hollin Moor",
     None),
    ("The mayor said no on Friday to reporters who asked about the bridge.", "no",
     "reporters who asked about the bridge"),
])
def test_what_a_no_or_a_yes_answers_is_said_not_a_hearer(extractor, sentence, content, hearer) -> None:
    """ "said no to [a second quarry]": the thing refused is part of what was said; "said no to reporters" and
    "said yes to her" keep the one who asked as the hearer."""
    found = extract(f"Vote\n\n{sentence}\n", extractor=extractor).statements
    answer = next(s for s in found if s.cue.text == "said")
    assert answer.text == content
    assert (answer.addressee.text if answer.addressee else None) == hearer


@pytest.mark.parametrize("sentence, cue, content", [
    ("The senator said Tuesday, after the vote, that the bill would pass the House.", "said",
     "the bill would pass the House"),
    ("Officials confirmed Thursday, hours after the blast, that two workers had died.", "confirmed",
     "two workers had died"),
    ("The report said, in its final chapter, that the council had failed its tenants.", "said",
     "the council had failed its tenants"),
    ("The mayor said Tuesday, after the vote, that the bridge would be rebuilt, and that work would start in May.",
     "said", "the bridge would be rebuilt, and that work would start in May"),
    ("The ministry said last week, in a statement, that the new fees would take effect in March.", "said",
     "the new fees would take effect in March"),
    ("The tribunal ruled Friday, in a 5-4 decision, that the levy was unlawful.", "ruled", "the levy was unlawful"),
    ("The regulator ruled on Thursday, in a landmark decision, that suppliers must refund customers.", "ruled",
     "suppliers must refund customers"),
    ("The harbour master said late Tuesday, speaking to reporters, that the channel would reopen.", "said",
     "the channel would reopen"),
])
def test_a_phrase_set_off_before_the_that_clause_is_no_content(extractor, sentence, cue, content) -> None:
    """ "said Tuesday, after the vote, that ...": when it was said stands between commas; the content opens at
    "that", also when the parser hung the clause on the cue as an adverbial clause."""
    found = extract(f"Vote\n\n{sentence}\n", extractor=extractor).statements
    assert [(s.cue.text, s.text) for s in found] == [(cue, content)]


def test_a_condition_set_off_before_the_that_clause_stays_in_the_content(extractor) -> None:
    """ "said, if the bill fails, that she would resign": the condition is part of what she said."""
    found = extract("Vote\n\nShe said, if the bill fails, that she would resign.\n", extractor=extractor).statements
    assert [s.text for s in found] == ["if the bill fails, that she would resign"]


def test_an_amount_doubled_is_no_stand_taken(extractor) -> None:
    """ "grain prices had doubled": "double" cues a statement only as "doubled down". The parser makes the sentence
    before it the clause of "doubled" here, which read as the prices' statement."""
    text = ("Farming\n\nThe minister noted Friday, in a speech to farmers, that grain prices had doubled. The senator "
            "doubled down on his claim that the count was rigged.\n")
    found = extract(text, extractor=extractor).statements
    assert [(s.cue.text, s.text) for s in found if "doubled" in s.cue.text] == \
        [("doubled down", "the count was rigged")]


def test_a_cue_the_parser_made_the_complement_of_its_own_clause_keeps_its_content(extractor) -> None:
    """ "The minister noted Friday, in a speech, that grain prices had doubled": without a final line break the
    parser hangs "noted" under "doubled"; the clause from "that" is what she noted (the "that" the tagger reads as
    a determiner may stay, as PolNeAR's contents keep it)."""
    text = "The minister noted Friday, in a speech to farmers, that grain prices had doubled."
    found = extract(text, extractor=extractor).statements
    assert [(s.speaker.mention.text, s.cue.text, s.text.removeprefix("that ")) for s in found] == \
        [("The minister", "noted", "grain prices had doubled")]


def test_the_speaker_after_a_closing_mark_is_no_content_of_the_cue(extractor) -> None:
    """ "''...,'' said Marta Quell, who served as director yet backed a rival": the parser made her the subject of
    "backed" and that clause the complement of "said"; she is the quote's speaker, and "said" reports no clause."""
    text = ("Costs\n\n''She needs one or two big ideas that match the scale of the problems,'' said Marta Quell, who "
            "served as budget director in the first term yet backed a rival in the primary. ''Her instinct is to go "
            "slowly.''\n")
    found = extract(text, extractor=extractor).statements
    said = [(s.kind, s.speaker.mention.text) for s in found if s.cue.text == "said"]
    assert said == [("direct", "Marta Quell")]


@pytest.mark.parametrize("sentence", [
    "The company's tagline for the device, \"Open to anything,\" was projected behind her on a screen three stories "
    "tall.",
    "Two years ago the company first showed a prototype behind glass.",
])
def test_an_image_projected_and_a_prototype_shown_are_no_statements(extractor, sentence) -> None:
    """ "was projected behind her on a screen", "showed a prototype": things put before the eyes, nothing said."""
    text = ("Launch\n\n\"We threw away four prototypes. One of them was, honestly, pretty good,\" she told an audience "
            f"of developers. \"Pretty good is not what we do.\"\n\n{sentence}\n")
    found = extract(text, extractor=extractor).statements
    assert [s.cue.text for s in found] == ["told"]


def test_a_forecast_projected_stays_a_statement(extractor) -> None:
    found = extract("Sales\n\nAnalysts projected that sales would fall.\n", extractor=extractor).statements
    assert [(s.cue.text, s.text) for s in found] == [("projected", "sales would fall")]


@pytest.mark.parametrize("sentence, expected", [
    ("A once-weekly injection reduced hospital admissions by a third in a large trial, raising hopes of a new "
     "treatment for heart failure.", [("hopes", None, "a new treatment for heart failure")]),
    ("The closure of the depot has sparked fears of empty shelves.", [("fears", None, "empty shelves")]),
    ("The minister voiced hopes of a deal.", [("voiced", "The minister", "hopes of a deal")]),
    ("The plan is sparking fears among economists that the mayor will undermine the case for new homes.",
     [("fears", "economists", "the mayor will undermine the case for new homes")]),
])
def test_hopes_or_fears_stirred_in_others_are_held_by_no_one_named(extractor, sentence, expected) -> None:
    """ "raising hopes of a new treatment": whoever hopes, the injection does not, and the sentence names no one;
    hopes voiced are the speaker's, and fears "among economists that ..." are theirs."""
    found = extract(f"Health\n\n{sentence}\n", extractor=extractor).statements
    assert [(s.cue.text, s.speaker.mention.text if s.speaker and s.speaker.mention else None, s.text)
            for s in found] == expected


def test_a_double_barreled_attack_is_no_amount_doubled(extractor) -> None:
    """Only the verb "double" is an amount grown: "a double-barreled attack to exploit ..." keeps its statement."""
    text = "Race\n\nDemocrats have adopted a double-barreled attack to exploit the governor's position.\n"
    found = extract(text, extractor=extractor).statements
    assert [s.text for s in found] == ["the governor's position"]
