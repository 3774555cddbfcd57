"""Stage 0 for every kind of file users have: plain text, PDF, HTML pages (saved or by URL) and Word files.

`read_source` looks at the content (never the file name) to tell what a file is, reads it with the reader
for its kind and returns a `Document`. A plain text file comes back as raw text only (layout repair finds its
structure); a PDF, an HTML page or a Word file comes back with body, notes, headings and markers already
laid out from what the file states (geometry, markup, note parts), so the pipeline skips layout repair for it
and runs every later stage unchanged. `source_type` and `origin` (the file name or URL given) are kept in the
document's meta.
"""

from __future__ import annotations

from pathlib import Path

from allyscope.errors import DamagedInputError, InputError
from allyscope.model import Document
from allyscope.sources import detect
from allyscope.sources.fetch import is_url

SOURCE_TYPES = ("text", "pdf", "html", "docx")
STDIN = "-"


def read_bytes_as(
    data: bytes, source: str, kind: str | None = None, encoding: str | None = None, url: str = ""
) -> Document:
    """Read bytes of a known or sniffed kind into a `Document`."""
    kind = kind if kind in ("pdf", "docx") else detect.sniff(data) if kind != "html" else "html"
    if kind == detect.PDF:
        from allyscope.sources.assemble import assemble
        from allyscope.sources.pdf import read_pdf

        return assemble(read_pdf(data, source))
    if kind == detect.DOCX:
        from allyscope.sources.assemble import assemble
        from allyscope.sources.docx import read_docx

        return assemble(read_docx(data, source))
    if kind == detect.HTML:
        from allyscope.sources.assemble import assemble
        from allyscope.sources.html import read_html

        return assemble(read_html(data, source, encoding, url=url))
    if kind == detect.ZIP:
        raise DamagedInputError(source, "a zip archive, not a Word document (no word/document.xml)")
    if kind == detect.BROKEN_ZIP:
        raise DamagedInputError(
            source, "a damaged or truncated zip archive (a Word file cut short?): it cannot be opened"
        )
    if kind == detect.OLE:
        raise DamagedInputError(
            source, "an old binary Word file or an encrypted Office file: save it as .docx without a password"
        )
    from allyscope.sources.text import read_text

    return read_text(data, source, encoding)


def read_source(target: str | Path, encoding: str | None = None) -> Document:
    """Stage 0 for a file path or an http(s) URL: a `Document`, raw only for text, laid out for other kinds."""
    name = str(target)
    if name == STDIN:  # `-` is standard input, read whole, its kind told by content like any file
        import sys

        from allyscope.limits import read_limited

        doc = read_bytes_as(read_limited(sys.stdin.buffer, "<stdin>"), "<stdin>", None, encoding)
        return doc.evolve(meta=(*doc.meta, ("origin", "<stdin>")))
    if isinstance(target, str) and is_url(target):
        from allyscope.limits import max_size
        from allyscope.sources.fetch import MAX_BYTES
        from allyscope.sources.fetch import fetch as fetch_url

        limit = max_size()  # the download stops at the size limit when it is below the fetcher's own
        fetched = fetch_url(target, max_bytes=min(limit, MAX_BYTES) if limit else None)
        doc = read_bytes_as(fetched.data, name, fetched.kind, encoding or None, url=fetched.url)
        if fetched.url != name:
            doc = doc.evolve(meta=(*doc.meta, ("final_url", fetched.url)))
    else:
        path = Path(target)
        try:
            data = path.read_bytes()
        except IsADirectoryError as exc:
            raise InputError(name, "is a directory, not a file") from exc
        except FileNotFoundError as exc:
            raise InputError(name, "no such file") from exc
        except OSError as exc:
            raise InputError(name, f"cannot be read ({exc.strerror})") from exc
        doc = read_bytes_as(data, name, None, encoding)
    return doc.evolve(meta=(*doc.meta, ("origin", name)))


def is_laid_out(doc: Document) -> bool:
    """True for a document whose reader already laid out its body and notes (PDF, HTML, Word)."""
    return bool(doc.get_meta("source_type", "text") != "text")


__all__ = ["SOURCE_TYPES", "is_laid_out", "read_bytes_as", "read_source"]
