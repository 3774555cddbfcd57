"""Speaker turns and stage notes of transcripts (issue 12): press conferences, briefings, hearings and interviews.

A transcript's paragraphs open with who speaks (`Q:`, `MODERATOR:`, `記者：`, `問：`, `――…`). Read as plain text,
the label is glued to the speech and a speaker may be taken for an author or a heading; here each labelled paragraph
becomes a `Turn` (the label's span, the speaker's role, where the speech begins), and the notes a transcript prints
for what is no speech (`(Laughter)`, `（拍手）`, `[inaudible]`) become `stage-note` spans. What counts as a role, a
field label (never a speaker), a time stamp or a stage note is data (`data/layouts/turns.json`): no module names one.
A label is trusted when it names a role, is written in capitals or comes back; once two trusted turns are found the
document is a transcript and any label of a speaker's shape opens a turn (a minister who speaks once)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from allyscope.layout.speakers import TurnRules, bare_label, label_role, leader_row, turn_rules
from allyscope.model import Document, Span, Turn


@dataclass(frozen=True, slots=True)
class _Opening:
    """A paragraph's opening label: where the paragraph and the label stand, and where the speech starts."""

    paragraph: Span
    speaker: str
    speaker_start: int
    speaker_end: int
    body_start: int
    role: str
    trusted: bool


def _opening(doc: Document, para: Span, rules: TurnRules) -> _Opening | None:
    """The label a paragraph opens with, or None (a field label such as `Source:` is none)."""
    text = doc.text[para.start : para.end]
    for mark in rules.marks:
        if text.startswith(mark) and len(text) > len(mark) and text[len(mark)] not in "―—─－-":
            end = para.start + len(mark)
            return _Opening(para, mark, para.start, end, end, "question", True)
    found = rules.opening.match(text)
    if not found or found.end() >= len(text):
        return None
    group = next(g for g in ("latin", "cjk", "marked") if found.group(g))
    label = found.group(group)
    if label.casefold() in rules.not_speakers or leader_row(text[found.end() :]):
        return None  # a field's label, or a record's header row set with leader dots (`Members: … . . . …`)
    role = label_role(label, rules)
    capitals = group == "latin" and label.isupper() and sum(c.isalpha() for c in label) >= 2
    start = para.start + found.start(group)
    trusted = role != "speaker" or capitals
    return _Opening(para, label, start, start + len(label), para.start + found.end(), role, trusted)


def _turns(doc: Document, rules: TurnRules) -> list[Turn]:
    """Every turn of a transcript (none when the document is no transcript)."""
    paragraphs = doc.paragraphs
    openings = {p.start: o for p in paragraphs if (o := _opening(doc, p, rules))}
    counts = Counter(bare_label(o.speaker) for o in openings.values())  # `Mr <name> (<seat>)`, then `Mr <name>`
    trusted = [o for o in openings.values() if o.trusted or counts[bare_label(o.speaker)] >= 2]
    if len(trusted) < 2:
        return []
    heads = sorted(h.start for h in doc.headings)
    turns: list[Turn] = []
    current: _Opening | None = None
    end = 0
    for para in paragraphs:
        opening = openings.get(para.start)
        bracketed = rules.bracketed.fullmatch(doc.span_text(para)) is not None
        interrupted = bracketed or any(end <= h < para.start for h in heads)
        if current is not None and (opening is not None or interrupted):
            turns.append(_turn(current, end))
            current = None
        if opening is not None:
            current = opening
        if current is not None:
            end = para.end
    if current is not None:
        turns.append(_turn(current, end))
    return turns


def _turn(opening: _Opening, end: int) -> Turn:
    return Turn(
        opening.speaker,
        opening.role,
        opening.paragraph.start,
        end,
        opening.speaker_start,
        opening.speaker_end,
        opening.body_start,
    )


def _stage_notes(doc: Document, turns: list[Turn], rules: TurnRules) -> list[Span]:
    """The stage notes of a transcript: bracketed notes inside the turns, and whole paragraphs in round brackets."""
    notes = [
        Span("stage-note", m.start(), m.end())
        for turn in turns
        for m in rules.stage.finditer(doc.text, turn.body_start, turn.end)
    ]
    notes += [
        Span("stage-note", p.start, p.end, p.page)
        for p in doc.paragraphs
        if rules.bracketed.fullmatch(doc.span_text(p))
    ]
    return sorted(notes, key=lambda s: s.start)


def read_turns(doc: Document) -> Document:
    """Stage: the speaker turns and stage notes of a transcript (`doc.turns`, `doc.stage_notes`)."""
    rules = turn_rules()
    turns = _turns(doc, rules)
    if not turns:
        return doc
    return doc.evolve(turns=tuple(turns), stage_notes=tuple(_stage_notes(doc, turns, rules)))
