"""Acts whose words no type cue knew (issue 14, recall; branch rec45).

Each test names a pattern of the language, in sentences written for it (Chile, Peru and Uruguay, not the pairs of
the dev documents that showed the miss): a site or a unit inspected (`視察した`, `視察…`: a visit, though no word of
visiting stands there), while an inspector or an inspection team (`视察员`, `視察団`) is no visit; a port call
told with `寄港し` and a training held with a partner after it (`…と親善訓練を行った`: two acts, as a port call and
an exercise are counted); a training conducted (`訓練を実施した`, `合同訓練`) and a drill held (`舉行…演練`); a
founding or a launch told in a sentence of its own after the meeting (`两国元首宣布建立…`: CAMEO 064 among the second
acts); and a release's next numbered item (`2　両首脳は、…`) going on telling the occasion its item before dated."""

from __future__ import annotations

from pathlib import Path

from helpers import stated_events

_events = stated_events


def test_a_site_inspected_is_a_visit_and_a_ceremony_attended_after_it_an_act_of_its_own(tmp_path: Path) -> None:
    # a chronology's line whose first act is an inspection: a visit (042), so the ceremony attended after it is a
    # second act, as after any visit (`acts_apart_by_cameo`); an inspector (`視察員`) is no visit
    text = "秘魯國防部長行程\n\n2021年10月5日：視察卡亞俄海軍基地，並出席智利援建碼頭的啟用儀式。\n"
    events = _events(tmp_path, text)
    assert [d for d, _, _ in events] == ["2021-10-05", "2021-10-05"]
    inspectors = _events(tmp_path, text.replace("視察卡亞俄海軍基地", "與視察員在卡亞俄海軍基地交談"))
    assert [d for d, _, _ in inspectors] == ["2021-10-05"]


def test_a_port_call_and_a_training_with_a_partner_after_it_are_two_acts(tmp_path: Path) -> None:
    text = "チリ海軍発表\n\n2019年9月、チリ海軍のフリゲートがカヤオに寄港し、ペルー海軍と親善訓練を行いました。\n"
    events = _events(tmp_path, text)
    assert [(d, t) for d, t, _ in events] == [("2019-09", "COOPERATE"), ("2019-09", "COOPERATE")]
    # the port call alone is one act
    alone = _events(tmp_path, text.replace("、ペルー海軍と親善訓練を行いました", "しました"))
    assert [(d, t) for d, t, _ in alone] == [("2019-09", "COOPERATE")]


def test_a_training_conducted_is_an_exercise(tmp_path: Path) -> None:
    text = "ウルグアイ国防省発表\n\n2022年4月、ウルグアイ海軍はモンテビデオ沖でチリ海軍と訓練を実施しました。\n"
    assert [(d, t) for d, t, _ in _events(tmp_path, text)] == [("2022-04", "COOPERATE")]


def test_a_drill_held_is_an_exercise(tmp_path: Path) -> None:
    text = "秘魯海軍新聞稿\n\n2022年4月，秘魯巡邏艦在卡亞俄外海與智利海軍舉行搜救演練。\n"
    assert [(d, t) for d, t, _ in _events(tmp_path, text)] == [("2022-04", "COOPERATE")]


def test_a_founding_told_in_a_sentence_of_its_own_after_the_meeting_is_a_second_act(tmp_path: Path) -> None:
    text = (
        "乌拉圭外交部公报\n\n2023年6月7日，乌拉圭总统在蒙得维的亚同巴拉圭总统举行会谈。"
        "两国元首宣布建立全面战略伙伴关系。\n"
    )
    events = _events(tmp_path, text)
    assert [d for d, _, s in events if "宣布建立" in s] == ["2023-06-07"]
    # talks told again are the meeting of that occasion, no second act
    again = _events(tmp_path, text.replace("宣布建立全面战略伙伴关系", "就地区局势交换意见"))
    assert [d for d, _, _ in again] == ["2023-06-07"]


_RELEASE = """チリ・ペルー外相会談

令和4年3月4日

1　本日、チリ外相は、リマにおいてペルー外相と外相会談を行いました。

2　両外相は、両国関係を「戦略的パートナーシップ」に格上げすることで一致しました。
"""


def test_the_next_numbered_item_of_a_release_goes_on_telling_the_dated_occasion(tmp_path: Path) -> None:
    events = _events(tmp_path, _RELEASE)
    assert [d for d, _, s in events if "格上げ" in s] == ["2022-03-04"]
    # an item that is not the next one right after the dated item (a heading between) is not carried on
    apart = _RELEASE.replace("2　両外相は", "（参考）\n\n両外相は")
    assert not [d for d, _, s in _events(tmp_path, apart) if "格上げ" in s]
