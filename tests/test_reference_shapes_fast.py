"""The fast reading of shaped notes (`labeller._read_shape`, issue 18) gives the very item and locator the general
field code gives from the same shape's runs: generated notes of every exact shape, with the edge cases the general
code exists for (nested and stray quotation marks, non-ASCII digits, dates out of range, qualifiers, spacing)."""

from __future__ import annotations

from typing import Any
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.references import labeller
from allyscope.references.citations import Citation, parse_citation
from allyscope.references.shapes import exact_match

HAN = st.text(alphabet=st.sampled_from(list("国际关系安全合作战略研究评析动向前景影响与展望")), min_size=1, max_size=12)
KANA = st.text(alphabet=st.sampled_from(list("あいうえおかきくけこアイウエオ会談首脳訪問")), min_size=1, max_size=12)
NAME = st.text(alphabet=st.sampled_from(list("王李张刘陈杨赵黄周吴")), min_size=2, max_size=3)
LATIN = st.text(alphabet=st.sampled_from(list("abcdefghij")), min_size=1, max_size=8).map(str.capitalize)
EN_NAME = st.lists(LATIN, min_size=1, max_size=3).map(" ".join)
MARKS = st.sampled_from([""] * 24 + ["“", "”", "「", "」", "『", "』", "〈", "〉", "«", "»", "（", "）", "(", ")"])
PAIRED = st.sampled_from(["“{}”", "「{}」", "『{}』", "〈{}〉", "«{}»", "（{}）"] + ["{}"] * 6)
SPACE = st.sampled_from(["", " ", "  ", "\u3000"])
NUMBER = st.one_of(st.integers(1, 400).map(str), st.sampled_from(["１２", "٣", "0"]))
YEAR = st.one_of(
    st.integers(1950, 2030).map(str), st.integers(1000, 2999).map(str), st.sampled_from(["2０2３", "٢٠٢٣"])
)
MONTH = st.one_of(st.integers(1, 12).map(str), st.integers(0, 14).map(str), st.just("１"))
DAY = st.one_of(st.integers(1, 28).map(str), st.integers(0, 35).map(str), st.just("３"))
END = st.sampled_from(["", "。", "."])
MONTHS = ["January", "May", "December"]
QUALIFIER = st.sampled_from(["", "（仮訳）", "（結果）"])
PATH = st.text(alphabet=st.sampled_from(list("abc012_/.")), min_size=1, max_size=12)


def _word(words: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A field's words, perhaps with a quoted piece inside (nested pairs) or a stray mark."""
    return st.builds(lambda a, wrap, b, stray: a + wrap.format(b) + stray, words, PAIRED, words, MARKS)


@st.composite
def shaped_notes(draw: st.DrawFn) -> str:
    kinds = ["cn_journal", "cn_paper", "cjk_web", "en_web", "en_journal", "cjk_short", "en_short"]
    kind = draw(st.sampled_from(kinds))
    s = draw(SPACE)
    if kind in ("cn_journal", "cn_paper"):
        author = draw(st.one_of(st.just(""), NAME.map(lambda n: n + "："), _word(HAN).map(lambda n: n + "：")))
        head = f"{author}《{draw(_word(HAN))}》，《{draw(_word(HAN))}》"
        if kind == "cn_journal":
            when = f"{draw(YEAR)}{s}年第{s}{draw(NUMBER)}{s}期"
        else:
            when = f"{draw(YEAR)}{s}年{s}{draw(MONTH)}{s}月{s}{draw(DAY)}{s}日"
        return f"{head}{when}，第{s}{draw(NUMBER)}{s}{draw(st.sampled_from(['页', '頁', '版']))}{draw(END)}"
    if kind == "cjk_web":
        author = draw(st.one_of(st.just(""), NAME.map(lambda n: n + "、")))
        quotes = draw(st.sampled_from(["「」", "『』", "《》"]))
        body = draw(st.one_of(st.just(""), _word(KANA).map(lambda b: b + "、")))
        day = draw(st.one_of(st.just(""), DAY.map(lambda d: f"{s}{d}{s}日")))
        title = draw(_word(KANA)) + draw(QUALIFIER)
        return (
            f"{author}{quotes[0]}{title}{quotes[1]}、{body}{draw(YEAR)}{s}年{s}{draw(MONTH)}{s}月{day}、"
            f"https://example.org/{draw(PATH)}{draw(END)}"
        )
    if kind == "en_web":
        month = draw(st.one_of(st.just(""), st.builds(lambda m, d: f"{m} {d}, ", st.sampled_from(MONTHS), DAY)))
        title = draw(_word(EN_NAME))
        site = draw(st.one_of(st.just(""), EN_NAME.map(lambda n: n + ", ")))
        return f"{draw(EN_NAME)}, “{title},” {site}{month}{draw(YEAR)}, https://example.org/{draw(PATH)}{draw(END)}"
    if kind == "en_journal":
        title, journal = draw(_word(EN_NAME)), draw(EN_NAME)
        volume, issue, page = draw(NUMBER), draw(NUMBER), draw(NUMBER)
        return f"{draw(EN_NAME)}, “{title},” {journal}, Vol.{s}{volume}, No. {issue}, {draw(YEAR)}, p. {page}."
    if kind == "cjk_short":
        author = draw(st.one_of(st.just(""), NAME.map(lambda n: n + "：")))
        quotes = draw(st.sampled_from(["「」", "『』", "《》"]))
        page = draw(st.sampled_from(["", "，第{}页", "、{}頁"])).format(draw(NUMBER))
        return f"{author}{quotes[0]}{draw(_word(HAN))}{quotes[1]}{page}{draw(END)}"
    return f"{draw(EN_NAME)}, “{draw(_word(EN_NAME))}{draw(st.sampled_from(['', '.', ',']))}”{draw(END)}"


def _general(note: str) -> tuple[dict[str, Any], str | None]:
    with mock.patch.object(labeller, "_read_shape", return_value=None):
        return labeller.label_reference(note, "note")


@settings(max_examples=400, deadline=None)
@given(shaped_notes())
def test_the_fast_reading_of_a_shaped_note_is_the_general_one(note: str) -> None:
    assert labeller.label_reference(note, "note") == _general(note)


@settings(max_examples=100, deadline=None)
@given(shaped_notes())
def test_the_fast_reading_keeps_the_order_of_the_items_fields(note: str) -> None:
    assert list(labeller.label_reference(note, "note")[0]) == list(_general(note)[0])


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("王《》「」『』“”〈〉，、：,. 年月日第期页版0１3aM/:htps")), max_size=60))
def test_any_text_a_shape_matches_reads_the_same_both_ways(text: str) -> None:
    assert labeller.label_reference(text, "note") == _general(text)


def test_plain_shaped_notes_take_the_fast_path() -> None:
    """The equality above means something only if the fast path is taken: notes without edge cases take it."""
    notes = [
        "王海：《北约的前景》，《欧洲研究》2022 年第 5 期，第 72 页。",
        "钟声：《北约是“系统性挑战”》，《人民日报》2022 年 7月 5日，第 17 版。",
        "外務省、「首脳会談「概要」」、データベース「世界」、2006 年 5 月 4 日、https://example.org/a。",
        "Jane Doe, “A Title,” May 5, 2023, https://example.org/a.",
        "王海：《北约的前景》，第 41 页。",
        "Jane Doe, “A Title.”",
    ]
    for note in notes:
        shaped = exact_match(note)
        assert shaped is not None, note
        assert labeller._read_shape(note, shaped, {}) is not None, note
    for edge in ("王海：《北约“前景》，第 41 页。", "王海：《北约》，第 ４1 页。", "“王海”：《北约》，第 41 页。"):
        shaped = exact_match(edge)
        assert shaped is not None and labeller._read_shape(edge, shaped, {}) is None, edge


def _general_citation(note: str) -> Citation:
    with (
        mock.patch.object(labeller, "label_shaped", return_value=None),
        mock.patch("allyscope.references.citations.label_shaped", return_value=None),
    ):
        return parse_citation(note, "note")


# a shaped note with a URL or a DOI inside a field, a thesis word, an organisation, a name with initials: what
# the lean reading's own tests (URL found before the shape's own, DOI, thesis, names memo) exist for
TRICKY = st.sampled_from(
    ["", "www.example.org ", "http://a.org/x ", "10.1234/abc ", "thesis ", "Thesis ", "论文", "J. ", "Ministry of "]
)


@st.composite
def tricky_notes(draw: st.DrawFn) -> str:
    note = draw(shaped_notes())
    cut = draw(st.integers(0, len(note)))
    return note[:cut] + draw(TRICKY) + note[cut:]


@settings(max_examples=400, deadline=None)
@given(st.one_of(shaped_notes(), tricky_notes()))
def test_the_lean_reading_of_a_shaped_note_is_the_general_one(note: str) -> None:
    """`labeller.label_shaped` (issue 18) skips the steps of `label_reference` that cannot change a shaped note's
    item: the citation, its item and the item's field order are those of the general reading."""
    lean = parse_citation(note, "note", {})
    general = _general_citation(note)
    assert lean == general and list(lean.item) == list(general.item)
    taken = labeller.label_shaped(note.strip())
    if taken is not None:
        assert taken == labeller.label_reference(note.strip(), "note")
        assert all(value not in (None, "", [], {}) for value in taken[0].values())  # nothing for `_finish` to drop


def test_shaped_notes_take_the_lean_reading() -> None:
    """The equality above means something only if the lean reading is taken."""
    notes = [
        "王海：《北约的前景》，《欧洲研究》2022 年第 5 期，第 72 页。",
        "外務省、「首脳会談（結果）」、外務省、2006 年 5 月 4 日、https://example.org/a。",
        "Jane Doe, “A Title,” May 5, 2023, https://example.org/a.",
        "Jane Doe, “A Title,” Foreign Affairs, 2022, https://example.org/a.",
        "Jane Doe, “A Title,” Foreign Affairs, Vol. 85, No. 3, 2009, p. 543.",
        "Jane Doe, “A Title.”",
    ]
    memo: labeller.NameMemo = {}
    for note in notes:
        assert labeller.label_shaped(note, memo) is not None, note
    qualified = "外務省、「首脳会談」（仮訳）、外務省、2006 年 5 月 4 日、https://example.org/a。"
    assert labeller.label_shaped(qualified) is None
    assert labeller.label_shaped("Jane Doe, “A Title,” Foreign Affairs 9, 2022, https://example.org/a.") is None
