"""Two limits of the paragraph's topic (dom57, issue 14): the act's own purpose, and a drill's theme.

`event_domain_topic` gives a forces' act the domain of a security topic its paragraph, title or lead names (rule 9
of the codebook, dom51). Two readings went too far on documents written blind (dev, twenty-eighth session):

- an operation whose own clause names a purpose the codebook's rule 11 lists as no topic of rule 9 (`patrolled …
  against illegal fishing`, `打击走私的联合巡逻`) took a disaster named in the lead: the act named its field itself;
- a topic named only as the theme of an earlier drill (`a disaster-relief exercise`, `海賊対処の合同訓練`) was
  read as the paragraph's issue, so later forces moved (mines cleared, an escort) became rule 9.

The sentences are written for these tests (Kenya–Tanzania, Vietnam–Indonesia, Mongolia–Kazakhstan and states
drawn at random; no corpus wording), with the positives the rule must keep: a disaster told as a happening before
the forces' act still codes it.
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
from allyscope.event_domain_topic import _without_drills, compiled_side_words, side_words
from allyscope.events import extract_events
from allyscope.scripts import fold
from tests.event_generator import name_of, state_ids
from tests.test_domain_topic_dom51 import _CLDR, _CLOSING  # the same states' names and closing line

DATA = Path(__file__).resolve().parent.parent / "allyscope" / "data"
NTS, MIL = "non-traditional-security", "military-exercise"
# a title naming a topic of rule 9 (the document's title codes its later paragraphs, dom51)
_TITLE = {
    "en": "From flood relief to the open sea",
    "ja": "洪水救援から海上協力へ",
    "zh-Hans": "从洪灾救援到海上合作",
    "zh-Hant": "從洪災救援到海上合作",
}

# (language, the paragraph of the last dated act, its domain): the act names a purpose of rule 11
OWN_PURPOSE = [
    (
        "en",
        "On 9 June 2021 coast guard cutters of {a} and {b} patrolled the gulf together against illegal fishing.",
        MIL,
    ),
    ("ja", "{a}と{b}の沿岸警備隊は2021年6月9日、密輸を取り締まる合同パトロールを湾内で行った。", MIL),
    ("zh-Hans", "2021年6月9日，{a}与{b}海警船在海湾开展打击走私的联合巡逻。", MIL),
    ("zh-Hant", "2021年6月9日，{a}與{b}海巡船在海灣聯合巡邏，打擊非法捕撈。", MIL),
]
# a drill's theme earlier in the paragraph, then forces moved with no topic of their own
DRILL_THEME = [
    (
        "en",
        "On 2 May 2022 the navies of {a} and {b} held a disaster-relief exercise off the coast. "
        "Divers of both navies cleared old sea mines from the harbour on 9 August 2022.",
        MIL,
    ),
    ("ja", "{a}と{b}の海軍は2022年5月2日、災害救援の共同訓練を行った。同年8月9日、両国の艦艇は商船を護衛した。", MIL),
    ("zh-Hans", "2022年5月2日，{a}与{b}海军举行救灾联合演练。同年8月9日，两国海军共同清除港口的旧水雷。", MIL),
    ("zh-Hant", "2022年5月2日，{a}與{b}海軍舉行救災聯合演練。同年8月9日，兩國海軍共同清除港口的舊水雷。", MIL),
]
# a disaster told as a happening, then forces sent: the paragraph's topic, as before (dom51)
HAPPENING = [
    (
        "en",
        "Floods swept the delta of {b} in May 2022. Two transport ships of {a} arrived at the port on 9 May 2022.",
        NTS,
    ),
    ("zh-Hans", "2022年5月，{b}三角洲发生洪灾。{a}军队于2022年5月9日抵达{b}。", NTS),
]


def _domains(language: str, paragraphs: list[str], pair: tuple[str, str], lead: bool = False) -> list[str]:
    """The domains of the events the extractor finds, in order, with the pair's case active; `lead`: under a
    title naming a topic of rule 9."""
    a, b = (name_of(i, _CLDR[language]) for i in pair)
    body = [p.format(a=a, b=b) for p in paragraphs] + [_CLOSING[language]]
    head = (_TITLE[language] if lead else "Notes") + "\n\n"
    with case_of(*pair):
        return [e.domain for e in extract_events(parse_text(head + "\n\n".join(body) + "\n"), "t")]


@pytest.mark.parametrize(("language", "paragraph", "domain"), OWN_PURPOSE)
@pytest.mark.parametrize("pair", [("KE", "TZ"), ("VN", "ID"), ("MN", "KZ")])
def test_an_operations_own_purpose_outweighs_the_titles_topic(
    language: str, paragraph: str, domain: str, pair: tuple[str, str]
) -> None:
    """A patrol against illegal fishing or smuggling stays an operation (rule 11) under a title naming relief."""
    assert _domains(language, [paragraph], pair, lead=True)[-1:] == [domain]


@pytest.mark.parametrize(("language", "paragraph", "domain"), OWN_PURPOSE)
def test_without_the_own_purpose_rule_the_titles_topic_decides(
    language: str, paragraph: str, domain: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rule is what keeps the patrol: without it the title's relief makes it rule 9."""
    monkeypatch.setattr(event_domain_topic, "OWN_PURPOSE", False)
    assert _domains(language, [paragraph], ("KE", "TZ"), lead=True)[-1:] == [NTS]


@pytest.mark.parametrize(("language", "paragraph", "domain"), DRILL_THEME + HAPPENING)
@pytest.mark.parametrize("pair", [("KE", "TZ"), ("VN", "ID"), ("MN", "KZ")])
def test_a_drills_theme_is_not_the_paragraphs_topic(
    language: str, paragraph: str, domain: str, pair: tuple[str, str]
) -> None:
    """Forces moved after a relief drill keep rule 11; after a disaster that happened, rule 9 (dom51)."""
    assert _domains(language, [paragraph], pair)[-1:] == [domain]


@pytest.mark.parametrize(("language", "paragraph", "domain"), DRILL_THEME)
def test_without_the_drill_theme_rule_the_drills_topic_spreads(
    language: str, paragraph: str, domain: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(event_domain_topic, "DRILL_THEMES", False)
    assert _domains(language, [paragraph], ("KE", "TZ"))[-1:] == [NTS]


@settings(max_examples=30, deadline=None)
@given(
    case=st.sampled_from(DRILL_THEME + OWN_PURPOSE),
    pair=st.lists(st.sampled_from(state_ids()), min_size=2, max_size=2, unique=True),
)
def test_renaming_the_states_never_changes_the_domain(case: tuple[str, str, str], pair: list[str]) -> None:
    language, paragraph, domain = case
    titled = case in OWN_PURPOSE  # a drill's theme is tested without a title: a title's topic codes what follows
    assert _domains(language, [paragraph], (pair[0], pair[1]), lead=titled)[-1:] == [domain]


def test_the_drill_sentences_are_left_out_but_the_events_own_is_kept() -> None:
    text = fold("A relief exercise was held.[2] Then a flood struck. The navy held a rescue drill.")
    assert _without_drills(text) == fold("[2] Then a flood struck. The navy held a rescue drill.")
    assert _without_drills(text, keep_last=False) == fold("[2] Then a flood struck.")
    # a training mission is a deployment, no drill
    assert _without_drills(fold("The training mission left after the earthquake. Ships came."), keep_last=False)


def test_the_words_are_written_in_four_languages_and_name_no_topic() -> None:
    raw = json.loads((DATA / "domain_topics.json").read_text("utf-8"))
    for key in ("purposes", "drills"):
        assert all(raw[key][language] for language in event_domain_topic.LANGUAGES)
    for word in ("illegal fishing", "密漁", "走私", "非法捕撈", "narcotics"):
        assert side_words("purposes").search(fold(word)), word
    for word in ("piracy", "earthquake", "海賊", "救灾"):
        assert not side_words("purposes").search(fold(word)), word
    for word in ("exercise", "訓練", "演练", "演習"):
        assert side_words("drills").search(fold(word)), word


def test_words_that_break_the_shape_are_a_data_file_error() -> None:
    with pytest.raises(DataFileError):
        compiled_side_words({"drills": {"en": "a"}}, "drills")
    with pytest.raises(DataFileError):
        compiled_side_words({"drills": {"en": "(", "ja": "b", "zh-Hans": "c", "zh-Hant": "d"}}, "drills")


def test_rule_nines_missions_care_and_relief_are_topic_words() -> None:
    """A mission named as the United Nations names its missions (`Interim … Force`, `特派团`), care given to the
    sick and relief supplies are rule 9's topics (peacekeeping, health, disaster); a council or a resolution of the
    United Nations is none."""
    for words in (
        "the United Nations Interim Security Force in the border area",
        "该特派团撤离营地",
        "部署至联合国临时安全部队",
        "国連南部監視団",
        "提供免费诊疗",
        "treated patients ashore",
        "flew relief supplies to the island",
    ):
        assert event_domain_topic.topic_words().search(fold(words)), words
    for words in ("the United Nations Security Council extended the mandate", "联合国安理会通过决议", "free trade"):
        assert not event_domain_topic.topic_words().search(fold(words)), words
