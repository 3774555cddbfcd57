"""lay27a's rules of front matter and page furniture (issue 12), each tried on text written in other words than
the dev documents that asked for them (tests/layouts): a section about the issuing body closing a Chinese or
Japanese page (`關於本中心`, `…研究所について`), a title in title case wrapped by its column after a word of its
own, a standfirst over the date line (no byline under it), and an encyclopedia's tagline."""

from __future__ import annotations

import pytest

from allyscope import parse_text
from allyscope.layout.furniture import furniture_kind

_KEPT = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}

_EN_BODY = (
    "\nLighthouse keepers once lived on remote rocks for months at a time, and their logs are still read by "
    "historians of the coast.\n"
    "\nAutomation ended the job on most coasts by the end of the last century, though a few stations kept a crew "
    "for weather reports.\n"
)


def _furniture(text: str) -> list[list[str]]:
    doc = parse_text(text)
    return [[s.kind, doc.span_text(s)] for s in doc.spans if s.kind not in _KEPT]


@pytest.mark.parametrize(
    "label",
    ["关于本所", "關於我們", "本中心简介", "本基金會簡介", "当研究所について", "本センターの紹介", "私たちについて"],
)
def test_body_section_labels_are_author_bio_labels(label: str) -> None:
    assert furniture_kind(label) == "author-bio"


@pytest.mark.parametrize("line", ["中心主任", "本について", "本紹介", "当研究所の沿革と活動について考える", "关于灯塔"])
def test_other_lines_are_no_body_section_labels(line: str) -> None:
    assert furniture_kind(line) != "author-bio"


def test_a_closing_section_about_the_body_is_its_bio() -> None:
    text = (
        "燈塔看守人的消失\n\n王小文\n\n"
        "上世紀末，多數海岸的燈塔已經實現自動化，看守人隨之離開礁石。\n\n"
        "今天仍有少數燈塔保留人員，負責氣象觀測與救援工作。\n\n"
        "關於本所\n\n"
        "本所成立於一九九八年，長期從事海事史與港口文化研究。\n"
    )
    doc = parse_text(text)
    assert doc.authors == ["王小文"]
    assert [doc.span_text(s) for s in doc.spans if s.kind == "author-bio"] == [
        "關於本所",
        "本所成立於一九九八年，長期從事海事史與港口文化研究。",
    ]


@pytest.mark.parametrize(
    "first,second,author",
    [
        ("Keepers of the Northern Lights and the Slow", "End of Staffed Stations in Norway", "Ingrid Dahl"),
        ("Harbour Pilots, Tugboats and the Changing", "Economics of the Small Port", "Tomas Varga and Ana Ruiz"),
    ],
)
def test_a_title_wrapped_after_a_content_word_is_one_title(first: str, second: str, author: str) -> None:
    doc = parse_text(f"{first}\n{second}\n{author}\n{_EN_BODY}")
    assert doc.title == f"{first} {second}"
    assert doc.authors == [n.strip() for n in author.split(" and ")]
    assert not any(s.kind == "subtitle" for s in doc.spans)


@pytest.mark.parametrize(
    "first,second",
    [
        ("Keepers of the Northern Lights", "Hanna Berg and Ole Lund"),  # names under the title
        ("Keepers of the Northern Lights Today", "Institute for Coastal History"),  # an affiliation
        ("Keepers of the Northern Lights Today", "Office of the Harbour Master"),  # an issuing body
        ("Keepers of the Light", "A History of Staffed Stations in Norway"),  # the longer line: a subtitle
    ],
)
def test_a_title_does_not_run_into_names_a_body_or_a_longer_line(first: str, second: str) -> None:
    doc = parse_text(f"{first}\n{second}\n{_EN_BODY}")
    assert doc.title == first


def test_a_standfirst_over_the_date_line_is_the_subtitle() -> None:
    doc = parse_text(
        "Keepers of the Light\n\n"
        "How a handful of stations kept their crews long after the machines arrived\n\n"
        f"12 May 2024\n{_EN_BODY}"
    )
    assert doc.title == "Keepers of the Light"
    assert [doc.span_text(s) for s in doc.spans if s.kind == "subtitle"] == [
        "How a handful of stations kept their crews long after the machines arrived"
    ]
    assert doc.authors == []
    assert doc.date == "2024-05-12"


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Pilots and Their Tugboats Today",  # title case: no prose
        "Institute for Coastal History, Bergen",  # an affiliation
        "Hanna Berg and Ole Lund",  # names
    ],
)
def test_lines_over_the_date_that_are_no_standfirst(line: str) -> None:
    doc = parse_text(f"Keepers of the Light\n\n{line}\n\n12 May 2024\n{_EN_BODY}")
    assert not any(s.kind == "subtitle" and doc.span_text(s) == line for s in doc.spans)


def test_a_line_with_nothing_of_the_front_under_it_stays_text() -> None:
    # with no byline nor date under it, the line may be the text's first sentence (lay25b's trap)
    doc = parse_text("Keepers of the Light\n\nhow a handful of stations kept their crews for years\n" + _EN_BODY)
    assert not any(s.kind == "subtitle" for s in doc.spans)


@pytest.mark.parametrize(
    "line",
    [
        "From Harbourpedia, the free encyclopedia",
        "From Coastwiki, the free encyclopaedia of lighthouses",
        "出典: フリー百科事典『灯台ペディア』",
    ],
)
def test_an_encyclopedia_tagline_is_navigation(line: str) -> None:
    assert furniture_kind(line) == "navigation"
    assert ["navigation", line] in _furniture(f"Lighthouses of the North\n\n{line}\n{_EN_BODY}")


# round 1: a credit line naming the reporters, a labelled byline after the text, star-keyed affiliations, a
# special issue's line, the translator's unit, a newsletter prompt in Chinese

_STORY = (
    "Keepers leave the last staffed lighthouse\n"
    "Lighthouse keepers once lived on remote rocks for months at a time, and their logs are still read by "
    "historians.\n"
    "Automation ended the job on most coasts by the end of the last century, though a few stations kept a crew.\n"
)


@pytest.mark.parametrize(
    "line,authors,credit",
    [
        (
            "Reporting by Ana Lima and Tom Berg in Lisbon; Writing by Jo Park; Editing by Kay Wu",
            ["Ana Lima", "Tom Berg", "Jo Park"],
            "Editing by Kay Wu",
        ),
        ("Reporting by Sven Holm; editing by Rui Costa", ["Sven Holm"], "editing by Rui Costa"),
        ("Reporting by the harbour desk; Editing by Kay Wu", [], "Reporting by the harbour desk; Editing by Kay Wu"),
    ],
)
def test_a_closing_credit_names_its_reporters(line: str, authors: list[str], credit: str) -> None:
    doc = parse_text(_STORY + line + "\n")
    assert doc.authors == authors
    assert [doc.span_text(s) for s in doc.spans if s.kind == "credit"] == [credit]


def test_a_credit_line_does_not_replace_a_byline_under_the_title() -> None:
    doc = parse_text(_STORY.replace("\n", "\nBy Mara Olsen\n", 1) + "Reporting by Sven Holm; Editing by Rui Costa\n")
    assert doc.authors == ["Mara Olsen"]


@pytest.mark.parametrize(
    "closing,authors,post",
    [
        ("文／陳志遠（海洋大學航運管理學系副教授）", ["陳志遠"], "海洋大學航運管理學系副教授"),
        ("文／李晓红", ["李晓红"], None),
    ],
)
def test_a_labelled_byline_after_the_text(closing: str, authors: list[str], post: str | None) -> None:
    text = (
        "燈塔看守人的最後一班\n2024-11-02\n"
        "上世紀末，多數海岸的燈塔已經實現自動化，看守人隨之離開礁石。\n"
        "今天仍有少數燈塔保留人員，負責氣象觀測與救援工作。\n"
        f"{closing}\n"
    )
    doc = parse_text(text)
    assert doc.authors == authors
    assert [doc.span_text(s) for s in doc.spans if s.kind == "affiliation"] == ([post] if post else [])


def test_a_closing_sentence_opening_like_a_byline_stays_text() -> None:
    closing = "By contrast, the keepers in the north stayed."
    doc = parse_text("Keepers of the Light\n" + _STORY.split("\n", 1)[1] + closing + "\n")
    assert doc.authors == []
    assert "By contrast, the keepers in the north stayed." in doc.text


def test_authors_keyed_by_a_star_and_a_number() -> None:
    text = (
        "灯台史研究　第7号（2023年3月）\n"
        "北海道における灯台守の生活史\n"
        "高橋健一＊1・小林真理＊2・伊藤亮＊1\n"
        "＊1　北洋大学文学部\n"
        "＊2　港湾文化研究所\n"
        "要旨\n"
        "本稿は、北海道の灯台守とその家族の暮らしを、日誌と聞き取りから描く。\n"
        "キーワード：灯台、生活史、北海道\n"
        "1．はじめに\n"
        "灯台守の家族は、岬の官舎で数年ごとに転勤を繰り返した。\n"
    )
    doc = parse_text(text)
    assert doc.authors == ["高橋健一", "小林真理", "伊藤亮"]
    affiliations = [doc.span_text(s) for s in doc.spans if s.kind == "affiliation"]
    assert affiliations == ["＊1　北洋大学文学部", "＊2　港湾文化研究所"]
    assert doc.footnotes == () and doc.markers == ()


@pytest.mark.parametrize(
    "line,kind",
    [
        ("特集：北の灯台と地域社会", "journal"),
        ("专题：港口城市的历史变迁", "journal"),
        ("Special issue: Ports and their publics", "journal"),
        ("譯者單位：某大學外國語文學系", "author-bio"),
        ("译者简介：某某，某大学讲师", "author-bio"),
    ],
)
def test_front_lines_of_an_issue_and_a_translator(line: str, kind: str) -> None:
    from allyscope.layout.notes import front_furniture_kind

    assert front_furniture_kind(line) == kind


@pytest.mark.parametrize("line", ["订阅电子报，每周收到新文章", "免費訂閱電子報：掌握港口新聞"])
def test_a_newsletter_prompt_in_chinese_is_a_tool(line: str) -> None:
    assert furniture_kind(line) == "tools"


# round 2: signs keying shared affiliations, an image source ending a caption, a list of writers closing a report


def test_signs_shared_by_two_names_key_affiliations() -> None:
    text = (
        "Harbour History Quarterly, Vol. 4, No. 2 (2022), pp. 10–24\n"
        "Keepers and Their Families on the Northern Rocks\n"
        "Ingrid Dahl†, Ole Lund* and Hanna Berg†\n"
        "† Department of History, University of Tromsø, Norway\n"
        "* Institute for Coastal Studies, Bergen, Norway\n"
        "Abstract\n"
        "Keepers' families lived on the rocks for years. This article reads their letters home.\n"
        "Keywords: lighthouses; families; Norway\n"
        "1. Introduction\n"
        "Most keepers brought their families with them, and the children were taught by their parents.\n"
    )
    doc = parse_text(text)
    assert doc.authors == ["Ingrid Dahl", "Ole Lund", "Hanna Berg"]
    assert [doc.span_text(s) for s in doc.spans if s.kind == "affiliation"] == [
        "† Department of History, University of Tromsø, Norway",
        "* Institute for Coastal Studies, Bergen, Norway",
    ]
    assert doc.footnotes == () and doc.markers == ()


def test_signs_each_name_its_own_stay_author_notes() -> None:
    text = (
        "Harbour History Quarterly, Vol. 4, No. 2 (2022), pp. 10–24\n"
        "Keepers and Their Families on the Northern Rocks\n"
        "Ingrid DAHL*, Ole LUND** and Hanna BERG***\n"
        "* Lecturer, Department of History, University of Tromsø\n"
        "** Curator, Coastal Museum, Bergen\n"
        "*** Research Fellow, Institute for Coastal Studies\n"
        "Abstract\n"
        "Keepers' families lived on the rocks for years. This article reads their letters home.\n"
        "Keywords: lighthouses; families; Norway\n"
        "1. Introduction\n"
        "Most keepers brought their families with them, and the children were taught by their parents.\n"
    )
    doc = parse_text(text)
    assert len(doc.footnotes) == 3
    assert not any(s.kind == "affiliation" for s in doc.spans)


_ZH_HANT_LINES = (
    "上世紀末，多數海岸的燈塔已經實現自動化，看守人隨之離開礁石。\n"
    "今天仍有少數燈塔保留人員，負責氣象觀測與救援工作。\n"
    "看守人的日誌記錄了數十年的天氣與船隻往來。\n"
    "這些日誌如今由港口博物館保存，供研究者查閱。\n"
    "博物館計畫明年將部分日誌數位化並公開。\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "燈塔看守人的宿舍已改建為展覽館。圖片提供：港口文化協會",
        "灯塔旧址目前对游客开放。图片来源：某市文旅局",
        "旧官舎は資料館として公開されている。写真提供：灯台文化協会",
    ],
)
def test_a_caption_ending_with_its_image_source(line: str) -> None:
    # a page's furniture elsewhere (a breadcrumb): a text with none has its captions' sources left alone
    text = "首頁 > 文化\n燈塔看守人的最後一班\n2024-11-02\n" + _ZH_HANT_LINES.replace("\n", f"\n{line}\n", 1)
    assert ["caption", line] in _furniture(text)


def test_an_image_source_asked_about_inside_a_sentence_stays_text() -> None:
    line = "記者問及圖片來源：官員表示將再查證。"
    text = "首頁 > 文化\n燈塔看守人的最後一班\n2024-11-02\n" + _ZH_HANT_LINES.replace("\n", f"\n{line}\n", 1)
    assert not any(kind == "caption" for kind, _ in _furniture(text))


@pytest.mark.parametrize("label", ["執筆者一覧", "執筆者一覧（敬称略）", "作者名单", "寄稿者一覧", "执笔人名单"])
def test_writers_list_labels(label: str) -> None:
    assert furniture_kind(label) == "author-bio"


def test_a_list_of_writers_closing_a_report() -> None:
    text = (
        "調査報告\n北の灯台と地域の暮らし\n2023年11月\n灯台文化研究会\n"
        "1．調査の概要\n本調査は、北海道の灯台と周辺集落の関係を記録することを目的とする。\n"
        "2．結果\n多くの集落で、灯台は漁業者の目印として今も重要であることが分かった。\n"
        "執筆者一覧\n"
        "高橋　誠　　北洋大学文学部准教授\n"
        "小林真理　港湾文化研究所主任研究員\n"
    )
    doc = parse_text(text)
    assert doc.authors == ["高橋 誠", "小林真理"]
    assert [doc.span_text(s) for s in doc.spans if s.kind == "affiliation"][-2:] == [
        "北洋大学文学部准教授",
        "港湾文化研究所主任研究員",
    ]


def test_a_writers_label_over_a_bio_in_sentences_is_no_list() -> None:
    text = (
        "北の灯台と地域の暮らし\n2023年11月\n"
        "本調査は、北海道の灯台と周辺集落の関係を記録することを目的とする。\n"
        "執筆者一覧\n"
        "高橋誠は北洋大学文学部の准教授で、灯台の歴史を長く研究している。\n"
    )
    doc = parse_text(text)
    assert "高橋 誠" not in doc.authors and "高橋誠" not in doc.authors


# round 3: a title or standfirst longer than a byline over the date line, a share prompt in words, a closing
# （name・post）


def test_a_long_title_and_standfirst_over_the_date_line() -> None:
    title = "Lighthouse Keepers of the Northern Coast Leave the Last Staffed Stations After Two Centuries of Service"
    standfirst = "The final crews hand over their logs to the museum as the lamps switch to automatic operation"
    doc = parse_text(f"{title}\n{standfirst}\nPublished 3 June 2024\n" + _STORY.split("\n", 1)[1])
    assert doc.title == title
    assert [doc.span_text(s) for s in doc.spans if s.kind == "subtitle"] == [standfirst]
    assert doc.date == "2024-06-03"


def test_a_long_first_line_with_nothing_of_the_front_under_it_is_no_title() -> None:
    line = "Lighthouse keepers once lived on remote rocks for months at a time and their logs are still read"
    doc = parse_text(f"{line}\n" + _STORY.split("\n", 1)[1])
    assert doc.title != line


@pytest.mark.parametrize("line", ["点个“赞”，分享给更多朋友", "点亮在看", "转发给更多朋友"])
def test_a_share_prompt_in_words(line: str) -> None:
    assert furniture_kind(line) == "share"


def test_a_closing_name_and_post_parted_by_a_middle_dot() -> None:
    text = (
        "北の灯台と地域の暮らし\n2023年11月2日\n"
        "北海道の灯台は、かつて周辺の漁村にとって欠かせない存在だった。\n"
        "灯台守の家族は、岬の官舎で数年ごとに転勤を繰り返した。\n"
        "（高橋誠・北洋大学文学部准教授）\n"
    )
    doc = parse_text(text)
    assert doc.authors == ["高橋誠"]
    assert ["author-bio", "（高橋誠・北洋大学文学部准教授）"] in _furniture(text)


def test_a_closing_bracket_of_two_words_without_a_post_names_no_writer() -> None:
    text = (
        "北の灯台と地域の暮らし\n2023年11月2日\n"
        "北海道の灯台は、かつて周辺の漁村にとって欠かせない存在だった。\n"
        "（灯台・漁村）\n"
    )
    assert parse_text(text).authors == []
