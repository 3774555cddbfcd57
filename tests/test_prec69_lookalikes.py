"""Look-alikes of dated acts and of states (issue 14, items 1 and 3; prec69), in sentences written for these tests:

- a word of the same day (`同日`, `当天`, `當天`, `that day`, `翌日`) in the sentence after one that told its own day
  first and then an earlier, recalled day (`…7月16日会谈，回顾了1991年…签署的…`) is the day that sentence was told
  at, not the recalled one; a sentence going forward in time keeps the day told last;
- the compound reader honours the gazetteer's blocked words: a city written with two states' abbreviations
  (`乌法`) names no state, before a noun of the pair too (`乌法峰会`);
- Japanese writes the Soviet Union and Russia in compounds with one katakana letter (`日ソ`, `米ソ`, `日ロ`): read
  as the state of its time (the Soviet Union for `ソ`), never as the last letter of a katakana word (`テロ`).
"""

from __future__ import annotations

import datetime
from typing import Any

from helpers import cjk_day, dates_of_events, english_day
from hypothesis import given
from hypothesis import strategies as st

from allyscope.entities import gazetteer, load_states
from allyscope.scripts import fold

_dated, _cjk, _english = dates_of_events, cjk_day, english_day


_SHAPES = {
    # (the sentence telling its day, then a recalled earlier day; the next sentence with the day word)
    "zh": ("{a}，智利和肯尼亚外长举行会谈，重申{b}签署的合作协定的意义。", "当天，两国还签署了文化协议。", "当天"),
    "zh_same": ("{a}，挪威首相会见蒙古国总统，回顾了{b}建立的伙伴关系。", "同日，两国发表联合公报。", "同日"),
    "zht": ("{a}，智利外長訪問肯亞，雙方回顧了{b}簽署的備忘錄。", "當天，兩國外長共同會見記者。", "當天"),
    "ja": (
        "{a}、ノルウェー首相はモンゴル大統領と会談し、{b}の協定締結を振り返った。",
        "同日、両首脳は共同声明を発表した。",
        "同日",
    ),
    "en": (
        "On {a}, the foreign ministers of Chile and Kenya met in Nairobi, under the accord they had signed on {b}.",
        "That day they also opened a consulate.",
        "That day",
    ),
}


@given(
    told=st.dates(min_value=datetime.date(1995, 1, 1), max_value=datetime.date(2024, 12, 31)),
    back=st.integers(min_value=1, max_value=9000),
    shape=st.sampled_from(sorted(_SHAPES)),
)
def test_a_day_word_after_a_recalled_day_counts_from_the_day_its_sentence_was_told(
    told: datetime.date, back: int, shape: str
) -> None:
    recalled = told - datetime.timedelta(days=back)
    first, second, word = _SHAPES[shape]
    write = _english if shape == "en" else _cjk
    found = _dated(first.format(a=write(told), b=write(recalled)) + " " + second)
    assert (word, told.isoformat()) in found, found
    assert (write(recalled), recalled.isoformat()) in found, found  # the recalled day is still read as its own


@given(
    told=st.dates(min_value=datetime.date(1995, 1, 1), max_value=datetime.date(2024, 6, 30)),
    later=st.integers(min_value=1, max_value=60),
)
def test_a_day_word_after_a_sentence_going_forward_counts_from_the_day_told_last(
    told: datetime.date, later: int
) -> None:
    then = told + datetime.timedelta(days=later)
    text = f"{_cjk(told)}，智利外长抵达内罗毕，{_cjk(then)}与肯尼亚外长举行会谈。同日，两国签署协定。"
    assert ("同日", then.isoformat()) in _dated(text)


def test_the_next_day_and_the_same_year_count_from_the_day_told_too() -> None:
    text = "2019年5月6日、モンゴル大統領は来日し、1972年2月24日の外交関係樹立を振り返った。翌日、両首脳は会談した。"
    assert ("翌日", "2019-05-07") in _dated(text)
    text = (
        "On 3 May 2012, Chile and Kenya signed an accord, which built on the talks of 8 June 1999. "
        "The next day the envoys met."
    )
    assert ("The next day", "2012-05-04") in _dated(text)
    text = "2016年5月6日，挪威外长访问蒙古国，回顾了1987年1月27日的建交公报。同年9月，两国签署协定。"
    assert ("同年9月", "2016-09") in _dated(text)


def test_a_new_sentence_with_its_own_date_is_not_held_back() -> None:
    text = (
        "2016年5月6日，挪威外长访问蒙古国，回顾了1987年1月27日的建交公报。2018年3月2日，两国签署协定。当天，双方会谈。"
    )
    assert ("当天", "2018-03-02") in _dated(text)


def _ids(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.alias, m.ids) for m in gazetteer().match_names(text)]


def test_a_city_written_with_two_abbreviations_names_no_state() -> None:
    cities = ("蒙古国总统在乌法出席峰会。", "乌法峰会期间，挪威与蒙古举行会谈。", "烏法峰會期間，智利與肯亞外長會晤。")
    for text in cities:
        assert all(set(ids) & {"UA", "FR"} == set() for _, ids in _ids(text)), _ids(text)
    # a compound of the same abbreviations elsewhere is still read
    assert ("乌法", ("UA", "FR")) not in _ids("乌法两国")  # (blocked whole: the city)
    assert ("中乌", ("CN", "UA")) in _ids("中乌两国在乌法会晤。")
    assert ("法德", ("FR", "DE")) in _ids("法德两国外长会晤。")


def _blocked_compounds() -> list[str]:
    """The blocked words written only with Chinese abbreviations (each of them a compound's look-alike)."""
    table = load_states()["abbreviations"]["zh"]
    return sorted(w for w in load_states()["blocked"] if len(w) > 1 and all(c in table for c in fold(w)))


@given(
    word=st.sampled_from(_blocked_compounds() or ["乌法"]),
    head=st.sampled_from(["峰会", "两国", "关系", "会议"]),
    lead=st.sampled_from(["", "挪威首相出席", "智利和肯尼亚在"]),
)
def test_no_compound_holds_a_blocked_word(word: str, head: str, lead: str) -> None:
    text = f"{lead}{word}{head}。"
    start = len(lead)
    for m in gazetteer().match_names(text):
        assert not (m.start <= start and start + len(word) <= m.end and m.basis == "compound"), (text, m)


def test_katakana_abbreviations_name_the_state_of_their_time() -> None:
    assert ("日ソ", ("JP", "SU")) in _ids("1956年、日ソ両国は国交を回復した。")
    assert ("米ソ", ("US", "SU")) in _ids("米ソ首脳会談が開かれた。")
    assert ("ソ中", ("SU", "CN")) in _ids("ソ中関係は改善に向かった。")
    assert ("日ロ", ("JP", "RU")) in _ids("日ロ両首脳は会談した。")
    assert ("日・ロ", ("JP", "RU")) in _ids("日・ロ関係は冷え込んだ。")


@given(
    word=st.sampled_from(["テロ", "マクロ", "ゼロ", "ペソ", "アソ", "プロ", "ミクロ"]),
    pair=st.sampled_from(["日米関係", "日豪首脳", "米中両国"]),
)
def test_a_katakana_word_ending_in_an_abbreviation_opens_no_compound(word: str, pair: str) -> None:
    found: list[Any] = gazetteer().match_names(f"{word}{pair}をめぐって協議した。")
    for m in found:
        assert m.start >= len(word), (word, pair, m)
    # a katakana abbreviation before more katakana is a letter of a word (`ロード`), no state
    assert all({"RU", "SU"}.isdisjoint(ids) for _, ids in _ids(f"日{word[-1]}ード関係を見直した。"))
