"""The rows of parsed documents as Parquet partitions: one folder per table, one file per batch, a manifest.

    OUTDIR/manifest.json                 schema version, the migrations the rows match, per batch its files,
                                         row counts and hashes; written last, so a folder without it is unfinished
    OUTDIR/documents/part-00000.parquet  one row per document (the columns of the store's `documents` table)
    OUTDIR/spans/part-00000.parquet      ... and footnotes, markers, entities, entity_mentions, events,
                                         event_actors, search_entries (with the character pairs in `grams`)

Columns are those of the store's tables, so that DuckDB, Spark or pandas users read the files as they would
the database; `entities` and `event_actors` carry a leading `doc_id` (the document that named them), which the
store does not keep. Rows stay in the order the parser made them: loading them gives the database the local
ingest gives. A file is written under a temporary name and renamed, so a batch written again (a worker
retried) replaces the file whole, never leaves half of one.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from allyscope.scale import ScaleError, require
from allyscope.store.database import DocumentRows

SCHEMA_VERSION = 2  # 2: raw, structure and mention places are zlib-compressed bytes (store/packing.py)
FORMAT = "allyscope-parquet"
MANIFEST = "manifest.json"

TEXT, INT, BLOB = "string", "int64", "binary"


@dataclass(frozen=True)
class Table:
    """One kind of row: the DocumentRows field it comes from, its columns, where the document id is."""

    name: str
    field: str
    columns: tuple[tuple[str, str], ...]
    doc_column: int
    doc_prepended: bool = False  # the store's row has no document id: the partition adds one in front

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.columns]


TABLES: tuple[Table, ...] = (
    Table(
        "documents",
        "doc",
        (
            ("id", TEXT),
            ("sha256", TEXT),
            ("source", TEXT),
            ("encoding", TEXT),
            ("title", TEXT),
            ("language", TEXT),
            ("raw", BLOB),
            ("text", TEXT),
            ("notes_text", TEXT),
            ("structure", BLOB),
            ("ingested_at", TEXT),
            ("source_type", TEXT),
            ("origin", TEXT),
            ("raw_chars", INT),
        ),
        0,
    ),
    Table(
        "spans",
        "spans",
        (
            ("doc_id", TEXT),
            ("layer", TEXT),
            ("kind", TEXT),
            ("start", INT),
            ("end", INT),
            ("page", INT),
            ("attrs", TEXT),
        ),
        0,
    ),
    Table(
        "footnotes",
        "footnotes",
        (
            ("doc_id", TEXT),
            ("id", TEXT),
            ("block", INT),
            ("number", INT),
            ("page", INT),
            ("kind", TEXT),
            ("style", TEXT),
            ("start", INT),
            ("end", INT),
            ("raw_start", INT),
            ("raw_end", INT),
        ),
        0,
    ),
    Table(
        "markers",
        "markers",
        (
            ("doc_id", TEXT),
            ("ord", INT),
            ("start", INT),
            ("end", INT),
            ("numbers", TEXT),
            ("style", TEXT),
            ("footnotes", TEXT),
        ),
        0,
    ),
    Table(
        "entities",
        "entities",
        (("doc_id", TEXT), ("id", TEXT), ("type", TEXT), ("name", TEXT), ("qid", TEXT), ("data", TEXT)),
        0,
        True,
    ),
    Table(
        "entity_mentions",
        "mentions",
        (("entity_id", TEXT), ("doc_id", TEXT), ("count", INT), ("first", INT), ("places", BLOB)),
        1,
    ),
    Table(
        "events",
        "events",
        (
            *tuple(
                (c, TEXT)
                for c in [
                    "id",
                    "doc_id",
                    "date",
                    "date_sort",
                    "date_precision",
                    "type",
                    "cameo",
                    "domain",
                    "mode",
                    "summary",
                ]
            ),
            ("start", INT),
            ("end", INT),
            ("status", TEXT),
            ("data", TEXT),
            ("candidate", TEXT),
        ),
        1,
    ),
    Table(
        "event_actors",
        "event_actors",
        (("doc_id", TEXT), ("event_id", TEXT), ("entity_id", TEXT), ("role", TEXT)),
        0,
        True,
    ),
    Table(
        "search_entries",
        "search",
        (
            ("doc_id", TEXT),
            ("kind", TEXT),
            ("layer", TEXT),
            ("start", INT),
            ("end", INT),
            ("text", TEXT),
            ("grams", TEXT),
        ),
        0,
    ),
)


def migration_names() -> list[str]:
    """The store migrations whose tables the partitions' columns match."""
    from allyscope.store.migrations import available

    return [name for name, _ in available()]


def content_hash(batch: Sequence[DocumentRows]) -> str:
    """A batch's identity: the SHA-256 of its documents' content hashes, in order."""
    return hashlib.sha256("\n".join(rows.sha256 for rows in batch).encode()).hexdigest()


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _rows(table: Table, batch: Sequence[DocumentRows]) -> list[tuple[Any, ...]]:
    """The rows of one table for a batch, in document order, with the document id in front where needed."""
    if table.field == "doc":
        return [rows.doc for rows in batch]
    out: list[tuple[Any, ...]] = []
    for rows in batch:
        part: list[tuple[Any, ...]] = getattr(rows, table.field)
        if table.doc_prepended:
            out.extend((rows.id, *row) for row in part)
        else:
            out.extend(part)
    return out


def partition_name(batch: int) -> str:
    return f"part-{batch:05d}.parquet"


def write_partition(outdir: Path, batch: int, docs: Sequence[DocumentRows]) -> dict[str, Any]:
    """Write one batch of documents (one file per table) and return its manifest entry."""
    pa = require("pyarrow")
    pq = require("pyarrow.parquet")
    types = {TEXT: pa.string(), INT: pa.int64(), BLOB: pa.binary()}
    digest = content_hash(docs)
    files: dict[str, dict[str, Any]] = {}
    for table in TABLES:
        rows = _rows(table, docs)
        columns = list(zip(*rows, strict=True)) if rows else [() for _ in table.columns]
        schema = pa.schema(
            [pa.field(name, types[kind]) for name, kind in table.columns],
            metadata={"allyscope.batch": str(batch), "allyscope.content_hash": digest},
        )
        arrow = pa.Table.from_arrays(
            [pa.array(list(col), type=types[kind]) for col, (_, kind) in zip(columns, table.columns, strict=True)],
            schema=schema,
        )
        relative = f"{table.name}/{partition_name(batch)}"
        target = outdir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
        pq.write_table(arrow, temporary, compression="zstd")
        os.replace(temporary, target)
        files[table.name] = {"path": relative, "rows": len(rows), "sha256": file_hash(target)}
    return {
        "batch": batch,
        "content_hash": digest,
        "documents": [rows.id for rows in docs],
        "files": files,
    }


def write_manifest(outdir: Path, entries: list[dict[str, Any]], failed: list[str]) -> dict[str, Any]:
    """Write the manifest last (under a temporary name, then renamed): its presence says the folder is whole."""
    entries = sorted(entries, key=lambda e: int(e["batch"]))
    totals = {t.name: sum(int(e["files"][t.name]["rows"]) for e in entries) for t in TABLES}
    manifest = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "migrations": migration_names(),
        "tables": {t.name: t.names for t in TABLES},
        "rows": totals,
        "batches": entries,
        "failed": failed,
    }
    temporary = outdir / f".{MANIFEST}.tmp"
    temporary.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
    os.replace(temporary, outdir / MANIFEST)
    return manifest


def read_manifest(outdir: Path) -> dict[str, Any]:
    """The manifest of a partition folder, checked against this allyscope's schema."""
    path = outdir / MANIFEST
    try:
        manifest: dict[str, Any] = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise ScaleError(f"{outdir}: no {MANIFEST} (not a partition folder, or its writing did not finish)") from None
    except (OSError, ValueError) as exc:
        raise ScaleError(f"{path}: unreadable manifest ({exc})") from exc
    if manifest.get("format") != FORMAT or manifest.get("schema_version") != SCHEMA_VERSION:
        raise ScaleError(f"{path}: not an allyscope partition folder of schema version {SCHEMA_VERSION}")
    if manifest.get("migrations") != migration_names():
        raise ScaleError(
            f"{path}: the partitions match migrations up to {(manifest.get('migrations') or ['none'])[-1]}, "
            f"this allyscope stores up to {migration_names()[-1]}: write them again with this version"
        )
    return manifest


def checked_table(outdir: Path, entry: dict[str, Any], table: Any) -> Any:
    """The Arrow table of `table` in one manifest entry; refuses a file that is missing, whose bytes are not
    those the manifest recorded (rewritten, truncated or swapped after the run), or whose columns or row count
    differ from the manifest's."""
    pa = require("pyarrow")
    pq = require("pyarrow.parquet")
    record = entry["files"][table.name]
    path = outdir / record["path"]
    try:
        data = path.read_bytes()  # read once: hashed, then decoded from memory (not read again from disk)
    except FileNotFoundError:
        raise ScaleError(f"{path}: partition missing (the manifest lists it)") from None
    except OSError as exc:
        raise ScaleError(f"{path}: unreadable partition ({exc})") from exc
    if hashlib.sha256(data).hexdigest() != record["sha256"]:
        raise ScaleError(f"{path}: partition changed since it was written (its hash is not the manifest's)")
    try:
        # one file's reader, not `read_table`'s dataset machinery: a third less CPU on files of a batch's size;
        # in this thread (Arrow's pool of threads cost more than they gave on such files: 0.12 s against 0.07 s
        # for 200 articles' 117 files; the loader reads in a thread of its own, beside the database's work)
        arrow = pq.ParquetFile(pa.BufferReader(data)).read(use_threads=False)
    except (OSError, pa.ArrowException) as exc:
        raise ScaleError(f"{path}: not a readable Parquet file ({exc})") from exc
    if arrow.column_names != table.names or arrow.num_rows != record["rows"]:
        raise ScaleError(f"{path}: columns or row count differ from the manifest's")
    return arrow


def read_partition(outdir: Path, entry: dict[str, Any]) -> list[DocumentRows]:
    """The documents of one manifest entry, each with its rows in the order they were written; refuses a file
    whose bytes are not those the manifest recorded (rewritten, truncated or swapped after the run)."""
    by_doc: dict[str, dict[str, Any]] = {ident: {} for ident in entry["documents"]}
    for table in TABLES:
        arrow = checked_table(outdir, entry, table)
        path = outdir / entry["files"][table.name]["path"]
        rows = list(zip(*(col.to_pylist() for col in arrow.columns), strict=True))
        for row in rows:
            ident = row[table.doc_column]
            if ident not in by_doc:
                raise ScaleError(f"{path}: a row of document {ident}, which the manifest does not list in this batch")
            kept = row[1:] if table.doc_prepended else row
            if table.field == "doc":
                by_doc[ident]["doc"] = kept
            else:
                by_doc[ident].setdefault(table.field, []).append(kept)
    out: list[DocumentRows] = []
    for ident, fields in by_doc.items():
        if "doc" not in fields:
            raise ScaleError(f"{outdir / entry['files']['documents']['path']}: document {ident} missing")
        out.append(
            DocumentRows(
                fields["doc"],
                fields.get("spans", []),
                fields.get("footnotes", []),
                fields.get("markers", []),
                entities=fields.get("entities", []),
                mentions=fields.get("mentions", []),
                events=fields.get("events", []),
                event_actors=fields.get("event_actors", []),
                search=fields.get("search", []),
            )
        )
    return out


def partition_bytes(outdir: Path, manifest: dict[str, Any]) -> int:
    """The size on disk of every partition file the manifest lists."""
    return sum((outdir / f["path"]).stat().st_size for e in manifest["batches"] for f in e["files"].values())


def uncompressed_bytes(outdir: Path, manifest: dict[str, Any]) -> int:
    """The size of every partition's columns once decompressed (from the files' metadata, not read)."""
    pq = require("pyarrow.parquet")
    total = 0
    for entry in manifest["batches"]:
        for record in entry["files"].values():
            meta = pq.read_metadata(outdir / record["path"])
            total += sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
    return total
