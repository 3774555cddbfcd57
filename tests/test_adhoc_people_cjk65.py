"""People the data lacks written in Chinese or Japanese, second round (issue 14 item 3, cjkp65): a name beside an
office the data fills when no holder held it on the title's date, a name before a title no holder fills, a name in
parentheses after a title, titles the data lacked (spokespeople, chiefs of defence, a rank), a state's forces
between the state and a katakana name, `<surname>大使` and a name written without a dot named again. Sentences
written for these tests, in other words than any corpus document; the people are made up."""

from __future__ import annotations

import jsonschema
from helpers import actor_names_under_a_title, package_data
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.adhoc_people import (
    chinese_family_name,
    name_in_parentheses,
    names_in_parentheses,
    undotted_name_before_title,
    undotted_names,
)
from allyscope.entities import load_data

_data = package_data
_actors = actor_names_under_a_title


def _all(text: str) -> set[str]:
    return {name for found in _actors(text) for name in found}


def test_the_data_keeps_its_schema() -> None:
    data = _data("cjk_names.json")
    jsonschema.validate(data, _data("cjk_names.schema.json"))
    titles = load_data()["titles"]
    for word, role in (("報道官", "spokesperson"), ("国防軍司令官", "chief-of-defence")):
        assert titles[word] == role


def test_a_name_after_an_office_no_holder_held_on_its_date() -> None:
    # the data names holders of the office, but none between the end of one term and the start of the next
    found = _all("2024年5月10日，海地总理布瓦韦尔在太子港会见多米尼加外长。")
    assert {"Haiti", "布瓦韦尔"} <= found
    found = _all("2024年5月10日，海地總理布瓦韋爾在太子港會見多米尼加外長。")
    assert {"Haiti", "布瓦韋爾"} <= found
    # on a day a holder held it, a name the data lacks is most often that holder's other transliteration
    found = _all("2022年5月10日，海地总理亨利斯在太子港会见多米尼加外长。")
    assert "亨利斯" not in found and "Ariel Henry" in found


def test_the_date_read_is_the_titles_paragraphs() -> None:
    text = "2022年5月10日，海地总理亨利斯会见古巴大使。"
    end = text.index("总理") + 2
    assert undotted_names(text, [(end - 2, end, True)], []) == []
    assert undotted_names(text, [(end - 2, end, False)], []) == [(end, end + 3)]


def test_a_name_before_a_title_no_holder_fills() -> None:
    found = _all("2021年3月2日，海地的赫内斯外长在太子港会见古巴大使。")
    assert "赫内斯" in found
    found = _all("2021年3月2日，海地的赫內斯外長在太子港會見古巴大使。")
    assert "赫內斯" in found
    text = "，赫内斯外长"
    assert undotted_name_before_title(text, text.index("外长")) == (1, 4)
    # a Chinese personal name before an office's title
    text = "。钱志远部长表示"
    assert undotted_name_before_title(text, text.index("部长")) == (1, 4)


_NOT_NAMES = _data("cjk_names.json")["not_names_before_titles_zh"]
_TITLES = st.sampled_from(["外长", "总统", "外長", "國防部長", "防长", "大使", "部长", "总理", "发言人", "首相"])


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_NOT_NAMES), _TITLES, st.sampled_from(["，", "。", "", "\n"]))
def test_a_common_noun_before_a_title_never_becomes_a_person(noun: str, title: str, lead: str) -> None:
    text = lead + noun + title + "表示"
    assert undotted_name_before_title(text, len(lead) + len(noun)) is None


def test_a_name_in_parentheses_after_a_title() -> None:
    found = _all("2023年4月2日、ペルーの外相（ルシア・キスペ）が来日し、東京で日本の外相と会談した。")
    assert {"Peru", "ルシア・キスペ"} <= found
    text = "大使（山中一郎）は"
    assert name_in_parentheses(text, 2) == (3, 7)
    text = "外相（アナ＝キスペ）"
    assert name_in_parentheses(text, 2) == (3, 9)
    text = "外長（胡安·佩雷斯）"
    assert name_in_parentheses(text, 2) == (3, 9)
    # a word of another kind in parentheses names no one
    for text in ("外相（当時）", "大使（特命全権）", "首相（外務大臣）", "外相（2021年）", "外相（臨時）"):
        assert name_in_parentheses(text, 2) is None, text
    assert names_in_parentheses("当地（山中一郎）", []) == []


def test_titles_the_data_lacked_read_the_name_before_them_with_the_state() -> None:
    found = _all("2022年8月4日、ペルー政府のアナ・キスペ報道官は、チリとの協定に署名したと発表した。")
    assert {"Peru", "アナ・キスペ"} <= found
    found = _all("2022年8月4日、ガーナ国防軍のコフィ＝メンサ国防軍司令官が来日し、日本の統合幕僚長と会談した。")
    assert {"Ghana", "コフィ＝メンサ"} <= found
    found = _all("2022年8月4日，秘鲁政府发言人基斯佩表示，秘鲁已与智利签署协定。")
    assert "基斯佩" in found


def test_a_surname_before_a_title_names_the_person_named_in_full() -> None:
    assert chinese_family_name("宋立扬") == "宋" and chinese_family_name("欧阳文") == "欧阳"
    assert chinese_family_name("基斯佩") is None
    found = _actors("2022年9月1日，中国驻秘鲁大使宋立扬在利马会见秘鲁外长。同日，宋大使与秘鲁外长签署合作文件。")
    assert len(found) >= 2 and "宋立扬" in found[-1]


def test_a_name_without_a_dot_named_again_whole_with_the_titles_state() -> None:
    found = _actors("2021年3月2日，海地外长赫内斯会见古巴大使。3月4日，赫内斯在太子港会见多米尼加总统。")
    assert len(found) >= 2 and {"赫内斯", "Haiti"} <= found[-1]


_ALPHABET = "卡库博王文涛在与和，。（）会议选举府大表示举行氏同両国长当时・ア"
_CHARS = st.text(alphabet=st.sampled_from(_ALPHABET), max_size=8)


@settings(max_examples=200, deadline=None)
@given(_CHARS, _TITLES, _CHARS)
def test_spans_stay_inside_the_text_and_a_title_alone_is_no_name(before: str, title: str, after: str) -> None:
    text = before + title + after
    start, end = len(before), len(before) + len(title)
    for span in (undotted_name_before_title(text, start), name_in_parentheses(text, end)):
        if span is not None:
            a, b = span
            assert 0 <= a < b <= len(text)
            assert text[a:b] != title and not (a <= start and end <= b)
    for a, b in undotted_names(text, [(start, end, False)], [(start, end)]) + names_in_parentheses(text, [end]):
        assert 0 <= a < b <= len(text) and not (a <= start and end <= b)
    # a title alone, with nothing beside it, is never a person
    assert undotted_name_before_title(title, 0) is None and name_in_parentheses(title, len(title)) is None
    assert undotted_names(title, [(0, len(title), False)], [(0, len(title))]) == []


def test_the_last_part_of_a_dotted_name_before_a_rank_is_that_person_named_again() -> None:
    found = _actors("2023年3月1日，加纳国防军司令科菲·博阿基会见秘鲁大使。3月2日，博阿基将军访问利马。")
    assert len(found) >= 2 and "科菲·博阿基" in found[-1] and "博阿基" not in found[-1]
    # a dotted name read as no person (no title beside it) leaves the later name to the title beside it
    found = _actors("2023年9月4日，议会选举萨托·卡马拉为议长。9月5日，卡马拉总理访问利马。")
    assert "卡马拉" in found[-1]
