"""store/write.py: one transaction per article; re-writing adds nothing; duplicates by content."""
from __future__ import annotations

import pytest

from onrecord.records import Failure, Statement

from fixtures.store.records import article, quote, row_counts, store_with

TEXT = ('Ferry captain Ana Ostrova said: "The winter timetable stays." '
        'The island council said it would review the fares in May.')


def ledger():
    return article("ledger-1", TEXT, outlet="Daily Ledger", published="2024-03-01",
                   statements=[quote(TEXT, "The winter timetable stays.", "Ana Ostrova",
                                     "Ferry captain Ana Ostrova", cue="said")],
                   people=("Ana Ostrova",))


def test_writing_an_article_stores_every_part(tmp_path):
    store = store_with(tmp_path / "s.db", [ledger()])
    counts = row_counts(store.connection)
    assert counts["articles"] == counts["statements"] == counts["occurrences"] == 1
    assert counts["speakers"] == counts["mentions"] == counts["entities"] == 1
    row = store.connection.execute("SELECT status, article_id FROM items").fetchone()
    assert tuple(row) == ("done", 1)
    occ = store.connection.execute("SELECT cue_text, mention_text, start, end FROM occurrences").fetchone()
    assert tuple(occ) == ("said", "Ferry captain Ana Ostrova", TEXT.index("The winter"),
                          TEXT.index("stays.") + len("stays."))


def test_rewriting_the_same_item_adds_nothing(tmp_path):
    store = store_with(tmp_path / "s.db", [ledger()])
    before = row_counts(store.connection)
    result = store.write(ledger(), ledger().article.key)
    assert result.status == "already"
    assert row_counts(store.connection) == before
    assert store.is_done(ledger().article.key)


def test_the_same_content_under_another_key_is_a_duplicate_item(tmp_path):
    store = store_with(tmp_path / "s.db", [ledger()])
    copy = ledger()
    copy.article.key = copy.article.source = "/elsewhere/copy.txt"
    result = store.write(copy, copy.article.key)
    assert (result.status, result.article_id) == ("duplicate", 1)
    counts = row_counts(store.connection)
    assert counts["articles"] == counts["statements"] == counts["occurrences"] == 1
    assert dict(store.connection.execute("SELECT key, status FROM items").fetchall()) == {
        "/invented/ledger-1.txt": "done", "/elsewhere/copy.txt": "duplicate"}


def test_a_failing_article_leaves_no_rows_and_the_store_goes_on(tmp_path):
    store = store_with(tmp_path / "s.db", [ledger()])
    before = row_counts(store.connection)
    broken = article("broken", TEXT + " More.", statements=[Statement(text="no offsets", spans=[], kind="direct")])
    with pytest.raises(ValueError):
        store.write(broken, broken.article.key)
    assert row_counts(store.connection) == before  # rolled back, article row included
    assert not store.connection.in_transaction
    store.write_failure(Failure(broken.article.source, broken.article.key, "store", "E034", "broken"))
    counts = row_counts(store.connection)
    assert counts["errors"] == 1 and counts["articles"] == 1
    assert store.item_status(broken.article.key) == "failed"


def test_a_skip_is_recorded_as_skipped_and_once(tmp_path):
    store = store_with(tmp_path / "s.db", [])
    skip = Failure("/invented/front.html", "/invented/front.html", "article", "W002", "section front", skipped=True)
    store.write_failure(skip)
    store.write_failure(skip)
    assert store.item_status(skip.key) == "skipped"
    assert store.connection.execute("SELECT count(*), max(skipped) FROM errors").fetchone()[:] == (1, 1)
