"""``onrecord evaluate`` on tiny invented gold sets, with the real pipeline."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli import cli

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "gold"


def run(*args: str):
    result = CliRunner().invoke(cli, ["evaluate", *args], catch_exceptions=False)
    return result


def perfect_predictions(tmp_path: Path, *, drop: str | None = None) -> Path:
    """The gold of tiny.jsonl written as `onrecord extract` output (optionally one article short)."""
    lines = []
    for line in (GOLD / "tiny.jsonl").read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        if article["id"] == drop:
            continue
        quotes = [{"text": "", "spans": q["spans"], "kind": "direct", "act": q.get("act", "speech"),
                   "cue": {"text": "", "span": q["cue"]["span"]},
                   "speaker": {"name": q["speaker"]["name"],
                               "mention": {"text": "", "span": q["speaker"]["span"]},
                               "type": "person", "role": None}}
                  for q in article["quotes"]]
        lines.append(json.dumps({"id": article["id"], "text": article["text"], "quotes": quotes}))
    path = tmp_path / "predictions.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def score_tiny(tmp_path: Path, *flags: str, drop: str | None = None):
    """Score a predictions file against tiny.jsonl without the baseline: (result, JSON figures)."""
    out = tmp_path / "scores.json"
    result = run(str(GOLD / "tiny.jsonl"), "--predictions", str(perfect_predictions(tmp_path, drop=drop)),
                 "--no-baseline", "--json", str(out), *flags)
    assert result.exit_code == 0, result.output
    return result, json.loads(out.read_text())


def test_scoring_a_perfect_predictions_file(tmp_path):
    result, scores = score_tiny(tmp_path)
    assert "textacy" not in result.output
    figures = scores["systems"]["onrecord"]
    assert figures["gold"] == 3
    assert figures["content"]["exact"]["f1"] == 1.0
    assert figures["attribution"]["f1"] == 1.0
    assert "content F1 1.000@0.3" in result.output.splitlines()[-1]


def test_a_missing_article_lowers_recall_in_the_json(tmp_path):
    _, scores = score_tiny(tmp_path, drop="library")
    content = scores["systems"]["onrecord"]["content"]["0.3"]
    assert (content["tp"], content["fp"], content["fn"]) == (2, 0, 1)
    assert content["r"] == pytest.approx(2 / 3, abs=1e-4)


def test_act_speech_restricts_the_gold(tmp_path):
    result, figures = score_tiny(tmp_path, "--act", "speech")
    assert figures["act"] == "speech"
    assert figures["systems"]["onrecord"]["gold"] == 2  # the belief ("hopes") is left out
    assert "speech only" in result.output


def test_limit_evaluates_the_first_articles_only(tmp_path):
    _, scores = score_tiny(tmp_path, "--limit", "1")
    figures = scores["systems"]["onrecord"]
    assert (figures["articles"], figures["gold"]) == (1, 2)


def test_live_run_scores_exactly_what_extract_prints(tmp_path):
    """Evaluating by extraction and scoring the output of `onrecord extract` agree."""
    extracted = CliRunner().invoke(cli, ["extract", str(GOLD / "brat" / "text")])
    predictions = tmp_path / "extract.jsonl"
    predictions.write_text(extracted.stdout, encoding="utf-8")
    live_json, file_json = tmp_path / "live.json", tmp_path / "file.json"
    live = run(str(GOLD / "brat"), "--json", str(live_json))
    assert live.exit_code == 0, live.output
    assert "onrecord" in live.output and "textacy" in live.output
    assert "time:" in live.output
    scored = run(str(GOLD / "brat"), "--predictions", str(predictions), "--no-baseline",
                 "--json", str(file_json))
    assert scored.exit_code == 0, scored.output
    live_figures = json.loads(live_json.read_text())["systems"]
    assert live_figures["onrecord"] == json.loads(file_json.read_text())["systems"]["onrecord"]
    assert live_figures["onrecord"]["gold"] == 6
    assert live_figures["textacy"]["gold"] == 6


def test_bad_gold_is_a_clear_error(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text("{not json\n")
    result = CliRunner().invoke(cli, ["evaluate", str(bad), "--no-baseline"])
    assert result.exit_code != 0
    assert "E051" in result.output


def test_details_file_lists_errors(tmp_path):
    details = tmp_path / "details.jsonl"
    score_tiny(tmp_path, "--details", str(details), drop="library")
    rows = [json.loads(line) for line in details.read_text().splitlines()]
    library = next(r for r in rows if r["id"] == "library")
    assert [m["content"] for m in library["missed"]] == ["The new library opens on Monday"]


@pytest.mark.slow
def test_polnear_dev_evaluates_with_both_rows(polnear_dir, tmp_path):
    out = tmp_path / "dev.json"
    result = run(str(polnear_dir / "dev"), "--json", str(out))
    assert result.exit_code == 0, result.output
    systems = json.loads(out.read_text())["systems"]
    assert systems["onrecord"]["articles"] == 84
    assert systems["onrecord"]["gold"] == systems["textacy"]["gold"] > 2000
    # textacy finds direct quotations only: it must do better on quoted contents
    assert systems["textacy"]["quoted"]["0.3"]["f1"] > systems["textacy"]["unquoted"]["0.3"]["f1"]


def test_without_textacy_the_baseline_row_is_left_out_with_w006(tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "textacy.extract.triples", None)  # import now fails
    result = run(str(GOLD / "tiny.jsonl"), "--predictions", str(perfect_predictions(tmp_path)))
    assert result.exit_code == 0, result.output
    assert "W006" in result.output
    assert not [line for line in result.output.splitlines() if line.startswith("textacy")]


def test_cli_evaluate_refuses_an_output_it_cannot_write_before_running(tmp_path):
    result = run(str(GOLD / "tiny.jsonl"), "--no-baseline", "--json", str(tmp_path / "no-such" / "x.json"))
    assert result.exit_code == 2 and "no-such" in result.output and "Traceback" not in result.output


def test_cli_evaluate_non_utf8_predictions_are_a_coded_error(tmp_path):
    bad = tmp_path / "predictions.jsonl"
    bad.write_bytes(b'{"id": "x"}\n\xff\xfe\x00garbage\n')
    result = run(str(GOLD / "tiny.jsonl"), "--no-baseline", "--predictions", str(bad))
    assert result.exit_code == 1 and "E051" in result.output and "line 2" in result.output


def _speech_only_gold(tmp_path: Path) -> Path:
    """An invented speech-only collection whose text also holds a belief ("plans to")."""
    text = ("Harbour\n\nMayor Ana Lind said the harbour wall would be rebuilt by May. "
            "Lind plans to ask the council for the money on Friday.\n")
    start = text.index("the harbour wall")
    quote = {"spans": [[start, text.index(" by May") + len(" by May")]],
             "speaker": {"span": [text.index("Mayor"), text.index(" said")], "name": "Ana Lind"},
             "cue": {"span": [text.index("said"), text.index("said") + 4]}}
    path = tmp_path / "speech.jsonl"
    path.write_text(json.dumps({"id": "harbour", "text": text, "quotes": [quote]}) + "\n", encoding="utf-8")
    return path


def test_a_speech_only_gold_scored_with_beliefs_says_how_to_score_speech_alone(tmp_path):
    result = run(str(_speech_only_gold(tmp_path)), "--no-baseline")
    assert result.exit_code == 0, result.output
    assert "W008" in result.output and "--act speech" in result.output


def test_scoring_speech_alone_gives_no_belief_warning(tmp_path):
    result = run(str(_speech_only_gold(tmp_path)), "--no-baseline", "--act", "speech")
    assert result.exit_code == 0, result.output
    assert "W008" not in result.output
