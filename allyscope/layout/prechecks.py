"""Prechecks of the layout repair's passes: a pass whose trigger cannot stand in a document is not run on it.

Issue 14 (speed): many passes of `repair._repair_layout` find nothing to do on most documents, yet each reads
every line to find that out. A pass listed here declares what it needs (`TRIGGERS`): a fact of the document, read
once and far cheaper than the pass, without which the pass cannot change a line (no note line to trim, no
navigation furniture for contents entries to stand under, no line with a number or a decoration at its edge, no
bar or spaced dot a labelled page number follows).
A trigger is a NECESSARY condition only: when it holds, the pass runs as before and decides as before; when it
fails, the pass would have changed nothing.

Soundness is tested, not assumed (`tests/test_layout_prechecks.py`): on every dev and generated layout document
and on hypothesis-drawn ones, the parse with the prechecks switched off (`prechecks_off`) is the same parse.
A trigger read off a pass's data was tried and withdrawn: the literals every front-furniture label holds
(`regex_firsts.needle_automaton`) include `/`, `19`, `20` and `[`, found in the first page of all 1,953 dev
documents, so the screen cost a fold and an automaton's pass and spared nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from allyscope.layout.line_objects import Line
from allyscope.layout.page_furniture import holds_labelled_page_separator

_ENABLED: ContextVar[bool] = ContextVar("layout_prechecks", default=True)


@contextmanager
def prechecks_off() -> Iterator[None]:
    """Run every pass whatever its trigger (the soundness test's reference parse, a bisection of a pass)."""
    token = _ENABLED.set(False)
    try:
        yield
    finally:
        _ENABLED.reset(token)


def runs(name: str, *facts: object) -> bool:
    """Whether pass `name` is run: its trigger (`TRIGGERS`) asked of `facts`, or always with the prechecks off."""
    return not _ENABLED.get() or TRIGGERS[name](*facts)


# ---- the triggers: each says what its pass needs to find anything, and why nothing else can make it act ----


def navigation_present(lines: Sequence[Line]) -> bool:
    """`mark_contents_entries` reads entries only under a contents label, a line the furniture passes gave the
    role furniture and kind navigation: a document with no navigation line has no entries to mark."""
    return any(line._rare is not None and line.furniture == "navigation" for line in lines)


def lines_given(candidates: Collection[object]) -> bool:
    """A pass handed the only lines it may change (`edge_lines` for the numbered feet and facing heads, the note
    starts for the glued page numbers) changes nothing when handed none."""
    return bool(candidates)


TRIGGERS: dict[str, Callable[..., bool]] = {
    "trim_glued_page_numbers": lines_given,
    "mark_contents_entries": navigation_present,
    "mark_labelled_page_numbers": holds_labelled_page_separator,  # a separator of `LABELLED_PAGE_SEPARATORS`
    "mark_numbered_feet": lines_given,
    "mark_facing_heads": lines_given,
}
"""Each gated pass (by its name in `repair.py`) and the trigger asked before it is run."""
