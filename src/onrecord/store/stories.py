"""Near-duplicate articles grouped into stories, incrementally, with MinHash LSH in SQLite.

Contract with ``store/write.py``: inside the transaction that writes an article, after
its ``articles`` row exists, call

    story_id = assign_story(conn, article_id, text, settings)

It finds the most similar stored article (estimated Jaccard similarity of word
5-shingles at least ``settings.near_duplicate_threshold``) and puts the new article in
that article's story, or opens a new story. It sets ``articles.story_id``, keeps
``stories.n_articles`` and ``stories.first_article_id`` up to date and stores the
article's signature and LSH bands; it never commits, so a rolled-back article leaves
no trace. It returns None (and stores nothing) for a text without words.

Why bands in SQLite rather than an in-memory ``MinHashLSH``: the index is then as
incremental and as durable as the articles themselves (a resumed run needs no
rebuild, memory does not grow with the corpus), and a lookup is ``b`` indexed
probes of ``story_bands``. The band layout (``b`` bands of ``r`` rows) follows from
the threshold; when a later run uses another threshold, the bands are rebuilt from
the stored signatures (``story_lsh`` records the layout in use).

For statements carried by reprints, ``find_statement_in_story`` finds the statement
of the same speaker, in another article of the same story, whose words are nearly
the same (a reprint that changed a word or the punctuation of a quote).
"""
from __future__ import annotations

import hashlib
import re
import sqlite3
from functools import lru_cache

import numpy as np
from datasketch import MinHash

from ..settings import Settings

NUM_PERM = 128
SHINGLE_WORDS = 5
SEED = 1
MAX_CANDIDATES = 50
QUOTE_GRAM_CHARS = 5
QUOTE_MIN_SIMILARITY = 0.75
NEGATIONS = frozenset({"not", "no", "never", "nor", "neither", "nobody", "nothing", "none", "without"})

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The word ``size``-shingles of a text, case-folded (the whole text when shorter)."""
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


SHINGLE_BATCH = 20_000


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature (NUM_PERM uint32 values) of a text's 5-shingles; None without words."""
    grams = shingles(text)
    if not grams:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED)
    ordered = sorted(grams)
    # in batches: one batch builds a NUM_PERM x shingles array (1.3 GB for an 8.8 MB text); the
    # minimum over batches is the minimum over all, so the signature is the same
    for k in range(0, len(ordered), SHINGLE_BATCH):
        minhash.update_batch(ordered[k:k + SHINGLE_BATCH])
    return minhash.hashvalues.astype("<u4")


@lru_cache(maxsize=8)
def band_layout(threshold: float) -> tuple[int, int]:
    """(b, r): the bands and rows per band that best separate pairs above and below the threshold.

    Two articles of Jaccard similarity s share at least one band with probability
    1 - (1 - s**r)**b. The layout minimises the area of that curve below the threshold
    (pairs probed in vain) plus the area above the curve beyond it (copies missed),
    over every b*r <= NUM_PERM.
    """
    t = min(max(threshold, 0.0), 1.0)
    below, above = np.linspace(0.0, t, 201), np.linspace(t, 1.0, 201)
    best: tuple[float, int, int] | None = None
    for bands in range(1, NUM_PERM + 1):
        rows = NUM_PERM // bands
        wasted = np.trapezoid(1 - (1 - below ** rows) ** bands, below)
        missed = np.trapezoid((1 - above ** rows) ** bands, above)
        cost = float(wasted + missed)
        if best is None or cost < best[0]:
            best = (cost, bands, rows)
    return best[1], best[2]  # type: ignore[index]


def band_hashes(sig: np.ndarray, bands: int, rows: int) -> list[int]:
    """One signed 64-bit hash per band of the signature (stable across runs and machines)."""
    out = []
    for band in range(bands):
        digest = hashlib.blake2b(sig[band * rows:(band + 1) * rows].tobytes(), digest_size=8).digest()
        out.append(int.from_bytes(digest, "little", signed=True))
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The Jaccard similarity estimated from two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def assign_story(conn: sqlite3.Connection, article_id: int, text: str,
                 settings: Settings) -> int | None:
    """Put a newly stored article into the story of its nearest copy, or a new story.

    conn (sqlite3.Connection): inside the article's transaction; nothing is committed.
    article_id (int): the article's row, already inserted.
    text (str): the article text.
    RETURNS (int | None): the story id; None for a text without words.
    """
    sig = signature(text)
    if sig is None:
        return None
    bands, rows = _ensure_layout(conn, settings.near_duplicate_threshold)
    hashes = band_hashes(sig, bands, rows)
    match = _best_match(conn, article_id, sig, hashes, settings.near_duplicate_threshold)
    story_id = None
    if match is not None:
        found = conn.execute("SELECT story_id FROM articles WHERE id = ?", (match,)).fetchone()
        story_id = found[0] if found else None
    if story_id is None:
        story_id = conn.execute("INSERT INTO stories (first_article_id, n_articles) VALUES (?, 0)",
                                (article_id,)).lastrowid
    conn.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story_id, article_id))
    conn.execute("UPDATE stories SET n_articles = n_articles + 1, "
                 "first_article_id = MIN(COALESCE(first_article_id, ?), ?) WHERE id = ?",
                 (article_id, article_id, story_id))
    conn.execute("INSERT OR REPLACE INTO article_minhash (article_id, signature) VALUES (?, ?)",
                 (article_id, sig.tobytes()))
    _insert_bands(conn, article_id, hashes)
    return story_id


def _best_match(conn: sqlite3.Connection, article_id: int, sig: np.ndarray,
                hashes: list[int], threshold: float) -> int | None:
    """The stored article most similar to the signature, at or above the threshold."""
    pairs = ",".join("(?, ?)" for _ in hashes)
    params = [v for band, h in enumerate(hashes) for v in (band, h)]
    rows = conn.execute(
        f"SELECT b.article_id, m.signature FROM story_bands b "
        f"JOIN article_minhash m ON m.article_id = b.article_id "
        f"WHERE (b.band, b.hash) IN (VALUES {pairs}) AND b.article_id != ? "
        f"GROUP BY b.article_id ORDER BY COUNT(*) DESC, b.article_id LIMIT {MAX_CANDIDATES}",
        (*params, article_id)).fetchall()
    best: tuple[float, int] | None = None
    for candidate, blob in rows:
        score = similarity(sig, np.frombuffer(blob, dtype="<u4"))
        if score >= threshold and (best is None or (-score, candidate) < (-best[0], best[1])):
            best = (score, candidate)
    return best[1] if best else None


def _insert_bands(conn: sqlite3.Connection, article_id: int, hashes: list[int]) -> None:
    conn.executemany("INSERT OR IGNORE INTO story_bands (band, hash, article_id) VALUES (?, ?, ?)",
                     [(band, h, article_id) for band, h in enumerate(hashes)])


def _ensure_layout(conn: sqlite3.Connection, threshold: float) -> tuple[int, int]:
    """The band layout for the threshold; rebuild the bands when the stored layout differs."""
    bands, rows = band_layout(threshold)
    stored = conn.execute("SELECT bands, rows FROM story_lsh WHERE id = 1").fetchone()
    if stored == (bands, rows):
        return bands, rows
    conn.execute("INSERT OR REPLACE INTO story_lsh (id, bands, rows) VALUES (1, ?, ?)", (bands, rows))
    if stored is not None:
        conn.execute("DELETE FROM story_bands")
        for article_id, blob in conn.execute("SELECT article_id, signature FROM article_minhash").fetchall():
            _insert_bands(conn, article_id, band_hashes(np.frombuffer(blob, dtype="<u4"), bands, rows))
    return bands, rows


# --- statements carried by reprints -------------------------------------------------
def _letters(text: str) -> str:
    return "".join(_WORD.findall(text.casefold()))


def quote_similarity(a: str, b: str) -> float:
    """How alike two statements' words are, from 0 to 1.

    The Jaccard similarity of character 5-grams of the case-folded letters without
    spaces or punctuation, so that "re-open" and "reopen", a dropped "the" or changed
    quotation marks cost little; 0 when the two differ in their negations ("not",
    "never"...), which flip what was said however few letters they are.
    """
    if _negations(a) != _negations(b):
        return 0.0
    first, second = _letters(a), _letters(b)
    n = QUOTE_GRAM_CHARS
    grams_a = {first[i:i + n] for i in range(max(1, len(first) - n + 1))} if first else set()
    grams_b = {second[i:i + n] for i in range(max(1, len(second) - n + 1))} if second else set()
    if not grams_a or not grams_b:
        return 0.0
    return len(grams_a & grams_b) / len(grams_a | grams_b)


def _negations(text: str) -> list[str]:
    return sorted(w for w in _WORD.findall(text.casefold().replace("n't", " not")) if w in NEGATIONS)


def find_statement_in_story(conn: sqlite3.Connection, story_id: int | None, speaker_id: int | None,
                            text: str, *, article_id: int | None = None,
                            min_similarity: float = QUOTE_MIN_SIMILARITY) -> int | None:
    """The statement of this speaker already carried by another copy of the story, if any.

    A reprint may change a word or the punctuation of a quote; within one story (the
    articles are already known to be copies) the same speaker's statement with nearly
    the same words (``quote_similarity`` >= ``min_similarity``) is the same statement.

    story_id (int | None): the new article's story (from ``assign_story``).
    speaker_id (int | None): the resolved speaker; None never matches.
    text (str): the new statement's text.
    article_id (int | None): the new article, whose own statements are not candidates.
    RETURNS (int | None): the statement id, the most similar first; None when none is.
    """
    if story_id is None or speaker_id is None:
        return None
    rows = conn.execute(
        "SELECT DISTINCT s.id, s.text FROM statements s "
        "JOIN occurrences o ON o.statement_id = s.id "
        "JOIN articles a ON a.id = o.article_id "
        "WHERE a.story_id = ? AND s.speaker_id = ? AND a.id != ? ORDER BY s.id",
        (story_id, speaker_id, -1 if article_id is None else article_id)).fetchall()
    best: tuple[float, int] | None = None
    for statement_id, other in rows:
        score = quote_similarity(text, other)
        if score >= min_similarity and (best is None or score > best[0]):
            best = (score, statement_id)
    return best[1] if best else None
