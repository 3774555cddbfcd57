"""lay56 (twenty-seventh session): the document's date and the choice of its note system (issue 12). An update
stamp shaped as a dateline, a related-stories list with later dates, receipt and submission lines, an era's year
in Chinese numerals counting hundreds; a `Footnotes` label; endnotes gathered at the end and numbered anew for each
chapter under the chapter's head. Each rule on text in other words than the documents that showed the miss
(`tests/layouts/l56_*`)."""

from __future__ import annotations

from allyscope import parse_text
from allyscope.layout.dating import document_date, find_dates


def test_a_date_closed_by_a_word_of_updating_is_the_update_stamp() -> None:
    assert document_date(["2025-03-09 08:10 更新"], []) == ("2025-03-09", "last-updated")
    assert document_date(["9 March 2025, 08:10 Updated"], []) == ("2025-03-09", "last-updated")
    # the publication date under it wins, as a labelled publication date wins over any update
    stamps = ["2025-03-09 08:10更新", "发布时间：2025-03-02　来源：某网"]
    assert document_date(stamps, []) == ("2025-03-02", "published")
    # a relative update after the date leaves the date the page's dateline
    assert document_date(["March 2, 2025 7:05 AM GMT+9 Updated 3 hours ago"], []) == ("2025-03-02", "dateline")
    assert document_date(["2025-03-02 08:10"], []) == ("2025-03-02", "dateline")


def test_an_update_printed_before_the_publication_on_one_line_gives_way_to_it() -> None:
    assert document_date(["Updated 9 June 2025 | Published 2 June 2025"], []) == ("2025-06-02", "published")
    assert document_date(["更新日：2025/06/09　公開日：2025/06/02"], []) == ("2025-06-02", "published")
    assert document_date(["Updated: June 9, 2025 / Published: June 2, 2025"], []) == ("2025-06-02", "published")
    assert document_date(["Last updated June 9, 2025 · Originally published June 2, 2025"], []) == (
        "2025-06-02",
        "published",
    )
    # an update alone is still the page's last update
    assert document_date(["Updated 9 June 2025"], []) == ("2025-06-09", "last-updated")


def test_receipt_and_submission_lines_date_no_document() -> None:
    assert document_date(["令和5年11月2日受付"], []) is None
    assert document_date(["2023年11月2日採録"], []) is None
    assert document_date(["投稿日期：2023年8月1日"], []) is None
    assert document_date(["修訂日期：2023年9月12日"], []) is None
    assert document_date(["Manuscript received 3 April 2023"], []) is None
    assert document_date(["Submitted: 3 April 2023"], []) is None
    # a blog's `Submitted by` byline carries the post's own date
    assert document_date(["Submitted by Ann Lee on 3 April 2023"], []) is not None
    # the issue line above such lines still dates the paper
    assert document_date(["海洋政策論集　第7号（令和5年12月）", "令和5年8月30日受付"], []) == ("2023-12", "issue")


def test_an_era_year_in_chinese_numerals_may_count_hundreds() -> None:
    assert [f.edtf for f in find_dates("中華民國一百一十二年三月一日")] == ["2023-03-01"]
    assert [f.edtf for f in find_dates("民國一百零五年七月")] == ["2016-07"]
    assert [f.edtf for f in find_dates("民國一百年十月十日")] == ["2011-10-10"]
    assert [f.edtf for f in find_dates("民國九十八年五月")] == ["2009-05"]
    assert document_date(["中華民國一百一十二年三月一日"], []) == ("2023-03-01", "dateline")


def test_dates_of_a_related_stories_list_are_not_the_pages_date() -> None:
    text = (
        "Japan and Vietnam open talks on coast guard patrol boats\n"
        "By Mark Ellis\n"
        "Japanese and Vietnamese officials opened talks on Monday on a loan for six more patrol boats.\n"
        "The talks are expected to end before the summer.\n"
        "Posted 2 June 2025\n"
        "Related stories\n"
        "Vietnam receives its first Japanese patrol boat\n"
        "14 June 2025\n"
        "Philippines orders five more patrol boats\n"
        "30 June 2025\n"
    )
    doc = parse_text(text)
    assert (doc.date, doc.date_source) == ("2025-06-02", "published")


def test_a_footnotes_label_heads_an_endnote_section() -> None:
    text = (
        "Coast guard cooperation in the Sulu Sea\n"
        "Ana Reyes\n"
        "The three navies coordinated patrols from 2017 on.[1] A hotline links their commands.[2]\n"
        "Footnotes\n"
        "[1] Trilateral Cooperative Arrangement, 2016.\n"
        "[2] Press statement of the three defence ministers, 2018.\n"
    )
    doc = parse_text(text)
    assert doc.layout.placement == "endnotes"
    assert doc.note_text(doc.footnotes[0]) == "Trilateral Cooperative Arrangement, 2016."


def test_endnotes_numbered_per_chapter_under_chapter_heads() -> None:
    text = (
        "Harbours and Alliances\n"
        "Tom Reed\n"
        "Chapter 1: Ports\n"
        "The port was deepened in 2015.[1] Its new quay opened two years later.[2]\n"
        "Chapter 2: Navies\n"
        "Three navies now call there every year.[1]\n"
        "Notes\n"
        "Chapter 1\n"
        "[1] Port authority annual report, 2016.\n"
        "[2] Port authority annual report, 2018.\n"
        "Chapter 2\n"
        "[1] Navy press office, visit schedule, 2024.\n"
    )
    doc = parse_text(text)
    by_id = {f.id: (f.block, f.number) for f in doc.footnotes}
    assert [(f.block, f.number, doc.note_text(f)) for f in doc.footnotes] == [
        (0, 1, "Port authority annual report, 2016."),
        (0, 2, "Port authority annual report, 2018."),
        (1, 1, "Navy press office, visit schedule, 2024."),
    ]
    assert [[by_id[i] for i in m.footnotes] for m in doc.markers] == [[(0, 1)], [(0, 2)], [(1, 1)]]
    assert (doc.layout.placement, doc.layout.numbering) == ("endnotes", "per-chapter")
    assert "Chapter 1\n" not in doc.text and "Chapter 2\n" not in doc.text


def test_a_short_line_in_the_notes_that_repeats_no_head_is_no_chapter_label() -> None:
    text = (
        "Harbours and Alliances\n"
        "Tom Reed\n"
        "Chapter 1: Ports\n"
        "The port was deepened in 2015.[1] Its new quay opened two years later.[2]\n"
        "Notes\n"
        "[1] Port authority annual report, 2016.\n"
        "[2] Port authority annual report, 2018.\n"
    )
    doc = parse_text(text)
    assert doc.layout.numbering == "single"
    assert [f.number for f in doc.footnotes] == [1, 2]


def test_labels_of_publication_and_review_and_ordinal_days() -> None:
    assert document_date(["Date of publication: 14 July 2023"], []) == ("2023-07-14", "published")
    assert document_date(["Release date: 14 July 2023"], []) == ("2023-07-14", "published")
    assert document_date(["Issued on 14 July 2023"], []) == ("2023-07-14", "published")
    assert document_date(["Page last reviewed: 14 July 2023"], []) == ("2023-07-14", "last-updated")
    assert document_date(["Friday 14th July 2023"], []) == ("2023-07-14", "dateline")
    assert [f.edtf for f in find_dates("on the 2nd of August 2023")] == ["2023-08-02"]


def test_a_date_after_a_breadcrumbs_separator_is_no_dateline() -> None:
    assert document_date(["Home › Archive › 14 July 2023"], []) is None
    assert document_date(["首页 > 要闻 > 2023年7月"], []) is None
    assert document_date(["ホーム ＞ 報道発表 ＞ 2023年7月14日"], []) is None
    assert document_date(["OSAKA, 14 July 2023"], []) == ("2023-07-14", "dateline")


def test_more_words_label_an_endnote_section() -> None:
    text = (
        "兩國海巡合作的新階段\n"
        "王建民\n"
        "雙方於2019年簽署合作瞭解備忘錄。[1]此後每年舉行聯合演練。[2]\n"
        "附註\n"
        "[1] 海洋委員會新聞稿，2019年。\n"
        "[2] 同註1。\n"
    )
    doc = parse_text(text)
    assert doc.layout.placement == "endnotes"
    assert [doc.note_text(f) for f in doc.footnotes] == ["海洋委員會新聞稿，2019年。", "同註1。"]
    assert "附註" not in doc.text
    # a line that opens with the word and goes on is a remark of the text, no label
    remark = parse_text("兩國海巡合作的新階段\n王建民\n雙方每年舉行聯合演練。\n附註本表數據取自海巡署年報。\n")
    assert "附註本表數據取自海巡署年報。" in remark.text


def test_a_date_opening_the_line_before_an_update_stamp_is_the_pages_date() -> None:
    assert document_date(["14 July 2023 | Updated 19 July 2023"], []) == ("2023-07-14", "dateline")
    assert document_date(["2023-07-14 10:20　更新时间：2023-07-19"], []) == ("2023-07-14", "dateline")
    assert document_date(["Updated 19 July 2023, first published 14 July 2023"], []) == ("2023-07-14", "published")
    # a field before the update that holds no date leaves the update the page's stamp
    assert document_date(["Source: Kyodo | Updated 19 July 2023"], []) == ("2023-07-19", "last-updated")
