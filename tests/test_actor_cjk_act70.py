"""Actors in Chinese and Japanese text (act70, issue 14 item 3): a state's one-character short form as the object
of a verb or preposition glued before it (`訪朝`, `对朝制裁`), and a page's own state told by the publisher a
head line names after a source label (`来源：<state>驻<state>大使馆`). Sentences written for these tests, with
other states, verbs and wording than the corpus documents that prompted the rules."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import allyscope
from allyscope.compounds import read_compounds
from allyscope.entities import gazetteer, load_discourse, load_states
from allyscope.scripts import fold


def _compounds(text: str) -> list[tuple[str, tuple[str, ...]]]:
    g = gazetteer()
    assert g.compound_rules is not None
    return [(text[c.start : c.end], c.ids) for c in read_compounds(text, fold(text), g.compound_rules, [])]


def _found(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(m.alias, m.ids, m.basis) for m in gazetteer().match(text)]


# --- a short form as a verb's object ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "alias", "ids"),
    [
        ("政府决定扩大对韩出口。", "韩", ("KR",)),  # a policy's target, zh-Hans
        ("部長訪越期間出席了簽約儀式。", "越", ("VN",)),  # a trip, zh-Hant, folded
        ("议会讨论了对缅援助的规模。", "缅", ("MM",)),
        ("首相は来月訪英し、国王に謁見する。", "英", ("GB",)),  # ja, the verb する after the noun
        ("政府は対豪輸出の規制を緩和した。", "豪", ("AU",)),
        ("外相の訪独は3年ぶりとなった。", "独", ("DE",)),  # ja, a particle after it
    ],
)
def test_a_short_form_after_a_verb_names_its_state(text: str, alias: str, ids: tuple[str, ...]) -> None:
    assert (alias, ids) in _compounds(text)


@pytest.mark.parametrize(
    "text",
    [
        "该国对法律进行了全面修订。",  # 法律 'law': no word of a policy or a trip after the character
        "代表团参观访美术馆的展览。",  # 美术馆 'art museum'
        "居民对日益上涨的物价不满。",  # 日益 'day by day'
        "二つの案を対比して検討した。",  # 対比 'contrast' (verb_not_words)
        "他们对中小企业提供贷款。",  # 中小 'small and medium'
    ],
)
def test_no_short_form_in_ordinary_words_after_a_verb(text: str) -> None:
    assert _compounds(text) == []


def test_a_short_form_read_only_after_the_scripts_own_verbs() -> None:
    """来 before a short form is Japanese's (`来日した`), not Chinese's: the prefixes are per script."""
    prefixes = load_discourse()["compounds"]["verb_prefixes"]
    assert "来" in prefixes["ja"] and "来" not in prefixes["zh"]
    assert ("日", ("JP",)) not in _compounds("他说来日，再议此事。")


_ZH = sorted(
    (a, i) for a, i in load_states()["abbreviations"]["zh"].items() if a not in "华中"
)  # 华 and 中 also begin the gazetteer's own aliases and ordinary words (中小)
_TAILS = ["制裁", "政策", "援助", "期间", "行程", "，"]


@given(
    st.sampled_from(_ZH),
    st.sampled_from(["访", "对", "赴", "訪", "對"]),
    st.sampled_from(_TAILS),
    st.sampled_from(["", "据报道，", "2024年，", "政府宣布"]),
)
def test_every_short_form_after_a_verb_is_read_with_its_state(
    pair: tuple[str, str], verb: str, tail: str, lead: str
) -> None:
    """Any Chinese abbreviation of the data, after a verb of the data and before a tail word, is one state at its
    own offset (the verb and the tail are not part of it)."""
    short, ident = pair
    text = f"{lead}{verb}{short}{tail}不断扩大。"
    at = len(lead) + len(verb)
    g = gazetteer()
    assert g.compound_rules is not None
    found = [(c.start, c.end, c.ids) for c in read_compounds(text, fold(text), g.compound_rules, [])]
    assert (at, at + 1, (ident,)) in found


@given(st.sampled_from(_ZH), st.sampled_from("的是在了将与"))
def test_a_short_form_after_a_word_no_verb_list_holds_is_not_read(pair: tuple[str, str], before: str) -> None:
    """Only the data's verbs make a lone abbreviation a state before a tail word: after any other character the
    same tail leaves it alone (the compound reader's single form still needs a noun of 'single_heads')."""
    short, _ = pair
    assert _compounds(f"据报道{before}{short}期间不断扩大。") == []


# --- a page's own state told by its publisher line ----------------------------------------------------------


def _first_person(text: str) -> list[tuple[str, ...]]:
    return [m.ids for m in gazetteer().match(text) if m.alias in ("我國", "我国", "我方")]


def test_a_source_line_naming_a_mission_abroad_gives_the_page_its_state() -> None:
    text = (
        "使馆举办两国建交纪念活动\n\n2023年5月2日　来源：新加坡驻越南大使馆\n\n"
        "近日，新越两国举办了多场交流活动。我国同越南于1973年建交。\n"
    )
    assert _first_person(text) == [("SG",)]


def test_a_source_line_naming_a_ministry_gives_the_page_its_state() -> None:
    text = "部長會見來訪議員團\n\n資料來源：大韓民國外交部\n\n部長表示，我國重視與澳大利亞的合作。\n"
    assert _first_person(text) == [("KR",)]


@pytest.mark.parametrize(
    "text",
    [
        # a source line naming a news agency of no state's government: no own state
        "两国举办交流活动\n\n来源：综合报道\n\n我国同越南于1973年建交。\n",
        # a state named after the label with nothing of its government glued after it
        "两国举办交流活动\n\n来源：越南新闻\n\n我国同越南于1973年建交。\n",
        # no source label: a state in the head's paragraph is no publisher
        "两国举办交流活动\n\n新加坡驻越南大使馆举办了活动。\n\n我国同越南于1973年建交。\n",
    ],
)
def test_no_own_state_without_a_publisher_line_naming_one(text: str) -> None:
    assert _first_person(text) in ([], [()])


def test_two_source_lines_naming_different_states_give_none() -> None:
    text = "联合活动\n\n来源：新加坡外交部\n\n来源：越南外交部\n\n我国同该国保持密切交往。\n"
    assert _first_person(text) in ([], [()])


def test_source_labels_are_data() -> None:
    speakers = load_discourse()["speakers"]
    assert "来源" in speakers["source_labels"] and "驻" in speakers["mission_marks"]


# --- a post below a minister's, and the name after it -----------------------------------------------------


def _people(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.alias, m.ids) for m in allyscope.extract(text).entities if any(i.startswith("person:") for i in m.ids)]


def test_a_parliamentary_vice_ministers_post_infers_no_minister() -> None:
    """`<state>防衛大臣政務官` is a post of its own, not the minister's: no holder of the minister's office is read
    from it, and the name after it is a person as written (the post's state's)."""
    found = _people("2023年4月18日，日本防衛大臣政務官木村次郎訪問雪梨，會見澳洲國防部官員。")
    assert found == [("木村次郎", ("person:as-written:木村次郎",))]
    found = _people("2016年9月2日，日本外务大臣政务官武井俊辅访问马尼拉。")
    assert found == [("武井俊辅", ("person:as-written:武井俊辅",))]


def test_the_lower_posts_word_makes_the_office_another() -> None:
    """The minister's post without the lower post's word is still the minister's office; with it, the lower
    post's (the longest name the data holds)."""
    offices = [
        m.ids for m in allyscope.extract("2023年4月18日，日本防衛大臣訪問雪梨。").entities if m.alias.endswith("大臣")
    ]
    assert offices == [("office:jp-dm",)]
    lower = "2023年4月18日，日本防衛大臣政務官訪問雪梨。"
    offices = [m.ids for m in allyscope.extract(lower).entities if "大臣" in m.alias]
    assert offices == [("office:jp-dm-pvm",)]


@given(st.sampled_from(["木村次郎", "松川瑠衣", "大塚拓", "鬼木誠"]), st.sampled_from(["訪問", "出席", "表示"]))
def test_a_name_after_the_lower_post_is_read_whole(name: str, verb: str) -> None:
    text = f"2022年，日本防衛大臣政務官{name}{verb}了活動。"
    assert [alias for alias, _ in _people(text)] == [name]


# --- a known family name opening another person's name after a post ------------------------------------------


def test_a_known_family_name_with_another_given_name_is_another_person() -> None:
    """`<post><family><given>`: the data's person of that family is not named when the given name is another;
    the name after the post is read whole (with a conjunction's character inside a given name, and of five
    ideographs when a family name of three opens it)."""
    found = _people("2010年5月4日，日本众议院议员岸田和夫访问首尔。")
    assert found == [("岸田和夫", ("person:as-written:岸田和夫",))]
    found = _people("2008年，日本参议院议员中曾根文雄访问河内。")
    assert found == [("中曾根文雄", ("person:as-written:中曾根文雄",))]


@pytest.mark.parametrize(
    "text",
    [
        "2015年，日本首相安倍今天表示欢迎。",  # a word of the sentence after the family name alone
        "2015年，日本首相安倍一行抵达河内。",
        "2015年，首相安倍和外相岸田出席了会议。",  # the conjunction between two people
        "2015年，日本首相安倍晋三访问河内。",  # the person's own full name
    ],
)
def test_a_known_family_name_alone_or_in_full_stays_that_person(text: str) -> None:
    found = _people(text)
    assert found and not any(i.startswith("person:as-written") for _, ids in found for i in ids)


_GIVEN = "和一夫子郎美明正雄健太"


@given(st.text(alphabet=_GIVEN, min_size=2, max_size=2))
def test_a_family_name_and_any_other_given_name_is_one_person_as_written(given_name: str) -> None:
    """After a post, a known family name and a given name that is not its person's own is one person as written,
    never the known person beside a fragment."""
    text = f"2010年，日本众议院议员岸田{given_name}访问首尔。"
    found = _people(text)
    assert found == [(f"岸田{given_name}", (f"person:as-written:岸田{given_name}",))]
