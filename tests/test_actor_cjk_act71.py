"""Actors in Chinese and Japanese pages allyscope had not seen (issue 14 class 4, act71). Sentences written for
these tests, about pairs and in words that no corpus document uses.

- a release whose head names no publisher but that signs off with one at its foot (`<state>驻华大使馆` above
  the date) speaks for that state: its `本国`, `我国` are that state, even when its headline names a visitor of
  another state; without such a line they stay nobody's (never a default state), and `日本国` holds no `本国`;
- a demonstrative and its copula before a subject pronoun (`这也是他…`) refer back as the pronoun opening the
  clause does: to the first person of the sentence before;
- `东姑` (the Malay title Tengku) opens a transliterated name after a title, and a katakana name stands before a
  compound title of an economic ministry (`<Name>投資貿易産業大臣`).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import extract
from allyscope.discourse import _speakers
from allyscope.entities import gazetteer


def _event_states(text: str, piece: str) -> set[str]:
    """The states among the actors of the events whose evidence holds `piece`."""
    g = gazetteer()
    events = [e for e in extract(text).events if piece in e.evidence.text]
    assert events, f"no event with {piece!r}"
    return {g.entity(a)["name"] for e in events for a in e.actors if g.entity(a)["type"] == "state"}


_RELEASE = (
    "新闻公报\n\n王毅外长访问取得积极成果\n\n"
    "应本国外交部长邀请，中国外交部长王毅于2024年8月13日至15日对我国进行正式访问。\n\n"
    "8月14日，本国与中国签署了互免签证协定。\n\n"
)


def test_a_release_signed_at_its_foot_speaks_for_the_signing_state() -> None:
    """The headline names the visitor (a person of another state); the foot names the embassy that publishes: the
    page's `本国` is the embassy's state, not the visitor's."""
    text = _RELEASE + "泰国驻华大使馆\n2024年8月16日\n"
    assert _event_states(text, "本国与中国签署") == {"Thailand", "China"}


def test_without_a_signing_line_ben_guo_stays_nobody() -> None:
    """No head and no foot say whose page it is: `本国` names no state (never a default one)."""
    assert _event_states(_RELEASE, "本国与中国签署") == {"China"}


def test_a_foot_line_that_tells_a_sentence_signs_nothing() -> None:
    """A last line that is a sentence about the embassy (`…大使馆表示，…`) is text, not a signature."""
    text = _RELEASE + "泰国驻华大使馆表示，双方将继续推进合作。\n"
    assert _event_states(text, "本国与中国签署") == {"China"}


def test_ri_ben_guo_holds_no_ben_guo() -> None:
    """`日本国` is Japan's own name: the characters `本国` inside it are no word of a page's own state."""
    speakers = _speakers()
    assert speakers is not None and speakers.own_state is not None
    assert speakers.own_state.search("日本国政府と協議した") is None
    assert speakers.own_state.search("应本国总理邀请") is not None
    assert speakers.own_state.search("坚持基本国策") is None


@settings(max_examples=40, deadline=None)
@given(
    body=st.text(alphabet="本国我与中方签署了协定，。年月日0123456789\n", max_size=80),
    foot=st.sampled_from(["", "新闻联络人：发言人\n", "2024年8月16日\n", "谢谢。\n"]),
)
def test_a_page_with_no_signing_state_gives_ben_guo_no_state(body: str, foot: str) -> None:
    """Whatever the body, a page whose head and foot name no state leaves `本国`/`我国` unresolved, and reading it
    never raises."""
    doc = extract("公报\n\n" + body + "\n\n" + foot)
    assert not [m for m in doc.entities if m.alias in ("本国", "我国") and m.basis == "speaker"]


def test_a_copula_before_a_pronoun_refers_back_to_the_sentence_before() -> None:
    """`这也是他…`: the pronoun after a demonstrative and its copula is the first person of the sentence before."""
    text = (
        "印度与美国\n\n2023年6月21日，印度总理莫迪抵达华盛顿，开始对美国的国事访问。"
        "这也是他首次以国事访问的身份访问美国。\n"
    )
    found = [m for m in extract(text).entities if m.alias == "他"]
    assert found and found[0].ids == ("person:modi",)


def test_tengku_opens_a_transliterated_name_after_a_title() -> None:
    """`东姑` then the transliteration after a ministry's title: one person as written."""
    text = "马来西亚与日本\n\n2024年3月5日，马来西亚经济部长东姑阿里夫在东京与日本经济产业大臣会谈。\n"
    names = {i for m in extract(text).entities for i in m.ids if i.startswith("person:as-written:")}
    assert "person:as-written:东姑阿里夫" in names


def test_a_katakana_name_before_an_economic_ministry_title() -> None:
    """`<Name>投資貿易産業大臣`: the name before a compound title of an economic ministry is its holder."""
    text = (
        "マレーシアと日本\n\n2024年5月8日、マレーシアのアジズ・ラーマン投資貿易産業大臣は、"
        "東京で経済産業大臣と会談した。\n"
    )
    names = {i for m in extract(text).entities for i in m.ids if i.startswith("person:as-written:")}
    assert "person:as-written:アジズ・ラーマン" in names
