"""Actors (act48): the partner a text takes for granted. Japanese writes its own state as the abbreviation 日
glued to a partner named in full in katakana before a noun of the pair (`日チリ防衛当局間協議`, `日・ルーマニア
友好議員連盟`: thirteen dev documents of many sessions), and the 日 named no one, so such an event had the partner
alone; Chinese writes pairs with one-character abbreviations the data lacked (`美丹`, Denmark) or shared with a
third state (`中乌` is Uruguay's pair in a text about Uruguay); Taiwan's forms of some capitals differ from the
mainland's after folding (`杜哈`, `伊斯蘭馬巴德`). Sentences here are written for the tests, not taken from the
corpus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import case_of

from allyscope import parse_text
from allyscope.entities import gazetteer
from allyscope.events import extract_events


def _events(text: str, *sides: str) -> Iterator[tuple[str, set[str]]]:
    """(domain, actor and involved names) of each event of `text` read under a case of `sides`."""
    g = gazetteer()
    with case_of(*sides):
        found = extract_events(parse_text(text), "t")
    for e in found:
        yield e.domain, {g.entity(i)["name"] for i in [*e.actors, *e.involved]}


def _names(text: str) -> set[str]:
    g = gazetteer()
    return {g.entity(i)["name"] for m in g.match(text) for i in m.ids}


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("2019年6月4日、ブラジリアで日・ブラジル外相会談が行われた。", "Brazil"),
        ("2021年2月9日、日ペルー防衛協力に関する覚書が交わされた。", "Peru"),
        ("2018年10月1日、ジュネーブで日エストニア協議が開かれた。", "Estonia"),
        ("2016年5月3日、日スペイン首脳会談において、両首脳は宣言に署名した。", "Spain"),
    ],
)
def test_the_japanese_abbreviation_glued_to_a_partner_in_katakana_names_japan(text: str, partner: str) -> None:
    names = _names(text)
    assert {"Japan", partner} <= names
    sides = {"Brazil": "BR", "Peru": "PE", "Estonia": "EE", "Spain": "ES"}[partner]
    found = list(_events(f"見出し\n\n{text}\n", "JP", sides))
    assert found and all({"Japan", partner} <= actors for _, actors in found)


@pytest.mark.parametrize(
    "text",
    [
        "この日ロシア外相は声明を出した。",  # 日 a day after の
        "訪れた日フランス首相と会った。",  # 日 a day after a verb's past
        "毎日フランスの新聞を読む。",  # after an ideograph: a word of its own
        "5日スペインの首相が演説した。",  # after a numeral: a date
        "日ブラジル人の集会があった。",  # no noun of the pair after the name
    ],
)
def test_a_day_or_a_word_before_a_katakana_name_names_no_japan(text: str) -> None:
    assert "Japan" not in _names(text)


def test_a_shared_abbreviation_names_the_state_the_text_names_in_full() -> None:
    assert "Uruguay" in _names("乌拉圭位于南美洲东南部。两国建交后，中乌关系稳步发展。")
    assert "Uzbekistan" in _names("乌兹别克斯坦是中亚国家。中乌合作委员会举行会议。")
    assert "Ukraine" in _names("中乌关系稳步发展。")  # the character's first reading when no other is named


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("美丹两国签署了防务合作协定。", "Denmark"),
        ("中丹关系近年来发展顺利。", "Denmark"),
        ("中丹兩國外長舉行會談。", "Denmark"),
    ],
)
def test_denmark_abbreviated_in_a_compound(text: str, state: str) -> None:
    assert state in _names(text)


def test_a_city_beginning_with_the_character_is_no_compound() -> None:
    assert "Denmark" not in _names("丹东港与大连港签署合作协议。")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("外交部長當晚抵達杜哈，出席論壇。", "Qatar"),
        ("代表團昨日自伊斯蘭馬巴德返國。", "Pakistan"),
        ("雙方在基希涅夫舉行磋商。", "Moldova"),
        ("救援物資運抵尼阿美。", "Niger"),
    ],
)
def test_taiwan_forms_of_capitals_name_their_state(text: str, state: str) -> None:
    assert state in _names(text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("A spokesman for the Kremlin rejected the proposal on Friday.", "Russia"),
        ("克里姆林宫发言人表示将研究这一建议。", "Russia"),
        ("クレムリンは提案を拒否した。", "Russia"),
        ("The minister was received at the Élysée Palace.", "France"),
        ("愛麗舍宮隨後發表聲明。", "France"),
        ("Downing Street confirmed the call.", "United Kingdom"),
        ("唐宁街随后证实了这次通话。", "United Kingdom"),
        ("The envoy met the president at Malacañang.", "Philippines"),
        ("馬拉坎南宮當天發布新聞稿。", "Philippines"),
        ("青瓦台发言人宣布了会谈结果。", "South Korea"),
    ],
)
def test_a_seat_of_government_stands_for_its_state(text: str, state: str) -> None:
    assert state in _names(text)


def test_a_treaty_or_an_avenue_named_after_a_seat_names_no_state() -> None:
    assert "France" not in _names("The parade passed along the Champs-Élysées.")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("孟加拉国总理访华期间，中孟两国签署了合作文件。", "Bangladesh"),
        ("中智关系近年来发展顺利，两国贸易增长。", "Chile"),
        ("墨西哥外长访华。中墨两国外长举行会谈。", "Mexico"),
        ("巴西总统访华。中巴战略对话在北京举行。", "Brazil"),  # a shared character: the state named in full
    ],
)
def test_a_side_character_after_an_abbreviation_names_the_pair(text: str, state: str) -> None:
    names = _names(text)
    assert {"China", state} <= names


@pytest.mark.parametrize(
    "text",
    [
        "中老年人的健康值得关注。",  # an ordinary word: no noun of the pair after it
        "他在中文合作项目中学习。",  # 文 names a language after an abbreviation
        "俄罗斯三国海军举行演习。",  # the characters spell a name found
    ],
)
def test_a_side_character_in_a_word_names_no_state(text: str) -> None:
    names = _names(text)
    assert not names & {"Laos", "Brunei", "Romania", "Sri Lanka"}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The Philippines and Indonesia agreed to hold joint patrols.", "Philippines"),
        ("The Netherlands will send two frigates.", "Netherlands"),
        ("Officials said The Philippines would host the talks.", "Philippines"),  # a headline's capital
    ],
)
def test_a_name_with_the_article_begins_a_sentence(text: str, state: str) -> None:
    assert state in _names(text)


def test_taking_office_that_only_dates_a_visit_keeps_the_host() -> None:
    text = (
        "Visit\n\nOn 14 March 2024 President Ferdinand Marcos Jr. made a state visit to Australia, the first by an "
        "Asian leader since the new cabinet took office.\n"
    )
    found = list(_events(text, "PH", "AU"))
    assert any({"Philippines", "Australia"} <= actors for _, actors in found)


def test_taking_office_dated_by_its_own_date_stays_the_persons_own_act() -> None:
    text = "Office\n\nThe talks have resumed since Anthony Albanese took office on 23 May 2022.\n"
    found = [(domain, actors) for domain, actors in _events(text, "AU", "JP") if "Anthony Albanese" in actors]
    assert found and all(domain == "context" for domain, _ in found)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("吐方對臺灣的援助表示感謝。", "Tuvalu"),  # Taiwan's 吐瓦魯
        ("臺吐關係近年穩定發展。", "Tuvalu"),
        ("史方重申支持臺灣參與國際組織。", "Eswatini"),  # Taiwan's 史瓦帝尼
    ],
)
def test_taiwans_side_characters_of_its_partners(text: str, state: str) -> None:
    assert state in _names(text)


def test_a_side_character_inside_a_word_names_no_partner() -> None:
    assert not _names("在歷史方面，他吐露了看法。") & {"Tuvalu", "Eswatini"}
