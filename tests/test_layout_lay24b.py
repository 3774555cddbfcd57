"""lay24b's rules of front matter and page furniture (issue 12), each tried on text written in other words than
the dev documents that asked for it (tests/layouts): a byline printed above the title, a writer named only in a
bio closing the text, Latin names in full-width letters, a page holding only its head and number between two
prints of the running head, and the furniture words and layout data those documents brought."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.furniture import furniture_kind

_EN_BODY = (
    "Harbour pilots guide large ships through narrow channels every day of the year.\n"
    "Their work is rarely noticed until a ship runs aground and blocks a port for a week.\n"
    "Training new pilots takes years, and many ports are short of them.\n"
)
_ZH_BODY = (
    "港口引航员每天都要引导大型船舶通过狭窄的航道。\n"
    "一旦船舶搁浅，整个港口可能因此停摆一周。\n"
    "培养一名合格的引航员往往需要多年时间。\n"
)
_JA_BODY = (
    "水先案内人は、狭い航路を通る大型船を毎日導いている。\n"
    "船が座礁すれば、港が一週間止まることもある。\n"
    "水先案内人の育成には長い年月がかかる。\n"
)
_JA_TITLE = "水先案内人の不足をどうするか"


@pytest.mark.parametrize(
    "text,title,authors",
    [
        (
            f"By Ana Lima\nThe Pilots Who Keep Ports Open\n5 June 2024\n{_EN_BODY}",
            "The Pilots Who Keep Ports Open",
            ["Ana Lima"],
        ),
        (
            f"Essay by Tom Reed and Mia Cho\nWhy Ports Need More Pilots\n{_EN_BODY}",
            "Why Ports Need More Pilots",
            ["Tom Reed", "Mia Cho"],
        ),
        (f"作者：王明、李华\n港口引航员短缺问题\n2024-06-05\n{_ZH_BODY}", "港口引航员短缺问题", ["王明", "李华"]),
        (f"高橋　健（海洋大学教授）\n{_JA_TITLE}\n2024年6月5日\n{_JA_BODY}", _JA_TITLE, ["高橋 健"]),
        (f"記者林志偉／台中報導\n台中港擴建碼頭\n2024-06-05 10:30\n{_ZH_BODY}", "台中港擴建碼頭", ["林志偉"]),
        (f"文｜周晓\n港口引航员短缺问题\n{_ZH_BODY}", "港口引航员短缺问题", ["周晓"]),
        (
            f"BY ANA LIMA AND TOM REED\nPilots Walk Off the Job\n{_EN_BODY}",
            "Pilots Walk Off the Job",
            ["ANA LIMA", "TOM REED"],
        ),
        (f"撰文｜李华\n港口引航员短缺问题\n{_ZH_BODY}", "港口引航员短缺问题", ["李华"]),
        # a title opening like a byline: one word between its `and`s, no names
        (f"By Sea and Air\nJane Roe\n5 June 2024\n{_EN_BODY}", "By Sea and Air", ["Jane Roe"]),
        # a byline's label over a names line: the first line is no byline above a title
        (f"Why Pilots Matter\nBy Ana Lima\n{_EN_BODY}", "Why Pilots Matter", ["Ana Lima"]),
    ],
)
def test_a_byline_above_the_title(text: str, title: str, authors: list[str]) -> None:
    doc = parse_text(text)
    assert (doc.title, doc.authors) == (title, authors)


@pytest.mark.parametrize(
    "closing,authors",
    [
        ("Lucia Ferreira is a research fellow at the Institute for Port Studies.", ["Lucia Ferreira"]),
        ("About the author: Kenji Mori has written on shipping for two decades.", ["Kenji Mori"]),
        ("（本文作者陈立系南海大学海洋法研究所研究员）", ["陈立"]),
        ("（黃建華／海洋大學航運管理學系教授）", ["黃建華"]),
        ("（李华，南海大学法学院教授）", ["李华"]),
        ("佐藤大輔（さとう・だいすけ）　海洋大学准教授。専門は海事法。", ["佐藤大輔"]),
        ("■佐藤　大輔（さとう・だいすけ）　海洋大学准教授。", ["佐藤 大輔"]),
        # not a bio: a sentence of the text about someone, and a post no presentation names
        ("Lucia Ferreira is a harbour pilot who has guided ships for thirty years.", []),
        ("（陈立／2024年6月）", []),
    ],
)
def test_a_writer_named_only_in_a_closing_bio(closing: str, authors: list[str]) -> None:
    body = _EN_BODY if not re.search(r"[\u4e00-\u9fff]", closing) else _JA_BODY if "・" in closing else _ZH_BODY
    doc = parse_text(f"Pilots in Short Supply\n5 June 2024\n{body}{closing}\n")
    assert doc.authors == authors
    if authors:
        assert closing not in doc.text.replace("\n", "") or any(
            s.kind == "author-bio" and closing.startswith(doc.span_text(s)[:8]) for s in doc.spans
        )


def test_bios_glued_to_the_last_paragraph_are_one_span_each() -> None:
    """Two writers' bios printed under the last paragraph and read with it: a span for each presentation."""
    doc = parse_text(
        "Pilots in Short Supply\nBy Ana Lima and Tom Reed\nHarbour pilots guide large ships through narrow channels "
        "every day of the year and are rarely noticed until a ship runs aground.\nTraining new pilots takes years, "
        "and many ports are short of them. Ana Lima is a fellow at the Port Institute. Tom Reed is an editor at "
        "Harbour Weekly.\n"
    )
    bios = [doc.span_text(s) for s in doc.spans if s.kind == "author-bio"]
    assert bios == ["Ana Lima is a fellow at the Port Institute.", "Tom Reed is an editor at Harbour Weekly."]


@pytest.mark.parametrize(
    "line,authors,date",
    [
        ("Posted by Ana Lima on 5 June 2024", ["Ana Lima"], ("2024-06-05", "published")),
        ("By Ana Lima on June 5, 2024", ["Ana Lima"], ("2024-06-05", "dateline")),
    ],
)
def test_a_byline_with_its_date_after_on(line: str, authors: list[str], date: tuple[str, str]) -> None:
    above = parse_text(f"{line}\nThe Pilots Who Keep Ports Open\n{_EN_BODY}")
    below = parse_text(f"The Pilots Who Keep Ports Open\n{line}\n{_EN_BODY}")
    for doc in (above, below):
        assert (doc.title, doc.authors) == ("The Pilots Who Keep Ports Open", authors)
    assert (above.date, above.date_source) == date


@pytest.mark.parametrize(
    "box,authors,affiliations",
    [
        (
            "About the Author\nAna Lima\nResearch Fellow, Port Institute\n",
            ["Ana Lima"],
            ["Research Fellow, Port Institute"],
        ),
        ("著者紹介\n佐藤　健\n", ["佐藤 健"], []),
        # a section label over a sentence: no box
        ("About the Author\nThe author has guided ships for twenty years.\n", [], []),
    ],
)
def test_an_author_box_closing_the_page(box: str, authors: list[str], affiliations: list[str]) -> None:
    body = _JA_BODY if "著者" in box else _EN_BODY
    doc = parse_text(f"Pilots in Short Supply\n5 June 2024\n{body}{box}")
    assert doc.authors == authors
    assert [doc.span_text(s) for s in doc.spans if s.kind == "affiliation"] == affiliations


def test_a_keywords_label_under_the_text_is_the_page_tags() -> None:
    page = parse_text(f"港口引航员短缺问题\n2024-06-05\n{_ZH_BODY}关键词：港口、引航员\n")
    assert page.keywords == []
    assert [page.span_text(s) for s in page.spans if s.kind == "tags"] == ["关键词：港口、引航员"]
    paper = parse_text(f"港口引航员短缺问题\n王明\n关键词：港口；引航员\n一、引言\n{_ZH_BODY}")
    assert paper.keywords == ["港口", "引航员"]


def test_a_closing_bio_is_not_read_where_a_byline_names_the_writer() -> None:
    doc = parse_text(f"Pilots in Short Supply\nBy Ana Lima\n{_EN_BODY}Lucia Ferreira is a fellow at the institute.\n")
    assert doc.authors == ["Ana Lima"]


@pytest.mark.parametrize(
    "byline,authors",
    [
        ("Ｍａｒｉａ　Ｌｏｐｅｚ", ["Maria Lopez"]),
        ("作者：Ｐｅｔｅｒ　Ｈａｌｌ（海洋研究所研究員）", ["Peter Hall"]),
        ("鈴木　花子・Ａｎｎａ　Ｌｅｅ", ["鈴木 花子", "Anna Lee"]),
        ("田中　一郎・鈴木　花子", ["田中 一郎", "鈴木 花子"]),
    ],
)
def test_full_width_latin_names(byline: str, authors: list[str]) -> None:
    body = "本稿は、港湾の水先案内人の不足について検討する。\n水先案内人の育成には長い時間がかかる。\n"
    doc = parse_text(f"水先案内人の不足\n{byline}\n{body}")
    assert doc.authors == authors


_SENTENCES = [
    "Coast guards share charts and weather reports with their neighbours every week.",
    "Small island states rely on partners for long-range patrol aircraft and training.",
    "A boarding officer must know the law of the flag state as well as her own.",
    "Fisheries agencies publish lists of licensed vessels each season.",
    "Joint patrols are planned a year ahead and reviewed after each voyage.",
    "Radio codes differ between navies, which makes the first contact slow.",
]


@settings(max_examples=40, deadline=None, derandomize=True)
@given(
    pages=st.integers(min_value=3, max_value=6),
    empty=st.integers(min_value=1, max_value=4),
    head=st.sampled_from(["OCEAN POLICY REVIEW", "Maritime Studies Quarterly", "海洋政策评论"]),
    first=st.integers(min_value=11, max_value=200),
)
def test_a_page_holding_only_its_head_and_number(pages: int, empty: int, head: str, first: int) -> None:
    """Pages of text, each under the running head and over its number at the foot, one of them a figure's page
    holding nothing else (`head`, `n`): the head and every number leave the text, each sentence stays."""
    empty = min(empty, pages - 2)
    out = ["Shared Patrols in the Pacific", "Ana Lima"]
    number = first
    for page in range(pages):
        if page:
            out.append(head)
        if page != empty:
            out += [_SENTENCES[page % len(_SENTENCES)], _SENTENCES[(page + 3) % len(_SENTENCES)]]
        out.append(str(number))
        number += 1
    doc = parse_text("\n".join(out) + "\n")
    assert head not in doc.text
    assert not any(re.fullmatch(str(n), line) for n in range(first, number) for line in doc.text.splitlines())
    for page in range(pages):
        if page != empty:
            assert _SENTENCES[page % len(_SENTENCES)] in doc.text


def test_page_numbers_of_notes_after_a_page_holding_only_its_head() -> None:
    text = (
        "港口安全合作的新进展\n王明\n"
        "各国港口当局之间的合作近年来不断加强，信息交换也更加频繁。①\n"
        "①参见李华：《港口安全》，海洋出版社2021年版。\n"
        "— 7 —\n港口研究\n— 8 —\n港口研究\n"
        "联合检查的范围已经扩大到危险品运输和船员证件。②\n"
        "②王芳：《危险品运输管理》，《港口论丛》2022年第1期。\n"
        "— 9 —\n"
    )
    doc = parse_text(text)
    assert [(f.number, f.page) for f in doc.footnotes] == [(1, 1), (2, 3)]
    assert "港口研究" not in doc.text


@pytest.mark.parametrize(
    "line,kind",
    [
        ("Font size  A-  A+", "tools"),
        ("收藏　纠错　举报", "tools"),
        ("字体设定：大 中 小", "tools"),
        ("#港口 #引航员", "tags"),
        ("この記事のタグ", "tags"),
        ("See also: Harbour pilots; Port state control", "related"),
        ("Read also: How ports train their pilots", "related"),
        ("Manage cookie preferences", "cookie"),
        ("【免責聲明】本文僅代表作者觀點，不代表本站立場。", "disclaimer"),
        ("This conversation has been condensed and lightly edited.", "disclaimer"),
        ("Photographs by Lena Park", "credit"),
        ("« Older post", "navigation"),
        ("← Next entry", "navigation"),
        ("ニュースレターの購読はこちら", "tools"),
        ("続きを読むにはログインしてください", "tools"),
        ("关注我们：微信　抖音", "share"),
        ("Read  Edit source  View history", "tools"),
        ("Talk | History", "tools"),
        ("資料更新：113-12-01", "dateline"),
        # text, not furniture
        ("See also the annex, which lists every port.", None),
        ("Read more about pilots in the annex.", None),
        ("Photographs by themselves prove little, the court said.", None),
    ],
)
def test_furniture_words_of_lay24b(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


def test_closing_bio_data_names_the_writer() -> None:
    """Every `closing_bio` expression compiles and names the writer in group `names`; a `post` group, where
    there is one, is checked as an affiliation by the reader (`structure._closing_bio`)."""
    data = json.loads(resources.files("allyscope.data").joinpath("layout.json").read_text("utf-8"))
    assert data["closing_bio"]
    for pattern in data["closing_bio"]:
        assert "names" in re.compile(pattern).groupindex, pattern
