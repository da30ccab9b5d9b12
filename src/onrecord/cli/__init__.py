"""The ``onrecord`` command line: a click group whose commands live one per module.

Commands are imported when used, so ``onrecord --help`` is fast and a command's
heavy dependencies (spaCy, FastAPI) load only for that command.
"""
from __future__ import annotations

import importlib
import logging

import click

from ..errors import OnrecordError

# command name -> "module:function", in the order --help lists them
COMMANDS: dict[str, str] = {
    "extract": "onrecord.cli.extract:extract_cli",
    "ingest": "onrecord.cli.ingest:ingest_cli",
    "quotes": "onrecord.cli.quotes:quotes_cli",
    "show": "onrecord.cli.show:show_cli",
    "speakers": "onrecord.cli.quotes:speakers_cli",
    "articles": "onrecord.cli.quotes:articles_cli",
    "errors": "onrecord.cli.ingest:errors_cli",
    "evaluate": "onrecord.cli.evaluate:evaluate_cli",
    "serve": "onrecord.cli.serve:serve_cli",
    "settings": "onrecord.cli.common:settings_cli",
    "db-migrate": "onrecord.cli.ingest:db_migrate_cli",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, _, attr = target.partition(":")
        return getattr(importlib.import_module(module), attr)


@click.group(cls=LazyGroup)
@click.version_option(package_name="onrecord")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug).")
def cli(verbose: int) -> None:
    """Put every statement in the news on record: who said what, to whom, when, where.

    Example:

        onrecord ingest samples/articles --db onrecord.db && onrecord quotes --db onrecord.db
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


def main() -> None:
    try:
        cli(standalone_mode=True)
    except OnrecordError as exc:  # pragma: no cover - click maps most of them itself
        raise click.ClickException(str(exc)) from None
