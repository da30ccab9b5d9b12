"""serve/marks.py and serve/chart.py: segments that cover the text, bars for every period."""
from __future__ import annotations

from onrecord.serve.chart import MAX_BARS, timeline_chart
from onrecord.serve.marks import article_segments, highlight_segments


def _occurrence(start, end, cue=None, mention=None, spans=None, statement_id=1, speaker_id=7):
    return {"start": start, "end": end, "spans": spans or [[start, end]], "statement_id": statement_id,
            "speaker_id": speaker_id, "speaker_name": "X",
            "cue": {"text": "", "span": cue} if cue else None,
            "mention": {"text": "", "span": mention} if mention else None}


def test_marks_segments_cover_text_and_keep_kinds_apart():
    text = '"We stay," Ana Lim said, "and we fight." Then more.'
    o = _occurrence(1, 38, cue=[19, 23], mention=[11, 18], spans=[[1, 8], [26, 38]])
    segments = article_segments(text, [o])
    assert "".join(s.text for s in segments) == text
    kinds = {s.text: s.marks for s in segments}
    assert kinds["We stay"] == ["content"] and kinds["Ana Lim"] == ["mention"]
    assert kinds["said"] == ["cue"] and kinds["and we fight"] == ["content"]
    assert kinds[', "'] == [] and all(s.speaker_id == 7 for s in segments if s.marks)
    assert [s.ends for s in segments if s.ends] == [[1]]


def test_marks_overlapping_statements_split_cleanly():
    text = "abcdefghij"
    segments = article_segments(text, [_occurrence(0, 6, statement_id=1),
                                       _occurrence(4, 10, statement_id=2, speaker_id=8)])
    assert [(s.text, s.statement_ids) for s in segments] == [("abcd", [1]), ("ef", [1, 2]), ("ghij", [2])]


def test_marks_highlight_segments_skip_bad_offsets():
    assert highlight_segments("a bridge far", [[2, 8]]) == [("a ", False), ("bridge", True), (" far", False)]
    assert highlight_segments("short", [[2, 99]]) == [("short", False)]


def test_chart_has_a_bar_per_period_including_empty_ones():
    chart = timeline_chart({"bucket": "week", "points": [{"period": "2024-01-01", "count": 2},
                                                         {"period": "2024-01-22", "count": 4}]})
    assert [b["count"] for b in chart["bars"]] == [2, 0, 0, 4]
    tallest = chart["bars"][3]
    assert tallest["y"] + tallest["h"] == chart["baseline"] and chart["bars"][1]["h"] == 0
    assert chart["bars"][0]["h"] * 2 == tallest["h"]


def test_chart_merges_periods_beyond_the_width():
    points = [{"period": "2020-01-01", "count": 1}, {"period": "2024-12-31", "count": 3}]
    chart = timeline_chart({"bucket": "day", "points": points})
    assert len(chart["bars"]) <= MAX_BARS and sum(b["count"] for b in chart["bars"]) == 4
    assert timeline_chart({"bucket": "day", "points": []})["bars"] == []
