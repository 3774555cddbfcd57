"""Recall of several dated acts in one sentence (branch rec70, issue 14 items 4-5).

Each test names a pattern of the language, in sentences written for it (Mongolia, Kazakhstan, Uzbekistan, Qatar,
Peru, Malaysia: not the pairs of the dev documents that showed the miss):

- talks, then talks with a further counterpart marked by a particle of 'also with' (`…と会談し、<B>とも会談した`,
  `…同A会谈，还同B会谈`) are two meetings (`event_clauses.json` `acts_apart_by_cameo`, the rule whose
  'counterpart_not_followed_by' keeps `とともに`, 'together with', one act);
- a piece of a clause dated to a day that opens with a word of what came next (`…を行い、その後、…を発表した`) is the
  next act of that day (`event_clauses.next_on_the_day`), while after a month or a year, or with a word of how often,
  it still tells what followed the date and is no event of it."""

from __future__ import annotations

import string
from pathlib import Path

from helpers import stated_events
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.event_clauses import acts_apart_by_cameo, next_on_the_day
from allyscope.scripts import fold


def _dated(events: list[tuple[str, str, str]], piece: str) -> list[str]:
    """The dates of the stated events whose sentence holds `piece`, once per event (a sentence may tell two)."""
    return [date for date, _, sentence in events if piece in sentence]


# --- talks with a further counterpart ('also with')


def test_japanese_talks_then_talks_also_with_another_are_two_meetings(tmp_path: Path) -> None:
    text = (
        "モンゴル外相の東京訪問\n\n"
        "モンゴルのバトツェツェグ外相は2024年5月14日、林官房長官と会談を行い、上川外相とも外相会談を行った。\n"
    )
    assert _dated(stated_events(tmp_path, text), "上川外相とも") == ["2024-05-14", "2024-05-14"]


def test_chinese_talks_then_talks_also_with_another_are_two_meetings(tmp_path: Path) -> None:
    text = "乌兹别克斯坦外长访华\n\n2023年4月12日，乌兹别克斯坦外长同秦刚举行会谈，还同王毅会见。\n"
    assert _dated(stated_events(tmp_path, text), "还同王毅会见") == ["2023-04-12", "2023-04-12"]


def test_together_with_is_no_further_counterpart() -> None:
    piece = fold("、カザフスタンの大統領とともに会談した。")
    assert not acts_apart_by_cameo("043", "043", piece)
    assert acts_apart_by_cameo("043", "043", fold("、カザフスタンの大統領とも会談した。"))


# --- the day's next act after a word of what came next


def test_japanese_next_act_on_the_day_after_sono_ato(tmp_path: Path) -> None:
    text = (
        "カタール首相の来日\n\n"
        "カタールのムハンマド首相は2023年7月17日に東京で首脳会談を行い、その後、液化天然ガスの協力文書を発表した。\n"
    )
    assert _dated(stated_events(tmp_path, text), "協力文書を発表した") == ["2023-07-17", "2023-07-17"]


def test_chinese_next_act_on_the_day_after_qihou(tmp_path: Path) -> None:
    text = "中国－秘鲁关系\n\n2016年9月13日，两国元首在北京举行会谈，其后两国签署了经贸合作文件。\n"
    assert _dated(stated_events(tmp_path, text), "经贸合作文件") == ["2016-09-13", "2016-09-13"]


def test_after_a_month_sono_ato_still_tells_what_followed(tmp_path: Path) -> None:
    text = "マレーシアとの協力\n\nマレーシアは2019年3月に防衛協力の覚書に署名し、その後、共同訓練を行っている。\n"
    assert _dated(stated_events(tmp_path, text), "共同訓練を行っている") == ["2019-03"]


def test_a_word_of_how_often_keeps_sono_ato_after_the_date(tmp_path: Path) -> None:
    text = (
        "マレーシアとの協力\n\nマレーシアは2019年3月4日に防衛協力の覚書に署名し、その後、毎年共同訓練を行っている。\n"
    )
    assert _dated(stated_events(tmp_path, text), "毎年共同訓練") == ["2019-03-04"]


_KANA = st.text(alphabet=st.sampled_from("あいうかきくさしすたちつなにぬ"), min_size=1, max_size=12)


@settings(max_examples=60)
@given(_KANA, st.sampled_from(["毎年", "以来", "現在", "2019", "12"]))
def test_next_on_the_day_never_with_a_word_of_how_often_or_a_figure(rest: str, habit: str) -> None:
    assert not next_on_the_day(fold("、その後、" + rest + habit + "した。"))
    assert next_on_the_day(fold("、その後、" + rest + "した。"))


@settings(max_examples=60)
@given(st.text(alphabet=string.ascii_letters + "、，。 会談発表署名", max_size=30))
def test_next_on_the_day_needs_its_opener(text: str) -> None:
    assert not next_on_the_day(fold(text))
