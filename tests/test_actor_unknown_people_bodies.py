"""Actors of people and bodies the gazetteer lacks (issue 14, ext32a): a record whose title names one state's
government body speaks for that state in its `我國`; an application to join names the grouping named before it; a
foreign title beside a name the data does not know takes the other party of a two-state document title when its
paragraph gives none; offices chained by `兼` are led by their holder's name; a foreign name written in full beside a
title or office is that person's, and no other holder of the office is inferred; two groupings and one grouping
referred back to (`the two groupings`, `the bloc`, `该组织`); a city hosting groupings' seats names the one the text
names. Sentences written for these tests, in other words than the corpus documents."""

from __future__ import annotations

from allyscope import parse_text
from allyscope.entities import gazetteer
from allyscope.events import extract_events


def _actors(title: str, body: str) -> list[set[str]]:
    g = gazetteer()
    doc = parse_text(title + "\n\n" + body + "\n")
    return [{g.entity(i)["name"] for i in e.actors + e.involved} for e in extract_events(doc, "t")]


def _first_person(text: str) -> list[tuple[str, ...]]:
    return [m.ids for m in gazetteer().match(text) if m.alias in ("我國", "我国", "我方")]


# a record issued by one state's government body


def test_a_government_body_in_the_title_speaks_for_its_first_person() -> None:
    assert _first_person("菲律賓外交部記者會答問\n\n2016年7月13日\n\n答：我國尊重仲裁庭的裁決。\n") == [("PH",)]
    assert _first_person("越南国防部新闻公报\n\n2023年6月1日\n\n我国与澳大利亚保持密切的防务交流。\n") == [("VN",)]


def test_a_title_naming_two_states_or_no_body_gives_no_first_person() -> None:
    """A joint text (`中国和越南联合声明`) or a title naming a state without one of its bodies (`越南与澳大利亚`)
    does not say whose first person it is: `我国` is read as no one (no mention of a state)."""
    assert _first_person("中国和越南政府联合声明\n\n我国愿同各方加强合作。\n") == []
    assert _first_person("越南与澳大利亚\n\n我国愿同各方加强合作。\n") == []


# an application to join, its grouping named before it


def test_an_application_to_join_names_the_grouping_named_before() -> None:
    found = _actors("乌克兰与欧盟", "欧盟是欧洲的区域组织。2022年2月28日，乌克兰正式提交加入申请。")[-1]
    assert {"Ukraine", "European Union"} <= found
    found = _actors("ウクライナと欧州", "欧州連合は拡大を続けている。2022年2月28日、ウクライナは加盟を申請した。")[-1]
    assert {"Ukraine", "European Union"} <= found
    found = _actors(
        "Ukraine and Europe", "The European Union has grown. Ukraine applied for membership on 28 February 2022."
    )
    assert {"Ukraine", "European Union"} <= found[-1]


def test_applying_to_join_something_named_is_not_a_membership() -> None:
    """`applied to join the talks`: the object is named, no grouping is taken from elsewhere."""
    found = _actors(
        "Ukraine and Europe", "The European Union has grown. Ukraine applied to join the talks on 1 March 2022."
    )
    assert all("European Union" not in f for f in found)


# a foreign title beside a name the data does not know


def test_an_unknown_name_with_a_title_takes_the_other_party_of_the_title() -> None:
    """`ソンサイ首相` visits Vietnam, whose prime minister is the partner: under a title naming Laos and Vietnam the
    visitor's title is Laos's, though the paragraph names Vietnam alone."""
    found = _actors("ラオスとベトナム", "2023年12月12日、ソンサイ首相はハノイを訪れ、ベトナムの首相と会談した。")[-1]
    assert {"Laos", "Vietnam"} <= found
    found = _actors("老挝与越南", "2023年12月12日，宋赛·西潘敦总理访问河内，同越南总理会谈。")[-1]
    assert {"Laos", "Vietnam"} <= found
    found = _actors(
        "Laos and Vietnam",
        "On 12 December 2023 Prime Minister Sonexay Siphandone met Vietnam's prime minister in Hanoi.",
    )
    assert {"Laos", "Vietnam"} <= found[-1]


def test_a_title_naming_three_states_gives_an_unknown_name_no_state() -> None:
    found = _actors(
        "ラオス、カンボジアとベトナム", "2023年12月12日、ソンサイ首相はハノイを訪れ、ベトナムの首相と会談した。"
    )[-1]
    assert "Laos" not in found and "Cambodia" not in found


def test_offices_chained_by_jian_are_led_by_the_holders_name() -> None:
    """`X副首相兼外相`: the second office is X's, whether the data knows X (Australia's defence minister) or not (not
    the partner's foreign minister)."""
    found = _actors(
        "オーストラリアとフィリピン", "2024年2月29日、マールズ副首相兼国防相はマニラでフィリピンの国防相と会談した。"
    )[-1]
    assert "Minister for Defence of Australia" in found
    found = _actors("ラオスとアメリカ", "2024年1月5日、米国務長官はビエンチャンでサルムサイ副首相兼外相と会談した。")[
        -1
    ]
    assert "Laos" in found


def test_a_name_written_in_full_beside_an_office_infers_no_other_holder() -> None:
    """`柬埔寨首相诺罗敦·拉那烈`, `カンボジア首相ノロドム・ラナリット`: the office's holder in the data then (Hun Sen)
    is not the person named; the state is kept, no one is guessed."""
    for title, body in (
        ("柬埔寨与中国", "1996年，柬埔寨首相诺罗敦·拉那烈访问北京。"),
        ("カンボジアと中国", "1996年、カンボジア首相ノロドム・ラナリットは北京を訪問した。"),
    ):
        found = _actors(title, body)[-1]
        assert "Cambodia" in found and "Hun Sen" not in found


# groupings referred to without their names


def test_two_groupings_and_a_grouping_referred_back_to() -> None:
    found = _actors(
        "The EU and ASEAN",
        "The European Union and ASEAN deepened ties. On 1 June 2023 the two groupings' ministers met in Jakarta.",
    )
    assert {"European Union", "ASEAN"} <= found[-1]
    body = (
        "On 3 May 2023 the European Commission adopted a new strategy. "
        "On 5 May 2023 the bloc's foreign policy chief met ASEAN's ministers in Jakarta."
    )
    assert {"European Union", "ASEAN"} <= _actors("The EU and ASEAN", body)[-1]
    body = "2023年5月3日，欧盟委员会通过新战略。2023年5月5日，该组织与东盟签署合作文件。"
    assert {"European Union", "ASEAN"} <= _actors("欧盟与东盟", body)[-1]


def test_a_seat_city_names_the_one_grouping_the_text_names() -> None:
    found = _actors("欧盟与菲律宾", "欧盟与菲律宾关系密切。2016年5月，马尼拉与布鲁塞尔举行首轮谈判。")[-1]
    assert {"European Union", "Philippines"} <= found
    found = _actors(
        "EUとフィリピン", "EUとフィリピンは関係を深めた。2016年5月、マニラとブリュッセルは初の交渉を行った。"
    )[-1]
    assert {"European Union", "Philippines"} <= found


def test_a_seat_city_of_two_named_groupings_names_neither() -> None:
    body = "The EU and NATO both sit in Belgium. On 4 May 2023 Brussels hosted a conference with Manila."
    found = _actors("Europe and the Philippines", body)[-1]
    assert "European Union" not in found and "NATO" not in found


def test_a_groupings_office_named_by_a_title_joined_to_it() -> None:
    """`the EU's foreign policy chief`, `欧盟外交事务负责人`, `EUの外交・安全保障政策上級代表`: the grouping's own
    office of that role, whose holder on the date the data gives (not left as an unknown person's title)."""
    for title, body in (
        ("The EU and Vietnam", "On 20 July 2022 the EU's foreign policy chief met Vietnamese ministers in Hanoi."),
        ("欧盟与越南", "2022年7月20日，欧盟外交事务负责人在河内会见越南领导人。"),
        ("EUとベトナム", "2022年7月20日、EUの外交・安全保障政策上級代表はハノイでベトナムの首相と会談した。"),
    ):
        assert {"European Union", "Josep Borrell"} <= _actors(title, body)[-1]
