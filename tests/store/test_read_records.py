"""store/read.py: one statement, one speaker, one article, and the lists."""
from __future__ import annotations

import sqlite3

import pytest

from onrecord.store import read


@pytest.fixture
def conn(store_facts):
    connection = sqlite3.connect(f"file:{store_facts.path}?mode=ro", uri=True)
    yield connection
    connection.close()


def test_read_statement_lists_every_outlet_first_seen_first(conn, store_facts):
    statement = read.get_statement(conn, store_facts.shared_statement_id)
    occurrences = statement["occurrences"]
    assert len(occurrences) == 3 == statement["n_occurrences"]
    assert {o["outlet"] for o in occurrences} == {"Daily Ledger", "North Gazette", "Coast Wire"}
    dates = [o["published"] for o in occurrences]
    assert dates == sorted(dates) and dates[0] == statement["first_published"]
    assert read.get_statement(conn, 10**9) is None


def test_read_speaker_profile(conn, store_facts):
    kessler = store_facts.speaker_ids["Maria Kessler"]
    speaker = read.get_speaker(conn, kessler, limit=5)
    assert speaker["name"] == "Maria Kessler"
    assert speaker["roles"] == ["Minister of Finance"]
    assert {"Kessler", "Minister Kessler"} <= set(speaker["aliases"])
    n = conn.execute("SELECT count(*) FROM statements WHERE speaker_id = ?", (kessler,)).fetchone()[0]
    assert speaker["n_statements"] == n
    assert sum(p["count"] for p in speaker["timeline"]["points"]) == n  # all dated
    periods = [p["period"] for p in speaker["timeline"]["points"]]
    assert periods == sorted(periods)
    counts = [o["count"] for o in speaker["top_outlets"]]
    assert counts == sorted(counts, reverse=True) and counts[0] > 0
    assert "Maria Kessler" not in {a["name"] for a in speaker["about"]}
    assert len(speaker["statements"].items) == 5 and speaker["statements"].next_cursor
    assert read.get_speaker(conn, 10**9) is None


def test_read_speaker_timeline_weeks_start_on_monday(conn, store_facts):
    speaker = read.get_speaker(conn, store_facts.speaker_ids["Maria Kessler"], bucket="week")
    from datetime import date

    for point in speaker["timeline"]["points"]:
        assert date.fromisoformat(point["period"]).weekday() == 0
    day = read.get_speaker(conn, store_facts.speaker_ids["Maria Kessler"], bucket="day")
    assert sum(p["count"] for p in day["timeline"]["points"]) == speaker["n_statements"]


def test_read_article_spans_point_into_its_text(conn, store_facts):
    for article_id in (store_facts.article_ids[0], store_facts.hostile_article_id):
        article = read.get_article(conn, article_id)
        assert article["occurrences"]
        for o in article["occurrences"]:
            assert article["text"][o["start"]:o["end"]] == o["text"]
            for part in ("cue", "mention"):
                start, end = o[part]["span"]
                assert article["text"][start:end] == o[part]["text"]
            assert o["speaker_id"] in {s["id"] for s in article["speakers"]}
    assert read.get_article(conn, 10**9) is None


def test_read_find_article_by_key_id_or_url(conn, store_facts):
    hostile = store_facts.hostile_article_id
    for ref in ("hostile", "fixture/hostile.txt", "https://example.org/hostile", str(hostile), hostile):
        assert read.find_article(conn, ref) == hostile
    assert read.find_article(conn, "no-such-article") is None


def test_read_list_speakers_and_articles_page_through_all(conn, store_facts):
    seen, cursor = [], None
    while True:
        page = read.list_speakers(conn, cursor=cursor, limit=2)
        seen += page.items
        if not (cursor := page.next_cursor):
            break
    assert len(seen) == len(store_facts.speaker_ids)
    assert [s["n_statements"] for s in seen] == sorted((s["n_statements"] for s in seen), reverse=True)
    assert [s["name"] for s in read.list_speakers(conn, q="kess").items] == ["Maria Kessler"]
    articles, cursor = [], None
    while True:
        page = read.list_articles(conn, cursor=cursor, limit=4)
        articles += page.items
        if not (cursor := page.next_cursor):
            break
    assert len(articles) == len(store_facts.article_ids) + 2  # + hostile + undated
    assert articles[-1]["published"] is None
    outlets = read.list_outlets(conn)
    assert sum(o["count"] for o in outlets) == len(articles)


def test_read_speaker_aggregates_count_the_latest_statements(conn, store_facts, monkeypatch):
    kessler = store_facts.speaker_ids["Maria Kessler"]
    monkeypatch.setattr(read, "SPEAKER_BASIS", 3)
    speaker = read.get_speaker(conn, kessler)
    assert speaker["basis"] == {"latest": 3, "of": speaker["n_statements"]}
    assert sum(o["count"] for o in speaker["top_outlets"]) == 3  # one occurrence each here
    assert sum(p["count"] for p in speaker["timeline"]["points"]) == speaker["n_statements"]
