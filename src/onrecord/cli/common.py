"""Options and helpers shared by the commands."""
from __future__ import annotations

import functools
from typing import Any, Callable

import click

from ..errors import OnrecordError
from ..settings import SETTINGS, Settings, load_settings


def settings_options(func: Callable[..., Any] | None = None, *, fetching: bool = False) -> Any:
    """Add --setting NAME=VALUE (repeatable) and --config FILE; pass ``settings``.

    fetching (bool): the command may fetch from the web, so it also gets
        --allow-private (the same as --setting allow_private=true).
    """

    def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(f)
        def wrapper(*args: Any, setting_items: tuple[str, ...], config: str | None,
                    allow_private: bool = False, **kwargs: Any) -> Any:
            if allow_private:
                setting_items = (*setting_items, "allow_private=true")
            try:
                kwargs["settings"] = load_settings(config, setting_items)
            except OnrecordError as exc:
                raise click.BadParameter(str(exc), param_hint="--setting") from None
            return f(*args, **kwargs)

        if fetching:
            wrapper = click.option(
                "--allow-private", is_flag=True,
                help="Allow fetching from private, loopback and link-local addresses "
                     "(the same as --setting allow_private=true).")(wrapper)
        wrapper = click.option("--config", type=click.Path(exists=True, dir_okay=False),
                               help="A TOML file of settings.")(wrapper)
        return click.option("--setting", "-s", "setting_items", multiple=True, metavar="NAME=VALUE",
                            help="Override a setting (see 'onrecord settings'); repeatable.")(wrapper)

    return decorate(func) if func is not None else decorate


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add --db FILE (default onrecord.db, or $ONRECORD_DB)."""
    return click.option("--db", "db_path", default="onrecord.db", envvar="ONRECORD_DB",
                        show_default=True, type=click.Path(dir_okay=False),
                        help="The SQLite database file.")(func)


@click.command(name="settings")
@settings_options
def settings_cli(settings: Settings) -> None:
    """List every setting with its value and what it does.

    Example:

        onrecord settings -s workers=2
    """
    values = settings.as_dict()
    width = max(len(s.name) for s in SETTINGS)
    for s in SETTINGS:
        click.echo(f"{s.name:<{width}}  {values[s.name]!r}")
        click.echo(f"{'':<{width}}  {s.help}")
