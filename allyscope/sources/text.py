"""Plain text files: decoded as `allyscope.reading` decodes them, or in the encoding the user names."""

from __future__ import annotations

from allyscope.errors import UndecodableInputError
from allyscope.model import Document
from allyscope.reading import content_key, read_bytes


def read_text(data: bytes, source: str, encoding: str | None = None) -> Document:
    """Stage 0 for a text file: the decoded raw text; layout repair does the rest."""
    if not encoding:
        doc = read_bytes(data, source)
    else:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise UndecodableInputError(source, f"cannot decode as {encoding} ({exc})") from exc
        text = text.lstrip("\ufeff")
        if not text.strip():
            from allyscope.errors import EmptyInputError

            raise EmptyInputError(source, "the file is empty")
        doc = Document(raw=text, source=source, encoding=encoding, meta=(("sha256", content_key(text)),))
    return doc.evolve(meta=(*doc.meta, ("source_type", "text")))
