"""Dates that date no act of their own (prec67, issue 14 items 2 and 4): the day of a saying whose reported content
dates an act of its own, a Chinese or Japanese decade that a period's noun leads to or that opens a range of
decades, and a Chinese dispatch of forces still to come (`将派遣`, `將部署`). Sentences written for these tests,
about other states and in other words than the corpus documents that prompted the rules."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope.event_date_choice import spoken_before_content
from allyscope.scripts import fold
from tests.helpers import event_modes


def _dates(text: str) -> list[str]:
    return [date for date, _ in event_modes(text)]


def _asserted(text: str) -> list[str]:
    return [date for date, mode in event_modes(text) if mode == "asserted"]


def test_a_sayings_day_is_no_act_when_what_was_said_dates_one() -> None:
    body = "题名\n\n一、正文\n\n智利外长2021年3月24日指出：智利与秘鲁海军已于2021年3月20日举行参谋会谈。\n"
    assert _dates(body) == ["2021-03-20"]
    body = "題名\n\n一、正文\n\n秘魯國防部2019年5月8日表示，秘魯與智利已於2019年5月2日完成聯合救災演練。\n"
    assert _dates(body) == ["2019-05-02"]
    body = (
        "Notes\n\nPeru's defence ministry said on 5 May 2023 that Peruvian and Chilean frigates had exercised "
        "together off Callao on 2 May 2023.\n"
    )
    assert _dates(body) == ["2023-05-02"]


def test_a_meeting_before_a_second_dated_act_keeps_both_days() -> None:
    # meeting is an act, not a saying: each act at its own date
    body = "题名\n\n一、正文\n\n2021年3月24日，智利外长会见秘鲁外长；两国海军2021年3月20日已举行参谋会谈。\n"
    assert sorted(_asserted(body)) == ["2021-03-20", "2021-03-24"]


def test_a_later_clause_or_a_speech_given_is_no_content() -> None:
    # the content ends at `；`: the later clause's date is its own act, and the saying's day stays
    sentence = fold("智利外长3月24日表示，两国关系良好；3月20日两国海军举行会谈。")
    assert spoken_before_content(sentence, [(4, 9), (19, 24)], ["2021-03-24", "2021-03-20"]) == set()
    sentence = fold("The minister of Peru said on 3 May that ties were good. On 1 May the navies met.")
    assert spoken_before_content(sentence, [(29, 34), (59, 64)], ["2021-05-03", "2021-05-01"]) == set()
    # a speech given (`發表演說`) is an act: `說` is no verb of this rule
    sentence = fold("秘魯總統9月1日在國會發表演說，讚揚智利在9月3日提供的援助。")
    assert spoken_before_content(sentence, [(4, 8), (21, 25)], ["2020-09-01", "2020-09-03"]) == set()


def test_an_announcement_is_no_saying_of_this_rule() -> None:
    # `宣布` is an act of its own (announcement_content), never dropped as a saying's day
    body = "题名\n\n一、正文\n\n2018年4月2日，阿根廷政府宣布，阿根廷与智利已于2018年3月30日签署边境合作协定。\n"
    assert "2018-04-02" in _dates(body) or "2018-03-30" in _dates(body)
    sentence = fold("2018年4月2日，阿根廷政府宣布，两国已于2018年3月30日签署协定。")
    assert spoken_before_content(sentence, [(0, 9), (22, 33)], ["2018-04-02", "2018-03-30"]) == set()


def test_a_decade_led_to_by_a_period_noun_dates_no_act() -> None:
    assert _asserted("题名\n\n一、正文\n\n冷战结束后的1990年代，秘鲁与智利的海军交流十分有限。\n") == []
    assert _asserted("題名\n\n一、正文\n\n民主化後的1980年代，阿根廷與智利的軍事互信逐步建立。\n") == []
    assert _asserted("題名\n\n一、正文\n\n進入2000年代後，巴西與阿根廷的核能合作持續擴大。\n") == []
    assert _asserted("表題\n\n一、本文\n\n冷戦終結後の1990年代、チリとペルーの防衛交流は限られていた。\n") == []


def test_a_range_of_decades_is_a_span_not_an_act() -> None:
    assert _asserted("題名\n\n一、正文\n\n1980年代至2000年代初期，巴西與阿根廷的軍事往來多半限於互訪。\n") == []


def test_a_decade_that_dates_an_act_stays_an_event() -> None:
    # no period's noun and no range: the decade dates what the clause tells
    assert _asserted("题名\n\n一、正文\n\n1980年代，巴西将驻边境的一个步兵师撤回内地。\n") == ["198X"]


def test_a_dispatch_still_to_come_is_no_done_act() -> None:
    body = "题名\n\n一、正文\n\n蒙古国防部表示，蒙古明年将派遣两个连赴肯尼亚参加维和培训。\n"
    assert _asserted(body) == []
    body = "題名\n\n一、正文\n\n肯亞國防部2022年6月3日表示，肯亞將部署一支工兵分隊支援蒙古的救災演練。\n"
    assert _asserted(body) == []
    # done: the dispatch is told as past
    body = "题名\n\n一、正文\n\n2022年6月，蒙古派遣两个连赴肯尼亚参加维和培训。\n"
    assert _asserted(body) == ["2022-06"]


_FILLER = st.text(alphabet="两国海军举行了会谈双方签署协定外长部长", min_size=0, max_size=10)


@given(_FILLER, _FILLER, st.sampled_from(["表示", "指出", "强调", "透露"]), st.sampled_from(["，", "：", ","]))
def test_a_saying_between_two_dates_flags_the_first(lead: str, content: str, verb: str, mark: str) -> None:
    first, second = "3月24日", "3月20日"
    sentence = fold(f"{lead}{first}{verb}{mark}{content}{second}签署协定。")
    a = len(lead)
    b = a + len(first) + len(verb) + len(mark) + len(content)
    spans = [(a, a + len(first)), (b, b + len(second))]
    assert spoken_before_content(sentence, spans, ["2021-03-24", "2021-03-20"]) == {0}
    # the same day told again in the content: no flag (a day told again is read by its own rules)
    assert spoken_before_content(sentence, spans, ["2021-03-24", "2021-03-24"]) == set()


@given(st.text(max_size=40), st.lists(st.integers(min_value=0, max_value=40), max_size=6))
def test_spoken_before_content_reads_any_text(text: str, cuts: list[int]) -> None:
    points = sorted({min(c, len(text)) for c in cuts})
    spans = list(zip(points[::2], points[1::2], strict=False))
    found = spoken_before_content(fold(text), spans, [str(k) for k in range(len(spans))])
    assert all(0 <= i < len(spans) - 1 for i in found)


@given(_FILLER, _FILLER)
def test_no_saying_no_flag(lead: str, content: str) -> None:
    sentence = fold(f"{lead}3月24日会见{content}3月20日签署协定。")
    a = len(lead)
    b = a + 5 + 2 + len(content)
    assert spoken_before_content(sentence, [(a, a + 5), (b, b + 5)], ["2021-03-24", "2021-03-20"]) == set()


def test_a_change_of_frequency_or_pace_since_a_date_is_a_trend() -> None:
    # `more often`, `slowed`, `更加频繁`, `より頻繁に`: a change in degree from a date on, no act then
    assert (
        _asserted("Notes\n\nSince 2016 the defence ministers of Chile and Peru have met more often than before.\n")
        == []
    )
    body = "Notes\n\nDisputes over costs have slowed the Chilean and Peruvian frigate programme since 2019.\n"
    assert _asserted(body) == []
    assert _asserted("题名\n\n一、正文\n\n2016年以来，智利与秘鲁国防部长的会晤更加频繁。\n") == []
    assert _asserted("表題\n\n一、本文\n\n2019年以降、チリとペルーの防衛協議はより頻繁に開かれている。\n") == []
    assert _asserted("题名\n\n一、正文\n\n2019年以来，阿根廷对智利的边境管控加大了双边贸易的成本。\n") == []
    # an activity carried on since then stays the act from that date on; an increase on a date is an act
    assert _asserted("题名\n\n一、正文\n\n2019年3月，智利加大了对秘鲁的援助。\n") == ["2019-03"]
    assert _asserted("Notes\n\nSince 2018 Chilean ships have helped Peru to patrol the coast.\n") == ["2018/.."]


def test_a_trend_word_is_read_as_a_word_not_across_names() -> None:
    from allyscope.event_clauses import tells_a_trend

    # `里加大使` (the ambassador in Riga) holds no increase; `加大了` is one
    assert not tells_a_trend(fold("，智利驻里加大使须在此之前离境"))
    assert tells_a_trend(fold("，制裁加大了两国合作的成本"))


def test_two_acts_each_with_its_own_date_are_read_each_at_its_own() -> None:
    # `on 3 May … and on 9 June …`, `3月に…、6月には…`: one event per act, at its own date, never both at both
    cases = [
        (
            "Notes\n\nThe navies of Chile and Peru exercised together on 3 May 2019 and signed a logistics "
            "arrangement on 9 June 2019.\n",
            ["2019-05-03", "2019-06-09"],
        ),
        (
            "表題\n\n一、本文\n\nチリとペルーは2019年3月に共同訓練を行い、6月には後方支援協定に署名した。\n",
            ["2019-03", "2019-06"],
        ),
        ("题名\n\n一、正文\n\n智利与秘鲁于2019年3月举行联合演习，并于同年6月签署后勤协定。\n", ["2019-03", "2019-06"]),
        (
            "題名\n\n一、正文\n\n智利與秘魯的外長於2018年4月在利馬會談，兩國國防部長則於2019年2月在聖地牙哥簽署合作備忘錄。\n",
            ["2018-04", "2019-02"],
        ),
    ]
    for body, dates in cases:
        assert _asserted(body) == dates, body
