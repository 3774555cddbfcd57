"""An instrument's entry into force is an act of its parties, found in the discourse: a reference back to the
agreement (`此协定`, `同協定`, `The agreement`) takes the parties of the agreement named before it, passing over the
bare common noun (`按照协定规定`); and a date the instrument holds from (`自…起生效`, `…から発効`, `took effect
from`) is the day it entered into force, not the start of a period. Sentences written for these tests."""

from __future__ import annotations

from allyscope import extract


def _events(text: str) -> list[tuple[str, list[str], str]]:
    return [(e.date, e.actors, e.evidence.text.strip()) for e in extract(text).events]


def test_a_chinese_agreement_referred_back_after_the_common_noun_brings_its_parties() -> None:
    found = _events(
        "海洋合作\n\n2018年5月，中国和越南签署了《海洋合作协定》。按照协定规定，此协定自2019年1月1日起生效。\n"
    )
    assert found[-1][0] == "2019-01-01"
    assert set(found[-1][1]) == {"CN", "VN"}


def test_a_japanese_agreement_taking_effect_from_a_day() -> None:
    found = _events(
        "協定\n\n2019年、日本とカナダは物品役務相互提供協定に署名した。同協定は2020年7月1日から発効した。\n"
    )
    assert found[-1][:2] == ("2020-07-01", ["JP", "CA"])


def test_an_english_agreement_taking_effect_from_a_day() -> None:
    found = _events(
        "Pact\n\nIn 2019 Japan and Canada signed the Acquisition and Cross-Servicing Agreement. "
        "The agreement took effect from 1 July 2020.\n"
    )
    assert found[-1][0] == "2020-07-01"
    assert set(found[-1][1]) == {"JP", "CA"}


def test_an_activity_since_a_date_keeps_its_open_start() -> None:
    # what is carried on from a date (`定期举行`) is no entry into force: the period stays open
    assert _events("会谈\n\n自2019年起，中国和越南定期举行会谈。\n")[0][0] == "2019/.."
