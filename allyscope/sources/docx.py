"""Word (.docx) files: paragraphs, headings from paragraph styles, and the real footnotes and endnotes.

A .docx is a zip of XML parts. The body is `word/document.xml`; a footnote reference there
(`<w:footnoteReference w:id="3"/>`) names its note in `word/footnotes.xml` by id, so every marker is linked
to exactly the note Word shows for it, with no guessing. Word prints the references 1, 2, 3… in the order
they appear (endnotes likewise); when a file has both, endnotes are numbered on after the footnotes so that
every number names one note. Headings are paragraphs whose style is a heading style (`heading 1`, `Heading2`,
`見出し 1`, `标题 1`, or any style with an outline level), the level from its number or outline level.

XML is parsed without entities or network access, and each part is read with a size limit, so a crafted
file (an XML or zip bomb) is refused, not followed.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from typing import Any

from lxml import etree

from allyscope.errors import DamagedInputError, NoTextError
from allyscope.sources.assemble import Block, Reading, Run, SourceLine, SourceNote

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
PART_LIMIT = 64 * 1024 * 1024  # bytes of one XML part once unzipped
_HEADING_NAME = re.compile(r"(?:heading|見出し|标题|標題|제목)\s*(\d)", re.IGNORECASE)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


def _part(archive: zipfile.ZipFile, name: str, source: str) -> Any | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > PART_LIMIT:
        raise DamagedInputError(source, f"the Word part {name} unpacks to {info.file_size} bytes, too big to read")
    try:
        with archive.open(info) as handle:
            data = handle.read(PART_LIMIT + 1)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError) as exc:
        raise DamagedInputError(source, f"the Word part {name} cannot be unpacked ({exc})") from exc
    if len(data) > PART_LIMIT:
        raise DamagedInputError(source, f"the Word part {name} is too big to read")
    try:
        return etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise DamagedInputError(source, f"the Word part {name} is not well-formed XML ({exc.msg})") from exc


def _styles(root: Any | None) -> dict[str, int]:
    """Heading level of every paragraph style that is a heading (by name or outline level), by style id."""
    levels: dict[str, int] = {}
    if root is None:
        return levels
    for style in root.iter(f"{_W}style"):
        ident = style.get(f"{_W}styleId") or ""
        name_el = style.find(f"{_W}name")
        name = name_el.get(f"{_W}val", "") if name_el is not None else ""
        match = _HEADING_NAME.search(name) or _HEADING_NAME.search(ident)
        outline = style.find(f"{_W}pPr/{_W}outlineLvl")
        if match:
            levels[ident] = int(match.group(1))
        elif outline is not None and (outline.get(f"{_W}val") or "").isdigit():
            levels[ident] = int(outline.get(f"{_W}val") or "0") + 1
        elif name.lower() == "title" or ident.lower() == "title":
            levels[ident] = 0
    return levels


def _paragraph_style(p: Any) -> str:
    style = p.find(f"{_W}pPr/{_W}pStyle")
    return str(style.get(f"{_W}val", "")) if style is not None else ""


def _paragraph_outline(p: Any) -> int | None:
    outline = p.find(f"{_W}pPr/{_W}outlineLvl")
    value = outline.get(f"{_W}val", "") if outline is not None else ""
    return int(value) + 1 if value.isdigit() and int(value) < 9 else None


class _Numbers:
    """Numbers Word prints for note references: in order of first reference, endnotes after footnotes."""

    def __init__(self) -> None:
        self.order: dict[tuple[str, str], int] = {}

    def number(self, kind: str, ident: str) -> int:
        key = (kind, ident)
        if key not in self.order:
            self.order[key] = len(self.order) + 1
        return self.order[key]


def _runs(p: Any, numbers: _Numbers | None) -> list[Run]:
    """The text of a paragraph as runs; note references become marker runs (not inside notes)."""
    runs: list[Run] = []
    text: list[str] = []

    def flush() -> None:
        if text:
            runs.append(Run("".join(text)))
            text.clear()

    for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}footnoteReference", f"{_W}endnoteReference", f"{_W}sym"):
        tag = el.tag
        if tag == f"{_W}t":
            text.append(el.text or "")
        elif tag in (f"{_W}tab", f"{_W}br"):
            text.append(" ")
        elif tag == f"{_W}sym":
            continue
        elif numbers is not None:
            kind = "footnote" if tag == f"{_W}footnoteReference" else "endnote"
            ident = el.get(f"{_W}id") or ""
            flush()
            number = numbers.number(kind, ident)
            runs.append(Run(str(number), marker=number))
    flush()
    return runs


def _notes(root: Any | None, kind: str, numbers: _Numbers) -> list[SourceNote]:
    if root is None:
        return []
    found: dict[str, list[SourceLine]] = {}
    for note in root.iter(f"{_W}{kind}"):
        if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        lines = []
        for p in note.iter(f"{_W}p"):
            text = "".join(r.text for r in _runs(p, None)).strip()
            if text:
                lines.append(SourceLine([Run(text)]))
        found[note.get(f"{_W}id") or ""] = lines
    notes = []
    for (note_kind, ident), number in numbers.order.items():
        if note_kind == kind and ident in found and found[ident]:
            notes.append(SourceNote(number, found[ident], kind=kind))
    return notes


def read_docx(data: bytes, source: str) -> Reading:
    """Read a .docx file's body, headings and notes."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DamagedInputError(source, f"not a readable Word file: a damaged or truncated zip ({exc})") from exc
    with archive:
        names = set(archive.namelist())
        if "word/document.xml" not in names:
            raise DamagedInputError(source, "a zip archive, not a Word document (no word/document.xml)")
        document = _part(archive, "word/document.xml", source)
        styles = _styles(_part(archive, "word/styles.xml", source))
        footnotes_root = _part(archive, "word/footnotes.xml", source)
        endnotes_root = _part(archive, "word/endnotes.xml", source)
    body = document.find(f"{_W}body") if document is not None else None
    if body is None:
        raise DamagedInputError(source, "the Word document has no body")
    numbers = _Numbers()
    blocks: list[Block] = []
    after_title = False
    for p in body.iter(f"{_W}p"):
        runs = _runs(p, numbers)
        text = "".join(r.text for r in runs)
        if not text.strip():
            continue
        level = styles.get(_paragraph_style(p))
        if level is None:
            level = _paragraph_outline(p)
        if level and len(text) <= 200:
            blocks.append(Block("heading", [SourceLine([Run(text.strip())])], level=level))
        elif after_title and len(text.strip()) <= 60 and not any(r.marker for r in runs):
            blocks.append(Block("author", [SourceLine(_trimmed(runs))]))  # the byline under the title
        else:
            blocks.append(Block("paragraph", [SourceLine(_trimmed(runs))]))
        after_title = level == 0  # only the paragraph right under a Title-style paragraph
    if not blocks:
        raise NoTextError(source, "the Word document holds no text")
    notes = _notes(footnotes_root, "footnote", numbers) + _notes(endnotes_root, "endnote", numbers)
    notes.sort(key=lambda n: n.number)
    return Reading(source, "docx", blocks, notes)


def _trimmed(runs: list[Run]) -> list[Run]:
    """Runs without the white space at the paragraph's two ends."""
    while runs and runs[0].marker is None and not runs[0].text.strip():
        runs = runs[1:]
    while runs and runs[-1].marker is None and not runs[-1].text.strip():
        runs = runs[:-1]
    if runs and runs[0].marker is None:
        runs[0] = Run(runs[0].text.lstrip())
    if runs and runs[-1].marker is None:
        runs[-1] = Run(runs[-1].text.rstrip())
    return runs
