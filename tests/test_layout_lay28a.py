"""lay28a's rules of front matter (issue 12), each tried on text written in other words than the dev documents
that asked for them (tests/layouts): writers named one a line under a closing byline, a Japanese given name in
hiragana after a spaced family name, a standfirst standing alone under the title with nothing of the front under
it, and an encyclopedia's tagline naming its work with an article."""

from __future__ import annotations

import pytest

from allyscope import parse_text
from allyscope.layout.furniture import furniture_kind
from allyscope.structure.furniture import _front_furniture
from allyscope.structure.names import _names_only

_KEPT = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}

_EN_BODY = (
    "Lighthouse keepers once lived on remote rocks for months at a time, and their logs are still read by "
    "historians of the coast.\n"
    "Automation ended the job on most coasts by the end of the last century, though a few stations kept a crew "
    "for weather reports.\n"
)
_ZH_BODY = (
    "灯塔看守人曾在偏远的岛礁上一住数月，他们的值班日志至今仍为海岸史学者所引用，也是研究沿海社会变迁的重要史料。\n"
    "自动化设备普及以后，大多数灯塔不再需要常驻人员，只有少数站点因气象观测和海上救援的需要仍保留值守。\n"
)
_JA_BODY = (
    "灯台守は、かつて陸から遠く離れた岩礁で何か月も暮らし、その当直日誌はいまも沿岸の歴史を調べる研究者に読まれている。\n"
    "自動化が進んだ結果、現在ではほとんどの灯台が無人で運用されており、気象観測や救難のために人が残る灯台はわずかである。\n"
)


def _furniture(text: str) -> list[list[str]]:
    doc = parse_text(text)
    return [[s.kind, doc.span_text(s)] for s in doc.spans if s.kind not in _KEPT]


# writers one a line under a closing byline


@pytest.mark.parametrize(
    ("tail", "names"),
    [
        ("記者 陳美玲\n記者 林志豪\n記者 王小明\n", ["陳美玲", "林志豪", "王小明"]),
        (
            "By Hanna Berg\nBy Ole Lund\nBy Kari Moen\nBy Per Holm\n",
            ["Hanna Berg", "Ole Lund", "Kari Moen", "Per Holm"],
        ),
        ("Written by Hanna Berg\nOle Lund\nKari Moen\n", ["Hanna Berg", "Ole Lund", "Kari Moen"]),
        ("撰文／赵立新\n撰文／孙晓梅\n", ["赵立新", "孙晓梅"]),
    ],
)
def test_writers_one_a_line_under_a_closing_byline(tail: str, names: list[str]) -> None:
    body = _ZH_BODY if "／" in tail or "記者" in tail else _EN_BODY
    doc = parse_text(
        "灯塔的最后一代看守人\n" + body + tail if body is _ZH_BODY else "Keepers of the Light\n" + body + tail
    )
    assert doc.authors == names
    assert not any(names[-1] in doc.span_text(s) for s in doc.spans if s.kind == "paragraph")


def test_a_line_of_another_kind_ends_the_writers_lines() -> None:
    # an editor's credit between them: the names under it are no writers of the closing byline
    doc = parse_text("灯塔的最后一代看守人\n" + _ZH_BODY + "撰文／赵立新\n责任编辑：孙晓梅\n周文涛\n")
    assert doc.authors == ["赵立新"]


def test_a_sentence_under_a_closing_byline_is_no_writer() -> None:
    doc = parse_text(
        "Keepers of the Light\n" + _EN_BODY + "By Hanna Berg\nThe station is open to visitors in summer.\n"
    )
    assert "Hanna Berg" in doc.authors
    assert "The station is open to visitors in summer." in doc.text


# a given name in hiragana


@pytest.mark.parametrize("name", ["鈴木 さくら", "高橋　ひろみ", "長谷川 あおい"])
def test_a_post_then_a_name_with_a_given_name_in_hiragana(name: str) -> None:
    doc = parse_text(
        f"灯台の未来を考えるシンポジウムにおける防衛副大臣挨拶\n令和5年4月8日\n防衛副大臣　{name}\n{_JA_BODY}"
    )
    assert doc.authors == [" ".join(name.split())]
    assert ["affiliation", "防衛副大臣"] in _furniture(f"灯台の未来\n令和5年4月8日\n防衛副大臣　{name}\n{_JA_BODY}")


@pytest.mark.parametrize("line", ["山本 あおい", "木村　ゆうこ、中田 はるな"])
def test_spaced_names_with_hiragana_given_names_are_names(line: str) -> None:
    assert _names_only(line)


@pytest.mark.parametrize("line", ["調査した", "山本あおいの", "あおい 山本", "山本 あおいさんたち"])
def test_hiragana_outside_a_spaced_given_name_is_no_name(line: str) -> None:
    assert not _names_only(line)


# a standfirst standing alone under the title


@pytest.mark.parametrize(
    ("title", "standfirst", "body"),
    [
        (
            "KEEPERS OF THE LIGHT",
            "How a handful of stations kept their crews long after the machines arrived on the rocks",
            _EN_BODY,
        ),
        ("灯塔的最后一代看守人", "自动化改变了海岸线上的生活，少数站点却仍有人坚持值守", _ZH_BODY),
        ("最後の灯台守たち", "無人化が進むなかで、一部の灯台にはいまも人が残っている", _JA_BODY),
    ],
)
def test_a_standfirst_set_apart_under_the_title(title: str, standfirst: str, body: str) -> None:
    text = f"{title}\n\n{standfirst}\n\n" + body.replace("\n", "\n\n")
    doc = parse_text(text)
    assert doc.title == title
    assert [doc.span_text(s) for s in doc.spans if s.kind == "subtitle"] == [standfirst]
    assert not any(s.kind == "paragraph" and standfirst in doc.span_text(s) for s in doc.spans)


@pytest.mark.parametrize(
    "line",
    [
        "how a handful of stations kept their crews for years\nMost of them closed.",  # run on with the text
        "Bergen, 14 May 2024 (transcript of the keepers' meeting)",  # the day it was said: a dateline
        "How a handful of stations kept their crews for years.",  # a sentence that ends: text
        "Harbour Pilots and Their Tugboats Today",  # title case: no prose
    ],
)
def test_lines_under_a_title_that_are_no_standfirst_alone(line: str) -> None:
    text = f"Keepers of the Light\n\n{line}\n\n" + _EN_BODY.replace("\n", "\n\n")
    doc = parse_text(text)
    assert not any(s.kind == "subtitle" for s in doc.spans)


# an encyclopedia's tagline


@pytest.mark.parametrize(
    "line", ["From the Harbour Reference, the free encyclopedia", "From Coastwiki, the open encyclopaedia"]
)
def test_an_encyclopedia_tagline_with_an_article_or_open(line: str) -> None:
    assert furniture_kind(line) == "navigation"


# round 2: kickers over the title, a table of contents, a series number, a speaker named in a speech's title


@pytest.mark.parametrize(
    "kicker", ["【解說】", "［社論］", "专栏", "名家專欄", "〈コラム〉", "［時論］", "讲话全文", "演講稿"]
)
def test_a_kicker_over_the_title_is_its_doctype(kicker: str) -> None:
    doc = parse_text(f"{kicker}\n灯塔的最后一代看守人\n2024-05-12\n{_ZH_BODY}")
    assert doc.title == "灯塔的最后一代看守人"
    assert ["doctype", kicker] in _furniture(f"{kicker}\n灯塔的最后一代看守人\n2024-05-12\n{_ZH_BODY}")


@pytest.mark.parametrize("line", ["专栏作家的一天", "解説委員の仕事", "【解説委員室から】"])
def test_lines_naming_more_than_a_kicker_are_no_doctype(line: str) -> None:
    assert ["doctype", line] not in _furniture(f"{line}\n灯塔的最后一代看守人\n2024-05-12\n{_ZH_BODY}")


@pytest.mark.parametrize(
    "entry", ["第一章　灯塔の歴史・・・・・・・・3", "2. Keepers at Work ........ 12", "（三）结语．．．．．．．．．27"]
)
def test_a_contents_entry_is_navigation(entry: str) -> None:
    text = f"Keepers of the Light\nContents\n{entry}\n{_EN_BODY}"
    assert ["navigation", entry] in _furniture(text)


@pytest.mark.parametrize("line", ["他停了一下……然后说：2", "Wait... 3", "The keepers stayed 12 years."])
def test_lines_that_are_no_contents_entry(line: str) -> None:
    assert furniture_kind(line) != "navigation"


def test_the_contents_lines_are_no_headings() -> None:
    text = (
        "灯塔的最后一代看守人\n目次\n一、缘起……………………2\n二、结语……………………5\n"
        "一、缘起\n" + _ZH_BODY + "二、结语\n" + _ZH_BODY
    )
    doc = parse_text(text)
    assert [(h.label, h.title) for h in doc.headings] == [("一", "缘起"), ("二", "结语")]


@pytest.mark.parametrize("line", ["研究报告　第2023-11号", "工作論文　第2022-3號"])
def test_a_series_number_with_its_year_is_an_issue_line(line: str) -> None:
    text = f"海岸研究所\n{line}\n灯塔的最后一代看守人\n赵立新\n2023年11月\n{_ZH_BODY}"
    found = _furniture(text)
    assert ["journal", line] in found
    assert ["affiliation", "海岸研究所"] in found


@pytest.mark.parametrize(
    ("title", "authors"),
    [
        ("Remarks by Ambassador Hanna Berg at the Harbour Safety Conference", ["Hanna Berg"]),
        ("Keynote Address by Vice Admiral Ole J. Lund to the Pilots' Association", ["Ole J. Lund"]),
        ("Statement by Kari Moen, Director of the Lighthouse Service", ["Kari Moen"]),
        ("Remarks by the Minister for Coastal Affairs at the Harbour Safety Conference", []),
        ("Remarks by Secretary of State Holm at the Harbour Safety Conference", []),
        ("Remarks by Harbour Staff at the Open Day", []),
    ],
)
def test_a_speaker_named_in_a_speech_title(title: str, authors: list[str]) -> None:
    doc = parse_text(f"{title}\nMay 12, 2024\n{_EN_BODY}")
    assert doc.title == title
    assert doc.authors == authors


# round 3: a speaker named in a Chinese speech's title after the post


@pytest.mark.parametrize(
    ("title", "authors"),
    [
        ("交通运输部副部长孙立群在第三届航海安全论坛上的致辞", ["孙立群"]),
        ("海洋委員會主任委員林美華於海洋事務研討會中的演講", ["林美華"]),
        ("国际海事组织秘书长阿尔塞尼奥·多明格斯在世界海事日活动上的讲话", ["阿尔塞尼奥·多明格斯"]),
        ("中方代表团在国际海事组织大会上的发言", []),
        ("孙立群在第三届航海安全论坛上的致辞", []),
    ],
)
def test_a_speaker_named_in_a_chinese_speech_title(title: str, authors: list[str]) -> None:
    doc = parse_text(f"{title}\n2024年6月8日\n{_ZH_BODY}")
    assert doc.title == title
    assert doc.authors == authors


# round 4: a speech's title with 出席 and no 的, a working paper's series lines


@pytest.mark.parametrize(
    ("title", "authors"),
    [
        ("海巡署副署長王德明出席國際海巡合作論壇開幕致詞", ["王德明"]),
        ("交通运输部司长张蓉出席航海日活动闭幕致辞", ["张蓉"]),
        ("航海学会出席航海日活动致辞", []),
    ],
)
def test_a_speaker_named_before_chuxi(title: str, authors: list[str]) -> None:
    doc = parse_text(f"{title}\n2024年6月8日\n{_ZH_BODY}")
    assert doc.title == title
    assert doc.authors == authors


@pytest.mark.parametrize("line", ["Discussion Paper Series", "OCCASIONAL PAPERS SERIES", "DP 23-07", "OP No. 12"])
def test_a_series_and_its_number_are_journal_lines(line: str) -> None:
    assert _front_furniture(line) == "journal"


@pytest.mark.parametrize("line", ["Working papers on coast guards", "WP", "DP 23-07 on coast guards"])
def test_other_lines_are_no_series_lines(line: str) -> None:
    assert _front_furniture(line) != "journal"


def test_a_cover_with_its_series_over_the_title() -> None:
    text = (
        "Institute of Coastal History\nOccasional Paper Series\nOP 2023-2\nKeepers of the Light on Northern Coasts\n"
        "Hanna Berg\nMay 2023\n" + _EN_BODY
    )
    doc = parse_text(text)
    assert doc.title == "Keepers of the Light on Northern Coasts"
    assert doc.authors == ["Hanna Berg"]
