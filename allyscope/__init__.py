"""allyscope: evidence-linked knowledge bases of international security relations, built from documents."""

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
from allyscope.model import Document, Footnote, Heading, Marker, OffsetMap, Span
from allyscope.pipeline import parse, parse_text, run
from allyscope.serialize import document_json

__all__ = [
    "AllyscopeError",
    "BinaryInputError",
    "Document",
    "EmptyInputError",
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
    "document_json",
    "parse",
    "parse_text",
    "run",
]
__version__ = "0.1.0"
