"""An English date inside a clause that `since` opens (`the largest since the ministers signed a pact in March 2023`)
is the base a span or a first counts from, told beside the story: it keeps its own value, but the yearless dates after
it take the story's time, not its year (`allyscope/dates/asides.py` `since_clause_en`, read by
`allyscope/dates/reading.py`; `date_rules.json` `since_clauses_en`; issue 14, date85). Sentences written for these
tests (Chile–Norway, Ghana–Portugal, Peru–Sweden, Kenya–Spain), not the dev documents'."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import Anchor, find_dates
from allyscope.dates.asides import since_clause_en

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


def _found(text: str, document: Anchor | None = None) -> list[tuple[str, str]]:
    return [(d.text, d.edtf) for d in find_dates(text, document_date=document) if not d.document]


def test_a_month_after_a_superlative_s_since_clause_is_of_the_story_s_year() -> None:
    text = (
        "Chilean and Norwegian sailors ended a week of mine-clearing drills off Valparaíso on Friday. "
        "The admirals watched the last phase on Wednesday.\n\n"
        "It was the biggest such drill since the two navies signed a cooperation plan in May 2021 in Oslo. "
        "In August, a Norwegian frigate called at Punta Arenas."
    )
    found = _found(text, Anchor(2024, 11, 8))
    assert ("August", "2024-08") in found
    assert ("May 2021", "2021-05") in found  # the base keeps its own date: its act is told at it


def test_a_month_after_a_first_s_since_clause_is_of_the_story_s_year() -> None:
    text = (
        "The Ghanaian president arrived in Lisbon on Monday for talks with the Portuguese prime minister. "
        "It was his first trip to Europe since parliament passed the new maritime code in February 2019. "
        "In April, the two coast guards held a joint patrol in the Gulf of Guinea."
    )
    assert ("April", "2023-04") in _found(text, Anchor(2023, 6, 14))


def test_a_month_before_the_story_s_month_takes_the_story_s_year_as_without_the_aside() -> None:
    # the story is of March 2024: a January after the aside is January 2024, as it is with no aside between
    aside = (
        "Peruvian and Swedish ministers met in Lima on Tuesday. It was the first such meeting since the two "
        "governments renewed their science accord in June 2016. In January, a Swedish research ship docked in Callao."
    )
    plain = (
        "Peruvian and Swedish ministers met in Lima on Tuesday. In January, a Swedish research ship docked in Callao."
    )
    assert ("January", "2024-01") in _found(aside, Anchor(2024, 3, 6))
    assert ("January", "2024-01") in _found(plain, Anchor(2024, 3, 6))


def test_trap_a_date_of_the_main_clause_anchors_the_month_after_it() -> None:
    # no `since`: the story told is the build-up, and June runs on from March 2022
    text = (
        "Kenya's foreign minister visited Madrid in March 2022, his first official visit to Spain. "
        "In June, the two ministers met again in Nairobi."
    )
    assert ("June", "2022-06") in _found(text, Anchor(2024, 7, 10))


def test_trap_since_right_before_the_date_is_an_open_start_not_a_clause() -> None:
    text = "The navies have trained together since March 2023"
    assert not since_clause_en(text, text.index("March"))


def test_trap_a_capital_since_opening_the_sentence_is_not_read() -> None:
    text = "Since the two ministers signed the accord in March 2023"
    assert not since_clause_en(text, text.index("March"))


def test_trap_a_since_clause_ended_before_the_date_is_not_read() -> None:
    text = "Trade has grown since the accord took effect; in March 2023 the ministers met"
    assert not since_clause_en(text, text.index("March"))


def test_the_words_are_data_with_their_reason() -> None:
    from allyscope.dates.values import rules

    entry = rules()["since_clauses_en"]
    assert entry["about"].strip()
    assert entry["words"] and all(w == w.lower().strip() and w for w in entry["words"])
    assert int(entry["min_words"]) >= 1 and int(entry["max_before"]) > 20
    assert "." in entry["clause_ends"] and ";" in entry["clause_ends"]


@settings(max_examples=30, deadline=None)
@given(
    story_year=st.integers(min_value=2001, max_value=2030),
    back=st.integers(min_value=1, max_value=30),
    base_month=st.integers(min_value=1, max_value=12),
    month=st.integers(min_value=1, max_value=10),
)
def test_any_month_up_to_the_story_s_after_a_since_clause_takes_the_story_s_year(
    story_year: int, back: int, base_month: int, month: int
) -> None:
    text = (
        f"The leaders met in Lisbon on Monday. It was the first such summit since the two parliaments ratified the "
        f"treaty in {MONTHS[base_month - 1]} {story_year - back}. In {MONTHS[month - 1]}, the navies trained."
    )
    found = _found(text, Anchor(story_year, 10, 20))
    assert (MONTHS[month - 1], f"{story_year:04d}-{month:02d}") in found


@settings(max_examples=30, deadline=None)
@given(
    story_year=st.integers(min_value=2001, max_value=2030),
    back=st.integers(min_value=1, max_value=30),
    month=st.integers(min_value=3, max_value=10),
)
def test_trap_any_month_after_a_main_clause_date_runs_on_from_it(story_year: int, back: int, month: int) -> None:
    text = (
        f"The two parliaments ratified the treaty in March {story_year - back}. "
        f"In {MONTHS[month - 1]}, the two navies exercised together."
    )
    found = _found(text, Anchor(story_year, 10, 20))
    assert (MONTHS[month - 1], f"{story_year - back:04d}-{month:02d}") in found


@settings(max_examples=40, deadline=None)
@given(
    story_year=st.integers(min_value=2001, max_value=2030),
    back=st.integers(min_value=1, max_value=30),
    story_month=st.integers(min_value=1, max_value=12),
    month=st.integers(min_value=1, max_value=12),
)
def test_the_since_clause_is_transparent_in_either_direction(
    story_year: int, back: int, story_month: int, month: int
) -> None:
    # any month, before or after the story's: read as if the clause were not there (the story's time goes on)
    document = Anchor(story_year, story_month, 28)
    lead = "The two presidents met in Accra on Monday"
    after = f" In {MONTHS[month - 1]}, the two navies exercised together."
    aside = f"{lead}. It was the first such visit since the parliaments ratified the treaty in May {story_year - back}."
    with_aside = dict(_found(aside + after, document))
    without = dict(_found(lead + "." + after, document))
    assert with_aside[MONTHS[month - 1]] == without[MONTHS[month - 1]]
