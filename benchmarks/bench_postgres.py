"""PostgreSQL against SQLite (issue 19): writing documents, two-character CJK search, the timeline, reviewers at once.

Run: python benchmarks/bench_postgres.py [--db postgresql://...] [--docs 10000] [--facts 1000000] [--reviewers 8]
     [--seconds 300]                       (the issue's sizes are the defaults; --docs 2000 --facts 50000
                                           --seconds 20 for a quick look)

Without --db a throwaway PostgreSQL server is started (tests/pg_cluster.py; fsync off, like the SQLite file's
synchronous=NORMAL it is compared with). Every figure is measured in this one process, SQLite's and PostgreSQL's
side by side, best (or p50/p95) of several runs: on a shared machine compare the ratios, not the milliseconds.

1. ingest: the reference article and five layout documents, parsed once, written by `Store.add_many` into an
   empty SQLite file and an empty PostgreSQL database (best of 3).
2. search: `--docs` generated documents of 20 paragraphs (rows straight into the index, as bench_search.py, 500
   documents per statement), then two-character CJK queries through `Store.search` on both; and the same queries
   with pg_trgm (a trigram GIN index over the entries' text, `LIKE '%q%'`) to show why the pairs are kept as a
   tsvector instead.
3. timeline: `--facts` generated facts (bench_knowledge.py's generator: the same facts in both stores), written in
   bulk before the timeline migration (0009), whose set-based fill of existing facts then builds the timeline
   tables, as it did for stores made before it; then bench_knowledge.py's queries (a page of 100 with a random
   mix of actor, domain, type and date range, best of 3 runs each), p50/p95 on both and the ratio of the p95s.
4. reviewers: `--reviewers` threads, each with its own pooled connection, deciding for `--seconds` on the same few
   candidates with the decision they saw: decisions recorded, conflicts, lost (recorded ≠ told recorded) and
   duplicated (two decisions taken on the same view of a candidate).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests")]

from bare import load  # noqa: E402
from bench_search import CJK_WORDS  # noqa: E402

from allyscope.ingest import IngestReport, parse_files  # noqa: E402
from allyscope.store import Store  # noqa: E402
from allyscope.store.database import DocumentRows  # noqa: E402
from allyscope.store.dialect import index_of  # noqa: E402
from allyscope.store.packing import pack  # noqa: E402
from allyscope.store.search import bigrams  # noqa: E402

ARTICLE = ROOT.parent / "shared" / "corpus" / "000_c16b8f8118fbe296.txt"
WORDS = CJK_WORDS
RARE = ["岸田", "斯托尔滕贝格"]
QUERIES = ["北约", "日本", "岸田", "演习", "网络"]


def pct(times: list[float], p: float) -> float:
    ordered = sorted(times)
    return ordered[max(0, int(len(ordered) * p) - 1)] * 1000


def best_of(runs: int, fn: Callable[[], float]) -> float:
    return min(fn() for _ in range(runs))


def ingest(make: Callable[[], str], rows: list[DocumentRows]) -> float:
    def once() -> float:
        with Store(make()) as store:
            start = time.perf_counter()
            store.add_many(rows)
            return time.perf_counter() - start

    return best_of(3, once)


def fill_search(store: Store, docs: int, paragraphs: int) -> float:
    rng = random.Random(3)
    conn = store.conn
    start = time.perf_counter()
    documents: list[tuple[Any, ...]] = []
    entries: list[tuple[str, str, str, int, int, str, str]] = []

    def flush() -> None:
        with store.transaction():
            conn.executemany(
                "INSERT INTO documents (id, sha256, source, encoding, title, language, raw, text, notes_text,"
                " structure, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                documents,
            )
            index_of(conn).add_to_index(conn, entries)
        documents.clear()
        entries.clear()

    for d in range(docs):
        ident = f"d{d:06d}"
        body = ""
        for _ in range(paragraphs):
            words = [rng.choice(WORDS) for _ in range(rng.randint(20, 60))]
            if rng.random() < 0.02:
                words.insert(rng.randrange(len(words)), rng.choice(RARE))
            text = "".join(words) + "。"
            entries.append((ident, "paragraph", "body", len(body), len(body) + len(text), text, bigrams(text)))
            body += text + "\n"
        documents.append(
            (ident, ident, "gen", "utf-8", f"文档 {d}", "zh", pack(""), body, "", pack("{}"), "2026-01-01")
        )
        if len(documents) >= 500:
            flush()
    if documents:
        flush()
    return time.perf_counter() - start


def search_times(store: Store) -> list[float]:
    times = []
    for _ in range(10):
        for q in QUERIES:
            t = time.perf_counter()
            store.search(q, 20)
            times.append(time.perf_counter() - t)
    return times


def trigram_times(url: str, locale_url: str | None) -> list[tuple[list[float], str]]:
    """The same queries over a pg_trgm index of the entries' text (LIKE '%q%', first 20): in the store's
    database (no locale) and, when `locale_url` names an empty database made with a UTF-8 locale, there too."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS trigram_probe")
        conn.execute(
            'CREATE TABLE trigram_probe AS SELECT e.id, substr(d.text, e.start + 1, e."end" - e.start) AS text'
            " FROM search_entries e JOIN documents d ON d.id = e.doc_id"
        )
        out = [_probe(conn)]
        if locale_url:
            with psycopg.connect(locale_url, autocommit=True) as other:
                other.execute("CREATE TABLE trigram_probe (id bigint, text text)")
                with (
                    conn.cursor().copy("COPY trigram_probe TO STDOUT") as source,
                    other.cursor().copy("COPY trigram_probe FROM STDIN") as target,
                ):
                    for data in source:
                        target.write(data)
                out.append(_probe(other))
        conn.execute("DROP TABLE trigram_probe")
    return out


def _probe(conn: Any) -> tuple[list[float], str]:
    conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    conn.execute("CREATE INDEX ON trigram_probe USING gin (text gin_trgm_ops)")
    conn.execute("ANALYZE trigram_probe")
    plan = conn.execute("EXPLAIN SELECT id FROM trigram_probe WHERE text LIKE '%北约%' LIMIT 20").fetchall()
    shown = conn.execute("SELECT show_trgm('日本与北约')").fetchone()
    ctype = conn.execute("SELECT datctype FROM pg_database WHERE datname = current_database()").fetchone()[0]
    times = []
    for _ in range(3):
        for q in QUERIES:
            t = time.perf_counter()
            sql = "SELECT id FROM trigram_probe WHERE text LIKE %s ORDER BY id LIMIT 20"
            conn.execute(sql, [f"%{q}%"]).fetchall()
            times.append(time.perf_counter() - t)
    uses = "Bitmap Index Scan" in " ".join(r[0] for r in plan)
    return times, f"LC_CTYPE {ctype}: index used {uses}; trigrams of 日本与北约: {shown[0] if shown else None}"


TIMELINE_MIGRATION = "0009"


def facts_store(where: str) -> Store:
    """A store migrated up to (not including) the timeline migration: facts written then are "existing facts"
    to it, and it builds the timeline tables for them in one set-based statement each."""
    import allyscope.store.migrations as migrations

    shipped = migrations.available
    migrations.available = lambda: [m for m in shipped() if m[0] < TIMELINE_MIGRATION]  # type: ignore[assignment]
    try:
        return Store(where)
    finally:
        migrations.available = shipped  # type: ignore[assignment]


def fill_facts(stores: list[Store], count: int) -> float:
    """`count` facts of bench_knowledge.py's generator into every store (the same facts), 50,000 per statement,
    then the remaining migrations; the seconds it took."""
    from bench_knowledge import fact_rows

    started = time.perf_counter()
    rng = random.Random(7)
    for store in stores:
        if getattr(store.conn, "dialect", "") != "postgresql":  # generating only: a million rows' index pages
            store.conn.execute("PRAGMA cache_size = -262144")  # (the queries run with the default cache)
        store.conn.execute("BEGIN")
    facts: list[tuple[Any, ...]] = []
    actors: list[tuple[Any, ...]] = []

    def flush() -> None:
        for store in stores:
            store.conn.executemany("INSERT INTO facts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", facts)
            store.conn.executemany("INSERT INTO fact_actors VALUES (?,?,?)", actors)
        facts.clear()
        actors.clear()

    for num in range(1, count + 1):
        fact, its_actors = fact_rows(rng, num)
        facts.append(fact)
        actors.extend(its_actors)
        if len(facts) >= 50_000:
            flush()
    flush()
    for store in stores:
        store.conn.execute("COMMIT")
        where = store.path
        postgres = getattr(store.conn, "dialect", "") == "postgresql"
        store.close()
        if not postgres:  # the timeline migration and those after it, with the cache the generation had: with
            _migrate_sqlite(str(where))  # the default 2 MB it reads its million rows' index pages again and again
        with Store(where) as migrated:  # (SQLite: migrated already; PostgreSQL: the migrations from 0009 on)
            if postgres:
                migrated.conn.execute("SELECT setval(pg_get_serial_sequence('facts', 'num'), ?)", (count,))
            else:
                migrated.conn.execute("ANALYZE")
        if postgres:  # after a bulk load, as autovacuum would: statistics, and pages marked all-visible, without
            _vacuum(where)  # which no scan reads an index alone
    return time.perf_counter() - started


def _migrate_sqlite(path: str) -> None:
    import sqlite3

    from allyscope.store.migrations import migrate

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA cache_size = -1048576")
        migrate(conn)
    finally:
        conn.close()


def _vacuum(url: Any) -> None:
    import psycopg

    with psycopg.connect(url.secret, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


def timeline_times(stores: list[Store], queries: int) -> tuple[list[list[float]], int]:
    """bench_knowledge.py's timeline queries, each run three times on every store: per store the best of the
    three for every query (seconds), and how many queries the stores answered differently."""
    from bench_knowledge import ACTORS, TYPES, WEIGHTS

    from allyscope.knowledge.case import DOMAINS

    rng = random.Random(7)
    out: list[list[float]] = [[] for _ in stores]
    differ = 0
    for _ in range(queries):
        filters: dict[str, str] = {}
        if rng.random() < 0.5:
            filters["actor"] = rng.choices(ACTORS, WEIGHTS)[0]
        if rng.random() < 0.5:
            filters["domain"] = rng.choice(DOMAINS)
        if rng.random() < 0.3:
            filters["type_"] = rng.choice(TYPES)
        if rng.random() < 0.6:
            first = rng.randint(1990, 2025)
            filters["date_from"] = str(first)
            filters["date_to"] = str(rng.randint(first, 2025))
        answers = []
        for store, times in zip(stores, out, strict=True):
            runs = []
            for _ in range(3):
                t = time.perf_counter()
                rows = store.timeline(limit=100, **filters)
                runs.append(time.perf_counter() - t)
            times.append(min(runs))
            answers.append([row["id"] for row in rows])
        differ += any(a != answers[0] for a in answers)
    return out, differ


def reviewers(url: str, count: int, seconds: float) -> dict[str, int]:
    from allyscope.knowledge.review import DecisionConflict, candidates, decide
    from allyscope.pipeline import extract_file

    with Store(url) as store:
        store.load_case()
        store.add(extract_file(ROOT / "tests" / "knowledge" / "partnership_2026.txt"))
        keys = [c["candidate"] for c in candidates(store.conn)]
    told: list[tuple[str, int]] = []
    conflicts = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def reviewer(name: str) -> None:
        rng = random.Random(name)
        with Store(url) as mine:
            while time.monotonic() < stop:
                key = rng.choice(keys)
                row = mine.conn.execute("SELECT max(id) FROM decisions WHERE candidate = ?", (key,)).fetchone()
                seen = int(row[0] or 0)
                try:
                    decide(mine.conn, key, rng.choice(["accept", "reject"]), reason=name, by=name, seen=seen)
                except DecisionConflict:
                    with lock:
                        conflicts[0] += 1
                    continue
                with lock:
                    told.append((key, seen))

    from allyscope.store.connection import set_lock_wait

    set_lock_wait(None, notify=lambda _: None)
    threads = [threading.Thread(target=reviewer, args=(f"r{i}",)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with Store(url, readonly=True) as store:
        rows = store.conn.execute(
            f"SELECT count(*) FROM decisions WHERE candidate IN ({','.join('?' * len(keys))})", keys
        ).fetchone()[0]
    duplicated = len(told) - len(set(told))  # two decisions recorded on one view of one candidate
    return {"recorded": rows, "told": len(told), "conflicts": conflicts[0], "lost": len(told) - rows,
            "duplicated": duplicated}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="an empty PostgreSQL server's admin URL (default: a throwaway server)")
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--paragraphs", type=int, default=20)
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200, help="timeline queries (each run 3 times)")
    parser.add_argument("--reviewers", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=300.0, help="how long the reviewers decide")
    parser.add_argument(
        "--only", default="ingest,search,timeline,reviewers", help="the parts to run, comma-separated (default all)"
    )
    args = parser.parse_args()
    sections = set(args.only.split(","))
    from pg_cluster import start_cluster

    print(load())
    cluster = None if args.db else start_cluster()
    counter = iter(range(1000))

    def pg(locale: str | None = None) -> str:
        import psycopg

        admin = cluster.admin_url if cluster is not None else args.db
        name = f"allyscope_bench{next(counter)}"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            how = f" TEMPLATE template0 LC_COLLATE '{locale}' LC_CTYPE '{locale}'" if locale else ""
            conn.execute(f"CREATE DATABASE {name}{how}")
        return str(admin.rsplit("/", 1)[0] + "/" + name)

    try:
        with tempfile.TemporaryDirectory() as tmp:
            files = iter(range(1000))

            def sqlite() -> str:
                return str(Path(tmp) / f"kb{next(files)}.db")

            if "ingest" in sections:
                layouts = sorted((ROOT / "tests" / "layouts").glob("*.txt"))[:5]
                report = IngestReport()
                rows = parse_files([ARTICLE, *layouts], report)
                chars = sum(len(r.doc[7]) for r in rows)
                a, b = ingest(sqlite, rows), ingest(pg, rows)
                print(f"ingest {len(rows)} documents ({chars:,} characters), write only, best of 3:")
                print(f"  SQLite {a * 1000:.0f} ms   PostgreSQL {b * 1000:.0f} ms   ratio {b / a:.2f}x")

            if "search" in sections:
                url = pg()
                with Store(sqlite()) as lite, Store(url) as post:
                    fa = fill_search(lite, args.docs, args.paragraphs)
                    fb = fill_search(post, args.docs, args.paragraphs)
                    post.conn.execute("ANALYZE search_entries")
                    print(f"search index of {args.docs} documents x {args.paragraphs} paragraphs written in "
                          f"SQLite {fa:.1f} s, PostgreSQL {fb:.1f} s")  # fmt: skip
                    ta, tb = search_times(lite), search_times(post)
                print(f"2-character CJK search ({', '.join(QUERIES)}), first 20 hits, 50 queries:")
                print(f"  SQLite     p50 {pct(ta, 0.5):.1f} ms  p95 {pct(ta, 0.95):.1f} ms")
                print(f"  PostgreSQL p50 {pct(tb, 0.5):.1f} ms  p95 {pct(tb, 0.95):.1f} ms  (tsvector of pairs, GIN)")
                for tt, note in trigram_times(url, pg(locale="C.UTF-8")):
                    print(f"  pg_trgm    p50 {pct(tt, 0.5):.1f} ms  p95 {pct(tt, 0.95):.1f} ms  ({note})")

            if "timeline" in sections:
                lite, post = facts_store(sqlite()), facts_store(pg())
                took = fill_facts([lite, post], args.facts)
                print(f"{args.facts:,} facts generated into both stores (and their timeline tables) in {took:.0f} s")
                with Store(lite.path, readonly=True) as a, Store(post.path, readonly=True) as b:
                    (la, lb), differ = timeline_times([a, b], args.queries)
                print(
                    f"timeline pages of 100 over {args.facts:,} facts, {args.queries} queries, best of 3 runs each"
                    f" ({differ} of them answered differently by the two):"
                )
                print(f"  SQLite     p50 {statistics.median(la) * 1000:.2f} ms  p95 {pct(la, 0.95):.2f} ms")
                print(f"  PostgreSQL p50 {statistics.median(lb) * 1000:.2f} ms  p95 {pct(lb, 0.95):.2f} ms"
                      f"  (p95 ratio {pct(lb, 0.95) / pct(la, 0.95):.2f}x; target within 2x)")  # fmt: skip
                print(f"  {load()}")

            if "reviewers" in sections:
                result = reviewers(pg(), args.reviewers, args.seconds)
                print(f"{args.reviewers} reviewers for {args.seconds:g} s on the same candidates (PostgreSQL):")
                print(f"  {result}")
            print(load())
    finally:
        from allyscope.store.postgres import close_pools

        close_pools()
        if cluster is not None:
            cluster.stop()


if __name__ == "__main__":
    main()
