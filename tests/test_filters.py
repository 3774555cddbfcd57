"""One filter for `events`, `export` and `timeline`: the same options, validated alike, `--limit` applied last."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.cli import main
from allyscope.edtf import bounds

COMMANDS = ("events", "export", "timeline")
FILTERS = {"actor", "domain", "type_", "date_from", "date_to", "dyad", "status", "limit"}


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory, article_path: Path) -> str:
    db = str(tmp_path_factory.mktemp("filters") / "kb.db")
    assert run("init", "--db", db, "--with", str(article_path)).exit_code == 0
    return db


def listing(db: str, command: str, *extra: str) -> list[dict[str, Any]]:
    args = [command, "--db", db, *extra] + (["--format", "json"] if command == "export" else ["--json"])
    result = run(*args)
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def test_the_three_commands_take_the_same_filter_options() -> None:
    from allyscope.cli import events, export, main

    timeline = main.commands["timeline"]
    spelled = []
    for command in (events, export, timeline):
        options = {p.name: tuple(p.opts) for p in command.params if p.name in FILTERS}
        assert set(options) == FILTERS, command.name
        spelled.append(options)
    assert spelled[0] == spelled[1] == spelled[2]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(("option", "value"), [("--from", "2023-7"), ("--to", "yesterday"), ("--from", "2023-13")])
def test_bad_dates_are_refused_by_every_command(kb: str, command: str, option: str, value: str) -> None:
    extra = ["--format", "json"] if command == "export" else []
    result = run(command, "--db", kb, option, value, *extra)
    assert result.exit_code == 2 and f"Invalid value for '{option}'" in result.stderr and value in result.stderr
    assert not result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_from_after_to_is_refused(kb: str, command: str) -> None:
    extra = ["--format", "json"] if command == "export" else []
    result = run(command, "--db", kb, "--from", "2024", "--to", "2020", *extra)
    assert result.exit_code == 2 and "after --to" in result.stderr


@pytest.mark.parametrize(
    ("command", "extra"),
    [
        ("timeline", ("--dyad", "JP", "NATO")),
        ("timeline", ("--actor", "NATO", "--type", "consult")),
        ("events", ("--status", "all", "--dyad", "JP", "NATO")),
        ("events", ("--domain", "institutional")),
        ("export", ("--facts", "--dyad", "JP", "NATO", "--status", "all")),
        (
            "export",
            (
                "--actor",
                "person:kishida",
            ),
        ),
    ],
)
def test_limit_comes_after_every_filter(kb: str, command: str, extra: tuple[str, ...]) -> None:
    everything = listing(kb, command, *extra)
    assert len(everything) > 3
    limited = listing(kb, command, *extra, "--limit", "3")
    assert [r["id"] for r in limited] == [r["id"] for r in everything[:3]]


def _overlaps(date: str, start: str | None, end: str | None) -> bool:
    first, last, _ = bounds(date)
    return (start is None or last >= start) and (end is None or first <= end)


edtf_days = st.dates(min_value=date(1985, 1, 1), max_value=date(2026, 12, 31))


@settings(max_examples=15, deadline=None)
@given(low=edtf_days, high=edtf_days, precision=st.sampled_from([4, 7, 10]))
def test_events_and_timeline_match_dates_by_overlap(kb: str, low: Any, high: Any, precision: int) -> None:
    low, high = sorted((low, high))
    date_from, date_to = low.isoformat()[:precision], high.isoformat()[:precision]
    start, end = bounds(date_from)[0], bounds(date_to)[1]
    for command in ("events", "timeline"):
        chosen = listing(kb, command, "--from", date_from, "--to", date_to, "--status", "all")
        everything = listing(kb, command, "--status", "all")
        assert {r["id"] for r in chosen} == {r["id"] for r in everything if _overlaps(r["date"], start, end)}


def test_plover_codebook_is_consistent() -> None:
    from allyscope.outputs.plover import codebook
    from allyscope.vocabulary import MODES, PLOVER_TYPES

    book = codebook()
    roots = {"CONSULT": "04", "COOPERATE": "06", "AID": "07"}
    assert set(book["modes"]) <= set(PLOVER_TYPES) - {"OTHER"}
    for event, modes in book["modes"].items():
        assert all(len(code) == 3 and code.startswith(roots[event]) for code in modes)
    assert set(book["contexts"]) <= set(MODES) and "asserted" not in book["contexts"]


LONG_FORMS = ["2014-24", "2019/2021", "20XX", "2014~", "2016-06?", "2012/..", "198X", "2021-12-31", "2015"]


@pytest.fixture(scope="module")
def long_dates(kb: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The knowledge base with events re-dated in every form that may end after the year it starts in
    (season across New Year, ranges, open ranges, unspecified digits, qualified dates) and plain ones."""
    import shutil
    import sqlite3

    from allyscope.store.database import date_sort_key

    db = tmp_path_factory.mktemp("long") / "kb.db"
    shutil.copy(kb, db)
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT id, data FROM events ORDER BY id").fetchall()
    for i, (ident, data) in enumerate(rows):
        when = LONG_FORMS[i % len(LONG_FORMS)]
        event = json.loads(data) | {"date": when}
        conn.execute(
            "UPDATE events SET date = ?, date_sort = ?, data = ? WHERE id = ?",
            (when, date_sort_key(when), json.dumps(event), ident),
        )
    conn.commit()
    conn.close()
    return db


@pytest.mark.parametrize(
    ("date_from", "date_to"),
    [("2015", None), ("2015-01-15", "2015-02"), ("2020", "2021"), ("2022", None), (None, "2014-06"), ("1985", "1990")],
)
@pytest.mark.parametrize("limit", [None, 1, 4])
def test_event_pages_equal_a_scan_of_every_event(
    long_dates: Path, date_from: str | None, date_to: str | None, limit: int | None
) -> None:
    """A page read by the date indexes holds the events a scan of all of them in (date_sort, rowid) order chooses."""
    import sqlite3

    from allyscope.outputs.filters import Filter, select_events
    from allyscope.store import Store

    with Store(long_dates) as store:
        flt = Filter(date_from=date_from, date_to=date_to, statuses=frozenset({"pending", "merged"}), limit=limit)
        start, end = flt.start, flt.end
        chosen = [event["candidate"] for event, _, _ in select_events(store.conn, flt)]
        everything = store.conn.execute(
            "SELECT candidate, date FROM events WHERE status IN ('candidate', 'merged') ORDER BY date_sort, rowid"
        ).fetchall()
        assert isinstance(store.conn, sqlite3.Connection)
    expected = [candidate for candidate, when in everything if _overlaps(when, start, end)]
    assert expected, "the case chooses some events"
    assert chosen == expected[:limit]
