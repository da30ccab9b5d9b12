"""Authors sign the article; they are never the speaker a pronoun or a title points back to."""
from __future__ import annotations

from pathlib import Path

from onrecord.pipeline import extract
from onrecord.speakers.mentions import byline_spans
from onrecord.speakers.resolve import SpeakerResolver

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "statements"


def test_byline_lines_are_found_and_sentences_are_not() -> None:
    text = ("Bridge to open\n\nBy Jane Porter\n\nBy Monday, the bridge was shut.\n"
            "BY JANE PORTER AND TOM REYES, Staff Writers\n")
    lines = [text[s:e] for s, e in byline_spans(text)]
    assert lines == ["By Jane Porter", "BY JANE PORTER AND TOM REYES, Staff Writers"]


def test_the_credit_under_a_byline_signs_the_article_too(extractor) -> None:
    text = ("School breakfasts to be free\n\nBy Aled Pritchard-Nunes\nLocal Democracy Reporting Service\n"
            "07:00, 24 NOV 2026\n\nThe council will pay for breakfast clubs, a cabinet member said.\n"
            "By the end of March.\n")
    lines = [text[s:e] for s, e in byline_spans(text)]
    assert lines == ["By Aled Pritchard-Nunes", "Local Democracy Reporting Service"]
    cues = [s.cue.text for s in extract(text, extractor=extractor).statements if s.cue]
    assert "Reporting" not in cues and "said" in cues


def test_a_headline_under_a_byline_is_no_credit() -> None:
    text = "Row over the mayor\n\nBy Ana Lindqvist\nUnion Says Mayor Must Go\n\nThe union met on Monday.\n"
    assert [text[s:e] for s, e in byline_spans(text)] == ["By Ana Lindqvist"]


def test_author_line_outside_the_body_is_a_byline() -> None:
    text = "Bridge to open\n\nJane Porter | Harbour Gazette\n\nJane Porter said the bridge would open soon.\n"
    body = [(text.index("Jane Porter said"), len(text) - 1)]
    lines = [text[s:e] for s, e in byline_spans(text, ["Jane Porter"], body)]
    assert lines == ["Jane Porter | Harbour Gazette"]


def test_pronouns_never_resolve_to_the_byline(extractor) -> None:
    text = (FIXTURES / "mayor-bridge.txt").read_text(encoding="utf-8")
    record = extract(text, extractor=extractor)
    assert record.article.authors == ["Jane Porter"]
    by_mention = {s.speaker.mention.text: s.speaker for s in record.statements}
    for pronoun in ("She", "she"):
        assert by_mention[pronoun].name == "Ana Costa"
        assert by_mention[pronoun].role == "Mayor"
    assert all(s.speaker.name != "Jane Porter" for s in record.statements)


def test_author_is_no_antecedent_even_in_the_body(nlp) -> None:
    text = "Jane Porter visited the harbour. She said the water was cold."
    doc = nlp(text)
    at = text.index("She")
    assert SpeakerResolver(doc).resolve(at, at + 3).name == "Jane Porter"
    assert SpeakerResolver(doc, authors=["Jane Porter"]).resolve(at, at + 3).name is None


def test_pronoun_with_only_the_byline_before_it_stays_unresolved(extractor) -> None:
    text = ("Harbour bridge delayed\n\nBy Jane Porter\n\n"
            "The new harbour bridge will open late. She told reporters that work would start in the spring.\n")
    [st] = extract(text, extractor=extractor).statements
    assert st.text == "work would start in the spring"
    assert st.speaker.mention.text == "She"
    assert st.speaker.name is None
