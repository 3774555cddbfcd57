"""Offices, forces and names in Chinese and Japanese text (issue 14 item 3, act67): short forms of a state's offices
and forces read as that state (`<cross-strait office>`, `<national forces>`, `<party><force>`), a name right before
a compound title the data may not hold (`<Name><service><head>`), a double-barrelled transliteration joined by a
hyphen, and force chiefs. Sentences written for these tests, in other words, states and scripts than the corpus
documents that prompted the rules; the officials are made up."""

from __future__ import annotations

import jsonschema
from helpers import actor_names_under_a_title, package_data
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.adhoc_people import names_before_title_compounds, undotted_name_after
from allyscope.entities import gazetteer
from allyscope.force_short_forms import state_short_form_spans

_actors = actor_names_under_a_title


def _names(text: str) -> set[str]:
    return {name for found in _actors(text) for name in found}


def test_the_data_keeps_its_schemas() -> None:
    forms = package_data("force_short_forms.json")
    jsonschema.validate(forms, package_data("force_short_forms.schema.json"))
    jsonschema.validate(package_data("cjk_names.json"), package_data("cjk_names.schema.json"))
    g = gazetteer()
    for form, state in [*forms["state_short_forms"].items(), *forms["party_state_words"].items()]:
        assert g.entity(state)["type"] == "state", form
    assert set(forms["after_no_ideograph"]) <= set(forms["state_short_forms"])


def test_short_forms_of_offices_and_forces_are_their_states() -> None:
    # Simplified script, other verbs than the documents'
    assert "China" in _names("2023年8月3日，国台办发言人回应称，将采取反制措施。")
    assert "Taiwan" in _names("2023年8月3日，陆委会发布新闻稿，呼吁对岸停止军事施压。")
    assert "Taiwan" in _names("2023年8月3日，国军在东部海域举行实弹射击。")
    assert "China" in _names("2023年8月3日，中共军机进入西南空域，国防部予以监控。")
    # the national forces' short form at the end of another state's name or a word: not read
    assert "Taiwan" not in _names("2023年8月3日，两国军队在达尔文举行联合演习，澳大利亚与印尼参加。")
    assert "Taiwan" not in _names("2023年8月3日，美国军舰访问马尼拉，菲律宾表示欢迎。")
    # the party word alone, or inside a word: not read
    g = gazetteer()
    assert state_short_form_spans("双方在会谈中共同表示支持。", [], g) == []
    assert state_short_form_spans("中共表示。", [], g) == []
    # covered by a mention already found: not read again
    assert state_short_form_spans("國台辦表示", [(0, 3)], g) == []


def test_a_name_before_a_compound_title() -> None:
    # Simplified: a Chinese personal name before a service's title the data does not hold
    assert "赵志远" in _names("2022年3月4日，赵志远司令员会见越南海军代表团。")
    # Traditional: before a chief of staff
    assert "黃志明" in _names("2022年3月4日，黃志明參謀長與新加坡陸軍代表會談。")
    # Japanese: a katakana name before a service and a head; a Chinese name before a vice-minister's title
    assert "サントス" in _names("2023年6月1日、ブラジルのサントス海軍参謀長が来日し、海上自衛隊と協議した。")
    assert "劉建軍" in _names("2023年6月1日、中国の劉建軍外務次官が来日し、韓国の外務次官と会談した。")


def test_a_title_before_no_name_names_nobody() -> None:
    assert not any(n.endswith("司令") for n in _names("2022年3月4日，美军司令部表示，将与菲律宾举行演习。"))
    names = _names("2022年3月4日，新任参谋长表示，将加强与越南海军合作。")
    assert not any("参谋长" in n or n.startswith("新任") for n in names)
    assert names_before_title_compounds("司令员表示", [], []) == []


def test_a_hyphenated_transliteration_after_a_title() -> None:
    text = "智利外长卡斯-莫拉表示，"
    assert undotted_name_after(text, 4) == (4, 9)
    assert "卡斯-莫拉" in _names("2023年3月1日，智利驻秘鲁大使卡斯-莫拉表示，欢迎秘鲁外长来访。")
    # one part alone, or a hyphen before no second part: the first part as before
    assert undotted_name_after("大使卡斯-表示", 2) == (2, 4)


_CJK = st.text(
    alphabet="国國台辦办陆陸委会會军軍中共海警两兩美舰艦司令员參参谋謀长長外務次官"
    "サントス赵志远表示，。\n年月日1 北京台东",
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(_CJK)
def test_state_short_form_spans_stay_inside_the_text(text: str) -> None:
    g = gazetteer()
    for start, end, state in state_short_form_spans(text, [], g):
        assert 0 <= start < end <= len(text)
        assert g.entity(state)["type"] == "state"


@settings(max_examples=200, deadline=None)
@given(_CJK)
def test_names_before_title_compounds_stay_inside_the_text(text: str) -> None:
    for start, end in names_before_title_compounds(text, [], []):
        assert 0 <= start < end <= len(text)
        assert 2 <= end - start <= 24


_HEADS = st.sampled_from(["司令员", "司令員", "參謀長", "参谋长", "外務次官", "国軍参謀総長", "海軍参謀長", "報道官"])


_AFTER = st.sampled_from(["表示", "称", "は", "が", "，", "。", ""])


@settings(max_examples=120, deadline=None)
@given(_HEADS, _AFTER, st.sampled_from(["", "，", "2023年4月2日，"]))
def test_a_title_alone_never_becomes_a_person(title: str, after: str, lead: str) -> None:
    text = lead + title + after
    assert names_before_title_compounds(text, [], []) == []
    found = _actors(text + "中方与越方举行磋商。")
    assert not any(title in name for event in found for name in event)


def test_force_chiefs_are_of_the_state_their_clause_names() -> None:
    g = gazetteer()
    # a navy's commander after another state's name: that state's title (Simplified, Traditional, Japanese)
    found = {m.alias: m.ids for m in g.match("2023年5月1日，马来西亚海军司令访问新加坡。")}
    assert found.get("海军司令") == ("MY",)
    found = {m.alias: m.ids for m in g.match("2023年5月1日，印尼空軍參謀長會見澳洲代表。")}
    assert found.get("空軍參謀長") == ("ID",)
    found = {m.alias: m.ids for m in g.match("2023年5月1日、タイ海軍司令官が来日した。")}
    assert found.get("海軍司令官") == ("TH",)
    # a chief of staff of one state's own services: that state's office, after the state's name too
    names = _names("2023年5月1日，日本航空幕僚长访问印度，会见印度空军司令。")
    assert "Japan" in names and "India" in names
