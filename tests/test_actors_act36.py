"""Actors that transfer to relations the data knows thinly (issue 14, branch act36): a state CLDR writes with a
bracket found by its prose names, a compound of abbreviations that never cuts into a longer name, capitals of
thinly known states standing for them, Kosovo in four scripts, leaders and ministers of Switzerland, Iceland and
Nepal found by office and date, deputy ministers and chiefs of defence given their state, a unit referred back
to after its service, and a summit's listed heads as its sides. Sentences written for these tests, in other words
and other languages than the dev documents that showed the gaps."""

from __future__ import annotations

from helpers import event_actor_names as _actors
from helpers import named_spans as _named

from allyscope.entities import gazetteer, holders


def test_a_state_written_with_a_bracket_by_cldr_is_found_by_its_prose_names() -> None:
    """CLDR writes `Myanmar (Burma)`, `ミャンマー (ビルマ)`: prose writes the part before the bracket or inside it."""
    g = gazetteer()
    assert g.entity("MM")["name"] == "Myanmar"
    assert ("ミャンマー", ("MM",)) in _named("ミャンマー国軍の代表団が来日した。")
    assert ("Myanmar", ("MM",)) in _named("Myanmar's junta sent an envoy.")
    assert ("ビルマ", ("MM",)) in _named("旧ビルマ時代の条約")
    # `刚果（金）` and `刚果（布）` share the part before their brackets: it names neither state
    assert not any(ids in {("CD",), ("CG",)} for _, ids in _named("代表团访问了刚果。"))


def test_a_compound_never_cuts_into_a_longer_name_that_begins_where_it_does() -> None:
    """`加德` (Canada and Germany) is the head of `加德满都`, Nepal's capital: the longer name holds."""
    assert _named("2018年8月，加德满都与北京签署协议。")[0] == ("加德满都", ("NP",))
    assert _named("外長表示，加德滿都方面歡迎。")[-1] == ("加德滿都", ("NP",))
    assert ("加德", ("CA", "DE")) in _named("加德两国防长在渥太华会晤。")  # a compound where no name covers it


def test_a_body_named_by_its_members_abbreviations_still_names_them() -> None:
    """A grouping's name that opens with its members' abbreviations (not a word spelt by sound) keeps the compound:
    the members are the actors, as before the longer-name rule (lead's merge of act36)."""
    named = _named("去年秋天，澳英美三方安全夥伴關係的第二支柱擴大到高超音速武器。")
    assert ("澳英美", ("AU", "GB", "US")) in named
    assert not any(ids == ("AUKUS",) for _, ids in named)


def test_capitals_of_thinly_known_states_stand_for_them() -> None:
    found = _actors("Pristina and Belgrade resumed talks in Brussels in June 2023.")
    assert found and {"Kosovo", "Serbia"} <= found[0]
    found = _actors("2021年5月、アスマラはアディスアベバに使節を送った。")
    assert found and {"Eritrea", "Ethiopia"} <= found[0]
    found = _actors("2009年3月，基多向利马派出特使。")
    assert found and {"Ecuador", "Peru"} <= found[0]
    found = _actors("In October 2019 Skopje and Sofia agreed to set up a joint history commission.")
    assert found and {"North Macedonia", "Bulgaria"} <= found[0]


def test_kosovo_is_named_in_four_scripts() -> None:
    for text, word in [("科索沃议会", "科索沃"), ("コソボ政府", "コソボ"), ("a Kosovar delegation", "Kosovar")]:
        assert (word, ("XK",)) in _named(text)


def test_leaders_and_ministers_of_thin_states_are_found_by_office_and_date() -> None:
    assert holders("office:ch-president", "2021-06") == ["person:parmelin"]
    assert holders("office:is-fm", "2019") == ["person:gudlaugur-thor"]
    assert holders("office:np-president", "2020-11-05") == ["person:bhandari"]
    assert holders("office:in-coas", "2021") == ["person:naravane"]
    found = _actors("On 14 June 2022 the Icelandic prime minister received the Swiss president in Reykjavik.")
    assert found and {"Iceland", "Switzerland", "Katrín Jakobsdóttir", "Ignazio Cassis"} <= found[0]
    found = _actors("2023年9月，尼泊尔总理普拉昌达在杭州会见中方领导人。")
    assert found and {"Nepal", "Pushpa Kamal Dahal"} <= found[0]


def test_deputy_ministers_and_chiefs_of_defence_take_their_state() -> None:
    found = _actors("2023年5月，越南国防部副部长访问马尼拉。")
    assert found and {"Vietnam", "Philippines"} <= found[0]
    found = _actors("In April 2022 Kenya's Chief of Defence Staff hosted his Ugandan counterpart in Nairobi.")
    assert found and {"Kenya", "Uganda"} <= found[0]
    found = _actors("2019年10月、インドの外務次官がコロンボを訪れた。")
    assert found and {"India", "Sri Lanka", "Vijay Keshav Gokhale"} <= found[0]
    found = _actors("The Nepali Army chief flew to New Delhi on 7 December 2022.")
    assert found and {"Nepal", "India", "Prabhu Ram Sharma"} <= found[0]
    assert ("總參謀長", ("RU",)) in _named("俄軍總參謀長")


def test_a_unit_referred_back_to_after_its_service_keeps_its_state() -> None:
    """`the fleet`, `该部队`, `同艦隊`: the unit named before, and so its state, not the partner alone."""
    found = _actors(
        "On 4 May 2021 the Indian Navy's Eastern Fleet reached Manila. "
        "The next day the fleet held a passage exercise with the Philippine Navy."
    )
    assert len(found) == 2 and {"India", "Philippines"} <= found[1]
    found = _actors("2013年3月，韩国维和部队韩光部队抵达南苏丹。同年5月，该部队与联合国工程兵一道修复道路。")
    assert len(found) == 2 and {"South Korea"} <= found[1]
    found = _actors(
        "2016年3月23日、タイ海軍の艦艇がシアヌークビルに寄港した。翌24日、同艦隊はカンボジア海軍と合同訓練を行った。"
    )
    assert len(found) == 2 and {"Thailand", "Cambodia"} <= found[1]


def test_a_summits_listed_heads_are_all_its_sides() -> None:
    sides = {"Cambodia", "Laos", "Myanmar", "Thailand", "Vietnam", "China"}
    for body in (
        "On 23 March 2016 the leaders of Cambodia, Laos, Myanmar, Thailand and Vietnam met Chinese Premier Li "
        "Keqiang in Sanya.",
        "2016年3月23日，柬埔寨、老挝、缅甸、泰国、越南五国领导人与李克强总理在三亚举行首次澜湄合作领导人会议。",
        "2016年3月23日、カンボジア、ラオス、ミャンマー、タイ、ベトナムの首脳が三亜で李克強首相と会談した。",
    ):
        found = _actors(body)
        assert found and sides <= found[0], body


def test_the_two_men_are_the_two_sides_named_before() -> None:
    """`the two men` after a sentence naming two states' leaders or the states: the two sides, as `the two
    leaders` is."""
    found = _actors(
        "Fiji and Tonga signed a policing pact in Suva on 3 May 2023. The next day the two men toured a base."
    )
    assert len(found) == 2 and {"Fiji", "Tonga"} <= found[1]


def test_a_summit_or_forum_named_for_a_group_of_states_brings_in_all_its_members() -> None:
    """A group of states named as one (`the five Central Asian states`, a China–Central Asia summit, the
    Lancang-Mekong forum) stands for each of its members (data `groupings`), as the Quad does."""
    central = {"Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"}
    found = _actors("In May 2023 the five Central Asian states met China's leader in Xi'an.")
    assert found and central | {"China"} <= found[0]
    found = _actors("2023年5月19日、西安で中国・中央アジア首脳会議が開かれ、各国首脳が宣言に署名した。")
    assert found and central | {"China"} <= found[0]
    found = _actors("Foreign ministers of the Lancang-Mekong Cooperation gathered in Bagan on 8 December 2022.")
    assert found and {"China", "Cambodia", "Laos", "Myanmar", "Thailand", "Vietnam"} <= found[0]
