"""People and titles in Chinese and Japanese text (issue 14 item 3, act69): a Japanese or Korean name written in
ideographs after a post's title in a Chinese text (`<state><post><family><given>`), a known person named outside
their terms beside a post's title (their own state), and an office glued to a known person's name (that person's
title: no other holder of the day inferred). Sentences written for these tests, in other words, states, people and
scripts than the corpus documents that prompted the rules; the officials without a known name are made up."""

from __future__ import annotations

import jsonschema
from helpers import actor_names_under_a_title, package_data
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.adhoc_people import kanji_name_after_post, names_after_title_ends
from allyscope.entities import EntityMention, gazetteer, holders

_actors = actor_names_under_a_title


def _names(text: str) -> set[str]:
    return {name for found in _actors(text) for name in found}


def _after(text: str) -> list[str]:
    return [text[a:b] for a, b in names_after_title_ends(text)]


def test_the_data_keeps_its_schema() -> None:
    jsonschema.validate(package_data("cjk_names.json"), package_data("cjk_names.schema.json"))


def test_a_korean_or_japanese_name_after_a_post_in_chinese_text() -> None:
    # a Korean name with no Chinese family name, after a speaker's title of a parliament
    assert "禹元植" in _names("2023年9月20日，韩国国会议长禹元植在首尔会见越南国会代表团。")
    # a Japanese name after a house's speaker, cut where the post ends (closed by a word that ends a name)
    assert _after("日本参议院议长山田健一表示欢迎。") == ["山田健一"]
    # a given name's character that is also a stop (`与`), closed by a word that ends a name
    assert _after("韩国国会议员李与贤发表讲话。") == ["李与贤"]
    # a post of an association (`会长`) ends a title too
    assert _after("日本经济团体联合会会长森川一郎率团访问河内。") == ["森川一郎"]


def test_no_name_where_the_post_is_not_of_an_ideograph_writing_state() -> None:
    # a state whose people's names Chinese transliterates: a run of ideographs after its post is no name
    assert kanji_name_after_post("英国议会议员山田健一表示", 6) is None
    # a word after the title (two characters) or a run ending in a word of a body is no name
    assert _after("日本首相官邸发表声明。") == []
    assert _after("日本防卫大臣办公厅表示。") == []
    # a Japanese text writes its names before a title: nothing is read after one
    assert kanji_name_after_post("日本参議院議長山田健一が述べた。", 7) is None


def test_a_known_person_outside_their_terms_beside_a_post_is_of_their_state() -> None:
    # a party's post in a Chinese text, the name after it, a year the person held no office of the data
    assert {"Japan", "Shigeru Ishiba"} <= _names("2014年6月2日，日本自民党干事长石破茂访问河内。")
    assert {"Japan", "Shigeru Ishiba"} <= _names("2014年6月2日，自民党干事长石破茂访问河内。")
    # a member of parliament in Japanese, the name before the title
    assert {"Japan", "Taro Kono"} <= _names("2010年2月3日、河野太郎衆院議員がソウルを訪れた。")
    # another state's politician before their first term
    assert {"South Korea", "Moon Jae-in"} <= _names("2015年3月1日，国会议员文在寅访问东京。")


def test_a_post_of_another_state_or_body_brings_no_state() -> None:
    # the title's compound names another state: the post is not one of the person's state, whose state stays out
    found = _names("2010年2月3日，韩国国会议员河野太郎访问首尔。")
    assert "Taro Kono" in found
    assert "Japan" not in found


def test_an_office_glued_to_a_known_name_infers_no_other_holder() -> None:
    # a person who never held the office, named with it on a day another held it
    day = "2016-05-01"
    others = {gazetteer().entity(p)["name"] for p in holders("office:jp-dm", day)}
    assert others
    zh = _names("2016年5月1日，日本防卫大臣茂木敏充访问河内。")
    ja = _names("2016年5月1日、茂木敏充防衛相がハノイを訪れた。")
    for found in (zh, ja):
        assert {"Toshimitsu Motegi", "Japan"} <= found
        assert not others & found


def test_states_of_titled_people_without_dates_adds_nothing() -> None:
    from allyscope.person_references import states_of_titled_people

    text = "自民党干事长石破茂访问河内。"
    mentions = [EntityMention(6, 9, "石破茂", ("person:ishiba",))]
    assert states_of_titled_people(text, mentions, gazetteer()) == mentions
    added = states_of_titled_people(text, mentions, gazetteer(), lambda _at: "2014-06-02")
    assert [(m.alias, m.ids) for m in added if m.basis == "person-post"] == [("干事长", ("JP",))]
    # in a term of theirs: the office brings its state, nothing is added
    assert states_of_titled_people(text, mentions, gazetteer(), lambda _at: "2025-01-10") == mentions


_CJK = st.text(
    alphabet=st.sampled_from(list("日本韩国朝鲜议长会长部长副总裁干事长山田健一与表示发表会见在。，、の氏が")),
    max_size=30,
)
_TITLES = st.sampled_from(["议长", "会长", "部长", "副部長", "总裁", "议员", "首相", "大使"])


@settings(max_examples=200, deadline=None)
@given(_CJK, _TITLES, _CJK)
def test_kanji_names_after_posts_stay_inside_the_text(before: str, title: str, after: str) -> None:
    text = before + title + after
    end = len(before) + len(title)
    span = kanji_name_after_post(text, end)
    if span is not None:
        a, b = span
        assert a == end and end < b <= len(text)
        assert 3 <= b - a <= 4
    for a, b in names_after_title_ends(text):
        assert 0 <= a < b <= len(text)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["日本", "韩国", "朝鲜", "中国", ""]), _TITLES, st.sampled_from(["", "。", "表示", "会见"]))
def test_a_title_alone_never_becomes_a_person(state: str, title: str, tail: str) -> None:
    text = state + title + tail
    assert kanji_name_after_post(text, len(state) + len(title)) is None
    assert all(text[a:b] not in (title, state + title) for a, b in names_after_title_ends(text))


@settings(max_examples=100, deadline=None)
@given(_CJK, st.sampled_from(["2014-06-02", "2025-01-10", "2014", None]))
def test_states_of_titled_people_never_raise(text: str, day: str | None) -> None:
    from allyscope.person_references import states_of_titled_people

    g = gazetteer()
    mentions = g.match_names(text)
    out = states_of_titled_people(text, mentions, g, (lambda _at: day) if day else None)
    assert all(0 <= m.start < m.end <= len(text) for m in out)
    assert all(m in out for m in mentions)


def test_a_name_as_written_after_a_states_post_keeps_the_state_when_named_again() -> None:
    # `<state><body><post>の<Name>氏`, then `<family>氏` alone in the next sentence: the person and the post's state
    events = _actors("韓国国会議長の金明洙氏は2023年5月3日、東京を訪れた。金氏は同月4日に大阪で講演した。")
    assert len(events) == 2
    assert all({"金明洙", "South Korea"} <= found for found in events)
    # a post of a body that names no state: no state is carried with the name
    events = _actors("国際協会会長の森本健一氏は2023年5月3日、東京を訪れた。森本氏は同月4日に大阪で講演した。")
    assert events and all("South Korea" not in found for found in events)
