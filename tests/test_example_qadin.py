"""The model input: ../shared/examples/qadin-aliyev-2020-10-25.txt gives the record its .expected.md describes.

The article is read from ../shared (never copied here); the test skips when it is absent.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.pipeline import read_pages, run
from onrecord.records import ArticleRecord
from onrecord.settings import Settings

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXAMPLE = SHARED / "examples" / "qadin-aliyev-2020-10-25.txt"
SPEAKER = "Ilham Aliyev"
ROLE = "President of Azerbaijan"
OCCASION = ("a meeting with the leadership of the Defense Ministry and commanders of the units "
            "located in the frontline")


@pytest.fixture(scope="module")
def record(extractor) -> ArticleRecord:
    if not EXAMPLE.is_file():
        pytest.skip(f"{EXAMPLE} is not available (it lives in ../shared, outside the repository)")
    settings = Settings()
    [result] = list(run(read_pages([str(EXAMPLE)], settings), settings, extractor=extractor))
    assert isinstance(result, ArticleRecord), result
    return result


@pytest.fixture(scope="module")
def text(record) -> str:
    return record.article.text


def test_qadin_article_metadata(record) -> None:
    article = record.article
    assert article.text == EXAMPLE.read_text(encoding="utf-8")
    assert article.outlet == "Qadin.NET"
    assert article.title == 'Ilham Aliyev: "This is our next political victory"'
    assert article.published == "2020-10-25"
    assert article.language == "en"


def test_qadin_five_statements_in_reading_order(record) -> None:
    kinds = [(s.kind, s.headline) for s in record.statements]
    assert kinds == [("direct", True), ("direct", False), ("indirect", False), ("direct", False),
                     ("continuation", False)]


def test_qadin_every_statement_is_aliyevs_with_role_and_occasion(record) -> None:
    for st in record.statements:
        assert st.speaker is not None and st.speaker.name == SPEAKER, st.text[:40]
        assert st.speaker.type == "person"
        assert st.speaker.role == ROLE
        assert st.occasion == OCCASION
        assert 0.0 <= st.confidence <= 1.0


def test_qadin_headline_quote_is_linked_to_the_body(record, text) -> None:
    head = record.statements[0]
    assert head.text == "This is our next political victory"
    # read where the page first gives it, on the "Qadin.NET / ..." line after the outlet's name (the line repeating
    # it below is page furniture): a reader marks it there
    h0, h1 = record.article.headline
    assert text[h0:h1] == record.article.title and h0 == text.index("Ilham Aliyev")
    start = text.index('"', h0) + 1
    assert head.spans == [(start, start + len(head.text))]
    assert start < text.index("\n") and head.spans[0][1] < h1
    assert head.speaker.mention.span[0] >= h0
    assert head.cue is None or head.cue.text in (":",)
    assert head.body_match is not None
    s, e = head.body_match.span
    assert text[s:e].lower() == "this is our next political victory"
    assert text[s - len("I think "):e] == "I think this is our next political victory"


def test_qadin_direct_quote_named_only_in_the_next_paragraph(record, text) -> None:
    st = record.statements[1]
    assert st.text.startswith("Recently, we have seen once again that Armenia does not intend")
    assert st.text.endswith("Otherwise, the four resolutions of the UN Security Council would not remain on paper.")
    assert st.spans == [(text.index("Recently,"), text.index("on paper.") + len("on paper."))]
    assert st.speaker.mention.span[0] > st.end  # named after the quote
    assert "Ilham Aliyev" in st.speaker.mention.text


def test_qadin_indirect_statement_with_pronoun_speaker(record) -> None:
    st = record.statements[2]
    content = "a few days ago the co-chairs held a meeting of the UN Security Council"
    assert st.text == content  # without the complementizer "that"
    assert st.spans == [(st.spans[0][0], st.spans[0][0] + len(content))]
    assert st.cue.text == "said"
    assert st.speaker.mention.text == "He"


def test_qadin_direct_quote_with_cue_after(record, text) -> None:
    st = record.statements[3]
    assert st.text == ("A document was put forward at the meeting that did not satisfy us and meant to "
                       "draw a line under the resolutions adopted in 1993")
    assert st.cue.text == "said"
    assert st.speaker.mention.text == "he"
    assert text[st.cue.span[0]:st.cue.span[1]] == "said"


def test_qadin_continuation_after_the_cue_through_the_next_paragraph(record, text) -> None:
    st = record.statements[4]
    first, second = [text[s:e] for s, e in st.spans]
    assert first.startswith("We strongly objected to this.")
    assert first.endswith("The draft presented these days does not contain these provisions.")
    assert second.startswith("In short, this step is assessed as another provocation against Azerbaijan.")
    assert second.endswith("we also respond to the provocative steps of the enemy's supporters.")
    assert st.confidence < record.statements[3].confidence


def test_qadin_go_back_is_furniture(record, text) -> None:
    start = text.index("GO BACK")
    end = start + len("GO BACK")
    for st in record.statements:
        assert all(e <= start or s >= end for s, e in st.spans)
    assert all(e.span[1] <= start or e.span[0] >= end for e in record.entities)


def test_qadin_entities(record, text) -> None:
    by_text = {}
    for ent in record.entities:
        by_text.setdefault(ent.text.removeprefix("the "), set()).add(ent.label)
    assert "PERSON" in by_text["Ilham Aliyev"]
    assert "GPE" in by_text["Azerbaijan"]
    for name in ("Armenia", "UN Security Council", "Non-Aligned Movement", "Defense Ministry"):
        assert name in by_text, name
    assert "DATE" in by_text["1993"]
    date_line = text.index("25 October 2020")
    assert any(e.label == "DATE" and date_line <= e.span[0] < date_line + 15 for e in record.entities)
