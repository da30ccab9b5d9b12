"""'He confirmed that X, but said goalkeeper Tom Lind had recovered': the parser reads "goalkeeper" as the
subject of "said" and the clause as a relative clause; the clause is a second statement of "He".
Invented."""
from __future__ import annotations

from onrecord.pipeline import extract


def _cues_speakers_contents(text: str, extractor) -> list[tuple[str, str, str]]:
    """(cue, speaker mention, content) of each statement, in text order."""
    return [(s.cue.text, s.speaker.mention.text, s.text) for s in extract(text, extractor=extractor).statements]


def test_a_clause_after_a_joined_said_that_the_parser_read_as_its_subject(extractor) -> None:
    text = ("Cup semi-final\n\nThe manager spoke on Thursday. He confirmed that captain Kwabena Asante-Boateng would "
            "miss the game with a knee injury, but said goalkeeper Tomasz Wierzbicki had recovered from illness "
            "and would start.\n")
    found = {s.text: s.speaker.mention.text if s.speaker and s.speaker.mention else None
             for s in extract(text, extractor=extractor).statements}
    assert found.get("goalkeeper Tomasz Wierzbicki had recovered from illness and would start") == "He"


def test_but_said_after_a_refusal_to_say_is_a_statement_of_its_own(extractor) -> None:
    """ "declined to say whether X would ask ... but said Y": the parser joins "said" to the verb inside the refusal's
    content; in the tense of "declined", not of "would ask", it is the lawyer's second statement."""
    text = ("Court news\n\nThe alliance's lawyer, Corbin Ashby, declined to say whether the group would ask the court "
            "to reconsider but said it had not ruled out a challenge in federal court.\n")
    found = {s.cue.text: s.text for s in extract(text, extractor=extractor).statements}
    assert found == {"declined": "to say whether the group would ask the court to reconsider",
                     "said": "it had not ruled out a challenge in federal court"}


def test_a_singular_verb_joined_to_a_plural_clause_is_the_speaker_s_next_statement(extractor) -> None:
    """ "said more than 400 poles were damaged and expects to restore ...": no plural subject "expects"; the
    utility does."""
    text = ("Storm news\n\nNorthwest Ridge Electric said more than 400 poles were damaged and expects to restore "
            "power to 90% of its customers by Wednesday night.\n")
    found = {s.cue.text: (s.text, s.speaker.name) for s in extract(text, extractor=extractor).statements}
    assert found == {"said": ("more than 400 poles were damaged", "Northwest Ridge Electric"),
                     "expects": ("to restore power to 90% of its customers by Wednesday night",
                                 "Northwest Ridge Electric")}


def test_a_plural_verb_joined_to_a_plural_clause_stays_in_it(extractor) -> None:
    """The guard: "said the crews were tired and want rest" keeps "want rest" in what was said."""
    text = "Storm news\n\nThe utility said the crews were exhausted and want a day of rest.\n"
    found = {s.cue.text: s.text for s in extract(text, extractor=extractor).statements}
    assert found.get("said") == "the crews were exhausted and want a day of rest"


def test_a_second_speaker_and_cue_joined_to_a_content_is_a_statement_of_its_own(extractor) -> None:
    """ "Lind said the plan was good and Varga argued that ...": the parser hangs "argued" inside Lind's content;
    with its own subject and no "that" of its own it is Varga's statement, not more of Lind's."""
    text = "Council news\n\nLind said the ferry plan was good and Varga argued that it was far too costly.\n"
    found = {s.cue.text: (s.text, s.speaker.name) for s in extract(text, extractor=extractor).statements}
    assert found == {"said": ("the ferry plan was good", "Lind"), "argued": ("it was far too costly", "Varga")}


def test_a_second_that_clause_with_a_reporting_verb_stays_in_the_content(extractor) -> None:
    """The guard: "said the plan failed and that officials knew it" is one statement of two clauses."""
    text = "Council news\n\nLind said the ferry plan failed and that officials knew it.\n"
    [st] = extract(text, extractor=extractor).statements
    assert st.text == "the ferry plan failed and that officials knew it"


def test_a_second_speaker_after_a_mixed_content_is_a_statement_of_its_own(extractor) -> None:
    """The same with a quote inside the first content: the words after its closing mark are Varga's."""
    text = ('Rates\n\nThe bank held rates on Thursday.\n\nNadia Lind, chief economist at Harrow Bank, said the central '
            'bank had "all but shut the door on a summer cut," and Petr Varga of Corrin Asset Management argued that '
            "the forecasts still left room for two cuts.\n")
    found = {s.cue.text: (s.text, s.speaker.name) for s in extract(text, extractor=extractor).statements}
    assert found == {"said": ('the central bank had "all but shut the door on a summer cut,"', "Nadia Lind"),
                     "argued": ("the forecasts still left room for two cuts", "Petr Varga")}


def test_a_speech_verb_joined_to_a_relative_clause_in_another_tense_is_the_speaker_s_next_statement(
        extractor) -> None:
    """ "said the council would vote on a plan that would fund ... and accused ...": the parser joins "accused" to
    "would fund"; a thing's relative clause in another tense, it is the leader's second statement (not "ordered
    Trackways, which owns and maintains the line, to ...", one verb of the relative clause and then another)."""
    text = ("Library vote\n\nThe council leader said the council would vote next week on a plan that would fund the "
            "library through May and accused the opposition of \"playing games with children's books.\"\n\n"
            "The inspector has ordered Trackways, which owns and maintains the line, to inspect every embankment.\n\n"
            "The bakers' union called the closures \"a hammer blow\" for two towns that had already lost much of their "
            "fishing fleet and said it would push for the Harwick plant to be sold rather than shut.\n")
    found = _cues_speakers_contents(text, extractor)
    assert found[:2] == [("said", "The council leader", "the council would vote next week on a plan that would fund "
                          "the library through May"),
                         ("accused", "The council leader", "the opposition of \"playing games with children's books.\"")]
    assert found[2][2] == "Trackways, which owns and maintains the line, to inspect every embankment"
    assert found[3][2].endswith("that had already lost much of their fishing fleet")
    assert found[4][:2] == ("said", "The bakers' union")


def test_a_list_of_that_clauses_after_said_is_one_content(extractor) -> None:
    """ "said she would X, that she would ask ... and that ...": the second "that" goes on with the list of what
    was said; it is no aside of a new cue."""
    text = ("Pool news\n\nThe mayor said she would close the pool on Monday, that she would ask the council for \"a "
            "new roof before the summer\" and that the old gym had \"served us well.\"\n")
    [statement] = extract(text, extractor=extractor).statements
    assert statement.text.startswith("she would close the pool on Monday, that she would ask the council")
    assert statement.text.endswith('"served us well."')


def test_a_belief_with_its_clause_and_a_new_subject_after_a_mixed_content_is_a_statement_of_its_own(
        extractor) -> None:
    """The sentence of the 143rd set's approval analysis: "and [Leveque's advisers] believe [...]" is theirs, not
    more of what the pollster argued (but "and every detainee thought to be intoxicated was seen" is more of it)."""
    text = ("Polls\n\nOstrow-Keane's pollster, Anselm Brenneman-Ruiz, argued in a memo to donors last week that the "
            "race \"will be decided by about 600,000 voters in five states who haven't tuned in yet,\" and Leveque's "
            "advisers believe the economy will matter more to those voters than anything the president says about "
            "their candidate.\n\nHe said custody staff had since been retrained and every detainee thought to be "
            "intoxicated was now seen by a nurse within an hour.\n")
    found = {s.cue.text: (s.speaker.mention.text, s.text) for s in extract(text, extractor=extractor).statements}
    assert found["believe"] == ("Leveque's advisers", "the economy will matter more to those voters than anything "
                                "the president says about their candidate")
    assert found["argued"][1].endswith('tuned in yet,"')
    assert found["said"][1].endswith("seen by a nurse within an hour")


def test_a_second_speakers_report_whose_subject_the_parser_joined_to_the_first_content_is_theirs(extractor) -> None:
    """ "Republicans said they mishandled the investigation and [Democrats] accused the GOP of ...": the parser makes
    "accused" a second complement of "said" and "Democrats" a conjunct of "investigation"."""
    text = ("Fireworks\n\nThe revelation set off another round of partisan fireworks on Friday: Republicans said they "
            "are increasingly convinced the Justice Department mishandled the investigation and Democrats accused the "
            "GOP of stoking the issue for maximum political damage.\n")
    found = _cues_speakers_contents(text, extractor)
    assert found == [("said", "Republicans", "they are increasingly convinced the Justice Department mishandled the "
                      "investigation"),
                     ("accused", "Democrats", "the GOP of stoking the issue for maximum political damage")]


def test_a_refusal_joined_to_the_content_is_the_source_s_not_the_content_s(extractor) -> None:
    """ "Police said [the two knew each other] but would not say how": what the police withheld is no part of what
    they said."""
    text = "Stabbing\n\nPolice said the two knew each other but would not say how.\n"
    found = {s.cue.text: s.text for s in extract(text, extractor=extractor).statements}
    assert found["said"] == "the two knew each other"


def test_a_ruling_participle_the_parser_hung_on_the_object_s_noun_is_the_subject_s_next_statement(extractor) -> None:
    """ "The court ordered a new trial for a landlord convicted of ..., ruling that ...": the participle closes the
    sentence with its clause; the court rules, not the landlord, and the order's content ends before it."""
    text = ("Appeal\n\nOntario's top court has ordered a new trial for a Larch Falls man convicted of manslaughter in a "
            "2022 house fire that killed his tenant, ruling that the trial judge's instructions left the jury \"no real "
            "path\" to an acquittal.\n")
    found = {s.cue.text: (s.text, s.speaker.mention.text) for s in extract(text, extractor=extractor).statements}
    assert found["ordered"][0].endswith("that killed his tenant")
    assert found["ruling"] == ('the trial judge\'s instructions left the jury "no real path" to an acquittal',
                               "Ontario's top court")


def test_a_speech_verb_the_parse_joined_to_an_infinitive_in_the_content_is_the_speaker_s_next_statement(
        extractor) -> None:
    """ "said the district would ask a court to halt the order and accused ...": the parser joins "accused" to "halt";
    in the tense of "said", not of "would ask", it is the lawyer's second statement (and "would try to reopen the
    bridge and praised" is the mayor's)."""
    text = ("Water news\n\nHarlan Beckwith-Osei, a lawyer for the irrigation district, said the district would ask a "
            "water court to halt the order and accused the state of \"picking winners by zip code.\"\n\n"
            "The mayor said the city would try to reopen the bridge by Friday and praised the crews for their work.\n\n"
            "Del. Lorraine Batchelder said the Sunday sites would help shift workers and churchgoers most and called "
            "the vote \"a long time coming.\"\n")
    found = _cues_speakers_contents(text, extractor)
    # the parse hung the quoted name on "help": "called" names the vote with it all the same
    delegate = "Del. Lorraine Batchelder"
    assert found[-2:] == [("said", delegate, "the Sunday sites would help shift workers and churchgoers most"),
                          ("called", delegate, 'the vote "a long time coming."')]
    assert found[:2] == [
        ("said", "Harlan Beckwith-Osei, a lawyer for the irrigation district",
         "the district would ask a water court to halt the order"),
        ("accused", "Harlan Beckwith-Osei", 'the state of "picking winners by zip code."')]
    assert found[2] == ("said", "The mayor", "the city would try to reopen the bridge by Friday")


def test_a_speech_verb_joined_to_the_second_conjunct_of_the_content_speaks_with_the_first_cue(extractor) -> None:
    """ "said [contractors had been mobilised and would close the breach ...] and promised ...": the parse joins
    "promised" to "close", the content's second conjunct; the minister promised, not the contractors."""
    text = ("Sea wall breach\n\nMinister of Public Works Andrea Somwaru-Hinds, who visited the area yesterday, said "
            "contractors had been mobilised and would close the breach within 48 hours and promised an assessment "
            "of farmers' losses.\n")
    found = [(s.cue.text, s.speaker.name, s.text) for s in extract(text, extractor=extractor).statements]
    assert found == [
        ("said", "Andrea Somwaru-Hinds", "contractors had been mobilised and would close the breach within 48 hours"),
        ("promised", "Andrea Somwaru-Hinds", "an assessment of farmers' losses")]


def test_a_speech_verb_joined_to_a_content_whose_subject_is_an_amount_is_the_speakers_next_act(extractor) -> None:
    """ "told parliament that [2.1 billion shillings had been released] and blamed ...": "had been released and
    blamed" could share the auxiliary, but an amount blames no one; the secretary did. A number of people may act
    ("two had been arrested and charged"): the content goes on."""
    text = ("Drought aid\n\nAgriculture Secretary Peter Munyao told parliament on Wednesday that 2.1 billion shillings "
            "had been released and blamed county governments for delays. Police said two herders had been arrested "
            "and charged with theft.\n")
    found = [(s.cue.text, s.speaker.name, s.text) for s in extract(text, extractor=extractor).statements]
    assert found == [("told", "Peter Munyao", "2.1 billion shillings had been released"),
                     ("blamed", "Peter Munyao", "county governments for delays"),
                     ("said", "Police", "two herders had been arrested and charged with theft")]
