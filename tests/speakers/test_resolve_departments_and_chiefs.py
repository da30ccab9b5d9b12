"""Speakers from an environment desk's pieces: a judge's title and surname the NER read as a body, the department a
job title names after a comma, a "chief" headline, a company's name with an ampersand the parse split. Invented."""
from __future__ import annotations

from onrecord.pipeline import extract


def _speakers(text: str, extractor) -> list[tuple[str | None, str, str | None]]:
    return [(s.speaker.name, s.speaker.type, s.speaker.role) for s in extract(text, extractor=extractor).statements]


def test_a_title_and_a_surname_the_ner_read_as_a_body_are_the_person_named_before(extractor) -> None:
    text = ("Logging halted\n\nJustice Miriam Calloway-Tse ruled on Friday that the agency had breached its licence."
            "\n\nIn her judgment, Justice Calloway-Tse wrote that the surveys had been \"cursory at best\".\n")
    assert _speakers(text, extractor) == [("Miriam Calloway-Tse", "person", "Justice")] * 2


def test_the_department_of_a_job_title_is_not_the_company(extractor) -> None:
    """Nigerian and Indian papers write "its Manager, Corporate Communications, Mrs. X": "the company" is the company
    named before, not the department."""
    text = ("Spill\n\nThe committee on Thursday summoned the Managing Director of Deltacrest Petroleum Development "
            "Company to appear before it.\n\nThe chairman said the company had failed to send a representative to "
            "two sittings.\n\n\"Our nets are empty,\" said a fisherman, Mr. Prebo Amakiri.\n\n"
            "The Paramount Ruler of Ebiama, HRH Ebimotimi Okorodudu-Seibi, disclosed that 1,200 households depended on "
            "fishing.\n\nThe spill released 3,800 barrels of crude, according to a joint investigation report "
            "signed by regulators, the company and community representatives.\n\nIn a statement signed by its "
            "Manager, Corporate Communications, Mrs. Ifeoma Ugwu-Braithwaite, the company said the spill was caused by third-party interference.\n")
    name, kind, _ = _speakers(text, extractor)[-1]
    assert name.startswith("Deltacrest Petroleum") and kind == "organization"


def test_a_headline_chief_is_the_chief_officer_of_that_field(extractor) -> None:
    text = ("Health chief urges residents to check on elderly neighbours\n\nChief Health Officer Dr Anjali "
            "Muthurajah-Boyd said emergency departments had treated 412 people.\n")
    assert [name for name, _, _ in _speakers(text, extractor)] == ["Anjali Muthurajah-Boyd"] * 2


def test_a_company_whose_name_the_parse_split_at_its_ampersand_speaks_whole(extractor) -> None:
    text = "Customers pack hearing as Ridgeway Power & Gas seeks 14% rate increase\n\nThe hearing ran late.\n"
    assert [name for name, _, _ in _speakers(text, extractor)] == ["Ridgeway Power & Gas"]


def test_a_headline_chief_stays_unnamed_when_another_role_names_the_field(extractor) -> None:
    """Review of 10bc6e7: the Health Secretary may be the headline's "Health chief" as well as the Chief Health
    Officer."""
    text = ("Health chief says hospitals must cut waiting lists\n\nHealth Secretary Tom Baines said waiting lists were "
            "too long.\n\nChief Health Officer Dr Ruth Alvarez said flu cases were rising.\n")
    assert [name for name, _, _ in _speakers(text, extractor)] == [None, "Tom Baines", "Ruth Alvarez"]
