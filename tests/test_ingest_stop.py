"""The writing thread of an ingest stops its parse thread (lead, forty-third session).

A Ctrl-C lands in the main thread, which writes what the parse thread hands over. The reliability test of Ctrl-C
during an ingest hung now and then under load; one way it could: a signal landing inside a `queue.Queue` call in
the writing thread may leave that queue's lock held, so the parse thread's next hand-over waits for ever and so
does the writer's join of it. The hand-over is now a lock-free `SimpleQueue`, and the parse thread is told to stop
at its next document when the writer stops, instead of parsing every file left before the interrupt is raised."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.ingest import IngestReport, ParsedSpool, _while_writing


class _Early:
    """Stands in for EarlyBatch: accepts hand-overs and raises `failure` at the `after`-th non-empty take."""

    def __init__(self, after: int, failure: BaseException) -> None:
        self.accepting = True
        self.open = False
        self.after = after
        self.failure = failure
        self.takes = 0
        self.abandoned = False

    def take(self, items: list[object], report: IngestReport) -> None:
        if items:
            self.takes += 1
            if self.takes >= self.after:
                raise self.failure

    def abandon(self) -> None:
        self.abandoned = True


def _slow_collect(total: int, handed: list[int]) -> Callable[[Callable[[object], None]], ParsedSpool]:
    def collect(hand: Callable[[object], None]) -> ParsedSpool:
        for i in range(total):
            time.sleep(0.002)
            hand(b"rows %d" % i)
            handed.append(i)
        return ParsedSpool()

    return collect


@settings(max_examples=5, deadline=None)
@given(after=st.integers(min_value=1, max_value=4), failure=st.sampled_from([KeyboardInterrupt(), RuntimeError("x")]))
def test_a_writer_that_stops_stops_the_parse_thread_soon(after: int, failure: BaseException) -> None:
    handed: list[int] = []
    early = _Early(after, failure)
    started = time.monotonic()
    with pytest.raises(type(failure)):
        _while_writing(0, _slow_collect(2000, handed), early, IngestReport())  # type: ignore[arg-type]
    assert early.abandoned
    assert len(handed) < 1000, "the parse thread went on through the files after the writer stopped"
    assert time.monotonic() - started < 4
    assert not [t for t in threading.enumerate() if t.name == "allyscope-collect"]


def test_a_writer_that_finishes_gets_every_document_and_no_stop() -> None:
    handed: list[int] = []
    early = _Early(10**9, RuntimeError("never"))
    result = _while_writing(0, _slow_collect(50, handed), early, IngestReport())  # type: ignore[arg-type]
    assert isinstance(result, ParsedSpool)
    assert handed == list(range(50))
    assert not early.abandoned
