"""Actors carried across sentences (issue 14, ana57): a chain of subject pronouns keeps its subject across
paragraphs; a state referred back to (同国, 该国) right after a state named as the place of the act is that state,
and a bare title glued to it is that state's office; English possessives name the person a `he` would, unless a
noun of a person follows; a name in ideographs the data lacks, written before a title, gives the family name a
later title is read with. Sentences written for these tests, in other words than the corpus documents."""

from __future__ import annotations

from allyscope.entities import gazetteer


def _read(text: str) -> list[tuple[str, set[str], str]]:
    g = gazetteer()
    return [
        (text[m.start : m.end], {g.entity(i)["name"] for i in m.ids if i in g.entities}, m.basis) for m in g.match(text)
    ]


def _named(text: str, written: str) -> list[set[str]]:
    return [names for span, names, _ in _read(text) if span == written]


def test_a_subject_pronoun_goes_on_with_the_subject_across_a_paragraph() -> None:
    text = (
        "2019年4月20日，印度尼西亚总统佐科抵达东京。次日，他与安倍晋三首相举行会谈。\n\n"
        "同月下旬，他前往北京，出席论坛。"
    )
    # the second 他 is the visitor the first one was, not the prime minister its sentence named by name
    assert _named(text, "他") == [{"Joko Widodo"}, {"Joko Widodo"}]


def test_a_pronoun_after_a_title_and_a_name_is_the_person_not_the_office() -> None:
    text = "2022年8月3日，总理普拉昌达抵达新德里。次日，他出席了招待会。"
    assert _named(text, "他") == [{"Pushpa Kamal Dahal"}]


def test_a_state_referred_back_after_the_place_of_the_act_is_that_place() -> None:
    text = "日本の外務大臣は2023年5月10日にペルーを訪れ、同国外相と会談した。"
    assert _named(text, "同国") == [{"Peru"}]
    assert _named(text, "外相") == [{"Minister of Foreign Affairs of Peru"}]
    # a state named as the subject or topic is still another than the one referred back to
    text = "2023年5月、フィリピンの大統領が来日した。日本は同国と協定に署名した。"
    assert _named(text, "同国") == [{"Philippines"}]


def test_a_chinese_state_referred_back_after_a_verb_of_going() -> None:
    text = "2016年9月，越南总理访问印度，这是越南总理十年来首次访问该国。"
    assert _named(text, "该国") == [{"India"}]


def test_a_possessive_names_the_person_a_he_would() -> None:
    text = "President Joko Widodo reached Canberra on 4 July 2023. His talks with Anthony Albanese covered trade."
    assert _named(text, "His") == [{"Joko Widodo"}]


def test_a_possessive_before_a_noun_of_a_person_names_no_one_and_is_no_antecedent() -> None:
    text = (
        "Prime Minister Shinzo Abe left office in 2020. His successor Yoshihide Suga met President Joe Biden in "
        "April 2021, and he stayed two days."
    )
    assert _named(text, "His") == []
    assert _named(text, "he") == [{"Yoshihide Suga"}]


def test_a_name_the_data_lacks_before_a_title_is_read_again_by_its_family_name() -> None:
    text = "2023年6月，秘魯的卡馬喬總統抵達台北。次日，卡總統出席簽字儀式。"
    read = _named(text, "卡總統")
    assert len(read) == 1 and "President of Peru" in read[0]
    # without the name written in full before, a family name with a title names no one
    assert _named("2023年6月，卡總統出席簽字儀式。", "卡總統") == []


def test_a_state_named_as_the_agent_is_no_place() -> None:
    text = "2022年9月、ペルーによる攻撃に際し、国連は同国への支援を見送った。"
    assert _named(text, "同国") != [{"Peru"}]


def test_a_family_name_and_title_with_no_full_mention_is_the_one_holder_that_fits() -> None:
    text = "2023年3月，宏都拉斯宣布與台灣斷交。同月稍後，吳部長召開記者會說明經過。"
    assert _named(text, "吳部長") == [{"Joseph Wu"}]
    # two holders of that family name among the states the text names: no one is guessed
    text = "2024年9月，日本與台灣的官員在東京會面。林部長隨後發表談話。"
    assert _named(text, "林部長") == []
    # no state named: nobody to choose among
    assert _named("同月稍後，吳部長召開記者會說明經過。", "吳部長") == []
