"""Markdown link definitions with named labels (issue 12, lay81): `[text][coral]` in the text, and at the end
`[coral]: https://… "Title"`. A Markdown renderer prints no definition: it turns each reference link into a link
to the definition's address. A copy of the source keeps them, one a line, after the text and its footnotes: the
sources the text links to, as a reference list names them. Each such line becomes a span of kind `references`
(kept in the text, neither a note, a paragraph nor a page's navigation), as `reference_lists` marks the entries
set after endnotes.

A definition is read only where the text cites its name as a reference link (`[text][name]` or `[name][]`, the
name matched letter case aside, as Markdown matches it): a line that merely looks so (`[Ed.]: see above`, no
address) or a definition nothing cites stays as it is. A label of digits alone (`[1]: https://…`) numbers a
note, read by the bracket family of `notes.json` (lay76): it is left to it."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from allyscope.layout.furniture import FURNITURE
from allyscope.layout.line_objects import BODY, Line
from allyscope.layout.reference_lists import REFERENCES

_DEFINITION = re.compile(
    r"\[(?!\d{1,3}\])(?!\^)([^\[\]\n]{1,40})\]:[ \t]+<?(?:https?://|www\.)\S+?>?"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?"
)
_CITED = re.compile(r"\]\[([^\[\]\n]{1,40})\]|\[([^\[\]\n]{1,40})\]\[\]")


def holds_link_definitions(raw: str) -> bool:
    """A cheap test: whether `raw` may hold a reference link and its definition at all."""
    return "][" in raw and "]: " in raw


def mark_link_definitions(lines: Sequence[Line], raw: str, protected: Collection[int] = ()) -> None:
    """Mark as `references` the body lines that define a link the text cites by name (see the module)."""
    cited = {(full or collapsed).strip().casefold() for full, collapsed in _CITED.findall(raw)}
    if not cited:
        return
    for i, line in enumerate(lines):
        if line.role != BODY or i in protected or not line.content.startswith("["):
            continue
        found = _DEFINITION.fullmatch(line.content)
        if found is not None and found.group(1).strip().casefold() in cited:
            line.role, line.furniture = FURNITURE, REFERENCES
