"""The store: documents and their spans in one SQLite file, each written whole or not at all.

Callers hand the store finished `Document`s (or their rows, built in worker processes); writes go through
`Store.add`/`add_many` (one transaction) or `Store.write` inside `Store.transaction()` (ingest writes short
batches of whole documents, each with its replayed decisions). Transactions nest (an inner one is a savepoint)
and wait for another writer as `allyscope.store.connection` describes; commands that only read open the store
with `readonly=True`. The same content is stored once: the id of a document is the start of the SHA-256 of its
decoded text.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from allyscope.errors import DatabaseLockedError, NotFoundError, ReadOnlyDatabaseError, StoreError
from allyscope.model import Document
from allyscope.serialize import doc_id, document_json, dumps
from allyscope.store.connection import is_locked, is_read_only, mark_ours, open_for_writing, open_read_only
from allyscope.store.dialect import DatabaseURL, index_of, is_postgres, location
from allyscope.store.event_rows import SELECT as EVENT_SELECT
from allyscope.store.event_rows import event_json, slim, with_evidence
from allyscope.store.migrations import migrate
from allyscope.store.packing import pack, unpack
from allyscope.store.search import Entry, add_to_index, index_rows, numbered_documents

if TYPE_CHECKING:
    from allyscope.knowledge.case import Case

ENV_VAR = "ALLYSCOPE_DB"


def default_db_path(explicit: str | os.PathLike[str] | None = None) -> Path | DatabaseURL:
    """`--db PATH` if given, else `$ALLYSCOPE_DB`, else `./allyscope.db`; a `postgresql://` URL is kept as a
    `DatabaseURL` (see `allyscope.store.dialect`)."""
    if explicit:
        return location(explicit if isinstance(explicit, str) else Path(explicit))
    env = os.environ.get(ENV_VAR)
    return location(env) if env else Path("allyscope.db")


DOCUMENT_COLUMNS = (
    "id, sha256, source, encoding, title, language, raw, text, notes_text, structure, ingested_at, source_type, origin,"
    " raw_chars"
)
DOCUMENT_INSERT = f"INSERT INTO documents ({DOCUMENT_COLUMNS}) VALUES ({','.join('?' * 14)})"


@dataclass(frozen=True, slots=True)
class DocumentRows:
    """Everything one document writes, ready for SQL; cheap to send between processes."""

    doc: tuple[Any, ...]
    spans: list[tuple[Any, ...]]
    footnotes: list[tuple[Any, ...]]
    markers: list[tuple[Any, ...]]
    entities: list[tuple[Any, ...]] = field(default_factory=list)
    mentions: list[tuple[Any, ...]] = field(default_factory=list)  # one row per entity: count, first, places
    events: list[tuple[Any, ...]] = field(default_factory=list)
    event_actors: list[tuple[Any, ...]] = field(default_factory=list)
    search: list[Entry] = field(default_factory=list)

    @property
    def id(self) -> str:
        return str(self.doc[0])

    @property
    def sha256(self) -> str:
        return str(self.doc[1])


def rows_for(doc: Document) -> DocumentRows:
    """Turn a parsed document into the rows the store writes."""
    data = document_json(doc)
    ident = data["id"]
    structure = {k: v for k, v in data.items() if k != "text"}
    now = datetime.now(UTC).isoformat(timespec="seconds")
    spans: list[tuple[Any, ...]] = [(ident, "body", s.kind, s.start, s.end, s.page, None) for s in doc.spans]
    spans += [
        (
            ident,
            "body",
            "heading",
            h.start,
            h.end,
            h.page,
            dumps({"level": h.level, "label": h.label, "title": h.title}),
        )
        for h in doc.headings
    ]
    footnotes = [
        (ident, f.id, f.block, f.number, f.page, f.kind, f.style, f.start, f.end, f.raw_start, f.raw_end)
        for f in doc.footnotes
    ]
    markers = [
        (ident, i, m.start, m.end, dumps(m.numbers), m.style, dumps(m.footnotes)) for i, m in enumerate(doc.markers)
    ]
    row = (
        ident,
        data["sha256"],
        doc.source,
        doc.encoding,
        doc.title,
        doc.language,
        pack(doc.raw),
        doc.text,
        doc.notes_text,
        pack(dumps(structure)),
        now,
        data.get("source_type", "text"),
        data.get("origin"),
        len(doc.raw),
    )
    rows = DocumentRows(
        row, spans, footnotes, markers, search=index_rows(ident, data, [(f.start, f.end) for f in doc.footnotes])
    )
    _add_events(rows, doc, ident)
    return rows


def date_sort_key(edtf: str) -> str:
    """A sortable start of an EDTF value: `198X` → `1980`, `2019-03/..` → `2019-03`, `20XX` → `2000`."""
    return edtf.split("/")[0].replace("X", "0") or "0000"


def candidate_key(sha_prefix: str, start: int, end: int, date: str) -> str:
    """The name of an extracted event that survives re-ingesting: content hash, sentence offsets, date."""
    return f"{sha_prefix}:{start}-{end}:{date}"


def _add_events(rows: DocumentRows, doc: Document, ident: str) -> None:
    """Rows of the entities and events the pipeline's stages found on `doc` (the store runs no stage: a
    document that did not go through them has none to write)."""
    from allyscope.entities import gazetteer

    g = gazetteer()
    mentions = doc.entities
    places: dict[str, list[tuple[int, int, str]]] = {}
    for m in mentions:
        for entity_id in m.ids:
            places.setdefault(entity_id, []).append((m.start, m.end, m.alias))
    rows.mentions.extend((e, ident, len(p), p[0][0], pack(dumps(p))) for e, p in places.items())
    seen = set(places)
    prefix = rows.sha256[:16]
    keys: set[str] = set()
    for event in doc.events:
        data = event.as_json()
        key = candidate_key(prefix, event.evidence.start, event.evidence.end, event.date)
        while key in keys:  # two events of one sentence with the same date
            key += "+"
        keys.add(key)
        data["candidate"] = key
        start, end = event.evidence.start, event.evidence.end
        said = {"id": event.id, "doc_id": ident, "date": event.date, "date_precision": event.date_precision}
        said |= {"type": event.type, "cameo": event.cameo, "domain": event.domain, "mode": event.mode}
        said |= {"summary": event.summary, "start": start, "end": end, "candidate": key}
        rows.events.append(
            (
                event.id,
                ident,
                event.date,
                date_sort_key(event.date),
                event.date_precision,
                event.type,
                event.cameo,
                event.domain,
                event.mode,
                event.summary,
                event.evidence.start,
                event.evidence.end,
                "candidate",
                slim(data, said, doc.text[start:end]),
                key,
            )
        )
        roles = {v: k for k, v in event.roles.items()}
        for entity_id in event.actors:
            rows.event_actors.append((event.id, entity_id, roles.get(entity_id, "actor")))
            seen.add(entity_id)
        for entity_id in event.involved:
            rows.event_actors.append((event.id, entity_id, "involved"))
            seen.add(entity_id)
    for entity_id in sorted(seen):
        entity = g.entity(entity_id)
        rows.entities.append((entity_id, entity["type"], entity["name"], entity.get("qid"), dumps(entity)))


def _naming(conn: Any, ref: str) -> tuple[str, tuple[str, ...]]:
    """The query of the documents `ref` names by id prefix, SHA-256 or source, and its values.

    Asked as one condition joined by OR (`id LIKE ? || '%'`, a prefix given at run time), SQLite reads every
    document (4 ms a name on 2,000 documents, a review page of one document). In SQLite, a prefix without
    LIKE's wildcards (`%`, `_`) made of ASCII characters is a range of the id's index: LIKE ignores the case of
    ASCII letters only, and every spelling of the prefix in upper and lower case sorts between its upper-case
    and its lower-case form, so that range, checked by LIKE as before, holds the same ids; the SHA-256 and the
    source are their own indexes (0019)."""
    if is_postgres(conn) or not ref or not ref.isascii() or "%" in ref or "_" in ref:
        return "SELECT id FROM documents WHERE id LIKE ? || '%' OR sha256 = ? OR source = ?", (ref, ref, ref)
    low, high = ref.upper(), ref.lower()
    high = high[:-1] + chr(ord(high[-1]) + 1)  # every text beginning with the lower-case form sorts below this
    # The source by its index, named: where many documents share one source (versions of a file ingested from
    # the same path, or copies), ANALYZE's figures make SQLite read every document instead (28 ms on 10,000)
    # to look for a source that no document may have.
    return (
        "SELECT id FROM documents WHERE id >= ? AND id < ? AND id LIKE ? || '%'"
        " UNION SELECT id FROM documents WHERE sha256 = ?"
        " UNION SELECT id FROM documents INDEXED BY documents_by_source WHERE source = ?",
        (low, high, ref, ref, ref),
    )


def stored_structure(conn: sqlite3.Connection, doc_id: str) -> dict[str, Any]:
    """The structure JSON of a stored document (headings, paragraphs, footnotes, references, markers)."""
    row = conn.execute("SELECT structure FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no document {doc_id!r}")
    data: dict[str, Any] = json.loads(unpack(row[0]))
    return data


_NAMED_INSERTS = (
    ("INSERT INTO spans VALUES (?,?,?,?,?,?,?)", "spans"),
    ("INSERT INTO footnotes VALUES (?,?,?,?,?,?,?,?,?,?,?)", "footnotes"),
    ("INSERT INTO markers VALUES (?,?,?,?,?,?,?)", "markers"),
    ("INSERT OR IGNORE INTO entities VALUES (?,?,?,?,?)", "entities"),
    ("INSERT INTO entity_mentions VALUES (?,?,?,?,?)", "mentions"),
    ("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", "events"),
    ("INSERT INTO event_actors VALUES (?,?,?)", "event_actors"),
)


def _write_named(conn: sqlite3.Connection, new: list[DocumentRows]) -> None:
    """PostgreSQL, and an SQLite store before migration 0020: every table keyed by the document's text id, as the
    rows come."""
    conn.executemany(DOCUMENT_INSERT, [rows.doc for rows in new])
    for sql, part in _NAMED_INSERTS:
        conn.executemany(sql, [row for rows in new for row in getattr(rows, part)])
    index_of(conn).add_to_index(conn, [entry for rows in new for entry in rows.search])


def _write_numbered(conn: sqlite3.Connection, new: list[DocumentRows]) -> None:
    """SQLite: spans, notes, markers, mentions and search entries keyed by the document's number (migration
    0020), given here to each new document in the order written: their rows go at the end of every b-tree they
    enter, so a batch writes about the same pages per document at any size of store."""
    last = int(conn.execute("SELECT coalesce(max(num), 0) FROM document_keys").fetchone()[0])
    conn.executemany(DOCUMENT_INSERT, [rows.doc for rows in new])
    keyed = [(num, rows) for num, rows in enumerate(new, last + 1)]
    conn.executemany("INSERT INTO document_keys (num, id) VALUES (?, ?)", [(num, rows.id) for num, rows in keyed])
    numbers = {rows.id: num for num, rows in keyed}
    conn.executemany(
        'INSERT INTO spans_rows (doc, layer, kind, start, "end", page, attrs) VALUES (?,?,?,?,?,?,?)',
        [(num, *row[1:]) for num, rows in keyed for row in rows.spans],
    )
    conn.executemany(
        "INSERT INTO footnotes_rows VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(num, *row[1:]) for num, rows in keyed for row in rows.footnotes],
    )
    conn.executemany(
        "INSERT INTO markers_rows VALUES (?,?,?,?,?,?,?)",
        [(num, *row[1:]) for num, rows in keyed for row in rows.markers],
    )
    conn.executemany("INSERT OR IGNORE INTO entities VALUES (?,?,?,?,?)", [r for rows in new for r in rows.entities])
    conn.executemany(
        "INSERT INTO entity_mentions_rows (entity_id, doc, count, first, places) VALUES (?,?,?,?,?)",
        [(row[0], num, *row[2:]) for num, rows in keyed for row in rows.mentions],
    )
    events = [r for rows in new for r in rows.events]
    if actors_filled_by_writer(conn):
        _write_events(conn, events, [r for rows in new for r in rows.event_actors])
    else:
        conn.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", events)
        conn.executemany("INSERT INTO event_actors VALUES (?,?,?)", [r for rows in new for r in rows.event_actors])
    add_to_index(conn, [entry for rows in new for entry in rows.search], numbers)


EVENT_COLUMNS = (
    'id, doc_id, date, date_sort, date_precision, type, cameo, domain, mode, summary, start, "end", status, data,'
    " candidate"
)


def actors_filled_by_writer(conn: sqlite3.Connection) -> bool:
    """Whether this store keeps who took part in which event in a table the writer fills directly (migration
    0021: `event_actors_rows`; 0023: `event_roles`, by the event's rowid) and lets it fill `event_actor_dates`."""
    return _pairs_table(conn) is not None


def _pairs_table(conn: sqlite3.Connection) -> str | None:
    """`event_roles` (0023), `event_actors_rows` (0021 applied, 0023 not) or None (before 0021)."""
    found = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('event_roles', 'event_actors_rows')"
    ).fetchall()
    names = {row[0] for row in found}
    return "event_roles" if "event_roles" in names else "event_actors_rows" if names else None


def events_of_actors(conn: Any, marks: str) -> str:
    """SQL true of an event `e` that one of the entities in `({marks})` took part in: on SQLite by the keys of
    an actor's events (0019, entity first; `event_actors` keeps no index by entity since 0023), else by
    `event_actors`."""
    if (
        not is_postgres(conn)
        and conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'event_actor_dates'").fetchone()
    ):
        return f"e.rowid IN (SELECT event_row FROM event_actor_dates WHERE entity_id IN ({marks}))"
    return f"e.id IN (SELECT event_id FROM event_actors WHERE entity_id IN ({marks}))"


def took_part(conn: Any, marks: str) -> str:
    """SQL true of an event `e` that one of the entities in `({marks})` took part in, checked event by event
    (through the index of its pairs, by its rowid since 0023)."""
    if not is_postgres(conn) and _pairs_table(conn) == "event_roles":
        return f"EXISTS (SELECT 1 FROM event_roles a WHERE a.event_row = e.rowid AND a.entity_id IN ({marks}))"
    return f"EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND a.entity_id IN ({marks}))"


def _write_events(conn: sqlite3.Connection, events: list[tuple[Any, ...]], actors: list[tuple[Any, ...]]) -> None:
    """Events, who took part in them and the keys of an actor's events by date (migration 0019), the last
    made here rather than by a trigger a row (0021): each event gets its rowid from this function, the next
    after the largest, as SQLite would give it, so the keys and the pairs (0023: by that rowid, appended) can
    name it without reading it back."""
    last = int(conn.execute("SELECT coalesce(max(rowid), 0) FROM events").fetchone()[0])
    conn.executemany(
        f"INSERT INTO events (rowid, {EVENT_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(num, *row) for num, row in enumerate(events, last + 1)],
    )
    where: dict[str, tuple[str, int, str]] = {  # event id: date_sort, rowid, date
        str(row[0]): (str(row[3]), num, str(row[2])) for num, row in enumerate(events, last + 1)
    }
    for event_id, _, _ in actors:
        if event_id not in where:  # an event stored before (rows made by other means than `rows_for`)
            found = conn.execute("SELECT date_sort, rowid, date FROM events WHERE id = ?", (event_id,)).fetchone()
            if found is not None:
                where[event_id] = (str(found[0]), int(found[1]), str(found[2]))
    if _pairs_table(conn) == "event_roles":
        if any(a[0] not in where for a in actors):  # as the foreign key of `event_actors` refused it
            raise sqlite3.IntegrityError("FOREIGN KEY constraint failed")
        conn.executemany(
            "INSERT INTO event_roles (event_row, entity_id, role) VALUES (?,?,?)",
            [(where[event_id][1], entity_id, role) for event_id, entity_id, role in actors],
        )
    else:
        conn.executemany("INSERT INTO event_actors_rows (event_id, entity_id, role) VALUES (?,?,?)", actors)
    keys: set[tuple[str, str, int, str | None]] = set()
    for event_id, entity_id, _ in actors:
        if event_id not in where:  # the foreign key refuses the pair (or, with foreign keys off, it names no event)
            continue
        date_sort, row, date = where[event_id]
        keys.add((entity_id, date_sort, row, date if is_long_date(date) else None))
    ordered = sorted(keys, key=lambda k: k[:3])  # each (entity, date) range's new keys together, at its end
    conn.executemany(
        "INSERT OR IGNORE INTO event_actor_dates (entity_id, date_sort, event_row, long_date) VALUES (?,?,?,?)",
        ordered,
    )


def is_long_date(date: str) -> bool:
    """An EDTF date that is a range or has unspecified digits: `LONG_DATE` of `allyscope.outputs.filters`, the
    test of 0019's triggers, in Python (the same answer for every text: tests/test_writer_actor_dates.py)."""
    return "/" in date or "X" in date or len(date) not in (4, 7, 10) or date[5:7] > "12"


class Store:
    """An open allyscope database. Use as a context manager, or call `close()`."""

    def __init__(
        self, path: str | os.PathLike[str] | None = None, *, create: bool = True, readonly: bool = False
    ) -> None:
        """Open the database at `path`. `readonly` opens it read-only (nothing migrated, nothing written);
        `create=False` refuses a database that does not exist yet. Another application's file is refused."""
        self.path = default_db_path(path)
        self.replayed: dict[str, int] = {}
        self.readonly = readonly
        if isinstance(self.path, DatabaseURL):
            from allyscope.store.postgres import open_store

            # a PostgreSQL connection, used through the part of sqlite3.Connection's interface the store uses
            opened = open_store(self.path, create=create, readonly=readonly)
            self.conn: sqlite3.Connection = cast(sqlite3.Connection, opened)
            return
        if (readonly or not create) and not self.path.exists():
            raise StoreError(f"{self.path}: no database here (run 'allyscope ingest FILE' first)")
        if readonly:
            self.conn = open_read_only(self.path)
            self._check_schema()
            return
        self.conn = open_for_writing(self.path)
        try:
            mark_ours(self.conn)
            migrate(self.conn)
            # a writer's cache: the default 2 MB spills index pages of a long ingest to the file and reads them
            # back; 64 MiB is allocated only as pages are used
            self.conn.execute("PRAGMA cache_size = -65536")
        except sqlite3.OperationalError as exc:
            self.conn.close()
            if is_read_only(exc):
                raise ReadOnlyDatabaseError(f"{self.path}: the database (or its folder) is read-only") from exc
            if is_locked(exc):
                raise DatabaseLockedError(f"{self.path}: another program holds the database locked") from exc
            raise StoreError(f"{self.path}: not a usable allyscope database ({exc})") from exc
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"{self.path}: not a usable allyscope database ({exc})") from exc
        except BaseException:
            self.conn.close()
            raise

    def _check_schema(self) -> None:
        """A read-only open cannot migrate: refuse a schema older or newer than this version's. A database whose
        header carries this version's stamp (`migrations.stamp`, written by the last migrating writer) has them all:
        `_migrations` is then not read."""
        from allyscope.store.migrations import available, stamp

        try:
            if int(self.conn.execute("PRAGMA user_version").fetchone()[0]) == stamp():
                return
            done = {r[0] for r in self.conn.execute("SELECT name FROM _migrations")}
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"{self.path}: not a usable allyscope database ({exc})") from exc
        known = {name for name, _ in available()}
        if done - known:
            self.conn.close()
            raise StoreError(
                f"{self.path}: written by a newer allyscope (migrations {', '.join(sorted(done - known))})"
            )
        if known - done:
            self.conn.close()
            raise StoreError(
                f"{self.path}: made by an older allyscope; a command that writes (ingest, init, review) upgrades it"
            )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One transaction (waiting for the write lock); inside another one it is a savepoint of it."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def has(self, sha256: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE sha256 = ?", (sha256,)).fetchone() is not None

    def add(self, item: Document | DocumentRows) -> bool:
        """Store one document in one transaction; False when the same content is stored already."""
        rows = rows_for(item) if isinstance(item, Document) else item
        return self.add_many([rows])[0]

    def add_many(self, batch: list[DocumentRows]) -> list[bool]:
        """Store documents with their replayed review decisions in one transaction — all of it or none.

        One transaction for several documents saves the full-text index's per-commit flush (about 8 ms per
        document). Returns, per document, False when it was stored already."""
        with self.transaction():
            stored = self.write(batch)
            self.replay([rows.id for rows, new in zip(batch, stored, strict=True) if new])
        return stored

    def replay(self, doc_ids: list[str]) -> dict[str, int]:
        """Apply stored review decisions to the candidates of these documents (after they were written)."""
        from allyscope.knowledge.review import replay

        self.replayed = dict.fromkeys(("accept", "merge", "edit", "reject"), 0)
        if doc_ids and self.conn.execute("SELECT 1 FROM decisions LIMIT 1").fetchone():
            for ident in doc_ids:
                for action, count in replay(self.conn, ident).items():
                    self.replayed[action] += count
        return self.replayed

    def write(self, batch: list[DocumentRows]) -> list[bool]:
        """Write documents inside the caller's transaction; per document, False when it is stored already.

        One `executemany` per table for the whole batch, not per document: a reference-size article writes
        about 800 rows over nine tables, and per-document statements cost more than the rows."""
        conn = self.conn
        stored: list[bool] = []
        new: list[DocumentRows] = []
        seen: set[str] = set()
        for rows in batch:
            fresh = rows.sha256 not in seen and not self.has(rows.sha256)
            seen.add(rows.sha256)
            stored.append(fresh)
            if fresh:
                new.append(rows)
        if not new:
            return stored
        if is_postgres(conn) or not numbered_documents(conn):  # PostgreSQL, or SQLite before migration 0020
            _write_named(conn, new)
        else:
            _write_numbered(conn, new)
        return stored

    def remove(self, ref: str) -> str:
        """Delete a stored document with its spans, events, index entries and evidence, in one transaction.

        Review decisions stay: ingesting the same document again applies them again."""
        conn = self.conn
        with self.transaction():
            ident = self.resolve(ref)
            index_of(conn).remove_from_index(conn, ident)
            facts = [
                r[0] for r in conn.execute("SELECT DISTINCT fact_num FROM fact_evidence WHERE doc_id = ?", (ident,))
            ]
            conn.execute("DELETE FROM documents WHERE id = ?", (ident,))
            orphans = conn.execute(
                "SELECT num FROM facts WHERE origin = 'review' AND num NOT IN (SELECT fact_num FROM fact_evidence)"
            ).fetchall()
            from allyscope.knowledge.facts import drop_fact, index_fact

            for (num,) in orphans:  # facts that stood only on this document's sentences
                drop_fact(conn, num)
            conn.execute("DELETE FROM fact_sources WHERE source_id = ?", (f"doc:{ident}",))
            conn.execute("DELETE FROM sources WHERE id = ?", (f"doc:{ident}",))

            for num in facts:
                if conn.execute("SELECT 1 FROM facts WHERE num = ?", (num,)).fetchone():
                    index_fact(conn, num)
        return ident

    def documents(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """One summary row per document, oldest first; `limit` rows from `offset` when given (a page of the
        API counts the notes of its own documents only, not of all 10,000)."""
        page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
        cursor = self.conn.execute(
            "SELECT d.id, d.title, d.language, d.source, d.ingested_at, coalesce(d.raw_chars, length(d.raw)),"
            " (SELECT count(*) FROM footnotes f WHERE f.doc_id = d.id),"
            " (SELECT count(*) FROM markers m WHERE m.doc_id = d.id)"
            " FROM documents d ORDER BY d.ingested_at, d.id" + page
        )
        keys = ("id", "title", "language", "source", "ingested_at", "chars", "footnotes", "markers")
        return [dict(zip(keys, row, strict=True)) for row in cursor]

    def resolve(self, ref: str) -> str:
        """The id of the document `ref` names: an id or its prefix, a SHA-256, a source path or file name."""
        rows = self.conn.execute(*_naming(self.conn, ref)).fetchall()
        if not rows:
            absolute = str(Path(ref).resolve())
            rows = [
                (ident,)
                for ident, source in self.conn.execute("SELECT id, source FROM documents")
                if source == absolute or Path(source).name.startswith(ref)
            ]
        ids = sorted({r[0] for r in rows})
        if not ids:
            raise NotFoundError(f"no document matches {ref!r} in {self.path}")
        if len(ids) > 1:
            raise NotFoundError(f"{ref!r} matches several documents ({', '.join(ids)}): give more of the id")
        return str(ids[0])

    def document_json(self, ref: str) -> dict[str, Any]:
        """The stored structured document, as `parse --json` printed it."""
        ident = self.resolve(ref)
        data = stored_structure(self.conn, ident)
        data["text"] = self.conn.execute("SELECT text FROM documents WHERE id = ?", (ident,)).fetchone()[0]
        return data

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def events(
        self,
        actor: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        domain: str | None = None,
    ) -> list[dict[str, Any]]:
        """Stored events in date order (then as written), filtered by actor (an entity id), dates (EDTF prefixes)
        and domain."""
        sql = f"SELECT {EVENT_SELECT}, e.status FROM events e"
        where: list[str] = []
        args: list[Any] = []
        if actor:
            where.append(events_of_actors(self.conn, "?"))
            args.append(actor)
        if date_from:
            where.append("e.date_sort >= ?")
            args.append(date_from)
        if date_to:
            where.append("substr(e.date_sort, 1, ?) <= ?")
            args += [len(date_to), date_to]
        if domain:
            where.append("e.domain = ?")
            args.append(domain)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY e.date_sort, e.rowid"
        rows = self.conn.execute(sql, args).fetchall()
        return with_evidence(self.conn, [event_json(row) | {"status": row[-1]} for row in rows])

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Paragraphs, headings and notes of stored documents that contain `query` (any length, any script)."""
        result: list[dict[str, Any]] = index_of(self.conn).search(self.conn, query, limit)
        return result

    def search_facts(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Reviewed facts whose summary, entity names (in every language) or evidence contain `query`."""
        from allyscope.knowledge.facts import search_facts

        return search_facts(self.conn, query, limit)

    def load_case(self, case: Case | None = None) -> dict[str, int]:
        """Load the shipped case (or `case`) and apply its decisions to documents already stored."""
        from allyscope.knowledge.case import load_case
        from allyscope.knowledge.facts import load_case_into
        from allyscope.knowledge.review import replay

        with self.transaction():  # the case and its replay: both or neither
            counts = load_case_into(self.conn, case or load_case())
            counts["replayed"] = sum(replay(self.conn).values())
        return counts

    def timeline(self, **filters: Any) -> list[dict[str, Any]]:
        """Reviewed facts in date order; see `allyscope.knowledge.facts.timeline` for the filters."""
        from allyscope.knowledge.facts import timeline

        return timeline(self.conn, **filters)

    def fact_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM facts").fetchone()[0])

    def merge_entity(self, entity_id: str, into: str, by: str) -> dict[str, Any]:
        """Record that `entity_id` is the same real actor as `into`; queries of either then find both."""
        from allyscope.knowledge.facts import canonical, now

        with self.transaction():
            if canonical(self.conn, into) == canonical(self.conn, entity_id):
                raise StoreError(f"{entity_id} and {into} are one entity already")
            self.conn.execute(
                "INSERT INTO entity_merges (entity_id, into_id, by, at) VALUES (?,?,?,?)", (entity_id, into, by, now())
            )
        return {"entity": entity_id, "into": into, "by": by}

    def unmerge_entity(self, entity_id: str, by: str) -> dict[str, Any]:
        """Undo the merge of `entity_id` (kept in the history, marked undone)."""
        from allyscope.knowledge.facts import now

        with self.transaction():
            cursor = self.conn.execute(
                "UPDATE entity_merges SET undone_by = ?, undone_at = ? WHERE entity_id = ? AND undone_at IS NULL",
                (by, now(), entity_id),
            )
        if not cursor.rowcount:
            raise NotFoundError(f"{entity_id} is not merged into another entity")
        return {"entity": entity_id, "unmerged": True, "by": by}

    def entity_profile(self, entity_id: str) -> dict[str, Any]:
        """An entity with its aliases, where it is mentioned, and the events it takes part in."""
        from allyscope.entities import gazetteer

        known = gazetteer().entities.get(entity_id)
        if known is None and self.conn.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone():
            known = json.loads(self.conn.execute("SELECT data FROM entities WHERE id = ?", (entity_id,)).fetchone()[0])
        if known is None:
            raise NotFoundError(f"no entity {entity_id!r} (ids look like JP, NATO, person:kishida)")
        profile: dict[str, Any] = dict(known)
        mentions = self.conn.execute(
            "SELECT m.doc_id, d.title, m.count, m.first FROM entity_mentions m JOIN documents d ON d.id = m.doc_id "
            "WHERE m.entity_id = ? ORDER BY m.doc_id",
            (entity_id,),
        ).fetchall()
        profile["mentions"] = [{"doc": d, "title": t, "count": c, "first": f} for d, t, c, f in mentions]
        from allyscope.knowledge.facts import canonical, members

        profile["events"] = self.events(actor=entity_id)
        profile["canonical"] = canonical(self.conn, entity_id)
        ids = members(self.conn, entity_id)
        profile["merged"] = [m for m in ids if m != profile["canonical"]]
        profile["merge_history"] = [
            dict(zip(("entity", "into", "by", "at", "undone_by", "undone_at"), r, strict=True))
            for r in self.conn.execute(
                "SELECT entity_id, into_id, by, at, undone_by, undone_at FROM entity_merges "
                "WHERE entity_id = ? OR into_id = ? ORDER BY id",
                (entity_id, entity_id),
            )
        ]
        profile["facts"] = self.timeline(actor=entity_id)
        roles: dict[str, int] = {}
        for fact in profile["facts"]:
            for actor in fact["actors"]:
                if actor["id"] in ids:
                    roles[actor["role"]] = roles.get(actor["role"], 0) + 1
            if any(i["id"] == entity_id for i in fact["involved"]):
                roles["involved"] = roles.get("involved", 0) + 1
        profile["fact_roles"] = roles
        profile["agreements"] = [
            json.loads(r[0])
            for r in self.conn.execute(
                "SELECT data FROM agreements WHERE id IN (SELECT agreement_id FROM agreement_parties "
                f"WHERE entity_id IN ({','.join('?' * len(ids))})) OR id = ? ORDER BY signed",
                [*ids, entity_id],
            )
        ]
        return profile


__all__ = ["DocumentRows", "Store", "default_db_path", "doc_id", "rows_for", "stored_structure"]
