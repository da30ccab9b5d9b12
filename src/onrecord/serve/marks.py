"""Cut texts into segments to mark, so that templates escape every character.

Templates never receive HTML built in Python: they get lists of plain-text segments
with the marks that apply to each, and wrap them in elements themselves (Jinja
autoescape does the rest). Article text with ``<script>`` therefore renders as text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Segment:
    """A run of text under the same marks.

    marks (list[str]): "content", "cue", "mention" (empty for unmarked text).
    speaker_id (int | None): the speaker the marks belong to, for the link.
    statement_ids (list[int]): the statements whose marks cover this run.
    ends (list[int]): 1-based numbers of the statements that end after this run.
    """

    text: str
    marks: list[str] = field(default_factory=list)
    speaker_id: int | None = None
    speaker_name: str | None = None
    statement_ids: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)


def highlight_segments(text: str, matches: list[list[int]]) -> list[tuple[str, bool]]:
    """Split ``text`` into (piece, matched) pairs at the [start, end] offsets of matches."""
    pieces, pos = [], 0
    for start, end in sorted(matches):
        if start < pos or end > len(text):
            continue  # overlapping or out of range: keep the text whole rather than garble it
        if start > pos:
            pieces.append((text[pos:start], False))
        pieces.append((text[start:end], True))
        pos = end
    if pos < len(text):
        pieces.append((text[pos:], False))
    return pieces


def article_segments(text: str, occurrences: list[dict[str, Any]]) -> list[Segment]:
    """Split an article's text at every boundary of a statement's content, cue and mention.

    occurrences: ``read.get_article(...)["occurrences"]`` (spans, cue, mention,
        statement_id, speaker_id, speaker_name), in text order.
    RETURNS (list[Segment]): covering ``text`` exactly, in order.
    """
    marks: list[tuple[int, int, str, int, dict[str, Any]]] = []
    for number, o in enumerate(occurrences, 1):
        for start, end in o["spans"] or [[o["start"], o["end"]]]:
            marks.append((start, end, "content", number, o))
        for part in ("cue", "mention"):
            span = (o.get(part) or {}).get("span")
            if span:
                marks.append((span[0], span[1], part, number, o))
    cuts = {0, len(text)} | {max(0, min(p, len(text))) for s, e, *_ in marks for p in (s, e)}
    ends = {o["end"]: [] for o in occurrences}
    for number, o in enumerate(occurrences, 1):
        ends[o["end"]].append(number)
    points = sorted(cuts)
    segments = []
    for start, end in zip(points, points[1:]):
        active = [m for m in marks if m[0] <= start and end <= m[1]]
        segment = Segment(text[start:end], ends=ends.get(end, []))
        for _, _, kind, _, o in active:
            if kind not in segment.marks:
                segment.marks.append(kind)
            if o["statement_id"] not in segment.statement_ids:
                segment.statement_ids.append(o["statement_id"])
        # the innermost mark (mention, then cue, then content) decides the link
        for kind in ("mention", "cue", "content"):
            owner = next((o for _, _, k, _, o in active if k == kind), None)
            if owner is not None:
                segment.speaker_id, segment.speaker_name = owner["speaker_id"], owner["speaker_name"]
                break
        segments.append(segment)
    return segments
