"""Stage 3, *link notes*: every marker to the note (or notes) it cites.

A marker cites note n of the next note block below it in the file: with per-page numbering that block is
its own page's, with continuous numbering any block holding n will do, and an endnote section or a
reference list holds every number once. Markers of the front matter (the abstract's note sign) cite the
article's own note: they take a note only when no body marker cites the same one.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import pairwise

from allyscope.layout.catalogue import cited_families
from allyscope.model import Document, Footnote, LayoutReport, Marker, make_marker

Block = tuple[int, dict[int, Footnote], str]
"""A note block as linking sees it: its raw start, its notes by number, and its kind."""


def link_notes(doc: Document) -> Document:
    """Stage 3: fill `Marker.footnotes` with note ids."""
    by_family: dict[str, list[Footnote]] = defaultdict(list)
    for note in doc.footnotes:
        by_family[note.style].append(note)
    blocks_of: dict[str, list[Block]] = {}
    continuous: dict[str, bool] = {}
    for family, notes in by_family.items():
        grouped: dict[int, dict[int, Footnote]] = defaultdict(dict)
        for note in notes:
            grouped[note.block][note.number] = note
        ordered = sorted(
            (
                (min(n.raw_start for n in members.values()), members, next(iter(members.values())).kind)
                for members in grouped.values()
            ),
            key=lambda item: item[0],
        )
        blocks_of[family] = ordered
        counts = Counter(n.number for n in notes if n.kind == "footnote")
        continuous[family] = all(c == 1 for c in counts.values())
    linked: list[Marker] = []
    choices: dict[tuple[str, ...], _Choice] = {}  # computed once per set of families, not once per marker
    chapters = _Chapters({f: b for f, b in blocks_of.items() if per_chapter(b)})
    for marker in doc.markers:
        families = tuple(f for f in blocks_of if f in cited_families(marker.style))
        choice = choices.get(families)
        if choice is None:
            choice = choices[families] = _Choice.of(families, blocks_of)
        if not choice.blocks:
            linked.append(marker)
            continue
        family = families[0] if len(families) == 1 else ""
        here = bisect.bisect_right(choice.starts, doc.body_map.to_raw(marker.start))
        is_continuous = continuous.get(family, len(blocks_of) == 1)
        chapter = chapters.block(family, marker, here) if not marker.front else None
        ids = []
        for number in marker.numbers:
            cited = chapter[number] if chapter is not None and number in chapter else None
            cited = cited or choice.find(here, number, is_continuous)
            if cited is not None:
                ids.append(cited.id)
        linked.append(
            make_marker(
                marker.start,
                marker.end,
                marker.numbers,
                marker.style,
                marker.printed,
                tuple(ids),
                marker.page,
                marker.front,
            )
        )
    cited_by_body = {i for m in linked if not m.front for i in m.footnotes}
    final = tuple(
        make_marker(
            m.start,
            m.end,
            m.numbers,
            m.style,
            m.printed,
            tuple(i for i in m.footnotes if i not in cited_by_body),
            m.page,
            m.front,
        )
        if m.front
        else m
        for m in linked
    )
    return doc.evolve(markers=final, layout=layout_report(doc, final))


def _numbering(doc: Document, markers: tuple[Marker, ...]) -> str | None:
    blocks: dict[int, list[int]] = defaultdict(list)
    for note in doc.footnotes:
        blocks[note.block].append(note.number)
    if not blocks:
        return None
    cited = [m.number for m in markers if not m.front and m.footnotes]
    if any(b < a for a, b in pairwise(cited)) and len(blocks) == 1:
        return "by-first-citation"
    if len(blocks) == 1:
        return "single"
    firsts = [min(numbers) for _, numbers in sorted(blocks.items())]
    if sum(1 for f in firsts if f == 1) <= 1:
        return "continuous"
    return "per-chapter" if all(n.kind != "footnote" for n in doc.footnotes) else "per-page"


def per_chapter(blocks: list[Block]) -> bool:
    """True for a family's notes gathered in two or more endnote blocks (no page's foot) that each count from 1:
    a book's or report's notes at the end, numbered anew for each chapter."""
    return len(blocks) > 1 and all(kind != "footnote" and 1 in members for _, members, kind in blocks)


@dataclass(slots=True)
class _Chapters:
    """Markers citing endnotes numbered per chapter: every marker stands above all the blocks, so the next block
    below tells nothing; the markers count from 1 again in each chapter as the blocks do, so the k-th run of
    markers (a marker citing 1 after one citing more opens a run) cites the k-th block."""

    blocks_of: dict[str, list[Block]]
    run: int = 0
    last: int = 0

    def block(self, family: str, marker: Marker, here: int) -> dict[int, Footnote] | None:
        blocks = self.blocks_of.get(family)
        if not blocks or here != 0:
            return None  # no such family, or the marker stands below a block (a chapter's notes after it)
        if marker.numbers and min(marker.numbers) == 1 and self.last > 1:
            self.run += 1
        self.last = max(marker.numbers, default=self.last)
        return blocks[min(self.run, len(blocks) - 1)][1]


def layout_report(doc: Document, markers: tuple[Marker, ...]) -> LayoutReport:
    """What explains the document's layout: the families its markers, notes and headings use, where its notes
    stand, how they are numbered, and warnings for what no family explained (markers citing no note, notes no
    marker cites, note-like lines kept in the body)."""
    marker_families = Counter(m.style for m in markers if not m.front)
    note_families = Counter(n.style for n in doc.footnotes)
    placements = list(dict.fromkeys(doc.get_meta("note_placements", ())))
    headings: dict[str, int] = {}
    for h in doc.headings:
        headings.setdefault(h.family, h.level)
    warnings = list(doc.get_meta("layout_warnings", ()))
    unlinked = [m for m in markers if not m.front and not m.footnotes]
    if unlinked and doc.footnotes:
        warnings.append(f"{len(unlinked)} marker(s) cite no note (first: {unlinked[0].printed!r})")
    cited = {i for m in markers for i in m.footnotes}
    uncited = [n for n in doc.footnotes if n.id not in cited and n.kind == "footnote"]
    if uncited and markers:
        warnings.append(f"{len(uncited)} note(s) no marker cites (first: {uncited[0].id})")
    return LayoutReport(
        marker_family=marker_families.most_common(1)[0][0] if marker_families else None,
        note_family=note_families.most_common(1)[0][0] if note_families else None,
        placement="+".join(placements) if placements else None,
        numbering=_numbering(doc, markers),
        headings=tuple(headings.items()),
        warnings=tuple(warnings),
    )


@dataclass(slots=True)
class _Choice:
    """The note blocks a marker of some families may cite, in file order, with what finding a note needs:
    their raw starts (to bisect), and for each number its first note in an endnote or reference block and its
    first note anywhere (continuous numbering). Made once per set of families: linking stays linear."""

    blocks: list[Block]
    starts: list[int]
    first_listed: dict[int, Footnote]
    first_any: dict[int, Footnote]

    @classmethod
    def of(cls, families: tuple[str, ...], blocks_of: dict[str, list[Block]]) -> _Choice:
        if len(families) == 1:
            blocks = blocks_of[families[0]]
        else:  # a marker that could cite several families' notes (or none known): every block, in file order
            chosen = families or tuple(blocks_of)
            blocks = sorted((b for f in chosen for b in blocks_of[f]), key=lambda item: item[0])
        first_listed: dict[int, Footnote] = {}
        first_any: dict[int, Footnote] = {}
        for _, members, kind in blocks:
            for number, note in members.items():
                first_any.setdefault(number, note)
                if kind != "footnote":
                    first_listed.setdefault(number, note)
        return cls(blocks, [b[0] for b in blocks], first_listed, first_any)

    def find(self, here: int, number: int, continuous: bool) -> Footnote | None:
        """Note `number` of the next block below the marker (or of a block after it at the same page's foot),
        else of an endnote section or reference list, else (continuous numbering) of any block."""
        if here < len(self.blocks):
            nxt = self.blocks[here][1]
            if number in nxt:
                return nxt[number]
            page = next(iter(nxt.values())).page
            for _, members, kind in self.blocks[here + 1 :]:  # a page's foot of two blocks: the notes of a chapter
                # ending there, then those of the next one numbered from 1 again (`⁴ …`, `¹ …`, `² …`)
                if kind != "footnote" or next(iter(members.values())).page != page:
                    break
                if number in members:
                    return members[number]
        if number in self.first_listed:
            return self.first_listed[number]
        return self.first_any.get(number) if continuous else None
