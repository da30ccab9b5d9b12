"""Near-duplicate grouping: copies join one story, others open their own, incrementally."""
from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from onrecord.settings import Settings
from onrecord.store.migrations import migrate
from onrecord.store.stories import (QUOTE_MIN_SIMILARITY, assign_story, find_statement_in_story,
                                    quote_similarity, shingles, signature, similarity)

from fixtures.invented_news import article_page

SETTINGS = Settings()


def connect(path: Path | str = ":memory:") -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None)
    migrate(conn)
    return conn


def add_article(conn: sqlite3.Connection, text: str, *, outlet: str = "The Lantern",
                settings: Settings = SETTINGS) -> tuple[int, int | None]:
    """Insert an article row and group it; RETURNS (article id, story id)."""
    n = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    article_id = conn.execute(
        "INSERT INTO articles (key, ext_id, source, outlet, language, text, content_hash, ingested_at) "
        "VALUES (?, ?, 'test', ?, 'en', ?, ?, 'now')", (f"k{n}", f"a{n}", outlet, text, f"h{n}")).lastrowid
    return article_id, assign_story(conn, article_id, text, settings)


def body(n: int) -> str:
    """The text of invented article ``n`` (paragraphs only)."""
    import re

    return "\n".join(re.findall(r"<p>(.*?)</p>", article_page(n, paragraphs=14).html))


def lightly_edited(text: str, seed: int, edits: int = 3) -> str:
    """A reprint: a few words changed, an outlet's line added at the end."""
    rng = random.Random(seed)
    words = text.split(" ")
    for _ in range(edits):
        words[rng.randrange(len(words))] = rng.choice(["reportedly", "also", "on Monday"])
    return " ".join(words) + f"\nReporting by the desk of outlet {seed}."


def test_reprints_join_the_story_of_the_first_copy() -> None:
    conn = connect()
    original = body(1)
    first, story = add_article(conn, original)
    copies = [add_article(conn, lightly_edited(original, seed))[1] for seed in (2, 3)]
    assert copies == [story, story]
    assert conn.execute("SELECT n_articles, first_article_id FROM stories WHERE id = ?",
                        (story,)).fetchone() == (3, first)
    assert {r[0] for r in conn.execute("SELECT story_id FROM articles")} == {story}


def test_different_articles_open_stories_of_their_own() -> None:
    conn = connect()
    stories = [add_article(conn, body(n))[1] for n in range(1, 41)]
    assert len(set(stories)) == 40
    # the generator's articles are far from near-duplicates of each other
    sigs = [signature(body(n)) for n in range(1, 6)]
    assert max(similarity(a, b) for i, a in enumerate(sigs) for b in sigs[i + 1:]) < 0.3


def test_grouping_is_incremental_across_connections(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    conn = connect(path)
    _, story = add_article(conn, body(9))
    add_article(conn, body(10))
    conn.close()
    conn = connect(path)  # a later run: nothing rebuilt in memory, the bands are in the file
    assert add_article(conn, lightly_edited(body(9), 4))[1] == story


def test_a_rolled_back_article_leaves_no_trace() -> None:
    conn = connect()
    add_article(conn, body(1))
    conn.execute("BEGIN")
    add_article(conn, lightly_edited(body(1), 5))
    conn.execute("ROLLBACK")
    for table, n in (("article_minhash", 1), ("stories", 1)):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == n
    assert conn.execute("SELECT n_articles FROM stories").fetchone()[0] == 1


def test_another_threshold_rebuilds_the_bands_and_still_groups() -> None:
    conn = connect()
    _, story = add_article(conn, body(2))
    stricter = SETTINGS.with_(near_duplicate_threshold=0.85)
    assert add_article(conn, lightly_edited(body(2), 6, edits=1), settings=stricter)[1] == story
    assert conn.execute("SELECT count(DISTINCT band) FROM story_bands").fetchone()[0] == \
        conn.execute("SELECT bands FROM story_lsh").fetchone()[0]


def test_a_text_without_words_gets_no_story() -> None:
    conn = connect()
    assert add_article(conn, "  — … ")[1] is None
    assert shingles("") == set()


@pytest.mark.parametrize("a, b, same", [
    ("We will reopen the harbour before the winter storms arrive.",
     "We will re-open the harbour before the winter storms arrive", True),
    ("We will reopen the harbour before the winter storms arrive.",
     "We will reopen the harbour before winter storms arrive.", True),
    ("We will reopen the harbour before the winter storms arrive.",
     "The ferry fares will rise by ten percent next year.", False),
    ("We will reopen the harbour before the winter storms arrive.",
     "We will not reopen the harbour before the winter storms arrive.", False),
])
def test_quote_similarity_tolerates_light_edits_only(a: str, b: str, same: bool) -> None:
    assert (quote_similarity(a, b) >= QUOTE_MIN_SIMILARITY) is same


def test_find_statement_in_story_matches_the_same_speaker_only() -> None:
    conn = connect()
    first, story = add_article(conn, body(3))
    second, _ = add_article(conn, lightly_edited(body(3), 7))
    speaker = conn.execute("INSERT INTO speakers (name, norm, type) VALUES ('Selma Vardor', 'selma vardor', "
                           "'person')").lastrowid
    other = conn.execute("INSERT INTO speakers (name, norm, type) VALUES ('Jonas Brak', 'jonas brak', "
                         "'person')").lastrowid
    statement = conn.execute(
        "INSERT INTO statements (key, text, speaker_id, speaker_type, kind, act, first_article_id) "
        "VALUES ('k', 'We will reopen the harbour before the winter storms arrive', ?, 'person', "
        "'direct', 'speech', ?)", (speaker, first)).lastrowid
    conn.execute("INSERT INTO occurrences (statement_id, article_id, start, end, spans, text, kind, act, "
                 "confidence) VALUES (?, ?, 0, 10, '[]', 'x', 'direct', 'speech', 1)", (statement, first))
    edited = "We will re-open the harbour before winter storms arrive"
    assert find_statement_in_story(conn, story, speaker, edited, article_id=second) == statement
    assert find_statement_in_story(conn, story, other, edited, article_id=second) is None
    assert find_statement_in_story(conn, story, speaker, "Fares will rise next year", article_id=second) is None
    assert find_statement_in_story(conn, None, speaker, edited) is None


@pytest.mark.parametrize("threshold", [0.0, 0.5, 0.7, 0.9, 1.0])
def test_every_threshold_has_a_band_layout_that_fits_the_signature(threshold: float) -> None:
    from onrecord.store.stories import NUM_PERM, band_layout

    bands, rows = band_layout(threshold)
    assert bands >= 1 and rows >= 1 and bands * rows <= NUM_PERM


def test_the_default_layout_finds_copies_and_ignores_strangers() -> None:
    from onrecord.store.stories import band_layout

    bands, rows = band_layout(SETTINGS.near_duplicate_threshold)

    def found(s: float) -> float:
        return 1 - (1 - s ** rows) ** bands

    assert found(0.85) > 0.95 and found(0.3) < 0.01


def test_a_long_text_signature_taken_in_batches_is_the_signature_of_all_its_shingles(monkeypatch) -> None:
    """A long text's shingles are hashed in batches (one batch of an 8.8 MB text needed 1.3 GB); the
    signature is the minimum over all of them, as one batch would give."""
    import onrecord.store.stories as stories
    from datasketch import MinHash

    text = " ".join(f"word{n} said the mayor on day {n}" for n in range(400))
    monkeypatch.setattr(stories, "SHINGLE_BATCH", 97)
    whole = MinHash(num_perm=stories.NUM_PERM, seed=stories.SEED)
    whole.update_batch(sorted(shingles(text)))
    assert len(shingles(text)) > 10 * 97
    assert (signature(text) == whole.hashvalues.astype("<u4")).all()
