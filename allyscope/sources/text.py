"""Plain text files: decoded as `allyscope.reading` decodes them, or in the encoding the user names."""

from __future__ import annotations

from allyscope.model import Document
from allyscope.reading import read_bytes


def read_text(data: bytes, source: str, encoding: str | None = None) -> Document:
    """Stage 0 for a text file: the decoded raw text; layout repair does the rest."""
    doc = read_bytes(data, source, encoding)
    return doc.evolve(meta=(*doc.meta, ("source_type", "text")))
