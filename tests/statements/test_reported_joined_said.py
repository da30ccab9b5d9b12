"""'He confirmed that X, but said goalkeeper Tom Lind had recovered': the parser reads "goalkeeper" as the
subject of "said" and the clause as a relative clause; the clause is a second statement of "He".
Invented."""
from __future__ import annotations

from onrecord.pipeline import extract


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
