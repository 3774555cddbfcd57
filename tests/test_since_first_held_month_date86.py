"""date85's two rules, narrowed by date86 (issue 14, which date an act takes; `allyscope/dates/asides.py`
`since_clause_en`, `allyscope/dates/reading.py` `_held_day` and `_day_held`; `date_rules.json` `since_clauses_en`).

- An English `since` clause anchors nothing after it only when it is the base of a first or a superlative told
  before it in its sentence (`the biggest such drill since …`, `his first visit … since …`); a `since` that tells how
  long a state has lasted (`have drilled together every year since …`) leaves the history to go on from its date.
- A month written with its year holds its sentence only when it opens the sentence (`2014年7月，…`), and only for
  the words that point back to it (`同年`, `同月`, a bare day).

Sentences written for these tests (Chile–Norway, Uruguay–Finland, Kenya–Portugal, Peru–Vietnam), not the dev
documents'."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import Anchor, find_dates
from allyscope.dates.asides import since_clause_en
from allyscope.dates.values import rules

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip

LEAD = (
    "Chilean and Norwegian sailors ended a week of mine-clearing drills off Valparaíso on Friday. "
    "The admirals watched the last phase on Wednesday.\n\n"
)


def _found(text: str, document: Anchor | None = None) -> list[tuple[str, str]]:
    return [(d.text, d.edtf) for d in find_dates(text, document_date=document) if not d.document]


def test_a_month_after_a_first_s_since_clause_is_of_the_story_s_year() -> None:
    text = (
        LEAD + "It was the first visit of a Norwegian frigate since the two navies agreed a cooperation plan in May "
        "2021 in Oslo. In August, the frigate called at Punta Arenas."
    )
    assert ("August", "2024-08") in _found(text, Anchor(2024, 11, 8))


def test_trap_a_since_clause_with_no_first_lets_the_history_go_on() -> None:
    # `every year since …` tells how long the drills have run: August runs on from May 2021, as after a main clause
    text = (
        LEAD + "The navies have drilled together every year since the two governments signed a cooperation plan in "
        "May 2021 in Oslo. In August, a Norwegian frigate called at Punta Arenas."
    )
    assert ("August", "2021-08") in _found(text, Anchor(2024, 11, 8))


def test_trap_a_first_after_the_since_is_not_its_base() -> None:
    text = "Uruguay has bought Finnish ships since the two governments signed the accord in March 2019, the first"
    assert not since_clause_en(text, text.index("March"))


def test_trap_a_first_in_the_sentence_before_is_not_its_base() -> None:
    text = "It was the first such visit. Trade has grown since the two governments signed the accord in March 2019"
    assert not since_clause_en(text, text.index("March"))


def test_the_firsts_are_data_with_their_reason() -> None:
    entry = rules()["since_clauses_en"]
    assert "date86" in entry["about"]
    assert entry["firsts"] and all(w == w.lower().strip() and w.isalpha() for w in entry["firsts"])
    assert "first" in entry["firsts"] and int(entry["max_first_before"]) > 20


@settings(max_examples=40, deadline=None)
@given(
    first=st.sampled_from(rules()["since_clauses_en"]["firsts"]),
    noun=st.sampled_from(["visit", "exercise", "summit", "deal", "step"]),
    month=st.integers(min_value=1, max_value=12),
    year=st.integers(min_value=1950, max_value=2030),
)
def test_any_first_before_a_since_clause_marks_its_base(first: str, noun: str, month: int, year: int) -> None:
    text = f"It was the {first} {noun} since the two governments signed the accord in {MONTHS[month - 1]} {year}"
    assert since_clause_en(text, text.index(MONTHS[month - 1]))


@settings(max_examples=40, deadline=None)
@given(
    verb=st.sampled_from(["grown", "risen", "deepened", "widened", "held"]),
    month=st.integers(min_value=1, max_value=12),
    year=st.integers(min_value=1950, max_value=2030),
)
def test_trap_a_since_clause_with_no_first_is_never_read(verb: str, month: int, year: int) -> None:
    text = f"Trade has {verb} steadily since the two governments signed the accord in {MONTHS[month - 1]} {year}"
    assert not since_clause_en(text, text.index(MONTHS[month - 1]))


def test_a_bare_day_after_a_recall_in_a_month_s_sentence_is_of_that_month() -> None:
    text = "2019年6月，肯尼亚总统访问里斯本，这是两国1975年建交以来肯方元首首次访葡。12日，两国元首举行会谈。"
    assert ("12日", "2019-06-12") in _found(text, Anchor(2024, 5, 1))


@settings(max_examples=40, deadline=None)
@given(
    year=st.integers(min_value=1995, max_value=2030),
    back=st.integers(min_value=1, max_value=60),
    month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=1, max_value=28),
)
def test_any_bare_day_after_a_recall_takes_the_opening_month(year: int, back: int, month: int, day: int) -> None:
    text = f"{year}年{month}月，秘鲁总统访问越南，距两国{year - back}年建交已多年。{day}日，两国元首举行会谈。"
    assert (f"{day}日", f"{year:04d}-{month:02d}-{day:02d}") in _found(text, Anchor(2031, 1, 1))
