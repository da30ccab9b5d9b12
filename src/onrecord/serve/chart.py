"""The geometry of the timeline chart, drawn server-side as inline SVG (no JavaScript).

Every period between the first and the last gets a bar, empty ones included, so that
the horizontal axis is true time.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

WIDTH, HEIGHT, PAD_BOTTOM, PAD_TOP = 720, 160, 22, 14
MAX_BARS = 400


def timeline_chart(timeline: dict[str, Any]) -> dict[str, Any]:
    """Bars for ``read.get_speaker(...)["timeline"]``.

    RETURNS (dict): {width, height, baseline, bucket, max, total, bars: [{x, y, w, h,
        period, count}], labels: [{x, text, anchor}]}; no bars when there are no dated statements.
    """
    step = timedelta(days=7 if timeline["bucket"] == "week" else 1)
    counts = {p["period"]: p["count"] for p in timeline["points"]}
    chart = {"width": WIDTH, "height": HEIGHT, "baseline": HEIGHT - PAD_BOTTOM,
             "bucket": timeline["bucket"], "bars": [], "labels": [],
             "max": max(counts.values(), default=0), "total": sum(counts.values())}
    if not counts:
        return chart
    periods = _periods(min(counts), max(counts), step)
    # too many periods for the width: each bar sums a run of consecutive periods
    group = -(-len(periods) // MAX_BARS)
    periods = [periods[i:i + group] for i in range(0, len(periods), group)]
    totals = [sum(counts.get(p, 0) for p in run) for run in periods]
    chart["max"] = max(totals)
    periods = [run[0] for run in periods]
    slot = WIDTH / len(periods)
    usable = HEIGHT - PAD_BOTTOM - PAD_TOP
    for i, (period, count) in enumerate(zip(periods, totals)):
        h = usable * count / chart["max"]
        chart["bars"].append({"x": round(i * slot + slot * 0.1, 2), "w": round(max(slot * 0.8, 1), 2),
                              "y": round(chart["baseline"] - h, 2), "h": round(h, 2),
                              "period": period, "count": count})
    # the end labels align inwards so that they are not cut at the chart's edges
    for i, anchor in {0: "start", len(periods) // 2: "middle", len(periods) - 1: "end"}.items():
        x = {"start": 0, "middle": i * slot + slot / 2, "end": WIDTH}[anchor]
        chart["labels"].append({"x": round(x, 2), "text": periods[i], "anchor": anchor})
    return chart


def _periods(first: str, last: str, step: timedelta) -> list[str]:
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    n = (end - start) // step + 1
    return [(start + i * step).isoformat() for i in range(n)]
