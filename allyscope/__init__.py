"""allyscope: evidence-linked knowledge bases of international security relations, built from documents.

The names below are imported on first use, so that `import allyscope` (and the `allyscope` command's start-up)
does not compile every pattern of every stage.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from allyscope.errors import (
    AllyscopeError,
    BinaryInputError,
    EmptyInputError,
    InputError,
    NotFoundError,
    SpanError,
    StoreError,
    UndecodableInputError,
)

if TYPE_CHECKING:
    from allyscope.dates import DateMention
    from allyscope.entities import EntityMention
    from allyscope.events import Event, Evidence
    from allyscope.model import Document, Footnote, Heading, Marker, OffsetMap, Span
    from allyscope.pipeline import analyse, extract, extract_file, parse, parse_text, run
    from allyscope.serialize import document_json

_LAZY = {
    "Document": "allyscope.model",
    "Footnote": "allyscope.model",
    "Heading": "allyscope.model",
    "Marker": "allyscope.model",
    "OffsetMap": "allyscope.model",
    "Span": "allyscope.model",
    "DateMention": "allyscope.dates",
    "EntityMention": "allyscope.entities",
    "Event": "allyscope.events",
    "Evidence": "allyscope.events",
    "analyse": "allyscope.pipeline",
    "extract": "allyscope.pipeline",
    "extract_file": "allyscope.pipeline",
    "parse": "allyscope.pipeline",
    "parse_text": "allyscope.pipeline",
    "run": "allyscope.pipeline",
    "document_json": "allyscope.serialize",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'allyscope' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "AllyscopeError",
    "BinaryInputError",
    "DateMention",
    "Document",
    "EmptyInputError",
    "EntityMention",
    "Event",
    "Evidence",
    "Footnote",
    "Heading",
    "InputError",
    "Marker",
    "NotFoundError",
    "OffsetMap",
    "Span",
    "SpanError",
    "StoreError",
    "UndecodableInputError",
    "analyse",
    "document_json",
    "extract",
    "extract_file",
    "parse",
    "parse_text",
    "run",
]
__version__ = "0.1.0"
