"""``onrecord extract``: print one JSON object per article, one per line."""
from __future__ import annotations

import json
import sys

import click

from ..records import Failure
from ..settings import Settings
from .common import settings_options


@click.command(name="extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--pretty", is_flag=True, help="Indent the JSON (one object spans several lines).")
@settings_options(fetching=True)
def extract_cli(paths: tuple[str, ...], pretty: bool, settings: Settings) -> None:
    """Extract the statements of articles and print them as JSON Lines.

    PATHS are files, folders (read recursively), WARC files, feeds, URLs, or '-'
    for standard input. Problems are reported on standard error; the exit status is
    1 when any input failed.

    Example:

        onrecord extract samples/articles/harbour-strike.txt
    """
    from ..pipeline import read_pages, run

    failed = 0
    for result in run(read_pages(paths, settings), settings):
        if isinstance(result, Failure):
            failed += not result.skipped
            label = "skipped" if result.skipped else "error"
            click.echo(f"{label}: {result.source}: {result.reason}", err=True)
            continue
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2 if pretty else None))
    sys.exit(1 if failed else 0)
