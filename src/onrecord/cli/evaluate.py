"""``onrecord evaluate``: score extraction on a gold collection, beside the textacy baseline."""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import OnrecordError
from ..settings import Settings
from .common import settings_options


@click.command(name="evaluate")
@click.argument("gold", type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(["brat", "jsonl"]),
              help="Gold format; guessed when absent (a folder is brat, a file JSON Lines).")
@click.option("--json", "json_out", type=click.Path(dir_okay=False),
              help="Write every figure to this JSON file.")
@click.option("--act", type=click.Choice(["speech", "belief"]),
              help="Score one act only, on both the gold and the predicted side.")
@click.option("--limit", type=click.IntRange(min=1), help="Evaluate only the first N articles.")
@click.option("--no-baseline", is_flag=True, help="Leave out the textacy baseline row.")
@click.option("--agreement", is_flag=True,
              help="Score only the articles annotated by several people (brat: several "
                   "<article>_<annotator>.ann files), and add their agreement as a row "
                   "'annotators': the ceiling to compare with.")
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False),
              help="Score this 'onrecord extract' output instead of extracting again.")
@click.option("--details", type=click.Path(dir_okay=False),
              help="Write each article's missed, spurious and wrongly attributed statements "
                   "(at overlap 0.3) to this JSON Lines file, for error analysis.")
@settings_options
def evaluate_cli(gold: str, fmt: str | None, json_out: str | None, act: str | None,
                 limit: int | None, no_baseline: bool, agreement: bool, predictions: str | None,
                 details: str | None, settings: Settings) -> None:
    """Extract statements from a gold collection and print precision, recall and F1.

    GOLD is a brat folder as PolNeAR ships it (text/*.txt, attributions/*.ann) or a
    JSON Lines file, one article a line: {"id", "text", "quotes": [{"spans",
    "speaker": {"span", "name"}, "cue": {"span"}, "act"}]}. Contents match when
    they overlap by at least 0.3 (or 0.8) of both lengths, or exactly; see
    bench/README.md for the method.

    Example:

        onrecord evaluate ../shared/datasets/polnear/dev --json dev-scores.json
        onrecord evaluate ../shared/datasets/polnear/train --agreement --no-baseline
    """
    from ..evaluate import evaluate

    for option, path in (("--json", json_out), ("--details", details)):
        _check_writable(option, path)  # before the run, not after minutes of it
    try:
        report = evaluate(gold, fmt=fmt, act=act, settings=settings, baseline=not no_baseline,
                          limit=limit, predictions=predictions, details=bool(details),
                          agreement=agreement)
    except OnrecordError as exc:
        raise click.ClickException(str(exc)) from None
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(report.table())
    click.echo("")
    click.echo(report.summary())
    if json_out:
        Path(json_out).write_text(json.dumps(report.to_dict(), indent=2) + "\n", encoding="utf-8")
    if details:
        _write_details(report, details)


def _check_writable(option: str, path: str | None) -> None:
    """Fail at once (a usage error) when an output file cannot be written."""
    if path is None:
        return
    folder = Path(path).resolve().parent
    if not folder.is_dir():
        raise click.BadParameter(f"the folder {folder} does not exist; create it first",
                                 param_hint=option)
    if Path(path).is_dir():
        raise click.BadParameter(f"{path} is a folder; give a file name", param_hint=option)


def _write_details(report, path: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for name, scores in report.systems.items():
            for article in scores.details:
                f.write(json.dumps({"system": name, **article}, ensure_ascii=False) + "\n")
