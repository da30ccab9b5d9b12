"""The layout of a plain-text article, read without rewriting a character of it.

A saved news page in plain text usually reads: an outlet/title line ("Qadin.NET /
Title", the headline as the page first gives it), the headline again (furniture), a
byline, the body paragraphs, a date line and page furniture ("GO BACK", "Share this")
at the top or the foot. ``read_layout`` labels
each line and returns spans into the text, so every offset stays valid for the
statement stage.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Span
from .metadata import byline_authors, date_line, is_furniture, outlet_before_repeat, parse_date, split_title_line

# How many non-empty lines at the top and at the foot may hold a date or byline.
EDGE_LINES = 5
HEADLINE_MAX_WORDS = 30
# Text whose body lines are all this short or shorter may be hard-wrapped.
WRAP_MAX_CHARS = 100


@dataclass(slots=True)
class Layout:
    """What the lines of a plain-text article are.

    headline (Span | None): the headline's offsets (the title part only when the line
        also names the outlet).
    date_span (Span | None): the line the date was read from.
    paragraphs (list[Span]): the body, without headline, date, byline and furniture.
    """

    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    headline: Span | None = None
    date_span: Span | None = None
    furniture: list[Span] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)


def line_spans(text: str) -> list[Span]:
    """The non-empty lines of ``text`` as spans, trailing whitespace (and CR) left out.

    A span starts where its line starts, so a paragraph may open with a
    non-breaking space or an indent.
    """
    spans: list[Span] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line.rstrip())
        if line.strip():
            spans.append((start, end))
        start += len(line) + 1
    return spans


def read_layout(text: str, *, title_hint: str | None = None) -> Layout:
    """Label the lines of a plain-text article and read its metadata.

    title_hint (str | None): a title known from elsewhere (a JSON Lines field), used to
        recognise the headline line.
    RETURNS (Layout): metadata and spans into ``text``.
    """
    layout = Layout()
    lines = line_spans(text)
    used: set[int] = set()  # indexes of lines that are not body
    for i, (s, e) in enumerate(lines):
        if is_furniture(text[s:e]):
            layout.furniture.append((s, e))
            used.add(i)
    _read_headline(text, lines, used, layout, title_hint)
    _read_edges(text, lines, used, layout)
    body = [i for i in range(len(lines)) if i not in used]
    layout.paragraphs = _paragraphs(text, lines, body)
    layout.furniture.sort()
    return layout


def _read_headline(text: str, lines: list[Span], used: set[int], layout: Layout,
                   title_hint: str | None) -> None:
    """Find the outlet/title line and the headline among the first lines."""
    top = [i for i in range(len(lines)) if i not in used][:2]
    if not top:
        return
    first = lines[top[0]]
    first_text = text[first[0]:first[1]]
    if date_line(first_text) or byline_authors(first_text):
        return
    split = split_title_line(first_text)
    second = lines[top[1]] if len(top) > 1 else None
    if second and _same(text[second[0]:second[1]], split.title) and not split.title_start:
        # "Title | Outlet", then the title again: the second line is the headline (the parse of the first would run
        # the title into the outlet's name)
        layout.furniture.append(first)
        used.update(top)
        layout.headline = second
    elif second and _same(text[second[0]:second[1]], split.title):
        # "Outlet / Title", then the title again: the headline is where the page first gives it, after the outlet's
        # name (as readers mark it); the outlet's name and the repeat are furniture
        if split.title_start:
            layout.furniture.append((first[0], first[0] + split.title_start))
        if first[0] + split.title_end < first[1]:
            layout.furniture.append((first[0] + split.title_end, first[1]))
        layout.furniture.append(second)
        used.update(top)
        layout.headline = (first[0] + split.title_start, first[0] + split.title_end)
    elif second and (glued := outlet_before_repeat(first_text, text[second[0]:second[1]])) is not None:
        # "Outlet | Title" or the outlet's name glued to the title, then the title again: as "Outlet / Title" above
        layout.furniture += [(first[0], first[0] + glued.title_start), second]
        used.update(top)
        layout.headline = (first[0] + glued.title_start, first[0] + glued.title_end)
        split = glued
    elif split.outlet or (title_hint and _same(first_text, title_hint)):
        used.add(top[0])
        layout.headline = (first[0] + split.title_start, first[0] + split.title_end)
    else:
        last = _headline_block_end(text, lines, top[0])
        if last is None:
            return
        used.update(range(top[0], last + 1))
        layout.headline = (first[0], lines[last][1])
    layout.title = split.title.rstrip(" ;")
    layout.outlet = split.outlet


def _headline_block_end(text: str, lines: list[Span], index: int) -> int | None:
    """The last line of a headline block starting at ``index``, or None when there is none.

    A headline block is a short first line, or a short first line with a subtitle
    line right under it, followed by a blank line and more text.
    """
    for last in (index, index + 1):
        if last + 1 >= len(lines):
            return None
        block = text[lines[index][0]:lines[last][1]]
        if len(block.split()) > HEADLINE_MAX_WORDS * (last - index + 1):
            return None
        gap = text[lines[last][1]:lines[last + 1][0]]
        if gap.count("\n") >= 2:
            return last
        if "\n" not in gap or last > index:
            return None
    return None


def _read_edges(text: str, lines: list[Span], used: set[int], layout: Layout) -> None:
    """Read the date line and bylines among the first and last lines."""
    free = [i for i in range(len(lines)) if i not in used]
    edges = free[:EDGE_LINES] + [i for i in free[-EDGE_LINES:] if i not in free[:EDGE_LINES]]
    for i in edges:
        s, e = lines[i]
        line = text[s:e]
        found = date_line(line)
        if found and layout.published is None:
            layout.published, layout.date_span = found, (s, e)
            used.add(i)
            continue
        names = byline_authors(line) if i in free[:EDGE_LINES] else None
        if names:
            layout.authors.extend(n for n in names if n not in layout.authors)
            layout.published = layout.published or parse_date(line)
            used.add(i)


def _paragraphs(text: str, lines: list[Span], body: list[int]) -> list[Span]:
    """Body lines as paragraphs: one per line, or one per block when the text is hard-wrapped."""
    if not body:
        return []
    blocks: list[list[int]] = [[body[0]]]
    for prev, i in zip(body, body[1:]):
        adjacent = i == prev + 1 and text[lines[prev][1]:lines[i][0]].count("\n") == 1
        if adjacent:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    wrapped = (any(len(b) > 1 for b in blocks)
               and max(e - s for s, e in (lines[i] for i in body)) <= WRAP_MAX_CHARS)
    if wrapped:
        return [(lines[b[0]][0], lines[b[-1]][1]) for b in blocks]
    return [lines[i] for i in body]


def _same(a: str, b: str) -> bool:
    """Two headline lines that differ only in case, spacing or a final full stop."""
    def norm(s: str) -> str:
        return " ".join(s.split()).rstrip(".").casefold()
    return bool(a.strip()) and norm(a) == norm(b)
