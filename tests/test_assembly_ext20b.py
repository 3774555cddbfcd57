"""Event assembly on English news written for these tests (never taken from a corpus document): a dateline that
credits its outlet in brackets dates the document; `after the …` with no day before it is the document's day; a
coordinated act that runs up to the next date is that date's act; the reading of an act stops at its piece."""

from __future__ import annotations

from allyscope import parse_text
from allyscope.dates import document_date, mark_dates
from allyscope.events import extract_events

_STORY = (
    "Canada and Poland sign training pact\n\n"
    "WARSAW, March 5, 2025 (Northern Desk) — Canada and Poland on Wednesday signed a pact on joint training.\n\n"
    "Poland joined the Alliance in March 1999, and Canada opened a liaison office in Warsaw in October.\n\n"
    "The agreement was first discussed in 2019 and again in 2021.\n\n"
    "After the dinner the two ministers held talks at the castle and adopted a joint roadmap.\n"
)


def test_a_dateline_that_credits_its_outlet_in_brackets_dates_the_document() -> None:
    doc = parse_text(_STORY)
    anchor = document_date(doc)
    assert anchor is not None and (anchor.year, anchor.month, anchor.day) == (2025, 3, 5)
    dates = {d.text: d.edtf for d in mark_dates(doc).dates}
    assert dates["Wednesday"] == "2025-03-05"  # a weekday counts from the document's date


def test_after_a_happening_with_no_day_before_it_is_the_documents_day() -> None:
    dates = [(d.text, d.edtf) for d in mark_dates(parse_text(_STORY)).dates]
    assert ("After the dinner", "2025-03-05") in dates


def _events(doc_text: str) -> list[tuple[str, str, str, list[str]]]:
    doc = parse_text(doc_text)
    return [(e.date, e.type, e.evidence.text, e.actors) for e in extract_events(doc, "t")]


def test_a_coordinated_act_that_runs_up_to_the_next_date_is_that_dates_act() -> None:
    events = [e for e in _events(_STORY) if "liaison" in e[2]]
    assert sorted(date for date, *_ in events) == ["1999-03", "1999-10"]  # October of the year the sentence names
    accession = next(e for e in events if e[0] == "1999-03")
    assert "CA" not in accession[3]  # Canada acts in the October piece, not in the accession


def test_the_reading_of_an_english_act_stops_at_its_piece() -> None:
    events = [e for e in _events(_STORY) if "castle" in e[2]]
    assert sorted(kind for _, kind, _, _ in events) == ["AGREE", "CONSULT"]


def test_a_visit_and_talks_ending_in_a_phrase_of_place_are_two_acts() -> None:
    text = (
        "Chile and Peru\n\nLIMA, May 6, 2019 — The Chilean minister began a visit to Peru this morning"
        " and held talks with the Peruvian"
        " minister at the ministry in Lima. That afternoon the two ministers signed a patrol accord towards 2030"
        " and exchanged a memorandum on logistics.\n"
    )
    events = _events(text)
    assert sorted(kind for _, kind, _, _ in events) == ["AGREE", "AGREE", "CONSULT", "CONSULT"]
    assert not [date for date, *_ in events if date.startswith("2030")]  # `towards 2030` is a target
