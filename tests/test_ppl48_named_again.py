"""A person introduced once with a state and a title, named again by name alone, stands for that state
(`allyscope/named_again.py`, issue 14 item 3). Sentences written for these tests, in other words than the generated
documents that showed the loss (`tests/event_generator.py` `person_prior`) and than any dev document.

Why: a side the text carries by a minister's bare name was lost, and the event then coded `context` — the blind
sets' largest actor class. The traps: a family name two introductions give to two states names neither; a name
that is also a common word of the text is not read; a word after a Japanese title is no name."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from helpers import named_again, states_of_mention
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from allyscope.entities import gazetteer
from tests.event_generator import states_behind


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        # English: a title and one name after it; an apposition after `X's minister`
        ("Kenyan Defence Minister Wanjiru toured the dockyard. Wanjiru then signed the lease with Tanzania.",
         "Wanjiru", "KE"),
        ("Peru's defence minister, Rosa Quispeaya, arrived on Tuesday. Quispeaya and Bolivia agreed to patrol the "
         "lake.", "Quispeaya", "PE"),
        ("Tomás Quispeaya, the Peruvian defence minister, spoke first. Later, Quispeaya visited Bolivia.",
         "Quispeaya", "PE"),
        ("Tomás Quispeaya, Peru's minister of defence, spoke first. Quispeaya visited Bolivia the next day.",
         "Quispeaya", "PE"),
        # Japanese: a katakana name before a title, named again before a particle
        ("ケニアのワンジル国防相は港湾施設を視察した。ワンジルはタンザニアとの協定に調印した。", "ワンジル", "KE"),
        ("ペルーのキスペアヤ外相が来日した。翌日、キスペアヤも首相と会談した。", "キスペアヤ", "PE"),
        # Chinese: a name in ideographs without a dot right after a title, named again opening a clause
        ("肯尼亚国防部长万吉鲁视察了港口设施。次日，万吉鲁同坦桑尼亚签署租约。", "万吉鲁", "KE"),
        ("秘魯外長基斯佩亞週二抵達。基斯佩亞隨後與玻利維亞商定聯合巡邏。", "基斯佩亞", "PE"),
    ],
)  # fmt: skip
def test_a_name_introduced_with_a_state_and_a_title_stands_for_that_state(text: str, name: str, state: str) -> None:
    again = named_again(text, name)
    assert again, (name, text)
    assert all(state in states_of_mention(m) for m in again), again


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # one family name, two states' ministers: it names neither
        ("Kenyan Defence Minister Odera spoke first. Ugandan Foreign Minister Odera replied. Odera left.", "Odera"),
        ("ケニアのオデラ国防相とウガンダのオデラ外相が出席した。オデラは会場を後にした。", "オデラ"),
        ("肯尼亚国防部长奥德拉和乌干达外长奥德拉出席。随后，奥德拉离开会场。", "奥德拉"),
        # a sentence's opener before a comma is no name
        ("Meanwhile, Peru's defence minister spoke. Meanwhile Bolivia waited.", "Meanwhile"),
        # a name that is also a word the text writes in lower case
        ("Chilean Foreign Minister Rose Field spoke. Field and Peru then held talks in a field hospital.", "Field"),
    ],
)
def test_a_shared_family_name_or_a_common_word_is_not_read(text: str, name: str) -> None:
    assert not [m for m in named_again(text, name) if m.basis == "named-again"], text


def test_a_word_after_a_japanese_title_is_no_name() -> None:
    """Japanese writes its own names before a title and a foreign one in katakana: what follows `官房長官` (記者会見)
    is a word, and `記者：` opening a later line names nobody."""
    text = "官房長官記者会見の要旨は次のとおり。\n記者：首脳会談の日程は。\n長官：調整中です。"
    assert not [m for m in gazetteer().match(text) if m.basis == "named-again"]


def test_a_chinese_word_after_a_title_is_no_name() -> None:
    """`外长会见记者`: a function character (会) ends a name, so `会见` opening a later clause is not the minister."""
    text = "秘鲁外长会见记者。会见后，智利与玻利维亚举行会谈。"
    assert not [m for m in gazetteer().match(text) if m.basis == "named-again"]


def test_a_chinese_name_found_opening_a_clause_is_read_wherever_it_is_written() -> None:
    """Three ideographs or more, once the text wrote them again opening a clause, are the name wherever they stand
    (`会见了万吉鲁`); a name of two where it opens a clause, or (act74) inside a clause where a name's bounds hold on
    both sides (`会见了莫扎。`), never glued inside a longer word (`tests/test_named_again_mid_clause_act74.py`)."""
    text = "肯尼亚国防部长万吉鲁周二抵达。次日，万吉鲁视察了港口。坦桑尼亚总统随后会见了万吉鲁。"
    again = named_again(text, "万吉鲁")
    assert len(again) == 2 and all("KE" in states_of_mention(m) for m in again)
    short = "肯尼亚国防部长莫扎周二抵达。次日，莫扎视察了港口。总统随后会见了莫扎。"
    assert [short[m.start - 1] for m in named_again(short, "莫扎") if m.basis == "named-again"] == ["，", "了"]
    glued = "肯尼亚国防部长莫扎周二抵达。次日，莫扎视察了港口。总统随后参观了莫扎林场。"
    assert [glued[m.start - 1] for m in named_again(glued, "莫扎") if m.basis == "named-again"] == ["，"]


def test_a_name_the_data_knows_beside_another_states_title_is_that_states_person() -> None:
    """The data's 莫雷诺 is Ecuador's former president; `肯尼亚外长莫雷诺` introduces Kenya's minister of that name,
    and the later 莫雷诺 is Kenya's too. The same name beside its own state's title stays the data's person."""
    text = "肯尼亚外长莫雷诺上月就任。随后，莫雷诺前往埃塞俄比亚。"
    again = named_again(text, "莫雷诺")
    assert again and all(states_of_mention(m) == {"KE"} for m in again)
    own = "厄瓜多尔总统莫雷诺上月访华。随后，莫雷诺前往日本。"
    assert all("EC" in states_of_mention(m) for m in gazetteer().match(own) if own[m.start : m.end] == "莫雷诺")


def test_an_international_office_does_not_rebind_a_known_person() -> None:
    text = "联合国秘书长古特雷斯抵达。古特雷斯随后会见各方代表。"
    assert not [m for m in gazetteer().match(text) if m.basis == "named-again" and m.alias == "古特雷斯"]


def _extract_actors(text: str, heading: str) -> list[set[str]]:
    from allyscope.extraction import extract_json

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.txt"
        path.write_text(f"{heading}\n\n{text}\n", encoding="utf-8")
        data = extract_json(path)
    return [{s for a in e.get("actor_ids", e.get("actors", [])) for s in states_behind(a)} for e in data["events"]]


@pytest.mark.parametrize(
    ("text", "heading", "sides"),
    [
        ("Kenyan Defence Minister Wanjiru toured the dockyard on Monday. On 3 May 2018, Wanjiru and Tanzania "
         "started a joint naval drill off Tanga.", "Coastal security", {"KE", "TZ"}),
        ("肯尼亚国防部长万吉鲁周一视察港口。2018年5月3日，万吉鲁同坦桑尼亚在坦噶外海开始联合海上演练。", "海上安全",
         {"KE", "TZ"}),
    ],
)  # fmt: skip
def test_the_event_keeps_both_sides(text: str, heading: str, sides: set[str]) -> None:
    actors = _extract_actors(text, heading)
    assert any(sides <= found for found in actors), actors


_SURNAMES = st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_SURNAMES, st.sampled_from([("Kenyan", "KE"), ("Peruvian", "PE"), ("Thai", "TH")]), st.booleans())
def test_any_latin_surname_after_a_title_is_named_again_as_its_state(
    surname: str, adjective_state: tuple[str, str], apposed: bool
) -> None:
    """Property: for any capitalised word that is no word of the text in lower case, no month or sentence opener and
    no alias of the data, the later bare mention is the title's state, and every added mention covers its own name."""
    adjective, state = adjective_state
    g = gazetteer()
    if g.match(f" {surname} ") or surname.casefold() in {"march", "may", "june", "then", "later", "since", "after"}:
        return  # a name the data already reads, or a word that names no one
    apposition = f"the {adjective} foreign minister, Ana {surname},"
    title = apposition if apposed else f"{adjective} Foreign Minister {surname}"
    text = f"In Lima, {title} opened the talks. {surname} then met reporters."
    mentions = g.match(text)
    again = [m for m in mentions if m.basis == "named-again"]
    assert again and all(text[m.start : m.end] == m.alias == surname for m in again)
    assert all(state in states_of_mention(m) for m in again)
    for m in again:  # an added mention never overlaps another
        assert not [o for o in mentions if o is not m and o.start < m.end and m.start < o.end]
