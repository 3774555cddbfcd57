"""What kind of file a document is, by its content (its first bytes), never by its name.

A PDF starts with `%PDF-` (within its first kilobyte); a Word file is a zip whose parts include
`word/document.xml`; an old binary Word file or an encrypted Office file is an OLE compound file; an HTML page
opens (after a BOM, white space and comments) with a doctype or an `<html>`, `<head>` or `<body>` tag, or holds
such tags near its start. Anything else is read as plain text.
"""

from __future__ import annotations

import io
import re
import zipfile

PDF, DOCX, HTML, TEXT, ZIP, OLE = "pdf", "docx", "html", "text", "zip", "ole"
BROKEN_ZIP = "broken-zip"
"""A file that starts as a zip archive but cannot be opened as one: cut short or damaged (often a Word file)."""

_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAGS = re.compile(rb"<(?:html|head|body|meta\s|title|article|div|p)\b[^>]*>", re.I)


def sniff(data: bytes) -> str:
    """`pdf`, `docx`, `html`, `zip` (an archive that is not a Word file), `broken-zip` (one that cannot be
    opened), `ole` or `text`."""
    head = data[:1024]
    if b"%PDF-" in head:
        return PDF
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return DOCX if "word/document.xml" in archive.namelist() else ZIP
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
            return BROKEN_ZIP
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return OLE
    sample = data[:4096]
    if _HTML_START.match(sample):
        return HTML
    if sample.lstrip()[:1] == b"<" and len(_HTML_TAGS.findall(sample)) >= 3:
        return HTML
    return TEXT
