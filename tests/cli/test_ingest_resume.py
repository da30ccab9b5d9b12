"""A run killed half-way (SIGKILL) keeps what it committed; the same command run again
finishes the rest, and the database equals that of one uninterrupted run."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli import cli

from fixtures.store.records import count_committed, dump

ONRECORD = str(Path(sys.executable).with_name("onrecord"))
N_ARTICLES = 30
OUTLETS = ("Daily Ledger", "North Gazette", "Coast Wire")
PEOPLE = ("Ana Ostrova", "Petra Lind", "Ivo Marek", "Olav Brenn", "Mira Castell", "Jon Aasen")
PLACES = ("Skarholm", "Port Alder", "Northfield", "Eastport", "Lindvik")
TOPICS = ("the ferry", "the school roof", "the rail link", "the harbour wall", "the bus depot")


def invented_article(i: int) -> str:
    """An invented article: a quote, a reported statement and, every third one, a surname."""
    person = PEOPLE[i % len(PEOPLE)]
    surname = person.split()[1]
    place, topic = PLACES[i % len(PLACES)], TOPICS[(i // 2) % len(TOPICS)]
    speaker = surname if i % 3 == 2 and i >= len(PEOPLE) else person
    return (
        f"{OUTLETS[i % 3]} / Work on {topic} in {place} enters week {i + 1}\n\n"
        f"Work on {topic} in {place} enters week {i + 1}\n\n"
        f"Crews returned to {topic} in {place} on Monday for the {i + 1}th week of repairs, "
        f"and the council said the budget of {100 + i * 7} thousand crowns would hold.\n\n"
        f'"We will finish {topic} before the first snow, and not a day later," said {speaker}, '
        f"who has overseen the works since the spring.\n\n"
        f"{surname} told residents that the road to {place} would stay open during the day, "
        f"and that night closures would be announced a week ahead.\n\n"
        f"{10 + i % 18} March 2025\n")


def write_articles(folder: Path) -> None:
    folder.mkdir()
    for i in range(N_ARTICLES):
        (folder / f"a{i:02d}.txt").write_text(invented_article(i), encoding="utf-8")
    # a copy under another name: a duplicate item whichever run stores the original
    (folder / "z-copy.txt").write_text(invented_article(4), encoding="utf-8")


@pytest.fixture
def shared_model(monkeypatch, nlp):
    monkeypatch.setattr("onrecord.pipeline.load_nlp", lambda model, **_: nlp)


def test_a_killed_ingest_resumes_to_the_database_of_a_clean_run(tmp_path, shared_model):
    folder = tmp_path / "articles"
    write_articles(folder)
    args = [str(folder), "-s", "batch_size=1"]

    clean_db = tmp_path / "clean.db"
    clean = CliRunner().invoke(cli, ["ingest", *args, "--db", str(clean_db)])
    assert clean.exit_code == 0, clean.output

    db = tmp_path / "killed.db"
    process = subprocess.Popen([ONRECORD, "ingest", *args, "--db", str(db)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while count_committed(db, "items") == 0 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    kept = count_committed(db, "items")
    assert 0 < kept < N_ARTICLES + 1  # some items committed, not all

    # the same command again (in this process, to load the model once)
    resumed = CliRunner().invoke(cli, ["ingest", *args, "--db", str(db)])
    assert resumed.exit_code == 0, resumed.output
    assert f"{kept} already in the database" in resumed.stdout
    assert dump(db) == dump(clean_db)
