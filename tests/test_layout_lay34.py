"""Layout shapes left open (issue 12, branch lay34): Roman page numbers of front matter, breaking strips over
several lines, a table's rows beside a short title, and the flattened-PDF note family in new words.

Every text here is written for the test, in words other than the dev documents' (tests/layouts/*lay34 shapes).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.furniture import furniture_kind
from allyscope.layout.page_furniture import roman_page_number, roman_value


def _roman(n: int) -> str:
    """Lower-case Roman numeral of `n` (1-399), written independently of the parser's reading."""
    out = []
    for value, numeral in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv")):
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out) + "i" * n


@given(st.integers(min_value=1, max_value=399))
def test_roman_value_reads_every_numeral_back(n: int) -> None:
    numeral = _roman(n)
    assert roman_value(numeral) == n
    assert roman_value(numeral.upper()) == n
    assert roman_page_number(numeral) is None  # bare: a page number only where the document's numerals rise


@pytest.mark.parametrize("line", ["- vii -", "· xii ·", "— IV —", "Page ix", "page xiv", "p. iii", "Page ii of vi"])
def test_marked_roman_page_numbers(line: str) -> None:
    assert roman_page_number(line) is True


@pytest.mark.parametrize("line", ["mix", "civil", "ill", "Vice", "vivid", "Page 4", "- 5 -", "II", "Pi", "lucid"])
def test_words_and_arabic_numbers_are_no_roman_page_numbers(line: str) -> None:
    assert not roman_page_number(line)


def test_front_matter_in_roman_then_text_in_arabic_pages() -> None:
    front = "Preface text says who paid for the study and who read the drafts before it went to print."
    raw = (
        "Harbour Security in Small States\nLena Vuki\ni\nAcknowledgements\n"
        f"{front}\nii\n"
        "1. Introduction\nSmall harbours rarely have guards of their own.¹ Most rely on the police.²\n"
        "¹ Ports survey, 2021.\n² Ibid., 4.\n1\n"
        "2. Costs\nA guard service costs more than most harbour boards can pay.³\n³ Ports survey, 2021, 9.\n2\n"
    )
    doc = parse_text(raw)
    assert [(f.number, f.page) for f in doc.footnotes] == [(1, 3), (2, 3), (3, 4)]
    assert "\nii\n" not in doc.text and not doc.text.rstrip().endswith("2")
    assert doc.authors == ["Lena Vuki"]


def test_roman_numbered_list_items_stay_text() -> None:
    raw = (
        "Inspection Rules\nThe rules set three duties:\n(i) to log each visit;\n(ii) to keep the logs a year;\n"
        "(iii) to report any breach.\nThe board reviews them every spring.\n"
    )
    doc = parse_text(raw)
    for item in ("(i) to log each visit;", "(ii) to keep the logs a year;", "(iii) to report any breach."):
        assert item in doc.text


@pytest.mark.parametrize("line", ["滾動快訊", "跑马灯", "ニュース速報", "BREAKING NEWS", "Live Updates"])
def test_a_ticker_label_alone_labels_a_related_list(line: str) -> None:
    assert furniture_kind(line) == "related"


@pytest.mark.parametrize("line", ["LIVE UPDATES: Ferry service resumes", "DEVELOPING: Strait reopened to tankers"])
def test_ticker_labels_with_their_headline(line: str) -> None:
    assert furniture_kind(line) == "related"


def test_a_ticker_headline_wrapped_over_two_lines() -> None:
    raw = (
        "DEVELOPING: Cargo ship loses power off the cape, tugs on\nthe way from two ports\n"
        "Coast Guard Tows Disabled Freighter to Safety\nBy Ravi Menon\n"
        "A coast guard cutter towed a disabled freighter into harbour on Friday.\n"
        "None of the twenty crew were hurt, the service said.\n"
        "Investigators will board the ship next week.\n"
    )
    doc = parse_text(raw)
    kinds = [[s.kind, doc.span_text(s)] for s in doc.spans if s.kind == "related"]
    assert kinds == [
        ["related", "DEVELOPING: Cargo ship loses power off the cape, tugs on"],
        ["related", "the way from two ports"],
    ]
    assert doc.title == "Coast Guard Tows Disabled Freighter to Safety"


def test_a_ticker_label_over_headlines_one_a_line() -> None:
    raw = (
        "即時快訊\n颱風逼近東部海域\n兩岸航班恢復正常\n"
        "首頁 > 國際 > 亞太\n"
        "菲律賓海警接收兩艘新巡邏船\n"
        "菲律賓海警5日在馬尼拉舉行交船儀式，接收兩艘新建巡邏船。\n"
        "兩艘船將部署在北部海域，執行巡邏與搜救任務。\n"
    )
    doc = parse_text(raw)
    related = [doc.span_text(s) for s in doc.spans if s.kind == "related"]
    assert related == ["即時快訊", "颱風逼近東部海域", "兩岸航班恢復正常"]
    assert doc.title == "菲律賓海警接收兩艘新巡邏船"


def test_a_short_title_over_a_table_stays_apart_from_its_byline() -> None:
    raw = (
        "漁業監視の体制\n"
        "岡田修\n"
        "監視船の配備は、この五年で大きく変わった。特に北部の海域では、新しい拠点の整備が進んでいる。\n"
        "海域　　　　　船数　　　拠点\n"
        "北部　　　　　12c　　　　3\n"
        "南部　　　　　8d　　　　 2\n"
        "c 臨時の配備を含む。\n"
        "d 民間の委託船を含む。\n"
        "今後は、拠点どうしの通信を改善することが課題となる。\n"
    )
    doc = parse_text(raw)
    assert doc.title == "漁業監視の体制"
    assert doc.authors == ["岡田修"]
    assert doc.footnotes == ()
    assert "c 臨時の配備を含む。" in doc.text


@pytest.mark.parametrize(
    "under",
    ["記者林美華／馬尼拉報導\n", "2025/06/05 10:12\n", ""],
    ids=["byline", "date", "text"],
)
def test_a_ticker_list_at_the_top_ends_above_the_story_headline(under: str) -> None:
    raw = (
        "即時快訊\n颱風逼近東部海域\n兩岸航班恢復正常\n菲律賓海警接收兩艘新巡邏船\n"
        f"{under}"
        "菲律賓海警5日在馬尼拉舉行交船儀式，接收兩艘新建巡邏船。\n"
        "兩艘船將部署在北部海域，執行巡邏與搜救任務。\n"
    )
    doc = parse_text(raw)
    related = [doc.span_text(s) for s in doc.spans if s.kind == "related"]
    assert related == ["即時快訊", "颱風逼近東部海域", "兩岸航班恢復正常"]
    assert doc.title == "菲律賓海警接收兩艘新巡邏船"
