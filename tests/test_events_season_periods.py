"""A season of a year read in each script (`2020年の夏`), and a season or a part of a year in a later clause of a
sentence that tells no act of its own, which is a period, no event (issue 14, the events README's convention:
periods are not events unless an act is dated by them). Sentences written for these tests, in other words than
the corpus documents."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import extract
from allyscope.dates import find_dates


def _event_dates(text: str) -> list[str]:
    return [e.date for e in extract(text).events]


def test_a_season_in_a_later_clause_with_no_act_is_no_event() -> None:
    text = (
        "Italy and Spain\n\nThe foreign ministers of Italy and Spain signed a fisheries accord in Rome on 4 March "
        "2019, and the quarrel over quotas in the spring of 2021 pushed the two capitals apart."
    )
    assert _event_dates(text) == ["2019-03-04"]


def test_a_part_of_a_year_in_a_later_clause_with_no_act_is_no_event() -> None:
    text = "意西关系\n\n意大利和西班牙外长于2019年3月4日在罗马签署渔业协定，2021年初围绕配额的争执使关系一度冷却。"
    assert _event_dates(text) == ["2019-03-04"]
    text = (
        "イタリアとスペイン\n\n両国の外相は2019年3月4日にローマで漁業協定に署名したが、"
        "2020年の夏の漁獲枠をめぐる対立が両国の関係を冷え込ませた。"
    )
    assert _event_dates(text) == ["2019-03-04"]


def test_a_season_that_dates_an_act_of_its_own_stays_an_event() -> None:
    text = (
        "Italy and Spain\n\nThe foreign ministers of Italy and Spain signed a fisheries accord in Rome on 4 March "
        "2019, and in the spring of 2021 the navies of Italy and Spain held a joint exercise."
    )
    assert _event_dates(text) == ["2019-03-04", "2021-21"]
    # a season that is the first date of its sentence is left to the other rules: an act dated by it stays
    assert "2021-21" in _event_dates("Italy and Spain\n\nIn the spring of 2021 Italy and Spain held naval drills.")


@settings(deadline=None)
@given(
    year=st.integers(min_value=1950, max_value=2030),
    season=st.sampled_from([("春", 21), ("夏", 22), ("秋", 23)]),
    joiner=st.sampled_from(["", "的", "の"]),
)
def test_a_season_of_a_year_in_chinese_and_japanese(year: int, season: tuple[str, int], joiner: str) -> None:
    """`2020年夏`, `2020年的夏天`, `2020年の夏`: the season of that year (EDTF 21-23), gold by construction."""
    word, code = season
    text = f"{year}年{joiner}{word}、两国外长举行了会谈。"
    assert [m.edtf for m in find_dates(text, document_date=None)] == [f"{year}-{code}"]
