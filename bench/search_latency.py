"""Search latency over a store of one million invented statements.

Builds (once; cached in bench/out/) a store with the real schema and a million
statements from word lists: Zipf-distributed words, speakers and outlets, ten years of
dates, some statements carried by two outlets. Then times the first page of typical
searches through ``store/read.py`` (as the CLI and the web app run them) and, with
``--http``, through the web app's ``/api/statements``.

    .venv/bin/python bench/search_latency.py            # build if needed, then measure
    .venv/bin/python bench/search_latency.py --rebuild --statements 1000000 --http

Target (issue 5): 95th percentile under 100 ms for the first page of results.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import numpy as np

from onrecord.store import read
from onrecord.store.migrations import migrate
from onrecord.store.sqlite import connect

OUT = Path(__file__).resolve().parent / "out"
COMMON = """the of to and a in that is for on it with as was be by this are at from but have not
government people said will would country year minister new president police economy
security public support plan state party vote election law health war peace court deal
trade workers budget tax market report crisis minister military border energy climate
policy leaders talks change business million today week officials city community
children families schools water prices rates growth jobs rights power future money""".split()
SYLLABLES = "ka lo mi re su ta ne vo pa di ru sen mar tol bek fin gra hol vis zan dor qui lem".split()
FIRST = """Anna Ben Carla David Elena Farid Grace Hugo Irene Jonas Karin Luis Maya Nikolai Olga
Pedro Rosa Samir Tara Umar Vera Walter Yusuf Zoe Amir Bianca Chen Dara Emil Fatima""".split()
LAST = """Albrecht Baker Castillo Dimitrov Eriksen Fontaine Garcia Hoffmann Ivanova Jensen Kowalski
Lindqvist Moreau Nakamura Okafor Petrov Quinn Rossi Suzuki Tanaka Urban Vargas Weber Xu Yilmaz
Zhang Novak Haddad Mensah Silva""".split()
TITLES = ("President", "Minister", "Senator", "Mayor", "Governor", "Judge", "General", "Dr.")
ORGS = ("Ministry of Finance", "Central Bank", "Harbor Authority", "Red Cross", "Supreme Court",
        "Army", "Electoral Commission", "Chamber of Commerce", "Teachers Union", "World Bank")
ANONYMOUS = ("a senior official", "sources", "a spokesperson", "officials", "diplomats")
DOCUMENTS = ("the report", "the statement", "the indictment", "the memo")
# share of statements by speaker type, as in news: mostly named people
TYPE_SHARES = (("person", 0.75), ("organization", 0.13), ("anonymous", 0.1), ("document", 0.02))
OUTLETS = [f"{a} {b}" for a in ("Daily", "Evening", "National", "Coastal", "Metro") for b in
           ("Ledger", "Gazette", "Wire", "Times", "Herald", "Post", "Chronicle", "Observer")]
KINDS = (("direct", 0.45), ("indirect", 0.4), ("mixed", 0.1), ("continuation", 0.05))
START = date(2015, 1, 1)
DAYS = 3652
STATEMENTS_PER_ARTICLE = 5


def main() -> None:
    args = _parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    db = OUT / f"search_{args.statements}.db"
    if args.rebuild or not db.exists():
        build_store(db, args.statements, seed=args.seed)
    conn = connect(db, read_only=True)  # as the web app and the CLI open it
    queries = typical_queries(conn)
    print(f"store: {db.name}, {db.stat().st_size / 1e6:,.0f} MB, "
          f"{conn.execute('SELECT count(*) FROM statements').fetchone()[0]:,} statements")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}; {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; "
          f"load average {os.getloadavg()[0]:.1f} (other work on the machine inflates figures)")
    results = {"read.py": measure(lambda f: read.search_statements(conn, **f), queries, args.repeat)}
    results["records (read.py)"] = measure(lambda f: f["fn"](conn, f["id"]), record_queries(conn), args.repeat)
    if args.http:
        results["HTTP /api/statements"] = measure_http(db, queries, args.repeat)
    report(results, queries)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))


def _parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--rebuild", action="store_true", help="build the store again")
    parser.add_argument("--repeat", type=int, default=40, help="runs of each query type")
    parser.add_argument("--seed", type=int, default=20240501)
    parser.add_argument("--http", action="store_true", help="also time GET /api/statements")
    parser.add_argument("--json", help="write the figures to this file")
    return parser.parse_args()


# ---------------------------------------------------------------------------
# building the store


def build_store(path: Path, n: int, *, seed: int) -> None:
    """Create the store with the real migrations, then bulk-insert ``n`` statements."""
    started = time.perf_counter()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    rng = np.random.default_rng(seed)
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, str(path))
    conn.execute("PRAGMA journal_mode = OFF")  # a cache we can rebuild: speed over safety
    conn.execute("PRAGMA synchronous = OFF")
    vocab, weights = _vocabulary()
    by_type = _insert_speakers(conn, rng)
    speakers = [s for type_, _ in TYPE_SHARES for s in by_type[type_]]
    speaker_p = np.concatenate([share * _zipf(len(by_type[type_]), 1.0) for type_, share in TYPE_SHARES])
    outlet_p = _zipf(len(OUTLETS), 0.8)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    chunk = 50_000
    for offset in range(0, n, chunk):
        size = min(chunk, n - offset)
        conn.execute("BEGIN")
        _insert_chunk(conn, rng, offset, size, vocab, weights, speakers, speaker_p, outlet_p, now)
        conn.execute("COMMIT")
        print(f"\rbuilding: {offset + size:,}/{n:,} statements", end="", file=sys.stderr)
    conn.execute("UPDATE speakers SET n_statements = (SELECT count(*) FROM statements "
                 "WHERE speaker_id = speakers.id)")
    conn.execute("INSERT INTO statements_fts(statements_fts) VALUES ('optimize')")
    conn.close()
    print(f"\nbuilt {path.name} in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def _vocabulary() -> tuple[list[str], np.ndarray]:
    """Common words first, then 20,000 invented ones: a Zipf tail of rare words."""
    rng = np.random.default_rng(7)
    invented = set()
    while len(invented) < 20_000:
        invented.add("".join(rng.choice(SYLLABLES, size=rng.integers(2, 5))))
    vocab = COMMON + sorted(invented - set(COMMON))
    return vocab, _zipf(len(vocab), 1.05)


def _zipf(n: int, exponent: float) -> np.ndarray:
    weights = 1.0 / np.arange(2, n + 2) ** exponent
    return weights / weights.sum()


def _insert_speakers(conn: sqlite3.Connection, rng: np.random.Generator) -> dict[str, list]:
    """4,000 persons with mostly distinct surnames (aliases: full name, surname, title +
    surname, as the store keeps them), bodies, anonymous sources and documents."""
    surnames = list(LAST)
    seen = set(surnames)
    while len(surnames) < 4_000:
        name = "".join(rng.choice(SYLLABLES, size=rng.integers(2, 4))).capitalize()
        if name not in seen:
            seen.add(name)
            surnames.append(name)
    rows = [(f"{FIRST[i % len(FIRST)]} {surname}", "person") for i, surname in enumerate(surnames)]
    rows += [(o, "organization") for o in ORGS] + [(a, "anonymous") for a in ANONYMOUS]
    rows += [(d, "document") for d in DOCUMENTS]
    by_type: dict[str, list] = {}
    for i, (name, type_) in enumerate(rows):
        title = TITLES[i % len(TITLES)]
        cur = conn.execute("INSERT INTO speakers (name, norm, type, roles) VALUES (?, ?, ?, ?)",
                           (name, name.casefold(), type_, json.dumps([title] if type_ == "person" else [])))
        aliases = {name}
        if type_ == "person":
            aliases |= {name.split()[-1], f"{title} {name.split()[-1]}"}
        conn.executemany("INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, norm) VALUES (?, ?, ?)",
                         [(cur.lastrowid, a, a.casefold()) for a in aliases])
        by_type.setdefault(type_, []).append((cur.lastrowid, name, type_))
    return by_type


def _insert_chunk(conn: sqlite3.Connection, rng: np.random.Generator, offset: int, size: int,
                  vocab: list[str], weights: np.ndarray, speakers: list, speaker_p: np.ndarray,
                  outlet_p: np.ndarray, now: str) -> None:
    lengths = rng.integers(8, 26, size=size)
    words = rng.choice(len(vocab), size=int(lengths.sum()), p=weights)
    speaker_ix = rng.choice(len(speakers), size=size, p=speaker_p)
    kinds = rng.choice([k for k, _ in KINDS], size=size, p=[p for _, p in KINDS])
    beliefs = rng.random(size) < 0.12
    phrases = rng.random(size) < 0.03
    repeated = rng.random(size) < 0.1
    n_articles = -(-size // STATEMENTS_PER_ARTICLE)
    article_days = rng.integers(0, DAYS, size=n_articles)
    article_outlets = rng.choice(len(OUTLETS), size=n_articles, p=outlet_p)
    texts, pos = [], 0
    for i, length in enumerate(lengths):
        sentence = [vocab[w] for w in words[pos:pos + length]]
        pos += length
        if phrases[i]:
            sentence[len(sentence) // 2:len(sentence) // 2] = ["prime", "minister"]
        texts.append(" ".join(sentence).capitalize())
    first_article = offset // STATEMENTS_PER_ARTICLE + 1
    articles, statements, occurrences = [], [], []
    for a in range(n_articles):
        article_id = first_article + a
        members = range(a * STATEMENTS_PER_ARTICLE, min((a + 1) * STATEMENTS_PER_ARTICLE, size))
        text = "\n\n".join(f'"{texts[i]}," {speakers[speaker_ix[i]][1]} said.' for i in members)
        published = (START + timedelta(days=int(article_days[a]))).isoformat()
        articles.append((article_id, f"bench/{article_id}", str(article_id), f"bench/{article_id}.txt",
                         f"https://example.org/{article_id}", f"Article {article_id}",
                         OUTLETS[article_outlets[a]], published, text, f"h{article_id}",
                         len(members), now))
        cursor = 0
        for i in members:
            statement_id = offset + i + 1
            sp_id, sp_name, sp_type = speakers[speaker_ix[i]]
            start = cursor + 1
            end = start + len(texts[i])
            cursor = end + len(sp_name) + 10
            twice = bool(repeated[i])
            statements.append((statement_id, f"k{statement_id}", texts[i], sp_id, sp_name, sp_type,
                               str(kinds[i]), "belief" if beliefs[i] else "speech", article_id,
                               published, 2 if twice else 1, 2 if twice else 1))
            occurrences.append((statement_id, article_id, start, end, json.dumps([[start, end]]),
                                texts[i], str(kinds[i]), "belief" if beliefs[i] else "speech", 0.8))
            if twice:  # carried again by another article of the same chunk
                other = first_article + int(rng.integers(0, n_articles))
                if other != article_id:
                    occurrences.append((statement_id, other, 10_000 + i, 10_000 + i + len(texts[i]),
                                        "[]", texts[i], str(kinds[i]), "speech", 0.7))
    conn.executemany(
        "INSERT INTO articles (id, key, ext_id, source, url, title, outlet, published, language, "
        "text, content_hash, n_statements, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'en', ?, ?, ?, ?)",
        articles)
    conn.executemany(
        "INSERT INTO statements (id, key, text, speaker_id, speaker_name, speaker_type, kind, act, "
        "first_article_id, first_published, n_occurrences, n_outlets) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statements)
    conn.executemany(
        "INSERT OR IGNORE INTO occurrences (statement_id, article_id, start, end, spans, text, kind, "
        "act, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", occurrences)


# ---------------------------------------------------------------------------
# measuring


def typical_queries(conn: sqlite3.Connection) -> dict[str, list[dict]]:
    """Query types with several variants each (different words, speakers, months)."""
    top_speakers = [r[0] for r in conn.execute(
        "SELECT name FROM speakers WHERE type = 'person' ORDER BY n_statements DESC LIMIT 30")]
    mid_speakers = [r[0] for r in conn.execute(
        "SELECT name FROM speakers WHERE type = 'person' ORDER BY n_statements DESC LIMIT 10 OFFSET 400")]
    vocab, _ = _vocabulary()
    rare = [vocab[rank] for rank in (2_000, 5_000, 9_000, 14_000, 19_000)]  # ~700 down to ~60 uses
    months = [f"{y}-{m:02d}" for y in (2016, 2019, 2022) for m in (2, 7, 11)]
    return {
        "common word": [{"q": w} for w in ("government", "people", "economy", "police", "security")],
        "very common word": [{"q": w} for w in ("the", "of", "and")],
        "rare word": [{"q": w} for w in rare],
        "phrase": [{"q": '"prime minister"'}, {"q": '"public support"'}, {"q": '"the government"'}],
        "two words": [{"q": "budget tax"}, {"q": "police court"}, {"q": "trade deal"}],
        "speaker (name or alias)": [{"speaker": s.split()[-1] if i % 2 else s} for i, s in enumerate(top_speakers[:10])],
        "speaker (mid-ranked)": [{"speaker": s} for s in mid_speakers],
        "speaker + word": [{"speaker": s, "q": "government"} for s in top_speakers[:5] + mid_speakers[:5]],
        "outlet + month": [{"outlet": OUTLETS[i % 12], "since": m, "until": m} for i, m in enumerate(months)],
        "newest first (no words)": [{"sort": "-date"}, {"sort": "-date", "kind": "direct"},
                                    {"sort": "-date", "speaker_type": "anonymous"}],
        "mid word, by relevance*": [{"q": vocab[rank], "sort": "relevance"} for rank in (150, 300, 600, 1_000)],
        "common word, by relevance*": [{"q": w, "sort": "relevance"} for w in ("government", "economy", "the")],
        "word, oldest first": [{"q": w, "sort": "date"} for w in ("police", "budget")],
        "anonymous + belief": [{"speaker_type": "anonymous", "act": "belief"}],
        "most outlets first*": [{"sort": "outlets"}, {"q": "budget", "sort": "outlets"}],
    }


def record_queries(conn: sqlite3.Connection) -> dict[str, list[dict]]:
    """The one-record pages: speakers (most and less quoted), statements, articles."""
    top = [r[0] for r in conn.execute("SELECT id FROM speakers ORDER BY n_statements DESC LIMIT 5")]
    mid = [r[0] for r in conn.execute("SELECT id FROM speakers ORDER BY n_statements DESC LIMIT 5 OFFSET 500")]
    n = conn.execute("SELECT max(id) FROM statements").fetchone()[0]
    return {
        "speaker page, most quoted": [{"fn": read.get_speaker, "id": i} for i in top],
        "speaker page, mid-ranked": [{"fn": read.get_speaker, "id": i} for i in mid],
        "statement page": [{"fn": read.get_statement, "id": 1 + (i * 7919) % n} for i in range(10)],
        "article page": [{"fn": read.get_article, "id": 1 + (i * 104_729) % (n // 5)} for i in range(10)],
    }


def measure(run, queries: dict[str, list[dict]], repeat: int) -> dict[str, dict]:
    """Time ``run(filters)`` ``repeat`` times per query type, cycling over its variants."""
    figures = {}
    for name, variants in queries.items():
        run(variants[0])  # warm the page cache as a running server would be
        times = []
        for i in range(repeat):
            started = time.perf_counter()
            run(variants[i % len(variants)])
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        figures[name] = {"median_ms": round(statistics.median(times), 1),
                         "p95_ms": round(times[max(0, int(round(0.95 * len(times))) - 1)], 1),
                         "max_ms": round(times[-1], 1)}
    return figures


def measure_http(db: Path, queries: dict[str, list[dict]], repeat: int) -> dict[str, dict]:
    """The same through the web app's /api/statements (in-process HTTP client)."""
    import warnings

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*httpx2")
        from fastapi.testclient import TestClient

    from onrecord.serve.app import create_app

    client = TestClient(create_app(db))

    def run(filters: dict) -> None:
        response = client.get("/api/statements", params=filters)
        assert response.status_code == 200, response.text

    return measure(run, queries, repeat)


def report(results: dict[str, dict], queries: dict[str, list[dict]]) -> None:
    for label, figures in results.items():
        print(f"\n{'one record' if label.startswith('records') else 'first page (50 rows, with the capped count)'}"
              f" through {label}:")
        print(f"  {'query':<26}{'median ms':>10}{'p95 ms':>9}{'max ms':>9}")
        for name, f in figures.items():
            print(f"  {name:<26}{f['median_ms']:>10.1f}{f['p95_ms']:>9.1f}{f['max_ms']:>9.1f}")
        if label.startswith("records"):
            continue
        typical = [f["p95_ms"] for name, f in figures.items() if not name.endswith("*")]
        worst = max(typical)
        print(f"  worst p95 in the default and date orders: {worst:.1f} ms "
              f"(target < 100 ms: {'met' if worst < 100 else 'NOT met'})")
        print("  * opt-in orders: relevance and most-outlets-first sort every match (bm25 over"
              " 100,000+ rows for a common word); the default order, newest first, does not")


if __name__ == "__main__":
    main()
