"""PostgreSQL as the second store: the SQL rewriting, the migrations' two forms, the same answers as SQLite for
the same commands, reviewers deciding at once, `allyscope copy` both ways, `allyscope serve`, and bad servers.

The store tests of test_search.py, test_knowledge.py and test_timeline.py run against both stores as well (the
`db_location`/`pg_database` fixtures of conftest.py); the server is a throwaway one (tests/pg_cluster.py)."""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import warnings
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import HERE, LAYOUTS
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.cli import main
from allyscope.errors import ForeignDatabaseError, StoreError
from allyscope.knowledge.review import DecisionConflict, candidates, decide
from allyscope.store import Store
from allyscope.store.dialect import DatabaseURL, is_url
from allyscope.store.postgres_sql import Catalog, UntranslatableSQL, translate

NEW_DOC = HERE / "knowledge" / "partnership_2026.txt"
ENGLISH = HERE / "events" / "en_partnership.txt"
CATALOG = Catalog(
    columns={"sources": ["id", "type", "title", "url", "issued", "data"], "fact_evidence": ["fact_num", "x", "rowid"]},
    keys={"sources": ["id"], "fact_evidence": ["fact_num", "x"]},
    identity={"facts": "num"},
)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


# --- rewriting SQLite's SQL (no server needed) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sqlite", "postgres"),
    [
        ("SELECT a FROM t WHERE b = ? AND c LIKE '%x?'", "SELECT a FROM t WHERE b = %s AND c ILIKE '%%x?'"),
        ("INSERT OR IGNORE INTO t VALUES (?, ?)", "INSERT INTO t VALUES (%s, %s) ON CONFLICT DO NOTHING"),
        ("SELECT ifnull(a, ''), instr(a, char(31))", "SELECT coalesce(a, ''), instr(a, chr(31))"),
        ("SELECT max(a, min(b, 3)), max(c) FROM t", "SELECT greatest(a, least(b, 3)), max(c) FROM t"),
        ("SELECT n FROM (SELECT 1 AS n) ORDER BY n", "SELECT n FROM (SELECT 1 AS n) AS _q1 ORDER BY n"),
        ("SELECT n FROM (SELECT 1 AS n) x", "SELECT n FROM (SELECT 1 AS n) x"),
        ("SELECT a FROM facts INDEXED BY facts_by_date WHERE a = ?", "SELECT a FROM facts WHERE a = %s"),
        (
            "SELECT json_group_array(json_array(a, json(b))) FROM t",
            "SELECT coalesce('[' || string_agg('[' || coalesce(to_json(a)::text, 'null') || ',' || "
            "coalesce((b)::text, 'null') || ']', ',') || ']', '[]') FROM t",
        ),
        ("SELECT json_group_array(a) FROM t", "SELECT coalesce(json_agg(a), '[]'::json) FROM t"),
        ("BEGIN IMMEDIATE", "BEGIN"),
    ],
)
def test_statements_are_rewritten(sqlite: str, postgres: str) -> None:
    assert translate(sqlite, CATALOG) == postgres


def test_insert_or_replace_updates_every_column_by_the_key() -> None:
    sql = translate("INSERT OR REPLACE INTO sources VALUES (?,?,?,?,?,?)", CATALOG)
    assert sql.endswith(
        'ON CONFLICT (id) DO UPDATE SET "type" = EXCLUDED."type", "title" = EXCLUDED."title", '
        '"url" = EXCLUDED."url", "issued" = EXCLUDED."issued", "data" = EXCLUDED."data"'
    )
    # a replaced row is written anew, after the others, as SQLite's REPLACE does
    assert translate("INSERT OR REPLACE INTO fact_evidence VALUES (?,?)", CATALOG).endswith("rowid = DEFAULT")
    with pytest.raises(UntranslatableSQL, match="no key"):
        translate("INSERT OR REPLACE INTO nowhere VALUES (?)", CATALOG)


@pytest.mark.parametrize(
    "sql",
    ["PRAGMA journal_mode", "SELECT value FROM json_each(?)", "SELECT * FROM search_pairs WHERE search_pairs MATCH ?"],
)
def test_sqlite_only_sql_is_named_not_sent(sql: str) -> None:
    with pytest.raises(UntranslatableSQL):
        translate(sql, CATALOG)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab?%'_ ")), max_size=20))
def test_literals_keep_their_text_and_placeholders_are_counted(literal: str) -> None:
    """A `?` inside a string literal is text, outside it is a parameter; every % reaches the driver doubled."""
    quoted = "'" + literal.replace("'", "''") + "'"
    sql = translate(f"SELECT {quoted}, ? FROM t WHERE a = ?", CATALOG)
    assert sql.count("%s") == 2 + literal.count("%s")
    assert sql.replace("%%", "%").startswith(f"SELECT {quoted}, ")


@pytest.fixture(scope="module")
def pg_json_probe(pg_cluster: Any) -> Any:
    import psycopg

    url = pg_cluster.create_database("json_probe")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute('CREATE TABLE probe (n integer, t text COLLATE "C", j text)')
        yield conn
    pg_cluster.drop_database("json_probe")


_VALUE = st.one_of(st.none(), st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12))


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.tuples(st.one_of(st.none(), st.integers(-(2**40), 2**40)), _VALUE, _VALUE), max_size=5))
def test_an_array_of_arrays_is_the_json_sqlite_gives(pg_json_probe: Any, rows: list[tuple[Any, ...]]) -> None:
    """json_group_array(json_array(...)), which PostgreSQL builds as text (postgres_sql._json_group_array):
    numbers, text with quotes, backslashes, control characters and any script, NULLs and JSON kept as JSON
    read back as SQLite's function gives them."""
    stored = [(n, t, None if j is None else json.dumps(j)) for n, t, j in rows]
    sql = "SELECT json_group_array(json_array(n, t, json(j))) FROM (SELECT * FROM probe ORDER BY rowid)"
    lite = sqlite3.connect(":memory:")
    lite.execute("CREATE TABLE probe (n integer, t text, j text)")
    lite.executemany("INSERT INTO probe VALUES (?,?,?)", stored)
    conn = pg_json_probe
    conn.execute("DROP TABLE IF EXISTS probe")
    conn.execute('CREATE TABLE probe (rowid bigserial, n bigint, t text COLLATE "C", j text)')
    for row in stored:
        conn.execute("INSERT INTO probe (n, t, j) VALUES (%s, %s, %s)", row)
    got = conn.execute(translate(sql, Catalog()).replace("%%", "%")).fetchone()[0]
    want = lite.execute(sql).fetchone()[0]
    assert json.loads(got) == json.loads(want)


def test_every_migration_has_a_postgresql_form() -> None:
    """Each migration is a file of migrations/postgresql/ or SQLite's file rewritten without a word left that only
    SQLite knows: a new SQLite-only migration fails here until it gets its PostgreSQL form."""
    from allyscope.store.migrations import available
    from allyscope.store.postgres import _statements, migration_texts

    texts = migration_texts()
    assert [name for name, _, _ in texts] == [name for name, _ in available()]
    for name, sql, own in texts:
        if not own:
            for statement in _statements(sql):
                translate(statement, Catalog())
        assert "WITHOUT ROWID" not in sql and "VIRTUAL TABLE" not in sql, name


def test_a_url_is_told_apart_from_a_path_and_keeps_its_password_out_of_messages() -> None:
    url = DatabaseURL("postgresql://ann:secret@db.example/kb")
    assert is_url(url) and not is_url("kb.db") and not is_url(Path("postgresql:/x"))
    assert "secret" not in str(url) and "secret" not in f"{url}: down" and url.secret.endswith(":secret@db.example/kb")


# --- the same commands, the same answers --------------------------------------------------------------------


def _without_clock(text: str) -> str:
    return re.sub(r'"(created_at|ingested_at|at)": "[^"]*"', '"_": ""', text)


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory, pg_database: Any, article_path: Path) -> tuple[str, str]:
    """The case, the reference article, the layout documents and a test document in SQLite and in PostgreSQL."""
    sqlite = str(tmp_path_factory.mktemp("both") / "kb.db")
    postgres = pg_database()
    files = [str(p) for p in sorted(LAYOUTS.glob("*.txt"))[:6]]
    for db in (sqlite, postgres):
        assert run("init", "--db", db, "--with", str(article_path))[0] == 0
        assert run("ingest", "--db", db, str(NEW_DOC), *files)[0] == 0
    return sqlite, postgres


@pytest.mark.parametrize(
    "command",
    [
        ["timeline", "--json"],
        ["timeline", "--actor", "北约", "--type", "agree", "--json"],
        ["timeline", "--from", "2023-07-15", "--to", "2023-07-31", "--json"],
        ["timeline", "--dyad", "JP", "NATO", "--to", "1999"],
        ["search", "北约", "--json"],
        ["search", "岸田", "--json"],
        ["search", "日本與北約", "--json"],
        ["search", "Stolten", "--json"],
        ["search", "NATO峰会", "--json"],
        ["search", "同上", "--json"],
        ["review", "--list", "--json"],
        ["entity", "JP", "--json"],
        ["show", "partnership_2026.txt", "--json"],
        ["events", "--json"],
        ["events", "--actor", "JP", "--limit", "5", "--json"],
        ["events", "--actor", "NATO", "--from", "2015-06", "--limit", "3", "--json"],
        ["indicators", "--json"],
        ["obligations", "--json"],
        ["claims", "--json"],
    ],
)
def test_the_same_command_gives_the_same_answer(both: tuple[str, str], command: list[str]) -> None:
    sqlite, postgres = both
    code_a, out_a, err_a = run(*command, "--db", sqlite)
    code_b, out_b, err_b = run(*command, "--db", postgres)
    assert code_a == code_b == 0, (err_a, err_b)
    assert _without_clock(out_a.replace(sqlite, "DB")) == _without_clock(out_b.replace(postgres, "DB"))


# --- reviewers at once --------------------------------------------------------------------------------------


def test_a_decision_on_a_stale_view_is_a_conflict_and_nothing_is_lost(db_location: str) -> None:
    from allyscope.pipeline import extract_file

    with Store(db_location) as store:
        store.load_case()
        store.add(extract_file(NEW_DOC))
        first = candidates(store.conn)[0]
        key, seen = first["candidate"], first["decision"]
        assert seen == 0
    with Store(db_location) as ann, Store(db_location) as bob:  # two reviewers, two connections
        decide(ann.conn, key, "accept", by="ann", seen=seen)
        with pytest.raises(DecisionConflict, match=r"ann decided accept .* nothing recorded"):
            decide(bob.conn, key, "reject", reason="dup", by="bob", seen=seen)
        now = candidates(bob.conn, status=None)
        latest = next(c for c in now if c["candidate"] == key)["decision"]
        decide(bob.conn, key, "reject", reason="dup", by="bob", seen=latest)  # after reloading: taken
        rows = bob.conn.execute("SELECT by, action FROM decisions WHERE candidate = ? ORDER BY id", (key,)).fetchall()
    assert [tuple(r) for r in rows] == [("ann", "accept"), ("bob", "reject")]
    code, _, err = run("review", key, "--db", db_location, "--accept", "--seen", str(seen), "--json")
    assert code == 1 and json.loads(err)["error"]["code"] == "conflict"


def test_reviewers_deciding_at_once_lose_and_duplicate_nothing(pg_url: str) -> None:
    """Eight threads, each its own connection of the pool, race on the same two candidates with what they saw:
    every decision recorded is one a reviewer was told was recorded, and each round has exactly one winner."""
    from allyscope.pipeline import extract_file

    with Store(pg_url) as store:
        store.load_case()
        store.add(extract_file(NEW_DOC))
        keys = [c["candidate"] for c in candidates(store.conn)][:2]
    won: list[tuple[str, str]] = []
    conflicts: list[str] = []
    lock = threading.Lock()

    def reviewer(name: str) -> None:
        with Store(pg_url) as mine:
            for _ in range(3):
                for key in keys:
                    seen = next(c for c in candidates(mine.conn, status=None) if c["candidate"] == key)["decision"]
                    try:
                        decide(mine.conn, key, "reject", reason=name, by=name, seen=seen)
                    except DecisionConflict:
                        with lock:
                            conflicts.append(name)
                        continue
                    with lock:
                        won.append((key, name))

    threads = [threading.Thread(target=reviewer, args=(f"r{i}",)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with Store(pg_url, readonly=True) as store:
        rows = store.conn.execute(
            "SELECT candidate, by FROM decisions WHERE candidate IN (?, ?) ORDER BY id", keys
        ).fetchall()
    assert sorted(tuple(r) for r in rows) == sorted(won)
    assert len(won) + len(conflicts) == 8 * 3 * 2 and won


# --- copy --------------------------------------------------------------------------------------------------


def test_copy_moves_a_knowledge_base_there_and_back(both: tuple[str, str], pg_database: Any, tmp_path: Path) -> None:
    sqlite, _ = both
    target = pg_database()
    code, out, err = run("copy", "--from", sqlite, "--to", target, "--json")
    assert code == 0, err
    counts = json.loads(out)
    assert counts["documents"] == 8 and counts["decisions"] > 50
    back = str(tmp_path / "back.db")
    assert run("copy", "--from", target, "--to", back)[0] == 0
    for command in (["timeline", "--json"], ["search", "北约", "--json"], ["review", "--list", "--json"]):
        expected = _without_clock(run(*command, "--db", sqlite)[1])
        assert _without_clock(run(*command, "--db", target)[1]) == expected
        assert _without_clock(run(*command, "--db", back)[1]) == expected
    with Store(sqlite, readonly=True) as a, Store(target, readonly=True) as b:
        query = "SELECT candidate, action, by, at, target FROM decisions ORDER BY id"
        assert [tuple(r) for r in a.conn.execute(query)] == [tuple(r) for r in b.conn.execute(query)]
    # numbers continue after the copied ones: a new decision is the next one
    with Store(target) as store:
        key = candidates(store.conn)[0]["candidate"]
        decide(store.conn, key, "reject", reason="after the copy", by="ann")
        top = store.conn.execute("SELECT max(id), count(*) FROM decisions").fetchone()
        assert top[0] == top[1]
    code, _, err = run("copy", "--from", sqlite, "--to", target)
    assert code == 2 and "holds a knowledge base already" in err


# --- serve ---------------------------------------------------------------------------------------------------


def test_serve_reads_and_reviews_on_postgresql(pg_url: str, article_path: Path) -> None:
    from starlette.testclient import TestClient

    from allyscope.web import create_app

    assert run("init", "--db", pg_url, "--with", str(article_path))[0] == 0
    assert run("ingest", "--db", pg_url, str(ENGLISH))[0] == 0
    token = "test-write-token-123"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        client = TestClient(create_app(DatabaseURL(pg_url), token))
    assert client.get("/api/timeline", params={"limit": 5}).json()["items"]
    assert client.get("/api/search", params={"q": "北约"}).json()["documents"]
    assert client.get("/").status_code == 200
    item = client.get("/api/review", params={"limit": 1}).json()["items"][0]
    auth = {"Authorization": f"Bearer {token}"}
    body = {"action": "reject", "reason": "test", "by": "ann", "seen": item["decision"]}
    assert client.post(f"/api/review/{item['candidate']}", json=body, headers=auth).status_code == 200
    late = client.post(f"/api/review/{item['candidate']}", json=body | {"by": "bob"}, headers=auth)
    assert late.status_code == 409 and late.json()["error"]["code"] == "conflict"


# --- bad servers and foreign databases ----------------------------------------------------------------------


def test_a_server_that_is_down_is_one_clear_line(tmp_path: Path) -> None:
    from pg_cluster import _free_port

    url = f"postgresql://nobody@127.0.0.1:{_free_port()}/kb"
    code, _, err = run("timeline", "--db", url)
    assert code == 2 and err.count("\n") == 1 and "cannot connect" in err and url in err


def test_a_database_that_does_not_exist_is_named(pg_cluster: Any) -> None:
    url = pg_cluster.url("nowhere")
    code, _, err = run("init", "--db", url)
    assert code == 2 and err.count("\n") == 1 and "cannot connect" in err and '"nowhere" does not exist' in err


def test_a_password_never_reaches_a_message(pg_cluster: Any) -> None:
    url = pg_cluster.url("nowhere").replace("allyscope@", "allyscope:hunter2@")
    code, _, err = run("timeline", "--db", url, "--json")
    assert code == 2 and "hunter2" not in err and "allyscope:***@" in err


def test_a_wrong_password_is_one_clear_line(pg_cluster: Any) -> None:
    import psycopg
    from pg_cluster import PASSWORD_ROLE

    with psycopg.connect(pg_cluster.admin_url, autocommit=True) as conn:
        conn.execute(f"DROP ROLE IF EXISTS {PASSWORD_ROLE}")
        conn.execute(f"CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD 'right-one'")
    url = pg_cluster.url("postgres").replace("allyscope@", f"{PASSWORD_ROLE}:wrong-one@")
    code, _, err = run("timeline", "--db", url)
    assert code == 2 and err.count("\n") == 1 and "cannot connect" in err
    assert "password authentication failed" in err and "wrong-one" not in err
    good = url.replace("wrong-one", "right-one")
    with psycopg.connect(good) as conn:  # the same role with its password gets in: the password was the problem
        assert conn.execute("SELECT current_user").fetchone() == (PASSWORD_ROLE,)


def test_another_applications_database_is_refused_untouched(pg_url: str) -> None:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(ForeignDatabaseError, match="not an allyscope database"):
        Store(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        tables = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert tables == {"invoices"}


def test_read_only_opens_write_nothing_and_a_missing_base_is_named(pg_url: str) -> None:
    with pytest.raises(StoreError, match="no database here"):
        Store(pg_url, readonly=True)
    with Store(pg_url):
        pass
    with Store(pg_url, readonly=True) as store, pytest.raises(sqlite3.OperationalError, match=r"readonly"):
        store.conn.execute("INSERT INTO case_meta VALUES ('k', 'v')")


# --- Dask's loader -----------------------------------------------------------------------------------------


def test_dask_ingest_into_postgresql_stores_the_rows_the_local_ingest_stores(
    pg_url: str, pg_database: Any, tmp_path: Path
) -> None:
    from scale_helpers import TIMESTAMPS, corpus

    from allyscope.ingest import ingest_files
    from allyscope.store.copying import columns

    docs = corpus(tmp_path / "in", count=3)
    local = tmp_path / "local.db"
    assert not ingest_files([str(p) for p in sorted(docs.iterdir())], local, jobs=1).failed
    code, out, err = run("ingest", "--db", pg_url, "--engine", "dask", str(docs))
    assert code == 0, err
    assert out.count("stored") == len(list(docs.iterdir()))

    def rows(where: str | Path, table: str) -> list[tuple[Any, ...]]:
        with Store(where, readonly=True) as store:
            names = [c for c in columns(store.conn, table) if c not in TIMESTAMPS and c != "pairs"]
            selected = ", ".join(f'"{c}"' for c in names)
            return sorted((tuple(r) for r in store.conn.execute(f"SELECT {selected} FROM {table}")), key=repr)

    for table in ("documents", "spans", "footnotes", "markers", "entities", "entity_mentions", "events",
                  "event_actors", "search_entries"):  # fmt: skip
        assert rows(local, table) == rows(pg_url, table), table
    assert Store(local, readonly=True).search("北约") == Store(pg_url, readonly=True).search("北约")
    # the pairs the bulk path computed on the server are those the row path sends (postgres_search.as_tsvector)
    from allyscope.store.postgres_search import as_tsvector
    from allyscope.store.search import ENTRY_TEXT, bigrams

    with Store(pg_url, readonly=True) as store:
        entries = store.conn.execute(
            f"SELECT {ENTRY_TEXT}, e.pairs::text FROM search_entries e JOIN documents d ON d.id = e.doc_id"
        ).fetchall()
        assert len(entries) > 100
        for text, pairs in entries:
            assert store.conn.execute("SELECT CAST(? AS tsvector)::text", (as_tsvector(bigrams(text)),)).fetchone() == (
                pairs,
            )

    # the indexes the loader built after loading into an empty store are those of a new store
    def indexes(url: str) -> set[str]:
        with Store(url, readonly=True) as store:
            return {r[0] for r in store.conn.execute("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'")}

    fresh = pg_database()
    Store(fresh).close()
    assert any("gin" in d for d in indexes(fresh)) and indexes(pg_url) == indexes(fresh)
    again = run("ingest", "--db", pg_url, "--engine", "dask", str(docs))  # the same content is stored once
    assert again[0] == 0 and again[1].count("present") == len(list(docs.iterdir()))
    assert rows(local, "documents") == rows(pg_url, "documents")


def test_allyscope_db_may_name_a_server(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALLYSCOPE_DB", pg_url)
    assert run("init", "--with", str(NEW_DOC))[0] == 0
    code, out, _ = run("review", "--list", "--json")
    assert code == 0 and len(json.loads(out)) == 2
    with Store(pg_url, readonly=True) as store:
        assert store.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_a_load_into_a_store_holding_some_documents_copies_only_the_others(
    pg_url: str, pg_database: Any, tmp_path: Path
) -> None:
    # the second load's batch holds a document the store has: its streams are built again without it, and the
    # indexes and foreign keys stay in place (the store was not empty)
    from scale_helpers import TIMESTAMPS, corpus

    from allyscope.ingest import ingest_files
    from allyscope.scale.dask_ingest import to_parquet
    from allyscope.scale.pg_load import load_postgres
    from allyscope.store.copying import columns

    files = [str(p) for p in sorted(corpus(tmp_path / "in", count=3).iterdir())]
    assert not to_parquet(files[:2], tmp_path / "a", client=None).failed
    assert not to_parquet(files[1:], tmp_path / "b", client=None).failed
    load_postgres(tmp_path / "a", DatabaseURL(pg_url))
    report = load_postgres(tmp_path / "b", DatabaseURL(pg_url))
    assert [d["source"] for d in report.skipped] == [files[1]] and len(report.stored) == len(files) - 2
    local = tmp_path / "local.db"
    assert not ingest_files(files, local, jobs=1).failed

    def rows(where: str | Path, table: str) -> list[tuple[Any, ...]]:
        with Store(where, readonly=True) as store:
            skipped = {"pairs", "id"} if table == "search_entries" else set()  # numbered by each store
            names = [c for c in columns(store.conn, table) if c not in TIMESTAMPS | skipped]
            selected = ", ".join(f'"{c}"' for c in names)
            return sorted((tuple(r) for r in store.conn.execute(f"SELECT {selected} FROM {table}")), key=repr)

    for table in ("documents", "spans", "events", "event_actors", "entity_mentions", "search_entries"):
        assert rows(local, table) == rows(pg_url, table), table
    assert Store(local, readonly=True).search("北约") == Store(pg_url, readonly=True).search("北约")

    def keys(url: str) -> set[str]:
        with Store(url, readonly=True) as store:
            found = store.conn.execute("SELECT conname FROM pg_constraint WHERE contype = 'f'").fetchall()
            return {r[0] for r in found}

    fresh = pg_database()
    Store(fresh).close()
    assert keys(pg_url) == keys(fresh) and keys(fresh)
