"""Stage 4, *references*: every note of a document → the works it cites, one registry of works per document.

The same work cited in several notes is one reference with several citing notes. `同上`/`Ibid.` resolve to the
work cited just before; `同註N`/`同前注` to the work of note N; `前掲`/`op. cit.` to the last work of the
author named; a short form (author and title only, or a title seen before) to the full form earlier in the
document. Matching a work again is by its title with punctuation and spaces ignored, and never across two
different URLs.
"""

from __future__ import annotations

import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from allyscope.model import Document, slotted_constructor
from allyscope.references.citations import Citation, Item, parse_citation, split_works
from allyscope.references.labeller import NameMemo

_KEY = re.compile(r"[\s\W_]+", re.UNICODE)


def title_key(title: str) -> str:
    return _KEY.sub("", title).lower()


@dataclass
class Work:
    """One cited work of a document: its CSL-JSON item and the notes that cite it."""

    id: str
    item: Item
    cited_by: list[str] = field(default_factory=list)
    key: str = ""

    def csl(self) -> Item:
        return {"id": self.id, **self.item}


@dataclass(frozen=True, slots=True)
class NoteCitation:
    """One work cited by one note, with the page cited there (`locator`) and how it was recognised."""

    work: str
    locator: str | None
    kind: str


_note_citation: Callable[..., NoteCitation] = slotted_constructor(NoteCitation)  # one a note: made faster


@dataclass
class References:
    """The works of a document and, for each note id, what it cites."""

    works: list[Work] = field(default_factory=list)
    by_note: dict[str, list[NoteCitation]] = field(default_factory=dict)
    # the works by id, made when first asked and again whenever works were added (`note_reference` asks it for
    # every note's works: a scan of the list each time was quadratic in a long file's notes); no part of the value
    _by_id: dict[str, Work] = field(default_factory=dict, init=False, repr=False, compare=False)
    _indexed: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # the two fields set again here for the mypyc-compiled build (setup.py), whose `__init__` leaves fields
        # outside `__init__` unset; in Python this repeats what `__init__` did
        self._by_id = {}
        self._indexed = 0

    def work(self, work_id: str) -> Work:
        if self._indexed != len(self.works):
            self._by_id = {}
            for w in self.works:
                self._by_id.setdefault(w.id, w)  # the first work of an id, as a scan finds it
            self._indexed = len(self.works)
        found = self._by_id.get(work_id)
        return found if found is not None else next(w for w in self.works if w.id == work_id)

    def note_reference(self, note_id: str) -> Item | list[Item] | None:
        """The CSL-JSON item a note cites (a list when it cites several), with its locator when it has one."""
        cited = self.by_note.get(note_id, [])
        items = []
        for c in cited:
            item = self.work(c.work).csl()
            if c.locator:
                item["locator"] = c.locator
            items.append(item)
        if not items:
            return None
        return items[0] if len(items) == 1 else items

    def as_json(self) -> list[dict[str, Any]]:
        return [{**w.csl(), "cited_by": list(w.cited_by)} for w in self.works]


class _Builder:
    def __init__(self) -> None:
        self.refs = References()
        self.by_id: dict[str, Work] = {}
        self.by_key: dict[str, list[Work]] = {}
        self.by_url: dict[str, Work] = {}
        self.last: str | None = None
        self.by_block_number: dict[tuple[int, int], list[str]] = {}
        # (work, note) pairs recorded in `cited_by`: a work cited by thousands of notes (a long file that
        # repeats its sources) made the list's own membership test the stage's quadratic part
        self.cited: set[tuple[str, str]] = set()

    def new_work(self, item: Item, key: str | None = None) -> Work:
        """A new work of `item` (`key`: its title's key, when the caller has made it already)."""
        if key is None:
            key = title_key(item.get("title", ""))
        work = Work(f"ref{len(self.refs.works) + 1}", item, key=key)
        self.refs.works.append(work)
        self.by_id[work.id] = work
        if work.key:
            self.by_key.setdefault(work.key, []).append(work)
        if item.get("URL"):
            self.by_url.setdefault(item["URL"], work)
        return work

    def find_by_title(self, citation: Citation, key: str) -> Work | None:
        """The work cited before under the title whose key is `key` (or under the same URL)."""
        url = citation.item.get("URL")
        if url and url in self.by_url:
            return self.by_url[url]
        if not key:
            return None
        candidates = list(self.by_key.get(key, []))
        if not candidates and citation.kind == "short":
            candidates = [w for w in self.refs.works if w.key.startswith(key)]
        for work in reversed(candidates):
            if url and work.item.get("URL") and url != work.item["URL"]:
                continue
            return work
        return None

    def find_by_author(self, author: str) -> Work | None:
        key = title_key(author)
        for work in reversed(self.refs.works):
            names = work.item.get("author", [])
            text = "".join(n.get("literal", "") + n.get("family", "") + n.get("given", "") for n in names)
            if key and key in title_key(text):
                return work
        return None

    def resolve(self, citation: Citation, block: int) -> tuple[Work, str | None]:
        locator = citation.locator
        if citation.kind == "ibid" and self.last:
            return self.by_id[self.last], locator
        if citation.kind == "same-note" and citation.note_ref is not None:
            ids = self.by_block_number.get((block, citation.note_ref)) or next(
                (v for (b, n), v in sorted(self.by_block_number.items(), reverse=True) if n == citation.note_ref), []
            )
            if ids:
                return self.by_id[ids[0]], locator
        if citation.kind == "same-note" and self.last:
            return self.by_id[self.last], locator
        if citation.kind == "op-cit":
            work = self.find_by_author(citation.author_key)
            if work:
                return work, locator
        key = None
        if citation.kind in ("full", "short"):
            key = title_key(citation.item.get("title", ""))
            work = self.find_by_title(citation, key)
            if work:
                page = citation.item.get("page")
                if page and page != work.item.get("page"):
                    locator = locator or page
                return work, locator
        if not citation.item:
            citation.item = {"type": "document", "note": citation.text.strip(), "language": "und"}
        item = citation.item
        if citation.kind == "short" and item.get("page"):
            locator = locator or item["page"]
        if citation.kind == "full" and locator and not item.get("page"):
            item = {**item, "page": locator}  # the page a first, full note cites stays with its work
        return self.new_work(item, key), None if citation.kind == "full" else locator


def resolve_references(doc: Document) -> References:
    """Parse and resolve every note of `doc` (notes in file order)."""
    builder = _Builder()
    parsed: dict[tuple[str, str], Citation] = {}  # a note written twice in one document is read once
    names: NameMemo = {}  # and a name written twice is split once
    for note in doc.footnotes:
        cited: list[NoteCitation] = []
        context = "list" if note.kind == "reference" else "note"
        for part in split_works(doc.note_text(note)):
            citation = _read_once(parsed, part, context, names)
            work, locator = builder.resolve(citation, note.block)
            if (work.id, note.id) not in builder.cited:
                builder.cited.add((work.id, note.id))
                work.cited_by.append(note.id)
            cited.append(_note_citation(work.id, locator, citation.kind))
            builder.last = work.id
        builder.refs.by_note[note.id] = cited
        builder.by_block_number[(note.block, note.number)] = [c.work for c in cited]
    return builder.refs


# Readings of note texts across documents, by (text, context), oldest first: a corpus cites the same sources in
# the same words again and again (a ministry's white paper, a summit's declaration, `同上`), and a note's reading
# depends on its text and context alone (the names memo only saves splitting a name twice). Kept readings are
# never handed out: each document gets copies (`_copy`), as a repeat within a document does.
_READINGS: OrderedDict[tuple[str, str], Citation] = OrderedDict()
_READINGS_KEPT = 4096
_READINGS_LOCK = threading.Lock()


def _new_lock_in_child() -> None:
    """A forked worker (ingest's) starts with a lock of its own: one copied while another thread of the parent held
    it would stay held in the child for ever."""
    global _READINGS_LOCK
    _READINGS_LOCK = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_new_lock_in_child)


def clear_readings() -> None:
    """Forget the notes read in earlier documents (a benchmark timing a note's first reading calls this)."""
    with _READINGS_LOCK:
        _READINGS.clear()


def _read_once(parsed: dict[tuple[str, str], Citation], text: str, context: str, names: NameMemo) -> Citation:
    """`parse_citation`, once per distinct text of a document: a repeat gets a copy of the first reading (its
    own item dict: the registry may give it a page of its own); a text read in an earlier document a copy of
    that reading."""
    key = (text, context)
    first = parsed.get(key)
    if first is not None:
        return _copy(first)
    with _READINGS_LOCK:  # documents parsed in several threads (`serve`) share the readings
        kept = _READINGS.get(key)
        if kept is not None:
            _READINGS.move_to_end(key)
    if kept is None:
        kept = parse_citation(text, context, names)
        with _READINGS_LOCK:
            _READINGS[key] = kept
            while len(_READINGS) > _READINGS_KEPT:
                _READINGS.popitem(last=False)
    first = parsed[key] = _copy(kept)
    return first


def _copy(first: Citation) -> Citation:
    """A copy of a reading with its own item dict and warnings list (the registry may change the first level)."""
    return Citation(  # made field by field: `dataclasses.replace` takes several times as long
        first.text,
        dict(first.item),
        first.kind,
        first.locator,
        first.note_ref,
        first.author_key,
        first.title_key,
        list(first.warnings),
    )


def references(doc: Document) -> Document:
    """Stage 4: attach the resolved references to the document."""
    return doc.evolve(references=resolve_references(doc))
