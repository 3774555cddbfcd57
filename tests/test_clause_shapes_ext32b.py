"""Clause shapes the dev half held little of (issue 14, sixteenth session): a visit told as the occasion of an act
of another kind (two events, each of its own type). Sentences written for these tests, in other words than any
corpus document; the facts in them need not be true."""

from __future__ import annotations

from allyscope import extract


def _events(text: str) -> list[tuple[str, str]]:
    return sorted((e.date, e.type) for e in extract(text).events if e.mode == "asserted")


def test_a_visit_and_a_signing_during_it_are_two_events_in_each_script() -> None:
    for text in (
        "Antarctic ties\n\nOn 14 March 2017, during her visit to Canberra, the foreign minister of Chile signed a"
        " memorandum on polar research.\n",
        "南极合作\n\n2016年9月，智利总统访问新西兰期间，两国签署了南极科研合作协定。\n",
        "南極合作\n\n2016年9月，智利總統訪問紐西蘭期間，簽署了南極科研合作協定。\n",
        "南極協力\n\n2016年9月、チリ大統領はニュージーランドを訪問した際、南極研究に関する協定に署名した。\n",
    ):
        found = _events(text)
        assert [t for _, t in found] == sorted(["CONSULT", "AGREE"]), (text, found)
        assert len({d for d, _ in found}) == 1, (text, found)


def test_an_act_with_a_date_of_its_own_after_the_visit_is_that_dates_only() -> None:
    found = _events(
        "Logistics\n\nDuring his visit to Ottawa in June 2018, the Chilean minister signed a logistics arrangement"
        " on 12 June.\n"
    )
    assert found == [("2018-06", "CONSULT"), ("2018-06-12", "AGREE")]


def test_talks_held_on_a_visit_stay_one_meeting_with_it() -> None:
    assert len(_events("会谈\n\n2016年9月，智利外长访问新西兰期间，与新西兰外长举行会谈。\n")) == 1
    assert len(_events("會談\n\n2016年9月，智利外長訪問紐西蘭期間，與紐西蘭外長舉行會談。\n")) == 1


def test_a_visit_referred_back_to_is_no_second_visit() -> None:
    text = (
        "Fisheries\n\nThe president of Chile visited Wellington on 3 May 2019. During the visit on 3 May 2019, the"
        " two sides signed a fisheries accord.\n"
    )
    assert _events(text) == [("2019-05-03", "AGREE"), ("2019-05-03", "CONSULT")]
    text = "渔业\n\n2019年5月3日，智利总统访问惠灵顿。2019年5月3日，在此次访问期间，双方签署了渔业协定。\n"
    assert [t for _, t in _events(text)] == ["AGREE", "CONSULT"]


def test_a_meeting_told_with_huijian_is_a_meeting_and_what_is_announced_after_it_an_act() -> None:
    # `会见` (to receive, to meet) names a meeting in each Chinese script and in Japanese (`会見した`)
    for text in (
        "会见\n\n2018年4月3日，蒙古国总统在乌兰巴托会见了芬兰外长。\n",
        "會見\n\n2018年4月3日，蒙古國總統在烏蘭巴托會見了芬蘭外長。\n",
        "会見\n\n2018年4月3日、モンゴル大統領はウランバートルでフィンランド外相と会見した。\n",
    ):
        assert [(e.date, e.cameo) for e in extract(text).events] == [("2018-04-03", "043")], text
    found = _events("升格\n\n2019年7月8日，两国总统在乌兰巴托会见，两国元首宣布将双边关系提升为战略伙伴关系。\n")
    assert len(found) == 2 and {d for d, _ in found} == {"2019-07-08"}


def test_an_adoption_after_the_meeting_that_took_it_is_an_act_of_its_own() -> None:
    for text in (
        "峰会\n\n2019年6月，北欧五国在雷克雅未克举行峰会，通过了新的安全合作宣言。\n",
        "峰會\n\n2019年6月，北歐五國在雷克雅未克舉行峰會，通過了新的安全合作宣言。\n",
        "议会\n\n2019年6月，两国议会代表团在奥斯陆举行会议，批准了新的合作章程。\n",
    ):
        assert _events(text) == [("2019-06", "AGREE"), ("2019-06", "CONSULT")], text
    # by means of (`通过…方式`) opens no act
    assert len(_events("会议\n\n2019年6月，两国在奥斯陆举行会议，通过对话解决分歧。\n")) == 1


_INTRO = {
    "en": "Chile and Peru are neighbours on the Pacific coast. They have long talked about fisheries and the sea.",
    "ja": "チリとペルーは太平洋岸の隣国であり、漁業や海洋の問題について長く対話を続けてきた。",
    "zh": "两国是太平洋沿岸的邻国，长期在渔业和海洋事务上保持对话。",
}


def test_a_bulleted_chronology_line_opening_with_its_date_tells_an_event_in_each_script() -> None:
    for intro, heading, lines in (
        (_INTRO["en"], "Chronology", ["• 3 June 2019 — Chile and Peru signed a fisheries accord in Lima.",
                                      "• May 2020 — Chile and Peru held the first foreign ministers' dialogue.",
                                      "• 9 March 2021 — the navies of Chile and Peru held a joint exercise."]),
        (_INTRO["ja"], "年表", ["・2019年6月3日　チリとペルーが漁業協定に署名",
                                "・2020年5月　チリとペルーの初の外相対話",
                                "・2021年3月9日　チリとペルーの海軍が共同訓練を実施"]),
        (_INTRO["zh"], "大事记", ["• 2019年6月3日　智利和秘鲁签署渔业协定", "• 2020年5月　智利和秘鲁举行首次外长对话",
                                  "• 2021年3月9日　智利和秘鲁海军举行联合演习"]),
        (_INTRO["zh"], "大事記", ["‧ 2019年6月3日：智利和秘魯簽署漁業協定", "‧ 2020年5月：智利和秘魯舉行首次外長對話",
                                  "‧ 2021年3月9日：智利和秘魯海軍舉行聯合演習"]),
    ):  # fmt: skip
        text = f"Chile and Peru\n\n{intro}\n\n{heading}\n\n" + "\n".join(lines) + "\n"
        assert _events(text) == [("2019-06-03", "AGREE"), ("2020-05", "CONSULT"), ("2021-03-09", "COOPERATE")], text


def test_a_bulleted_date_line_naming_a_place_or_an_hour_stays_a_date_line() -> None:
    for line in ("• 2024年4月11日　華盛頓", "■ 2024年7月8日 19:40"):
        text = f"通告\n\n{line}\n\n{_INTRO['zh']}\n"
        assert _events(text) == [], line


def test_a_purchase_is_an_act_and_a_plan_told_after_it_does_not_make_it_planned() -> None:
    for text in (
        "Patrol boats\n\nThe ministers welcomed Chile's purchase of patrol boats from Spain in May 2019 and its"
        " plans to buy two more.\n",
        "Patrol boats\n\nThe yearbook records Chile's purchase of two patrol boats from Spain in May 2019 and its"
        " plans to buy more.\n",
    ):
        assert [d for d, _ in _events(text)] == ["2019-05"], text
    for text in (
        "巡逻艇\n\n2019年5月，智利向西班牙订购两艘巡逻艇。\n",
        "巡邏艇\n\n2019年5月，智利向西班牙採購兩艘巡邏艇。\n",
        "哨戒艇\n\n2019年5月、チリはスペインから哨戒艇2隻を購入した。\n",
    ):
        assert [(e.date, e.cameo) for e in extract(text).events] == [("2019-05", "057")], text


def test_an_agreement_told_at_the_meeting_it_was_reached_at_is_one_act() -> None:
    # the meeting named as the scene (`同日の会談で、`, `在当天的会谈中，`) is the one told in the sentence before
    for text in (
        "会談\n\n2019年4月28日、チリとペルーの大統領はリマで会談した。両首脳は、同日の会談で、海洋協力を強化することで"
        "一致した。\n",
        "会谈\n\n2019年4月28日，智利和秘鲁总统在利马会谈。在当天的会谈中，双方同意加强海上合作。\n",
        "會談\n\n2019年4月28日，智利和秘魯總統在利馬會談。在當天的會談中，雙方同意加強海上合作。\n",
    ):
        assert _events(text) == [("2019-04-28", "AGREE"), ("2019-04-28", "CONSULT")], text


def test_acting_in_unison_is_no_agreement_of_the_sides() -> None:
    from allyscope.events_domain import patterns, type_or_none
    from allyscope.scripts import fold

    # `一致して対応する` (to act together) says how, not that the sides agreed; `…で一致し、` still agrees
    assert type_or_none(patterns(), fold("国際社会が一致して対応することが重要だ")) is None
    assert type_or_none(patterns(), fold("各国が一致して取り組む")) is None
    assert type_or_none(patterns(), fold("海洋協力の強化で一致し、その後帰国した")) == "AGREE"
    assert type_or_none(patterns(), fold("海洋協力の強化で一致して、その後帰国した")) == "AGREE"
