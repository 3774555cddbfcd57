"""The bulk path of the loader: a batch's Arrow columns into a store's tables, no Python row objects in between.

The row path (`Store.add_many` on `DocumentRows` rebuilt from the partitions) spends most of its time making
and unmaking Python tuples. Here each table of a batch is read as an Arrow table, checked against the manifest,
cut down to the documents the store does not hold yet (the same content is stored once, as `Store.write`
decides it: by SHA-256, the first of a batch winning), and written whole:

- into SQLite, by one `executemany` per table fed from the table's column lists, the search entries numbered
  on from the largest id and their pairs put into the FTS5 index; into a store with no documents yet, the
  secondary indexes of the loaded tables are dropped first and built again by `finish`, once, after the load;
- into PostgreSQL, by `COPY … FROM STDIN (FORMAT binary)` of streams built from the columns by Arrow's and
  NumPy's kernels (`allyscope.scale.pg_binary`: values in the server's own binary forms, the search pairs as
  tsvectors already sorted and unique), in the reading thread while the server loads the batch before;
  search entries go straight in; entities (kept once, `ON CONFLICT DO NOTHING`) go through a temporary
  staging table and one `INSERT … SELECT`; into a store with no documents yet, the secondary indexes (the
  pairs' GIN index among them) are likewise built after the load, and the foreign keys dropped and added
  again after it (each checked by one join instead of a trigger's query per row).

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
from allyscope.scale.pg_binary import copy_stream, tsvector_binary
from allyscope.store.database import DOCUMENT_INSERT, Store
from allyscope.store.dialect import is_postgres
from allyscope.store.search import numbered_documents

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
# tables an SQLite store keeps by document number (migration 0020): the rows table and where the document is
_NUMBERED = {
    "spans": ("spans_rows", 0),
    "footnotes": ("footnotes_rows", 0),
    "markers": ("markers_rows", 0),
    "entity_mentions": ("entity_mentions_rows", 1),
}
_COPY_TARGET = {"entities": "allyscope_stage_entities"}  # kept once: copied to a staging table, then inserted
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

    def read(self, outdir: Path, entry: dict[str, Any]) -> Any:
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
            loaded = [t.name for t in TABLES] + [table for table, _ in _NUMBERED.values()]
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
        numbered = numbered_documents(conn)
        keys: dict[str, int] = {}  # the batch's documents' numbers (migration 0020), as `Store.write` gives them
        for name, sql in _SQLITE_INSERT.items():
            columns = _columns(tables[name], by_name[name])
            if not columns or not columns[0]:
                continue
            if numbered and name in _NUMBERED:  # the rows table itself, the document's id turned into its number
                table, at = _NUMBERED[name]
                columns[at] = [keys[ident] for ident in columns[at]]
                sql = f"INSERT INTO {table} VALUES ({','.join('?' * len(columns))})"
            conn.executemany(sql, zip(*columns, strict=True))
            if numbered and name == "documents":
                last = int(conn.execute("SELECT coalesce(max(num), 0) FROM document_keys").fetchone()[0])
                keys = {ident: num for num, ident in enumerate(columns[0], last + 1)}
                conn.executemany("INSERT INTO document_keys (num, id) VALUES (?, ?)", [(n, i) for i, n in keys.items()])
        entries = tables["search_entries"]
        if entries.num_rows:
            first = int(conn.execute("SELECT coalesce(max(id), 0) FROM search_entries_rows").fetchone()[0]) + 1
            numbers = range(first, first + entries.num_rows)
            names = ["doc_id", "kind", "layer", "start", "end"]
            columns = [entries.column(n).to_pylist() for n in names]
            if numbered:
                columns[0] = [keys[ident] for ident in columns[0]]
            conn.executemany(
                f"INSERT INTO {'search_entries_rows' if numbered else 'search_entries'}"
                f' (id, {"doc" if numbered else "doc_id"}, kind, layer, start, "end") VALUES (?,?,?,?,?,?)',
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
        self.keys: list[str] = []  # foreign keys dropped for the load, added (and checked) again by `finish`
        self.whole: dict[str, Any] = {}  # the batch being loaded, as read,
        self.ready: list[tuple[str, str, list[Any]]] = []  # and its COPY streams, built in the reading thread
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
                # and its foreign keys checked once after the load, by one join each, instead of by a trigger's
                # query per row (about half of the server's time in the rows of the tables other than search)
                keys = cursor.execute(
                    "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c"
                    " JOIN pg_class t ON t.oid = c.conrelid WHERE c.contype = 'f' AND t.relname = ANY(%s)"
                    " AND t.relnamespace = current_schema()::regnamespace ORDER BY c.oid",
                    [[t.name for t in TABLES]],
                ).fetchall()
                for table, name, definition in keys:
                    cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
                    self.keys.append(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
        self.types = self._types()

    def _types(self) -> dict[str, dict[str, str]]:
        """The server's type of each column of the tables written (binary COPY sends each value in its type's
        form), asked once: the streams are built in the reading thread, which does not use the connection."""
        targets = [_COPY_TARGET.get(t.name, t.name) for t in TABLES]
        with self.raw.cursor() as cursor:
            found = cursor.execute(
                "SELECT attrelid::regclass::text, attname, format_type(atttypid, NULL) FROM pg_attribute"
                " WHERE attrelid = ANY(%s::regclass[]) AND attnum > 0 AND NOT attisdropped",
                [targets],
            ).fetchall()
        types: dict[str, dict[str, str]] = {t: {} for t in targets}
        for table, column, kind in found:
            types[table.rsplit(".", 1)[-1]][column] = kind
        return types

    def streams(self, tables: dict[str, Any]) -> list[tuple[str, str, list[Any]]]:
        """Per table of a batch with rows, in writing order: where it goes, the COPY statement and its binary
        stream (`allyscope.scale.pg_binary`; search entries' pairs as tsvector receive forms, their ids numbered
        by the server in COPY order). Arrow's and NumPy's kernels only: runs in the reading thread."""
        out = []
        for table in TABLES:
            arrow = tables[table.name]
            if not arrow.num_rows:
                continue
            target = _COPY_TARGET.get(table.name, table.name)
            names = table.names[1:] if table.doc_prepended else table.names
            if table.name == "search_entries":
                grams = arrow.schema.get_field_index("grams")
                arrow = arrow.set_column(grams, "pairs", tsvector_binary(arrow["grams"]))
                names = ["doc_id", "kind", "layer", "start", "end", "pairs"]
            types = [self.types[target][n] for n in names]
            quoted = ", ".join(f'"{n}"' for n in names)
            statement = f"COPY {target} ({quoted}) FROM STDIN (FORMAT binary)"
            out.append((table.name, statement, copy_stream([arrow.column(n) for n in names], types, names)))
        return out

    def read(self, outdir: Path, entry: dict[str, Any]) -> Any:
        """A batch's tables, checked, and their COPY streams built: in the reading thread, while the server
        loads the batch before (the client's work and the server's overlap on a machine with a core to spare)."""
        tables = read_tables(outdir, entry)
        return tables, self.streams(tables)

    def load(self, outdir: Path, entry: dict[str, Any], tables: Any = None) -> Loaded:
        whole, self.ready = tables if tables is not None else self.read(outdir, entry)
        self.whole = whole
        return super().load(outdir, entry, whole)

    def write(self, tables: dict[str, Any]) -> None:
        # the streams built ahead hold the whole batch: of use unless some of its documents were left out
        whole = all(tables[t.name] is self.whole.get(t.name) for t in TABLES)
        streams = self.ready if whole else self.streams(tables)  # its own errors (ScaleError) as they are
        try:
            self._write(streams)
        except Exception as exc:
            from allyscope.store.postgres import _as_sqlite

            raise _as_sqlite(exc) from exc

    def _write(self, streams: list[tuple[str, str, list[Any]]]) -> None:
        with self.raw.cursor() as cursor:
            for name, statement, stream in streams:
                with cursor.copy(statement) as copy:
                    for piece in stream:
                        copy.write(piece)
                if name == "entities":  # kept once: through the staging table
                    cursor.execute("INSERT INTO entities SELECT * FROM allyscope_stage_entities ON CONFLICT DO NOTHING")
                    cursor.execute("TRUNCATE allyscope_stage_entities")

    def finish(self) -> None:
        with self.raw.cursor() as cursor:
            if self.indexes:  # the GIN build sorts its pairs in memory when it may, not in passes over disk
                cursor.execute(f"SET LOCAL maintenance_work_mem = '{_INDEX_MEMORY}'")
            for definition in self.indexes:
                cursor.execute(definition)
            for definition in self.keys:  # each key checked by one join of its table with the one it names
                cursor.execute(definition)
        self.indexes, self.keys = [], []
        super().finish()


def bulk_writer(store: Store) -> BulkWriter:
    """The bulk writer for this store's kind."""
    if is_postgres(store.conn):
        return PostgresBulk(store)
    return SQLiteBulk(store)
