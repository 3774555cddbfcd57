"""Shapes of issue 14's eighteenth session (branch rec36), found in seven dev documents written blind to the
rules: a date planned for something inside an act's clause, a coarse date refined by the next in apposition, a
clause opening with `期间` after the act it points back to, last night, a wire dateline closing with `綜合外電報導`,
an anniversary counted in a journalist's turn, a brief naming itself, peace talks, a relationship raised with
`升级为`, and a willingness (`愿在`) before a date. Sentences written for these tests, in other words than the dev
documents that led to the rules; the facts in them need not be true."""

from __future__ import annotations

from allyscope import extract
from allyscope.event_date_choice import planned_dates, refined_dates
from allyscope.scripts import fold


def _asserted(text: str) -> list[tuple[str, str]]:
    return sorted((e.date, e.type) for e in extract(text).events if e.mode == "asserted")


def _dates(text: str) -> list[str]:
    return sorted(e.date for e in extract(text).events if e.mode == "asserted")


# --- a date planned for something, inside the clause of an act dated before it ---------------------------------


def test_a_plans_date_after_the_acts_date_dates_no_event() -> None:
    zh = "智利与秘鲁\n\n2021年5月，秘鲁外长宣布取消原定6月中旬对圣地亚哥的访问。\n"
    assert _dates(zh) == ["2021-05"]
    zht = "智利與秘魯\n\n2016年2月，智利總統宣布延後原訂3月10日對利馬的國事訪問。\n"
    assert _dates(zht) == ["2016-02"]


def test_a_plans_date_opening_the_sentence_is_left_to_the_modes() -> None:
    # `原定…访华，…直到…才抵达`: the first date is the plan's, its clause the plan's; the rule leaves it alone
    sentence = fold("总统原定5月初访问利马，因故推迟，直到6月3日才抵达。")
    assert planned_dates(sentence, [(4, 8), (24, 28)]) == set()
    later = fold("6月3日，总统宣布推迟原定7月1日的访问。")
    assert planned_dates(later, [(0, 4), (13, 17)]) == {1}


# --- a coarse date refined by the next in apposition -------------------------------------------------------------


def test_a_coarse_date_refined_by_the_next_is_one_date() -> None:
    text = (
        "Chile and Peru\n\nLima, 20 June 2024\n\n"
        "Earlier this month, on 4 June, the two coast guards held their first joint patrol off Arica.\n"
    )
    assert _dates(text) == ["2024-06-04"]
    sentence = "In 2019, on 3 May, the ministers met."
    assert refined_dates(sentence, [(3, 7), (12, 17)], ["2019", "2019-05-03"]) == {0}
    # two dates of their own, or a range, are left alone
    assert refined_dates("In 2019, on 3 May 2020, …", [(3, 7), (12, 22)], ["2019", "2020-05-03"]) == set()
    assert refined_dates("In 2019, 3–5 May, …", [(3, 7), (9, 16)], ["2019", "2019-05-03/2019-05-05"]) == set()


# --- `，期间…` after the act it points back to -------------------------------------------------------------------


def test_a_clause_opening_with_during_it_after_a_visit_tells_a_second_act() -> None:
    zh = "智利与秘鲁\n\n2022年10月5日，秘鲁国防部长访问瓦尔帕莱索，期间观摩了两国海军的联合演习。\n"
    assert sorted(t for _, t in _asserted(zh)) == ["CONSULT", "COOPERATE"]
    assert _dates(zh) == ["2022-10-05", "2022-10-05"]
    zht = "智利與秘魯\n\n2019年3月8日，智利外長訪問利馬，其間譴責了走私集團的越境活動。\n"
    assert sorted(t for _, t in _asserted(zht)) == ["ACCUSE", "CONSULT"]


# --- last night; a wire dateline closing with `綜合外電報導` -------------------------------------------------------


def test_last_night_is_the_day_before_the_documents_date() -> None:
    text = "智利與秘魯\n\n2023年9月14日\n\n秘魯總理昨晚抵達聖地牙哥，展開正式訪問。\n"
    assert _dates(text) == ["2023-09-13"]


def test_a_dateline_closing_with_a_compiled_wire_report_dates_the_story() -> None:
    text = "智利秘魯海軍合作\n\n（同盟觀察網利馬2018年4月7日綜合外電報導）智利與秘魯兩國國防部長昨天在利馬舉行會談。\n"
    assert _dates(text) == ["2018-04-06"]


# --- sentences that state no act ----------------------------------------------------------------------------------


def test_an_anniversary_counted_in_a_journalists_turn_states_nothing() -> None:
    text = "外交部记者会\n\n2025年3月2日\n\n问：今年是智利和秘鲁建交80周年。你对两国关系有何评论？\n"
    assert _dates(text) == []


def test_a_brief_naming_itself_states_nothing() -> None:
    text = "智利与秘鲁\n\n本简报回顾2010年以来两国在海上搜救方面的合作。2012年6月，两国海军首次举行联合演习。\n"
    assert _dates(text) == ["2012-06"]


def test_willingness_before_a_date_is_no_act() -> None:
    text = "外交部记者会\n\n2024年5月6日\n\n答：如果条件成熟，我们也愿在本月再次为双方提供会谈场所。\n"
    assert _dates(text) == []


# --- cue families: peace talks, a relationship raised with `升级为` ------------------------------------------


def test_peace_talks_are_a_meeting() -> None:
    # talks with no cue of their own would be one piece with the signing after them
    text = "哥伦比亚\n\n2016年8月24日，哥伦比亚政府与反政府武装的代表在哈瓦那举行和谈，签署了最终和平协议。\n"
    assert sorted(t for _, t in _asserted(text)) == ["AGREE", "CONSULT"]


def test_a_relationship_raised_after_talks_is_an_act_of_its_own() -> None:
    text = "智利與秘魯\n\n2019年4月2日：兩國總統在利馬會晤，雙方關係升級為全面戰略夥伴關係。\n"
    assert _dates(text) == ["2019-04-02", "2019-04-02"]


# --- a statement after a visit told as a moment; the next day after a range of days ---------------------------------


def test_a_reaffirmation_after_a_visit_told_as_a_moment_is_a_second_act() -> None:
    text = "智利與秘魯\n\n2015年6月2日，秘魯國防部長訪問聖地牙哥時，重申了支持智利海上搜救能力建設的承諾。\n"
    assert _dates(text) == ["2015-06-02", "2015-06-02"]


def test_the_next_day_after_a_range_of_days_is_the_day_after_its_end() -> None:
    zh = "智利与秘鲁\n\n2022年11月14日至16日，秘鲁总统对智利进行国事访问。次日，两国海军在瓦尔帕莱索举行联合演习。\n"
    assert _dates(zh) == ["2022-11-14/2022-11-16", "2022-11-17"]
    en = (
        "Chile and Peru\n\nThe Peruvian president was in Santiago from 14 to 16 November 2022."
        " The following day, the two navies held a drill off Valparaíso.\n"
    )
    assert _dates(en) == ["2022-11-14/2022-11-16", "2022-11-17"]
    # a word of the same day still counts from the range's first day, as before
    same = "智利与秘鲁\n\n2022年11月14日至16日，秘鲁总统访问智利。同日，两国外长签署协定。\n"
    assert "2022-11-14" in _dates(same)
