"""store/read.py: searching statements, filters, keyset pages, export iteration."""
from __future__ import annotations

import sqlite3

import pytest

from onrecord.errors import OnrecordError
from onrecord.store import read


@pytest.fixture
def conn(store_facts):
    connection = sqlite3.connect(f"file:{store_facts.path}?mode=ro", uri=True)
    yield connection
    connection.close()


def _all_pages(conn, limit=7, **filters):
    ids, cursor, pages = [], None, 0
    while True:
        page = read.search_statements(conn, cursor=cursor, limit=limit, **filters)
        ids += [item["id"] for item in page.items]
        pages += 1
        if page.next_cursor is None:
            return ids, pages
        cursor = page.next_cursor


@pytest.mark.parametrize("sort", ["-date", "date", "outlets", "relevance"])
def test_read_pages_cover_every_statement_once(conn, store_facts, sort):
    ids, pages = _all_pages(conn, sort=sort)
    assert len(ids) == len(set(ids)) == store_facts.n_statements
    assert pages == -(-store_facts.n_statements // 7)


def test_read_date_order_puts_undated_last_both_ways(conn, store_facts):
    for sort in ("-date", "date"):
        ids, _ = _all_pages(conn, sort=sort)
        assert ids[-1] == store_facts.undated_statement_id
        dates = [conn.execute("SELECT first_published FROM statements WHERE id = ?", (i,)).fetchone()[0]
                 for i in ids[:-1]]
        assert dates == sorted(dates, reverse=sort == "-date")


def test_read_page_matches_iter_statements_order(conn):
    for filters in ({"q": "harbor"}, {"sort": "date"}, {"speaker": "Brandt", "sort": "outlets"}):
        paged, _ = _all_pages(conn, limit=5, **filters)
        assert [row["id"] for row in read.iter_statements(conn, **filters)] == paged


def test_read_speaker_filter_matches_any_alias(conn, store_facts):
    kessler = store_facts.speaker_ids["Maria Kessler"]
    expected = conn.execute("SELECT count(*) FROM statements WHERE speaker_id = ?", (kessler,)).fetchone()[0]
    for name in ("Maria Kessler", "kessler", "Minister Kessler", "  MARIA   kessler "):
        page = read.search_statements(conn, speaker=name, limit=100)
        assert page.total == expected
        assert {item["speaker_id"] for item in page.items} == {kessler}
    assert read.search_statements(conn, speaker="Nobody Atall").items == []


def test_read_filters_keep_only_matching_rows(conn):
    page = read.search_statements(conn, outlet="North Gazette", since="2024-02", until="2024-03-15",
                                  act="speech", speaker_type="person", limit=200)
    assert page.items
    for item in page.items:
        assert "2024-02-01" <= item["first_published"] <= "2024-03-15"
        assert item["act"] == "speech" and item["speaker_type"] == "person"
        outlets = {r[0] for r in conn.execute(
            "SELECT a.outlet FROM occurrences o JOIN articles a ON a.id = o.article_id "
            "WHERE o.statement_id = ?", (item["id"],))}
        assert "North Gazette" in outlets
    beliefs = read.search_statements(conn, act="belief", limit=200)
    assert beliefs.items and all(" should " in i["text"] for i in beliefs.items)
    anonymous = read.search_statements(conn, speaker_type="anonymous", limit=200)
    assert {i["speaker_name"] for i in anonymous.items} == {"a senior official"}


def test_read_full_text_marks_matched_words(conn):
    page = read.search_statements(conn, q="bridges", limit=100)  # porter: bridges -> bridge
    assert page.items
    for item in page.items:
        assert item["matches"]
        for start, end in item["matches"]:
            assert item["text"][start:end].lower() == "bridge"


def test_read_plain_words_never_raise_but_bad_syntax_is_e060(conn):
    assert read.search_statements(conn, q="don't U.S. well-known").items == []
    for bad in ('"harbor', "harbor AND", "(bridge", "nosuchcolumn: bridge"):
        with pytest.raises(OnrecordError) as info:
            read.search_statements(conn, q=bad)
        assert info.value.code == "E060"
    phrase = read.search_statements(conn, q='"harbor bridge will reopen"')
    assert [item["text"] for item in phrase.items] == ["The harbor bridge will reopen in spring whatever the cost"]


@pytest.mark.parametrize("filters, code", [
    ({"kind": "shouted"}, "E062"), ({"act": "x"}, "E062"), ({"speaker_type": "robot"}, "E062"),
    ({"since": "yesterday"}, "E062"), ({"until": "2024-13"}, "E062"), ({"since": "2024-02-30"}, "E062"), ({"sort": "random"}, "E062"),
    ({"limit": 0}, "E062"), ({"limit": "ten"}, "E062"), ({"cursor": "not-a-cursor"}, "E063"),
])
def test_read_bad_values_are_coded_errors(conn, filters, code):
    with pytest.raises(OnrecordError) as info:
        read.search_statements(conn, **filters)
    assert info.value.code == code


def test_read_cursor_of_another_sort_is_refused(conn):
    cursor = read.search_statements(conn, sort="date", limit=2).next_cursor
    with pytest.raises(OnrecordError) as info:
        read.search_statements(conn, sort="outlets", cursor=cursor)
    assert info.value.code == "E063"


def test_read_total_is_capped_not_exhaustive(conn, monkeypatch, store_facts):
    monkeypatch.setattr(read, "COUNT_CAP", 10)
    page = read.search_statements(conn, limit=3)
    assert (page.total, page.total_exact) == (10, False)
    monkeypatch.setattr(read, "COUNT_CAP", 10_000)
    page = read.search_statements(conn, limit=3)
    assert (page.total, page.total_exact) == (store_facts.n_statements, True)


@pytest.mark.parametrize("sort", ["-date", "date"])
@pytest.mark.parametrize("plan, set_max", [("set", 10**6), ("probe", 1)])
def test_read_walking_plans_find_what_the_fts_plan_finds(conn, monkeypatch, sort, plan, set_max):
    filters = {"q": "harbor", "sort": sort}
    by_fts, _ = _all_pages(conn, **filters)
    with_speaker, _ = _all_pages(conn, speaker="Kessler", **filters)
    plans = []
    real_plan = read._plan
    monkeypatch.setattr(read, "_plan", lambda *a: plans.append(real_plan(*a)[0]) or real_plan(*a))
    monkeypatch.setattr(read, "_dense_threshold", lambda conn, limit: 1)  # every word is common
    monkeypatch.setattr(read, "MATCH_SET_MAX", set_max)
    assert _all_pages(conn, **filters)[0] == by_fts and by_fts
    assert _all_pages(conn, speaker="Kessler", **filters)[0] == with_speaker and with_speaker
    assert set(plans) == {plan}
    page = read.search_statements(conn, q="harbor", sort=sort, speaker="Kessler", limit=5)
    assert all(item["matches"] for item in page.items)


def test_read_count_stops_at_its_time_budget(conn, monkeypatch):
    monkeypatch.setattr(read, "COUNT_SECONDS", -1.0)  # already past: a lower bound at once
    monkeypatch.setattr(read, "CHECK_STEPS", 1)
    page = read.search_statements(conn, act="speech", limit=3)
    assert page.total_exact is False and 3 <= page.total
    words_only = read.search_statements(conn, q="harbor", limit=3)  # counted by the index
    assert words_only.total_exact is True and words_only.total > 3


@pytest.mark.parametrize("set_max", [10**6, 1])
def test_read_slow_walk_falls_back_to_sorting(conn, monkeypatch, set_max):
    expected, _ = _all_pages(conn, q="harbor")
    monkeypatch.setattr(read, "_dense_threshold", lambda conn, limit: 1)
    monkeypatch.setattr(read, "MATCH_SET_MAX", set_max)  # walk with a set, or by probing
    monkeypatch.setattr(read, "WALK_SECONDS", -1.0)  # every walk is too slow
    monkeypatch.setattr(read, "CHECK_STEPS", 1)
    assert _all_pages(conn, q="harbor")[0] == expected
