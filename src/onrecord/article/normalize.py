"""Bytes -> text (decoding with a numbered fallback), and the normal form behind content hashes.

Decoding tries, in order, and stops at the first that holds:
1. a byte order mark (UTF-8, UTF-16, UTF-32);
2. strict UTF-8;
3. the declared charset (an HTTP header passed along, or the page's <meta charset>);
4. charset-normalizer, when its best guess is coherent and free of chaos;
5. cp1252, when every non-ASCII character it gives is a letter or common typography.
A file that mixes well-formed UTF-8 with other bytes is refused (E004): any single
decoding would garble part of it.
"""
from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata

from ..errors import error

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# well-formed multi-byte UTF-8 sequences (2, 3 and 4 bytes)
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# per WHATWG, pages labelled Latin-1 are decoded as cp1252
CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                   "us-ascii": "cp1252", "ascii": "cp1252"}
GUESS_MIN_COHERENCE = 20.0
GUESS_MAX_CHAOS = 0.1
# a run of CRs that ends no CRLF: old-Mac line ends (a run ending in LF, "\r\r\n", is one line end
# of a file converted to CRLF twice); matched from the run's start and possessively, so in linear time
LONE_CRS = re.compile(r"(?<!\r)\r++(?!\n)")
TYPOGRAPHY = set("‘’‚“”„–—…«»‹›•°€£¥§©®™×·¡¿ ")
# typographic forms and their plain equivalents (regexes: faster than str.translate with a dict)
TYPOGRAPHIC_FOLDS = ((re.compile("[‘’‚‹›]"), "'"), (re.compile("[“”„«»]"), '"'), (re.compile("[–—]"), "-"))


def decode_bytes(data: bytes, *, path: str, declared: str | None = None, html: bool = False) -> str:
    """Decode an input's bytes to text, or raise E004 naming ``path``.

    declared (str | None): a charset declared outside the content (HTTP header).
    html (bool): the content is HTML, so a <meta charset> may declare its encoding.
    RETURNS (str): the text, without a byte order mark, a lone CR made LF (``unify_line_breaks``).
    """
    return unify_line_breaks(_decoded(data, path, declared, html))


def unify_line_breaks(text: str) -> str:
    """``text`` with each CR that ends no CRLF (old Mac line ends) made LF, one for one.

    The later stages find lines, paragraphs and sentence breaks at LF; replacing one
    character by one keeps every offset into the text valid. CRLF (and CR CR LF) stays.
    """
    return LONE_CRS.sub(lambda m: "\n" * len(m.group()), text) if "\r" in text else text


def _decoded(data: bytes, path: str, declared: str | None, html: bool) -> str:
    """The text of ``data`` by the steps of the module docstring, or E004."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = f"it is not UTF-8 (byte 0x{data[exc.start]:02X} at position {exc.start})"
    for charset in (declared, _meta_charset(data) if html else None):
        text = _try_charset(data, charset)
        if text is not None:
            return text
    if UTF8_SEQUENCE.search(data):
        raise error("E004", path=path, detail=f"{utf8_error}, yet other parts are UTF-8: the file mixes encodings")
    text = _guess(data)
    if text is None:
        raise error("E004", path=path, detail=f"{utf8_error}, and no other encoding fits it with confidence")
    return text


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise error("E004", path=path, detail=f"invalid {encoding} at position {exc.start}") from None


def _meta_charset(data: bytes) -> str | None:
    match = META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def _try_charset(data: bytes, charset: str | None) -> str | None:
    if not charset:
        return None
    name = CHARSET_ALIASES.get(charset.strip().lower(), charset.strip().lower())
    try:
        return data.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None


def _guess(data: bytes) -> str | None:
    """Steps 4 and 5: a confident guess of a legacy encoding, or None."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if (best is not None and not best.encoding.startswith(("utf_16", "utf_32"))
            and best.percent_coherence >= GUESS_MIN_COHERENCE and best.percent_chaos <= GUESS_MAX_CHAOS):
        return str(best)
    text = _try_charset(data, "cp1252")
    if text is not None and _plausible_western(text):
        return text
    return None


def _plausible_western(text: str) -> bool:
    """True when the non-ASCII characters of a cp1252 reading are letters or typography."""
    extra = [c for c in text if ord(c) > 127]
    if not extra or len(extra) > 0.3 * len(text):
        return False
    return all(c.isalpha() or c in TYPOGRAPHY for c in extra)


def normal_form(text: str) -> str:
    """The text reduced to what two copies of one article share.

    NFKC, straight quotes and hyphens for their typographic forms, whitespace collapsed,
    case folded: two saves of one article that differ only in these hash the same.
    """
    text = unicodedata.normalize("NFKC", text)
    for pattern, plain in TYPOGRAPHIC_FOLDS:
        text = pattern.sub(plain, text)
    return " ".join(text.split()).casefold()


def content_hash(text: str) -> str:
    """The SHA-256 (hex) of the text's normal form."""
    return hashlib.sha256(normal_form(text).encode("utf-8")).hexdigest()
