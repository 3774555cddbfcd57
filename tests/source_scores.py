"""Scores of a parsed generated document against the gold its generator built."""

from __future__ import annotations

import re
from dataclasses import dataclass

from source_documents import Article, Page

from allyscope.model import Document

_WS = re.compile(r"\s+")


def squeeze(text: str) -> str:
    return _WS.sub("", text)


@dataclass
class Score:
    notes_exact: int = 0
    notes: int = 0
    markers_linked: int = 0
    markers: int = 0
    headings_right: int = 0
    headings: int = 0
    furniture_lines: int = 0  # running heads or page numbers left in the body
    title_right: int = 0
    authors_right: int = 0
    documents: int = 0

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def ratios(self) -> dict[str, float]:
        return {
            "notes_exact": self.notes_exact / max(1, self.notes),
            "markers_linked": self.markers_linked / max(1, self.markers),
            "headings": self.headings_right / max(1, self.headings),
            "furniture_in_body": float(self.furniture_lines),
            "title": self.title_right / max(1, self.documents),
            "authors": self.authors_right / max(1, self.documents),
        }


def score(article: Article, doc: Document) -> Score:
    result = Score(documents=1)
    gold_notes = [squeeze(n) for n in article.notes]
    found_notes = {f.id: squeeze(doc.note_text(f)) for f in doc.footnotes}
    remaining = list(found_notes.values())
    result.notes = len(gold_notes)
    for note in gold_notes:
        if note in remaining:
            remaining.remove(note)
            result.notes_exact += 1
    gold_markers = [gold_notes[note] for block in article.blocks if block[0] == "p" for _, note in block[1]
                    if note is not None]  # type: ignore[union-attr]
    body_markers = [m for m in doc.markers if not m.front]
    result.markers = len(gold_markers)
    for expected, marker in zip(gold_markers, body_markers, strict=False):
        if marker.footnotes and found_notes.get(marker.footnotes[0]) == expected:
            result.markers_linked += 1
    result.headings = len(article.headings)
    found = [(h.level, squeeze(doc.text[h.start : h.end])) for h in doc.headings]
    for level, text in article.headings:
        if (level, squeeze(text)) in found:
            found.remove((level, squeeze(text)))
            result.headings_right += 1
    running = squeeze(article.running)
    body = doc.text
    result.furniture_lines = squeeze(body).count(running) + sum(
        1 for line in body.split("\n") if re.fullmatch(r"[·\s\d]*\d[·\s\d]*", line.strip() or "x")
    )
    result.title_right = int(squeeze(doc.title) == squeeze(article.title))
    result.authors_right = int(doc.authors == article.authors)
    return result


def page_score(page: Page, doc: Document) -> dict[str, float]:
    """Notes and markers as for PDFs, plus: boilerplate lines in the body, date and its source."""
    from source_documents import BOILERPLATE

    base = score(page.article, doc).ratios()
    leaked = [line for lines in BOILERPLATE.values() for line in lines if line in doc.text or line in doc.notes_text]
    base["boilerplate_in_body"] = float(len(leaked))
    base["date"] = float(doc.date == page.date and doc.date_source == "published")
    base["date_source"] = float(doc.get_meta("date_field") == page.date_source)
    return base
