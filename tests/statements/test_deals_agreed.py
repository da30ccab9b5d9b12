"""Forms of business reporting (the 174th invented set): a deal struck is an act the story reports, not anyone's
statement, unless someone says it was struck. Invented."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def _found(text: str, extractor) -> dict[str, str]:
    return {s.cue.text: s.text for s in extract(text, extractor=extractor).statements}


@pytest.mark.parametrize("deal", ["agreed on Monday to buy Banning Mills for $2.7 billion in cash",
                                  "has agreed to buy Banning Mills, the family-owned baker, for $2.7 billion",
                                  "agreed to sell its flour mills to Banning Mills",
                                  "and Banning Mills agreed to merge", "agreed to sell its frozen foods unit"])
def test_a_deal_agreed_is_no_statement(extractor, deal: str) -> None:
    assert _found(f"Bread deal\n\nOstrel Foods {deal}.\n", extractor) == {}


def test_a_deal_agreed_by_a_company_named_before_is_no_statement(extractor) -> None:
    text = "Bread deal\n\nOstrel Foods makes bread. It agreed on Monday to buy Banning Mills.\n"
    assert _found(text, extractor) == {}


def test_a_deal_someone_says_was_agreed_is_their_statement(extractor) -> None:
    found = _found("Bread deal\n\nOstrel Foods said on Monday it had agreed to buy Banning Mills for $2.7 billion.\n",
                   extractor)
    assert found == {"said": "it had agreed to buy Banning Mills for $2.7 billion"}


@pytest.mark.parametrize("sentence, content", [
    ("The senator agreed to debate her rival twice before the primary.",
     "to debate her rival twice before the primary"),
    ("Mayor Ilse Darrow agreed to sell the plan to skeptical voters at town halls.",
     "to sell the plan to skeptical voters at town halls"),
    ("Darrow agreed to purchase body cameras for every officer.", "to purchase body cameras for every officer"),
    ("The minister agreed to buy into the reform plan.", "to buy into the reform plan"),
])
def test_agreeing_to_do_what_is_no_company_s_deal_stays_a_statement(extractor, sentence: str, content: str) -> None:
    # a person's commitment, even to buy or sell, is what they agreed to; "buy into" buys nothing
    assert _found(f"News\n\n{sentence}\n", extractor) == {"agreed": content}


def test_two_parties_agreeing_to_merge_is_no_statement_whatever_the_ner_reads_them_as(extractor) -> None:
    # the NER reads "Vesta Grid" as a person
    text = ("Power merger\n\nVesta Grid and Tolman Power agreed to merge on Monday. Vesta's chief executive, Lena "
            "Brook, said the deal would cut costs.\n")
    assert _found(text, extractor) == {"said": "the deal would cut costs"}


def test_two_people_agreeing_to_something_else_than_a_merger_still_commit(extractor) -> None:
    assert _found("Talks\n\nSenators Lind and Varga agreed to debate twice before the primary.\n", extractor) == {
        "agreed": "to debate twice before the primary"}


@pytest.mark.parametrize("sentence, content", [
    ("The two leaders agreed to merge their delegations.", "to merge their delegations"),
    ("Councillors Okafor and Mensah agreed to merge their ward budgets.", "to merge their ward budgets"),
])
def test_people_agreeing_to_merge_what_is_theirs_commit(extractor, sentence: str, content: str) -> None:
    # review of bf3ef1a: a merger of what they run, with its object, is a commitment, as it was
    assert _found(f"Talks\n\n{sentence}\n", extractor) == {"agreed": content}
