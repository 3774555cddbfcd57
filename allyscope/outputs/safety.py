"""Hostile text neutralised for the tool that reads each output.

Evidence sentences and titles come from documents anyone can write. A spreadsheet runs a cell that starts with
`=`, `+`, `-` or `@` as a formula; TimelineJS and Markdown renderers show raw HTML as markup; XML cannot hold most
control characters at all. Each writer passes its text through the function made for its consumer, and only there,
so the stored text stays exactly as the document had it.
"""

from __future__ import annotations

import re
from html import escape
from typing import Any

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 cannot carry, plus C1 controls: dropped from XML outputs.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# Controls that a terminal or a renderer would act on rather than show (escape, bidi overrides and isolates).
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}<>|#!~&])")


def spreadsheet_cell(value: Any) -> Any:
    """A CSV cell no spreadsheet runs: text starting with a formula character gets a leading apostrophe (the
    convention spreadsheets themselves use for text typed as-is). Numbers are left as numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def xml_text(text: str) -> str:
    """Text an XML parser accepts: characters XML forbids are dropped (the writer escapes the rest)."""
    return _NOT_XML.sub("", text)


def html_text(text: str) -> str:
    """Text shown as text in HTML (TimelineJS renders its fields as HTML): markup escaped, controls dropped."""
    return escape(_CONTROLS.sub("", text), quote=True)


def html_link(url: str | None, label: str) -> str:
    """An `<a>` for http(s) URLs only; any other scheme (`javascript:`, `data:`) is shown as text."""
    if url and url.lower().startswith(("http://", "https://")):
        return f'<a href="{html_text(url)}" target="_blank" rel="noopener noreferrer">{html_text(label)}</a>'
    return html_text(label if not url else f"{label} <{url}>")


def markdown_text(text: str) -> str:
    """Text shown as text in Markdown: every character that could start markup, a link or raw HTML is
    backslash-escaped (CommonMark allows it for any ASCII punctuation), newlines become spaces."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", _CONTROLS.sub("", text).replace("\r", " ").replace("\n", " "))


def terminal_text(text: str) -> str:
    """Text printed to a terminal: escape sequences, other controls and bidi overrides dropped."""
    return _CONTROLS.sub("", text)
