"""``onrecord quotes``, ``onrecord speakers`` and ``onrecord articles``: read the store back.

Every query goes through ``store/read.py``, the same functions the web app uses, so
the terminal and the browser answer a question the same way.
"""
from __future__ import annotations

import json
import sqlite3
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

import click

from ..errors import OnrecordError
from ..records import ACTS, KINDS, SPEAKER_TYPES
from .common import db_option

TABLE_LIMIT = 20  # rows a table shows unless --limit says otherwise
TEXT_WIDTH = 90  # characters of a statement shown in a table cell
PAGE = 500  # rows fetched per query when listing everything


def open_read(db_path: str) -> sqlite3.Connection:
    """A read-only connection to an existing, migrated store, or a ClickException."""
    from ..store.sqlite import open_store

    try:
        return open_store(db_path, read_only=True).connection
    except OnrecordError as exc:
        raise click.ClickException(str(exc)) from None


def shorten(text: str, width: int = TEXT_WIDTH) -> str:
    """The text on one line, cut at a word boundary with an ellipsis when longer than width."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0]
    return cut + "…"


def all_pages(list_fn: Callable[..., Any], conn: sqlite3.Connection, **filters: Any) -> Iterator[dict]:
    """Every item of a paged ``read.list_*`` query, page after page."""
    cursor = None
    while True:
        page = list_fn(conn, cursor=cursor, limit=PAGE, **filters)
        yield from page.items
        cursor = page.next_cursor
        if cursor is None:
            return


def echo_table(title: str, columns: list[tuple[str, dict]], rows: list[list[str]]) -> None:
    """Print a rich table to standard output."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_lines=False)
    for name, options in columns:
        table.add_column(name, **options)
    for row in rows:
        table.add_row(*row)
    Console(soft_wrap=False).print(table)


def echo_list(rows: Iterable[dict], as_json: bool, noun: str, columns: list[tuple[str, dict]],
              cells: Callable[[dict], list[str]]) -> None:
    """Print rows as JSON Lines, or as a table titled with their number."""
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    rows = list(rows)
    echo_table(f"{len(rows)} {noun}", columns, [cells(r) for r in rows])


def read_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the query layer's coded errors (bad date, bad search syntax) into ClickExceptions."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except OnrecordError as exc:
            raise click.ClickException(str(exc)) from None

    return wrapper


# --- quotes ---------------------------------------------------------------------------
def statement_json(conn: sqlite3.Connection, row: dict[str, Any]) -> dict[str, Any]:
    """One statement as exported: the statement, its speaker and every occurrence."""
    from ..store.read import get_statement

    full = get_statement(conn, row["id"]) or {**row, "occurrences": [], "about": []}
    occurrences = [{k: o.get(k) for k in (
        "article_id", "outlet", "title", "published", "url", "text", "spans", "kind", "act",
        "cue", "mention", "addressee", "occasion", "role", "confidence", "headline")}
        for o in full["occurrences"]]
    return {
        "id": full["id"], "text": full["text"], "kind": full["kind"], "act": full["act"],
        "speaker": {"id": full["speaker_id"], "name": full["speaker_name"],
                    "type": full["speaker_type"]},
        "first_published": full["first_published"], "n_occurrences": full["n_occurrences"],
        "n_outlets": full["n_outlets"], "about": full["about"], "occurrences": occurrences,
    }


@click.command(name="quotes")
@db_option
@click.option("--speaker", help="A speaker's name or any alias ('Aliyev' finds Ilham Aliyev).")
@click.option("--search", "q", metavar="TEXT",
              help='Words in the statement (all must occur); "a phrase", OR, NOT and prefix* work.')
@click.option("--outlet", help="Only statements this outlet carried.")
@click.option("--since", metavar="DATE", help="First published on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--until", metavar="DATE", help="First published on or before DATE.")
@click.option("--act", type=click.Choice(ACTS), help="speech (said, wrote) or belief (thinks, expects).")
@click.option("--kind", type=click.Choice(KINDS), help="direct, indirect, mixed or continuation.")
@click.option("--speaker-type", type=click.Choice(SPEAKER_TYPES), help="The kind of speaker.")
@click.option("--json", "as_json", is_flag=True,
              help="Every matching statement as JSON Lines, with its speaker and occurrences.")
@click.option("--limit", type=click.IntRange(min=1),
              help=f"At most N statements (default: {TABLE_LIMIT} in a table, all with --json).")
@read_errors
def quotes_cli(db_path: str, speaker: str | None, q: str | None, outlet: str | None,
               since: str | None, until: str | None, act: str | None, kind: str | None,
               speaker_type: str | None, as_json: bool, limit: int | None) -> None:
    """List the statements on record, newest first (best match first with --search).

    Example:

        onrecord quotes --db onrecord.db --speaker Aliyev --since 2020-10
    """
    from ..store.read import iter_statements, search_statements

    conn = open_read(db_path)
    filters = dict(q=q, speaker=speaker, outlet=outlet, since=since, until=until, act=act,
                   kind=kind, speaker_type=speaker_type)
    if as_json:
        for row in islice(iter_statements(conn, **filters), limit):
            click.echo(json.dumps(statement_json(conn, row), ensure_ascii=False))
        return
    shown = limit or TABLE_LIMIT
    rows = list(islice(iter_statements(conn, **filters), shown))
    total = search_statements(conn, limit=1, **filters).total or 0
    echo_table(f"{total} statements" + (f" (showing {len(rows)})" if total > len(rows) else ""),
               [("date", {"no_wrap": True}), ("speaker", {"max_width": 22}), ("kind", {}),
                ("statement", {"ratio": 1}), ("outlets", {"justify": "right"})],
               [[r["first_published"] or "", r["speaker_name"] or f"({r['speaker_type']})",
                 r["kind"] + (" belief" if r["act"] == "belief" else ""), shorten(r["text"]),
                 str(r["n_outlets"])] for r in rows])
    if total > len(rows):
        click.echo(f"{total - len(rows)} more: raise --limit, or use --json for all of them", err=True)


# --- speakers and articles -------------------------------------------------------------
@click.command(name="speakers")
@db_option
@click.option("--search", "q", metavar="TEXT", help="Part of the name or of any alias.")
@click.option("--speaker-type", "--type", "speaker_type", type=click.Choice(SPEAKER_TYPES), help="Only this kind of speaker.")
@click.option("--sort", type=click.Choice(["statements", "name"]), default="statements", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per speaker, one per line.")
@click.option("--limit", type=click.IntRange(min=1), help="At most N speakers (default: all).")
@read_errors
def speakers_cli(db_path: str, q: str | None, speaker_type: str | None, sort: str,
                 as_json: bool, limit: int | None) -> None:
    """List the speakers on record with their number of statements, most quoted first.

    Example:

        onrecord speakers --db onrecord.db --type person --limit 10
    """
    from ..store.read import list_speakers

    conn = open_read(db_path)
    rows = islice(all_pages(list_speakers, conn, q=q, speaker_type=speaker_type, sort=sort), limit)
    echo_list(rows, as_json, "speakers",
              [("id", {"justify": "right"}), ("name", {}), ("type", {}),
               ("statements", {"justify": "right"}), ("roles", {"ratio": 1})],
              lambda r: [str(r["id"]), r["name"], r["type"], str(r["n_statements"]), "; ".join(r["roles"])])


@click.command(name="articles")
@db_option
@click.option("--search", "q", metavar="TEXT", help="Part of the title.")
@click.option("--outlet", help="Only this outlet's articles.")
@click.option("--since", metavar="DATE", help="Published on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--until", metavar="DATE", help="Published on or before DATE.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per article, one per line.")
@click.option("--limit", type=click.IntRange(min=1), help="At most N articles (default: all).")
@read_errors
def articles_cli(db_path: str, q: str | None, outlet: str | None, since: str | None,
                 until: str | None, as_json: bool, limit: int | None) -> None:
    """List the stored articles, newest first, with their number of statements.

    Show one with 'onrecord show ID'.

    Example:

        onrecord articles --db onrecord.db --outlet "Daily Ledger" --since 2024
    """
    from ..store.read import list_articles

    conn = open_read(db_path)
    rows = islice(all_pages(list_articles, conn, q=q, outlet=outlet, since=since, until=until), limit)
    echo_list(rows, as_json, "articles",
              [("id", {"justify": "right"}), ("date", {"no_wrap": True}), ("outlet", {}),
               ("title", {"ratio": 1}), ("statements", {"justify": "right"})],
              lambda r: [str(r["id"]), r["published"] or "", r["outlet"] or "",
                         shorten(r["title"] or r["ext_id"] or "", 70), str(r["n_statements"])])
