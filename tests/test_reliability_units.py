"""Issue 16, the parts that need no subprocess: nested transactions, sizes, the terminal filter, whose file."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.errors import AllyscopeError, ForeignDatabaseError
from allyscope.limits import parse_size
from allyscope.store import Store
from allyscope.store.connection import identify
from allyscope.terminal import neutralise

UNSAFE = {chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]} | {
    chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
}


@given(st.text())
def test_neutralised_text_holds_nothing_a_terminal_obeys(text: str) -> None:
    safe = neutralise(text)
    assert not UNSAFE & set(safe)
    if not UNSAFE & set(text):
        assert safe == text


@given(st.integers(0, 10**6), st.sampled_from(["", "B", "K", "KB", "M", "MB", "G", "gb", "k"]))
def test_a_size_reads_as_its_number_times_its_unit(number: int, unit: str) -> None:
    factor = {"": 1, "B": 1, "K": 1024, "M": 1024**2, "G": 1024**3}[unit.upper().rstrip("B") or ""]
    assert parse_size(f"{number}{unit}") == number * factor
    assert parse_size(f" {number} {unit} ") == number * factor


@given(st.text(max_size=12))
def test_anything_else_is_refused_as_a_size_with_our_error(text: str) -> None:
    try:
        assert parse_size(text) >= 0
    except AllyscopeError as exc:
        assert "not a size" in str(exc)


# --- nested transactions ------------------------------------------------------------------------------------------

# A program of steps on one table: ("add", n), ("nest", program, fails). A nested program that fails raises
# after its steps; the caller catches it, so its rows must vanish and everything else stay.
programs = st.recursive(
    st.lists(st.tuples(st.just("add"), st.integers(0, 99)), max_size=3),
    lambda inner: st.lists(
        st.one_of(st.tuples(st.just("add"), st.integers(0, 99)), st.tuples(st.just("nest"), inner, st.booleans())),
        max_size=4,
    ),
    max_leaves=12,
)


class Failed(Exception):
    pass


def _run(store: Store, program: list[tuple[object, ...]], fails: bool) -> list[int]:
    """Run `program` in a transaction of `store`; returns the rows a correct store keeps."""
    kept: list[int] = []
    try:
        with store.transaction():
            for step in program:
                if step[0] == "add":
                    store.conn.execute("INSERT INTO t VALUES (?)", (step[1],))
                    kept.append(int(step[1]))  # type: ignore[call-overload]
                else:
                    kept += _run(store, step[1], bool(step[2]))  # type: ignore[arg-type]
            if fails:
                raise Failed
    except Failed:
        return []
    return kept


@settings(max_examples=60, deadline=None)
@given(programs, st.booleans())
def test_nested_transactions_keep_exactly_what_did_not_fail(program: list[tuple[object, ...]], fails: bool) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "kb.db") as store:
        store.conn.execute("CREATE TABLE t (n INTEGER)")
        kept = _run(store, program, fails)
        assert not store.conn.in_transaction
        assert sorted(r[0] for r in store.conn.execute("SELECT n FROM t")) == sorted(kept)


# --- whose file ---------------------------------------------------------------------------------------------------


def test_identify_tells_ours_from_others(tmp_path: Path) -> None:
    assert identify(tmp_path / "none.db") == "empty"
    (tmp_path / "zero.db").write_bytes(b"")
    assert identify(tmp_path / "zero.db") == "empty"
    with Store(tmp_path / "ours.db"):
        pass
    assert identify(tmp_path / "ours.db") == "ours"
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA application_id = 42")
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    with pytest.raises(ForeignDatabaseError, match="application id"):
        identify(other)
    (tmp_path / "text.db").write_text("hello " * 50, "utf-8")
    with pytest.raises(ForeignDatabaseError, match="not an SQLite file"):
        identify(tmp_path / "text.db")


def _signal_state() -> tuple[bool, bool]:
    """In a worker: is SIGINT ignored, and is it still blocked?"""
    import signal

    return signal.getsignal(signal.SIGINT) == signal.SIG_IGN, signal.SIGINT in signal.pthread_sigmask(
        signal.SIG_BLOCK, set()
    )


def test_workers_ignore_ctrl_c_and_the_parent_keeps_it() -> None:
    """A Ctrl-C reaches the whole process group: workers ignore it (the parent handles it), nothing is left blocked
    in the worker, and the parent's own mask is as it was once the workers have started."""
    import signal

    from allyscope.workers import pool

    before = signal.pthread_sigmask(signal.SIG_BLOCK, set())
    with pool(2) as workers:
        states = {workers.submit(_signal_state).result(timeout=60) for _ in range(4)}
    assert states == {(True, False)}
    assert signal.pthread_sigmask(signal.SIG_BLOCK, set()) == before
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


# --- the priority of batch work -----------------------------------------------------------------------------------


def _niceness_around(call: str, start: int = 0) -> tuple[int, int]:
    """A fresh process's niceness before and after `call` (raised by `start` first). Absolute: this process
    may itself have been niced already (an in-process `ingest` of another test)."""
    import subprocess
    import sys

    code = f"import os; before = os.nice({start}); from allyscope.priority import *; {call}; print(before, os.nice(0))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    return int(out[0]), int(out[1])


@pytest.mark.skipif(not hasattr(os, "nice"), reason="no niceness on this platform")
def test_lower_priority_raises_niceness_and_never_lowers_it() -> None:
    for wanted, start in ((7, 0), (0, 0), (5, 12), (19, 0)):
        before, after = _niceness_around(f"lower_priority({wanted})", start)
        assert after == max(before, wanted)
    before, after = _niceness_around("lower_priority(19)")
    assert after == 19 and before < 19  # it did raise it (pytest does not run at 19)


def test_the_niceness_asked_for_comes_from_the_option_then_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from allyscope.priority import DEFAULT_NICE, NICE_ENV, wanted_niceness

    monkeypatch.delenv(NICE_ENV, raising=False)
    assert wanted_niceness() == DEFAULT_NICE
    monkeypatch.setenv(NICE_ENV, "3")
    assert wanted_niceness() == 3
    assert wanted_niceness(0) == 0
    for bad in ("high", "20", "-1"):
        monkeypatch.setenv(NICE_ENV, bad)
        with pytest.raises(AllyscopeError, match=NICE_ENV if bad == "high" else "from 0 to 19"):
            wanted_niceness()


def test_ingest_asks_for_the_niceness_of_its_option_then_the_environment(
    tmp_path: Path, article_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    import allyscope.priority
    from allyscope.cli import main
    from allyscope.priority import NICE_ENV

    asked: list[int] = []
    monkeypatch.setattr(allyscope.priority, "lower_priority", lambda n: asked.append(n))
    monkeypatch.delenv(NICE_ENV, raising=False)
    db = str(tmp_path / "kb.db")
    assert CliRunner().invoke(main, ["ingest", "--db", db, str(article_path)]).exit_code == 0
    assert CliRunner().invoke(main, ["ingest", "--db", db, "--nice", "0", str(article_path)]).exit_code == 0
    assert asked == [10]  # 0 changes nothing
    refused = CliRunner().invoke(main, ["ingest", "--db", db, "--nice", "20", str(article_path)])
    assert refused.exit_code == 2 and asked == [10]


def _niceness() -> int:
    return os.nice(0)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="niceness is a thread's on Linux only")
def test_ingest_parses_at_the_niceness_asked_and_writes_at_the_callers(
    tmp_path: Path, article_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A niced process holding the write lock would keep the other writers waiting on its tenth of a CPU: only
    the parsing is niced; the write, and the caller's thread after it, keep the caller's priority."""
    from click.testing import CliRunner

    import allyscope.ingest
    from allyscope.cli import main

    seen: dict[str, list[int]] = {"parse": [], "write": []}
    parse_one, write = allyscope.ingest._parse_one, Store.write

    def parsing(*args: Any, **kwargs: Any) -> Any:
        seen["parse"].append(_niceness())
        return parse_one(*args, **kwargs)

    def writing(self: Store, group: Any) -> Any:
        seen["write"].append(_niceness())
        return write(self, group)

    monkeypatch.setattr(allyscope.ingest, "_parse_one", parsing)
    monkeypatch.setattr(Store, "write", writing)
    caller = _niceness()
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "kb.db"), "--nice", "7", str(article_path)])
    assert result.exit_code == 0, result.output
    assert seen == {"parse": [max(caller, 7)], "write": [caller]} and _niceness() == caller


@pytest.mark.skipif(not hasattr(os, "nice"), reason="no niceness on this platform")
def test_pool_workers_run_at_the_niceness_asked() -> None:
    from allyscope.workers import pool

    caller = _niceness()
    with pool(2, niceness=caller + 3) as workers:
        assert {workers.submit(_niceness).result(timeout=60) for _ in range(4)} == {caller + 3}
    with pool(1) as workers:
        assert workers.submit(_niceness).result(timeout=60) == caller
    assert _niceness() == caller


# --- the cycle collector during a parse ---------------------------------------------------------------------------


def test_a_parse_pauses_the_cycle_collector_and_gives_it_back(tmp_path: Path) -> None:
    import gc

    from allyscope import pipeline
    from allyscope.collector import collector_paused

    doc = tmp_path / "doc.txt"
    doc.write_text("A title\n\nA paragraph of text that says little.\n", "utf-8")
    seen: list[bool] = []
    parsed = pipeline.parse(doc, progress=lambda stage, seconds: seen.append(gc.isenabled()))
    assert seen and not any(seen) and gc.isenabled()  # off in every stage, on again after
    assert parsed.text == pipeline.parse_text(doc.read_text("utf-8")).text and gc.isenabled()
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()
    gc.disable()  # a caller that turned it off keeps it off
    try:
        pipeline.parse(doc)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_parse_leaves_its_document_in_the_oldest_generation_and_a_frozen_process_alone(tmp_path: Path) -> None:
    import gc

    from allyscope import pipeline

    doc = tmp_path / "doc.txt"
    doc.write_text("A title\n\nA paragraph of text that says little.\n\nAnother one, as short.\n", "utf-8")
    parsed = pipeline.parse(doc)
    # made while the collector was off, promoted when the pause ended: no young pass will walk it
    assert any(held is parsed for held in gc.get_objects(generation=2))
    assert not any(held is parsed for held in gc.get_objects(generation=0))
    gc.freeze()  # a program that froze its objects (before forking workers) keeps them frozen
    try:
        frozen = gc.get_freeze_count()
        again = pipeline.parse(doc)
        # left alone: neither thawed (an unfreeze empties the permanent generation) nor frozen further; a few frozen
        # objects may be freed meanwhile (a cache full after a long run, `re`'s among them, drops its oldest entry)
        assert 0 < gc.get_freeze_count() <= frozen and again.text == parsed.text
    finally:
        gc.unfreeze()


def test_pauses_in_several_threads_end_with_the_collector_on() -> None:
    import gc
    import threading

    from allyscope.collector import collector_paused

    barrier = threading.Barrier(4)

    def pause() -> None:
        with collector_paused():
            barrier.wait(timeout=10)
            assert not gc.isenabled()

    threads = [threading.Thread(target=pause) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert gc.isenabled()
