"""bench/gate.py: floors fail a drop, rise with --update, and fall only when allowed."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "fixtures" / "gold" / "tiny.jsonl"


def scores_file(tmp_path: Path, f1: float) -> Path:
    """An `onrecord evaluate --json` file where every figure is f1."""
    prf = {"p": f1, "r": f1, "f1": f1, "tp": 0, "fp": 0, "fn": 0}
    by_t = {t: prf for t in ("0.3", "0.8", "exact")}
    system = {"content": by_t, "quoted": by_t, "unquoted": by_t, "attribution": prf, "cue": prf,
              "speaker": {"accuracy": f1}, "act": {"accuracy": f1}}
    path = tmp_path / f"scores-{f1}.json"
    path.write_text(json.dumps({"systems": {"onrecord": system}}))
    return path


def gate_run(bench_gate, tmp_path: Path, f1: float, *flags: str) -> int:
    return bench_gate.main(["--gold", str(GOLD), "--baseline", str(tmp_path / "baseline.json"),
                      "--scores", str(scores_file(tmp_path, f1)), *flags])


def floors(tmp_path: Path) -> dict[str, float]:
    return json.loads((tmp_path / "baseline.json").read_text())["floors"]


def test_update_pins_floors_and_gold_hash(bench_gate, tmp_path):
    assert gate_run(bench_gate, tmp_path, 0.5, "--update") == 0
    pinned = json.loads((tmp_path / "baseline.json").read_text())
    assert pinned["gold_sha256"] == bench_gate.gold_hash(GOLD)
    assert set(floors(tmp_path).values()) == {0.5}
    assert gate_run(bench_gate, tmp_path, 0.5) == 0


def test_a_figure_below_its_floor_fails(bench_gate, tmp_path):
    gate_run(bench_gate, tmp_path, 0.5, "--update")
    assert gate_run(bench_gate, tmp_path, 0.49) == 1


def test_update_raises_floors_but_never_lowers_them_silently(bench_gate, tmp_path):
    gate_run(bench_gate, tmp_path, 0.5, "--update")
    assert gate_run(bench_gate, tmp_path, 0.6, "--update") == 0
    assert set(floors(tmp_path).values()) == {0.6}
    assert gate_run(bench_gate, tmp_path, 0.4, "--update") == 1
    assert set(floors(tmp_path).values()) == {0.6}
    assert gate_run(bench_gate, tmp_path, 0.4, "--update", "--allow-regression") == 0
    assert set(floors(tmp_path).values()) == {0.4}


def test_a_changed_gold_set_fails_until_repinned(bench_gate, tmp_path):
    gate_run(bench_gate, tmp_path, 0.5, "--update")
    pinned = json.loads((tmp_path / "baseline.json").read_text())
    pinned["gold_sha256"] = "0" * 64
    (tmp_path / "baseline.json").write_text(json.dumps(pinned))
    assert gate_run(bench_gate, tmp_path, 0.5) == 1
    assert gate_run(bench_gate, tmp_path, 0.5, "--update") == 1
    assert gate_run(bench_gate, tmp_path, 0.5, "--update", "--allow-regression") == 0
    assert json.loads((tmp_path / "baseline.json").read_text())["gold_sha256"] == bench_gate.gold_hash(GOLD)
