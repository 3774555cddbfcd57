"""Names glued to long titles and titles holding a state's name, in Chinese and Japanese text (issue 14 item 3,
act68): a Japanese name in kanji right before a compound title (`<family><given><stem>…<head>`), a name before a
title that holds a state's name or an envoy's mark and a host (`<Name><state>…<head>`, `<Name>駐<host>大使`), a name
after a post's title (`駐<host>代表<Name>`, `<office>辦事處處長<Name>`), and the person named again later by a
family name and another title. Sentences written for these tests, in other words, states and scripts than the corpus
documents that prompted the rules; the officials are made up."""

from __future__ import annotations

import jsonschema
from helpers import actor_names_under_a_title, package_data
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.adhoc_people import names_after_title_ends, names_before_title_compounds

_actors = actor_names_under_a_title


def _names(text: str) -> set[str]:
    return {name for found in _actors(text) for name in found}


def _before(text: str) -> list[str]:
    return [text[a:b] for a, b in names_before_title_compounds(text, [], [])]


def _after(text: str) -> list[str]:
    return [text[a:b] for a, b in names_after_title_ends(text)]


def test_the_data_keeps_its_schema() -> None:
    jsonschema.validate(package_data("cjk_names.json"), package_data("cjk_names.schema.json"))


def test_a_japanese_name_in_kanji_before_a_compound_title() -> None:
    # other titles, other made-up names than the documents'
    assert "田中一郎" in _names("2021年3月5日、田中一郎防衛審議官は来日したインドネシア国防省幹部と会談した。")
    assert "佐藤健太" in _names("2019年10月2日、佐藤健太統合幕僚長はベトナム人民軍総参謀長と電話会談を行った。")
    assert _before("は、高橋真一外務事務次官と") == ["高橋真一"]
    # the name is cut where the title begins, a particle or a stop before it
    assert _before("2020年、山本和也外務次官が訪問した。") == ["山本和也"]


def test_a_name_before_a_title_holding_a_state() -> None:
    # a Korean name in kanji before `<state><ministry><stem><head>`, a katakana name before `駐<host><state>大使`
    assert "朴成民" in _names("2021年5月7日、朴成民韓国外交部第二次官はインドの外務次官と協議した。")
    assert "マリア・ロペス" in _names("2022年4月1日、マリア・ロペス駐日スペイン大使は防衛省を訪れた。")
    # an envoy's mark and a host's one-character short form
    assert "小林直樹" in _names("2018年6月1日、小林直樹駐英大使はロンドンで講演した。")


def test_runs_that_are_words_are_no_names() -> None:
    assert _before("歴代統合幕僚長が出席した。") == []
    assert _before("、会談後統合幕僚長は述べた。") == []  # a word of time ends the run
    assert _before("は特命全権大使として") == []  # a head alone: a run of kanji is as often a word
    assert _before("次回外務次官協議を") == []  # a meeting of the office, no title
    assert _before("外交部外交部外交部外交部外交部次官は") == []  # the title's own words
    # a Chinese text reads no run of kanji (only a Chinese personal name)
    assert _before("就此向德国大使提出交涉。") == []


def test_a_family_name_before_another_title_names_the_person_named_in_full() -> None:
    text = "2023年3月1日、林正和外務事務次官はフィンランド外務次官と会談した。\n\n3月2日、林次官は講演した。"
    assert "林正和" in {name for event in _actors(text)[1:] for name in event}
    text = "2021年5月7日、朴成民韓国外交部第二次官は協議した。\n\n同月8日、朴第二次官はデリーで記者会見を行った。"
    later = _actors(text)[1:]
    assert later and "朴成民" in later[0]
    assert not any("朴第二" in name for event in later for name in event)


def test_a_name_after_a_post_title() -> None:
    # Traditional and Simplified script, other hosts and offices
    assert _after("我國駐法代表王大明昨日表示") == ["王大明"]
    assert _after("美国在台协会台北办事处处长张志明当天表示") == ["张志明"]
    assert _after("日本台灣交流協會高雄事務所所長林正雄出席") == ["林正雄"]
    assert "王大明" in _names("2022年9月1日，我國駐法代表王大明在巴黎會見法國國會議員。")
    # the post's word alone is a verb or another noun: not read
    assert _after("代表团团长表示") == []
    assert _after("他代表本国政府表示") == []


_TEXT = st.text(
    alphabet=st.sampled_from(
        list("森林田中一郎健外務事務次官駐日英大使韓国第二代表處長辦事所は、。の会談後統合幕僚長")
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_spans_stay_inside_the_text(text: str) -> None:
    for start, end in [*names_before_title_compounds(text, [], []), *names_after_title_ends(text)]:
        assert 0 <= start < end <= len(text)


_TITLES = st.sampled_from(
    ["外務事務次官", "防衛審議官", "統合幕僚長", "駐英大使", "外交部第二次官", "駐法代表", "辦事處處長", "事務所代表"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_TITLES, min_size=1, max_size=3), st.sampled_from(["", "、", "は、", "2023年4月2日、"]))
def test_a_title_alone_never_becomes_a_person(titles: list[str], lead: str) -> None:
    text = lead + "".join(titles) + "は述べた。"
    assert names_before_title_compounds(text, [], []) == []
    assert names_after_title_ends(text) == []
    found = _actors(text)
    assert not any(title in name for event in found for name in event for title in titles)
