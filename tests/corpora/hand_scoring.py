"""Scoring a parsed document against the hand gold of tests/gold (*.layout.json), aspect by aspect.

Used by benchmarks/layout_matrix.py for the hand-written documents, the held-out ones (tests/layouts/held_out,
written after the rules were frozen and never tuned on) reported apart, and by the floor test of those.
`aspects` says whether each aspect is exact; `graded` gives partial credit (precision, recall, similarity), tallies
that add up over a set's documents (eighteenth session).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from allyscope.model import Document

_KEPT = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}


def aspects(doc: Document, gold: dict[str, Any]) -> dict[str, bool]:
    """Whether each aspect the gold states is right."""
    by_id = {f.id: [f.block, f.number] for f in doc.footnotes}
    result = {
        "title": doc.title == gold["title"],
        "authors": doc.authors == gold["authors"],
        "language": doc.language == gold["language"],
        "keywords": doc.keywords == gold["keywords"],
        "abstract": doc.abstract.startswith(gold["abstract_start"]) and doc.abstract.endswith(gold["abstract_end"]),
        "headings": [{"level": h.level, "label": h.label, "title": h.title} for h in doc.headings] == gold["headings"],
        "notes": [
            {"block": f.block, "number": f.number, "page": f.page, "text": doc.note_text(f)} for f in doc.footnotes
        ]
        == gold["footnotes"],
        "markers": [
            {"order": i, "numbers": list(m.numbers), "links": [by_id[x] for x in m.footnotes]}
            for i, m in enumerate(doc.markers)
        ]
        == gold["markers"],
        "date": (doc.date, doc.date_source) == (gold.get("date"), gold.get("date_source")),
    }
    if "date_modified" in gold:  # the last update the page states (lay68), where the gold states it
        modified = (doc.date_modified, doc.date_modified_source)
        result["date"] = result["date"] and modified == (gold["date_modified"], gold.get("date_modified_source"))
    if "furniture" in gold:
        furniture = [[s.kind, doc.span_text(s)] for s in doc.spans if s.kind not in _KEPT]
        result["furniture"] = furniture == gold["furniture"]
    if "not_in_text" in gold:  # page furniture the text must not keep (running heads), where the gold names it
        result["dropped"] = not any(piece in doc.text for piece in gold["not_in_text"])
    if "body_has" in gold:  # list items a sentence announces stay in the body, each piece as printed
        result["lists"] = all(piece in doc.text and piece not in doc.notes_text for piece in gold["body_has"])
    if "layout" in gold:
        result["layout"] = all(getattr(doc.layout, k) == v for k, v in gold["layout"].items())
    return result


# Graded (partial-credit) scores, issue 12, eighteenth session (grade36). `aspects` says whether an aspect is
# exact; on documents written blind most aspects of most documents are not, and a parse that gets nine of ten
# furniture blocks right then counts the same as one that gets none. `graded` counts what is right instead, as
# tallies that add up over documents, so that a set's figures are micro-averaged (every block, note, marker,
# heading and character weighs the same, whichever document it is in).

_WS = re.compile(r"\s+")


def _norm(text: str) -> str:
    """Whitespace normalised: runs of white space are one space, none at either end (line breaks and the width
    of a wrapped line are the extractor's, not the parse's)."""
    return _WS.sub(" ", text).strip()


def _squeeze(text: str) -> str:
    """Without any white space (for character measures: CJK text has none, and a wrap adds or drops one)."""
    return _WS.sub("", text)


@dataclass
class Tally:
    """Partial credit on one aspect: `hit` items (or characters, or similarity) right, out of `parsed` items the
    parse gives and `gold` items the gold states. Tallies add, so a set's figures are micro-averages."""

    hit: float = 0.0
    parsed: float = 0.0
    gold: float = 0.0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.hit + other.hit, self.parsed + other.parsed, self.gold + other.gold)

    @property
    def precision(self) -> float:
        """Share of what the parse gives that is right; 1.0 when it gives nothing."""
        return self.hit / self.parsed if self.parsed else 1.0

    @property
    def recall(self) -> float:
        """Share of what the gold states that the parse gives; 1.0 when the gold states nothing."""
        return self.hit / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _multiset(parsed: list[Hashable], gold: list[Hashable]) -> Tally:
    """Items matched one to one by equal value, order ignored (a repeated item matches as often as both repeat)."""
    return Tally(sum((Counter(parsed) & Counter(gold)).values()), len(parsed), len(gold))


def _in_order(parsed: list[Hashable], gold: list[Hashable]) -> Tally:
    """Items matched one to one by equal value in the same order: the longest common subsequence, so a marker
    missed or added costs that marker alone, not every marker after it."""
    previous = [0] * (len(gold) + 1)
    for item in parsed:
        current = [0]
        for j, wanted in enumerate(gold):
            current.append(previous[j] + 1 if item == wanted else max(previous[j + 1], current[j]))
        previous = current
    return Tally(previous[-1], len(parsed), len(gold))


def similarity(a: str, b: str) -> float:
    """Normalised edit similarity: 1 - Levenshtein distance / length of the longer string (1.0 when both are
    empty). A title with one character wrong scores near 1, a title taken from the wrong line near 0."""
    if a == b:
        return 1.0
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return 1 - previous[-1] / max(len(a), len(b))


def covered(piece: str, haystack: str, minimum: int = 8) -> int:
    """How many characters of `piece` stand in `haystack` inside common stretches of `minimum` characters or more
    (greedy, left to right, each stretch as long as it goes). The floor keeps a word that a note shares with the
    body by chance (a year, a name) from counting as note text left in the body; a whole piece shorter than the
    floor counts only when it stands whole."""
    if len(piece) < minimum:
        return len(piece) if piece and piece in haystack else 0
    if piece in haystack:
        return len(piece)
    count = i = 0
    while i < len(piece):
        low, high = i, len(piece)  # piece[i:low] is in the haystack; find the longest
        while low < high:
            middle = (low + high + 1) // 2
            if piece[i:middle] in haystack:
                low = middle
            else:
                high = middle - 1
        if low - i >= minimum:
            count += low - i
            i = low
        else:
            i += 1
    return count


def _left_in_body(note: str, body: str, read_whole: bool, minimum: int = 8) -> int:
    """Characters of a gold note left in the body. A note the parse read whole among its notes counts only if
    it also stands whole in the body (a copy); the stretches it shares with the body are then the body quoting
    the same source or name, not a leak. A note not read whole counts every shared stretch (`covered`)."""
    if read_whole:
        return len(note) if len(note) >= minimum and note in body else 0
    return covered(note, body, minimum)


GRADED_PR = ("furniture", "notes", "markers", "headings")  # set matches: precision, recall and F1 are printed


def graded(doc: Document, gold: dict[str, Any]) -> dict[str, Tally]:
    """Partial-credit tallies, aspect by aspect, of a parsed document against its hand gold.

    - `furniture` (when the gold lists it): the blocks kept apart from the text (every span not title, author,
      abstract, keywords or paragraph), matched to the gold's by their text with white space normalised, order
      ignored — a block is furniture or not by what it says, wherever the page prints it. P = matched / parsed
      blocks, R = matched / gold blocks. `furniture_kind`: of the blocks matched by text, the share whose kind
      (journal, running head, …) is the gold's too (hit = matched with the same kind, parsed = gold = matched).
    - `notes`: notes matched by (number, text with white space normalised), order ignored — block and page are
      left to the exact aspect, so a note read whole but counted on the wrong page still earns its credit.
    - `note_out_of_body`: characters (white space removed) of the gold notes that are NOT left in the body text,
      out of all gold note characters: 1.0 when no note text is in the body. A note not read whole counts its
      stretches of 8 characters or more that the body holds (`covered`); a note read whole counts only when
      the body holds it whole too (`_left_in_body`: the body may cite the same title or name by chance).
    - `body_kept`: characters of the parsed notes that belong to no gold note (body text, or furniture, taken
      into the notes) count as lost; hit = body characters, gold = body characters + lost ones.
    - `markers`: markers as (numbers cited, the [block, number] of each note linked), matched in order by the
      longest common subsequence: their order is the only position the gold states, and a missed marker should
      cost one marker, not shift every later one.
    - `headings`: headings matched by (level, label, title), order ignored.
    - `title`, `authors` (joined one per line): normalised edit similarity (`similarity`), hit = similarity,
      parsed = gold = 1 per document.
    - `date`: (date, source) exact, and (date_modified, its source) where the gold states them, 1 or 0 per document.
    """
    by_id = {f.id: (f.block, f.number) for f in doc.footnotes}
    result: dict[str, Tally] = {}
    if "furniture" in gold:
        parsed_blocks = [(s.kind, _norm(doc.span_text(s))) for s in doc.spans if s.kind not in _KEPT]
        gold_blocks = [(kind, _norm(text)) for kind, text in gold["furniture"]]
        by_text = _multiset([t for _, t in parsed_blocks], [t for _, t in gold_blocks])
        same_kind = _multiset(list(parsed_blocks), list(gold_blocks)).hit
        result["furniture"] = by_text
        result["furniture_kind"] = Tally(same_kind, by_text.hit, by_text.hit)
    parsed_notes = [(f.number, _norm(doc.note_text(f))) for f in doc.footnotes]
    gold_notes = [(n["number"], _norm(n["text"])) for n in gold["footnotes"]]
    result["notes"] = _multiset(list(parsed_notes), list(gold_notes))
    body = _squeeze(doc.text)
    gold_chars = [_squeeze(n["text"]) for n in gold["footnotes"]]
    total = sum(len(t) for t in gold_chars)
    read_whole = {_squeeze(text) for _, text in parsed_notes}
    left = sum(_left_in_body(t, body, t in read_whole) for t in gold_chars)
    result["note_out_of_body"] = Tally(total - left, total, total)
    gold_joined = "\x00".join(gold_chars)
    lost = sum(len(t) - covered(t, gold_joined) for t in (_squeeze(doc.note_text(f)) for f in doc.footnotes))
    result["body_kept"] = Tally(len(body), len(body) + lost, len(body) + lost)
    parsed_markers = [(tuple(m.numbers), tuple(by_id.get(x) for x in m.footnotes)) for m in doc.markers]
    gold_markers = [(tuple(m["numbers"]), tuple(tuple(link) for link in m["links"])) for m in gold["markers"]]
    result["markers"] = _in_order(list(parsed_markers), list(gold_markers))
    result["headings"] = _multiset(
        [(h.level, h.label, h.title) for h in doc.headings],
        [(h["level"], h["label"], h["title"]) for h in gold["headings"]],
    )
    result["title"] = Tally(similarity(doc.title, gold["title"]), 1, 1)
    result["authors"] = Tally(similarity("\n".join(doc.authors), "\n".join(gold["authors"])), 1, 1)
    date_ok = (doc.date, doc.date_source) == (gold.get("date"), gold.get("date_source"))
    if "date_modified" in gold:
        date_ok = date_ok and (doc.date_modified, doc.date_modified_source) == (
            gold["date_modified"],
            gold.get("date_modified_source"),
        )
    result["date"] = Tally(float(date_ok), 1, 1)
    return result


def graded_figures(tallies: dict[str, Tally]) -> dict[str, dict[str, float] | float]:
    """The printed figures of summed tallies: P/R/F1 for the set matches, one score for the others."""
    figures: dict[str, dict[str, float] | float] = {}
    for aspect, tally in tallies.items():
        if aspect in GRADED_PR:
            figures[aspect] = {"p": tally.precision, "r": tally.recall, "f1": tally.f1}
        else:
            figures[aspect] = tally.recall
    return figures
