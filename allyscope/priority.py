"""CPU priority of batch work: an ingest parses at a lower priority than the people reading the database.

Parsing is all CPU. On a machine where `serve`, `search` or `timeline` answer people while an ingest runs, an
ingest at normal priority takes half of every core it shares with them, and their answers wait for the
scheduler (on two cores with two ingests, readers' p95 went from about 25 ms to over 60 ms). An ingest therefore
raises its own niceness (`--nice`, `$ALLYSCOPE_NICE`, default 10) before it parses; its worker processes inherit
it. When nothing else wants the CPU a niced ingest runs as fast as before; when readers do, they go first.

Niceness is only ever raised here: lowering it needs privileges, and a caller that runs allyscope under `nice 19`
meant it. Where the platform has no niceness (Windows), nothing changes.

**Only the parsing is niced, never the writing.** A niced process that holds the write lock keeps every other
writer waiting while it gets a tenth of a CPU: on a busy machine an ingest at nice 10 ran at 1-2 % of a core
(2.8 s of CPU over 140-240 s), and the reviews and merges behind its lock waited with it. So the ingest parses in
a thread (on Linux niceness belongs to a thread) or in worker processes at the lower priority, and writes, with
the lock held, at the caller's.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from typing import TypeVar

from allyscope.errors import AllyscopeError

T = TypeVar("T")

NICE_ENV = "ALLYSCOPE_NICE"
DEFAULT_NICE = 10
MAX_NICE = 19


def wanted_niceness(value: int | None = None) -> int:
    """The niceness asked for: `value`, else `$ALLYSCOPE_NICE`, else 10 (0 keeps the caller's priority)."""
    if value is None:
        raw = os.environ.get(NICE_ENV)
        if not raw:
            return DEFAULT_NICE
        try:
            value = int(raw)
        except ValueError:
            raise AllyscopeError(f"${NICE_ENV}={raw!r}: expected a niceness from 0 to {MAX_NICE}") from None
    if not 0 <= value <= MAX_NICE:
        raise AllyscopeError(f"niceness {value}: expected a number from 0 to {MAX_NICE}")
    return value


def lower_priority(niceness: int) -> int | None:
    """Raise this process's niceness to at least `niceness` (never lower it); the niceness now in force, or
    None where the platform has none."""
    if not hasattr(os, "nice"):
        return None
    current = os.nice(0)
    if niceness > current:
        try:
            return os.nice(niceness - current)
        except OSError:  # a sandbox that forbids it: run at the priority we have
            return current
    return current


def at_lower_priority(niceness: int, work: Callable[[], T]) -> T:
    """`work()` run at `niceness` (raised, never lowered) while the calling thread keeps its own priority.

    On Linux niceness is a thread's, so `work` runs in a thread of its own that raises its niceness and ends
    with it; the caller waits for it. Elsewhere (where niceness is the whole process's) the process is niced,
    as before. Worker processes forked by `work` inherit the lower priority of the thread that forks them."""
    if niceness <= 0 or not hasattr(os, "nice"):
        return work()
    if not sys.platform.startswith("linux"):
        lower_priority(niceness)
        return work()
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            lower_priority(niceness)
            outcome.append(work())
        except BaseException as exc:  # handed to the waiting caller, raised there
            failure.append(exc)

    worker = threading.Thread(target=run, name="allyscope-parse", daemon=True)
    worker.start()
    worker.join()
    if failure:
        raise failure[0]
    return outcome[0]
