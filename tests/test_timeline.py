"""The timeline query (index scans per filter mix plus year buckets, migrations 0009 and 0011) against a plain query.

Facts are generated with random dates (days, months, years, decades, ranges, open ends, years outside the
bucketed 1900–2100), random actors (an entity sometimes both actor and involved), domains and types, then some
are rewritten and some deleted, so that the triggers that keep the timeline tables are exercised too. Every
timeline page must equal the plain query's: facts that end on or after `from` and start on or before `to`,
with the filters, in (date_start, num) order.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import allyscope.store.migrations as migrations
from allyscope.edtf import bounds, query_bound
from allyscope.knowledge.case import DOMAINS
from allyscope.knowledge.facts import drop_fact, get_fact, members, put_fact
from allyscope.store import Store

TYPES = ["AGREE", "CONSULT", "COOPERATE", "AID", "REJECT"]
ACTORS = ["JP", "NATO", "US", "CN", "person:kishida", "force:jmsdf"]


def random_date(rng: random.Random) -> str:
    y, m, d = rng.randint(1850, 2150), rng.randint(1, 12), rng.randint(1, 28)
    roll = rng.random()
    if roll < 0.1:
        return rng.choice([f"{y // 10}X", f"{y}/..", f"../{y}", f"{y}-{m:02d}/{min(y + rng.randint(0, 30), 2150)}"])
    return rng.choice([f"{y}", f"{y}-{m:02d}", f"{y}-{m:02d}-{d:02d}"])


def random_fact(rng: random.Random, ident: str) -> dict[str, Any]:
    actors = rng.sample(ACTORS, rng.randint(1, 3))
    involved = rng.sample(ACTORS, rng.randint(0, 2))  # may repeat an actor: one entity, two roles
    return {
        "id": ident,
        "date": random_date(rng),
        "type": rng.choice(TYPES),
        "domain": rng.choice(DOMAINS[:4]),
        "summary": f"generated {ident}",
        "actors": [{"id": a, "role": rng.choice(["source", "target"])} for a in actors],
        "involved": involved,
        "sources": [{"source": "src:gen", "locator": str(rng.randint(1, 9))}],
    }


def fill(conn: sqlite3.Connection, rng: random.Random, count: int) -> None:
    """`count` facts through put_fact, then a fifth rewritten (new date, actors, domain), a tenth edited in place
    and a tenth deleted."""
    conn.execute("BEGIN")
    conn.execute("INSERT OR IGNORE INTO sources VALUES ('src:gen', 'report', 'Generated', NULL, NULL, '{}')")
    for i in range(count):
        put_fact(conn, random_fact(rng, f"g{i}"), origin="case", by="test", at="2026-01-01", index=False)
    for i in rng.sample(range(count), count // 5):
        put_fact(conn, random_fact(rng, f"g{i}"), origin="case", by="test", at="2026-01-02", index=False)
    for i in rng.sample(range(count), count // 10):  # a direct edit of the row, actors untouched
        start, end, _ = bounds(random_date(rng))
        conn.execute(
            "UPDATE facts SET date_start = ?, date_end = ?, domain = ?, type = ? WHERE id = ?",
            (start, end, rng.choice(DOMAINS[:4]), rng.choice(TYPES), f"g{i}"),
        )
    for i in rng.sample(range(count), count // 10):
        num = conn.execute("SELECT num FROM facts WHERE id = ?", (f"g{i}",)).fetchone()
        if num:
            drop_fact(conn, num[0])
    conn.execute("COMMIT")


def reference(conn: sqlite3.Connection, filters: dict[str, Any]) -> list[str]:
    """The plain query: every fact checked row by row, sorted, then paged."""
    where, args = [], []
    if filters.get("actor"):
        ids = members(conn, filters["actor"])
        where.append(
            "EXISTS (SELECT 1 FROM fact_actors a WHERE a.fact_num = f.num"
            f" AND a.entity_id IN ({','.join('?' * len(ids))}))"
        )
        args += ids
    if filters.get("domain"):
        where.append("f.domain = ?")
        args.append(filters["domain"])
    if filters.get("type_"):
        where.append("f.type = ?")
        args.append(filters["type_"])
    if filters.get("date_from"):
        where.append("f.date_end >= ?")
        args.append(query_bound(filters["date_from"], upper=False))
    if filters.get("date_to"):
        where.append("f.date_start <= ?")
        args.append(query_bound(filters["date_to"], upper=True))
    sql = "SELECT f.id FROM facts f" + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY f.date_start, f.num"
    if filters.get("limit") is not None:
        sql += f" LIMIT {filters['limit']} OFFSET {filters.get('offset', 0)}"
    return [r[0] for r in conn.execute(sql, args)]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def generated(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The same generated facts in an SQLite file and in a PostgreSQL database (the same queries run on both)."""
    where = tmp_path_factory.mktemp("timeline") / "kb.db" if request.param == "sqlite" else None
    store = Store(where or request.getfixturevalue("pg_database")())
    fill(store.conn, random.Random(11), 600)
    store.merge_entity("force:jmsdf", "JP", by="test")  # an actor filter on JP then finds both
    yield store
    store.close()


dates = st.builds(random_date, st.randoms(use_true_random=False))
filter_sets = st.fixed_dictionaries(
    {},
    optional={
        "actor": st.sampled_from(ACTORS),
        "domain": st.sampled_from(DOMAINS[:4]),
        "type_": st.sampled_from(TYPES),
        "date_from": dates,
        "date_to": dates,
        "limit": st.integers(0, 40),
        "offset": st.integers(0, 30),
    },
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(filters=filter_sets)
def test_timeline_pages_equal_the_plain_query(generated: Store, filters: dict[str, Any]) -> None:
    if "offset" in filters and "limit" not in filters:
        filters["limit"] = 10
    got = [fact["id"] for fact in generated.timeline(**filters)]
    assert got == reference(generated.conn, filters)


def test_each_fact_is_listed_under_the_years_it_overlaps_or_once_when_it_ends_after_2100(generated: Store) -> None:
    """The layout the query relies on (migrations 0009 and 0011), checked on every generated fact. PostgreSQL
    keeps 0009's layout (facts that end after 2100 listed every year up to it); the query answers the same."""
    from allyscope.store.dialect import is_url

    open_bucket = not is_url(generated.path)
    conn = generated.conn
    listed: dict[int, list[int]] = {}
    for num, year in conn.execute("SELECT num, year FROM timeline_years ORDER BY num, year"):
        listed.setdefault(num, []).append(year)
    for num, start, end in conn.execute("SELECT num, date_start, date_end FROM facts"):
        first, last = (max(1900, min(2100, int(day[:4]))) for day in (start, end))
        expected = [9999] if open_bucket and int(end[:4]) > 2100 else list(range(first, last + 1))
        assert listed.pop(num) == expected, (start, end)
    assert not listed  # no rows of deleted facts


def test_fact_details_equal_their_rows(generated: Store) -> None:
    conn = generated.conn
    conn.execute(
        "INSERT INTO documents (id, sha256, source, encoding, title, language, raw, text, notes_text, structure,"
        " ingested_at) VALUES ('d1', 'sha', 's', 'utf-8', 't', 'en', 'x', 'x', '', '{}', 'now')"
    )
    num = conn.execute("SELECT num FROM facts WHERE id = 'g3'").fetchone()[0]
    conn.execute(
        "INSERT INTO fact_evidence VALUES (?, 'd1', 'c1', 0, 1, 'x', '[\"n1\"]', 1)", (num,)
    )  # evidence as a review records it
    fact = get_fact(conn, "g3")
    actors = conn.execute("SELECT entity_id, role FROM fact_actors WHERE fact_num = ? ORDER BY rowid", (num,))
    expected = [(e, r) for e, r in actors]
    assert [(a["id"], a["role"]) for a in fact["actors"]] + [(i["id"], "involved") for i in fact["involved"]] == [
        e for e in expected if e[1] != "involved"
    ] + [e for e in expected if e[1] == "involved"]
    assert [(s["id"], s["locator"], s["title"]) for s in fact["sources"]] == [
        tuple(r)
        for r in conn.execute("SELECT source_id, locator, 'Generated' FROM fact_sources WHERE fact_num = ?", (num,))
    ]
    assert fact["evidence"] == [
        {"doc": "d1", "candidate": "c1", "start": 0, "end": 1, "text": "x", "footnotes": ["n1"]}
    ]
    assert fact["date_readable"] and "num" not in fact


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
@pytest.mark.parametrize("before", ["0009", "0011"])
def test_an_old_database_upgrades_and_answers_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, before: str, kind: str, request: pytest.FixtureRequest
) -> None:
    """Facts written before migration 0009 (no buckets) or 0011 (open ranges listed every year to 2100) are
    found by the new query once the database is opened again (in PostgreSQL, 0009 lists them in one set-based
    statement: benchmarks/bench_postgres.py makes its million facts that way)."""
    shipped = migrations.available()
    monkeypatch.setattr(migrations, "available", lambda: [m for m in shipped if m[0] < before])
    path = tmp_path / "old.db" if kind == "sqlite" else request.getfixturevalue("pg_database")()
    with Store(path) as old:
        fill(old.conn, random.Random(5), 300)
        try:
            old.conn.execute("SELECT 1 FROM timeline_years LIMIT 1")
            has_buckets = True
        except sqlite3.OperationalError:
            has_buckets = False
        assert has_buckets == (before > "0009")
    monkeypatch.setattr(migrations, "available", lambda: shipped)
    rng = random.Random(3)
    with Store(path) as new:
        for _ in range(60):
            filters: dict[str, Any] = {"limit": rng.choice([None, 5, 50])}
            if rng.random() < 0.5:
                filters["actor"] = rng.choice(ACTORS)
            if rng.random() < 0.5:
                filters["domain"] = rng.choice(DOMAINS[:4])
            if rng.random() < 0.7:
                filters["date_from"] = random_date(rng)
            if rng.random() < 0.5:
                filters["date_to"] = random_date(rng)
            assert [f["id"] for f in new.timeline(**filters)] == reference(new.conn, filters)
        fill(new.conn, random.Random(6), 50)  # written after the upgrade: found as well
        assert [f["id"] for f in new.timeline(date_from="1999")] == reference(new.conn, {"date_from": "1999"})


@settings(max_examples=60, deadline=None)
@given(
    merges=st.lists(st.tuples(st.sampled_from(ACTORS), st.sampled_from(ACTORS), st.booleans()), max_size=8),
    root=st.sampled_from([*ACTORS, "person:unmerged"]),
)
def test_an_actor_filter_stands_for_what_the_merges_say(
    tmp_path_factory: pytest.TempPathFactory, merges: list[tuple[str, str, bool]], root: str
) -> None:
    """`involving` reads the merges once; it must stand for what `members` finds one query at a time, through
    chains, cycles and undone merges."""
    from allyscope.knowledge.case import load_case, party_members
    from allyscope.knowledge.facts import involving

    with Store(tmp_path_factory.mktemp("merges") / "kb.db") as store:
        for entity, into, undone in merges:
            store.conn.execute(
                "INSERT INTO entity_merges (entity_id, into_id, by, at, undone_at) VALUES (?, ?, 't', 'now', ?)",
                (entity, into, "later" if undone else None),
            )
        case = load_case()
        roots = party_members(case, root) if root in case.parties else {root}  # a party stands for its members
        assert involving(store.conn, case, root) == {m for r in roots for m in members(store.conn, r)}
