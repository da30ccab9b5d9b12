"""bench/ingest_polnear.py: the two sides take turns on slices of the same texts."""
from __future__ import annotations

import re
import sqlite3

import pytest



@pytest.mark.parametrize("n, rounds", [(840, 12), (10, 3), (5, 5), (2, 12), (7, 1)])
def test_the_slices_cover_every_text_once_in_order(bench_ingest, n, rounds):
    parts = bench_ingest.slices(n, rounds)
    assert len(parts) == min(n, rounds)
    assert [i for part in parts for i in range(n)[part]] == list(range(n))
    assert all(part.stop > part.start for part in parts)


def test_the_summaries_of_the_rounds_add_up(bench_ingest):
    from onrecord.cli.ingest import IngestSummary

    total = bench_ingest.combined([IngestSummary(articles=3, statements=10, seconds=1.5),
                            IngestSummary(articles=2, statements=4, duplicates=1, seconds=0.5)])
    assert (total.articles, total.statements, total.duplicates, total.seconds) == (5, 14, 1, 2.0)


def test_a_run_in_rounds_ingests_each_text_once_and_times_both_sides(bench_ingest, tmp_path, capsys):
    texts = tmp_path / "texts"
    texts.mkdir()
    for i, town in enumerate(["Arlow", "Brenner", "Castine"]):
        (texts / f"{i}.txt").write_text(
            f"{town} opens a new library\n\nThe mayor of {town}, Ilse Varga, said the library "
            f"would open in May. \"We waited {i + 2} years for this,\" she told reporters.\n", encoding="utf-8")
    db = tmp_path / "bench_ingest.db"
    assert bench_ingest.main(["--texts", str(texts), "--rounds", "2", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "ingested 3 articles" in out and "0 failed" in out
    assert re.search(r"ratio onrecord / spaCy: \d+\.\d\d wall time", out)
    assert "rounds 2" in out and "with both pipelines loaded" in out

    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone() == (3,)
        assert connection.execute("SELECT count(*) FROM occurrences").fetchone()[0] >= 3
