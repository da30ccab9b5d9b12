"""Volume: a run killed half-way (SIGKILL) and restarted with the same command ends with the
database of one uninterrupted run; workers read their input a bounded window ahead."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from onrecord.records import RawPage
from onrecord.settings import Settings

from fixtures.store.records import count_committed, dump
from fixtures.invented_news import Capture, article_page, page_capture, section_front_page, write_warc

ONRECORD = str(Path(sys.executable).with_name("onrecord"))
# columns that record when something happened, not what


def build_archive(path: Path, n: int) -> None:
    """n invented articles, with a section front and an image every 50 pages."""
    captures: list[Capture] = []
    for i in range(1, n + 1):
        captures.append(page_capture(article_page(i)))
        if i % 50 == 0:
            captures.append(page_capture(section_front_page(i)))
            captures.append(Capture(f"https://news.example.com/img/{i}.png", b"\x89PNG\r\n", "image/png"))
    write_warc(path, captures, with_requests=True)


@pytest.mark.slow
def test_a_killed_ingest_resumed_gives_the_database_of_a_clean_run(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    build_archive(archive, 300)
    killed, clean = tmp_path / "killed.db", tmp_path / "clean.db"
    command = [ONRECORD, "ingest", str(archive), "--workers", "2", "--db"]

    proc = subprocess.Popen(command + [str(killed)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 300
    while count_committed(killed, "articles") < 120 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert proc.poll() is None, "the run ended before it could be killed half-way"
    os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its workers, at once
    proc.wait()
    stored_when_killed = count_committed(killed, "articles")
    assert 0 < stored_when_killed < 300

    resumed = subprocess.run(command + [str(killed)], capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert "already in the database" in resumed.stdout
    done = subprocess.run(command + [str(clean)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]

    after_resume, after_clean = dump(killed), dump(clean)
    assert len(after_clean["articles"]) == 300
    assert len(after_clean["errors"]) == 12  # 6 section fronts, 6 images
    for table in after_clean:
        assert after_resume[table] == after_clean[table], f"table {table} differs"


def test_workers_read_a_bounded_window_ahead_and_keep_input_order() -> None:
    from onrecord.pipeline import IN_FLIGHT_PER_WORKER, run

    settings = Settings(workers=2, batch_size=2)
    consumed = 0

    def pages():
        nonlocal consumed
        for i in range(40):
            consumed += 1
            text = f"Report {i}. \"We will open the bridge number {i} soon,\" said Mayor Tomas Veldor."
            yield RawPage(source=f"page{i}", key=f"page{i}", content=text, id=f"page{i}")

    ahead = []
    keys = []
    for result in run(pages(), settings):
        keys.append(result.article.key)
        ahead.append(consumed - len(keys))
    assert keys == [f"page{i}" for i in range(40)]
    window = IN_FLIGHT_PER_WORKER * settings.workers * settings.batch_size
    assert max(ahead) <= window + settings.batch_size


def worker_pids(parent: int) -> list[int]:
    """The multiprocessing workers whose parent is ``parent``."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
        except OSError:
            continue
        if int(stat[stat.rindex(")") + 2:].split()[1]) == parent and b"spawn_main" in cmdline:
            found.append(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return state[state.rindex(")") + 2] != "Z"


@pytest.mark.slow
def test_workers_exit_when_the_ingest_is_killed_alone(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    build_archive(archive, 200)
    proc = subprocess.Popen([ONRECORD, "ingest", str(archive), "--workers", "2", "--db", str(tmp_path / "a.db")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while count_committed(tmp_path / "a.db", "articles") < 20 and time.monotonic() < deadline:
            time.sleep(0.2)
        workers = worker_pids(proc.pid)
        assert len(workers) == 2
        proc.kill()  # the parent only, as `kill -9 PID` does
        proc.wait()
        deadline = time.monotonic() + 15
        while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(alive(pid) for pid in workers)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
