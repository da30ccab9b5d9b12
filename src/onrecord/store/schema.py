"""The SQLite schema of the store, as ordered migrations.

The store is the user's own file: Datasette and sqlite-utils open it as it is.
``statements_fts`` is an external-content FTS5 table over ``statements`` so that
Datasette's ``?_search=`` works on the statements table.

Tables:
- articles: one row per distinct article (unique ``key`` of the input item and unique
  ``content_hash``); ``story_id`` groups near-duplicate copies (syndicated stories).
- speakers: one row per identity across the corpus; ``speaker_aliases`` lists every
  name it was given ("Ilham Aliyev", "Aliyev", "President Aliyev").
- statements: one row per distinct statement (same speaker, same normalised words);
  ``occurrences`` lists every article that carried it, with offsets, cue, mention,
  addressee and occasion as that article gives them.
- mentions, entities: per-article spans.
- errors: every skipped or failed item with its reason.
- items: every input item already processed (done, duplicate, skipped or failed), so
  that a re-run or a resumed run skips it; a duplicate item points at the article
  stored under another key with the same content; ``fingerprint`` is a hash of what the
  item held, so that an item whose content changed is processed again.

Migrations are applied in order by ``migrations.py`` and recorded in ``_migrations``;
never edit a released migration, add the next one.
"""
from __future__ import annotations

MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("0001_initial", """
CREATE TABLE IF NOT EXISTS stories (
    id INTEGER PRIMARY KEY,
    first_article_id INTEGER,
    n_articles INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    ext_id TEXT NOT NULL,
    source TEXT NOT NULL,
    url TEXT,
    canonical_url TEXT,
    title TEXT,
    outlet TEXT,
    published TEXT,
    authors TEXT NOT NULL DEFAULT '[]',
    language TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'ok',
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    story_id INTEGER REFERENCES stories(id),
    n_statements INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);
CREATE INDEX IF NOT EXISTS articles_ext_id ON articles(ext_id);
CREATE INDEX IF NOT EXISTS articles_url ON articles(url);

CREATE TABLE IF NOT EXISTS speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    norm TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    roles TEXT NOT NULL DEFAULT '[]',
    n_statements INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS speaker_aliases (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    alias TEXT NOT NULL,
    norm TEXT NOT NULL,
    UNIQUE (speaker_id, norm)
);
CREATE INDEX IF NOT EXISTS speaker_aliases_norm ON speaker_aliases(norm);

CREATE TABLE IF NOT EXISTS statements (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    speaker_id INTEGER REFERENCES speakers(id),
    speaker_name TEXT,
    speaker_type TEXT NOT NULL,
    kind TEXT NOT NULL,
    act TEXT NOT NULL,
    first_article_id INTEGER NOT NULL REFERENCES articles(id),
    first_published TEXT,
    n_occurrences INTEGER NOT NULL DEFAULT 0,
    n_outlets INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS statements_speaker ON statements(speaker_id, first_published);
CREATE INDEX IF NOT EXISTS statements_published ON statements(first_published);

CREATE TABLE IF NOT EXISTS occurrences (
    id INTEGER PRIMARY KEY,
    statement_id INTEGER NOT NULL REFERENCES statements(id),
    article_id INTEGER NOT NULL REFERENCES articles(id),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    spans TEXT NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    act TEXT NOT NULL,
    cue_text TEXT, cue_start INTEGER, cue_end INTEGER,
    mention_text TEXT, mention_start INTEGER, mention_end INTEGER,
    addressee_text TEXT, addressee_start INTEGER, addressee_end INTEGER,
    occasion TEXT,
    role TEXT,
    confidence REAL NOT NULL,
    headline INTEGER NOT NULL DEFAULT 0,
    method TEXT,
    UNIQUE (article_id, start, end, kind)
);
CREATE INDEX IF NOT EXISTS occurrences_statement ON occurrences(statement_id);
CREATE INDEX IF NOT EXISTS occurrences_article ON occurrences(article_id);

CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    article_id INTEGER NOT NULL REFERENCES articles(id),
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    UNIQUE (article_id, start, end)
);
CREATE INDEX IF NOT EXISTS mentions_speaker ON mentions(speaker_id);

CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    text TEXT NOT NULL,
    label TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    UNIQUE (article_id, start, end, label)
);
CREATE INDEX IF NOT EXISTS entities_text ON entities(text);

CREATE TABLE IF NOT EXISTS statement_about (
    statement_id INTEGER NOT NULL REFERENCES statements(id),
    name TEXT NOT NULL,
    UNIQUE (statement_id, name)
);

CREATE TABLE IF NOT EXISTS items (
    key TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    status TEXT NOT NULL,
    article_id INTEGER,
    done_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS errors (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    key TEXT NOT NULL,
    stage TEXT NOT NULL,
    code TEXT NOT NULL,
    reason TEXT NOT NULL,
    skipped INTEGER NOT NULL DEFAULT 0,
    at TEXT NOT NULL,
    UNIQUE (key, code)
);

CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(
    text, speaker_name, content='statements', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS statements_ai AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, text, speaker_name) VALUES (new.id, new.text, new.speaker_name);
END;
CREATE TRIGGER IF NOT EXISTS statements_ad AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, speaker_name)
    VALUES ('delete', old.id, old.text, old.speaker_name);
END;
CREATE TRIGGER IF NOT EXISTS statements_au AFTER UPDATE OF text, speaker_name ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, speaker_name)
    VALUES ('delete', old.id, old.text, old.speaker_name);
    INSERT INTO statements_fts(rowid, text, speaker_name) VALUES (new.id, new.text, new.speaker_name);
END;
"""),
    # Datasette finds the FTS table of ``statements`` only when the content table is
    # double-quoted (content="statements"), so that its ``?_search=`` works; rebuild it so.
    ("0002_fts_for_datasette", """
DROP TABLE IF EXISTS statements_fts;
CREATE VIRTUAL TABLE statements_fts USING fts5(
    text, speaker_name, content="statements", content_rowid="id",
    tokenize="porter unicode61 remove_diacritics 2"
);
INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');
"""),
    # Surname lookup for cross-article identity ("Aliyev" -> Ilham Aliyev), and the
    # body passage a headline quote repeats.
    ("0003_speaker_surname_headline_link", """
ALTER TABLE speakers ADD COLUMN surname TEXT;
CREATE INDEX IF NOT EXISTS speakers_surname ON speakers(surname);
ALTER TABLE occurrences ADD COLUMN body_start INTEGER;
ALTER TABLE occurrences ADD COLUMN body_end INTEGER;
CREATE INDEX IF NOT EXISTS items_article ON items(article_id);
"""),
    # Near-duplicate grouping (store/stories.py): each article's MinHash signature and
    # its LSH band hashes, so that grouping is incremental and needs no in-memory index;
    # story_lsh records the band layout (bands x rows) the band rows were made with.
    ("0004_story_minhash", """
CREATE TABLE IF NOT EXISTS article_minhash (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id),
    signature BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS story_bands (
    band INTEGER NOT NULL,
    hash INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    PRIMARY KEY (band, hash, article_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_lsh (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    bands INTEGER NOT NULL,
    rows INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id);
"""),
    # What each input item held when it was processed (``RawPage.fingerprint``), so that a
    # file edited at the same path is read again and replaces its earlier version.
    ("0005_item_fingerprint", """
ALTER TABLE items ADD COLUMN fingerprint TEXT;
"""),
)

SCHEMA_VERSION = len(MIGRATIONS)
