"""Who is who across articles: one speaker row per person or body, whatever it is called.

The statement stage resolves each speaker inside its article (``Speaker.name`` is the
fullest name the article gives). This module links those names across articles:

1. A full name is the identity: "Ilham Aliyev" and "President Ilham Aliyev" are the
   key ``ilham aliyev`` (case, accents, leading titles and a possessive are ignored).
   A full name with middle initials and the same name without them are one person
   ("Donald J. Trump", "Donald Trump") when no other stored name could be meant.
2. A surname alone ("Aliyev", "President Aliyev") attaches, in this order, to the only
   full name in the same article with that surname (speaker names and PERSON
   entities), to the only full-name person in the store with that surname, or else to
   a surname-only row ``aliyev``. A later full name with that surname takes that row
   over when it is the only one, so the order of articles does not split a person.
3. Organisations with a proper name ("the Kremlin", "Defense Ministry") are keyed by
   their name like people, without surname matching.
4. Descriptions ("a senior official", "the report", "the ministry") and unresolved
   speakers are not identities: each gets a row of its own per article (key
   ``anonymous:a senior official@<article>``), so two officials in two articles never
   become one person. Their statements are keyed by the description's words, so one
   agency story reprinted by three outlets gives one statement with three outlets,
   and the reprints' "a senior official" is the original's row.
5. A bare pronoun ("he") that the statement stage could not resolve names nobody: the
   statement keeps the mention but gets no speaker row.
"""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ..records import ArticleRecord, Speaker

TITLES = frozenset("""
mr mrs ms miss dr prof professor sir dame lord lady rev reverend father imam rabbi sheikh
president vice prime minister premier chancellor secretary deputy foreign defence defense
interior finance state attorney general senator sen rep representative congressman
congresswoman gov governor mayor councillor councilman councilwoman ambassador commissioner
speaker chairman chairwoman chair chief executive ceo spokesman spokeswoman spokesperson
king queen prince princess emperor pope cardinal archbishop bishop gen col colonel lt
lieutenant maj major capt captain cmdr commander adm admiral sgt sergeant judge justice
former ex acting interim then late leader head director coroner
""".split())
# after a title: "Secretary of State", "Minister for Foreign Affairs"
TITLE_LINKS = frozenset({"of", "for", "the", "and"})
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la",
                       "le", "al", "el", "bin", "ibn", "ben", "dos", "das", "do", "y", "las", "los",
                       "zu", "ter", "ten", "af", "ould", "ap", "ab", "ferch", "verch"})
PRONOUNS = frozenset("""
he she they it we i you him her them us his hers their its our who which that this these those
""".split())
# Bodies named both "Department of X" and "X Department".
BODY_KINDS = frozenset({"department", "ministry", "office", "bureau", "agency", "commission", "committee"})
DESCRIPTOR_TYPES = frozenset({"anonymous", "document", "unknown"})
NAMED_TYPES = frozenset({"person", "organization"})

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_POSSESSIVE = re.compile(r"'s?$")
_NON_WORD = re.compile(r"[^\w]+")
_EDGE_PUNCTUATION = re.compile(r"^[\W_]+|[^\w.]+$")  # keep the dot of "Jr."


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    if not text.isascii():
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold()
    text = text.replace("'", "")  # O'Brien -> obrien, not "o brien"
    return " ".join(_NON_WORD.sub(" ", text).split())


@lru_cache(maxsize=4096)  # names and their words recur in every article: fold them once
def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-free words joined by single spaces."""
    return _fold(text)


@lru_cache(maxsize=4096)
def clean_name(text: str, *, titles: bool = True) -> str:
    """The name as written, without surrounding punctuation, a possessive or leading titles.

    titles (bool): also drop leading titles (for people: never for "General Motors").
    RETURNS (str): "Ilham Aliyev" for "President Ilham Aliyev's"; the input when only
        titles would remain ("President").
    """
    words = _trimmed_words(text)
    start = 0
    seen_title = False
    while start < len(words) - 1:
        token = fold(words[start])
        if (titles and (token in TITLES or (seen_title and token in TITLE_LINKS))) \
                or (start == 0 and token == "the"):
            seen_title = seen_title or token in TITLES
            start += 1
            continue
        break
    return " ".join(words[start:])


def _trimmed_words(text: str) -> list[str]:
    """The words of a name as written, without surrounding punctuation or a possessive."""
    words = _EDGE_PUNCTUATION.sub("", text.translate(_APOSTROPHES)).split()
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1]) or words[-1]
    return words


def name_tokens(text: str, *, titles: bool = True) -> list[str]:
    """The folded words of a cleaned name, without a generational suffix (Jr., III)."""
    return list(_name_tokens(text, titles))


@lru_cache(maxsize=4096)
def _name_tokens(text: str, titles: bool) -> tuple[str, ...]:
    tokens = fold(clean_name(text, titles=titles)).split()
    while len(tokens) > 1 and tokens[-1] in SUFFIXES:
        tokens.pop()
    return tuple(tokens)


def body_tokens(tokens: list[str]) -> list[str]:
    """The words of a body's name in one order: "Department of Justice" is keyed as "Justice
    Department", "Ministry of Defence" as "Defence Ministry", so both spellings are one body."""
    for k, token in enumerate(tokens[:-2]):
        if token in BODY_KINDS and tokens[k + 1] == "of":
            return tokens[:k] + tokens[k + 2:] + [token]
    return tokens


def is_proper(text: str) -> bool:
    """True when a cleaned name starts with a capital letter (a name, not a description)."""
    cleaned = clean_name(text)
    return bool(cleaned) and cleaned[0].isupper() and fold(cleaned) not in PRONOUNS


def _is_named(speaker_type: str, text: str, named: bool = True) -> bool:
    """A person or organisation with a proper name, or a speaker written as a name ("Mayor
    Ruiz": every word capitalised); not a description.

    named (bool): the statement stage gave the speaker a name; a mention it could not name
        ("A Lind adviser") is a name only when every word of it is capitalised.
    """
    if not is_proper(text):
        return False
    if set(fold(text).split()) <= TITLES | TITLE_LINKS | {"a", "an"}:
        return False  # "The President", "the Minister": a description, not a name
    if speaker_type in NAMED_TYPES and named:
        return True
    words = clean_name(text).split()
    return speaker_type in ("unknown", *NAMED_TYPES) and all(w[0].isupper() or fold(w) in PARTICLES for w in words)


def _differ_by_initials(middle: list[str], other: list[str]) -> bool:
    """True when one name has no middle words and the other's are all initials."""
    if bool(middle) == bool(other):
        return False
    return all(len(word) == 1 for word in middle or other)


def words_key(text: str) -> str:
    """A short stable digest of a statement's words (case, accents, punctuation ignored)."""
    return hashlib.sha1(_fold(text).encode("utf-8")).hexdigest()[:20]


@dataclass(slots=True)
class ArticleNames:
    """The full person names of one article, by surname, to resolve a lone surname."""

    by_surname: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def of(cls, record: ArticleRecord) -> "ArticleNames":
        names = cls()
        for st in record.statements:
            sp = st.speaker
            if sp and sp.name and sp.type in ("person", "unknown"):
                names.add(sp.name)
        for ent in record.entities:
            if ent.label == "PERSON":
                names.add(ent.text)
        return names

    def add(self, name: str) -> None:
        tokens = name_tokens(name)
        if len(tokens) >= 2 and is_proper(name):
            self.by_surname.setdefault(tokens[-1], {}).setdefault(" ".join(tokens), clean_name(name))

    def full_name(self, surname: str) -> str | None:
        """The article's only full name with this surname, or None (none or several)."""
        found = self.by_surname.get(surname, {})
        return next(iter(found.values())) if len(found) == 1 else None


@dataclass(slots=True, frozen=True)
class Resolved:
    """The speaker row of one statement and the part of the statement key it gives."""

    speaker_id: int | None
    key: str


class SpeakerResolver:
    """Get-or-create speaker rows behind the unique ``speakers.norm``, with aliases.

    One resolver serves one article (it remembers the article's descriptions).
    conn (sqlite3.Connection): the store's connection, inside the article's transaction.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._descriptors: dict[str, int] = {}  # this article's descriptions -> rows
        self._seen: dict[tuple, Resolved] = {}  # a speaker quoted again in the same article

    def resolve(self, speaker: Speaker | None, names: ArticleNames, article_id: int,
                content: str) -> Resolved:
        """The speaker row (created when new) and the speaker part of the statement key.

        content (str): the statement's words (a description's row depends on them).
        """
        if speaker is None:
            return Resolved(None, f"none@{article_id}")
        seen = (speaker.type, speaker.name, speaker.mention.text if speaker.mention else None, speaker.role)
        if seen not in self._seen:
            self._seen[seen] = self._resolve(speaker, names, article_id, content)
        return self._seen[seen]

    def _resolve(self, speaker: Speaker, names: ArticleNames, article_id: int, content: str) -> Resolved:
        text = speaker.name or (speaker.mention.text if speaker.mention else "")
        tokens = name_tokens(text) if text else []
        if not tokens or (len(tokens) == 1 and tokens[0] in PRONOUNS):
            return Resolved(None, f"none@{article_id}")
        if not _is_named(speaker.type, text, named=bool(speaker.name)):
            return self._descriptor(speaker, text, article_id, content)
        # an untyped speaker written as a name ("Mayor Ruiz") is most likely a person
        kind = "organization" if speaker.type == "organization" else "person"
        if kind == "person" and len(tokens) == 1:
            full = names.full_name(tokens[0])
            if full:
                return self._named(speaker, kind, full, name_tokens(full))
            return self._surname(speaker, text, tokens[0])
        if kind == "organization":  # "General Motors" keeps its first word
            return self._named(speaker, kind, clean_name(text, titles=False),
                               body_tokens(name_tokens(text, titles=False)))
        return self._named(speaker, kind, clean_name(text), tokens)

    # --- the three kinds of rows ---------------------------------------------------
    def _named(self, speaker: Speaker, kind: str, name: str, tokens: list[str]) -> Resolved:
        norm = " ".join(tokens)
        surname = tokens[-1] if kind == "person" else None
        row = self._find(norm)
        if row is None and surname and len(tokens) >= 2:
            row = self._same_but_initials(tokens)
            if row is not None:  # kept, so that a name with other initials is not joined later
                self._add_alias(row, name)
            else:
                row = self._adopt_surname_row(surname, norm, name)
        speaker_id = row if row is not None else self._create(name, norm, kind, surname)
        self._update(speaker_id, speaker, name)
        return Resolved(speaker_id, f"s{speaker_id}")

    def _surname(self, speaker: Speaker, text: str, surname: str) -> Resolved:
        full = self.conn.execute(
            "SELECT id FROM speakers WHERE surname = ? AND type = 'person' AND norm != surname",
            (surname,)).fetchall()
        if len(full) == 1:
            speaker_id = full[0][0]
        else:
            speaker_id = self._find(surname) or self._create(clean_name(text), surname, "person", surname)
        self._update(speaker_id, speaker, None)
        return Resolved(speaker_id, f"s{speaker_id}")

    def _descriptor(self, speaker: Speaker, text: str, article_id: int, content: str) -> Resolved:
        """The row of "a senior official" in this article; a reprint reuses the original's."""
        kind = speaker.type if speaker.type in DESCRIPTOR_TYPES else "unknown"
        key = f"{kind}:{fold(text)}"
        speaker_id = self._descriptors.get(key)
        if speaker_id is None:
            # the same words from the same description in another article: a reprint,
            # so the same (unnamed) speaker
            row = self.conn.execute("SELECT speaker_id FROM statements WHERE key = ?",
                                    (statement_key(key, content),)).fetchone()
            norm = f"{key}@{article_id}"
            speaker_id = (row[0] if row and row[0] else None) or self._find(norm) \
                or self._create(text.strip(), norm, kind, None)
            self._descriptors[key] = speaker_id
        self._update(speaker_id, speaker, None)
        return Resolved(speaker_id, key)

    # --- rows -----------------------------------------------------------------------
    def _find(self, norm: str) -> int | None:
        row = self.conn.execute("SELECT id FROM speakers WHERE norm = ?", (norm,)).fetchone()
        return row[0] if row else None

    def _create(self, name: str, norm: str, type_: str, surname: str | None) -> int:
        cur = self.conn.execute(
            "INSERT INTO speakers (name, norm, type, surname) VALUES (?, ?, ?, ?)",
            (name, norm, type_, surname))
        return int(cur.lastrowid)

    def _same_but_initials(self, tokens: list[str]) -> int | None:
        """The one person row whose name is this one with or without middle initials
        ("Donald J. Trump" and "Donald Trump"); None when there is none or several. Names
        that both have initials must agree on them: "George W. Bush" is not "George H. W.
        Bush", and "George Bush" is neither when both are stored."""
        found = []
        for row_id, norm in self.conn.execute(
                "SELECT id, norm FROM speakers WHERE surname = ? AND type = 'person'", (tokens[-1],)):
            other = norm.split()
            if len(other) >= 2 and other[0] == tokens[0] and _differ_by_initials(tokens[1:-1], other[1:-1]) \
                    and not self._took_other_initials(row_id, tokens[1:-1]):
                found.append(row_id)
        return found[0] if len(found) == 1 else None

    def _took_other_initials(self, row_id: int, middle: list[str]) -> bool:
        """True when a row already joined a name with other middle initials: after "George W.
        Bush" joined "George Bush", "George H. W. Bush" is someone else, in any order of input."""
        if not middle:
            return False
        for (alias,) in self.conn.execute("SELECT alias FROM speaker_aliases WHERE speaker_id = ?", (row_id,)):
            words = name_tokens(alias)
            if len(words) > 2 and words[1:-1] != middle:
                return True
        return False

    def _add_alias(self, speaker_id: int, alias: str) -> None:
        alias = _alias_text(alias)
        self.conn.execute("INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, norm) VALUES (?, ?, ?)",
                          (speaker_id, alias, fold(alias)))

    def _adopt_surname_row(self, surname: str, norm: str, name: str) -> int | None:
        """Turn the surname-only row into this full name when no other full name has it."""
        row = self._find(surname)
        if row is None:
            return None
        others = self.conn.execute(
            "SELECT count(*) FROM speakers WHERE surname = ? AND type = 'person' AND norm != surname",
            (surname,)).fetchone()[0]
        if others:
            return None
        self.conn.execute("UPDATE speakers SET name = ?, norm = ? WHERE id = ?", (name, norm, row))
        self.conn.execute("UPDATE statements SET speaker_name = ? WHERE speaker_id = ?", (name, row))
        return row

    def _update(self, speaker_id: int, speaker: Speaker, name: str | None) -> None:
        """Add the names this statement gives the speaker as aliases, and its role."""
        norm = self.conn.execute("SELECT norm FROM speakers WHERE id = ?", (speaker_id,)).fetchone()[0]
        row_tokens = set(norm.split())
        for alias in (name, speaker.name, speaker.mention.text if speaker.mention else None):
            # only variants of the name ("Aliyev", "President Aliyev"), not "the leader"
            if alias and is_proper(alias) and set(name_tokens(alias)) <= row_tokens:
                self._add_alias(speaker_id, alias)
        if speaker.role:
            roles = json.loads(self.conn.execute(
                "SELECT roles FROM speakers WHERE id = ?", (speaker_id,)).fetchone()[0])
            if fold(speaker.role) not in {fold(r) for r in roles}:
                roles.append(speaker.role)
                self.conn.execute("UPDATE speakers SET roles = ? WHERE id = ?",
                                  (json.dumps(roles, ensure_ascii=False), speaker_id))
        if speaker.type in NAMED_TYPES:
            # a row first seen with an unknown type learns it from a later statement
            self.conn.execute("UPDATE speakers SET type = ? WHERE id = ? AND type = 'unknown'",
                              (speaker.type, speaker_id))


def _alias_text(text: str) -> str:
    """A mention as an alias: trimmed of punctuation, a possessive and "the"; titles kept."""
    words = _trimmed_words(text)
    if len(words) > 1 and fold(words[0]) == "the":
        words = words[1:]
    return " ".join(words)


def statement_key(speaker_key: str, text: str) -> str:
    """The unique key of a statement: who said it and its words."""
    return f"{speaker_key}|{words_key(text)}"
