"""lay68 (thirty-seventh session): the last-edited date (`Document.date_modified` beside `date`), a page's comment
section, a sign-up box of one line between paragraphs, a print view's header, a wiki's last-edit line and a CJK
chronology's year-first entries. Each rule on text in other words than the documents that showed the miss
(`tests/layouts/lay68_*`), with property tests where a date or a line is parsed."""

from __future__ import annotations

import datetime

from helpers import assert_copied_pieces_match_raw, assert_offsets_valid
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.comments import comment_header
from allyscope.layout.dating import document_date, document_modified, opens_chronology_entry
from allyscope.model import Document
from allyscope.pipeline import with_stated_date

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip

_days = st.dates(min_value=datetime.date(1995, 1, 1), max_value=datetime.date(2035, 12, 31))


def _en(day: datetime.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _furniture(doc: Document) -> list[tuple[str, str]]:
    kept = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}
    return [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind not in kept]


# -- the last-edited date ---------------------------------------------------------------------------------------


@given(_days, _days, st.sampled_from(["  |  ", "\u3000", " · "]), st.booleans())
def test_published_and_updated_on_one_line_in_either_order(
    published: datetime.date, updated: datetime.date, gap: str, update_first: bool
) -> None:
    """`Published … | Updated …` or the update first: the publication dates the page, the update is its
    date_modified, whichever field is printed first."""
    fields = [f"Published: {_en(published)}", f"Last updated: {_en(updated)}"]
    line = gap.join(reversed(fields) if update_first else fields)
    assert document_date([line], []) == (published.isoformat(), "published")
    assert document_modified([line], []) == (updated.isoformat(), "label")


@given(_days, _days)
def test_cjk_published_line_and_update_in_the_last_lines(published: datetime.date, updated: datetime.date) -> None:
    """`発行日：…` among the front lines and `最終更新日：…` among the last lines: the first is the date, the
    second the date_modified (ja, where the corpus document was zh-Hant)."""
    front = ["防衛協力の現状", f"発行日：{published.year}年{published.month}月{published.day}日"]
    tail = [f"最終更新日：{updated.year}年{updated.month}月{updated.day}日", "© 研究所"]
    assert document_date(front, tail) == (published.isoformat(), "published")
    assert document_modified(front, tail) == (updated.isoformat(), "label")


def test_the_latest_of_several_updates_is_the_date_modified() -> None:
    lines = ["Updated 2 May 2023", "Published 28 April 2023"]
    tail = ["Page last reviewed: 14 June 2023"]
    assert document_modified(lines, tail) == ("2023-06-14", "label")


def test_an_update_alone_dates_the_page_and_is_its_date_modified() -> None:
    assert document_date(["更新日期：2022-10-03"], []) == ("2022-10-03", "last-updated")
    assert document_modified(["更新日期：2022-10-03"], []) == ("2022-10-03", "label")


def test_a_blog_edit_time_labels_the_update() -> None:
    """`修改时间：` (zh-Hans here; the corpus page printed `修改時間：`) beside `发布时间：`."""
    line = "修改时间：2021-11-30 08:05｜发布时间：2021-11-02 19:40"
    assert document_date([line], []) == ("2021-11-02", "published")
    assert document_modified([line], []) == ("2021-11-30", "label")


@given(_days, st.integers(min_value=0, max_value=40), st.booleans())
def test_a_yearless_update_in_the_bracket_closing_a_dateline_takes_its_year(
    dated: datetime.date, later: int, worded_first: bool
) -> None:
    """`2024年12月30日 21:10（最終更新 1月2日 08:00）`: the update's day in the dateline's year, or the next
    year's where its month and day come before the dateline's."""
    updated = dated + datetime.timedelta(days=later)
    when = f"{updated.month}月{updated.day}日 08:00"
    bracket = f"（最終更新 {when}）" if worded_first else f"（{when}更新）"
    line = f"{dated.year}年{dated.month}月{dated.day}日 21:10{bracket}"
    assert document_date([line], []) == (dated.isoformat(), "dateline")
    assert document_modified([line], []) == (updated.isoformat(), "label" if worded_first else "stamp")


def test_a_numeric_yearless_update_and_a_stamp_closed_by_its_word() -> None:
    assert document_modified(["2022/1/7 09:02（1/7 11:40 更新）"], []) == ("2022-01-07", "stamp")
    assert document_modified(["2021-06-15 10:20更新"], []) == ("2021-06-15", "stamp")


def test_a_zone_offset_after_the_labels_time() -> None:
    assert document_modified(["Updated 11:05 PM GMT+9, March 2, 2023"], []) == ("2023-03-02", "label")


def test_no_update_no_date_modified() -> None:
    assert document_modified(["Posted on 4 May 2023", "By Lena Koh"], ["© 2023 Site"]) is None
    assert document_modified(["Accepted 12 May 2023"], []) is None


def test_a_wiki_last_edit_gives_the_date_modified_never_the_date() -> None:
    """`This page was last edited on …` dates no document (a page anyone edits was published on no day)."""
    tail = ["Categories: Treaties of Norway", "This page was last edited on 9 October 2022, at 14:02 (UTC)."]
    assert document_date(["Iceland–Norway relations", "From Wikipedia, the free encyclopedia"], tail) is None
    assert document_modified([], tail) == ("2022-10-09", "label")
    assert document_modified([], ["このページの最終更新日時は 2021年5月4日 (火) 03:12 です。"]) == (
        "2021-05-04",
        "label",
    )


def test_an_html_page_updated_date_is_its_date_modified() -> None:
    doc = Document(
        raw="x", text="x", meta=(("date", "2020-02-01"), ("date_kind", "published"), ("updated", "2020-03-05"))
    )
    stated = with_stated_date(doc)
    assert (stated.date, stated.date_source) == ("2020-02-01", "published")
    assert (stated.date_modified, stated.date_modified_source) == ("2020-03-05", "page-meta")


def test_parse_reads_date_and_date_modified_of_a_page() -> None:
    doc = parse_text(
        "Baltic Brief\nEstonia and Finland link their coastal radars\nLast updated: 19 April 2022\n"
        "Published: 11 April 2022\nBy Mari Tamm\n"
        "The two coast guards will share radar pictures of the Gulf of Finland from the autumn.\n"
        "The link was agreed at a meeting in Tallinn.\n"
    )
    assert (doc.date, doc.date_source) == ("2022-04-11", "published")
    assert (doc.date_modified, doc.date_modified_source) == ("2022-04-19", "label")


# -- comment sections -------------------------------------------------------------------------------------------


@given(
    st.sampled_from(["Ines", "Lars Berg", "kaito_88", "老張", "さくら"]),
    _days,
    st.sampled_from([" · ", " | ", "  ", " on ", " 於 "]),
    st.sampled_from(["", " 07:45", " at 7:45 pm", ", 19:02"]),
)
def test_a_comment_header_is_a_name_then_a_day(name: str, day: datetime.date, gap: str, time: str) -> None:
    assert comment_header(f"{name}{gap}{day.isoformat()}{time}")
    assert comment_header(f"{name}{gap}{_MONTHS[day.month - 1]} {day.day}, {day.year}{time}")


@given(_days)
def test_a_sentence_opening_with_a_date_is_no_comment_header(day: datetime.date) -> None:
    assert not comment_header(f"On {_en(day)} the ministers met in Oslo and signed the plan.")
    assert not comment_header(f"The talks ended. {_en(day)}")
    assert not comment_header(f"{day.year}年{day.month}月{day.day}日，两国签署协定。")


_JA_COMMENTS = """海の話ブログ
ノルウェーとフィンランド、沿岸監視で協力
公開日：2023年5月8日
著者：小林 健
ノルウェーとフィンランドは、北極圏の沿岸監視で情報を共有することで合意した。
両国の沿岸警備隊は、来年から合同訓練も行う予定だ。
コメント（2）
ひろし 2023/05/09 08:15
わかりやすい記事でした。
返信
小林 健 2023/05/09 12:30
ありがとうございます。
返信
コメントを書く
"""


def test_a_comment_section_headers_are_datelines_that_date_no_document() -> None:
    """ja comments (the corpus pages were en and zh-Hant): each header a dateline, each reply button tools, the
    comments' words text; the page dated by its own line, not by a comment's day."""
    doc = parse_text(_JA_COMMENTS)
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)
    furniture = _furniture(doc)
    assert ("dateline", "ひろし 2023/05/09 08:15") in furniture
    assert ("dateline", "小林 健 2023/05/09 12:30") in furniture
    assert furniture.count(("tools", "返信")) == 2
    assert "わかりやすい記事でした。" in doc.text
    assert (doc.date, doc.date_source) == ("2023-05-08", "published")


def test_a_name_and_day_line_with_no_comment_label_above_is_left_alone() -> None:
    text = _JA_COMMENTS.replace("コメント（2）\n", "")
    doc = parse_text(text)
    assert ("tools", "返信") not in _furniture(doc)


# -- sign-up box, print view, running heads, chronology ---------------------------------------------------------


def test_a_one_line_signup_box_between_paragraphs_is_tools() -> None:
    doc = parse_text(
        "Pacific Watch\nHome   News   Analysis\nFiji and New Zealand to patrol together\nBy Sione Lata\n"
        "Published 3 February 2023\n"
        "Fiji and New Zealand will run joint fisheries patrols from March, their ministers said.\n"
        "Get our weekly Pacific digest in your inbox\n"
        "Subscribe\n"
        "The patrols will cover the waters north of Vanua Levu.\n"
    )
    furniture = _furniture(doc)
    assert ("tools", "Get our weekly Pacific digest in your inbox") in furniture
    assert ("tools", "Subscribe") in furniture


def test_a_sentence_over_a_button_is_no_signup_box() -> None:
    doc = parse_text(
        "Pacific Watch\nHome   News   Analysis\nFiji and New Zealand to patrol together\nBy Sione Lata\n"
        "Published 3 February 2023\n"
        "Fiji and New Zealand will run joint fisheries patrols from March, their ministers said.\n"
        "The ministers said the plan would be reviewed by email each month.\n"
        "Subscribe\n"
        "The patrols will cover the waters north of Vanua Levu.\n"
    )
    assert ("tools", "The ministers said the plan would be reviewed by email each month.") not in _furniture(doc)


def test_a_print_views_label_and_address_are_download_lines() -> None:
    doc = parse_text(
        "Printer-friendly version\nhttps://harbour.example.org/news/2023/02/poland-korea-tanks\n"
        "Harbour Review\nHome › News › Defence\nPoland and South Korea sign second tank contract\nBy Ewa Nowak\n"
        "Poland signed a second contract for Korean tanks on Friday.\n"
        "Part of the tanks will be built in Poland.\n© 2023 Harbour Review\n"
    )
    furniture = _furniture(doc)
    assert ("download", "Printer-friendly version") in furniture
    assert ("download", "https://harbour.example.org/news/2023/02/poland-korea-tanks") in furniture
    assert doc.title == "Poland and South Korea sign second tank contract"
    assert doc.date is None  # the address's year and month date no document


def test_a_wide_date_line_of_fields_leaves_the_reporter_under_it() -> None:
    """zh-Hant, where the corpus page was zh-Hans: a date line of three fields as wide as the text's lines."""
    doc = parse_text(
        "海事新聞網\n首頁　新聞　評論　專題\n首頁 > 新聞 > 區域安全\n泰國與馬來西亞同意加強邊境海域聯合巡邏\n"
        "發布時間：2023-09-04 10:20　更新時間：2023-09-05 08:00　來源：海事新聞網\n記者 王小明\n"
        "泰國與馬來西亞海上執法機構同意，自明年起在兩國邊境海域進行定期聯合巡邏。\n"
        "廣告\n雙方將建立熱線，在發現非法捕撈船隻時互相通報位置與船名。\n"
        "分析人士認為，聯合巡邏將減少兩國漁船在邊境海域的糾紛。\n責任編輯：李文\n"
    )
    assert doc.authors == ["王小明"]
    assert (doc.date_modified, doc.date_modified_source) == ("2023-09-05", "label")


@given(st.integers(min_value=1950, max_value=2035), st.integers(min_value=1, max_value=12), st.booleans())
def test_a_year_first_cjk_date_and_colon_opens_a_chronology_entry(year: int, month: int, day: bool) -> None:
    date = f"{year}年{month}月" + ("15日" if day else "")
    assert opens_chronology_entry(f"{date}：兩國外長會晤。")
    assert not opens_chronology_entry(f"{date}，兩國外長會晤。")  # a sentence goes on after its date


def test_year_first_chronology_entries_stay_apart_after_a_closed_sentence() -> None:
    text = (
        "日本与蒙古关系\n\n两国于1972年建交。\n\n年表\n\n"
        "2010年11月19日：两国宣布建立战略伙伴关系，并同意扩大防务交流和人员往来，双方还就地区安全形势交换了意见。\n"
        "2022年11月29日：两国领导人会晤，宣布将关系提升为特别战略伙伴关系。\n\n"
        "本页面最后修订于2024年5月6日。\n"
    )
    doc = parse_text(text)
    lines = doc.text.splitlines()
    assert any(line.startswith("2022年11月29日：") for line in lines)
    assert doc.date is None and doc.date_modified == "2024-05-06"


# -- a report's name over its byline ----------------------------------------------------------------------------


def test_a_report_name_shaped_as_a_kind_of_paper_over_a_byline_is_the_title() -> None:
    """zh-Hant, where the corpus report was zh-Hans: `…研究報告` right over `作者：…`, no other title line."""
    doc = parse_text(
        "臺灣與菲律賓海上救難合作研究報告\n作者：林美華\n2023年11月\n"
        "壹、合作現況\n兩國海巡機關已建立救難熱線，並定期舉行聯合演練。\n"
        "貳、未來方向\n雙方可考慮共享船舶動態資料。\n"
    )
    assert doc.title == "臺灣與菲律賓海上救難合作研究報告"
    assert doc.authors == ["林美華"]


def test_a_short_kind_label_or_a_latin_kicker_over_a_byline_stays_a_doctype() -> None:
    doc = parse_text(
        "COMMENTARY\nBy Ana Souza\nBrazil and Portugal renew their naval training pact\n"
        "Brazil and Portugal renewed their naval training pact on Monday.\n"
        "The pact covers officer exchanges and joint exercises in the Atlantic.\n"
    )
    assert doc.title == "Brazil and Portugal renew their naval training pact"


def test_every_update_label_holds_the_update_hint() -> None:
    """`document_modified` reads only the lines holding a word of `update_hint`: every label of an update does."""
    from allyscope.layout.dating import MODIFIED_ONLY, rules

    r = rules()
    updates = [label.pattern for source, label in r.labels if source in ("last-updated", *MODIFIED_ONLY)]
    assert updates and all(r.update_hint.search(pattern.split(r"\s*[:：]?")[0]) for pattern in updates)
