"""An item stored again with another fingerprint (a file edited at the same path) replaces its
earlier version; the store then reads as if only the new version had ever been written."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from onrecord.records import Failure
from onrecord.settings import Settings
from onrecord.store.base import ALREADY, DONE, DUPLICATE
from onrecord.store.sqlite import open_store

from fixtures.store.records import article, quote

# Invented articles. The ferry quote is carried by two outlets; the budget quote only by v1.
V1 = ('Mayor Ana Ostrova said: "The ferry stays." Councillor Piet Lind said: "The budget is broken." '
      'The council meets again in May to vote on the harbour plan and the new timetable.')
V2 = ('Mayor Ana Ostrova said: "The ferry stays." Councillor Mia Varga said: "The tolls must fall." '
      'The council meets again in May to vote on the harbour plan and the new timetable.')
REPRINT = ('Mayor Ana Ostrova said: "The ferry stays." The council meets again in May to vote on the '
           'harbour plan and the new timetable, the Island Post reports.')


def ledger(text: str, key: str = "ledger"):
    record = article(key, text, outlet="Daily Ledger", published="2024-03-01", people=("Ana Ostrova",),
                     statements=[quote(text, "The ferry stays.", "Ana Ostrova", "Mayor Ana Ostrova")])
    if "Piet Lind" in text:
        record.statements.append(quote(text, "The budget is broken.", "Piet Lind", "Councillor Piet Lind"))
    if "Mia Varga" in text:
        record.statements.append(quote(text, "The tolls must fall.", "Mia Varga", "Councillor Mia Varga"))
    return record


def post(text: str = REPRINT):
    return article("post", text, outlet="Island Post", published="2024-03-02",
                   statements=[quote(text, "The ferry stays.", "Ana Ostrova", "Mayor Ana Ostrova")])


def view(path: Path) -> dict[str, object]:
    """What a user reads from the store, without row ids and times."""
    conn = sqlite3.connect(path)
    try:
        keys = dict(conn.execute("SELECT id, key FROM articles"))
        return {
            "articles": sorted(conn.execute("SELECT key, text, outlet, n_statements FROM articles")),
            "statements": sorted((text, name, n, outlets, keys[first]) for text, name, n, outlets, first in
                                 conn.execute("SELECT text, speaker_name, n_occurrences, n_outlets, "
                                              "first_article_id FROM statements")),
            "occurrences": sorted((keys[a], text) for a, text in conn.execute("SELECT article_id, text FROM occurrences")),
            "speakers": sorted(conn.execute("SELECT name, n_statements FROM speakers")),
            "aliases": sorted(conn.execute("SELECT alias FROM speaker_aliases")),
            "mentions": sorted((keys[a], text) for a, text in conn.execute("SELECT article_id, text FROM mentions")),
            "entities": sorted((keys[a], text) for a, text in conn.execute("SELECT article_id, text FROM entities")),
            "stories": sorted(tuple(sorted(keys[a] for (a,) in conn.execute(
                "SELECT id FROM articles WHERE story_id = ?", (story,)))) + (n,)
                for story, n in conn.execute("SELECT id, n_articles FROM stories")),
            "search": sorted(conn.execute("SELECT text FROM statements_fts WHERE statements_fts MATCH 'budget OR tolls OR ferry'")),
            "bands": conn.execute("SELECT count(DISTINCT article_id) FROM story_bands").fetchone()[0],
        }
    finally:
        conn.close()


def written(path: Path, steps: list[tuple]) -> list:
    store = open_store(path, settings=Settings())
    try:
        return [store.write(record, record.article.key, fingerprint) for record, fingerprint in steps]
    finally:
        store.close()


def test_replace_version_reads_as_the_new_version_alone(tmp_path) -> None:
    replaced = tmp_path / "replaced.db"
    results = written(replaced, [(ledger(V1), "v1"), (post(), "p1"), (ledger(V2), "v2")])
    assert [r.status for r in results] == [DONE, DONE, DONE]
    assert results[-1].replaced
    fresh = tmp_path / "fresh.db"
    written(fresh, [(post(), "p1"), (ledger(V2), "v2")])
    assert view(replaced) == view(fresh)
    got = view(replaced)
    assert ("The budget is broken.",) not in got["search"]  # gone from search too
    assert ("Ana Ostrova", 1) in got["speakers"] and not any(n == "Piet Lind" for n, _ in got["speakers"])
    # the shared quote keeps its row; its first article is now the reprint, stored before v2
    assert ("The ferry stays.", "Ana Ostrova", 2, 2, "/invented/post.txt") in got["statements"]


def test_replace_version_same_fingerprint_or_none_changes_nothing(tmp_path) -> None:
    db = tmp_path / "news.db"
    results = written(db, [(ledger(V1), "v1"), (ledger(V2), "v1"), (ledger(V2), None)])
    assert [r.status for r in results] == [DONE, ALREADY, ALREADY]
    assert ("/invented/ledger.txt", V1, "Daily Ledger", 2) in view(db)["articles"]


def test_replace_version_new_bytes_same_article_keeps_its_rows(tmp_path) -> None:
    db = tmp_path / "news.db"
    written(db, [(ledger(V1), "v1")])
    conn = sqlite3.connect(db)
    ids = sorted(conn.execute("SELECT id FROM statements"))
    conn.close()
    [result] = written(db, [(ledger(V1), "v1-resaved")])
    assert result.status == ALREADY and not result.replaced
    conn = sqlite3.connect(db)
    assert sorted(conn.execute("SELECT id FROM statements")) == ids  # links to statements hold
    assert conn.execute("SELECT fingerprint FROM items").fetchone() == ("v1-resaved",)
    conn.close()


def test_replace_version_a_duplicate_under_another_path_inherits_the_article(tmp_path) -> None:
    db = tmp_path / "news.db"
    copy = ledger(V1, key="ledger-copy")
    results = written(db, [(ledger(V1), "v1"), (copy, "v1"), (ledger(V2), "v2")])
    assert [r.status for r in results] == [DONE, DUPLICATE, DONE]
    conn = sqlite3.connect(db)
    texts = dict(conn.execute("SELECT key, text FROM articles"))
    assert texts == {"/invented/ledger-copy.txt": V1, "/invented/ledger.txt": V2}
    assert dict(conn.execute("SELECT key, status FROM items")) == {
        "/invented/ledger.txt": "done", "/invented/ledger-copy.txt": "done"}
    conn.close()


def test_replace_version_a_failure_keeps_what_was_stored(tmp_path) -> None:
    db = tmp_path / "news.db"
    written(db, [(ledger(V1), "v1")])
    before = view(db)
    store = open_store(db, settings=Settings())
    store.write_failure(Failure("/invented/ledger.txt", "/invented/ledger.txt", "read", "E002", "empty"), "v-empty")
    assert store.item_status("/invented/ledger.txt") == "failed"
    assert store.item_fingerprint("/invented/ledger.txt") == "v-empty"
    store.close()
    assert view(db) == before  # nothing stored is lost
    [result] = written(db, [(ledger(V2), "v2")])  # the file fixed: the new version replaces the old
    assert result.status == DONE and result.replaced
    assert [a[1] for a in view(db)["articles"]] == [V2]
