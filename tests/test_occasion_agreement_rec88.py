"""An agreement or a meeting told at an occasion told just before is dated by that occasion (issue 14; rec88).

rec87 let Japanese `その際` ('on that occasion') date only an instrument issued then (`same_time_instrument_ja`) and
left the rest undated, as the fifty-fifth session's lead asked after rec86's broader reading cost a blind floor. Dev
(counted over all of it with `/work/scratch/p88/rec88/missed_by.py`): 17 gold events in sentences with `その際` or a
sentence-opening `席上`, 11 missed at START, in 10 documents; among them an agreement of the sides
together (`その際、両首脳は関係の格上げで一致していた`, `news_ja_india_egypt_modi_visit`; this branch's Mauritania
page twice, once with `席上`) and a meeting held then (`その際、慶尚南道は…懇談会を開いた`,
`academic_ja_korea_poland_armour`). The corpus README reads both as acts of their own dated with the occasion
(rec86's agreement told with the talks). Built:
`same_time_occasion_ja` (date_rules.json): `その際`, `その席上` and `席上` date, as `same_time` words, only a collective
subject of the sides and `一致` in the same sentence, or a meeting's noun with a verb of holding, or `…と会談し`;
`席上` only where it opens its sentence.

The tests are in other words and about other pairs. Traps: a remark on the occasion (thanks, congratulations: what
one side said inside the talks), `席上` inside another word (`出席上海合作组织峰会`), `その際の` before a noun, an
occasion still to come."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import find_dates, rules
from tests.helpers import asserted_dates_of

_SPEC = rules()["same_time_occasion_ja"]


def _occasion_dates(text: str) -> list[str]:
    """The dates `find_dates` reads for the occasion words of `text` (`その際`, `席上`)."""
    return [m.edtf for m in find_dates(text) if m.text in _SPEC["words"]]


def test_an_agreement_of_both_ministers_on_that_occasion_takes_the_talks_day(tmp_path: Path) -> None:
    text = (
        "二国間関係\n\n2018年3月5日、外務大臣はリマでペルーの外相と会談しました。"
        "その際、両外相は鉱物資源の分野で協力を進めていくことで一致しました。\n"
    )
    assert asserted_dates_of(tmp_path, text, "一致しました") == ["2018-03-05"]


def test_an_agreement_at_the_meeting_opening_its_sentence_takes_the_meeting_day(tmp_path: Path) -> None:
    text = (
        "二国間関係\n\n2021年10月12日、防衛大臣は来日したチリの国防相と昼食会を共にしました。"
        "席上、両国防相は部隊間の交流を拡大することで一致しました。\n"
    )
    assert asserted_dates_of(tmp_path, text, "交流を拡大することで一致") == ["2021-10-12"]


def test_a_meeting_held_on_a_visit_told_to_the_month_takes_that_month() -> None:
    text = "2017年11月、州知事の一行がワルシャワを訪れた。その際、州政府は現地企業との交流会合を開催した。"
    assert _occasion_dates(text) == ["2017-11"]


# --- traps ----------------------------------------------------------------------------------------------------------


def test_thanks_said_on_that_occasion_stay_undated() -> None:
    text = "2018年3月5日、外務大臣は大統領を表敬しました。その際、大統領は日本の協力に謝意を述べました。"
    assert _occasion_dates(text) == []


def test_congratulations_at_the_meeting_stay_undated() -> None:
    text = "2018年3月5日、総理大臣は大統領と会談しました。席上、総理大臣から大統領の再選に祝意を表しました。"
    assert _occasion_dates(text) == []


def test_attending_a_summit_in_shanghai_is_no_meeting_seat() -> None:
    text = "2019年6月14日，国家主席出席上海合作组织成员国元首理事会会议，双方在会上一致同意加强合作。"
    assert not any(m.text.endswith("席上") for m in find_dates(text))


def test_that_occasion_before_a_noun_dates_nothing() -> None:
    text = "2018年3月5日、両外相は会談しました。その際の合意では、両外相は協力で一致しています。"
    assert _occasion_dates(text) == []


def test_an_agreement_on_an_occasion_still_to_come_states_nothing_done(tmp_path: Path) -> None:
    text = (
        "二国間関係\n\n外相は来月リマを訪問する予定です。"
        "その際、両外相は鉱物資源の分野で協力することで一致する見通しです。\n"
    )
    assert asserted_dates_of(tmp_path, text, "一致する見通し") == []


# --- properties -----------------------------------------------------------------------------------------------------

_PIECES = [*"両首脳外相はがの協力を確認し一致表明述べた会談国交流会合開催、", "謝意", "祝意", "席上"]
_KANA_KANJI = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)


@settings(max_examples=60)
@given(word=st.sampled_from(_SPEC["words"]), after=_KANA_KANJI)
def test_the_occasion_dates_only_an_agreement_or_a_meeting_after_it(word: str, after: str) -> None:
    text = f"2016年9月6日、両首脳は会談しました。{word}{after}。"
    at = text.index(word, len("2016年9月6日、両首脳は会談しました。"))
    told = [m for m in find_dates(text) if m.start == at]
    if told:
        assert [m.edtf for m in told] == ["2016-09-06"]
        rest = text[at + len(told[0].text) :]
        instrument = rules()["same_time_instrument_ja"]
        assert re.match(_SPEC["only_before"], rest) or (
            told[0].text in instrument["words"] and re.match(instrument["only_before"], rest)
        )


@settings(max_examples=40)
@given(before=st.sampled_from(list("出宴会列着首主")), after=_KANA_KANJI)
def test_the_seat_word_inside_another_word_is_no_occasion(before: str, after: str) -> None:
    text = f"2016年9月6日、両首脳は会談しました。{before}席上{after}。"
    assert not [m for m in find_dates(text) if m.text in ("席上", "その席上") and m.start == text.index("席上")]
