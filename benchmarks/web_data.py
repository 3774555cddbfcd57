"""The web desk's big database, built in minutes: documents, facts with their evidence, actors and search entries.

    python benchmarks/bench_web.py --build DB [--facts 1000000] [--docs 10000]

Documents are renamed copies of the reference article (each its own content hash, so its own candidate keys),
written through the store's own batch writer (`Store.write`: one `executemany` per table, the pair index
included). Facts are bench_knowledge's generated facts (`fact_rows`: the same dates, domains, types and actors),
each given one or two evidence sentences: sentences of the article's extracted events, in a random copy, with
the notes their markers cite, as a review decision records them. Each fact gets its search entry as
`knowledge.facts.index_fact` writes it (summary, every name of its actors, its evidence).

What makes it fast, and why the result is the database the writers make:
- one connection, no journal, no fsync, a large page cache, foreign keys unchecked (the rows are consistent by
  construction); the journal mode is set back to WAL at the end;
- the loaded tables' secondary indexes are dropped first and built once at the end (as the scale loader's bulk
  path does), and so are the timeline triggers: `timeline_years` and `timeline_actors` are then filled by one
  `INSERT … SELECT` each, the triggers' own statements over all facts at once (tests check the two agree).
"""

from __future__ import annotations

import random
import sqlite3
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bench_knowledge import fact_rows

from allyscope.store import Store
from allyscope.store.database import DocumentRows, rows_for

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT.parent / "shared" / "corpus" / "000_c16b8f8118fbe296.txt"
LOADED = ("spans", "footnotes", "markers", "entity_mentions", "events", "event_actors", "search_entries", "facts",
          "fact_actors", "fact_evidence", "timeline_years", "timeline_actors")  # fmt: skip
BATCH_DOCS = 200
BATCH_FACTS = 50_000

# The timeline rows of every fact at once: the statements of the triggers of migrations 0009 and 0011
# (`facts_timeline_insert`, `fact_actors_timeline_insert`) with NEW.* read from each fact.
_ACTORS_OF = (
    "char(31) || coalesce((SELECT group_concat(entity_id || char(31), '') FROM (SELECT DISTINCT entity_id "
    "FROM fact_actors WHERE fact_num = f.num)), '')"
)
_FIRST = "max(1900, min(2100, CAST(substr(f.date_start, 1, 4) AS INTEGER)))"
_LAST = "max(1900, min(2100, CAST(substr(f.date_end, 1, 4) AS INTEGER)))"
TIMELINE_FILL = (
    f"INSERT INTO timeline_years (year, date_start, num, date_end, domain, type, actors) "
    f"SELECT {_FIRST} + y.key, f.date_start, f.num, f.date_end, f.domain, f.type, {_ACTORS_OF} "
    f"FROM facts f, json_each('[' || replace(hex(zeroblob({_LAST} - {_FIRST})), '00', '0,') || '0]') y "
    f"WHERE CAST(substr(f.date_end, 1, 4) AS INTEGER) <= 2100",
    f"INSERT INTO timeline_years (year, date_start, num, date_end, domain, type, actors) "
    f"SELECT 9999, f.date_start, f.num, f.date_end, f.domain, f.type, {_ACTORS_OF} "
    f"FROM facts f WHERE CAST(substr(f.date_end, 1, 4) AS INTEGER) > 2100",
    "INSERT OR IGNORE INTO timeline_actors (entity_id, date_start, num, domain, type) "
    "SELECT a.entity_id, f.date_start, f.num, f.domain, f.type FROM fact_actors a JOIN facts f ON f.num = a.fact_num",
)


@dataclass(frozen=True)
class Sentence:
    """An event's sentence of the template article: where it is, its text, its candidate key after the
    document's hash prefix, and the notes its markers cite."""

    start: int
    end: int
    text: str
    key: str
    notes: str  # JSON list of footnote ids


def template() -> tuple[DocumentRows, list[Sentence]]:
    """The reference article's rows, and the sentences of its events."""
    import json

    from allyscope.pipeline import extract_file

    rows = rows_for(extract_file(ARTICLE))
    text = str(rows.doc[7])
    markers = [(int(m[2]), int(m[3]), json.loads(str(m[6]))) for m in rows.markers]
    sentences: dict[tuple[int, int], Sentence] = {}
    for event in rows.events:
        start, end = int(event[10]), int(event[11])
        notes = [n for ms, me, ids in markers if start <= ms and me <= end for n in ids]
        key = str(event[14]).partition(":")[2]
        sentences.setdefault((start, end), Sentence(start, end, text[start:end], key, json.dumps(notes)))
    return rows, list(sentences.values())


def renamed(rows: DocumentRows, i: int) -> DocumentRows:
    """Copy `i` of the template: its own id and content hash, its events' ids and candidate keys with them."""
    ident, sha = f"{i:012x}", f"{i:016x}{0:048x}"  # the first 16 digits (the candidate keys' prefix) its own
    old, old_prefix = rows.id, str(rows.doc[1])[:16]

    def swap(table: list[tuple[Any, ...]], at: int) -> list[tuple[Any, ...]]:
        return [(*r[:at], ident, *r[at + 1 :]) for r in table]

    return replace(
        rows,
        doc=(ident, sha, *rows.doc[2:]),
        spans=swap(rows.spans, 0),
        footnotes=swap(rows.footnotes, 0),
        markers=swap(rows.markers, 0),
        mentions=swap(rows.mentions, 1),
        events=[
            (str(e[0]).replace(old, ident), ident, *e[2:14], str(e[14]).replace(old_prefix, sha[:16], 1))
            for e in rows.events
        ],
        event_actors=[(str(a[0]).replace(old, ident), *a[1:]) for a in rows.event_actors],
        search=[(ident, *entry[1:]) for entry in rows.search],  # type: ignore[misc]
    )


def _prepare(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """Bulk settings; drops the loaded tables' secondary indexes and the timeline triggers, returns them as
    (type, table, SQL)."""
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -524288")
    conn.execute("PRAGMA temp_store = MEMORY")
    marks = ",".join("?" * len(LOADED))
    found = conn.execute(
        f"SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ((type = 'index' "
        f"AND tbl_name IN ({marks})) OR (type = 'trigger' AND name LIKE '%timeline%')) ORDER BY rowid",
        LOADED,
    ).fetchall()
    for kind, name, _, _ in found:
        conn.execute(f'DROP {kind.upper()} "{name}"')
    return [(kind, table, sql) for kind, _, table, sql in found]


class Names:
    """Every name of a set of actors, as `index_fact` writes them (asked once per set)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.kept: dict[tuple[str, ...], str] = {}
        self.kept_pairs: dict[str, str] = {}

    def __call__(self, ids: tuple[str, ...]) -> str:
        from allyscope.knowledge.facts import _names

        found = self.kept.get(ids)
        if found is None:
            found = self.kept[ids] = _names(ids, self.conn)
        return found

    def pairs(self, text: str) -> str:
        """`bigrams(text)`, kept: names and evidence sentences repeat over the facts."""
        from allyscope.store.search import bigrams

        found = self.kept_pairs.get(text)
        if found is None:
            found = self.kept_pairs[text] = bigrams(text)
        return found


def add_documents(store: Store, rows: DocumentRows, count: int, say: Any) -> None:
    conn = store.conn
    for first in range(0, count, BATCH_DOCS):
        conn.execute("BEGIN")
        store.write([renamed(rows, i) for i in range(first, min(count, first + BATCH_DOCS))])
        conn.execute("COMMIT")
        if (first // BATCH_DOCS) % 10 == 9:
            say(f"  {first + BATCH_DOCS:,} documents")


def add_facts(store: Store, sentences: list[Sentence], facts: int, docs: int, say: Any) -> None:
    """Facts 1..`facts` with their actors, evidence (one sentence, a quarter of them two) and search entries."""
    from allyscope.store.search import bigrams

    conn = store.conn
    rng = random.Random(7)  # bench_knowledge's seed: the same facts as its database
    draws = random.Random(17)  # evidence drawn apart, so the facts stay bench_knowledge's
    names = Names(conn)
    sha_of = [f"{i:016x}" for i in range(docs)]
    rows: dict[str, list[tuple[Any, ...]]] = {k: [] for k in ("facts", "actors", "evidence", "tri", "bi")}
    sqls = {
        "facts": "INSERT INTO facts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        "actors": "INSERT INTO fact_actors VALUES (?,?,?)",
        "evidence": "INSERT INTO fact_evidence VALUES (?,?,?,?,?,?,?,?)",
        "tri": "INSERT INTO fact_search_trigram (rowid, text) VALUES (?, ?)",
        "bi": "INSERT INTO fact_search_bigram (rowid, grams) VALUES (?, ?)",
    }

    for table in ("fact_search_trigram", "fact_search_bigram"):  # fewer, larger segments while loading
        conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('hashsize', ?)", (64 * 1024 * 1024,))

    def flush() -> None:
        conn.execute("BEGIN")
        for name, table in rows.items():
            conn.executemany(sqls[name], table)
            table.clear()
        conn.execute("COMMIT")

    for num in range(1, facts + 1):
        fact, actors = fact_rows(rng, num)
        rows["facts"].append(fact)
        rows["actors"].extend(actors)
        said = [str(fact[12]), names(tuple(a[1] for a in actors))]
        pairs = [bigrams(said[0]), names.pairs(said[1])]
        for _ in range(1 if draws.random() < 0.75 else 2):
            doc = draws.randrange(docs)
            s = draws.choice(sentences)
            candidate = f"{sha_of[doc]}:{s.key}"
            if any(e[0] == num and e[2] == candidate for e in rows["evidence"][-1:]):
                continue
            rows["evidence"].append((num, f"{doc:012x}", candidate, s.start, s.end, s.text, s.notes, 0))
            said.append(s.text)
            pairs.append(names.pairs(s.text))
        rows["tri"].append((num, " ".join(said)))
        # a space ends every run `bigrams` cuts, so the pairs of the parts joined are the pairs of the whole
        rows["bi"].append((num, " ".join(p for p in pairs if p)))
        if len(rows["facts"]) >= BATCH_FACTS:
            flush()
            say(f"  {num:,} facts")
    flush()
    for table in ("fact_search_trigram", "fact_search_bigram"):  # back to FTS5's default (1 MiB) for writers
        conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('hashsize', ?)", (1024 * 1024,))


def build(path: Path, facts: int, docs: int, say: Any = print) -> None:
    """Make the database at `path` (which must not exist yet)."""
    if path.exists():
        raise SystemExit(f"{path} exists already: give a new path to build, or pass it as --db to measure")
    started = time.perf_counter()
    with Store(path) as store:  # schema and migrations as any store has them
        conn = store.conn
        rows, sentences = template()
        later = _prepare(conn)
        add_documents(store, rows, docs, say)
        say(f"{docs:,} documents in {time.perf_counter() - started:.0f} s")
        add_facts(store, sentences, facts, docs, say)
        say(f"{facts:,} facts in {time.perf_counter() - started:.0f} s")
        timeline = [sql for kind, table, sql in later if kind == "trigger" or table.startswith("timeline_")]
        for _, _, sql in later:  # the other tables' indexes first: the timeline rows read fact_actors by fact
            if sql not in timeline:
                conn.execute(sql)
        conn.execute("BEGIN")
        for sql in TIMELINE_FILL:
            conn.execute(sql)
        conn.execute("COMMIT")
        say(f"timeline rows in {time.perf_counter() - started:.0f} s")
        for sql in timeline:  # their indexes, then the triggers
            conn.execute(sql)
        say(f"indexes in {time.perf_counter() - started:.0f} s")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA journal_mode = WAL")
    say(f"built {path}: {facts:,} facts, {docs:,} documents in {time.perf_counter() - started:.0f} s")
