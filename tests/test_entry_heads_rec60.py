"""A chronology's entry dated by its head (rec60, issue 14 recall): `allyscope/dates/entry_heads.py`.

The documents here are written for these tests, in other words than the dev documents the rule was built on;
the generated ones carry their gold by construction (each entry's sentences are dated by the head over them)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates.entry_heads import BASIS, heads_an_entry
from allyscope.pipeline import extract


def _dates_of(text: str, words: str) -> list[str]:
    """The EDTF values of the dates the stage put in the sentence that holds `words`."""
    doc = extract(text)
    at = doc.text.find(words)
    assert at >= 0, words
    ends = (doc.text.find("。", at), doc.text.find(". ", at), doc.text.find("\n", at), len(doc.text))
    end = min(i for i in ends if i >= 0)
    begin = max(doc.text.rfind("。", 0, at), doc.text.rfind(". ", 0, at), doc.text.rfind("\n", 0, at)) + 1
    return [d.edtf for d in doc.dates if begin <= d.start < end and d.dates_event]


EN = """Chile–Japan security relations

From a reference work

The two countries opened relations in the nineteenth century and have held defence talks since the 2010s.

Timeline

March 2016
The navies of the two countries hold their first staff talks in Valparaíso.

October 2019 –
A Chilean training ship calls at Tokyo. Its crew visits the Maritime Self-Defense Force academy.

[Picture: the training ship at anchor, 2019]

May 2023
The defence ministers meet in Santiago. They agree to hold an exercise together.

Most exchanges since then have been between the two navies.
"""

JA = """日本とチリの防衛交流

平成28年3月
両国海軍が初めての幕僚協議をバルパライソで行った。

令和元年10月
チリ海軍の練習船が東京に寄港した。乗組員は防衛大学校を訪れた。

（注）年月は各国の発表による。

令和5年5月
両国の防衛大臣がサンティアゴで会談した。
"""

ZH = """智利—日本防务关系

2016年3月——两国海军在瓦尔帕莱索举行首次参谋会谈。双方同意每两年举行一次。
2019年10月——智利海军训练舰停靠东京。舰员参观了防卫大学。
2023年5月——两国防长在圣地亚哥会谈。

两国之间的交流近年来不断增多。
"""


def test_a_date_alone_dates_its_entrys_sentences_in_english() -> None:
    assert _dates_of(EN, "The navies of the two countries") == ["2016-03"]
    assert _dates_of(EN, "A Chilean training ship") == ["2019-10"]
    assert _dates_of(EN, "They agree to hold") == ["2023-05"]


def test_a_caption_and_prose_after_the_chronology_get_no_head_date() -> None:
    doc = extract(EN)
    for words in ("[Picture", "Most exchanges since then"):
        at = doc.text.find(words)
        assert not [d for d in doc.dates if at <= d.start < at + len(words) and d.basis == BASIS]


def test_the_entry_ends_at_its_line_and_prose_after_is_left_alone() -> None:
    assert _dates_of(EN, "The two countries opened relations") == []


def test_era_heads_date_their_entries_and_a_note_is_no_entry() -> None:
    assert _dates_of(JA, "両国海軍が初めて") == ["2016-03"]
    assert _dates_of(JA, "乗組員は防衛大学校を訪れた") == ["2019-10"]
    assert _dates_of(JA, "両国の防衛大臣が") == ["2023-05"]
    assert _dates_of(JA, "年月は各国の発表による") == []


def test_an_inline_head_dates_the_sentences_after_its_first() -> None:
    assert _dates_of(ZH, "双方同意每两年") == ["2016-03"]
    assert _dates_of(ZH, "舰员参观了防卫大学") == ["2019-10"]
    assert _dates_of(ZH, "两国之间的交流") == []


def test_one_date_line_over_a_paragraph_heads_no_entry() -> None:
    text = "Defence brief\n\nMay 2024\nThe two ministers met in Canberra last week. They agreed to share more data.\n"
    doc = extract(text)
    assert not [d for d in doc.dates if d.basis == BASIS]


def test_a_date_line_over_a_text_that_dates_itself_heads_no_entry() -> None:
    text = (
        "報道発表\n\n令和6年12月6日\n1\u300012月3日、両大臣は会談を行いました。両大臣は協力で一致しました。\n\n"
        "令和4年11月\u3000防衛当局間協議を開催\n令和5年8月\u3000練習船が東京に寄港\n"
    )
    assert _dates_of(text, "両大臣は協力で一致") == []


def test_the_layout_keeps_heads_of_one_shape() -> None:
    assert heads_an_entry("平成12年8月", "首相がダッカを訪問した。")
    assert heads_an_entry("August 2003 –", "A contingent arrives in the region to serve.")
    assert not heads_an_entry("平成12年8月", "（注）年月は記録による。")
    assert not heads_an_entry("平成12年8月　東京", "首相がダッカを訪問した。")
    assert not heads_an_entry("平成12年8月", "平成13年9月")
    text = "標題\n\n令和5年5月26日　東京\n\n平成12年8月\n首相がダッカを訪問した。\n\n平成26年5月\n首相が来日した。\n"
    doc = extract(text)
    assert "平成12年8月" in doc.text and "平成26年5月" in doc.text


_EN_SENTENCES = (
    "The two navies hold talks",
    "A frigate calls at the port",
    "The ministers sign a memorandum",
    "The leaders meet in the capital",
)
_MONTHS = ("January", "March", "May", "July", "September", "November")


@settings(max_examples=15, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(1990, 2024),
            st.integers(0, len(_MONTHS) - 1),
            st.lists(st.integers(0, len(_EN_SENTENCES) - 1), min_size=1, max_size=3),
            st.sampled_from(["", " –", " —", ":"]),
        ),
        min_size=2,
        max_size=5,
        unique_by=lambda e: (e[0], e[1]),  # a head printed again and again is a running head, no chronology's
    )
)
def test_generated_chronologies_date_every_sentence_by_its_head(entries: list[tuple[int, int, list[int], str]]) -> None:
    parts = ["Relations of two states\n\nChronology\n"]
    expected: list[tuple[str, str]] = []
    for n, (year, month, picks, mark) in enumerate(entries):
        sentences = [f"{_EN_SENTENCES[p]} (item {n}.{k})." for k, p in enumerate(picks)]
        parts.append(f"{_MONTHS[month]} {year}{mark}\n{' '.join(sentences)}\n")
        edtf = f"{year}-{2 * month + 1:02d}"
        expected.extend((s[:-1], edtf) for s in sentences)
    parts.append("Note: the list is not complete.\n")
    text = "\n".join(parts)
    doc = extract(text)
    for words, edtf in expected:
        at = doc.text.find(words)
        line = doc.text.rfind("\n", 0, at) + 1  # the layout may join an entry to its head's line (`July 1990: …`)
        dated = {d.edtf for d in doc.dates if line <= d.start < at + len(words) and d.dates_event}
        assert dated == {edtf}, (words, dated)
    note = doc.text.find("Note: the list")
    assert not [d for d in doc.dates if d.start >= note and d.basis == BASIS]


def test_a_head_joined_to_the_entry_above_still_heads_the_next_line() -> None:
    """The layout may join a CJK head to the end of a long entry above it (`…。2018年4月`): the head is still the
    next line's, and is no event of its own; a year naming a document (`《…2030年…》`) dates no sentence."""
    from allyscope.dates.entry_heads import entry_head_dates
    from allyscope.dates.reading import read_dates

    text = (
        "2015年6月\n兩國海軍舉行首次聯合巡邏。雙方同意定期舉行。2018年4月\n"
        "兩國國防部長會談。他們簽署《至2030年防務合作路線圖》。\n2020年1月\n兩國舉行第二次對話。\n"
    )
    found = [m for m in read_dates(text).mentions]
    out = entry_head_dates(text, found)
    by_start = {m.start: m for m in out}
    joined = text.index("2018年4月")
    assert by_start[joined].role == "heading"
    for words, edtf in (("雙方同意", "2015-06"), ("兩國國防部長", "2018-04"), ("他們簽署", "2018-04")):
        at = text.index(words)
        assert by_start[at].edtf == edtf and by_start[at].basis == BASIS, words
