"""The codebook's domain decision procedure (tests/corpora/events/README.md, `domain`: the decision procedure; twenty-
fourth session, branch dom47), checked where the extractor did not follow its order. Sentences written for these tests
about a pair no dev document names (Uruguay and Paraguay), each rule in the languages it failed in and a contrast the
rule must leave alone. The rules are data (`domain_cues.classes` in allyscope/data/event_patterns.json): a word of
joint training that modifies a centre is no exercise (rule 4 over rule 10); relief goods and supplies, medical teams
and supplies, an epidemic fought and a disaster area are a security topic (rule 9 over rules 4 and 11); a measure
imposed — sanctions, export controls — is what one side does to the other (rule 5 over rule 1's words); talk about an
instrument is talk (rule 7: `discussed the memorandum`, `就…交換意見`); an embassy opened acts on the pair's relations
(rule 3); suspending military or security aid acts on a programme (rule 1), other aid is a measure (rule 5).
"""

from __future__ import annotations

import pytest
from helpers import case_of

from allyscope import parse_text
from allyscope.events import extract_events

PD, INS, NTS, MIL = "political-dialogue", "institutional", "non-traditional-security", "military-exercise"


def _domains(text: str) -> list[str]:
    with case_of("UY", "PY"):
        return [e.domain for e in extract_events(parse_text("Uruguay and Paraguay\n\n" + text + "\n"), "t")]


CASES = [
    # rule 4: the ceremony of a centre's opening, though the centre trains
    ("zh-Hans", "2021年5月6日，乌拉圭和巴拉圭国防部长出席了联合训练中心的启用仪式。", INS),
    ("ja", "2021年5月6日、ウルグアイとパラグアイは共同訓練センターを設立した。", INS),
    # rule 9: relief goods and medical supplies given
    ("zh-Hant", "2021年5月6日，烏拉圭向巴拉圭提供了賑災物資。", NTS),
    ("en", "On 6 May 2021 Uruguay donated medical supplies to Paraguay to fight the epidemic.", NTS),
    ("ja", "2021年5月6日、ウルグアイはパラグアイに医療物資を寄贈した。", NTS),
    ("zh-Hant", "2021年5月6日，烏拉圭海軍艦艇運送人道物資抵達巴拉圭。", NTS),
    ("ja", "2021年5月6日、ウルグアイは空軍の輸送機でパラグアイの被災地に支援物資を届けた。", NTS),
    ("zh-Hans", "2021年5月6日，乌拉圭向巴拉圭派遣医疗专家组协助抗击疫情。", NTS),
    ("en", "On 6 May 2021 Uruguay shipped emergency supplies to Paraguay.", NTS),
    ("ja", "2021年5月6日、ウルグアイ軍の医療部隊がパラグアイで診療活動を行った。", NTS),
    # rule 5: measures imposed
    ("en", "On 6 May 2021 Uruguay imposed export controls on Paraguay's chip makers.", PD),
    ("en", "On 6 May 2021 Uruguay imposed new sanctions on Paraguay's defence firms.", PD),
    ("ja", "2021年5月6日、ウルグアイはパラグアイに対する制裁を発動した。", PD),
    ("zh-Hans", "2021年5月6日，乌拉圭宣布对巴拉圭实施制裁。", PD),
    # rule 7: talk about an instrument
    ("en", "On 6 May 2021 the presidents of Uruguay and Paraguay discussed the new memorandum by telephone.", PD),
    ("zh-Hant", "2021年5月6日，烏拉圭總統與巴拉圭總統就聯合聲明的落實交換意見。", PD),
    # rule 3: an embassy opened
    ("en", "On 6 May 2021 Uruguay opened an embassy in Paraguay.", INS),
    # rules 1 and 5: military aid is a programme, other aid a measure
    ("zh-Hans", "2021年5月6日，乌拉圭宣布暂停对巴拉圭的军事援助。", INS),
    ("en", "On 6 May 2021 Uruguay suspended military aid to Paraguay.", INS),
    ("ja", "2021年5月6日、ウルグアイはパラグアイへの軍事援助を停止した。", INS),
]


@pytest.mark.parametrize(("language", "text", "domain"), CASES)
def test_the_decision_list_decides(language: str, text: str, domain: str) -> None:
    assert _domains(text) == [domain], (language, text)


CONTRASTS = [
    # a joint training held stays an exercise; a drill for relief too (rule 10)
    ("zh-Hans", "2021年5月6日，乌拉圭与巴拉圭举行联合训练。", MIL),
    ("en", "On 6 May 2021 the armies of Uruguay and Paraguay held a disaster-relief drill.", MIL),
    # equipment of forces donated stays an act on equipment (rule 4)
    ("zh-Hant", "2021年5月6日，烏拉圭向巴拉圭捐贈兩艘巡邏艇。", INS),
    # signing a text stays an act on an instrument, talks or not (rule 1)
    ("en", "On 6 May 2021 Uruguay and Paraguay signed a memorandum on export controls.", INS),
    ("ja", "2021年5月6日、ウルグアイとパラグアイは防衛協力覚書に署名した。", INS),
    # other aid and visas suspended stay measures (rule 5)
    ("en", "On 6 May 2021 Uruguay suspended most of its aid to Paraguay.", PD),
    ("ja", "2021年5月6日、ウルグアイはパラグアイへの経済援助を停止した。", PD),
    ("zh-Hans", "2021年5月6日，乌拉圭暂停向巴拉圭公民发放签证。", PD),
    # a text on relief signed stays an instrument (rule 1), a relief drill an exercise (rule 10)
    ("en", "On 6 May 2021 Uruguay and Paraguay signed an agreement on emergency supplies.", INS),
    ("zh-Hans", "2021年5月6日，乌拉圭与巴拉圭在灾区附近举行联合演习。", MIL),
    # a cyber text signed stays cyber (rule 8)
    ("ja", "2021年5月6日、ウルグアイとパラグアイはサイバー防衛に関する覚書に署名した。", NTS),
]


@pytest.mark.parametrize(("language", "text", "domain"), CONTRASTS)
def test_the_list_leaves_its_contrasts(language: str, text: str, domain: str) -> None:
    assert _domains(text) == [domain], (language, text)
