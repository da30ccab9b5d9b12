"""Headline forms: "'...', admits Scotland coach Brennan" (a role word between a place and a surname) names
the speaker; "Shares slide as CEO warns of ..." is no report of the words before "as". Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def _speakers(text: str, extractor) -> dict[str, str | None]:
    return {s.text: s.speaker.name if s.speaker else None for s in extract(text, extractor=extractor).statements}


def test_a_headline_quote_whose_speaker_has_a_role_word_inside(extractor) -> None:
    text = ("'We lost it in the first 20 minutes', admits Scotland coach Brennan\n\nScotland lost 24-10 to Ireland "
            "on Saturday. \"We were slow to start,\" coach Callum Brennan said.\n")
    found = _speakers(text, extractor)
    assert found.get("We lost it in the first 20 minutes") == "Callum Brennan", found


def test_a_cue_with_its_own_object_in_an_as_clause_reports_nothing_before_it(extractor) -> None:
    text = "Corvane shares slide as CEO warns of weaker demand\n\nShares fell 9 per cent on Thursday.\n"
    contents = [s.text for s in extract(text, extractor=extractor).statements]
    assert "Corvane shares slide" not in contents, contents


def test_a_headline_quote_of_a_person_named_in_lower_case_by_what_they_are(extractor) -> None:
    """Local papers write "'...,' neighbor tells board" and "'...,' mother says at vigil": the quote (without its
    marks) is the body's speaker's, whom the body names where it gives the same words."""
    text = ("'This is not the city,' neighbor tells planning board\n\nThe board heard from residents on Tuesday.\n\n"
            "\"This is not the city. We have one blinking light,\" said Harlan Tebbit, 77, who lives across the "
            "road.\n")
    found = _speakers(text, extractor)
    assert found.get("This is not the city") == "Harlan Tebbit", found


def test_a_lower_case_word_that_names_no_person_speaks_no_headline_quote(extractor) -> None:
    """The guard of the rule above (passes without that rule too): only a noun for a person speaks."""
    text = "'Closed for good,' sign says on bakery door\n\nThe bakery on Mill Street shut on Friday after 40 years.\n"
    statements = extract(text, extractor=extractor).statements
    assert not [s for s in statements if s.method.startswith("headline")], [(s.text, s.method) for s in statements]


@pytest.mark.parametrize("headline", [
    "'We will not be silenced,' but critics say little has changed",
    "'Lockdown now,' as doctors warn of a winter surge",
])
def test_a_clause_after_a_headline_quote_is_no_lower_case_speaker(extractor, headline: str) -> None:
    text = f"{headline}\n\nThe council met on Monday.\n"
    statements = extract(text, extractor=extractor).statements
    assert not [s for s in statements if s.method.startswith("headline")], [(s.text, s.method) for s in statements]


def test_a_lower_case_headline_speaker_the_body_does_not_name_is_a_role(extractor) -> None:
    text = "'This is not our town,' neighbor tells planning board\n\nThe board heard from residents on Tuesday.\n"
    [headline] = [s for s in extract(text, extractor=extractor).statements if s.method.startswith("headline")]
    assert (headline.speaker.name, headline.speaker.type, headline.speaker.role) == (None, "person", "neighbor")


@pytest.mark.parametrize("text, expected", [
    pytest.param("Prize bull steals the day at last, county show\n\nThe fair opened on Friday.\n", None,
                 id="a-show-is-no-document"),
    pytest.param("Cancer rates rising, Harvard study finds\n\nThe study was published on Monday.\n",
                 ("Harvard study", "document"), id="a-named-study"),
])
def test_a_headline_finding_needs_a_document(extractor, text: str, expected) -> None:
    found = [(s.speaker.name, s.speaker.type) for s in extract(text, extractor=extractor).statements
             if s.method.startswith("headline")]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize("headline, content, cue", [
    pytest.param("'We are full, and it's only March', says rescue founder", "We are full, and it's only March",
                 "says", id="the-cue-then-a-person-in-lower-case"),
    pytest.param("Water bill 'rushed', councils tell select committee", "Water bill 'rushed'", "tell",
                 id="bodies-telling-their-hearers"),
    pytest.param("Pay talks stall as union calls 3% offer 'an insult'", "3% offer 'an insult'", "calls",
                 id="what-a-body-called-something"),
    pytest.param("Teachers' union calls for 'urgent action'", "'urgent action'", "calls for", id="a-demand"),
    pytest.param("Nurses' union vows 'no more delays' after strike vote", "'no more delays'", "vows",
                 id="a-vow-in-marks"),
])
def test_headline_statements_of_people_and_bodies_named_in_lower_case(extractor, headline: str, content: str,
                                                                      cue: str) -> None:
    text = f"{headline}\n\nThe matter came up again on Tuesday.\n"
    [statement] = [s for s in extract(text, extractor=extractor).statements if s.headline]
    assert (statement.text, statement.cue.text) == (content, cue)


@pytest.mark.parametrize("headline", [
    "'Closed for good', says sign on bakery door",
    "Mayor calls meeting on 'Hope Street' plan",
    "Storm calls off match at 'Hope Street'",
    "Club calls up 'Big Ben' for the derby",
    "How Kilhaven mum calls her baby 'Little Star'",
    "Bridge closes for repairs, drivers tell their story",
    "Shop owner jailed for fraud, after trial heard",
])
def test_no_headline_form_reads_a_thing_a_name_or_a_story_as_said(extractor, headline: str) -> None:
    text = f"{headline}\n\nThe matter came up again on Tuesday.\n"
    found = extract(text, extractor=extractor).statements
    assert not [s for s in found if s.method.startswith("headline:")]



@pytest.mark.parametrize("text, words, name", [
    pytest.param("Trustees vote to close two schools\n\n\"We are choosing between bad options,\" says board chair "
                 "after 7-4 vote\n\nKettle Ridge trustees voted 7-4 on Tuesday to close two schools.\n\n\"We are "
                 "choosing between bad options, and this is the least bad one,\" said board chair Priya "
                 "Thessaly-Grant.\n",
                 "We are choosing between bad options", "Priya Thessaly-Grant", id="a-role"),
    pytest.param("Tributes paid to lollipop lady\n\n'She knew every child's name', says daughter\n\nBy Bethan "
                 "Colquhoun-Asare, Community Reporter\n\nPat Ormerod, who patrolled the crossing for 38 years, has "
                 "died aged 84.\n\nHer daughter, Karen Ormerod-Sealy, said: 'Mum loved that job more than anything.'\n",
                 "She knew every child's name", "Karen Ormerod-Sealy", id="a-bare-kin-word"),
    pytest.param("Trustees vote to close two schools\n\n\"We are choosing between bad options,\" says board chair\n\n"
                 "Kettle Ridge trustees voted 7-4 on Tuesday to close two schools.\n\nDirector of education Colm "
                 "Hargreave-Osu told trustees that keeping all three buildings open would cost $1.1 million a year.\n\n"
                 "\"But we are choosing between bad options,\" said Priya Thessaly-Grant, who represents Ward 3.\n",
                 "We are choosing between bad options", "Priya Thessaly-Grant",
                 id="whoever-says-the-words-below-not-another-leader"),
])
def test_a_standfirst_that_opens_on_its_quotation_names_its_speaker_by_the_body(extractor, text: str, words: str,
                                                                                name: str) -> None:
    """The line under the headline may open on its quotation mark; its bare role or kin word is the body's person."""
    assert _speakers(text, extractor).get(words) == name


@pytest.mark.parametrize("text, words, name", [
    pytest.param("'We are devastated': festival boss axes event\n\nBy Nick Castell\n\nFestival director Jo Brandt "
                 "cancelled the three-day event on Friday.\n", "We are devastated", "Jo Brandt",
                 id="a-role-of-two-words-whose-first-ends-in-s"),
    pytest.param("'Gutted doesn't cover it': sprinter hits out at selectors after Games snub\n\nBy Nick Castell\n\n"
                 "National 200m champion Tayla Brennan-Kupu was left out of the team on Monday. 'Gutted doesn't "
                 "cover it,' she wrote on Instagram.\n",
                 "Gutted doesn't cover it", "Tayla Brennan-Kupu", id="a-word-for-a-person-then-a-verb"),
])
def test_a_headline_quote_then_a_role_that_does_something(extractor, text: str, words: str, name: str) -> None:
    """"'...': [role] [verb]s ...": every length of role is tried, not the shortest that ends before a word in "s"."""
    assert _speakers(text, extractor).get(words) == name


def test_a_body_named_by_its_kind_in_a_headline_is_the_body_that_says_it_below(extractor) -> None:
    # the headline's capital makes "Agency" look like a name; the body says the same words of the department
    text = ("Agency blames 31-year-old computer system for most of the errors\n\nMADISON — The Wescott Department of "
            "Workforce Services paid out $41 million in error, the state auditor said Tuesday.\n\nThe department "
            "blamed its 31-year-old computer system for most of the errors.\n")
    found = _speakers(text, extractor)
    assert found["31-year-old computer system for most of the errors"] == "Wescott Department of Workforce Services"


def test_a_body_named_by_its_kind_in_a_headline_stays_unnamed_without_the_words_below(extractor) -> None:
    text = ("Agency blames computer system for errors\n\nThe Wescott Department of Workforce Services paid out $41 "
            "million in error, the state auditor said Tuesday.\n")
    assert _speakers(text, extractor).get("computer system for errors") in (None, "Agency")


def test_a_name_in_a_live_blog_entry_title_is_the_person_the_entry_names(extractor) -> None:
    # the NER reads the name as a body throughout; the entry's own sentence makes it a person
    text = ("Live updates: Okonjo-Hartley and Belvedere-Soames converge on Ostermark as early voting opens\n\n"
            "Updated Oct. 16, 2028\n\n4:58 p.m. ET\n"
            "Belvedere-Soames: 'We're going to win Ostermark'\n\nSpeaking to reporters on the tarmac in Marrow Bend, "
            "Belvedere-Soames predicted he would carry the state \"by a lot.\"\n\nHe also questioned why early voting "
            "needed to last \"three entire weeks.\"\n")
    assert _speakers(text, extractor).get("We're going to win Ostermark") == "Belvedere-Soames"


@pytest.mark.parametrize("text, words, name", [
    pytest.param("'We're not here to lecture anyone': Barrington-Ngata pledges $40m for measles fight\n\nBy Liam "
                 "Treharne\n\nHealth Minister Fiona Barrington-Ngata has announced $40 million to help Papua New "
                 "Guinea fight a measles outbreak.\n", "We're not here to lecture anyone", "Fiona Barrington-Ngata",
                 id="a-name-the-body-gives-then-a-headline-verb"),
    pytest.param("'We could not staff it safely': Delmar Memorial's CEO on closing the birthing unit\n\nBy Jenna "
                 "Halvor\n\nRussell Pettigrew-Asante, the hospital's chief executive since 2019, talked with us about "
                 "the decision.\n\nQ: County Commissioner Dale Eberhardt-Musa has called the closure a mistake. What "
                 "do you say?\n\nPettigrew-Asante: Come look at the books with me.\n", "We could not staff it safely",
                 "Russell Pettigrew-Asante", id="a-role-then-what-the-words-are-on"),
])
def test_a_headline_quote_then_its_speaker_who_does_or_speaks_on_something(extractor, text: str, words: str,
                                                                           name: str) -> None:
    """A name the body gives a person speaks the quote before a headline verb; a role speaks it before "on ...", and
    a role with a time after it ("chief executive since 2019") is still that role, not another leader's."""
    assert _speakers(text, extractor).get(words) == name


def test_a_headline_quote_of_people_named_by_what_they_are_with_a_phrase_after_a_comma(extractor) -> None:
    text = ("'We are rationing tablets by the week', say pharmacists, as epilepsy drug shortage deepens\n\nBy Harriet "
            "Coombes\n\nPharmacies across England are running out of Fenzoral, an epilepsy drug.\n")
    statement = next(s for s in extract(text, extractor=extractor).statements if s.headline)
    assert (statement.text, statement.speaker.mention.text) == ("We are rationing tablets by the week", "pharmacists")


@pytest.mark.parametrize("kin, name", [("mom", "Sarah Whitfield-Nkemelu"), ("dad", None)])
def test_a_headline_speaker_described_by_place_and_kin_word_is_the_leads_person_of_that_gender(extractor, kin: str,
                                                                                              name) -> None:
    text = (f"'They just keep saying no': Knoxville {kin} fights insurer over son's therapy denials\n\nBy Carly "
            "Dupree\n\nKNOXVILLE, Tenn. — Sarah Whitfield-Nkemelu keeps a folder three inches thick on her kitchen "
            "table.\n\nHer son's therapist, Monique Adair-Oyelaran, said he had made progress.\n")
    statement = next(s for s in extract(text, extractor=extractor).statements if s.headline)
    assert (statement.text, statement.speaker.mention.text, statement.speaker.type) == (
        "They just keep saying no", f"Knoxville {kin}", "person")
    assert statement.speaker.name == name  # never "Knoxville mom" as if it were a name


def test_a_clause_before_a_phrase_of_time_is_no_role_that_speaks_on_something(extractor) -> None:
    # "supporters" ends the words before "after", but they are a clause: Kessler tells them
    text = ("'Water doesn't care who you voted for': Kessler tells supporters after unseating Strathmore\n\nBy Dev "
            "Anantharaman\n\nAttorney General Nadia Kessler won the governor's race on Tuesday night.\n")
    statement = next(s for s in extract(text, extractor=extractor).statements if s.headline)
    assert (statement.speaker.mention.text, statement.speaker.name) == ("Kessler", "Nadia Kessler")


def test_an_indefinite_role_on_a_topic_labels_a_feature(extractor) -> None:
    text = ("'We are not paid to be brave': a pension fund chief on earnings season\n\nMarguerite Aske has sat through "
            "more earnings calls than she cares to count.\n")
    assert not [s for s in extract(text, extractor=extractor).statements if s.headline]


@pytest.mark.parametrize("headline", [
    "'Glaciers are retreating faster than we feared', study warns",
    "‘Glaciers are retreating faster than we feared’, says report",
])
def test_a_headline_quote_a_study_or_a_report_speaks(extractor, headline: str) -> None:
    """British headlines quote a text as they quote a person ("'...', study warns"); without the rule the second form
    read "report" as the content of a speaker "Glaciers"."""
    text = f"{headline}\n\nGlaciers in the southern Andes lost ice twice as fast in the past decade, a study found.\n"
    heads = [(s.text, s.cue.text) for s in extract(text, extractor=extractor).statements
             if s.method.startswith("headline")]
    assert heads == [("Glaciers are retreating faster than we feared", "warns" if "warns" in headline else "says")]


def test_a_headline_promise_in_marks_is_the_named_persons(extractor) -> None:
    """ "Reeve-Hanlon promises 'a home for every nurse' in first speech": what is promised, in marks after the cue,
    with a phrase of time or place closing the line."""
    text = ("Lindqvist promises 'a home for every nurse' in first speech as leader\n\nImogen Lindqvist spoke for "
            "an hour in Harrowgate on Tuesday.\n")
    [statement] = [s for s in extract(text, extractor=extractor).statements if s.headline]
    assert (statement.text, statement.cue.text, statement.speaker.name) == \
        ("'a home for every nurse'", "promises", "Imogen Lindqvist")
