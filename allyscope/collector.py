"""Parsing without Python's cycle collector: the layout of a big file is millions of small objects, none in a cycle.

Every object a parse makes lives until the parse ends, so the collector's full passes find nothing to free and
each one walks every object made so far: on a 20 MB file they were an eighth of the CPU time, a share that grows
with the size of the file (parse time per MB rose with the input). Reference counting still frees whatever is
dropped as it goes; only cycles wait until the parse ends, and measured peak memory is the same (±0.5 %).

The collector is a switch for the whole process, so pauses are counted: parses in several threads (`serve`)
turn it back on when the last one ends, and a collector the caller had turned off stays off.

When the last pause ends, what the young generations hold (the parse's objects, which will live as long as the
document) is moved to the oldest generation as it stands, without a pass over it (`_promote_young`): otherwise the
first young-generation passes after the pause walk every object of the document to free nothing, 2.5-3 ms on the
reference article's first reading after other documents (`benchmarks/extract_steps.py`'s `collector` row), and more
the bigger the file. Measured over the 316 dev documents of the events corpus read in one process: the collector's
passes took 54 ms, 27 ms with the promotion; the few cyclic objects a reading leaves (about 300 over those
documents) wait for the next full pass instead of a young one, and so do the cycles the calling program had made
just before the parse (what was young then is promoted with the parse's objects: delayed, never kept for good).
Keeping the collector off through the extraction stages too, promoted at the end, was tried: no pass at all ran
over the 316 documents, but then none would ever free a cycle in a program that only extracts (rejected).
"""

from __future__ import annotations

import gc
import sysconfig
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _State:
    lock = threading.Lock()
    pauses = 0
    was_enabled = True


# `gc.freeze` marks every object one by one in a free-threaded build; it moves two lists in a build with the GIL
_LISTS_MOVED = not sysconfig.get_config_var("Py_GIL_DISABLED")


def _promote_young() -> None:
    """Move every object of the young generations to the oldest, unexamined: `gc.freeze` then `gc.unfreeze` (each
    one splice of the collector's lists, whatever their length, where the build keeps them as lists). A process that
    froze objects of its own (a server before it forks) is left alone: `unfreeze` would thaw those too."""
    if _LISTS_MOVED and gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the body with the cycle collector off (re-entrant, thread-safe); restore it after the last pause."""
    with _State.lock:
        if _State.pauses == 0:
            _State.was_enabled = gc.isenabled()
            gc.disable()
        _State.pauses += 1
    try:
        yield
    finally:
        with _State.lock:
            _State.pauses -= 1
            if _State.pauses == 0 and _State.was_enabled:
                _promote_young()
                gc.enable()
