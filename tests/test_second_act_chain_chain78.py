"""Second acts after a dated meeting, across what the sides agreed in between (issue 14 items 1 and 4; chain78).

The corpus README's "Acts told after a dated meeting": (b) a sentence opening with the two sides together whose act
is a second act on an instrument or on the relationship (a statement issued, a signing, a relationship raised) is an
event of the occasion's date; (c) an agreement, intent or view of the two sides with no word of time of its own is
no event. Two rules follow from that reading (`event_clauses.json` `second_act` 'agreement_words' and
'standing_words'; `events.py`, the carry of the occasion's date):

- an agreement told in a sentence of its own after the talks (`双方同意…`, `…ことで一致した`, `agreed to …`) is what
  the talks agreed, no act, unless it raises or founds the relationship (`同意将…提升为…`) or the same sentence
  issues a statement or signs;
- such a sentence, and any sentence of the two sides that yields no event, neither breaks the carry: the second act
  told after it still takes the occasion's date (dev: `press_ja_japan_italy_strategic` E4, and this branch's
  China–Benin and China–Gabon pages).

The tests are about other pairs (Cambodia and Vietnam, Chile and Peru, Mongolia and Kazakhstan, Laos and Thailand)
and in other words than those documents."""

from __future__ import annotations

from pathlib import Path

from helpers import asserted_dates_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_TALKS_ZHS = "新闻\n\n柬埔寨首相2024年3月6日在河内同越南总理举行会谈。"


def test_a_statement_after_an_agreement_takes_the_talks_day(tmp_path: Path) -> None:
    text = f"{_TALKS_ZHS}双方同意加强铁路互联互通合作。双方还发表了联合声明。\n"
    assert asserted_dates_of(tmp_path, text, "联合声明") == ["2024-03-06"]
    assert asserted_dates_of(tmp_path, text, "互联互通") == []


def test_the_traditional_form_passes_an_agreement_to_launch(tmp_path: Path) -> None:
    text = (
        "新聞\n\n智利外長2023年11月14日在利馬同秘魯外長舉行會談。雙方同意啟動漁業合作對話。"
        "雙方還簽署了關於領事合作的諒解備忘錄。\n"
    )
    assert asserted_dates_of(tmp_path, text, "諒解備忘錄") == ["2023-11-14"]
    assert asserted_dates_of(tmp_path, text, "漁業合作對話") == []


def test_a_japanese_agreement_to_launch_is_no_event_and_passes_the_date_on(tmp_path: Path) -> None:
    text = (
        "報道発表\n\n2022年6月8日、モンゴルのオユーンエルデネ首相はカザフスタンの首相とアスタナで会談を行った。"
        "両首脳は、鉱業分野の作業部会を立ち上げることで一致した。両首脳は、共同声明に署名した。\n"
    )
    assert asserted_dates_of(tmp_path, text, "共同声明に署名") == ["2022-06-08"]
    assert asserted_dates_of(tmp_path, text, "作業部会") == []


def test_an_english_agreement_to_launch_is_no_event_and_passes_the_date_on(tmp_path: Path) -> None:
    text = (
        "News\n\nThe prime ministers of Laos and Thailand held talks in Vientiane on 9 May 2024. "
        "The two leaders agreed to launch negotiations on a border trade agreement. "
        "The two leaders also issued a joint statement on the Mekong.\n"
    )
    assert asserted_dates_of(tmp_path, text, "joint statement") == ["2024-05-09"]
    assert asserted_dates_of(tmp_path, text, "launch negotiations") == []


def test_trap_an_agreement_raising_the_relationship_stays_an_event(tmp_path: Path) -> None:
    text = f"{_TALKS_ZHS}双方同意将两国关系提升为全面战略伙伴关系。\n"
    assert asserted_dates_of(tmp_path, text, "提升为") == ["2024-03-06"]


def test_trap_an_agreement_in_the_talks_sentence_is_dated_with_them(tmp_path: Path) -> None:
    text = "新闻\n\n柬埔寨首相2024年3月6日在河内同越南总理举行会谈，双方同意签署铁路合作协定。\n"
    assert asserted_dates_of(tmp_path, text, "举行会谈") == ["2024-03-06"]


def test_trap_the_carry_stops_at_a_new_paragraph(tmp_path: Path) -> None:
    text = f"{_TALKS_ZHS}双方同意加强铁路互联互通合作。\n\n双方还发表了联合声明。\n"
    assert asserted_dates_of(tmp_path, text, "联合声明") == []


def test_trap_across_an_agreement_only_a_statement_or_a_signing_is_carried(tmp_path: Path) -> None:
    text = f"{_TALKS_ZHS}双方同意加强铁路互联互通合作。双方还成立了铁路合作联合委员会。\n"
    assert "2024-03-06" not in asserted_dates_of(tmp_path, text, "联合委员会")


def test_trap_the_carry_stops_at_a_sentence_of_one_side(tmp_path: Path) -> None:
    text = f"{_TALKS_ZHS}双方同意加强铁路互联互通合作。越南政府表示欢迎。双方还发表了联合声明。\n"
    assert asserted_dates_of(tmp_path, text, "联合声明") == []


_AGREEMENTS = [
    "双方同意加强铁路互联互通合作。",
    "双方一致同意推动农业合作。",
    "两国领导人同意启动自由贸易协定谈判。",
    "两国元首同意继续深化人文交流。",
]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    day=st.integers(min_value=1, max_value=28),
    between=st.lists(st.sampled_from(_AGREEMENTS), min_size=0, max_size=3),
)
def test_property_the_statement_takes_the_talks_day_over_any_agreements(
    tmp_path: Path, day: int, between: list[str]
) -> None:
    text = f"新闻\n\n柬埔寨首相2024年3月{day}日在河内同越南总理举行会谈。{''.join(between)}双方还发表了联合声明。\n"
    assert asserted_dates_of(tmp_path, text, "联合声明") == [f"2024-03-{day:02d}"]
    for agreement in between:
        assert asserted_dates_of(tmp_path, text, agreement[2:8]) == []
