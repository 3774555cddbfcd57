"""Actors in Chinese pages whose only word of their own state is how they name their own people (issue 14 class
4, act72). Sentences written for these tests, about pairs and in words that no corpus document uses.

- a record whose title opens with a ministry alone (`外交部新闻稿`, `外交部例行記者會`) names its own ministry's
  people with the bare ministry glued before them (`外交部长<name>`, `外交部<name>部長`, `外交部政務次長<name>`) and
  its own officials by a title with nothing before it but a clause's opening (`。部长<name>…`, `答：<name>總統…`):
  when the people of the gazetteer so named are all of one state, its `我国`, `我國` are that state;
- another state's people, named with their state before the ministry or title (`<state>外交部長<name>`) or inside a
  clause (`並與總統<name>`), tell nothing; people of two states so named tell nothing; a page whose title names no
  ministry is not read so (never a default state, and the script is no state).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import extract
from allyscope.discourse import _opens_clause, _own_holders_state, _speakers
from allyscope.entities import gazetteer


def _own(text: str) -> set[str]:
    """The states the page's `我国`/`我國` were read as."""
    g = gazetteer()
    return {
        g.entity(i)["name"]
        for m in extract(text).entities
        if m.alias in ("我国", "我國") and m.basis == "speaker"
        for i in m.ids
    }


def test_the_ministry_glued_to_its_minister_tells_the_page_s_state() -> None:
    """`外交部林佳龍部長` (the ministry, the name, the title): the bare ministry's minister is Taiwan's."""
    text = (
        "外交部新聞稿\n\n發布日期：2025年3月4日\n\n"
        "智利參議院友台小組訪問團今日抵達，外交部林佳龍部長於晚間設宴款待。"
        "訪問團成員表示，我國的民主發展令人印象深刻。\n"
    )
    assert _own(text) == {"Taiwan"}


def test_a_simplified_page_with_its_minister_named_bare() -> None:
    """The same reading on a Simplified page: `外交部长王毅` after a bare ministry is China's minister."""
    text = "外交部新闻稿\n\n3月12日，外交部长王毅在北京会见来访的塞尔维亚外长。王毅表示，我国愿同塞方深化各领域合作。\n"
    assert _own(text) == {"China"}


def test_a_minister_by_title_opening_a_clause() -> None:
    """`。部長<name>曾…`: a title with nothing before it but a clause's opening names the page's own minister."""
    text = (
        "外交部例行記者會答問紀要\n\n日期：2025年1月14日\n\n"
        "答：我國與智利的經貿往來持續成長。部長林佳龍曾於去年12月會見智利訪問團。\n"
    )
    assert _own(text) == {"Taiwan"}


def test_another_state_s_minister_named_with_the_state_tells_nothing() -> None:
    """`中國外交部長王毅`: a ministry after a state's name is that state's, said as another's would be."""
    text = "外交部例行記者會答問紀要\n\n日期：2025年1月14日\n\n答：中國外交部長王毅近日訪問智利，我國對此表示關切。\n"
    assert _own(text) == set()


def test_people_of_two_states_named_bare_tell_nothing() -> None:
    """A page naming one state's minister and another state's leader each bare gives no state."""
    text = "外交部例行記者會\n\n答：外交部林佳龍部長上週會見訪問團。部长王毅亦曾表示關切。我國將持續關注。\n"
    assert _own(text) == set()


def test_a_title_naming_no_ministry_is_not_read_so() -> None:
    """A brief's title (`…簡報`) is no ministry's record: its `我國` stays nobody's however its people are named."""
    text = "臺智關係簡報\n\n第3期\n\n外交部林佳龍部長曾表示，我國重視與智利的關係。\n"
    assert _own(text) == set()


def test_opens_clause() -> None:
    """A clause opens at the text's start and after a mark or a speaker's label, not after a preposition."""
    assert _opens_clause("答：部長", 2)
    assert _opens_clause("部長", 0)
    assert not _opens_clause("並與總統", 2)


@settings(max_examples=40, deadline=None)
@given(body=st.text(alphabet="外交部长林佳龍部長王毅我国國與，。：答問\n0123456789年月日", max_size=80))
def test_reading_any_bare_ministry_page_never_raises(body: str) -> None:
    """Whatever the body of a page headed by a bare ministry, reading it never raises and any state it gives is
    one whose people the page names."""
    text = "外交部新闻稿\n\n" + body + "\n"
    doc = extract(text)
    speakers = _speakers()
    assert speakers is not None
    got = _own_holders_state(text, [(0, 6)], list(doc.entities), speakers, gazetteer())
    assert got in (None, "TW", "CN")


def _people(text: str, piece: str) -> set[str]:
    """The people among the actors of the events whose evidence holds `piece`."""
    g = gazetteer()
    events = [e for e in extract(text).events if piece in e.evidence.text]
    assert events, f"no event with {piece!r}"
    return {g.entity(a)["name"] for e in events for a in e.actors if g.entity(a)["type"] == "person"}


def test_a_bare_title_opening_a_sentence_is_the_minister_named_with_it_before() -> None:
    """`…农业部长<name>…。部长随后…`: the minister the data lacks, named as written after the title, is whom the
    bare title opening the next sentence refers back to (the subject, not the counterpart named after him)."""
    text = (
        "中国与智利\n\n2024年4月9日，智利农业部长巴伦苏埃拉在北京同中国农业农村部部长举行会谈。"
        "部长随后会见了中国海关总署署长，双方签署了水果输华议定书。\n"
    )
    assert "巴伦苏埃拉" in _people(text, "部长随后会见了")


def test_a_bare_title_refers_back_in_traditional_script() -> None:
    """`部長` opening a sentence after `…農業部長<name>`: the same minister, in Traditional script."""
    text = "臺灣與智利\n\n2024年5月6日，智利農業部長巴倫蘇埃拉抵達臺北。部長當天並與農業部次長舉行會談。\n"
    assert "巴倫蘇埃拉" in _people(text, "部長當天並與")


def test_an_opening_title_inside_a_longer_word_refers_to_nobody() -> None:
    """`部长级会议` opens a sentence as a meeting's name, not as a minister."""
    text = "中国与智利\n\n2024年4月9日，智利农业部长巴伦苏埃拉抵达北京。部长级会议于次日举行，中智双方签署了议定书。\n"
    doc = extract(text)
    assert not [m for m in doc.entities if m.alias == "部长" and m.basis == "refer-back"]


def test_no_titled_person_before_leaves_the_title_alone() -> None:
    """A bare title with no one named after that title before it names no person."""
    text = "中国与智利\n\n2024年4月9日，中智两国在北京签署议定书。部长当天还出席了招待会。\n"
    doc = extract(text)
    assert not [m for m in doc.entities if m.basis == "refer-back" and m.alias == "部长"]


@settings(max_examples=40, deadline=None)
@given(body=st.text(alphabet="部长秘书团级会。\n巴伦苏埃拉农业智利中国于日年月0123456789，", max_size=80))
def test_opening_titles_never_raise(body: str) -> None:
    """Whatever surrounds the bare titles, reading them never raises, and a title read refers to a person."""
    doc = extract("标题\n\n" + body + "\n")
    g = gazetteer()
    for m in doc.entities:
        if m.basis == "refer-back" and m.alias in ("部长", "秘书长", "团长"):
            assert all(g.entity(i)["type"] == "person" for i in m.ids)
