"""lay25b's rules of front matter and page furniture (issue 12), each tried on text written in other words than
the dev documents that asked for them (tests/layouts): a cite line and a JEL line, dates of receipt and
acceptance ending with their verb (`…受付`), names keyed to affiliations by superscripts or bracketed numbers
and parted by commas, keywords under the abstract of a long front page, editors' notes, an author section about
a programme, a place before `＝` on a Japanese byline, and a caption credited to an agency after `＝`."""

from __future__ import annotations

import textwrap

import pytest

from allyscope import parse_text
from allyscope.layout.furniture import furniture_kind

_KEPT = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}

_EN_BODY = (
    "Lighthouse keepers once lived on remote rocks for months at a time.\n"
    "Automation ended the job on most coasts by the end of the last century.\n"
    "A few stations still keep a crew for weather reports and rescue work.\n"
)
_ZH_BODY = "一、引言\n灯塔看守人曾在偏远礁石上一住数月。\n二、自动化\n上世纪末，多数海岸的灯塔已经实现自动化。\n"
_JA_BODY = (
    "1．はじめに\n灯台守は、かつて離島の岩場に何か月も住み込んでいた。\n"
    "2．自動化の進展\n前世紀の終わりまでに、多くの灯台が自動化された。\n"
)


def _furniture(text: str) -> list[list[str]]:
    doc = parse_text(text)
    return [[s.kind, doc.span_text(s)] for s in doc.spans if s.kind not in _KEPT]


@pytest.mark.parametrize(
    "line,kind",
    [
        ("引用本文：孙海，周宁. 灯塔自动化的历史考察[J]. 海事史研究，2021（2）：3-15.", "identifier"),
        ("JEL codes: N70, R41", "identifier"),
        ("JEL Classification: H54", "identifier"),
        ("Cite this article: Reed, T. (2020). Keepers of the light. Maritime History, 4(1), 1–20.", "identifier"),
        ("2021年4月12日受付　2021年8月30日受理", "history"),
        ("2019年11月2日原稿受付", "history"),
        ("文献标志码：A", "identifier"),
    ],
)
def test_labelled_front_lines(line: str, kind: str) -> None:
    from allyscope.layout.notes import front_furniture_kind

    assert front_furniture_kind(line) == kind


def test_a_received_line_dates_no_document_but_the_issue_does() -> None:
    text = (
        "海洋史研究　第7号（2022年3月）\n灯台自動化の歴史\n西村　陽子\n"
        "2021年4月12日受付　2021年8月30日受理\n" + _JA_BODY
    )
    doc = parse_text(text)
    assert (doc.date, doc.date_source) == ("2022-03", "issue")
    assert ["history", "2021年4月12日受付　2021年8月30日受理"] in _furniture(text)
    # a sentence of the text saying when a paper was received stays text
    assert front_furniture_kind_of("同論文は2021年4月12日受付のものである。") is None


def front_furniture_kind_of(line: str) -> str | None:
    from allyscope.layout.notes import front_furniture_kind

    return front_furniture_kind(line)


@pytest.mark.parametrize(
    "byline,authors",
    [
        ("孙海¹，周宁²，吴迪¹", ["孙海", "周宁", "吴迪"]),
        ("孙海¹、周宁²", ["孙海", "周宁"]),
    ],
)
def test_chinese_names_keyed_by_superscripts_and_commas(byline: str, authors: list[str]) -> None:
    text = (
        f"灯塔自动化的历史考察\n{byline}\n（1.东海海事大学航海学院，宁波　315000；2.海事史研究所，大连　116000）\n"
        + _ZH_BODY
    )
    doc = parse_text(text)
    assert doc.title == "灯塔自动化的历史考察"
    assert doc.authors == authors


def test_spaced_japanese_names_keyed_by_superscripts() -> None:
    text = "灯台自動化の歴史\n西村　陽子¹・岡　誠²\n¹ 海洋大学海事学部　教授\n² 灯台史研究所　研究員\n" + _JA_BODY
    doc = parse_text(text)
    assert doc.authors == ["西村 陽子", "岡 誠"]
    assert [k for k, _ in _furniture(text)] == ["affiliation", "affiliation"]


def test_names_keyed_by_bracketed_numbers_over_their_affiliations() -> None:
    text = (
        "Keepers of the Light: Automation on Remote Coasts\n"
        "Tom Reed [1] and Mia Cho [2]\n"
        "[1] Department of History, Eastport University, Halifax, Canada\n"
        "[2] Institute of Maritime Heritage, Busan, Korea\n"
        "Introduction\n" + _EN_BODY
    )
    doc = parse_text(text)
    assert doc.authors == ["Tom Reed", "Mia Cho"]
    assert not doc.footnotes and not doc.markers
    assert [k for k, _ in _furniture(text)] == ["affiliation", "affiliation"]


def test_bracketed_numbers_in_the_text_stay_note_markers() -> None:
    text = (
        "Keepers of the Light\nTom Reed\nIntroduction\n"
        "Automation ended the job on most coasts by 1990 [1]. A few stations kept a crew [2].\n"
        "Notes\n[1] Coast Service, Annual Report, 1991.\n[2] Interview with a keeper, 2019.\n"
    )
    doc = parse_text(text)
    assert doc.authors == ["Tom Reed"]
    assert len(doc.footnotes) == 2 and len(doc.markers) == 2


def test_keywords_under_the_abstract_of_a_long_front_page() -> None:
    text = (
        "海洋史研究　第7号（2022年3月）\n研究論文\n灯台自動化の歴史\n―離島の灯台を中心に―\n"
        "A History of Lighthouse Automation\n西村　陽子¹・岡　誠²\n¹ 海洋大学海事学部　教授\n² 灯台史研究所　研究員\n"
        "要旨\n本稿は、離島の灯台が自動化されていった過程をたどる。\n"
        "キーワード：灯台、自動化、離島\n" + _JA_BODY
    )
    doc = parse_text(text)
    assert doc.keywords == ["灯台", "自動化", "離島"]
    assert doc.abstract == "本稿は、離島の灯台が自動化されていった過程をたどる。"


@pytest.mark.parametrize(
    "line,kind",
    [
        ("Editor’s note: An earlier version of this essay gave the wrong year for the last keeper.", "doctype"),
        ("EDITOR'S NOTE — This article is the third in a series on coastal heritage.", "doctype"),
        ("编者按：本文是“海洋遗产”系列文章之一。", "doctype"),
        ("【編者按】本文作者曾在燈塔工作十年。", "doctype"),
        ("編集部注：本稿は連載の第3回である。", "doctype"),
        ("About the Coastal Heritage Project", "author-bio"),
        ("ABOUT THE MARITIME HISTORY INITIATIVE", "author-bio"),
        # other words: not an author section, nor an editors' note
        ("About the Lighthouse", None),
        ("About the Treaty of Paris", None),
        ("The editor's note was removed.", None),
    ],
)
def test_editors_notes_and_programme_sections(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


def test_a_programme_section_closing_the_page_is_author_bio() -> None:
    text = (
        "Keepers of the Light\nCoastal Heritage Project Staff\nMay 4, 2023\n"
        + _EN_BODY
        + "About the Coastal Heritage Project\n"
        "The project records the history of lighthouses and the people who kept them.\n"
        "Related Articles\nThe Last Keeper of Sable Island\n"
    )
    furniture = _furniture(text)
    assert ["author-bio", "About the Coastal Heritage Project"] in furniture
    assert [
        "author-bio",
        "The project records the history of lighthouses and the people who kept them.",
    ] in furniture
    assert "A few stations still keep a crew" in parse_text(text).text


def test_an_author_section_followed_by_a_heading_keeps_its_text() -> None:
    text = (
        "Keepers of the Light\nBy Tom Reed\n" + _EN_BODY + "About the Coastal Heritage Project\n"
        "The project records the history of lighthouses and the people who kept them.\n"
        "Conclusion\nThe keepers are gone, but their logbooks remain.\n"
    )
    furniture = _furniture(text)
    assert not any("logbooks" in t for _, t in furniture)
    assert not any("The project records" in t for _, t in furniture)


@pytest.mark.parametrize(
    "byline,authors",
    [
        ("ソウル＝岡　誠", ["岡 誠"]),
        ("那覇＝西村陽子", ["西村陽子"]),
        ("ジャカルタ＝西村　陽子、岡　誠", ["西村 陽子", "岡 誠"]),
    ],
)
def test_a_place_before_equals_on_a_japanese_byline(byline: str, authors: list[str]) -> None:
    text = f"灯台の自動化、最後の有人灯台も無人に\n2023年5月4日 10時00分\n{byline}\n" + _JA_BODY
    assert parse_text(text).authors == authors


def test_a_photographer_before_equals_is_no_author() -> None:
    text = "灯台の自動化、最後の有人灯台も無人に\n2023年5月4日 10時00分\n写真＝岡　誠\n" + _JA_BODY
    assert parse_text(text).authors == []


def test_a_caption_credited_after_equals_at_the_text_end() -> None:
    text = (
        "灯台の自動化、最後の有人灯台も無人に\n2023年5月4日 10時00分\n"
        + _JA_BODY
        + "無人化された灯台（4日、長崎県五島市）＝共同\n関連記事\n・灯台守の記録、資料館で公開\n"
    )
    assert ["caption", "無人化された灯台（4日、長崎県五島市）＝共同"] in _furniture(text)


def test_a_story_ending_with_its_agency_after_equals_is_no_caption() -> None:
    text = (
        "灯台の自動化、最後の有人灯台も無人に\n2023年5月4日 10時00分\n"
        + _JA_BODY
        + "関係者によると、最後の灯台守は5月末に島を離れる予定だという＝共同\n関連記事\n・灯台守の記録、資料館で公開\n"
    )
    assert not any(k == "caption" for k, _ in _furniture(text))


# --- round 2: rules written for documents of the second round, tried on other words -----------------------------


@pytest.mark.parametrize(
    "line,kind",
    [
        ("收件日期：2021年3月2日；接受日期：2021年7月9日", "history"),
        ("接受刊登：2022年1月4日", "history"),
        ("录用日期：2020-11-03", "history"),
        ("投稿受付日：2022年5月1日　採用決定日：2022年9月9日", "history"),
        ("掲載決定日：2021年2月1日", "history"),
        ("Suggested citation: Reed, Tom. 2021. Keepers of the Light. Halifax: Eastport Press.", "identifier"),
        ("Recommended citation: Cho, Mia (2022), Lighthouse Automation, Working Paper 3.", "identifier"),
        ("This report was funded by the Coastal Heritage Trust.", "funding"),
        ("The research was generously supported by a grant from the Harbour Fund.", "funding"),
        # other words: text about citations and funding
        ("Citation practices differ between fields.", None),
        ("This report was written in 2021.", None),
    ],
)
def test_round_two_labelled_front_lines(line: str, kind: str | None) -> None:
    assert front_furniture_kind_of(line) == kind


def test_received_and_accepted_dates_date_no_document() -> None:
    text = "灯塔自动化的历史考察\n孙海\n收件日期：2021年3月2日；接受日期：2021年7月9日\n" + _ZH_BODY
    assert parse_text(text).date is None


@pytest.mark.parametrize(
    "line,kind",
    [
        ("以上", "ending"),
        ("〈お問い合わせ先〉", "contact"),
        ("<Contact>", "contact"),
        ("舉報", "tools"),
        ("Sign up", "tools"),
        ("（图片来源：某某网）", "caption"),
        ("(Photo credit: Harbour Press)", "caption"),
        ("免责声明：本文内容由用户上传，不代表本平台立场。", "disclaimer"),
        ("Our standards: how we report and edit our stories.", "disclaimer"),
        ("(Reporting by Tom Reed; Editing by Mia Cho)", "credit"),
        ("Explore more on this topic", "tags"),
        # other words
        ("以上の理由から、灯台は自動化された。", None),
        ("举报电话是公开的。", None),
        ("Sign up for the lighthouse tour was slow.", None),
    ],
)
def test_round_two_furniture_lines(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


def test_a_writer_in_a_city_and_agencies() -> None:
    text = "Keepers leave the last staffed lighthouse\nTom Reed in Halifax and agencies\nMay 4, 2023\n" + _EN_BODY
    assert parse_text(text).authors == ["Tom Reed"]


def test_names_in_latin_letters_under_a_cjk_byline_are_the_same_writers() -> None:
    text = "灯台自動化の歴史\n西村　陽子・岡　誠\nNISHIMURA Yoko, OKA Makoto\n" + _JA_BODY
    doc = parse_text(text)
    assert doc.authors == ["西村 陽子", "岡 誠"]
    assert ["translated-author", "NISHIMURA Yoko, OKA Makoto"] in _furniture(text)


def test_an_english_byline_of_two_lines_keeps_both_writers() -> None:
    text = "Keepers of the Light\nTom Reed\nMia Cho\nIntroduction\n" + _EN_BODY
    assert parse_text(text).authors == ["Tom Reed", "Mia Cho"]


_EN_PARAGRAPHS = (
    "Lighthouse keepers once lived on remote rocks for months at a time, far from their families, and kept the "
    "lamps burning through storms.\n"
    "Automation ended the job on most coasts by the end of the last century, when radio beacons and satellite "
    "navigation made the lamps less vital.\n"
    "A few stations still keep a crew, mostly for weather reports and rescue work, and their keepers say the "
    "job has changed beyond recognition.\n"
)


def test_a_standfirst_between_headline_and_byline() -> None:
    text = (
        "Last staffed lighthouse on the coast goes automatic\n"
        "The keeper's family leaves the island after sixty years of service\n"
        "Tom Reed in Halifax\nMay 4, 2023\n" + _EN_PARAGRAPHS
    )
    doc = parse_text(text)
    assert doc.title == "Last staffed lighthouse on the coast goes automatic"
    assert doc.authors == ["Tom Reed"]
    assert [
        "subtitle",
        "The keeper's family leaves the island after sixty years of service",
    ] in _furniture(text)


def test_a_first_sentence_under_a_headline_with_no_byline_stays_text() -> None:
    text = (
        "Last staffed lighthouse on the coast goes automatic\n"
        "The keeper's family leaves the island after sixty years of service\n" + _EN_PARAGRAPHS
    )
    doc = parse_text(text)
    assert not any(k == "subtitle" for k, _ in _furniture(text))
    assert "sixty years of service" in doc.text


def test_a_headline_wrapped_by_its_column_is_not_cut() -> None:
    # the first line is as wide as the column: the headline wrapped there, the next word did not fit
    text = (
        "Last staffed lighthouse on the North Atlantic coast goes automatic as its keepers leave the island\n"
        "forever\nTom Reed\n" + "\n".join(textwrap.wrap(_EN_PARAGRAPHS.replace("\n", " "), 100)) + "\n"
    )
    assert "leave the island forever" in parse_text(text).text


@pytest.mark.parametrize("addressee", ["報道機関各位", "関係者各位"])
def test_a_release_addressed_to_the_press(addressee: str) -> None:
    text = f"{addressee}\n2023年5月4日\n灯台の自動化について\n" + _JA_BODY
    doc = parse_text(text)
    assert doc.title == "灯台の自動化について"
    assert ["doctype", addressee] in _furniture(text)


# --- round 3 ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,kind",
    [
        ("- 30 -", "ending"),
        ("—30—", "ending"),
        ("- END -", "ending"),
        ("Date modified: 2023-05-04", "dateline"),
        ("（本文僅代表作者個人觀點）", "disclaimer"),
        ("(本文仅代表笔者个人看法，与所在单位无关)", "disclaimer"),
        ("繼續閱讀…", "tools"),
        ("ページの上へ戻る", "tools"),
        ("Article views: 3,210", "tools"),
        ("Citations: 14", "tools"),
        ("Submit a manuscript", "tools"),
        ("関連するコンテンツ", "related"),
        ("English version", "navigation"),
        ("日本語", "navigation"),
        ("Figures and data", "navigation"),
        # other words
        ("- 30 people were rescued.", None),
        ("English is the working language of the centre.", None),
        ("Views differ on automation.", None),
    ],
)
def test_round_three_furniture_lines(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


def test_a_modified_stamp_ends_a_contact_block_and_dates_nothing_first() -> None:
    text = (
        "News release\nLast staffed lighthouse goes automatic\nMay 4, 2023 - Halifax, Nova Scotia - Coast Service\n"
        + _EN_PARAGRAPHS
        + "Contacts\nMedia Relations\nCoast Service\nDate modified: 2023-05-09\n"
    )
    doc = parse_text(text)
    furniture = _furniture(text)
    assert ["dateline", "Date modified: 2023-05-09"] in furniture
    assert ["contact", "Coast Service"] in furniture
    assert (doc.date, doc.date_source) == ("2023-05-04", "dateline")


def test_a_modified_stamp_alone_dates_the_page() -> None:
    text = "Lighthouse visits\n" + _EN_PARAGRAPHS + "Date modified: 2023-05-09\n"
    assert (parse_text(text).date, parse_text(text).date_source) == ("2023-05-09", "last-updated")


def test_a_view_count_field_beside_the_date_and_writer() -> None:
    text = "灯塔自动化的历史考察\n发布日期：2021-05-04　作者：孙海　阅读：1024\n" + _ZH_BODY
    doc = parse_text(text)
    assert doc.authors == ["孙海"]
    assert ["tools", "阅读：1024"] in _furniture(text)
    assert (doc.date, doc.date_source) == ("2021-05-04", "published")


@pytest.mark.parametrize(
    "history,date",
    [
        ("Pages 3-20 | Received 2 Jan 2021, Accepted 9 Jun 2021, Published online: 3 Aug 2021", "2021-08-03"),
        ("Received 2 Jan 2021, Accepted 9 Jun 2021, Published online: 3 Aug 2021", None),
    ],
)
def test_published_online_in_a_history_line(history: str, date: str | None) -> None:
    text = "Keepers of the Light\nTom Reed & Mia Cho\n" + history + "\nIntroduction\n" + _EN_PARAGRAPHS
    doc = parse_text(text)
    assert doc.authors == ["Tom Reed", "Mia Cho"]
    assert doc.date == date  # a line opening with its receipt dates no document (the rules ignore it whole)


def test_a_page_s_tabs_one_a_line_are_navigation_references_too() -> None:
    text = (
        "Keepers of the Light\nTom Reed\nFull Article\nFigures & data\nReferences\nSupplemental material\n"
        "Introduction\n" + _EN_PARAGRAPHS
    )
    doc = parse_text(text)
    assert ["navigation", "References"] in _furniture(text)
    assert not doc.footnotes
    assert doc.title == "Keepers of the Light"


def test_a_references_list_after_the_text_is_still_read() -> None:
    text = (
        "Keepers of the Light\nTom Reed\nIntroduction\n"
        "Automation ended the job on most coasts by 1990 [1]. A few stations kept a crew [2].\n"
        "References\n[1] Coast Service, Annual Report, 1991.\n[2] Interview with a keeper, 2019.\n"
    )
    doc = parse_text(text)
    assert len(doc.footnotes) == 2
    assert not any(t == "References" for _, t in _furniture(text))


# --- round 4 ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,kind",
    [
        ("5/4(木) 9:15配信", "dateline"),
        ("最終更新：5/4(木) 11:40", "dateline"),
        ("Cover image courtesy of the Coast Service", "caption"),
        ("Photo by Mia Cho", "caption"),
        ("Interested in writing for us? Send your pitch to the editors.", "tools"),
        ("Have an idea for an essay you'd like to write? Tell us.", "tools"),
        ("Listen to this article · 4:03 min", "tools"),
        ("轻触阅读原文", "tools"),
        ("微信扫一扫关注该公众号", "tools"),
        ("收录于话题 #灯塔 3个", "tags"),
        ("赞 在看 分享", "share"),
        ("〒100-0000　東京都千代田区霞が関0-0-0", "contact"),
        # other words
        ("Photo editors chose the cover in May.", None),
        ("在看守灯塔的人当中，他是最后一个。", None),
    ],
)
def test_round_four_furniture_lines(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


def test_a_doctype_and_its_date_on_one_line() -> None:
    text = "Analysis, 4 May 2023\nKeepers of the Light\nTom Reed\n" + _EN_PARAGRAPHS
    doc = parse_text(text)
    assert doc.title == "Keepers of the Light"
    assert (doc.date, doc.date_source) == ("2023-05-04", "dateline")
    assert ["doctype", "Analysis, 4 May 2023"] in _furniture(text)


def test_a_photographer_after_a_bar_on_the_byline() -> None:
    text = (
        "Last staffed lighthouse on the coast goes automatic\n"
        "By Tom Reed and Mia Cho | Photographs by Ana Lima\nMay 4, 2023\n" + _EN_PARAGRAPHS
    )
    doc = parse_text(text)
    assert doc.authors == ["Tom Reed", "Mia Cho"]
    assert ["credit", "Photographs by Ana Lima"] in _furniture(text)


def test_a_unit_and_post_before_a_spaced_name() -> None:
    text = "灯台史研究　第4号　2023年5月4日\n灯台自動化の歴史\n資料調査室　主任調査官　西村　陽子\n" + _JA_BODY
    doc = parse_text(text)
    assert doc.authors == ["西村 陽子"]
    assert ["affiliation", "資料調査室　主任調査官"] in _furniture(text)


def test_a_unit_and_post_are_no_name() -> None:
    text = "灯台自動化の歴史\n海洋大学海事学部　准教授\n" + _JA_BODY
    assert parse_text(text).authors == []


def test_an_agency_alone_under_the_date_is_no_author() -> None:
    text = "灯台の自動化、最後の有人灯台も無人に\n5/4(木) 9:15配信\n時事通信\n" + _JA_BODY
    doc = parse_text(text)
    assert doc.authors == []
    assert ["affiliation", "時事通信"] in _furniture(text)
    assert doc.date is None  # the stamp names no year


@pytest.mark.parametrize(
    "header,authors",
    [("原创 孙海 灯塔往事 2023-05-04 08:30 发表于大连", ["孙海"]), ("原创 灯塔往事 2023-05-04 08:30", [])],
)
def test_a_social_media_header_names_the_writer_before_the_account(header: str, authors: list[str]) -> None:
    text = f"{header}\n灯塔自动化的历史考察\n" + _ZH_BODY
    doc = parse_text(text)
    assert doc.title == "灯塔自动化的历史考察"
    assert doc.authors == authors


def test_a_release_number_and_date_line() -> None:
    text = "海事局新聞稿\n第 12 號　　2023/05/04\n最後一座有人燈塔改為自動化\n" + _ZH_BODY
    doc = parse_text(text)
    assert doc.title == "最後一座有人燈塔改為自動化"
    assert (doc.date, doc.date_source) == ("2023-05-04", "dateline")
    assert ["doctype", "海事局新聞稿"] in _furniture(text)


def test_a_journal_issue_with_its_name_stays_an_issue() -> None:
    text = "灯塔研究　第12号　2023年5月4日\n灯塔自动化的历史考察\n孙海\n" + _ZH_BODY
    assert (parse_text(text).date_source, _furniture(text)[0][0]) == ("issue", "journal")


def test_a_release_label_over_a_sentence_gives_no_title() -> None:
    text = (
        "海事局新闻稿\n\n2023年5月4日\n\n今天，最后一座有人灯塔改为自动化运行，灯塔看守人将于月底离岛。\n\n" + _ZH_BODY
    )
    doc = parse_text(text)
    assert doc.title == ""
    assert "最后一座有人灯塔改为自动化运行" in doc.text
