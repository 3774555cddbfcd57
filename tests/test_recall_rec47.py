"""Acts dated by another act, a visit and the act done during it, a visit and a site toured (issue 14, recall;
branch rec47).

Each test names a pattern of the language, in sentences written for it (Chile, Peru, Uruguay and Paraguay, not the
pairs of the dev documents that showed the miss): the day after an act the text dated by its month alone
(`会谈次日`, `会談の翌日`, `the next day`) is in that month, as the corpus dates it; the act named in such a phrase
(`会谈次日，`) is the scene of what follows, not a second telling of that act; the codebook's one convention for a
visit told as the span of an act done during it (`X访问Y期间，两国宣布…`: two events, the visit and the act, when the
span names its visitor; none of its own when it refers back, `访问期间，`); and a visit, then a site toured or
inspected on the same trip (`visited … and toured …`, `訪問し、…を視察した`, `访问…，并视察…`): two events."""

from __future__ import annotations

from pathlib import Path

from helpers import stated_events

_events = stated_events


def test_the_day_after_an_act_dated_by_its_month_is_in_that_month(tmp_path: Path) -> None:
    text = (
        "智利与秘鲁关系\n\n2009年5月，巴切莱特总统访问利马，同加西亚总统举行会谈。"
        "会谈次日，两国外长签署边界议定书。\n"
    )
    events = _events(tmp_path, text)
    assert [(d, t) for d, t, s in events if s.startswith("会谈次日")] == [("2009-05", "AGREE")]
    # a day told keeps counting days (a dated story, so that the next day is no day after the text's own)
    dated = "新华社利马2009年5月20日电\n\n" + text.split("\n\n", 1)[1].replace("2009年5月，", "5月12日，")
    days = _events(tmp_path, dated)
    assert [d for d, _, s in days if s.startswith("会谈次日")] == ["2009-05-13"]


def test_the_next_day_after_a_month_in_japanese_and_english(tmp_path: Path) -> None:
    ja = (
        "ウルグアイ国防省発表\n\n2018年10月、ウルグアイ国防相はアスンシオンでパラグアイ国防相と協議した。"
        "協議の翌日、両国は覚書に署名した。\n"
    )
    assert [d for d, _, s in _events(tmp_path, ja) if s.startswith("協議の翌日")] == ["2018-10"]
    en = (
        "Uruguay and Paraguay\n\nIn June 2012 the Uruguayan defence minister flew to Asunción for talks. "
        "The next day the two ministers signed a protocol on river patrols.\n"
    )
    assert [d for d, _, s in _events(tmp_path, en) if s.startswith("The next day")] == ["2012-06"]


def test_an_act_named_in_the_day_after_it_is_no_act_of_its_own(tmp_path: Path) -> None:
    # `演講次日，` sets the scene: one event (the signing), not the speech told again
    text = "智利與秘魯關係\n\n2010年3月，皮涅拉總統在利馬國會發表演講。演講次日，兩國簽署漁業協定。\n"
    events = _events(tmp_path, text)
    assert [(d, t) for d, t, s in events if s.startswith("演講次日")] == [("2010-03", "AGREE")]


def test_a_visit_naming_its_visitor_and_a_partnership_announced_during_it_are_two_events(tmp_path: Path) -> None:
    text = "中国与乌拉圭关系\n\n2016年10月，巴斯克斯总统访华期间，两国宣布建立战略伙伴关系。\n"
    events = _events(tmp_path, text)
    assert [d for d, _, _ in events] == ["2016-10", "2016-10"]
    assert {t for _, t, _ in events} == {"CONSULT", "COOPERATE"}
    # a span referring back to a visit told before is no visit of its own
    back = "中国与乌拉圭关系\n\n2016年10月，乌拉圭总统访华。访问期间，两国宣布建立战略伙伴关系。\n"
    assert [d for d, _, s in _events(tmp_path, back) if s.startswith("访问期间")] == ["2016-10"]


def test_talks_held_during_a_visit_stay_one_meeting(tmp_path: Path) -> None:
    # the codebook's count of talks held on a visit is unchanged: one event
    text = "秘魯與智利關係\n\n2019年4月，秘魯總統訪問聖地牙哥期間，與智利總統舉行會談。\n"
    assert [d for d, _, _ in _events(tmp_path, text)] == ["2019-04"]


def test_a_visit_then_a_site_toured_or_inspected_are_two_events(tmp_path: Path) -> None:
    en = "Chile and Peru\n\nIn November 2021 the Peruvian president visited Santiago and toured a copper mine.\n"
    assert [d for d, _, _ in _events(tmp_path, en)] == ["2021-11", "2021-11"]
    ja = "チリとペルー\n\n2019年5月、ペルー国防相はサンティアゴを訪問し、チリ海軍の艦艇を視察しました。\n"
    assert [d for d, _, _ in _events(tmp_path, ja)] == ["2019-05", "2019-05"]
    zh = "秘魯與智利關係\n\n2017年8月：智利總統訪問利馬，並視察秘魯海軍造船廠。\n"
    assert [d for d, _, _ in _events(tmp_path, zh)] == ["2017-08", "2017-08"]
    # a visit alone is one event; touring with no visit before is one event too
    alone = en.replace(" and toured a copper mine", "")
    assert [d for d, _, _ in _events(tmp_path, alone)] == ["2021-11"]


def test_the_day_after_an_act_a_verb_told_counts_from_the_last_happening(tmp_path: Path) -> None:
    # `The day after the signing` when the act was told by its verb (`signed`): the happening dated last
    text = (
        "Uruguay and Paraguay\n\nMONTEVIDEO, March 20, 2024 — The two defence ministers signed a river patrol pact "
        "in Montevideo on March 11, 2024. The day after the signing, the two navies held a joint drill.\n"
    )
    events = _events(tmp_path, text)
    assert [d for d, _, s in events if s.startswith("The day after")] == ["2024-03-12"]
    # no happening dated before it: no date is made up
    alone = "Uruguay and Paraguay\n\nThe day after the signing, the two navies held a joint drill.\n"
    assert _events(tmp_path, alone) == []


def test_a_stay_opening_a_sentence_is_the_span_of_the_visit_told_before(tmp_path: Path) -> None:
    # `During his stay in Lima,` with no date of its own takes the visit's date (`occasion_span`), as `During the
    # visit,` does; a stay with no visit before it dates nothing
    text = (
        "Chile and Peru\n\nSANTIAGO, May 9, 2025 — President Boric returned the visit in March 2024. "
        "During his stay in Lima, the two governments signed a memorandum on fisheries.\n"
    )
    events = _events(tmp_path, text)
    assert [d for d, _, s in events if s.startswith("During his stay")] == ["2024-03"]
    alone = "Chile and Peru\n\nDuring his stay in Lima, the two governments signed a memorandum on fisheries.\n"
    assert _events(tmp_path, alone) == []


def test_a_speech_given_after_a_visit_is_an_act_of_its_own(tmp_path: Path) -> None:
    # a visit, then a speech at a place (`，並在…發表演說`, `，在…发表演讲`, `，并发表演讲`): two events, as the corpus
    # counts a visit and an act of another kind done on it
    for text, month in (
        ("智利與秘魯關係\n\n2010年3月，智利總統訪問利馬，並在秘魯國會發表演說。\n", "2010-03"),
        ("智利与秘鲁关系\n\n2012年5月，秘鲁总统访问圣地亚哥，在智利国会发表演讲。\n", "2012-05"),
        ("智利与秘鲁关系\n\n2013年5月，秘鲁总统访问圣地亚哥，并发表演讲。\n", "2013-05"),
    ):
        assert [d for d, _, _ in _events(tmp_path, text)] == [month, month], text
    # after talks, remarks to the press stay with the talks: one event
    talks = "智利与秘鲁关系\n\n2014年6月，两国外长在利马举行会谈，在记者会上发表讲话。\n"
    assert [d for d, _, _ in _events(tmp_path, talks)] == ["2014-06"]
