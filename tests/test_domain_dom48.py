"""The codebook's context gate (tests/corpora/events/README.md, `domain`: the decision procedure, rules 12–14;
twenty-fourth session, branch dom48), checked where the extractor called `context` what rule 14 keeps as the pair's:
one side ratifying the pair's instrument, the instrument named in the sentence before (`ratified it`, `これを批准した`,
`予以批准`, `交存批准書`) or by a word the data did not know as an instrument (`accord`, `pact`, `protocol`,
`partnership`). A ratification takes an instrument by its meaning (data: `one_sided.instrument_acts` in
allyscope/data/event_patterns.json). And one side speaking by a person of it named alone (`told reporters`, `表示`,
`と述べた`; data: `one_sided.sayings`) is the pair's dialogue, as its minister or spokesperson already was.
Sentences written for these tests about a pair no dev document names (Uruguay and Paraguay), in four languages,
and contrasts the gate must leave as they are: one side's own budget or law (rule 13), a ratification of a treaty
with a third state (rule 12), Chinese `批准` approving something that is no instrument, and a third state speaking.
"""

from __future__ import annotations

import pytest
from helpers import case_of

from allyscope import parse_text
from allyscope.events import extract_events

INS, CTX = "institutional", "context"


def _events(text: str) -> list[tuple[str, list[str]]]:
    with case_of("UY", "PY"):
        events = extract_events(parse_text("Uruguay and Paraguay\n\n" + text + "\n"), "t")
        return [(e.domain, sorted(e.actors)) for e in events]


SIGNED = {
    "en": "On 6 May 2021 Uruguay and Paraguay signed a treaty on their river border. ",
    "ja": "2021年5月6日、ウルグアイとパラグアイは国境条約に署名した。",
    "zh-Hans": "2021年5月6日，乌拉圭与巴拉圭签署边界条约。",
    "zh-Hant": "2021年5月6日，烏拉圭與巴拉圭簽署國防合作協定。",
}

RATIFIED = [
    ("en", "Paraguay's Senate ratified it on 3 March 2022.", "PY"),
    ("en", "The Uruguayan congress gave its ratification on 3 March 2022.", "UY"),
    ("en", "Uruguay deposited its instrument of ratification on 3 March 2022.", "UY"),
    ("ja", "パラグアイ議会は2022年3月3日にこれを批准した。", "PY"),
    ("zh-Hans", "巴拉圭参议院于2022年3月3日予以批准。", "PY"),
    ("zh-Hant", "烏拉圭於2022年3月3日交存批准書。", "UY"),
]


@pytest.mark.parametrize(("language", "text", "side"), RATIFIED)
def test_one_side_ratifying_the_pairs_instrument_is_the_pairs(language: str, text: str, side: str) -> None:
    events = _events(SIGNED[language] + text)
    assert events[0] == (INS, ["PY", "UY"]), (language, events)
    assert events[1:] == [(INS, [side])], (language, text, events)


NAMED_BY_ANOTHER_WORD = [
    ("en", "On 3 March 2022 the Uruguayan congress suspended the defence accord.", "UY"),
    ("en", "On 3 March 2022 Paraguay renewed the security pact.", "PY"),
    ("en", "On 3 March 2022 Paraguay's Senate withdrew from the protocol.", "PY"),
    ("en", "On 3 March 2022 Uruguay left the strategic partnership.", "UY"),
    ("ja", "2022年3月3日、パラグアイは安全保障議定書から脱退した。", "PY"),
    ("zh-Hans", "2022年3月3日，乌拉圭宣布退出安全议定书。", "UY"),
]


@pytest.mark.parametrize(("language", "text", "side"), NAMED_BY_ANOTHER_WORD)
def test_an_instrument_by_another_name(language: str, text: str, side: str) -> None:
    assert _events(text) == [(INS, [side])], (language, text)


CONTRASTS = [
    # one side's own budget or law stays its own affair (rule 13)
    ("en", "On 3 March 2022 Paraguay's Senate passed the defence budget."),
    ("zh-Hans", "2022年3月3日，巴拉圭参议院批准了国防预算。"),
    ("zh-Hant", "2022年3月3日，烏拉圭國會批准了新的兵役法。"),
    ("ja", "2022年3月3日、パラグアイ議会は国防予算を可決した。"),
    # a ratification of a treaty with a third state stays that pair's (rule 12)
    ("en", "On 3 March 2022 Paraguay ratified a trade treaty with Brazil."),
    ("ja", "2022年3月3日、ウルグアイはブラジルとの条約を批准した。"),
]


@pytest.mark.parametrize(("language", "text"), CONTRASTS)
def test_the_gate_still_closes_on_ones_own_affairs(language: str, text: str) -> None:
    assert [domain for domain, _ in _events(text)] == [CTX], (language, text)


PD = "political-dialogue"

SPOKEN = [
    ("en", "On 3 March 2022 Tabaré Vázquez told reporters that the talks had gone well.", "person:tabare-vazquez"),
    ("ja", "2022年3月3日、ラカジェ・ポウは記者団に対し、協議は順調だと述べた。", "person:lacalle-pou"),
    ("zh-Hant", "2022年3月3日，烏拉圭總統拉卡列·波烏在記者會上表示願深化合作。", "UY"),
    ("ja", "2022年3月3日、パラグアイ大統領はウルグアイとの国境協力に言及した。", "PY"),
    ("zh-Hans", "2022年3月3日，拉卡列·波乌表示，两国的边境合作进展顺利。", "person:lacalle-pou"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), SPOKEN)
def test_one_side_speaking_is_the_pairs_dialogue(language: str, text: str, speaker: str) -> None:
    events = _events(text)
    assert [domain for domain, _ in events] == [PD], (language, text, events)
    assert speaker in events[0][1], (language, events)


SPOKEN_ELSEWHERE = [
    # a third state speaking, or one side speaking at a venue of a third (rule 12)
    ("en", "On 3 March 2022 Brazil said it was ready to mediate."),
    ("zh-Hans", "2022年3月3日，巴西外交部表示支持两国对话。"),
    ("en", "On 3 March 2022 Tabaré Vázquez told reporters in Brasília that the talks had gone well."),
]


@pytest.mark.parametrize(("language", "text"), SPOKEN_ELSEWHERE)
def test_a_third_party_speaking_stays_context(language: str, text: str) -> None:
    assert [domain for domain, _ in _events(text)] == [CTX], (language, text)


RENEWED_BY_ONE_SIDE = [
    ("zh-Hans", "2022年3月3日，巴拉圭续签了安全协定。", "PY"),
    ("zh-Hant", "2022年3月3日，烏拉圭續簽了防務協定。", "UY"),
    ("ja", "2022年3月3日、パラグアイは安全保障協定を更新した。", "PY"),
    ("en", "On 3 March 2022 Uruguay renewed the defence accord.", "UY"),
]


@pytest.mark.parametrize(("language", "text", "side"), RENEWED_BY_ONE_SIDE)
def test_one_side_renewing_the_pairs_pact_is_that_sides_act(language: str, text: str, side: str) -> None:
    """Renewing, as ratifying: one side named acting on the pair's arrangement is that side's act on it
    (institutional, that side alone; thirty-third session, `topic.json` `one_sided_acts` and `one_sided`)."""
    assert _events(text) == [(INS, [side])], (language, text)
