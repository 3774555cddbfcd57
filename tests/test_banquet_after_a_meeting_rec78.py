"""A meeting, then a banquet attended, in one sentence: two events (issue 14 item 1; branch rec78).

The clause reader keeps coordinated pieces of one kind together unless a listed pair of CAMEO codes and words parts
them (`event_clauses.json` `acts_apart_by_cameo`). A meeting (043) then `出席…仪式` was parted, and so was `出席…晚宴`
or `国宴` after an arrival or visit (042), but a banquet named by the common words `宴会`/`宴會` (Chinese) and
`晩餐会`/`夕食会` (Japanese) was not, and after a meeting no banquet word was listed at all: `会见了…总统…，并出席了…
欢迎宴会` gave one event (rec77's Port of Spain story; rec77 named it). The banquet words are now the attend pair's
counterparts beside the ceremony words, after a visit and after a meeting. The tests are about other pairs
(Fiji and Vanuatu) and in other words."""

from __future__ import annotations

from pathlib import Path

from helpers import asserted_dates_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def _count(tmp_path: Path, text: str, words: str) -> int:
    from helpers import asserted_events

    return sum(1 for _, sentence in asserted_events(tmp_path, text) if words in sentence)


def test_a_meeting_then_a_welcome_banquet_is_two_events(tmp_path: Path) -> None:
    text = (
        "新闻\n\n2019年11月20日\n\n19日，斐济总理姆拜尼马拉马在苏瓦会见了瓦努阿图总理萨尔维，"
        "并出席了斐济政府举行的欢迎宴会。\n"
    )
    assert _count(tmp_path, text, "欢迎宴会") == 2
    assert asserted_dates_of(tmp_path, text, "欢迎宴会") == ["2019-11-19"]


def test_the_traditional_form_gives_two_as_well(tmp_path: Path) -> None:
    text = (
        "新聞\n\n2019年11月20日\n\n19日，斐濟總理姆拜尼馬拉馬在蘇瓦會見了萬那杜總理薩爾維，"
        "並出席了斐濟政府舉行的歡迎宴會。\n"
    )
    assert _count(tmp_path, text, "歡迎宴會") == 2


def test_a_banquet_alone_stays_one_event(tmp_path: Path) -> None:
    # trap: no meeting before it, one act
    text = "新闻\n\n2019年11月20日\n\n19日晚，斐济总理姆拜尼马拉马为瓦努阿图总理萨尔维举行欢迎宴会。\n"
    assert _count(tmp_path, text, "欢迎宴会") == 1


def test_talks_with_no_banquet_stay_one_event(tmp_path: Path) -> None:
    # trap: talks and what they covered, with no banquet, stay one meeting
    text = (
        "新闻\n\n2019年11月20日\n\n19日，斐济总理姆拜尼马拉马同瓦努阿图总理萨尔维举行会谈，双方就地区局势交换意见。\n"
    )
    assert _count(tmp_path, text, "举行会谈") == 1


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=st.integers(min_value=1, max_value=19), banquet=st.sampled_from(["欢迎宴会", "国宴", "晚宴"]))
def test_property_a_meeting_then_any_banquet_word_is_two_events_of_that_day(
    tmp_path: Path, day: int, banquet: str
) -> None:
    text = (
        f"新闻\n\n2019年11月20日\n\n{day}日，斐济总理姆拜尼马拉马在苏瓦会见了瓦努阿图总理萨尔维，"
        f"并出席了斐济政府举行的{banquet}。\n"
    )
    assert _count(tmp_path, text, banquet) == 2
    assert asserted_dates_of(tmp_path, text, banquet) == [f"2019-11-{day:02d}"]
