"""The pipeline: small stages, each a function from `Document` to `Document`, run in order.

read → repair layout → structure → link notes → turns → references → dates → entities → events.
Each stage can be run and tested alone. `parse` runs the reading stages on a file (`parse_text` on a string);
`extract` and `extract_file` run every stage, the extraction ones included, so that the document carries its
dates, entity mentions and events (`doc.dates`, `doc.entities`, `doc.events`). `allyscope extract`, `ingest`
and the store all go through `extract_file`: the store writes what the stages found and runs none of them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from allyscope.collector import collector_paused
from allyscope.layout.repair import repair_layout
from allyscope.linking import link_notes
from allyscope.model import Document
from allyscope.reading import content_key
from allyscope.references.registry import references
from allyscope.structure import structure
from allyscope.structure.turns import read_turns

Stage = Callable[[Document], Document]
# Told each stage's name and seconds once it has run: progress on a long file (the CLI prints it for big inputs).
Progress = Callable[[str, float], None]
STAGES: tuple[Stage, ...] = (repair_layout, structure, link_notes, read_turns, references)


def _dates(doc: Document) -> Document:
    from allyscope.dates import mark_dates

    result: Document = mark_dates(doc)
    return result


def _entities(doc: Document) -> Document:
    from allyscope.entities import mark_entities

    result: Document = mark_entities(doc)
    return result


def _events(doc: Document) -> Document:
    from allyscope.events import mark_events

    return mark_events(doc)


EXTRACTION_STAGES: tuple[Stage, ...] = (_dates, _entities, _events)


def run(doc: Document, stages: Sequence[Stage] = STAGES, progress: Progress | None = None) -> Document:
    """Run `stages` on a document in order (telling `progress` as each one ends)."""
    for stage in stages:
        started = time.perf_counter()
        doc = stage(doc)
        if progress is not None:
            progress(stage.__name__.strip("_"), time.perf_counter() - started)
    return doc


def parse(path: str | Path, encoding: str | None = None, progress: Progress | None = None) -> Document:
    """Read a file (text, PDF, HTML, Word; or an http(s) URL) and run every stage on it. A file whose reader
    laid it out already (every kind but plain text) skips layout repair."""
    from allyscope.sources import is_laid_out, read_source

    with collector_paused():  # see allyscope/collector.py: the parse's objects all live until it ends
        started = time.perf_counter()
        doc = read_source(path, encoding)
        if progress is not None:
            progress("read", time.perf_counter() - started)
        if not is_laid_out(doc):
            return run(doc, STAGES, progress)
        return with_stated_date(run(doc, STAGES[1:], progress))


def with_stated_date(doc: Document) -> Document:
    """The date a file states for machines (an HTML page's published or updated date) is the document's date,
    before any date read from its text; the updated date it states is its `date_modified` as well."""
    date = doc.get_meta("date")
    if not date:
        return doc
    updated = doc.get_meta("updated")
    modified = {"date_modified": updated, "date_modified_source": "page-meta"} if updated else {}
    return doc.evolve(date=date, date_source=doc.get_meta("date_kind") or "published", **modified)


def parse_text(text: str, source: str = "<text>") -> Document:
    """Run the reading stages on a text already decoded."""
    with collector_paused():
        return run(Document(raw=text, source=source, meta=(("sha256", content_key(text)),)))


def analyse(doc: Document) -> Document:
    """Run the extraction stages (dates, entities, events) on a parsed document."""
    return run(doc, EXTRACTION_STAGES)


def extract_file(path: str | Path, encoding: str | None = None, progress: Progress | None = None) -> Document:
    """Read a file (or URL) and run every stage: the document with its dates, entities and events."""
    return run(parse(path, encoding, progress), EXTRACTION_STAGES, progress)


def extract(text: str, source: str = "<text>") -> Document:
    """Run every stage on a text: the document with its dates, entities and events (like `nlp(text)`)."""
    return analyse(parse_text(text, source))
