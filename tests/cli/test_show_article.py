"""``onrecord show``: the article in the terminal, statements highlighted and listed."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from onrecord.cli import cli

from fixtures.store.records import article, quote, store_with

TEXT = ('Harbour master Lina Sorel said on Friday: "The harbour will stay open all winter." '
        'She told the council that dredging would start in March.')


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("show") / "news.db"
    record = article("harbour-winter", TEXT, outlet="Coast Wire", published="2024-02-02", statements=[
        quote(TEXT, "The harbour will stay open all winter.", "Lina Sorel", "Harbour master Lina Sorel",
              cue="said", role="Harbour master", confidence=0.95),
        quote(TEXT, "dredging would start in March", "Lina Sorel", "She", kind="indirect",
              cue="told", addressee="the council", confidence=0.8)])
    store_with(path, [record]).close()
    return str(path)


def show(*args):
    return CliRunner().invoke(cli, ["show", *args])


@pytest.mark.parametrize("ref", ["harbour-winter", "/invented/harbour-winter.txt", "1"])
def test_show_finds_the_article_by_ext_id_key_or_id(db, ref):
    result = show(ref, "--db", db)
    assert result.exit_code == 0, result.output
    assert "Coast Wire · 2024-02-02 · harbour-winter" in result.stdout


def test_plain_output_marks_each_statement_and_lists_them(db):
    out = show("harbour-winter", "--db", db).stdout
    assert '"⟦1 The harbour will stay open all winter.⟧"' in out
    assert "the council that ⟦2 dredging would start in March⟧." in out
    assert "2 statements" in out
    assert '1. Lina Sorel as "Harbour master Lina Sorel" — direct, speech, confidence 0.95, cue "said"' in out
    assert '2. Lina Sorel as "She" — indirect, speech, confidence 0.80, cue "told", to the council' in out


def test_color_output_styles_content_cue_and_mention_differently(db):
    out = show("harbour-winter", "--db", db, "--color").stdout
    content = "\x1b[1;32mThe harbour will stay open all winter.\x1b[0m"
    assert content in out
    assert "\x1b[4;35msaid\x1b[0m" in out  # the cue
    assert "\x1b[1;36mHarbour master Lina Sorel\x1b[0m" in out  # the mention
    assert "⟦" not in out


def test_an_unknown_article_says_how_to_find_one(db):
    result = show("no-such-article", "--db", db)
    assert result.exit_code == 1
    assert "[E031]" in result.output and "onrecord articles" in result.output
