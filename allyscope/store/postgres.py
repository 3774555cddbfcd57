"""Opening a PostgreSQL knowledge base: pooled connections that the store uses as it uses SQLite's.

A team shares one knowledge base on a PostgreSQL server, named by URL (`--db postgresql://user@host/dbname`).
Connections come from a psycopg 3 pool (`psycopg_pool.ConnectionPool`, one per URL and process: the web app's
requests share it). `PgConnection` gives the store and the knowledge base the part of `sqlite3.Connection`
they use — `execute`, `executemany`, cursors with `lastrowid` and `rowcount`, `in_transaction`, `close` —
and rewrites each statement from SQLite's dialect (`postgres_sql.translate`), so that one text of every query
serves both stores.

What SQLite's single writer gave for free is kept: a transaction opened with `BEGIN IMMEDIATE` (every write of
the store) takes a transaction-scoped advisory lock first, so writers take turns (waiting up to `--wait`, saying
so once, then `DatabaseLockedError`) and the read-modify-write code of the store stays correct, while readers
never wait (MVCC). A `BEGIN` inside a transaction is a savepoint. Review decisions add an optimistic check on
top (see `allyscope.knowledge.review.decide`): two reviewers deciding on the same candidate get a conflict.

Ours or refused: a database whose schema holds tables but no `_migrations` belongs to another application
and is refused before anything is written. A read-only open sets the session read-only: nothing can be written.
Errors of the driver reach callers as `sqlite3` errors of the matching kind, so the store's handling of a
failed statement is one for both.
"""

from __future__ import annotations

import atexit
import os
import re
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from importlib import resources
from typing import TYPE_CHECKING, Any, ClassVar

from allyscope.errors import DatabaseLockedError, ForeignDatabaseError, StoreError
from allyscope.store.connection import lock_wait
from allyscope.store.dialect import DatabaseURL
from allyscope.store.postgres_sql import Catalog, returning, translate

if TYPE_CHECKING:
    import psycopg
    from psycopg_pool import ConnectionPool

COPY_FROM = 20  # rows from which executemany sends a plain INSERT as COPY
_PLAIN_INSERT = re.compile(
    r"\s*INSERT\s+INTO\s+(\w+)\s*(?:\(([^()]*)\))?\s*VALUES\s*\(((?:\s*\?\s*,)*\s*\?\s*)\)\s*$", re.IGNORECASE
)
WRITE_LOCK = 0x414C5343  # "ALSC", the advisory lock every writing transaction holds
POOL_ENV = "ALLYSCOPE_PG_POOL"
DEFAULT_POOL = 8


class PostgresUnavailableError(StoreError):
    """The PostgreSQL driver is not installed, or the server cannot be reached or refuses us."""


def _driver() -> Any:
    try:
        import psycopg
        import psycopg_pool
    except ImportError:
        raise PostgresUnavailableError(
            "a postgresql:// database needs the PostgreSQL driver: pip install 'allyscope[postgres]'"
        ) from None
    return psycopg, psycopg_pool


class _Pools:
    lock = threading.Lock()
    pools: ClassVar[dict[str, ConnectionPool[Any]]] = {}
    catalogs: ClassVar[dict[str, Catalog]] = {}


def _configure(conn: psycopg.Connection[Any]) -> None:
    """Every pooled connection: JSON read as text and numbers as int or float, as SQLite gives them."""
    from psycopg.adapt import Loader
    from psycopg.types.string import TextLoader

    class NumberLoader(Loader):
        def load(self, data: Any) -> int | float:
            text = bytes(data).decode()
            return float(text) if any(c in text for c in ".eEnN") else int(text)

    for name in ("json", "jsonb"):
        conn.adapters.register_loader(name, TextLoader)
    conn.adapters.register_loader("numeric", NumberLoader)


def _reset(conn: psycopg.Connection[Any]) -> None:
    conn.execute("RESET ALL")


def pool_for(url: DatabaseURL) -> ConnectionPool[Any]:
    """The process's pool for `url`, made on first use after one direct connection that says clearly why the
    server cannot be used (down, wrong password, no such database)."""
    psycopg, psycopg_pool = _driver()
    key = url.secret
    with _Pools.lock:
        known = _Pools.pools.get(key)
        if known is not None:
            return known
        try:
            psycopg.connect(key, connect_timeout=10, autocommit=True).close()
        except psycopg.Error as exc:
            raise PostgresUnavailableError(f"{url}: cannot connect ({_first_line(exc)})") from None
        size = int(os.environ.get(POOL_ENV) or DEFAULT_POOL)
        pool: ConnectionPool[Any] = psycopg_pool.ConnectionPool(
            key,
            min_size=1,
            max_size=max(1, size),
            kwargs={"autocommit": True},
            configure=_configure,
            reset=_reset,
            open=True,
            timeout=max(lock_wait(), 1.0),
            name=f"allyscope {url}",
        )
        _Pools.pools[key] = pool
        return pool


def close_pools(url: DatabaseURL | None = None) -> None:
    """Close the pool of `url` (all pools when None): its server connections end."""
    with _Pools.lock:
        keys = [url.secret] if url is not None else list(_Pools.pools)
        for key in keys:
            closing = _Pools.pools.pop(key, None)
            _Pools.catalogs.pop(key, None)
            if closing is not None:
                closing.close()


atexit.register(close_pools)


def _first_line(exc: BaseException) -> str:
    primary = getattr(getattr(exc, "diag", None), "message_primary", None)
    if primary:
        return str(primary)
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[-1] if lines else type(exc).__name__


def _as_sqlite(exc: Exception) -> sqlite3.Error:
    """The driver's error as the `sqlite3` error the store already handles."""
    import psycopg

    text = _first_line(exc)
    if isinstance(exc, psycopg.errors.IntegrityError):
        return sqlite3.IntegrityError(text)
    if isinstance(exc, psycopg.errors.DataError):
        return sqlite3.DataError(text)
    if isinstance(exc, psycopg.errors.ReadOnlySqlTransaction):
        return sqlite3.OperationalError(f"attempt to write a readonly database ({text})")
    if isinstance(exc, psycopg.errors.UndefinedTable):
        return sqlite3.OperationalError(f"no such table ({text})")
    return sqlite3.OperationalError(text)


class PgCursor:
    """The results of one statement, read like a `sqlite3.Cursor`."""

    def __init__(self, cursor: psycopg.Cursor[Any] | None, lastrowid: int | None = None) -> None:
        self._cursor = cursor
        self.lastrowid = lastrowid

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount if self._cursor is not None else -1

    @property
    def description(self) -> Any:
        return self._cursor.description if self._cursor is not None else None

    def fetchone(self) -> Any:
        if self._cursor is None or self._cursor.description is None:
            return None
        return self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        if self._cursor is None or self._cursor.description is None:
            return []
        return self._cursor.fetchall()

    def fetchmany(self, size: int = 1) -> list[Any]:
        if self._cursor is None or self._cursor.description is None:
            return []
        return self._cursor.fetchmany(size)

    def __iter__(self) -> Iterator[Any]:
        if self._cursor is None or self._cursor.description is None:
            return iter(())
        return iter(self._cursor)

    def close(self) -> None:
        if self._cursor is not None:
            self._cursor.close()


class PgConnection:
    """A pooled PostgreSQL connection that the store uses like its SQLite connection (see the module's doc)."""

    dialect = "postgresql"

    def __init__(self, url: DatabaseURL, raw: psycopg.Connection[Any], pool: ConnectionPool[Any]) -> None:
        self.url = url
        self.label = str(url)
        self.raw = raw
        self._pool = pool
        self._nested = 0
        self._closed = False
        self.catalog = Catalog()
        self._translated: dict[str, tuple[str, bool]] = {}

    # --- what the store calls -------------------------------------------------------------------------------
    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return bool(self.raw.info.transaction_status != TransactionStatus.IDLE)

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] = (), /) -> PgCursor:
        head = sql.lstrip()[:9].upper()
        if head.startswith("BEGIN"):
            if self.in_transaction:
                self._nested += 1
                return self._run(f"SAVEPOINT nested_{self._nested}")
            self._nested = 0
            self._run("BEGIN")
            if "IMMEDIATE" in sql.upper() or "EXCLUSIVE" in sql.upper():
                self._take_write_lock()
            return PgCursor(None)
        if head.startswith(("COMMIT", "END")):
            if self._nested:
                self._nested -= 1
                return self._run(f"RELEASE SAVEPOINT nested_{self._nested + 1}")
            return self._run("COMMIT")
        if head.startswith("ROLLBACK") and sql.strip().upper() == "ROLLBACK":
            if not self.in_transaction:
                self._nested = 0
                return PgCursor(None)
            if self._nested:
                name = f"nested_{self._nested}"
                self._nested -= 1
                self._run(f"ROLLBACK TO SAVEPOINT {name}")
                return self._run(f"RELEASE SAVEPOINT {name}")
            return self._run("ROLLBACK")
        text, wants_id = self._translate(sql)
        cursor = self._run(text, list(parameters) if not isinstance(parameters, dict) else parameters)
        if wants_id:
            row = cursor.fetchone()
            return PgCursor(cursor._cursor, int(row[0]) if row else None)
        return cursor

    def executemany(self, sql: str, rows: Any, /) -> PgCursor:
        """Many rows: a plain `INSERT INTO t [(columns)] VALUES (?, ...)` of enough rows goes as one `COPY`
        (several times faster than one statement per row, even pipelined); anything else row by row."""
        batch = [list(r) for r in rows]
        if not batch:
            return PgCursor(None)
        cursor = self.raw.cursor()
        columns = self._copyable(sql, len(batch[0])) if len(batch) >= COPY_FROM else None
        try:
            if columns is not None:
                table, names = columns
                with cursor.copy(f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
                    for row in batch:
                        copy.write_row(row)
            else:
                text, _ = self._translate(sql, ids=False)
                cursor.executemany(text, batch)
        except Exception as exc:
            raise self._error(exc) from exc
        return PgCursor(cursor)

    def _copyable(self, sql: str, width: int) -> tuple[str, list[str]] | None:
        """(table, quoted columns) when `sql` only inserts parameters into a table's columns."""
        plain = _PLAIN_INSERT.match(sql)
        if not plain or plain.group(3).count("?") != width:
            return None
        table = plain.group(1)
        if plain.group(2):
            names = [c.strip().strip('"') for c in plain.group(2).split(",")]
        else:
            names = self.catalog.columns.get(table, [])[:width]
        if len(names) != width:
            return None
        return table, [f'"{n}"' for n in names]

    def cursor(self) -> PgCursor:
        return PgCursor(None)

    def commit(self) -> None:
        if self.in_transaction:
            self.execute("COMMIT")

    def rollback(self) -> None:
        if self.in_transaction:
            self._run("ROLLBACK")
            self._nested = 0

    def close(self) -> None:
        """Give the connection back to the pool (an open transaction is rolled back first)."""
        if self._closed:
            return
        self._closed = True
        try:
            if self.in_transaction:
                self.raw.rollback()
        finally:
            self._pool.putconn(self.raw)

    # --- inside -----------------------------------------------------------------------------------------------
    def _translate(self, sql: str, *, ids: bool = True) -> tuple[str, bool]:
        key = sql if ids else "\x00" + sql
        found = self._translated.get(key)
        if found is None:
            text = translate(sql, self.catalog)
            found = returning(text, self.catalog) if ids else (text, False)
            self._translated[key] = found
        return found

    def _run(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> PgCursor:
        cursor = self.raw.cursor()
        try:
            cursor.execute(sql, parameters)
        except Exception as exc:
            raise self._error(exc) from exc
        return PgCursor(cursor)

    def _error(self, exc: Exception) -> Exception:
        import psycopg

        if isinstance(exc, psycopg.errors.LockNotAvailable):
            return DatabaseLockedError(f"{self.label}: {_first_line(exc)}")
        if isinstance(exc, psycopg.Error):
            return _as_sqlite(exc)
        return exc

    def _take_write_lock(self) -> None:
        """The writers' advisory lock, held until the transaction ends; waits as SQLite's writers wait."""
        from allyscope.store.connection import WAIT_ENV, _Settings

        if self._run("SELECT pg_try_advisory_xact_lock(%s)", [WRITE_LOCK]).fetchone()[0]:
            return
        wait = lock_wait()
        _Settings.notify(f"{self.label}: another command is writing; waiting up to {wait:g} s for it")
        self._run(f"SET LOCAL lock_timeout = {max(1, int(wait * 1000))}")
        try:
            self._run("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK])
        except (DatabaseLockedError, sqlite3.OperationalError):
            self._run("ROLLBACK")
            raise DatabaseLockedError(
                f"{self.label}: another allyscope command is writing to it; gave up after {wait:g} s "
                f"(wait longer with --wait SECONDS or ${WAIT_ENV})"
            ) from None


# --- opening ------------------------------------------------------------------------------------------------


def open_store(url: DatabaseURL, *, create: bool = True, readonly: bool = False) -> PgConnection:
    """A connection to the knowledge base at `url`: checked to be ours, migrated unless `readonly`."""
    pool = pool_for(url)
    try:
        raw = pool.getconn()
    except Exception as exc:
        raise PostgresUnavailableError(f"{url}: no connection free ({_first_line(exc)})") from None
    conn = PgConnection(url, raw, pool)
    try:
        state = _identify(conn)
        if state == "empty" and (readonly or not create):
            raise StoreError(f"{url}: no database here (run 'allyscope ingest FILE' first)")
        if readonly:
            conn._run("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            check_schema(conn)
        else:
            migrate(conn)
        conn.catalog = _catalog(conn, url)
    except BaseException:
        conn.close()
        raise
    return conn


def _tables(conn: PgConnection) -> set[str]:
    rows = conn._run(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
    ).fetchall()
    return {r[0] for r in rows}


def _identify(conn: PgConnection) -> str:
    tables = _tables(conn)
    if not tables:
        return "empty"
    if "_migrations" in tables and "documents" in tables:
        return "ours"
    raise ForeignDatabaseError(
        f"{conn.label}: not an allyscope database (tables of its own); left untouched — give another --db"
    )


def _catalog(conn: PgConnection, url: DatabaseURL) -> Catalog:
    """Columns, conflict keys and generated numbers of our tables (read once per pool)."""
    found = _Pools.catalogs.get(url.secret)
    if found is not None:
        return found
    catalog = Catalog()
    for table, column, identity in conn._run(
        "SELECT table_name, column_name, is_identity FROM information_schema.columns"
        " WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
    ):
        catalog.columns.setdefault(table, []).append(column)
        if identity == "YES" and column != "rowid":
            catalog.identity[table] = column
    for table, kind, columns in conn._run(
        "SELECT c.conrelid::regclass::text, c.contype,"
        " array_agg(a.attname::text ORDER BY array_position(c.conkey, a.attnum))"
        " FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)"
        " WHERE c.contype IN ('p', 'u') AND c.connamespace = current_schema()::regnamespace"
        " GROUP BY c.conrelid, c.conname, c.contype ORDER BY c.contype, c.conname"
    ):
        if table not in catalog.keys or kind == "p":
            catalog.keys[table.strip('"')] = list(columns)
    _Pools.catalogs[url.secret] = catalog
    return catalog


# --- migrations ---------------------------------------------------------------------------------------------


def migration_texts() -> list[tuple[str, str, bool]]:
    """`(name, sql, own)` of every migration in PostgreSQL's dialect: the file of `migrations/postgresql/` of
    the same name where the dialects must differ (`own`), else the SQLite file rewritten (`ddl`)."""
    from allyscope.store.migrations import available

    folder = resources.files("allyscope.store").joinpath("migrations").joinpath("postgresql")
    own = {
        entry.name.removesuffix(".sql"): entry.read_text("utf-8")
        for entry in folder.iterdir()
        if entry.name.endswith(".sql")
    }
    return [(name, ddl(own[name]), True) if name in own else (name, ddl(sql), False) for name, sql in available()]


def ddl(sql: str) -> str:
    """SQLite's column types as PostgreSQL's: text compared byte by byte (as SQLite does), numbered keys
    generated, BLOB as bytea; WITHOUT ROWID has no meaning there."""
    import re

    sql = re.sub(r"\bINTEGER PRIMARY KEY\b", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", sql)
    sql = re.sub(r"\bTEXT\b(?! COLLATE)", 'TEXT COLLATE "C"', sql)
    sql = re.sub(r"\bBLOB\b", "BYTEA", sql)
    return re.sub(r"\)\s*WITHOUT ROWID", ")", sql)


def _statements(sql: str) -> list[str]:
    from allyscope.store.migrations import _statements as split

    return split(sql)


def migrate(conn: PgConnection) -> list[str]:
    """Apply the migrations not applied yet, each in one transaction with its bookkeeping row (writers wait
    for each other on the advisory lock, so two processes never migrate at once)."""
    from allyscope.store.migrations import available

    conn._run(
        'CREATE TABLE IF NOT EXISTS _migrations (name TEXT COLLATE "C" PRIMARY KEY, applied_at TEXT NOT NULL)'
    )
    done = [r[0] for r in conn._run("SELECT name FROM _migrations ORDER BY name")]
    known = {name for name, _ in available()}
    unknown = [name for name in done if name not in known]
    if unknown:
        raise StoreError(
            f"{conn.label}: the database has migrations this allyscope does not know ({', '.join(unknown)}): "
            "it was written by a newer version"
        )
    now: list[str] = []
    pending = [m for m in migration_texts() if m[0] not in done]
    if not pending:
        return now
    conn.execute("BEGIN IMMEDIATE")
    try:
        done = [r[0] for r in conn._run("SELECT name FROM _migrations ORDER BY name")]  # another may have run
        for name, sql, own in pending:
            if name in done:
                continue
            if own:
                if any(s.strip() and not s.strip().startswith("--") for s in sql.splitlines()):
                    conn._run(sql)
            else:
                for statement in _statements(sql):
                    conn._run(translate(statement, Catalog()), [])
            conn._run(
                "INSERT INTO _migrations (name, applied_at) VALUES (%s, %s)",
                [name, datetime.now(UTC).isoformat(timespec="seconds")],
            )
            now.append(name)
        conn.execute("COMMIT")
    except BaseException as exc:
        conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise StoreError(f"{conn.label}: migration failed: {exc}") from exc
        raise
    return now


def check_schema(conn: PgConnection) -> None:
    """A read-only open cannot migrate: refuse a schema older or newer than this version's."""
    from allyscope.store.migrations import available

    done = {r[0] for r in conn._run("SELECT name FROM _migrations")}
    known = {name for name, _ in available()}
    if done - known:
        raise StoreError(f"{conn.label}: written by a newer allyscope (migrations {', '.join(sorted(done - known))})")
    if known - done:
        raise StoreError(
            f"{conn.label}: made by an older allyscope; a command that writes (ingest, init, review) upgrades it"
        )
