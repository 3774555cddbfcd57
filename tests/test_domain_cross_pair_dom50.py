"""Domains on pairs dev lacks (twenty-fifth session, dom50; issue 14 item 5): the codebook's frames
(allyscope/data/domain_frames.json, `event_domain_frames`) decide where the cue lists leave an event unclear, and
an event's domain never depends on which states it names.

Why: `benchmarks/domain_crossval.py` showed that on the events the cue lists leave unclear, a model trained on
half of dev (split by relation pair) scores the other half hardly better than the cues alone, against nine in ten
in-sample: it had learnt the pairs' wording. The frames read rules 3 (the pair's diplomatic relations acted on),
4 (equipment transferred) and 11 (forces moved), and since dom57 rule 1's standing in a body given or gained,
from words any pair's documents use. Sentences written for these
tests in four languages, about pairs chosen for them (Mongolia–Kazakhstan, Vietnam–Indonesia, Kenya–Tanzania),
none a dev document's wording; contrasts the frames must leave alone (what was said, a visitor visiting a ship, a
commander's or a delegation's visit); and a property: renaming the two states of a sentence to any other two
states of `states.json` never changes its domain.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import case_of
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import events_domain, parse_text
from allyscope.errors import DataFileError
from allyscope.event_domain_frames import LANGUAGES, compiled_frames, domain_frames
from allyscope.events import extract_events
from allyscope.events_domain import classify_domain, patterns, rule_domain
from allyscope.scripts import fold
from tests.event_generator import name_of, state_ids

INS, PD, MIL = "institutional", "political-dialogue", "military-exercise"
DATA = Path(__file__).resolve().parent.parent / "allyscope" / "data"

# (language, sentence, domain): each an act of a rule the cue lists alone left unclear or read otherwise
FRAMED = [
    # rule 3: the pair's diplomatic relations acted on
    ("en", "On 4 March 2021 Mongolia reopened its embassy in Astana after two years.", INS),
    ("en", "Kazakhstan called its ambassador in Ulaanbaatar back home on 4 March 2021.", INS),
    ("ja", "2021年3月4日、モンゴルはアスタナの大使館を閉鎖した。", INS),
    ("zh-Hans", "2021年3月4日，越南驻印尼大使返回雅加达。", INS),
    ("zh-Hant", "2021年3月4日，肯亞宣布關閉在坦尚尼亞的兩個領事館。", INS),
    # rule 4: equipment of forces transferred
    ("en", "Twelve armoured vehicles were handed over to the Mongolian army on 9 June 2022.", INS),
    ("ja", "2022年6月9日、最初の装甲車8両がモンゴル陸軍に引き渡された。", INS),
    ("zh-Hans", "2022年6月9日，首批两架运输机移交肯尼亚空军。", INS),
    # rule 1: a standing in a body given or gained (dom57)
    ("en", "Mongolia was granted observer status in the regional forum on 3 June 2022.", INS),
    ("ja", "2022年6月3日、モンゴルは同フォーラムのオブザーバー資格を得た。", INS),
    ("zh-Hans", "2022年6月3日，该论坛给予肯尼亚观察员地位。", INS),
    # rule 11: forces moved
    ("en", "An Indonesian aircraft carrier visit to Haiphong took place on 2 May 2023.", MIL),
    ("ja", "2023年5月2日、インドネシア海軍の艦隊がハイフォンを訪問した。", MIL),
    ("ja", "2023年5月2日、ケニア軍がタンザニア国境の拠点を攻撃した。", MIL),
    ("zh-Hans", "2023年5月2日，越南军舰访问雅加达。", MIL),
    ("zh-Hant", "2023年5月2日，肯亞軍經邊境進入坦尚尼亞北部。", MIL),
]


# equipment handed over (`handed over`, `移交`, and since dom66 `引き渡された` in any verb form) and, since rec67,
# observer status granted or obtained (an instrument act of its own, `domain_cues.one_sided`) the cue lists
# already decide: the frame agrees with them
ALREADY_CLEAR = {
    "Twelve armoured vehicles were handed over to the Mongolian army on 9 June 2022.",
    "2022年6月9日，首批两架运输机移交肯尼亚空军。",
    "2022年6月9日、最初の装甲車8両がモンゴル陸軍に引き渡された。",
    "Mongolia was granted observer status in the regional forum on 3 June 2022.",
    "2022年6月3日、モンゴルは同フォーラムのオブザーバー資格を得た。",
    "2022年6月3日，该论坛给予肯尼亚观察员地位。",
    # since dom72 an envoy `called … back` is an act on relations of the cue lists' own (class `instrument-act`)
    "Kazakhstan called its ambassador in Ulaanbaatar back home on 4 March 2021.",
}


@pytest.mark.parametrize(("language", "text", "domain"), FRAMED)
def test_a_frame_of_the_codebook_decides_an_unclear_event(language: str, text: str, domain: str) -> None:
    folded = fold(text)
    assert classify_domain(patterns(), folded) == domain, (language, text)
    assert rule_domain(patterns(), folded) == (domain, True), (language, text)


@pytest.mark.parametrize(("language", "text", "domain"), [f for f in FRAMED if f[1] not in ALREADY_CLEAR])
def test_without_the_frames_the_cue_lists_leave_these_unclear_or_wrong(
    language: str, text: str, domain: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The frames are what decides: with them off, each sentence above is unclear to the cue lists or wrong."""
    monkeypatch.setattr(events_domain, "FRAMES", False)
    events_domain.clear_cue_caches()
    try:
        assert rule_domain(patterns(), fold(text)) != (domain, True), (language, text)
    finally:
        events_domain.clear_cue_caches()


CONTRASTS = [
    # what was said is not what was done (rules 6 and 7)
    ("en", "On 4 March 2021 the minister said the embassy would reopen next year.", PD),
    ("zh-Hans", "2021年3月4日，外交部发言人表示，大使馆将于明年重新开放。", PD),
    # a visitor visiting a ship, a commander or a delegation visiting: talk, not forces moved
    ("en", "The defence minister visited the destroyer in port on 2 May 2023.", PD),
    ("en", "The army chief visited Hanoi on 2 May 2023.", PD),
    ("ja", "2023年5月2日、首相が護衛艦を訪問した。", PD),
    ("zh-Hans", "2023年5月2日，印尼代表团访问河内。", PD),
    ("zh-Hant", "2023年5月2日，肯亞陸軍參謀長抵達三蘭港。", PD),
    # a meeting of ambassadors is talk
    ("en", "The two ambassadors met in Astana on 4 March 2021.", PD),
    # a meeting of a body's members is talk, no standing acted on (dom57)
    ("zh-Hans", "2022年6月3日，该组织成员国外长在阿斯塔纳举行会议。", PD),
    ("en", "The foreign ministers of the member states met in Astana on 3 June 2022.", PD),
]


@pytest.mark.parametrize(("language", "text", "domain"), CONTRASTS)
def test_no_frame_reads_what_was_said_or_a_visitor(
    language: str, text: str, domain: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The frames change nothing here: the cue lists' answer is the same with them on and off, and where it is
    clear it is the codebook's domain."""
    folded = fold(text)
    with_frames = rule_domain(patterns(), folded)
    monkeypatch.setattr(events_domain, "FRAMES", False)
    events_domain.clear_cue_caches()
    try:
        assert rule_domain(patterns(), folded) == with_frames, (language, text)
    finally:
        events_domain.clear_cue_caches()
    assert not with_frames[1] or with_frames[0] == domain, (language, text, with_frames)


# -- the property: the states named do not decide the domain ------------------------------------------------------

TEMPLATES = [
    ("en", "On 4 March 2021 {a} reopened its embassy in {b}.", INS),
    ("en", "On 9 June 2022 {a} handed over four patrol boats to {b}.", INS),
    ("en", "On 2 May 2023 troops of {a} entered {b}.", MIL),
    ("en", "On 2 May 2023 the leaders of {a} and {b} held talks by telephone.", PD),
    ("ja", "2021年3月4日、{a}は{b}にある大使館を閉鎖した。", INS),
    ("ja", "2023年5月2日、{a}と{b}は合同演習を実施した。", MIL),
    ("zh-Hans", "2022年6月9日，{a}向{b}交付两架运输机。", INS),
    ("zh-Hans", "2023年5月2日，{a}与{b}外长举行会谈。", PD),
    ("zh-Hant", "2023年5月2日，{a}軍艦訪問{b}。", MIL),
    ("zh-Hant", "2021年3月4日，{a}與{b}簽署國防合作協定。", INS),
]
_CLDR = {"en": "en", "ja": "ja", "zh-Hans": "zh", "zh-Hant": "zh_Hant"}


def _named(ident: str, language: str) -> str:
    return name_of(ident, _CLDR[language])


@settings(max_examples=60, deadline=None)
@given(
    template=st.sampled_from(TEMPLATES),
    pair=st.lists(st.sampled_from(state_ids()), min_size=2, max_size=2, unique=True),
)
def test_renaming_the_states_never_changes_the_domain(template: tuple[str, str, str], pair: list[str]) -> None:
    """The words' domain (the classifier on the sentence) is the template's whatever two states it names: no state,
    capital or demonym is domain evidence (the model masks them; the cue lists and frames name none)."""
    language, text, domain = template
    a, b = (_named(i, language) for i in pair)
    sentence = text.format(a=a, b=b)
    assert classify_domain(patterns(), fold(sentence)) == domain, (pair, sentence)


@pytest.mark.parametrize(("language", "text", "domain"), TEMPLATES)
@pytest.mark.parametrize("pair", [("MN", "KZ"), ("VN", "ID"), ("KE", "TZ")])
def test_the_extracted_event_of_any_pair_takes_the_templates_domain(
    language: str, text: str, domain: str, pair: tuple[str, str]
) -> None:
    """Through the whole extractor, with the pair's case active: the event names both sides and has the domain."""
    sentence = text.format(a=_named(pair[0], language), b=_named(pair[1], language))
    with case_of(*pair):
        events = extract_events(parse_text("Relations\n\n" + sentence + "\n"), "t")
    assert [e.domain for e in events] == [domain], (sentence, [(e.domain, e.actors) for e in events])


# -- the data: shape, four languages, no entity --------------------------------------------------------------------


def test_every_frame_is_written_in_the_four_languages_and_names_a_rule() -> None:
    raw = json.loads((DATA / "domain_frames.json").read_text("utf-8"))
    assert tuple(raw["languages"]) == LANGUAGES
    assert [f.name for f in domain_frames()] == [entry["frame"] for entry in raw["frames"]]
    for entry in raw["frames"]:
        assert entry["codebook"], entry["frame"]
        for part in ("object", "act"):
            assert set(entry[part]) == set(LANGUAGES), (entry["frame"], part)


def test_a_frame_that_breaks_the_shape_is_a_data_file_error() -> None:
    raw = json.loads((DATA / "domain_frames.json").read_text("utf-8"))
    broken = json.loads(json.dumps(raw))
    del broken["frames"][0]["act"]["ja"]
    with pytest.raises(DataFileError):
        compiled_frames(broken)
    context = json.loads(json.dumps(raw))
    context["frames"][0]["domain"] = "context"
    with pytest.raises(DataFileError):
        compiled_frames(context)
    with pytest.raises(DataFileError):
        compiled_frames({"frames": []})


def test_no_frame_names_an_entity() -> None:
    """No alias of the gazetteer is the whole match of a frame's object or act."""
    aliases = {
        fold(alias)
        for entity in json.loads((DATA / "gazetteer.json").read_text("utf-8"))["entities"]
        for names in entity.get("aliases", {}).values()
        for alias in names
    }
    for frame in domain_frames():
        for expression in (frame.object, frame.act):
            assert not [alias for alias in aliases if expression.fullmatch(alias)], frame.name
