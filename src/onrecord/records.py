"""The records that flow between stages: RawPage -> Article -> ArticleRecord.

Every span is a pair of character offsets into ``Article.text`` (Python string
indices, end exclusive). Every record produced by a rule or a fallback carries
``method``, the name of the rule or stage that produced it, so that a wrong
record can be traced back to the code that made it.

Imports go one way: every stage imports this module, this module imports no
stage.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any, Literal

Span = tuple[int, int]

Kind = Literal["direct", "indirect", "mixed", "continuation"]
Act = Literal["speech", "belief"]
SpeakerType = Literal["person", "organization", "anonymous", "document", "unknown"]

KINDS: tuple[str, ...] = ("direct", "indirect", "mixed", "continuation")
ACTS: tuple[str, ...] = ("speech", "belief")
SPEAKER_TYPES: tuple[str, ...] = ("person", "organization", "anonymous", "document", "unknown")


@dataclass(slots=True)
class RawPage:
    """One input item before article extraction: a file, a WARC record, a JSONL line.

    content (str | bytes): the payload as read; bytes when the encoding is not yet known.
    format (str): "text", "html" or "record" (a JSON Lines object already holding text).
    key (str): a stable identity for the item inside its source, used to resume runs
        and to skip what is already stored (for a file: its path; for a WARC record:
        path + record offset; for JSONL: path + line number).
    """

    source: str
    key: str
    content: str | bytes
    format: str = "text"
    id: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    fetched: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def fingerprint(self) -> str:
        """A hash of what the item holds (content and the metadata it brings), so that an
        item edited at the same key is told apart from the one stored before.

        The fetch time is left out: fetching the same page again changes nothing.
        """
        content = self.content.encode("utf-8") if isinstance(self.content, str) else self.content
        digest = hashlib.sha256(content)
        digest.update(json.dumps([self.format, self.id, self.url, self.title, self.outlet, self.published,
                                  self.authors], ensure_ascii=False, default=str).encode("utf-8"))
        return digest.hexdigest()[:32]


@dataclass(slots=True)
class Failure:
    """An item that was skipped or failed, with the reason, so that a run never crashes.

    stage (str): where it happened ("read", "article", "statements", "store", "fetch").
    code (str): the error or warning code from ``errors.py`` (E0xx, W0xx).
    skipped (bool): True for a deliberate skip (a non-article page, a non-HTML record),
        False for a failure (broken input, an exception).
    """

    source: str
    key: str
    stage: str
    code: str
    reason: str
    skipped: bool = False


@dataclass(slots=True)
class Article:
    """The article as the statement stage sees it: its text and metadata.

    text (str): for plain-text input exactly the file's content; for HTML the text
        extracted from the page.
    paragraphs (list[Span]): the paragraphs of the body, in order.
    headline (Span | None): the headline line(s) inside ``text``, if any.
    furniture (list[Span]): page furniture ("GO BACK", "Share this") that belongs to
        no statement and no entity.
    """

    id: str
    source: str
    key: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str = "en"
    url: str | None = None
    canonical_url: str | None = None
    authors: list[str] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)
    headline: Span | None = None
    furniture: list[Span] = field(default_factory=list)
    content_hash: str = ""
    method: str = ""


@dataclass(slots=True, frozen=True)
class TextSpan:
    """A piece of the article text with its offsets."""

    text: str
    span: Span

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "span": [self.span[0], self.span[1]]}


@dataclass(slots=True)
class Speaker:
    """Who made a statement: the mention in the text and what it denotes.

    name (str | None): the fullest name the article gives for the speaker
        ("Ilham Aliyev" for a "He" that refers to him); None when unresolved.
    """

    name: str | None
    mention: TextSpan | None
    type: str = "unknown"
    role: str | None = None
    method: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "mention": self.mention.to_json() if self.mention else None,
            "type": self.type,
            "role": self.role,
        }


@dataclass(slots=True)
class Statement:
    """One attributed statement (a quote, a reported statement or a belief).

    spans (list[Span]): the content, possibly interrupted ("...," he said, "...").
    text (str): the content's words, the spans joined by a space.
    headline (bool): the statement is a headline quote.
    body_match (TextSpan | None): for a headline quote, the body passage with the
        same words.
    about (list[TextSpan]): people and organisations the content speaks of.
    """

    text: str
    spans: list[Span]
    kind: str
    act: str = "speech"
    cue: TextSpan | None = None
    speaker: Speaker | None = None
    addressee: TextSpan | None = None
    occasion: str | None = None
    confidence: float = 0.5
    headline: bool = False
    body_match: TextSpan | None = None
    about: list[TextSpan] = field(default_factory=list)
    method: str = ""

    @property
    def start(self) -> int:
        return min(s for s, _ in self.spans)

    @property
    def end(self) -> int:
        return max(e for _, e in self.spans)

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "spans": [[s, e] for s, e in self.spans],
            "kind": self.kind,
            "act": self.act,
            "cue": self.cue.to_json() if self.cue else None,
            "speaker": self.speaker.to_json() if self.speaker else None,
            "addressee": self.addressee.to_json() if self.addressee else None,
            "occasion": self.occasion,
            "confidence": round(float(self.confidence), 3),
            "headline": self.headline,
            "body_match": self.body_match.to_json() if self.body_match else None,
            "about": [a.to_json() for a in self.about],
            "method": self.method,
        }


@dataclass(slots=True, frozen=True)
class Entity:
    """A named entity in the article text."""

    text: str
    label: str
    span: Span

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "label": self.label, "span": [self.span[0], self.span[1]]}


@dataclass(slots=True)
class ArticleRecord:
    """The output of extraction for one article: the article, its statements, its entities.

    status (str): "ok", or "no_model" when the article's language has no statement
        model (stored with its language and marked, never dropped).
    """

    article: Article
    statements: list[Statement] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    status: str = "ok"

    def to_json(self) -> dict[str, Any]:
        a = self.article
        return {
            "id": a.id,
            "source": a.source,
            "url": a.url,
            "title": a.title,
            "outlet": a.outlet,
            "published": a.published,
            "authors": a.authors,
            "language": a.language,
            "status": self.status,
            "text": a.text,
            "quotes": [s.to_json() for s in self.statements],
            "entities": [e.to_json() for e in self.entities],
        }


# What a JSON escape (or a caller) can put in a string that no text may hold: NUL (which SQLite's
# string functions stop at) and lone surrogates (which no UTF-8 encoder accepts).
UNSAFE_CHARACTERS = re.compile("[\x00\ud800-\udfff]")


def safe_text(value: str) -> str:
    """``value`` without NUL and with U+FFFD for each lone surrogate, as a JSON escape may give.

    A lone surrogate is a broken character, not a broken article: like a UTF-8 decoder
    meeting a bad byte (and WHATWG's conversion to scalar values), it becomes U+FFFD, one
    character for one. NUL is dropped: it is never text ("Li\\u0000nd" is "Lind"), and a
    file holding it raw is refused as binary rather than half-read.
    """
    if not UNSAFE_CHARACTERS.search(value):
        return value
    return UNSAFE_CHARACTERS.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", value)
