"""Which files an `ingest` of paths, folders and URLs means: folders walked recursively, kinds told by content.

A folder stands for every document file under it (hidden files and folders left out), optionally only those
whose path relative to the folder matches `--glob` (`*.pdf`, `2024/**`, `*_zh*`). What a file is, is read
from its first bytes, not its name: PDFs, Word files, HTML pages and text files are kept whatever they are
called, while images, archives and other binary files met in a folder are passed over (a file named on the
command line is always read, and fails with its problem if it is not a document). An archive named as a Word
file that is none, or cannot be opened, is read too: it is a damaged document whose problem must be told.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path

from allyscope.errors import InputError
from allyscope.sources import detect
from allyscope.sources.fetch import is_url

_WORD_SUFFIXES = (".docx", ".docm")


@dataclass
class Targets:
    """The documents to read, in order, the files of folders passed over as not documents, and those passed
    over as empty (nothing but blank space: a download or export that wrote nothing, told apart so that the
    user is not told a text file is no text)."""

    items: list[str] = field(default_factory=list)
    passed_over: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)


_BLANK_LIMIT = 1 << 16  # a file of blank space longer than this is read as a document (and its problem told)


def is_empty(path: Path) -> bool:
    """True for a file with no bytes, or only spaces and line breaks (up to 64 KB)."""
    try:
        size = path.stat().st_size
        if size == 0:
            return True
        if size > _BLANK_LIMIT:
            return False
        return not path.read_bytes().strip()
    except OSError:
        return False


def looks_like_document(path: Path) -> bool:
    """True when a file's first bytes are a PDF, a Word file, HTML, or text (no NUL bytes, or UTF-16)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    if not head.strip():
        return False
    kind = detect.sniff(head) if not head.startswith(b"PK") else detect.sniff(path.read_bytes())
    if kind in (detect.PDF, detect.DOCX, detect.HTML):
        return True
    if kind in (detect.ZIP, detect.BROKEN_ZIP) and path.suffix.lower() in _WORD_SUFFIXES:
        return True  # a Word file cut short or damaged: read, so that its problem is told, not passed over
    if kind != detect.TEXT:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    return b"\x00" not in head


def expand(targets: list[str], glob: str | None = None) -> Targets:
    """Paths, folders and URLs → the documents to read."""
    out = Targets()
    for target in targets:
        if is_url(target) or target == "-":  # a URL, or standard input
            out.items.append(target)
            continue
        path = Path(target)
        if not path.is_dir():
            if not path.exists():
                raise InputError(target, "no such file or folder")
            out.items.append(target)
            continue
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            relative = child.relative_to(path)
            if any(part.startswith(".") for part in relative.parts):
                continue
            if glob and not (fnmatch(str(relative), glob) or fnmatch(child.name, glob)):
                continue
            if is_empty(child):
                out.empty.append(str(child))
            elif looks_like_document(child):
                out.items.append(str(child))
            else:
                out.passed_over.append(str(child))
    return out
