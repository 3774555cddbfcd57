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
