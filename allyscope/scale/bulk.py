"""The bulk path of the loader: a batch's Arrow columns into a store's tables, no Python row objects in between.

The row path (`Store.add_many` on `DocumentRows` rebuilt from the partitions) spends most of its time making
and unmaking Python tuples. Here each table of a batch is read as an Arrow table, checked against the manifest,
cut down to the documents the store does not hold yet (the same content is stored once, as `Store.write`
decides it: by SHA-256, the first of a batch winning), and written whole:

- into SQLite, by one `executemany` per table fed from the table's column lists, the search entries numbered
  on from the largest id and their pairs put into the FTS5 index; into a store with no documents yet, the
  secondary indexes of the loaded tables are dropped first and built again by `finish`, once, after the load;
- into PostgreSQL, by `COPY … FROM STDIN (FORMAT csv)` of the CSV that pyarrow writes from the columns (bytea
  columns as hex); search entries go straight in, their pairs turned into tsvector input text by Arrow's
  string kernels (`tsvector_text`); entities (kept once, `ON CONFLICT DO NOTHING`) go through a temporary
  staging table and one `INSERT … SELECT`; into a store with
  no documents yet, the secondary indexes (the pairs' GIN index among them) are likewise built after the load.

Rows keep the order the parser made them and go in table by table as `Store.write` writes them, so the store
is the one the local ingest gives, row for row (tests/test_scale_parquet.py, tests/test_postgres.py). Review
decisions are replayed on the new documents by `finish`, as `Store.add_many` does. Of a text in a batch twice
(two files of the same content), the first copy is stored and the second reported present, as the local
ingest does.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from allyscope.scale import ScaleError, require
from allyscope.scale.parquet import TABLES, Table, checked_table
from allyscope.store.database import DOCUMENT_INSERT, Store
from allyscope.store.dialect import is_postgres

Loaded = list[tuple[str, str, bool]]  # per document of a batch: id, source, stored now (False: present already)

_SQLITE_INSERT = {
    "documents": DOCUMENT_INSERT,
    "spans": "INSERT INTO spans VALUES (?,?,?,?,?,?,?)",
    "footnotes": "INSERT INTO footnotes VALUES (?,?,?,?,?,?,?,?,?,?,?)",
    "markers": "INSERT INTO markers VALUES (?,?,?,?,?,?,?)",
    "entities": "INSERT OR IGNORE INTO entities VALUES (?,?,?,?,?)",
    "entity_mentions": "INSERT INTO entity_mentions VALUES (?,?,?,?,?)",
    "events": "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "event_actors": "INSERT INTO event_actors VALUES (?,?,?)",
}
_CHUNK = 500  # parameters per `IN (...)` question
_INDEX_MEMORY = "256MB"  # PostgreSQL's memory for building the loaded tables' indexes (taken only as needed)


def read_tables(outdir: Path, entry: dict[str, Any]) -> dict[str, Any]:
    """The Arrow tables of one manifest entry, by table name; refuses a file whose bytes are not those the
    manifest recorded, whose columns or row count differ, or that holds rows of a document the entry lacks."""
    pa = require("pyarrow")
    pc = require("pyarrow.compute")
    listed = pa.array(entry["documents"], pa.string())
    out: dict[str, Any] = {}
    for table in TABLES:
        arrow = checked_table(outdir, entry, table)
        path = outdir / entry["files"][table.name]["path"]
        docs = arrow.column(table.doc_column)
        if arrow.num_rows and not pc.all(pc.is_in(docs, value_set=listed)).as_py():
            raise ScaleError(f"{path}: rows of a document that the manifest does not list in this batch")
        out[table.name] = arrow
    missing = set(entry["documents"]) - set(out["documents"].column("id").to_pylist())
    if missing:
        raise ScaleError(f"{outdir / entry['files']['documents']['path']}: document {sorted(missing)[0]} missing")
    return out


def _only(arrow: Any, table: Table, keep: list[str], every: int) -> Any:
    """`arrow` cut down to the rows of the documents in `keep` (all of it when every document is kept)."""
    if len(keep) == every:
        return arrow
    pa = require("pyarrow")
    pc = require("pyarrow.compute")
    return arrow.filter(pc.is_in(arrow.column(table.doc_column), value_set=pa.array(keep, pa.string())))


def _first_copies(tables: dict[str, Any], ids: list[str]) -> dict[str, Any]:
    """The tables with only the first copy's rows of a document written twice in a batch (its text, hence its
    id, twice: two files of the same content). Rows are in document order, and copies of one text have as many
    rows each, so a copy's rows are the first share of that id's rows; a share that does not divide is refused."""
    pa = require("pyarrow")
    copies = {ident: ids.count(ident) for ident in set(ids)}
    out: dict[str, Any] = {}
    for table in TABLES:
        arrow = tables[table.name]
        column = arrow.column(table.doc_column).to_pylist()
        total = {ident: column.count(ident) for ident in copies if copies[ident] > 1}
        seen: dict[str, int] = {}
        mask = []
        for ident in column:
            if ident not in total:
                mask.append(True)
                continue
            share, rest = divmod(total[ident], copies[ident])
            if rest:
                raise ScaleError(f"{table.name}: document {ident} is in its batch twice, with unequal rows")
            seen[ident] = seen.get(ident, 0) + 1
            mask.append(seen[ident] <= share)
        out[table.name] = arrow.filter(pa.array(mask, pa.bool_()))
    return out


def _stored(conn: Any, hashes: list[str]) -> set[str]:
    """Which of these content hashes the store holds."""
    found: set[str] = set()
    for i in range(0, len(hashes), _CHUNK):
        part = hashes[i : i + _CHUNK]
        sql = f"SELECT sha256 FROM documents WHERE sha256 IN ({','.join('?' * len(part))})"
        found.update(r[0] for r in conn.execute(sql, part))
    return found


class BulkWriter:
    """Writes batches' Arrow tables into an open store inside the caller's transaction; `finish` ends the load
    (indexes, replayed decisions). Per batch, per document: stored now or present already."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.new_ids: list[str] = []

    def read(self, outdir: Path, entry: dict[str, Any]) -> dict[str, Any]:
        """A batch's tables, checked (`read_tables`): may run in another thread while a batch is written."""
        return read_tables(outdir, entry)

    def load(self, outdir: Path, entry: dict[str, Any], tables: dict[str, Any] | None = None) -> Loaded:
        """Store one batch (its tables read now unless `tables` gives them, read ahead by `read`)."""
        if tables is None:
            tables = read_tables(outdir, entry)
        docs = tables["documents"]
        ids = [str(i) for i in docs.column("id").to_pylist()]
        sources = [str(s) for s in docs.column("source").to_pylist()]
        hashes = [str(h) for h in docs.column("sha256").to_pylist()]
        if len(set(ids)) != len(ids):
            tables = _first_copies(tables, ids)  # the same content twice in one batch: the first copy is stored
        present = _stored(self.store.conn, hashes)
        fresh = [h not in present and h not in hashes[:n] for n, h in enumerate(hashes)]
        keep = [i for i, new in zip(ids, fresh, strict=True) if new]
        if keep:
            self.write({t.name: _only(tables[t.name], t, keep, tables["documents"].num_rows) for t in TABLES})
            self.new_ids += keep
        return list(zip(ids, sources, fresh, strict=True))

    def write(self, tables: dict[str, Any]) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        """After the last batch, inside the load's transaction: replay review decisions on the new documents."""
        self.store.replay(self.new_ids)


def _columns(arrow: Any, table: Table) -> list[list[Any]]:
    columns = [col.to_pylist() for col in arrow.columns]
    return columns[1:] if table.doc_prepended else columns


class SQLiteBulk(BulkWriter):
    """The bulk path into an SQLite store (the loader's scratch copy; see `allyscope.scale.loader.SQLiteLoad`)."""

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        conn = store.conn
        self.indexes: list[tuple[str, str]] = []
        if conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None:
            loaded = [t.name for t in TABLES]
            self.indexes = conn.execute(
                f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                f"AND tbl_name IN ({','.join('?' * len(loaded))}) ORDER BY rowid",
                loaded,
            ).fetchall()
            for name, _ in self.indexes:
                conn.execute(f'DROP INDEX "{name}"')

    def write(self, tables: dict[str, Any]) -> None:
        conn: sqlite3.Connection = self.store.conn
        by_name = {t.name: t for t in TABLES}
        for name, sql in _SQLITE_INSERT.items():
            columns = _columns(tables[name], by_name[name])
            if columns and columns[0]:
                conn.executemany(sql, zip(*columns, strict=True))
        entries = tables["search_entries"]
        if entries.num_rows:
            first = int(conn.execute("SELECT coalesce(max(id), 0) FROM search_entries").fetchone()[0]) + 1
            numbers = range(first, first + entries.num_rows)
            names = ["doc_id", "kind", "layer", "start", "end"]
            columns = [entries.column(n).to_pylist() for n in names]
            conn.executemany(
                'INSERT INTO search_entries (id, doc_id, kind, layer, start, "end") VALUES (?,?,?,?,?,?)',
                zip(numbers, *columns, strict=True),
            )
            conn.executemany(
                "INSERT INTO search_pairs (rowid, grams) VALUES (?, ?)",
                zip(numbers, entries.column("grams").to_pylist(), strict=True),
            )

    def finish(self) -> None:
        for _, sql in self.indexes:
            self.store.conn.execute(sql)
        self.indexes = []
        super().finish()


class PostgresBulk(BulkWriter):
    """The bulk path into a PostgreSQL store, inside the load's one transaction (`allyscope.scale.pg_load`)."""

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.raw = store.conn.raw  # type: ignore[attr-defined]  # a PgConnection's psycopg connection
        self.indexes: list[str] = []
        with self.raw.cursor() as cursor:
            cursor.execute("CREATE TEMP TABLE IF NOT EXISTS allyscope_stage_entities (LIKE entities) ON COMMIT DROP")
            if cursor.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None:
                # a store without documents: its secondary indexes (the search pairs' GIN among them) are built
                # once after the load, in its transaction (readers of these tables wait for it meanwhile)
                found = cursor.execute(
                    "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i"
                    " JOIN pg_class t ON t.oid = i.indrelid WHERE t.relname = ANY(%s)"
                    " AND t.relnamespace = current_schema()::regnamespace"
                    " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)"
                    " ORDER BY i.indexrelid",
                    [[t.name for t in TABLES]],
                ).fetchall()
                for name, definition in found:
                    cursor.execute(f"DROP INDEX {name}")
                    self.indexes.append(definition)

    def _copy(self, target: str, names: list[str], arrow: Any) -> None:
        """COPY the columns `names` of `arrow` into `target` as CSV (bytea columns written as hex)."""
        pa = require("pyarrow")
        csv = require("pyarrow.csv")
        arrow = arrow.select(names)
        for i, field in enumerate(arrow.schema):
            if pa.types.is_binary(field.type):
                hexed = [None if b is None else "\\x" + b.hex() for b in arrow.column(i).to_pylist()]
                arrow = arrow.set_column(i, field.name, pa.array(hexed, pa.string()))
        sink = pa.BufferOutputStream()
        csv.write_csv(arrow, sink, write_options=csv.WriteOptions(include_header=False))
        quoted = ", ".join(f'"{n}"' for n in names)
        with self.raw.cursor() as cursor, cursor.copy(f"COPY {target} ({quoted}) FROM STDIN (FORMAT csv)") as copy:
            copy.write(memoryview(sink.getvalue()))

    def write(self, tables: dict[str, Any]) -> None:
        try:
            self._write(tables)
        except Exception as exc:
            from allyscope.store.postgres import _as_sqlite

            raise _as_sqlite(exc) from exc

    def _write(self, tables: dict[str, Any]) -> None:
        for table in TABLES:
            arrow = tables[table.name]
            if not arrow.num_rows:
                continue
            names = table.names[1:] if table.doc_prepended else table.names
            if table.name == "entities":
                self._copy("allyscope_stage_entities", names, arrow)
                with self.raw.cursor() as cursor:
                    cursor.execute("INSERT INTO entities SELECT * FROM allyscope_stage_entities ON CONFLICT DO NOTHING")
                    cursor.execute("TRUNCATE allyscope_stage_entities")
            elif table.name == "search_entries":
                # straight into the table, the pairs as tsvector input text (ids numbered in COPY order)
                pairs = arrow.set_column(arrow.schema.get_field_index("grams"), "pairs", tsvector_text(arrow["grams"]))
                self._copy("search_entries", ["doc_id", "kind", "layer", "start", "end", "pairs"], pairs)
            else:
                self._copy(table.name, names, arrow)

    def finish(self) -> None:
        with self.raw.cursor() as cursor:
            if self.indexes:  # the GIN build sorts its pairs in memory when it may, not in passes over disk
                cursor.execute(f"SET LOCAL maintenance_work_mem = '{_INDEX_MEMORY}'")
            for definition in self.indexes:
                cursor.execute(definition)
        self.indexes = []
        super().finish()


_LONG = 500  # characters: a pair or word this long may reach PostgreSQL's 2 KiB limit on a lexeme


def tsvector_text(grams: Any) -> Any:
    """An Arrow column of space-separated pairs as tsvector input text, as `postgres_search.as_tsvector`
    writes it (each pair a quoted lexeme, taken as it is), computed on the whole column by Arrow's kernels;
    the rare entry with a word long enough to break PostgreSQL's limit goes through `as_tsvector`, which
    leaves such words out. The server removes repeated lexemes, as `as_tsvector` does."""
    pa = require("pyarrow")
    pc = require("pyarrow.compute")
    from allyscope.store.postgres_search import as_tsvector

    grams = grams.combine_chunks() if isinstance(grams, pa.ChunkedArray) else grams
    escaped = pc.replace_substring(pc.replace_substring(grams, "\\", "\\\\"), "'", "''")
    quoted = pc.binary_join_element_wise("'", pc.replace_substring(escaped, " ", "' '"), "'", "")
    out = pc.if_else(pc.equal(grams, ""), grams, quoted)
    long = pc.match_substring_regex(grams, f"[^ ]{{{_LONG},}}")
    if pc.any(long).as_py():
        values = out.to_pylist()
        for i in pc.indices_nonzero(long).to_pylist():
            values[i] = as_tsvector(grams[i].as_py())
        out = pa.array(values, pa.string())
    return out


def bulk_writer(store: Store) -> BulkWriter:
    """The bulk writer for this store's kind."""
    if is_postgres(store.conn):
        return PostgresBulk(store)
    return SQLiteBulk(store)
