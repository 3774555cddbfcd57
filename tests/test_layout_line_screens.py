"""The cheap screens layout repair asks of every line before an expression: a screen may let through a line the
expression then refuses, never stop one it would take. Hypothesis draws lines from the pieces the expressions are
made of (month names in any case, digits of both widths, dashes, colons, ideographs, kana, spaces)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from allyscope.layout import dating, repair
from allyscope.layout.tables import speaker_label

_PIECES = st.sampled_from(
    [
        "March", "MAY", "sept", "Dec.", "Juni", "14", "６", "2023", " ", "\u3000", "\t", "–", "—", "-", ":", "：",
        "・", "•", "*", "月", "日", "年", "會議", "主旨", "に", "は", "Q", "记者", "A", ",", "。", "（", "【",
    ]
)  # fmt: skip
_LINES = st.lists(_PIECES, min_size=1, max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(_LINES)
@example("November 14 – talks resumed")
@example("  6 June: the second round")
@example("1月20日：会談")
@example("会談は1月20日：")
def test_the_chronology_screen_stops_no_line_the_expression_takes(line: str) -> None:
    dating._ENTRY_FIRSTS.clear()  # the screen's memo read anew, then as kept
    for _ in range(2):
        assert dating.opens_chronology_entry(line) == (dating._chronology_entry().match(line) is not None)


@settings(max_examples=400, deadline=None)
@given(_LINES, _LINES)
@example("主旨：說明會", "發文日期：今日")
@example("Q: Is the talk on?", "A: It is.")
def test_the_colon_screen_stops_no_field_line_and_no_labelled_turn(line: str, above: str) -> None:
    if repair._FIELD_LABEL.match(line) is not None or (
        speaker_label(line) is not None and line.lstrip()[:1] not in "【[(（"
    ):  # a label in brackets may stand without a colon: the screen was never meant for it
        assert repair._colon_near_start(line)


def test_lines_an_ideograph_or_kana_opens_are_never_tried_as_entries() -> None:
    dating._ENTRY_FIRSTS.clear()
    for line in ("会談は十四日に開かれた：", "記者：今日の会見", "に続いて2月3日 – 条約"):
        assert not dating.opens_chronology_entry(line)
        assert dating._ENTRY_FIRSTS[line[0]] is False
    assert dating.opens_chronology_entry("November 14 – 条約の署名")
