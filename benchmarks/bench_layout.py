"""Benchmark for issues 2 and 18: parse speed, ingest on one and two cores, the writer alone, store size, memory.

Run: python benchmarks/bench_layout.py [--docs 200] [--compiled]     (--docs 10000: the full-size measurement;
--parse-only: the parse figures alone, each stage's CPU time included; --ingest-only: only the ingest of
reference-size articles, with the CPU time it took in the workers and in the ingesting process)
Prints one line per figure, and every time as a ratio to the bare reference pipeline
(../shared/bench/bare_pipeline.py) measured in the same run, because this shared machine's absolute times
swing twofold between runs. `--docs N` sets how many varied documents and how many reference-size articles are
ingested, and how many articles the writer alone writes (its time per article is printed at 200 and at N).
With --compiled, the hot modules are first compiled with mypyc (as
`ALLYSCOPE_COMPILE=1 pip install .` does) into a temporary copy, and the figures are those of that build.
Documents for the ingest run are made here: the reference article and the layout test documents, each varied
(paragraphs shuffled, a serial line added) so that every one is new content.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import bare

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT.parent / "shared" / "corpus" / "000_c16b8f8118fbe296.txt"
LAYOUTS = ROOT / "tests" / "layouts"


def spread(times: list[float]) -> str:
    """Best and median in ms: on a shared machine the best run is what the code costs, the median what the
    neighbours left of it."""
    return f"{min(times) * 1000:.1f} ms (median {statistics.median(times) * 1000:.1f})"


def timed(func, repeat: int, clock=time.perf_counter) -> list[float]:  # type: ignore[no-untyped-def]
    """Times of `repeat` calls after one warm-up; `clock=time.thread_time` gives the CPU time of this thread
    (what the code costs, without the turns other processes take on a loaded machine)."""
    func()
    out = []
    for _ in range(repeat):
        start = clock()
        func()
        out.append(clock() - start)
    return out


def cpu_line(label: str, func, repeat: int, bare_cpu_ms: float | None, target: str) -> str:  # type: ignore[no-untyped-def]
    """One figure as CPU time of this thread, best of `repeat`, and its ratio to the bare pipeline's CPU time."""
    best = min(timed(func, repeat, time.thread_time)) * 1000
    ratio = bare.ratio(best, bare_cpu_ms)
    return f"{label}, CPU time (best of {repeat}): {best:.1f} ms; {ratio}'s CPU time  ({target})"


def stage_cpu(doc, bare_cpu_ms: float | None) -> None:  # type: ignore[no-untyped-def]
    """Each parse stage alone, as CPU time of this thread (best of 50) and its ratio to the bare pipeline's."""
    from allyscope.pipeline import STAGES

    for stage in STAGES:
        given = doc
        best = min(timed(lambda: stage(given), 50, time.thread_time)) * 1000  # noqa: B023 (called here, now)
        print(f"  stage {stage.__name__}, CPU time (best of 50): {best:.2f} ms; {bare.ratio(best, bare_cpu_ms)}")
        doc = stage(given)


def notes_by_shape(linked) -> str:  # type: ignore[no-untyped-def]
    """How many of the article's notes the exact shapes read and how many went to the CRF labeller."""
    from allyscope.references import labeller
    from allyscope.references.registry import clear_readings, resolve_references

    clear_readings()  # notes read by an earlier parse are not read again: forget them, to count their readers
    calls: list[str] = []
    model = labeller.model_segments
    labeller.model_segments = lambda text, context=None: calls.append(text) or model(text, context)  # type: ignore[assignment]
    try:
        resolve_references(linked)
    finally:
        labeller.model_segments = model  # type: ignore[assignment]
    rest = "the rest: exact shapes, repeats, Ibid."
    return f"notes: {len(linked.footnotes)}, of which {len(calls)} went to the CRF labeller ({rest})"


def make_documents(folder: Path, count: int) -> int:
    rng = random.Random(7)
    sources = [p.read_text("utf-8") for p in sorted(LAYOUTS.glob("*.txt"))]
    if ARTICLE.exists():
        sources += [ARTICLE.read_text("utf-8")] * 3
    total = 0
    for i in range(count):
        text = rng.choice(sources)
        parts = text.split("\n\n")
        head, rest = parts[:3], parts[3:]
        if len(rest) > 4:
            a = rng.randrange(len(rest) - 2)
            rest[a], rest[a + 1] = rest[a + 1], rest[a]
        body = "\n\n".join([*head, *rest]) + f"\n\n（编号 {i}）\n"
        path = folder / f"doc{i:05d}.txt"
        path.write_text(body, "utf-8")
        total += path.stat().st_size
    return total


def compiled_copy(folder: Path) -> Path:
    """A copy of the package with its hot modules compiled by mypyc; returns the folder to put on sys.path."""
    import os

    target = folder / "build"
    shutil.copytree(ROOT / "allyscope", target / "allyscope")
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, target / name)
    env = {**os.environ, "ALLYSCOPE_COMPILE": "1"}
    subprocess.run(
        [sys.executable, "setup.py", "build_ext", "--inplace"], cwd=target, env=env, check=True, capture_output=True
    )
    return target


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--compiled", action="store_true", help="measure the mypyc-compiled build")
    parser.add_argument("--articles", type=int, help="reference-size articles to extract and store (default --docs)")
    parser.add_argument("--writer-only", action="store_true", help="only the writer alone on prepared rows")
    parser.add_argument("--parse-only", action="store_true", help="only the parse figures of the reference article")
    parser.add_argument("--ingest-only", action="store_true", help="only the ingest of reference-size articles")
    args = parser.parse_args()
    if args.articles is None:
        args.articles = args.docs
    if args.writer_only:
        with tempfile.TemporaryDirectory() as tmp:
            print(bare.load())
            writer_alone(ARTICLE, args.articles, Path(tmp) / "writer.db", None, args.articles)
        return
    if args.ingest_only:
        with tempfile.TemporaryDirectory() as tmp:
            print(bare.load())
            bare.pipeline_cpu_ms(5)  # its automaton built here, inherited by its workers, as in the full run
            articles_ingest(Path(tmp), args.articles)
        return
    if args.compiled:
        import os

        with tempfile.TemporaryDirectory() as tmp:
            path = compiled_copy(Path(tmp))
            env = {**os.environ, "PYTHONPATH": str(path), "ALLYSCOPE_BENCH_COMPILED": "1"}
            command = [sys.executable, __file__, "--docs", str(args.docs), "--articles", str(args.articles)]
            subprocess.run(command, env=env, check=True)
        return
    import allyscope.layout.repair as compiled_check
    from allyscope.pipeline import run
    from allyscope.reading import read

    build = "compiled (mypyc)" if compiled_check.__file__.endswith(".so") else "pure Python"
    print(f"build: {build}; {bare.load()}")
    bare_ms = bare.pipeline_ms(50)
    bare_cpu_ms = bare.pipeline_cpu_ms(50)
    if bare_ms:
        print(f"bare pipeline on the reference article (best of 50): {bare_ms:.2f} ms; CPU time {bare_cpu_ms:.2f} ms")

    if ARTICLE.exists():
        doc = read(ARTICLE)
        parse_times = timed(lambda: run(doc), 50)
        read_times = timed(lambda: read(ARTICLE), 50)
        print(
            f"parse reference article, all stages (best of 50): {spread(parse_times)}; "
            f"{bare.ratio(min(parse_times) * 1000, bare_ms)}  (target 4x)"
        )
        print(cpu_line("  the same", lambda: run(doc), 50, bare_cpu_ms, "target 4x"))
        from allyscope.references.registry import clear_readings

        def first_reading():  # type: ignore[no-untyped-def]
            clear_readings()
            return run(doc)

        print(cpu_line("  the same, notes read as new", first_reading, 50, bare_cpu_ms, "no note met before"))
        from allyscope.pipeline import STAGES
        from allyscope.references import resolve_references

        layout_times = timed(lambda: run(doc, STAGES[:3]), 50)
        print(f"  of which layout, structure, note links: {spread(layout_times)}")
        linked = run(doc, STAGES[:3])
        ref_times = timed(lambda: resolve_references(linked), 50)
        print(f"  of which references (all {len(linked.footnotes)} notes): {spread(ref_times)}")
        stage_cpu(doc, bare_cpu_ms)
        print(f"  {notes_by_shape(linked)}")
        if args.parse_only:
            return
        from allyscope.events import extract_events

        parsed = run(doc)
        event_times = timed(lambda: extract_events(parsed), 30)
        print(f"events of the reference article (dates and entities found too; best of 30): {spread(event_times)}")
        extraction_stages(parsed, bare_cpu_ms)
        from allyscope.extraction import extract_json

        extract_times = timed(lambda: extract_json(ARTICLE), 30)
        print(
            f"extract (read, parse, entities, events, as `allyscope extract` does; best of 30): {spread(extract_times)}"
            f"; {bare.ratio(min(extract_times) * 1000, bare_ms)}  (target 7x)"
        )
        print(cpu_line("  the same", lambda: extract_json(ARTICLE), 30, bare_cpu_ms, "target 7x"))
        print(f"read reference article (best of 50): {spread(read_times)}")
    command = [sys.executable, "-m", "allyscope.cli", "--help"]
    starts = timed(lambda: subprocess.run(command, check=True, capture_output=True), 5)
    print(f"command start-up, python -m allyscope.cli --help (median of 5): {statistics.median(starts) * 1000:.0f} ms")
    from allyscope.ingest import ingest_files

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        size = make_documents(folder, args.docs)
        files = sorted(folder.glob("doc*.txt"))
        rates = {}
        for jobs in (1, 2):
            db = folder / f"kb{jobs}.db"
            start = time.perf_counter()
            report = ingest_files(files, db, jobs=jobs)
            elapsed = time.perf_counter() - start
            assert not report.failed and len(report.stored) == len(files), report.failed[:3]
            rates[jobs] = size / elapsed / 1e6
            print(
                f"ingest {len(files)} documents ({size / 1e6:.1f} MB) on {jobs} core(s): "
                f"{elapsed:.2f} s, {rates[jobs]:.2f} MB/s"
            )
        print(f"two cores / one core: {rates[2] / rates[1]:.2f}x")
        store_floor(files, folder / "floor-varied.db")
        if ARTICLE.exists() and args.articles:
            paths, bare_s = articles_ingest(folder, args.articles)
            size = sum(p.stat().st_size for p in paths)
            db = folder / "articles2.db"
            import sqlite3

            with sqlite3.connect(db) as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            print(
                f"store size: {db.stat().st_size / 1e6:.1f} MB for {size / 1e6:.1f} MB of input: "
                f"{db.stat().st_size / size:.2f}x the input  (target 4x)"
            )
            own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(f"peak RSS: this process {own:.0f} MB, largest worker {workers:.0f} MB")
            writer_alone(paths[0], args.articles, folder / "writer.db", bare_s, args.articles)


def cpu_now() -> tuple[float, float]:
    """CPU seconds so far of this process and of its children that have ended (a pool's workers, once shut down)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def articles_ingest(folder: Path, count: int) -> tuple[list[Path], float | None]:
    """Reference-size articles extracted and stored on one and two workers, against the bare two-worker ingest.

    Wall clock under load says little (other processes take the cores' turns), so the CPU time each ingest took is
    printed too, per article: in the workers (children of this process, counted once the pool has shut down) and
    in the ingesting process (unpickling, spooling, writing), with the ratio of the totals to the bare ingest's."""
    from allyscope.ingest import ingest_files

    articles = folder / "articles"
    articles.mkdir()
    base = ARTICLE.read_text("utf-8")
    for i in range(count):
        (articles / f"a{i:05d}.txt").write_text(base + f"\n（编号 {i}）\n", "utf-8")
    paths = sorted(articles.glob("*.txt"))
    bare_module = bare.module()
    bare_s = bare_cpu = None
    if bare_module is not None:
        names = [str(p) for p in paths]
        runs = []
        for _ in (1, 2):
            before = cpu_now()
            took = bare_module.bare_ingest(names, str(folder / "bare.db"), 2)
            after = cpu_now()
            runs.append((took, (after[0] - before[0]) / count, (after[1] - before[1]) / count))
        bare_s = min(r[0] for r in runs)
        bare_cpu = min(runs, key=lambda r: r[1] + r[2])
        print(
            f"bare two-worker ingest of {count} articles: {bare_s:.1f} s; CPU per article: workers "
            f"{bare_cpu[2] * 1000:.1f} ms, ingesting process {bare_cpu[1] * 1000:.1f} ms"
        )
    took: dict[int, float] = {}
    for jobs in (1, 2):
        db = folder / f"articles{jobs}.db"
        before = cpu_now()
        start = time.perf_counter()
        report = ingest_files(paths, db, jobs=jobs)
        took[jobs] = time.perf_counter() - start
        after = cpu_now()
        assert len(report.stored) == count
        own, workers = (after[0] - before[0]) / count, (after[1] - before[1]) / count
        print(
            f"extract and store {count} articles of the reference size on {jobs} worker(s): "
            f"{took[jobs]:.1f} s (10,000 at this rate: {took[jobs] / count * 10000:.0f} s)"
            + (f"; {took[jobs] / bare_s:.2f}x the bare two-worker ingest" if bare_s else "")
            + ("  (target 6x)" if jobs == 2 else "")
        )
        ratio = f"; {(own + workers) / sum(bare_cpu[1:]):.2f}x the bare ingest's" if bare_cpu and jobs == 2 else ""
        print(f"  CPU per article: workers {workers * 1000:.1f} ms, ingesting process {own * 1000:.1f} ms{ratio}")
    print(f"two workers / one: {took[1] / took[2]:.2f}x  (target 1.7x)")
    return paths, bare_s


def extraction_stages(parsed, bare_cpu_ms: float | None) -> None:  # type: ignore[no-untyped-def]
    """Each extraction stage alone on the parsed reference article, as CPU time and its ratio to the bare
    pipeline: what each adds to `extract` over `parse`. The events stage keeps the cues of sentences it has read
    (an LRU cache), which a repeated article always finds: it is also timed with them emptied, as a new
    document meets it."""
    from allyscope import events_domain
    from allyscope.pipeline import EXTRACTION_STAGES

    staged = parsed
    for stage in EXTRACTION_STAGES:
        given = staged
        name = stage.__name__.strip("_")
        print(cpu_line(f"  {name} stage alone", lambda s=stage, d=given: s(d), 30, bare_cpu_ms, "part of extract"))
        staged = stage(given)

    def events_new(stage=EXTRACTION_STAGES[-1], given=given):  # type: ignore[no-untyped-def]
        events_domain.clear_cue_caches()
        return stage(given)

    print(cpu_line("  events stage alone, cue caches emptied", events_new, 30, bare_cpu_ms, "part of extract"))


def writer_alone(article: Path, count: int, db: Path, bare_s: float | None, bare_docs: int) -> None:
    """The writer alone on prepared rows, in batches of 100 documents a transaction (all or nothing each).

    One article is parsed once; each batch is made from it with new ids (not timed), so memory stays flat
    at any count. Time per article is printed over the first 200 and over all `count`: a writer whose
    indexes grow must not slow down per article."""
    from bench_writer import under_id  # one renaming of prepared rows for both writer benchmarks

    from allyscope.pipeline import extract_file
    from allyscope.store.database import DocumentRows, Store, rows_for

    template = rows_for(extract_file(article))

    def renamed(i: int) -> DocumentRows:
        ident = f"{i:012x}"
        return under_id(template, ident, (ident, f"{i:064x}", *template.doc[2:]))

    size = article.stat().st_size
    spent = 0.0
    at_200 = None
    with Store(db) as store:
        for first in range(0, count, 100):
            batch = [renamed(i) for i in range(first, min(count, first + 100))]
            start = time.perf_counter()
            store.add_many(batch)
            spent += time.perf_counter() - start
            if first + len(batch) == min(200, count):
                at_200 = spent / min(200, count)
    per = spent / count
    print(
        f"writer alone, {count} reference-size articles in batches of 100: {per * 1000:.1f} ms each "
        f"(first {min(200, count)}: {(at_200 or per) * 1000:.1f} ms each); 10,000 at this rate: {per * 10000:.0f} s"
        f", {size * count / spent / 1e6:.2f} MB/s  (target 50 s)"
        + (f"; {per * bare_docs / bare_s:.2f}x the bare two-worker ingest per article" if bare_s else "")
    )


def store_floor(files: list[Path], db: Path) -> None:
    """The writer alone: rows made beforehand (not timed), then written and committed as ingest does.

    SQLite has one writer, so this is a floor under any ingest, however fast and however many the parsers."""
    from allyscope.pipeline import extract_file
    from allyscope.store.database import Store, rows_for

    prepared = [rows_for(extract_file(f)) for f in files]
    size = sum(f.stat().st_size for f in files)
    for label, batch, path in (
        ("store alone", prepared, db),
        ("  the same without the search index", [replace(rows, search=[]) for rows in prepared], db.with_suffix(".x")),
    ):
        with Store(path) as store:
            start = time.perf_counter()
            store.conn.execute("BEGIN IMMEDIATE")
            store.write(batch)
            written = time.perf_counter()
            store.conn.execute("COMMIT")
            done = time.perf_counter()
        per = (done - start) / len(batch)
        print(
            f"{label}, {len(batch)} documents ({size / 1e6:.1f} MB) written in one transaction: "
            f"{per * 1000:.1f} ms each (commit {(done - written) / len(batch) * 1000:.1f} of it), "
            f"{size / (done - start) / 1e6:.2f} MB/s; 10,000 at this rate: {per * 10000:.0f} s"
        )


if __name__ == "__main__":
    main()
