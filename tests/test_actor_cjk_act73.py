"""Actors in Chinese and Japanese pages named by a delegation's head, by `同` and a title, or beside a date word
(issue 14 class 4, act73). Sentences written for these tests, about pairs and in words no corpus document uses.

- a delegation's head (`團長`) is a title a transliterated name glossed in Latin letters may follow;
- a sentence opening with a delegation's head (`代表團團長…`) refers back to the person the sentence before named
  right before a word of leading (`<name>率領的代表團`);
- in a Japanese sentence `同` before a title is `the said` (`同国家主席と`: the person named before), read whole and
  not as `同国` (that state) and the rest; in a Chinese sentence `同` is `with` and nothing is referred back;
- a family name followed by a date word (`於去年`, `于同月`) is no person.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import extract
from allyscope.adhoc_people import _chinese_names_at, _cjk_names
from allyscope.person_references import _japanese_sentence


def _people(text: str) -> dict[str, set[str]]:
    """Each person id of the page with the texts its mentions cover."""
    out: dict[str, set[str]] = {}
    for m in extract(text).entities:
        for i in m.ids:
            if i.startswith("person:"):
                out.setdefault(i, set()).add(m.alias)
    return out


def test_a_delegation_head_glossed_in_latin_letters_is_named_by_the_gloss() -> None:
    """`訪問團團長<Name>（Latin）率領…`: the head is the person the gloss names."""
    text = "西班牙眾議院國防委員會主席、訪問團團長羅培茲（Ana López）率領議員於今年3月抵達曼谷。\n"
    assert "person:as-written:Ana López" in _people(text)


def test_a_date_word_after_a_family_name_is_no_person() -> None:
    """`議員於去年…`, `議員于同月…`: `於`/`于` there is a preposition, the date word no given name."""
    for text in ("瑞典國會議員於去年6月訪問雅加達。\n", "波兰议员于同月访问曼谷。\n"):
        assert not any(i.startswith("person:as-written:") for i in _people(text)), text


def test_a_name_still_ends_before_a_date_word() -> None:
    """`議員<surname><given>去年…`: the name is read, and the date word is not part of it."""
    names = _people("瑞典國會議員林志明去年6月訪問雅加達。\n")
    assert any(forms == {"林志明"} for i, forms in names.items() if i.startswith("person:as-written:"))


def test_a_delegation_head_refers_back_to_who_led_it() -> None:
    """`<name>率領的代表團…。代表團團長…`: the head is the person named before `率領`."""
    text = (
        "答：波蘭農業部副部長諾瓦克率領的農業代表團於本月3日抵達曼谷。"
        "代表團團長4日與泰國農業部長會談，雙方簽署了合作備忘錄。\n"
    )
    doc = extract(text)
    head = text.index("代表團團長")
    named = [m for m in doc.entities if m.start == head and m.basis == "refer-back"]
    assert named and any(i.startswith("person:as-written:") for i in named[0].ids)


def test_the_said_president_in_japanese_is_the_person_named_before() -> None:
    """`<Name>・<state>国家主席は…。…同国家主席と会見した`: the said president, not `同国` and a stray `家主席`."""
    text = (
        "習近平・中華人民共和国国家主席は、2008年5月6日から10日まで日本を国賓として訪問した。"
        "7日、福田康夫内閣総理大臣は同国家主席と会談した。\n"
    )
    at = text.index("同国家主席")
    said = [m for m in extract(text).entities if m.start == at]
    assert said and "person:xi-jinping" in said[0].ids


def test_with_the_president_in_chinese_refers_back_to_nobody() -> None:
    """`他同国家主席<name>举行会谈`: in Chinese `同` is `with`; the name after the title is the person."""
    text = "5月6日，越南国家主席抵达北京。访问期间，他同国家主席习近平举行会谈。\n"
    at = text.index("同国家主席")
    assert not [m for m in extract(text).entities if m.start == at and m.basis == "refer-back"]
    assert "person:xi-jinping" in _people(text)


def test_japanese_sentence() -> None:
    """A sentence is Japanese when it holds a hiragana; the sentence is the one holding the offset."""
    text = "他同国家主席会谈。同国家主席と会談した。"
    assert not _japanese_sentence(text, 1)
    assert _japanese_sentence(text, text.index("と") - 3)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="同国家主席はと。\n他会谈年月日习近平A", max_size=40))
def test_japanese_sentence_is_whether_its_sentence_holds_a_hiragana(text: str) -> None:
    """For any text and offset, the answer is whether the stretch between the stops around it holds は or と."""
    for at in range(len(text)):
        begin = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
        ends = [x for x in (text.find("。", at), text.find("\n", at)) if x >= 0]
        end = min(ends) if ends else len(text)
        assert _japanese_sentence(text, at) == any(c in "はと" for c in text[begin:end])


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(sorted(s for s in _cjk_names().surnames if len(s) == 1)), st.text(alphabet="去今同年月日王明华"))
def test_no_given_name_opens_with_a_date_word(surname: str, tail: str) -> None:
    """Whatever follows, a one-character family name and a date word of two characters or more is never read as a
    name (a two-character family name may hold the one-character one: `司徒` is read as `司` no more than before)."""
    words = [w for w in _cjk_names().end_words if len(w) >= 2 and w[-1] in "年月"]
    for word in words:
        text = surname + word + tail
        assert _chinese_names_at(text, 0) == []


def _states(text: str) -> set[str]:
    """The states the page's mentions were read as."""
    return {i for m in extract(text).entities for i in m.ids if len(i) == 2 and i.isupper()}


def test_japan_joined_to_a_partner_by_a_dot_before_a_katakana_noun() -> None:
    """`日・<state>・<katakana noun>`: the dot joins Japan's abbreviation to the partner without a noun of the pair."""
    assert _states("2019年には「日・スペイン・パートナーシップ」が始動した。\n") == {"JP", "ES"}


def test_a_day_before_a_dot_is_no_abbreviation() -> None:
    """`10日・<state>`: a day (a figure before 日) is joined to nothing."""
    assert "JP" not in _states("5月10日・スペインでの会合に出席した。\n")
