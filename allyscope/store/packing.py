"""Columns stored compressed: a document's raw input and structure JSON, and the places of its mentions.

They are read whole, by Python, and never searched or cut by SQL, so they are written as zlib-compressed UTF-8
(a BLOB): the raw text shrinks about 2.4×, the structure JSON about 6× (issue 18: the store was ten times its
input). Rows written before this (TEXT) are read as they are. Compression runs in the worker that parsed
the document, not in the writer.
"""

from __future__ import annotations

import zlib

LEVEL = 6


def pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), LEVEL)


def unpack(value: str | bytes) -> str:
    """A stored column as text, whether written compressed (bytes) or plain (str)."""
    if isinstance(value, bytes):
        return zlib.decompress(value).decode("utf-8")
    return value
