"""Span arithmetic and one-to-one matching of predicted and gold attributions.

A content with several spans is scored as the union of its characters. Two
contents match at threshold t when their common characters are at least t of the
predicted length AND at least t of the gold length. They match exactly when they
cover the same characters once each span is trimmed of surrounding whitespace and
quotation marks, and of final punctuation at its end (gaps of only such
characters between two spans are closed).

Matching is one-to-one: among all pairs that match, a maximum set of pairs in
which no prediction and no gold appears twice is chosen (the Hungarian method,
``scipy.optimize.linear_sum_assignment``); among maximum sets, the one with the
largest summed overlap wins. So two predictions on one gold count one true
positive and one false positive.
"""
from __future__ import annotations

from typing import Callable, Sequence, TypeVar

from ..records import Span

Intervals = tuple[Span, ...]

QUOTE_MARKS = "\"“”„‟«»‹›‘’‚‛'`"
# marks that never serve as apostrophes: any of them in or next to a content marks it
DOUBLE_MARKS = "\"“”„‟«»‹›‘‚‛`"
FINAL_PUNCTUATION = ".,;:!?…"

P = TypeVar("P")
G = TypeVar("G")


def merge(spans: Sequence[Span]) -> Intervals:
    """Sorted, non-overlapping, non-empty intervals covering the same characters."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return tuple((s, e) for s, e in out)


def length(iv: Intervals) -> int:
    """The number of characters of merged intervals."""
    return sum(e - s for s, e in iv)


def overlap(a: Intervals, b: Intervals) -> int:
    """The number of characters two merged interval lists share."""
    i = j = total = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if hi > lo:
            total += hi - lo
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return total


def overlap_ratio(pred: Intervals, gold: Intervals) -> float:
    """min(common/|pred|, common/|gold|): the largest t at which the two match."""
    if not pred or not gold:
        return 0.0
    common = overlap(pred, gold)
    return min(common / length(pred), common / length(gold))


def trim(text: str, spans: Sequence[Span]) -> Intervals:
    """Spans without surrounding whitespace, quotation marks and final punctuation.

    Gaps between two spans that hold only such characters are closed, so that
    ``"A," he said, "B."`` given as two spans and as the same two spans with their
    marks compare equal.
    """
    trimmed = []
    for s, e in spans:
        while s < e and (text[s].isspace() or text[s] in QUOTE_MARKS):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in QUOTE_MARKS + FINAL_PUNCTUATION):
            e -= 1
        if e > s:
            trimmed.append((s, e))
    merged = merge(trimmed)
    closed: list[Span] = []
    for s, e in merged:
        if closed and all(c.isspace() or c in QUOTE_MARKS + FINAL_PUNCTUATION
                          for c in text[closed[-1][1]:s]):
            closed[-1] = (closed[-1][0], e)
        else:
            closed.append((s, e))
    return tuple(closed)


def is_quoted(text: str, spans: Sequence[Span]) -> bool:
    """Whether a content carries quotation marks (a direct or mixed statement).

    True when the content's characters hold a double quotation mark (straight,
    typographic, guillemets, or two apostrophes ``''`` as some newspapers write it)
    or an opening single mark ‘; or when the content's first or last character, or
    the character right before or right after it, is any quotation mark, including
    ' and ’ (which inside a content are mostly apostrophes). Only the touching
    characters count: a quote that closes before the space in front of a content
    belongs to the statement before it.
    """
    iv = merge(spans)
    if not iv:
        return False
    for s, e in iv:
        inside = text[s:e]
        if any(c in DOUBLE_MARKS for c in inside) or "''" in inside:
            return True
    start, end = iv[0][0], iv[-1][1]
    edges = text[start] + text[end - 1] + text[max(start - 1, 0):start] + text[end:end + 1]
    return any(c in QUOTE_MARKS for c in edges)


def one_to_one(preds: Sequence[P], golds: Sequence[G],
               score: Callable[[P, G], float | None]) -> list[tuple[int, int]]:
    """A maximum one-to-one set of matching (pred index, gold index) pairs.

    score(p, g) returns None when p and g do not match, else a quality in [0, 1]
    used to choose among maximum sets.
    RETURNS (list[tuple[int, int]]): pairs sorted by gold index.
    """
    if not preds or not golds:
        return []
    weights = [[score(p, g) for g in golds] for p in preds]
    if not any(w is not None for row in weights for w in row):
        return []
    try:
        import numpy as np
        from scipy.optimize import linear_sum_assignment
    except ImportError:  # pragma: no cover - scipy is a dependency; greedy keeps scoring alive
        return _greedy(weights)
    # a bonus larger than any sum of qualities makes the count of pairs come first
    bonus = float(min(len(preds), len(golds)) + 1)
    matrix = np.array([[bonus + w if w is not None else 0.0 for w in row] for row in weights])
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    pairs = [(int(r), int(c)) for r, c in zip(rows, cols) if weights[r][c] is not None]
    return sorted(pairs, key=lambda rc: rc[1])


def _greedy(weights: list[list[float | None]]) -> list[tuple[int, int]]:
    candidates = sorted(((w, r, c) for r, row in enumerate(weights) for c, w in enumerate(row)
                         if w is not None), reverse=True)
    used_r: set[int] = set()
    used_c: set[int] = set()
    pairs = []
    for _, r, c in candidates:
        if r not in used_r and c not in used_c:
            used_r.add(r)
            used_c.add(c)
            pairs.append((r, c))
    return sorted(pairs, key=lambda rc: rc[1])
