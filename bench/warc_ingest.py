"""Ingest at volume: a WARC of invented articles, one and two workers, speed and peak memory.

    .venv/bin/python bench/warc_ingest.py                    # 1,000 and 10,000 articles, 1 and 2 workers
    .venv/bin/python bench/warc_ingest.py --sizes 200,1000 --workers 1,2 --dir /tmp/warcbench

Writes WARC files of invented article pages (tests/fixtures/invented_news.py: templates
filled with varied names, places, numbers and quotes, so no two pages are near-duplicates),
then runs the real command, ``onrecord ingest FILE --db NEW.db --workers N``, once per size
and worker count, and prints for each run: articles stored, wall-clock seconds, articles/s
over the whole run (model loading included) and peak memory of the whole process tree
(the command, its worker processes and multiprocessing's helper), as the peak of the sum
of PSS (proportional set size, from /proc/PID/smaps_rollup, so pages shared between
processes count once) and of the sum of RSS, sampled every 0.2 s, and the CPU time of
each process. On a shared machine the wall clock depends on the other jobs, so the run
also gives the rate it would have alone on the machine if CPU-bound: at least the
busiest process's CPU time, at least the total CPU time over the cores. Then the ratios the
issue sets targets for: two workers' rate over one worker's at the largest size (target
>= 1.7) and, per worker count, peak memory at the largest size over the smallest
(target <= 1.10).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fixtures.invented_news import article_page, page_capture, write_warc  # noqa: E402

ONRECORD = str(Path(sys.executable).with_name("onrecord"))
SAMPLE_EVERY = 0.2


@dataclass(slots=True)
class RunResult:
    size: int
    workers: int
    articles: int
    seconds: float
    peak_pss_mb: float
    peak_rss_mb: float
    cpu_seconds: float = 0.0  # of the whole tree
    idle_seconds: float = 0.0  # the CPU-bound estimate on an idle machine (PeakSampler.idle_estimate)

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def idle_rate(self) -> float:
        return self.articles / self.idle_seconds if self.idle_seconds else 0.0


# --- memory of a process tree -------------------------------------------------------
TICKS = os.sysconf("SC_CLK_TCK")


def process_table() -> dict[int, tuple[int, float]]:
    """pid -> (parent pid, CPU seconds used so far) for every process (from /proc/*/stat)."""
    table = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                stat = fh.read()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        table[int(entry)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / TICKS)
    return table


def descendants(root: int, table: dict[int, tuple[int, float]]) -> list[int]:
    """The pid and every living descendant of it."""
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, []))
    return tree


def memory_kb(pid: int) -> tuple[int, int]:
    """(PSS, RSS) of one process in kB; (0, 0) when it is gone."""
    pss = rss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1])
                elif line.startswith("Rss:"):
                    rss = int(line.split()[1])
    except OSError:
        pass
    return pss, rss


class PeakSampler(threading.Thread):
    """Samples a process tree until stopped: peaks of summed PSS and RSS, CPU time per process."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.peak_pss = self.peak_rss = 0
        self.cpu: dict[int, float] = {}  # last CPU seconds seen, per process of the tree
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            table = process_table()
            tree = descendants(self.root, table)
            totals = [memory_kb(pid) for pid in tree]
            self.peak_pss = max(self.peak_pss, sum(p for p, _ in totals))
            self.peak_rss = max(self.peak_rss, sum(r for _, r in totals))
            for pid in tree:
                if pid in table:
                    self.cpu[pid] = table[pid][1]
            self.stopped.wait(SAMPLE_EVERY)

    def idle_estimate(self, cores: int) -> float:
        """The seconds the run would take on ``cores`` idle cores if CPU-bound.

        The parent and the workers run side by side: the run takes at least the busiest
        process's CPU time and at least the total CPU time spread over the cores.
        """
        times = list(self.cpu.values())
        return max(max(times, default=0.0), sum(times) / cores)


# --- runs ---------------------------------------------------------------------------
def build_warc(path: Path, size: int) -> None:
    """A gzipped WARC of ``size`` invented article pages (written streaming)."""
    write_warc(path, (page_capture(article_page(n)) for n in range(1, size + 1)), with_requests=True)


def ingest_once(warc: Path, db: Path, workers: int) -> RunResult:
    """Run ``onrecord ingest`` into a new database and measure it."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    proc = subprocess.Popen([ONRECORD, "ingest", str(warc), "--db", str(db), "--workers", str(workers)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    sampler = PeakSampler(proc.pid)
    sampler.start()
    out, _ = proc.communicate()
    seconds = time.perf_counter() - start
    sampler.stopped.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"onrecord ingest failed ({proc.returncode}): {out}")
    found = re.search(r"ingested (\d+) articles", out)
    articles = int(found.group(1)) if found else 0
    return RunResult(0, workers, articles, seconds, sampler.peak_pss / 1024, sampler.peak_rss / 1024,
                     sum(sampler.cpu.values()), sampler.idle_estimate(os.cpu_count() or 1))


def machine() -> str:
    cpus = os.cpu_count()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{platform.machine()} {platform.system()}, {cpus} CPUs, load average before the runs {load}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="Article counts, comma-separated.")
    parser.add_argument("--workers", default="1,2", help="Worker counts, comma-separated.")
    parser.add_argument("--dir", help="Where to write the WARC files and databases (default: a temp dir).")
    parser.add_argument("--keep", action="store_true", help="Keep the files afterwards.")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    worker_counts = sorted(int(w) for w in args.workers.split(","))
    work = Path(args.dir or tempfile.mkdtemp(prefix="warcbench-"))
    work.mkdir(parents=True, exist_ok=True)

    print(f"onrecord WARC ingest benchmark, {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC")
    print(f"machine: {machine()}")
    results: list[RunResult] = []
    try:
        for size in sizes:
            warc = work / f"invented-{size}.warc.gz"
            if not warc.exists():
                build_warc(warc, size)
            print(f"\n{size:,} invented articles, {warc.stat().st_size / 1e6:.1f} MB gzipped WARC")
            for workers in worker_counts:
                result = ingest_once(warc, work / f"bench-{size}-{workers}.db", workers)
                result.size = size
                results.append(result)
                print(f"  workers={workers}: {result.articles:,} articles in {result.seconds:.1f} s = "
                      f"{result.rate:.1f} articles/s; peak memory {result.peak_pss_mb:.0f} MB PSS "
                      f"({result.peak_rss_mb:.0f} MB RSS summed); CPU {result.cpu_seconds:.0f} s, "
                      f"{result.idle_rate:.1f} articles/s if alone on the machine", flush=True)
    finally:
        if not args.keep and not args.dir:
            shutil.rmtree(work, ignore_errors=True)
    report_ratios(results, sizes, worker_counts)


def report_ratios(results: list[RunResult], sizes: list[int], worker_counts: list[int]) -> None:
    """Print the speed-up of the most workers over one, and memory growth with the input."""
    by = {(r.size, r.workers): r for r in results}
    big, small = sizes[-1], sizes[0]
    print()
    if 1 in worker_counts and len(worker_counts) > 1:
        most = worker_counts[-1]
        ratio = by[big, most].rate / by[big, 1].rate
        idle = by[big, most].idle_rate / by[big, 1].idle_rate
        print(f"speed-up, {most} workers over 1 at {big:,} articles: {ratio:.2f}x measured, "
              f"{idle:.2f}x from CPU times if alone on the machine (target >= 1.7)")
    if len(sizes) > 1:
        for workers in worker_counts:
            growth = by[big, workers].peak_pss_mb / by[small, workers].peak_pss_mb
            print(f"peak memory, {workers} worker(s), {big:,} over {small:,} articles: {growth:.3f} "
                  f"(target <= 1.10)")


if __name__ == "__main__":
    main()
