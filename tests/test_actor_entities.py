"""Actors reached through what an entity belongs to or is between (gazetteer `part_of`, `parties`): a service of
a state's forces named without the state, a multinational exercise, a ship class built by a state, an award
between two parties. Sentences written for these tests."""

from __future__ import annotations

from helpers import event_actor_names as _actors

from allyscope.entities import gazetteer


def test_a_branch_of_the_self_defense_forces_named_without_its_state() -> None:
    found = _actors("In October 2019 an Air Self-Defence Force squadron trained with Indian pilots in Agra.")
    assert found and {"Japan Air Self-Defense Force", "Japan", "India"} <= found[0]
    found = _actors("In May 2016 a Ground Self-Defense Force unit joined a drill in Hawaii.")
    assert found and "Japan Ground Self-Defense Force" in found[0]


def test_an_exercise_brings_in_the_states_that_hold_it() -> None:
    found = _actors("2019年10月，加拿大海军首次观摩马拉巴尔演习。")
    assert found and {"India", "United States", "Canada"} <= found[0]
    found = _actors("In July 2018, Singapore sent fighters to Exercise Pitch Black.")
    assert found and {"Australia", "Singapore"} <= found[0]


def test_a_ship_class_brings_in_the_state_that_builds_it() -> None:
    found = _actors("2024年11月，新西兰国防部表示关注最上级护卫舰。")
    assert found and {"Japan", "New Zealand"} <= found[0]


def test_an_award_brings_in_the_parties_to_it() -> None:
    found = _actors("In March 2021 Vietnam cited the South China Sea arbitration in a note to the United Nations.")
    assert found and {"Philippines", "China", "Vietnam"} <= found[0]


def test_a_state_named_by_its_demonym_is_an_actor() -> None:
    found = _actors("In July 2020 the Portuguese and Norwegian defence ministers met in Oslo.")
    assert found and {"Portugal", "Norway"} <= found[0]
    found = _actors("In May 2021 a Turkish frigate joined a Greek drill.")
    assert found and {"Türkiye", "Greece"} <= found[0]


def test_the_two_navies_stand_for_the_two_states_named_before() -> None:
    body = "Chile and Peru held talks in 2014. In May 2016 the two navies signed a search and rescue arrangement."
    found = _actors(body)
    assert len(found) == 2 and {"Chile", "Peru"} <= found[1]


def test_equipment_brings_in_the_state_that_makes_it() -> None:
    found = _actors("In April 2019 the Indian cabinet cleared the purchase of Rafale fighters.")
    assert found and {"India", "France"} <= found[0]
    found = _actors("2022年8月，波兰与韩国签署K2坦克采购合同。")
    assert found and {"Poland", "South Korea"} <= found[0]


def test_a_japanese_family_name_with_a_title_names_the_office_holder() -> None:
    """`ウォン外相`: the family name of a person the data writes `ペニー・ウォン` and a title name that person, whose
    office on the date brings the state in; an unknown name with a title stays without a state."""
    found = _actors("2022年12月、ウォン外相が北京を訪問した。")
    assert {"Australia", "Penny Wong"} <= found[0]
    found = _actors("2022年12月、ヤマダ外相が北京を訪問した。")
    assert "Australia" not in found[0]


def test_a_chinese_family_name_of_three_characters_names_the_person() -> None:
    """`杜特尔特政府`: the family name of a person the data writes `罗德里戈·杜特尔特` names that person."""
    found = _actors("2020年2月，杜特尔特政府通知美方终止《访问部队协定》。")
    assert {"Philippines", "Rodrigo Duterte", "United States"} <= found[0]


def test_a_major_city_names_its_state_as_the_place_of_an_act() -> None:
    """states.json 'cities': a port or city of one state, visited by the other side, brings its state in."""
    found = _actors("In June 2017 a Canadian frigate called at Pusan for a port visit.")
    assert found and {"Canada", "South Korea"} <= found[0]
    found = _actors("2018年4月，印度国防部长访问墨尔本。")
    assert found and {"India", "Australia"} <= found[0]
    found = _actors("2019年5月，菲律賓海軍艦艇停靠橫須賀港。")
    assert found and {"Philippines", "Japan"} <= found[0]
    found = _actors("2022年7月、インドの駆逐艦がダナンに寄港した。")
    assert found and {"India", "Vietnam"} <= found[0]


def test_a_city_is_matched_as_a_metonym_and_a_shared_name_stays_out() -> None:
    found = gazetteer().match("The minister flew to Honolulu, then to New York.")
    assert [(m.alias, m.ids, m.basis) for m in found] == [("Honolulu", ("US",), "metonym")]


def test_an_english_title_with_one_word_of_a_name_names_the_office_holder() -> None:
    """`President Yoon`, in capitals too: the title of an office the person held, then the family name."""
    found = _actors("In July 2023 President YOON flew to Vilnius for the allied summit.")
    assert found and {"Yoon Suk Yeol", "South Korea"} <= found[0]
    g = gazetteer()
    assert [m.ids for m in g.match("Prime Minister Yoon spoke.")] != [("person:yoon-suk-yeol",)]  # not his office
