"""People the data lacks written in Chinese or Japanese without a middle dot (issue 14 item 3, cjkp64): a Chinese
personal name or a transliterated foreign name beside a Chinese title, after the end of an office's Chinese name,
and a Japanese name in kanji before 氏, named as written; the language data they read (data/cjk_names.json) keeps
its schema. Sentences written for these tests, in other words than any corpus document; the people are made up."""

from __future__ import annotations

import jsonschema
from helpers import actor_names_under_a_title, package_data
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.adhoc_people import (
    kanji_names_before_shi,
    names_after_title_ends,
    undotted_name_after,
    undotted_name_before,
)
from allyscope.entities import gazetteer

_data = package_data
_actors = actor_names_under_a_title


def test_the_data_keeps_its_schema_and_names_no_case() -> None:
    data = _data("cjk_names.json")
    jsonschema.validate(data, _data("cjk_names.schema.json"))
    g = gazetteer()
    # language data: no entry is a name the gazetteer holds (a state, a person, a body)
    for word in data["surnames_zh"] + data["name_end_words_zh"]:
        assert not [m for m in g.match(word) if m.alias == word and m.ids], word


def test_a_transliterated_name_after_a_states_title_in_either_script() -> None:
    # offices whose holders the data lacks: the name beside the title is the person's
    found = _actors("2022年6月8日，玻利维亚外长布斯蒂略在拉巴斯会见博茨瓦纳外长。")
    assert found and {"Bolivia", "Botswana", "布斯蒂略"} <= found[0]
    found = _actors("2022年6月8日，玻利維亞外長布斯蒂略與博茨瓦納外長舉行會談。")
    assert found and {"Bolivia", "布斯蒂略"} <= found[0]


def test_a_name_beside_a_title_whose_holders_the_data_names_is_left_to_the_title() -> None:
    # a transliteration the data lacks of a holder it knows would otherwise stand in for that holder
    found = _actors("2023年5月4日，日本首相岸田文雄会见澳大利亚总理阿尔班尼斯。")
    assert found and "阿尔班尼斯" not in found[0] and "Anthony Albanese" in found[0]


def test_a_chinese_personal_name_after_an_office_the_data_lacks() -> None:
    found = _actors("2021年11月2日，农业农村部部长钱志远在北京会见老挝农业部长。")
    assert found and "钱志远" in found[0]
    found = _actors("2021年11月2日，中国驻老挝大使欧阳文和老挝外长举行会谈。")
    assert found and {"欧阳文", "Laos"} <= found[0]


def test_a_title_followed_by_a_word_of_another_kind_names_no_one() -> None:
    for text in (
        "2024年5月6日，秘鲁总统大选举行。",
        "2024年5月6日，两国外长会议在利马举行。",
        "2024年5月6日，秘鲁总统府发表声明。",
        "2024年5月6日，两国部长级磋商在利马举行。",
    ):
        names = [n for a in _actors(text) for n in a]
        assert not any(len(n) <= 5 and all("\u3400" <= c <= "\u9fff" for c in n) for n in names), text


def test_spans_of_the_shapes() -> None:
    text = "会见乌拉圭外长布斯蒂略表示"
    end = text.index("外长") + 2
    assert undotted_name_after(text, end) == (end, end + 4)
    text = "并同钱志远外长会谈"
    assert undotted_name_before(text, text.index("外长")) == (2, 5)
    assert undotted_name_before("并同布斯蒂略外长会谈", 6) is None  # a transliteration before a title: the title's
    text = "商务部部长钱志远在会上"
    assert names_after_title_ends(text) == [(5, 8)]
    assert undotted_name_after("总统大选", 2) is None
    assert undotted_name_after("外长会议", 2) is None


def test_a_japanese_name_in_kanji_before_shi() -> None:
    text = "防衛省の佐藤健一氏は、同氏の見解として、両氏が一致したと述べた。"
    assert [text[a:b] for a, b in kanji_names_before_shi(text)] == ["佐藤健一"]
    assert kanji_names_before_shi("王氏家族の歴史") == []
    found = _actors("2021年3月2日、外務省の佐藤健一氏はリマでペルーの外相と会談した。")
    assert found and {"Peru", "佐藤健一"} <= found[0]


_TITLES = st.sampled_from(["外长", "总统", "外長", "國防部長", "防长", "大使", "部长", "総督", "首相", "外相"])
_CHARS = st.text(alphabet=st.sampled_from("卡库博王文涛在与和，。会议选举府大表示举行氏同両国长"), max_size=8)


@settings(max_examples=200, deadline=None)
@given(_CHARS, _TITLES, _CHARS)
def test_spans_stay_inside_the_text_and_a_title_alone_is_no_name(before: str, title: str, after: str) -> None:
    text = before + title + after
    start, end = len(before), len(before) + len(title)
    for span in (undotted_name_after(text, end), undotted_name_before(text, start)):
        if span is not None:
            a, b = span
            assert 0 <= a < b <= len(text)
            assert text[a:b] != title and not (a <= start and end <= b)
    for a, b in names_after_title_ends(text) + kanji_names_before_shi(text):
        assert 0 <= a < b <= len(text)
    # a title alone, with nothing beside it, is never a person
    assert undotted_name_after(title, len(title)) is None and undotted_name_before(title, 0) is None
