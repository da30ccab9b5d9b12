"""Plain-text articles: metadata and spans read from the layout, the text left as it is."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.article import build_article
from onrecord.records import Article, RawPage
from onrecord.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
LAYOUTS = ["council-budget", "orchard-frost", "wrapped-pilots"]  # NAME.txt + NAME.expected.json


def _build(text: str | bytes, name: str = "story", **given) -> Article:
    page = RawPage(source=f"{name}.txt", key=f"{name}.txt", content=text, format="text", **given)
    return build_article(page, Settings())


def _spans(article: Article, spans) -> list[str]:
    return [article.text[s:e] for s, e in spans]


@pytest.mark.parametrize("name", LAYOUTS)
def test_plaintext_layout_fixture(name: str) -> None:
    data = (FIXTURES / f"{name}.txt").read_bytes()
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    article = _build(data, name)
    assert article.text == data.decode("utf-8"), "plain text is kept exactly"
    assert article.id == name
    assert (article.title, article.outlet, article.published, article.authors) == (
        expected["title"], expected["outlet"], expected["published"], expected["authors"])
    assert article.text[slice(*article.headline)] == expected["headline"]
    assert _spans(article, article.furniture) == expected["furniture"]
    paragraphs = _spans(article, article.paragraphs)
    assert len(paragraphs) == len(expected["paragraphs"])
    for got, start in zip(paragraphs, expected["paragraphs"]):
        assert got.startswith(start)


def test_plaintext_paragraphs_exclude_headline_date_and_furniture() -> None:
    text = ("Ridge Daily / Wind farm approved\n\nWind farm approved\n\n"
            "The planning board approved the wind farm on Tuesday.\n\n"
            "\u00a0\"It is a good day for the valley,\" said the board's chair, Mina Soto.\n\n"
            "Advertisement\n\n12 May 2025\nGO BACK\n")
    article = _build(text)
    assert _spans(article, article.paragraphs) == [
        "The planning board approved the wind farm on Tuesday.",
        "\u00a0\"It is a good day for the valley,\" said the board's chair, Mina Soto."]
    # the headline is where the page first gives it, after the outlet's name; the repeat below it is furniture
    assert _spans(article, article.furniture) == [
        "Ridge Daily / ", "Wind farm approved", "Advertisement", "GO BACK"]
    assert article.published == "2025-05-12"


@pytest.mark.parametrize("link", ["Also Read | Sensex Jumps 500 Points as Banks Rally",
                                  "Also read: FM says the economy is strong", "ALSO SEE: Flood photos"])
def test_a_link_to_another_story_between_paragraphs_is_furniture(link: str) -> None:
    # review 20: "Also Read | ..." was read as a clause whose verb is "Read"
    text = f"Markets rally\n\nThe Sensex rose on Monday.\n\n{link}\n\nBankers said the mood was good.\n"
    article = _build(text)
    assert link in _spans(article, article.furniture)
    assert link not in _spans(article, article.paragraphs)


@pytest.mark.parametrize("label", ["PRESS RELEASE", "For Immediate Release", "NEWS RELEASE - FOR IMMEDIATE RELEASE",
                                   "Media release:"])
def test_a_release_label_above_the_headline_is_furniture_and_the_next_line_the_headline(label: str) -> None:
    text = f"{label}\n\nFloods leave 1.2 million in need, warns Tidewater Aid\n\nThe floods are the worst in years.\n"
    article = _build(text)
    assert _spans(article, article.furniture) == [label]
    assert article.title == "Floods leave 1.2 million in need, warns Tidewater Aid"


@pytest.mark.parametrize("first_line, title, outlet", [
    ("Ridge Daily / Wind farm approved after long fight", "Wind farm approved after long fight", "Ridge Daily"),
    ("Wind farm approved after long fight | Ridge Daily", "Wind farm approved after long fight", "Ridge Daily"),
    ("Wind farm approved after long fight - Ridge Daily", "Wind farm approved after long fight", "Ridge Daily"),
    ("Wind farm approved after long fight \u2014 Ridge Daily", "Wind farm approved after long fight", "Ridge Daily"),
    ("Soto: \"A good day for the valley\"", "Soto: \"A good day for the valley\"", None),
    ("Board votes 5-2 for wind farm", "Board votes 5-2 for wind farm", None),
])
def test_plaintext_outlet_and_title_from_first_line(first_line: str, title: str, outlet: str | None) -> None:
    article = _build(f"{first_line}\n\nThe planning board approved the wind farm on Tuesday.\n")
    assert (article.title, article.outlet) == (title, outlet)
    assert article.text[slice(*article.headline)] == title


@pytest.mark.parametrize("first_line, outlet", [
    ("Ridge Daily | Wind farm approved after a long fight", "Ridge Daily"),
    ("Ridge Daily \u2013 Wind farm approved after a long fight", "Ridge Daily"),
    ("Ridge DailyWind farm approved after a long fight", "Ridge Daily"),  # glued, as scrapers save it
])
def test_plaintext_outlet_before_the_title_that_the_next_line_repeats(first_line: str, outlet: str) -> None:
    title = "Wind farm approved after a long fight"
    article = _build(f"{first_line}\n{title}\nSkip to content\nThe planning board approved the wind farm.\n")
    assert (article.title, article.outlet) == (title, outlet)
    assert article.text[slice(*article.headline)] == title and article.headline[0] < len(first_line)
    assert title in _spans(article, article.furniture)  # the repeat is no second headline
    assert _spans(article, article.paragraphs) == ["The planning board approved the wind farm."]


@pytest.mark.parametrize("line, iso", [
    ("25 October 2020", "2020-10-25"),
    ("October 25, 2020", "2020-10-25"),
    ("Oct. 25, 2020", "2020-10-25"),
    ("2020-10-25", "2020-10-25"),
    ("Published: 25 October 2020", "2020-10-25"),
    ("Updated on Sunday, October 25th, 2020 at 10:30 GMT", "2020-10-25"),
    ("2020-10-25T08:00:00+04:00", "2020-10-25"),
])
def test_plaintext_date_line_at_top_or_foot(line: str, iso: str) -> None:
    body = "The planning board approved the wind farm on Tuesday."
    top = _build(f"Wind farm approved\n\n{line}\n\n{body}\n")
    foot = _build(f"Wind farm approved\n\n{body}\n\n{line}\n")
    assert top.published == foot.published == iso
    assert all(line not in foot.text[s:e] for s, e in foot.paragraphs)


def test_plaintext_date_inside_a_sentence_is_not_the_date() -> None:
    article = _build("Wind farm approved\n\nOn 3 March 2021 the board first heard the plan.\n")
    assert article.published is None


def test_plaintext_crlf_offsets_stay_valid() -> None:
    text = "Wind farm approved\r\n\r\nThe board approved it.\r\n\r\n12 May 2025\r\n"
    article = _build(text.encode())
    assert article.text == text
    assert _spans(article, article.paragraphs) == ["The board approved it."]
    assert article.published == "2025-05-12"


def test_plaintext_without_headline_keeps_every_line_as_body() -> None:
    text = ("The board approved the wind farm on Tuesday after a debate that ran late into the night "
            "and ended with a vote of five to two in favour of the developers' revised plan.\n"
            "Opponents said they would appeal.\n")
    article = _build(text)
    assert article.headline is None and article.title is None
    assert len(article.paragraphs) == 2


def test_plaintext_given_title_finds_the_headline() -> None:
    article = _build("Wind farm approved\nThe board approved it.\n", title="Wind farm approved")
    assert article.text[slice(*article.headline)] == "Wind farm approved"


def test_plaintext_id_hash_and_method() -> None:
    a = _build("Wind farm approved\n\nThe board \u201capproved\u201d it.\n", name="wind-farm")
    b = _build("Wind farm approved\n\n\nThe  board \"approved\" it.", name="copy")
    assert (a.id, a.method) == ("wind-farm", "plaintext")
    assert a.content_hash == b.content_hash and len(a.content_hash) == 64
    assert a.content_hash != _build("Wind farm rejected\n\nThe board rejected it.\n").content_hash


def test_plaintext_old_mac_line_ends_give_lines_with_the_same_offsets() -> None:
    text = ("Ferry service cut on the coast\r\r"
            "The ferry company cut its winter service on Monday after weeks of storms.\r\r"
            "Varga said the cut would hurt the islands.\r")
    article = _build(text.encode("utf-8"))
    assert article.text == text.replace("\r", "\n"), "one character for one: offsets stay"
    assert article.title == "Ferry service cut on the coast"
    assert _spans(article, article.paragraphs) == [
        "The ferry company cut its winter service on Monday after weeks of storms.",
        "Varga said the cut would hurt the islands."]


@pytest.mark.parametrize("text", ["Ferry cut\r\n\r\nVarga said so.\r\n", "Ferry cut\r\r\n\r\r\nVarga said so.\r\r\n"])
def test_plaintext_crlf_line_ends_stay_as_they_are(text: str) -> None:
    article = _build(text.encode("utf-8"))
    assert article.text == text and article.title == "Ferry cut"


def test_text_given_as_a_string_with_old_mac_line_ends_reads_as_lines() -> None:
    """JSON Lines text and the Python API hand over decoded text: a lone CR breaks lines there too."""
    from onrecord.pipeline import extract

    text = "Port to close\r\rMayor Ana Lind said the port would close in May.\r"
    result = extract(text)
    assert result.article.title == "Port to close"
    assert [s.text for s in result.statements] == ["the port would close in May"]


def test_text_given_as_a_string_with_a_lone_surrogate_is_extracted() -> None:
    """Review 10: a lone surrogate in text handed to the API raised a raw UnicodeEncodeError."""
    from onrecord.pipeline import extract

    result = extract("Port\n\nMayor Ana Lind said the port would close\ud800 in May.\n")
    assert [s.text for s in result.statements] == ["the port would close\ufffd in May"]
