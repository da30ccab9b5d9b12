"""The accuracy gate: fail when a dev figure drops below its floor in bench/baseline.json.

    .venv/bin/python bench/gate.py                      # extract, score, compare with floors
    .venv/bin/python bench/gate.py --scores dev.json    # compare an `onrecord evaluate --json` file
    .venv/bin/python bench/gate.py --update             # raise floors to today's figures
    .venv/bin/python bench/gate.py --update --allow-regression   # also lower them, on purpose

The floors are onrecord's figures on PolNeAR dev (all acts, and speech alone). baseline.json
also pins a SHA-256 of the gold set, so that floors are only compared with figures measured
on the same gold. ``--update`` raises a floor when today's figure is higher and never lowers
one unless ``--allow-regression`` is given; a changed gold set is re-pinned only with
``--allow-regression`` too. Exit status: 0 pass, 1 a figure below its floor or the gold
changed, 2 the gold set is absent (nothing compared).
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT.parent / "shared" / "datasets" / "polnear" / "dev"
BASELINE = Path(__file__).with_name("baseline.json")
TOLERANCE = 1e-4  # figures are rounded to 4 places in the JSON


def gold_hash(path: Path) -> str:
    """SHA-256 over the relative paths and bytes of every file of a gold set (sorted)."""
    digest = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for f in files:
        digest.update(str(f.relative_to(path) if path.is_dir() else f.name).encode())
        digest.update(b"\0")
        digest.update(f.read_bytes())
    return digest.hexdigest()


def figures_of(system: dict, prefix: str = "") -> dict[str, float]:
    """The gated figures of one system's scores (a ``Scores.to_dict()``)."""
    return {
        f"{prefix}content_f1@0.3": system["content"]["0.3"]["f1"],
        f"{prefix}content_f1@0.8": system["content"]["0.8"]["f1"],
        f"{prefix}content_f1@exact": system["content"]["exact"]["f1"],
        f"{prefix}quoted_f1@0.8": system["quoted"]["0.8"]["f1"],
        f"{prefix}unquoted_f1@0.3": system["unquoted"]["0.3"]["f1"],
        f"{prefix}speaker_accuracy": system["speaker"]["accuracy"],
        f"{prefix}attribution_f1": system["attribution"]["f1"],
        f"{prefix}cue_f1": system["cue"]["f1"],
        **({f"{prefix}act_accuracy": system["act"]["accuracy"]} if not prefix else {}),
    }


def measure(gold: Path) -> tuple[dict[str, float], dict]:
    """Extract once, score all acts and speech alone; the gated figures and run facts."""
    from onrecord.evaluate import evaluate, score_predictions

    report = evaluate(gold, baseline=False)
    everything = report.systems["onrecord"].to_dict()
    speech = score_predictions(report.gold, report.predictions, act="speech").to_dict()
    facts = {"articles": everything["articles"], "gold": everything["gold"],
             "extract_seconds": round(report.timing.get("extract", 0.0), 1)}
    return {**figures_of(everything), **figures_of(speech, "speech_")}, facts


def figures_from_file(path: Path) -> dict[str, float]:
    """The all-acts figures of an ``onrecord evaluate --json`` file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return figures_of(data["systems"]["onrecord"])


def compare(figures: dict[str, float], floors: dict[str, float]) -> list[str]:
    """Print figure, floor and status; return the names of figures below their floor."""
    failed = []
    width = max(map(len, figures))
    print(f"{'figure':<{width}}  {'floor':>6}  {'now':>6}")
    for name, value in figures.items():
        floor = floors.get(name)
        status = "new" if floor is None else ("ok" if value + TOLERANCE >= floor else "BELOW")
        if status == "BELOW":
            failed.append(name)
        shown = "" if floor is None else f"{floor:.4f}"
        print(f"{name:<{width}}  {shown:>6}  {value:.4f}  {status}")
    return failed


def updated_floors(figures: dict[str, float], floors: dict[str, float], *,
                   allow_regression: bool) -> dict[str, float]:
    """Floors raised to the figures; lowered only when allowed."""
    out = dict(floors)
    for name, value in figures.items():
        if name not in out or value > out[name] or allow_regression:
            out[name] = round(value, 4)
    return out


def machine() -> str:
    return f"{os.cpu_count()}-core {platform.machine()} {platform.system()}, Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="the gold set (PolNeAR dev)")
    parser.add_argument("--scores", type=Path, help="an `onrecord evaluate --json` file to check "
                        "instead of extracting (all-acts figures only)")
    parser.add_argument("--baseline", type=Path, default=BASELINE, help="the floors file")
    parser.add_argument("--update", action="store_true", help="raise floors to today's figures")
    parser.add_argument("--allow-regression", action="store_true",
                        help="with --update: also lower floors, and re-pin a changed gold set")
    args = parser.parse_args(argv)

    if not args.gold.exists():
        print(f"gate skipped: the gold set {args.gold} is absent")
        return 2
    pinned = json.loads(args.baseline.read_text()) if args.baseline.exists() else {}
    digest = gold_hash(args.gold)
    same_gold = pinned.get("gold_sha256") in (None, digest)
    if not same_gold:
        print(f"the gold set changed: sha256 {digest[:12]}, floors were set on "
              f"{pinned['gold_sha256'][:12]}")
        if not (args.update and args.allow_regression):
            print("re-pin it with --update --allow-regression once the change is meant")
            return 1

    facts: dict = {}
    if args.scores:
        figures = figures_from_file(args.scores)
    else:
        figures, facts = measure(args.gold)
    floors = pinned.get("floors", {}) if same_gold else {}
    failed = compare(figures, floors)

    if args.update:
        new_floors = updated_floors(figures, floors, allow_regression=args.allow_regression)
        pinned = {"gold": os.path.relpath(args.gold.resolve(), ROOT), "gold_sha256": digest, "floors": new_floors,
                  "measured": {"date": dt.date.today().isoformat(), "machine": machine(), **facts}}
        args.baseline.write_text(json.dumps(pinned, indent=2) + "\n")
        lowered = [n for n in failed if new_floors[n] < floors.get(n, 0)]
        print(f"floors written to {args.baseline}" + (f"; lowered: {', '.join(lowered)}" if lowered else ""))
        return 0 if args.allow_regression or not failed else 1
    if failed:
        print(f"FAIL: {len(failed)} figures below their floors: {', '.join(failed)}")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
