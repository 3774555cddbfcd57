"""Titles, offices and speakers in Chinese and Japanese text (issue 14 item 3, act66): a family name with a title
named again after the full name (`<family>外务相`, `<family>发言人`), a name after a word for a spokesperson
(`<office>发言人<Name>表示`), a name closed before an end word (`<Name>称`), and the short forms of a state's
services (`海自`, `空自`, `陸自`, `<state>空自`). Sentences written for these tests, in other words, states and
scripts than the corpus documents that prompted the rules; the spokespeople are made up."""

from __future__ import annotations

import jsonschema
from helpers import actor_names_under_a_title, package_data
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.adhoc_people import names_after_speaker_words, titles_after_family_names, undotted_name_after
from allyscope.entities import gazetteer
from allyscope.force_short_forms import short_form_spans

_actors = actor_names_under_a_title
_SPOKESPERSON_ZHS = "2023年4月2日，国防部新闻发言人钱永利表示，中方反对有关演习。"
_AMBASSADOR_JA = "2024年3月5日、駐フィジー大使の小林弘之氏が同国首相と会談した。"


def test_the_data_keeps_its_schemas() -> None:
    jsonschema.validate(package_data("cjk_names.json"), package_data("cjk_names.schema.json"))
    forms = package_data("force_short_forms.json")
    jsonschema.validate(forms, package_data("force_short_forms.schema.json"))
    g = gazetteer()
    for form, ident in forms["short_forms"].items():
        assert g.entity(ident)["type"] == "force", form
        assert g.entity(ident).get("part_of") in g.entities, form
    assert "外务相" in titles_after_family_names()


def test_a_family_name_and_title_name_the_person_again() -> None:
    # a minister the data knows, named again by the family name and a title the older list lacked
    events = _actors("2019年2月27日，越南外长范平明在河内会见朝鲜外务相李勇浩。李外务相次日前往北京。")
    assert {"Ri Yong Ho", "North Korea"} <= events[-1]
    # a spokesperson the data lacks, named as written, then by family name and the word for a spokesperson
    events = _actors(_SPOKESPERSON_ZHS + "4月3日，钱发言人又称，中方将采取必要措施。")
    assert all("钱永利" in found for found in events)
    # Traditional script
    events = _actors(
        "2023年4月2日，國防部新聞發言人錢永利表示，我方反對有關演習。4月3日，錢發言人又稱，將採取必要措施。"
    )
    assert all("錢永利" in found for found in events)


def test_a_family_name_before_a_title_names_nobody_without_a_full_name() -> None:
    events = _actors("2023年4月3日，钱发言人称，中方将采取必要措施。")
    assert not any(name.startswith("钱") for found in events for name in found)


def test_a_name_after_a_word_for_a_spokesperson() -> None:
    text = "，海警局新闻发言人钱永利宣布"
    assert names_after_speaker_words(text) == [(text.index("钱"), text.index("宣"))]
    # the speaker line of a briefing names no one
    assert names_after_speaker_words("发言人：中方对此表示关切。") == []
    assert names_after_speaker_words("外交部发言人答记者问时表示") == []
    # Japanese writes its own names before a title: not read there
    assert "钱永利" not in {n for f in _actors("2023年4月2日、報道官発言人钱永利は述べた。") for n in f}


def test_a_name_ends_before_an_end_word() -> None:
    text = "部长钱永称，"
    assert undotted_name_after(text, 2) == (2, 4)
    text = "發言人錢永答："
    assert undotted_name_after(text, 3) == (3, 5)
    text = "部长钱永利表示，"
    assert undotted_name_after(text, 2) == (2, 5)


def test_short_forms_of_services() -> None:
    found = _actors("2023年5月10日、陸自の部隊がインドネシア軍と共同訓練を行った。")
    assert {"Japan Ground Self-Defense Force", "Japan"} <= found[0]
    found = _actors("2023年5月10日，印尼海軍與日本空自戰機在南海上空舉行演練。")
    assert {"Japan Air Self-Defense Force", "Japan"} <= found[0]
    # a word that ends before the short form's first character, or opens with its second
    found = _actors("2023年5月10日、ベトナム海軍が公海自由の原則を確認した。")
    assert "Japan Maritime Self-Defense Force" not in found[0]
    found = _actors("2024年7月1日，南海自古以来是中国领土，中方与菲律宾举行磋商。")
    assert "Japan" not in found[0] and "Japan Maritime Self-Defense Force" not in found[0]
    # a Chinese text without the state's name before it: not read
    assert short_form_spans("越方称海自舰艇抵达。", [], gazetteer()) == []
    # the full name is read once, not again as its short form
    text = "航空自衛隊は訓練を行った。"
    assert short_form_spans(text, [(0, 5)], gazetteer()) == []


_CJK = st.text(alphabet="海自空陸陆日本公航由衛隊のはを发言人钱永利称答表示，。国防部新闻外务相李", max_size=40)


@settings(max_examples=200, deadline=None)
@given(_CJK)
def test_short_form_spans_stay_inside_the_text(text: str) -> None:
    for start, end, ident in short_form_spans(text, [], gazetteer()):
        assert 0 <= start < end <= len(text)
        assert ident.startswith("force:")


@settings(max_examples=200, deadline=None)
@given(_CJK)
def test_names_after_speaker_words_stay_inside_the_text(text: str) -> None:
    for start, end in names_after_speaker_words(text):
        assert 0 <= start < end <= len(text) and 2 <= end - start <= 6


_TITLES = st.sampled_from(["发言人", "發言人", "外务相", "外務相", "司令", "补佐官", "国务委员", "主委", "署長"])
_AFTER = st.sampled_from(["表示", "称", "答", "指出", "，", "。", "强调", ""])


@settings(max_examples=120, deadline=None)
@given(_TITLES, _AFTER, st.sampled_from(["", "，", "2023年4月2日，"]))
def test_a_title_alone_never_becomes_a_person(title: str, after: str, lead: str) -> None:
    text = lead + title + after
    assert names_after_speaker_words(text) == []
    found = _actors(text + "中方与越方举行磋商。")
    assert not any(name == title or name.startswith(title) for event in found for name in event)


def test_a_japanese_name_in_kanji_named_again_by_family_name_and_title() -> None:
    events = _actors(_AMBASSADOR_JA + "翌6日、小林大使は同国外相とも会談した。")
    assert "小林弘之" in events[-1]
    # a family name of three characters in a name of five
    events = _actors(
        "2024年3月5日、在トンガ大使の佐々木正和氏が同国首相と会談した。翌6日、佐々木大使は同国外相とも会談した。"
    )
    assert "佐々木正和" in events[-1]
    # no name in full before: the family name and title name nobody
    events = _actors("2024年3月6日、小林大使はトンガの外相と会談した。")
    assert not any(name.startswith("小林") for found in events for name in found)


def test_honorifics_after_a_family_name() -> None:
    events = _actors(_AMBASSADOR_JA + "翌6日、小林さんは同国外相とも会談した。")
    assert "小林弘之" in events[-1]
    events = _actors(_SPOKESPERSON_ZHS + "4月3日，钱先生又称，中方将采取必要措施。")
    assert all("钱永利" in found for found in events)


def test_another_states_foreign_ministry_spokesperson_is_that_states() -> None:
    # the data gives the bare office's name to one state's spokesperson; after another state's name it is that
    # state's (state_bodies 'kind_names'), never the one the data gives it
    names = {n for f in _actors("2024年10月22日，越南外交部发言人表示，越方向马来西亚方面提出交涉。") for n in f}
    assert "Vietnam" in names and not any(n.startswith("Spokesperson of") for n in names)
    names = {n for f in _actors("2024年10月22日，印尼外交部發言人表示，印尼方面與越南達成協議。") for n in f}
    assert "Indonesia" in names and not any(n.startswith("Spokesperson of") for n in names)
    # the office's own state before it: still that office
    names = {n for f in _actors("2024年10月22日，中国外交部发言人表示，中方与越方达成协议。") for n in f}
    assert any(n.startswith("Spokesperson of") for n in names)
