"""Metadata read from single lines: dates, "Outlet / Title" lines, bylines, page furniture.

Each reader takes one line and returns what it finds, or None; plaintext.py decides
which lines to ask. No date library guesses here: a line is a date line only when
(almost) all of it is a date in one of the forms news pages print.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_LABEL = (r"(?:(?:published|posted|updated|last\s+updated|first\s+published|date|dated|"
          r"modified)(?:\s+(?:on|at))?\s*:?\s*)?")
# what may follow a date on its line: a time, a zone, a separator
_TAIL = r"(?:\s*(?:[,|·•-]|at)?\s*\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?|\s*[+-]\d\d:?\d\d)?)?"
DATE_FORMS = (
    re.compile(_DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR, re.IGNORECASE),          # 25 October 2020
    re.compile(_MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR, re.IGNORECASE),          # October 25, 2020
    re.compile(r"(?P<year>(?:19|20)\d\d)[-/.](?P<month>[01]?\d)[-/.](?P<day>[0-3]?\d)"
               r"(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"),    # 2020-10-25
)
DATE_LINE = [re.compile(r"^\s*" + _LABEL + _WEEKDAY + form.pattern + _TAIL + r"\s*\.?\s*$", re.IGNORECASE)
             for form in DATE_FORMS]

# Furniture: lines of page navigation and promotion, matched whole (case-insensitive).
FURNITURE_LINES = re.compile(r"""^\s*(?:
      go\ back | back(?:\ to\ top)? | home | menu | print(?:\ this)?(?:\ article|\ page)?
    | share(?:\ this)?(?:\ (?:article|story|page|post))?(?:\ on\ \w+)?
    | (?:share|tweet|email|e-mail|print|facebook|twitter|whatsapp|linkedin|telegram)
      (?:\s*[|/·•]\s*(?:share|tweet|email|e-mail|print|facebook|twitter|x|whatsapp|linkedin|telegram))*
    | read\ (?:more|also|next|full\ story)\b.* | (?:also\ )?see\ also\b.* | also\ (?:read|see|watch)\b.*
    | more\ (?:from|on|stories)\b.*
    | advertisement | advert | sponsored(?:\ content)? | ad
    | related(?:\ (?:articles?|stories|news|posts|content|topics|coverage))?\s*:?
    | (?:\(c\)|©|copyright)\ .* | .*\ all\ rights\ reserved\.?
    | follow\ (?:us|\S+(?:\ \S+){0,3})\ on\ .* | subscribe\b.* | sign\ up\b.* | click\ here\b.*
    | (?:leave\ a\ )?comments?(?:\s*\(\d+\))? | tags?\s*:.* | topics\s*:.* | next\ article | previous\ article
    | listen\ to\ (?:this\ )?(?:article|story).* | \d+\s+min(?:ute)?s?\ read | loading\W*
    | abstract | skip\ to\ (?:main\ )?content | cookie.* | accept\ (?:all\ )?cookies
    | (?:for\ immediate\ release | (?:press|news|media)\ release)(?:\ *[-–—:]?\ *for\ immediate\ release)?
    )\s*[.!:>»›]*\s*$""", re.IGNORECASE | re.VERBOSE)
FURNITURE_MAX_WORDS = 20
BYLINE = re.compile(r"^\s*(?:[Bb]y|BY|[Ww]ritten\ by|[Ww]ords\ by)\s+(?P<names>[A-Z][\w.'’-]*(?:[\s,]+(?:and\s+|&\s+)?"
                    r"[A-Z][\w.'’-]*){0,8})\s*(?:[|,·•-]\s*.*)?$", re.VERBOSE)

# "Outlet / Title" (outlet first) and "Title | Outlet", "Title - Outlet" (outlet last)
PREFIX_SEPARATORS = (" / ",)
SUFFIX_SEPARATORS = (" | ", " - ", " – ", " — ", " · ")
OUTLET_MAX_WORDS = 5
OUTLET_MAX_CHARS = 40
DOMAIN_LIKE = re.compile(r"\.(?:com|net|org|az|ru|uk|co|info|news|tv|io|de|fr|in|ng|ge|am|ua)\b", re.IGNORECASE)


@dataclass(slots=True, frozen=True)
class TitleLine:
    """A first line split into outlet and title, with the title's offsets in the line."""

    title: str
    outlet: str | None
    title_start: int
    title_end: int


def parse_date(value: str) -> str | None:
    """The first date in ``value`` as "YYYY-MM-DD", or None.

    Reads "25 October 2020", "Oct. 25, 2020", "Sunday, October 25th 2020",
    "2020-10-25" and ISO datetimes.
    """
    for form in DATE_FORMS:
        match = form.search(value)
        if match:
            found = _to_iso(match)
            if found:
                return found
    return None


def date_line(line: str) -> str | None:
    """The date of a line that is nothing but a date (with a label, weekday or time), else None."""
    if len(line) > 80:
        return None
    for pattern in DATE_LINE:
        match = pattern.match(line)
        if match:
            return _to_iso(match)
    return None


def _to_iso(match: re.Match[str]) -> str | None:
    month = match.group("month")
    month_number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
    try:
        found = date(int(match.group("year")), month_number, int(match.group("day")))
    except ValueError:
        return None
    if found.year > datetime.now().year + 1:
        return None
    return found.isoformat()


def is_furniture(line: str) -> bool:
    """True when the line is page navigation or promotion, not article text."""
    stripped = line.strip()
    return bool(stripped) and len(stripped.split()) <= FURNITURE_MAX_WORDS and bool(FURNITURE_LINES.match(stripped))


def byline_authors(line: str) -> list[str] | None:
    """The names of a byline ("By Jane Doe and Ali Khan"), or None for any other line."""
    match = BYLINE.match(line)
    if not match or len(line.split()) > 15:
        return None
    names = re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", match.group("names").strip())
    return [n for n in names if n] or None


def split_title_line(line: str) -> TitleLine:
    """Split a first line into outlet and title ("Qadin.NET / Title", "Title | Outlet").

    RETURNS (TitleLine): the whole stripped line as title with no outlet when no
        pattern fits.
    """
    start = len(line) - len(line.lstrip())
    stripped = line.strip()
    for sep in PREFIX_SEPARATORS:
        left, found, right = stripped.partition(sep)
        if found and _outlet_like(left) and _title_like(right):
            offset = start + len(left) + len(sep)
            return TitleLine(right.strip(), left.strip(), offset, offset + len(right.rstrip()))
    for sep in SUFFIX_SEPARATORS:
        left, found, right = stripped.rpartition(sep)
        if found and _outlet_like(right) and _title_like(left):
            return TitleLine(left.strip(), right.strip(), start, start + len(left.rstrip()))
        if sep == " | " and found and DOMAIN_LIKE.search(left) and _outlet_like(left) and _title_like(right):
            offset = start + len(left) + len(sep)
            return TitleLine(right.strip(), left.strip(), offset, offset + len(right.rstrip()))
    return TitleLine(stripped, None, start, start + len(stripped))


def outlet_before_repeat(first: str, second: str) -> TitleLine | None:
    """A first line that is the outlet's name, a separator or none, then the second line word for word ("Riverbend
    Gazette | Mayor says ...", "Bellwood Star'He had a knife ...'" glued), as a TitleLine; None otherwise."""
    title = second.strip()
    body = first.rstrip()
    if len(title.split()) < 3 or not body.endswith(title) or len(body) == len(title):
        return None
    start = len(body) - len(title)
    outlet = body[:start].rstrip(" |/·•–—-:")
    if not _outlet_like(outlet):
        return None
    return TitleLine(title, outlet.strip(), start, len(body))


def _outlet_like(text: str) -> bool:
    """A short name without sentence punctuation: "Qadin.NET", "The Harbour Gazette"."""
    text = text.strip()
    if not text or len(text) > OUTLET_MAX_CHARS or len(text.split()) > OUTLET_MAX_WORDS:
        return False
    if re.search(r"[:\"“”«»?!,]", text) or text.endswith("."):
        return False
    return text[0].isupper() or text[0].isdigit() or bool(DOMAIN_LIKE.search(text))


def _title_like(text: str) -> bool:
    return len(text.split()) >= 2
