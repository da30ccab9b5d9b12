"""``onrecord show``: one article in the terminal, its statements highlighted and attributed."""
from __future__ import annotations

from typing import Any

import click

from ..errors import error
from .common import db_option
from .quotes import open_read, read_errors, shorten

STYLES = {
    "content": "bold green",
    "cue": "underline magenta",
    "mention": "bold cyan",
    "addressee": "italic yellow",
    "label": "reverse bold",
}
# without colour, the content of statement n is written ⟦n ...⟧ so it can still be seen
PLAIN_OPEN, PLAIN_CLOSE = "⟦", "⟧"


def _marks(occurrences: list[dict[str, Any]], color: bool) -> tuple[list[tuple[int, int, str]], dict[int, str]]:
    """The styled ranges of the text and the labels to insert, by offset."""
    ranges: list[tuple[int, int, str]] = []
    inserts: dict[int, str] = {}
    for number, occ in enumerate(occurrences, 1):
        for i, (start, end) in enumerate(occ["spans"]):
            ranges.append((start, end, "content"))
            opening = f"[{number}]" if color else f"{PLAIN_OPEN}{number} "
            if color and i:
                opening = ""
            if opening:
                inserts[start] = inserts.get(start, "") + opening
            if not color:
                inserts[end] = PLAIN_CLOSE + inserts.get(end, "")
        for part in ("cue", "mention", "addressee"):
            span = occ.get(part)
            if span and span.get("span"):
                ranges.append((span["span"][0], span["span"][1], part))
    return ranges, inserts


def render_article(article: dict[str, Any], *, color: bool):
    """The article text as a rich Text, statements highlighted and numbered in text order."""
    from rich.text import Text

    body = Text(article["text"])
    ranges, inserts = _marks(article["occurrences"], color)
    if color:
        for start, end, part in ranges:
            body.stylize(STYLES[part], start, end)
    out = Text()
    last = 0
    for offset in sorted(inserts):
        out.append_text(body[last:offset])
        out.append(inserts[offset], style=STYLES["label"] if color else "")
        last = offset
    out.append_text(body[last:])
    return out


def _statement_lines(article: dict[str, Any]) -> list[str]:
    lines = []
    for number, occ in enumerate(article["occurrences"], 1):
        who = occ.get("speaker_name") or f"({occ.get('speaker_type') or 'unknown'})"
        mention = occ["mention"]["text"] if occ.get("mention") else None
        if mention and mention != who:
            who += f' as "{mention}"'
        details = [occ["kind"], occ["act"], f"confidence {occ['confidence']:.2f}"]
        if occ.get("cue"):
            details.append(f"cue \"{occ['cue']['text']}\"")
        if occ.get("addressee"):
            details.append(f"to {occ['addressee']['text']}")
        if occ.get("occasion"):
            details.append(f"occasion: {occ['occasion']}")
        if occ.get("headline"):
            details.append("headline")
        lines.append(f"{number:>3}. {who} — {', '.join(details)}")
        lines.append(f"     {shorten(occ['text'], 160)}")
    return lines


@click.command(name="show")
@click.argument("article_ref", metavar="ARTICLE")
@db_option
@click.option("--color/--no-color", default=None,
              help="Colour the highlights (default: when writing to a terminal).")
@read_errors
def show_cli(article_ref: str, db_path: str, color: bool | None) -> None:
    """Print an article with its statements highlighted, then the list of its statements.

    ARTICLE is the article's id (see 'onrecord articles'), its file name without
    extension or given id, its input key (path) or its URL. Content, cue and speaker
    mention get distinct styles; without colour the content of statement n is shown
    as ⟦n ...⟧.

    Example:

        onrecord show harbour-strike --db onrecord.db
    """
    from rich.console import Console

    from ..store.read import find_article, get_article

    conn = open_read(db_path)
    article_id = find_article(conn, article_ref)
    article = get_article(conn, article_id) if article_id is not None else None
    if article is None:
        raise error("E031", key=article_ref, path=db_path)
    console = Console(force_terminal=color, no_color=color is False, soft_wrap=True,
                      highlight=False)
    color = console.is_terminal and not console.no_color
    header = " · ".join(x for x in (article.get("outlet"), article.get("published"),
                                    article.get("title")) if x)
    console.print(header or article["key"], style="bold" if color else None, markup=False)
    console.print(f"{article['key']} (id {article['id']})", style="dim" if color else None, markup=False)
    if color:
        legend = " ".join(f"[{STYLES[p]}]{p}[/]" for p in ("content", "cue", "mention", "addressee"))
        console.print(legend)
    console.print()
    console.print(render_article(article, color=color))
    console.print()
    n = len(article["occurrences"])
    console.print(f"{n} statements" if n != 1 else "1 statement", style="bold" if color else None)
    for line in _statement_lines(article):
        console.print(line, markup=False)
