"""Property tests of the writer every laid-out reader shares: any blocks, lines, runs and notes become a valid
`Document` — offsets inside their texts, copied pieces equal to the raw text, every marker where its run stood,
every note's text its lines joined, boxes for every run that had one."""

from __future__ import annotations

from helpers import assert_copied_pieces_match_raw, assert_offsets_valid
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.sources.assemble import Block, Reading, Run, SourceLine, SourceNote, assemble

WORDS = st.sampled_from(["合作", "机制", "対話", "の", "partner", "ship", "talks,", "2024", "同盟。", "end.", "re-"])
TEXT = st.lists(WORDS, min_size=1, max_size=6).map(lambda ws: " ".join(ws) if ws[0].isascii() else "".join(ws))
BOX = st.tuples(st.floats(0, 300), st.floats(0, 400)).map(lambda p: (p[0], p[1], p[0] + 50, p[1] + 10))


@st.composite
def readings(draw: st.DrawFn) -> tuple[Reading, int]:
    pages = draw(st.integers(1, 3))
    blocks = []
    markers = 0
    for _ in range(draw(st.integers(1, 6))):
        lines = []
        for _ in range(draw(st.integers(1, 3))):
            runs = [Run(draw(TEXT), None, draw(BOX))]
            if draw(st.booleans()):
                markers += 1
                runs.append(Run(str(markers), markers, draw(BOX)))
                runs.append(Run(draw(TEXT), None, draw(BOX)))
            lines.append(SourceLine(runs, draw(st.integers(1, pages))))
        lines.sort(key=lambda line: line.page)
        kind = draw(st.sampled_from(["paragraph", "paragraph", "heading", "author"]))
        blocks.append(Block(kind, lines, level=draw(st.integers(1, 3))))
    notes = [
        SourceNote(n, [SourceLine([Run(draw(TEXT), None, draw(BOX))], draw(st.integers(1, pages)))],
                   kind=draw(st.sampled_from(["footnote", "endnote"])))
        for n in range(1, markers + 1)
    ]
    return Reading("<generated>", "pdf", blocks, notes, pages=pages), markers


@settings(max_examples=150, deadline=None)
@given(readings())
def test_any_reading_becomes_a_valid_document(generated: tuple[Reading, int]) -> None:
    reading, _ = generated
    runs_with_boxes = sum(1 for b in reading.blocks for line in b.lines for r in line.runs if r.box and r.text)
    doc = assemble(reading)
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)
    for marker in doc.markers:
        assert doc.text[marker.start : marker.end] == f"[{marker.number}]"
        assert doc.raw[doc.body_map.to_raw(marker.start + 1)] == str(marker.number)[0]
    assert len(doc.footnotes) == len(reading.notes)
    for note, source in zip(doc.footnotes, sorted(reading.notes, key=lambda n: (n.kind != "footnote", n.page)),
                            strict=False):
        assert doc.note_text(note).strip()
        assert note.kind in ("footnote", "endnote") and source.kind in ("footnote", "endnote")
    assert doc.boxes is not None and len(doc.boxes.raw_starts) == runs_with_boxes + sum(
        1 for n in reading.notes for line in n.lines for r in line.runs if r.box and r.text
    )
    for span in [*doc.paragraphs, *doc.headings, *doc.markers]:
        assert doc.where(span)
