"""A second cue of the same speaker that the parse hung inside the first content: "said in a statement [that X] and
blamed Y", "said [her bill would get a vote] and called Z 'a problem'". The first content ends before "and"; the
second cue is a statement of the first speaker's. Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def _statements(text: str, extractor) -> dict[str, tuple[str, str | None]]:
    return {s.cue.text: (s.text, s.speaker.name if s.speaker else None)
            for s in extract(text, extractor=extractor).statements if s.cue}


@pytest.mark.parametrize("text, speaker, first, second_cue, second", [
    pytest.param("Prices\n\nThe Seafood Importers Alliance, a Washington-based trade group, said in a statement that "
                 "imported shrimp are \"inspected, safe and affordable\" and blamed low dock prices on a warm spring "
                 "that brought small shrimp into the bays early.\n", "Seafood Importers Alliance",
                 'imported shrimp are "inspected, safe and affordable"', "blamed",
                 "low dock prices on a warm spring that brought small shrimp into the bays early",
                 id="medium-clause-then-blamed"),
    pytest.param("Tariffs\n\nRep. Claire Fontaine said at the docks on Monday that her bill would get a committee vote "
                 "\"before the season is over\" and called imported farmed shrimp \"a food safety problem.\"\n",
                 "Claire Fontaine", 'her bill would get a committee vote "before the season is over"', "called",
                 'imported farmed shrimp "a food safety problem."', id="modal-clause-then-past-cue"),
])
def test_the_second_cue_is_its_own_statement_of_the_same_speaker(text, speaker, first, second_cue, second,
                                                                  extractor):
    found = _statements(text, extractor)
    assert found["said"] == (first, speaker)
    assert found[second_cue] == (second, speaker)


@pytest.mark.parametrize("text, content", [
    pytest.param("Cuts\n\nThe mayor said the cut would cost $18 million and put 150 jobs at risk.\n",
                 "the cut would cost $18 million and put 150 jobs at risk", id="a-conjunct-sharing-the-modal-stays"),
    pytest.param("Taxes\n\nAnalysts said it would depress revenue in the early years as investors delayed sales, "
                 "but would eventually add $84 billion over 10 years.\n",
                 "it would depress revenue in the early years as investors delayed sales, but would eventually add $84 "
                 "billion over 10 years", id="a-cue-word-with-an-amount-after-a-modal-goes-on"),
    pytest.param("Crash\n\nPolice said the two men knew each other but would not say how.\n",
                 "the two men knew each other", id="a-refusal-after-a-modal-is-no-part-of-it"),
])
def test_what_follows_a_modal_in_the_content_stays_or_ends_it(text: str, content: str, extractor):
    assert _statements(text, extractor)["said"][0] == content


def test_a_second_cue_inside_quotation_marks_is_the_speakers_quoted_words_not_a_statement_of_its_own(extractor):
    text = ("Talks\n\nIn a statement, a Halvern spokesman, Peter Lindahl-Ogun, said that the company \"continues to "
            "negotiate in good faith\" and would \"not comment on the substance of confidential discussions.\"\n")
    found = _statements(text, extractor)
    assert found["said"] == ('the company "continues to negotiate in good faith" and would "not comment on the '
                             'substance of confidential discussions."', "Peter Lindahl-Ogun"), found
    assert list(found) == ["said"], found  # neither "comment" nor "continues", inside the marks, is a cue
