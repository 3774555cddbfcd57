"""Same-day words after a date told inside a clause that modifies a noun (issue 14, item 1; prec71), in sentences
written for these tests:

- a word of the same day (`当天`, `當天`, `同日`, `That day`) opening the next sentence or paragraph after an
  earlier day told only inside a clause that modifies a noun (`…在河内签署的协定`, `…に署名された協定`, `, which
  … on <day>,`) tells of the story's day told before that clause, not of the noun's day;
- a date that is a step of the story (a day opening its clause, a later month or year) is what the word counts
  from, as before; a modifying clause whose day is not earlier than the story's (`会见来访的…`) is no background.
"""

from __future__ import annotations

import datetime

from helpers import cjk_day, dates_of_events, english_day
from hypothesis import given
from hypothesis import strategies as st

_dated, _cjk, _english = dates_of_events, cjk_day, english_day


_SHAPES = {
    # (the story's day, then a sentence with a background day; the sentence opening with the day word; the word)
    "zh": (
        "{a}，挪威首相在奥斯陆会见越南总理。双方回顾了两国{b}在河内签署的航运协定。",
        "当天，两国还发表了联合新闻公报。",
        "当天",
    ),
    "zht": (
        "{a}，波蘭外長訪問印度。雙方肯定{b}在華沙簽署的《文化合作協定》的成果。",
        "當天，兩國外長還出席了經貿論壇。",
        "當天",
    ),
    "ja": (
        "{a}、カナダ首相は韓国大統領と会談した。両首脳は{b}に署名された漁業協定の成果を評価した。",
        "同日、両国は投資協定に署名した。",
        "同日",
    ),
    "en": (
        "On {a}, the prime ministers of Norway and Vietnam met in Oslo. The shipping accord, which the two governments"
        " signed on {b}, was reviewed.",
        "That day, they also opened a trade forum.",
        "That day",
    ),
}


@given(
    told=st.dates(min_value=datetime.date(1995, 1, 1), max_value=datetime.date(2024, 12, 31)),
    back=st.integers(min_value=1, max_value=9000),
    shape=st.sampled_from(sorted(_SHAPES)),
    paragraph=st.booleans(),
)
def test_a_same_day_word_after_a_modifying_clause_tells_of_the_story_day(
    told: datetime.date, back: int, shape: str, paragraph: bool
) -> None:
    story, later, word = _SHAPES[shape]
    earlier = told - datetime.timedelta(days=back)
    write = _english if shape == "en" else _cjk
    text = story.format(a=write(told), b=write(earlier)) + ("\n\n" if paragraph else "") + later
    dated = dict(_dated(text))
    assert dated[word] == told.isoformat(), (text, dated)


def test_a_day_word_after_a_step_of_the_story_counts_from_that_step() -> None:
    # the date before the word opens its own clause: the story moved to it
    text = "2024年5月3日，挪威首相会见越南总理。2024年4月20日，两国外长在河内会谈。当天，双方签署了航运协定。"
    assert dict(_dated(text))["当天"] == "2024-04-20"
    text = (
        "2021年3月1日、カナダ首相は韓国大統領と会談した。2020年11月9日、両国外相が会談した。"
        "同日、両国は協定に署名した。"
    )
    assert dict(_dated(text))["同日"] == "2020-11-09"


def test_a_modifying_clause_on_the_story_day_or_later_is_no_background() -> None:
    # `会见来访的…`: a modifier inside the story's own clause, on its own day
    text = "2024年5月3日，挪威首相会见越南总理。5月4日在奥斯陆举行的论坛开幕。当天，双方签署了航运协定。"
    assert dict(_dated(text))["当天"] == "2024-05-04"


def test_a_background_day_in_the_same_sentence_as_the_word_is_read_as_before() -> None:
    # the word deep in the sentence of the modifier tells of the act that sentence is about
    text = "2024年5月3日，挪威首相会见越南总理。该协定由两国于2019年6月1日签署，当天正值两国建交纪念日。"
    assert dict(_dated(text))["当天"] == "2019-06-01"


def test_no_story_day_before_leaves_the_word_on_the_modifier() -> None:
    # no day of the story was told before the modifying clause: nothing else to count from
    text = "双方回顾了两国2019年6月1日在河内签署的航运协定。当天，两国还发表了联合新闻公报。"
    assert dict(_dated(text))["当天"] == "2019-06-01"
