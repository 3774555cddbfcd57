"""lay29a's closing lines (issue 12), tried on text written in other words than the dev documents that asked for
them (tests/layouts): a writers' label alone on its line over their names one a line right under the text, and a
date alone on the text's last line, which dates the document. Traps: a bare year, a date in mid-text, a label
over a sentence, a front that already prints its date."""

from __future__ import annotations

import pytest

from allyscope import parse_text
from allyscope.structure.closing import closing_date_line
from allyscope.structure.front import _every_line_apart, _stands_out

_KEPT = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}

_EN = (
    "Tide Gauges and the Rising Sea\n"
    "Tide gauges along the coast have recorded the height of the sea for more than a century, and their records "
    "are longer than any satellite's.\n"
    "Many of the oldest stations now need repair, and a few have been closed for lack of funds.\n"
)
_ZH = (
    "潮位站记录下的海平面变化\n"
    "沿海的潮位站已经连续记录海面高度一百多年，这些数据比任何卫星观测都要长久。\n"
    "不少老旧站点如今亟需维修，也有一些因为经费不足而被迫关闭。\n"
)
_JA = (
    "検潮所が記録してきた海面の変化\n"
    "沿岸の検潮所は百年以上にわたって海面の高さを記録しており、その記録は人工衛星の観測よりもはるかに長い。\n"
    "古い観測所の多くは修理が必要で、予算不足のために閉鎖されたところもある。\n"
)


def _furniture(text: str) -> list[list[str]]:
    doc = parse_text(text)
    return [[s.kind, doc.span_text(s)] for s in doc.spans if s.kind not in _KEPT]


@pytest.mark.parametrize(
    ("body", "label", "names"),
    [
        (_EN, "Written by", ["Maria Lindqvist", "Oscar Pereira"]),
        (_EN, "Authors:", ["Nadia Rahman", "Tomas Novak", "Ines Duarte"]),
        (_ZH, "文：", ["周子涵", "吴浩然"]),
        (_ZH, "撰文：", ["郑伟", "何静怡"]),
        (_JA, "執筆：", ["上田真理", "石川大輔"]),
    ],
)
def test_label_alone_over_names_closing_the_text(body: str, label: str, names: list[str]) -> None:
    doc = parse_text(body + label + "\n" + "\n".join(names) + "\n")
    assert doc.authors == names
    assert label not in doc.text[doc.spans[-1].start :] or doc.spans[-1].kind == "author"


@pytest.mark.parametrize(
    ("body", "label", "names", "month"),
    [
        (_EN, "Written by", ["Maria Lindqvist"], "November 2023"),
        (_ZH, "文：", ["周子涵", "吴浩然"], "2023年11月"),
        (_JA, "執筆：", ["上田真理", "石川大輔"], "2023年11月"),
    ],
)
def test_label_over_names_then_a_month_closing_the_text(body: str, label: str, names: list[str], month: str) -> None:
    doc = parse_text(body + label + "\n" + "\n".join(names) + "\n" + month + "\n")
    assert doc.authors == names
    assert (doc.date, doc.date_source) == ("2023-11", "dateline")
    assert _furniture(body + label + "\n" + "\n".join(names) + "\n" + month + "\n") == [["dateline", month]]


def test_label_over_a_sentence_is_no_byline() -> None:
    """`Written by` over a line of prose is no label over names: nothing is taken."""
    doc = parse_text(_EN + "Written by\nvolunteers who visit the stations every spring.\n")
    assert doc.authors == []


@pytest.mark.parametrize(
    ("body", "month"), [(_EN, "March 2022"), (_ZH, "2022年3月"), (_JA, "2022年3月"), (_EN, "14 March 2022")]
)
def test_date_alone_on_the_last_line_is_the_closing_date(body: str, month: str) -> None:
    assert _furniture(body + month + "\n") == [["dateline", month]]


@pytest.mark.parametrize("body", [_EN, _ZH])
def test_bare_year_on_the_last_line_stays_text(body: str) -> None:
    assert not closing_date_line("2022")
    assert _furniture(body + "2022\n") == []


def test_date_in_mid_text_stays_text() -> None:
    lines = _EN.splitlines()
    text = "\n".join([lines[0], lines[1], "March 2022", lines[2]]) + "\n"
    assert ["dateline", "March 2022"] not in _furniture(text)


def test_front_dateline_keeps_the_closing_date_in_the_text() -> None:
    """A front that prints its date already: a date at the end (a revision, a period covered) is left alone."""
    lines = _EN.splitlines()
    text = "\n".join([lines[0], "5 June 2023", lines[1], lines[2], "March 2022"]) + "\n"
    assert _furniture(text) == [["dateline", "5 June 2023"]]


# the standfirst rule in a file that sets every line apart

_SPACED_POSITIVE = (
    "Tide Gauges and the Rising Sea\n\n"
    "Old stations hold the longest records of the sea, and some of them are closing for lack of funds\n\n"
    "Tide gauges along the coast have recorded the height of the sea for more than a century, longer than any "
    "satellite.\n\n"
    "Many of the oldest stations now need new sensors, and a few have already been closed by their owners.\n\n"
    "Scientists warn that each closure breaks a record that cannot be rebuilt from any other source of data.\n\n"
    "A shared fund for repairs would keep the longest records running for the decades still to come.\n"
)


def test_every_line_apart_tells_a_double_spaced_file_from_paragraphs() -> None:
    assert _every_line_apart(parse_text(_SPACED_POSITIVE))
    assert not _every_line_apart(parse_text(_EN + "\n" + _EN.split("\n", 1)[1]))  # lines run on in paragraphs


def test_standfirst_over_whole_sentences_in_a_double_spaced_file_is_read() -> None:
    """Every line set apart, but the text under the line without a stop is whole sentences: a standfirst."""
    assert _furniture(_SPACED_POSITIVE)[0][0] == "subtitle"


def test_text_that_wraps_under_the_line_gives_no_evidence() -> None:
    """Lines set apart that end with no stop or open in lower case (a wrapped export): no standfirst evidence."""
    doc = parse_text(
        "Title Line Here\n\nfirst line\n\nthe text goes on and on\n\nstill going on here\n\nand it ends here.\n"
    )
    paragraphs = [s for s in doc.spans if s.kind == "paragraph"]
    assert not _stands_out(doc, paragraphs[-3:])
    stopped = parse_text("A Title\n\nOne line.\n\nTwo lines.\n\nThree lines.\n\nFour lines.\n")
    assert _stands_out(stopped, [s for s in stopped.spans if s.kind == "paragraph"][-3:])
