"""A team, unit, craft or cargo arriving or leaving takes its paragraph's security topic (dom82, issue 14).

Writers name a mission's purpose once — the sentence before (a flood, a peacekeeping operation joined, an epidemic)
or the paragraph's head — and tell the party's arrival or departure in a clause of its own with no word of that
purpose (`救助隊の第2陣は首都に到着した`, `首批物资运抵首都`, `the engineer unit withdrew`). The codebook's rule 9
codes a team, ship, mission or operation by its purpose whatever the verb (`派遣`, `arrived`), and dom51's paragraph
topic already coded a team *dispatched* so; a party *arriving* fell to the cue lists (a delivery, an instrument left)
or the model. The sentences here are written for these tests (other pairs and words than dev's), in four languages,
with the traps the rule must keep: a person's arrival in a topic's paragraph (a visit, rule 7), a party's arrival in
a paragraph with no topic, a drill's ships arriving (rule 10).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import case_of
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import event_domain_topic, parse_text
from allyscope.errors import DataFileError
from allyscope.event_domain_topic import LANGUAGES, _party_moved, compiled_side_words
from allyscope.events import extract_events
from allyscope.scripts import fold
from tests.event_generator import name_of, state_ids

DATA = Path(__file__).resolve().parent.parent / "allyscope" / "data"
NTS, MIL, PD = "non-traditional-security", "military-exercise", "political-dialogue"
_CLDR = {"en": "en", "ja": "ja", "zh-Hans": "zh", "zh-Hant": "zh_Hant"}
_CLOSING = {
    "en": "Both governments describe the relationship as close.",
    "ja": "両政府は関係を緊密だと評している。",
    "zh-Hans": "两国政府都称双边关系密切。",
    "zh-Hant": "兩國政府都稱雙邊關係密切。",
}

# (language, paragraphs after the title, the domain of the last dated act): a party arriving or leaving after a
# sentence that names the mission's purpose
ARRIVING = [
    (
        "en",
        [
            "Floods cut off the river towns of {b} in April 2016. The first medical team of {a} landed at the "
            "capital's airport on 9 April 2016."
        ],
        NTS,
    ),
    (
        "en",
        [
            "{a} agreed in 2019 to join the peacekeeping operation in {b}. The engineer unit of {a} withdrew from "
            "{b} on 30 June 2023."
        ],
        NTS,
    ),
    ("ja", ["2016年4月、{b}の河川流域で大規模な洪水が発生した。{a}の救助隊の第2陣は同月9日に首都に到着した。"], NTS),
    ("ja", ["{a}は2012年、{b}での国連平和維持活動への参加を決めた。同国の部隊は2017年5月に{b}から撤収した。"], NTS),
    ("zh-Hans", ["2016年4月，{b}多地遭遇特大洪水。4月9日，{a}的首批物资运抵{b}首都。"], NTS),
    ("zh-Hans", ["2020年，{b}新冠疫情持续蔓延。同年5月2日，{a}派出的专家组抵达{b}。"], NTS),
    ("zh-Hant", ["2016年4月，{b}多地遭遇特大洪水。4月9日，{a}的第二批救援隊抵達{b}首都。"], NTS),
    ("zh-Hant", ["{a}自2010年起參加{b}的維和行動。2021年7月，{a}最後一批官兵撤離{b}回國。"], NTS),
    ("ja", ["2016年4月、{b}の河川流域で大規模な洪水が発生した。{a}の派遣団は同月9日に首都に到着した。"], NTS),
]
# a mission to restore order at the other state's request is a peace operation (the topic words, dom82)
ARRIVING += [
    (
        "en",
        [
            "Riots spread through the capital of {b} in May 2022. At its request {a} sent police to help restore "
            "order, and the second contingent of {a} police reached {b} on 20 May 2022."
        ],
        NTS,
    ),
    (
        "zh-Hans",
        ["2022年5月，{b}首都发生骚乱。应{b}请求，{a}派出警察协助恢复治安。5月20日，{a}第二批警察抵达{b}。"],
        NTS,
    ),
    (
        "ja",
        [
            "2022年5月、{b}の首都で暴動が起きた。{a}は治安の回復を支えるため警察官を送った。{a}の第2陣は5月20日に到着した。"
        ],
        NTS,
    ),
]

# of those, the ones the cue lists and the model read otherwise: the rule, not their own words, makes them rule 9
NEEDS_RULE = [
    ARRIVING[1],
    ARRIVING[4],
    ARRIVING[5],
    ("ja", ["2016年4月、{b}の河川流域で大規模な洪水が発生した。{a}からの物資は同月14日に{b}の港に到着した。"], NTS),
    ("zh-Hant", ["2020年，{b}新冠疫情持續蔓延。同年5月2日，{a}派出的專家組抵達{b}。"], NTS),
    ("zh-Hant", ["2016年4月，{b}多地遭遇特大洪水。4月9日，{a}的首批物資運抵{b}首都。"], NTS),
]
KEPT = [
    # a person arriving in the topic's paragraph: a visit (rule 7), by its title or by no party
    (
        "en",
        [
            "Floods cut off the river towns of {b} in April 2016. The foreign minister of {a} arrived in {b} "
            "on 12 April 2016."
        ],
        PD,
    ),
    ("zh-Hans", ["2016年4月，{b}多地遭遇特大洪水。4月12日，{a}外长抵达{b}首都。"], PD),
    ("ja", ["2016年4月、{b}の河川流域で大規模な洪水が発生した。{a}の外相は同月12日に首都に到着した。"], PD),
    # a drill's ships arriving: rule 10 before the topic
    ("zh-Hant", ["2016年4月，{b}多地遭遇特大洪水。4月20日，參加聯合演習的{a}軍艦抵達{b}。"], MIL),
]
# a party arriving in a paragraph that names no topic: the rule gives it nothing (its own cues decide)
NO_TOPIC = [
    ("zh-Hans", ["2016年4月9日，{a}的首批物资运抵{b}首都。"]),
    ("en", ["The engineer unit of {a} withdrew from {b} on 30 June 2023."]),
    ("ja", ["{a}の派遣団は2016年4月9日に{b}の首都に到着した。"]),
]


def _named(ident: str, language: str) -> str:
    return name_of(ident, _CLDR[language])


def _domains(language: str, paragraphs: list[str], pair: tuple[str, str]) -> list[str]:
    """The domains of the events the extractor finds, in order, with the pair's case active."""
    a, b = (_named(i, language) for i in pair)
    body = [p.format(a=a, b=b) for p in paragraphs] + [_CLOSING[language]]
    text = "Notes\n\n" + "\n\n".join(body) + "\n"
    with case_of(*pair):
        return [e.domain for e in extract_events(parse_text(text), "t")]


@pytest.mark.parametrize(("language", "paragraphs", "domain"), ARRIVING + NEEDS_RULE[3:] + KEPT)
@pytest.mark.parametrize("pair", [("KE", "UG"), ("VN", "LA"), ("MN", "KZ")])
def test_a_party_arriving_takes_its_paragraphs_topic(
    language: str, paragraphs: list[str], domain: str, pair: tuple[str, str]
) -> None:
    """The last dated act has the codebook's domain: the topic's for a team, unit or cargo arriving or leaving,
    its own for a person, for a paragraph with no topic and for a drill."""
    assert _domains(language, paragraphs, pair)[-1:] == [domain], paragraphs


@pytest.mark.parametrize(("language", "paragraphs"), NO_TOPIC)
def test_a_party_arriving_where_no_topic_stands_keeps_its_reading(language: str, paragraphs: list[str]) -> None:
    assert _domains(language, paragraphs, ("KE", "UG"))[-1:] != [NTS], paragraphs


@pytest.mark.parametrize(("language", "paragraphs", "domain"), NEEDS_RULE)
def test_without_the_arrivals_reading_the_party_loses_the_topic(
    language: str, paragraphs: list[str], domain: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without `ARRIVALS` the arriving party's clause falls back to its own reading: the rule, not the cues, gives
    the topic's domain."""
    monkeypatch.setattr(event_domain_topic, "ARRIVALS", False)
    assert _domains(language, paragraphs, ("KE", "UG"))[-1:] != [NTS]


@settings(max_examples=30, deadline=None)
@given(
    case=st.sampled_from(ARRIVING + NEEDS_RULE[3:] + KEPT),
    pair=st.lists(st.sampled_from(state_ids()), min_size=2, max_size=2, unique=True),
)
def test_renaming_the_states_never_changes_the_domain(case: tuple[str, list[str], str], pair: list[str]) -> None:
    """Whatever two states the sentences name, the act keeps its domain: the rule reads words, no state."""
    language, paragraphs, domain = case
    got = _domains(language, paragraphs, (pair[0], pair[1]))
    assert got[-1:] == [domain], (pair, paragraphs, got)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_any_text_is_read_without_error(text: str) -> None:
    """`_party_moved` answers for any text, and never for a text with no verb of arriving or leaving."""
    folded = fold(text)
    answer = _party_moved(folded)
    assert isinstance(answer, set)
    if answer:
        assert event_domain_topic.side_words("arrivals").search(folded)


@pytest.mark.parametrize(
    ("clause", "moved"),
    [
        ("the second contingent reached the port on monday", True),
        ("首批疫苗运抵机场", True),
        ("医療チームが空港に到着した", True),
        ("最後一批官兵撤離回國", True),
        ("the president arrived in the capital", False),  # a person: no party
        ("习近平抵达机场", False),
        ("the team reviewed the plan", False),  # a party, no arrival
        ("首相は現地に到着した", False),
    ],
)
def test_a_party_moved_is_a_party_word_and_a_verb_of_arriving(clause: str, moved: bool) -> None:
    assert bool(_party_moved(fold(clause))) is moved


def test_the_arrivals_and_parties_are_written_in_the_four_languages() -> None:
    raw = json.loads((DATA / "domain_topics.json").read_text("utf-8"))
    for key in ("arrivals", "parties"):
        assert all(raw[key][language] for language in LANGUAGES), key
        compiled_side_words(raw, key)
    with pytest.raises(DataFileError):
        compiled_side_words({"arrivals": {"en": "x"}}, "arrivals")


def test_no_party_word_names_an_entity() -> None:
    """No alias of the gazetteer is the whole match of a party word or a verb of arriving."""
    aliases = {
        fold(alias)
        for entity in json.loads((DATA / "gazetteer.json").read_text("utf-8"))["entities"]
        for names in entity.get("aliases", {}).values()
        for alias in names
        if len(fold(alias)) > 2
    }
    for key in ("arrivals", "parties"):
        words = event_domain_topic.side_words(key)
        assert not [alias for alias in aliases if words.fullmatch(alias)], key


def test_a_mission_to_restore_order_is_a_topic_and_crime_is_not() -> None:
    """Restoring order or security at the other state's request names a peace operation's purpose (rule 9), as a
    stabilisation mission does; humanitarian reconstruction is humanitarian aid; crime and smuggling stay no topic."""
    for word in (
        "help restore order",
        "恢复治安",
        "恢復秩序",
        "治安の回復",
        "人道復興支援",
        "security support mission",
    ):
        assert event_domain_topic.topic_words().search(fold(word)), word
    for word in ("order a restoration", "fight crime", "打击走私", "治安対策の会議"):
        assert not event_domain_topic.topic_words().search(fold(word)), word
