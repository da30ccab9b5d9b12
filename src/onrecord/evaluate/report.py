"""The printed forms of an evaluation: a table, a P/R/F1 breakdown and a one-line summary."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from .score import PRF, Scores

if TYPE_CHECKING:  # the report module is imported by evaluate/__init__, never the reverse
    from . import EvalReport

# column title -> the figure it shows
COLUMNS: tuple[tuple[str, Callable[[Scores], float]], ...] = (
    ("content@0.3", lambda s: s.content["0.3"].f1),
    ("content@0.8", lambda s: s.content["0.8"].f1),
    ("exact", lambda s: s.content["exact"].f1),
    ("quoted@0.8", lambda s: s.quoted["0.8"].f1),
    ("unquoted@0.3", lambda s: s.unquoted["0.3"].f1),
    ("speaker", lambda s: s.speaker.value),
    ("end-to-end", lambda s: s.attribution.f1),
    ("cue", lambda s: s.cue.f1),
    ("act", lambda s: s.act.value),
)

# row title -> the P/R/F1 counts it shows
BREAKDOWN: tuple[tuple[str, Callable[[Scores], PRF]], ...] = (
    *((f"content@{t}", (lambda t: lambda s: s.content[t])(t)) for t in ("0.3", "0.8", "exact")),
    *((f"quoted@{t}", (lambda t: lambda s: s.quoted[t])(t)) for t in ("0.3", "0.8", "exact")),
    *((f"unquoted@{t}", (lambda t: lambda s: s.unquoted[t])(t)) for t in ("0.3", "0.8", "exact")),
    ("end-to-end", lambda s: s.attribution),
    ("cue", lambda s: s.cue),
)


def _grid(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                               for i, (cell, w) in enumerate(zip(row, widths))).rstrip()
                     for row in rows)


def _first(report: "EvalReport") -> Scores:
    """The first system's scores (all systems see the same gold), or empty ones."""
    return next(iter(report.systems.values()), Scores())


def _heading(report: "EvalReport") -> str:
    first = _first(report)
    acts = f"act {report.act} only" if report.act else "all acts"
    heading = f"{report.gold_path}: {first.articles} articles, {first.gold} gold attributions ({acts})"
    if report.annotator_pairs:
        heading += (f"\nonly the articles annotated more than once, against their first annotation; "
                    f"annotators = every ordered pair of their annotations ({report.annotator_pairs} pairs)")
    return heading


def format_table(report: "EvalReport") -> str:
    """The main table (one row per system, F1 and accuracies), the P/R/F1 breakdown, timings."""
    rows = [["system", *(title for title, _ in COLUMNS)]]
    for name, scores in report.systems.items():
        rows.append([name, *(f"{figure(scores):.3f}" for _, figure in COLUMNS)])
    parts = [_heading(report), _grid(rows), "", _breakdown(report), "", _counts(report),
             _timing(report)]
    return "\n".join(parts)


def _breakdown(report: "EvalReport") -> str:
    names = list(report.systems)
    rows = [["", *(f"{n} {m}" for n in names for m in ("P", "R", "F1"))]]
    for title, prf in BREAKDOWN:
        row = [title]
        for name in names:
            v = prf(report.systems[name])
            row += [f"{v.precision:.3f}", f"{v.recall:.3f}", f"{v.f1:.3f}"]
        rows.append(row)
    return _grid(rows)


def _counts(report: "EvalReport") -> str:
    lines = []
    for name, s in report.systems.items():
        lines.append(f"{name}: {s.predicted} predicted; speaker right {s.speaker.correct}/"
                     f"{s.speaker.total} matched (+{s.no_source} without a gold source); "
                     f"act right {s.act.correct}/{s.act.total}{_belief(s)}"
                     + (f"; speaker name right {s.speaker_name.correct}/{s.speaker_name.total}"
                        if s.speaker_name.total else "")
                     + (f"; {len(s.missing)} articles without predictions" if s.missing else ""))
    if report.failures:
        lines.append(f"failures: {len(report.failures)} articles (scored as no predictions)")
    if report.misaligned:
        lines.append(f"misaligned: {len(report.misaligned)} articles whose extracted text "
                     "differs from the gold text")
    return "\n".join(lines)


def _belief(s: Scores) -> str:
    """Precision and recall of "belief" over matched pairs, from the act confusion counts."""
    c = s.act_confusion
    found = PRF(tp=c["belief->belief"], fp=c["speech->belief"], fn=c["belief->speech"])
    if not found.tp + found.fp + found.fn:
        return ""
    return f" (belief P {found.precision:.3f} R {found.recall:.3f})"


def _timing(report: "EvalReport") -> str:
    t = report.timing
    articles = _first(report).articles
    parts = [f"{k} {v:.1f}s" for k, v in t.items()]
    rate = ""
    if not report.predictions_from and t.get("extract"):
        rate = f" ({articles / t['extract']:.1f} articles/s)"
    return "time: " + ", ".join(parts) + rate


def format_summary(report: "EvalReport") -> str:
    """One line: the headline figures of each system."""
    parts = []
    for name, s in report.systems.items():
        parts.append(f"{name}: content F1 {s.content['0.3'].f1:.3f}@0.3 {s.content['0.8'].f1:.3f}@0.8 "
                     f"{s.content['exact'].f1:.3f} exact, quoted {s.quoted['0.8'].f1:.3f}@0.8, "
                     f"speaker {s.speaker.value:.3f}, end-to-end {s.attribution.f1:.3f}, "
                     f"cue {s.cue.f1:.3f}, act {s.act.value:.3f}")
    scope = f"{_first(report).articles} articles" + (f", {report.act} only" if report.act else "")
    return " | ".join(parts) + f" ({scope})"
