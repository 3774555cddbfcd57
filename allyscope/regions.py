"""Where a stretch of a document stands, which decides whether it may state the document's events.

The body's paragraphs and the abstract are read for events (an event from the abstract says so: `where` is
`abstract`). A caption (a figure, table or photo label, or the source line under it) and an entry of a
reference list set in the body are read for nothing: their dates date an image or a source, and they anchor no
date after them. Notes are never here: they live in `Document.notes_text`. The cues are data
(`regions` in `data/event_patterns.json`).
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from allyscope.model import Document


class Region(NamedTuple):
    """A stretch `[start, end)` of the body text and where it stands: `body`, `abstract`, `caption`, `reference`."""

    start: int
    end: int
    where: str

    @property
    def states_events(self) -> bool:
        return self.where in ("body", "abstract")


@cache
def _cues() -> tuple[int, re.Pattern[str], re.Pattern[str]]:
    data: dict[str, Any] = json.loads(
        resources.files("allyscope.data").joinpath("event_patterns.json").read_text("utf-8")
    )["regions"]
    return int(data["max_length"]), re.compile(data["caption"]), re.compile(data["reference"])


def regions(doc: Document) -> list[Region]:
    """The abstract and the paragraphs of `doc`, in text order, each with where it stands."""
    limit, caption, reference = _cues()
    text = doc.text
    out = [Region(s.start, s.end, "abstract") for s in doc.spans_of("abstract")]
    for p in doc.paragraphs:
        where = "body"
        if p.end - p.start <= limit:
            piece = text[p.start : p.end]  # the cues start with `^`, which holds only at a string's start
            if caption.match(piece):
                where = "caption"
            elif reference.match(piece):
                where = "reference"
        out.append(Region(p.start, p.end, where))
    out.sort()
    # an abstract that is also a paragraph is read once, as the abstract
    kept: list[Region] = []
    for region in out:
        if kept and region.start < kept[-1].end:
            continue
        kept.append(region)
    return kept
