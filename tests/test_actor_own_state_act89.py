"""Whose `我國`/`我国` a page writes, and which state a shared one-character short form names (issue 14, act89).
Sentences written for these tests, in words no corpus document uses.

- Taiwan's government dates its records in the Republic of China's era without the era's word (`113年5月2日`): a
  head line so dated makes the page Taiwan's, its `我國` Taiwan, as `民國113年` does (data/discourse.json
  'bare_era'), also when the head names a spokesperson the data lacks; a year counted in another era (`公元112年`)
  or four figures make nothing;
- a title that is a mission's name alone (`<state>驻<state>大使馆`) names the sending state as the page's issuer
  ('mission_title_bodies'): its `我国` is that state; a headline telling what a mission did names no issuer;
- `加` in compounds and before an office (`中加`, `加外长`) is Gabon's or Ghana's where the text names that state and
  not Canada (data/states.json 'shared_abbreviations');
- a person named with their state's office before the name (`<state>總理<name>`) names that state, so a shared
  short form after it (`克國`) reads it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import extract
from tests.test_actor_cjk_references_cjk62 import _event_states, _reference_ids


def _presser(date_line: str, host: str = "外交部發言人") -> str:
    return (
        f"外交部例行記者會紀要\n\n一、時間：{date_line}（星期四）上午10時\n二、地點：外交部一樓新聞中心\n"
        f"三、主持人：{host}\n\n問：吐瓦魯近況如何？\n\n答：吐瓦魯於1979年9月19日與我國建立外交關係，雙方合作密切。\n"
    )


def test_a_head_dated_in_the_era_without_its_word_speaks_for_taiwan() -> None:
    text = _presser("113年5月2日")
    assert _reference_ids(text, "我國") == ("TW",)
    assert {"Taiwan", "Tuvalu"} <= _event_states(text, "與我國建立外交關係")


def test_a_spokesperson_the_data_lacks_does_not_hide_the_era() -> None:
    """The head names a person the gazetteer lacks (read as written, of no state): the era still tells."""
    text = _presser("113年5月2日", "外交部發言人蕭光偉")
    assert _reference_ids(text, "我國") == ("TW",)


def test_another_eras_year_or_a_gregorian_date_makes_no_speaker() -> None:
    """Traps: `公元112年` counts the common era, `2024年` has four figures: no state is read for `我國`."""
    for line in ("公元112年5月2日", "2024年5月2日"):
        text = _presser(line)
        assert "TW" not in _ids_of(text, "我國"), line


def _ids_of(text: str, word: str) -> list[str]:
    """Every id the mentions written `word` were resolved to (none when unread)."""
    return [i for m in extract(text).entities if m.alias == word for i in m.ids]


def test_a_missions_name_as_title_speaks_for_the_sending_state() -> None:
    text = (
        "中华人民共和国驻加纳共和国大使馆\n新闻稿\n\n2019年3月5日　阿克拉\n\n"
        "1960年7月5日，中国同加纳建立外交关系。次年8月，该国总统恩克鲁玛对我国进行国事访问。\n"
    )
    assert _reference_ids(text, "我国") == ("CN",)


def test_a_headline_about_a_mission_names_no_issuer() -> None:
    """Trap: a story's headline says what an embassy did; the page is no embassy's, its `我国` stays unread."""
    text = (
        "美国驻加纳大使馆发表声明\n\n2019年3月5日\n\n声明说，美国与加纳于1957年建交。有评论认为，我国应当关注此事。\n"
    )
    assert "US" not in _ids_of(text, "我国")


def test_jia_on_a_page_naming_ghana_is_ghana() -> None:
    text = "中国与加纳\n\n2016年7月，加纳外长访华。同年，中加两国签署经济技术合作协定。\n"
    assert _event_states(text, "中加两国签署") >= {"China", "Ghana"}
    assert "Canada" not in _event_states(text, "中加两国签署")


def test_jia_before_an_office_on_a_gabon_page_is_gabon() -> None:
    text = "中国与加蓬\n\n2015年9月，中国海军编队访问加蓬让蒂尔港。同月21日，加国防部长会见编队指挥员。\n"
    assert "Gabon" in _event_states(text, "加国防部长会见")
    assert "Canada" not in _event_states(text, "加国防部长会见")


def test_jia_where_canada_is_named_stays_canada() -> None:
    """Trap: the page names Canada by its name (and Ghana too): `中加` keeps its reading."""
    text = "外交动态\n\n2017年12月，加拿大总理访华，加纳外长同月访华。12月4日，中加两国总理举行年度对话。\n"
    assert "Canada" in _event_states(text, "中加两国总理")


def test_a_short_form_after_a_state_office_and_name_reads_that_state() -> None:
    """`聖克里斯多福及尼維斯總理德魯` is one mention of the person; it names his state, which `克國` then is."""
    text = "外交部新聞稿\n\n聖克里斯多福及尼維斯總理德魯於2023年10月9日出席國慶典禮。克國外交部長同日與我方官員會談。\n"
    assert "Croatia" not in _event_states(text, "克國外交部長同日")
    assert "St. Kitts & Nevis" in _event_states(text, "克國外交部長同日")


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=100, max_value=114), st.integers(min_value=1, max_value=12))
def test_any_bare_roc_date_line_makes_the_page_taiwans(year: int, month: int) -> None:
    """Property: whatever year of the era (three figures) and month the head line carries, `我國` is Taiwan."""
    text = _presser(f"{year}年{month}月2日")
    assert _reference_ids(text, "我國") == ("TW",)
