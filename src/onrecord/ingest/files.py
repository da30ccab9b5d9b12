"""Files, folders and standard input -> RawPage items.

A file is one article (plain text or HTML) or, for JSON Lines, one article per line.
Content stays bytes here: the article stage decodes it (UTF-8, the page's charset, or
a confident guess), so that every reader hands over the payload exactly as stored.
What cannot be an article (missing, empty, binary, too large, a bad JSON line) becomes
a ``Failure`` naming the item and the reason; nothing raises out of a reader. What JSON
escapes can smuggle into a record's strings (NUL, lone surrogates) is cleaned here
(``safe_text``), and an HTML fragment of one element is wrapped as a page (``wrap_fragment``).
"""
from __future__ import annotations

import codecs
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import IO, Any, Iterator

from ..errors import Errors, Warnings
from ..records import Failure, RawPage, safe_text
from ..settings import Settings

Item = RawPage | Failure

TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

# Byte order marks of the encodings whose text holds NUL bytes (checked before NULs).
WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")
# File signatures of common binary formats that are never articles.
MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an audio file"),
    (b"ID3", "an MP3 file"),
    (b"RIFF", "a media file"),
    (b"\x00asm", "WebAssembly"),
)
SNIFF_BYTES = 8192
# Above this share of control characters a file is binary, whatever its name says.
MAX_CONTROL_RATIO = 0.05
CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\f\v\x1b")
HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                        re.IGNORECASE | re.DOTALL)
ELEMENT_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<[a-z]", re.IGNORECASE | re.DOTALL)
HTML_TAGS = re.compile(rb"<(?:html|head|body|div|p|article|meta|title)\b[^>]*>", re.IGNORECASE)
RECORD_FIELDS = ("id", "url", "title", "outlet", "published")
# what a fragment of one root element is put in to make it a page, as feeds.py does for entries
FRAGMENT_OPEN, FRAGMENT_CLOSE = "<!DOCTYPE html><html><body><article>", "</article></body></html>"


# --- sniffing -----------------------------------------------------------------------

def binary_reason(data: bytes) -> str | None:
    """Why ``data`` looks like binary data rather than text, or None when it looks like text.

    Looks at the first few kilobytes: a known file signature, NUL bytes (unless a
    UTF-16/32 byte order mark explains them), or a high share of control characters.
    """
    head = data[:SNIFF_BYTES]
    for magic, name in MAGIC_NUMBERS:
        if head.startswith(magic):
            return name
    if head.startswith(WIDE_BOMS):
        return None
    if b"\x00" in head:
        return _nul_reason(head)
    controls = len(head) - len(head.translate(None, CONTROL_BYTES))
    if head and controls / len(head) > MAX_CONTROL_RATIO:
        return f"{controls / len(head):.0%} control characters"
    return None


def _nul_reason(head: bytes) -> str:
    """Why NUL bytes make data binary; a hint when they fall every other byte (UTF-16)."""
    half = len(head) // 2
    if half and max(head[0::2].count(0), head[1::2].count(0)) > 0.4 * half:
        return ("it holds NUL bytes every other byte, as UTF-16 text without a byte order mark "
                "does; save it as UTF-8")
    return "it holds NUL bytes"


def looks_like_html(data: bytes) -> bool:
    """True when the content is an HTML page, whatever the file is called."""
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf")
    if HTML_START.match(head):
        return True
    # a fragment with several block tags, starting with markup
    return head.lstrip().startswith(b"<") and len(HTML_TAGS.findall(head)) >= 2


def looks_like_jsonl(data: bytes) -> bool:
    """True when every non-blank line of the first kilobytes starts a JSON object."""
    lines = [line.strip() for line in data[:SNIFF_BYTES].splitlines() if line.strip()]
    return bool(lines) and all(line.startswith(b"{") for line in lines[:-1]) and lines[0].startswith(b"{")


def page_format(path: Path, data: bytes) -> str:
    """"text" or "html" for one file, from its extension, then its content."""
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(data):
        return "html"
    return "text"


# --- one file -----------------------------------------------------------------------

def read_file(source: str, settings: Settings) -> Iterator[Item]:
    """The RawPage(s) of one file: one for text or HTML, one per line for JSON Lines."""
    path = Path(source)
    try:
        size = path.stat().st_size
    except OSError:
        yield _failure(source, "E001", Errors.E001.format(path=source))
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _read_jsonl_file(path, source, settings)
        return
    if size > settings.max_bytes:  # before reading: an enormous file never enters memory
        yield _failure(source, "E005", Errors.E005.format(path=source, size=size, limit=settings.max_bytes))
        return
    try:
        with path.open("rb") as fh:  # capped: a device or a /proc file has size 0 yet no end
            data = fh.read(settings.max_bytes + 1)
    except OSError as exc:
        yield _failure(source, "E001", Errors.E001.format(path=f"{source} ({exc.strerror})"))
        return
    if len(data) > settings.max_bytes:
        yield _too_large(source, len(data), settings)
        return
    yield _page_or_failure(source, source, data, page_format(path, data), path.stem)


def read_stdin(source: str, settings: Settings, stream: IO[bytes] | None = None) -> Iterator[Item]:
    """The RawPage(s) read from standard input ("-"): text, HTML or JSON Lines, sniffed.

    Keys come from the content ("stdin:<hash>", per line for JSON Lines): every run
    reads the same "-", so a key of the name alone would make ``ingest`` take a new
    article piped in for one it already stored.
    """
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        yield _too_large(source, len(data), settings)
        return
    if looks_like_jsonl(data) and not looks_like_html(data):
        yield from _jsonl_items(iter(data.splitlines(keepends=True)), source, "stdin", settings,
                                keyed_by_content=True)
        return
    fmt = "html" if looks_like_html(data) else "text"
    yield _page_or_failure(source, _content_key(data), data, fmt, "stdin")


def _content_key(data: bytes) -> str:
    """The key of an item read from standard input: a hash of its bytes."""
    return f"stdin:{hashlib.sha256(data).hexdigest()[:20]}"


def _page_or_failure(source: str, key: str, data: bytes, fmt: str, file_id: str) -> Item:
    """A RawPage of undecoded content, or the Failure that says why it cannot be one."""
    if not data.strip():
        return _failure(source, "E002", Errors.E002.format(path=_name(source)), key=key)
    reason = binary_reason(data)
    if reason:
        return _failure(source, "E003", Errors.E003.format(path=_name(source), detail=reason), key=key)
    return RawPage(source=source, key=key, content=wrap_fragment(data) if fmt == "html" else data, format=fmt,
                   id=file_id)


def wrap_fragment(html: str | bytes) -> str | bytes:
    """The HTML as read, or, for a fragment of one root element ("<div>...</div>"), that
    fragment inside a page: the extractor refuses such a fragment as not HTML (E006).

    Documents and fragments of several roots, which were read fine, stay byte for byte, so
    that their fingerprints (and what the store holds for them) do not change.
    """
    if not _one_root_fragment(html):
        return html
    if isinstance(html, str):
        return FRAGMENT_OPEN + html + FRAGMENT_CLOSE
    bom = codecs.BOM_UTF8 if html.startswith(codecs.BOM_UTF8) else b""  # stays first, to be read as one
    return bom + FRAGMENT_OPEN.encode() + html[len(bom):] + FRAGMENT_CLOSE.encode()


def _one_root_fragment(html: str | bytes) -> bool:
    """True for HTML that opens with an element and that lxml reads as a fragment (not an
    <html> document) with under two children under its root: what trafilatura's check of a
    page's shape rejects."""
    from lxml import etree
    from lxml.html import fromstring  # trafilatura's parser, installed with it

    head = html[:SNIFF_BYTES] if isinstance(html, bytes) else html[:SNIFF_BYTES].encode("utf-8", "replace")
    if head.startswith((*WIDE_BOMS, b"\x00")):
        return False  # UTF-16/32: a prefix in ASCII would break its decoding
    head = head.lstrip(codecs.BOM_UTF8)
    if HTML_START.match(head) or not ELEMENT_START.match(head):
        return False  # a document (no need to parse it here), or text with stray markup: not a fragment
    try:
        tree = fromstring(html)
    except (ValueError, etree.ParserError):  # empty, or a str with an encoding declaration
        return False
    return tree.tag != "html" and len(tree) < 2


def _too_large(source: str, size: int, settings: Settings) -> Failure:
    """E005 for an input found over ``max_bytes`` while reading (``size`` is what was read)."""
    return _failure(source, "E005", Errors.E005.format(path=_name(source), size=size, limit=settings.max_bytes))


def _name(source: str) -> str:
    """How messages name a source: its path, or "standard input" for "-"."""
    return "standard input" if source == "-" else source


def _failure(source: str, code: str, reason: str, *, key: str | None = None,
             skipped: bool = False) -> Failure:
    return Failure(source, key or source, "read", code, reason, skipped=skipped)


# --- JSON Lines ---------------------------------------------------------------------

def _read_jsonl_file(path: Path, source: str, settings: Settings) -> Iterator[Item]:
    """One RawPage per line of a JSON Lines file, streamed: the file may be large."""
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
        reason = binary_reason(head)
        if reason:
            yield _failure(source, "E003", Errors.E003.format(path=source, detail=reason))
            return
        if not head.strip():
            yield _failure(source, "E002", Errors.E002.format(path=source))
            return
        fh.seek(0)
        yield from _jsonl_items(_bounded_lines(fh, settings.max_bytes), source, path.stem, settings)


def _bounded_lines(fh: IO[bytes], limit: int) -> Iterator[bytes]:
    """The lines of a binary file; a line over ``limit`` bytes comes back cut to limit+1."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # skip the rest of the over-long line without keeping it
                rest = fh.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
        yield line


def _jsonl_items(lines: Iterator[bytes], source: str, stem: str, settings: Settings, *,
                 keyed_by_content: bool = False) -> Iterator[Item]:
    """One RawPage or Failure per non-blank line; keys are "<source>#L<n>", or the
    line's content hash with ``keyed_by_content``."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        key = _content_key(line.strip()) if keyed_by_content else f"{source}#L{number}"
        if len(line) > settings.max_bytes:
            yield _failure(source, "E005", Errors.E005.format(
                path=f"line {number} of {_name(source)}", size=len(line), limit=settings.max_bytes), key=key)
            continue
        yield _record_page(line, source, key, stem, number)


def _record_page(line: bytes, source: str, key: str, stem: str, number: int) -> Item:
    """The RawPage of one JSON Lines record, or a Failure (E007 bad JSON, E008 no text)."""
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        detail = exc.msg if isinstance(exc, json.JSONDecodeError) else "not UTF-8"
        return _failure(source, "E007", Errors.E007.format(line=number, path=_name(source), detail=detail),
                        key=key)
    if not isinstance(record, dict):
        return _failure(source, "E007", Errors.E007.format(line=number, path=_name(source),
                                                          detail=f"a JSON {type(record).__name__}, not an object"),
                        key=key)
    text, html = _nonblank(record.get("text")), _nonblank(record.get("html"))
    if text is None and html is None:
        return _failure(source, "E008", Errors.E008.format(line=number, path=_name(source)), key=key)
    fields = {name: _field(record.get(name)) for name in RECORD_FIELDS}
    return RawPage(
        source=source, key=key,
        content=text if text is not None else wrap_fragment(html),
        format="record" if text is not None else "html",
        id=fields["id"] or f"{stem}-L{number}",
        url=fields["url"], title=fields["title"], outlet=fields["outlet"], published=fields["published"],
        authors=_authors(record.get("authors", record.get("author"))),
        meta={"line": number, "from": "jsonl"},
    )


def _nonblank(value: Any) -> str | None:
    value = safe_text(value) if isinstance(value, str) else None
    return value if value and value.strip() else None


def _field(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = safe_text(str(value)).strip()
    return text or None


def _authors(value: Any) -> list[str]:
    if isinstance(value, str):
        value = re.split(r"\s*[;,]\s*|\s+and\s+", value)
    if not isinstance(value, list):
        return []
    names = (safe_text(str(a)).strip() for a in value)
    return [name for name in names if name]


# --- folders ------------------------------------------------------------------------

def walk_folder(folder: Path, unreadable: list[tuple[Path, OSError]] | None = None) -> Iterator[Path]:
    """Every file under ``folder``, recursively, sorted by name, skipping hidden ones.

    Symbolic links to folders are not followed, so a link loop cannot trap the walk.
    unreadable: when given, each folder that cannot be listed is added with its error.
    """
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        if unreadable is not None:
            unreadable.append((folder, exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if not entry.is_symlink():
                yield from walk_folder(entry, unreadable)
        elif entry.is_file():
            yield entry


def read_folder(source: str, settings: Settings) -> Iterator[Item]:
    """The items of every file under a folder, each read by the reader of its kind.

    Files of other types (images, style sheets of saved pages) are skipped with W001,
    and so is a folder with no files at all; a folder that cannot be listed fails
    with E001.
    """
    from . import detect_kind, read_source  # the package's dispatch, loaded by now

    unreadable: list[tuple[Path, OSError]] = []
    any_file = False
    for path in walk_folder(Path(source), unreadable):
        any_file = True
        yield from _unreadable(unreadable)
        name = str(path)
        kind = detect_kind(name)
        if kind == "file" and path.suffix.lower() not in ARTICLE_SUFFIXES:
            yield _failure(name, "W001", Warnings.W001.format(
                path=name, detail=f"'{path.suffix}' files are not articles"), skipped=True)
            continue
        yield from read_source(name, settings)
    listed = not any(folder == Path(source) for folder, _ in unreadable)
    yield from _unreadable(unreadable)
    if listed and not any_file:
        yield _failure(source, "W001", Warnings.W001.format(
            path=source, detail="the folder holds no files (hidden ones are not read)"), skipped=True)


def _unreadable(folders: list[tuple[Path, OSError]]) -> Iterator[Failure]:
    """A Failure (E001) for each folder the walk could not list, emptying the list."""
    while folders:
        folder, exc = folders.pop(0)
        yield _failure(str(folder), "E001", Errors.E001.format(path=f"{folder} ({exc.strerror})"))
