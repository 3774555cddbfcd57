"""Which date an act takes (issue 14, date89): a range of years that names a term of office dates no act; a plan
(`is set to`, `规划于`) is no act done; an anniversary told as past (`…周年的…`, `…週年，目前…`, `昨年迎えた…周年`)
dates nothing; a bare day under an occasion phrase takes the occasion's month and year past a sentence recalling
another year; a day is never a chair's term; a courtesy call (`表敬後`) is an act a later clause is told after.
Sentences of our own, other words than the dev documents, with traps."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import allyscope
from allyscope.dates.reading import read_dates
from allyscope.dates.values import Anchor


def _roles(text: str, day: Anchor | None = None) -> list[tuple[str, str, str]]:
    return [(m.text, m.edtf, m.role) for m in read_dates(text, document_date=day).mentions]


def _staged(text: str) -> list[tuple[str, str]]:
    """(text, EDTF) of the dates the whole dates stage reads (occasions included), those that may date an act."""
    return [(m.text, m.edtf) for m in allyscope.extract(text).dates if m.dates_event]


def _events(text: str) -> list[tuple[str, str]]:
    return [(str(e.date), e.mode) for e in allyscope.extract(text).events]


# a term of office


def test_an_office_held_over_a_range_of_years_dates_no_act() -> None:
    assert _roles("Ana Silva, defence minister from 2011 to 2015, opened the new academy.")[0][2] == "tenure"
    assert _roles("Kato, who served from 1998 to 2003, later wrote a memoir.")[0][2] == "tenure"
    assert _roles("2009年から2013年まで駐米大使を務めた佐藤氏は講演した。")[0][2] == "tenure"
    assert _roles("2010年至2016年担任国防部长的李某出席了论坛。")[0][2] == "tenure"
    assert _roles("2001年至2005年任總統的陳某今日抵達。")[0][2] == "tenure"


def test_a_range_of_years_that_dates_acts_is_no_tenure() -> None:
    assert _roles("From 2011 to 2015 the two coast guards patrolled together.")[0][2] != "tenure"
    assert _roles("2010年至2016年，两国海军举行了六次联合演习。")[0][2] != "tenure"
    assert _roles("2009年から2013年まで、両国は毎年協議を行った。")[0][2] != "tenure"


def test_a_day_is_never_a_chairs_term() -> None:
    roles = _roles("訪問期間，總理於9日將申請書遞交給歐盟輪值主席國的部長。", Anchor(2023, 5, 20))
    assert roles[0][:2] == ("於9日", "2023-05-09") or roles[0][1] == "2023-05-09"
    assert roles[0][2] != "tenure"
    assert _roles("2026年　泰国担任东盟轮值主席国。")[0][2] == "tenure"


@given(
    st.integers(1950, 2015),
    st.integers(1, 9),
    st.sampled_from(["prime minister", "foreign minister", "president", "ambassador", "secretary-general"]),
)
def test_any_office_from_one_year_to_another_is_a_tenure(start: int, span: int, office: str) -> None:
    text = f"Lee, {office} from {start} to {start + span}, spoke at the opening."
    assert [r for _, _, r in _roles(text)] == ["tenure"]


# a plan


def test_an_act_set_or_planned_for_later_is_no_act_done() -> None:
    for text in (
        "14 May 2024\n\nThe two navies are set to hold a joint drill later this year.\n",
        "2024年5月14日\n\n两国海军规划于今年下半年举行联合演习。\n",
        "2024年5月14日\n\n雙方規劃於明年初簽署協定。\n",
    ):
        assert all(mode != "asserted" for _, mode in _events(text)), text


def test_an_act_done_beside_a_plan_keeps_its_date() -> None:
    events = _events("14 May 2024\n\nThe two navies held a joint drill on 2 May 2024.\n")
    assert ("2024-05-02", "asserted") in events
    assert ("2024-05-02", "asserted") in _events("2024年5月14日\n\n两国按规划于5月2日举行了联合演习。\n")


# an anniversary told as past


def test_a_count_reached_last_year_that_qualifies_a_noun_dates_nothing() -> None:
    day = Anchor(2025, 3, 4)
    assert _roles("去年迎来建交五十周年的两国关系继续发展。", day)[0][2] == "anniversary"
    assert _roles("去年6月迎來建交30週年，至今雙方已互設辦事處。", day)[0][2] == "anniversary"
    assert _roles("昨年迎えた国交正常化70周年の記念行事は盛況だった。", day)[0][2] == "anniversary"


def test_an_act_told_after_a_count_keeps_its_date() -> None:
    day = Anchor(2025, 3, 4)
    assert _roles("去年迎来建交五十周年，两国元首互致贺电。", day)[0][2] == ""
    assert _roles("昨年6月、両国は防衛協定に署名した。", day)[0][2] == ""


@given(st.integers(10, 90), st.sampled_from(["关系", "合作", "友谊"]), st.sampled_from(["去年", "前年", "去年3月"]))
def test_any_past_count_qualifying_a_noun_dates_nothing(count: int, noun: str, when: str) -> None:
    roles = _roles(f"{when}迎来建交{count}周年的两国{noun}不断深化。", Anchor(2025, 3, 4))
    assert [r for _, _, r in roles] == ["anniversary"]


# a bare day under an occasion phrase after a recalled year


def test_a_bare_day_under_an_occasion_takes_the_occasions_month_past_a_recalled_year() -> None:
    ja = (
        "2024年11月、同国首相は日本を訪問した。両国は2010年3月に投資協定を結んでいた。"
        "訪問期間中、首相は13日に外相と会談した。"
    )
    assert ("13日", "2024-11-13") in _staged(ja)
    zh = "2023年4月，该国总统前往北京。两国1972年9月建交。访问期间，双方于18日签署了联合声明。"
    assert ("于18日", "2023-04-18") in _staged(zh) or ("18日", "2023-04-18") in _staged(zh)
    visit = (
        "2022年10月、同国外相が訪日した。両国は2016年5月に装備品協定を結んだ。訪日期間中、外相は7日に防衛相と会談した。"
    )
    assert ("7日", "2022-10-07") in _staged(visit)


def test_a_bare_day_after_its_own_occasion_keeps_that_month() -> None:
    # the visit told last is the occasion: the day stays in its month (a chronology's entry); a recalled visit
    # told last (`前回の訪日は…`, the month before the story's) is passed over for the story's visit (date90)
    text = "2008年9月，总统访问德黑兰。访问期间，两国于20日签署备忘录。"
    assert ("20日", "2008-09-20") in _staged(text) or ("于20日", "2008-09-20") in _staged(text)
    again = "2022年10月、外相が訪日した。前回の訪日は2016年5月であった。訪日期間中、外相は7日に会談した。"
    assert ("7日", "2022-10-07") in _staged(again)
    # no occasion phrase: the day counts from the date told last
    plain = "2024年11月、首相は日本を訪問した。両国は2010年3月に協定を結んでいた。首相は13日に外相と会談した。"
    assert ("13日", "2010-03-13") in _staged(plain)


@given(st.integers(2015, 2024), st.integers(1, 12), st.integers(1990, 2010), st.integers(1, 12), st.integers(1, 28))
def test_any_bare_day_under_a_visit_takes_the_visits_month(
    year: int, month: int, old: int, old_month: int, day: int
) -> None:
    text = f"{year}年{month}月，该国总理前往东京。两国{old}年{old_month}月签署了条约。访问期间，双方于{day}日举行会谈。"
    assert any(edtf == f"{year}-{month:02d}-{day:02d}" for _, edtf in _staged(text))


# a courtesy call as the act before


def test_a_clause_after_a_courtesy_call_takes_the_calls_day() -> None:
    text = "令和5年7月3日\n\n3日午後、訪日中の同国外相は首相を表敬した。表敬後、両外相は覚書に署名した。\n"
    events = [(str(e.date), e.evidence.text) for e in allyscope.extract(text).events]
    assert any(date == "2023-07-03" and "覚書に署名" in ev for date, ev in events)
