"""Benchmark for issue 18: is the writer's cost per article flat as the store grows?

Run: python benchmarks/bench_writer.py [--docs 2000] [--path ingest|batches] [--keep DB]
(`--docs 10000` prints the steps near 200, near 2,000 and near 10,000.)

The reference article is extracted once; each document written is that article's rows under a new id (ids
drawn like real ones, from a hash, so every index of the store receives them at random places, as it would
from real documents). They are written in steps of 100 articles (rows made beforehand, not timed), either as
`ingest` writes them (`--path ingest`, the default: `write_parsed`, short transactions with a pause between
them so other writers get in) or as one `Store.add_many` transaction per step (`--path batches`).

Printed: the time per article (wall clock and this thread's CPU time, which on a loaded machine is what the
code costs) of the steps around 200 articles and of the last steps before N, each the best of those steps;
the ratio of the two is the figure that must stay near 1 (issue 18: no slower per article at 10,000 than at
200). The writer alone has nothing to do with the bare pipeline's work, so its figures are absolute.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from allyscope.store.database import DocumentRows

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT.parent / "shared" / "corpus" / "000_c16b8f8118fbe296.txt"
STEP = 100
PAGE, FRAME_HEADER = 4096, 24  # SQLite's default page size; each page in the write-ahead log has a header


def under_id(template: DocumentRows, ident: str, doc: tuple[object, ...]) -> DocumentRows:
    """The rows of `template` as those of document `ident` whose own row is `doc`: every row that names the
    document (or an event id made from its id) names `ident` instead."""
    old = template.id

    def swap(rows: list[tuple[object, ...]], at: int) -> list[tuple[object, ...]]:
        return [(*r[:at], ident, *r[at + 1 :]) for r in rows]

    return replace(
        template,
        doc=doc,
        spans=swap(template.spans, 0),
        footnotes=swap(template.footnotes, 0),
        markers=swap(template.markers, 0),
        mentions=swap(template.mentions, 1),
        events=[(str(e[0]).replace(old, ident), ident, *e[2:]) for e in template.events],
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
        return under_id(template, ident, (ident, sha, f"article-{i}.txt", *template.doc[3:]))

    return renamed


def run(count: int, path: str, db: Path) -> list[tuple[int, float, float, int]]:
    """Write `count` articles in steps of STEP; per step: articles stored after it, wall s, CPU s, pages written.

    The pages a step writes are counted in the write-ahead log, checkpointed by hand after each step (and
    timed with it) instead of by SQLite's automatic checkpoint: the same work, and a count that no neighbour's
    load changes."""
    from allyscope.ingest import IngestReport, write_parsed
    from allyscope.store.database import Store

    renamed = renamer(ARTICLE)
    steps = []
    wal = Path(f"{db}-wal")
    with Store(db) as store:
        store.conn.execute("PRAGMA wal_autocheckpoint = 0")
        for first in range(0, count, STEP):
            batch = [renamed(i) for i in range(first, min(count, first + STEP))]
            wall, cpu = time.perf_counter(), time.thread_time()
            if path == "ingest":
                report = IngestReport()
                write_parsed(store, batch, report)
                assert len(report.stored) == len(batch), report
            else:
                assert all(store.add_many(batch))
            pages = wal.stat().st_size // (FRAME_HEADER + PAGE)
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            steps.append((first + len(batch), time.perf_counter() - wall, time.thread_time() - cpu, pages))
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
    args = parser.parse_args()
    if not ARTICLE.exists():
        sys.exit(f"{ARTICLE}: the reference article is missing")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.keep or Path(tmp) / "writer.db"
        start = time.perf_counter()
        steps = run(args.docs, args.path, db)
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


if __name__ == "__main__":
    main()
