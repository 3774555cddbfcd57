"""The entries of a reference list set after a document's endnotes under a label of its own (issue 12):
`Notes` … then `References`, `参考文献` or `参考文献一覧` and unnumbered author-date entries (or numbered ones no marker
of the text cites). Such entries are neither notes (no marker points at them) nor text (a citation states no
event and dates no document): each line becomes a span of kind `references`. The list runs while its lines read
as entries (`notes.json`, `reference_list`) and ends at the first line that does not: a heading and the text of
an appendix, a bio no label announces, a furniture line (a bio's label, a copyright line). Why line by line: the
entries of a hanging-indent list, its URL and access-date lines and a part's label (`Further reading`) each have
a shape of their own, and what follows the list has none of them."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from allyscope.layout.line_objects import BLANK, BODY, DROPPED, Line

REFERENCES = "references"
"""The span kind of a reference list's entries after the endnotes: kept in the text, never notes nor paragraphs."""


@dataclass(frozen=True)
class _Cues:
    year: re.Pattern[str]
    name: re.Pattern[str]
    link: re.Pattern[str]
    access: re.Pattern[str]
    sublabel_max: int
    stops: str
    undated: re.Pattern[str]
    imprint: re.Pattern[str]
    doc_type: re.Pattern[str]


@cache
def _cues() -> _Cues:
    data = json.loads(resources.files("allyscope.data").joinpath("layouts/notes.json").read_text("utf-8"))
    cues = data["reference_list"]
    return _Cues(
        re.compile(cues["entry_year"]),
        re.compile(cues["inverted_name"]),
        re.compile(cues["link"]),
        re.compile(cues["access"]),
        int(cues["sublabel_max"]),
        str(cues["stops"]),
        re.compile(cues["undated"]),
        re.compile(cues["imprint"]),
        re.compile(cues["doc_type"]),
    )


def opens_entry(content: str) -> bool:
    """True for a line that may open a reference entry: a year set off as an entry prints it (`(2019).`,
    `，2021，`, `1982  …` at the line's start) or its absence (`n.d.`), an author written surname first
    (`Pauly, D.`), a Chinese entry's type code (`[J]`) or the place and publisher it ends on (`Suva: PIF.`)."""
    cues = _cues()
    return (
        cues.year.search(content) is not None
        or cues.name.match(content) is not None
        or cues.undated.search(content) is not None
        or cues.doc_type.search(content) is not None
        or cues.imprint.search(content) is not None
    )


def _addressed(content: str) -> bool:
    """True for a line holding an entry's web address or access date (`https://…`, `Accessed 3 May 2024.`)."""
    cues = _cues()
    return cues.link.search(content) is not None or cues.access.search(content) is not None


def _runs_on(content: str) -> bool:
    """True for an entry line that ends on no stop (`… Naval Law Review, 41,`): the entry goes on below."""
    return not content.rstrip().endswith(tuple(_cues().stops))


def _entry_line(line: Line, previous: Line | None, indent: int) -> bool:
    """True when `line` reads as a line of the list: it opens an entry, holds its address or access date, hangs
    under the entry above (indented deeper than the list's first line), or continues a line that ran on."""
    content = line.content
    if opens_entry(content) or _addressed(content):
        return True
    if previous is None:
        return False
    return len(line.indent) > indent or _runs_on(previous.content)


def _next_content(lines: Sequence[Line], index: int) -> Line | None:
    """The next line after `index` with content (blank lines aside), or None."""
    for k in range(index + 1, len(lines)):
        if lines[k].content:
            return lines[k]
    return None


def opens_reference_list(lines: Sequence[Line], index: int) -> bool:
    """True for line `index` that may open a reference list under its label: an entry, or a part's label over an
    entry (`中文部分` over `林正義，2019，…`; `_over_entry`)."""
    return opens_entry(lines[index].content) or _over_entry(lines, index)


def _over_entry(lines: Sequence[Line], index: int) -> bool:
    """True for line `index`, which opens no entry, where the line under it tells it is one: it stands over the
    entry's address (`防衛装備庁「…について」` then `https://…`), or runs on (no stop) over a line opening an entry:
    an entry's first line wrapped before its year (`李明, 张伟. …为` then `例[J]. …, 2018(5): 77-95.`), or a part's
    label of the list (`Further reading`, `一、中文部分`), a short line."""
    following = _next_content(lines, index)
    if following is None or following.role != BODY:
        return False
    if _addressed(following.content):
        return True
    return _runs_on(lines[index].content) and opens_entry(following.content)


def mark_reference_list(
    lines: Sequence[Line],
    start: int,
    furniture: str,
    numbered_entry: Callable[[Line], bool | None],
) -> int:
    """Mark the lines of the reference list opening at line `start` (the line after its label) as furniture of
    kind `references`; returns the index of the first line past the list (`len(lines)` at the file's end).

    `furniture` is the furniture role; `numbered_entry(line)` tells a numbered line (`［1］…`): True for an entry
    of the list (no marker cites it), False for a note (the list ends there, for the notes' reader), None for a
    line no note family numbers."""
    previous: Line | None = None
    indent = -1
    j = start
    while j < len(lines):
        line = lines[j]
        if line.role == BLANK or line.role in DROPPED:
            j += 1  # blank lines, and a page's number or running head over a list that runs on
            continue
        if line.role != BODY:
            return j  # a furniture line (a bio's label, a copyright line): the list has ended
        numbered = numbered_entry(line)
        if numbered is False:
            return j
        if numbered is None and not _entry_line(line, previous, indent) and not _over_entry(lines, j):
            return j  # `Appendix` over a paragraph, a bio no label announces: text again
        if indent < 0:
            indent = len(line.indent)
        line.role, line.furniture = furniture, REFERENCES
        previous = line
        j += 1
    return j
