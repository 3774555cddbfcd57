"""Domain on text not tuned on (forty-first session, dom72; issue 14 item 5: a document's head and envoys recalled).

- A title or lead that names a drill or a purpose the codebook's rule 11 lists as no topic of rule 9 (fisheries
  enforcement, illegal fishing) beside a topic of rule 9 surveys several fields of the pair's cooperation: it sets
  no topic for the forces' acts of later paragraphs (`event_domain_topic.MIXED_THEMES`), which keep their own
  reading (rule 11). A head with one theme (relief, peacekeeping) still codes them (dom51).
- An envoy recalled is an act on the pair's relations (the codebook's rule 3) in English's other words for it: a
  permanent representative, a high commissioner or a chargé d'affaires recalled, `our` envoy, and an ambassador
  `called … back` (class `instrument-act`).

Sentences written for these tests (states drawn from the generator's, no corpus wording).
"""

from __future__ import annotations

import re

import pytest
from helpers import case_of, ruled_by_cues
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import event_domain_topic, parse_text
from allyscope.event_cues import _lowered
from allyscope.event_domain_topic import _surveys_other_fields, side_words
from allyscope.events import extract_events
from allyscope.events_domain import patterns
from allyscope.scripts import fold
from tests.event_generator import name_of, state_ids
from tests.test_domain_topic_dom51 import _CLDR, _CLOSING

PD, INS, NTS, MIL = "political-dialogue", "institutional", "non-traditional-security", "military-exercise"

# heads naming a topic of rule 9 beside a drill or a rule-11 purpose: several fields, no one theme
MIXED_HEADS = {
    "en": "{a} and {b} at sea\n\nThis brief follows the flood relief of the two navies. It also follows their joint "
    "exercises and port visits.",
    "ja": "{a}と{b}の海上協力\n\n本稿は、両国海軍の洪水救援を扱う。漁業取締りと寄港も扱う。",
    "zh-Hans": "{a}与{b}的海上合作\n\n本文梳理两国海军的洪灾救援。本文也梳理渔业执法和舰艇互访。",
    "zh-Hant": "{a}與{b}的海上合作\n\n本文梳理兩國海軍的洪災救援。本文也梳理兩國海軍的聯合演訓。",
}
# heads with one theme: relief
ONE_THEME_HEADS = {
    "en": "Flood relief between {a} and {b}\n\nThis brief follows the relief the two navies gave after the floods.",
    "ja": "{a}と{b}の洪水救援\n\n本稿は、洪水の後に両国海軍が行った救援を扱う。",
    "zh-Hans": "{a}与{b}的洪灾救援\n\n本文梳理洪灾发生后两国海军的救援行动。",
    "zh-Hant": "{a}與{b}的洪災救援\n\n本文梳理洪災發生後兩國海軍的救援行動。",
}
# a later paragraph: forces moved, no topic or drill of their own
FORCES = {
    "en": "Section two\n\nTwo frigates of {a} arrived at the main port of {b} on 14 May 2022.",
    "ja": "二　艦艇\n\n{a}のフリゲート2隻は2022年5月14日、{b}の港に到着した。",
    "zh-Hans": "二、舰艇\n\n2022年5月14日，{a}两艘护卫舰抵达{b}港口。",
    "zh-Hant": "二、艦艇\n\n2022年5月14日，{a}兩艘護衛艦抵達{b}港口。",
}


def _last_domain(head: str, language: str, pair: tuple[str, str]) -> str | None:
    a, b = (name_of(i, _CLDR[language]) for i in pair)
    text = "\n\n".join([head.format(a=a, b=b), FORCES[language].format(a=a, b=b), _CLOSING[language]]) + "\n"
    with case_of(*pair):
        events = extract_events(parse_text(text), "t")
    dated = [e.domain for e in events if e.date.startswith("2022-05")]
    return dated[-1] if dated else None


@pytest.mark.parametrize("language", list(MIXED_HEADS))
@pytest.mark.parametrize("pair", [("KE", "TZ"), ("VN", "ID")])
def test_a_head_surveying_several_fields_sets_no_topic(language: str, pair: tuple[str, str]) -> None:
    assert _last_domain(MIXED_HEADS[language], language, pair) == MIL


@pytest.mark.parametrize("language", list(MIXED_HEADS))
def test_without_the_rule_the_mixed_heads_topic_decides(language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(event_domain_topic, "MIXED_THEMES", False)
    assert _last_domain(MIXED_HEADS[language], language, ("KE", "TZ")) == NTS


@pytest.mark.parametrize("language", list(ONE_THEME_HEADS))
@pytest.mark.parametrize("pair", [("KE", "TZ"), ("VN", "ID")])
def test_a_head_with_one_theme_still_codes_what_follows(language: str, pair: tuple[str, str]) -> None:
    assert _last_domain(ONE_THEME_HEADS[language], language, pair) == NTS


@pytest.mark.parametrize(
    "head",
    [
        "Relief and fisheries enforcement at sea",
        "漁業取締りと災害救援",
        "救灾与联合演训",
        "救災與漁業執法",
        "Disaster relief, training and exercises",
    ],
)
def test_heads_that_survey_other_fields(head: str) -> None:
    assert _surveys_other_fields(fold(head))


@pytest.mark.parametrize(
    "head",
    ["Flood relief after the storm", "The training mission after the earthquake", "地震後の救援活動", "维和行动十年"],
)
def test_heads_with_one_theme(head: str) -> None:
    assert not _surveys_other_fields(fold(head))  # a training mission is a deployment, no drill


def test_the_new_words_are_in_every_language() -> None:
    for key in ("drills", "purposes"):
        assert side_words(key).pattern


@settings(max_examples=40, deadline=None)
@given(
    language=st.sampled_from(list(MIXED_HEADS)),
    pair=st.lists(st.sampled_from(state_ids()), min_size=2, max_size=2, unique=True),
)
def test_renaming_the_states_never_changes_the_mixed_heads_reading(language: str, pair: list[str]) -> None:
    assert _last_domain(MIXED_HEADS[language], language, (pair[0], pair[1])) == MIL


@given(st.text(alphabet="drills exercise relief 救灾演训渔业执法漁業取締り、。 ", max_size=50))
def test_surveys_never_raise(text: str) -> None:
    assert isinstance(_surveys_other_fields(fold(text)), bool)


# --- envoys recalled, in English's other words ---

RECALLED = [
    "On 2 April 2019 the government recalled its permanent representative to the bloc for consultations.",
    "Two days later Lima recalled its high commissioner from the capital.",
    "On 9 May 2021 we recalled our ambassador for consultations.",
    "That evening the ministry called its ambassador in Quito, a career diplomat, back to the capital.",
    "On 5 June 2020 the government called back its envoy to the neighbouring state.",
]


def _instrument_act(text: str) -> bool:
    classes = patterns()["domain_cues"]["classes"]
    pattern = next(c["pattern"] for c in classes if c["class"] == "instrument-act")
    return re.search(_lowered(pattern), fold(text)) is not None


@pytest.mark.parametrize("text", RECALLED)
def test_an_envoy_recalled_is_an_act_on_relations(text: str) -> None:
    assert _instrument_act(text)
    assert ruled_by_cues(text)[0] == INS


@pytest.mark.parametrize(
    "text",
    [
        "The minister called her counterpart on Monday and talked about trade.",  # a phone call: no envoy back
        "The ambassador called the ministry back on Tuesday.",  # the envoy is the caller
        "On 3 May the two envoys recalled their first meeting in 1998.",  # remembered, not recalled
    ],
)
def test_no_recall_without_an_envoy_brought_home(text: str) -> None:
    assert not _instrument_act(text)
