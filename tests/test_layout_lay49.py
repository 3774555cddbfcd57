"""lay49 (twenty-fourth session): layouts — note and marker systems, second round. Digits flattened from a
superscript by a PDF or Word copy stand beside a year (`in 20192 the`), after a closing bracket or quote before a
comma (`」3，`, `）3、`, `).5`) or after a year's `年` (`2021年4在…`), where a digit is as often the text's own:
such a digit is a marker only as the next number of the sequence the document's markers count (`glued-sequence`
in `data/layouts/notes.json`, `markers.in_sequence`). Notes keyed `1)` are cited by glued digits too. A title in
title case may keep a long preposition in lower case (`between`). Each on text in other words than the corpus
documents that showed the miss (`tests/layouts/l49_*`)."""

from __future__ import annotations

from helpers import assert_copied_pieces_match_raw, assert_offsets_valid
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.markers import FoundMarker, in_sequence
from allyscope.model import Document


def _read(raw: str) -> tuple[Document, list[tuple[int, ...]]]:
    doc = parse_text(raw)
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)
    return doc, [m.numbers for m in doc.markers]


def test_a_digit_flattened_beside_a_year_is_the_next_marker() -> None:
    """`in 20152 a second` after marker 1: the year 2015 and marker 2; the notes number 1 … 3."""
    raw = (
        "Port Access and Naval Logistics\nAmara Okafor\n\nBackground\n"
        "The two navies signed a logistics arrangement a decade ago.1 After a review in 20152 a second annex "
        "added fuel and spare parts, and in 2021 the arrangement was renewed for ten years.3\n\n"
        "Notes\n1) Defence ministry statement, 4 May 2013.\n2) Review report, annex B.\n"
        "3) Renewal notice, 12 October 2021.\n"
    )
    doc, numbers = _read(raw)
    assert numbers == [(1,), (2,), (3,)]
    assert "in 2015[2] a second annex" in doc.text and "in 2021 the arrangement" in doc.text


def test_a_five_digit_number_out_of_sequence_stays_text() -> None:
    """`20193 containers` where the notes expect marker 1 first: a count, not the year 2019 and a marker 3."""
    raw = (
        "Container Traffic at Regional Ports\nAmara Okafor\n\nBackground\n"
        "Last year the port handled 20193 containers, a record for the harbour.1 Most of them came from two "
        "neighbouring countries, and the rest from ships calling on their way to larger hubs.2\n\n"
        "Notes\n1) Port authority annual report.\n2) Customs data for the year.\n"
    )
    doc, numbers = _read(raw)
    assert numbers == [(1,), (2,)]
    assert "handled 20193 containers" in doc.text


def test_markers_after_a_closing_bracket_or_quote_before_a_comma() -> None:
    """`」2，` and `（…）3，` in a Chinese text whose notes are numbered 1 … 3 under a rule."""
    raw = (
        "兩國海軍的後勤合作\n王志明\n\n一、背景\n"
        "兩國海軍於十年前簽署後勤支援協議1，其後又發表題為「共同維護航道安全」2，的聯合聲明，"
        "並在協議的附件（二〇二一年修訂）3，納入燃料補給的項目。\n"
        "____________\n1 國防部新聞稿。\n2 聯合聲明全文見外交部網站。\n3 附件修訂本未公開。\n"
    )
    doc, numbers = _read(raw)
    assert numbers == [(1,), (2,), (3,)]
    assert "「共同維護航道安全」[2]，" in doc.text and "（二〇二一年修訂）[3]，" in doc.text


def test_a_digit_after_a_years_nian_is_a_marker_only_in_sequence() -> None:
    """`2021年2在` after marker 1 is marker 2; `2019年5在` where 2 is expected is no marker (text stays)."""
    raw = (
        "港口安全合作的進展\n李美玲\n\n一、背景\n"
        "雙方先後簽署兩份備忘錄1，2021年2在雅加達舉行的會議又擴大了合作範圍。2019年5在泗水也曾舉行會議。\n"
        "____________\n1 外交部新聞稿。\n2 會議紀錄摘要。\n"
    )
    doc, numbers = _read(raw)
    assert numbers == [(1,), (2,)]
    assert "2021年[2]在雅加達" in doc.text and "2019年5在泗水" in doc.text


def test_a_japanese_marker_after_a_closing_bracket_before_a_comma_and_signs_counted_apart() -> None:
    """`（…）2、` is marker 2; a `*` note between the numbered markers does not move their count on."""
    raw = (
        "海上保安機関の能力構築支援\n中村 由美\n\nはじめに\n"
        "日本は巡視船の供与を続けてきた1。供与は円借款によるもので（最初の契約は2013年）2、"
        "訓練も合わせて行われている。こうした支援は能力構築*と呼ばれ、"
        "供与された船は「海の警察」3、として各地で活動している。\n"
        "* 相手国の機関の能力を高める支援を指す。\n"
        "注\n1　外務省報道発表。\n2　国際協力機構の資料による。\n3　現地報道による。\n"
    )
    doc, numbers = _read(raw)
    assert numbers == [(1,), (2,), (1,), (3,)]
    assert "（最初の契約は2013年）[2]、" in doc.text


def test_a_digit_after_a_closing_bracket_and_a_cjk_stop_is_a_marker_in_sequence() -> None:
    """`（細節未公開）。1此後` and `（非公開）。2` ending its line: markers 1 and 2; `（同前）。3月` opens a month."""
    raw = (
        "兩國海警的交流\n陳佳慧\n\n一、背景\n"
        "兩國海警簽署交流備忘錄（細節未公開）。1此後雙方每年互訪，並舉行聯合搜救演練（地點輪流）。2\n"
        "演練的規模逐年擴大（見表一）。3月間的演練則首次邀請觀察員參加。\n"
        "____________\n1 海警局新聞稿。\n2 演練紀錄摘要。\n"
    )
    doc, numbers = _read(raw)
    assert numbers == [(1,), (2,)]
    assert "（見表一）。3月間" in doc.text


def test_a_marker_after_a_closing_bracket_and_a_stop_in_english() -> None:
    """`(in its annual report).2` after marker 1, `1)` notes: both markers read, the bracket kept in the text."""
    raw = (
        "Coast Guard Training Between Two Neighbours\nAmara Okafor\n\nBackground\n"
        "The two coast guards train together each spring.1 The larger service pays for the courses (as its "
        "annual report states).2 Trainees spend three weeks at sea.\n\n"
        "Notes\n1) Training calendar of the larger service.\n2) Annual report, section 4.\n"
    )
    doc, numbers = _read(raw)
    assert numbers == [(1,), (2,)]
    assert doc.title == "Coast Guard Training Between Two Neighbours"


def test_a_title_with_a_long_preposition_in_lower_case_stands_over_its_byline() -> None:
    """`… Cooperation between Two Small Navies and Their Larger Partners in the Region` (wider than most lines,
    `between` in lower case) over `Amara Okafor`: the title and its writer, not one line."""
    raw = (
        "Maritime Domain Awareness and Cooperation between Two Small Navies and Their Larger Partners\n"
        "Amara Okafor\nJune 2024\n\nIntroduction\n"
        "Small navies share what their radars see with larger partners that can patrol farther from the coast.\n"
        "The arrangement lets each side see more of the sea than it could see alone, at a modest cost.\n"
    )
    doc = parse_text(raw)
    assert doc.title == "Maritime Domain Awareness and Cooperation between Two Small Navies and Their Larger Partners"
    assert doc.authors == ["Amara Okafor"]


_MARKER = st.tuples(st.integers(1, 9), st.booleans(), st.sampled_from(["glued", "glued-sequence", "symbol"]))


@settings(max_examples=200, deadline=None)
@given(st.lists(_MARKER, max_size=8), st.integers(0, 5))
def test_in_sequence_keeps_other_markers_and_only_the_next_number(
    markers: list[tuple[int, bool, str]], last: int
) -> None:
    """Property: every marker of a family not read by its place is kept; a kept `in_sequence` marker cites the
    number after the last digit-numbered marker kept before it (a sign's `*` counts apart); order is kept."""
    found = [
        FoundMarker(i, i + 1, (number,), style, True, style == "glued-sequence")
        for i, (number, _, style) in enumerate(markers)
    ]
    kept = in_sequence(found, last)
    assert [f for f in found if not f.sequence] == [f for f in kept if not f.sequence]
    assert kept == sorted(kept, key=lambda f: f.start)
    count = last
    for marker in kept:
        if marker.sequence:
            assert marker.numbers[0] == count + 1
        if marker.style != "symbol":
            count = marker.numbers[0]
