"""Benchmark for issue 18: is the writer's cost per article flat as the store grows?

Run: python benchmarks/bench_writer.py [--docs 2000] [--path ingest|batches] [--keep DB] [--by-tree]
(`--docs 10000` prints the steps near 200, near 2,000 and near 10,000.)

The reference article is extracted once; each document written is that article's rows under a new id (ids
drawn like real ones, from a hash, so every index of the store receives them at random places, as it would
from real documents), stamped with the time its rows are made and with event candidate keys made from its own
hash, as `rows_for` makes a real document's. They are written in steps of 100 articles (rows made beforehand,
not timed), either as `ingest` writes them (`--path ingest`, the default: `write_parsed`, short transactions
with a pause between them so other writers get in) or as one `Store.add_many` transaction per step
(`--path batches`).

Printed: the time per article (wall clock and this thread's CPU time, which on a loaded machine is what the
code costs) of the steps around 200 articles and of the last steps before N, each the best of those steps;
the ratio of the two is the figure that must stay near 1 (issue 18: no slower per article at 10,000 than at
200). `--by-tree` adds the pages an article writes per table and index (the log's pages by SQLite's `dbstat`)
and the CPU time of each statement, in the step ending near 200 and in the last, to show what grows. The
writer alone has nothing to do with the bare pipeline's work, so its figures are absolute.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Mapping
from contextlib import nullcontext
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from allyscope.store.database import DocumentRows

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT.parent / "shared" / "corpus" / "000_c16b8f8118fbe296.txt"
STEP = 100
PAGE, FRAME_HEADER = 4096, 24  # SQLite's default page size; each page in the write-ahead log has a header


def under_id(template: DocumentRows, ident: str, doc: tuple[object, ...]) -> DocumentRows:
    """The rows of `template` as those of document `ident` whose own row is `doc`: every row that names the
    document (or an event id made from its id, or a candidate key made from its hash) names `ident` (its hash)
    instead."""
    old = template.id
    old_key, new_key = template.sha256[:16], str(doc[1])[:16]

    def event(e: tuple[object, ...]) -> tuple[object, ...]:
        data, key = str(e[13]).replace(old_key, new_key), str(e[14]).replace(old_key, new_key)
        return (str(e[0]).replace(old, ident), ident, *e[2:13], data, key)

    def swap(rows: list[tuple[object, ...]], at: int) -> list[tuple[object, ...]]:
        return [(*r[:at], ident, *r[at + 1 :]) for r in rows]

    return replace(
        template,
        doc=doc,
        spans=swap(template.spans, 0),
        footnotes=swap(template.footnotes, 0),
        markers=swap(template.markers, 0),
        mentions=swap(template.mentions, 1),
        events=[event(e) for e in template.events],
        event_actors=[(str(a[0]).replace(old, ident), *a[1:]) for a in template.event_actors],
        search=[(ident, *entry[1:]) for entry in template.search],  # type: ignore[misc]
    )


def renamer(article: Path):  # type: ignore[no-untyped-def]
    """A function i → the article's rows under document id number i (an id as random as a real one)."""
    from allyscope.pipeline import extract_file
    from allyscope.store.database import rows_for

    template = rows_for(extract_file(article))
    width = len(template.id)

    def renamed(i: int) -> DocumentRows:
        sha = hashlib.sha256(f"article {i}".encode()).hexdigest()
        ident = sha[:width]
        made = datetime.now(UTC).isoformat(timespec="seconds")  # as `rows_for` stamps a document it parses
        return under_id(
            template, ident, (ident, sha, f"article-{i}.txt", *template.doc[3:10], made, *template.doc[11:])
        )

    return renamed


def pages_by_tree(conn: Any, wal: Path) -> Counter[str]:
    """The pages of the write-ahead log (one step's, before its checkpoint) by the table or index they belong to
    (SQLite's `dbstat`; a page the step freed counts as `(free)`): which b-trees a batch rewrites."""
    data = wal.read_bytes()
    pages = {
        int.from_bytes(data[at : at + 4], "big") for at in range(32, len(data) - FRAME_HEADER, FRAME_HEADER + PAGE)
    }
    owner = dict(conn.execute("SELECT pageno, name FROM dbstat"))
    return Counter(owner.get(page, "(free)") for page in pages)


class StatementClock:
    """This thread's CPU time spent in the store connection's statements, by statement (its first words), while
    installed: wraps `StoreConnection.execute` and `executemany`, a call per statement or per table and group of
    documents, not per row, so the wrapper costs next to nothing. A statement is named by its first 44 characters."""

    def __init__(self) -> None:
        self.spent: defaultdict[str, float] = defaultdict(float)

    def __enter__(self) -> StatementClock:
        from allyscope.store.connection import StoreConnection

        self.originals = StoreConnection.execute, StoreConnection.executemany
        spent = self.spent

        def timed(method: Any) -> Any:
            def call(conn: Any, sql: str, *args: Any) -> Any:
                began = time.thread_time()
                try:
                    return method(conn, sql, *args)
                finally:
                    spent[" ".join(sql.split())[:44]] += time.thread_time() - began

            return call

        StoreConnection.execute = timed(self.originals[0])  # type: ignore[method-assign]
        StoreConnection.executemany = timed(self.originals[1])  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc: object) -> None:
        from allyscope.store.connection import StoreConnection

        StoreConnection.execute, StoreConnection.executemany = self.originals  # type: ignore[method-assign]


def run(
    count: int,
    path: str,
    db: Path,
    by_tree: dict[int, Counter[str]] | None = None,
    by_statement: dict[int, dict[str, float]] | None = None,
) -> list[tuple[int, float, float, int]]:
    """Write `count` articles in steps of STEP; per step: articles stored after it, wall s, CPU s, pages written.

    The pages a step writes are counted in the write-ahead log, checkpointed by hand after each step (and
    timed with it) instead of by SQLite's automatic checkpoint: the same work, and a count that no neighbour's
    load changes. `by_tree`, when given, receives the pages by b-tree of the steps ending at its keys (counted
    after the step's time is taken), and `by_statement` the CPU seconds of their statements (`StatementClock`)."""
    from allyscope.ingest import IngestReport, write_parsed
    from allyscope.store.database import Store

    renamed = renamer(ARTICLE)
    steps = []
    wal = Path(f"{db}-wal")
    with Store(db) as store:
        store.conn.execute("PRAGMA wal_autocheckpoint = 0")
        for first in range(0, count, STEP):
            batch = [renamed(i) for i in range(first, min(count, first + STEP))]
            clock = StatementClock()
            wall, cpu = time.perf_counter(), time.thread_time()
            with clock if by_statement is not None and first + len(batch) in by_statement else nullcontext():
                if path == "ingest":
                    report = IngestReport()
                    write_parsed(store, batch, report)
                    assert len(report.stored) == len(batch), report
                else:
                    assert all(store.add_many(batch))
            pages = wal.stat().st_size // (FRAME_HEADER + PAGE)
            wall, cpu = time.perf_counter() - wall, time.thread_time() - cpu
            done = first + len(batch)
            if by_tree is not None and done in by_tree:  # counted outside the step's time
                by_tree[done] = pages_by_tree(store.conn, wal)
            if by_statement is not None and done in by_statement:
                by_statement[done] = clock.spent
            since_wall, since_cpu = time.perf_counter(), time.thread_time()
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            wall += time.perf_counter() - since_wall
            cpu += time.thread_time() - since_cpu
            steps.append((done, wall, cpu, pages))
    return steps


def per_article(steps: list[tuple[int, float, float, int]], upto: int, width: int = 3) -> tuple[float, float, float]:
    """Best wall and best CPU ms per article, and pages written per article, over the `width` steps ending
    nearest `upto`."""
    ends = [s[0] for s in steps]
    last = min(range(len(steps)), key=lambda i: abs(ends[i] - upto))
    window = steps[max(0, last - width + 1) : last + 1]
    sizes = [(b - a) for a, b in zip([0, *ends], ends, strict=False)][max(0, last - width + 1) : last + 1]
    return (
        min(s[1] / n for s, n in zip(window, sizes, strict=True)) * 1000,
        min(s[2] / n for s, n in zip(window, sizes, strict=True)) * 1000,
        sum(s[3] for s in window) / sum(sizes),
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--path", choices=("ingest", "batches"), default="ingest")
    parser.add_argument("--keep", type=Path, help="write into this database (kept) instead of a temporary one")
    parser.add_argument(
        "--by-tree",
        action="store_true",
        help="also print the pages an article writes per table and index, near 200 and N",
    )
    args = parser.parse_args()
    if not ARTICLE.exists():
        sys.exit(f"{ARTICLE}: the reference article is missing")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.keep or Path(tmp) / "writer.db"
        start = time.perf_counter()
        ends = [min(args.docs, first + STEP) for first in range(0, args.docs, STEP)]
        near = {min(ends, key=lambda end: abs(end - upto)) for upto in (200, args.docs)}
        by_tree: dict[int, Counter[str]] | None = {end: Counter() for end in near} if args.by_tree else None
        by_statement: dict[int, dict[str, float]] | None = {end: {} for end in near} if args.by_tree else None
        steps = run(args.docs, args.path, db, by_tree, by_statement)
        took = time.perf_counter() - start
    small_wall, small_cpu, small_pages = per_article(steps, 200)
    big_wall, big_cpu, big_pages = per_article(steps, args.docs)
    print(f"writer ({args.path}), {args.docs} reference-size articles in steps of {STEP}: {took:.1f} s")
    print(
        f"  per article near 200 stored (best of 3 steps): {small_wall:.1f} ms wall, {small_cpu:.1f} ms CPU, "
        f"{small_pages:.0f} pages written"
    )
    for upto in (2000,) if args.docs > 2000 else ():  # the point between, in a run to 10,000
        wall, cpu, pages = per_article(steps, upto)
        print(
            f"  per article near {upto} stored (best of 3 steps): {wall:.1f} ms wall, {cpu:.1f} ms CPU, "
            f"{pages:.0f} pages written"
        )
    print(
        f"  per article near {args.docs} stored (best of 3 steps): {big_wall:.1f} ms wall, {big_cpu:.1f} ms CPU, "
        f"{big_pages:.0f} pages written"
        f"  — at {args.docs} / at 200: wall {big_wall / small_wall:.2f}x, CPU {big_cpu / small_cpu:.2f}x, "
        f"pages {big_pages / small_pages:.2f}x"
        f"  (target: about 1x; 10,000 at the larger rate: {big_wall * 10:.0f} s, target 50 s)"
    )

    if by_tree and by_statement:
        print_by_tree(by_tree, steps)
        print_by_tree(by_statement, steps, "ms CPU an article per statement (the step's checkpoint apart)", 1000.0)


def print_by_tree(
    by_tree: Mapping[int, Mapping[str, float]],
    steps: list[tuple[int, float, float, int]],
    what: str = "pages an article writes per table and index",
    scale: float = 1.0,
) -> None:
    """Pages an article writes per b-tree (or what else `by_tree` counts, times `scale`) in the first and the
    last step counted, largest growth first."""
    sizes = {end: end - start for start, end in zip([0, *(s[0] for s in steps)], (s[0] for s in steps), strict=False)}
    small, big = min(by_tree), max(by_tree)
    names = set(by_tree[small]) | set(by_tree[big])

    def each(end: int, name: str) -> float:
        return by_tree[end].get(name, 0) * scale / sizes[end]

    print(f"  {what}, step ending at {small} -> at {big} (largest growth first):")
    for name in sorted(names, key=lambda n: each(small, n) - each(big, n)):
        a, b = each(small, name), each(big, name)
        if max(a, b) >= 0.05:
            print(f"    {name:44s} {a:6.2f} -> {b:6.2f}")


if __name__ == "__main__":
    main()
