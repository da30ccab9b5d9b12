"""ArticleRecord -> rows, in the caller's transaction (one per article).

Idempotent: an item key already recorded adds nothing, and an article whose content
is already stored under another key is recorded as a ``duplicate`` item pointing at
the stored article. An item recorded before with another fingerprint (a file edited at
the same path) replaces its earlier version: ``release_article`` removes that version's
rows, keeping every statement other articles still carry. A statement already stored (same speaker, same words; see
``identity.py``) gets one more occurrence instead of a new row, and its counts of
occurrences and outlets are recomputed from the occurrences.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable, Iterable

from ..records import ArticleRecord, Failure, Statement
from .base import ALREADY, DONE, DUPLICATE, FAILED, SKIPPED, WriteResult
from .identity import ArticleNames, SpeakerResolver, statement_key

AssignStory = Callable[[sqlite3.Connection, int, str, Any], "int | None"]
FindInStory = Callable[..., "int | None"]


@dataclass(slots=True, frozen=True)
class StoryHooks:
    """Near-duplicate grouping (``stories.py``), when available.

    assign (AssignStory): puts a new article in the story of its nearest copy.
    find (FindInStory | None): the same speaker's nearly identical statement in another
        copy of the story (a reprint that changed a word of the quote).
    """

    assign: AssignStory
    find: FindInStory | None = None


def utc_now() -> str:
    """The current time as an ISO 8601 UTC string (seconds)."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def content_hash(record: ArticleRecord) -> str:
    """The article's content hash, computed from its text when the article stage left none."""
    return record.article.content_hash or hashlib.sha1(record.article.text.encode("utf-8")).hexdigest()


def write_article(conn: sqlite3.Connection, record: ArticleRecord, key: str, *,
                  stories: StoryHooks | None = None, settings: Any = None,
                  fingerprint: str | None = None) -> WriteResult:
    """Store one article, its entities, speakers, statements and occurrences.

    conn (sqlite3.Connection): inside an open transaction; the caller commits.
    key (str): the input item's key (``RawPage.key``).
    stories (StoryHooks | None): near-duplicate grouping, when available.
    settings: the run's settings, passed to the grouping.
    fingerprint (str | None): what the item holds now (``RawPage.fingerprint``).
    RETURNS (WriteResult): "done", or "duplicate" when the content was already stored.
    """
    done = conn.execute("SELECT status, article_id, fingerprint FROM items WHERE key = ?", (key,)).fetchone()
    if done and done[0] in (DONE, DUPLICATE) and not changed(done[2], fingerprint):
        return WriteResult(ALREADY, done[1], 0)
    digest = content_hash(record)
    now = utc_now()
    earlier = conn.execute("SELECT id, content_hash FROM articles WHERE key = ?", (key,)).fetchone()
    if earlier and earlier[1] == digest:  # the bytes changed, the article did not: keep its rows
        _record_item(conn, key, record.article.source, DONE, earlier[0], now, fingerprint)
        conn.execute("DELETE FROM errors WHERE key = ?", (key,))
        return WriteResult(ALREADY, earlier[0], 0)
    replaced = earlier is not None and release_article(conn, earlier[0], key)
    same = conn.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
    if same:
        _record_item(conn, key, record.article.source, DUPLICATE, same[0], now, fingerprint)
        conn.execute("DELETE FROM errors WHERE key = ?", (key,))
        return WriteResult(DUPLICATE, same[0], 0, replaced)
    article_id = _insert_article(conn, record, key, digest, now)
    story_id = None
    if stories is not None:
        story_id = stories.assign(conn, article_id, record.article.text, settings)
        if story_id is not None:
            conn.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story_id, article_id))
    _insert_entities(conn, record, article_id)
    find = _finder(stories.find if stories else None, story_id, article_id)
    statement_ids, speaker_ids = _insert_statements(conn, record, article_id, find)
    _refresh_counts(conn, statement_ids, speaker_ids)
    _record_item(conn, key, record.article.source, DONE, article_id, now, fingerprint)
    conn.execute("DELETE FROM errors WHERE key = ?", (key,))  # a retried item that now works
    return WriteResult(DONE, article_id, len(record.statements), replaced)


def changed(stored: str | None, current: str | None) -> bool:
    """True when an item's content differs from when it was recorded.

    An unknown fingerprint on either side (an item recorded before fingerprints existed,
    an item read without content) counts as unchanged: the item is not processed again.
    """
    return stored is not None and current is not None and stored != current


def release_article(conn: sqlite3.Connection, article_id: int, key: str) -> bool:
    """Remove the earlier version of the item ``key``, stored as ``article_id``.

    When other items are duplicates of it (the same content under another path), the
    article stays and passes to the first of them. Otherwise its rows go: occurrences,
    mentions, entities, its story membership, the statements no other article carries and
    the speakers no other article names; the counts of what remains are recomputed.
    RETURNS (bool): True.
    """
    heir = conn.execute("SELECT key FROM items WHERE article_id = ? AND key != ? AND status = ? "
                        "ORDER BY key LIMIT 1", (article_id, key, DUPLICATE)).fetchone()
    if heir:
        conn.execute("UPDATE articles SET key = ? WHERE id = ?", (heir[0], article_id))
        conn.execute("UPDATE items SET status = ? WHERE key = ?", (DONE, heir[0]))
        return True
    statement_ids = [r[0] for r in conn.execute(
        "SELECT DISTINCT statement_id FROM occurrences WHERE article_id = ?", (article_id,))]
    speaker_ids = {r[0] for r in conn.execute(
        "SELECT DISTINCT speaker_id FROM mentions WHERE article_id = ?", (article_id,))}
    marks = ",".join("?" * len(statement_ids))
    if statement_ids:
        speaker_ids |= {r[0] for r in conn.execute(
            f"SELECT DISTINCT speaker_id FROM statements WHERE id IN ({marks}) AND speaker_id IS NOT NULL",
            statement_ids)}
    for table in ("occurrences", "mentions", "entities", "article_minhash", "story_bands"):
        conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    kept: list[int] = []
    if statement_ids:
        orphans = [r[0] for r in conn.execute(
            f"SELECT id FROM statements s WHERE id IN ({marks}) "
            "AND NOT EXISTS (SELECT 1 FROM occurrences o WHERE o.statement_id = s.id)", statement_ids)]
        conn.executemany("DELETE FROM statement_about WHERE statement_id = ?", [(i,) for i in orphans])
        conn.executemany("DELETE FROM statements WHERE id = ?", [(i,) for i in orphans])
        kept = sorted(set(statement_ids) - set(orphans))
        # a statement other articles carry now starts with the first of them
        conn.executemany(
            "UPDATE statements SET first_article_id = (SELECT min(article_id) FROM occurrences "
            "WHERE statement_id = :id) WHERE id = :id AND first_article_id = :article",
            [{"id": i, "article": article_id} for i in kept])
    story = conn.execute("SELECT story_id FROM articles WHERE id = ?", (article_id,)).fetchone()
    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    if story and story[0] is not None:
        conn.execute("UPDATE stories SET n_articles = (SELECT count(*) FROM articles WHERE story_id = :s), "
                     "first_article_id = (SELECT min(id) FROM articles WHERE story_id = :s) WHERE id = :s",
                     {"s": story[0]})
        conn.execute("DELETE FROM stories WHERE id = ? AND n_articles = 0", (story[0],))
    _refresh_counts(conn, kept, speaker_ids)
    # a speaker only the earlier version named goes too; one named elsewhere keeps its aliases
    unused = [{"id": i} for i in sorted(speaker_ids)]
    for table, column in (("speaker_aliases", "speaker_id"), ("speakers", "id")):
        conn.executemany(
            f"DELETE FROM {table} WHERE {column} = :id "
            "AND NOT EXISTS (SELECT 1 FROM statements WHERE speaker_id = :id) "
            "AND NOT EXISTS (SELECT 1 FROM mentions WHERE speaker_id = :id)", unused)
    return True


def write_failure_rows(conn: sqlite3.Connection, failure: Failure, fingerprint: str | None = None) -> None:
    """Record a skipped or failed item in ``errors`` and ``items`` (caller's transaction).

    An earlier stored version of the item stays: a failure never removes what is stored.
    """
    now = utc_now()
    conn.execute(
        "INSERT INTO errors (source, key, stage, code, reason, skipped, at) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (key, code) DO UPDATE SET reason = excluded.reason, stage = excluded.stage, "
        "skipped = excluded.skipped, at = excluded.at",
        (failure.source, failure.key, failure.stage, failure.code, failure.reason,
         int(failure.skipped), now))
    _record_item(conn, failure.key, failure.source, SKIPPED if failure.skipped else FAILED, None, now,
                 fingerprint)


def _record_item(conn: sqlite3.Connection, key: str, source: str, status: str,
                 article_id: int | None, now: str, fingerprint: str | None = None) -> None:
    conn.execute(
        "INSERT INTO items (key, source, status, article_id, done_at, fingerprint) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET status = excluded.status, "
        "article_id = excluded.article_id, done_at = excluded.done_at, "
        "fingerprint = coalesce(excluded.fingerprint, items.fingerprint)",
        (key, source, status, article_id, now, fingerprint))


def _insert_article(conn: sqlite3.Connection, record: ArticleRecord, key: str,
                    digest: str, now: str) -> int:
    a = record.article
    cur = conn.execute(
        "INSERT INTO articles (key, ext_id, source, url, canonical_url, title, outlet, published, "
        "authors, language, status, text, content_hash, n_statements, ingested_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (key, a.id, a.source, a.url, a.canonical_url, a.title, a.outlet, a.published,
         json.dumps(a.authors, ensure_ascii=False), a.language, record.status, a.text, digest,
         len(record.statements), now))
    return int(cur.lastrowid)


def _insert_entities(conn: sqlite3.Connection, record: ArticleRecord, article_id: int) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO entities (article_id, text, label, start, end) VALUES (?, ?, ?, ?, ?)",
        [(article_id, e.text, e.label, e.span[0], e.span[1]) for e in record.entities])


def _finder(find: FindInStory | None, story_id: int | None,
            article_id: int) -> Callable[[sqlite3.Connection, int | None, str], int | None]:
    """(conn, speaker_id, text) -> the same statement carried by another copy of the story."""
    if find is None or story_id is None:
        return lambda conn, speaker_id, text: None
    return lambda conn, speaker_id, text: find(conn, story_id, speaker_id, text, article_id=article_id)


def _insert_statements(conn: sqlite3.Connection, record: ArticleRecord, article_id: int,
                       find: Callable[[sqlite3.Connection, int | None, str], int | None],
                       ) -> tuple[set[int], set[int]]:
    """Get-or-create each statement and add its occurrence; RETURNS the touched row ids."""
    names = ArticleNames.of(record)
    resolver = SpeakerResolver(conn)
    statement_ids: set[int] = set()
    speaker_ids: set[int] = set()
    for st in record.statements:
        if not st.spans:
            raise ValueError(f"statement {st.text[:40]!r} has no spans")
        resolved = resolver.resolve(st.speaker, names, article_id, st.text)
        statement_id = _get_or_create_statement(
            conn, st, statement_key(resolved.key, st.text), resolved.speaker_id, article_id,
            record.article.published, find)
        _insert_occurrence(conn, st, statement_id, article_id)
        if resolved.speaker_id is not None:
            speaker_ids.add(resolved.speaker_id)
            mention = st.speaker.mention if st.speaker else None
            if mention:
                conn.execute(
                    "INSERT OR IGNORE INTO mentions (speaker_id, article_id, text, start, end) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (resolved.speaker_id, article_id, mention.text, mention.span[0], mention.span[1]))
        conn.executemany(
            "INSERT OR IGNORE INTO statement_about (statement_id, name) VALUES (?, ?)",
            [(statement_id, about.text) for about in st.about])
        statement_ids.add(statement_id)
    return statement_ids, speaker_ids


def _get_or_create_statement(conn: sqlite3.Connection, st: Statement, key: str,
                             speaker_id: int | None, article_id: int, published: str | None,
                             find: Callable[[sqlite3.Connection, int | None, str], int | None]) -> int:
    row = conn.execute("SELECT id FROM statements WHERE key = ?", (key,)).fetchone()
    if row:
        return int(row[0])
    reprinted = find(conn, speaker_id, st.text)
    if reprinted is not None:
        return reprinted
    if speaker_id is not None:
        name, type_ = conn.execute("SELECT name, type FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
    else:
        name, type_ = None, st.speaker.type if st.speaker else "unknown"
    cur = conn.execute(
        "INSERT INTO statements (key, text, speaker_id, speaker_name, speaker_type, kind, act, "
        "first_article_id, first_published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (key, st.text, speaker_id, name, type_, st.kind, st.act, article_id, published))
    return int(cur.lastrowid)


def _insert_occurrence(conn: sqlite3.Connection, st: Statement, statement_id: int, article_id: int) -> None:
    sp = st.speaker
    mention = sp.mention if sp else None
    conn.execute(
        "INSERT OR IGNORE INTO occurrences (statement_id, article_id, start, end, spans, text, kind, act, "
        "cue_text, cue_start, cue_end, mention_text, mention_start, mention_end, "
        "addressee_text, addressee_start, addressee_end, occasion, role, confidence, headline, method, "
        "body_start, body_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (statement_id, article_id, st.start, st.end, json.dumps([list(s) for s in st.spans]), st.text,
         st.kind, st.act, *_span_columns(st.cue), *_span_columns(mention), *_span_columns(st.addressee),
         st.occasion, sp.role if sp else None, float(st.confidence), int(st.headline), st.method,
         *(_span_columns(st.body_match)[1:])))


def _span_columns(span: Any) -> tuple[str | None, int | None, int | None]:
    """(text, start, end) of a TextSpan, or three NULLs."""
    if span is None:
        return None, None, None
    return span.text, span.span[0], span.span[1]


def _refresh_counts(conn: sqlite3.Connection, statement_ids: Iterable[int],
                    speaker_ids: Iterable[int]) -> None:
    """Recompute the counters of the rows this article touched, from their occurrences."""
    conn.executemany(
        "UPDATE statements SET "
        "n_occurrences = (SELECT count(*) FROM occurrences WHERE statement_id = :id), "
        # an article without an outlet counts as an outlet of its own
        "n_outlets = (SELECT count(DISTINCT coalesce(lower(a.outlet), '#' || a.id)) FROM occurrences o "
        "  JOIN articles a ON a.id = o.article_id WHERE o.statement_id = :id), "
        "first_published = (SELECT min(a.published) FROM occurrences o "
        "  JOIN articles a ON a.id = o.article_id WHERE o.statement_id = :id) "
        "WHERE id = :id", [{"id": i} for i in sorted(statement_ids)])
    conn.executemany(
        "UPDATE speakers SET n_statements = (SELECT count(*) FROM statements WHERE speaker_id = :id) "
        "WHERE id = :id", [{"id": i} for i in sorted(speaker_ids)])
