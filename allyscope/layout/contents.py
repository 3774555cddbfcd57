"""A table of contents whose entries end with their page number after a tab or a wide gap, with no leader
dots: what a word processor's "save as plain text" keeps of a contents page (`一、引言<TAB>2`, `Findings   7`).

Entries with leader dots are navigation by their own shape (`data/layouts/furniture.json`, a tail). These are
not: a tab before a number also parts a table's cells. Under the contents label they are entries: the lines
right after it, each ending with a page number set off from its words, the numbers never falling. The run ends
at the first line of another shape (the text's first heading, printed again without its page number).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from allyscope.layout.furniture import FURNITURE
from allyscope.layout.lines import BODY, Line, ends_sentence
from allyscope.layout.notes import label_patterns

_ENTRY = re.compile(r"^(?P<words>\S.{0,78}?)(?:\t+|[ \u3000]{2,}|\u3000)(?P<page>\d{1,4})$")
_LABEL_LONGEST = 20  # `Table of Contents`, `目　录`: a label, not an entry or a sentence


def _label(line: Line) -> bool:
    """A contents label: a short navigation line holding no digit (an entry holds its page number)."""
    content = line.content
    return (
        line.role == FURNITURE
        and line.furniture == "navigation"
        and len(content) <= _LABEL_LONGEST
        and not any(ch.isdigit() for ch in content)
    )


def _part_label(lines: Sequence[Line], line: Line) -> bool:
    """A part of the contents under its own short label (`Figures`, `Tables`, `Contacts`): a short line with no
    digit and no stop, whatever kind its word alone has elsewhere (`Contacts` labels a contact block on a web
    page), over an entry with leader dots."""
    content = line.content
    if len(content) > _LABEL_LONGEST or any(ch.isdigit() for ch in content) or content[-1:] in ".。:：":
        return False
    after = next((later for later in lines[line.index + 1 :] if later.content), None)
    return (
        after is not None
        and after.role == FURNITURE
        and after.furniture == "navigation"
        and _LEADER.search(after.content) is not None
    )


_LEADER = re.compile(r"(?:[.…·・．][ \u3000]?){3,}[ \u3000]*\d{1,4}$")  # `……… 12`: an entry's leader and page


def mark_contents_entries(lines: Sequence[Line]) -> None:
    """Give the entries under a contents label (see the module) the role furniture, kind navigation."""
    for label in (line for line in lines if _label(line)):
        last = 0
        for line in lines[label.index + 1 :]:
            if not line.content:
                continue
            entry = _ENTRY.match(line.content) if line.role == BODY else None
            if line.role == FURNITURE and line.furniture == "navigation":
                continue  # an entry with leader dots, read already
            if _part_label(lines, line):
                line.role, line.furniture = FURNITURE, "navigation"  # `Figures`, `Contacts` over their entries
                continue
            if entry is None and last == 0 and _box_entries(lines, label.index):
                break  # an encyclopedia page's contents box: numbered entries with no page numbers, read whole
            if entry is None or int(entry.group("page")) < last:
                break
            last = int(entry.group("page"))
            line.role, line.furniture = FURNITURE, "navigation"


_BOX_ENTRY = re.compile(r"^(?P<number>(?P<first>\d{1,2})(?:\.\d{1,2}){0,2})[ \t\u3000]+(?P<words>\S.{0,60}?)$")
"""An entry of an encyclopedia page's contents box (`1 Background`, `2.1　人员入境`): its section's number and
head, no page number."""


def _box_entries(lines: Sequence[Line], label: int) -> bool:
    """An encyclopedia page's contents box under the label at `label` (`Contents`, `目录`, `目次`), copied as
    text: numbered entries (`1 Background`, `2　主要内容`), their first numbers never falling, each of whose words
    stands again alone on a later line (the section's head, its edit link cut off: `layout/edit_links.py`). The
    entries, two at least, are made navigation; True when some were."""
    run: list[Line] = []
    last = 0
    for line in lines[label + 1 :]:
        if not line.content:
            continue
        entry = _BOX_ENTRY.match(line.content) if line.role == BODY else None
        if entry is None or int(entry.group("first")) < last:
            break
        last = int(entry.group("first"))
        run.append(line)
    if len(run) < 2:
        return False
    after = {line.content for line in lines[run[-1].index + 1 :]}
    if any(_BOX_ENTRY.match(line.content).group("words") not in after for line in run):  # type: ignore[union-attr]
        return False  # a numbered list of the text, whose items name no later head
    for line in run:
        line.role, line.furniture = FURNITURE, "navigation"
    return True


_ENTRY_WORDS = re.compile(
    r"^(?P<words>\S.{0,78}?\S)[ \u3000]*(?:[.…·・．][ \u3000]?){3,}[ \u3000]*(?:\d{1,4}|[ivxlc]{1,7}|[IVXLC]{1,7})$"
)


_JUMP_REACH = 60  # a box of jump links stands near the page's top
_JUMP_ENTRY = 60  # an entry names a section: a head's length, no sentence


def _jump_label(content: str) -> bool:
    return len(content) <= _LABEL_LONGEST and any(p.fullmatch(content) for p in label_patterns("jump_label"))


def mark_jump_box(lines: Sequence[Line]) -> None:
    """A web page's box of jump links to its own sections under its label (`On this page`, `本页内容`:
    `data/layout.json` 'jump_label'), then the entries, a head's words each, no number: navigation, label and
    entries, where the box is set right over the first section (the line under the last entry holds the first
    entry's words again: the first section's head, nothing between) and every entry stands again below, in
    order, alone on a line over a sentence of the text. A page whose box stands over a paragraph of the text, or
    whose entries are not all heads below, keeps its lines as they are."""
    for label in lines[:_JUMP_REACH]:
        if label.role != BODY or not _jump_label(label.content):
            continue
        run = _jump_entries(lines, label.index)
        if run:
            for line in (label, *run):
                line.role, line.furniture = FURNITURE, "navigation"
            return


def _jump_entries(lines: Sequence[Line], label: int) -> list[Line]:
    """The entries of the jump box under the label at `label` (see `mark_jump_box`), or []."""
    texts = [line for line in lines[label + 1 :] if line.content]
    run: list[Line] = []
    for line in texts:
        if run and line.content == run[0].content:
            break  # the first section's head, right under the box
        if line.role != BODY or len(line.content) > _JUMP_ENTRY or ends_sentence(line.content):
            return []
        if any(ch.isdigit() for ch in line.content):
            return []  # a numbered entry or a page number: `_box_entries`' and the contents' shapes
        run.append(line)
    else:
        return []
    if len(run) < 2:
        return []
    below = texts[len(run) :]
    at = 0
    for entry in run:  # each entry's head below, in order, over a sentence of the text
        at = next((k for k in range(at, len(below) - 1) if below[k].content == entry.content), -1)
        if at < 0 or not ends_sentence(below[at + 1].content):
            return []
        at += 1
    return run


def jump_titles(lines: Sequence[Line]) -> frozenset[str]:
    """The words of a jump box's entries (`mark_jump_box`): the heads of the sections the box links to."""
    titles: set[str] = set()
    for label in lines[:_JUMP_REACH]:
        if label.role != FURNITURE or label.furniture != "navigation" or not _jump_label(label.content):
            continue
        for line in lines[label.index + 1 :]:
            if not line.content:
                continue
            if line.role != FURNITURE or line.furniture != "navigation":
                break
            titles.add(line.content)
    return frozenset(titles)


def contents_titles(lines: Sequence[Line]) -> frozenset[str]:
    """The words of the entries of a contents list with leader dots (`Minister's foreword ........ iii` ->
    `Minister's foreword`): the heads of the text that follows, printed again where each section opens. A line
    of the text holding an entry's words alone is that section's head, whether or not it carries a number or
    a word the heading lists know (`layout/repair.py`)."""
    titles = set()
    for line in lines:
        if line.role == FURNITURE and line.furniture == "navigation" and (entry := _ENTRY_WORDS.match(line.content)):
            titles.add(entry.group("words"))
        elif line.role == FURNITURE and line.furniture == "navigation" and (box := _BOX_ENTRY.match(line.content)):
            titles.add(box.group("words"))  # a contents box's entry (`1 Background`): its head stands alone below
    return frozenset(titles) | jump_titles(lines)
