"""lay20's byline and furniture rules, each on text written in other words than the dev documents that showed
the need (tests/layouts), and a property test of bylines built from drawn names, labels and separators."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from allyscope import parse_text

_BODY = "两国海岸警卫队今年举行了三次联合演练。\n演练的重点是海上搜救和船舶火灾处置。\n"
_BODY_JA = "両国の海上保安機関は今年、三回の合同訓練を行った。\n訓練の重点は捜索救助と船舶火災への対応である。\n"
_BODY_EN = "Coast guards of the two states held three joint drills this year.\nThe drills covered rescue at sea.\n"


def _front(doc: object) -> list[tuple[str, str]]:
    kept = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}
    return [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind not in kept]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "byline,authors",
    [
        ("（記者　林志豪、吳佩珊）", ["林志豪", "吳佩珊"]),  # a bracketed reporters' line
        ("（记者　赵磊）", ["赵磊"]),
        ("文／郭子明　譯／何思穎", ["郭子明"]),  # a translator named after its role word
        ("作者：［英］彼得·格林　翻译：钱雪", ["彼得·格林"]),
        ("记者 孙浩 通讯员 钟敏", ["孙浩", "钟敏"]),  # a label between names parts them
        ("本报记者 马骏 实习生 许可", ["马骏", "许可"]),
        ("記者 黃士銘 攝影 陳柏宇", ["黃士銘 攝影 陳柏宇"]),  # a word that is no byline label parts nothing
    ],
)
def test_zh_bylines(byline: str, authors: list[str]) -> None:
    doc = parse_text(f"中菲海警举行联合演练\n{byline}\n2024-06-03 10:20\n{_BODY}")
    assert doc.title == "中菲海警举行联合演练"
    assert doc.authors == authors


def test_role_word_after_a_japanese_name() -> None:
    doc = parse_text(f"日越の海上保安協力が拡大\n2024年6月3日\n松本浩一記者\n{_BODY_JA}")
    assert doc.authors == ["松本浩一"]


def test_names_each_with_a_post_in_brackets() -> None:
    doc = parse_text(
        "區域海巡合作的新發展\n作者：何志偉（國際關係研究所副研究員）、許雅婷（國際關係研究所助理研究員）\n" + _BODY
    )
    assert doc.authors == ["何志偉", "許雅婷"]
    assert _front(doc) == [("affiliation", "國際關係研究所副研究員"), ("affiliation", "國際關係研究所助理研究員")]


@pytest.mark.parametrize(
    "line,authors,affiliation",
    [
        ("安全保障研究会　石川大輔", ["石川大輔"], "安全保障研究会"),
        ("海洋政策研究院　陈思远、黄晓东", ["陈思远", "黄晓东"], "海洋政策研究院"),
    ],
)
def test_issuing_body_then_names(line: str, authors: list[str], affiliation: str) -> None:
    doc = parse_text(f"海上保安協力の現状と展望\n{line}\n{_BODY_JA}")
    assert doc.title == "海上保安協力の現状と展望"
    assert doc.authors == authors and ("affiliation", affiliation) in _front(doc)


@pytest.mark.parametrize("line", ["安全保障研究会　主任研究員", "国際関係学院　法学部", "防衛研究所　研究報告"])
def test_issuing_body_then_no_person(line: str) -> None:
    """A post, a part of the body or a paper's kind after the body's name names no person (lay19's warning)."""
    doc = parse_text(f"海上保安協力の現状と展望\n{line}\n{_BODY_JA}")
    assert doc.authors == []


def test_issuing_body_first_over_a_dated_title() -> None:
    doc = parse_text(f"国际合作研究处\n海上执法合作情况汇编\n（2023年12月）\n一、基本情况\n{_BODY}")
    assert doc.title == "海上执法合作情况汇编"
    assert (doc.date, doc.date_source) == ("2023-12", "dateline")
    assert _front(doc)[0] == ("affiliation", "国际合作研究处")


def test_a_name_is_no_issuing_body_over_a_title() -> None:
    """A title naming a body over a byline and a date keeps its place: the line under it is shorter."""
    doc = parse_text(f"The Pacific Islands Forum\nMere Vaka\nMarch 2024\n{_BODY_EN}")
    assert doc.title == "The Pacific Islands Forum"
    assert doc.authors == ["Mere Vaka"]


def test_digits_glued_to_names_key_affiliations() -> None:
    doc = parse_text(
        "Fisheries Patrols in the Gulf of Guinea\nAmara Osei1 and Lena Vogt2\n"
        "1 School of Law, University of Cape Coast, Ghana\n2 Institute for Security Studies, Berlin, Germany\n"
        "Introduction\nPatrols are shared among several coastal states.[1]\n[1] Regional Report 2022.\n"
    )
    assert doc.authors == ["Amara Osei", "Lena Vogt"]
    assert [f.number for f in doc.footnotes] == [1]
    assert [k for k, _ in _front(doc)] == ["affiliation", "affiliation"]


def test_bios_one_after_another_in_one_paragraph() -> None:
    doc = parse_text(
        "Why Coast Guards Train Together\nBy Ruth Abebe and Karl Lind\n" + _BODY_EN + "About the authors\n"
        "Ruth Abebe is a lecturer at the Naval College. Karl Lind is a fellow at the Baltic Institute.\n"
    )
    bios = [t for k, t in _front(doc) if k == "author-bio"]
    assert bios == [
        "About the authors",
        "Ruth Abebe is a lecturer at the Naval College.",
        "Karl Lind is a fellow at the Baltic Institute.",
    ]


@pytest.mark.parametrize(
    "line,kind",
    [
        ("本文原刊于《亚太安全》2023年第4期。", "doctype"),
        ("This essay was first published by Harbour Review in May 2023.", "doctype"),
        ("本稿は『海洋レビュー』第12号からの転載である。", "doctype"),
        ("Translated from the Korean by Min Park", "credit"),
        ("【字號　大　中　小】", "tools"),
        ("作者簡介", "author-bio"),
        ("Asia » Defence", "navigation"),
    ],
)
def test_furniture_lines(line: str, kind: str) -> None:
    from allyscope.layout.furniture import furniture_kind

    assert furniture_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    ["本文认为，海上合作仍有很大空间。", "This article was written over two years.", "Asia > Europe", "原文如此"],
)
def test_text_lines_are_no_furniture(line: str) -> None:
    from allyscope.layout.furniture import furniture_kind

    assert furniture_kind(line) is None


@pytest.mark.parametrize(
    "caption",
    [
        "两国海警人员在演练中交换信息。（海警局供图提供）",
        "巡視船の甲板で説明を受ける研修生＝5日、横浜港（海上保安庁提供）",
    ],
)
def test_bracketed_credit_ends_a_caption(caption: str) -> None:
    doc = parse_text(f"首页 > 国际\n两国海警举行联合演练\n2024-06-03 10:20\n{_BODY}{caption}\n演练持续两天。\n")
    assert ("caption", caption) in _front(doc)


def test_reference_mark_lines_stay_text_while_no_family_reads_them() -> None:
    """The `※n` note family was withdrawn (README, issue 12's note): until one that generalises returns, `※`
    lines, numbered or not, are never dropped from the text."""
    doc = parse_text(
        "海上保安体制の強化について\n1．現状\n巡視船の数は十年で二割増えた※1。\n要員の確保が課題である※2。\n"
        "※1　海上保安庁の統計による。\n※2　令和5年度の調査による。\n2．課題\n育成に時間を要する。\n"
        "※研修の日程は変わることがある。\n"
    )
    assert "※研修の日程は変わることがある。" in doc.text  # a caveat with no number stays text
    assert "海上保安庁の統計による。" in doc.text or doc.footnotes


def test_dateline_forms() -> None:
    from allyscope.layout.dating import document_date

    assert document_date(["A title", "July 9, 2024, 6:05 p.m."], []) == ("2024-07-09", "dateline")
    assert document_date(["一个标题", "（2022年11月）"], []) == ("2022-11", "dateline")
    assert document_date(["國際問題季刊　第5卷第2期　2023年／夏季號"], []) == ("2023", "issue")


_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程苏魏吕"
_GIVEN = "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾明华军伟芳娜敏静丽强磊洋艳勇杰"
_CJK_NAMES = st.builds(
    lambda s, g: s + g, st.sampled_from(_SURNAMES), st.text(alphabet=_GIVEN, min_size=1, max_size=2)
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    names=st.lists(_CJK_NAMES, min_size=1, max_size=3, unique=True),
    label=st.sampled_from(["记者 ", "记者　", "本报记者　", "作者：", "文／", "（记者　"]),
    between=st.sampled_from(["、", "　", "，", " 通讯员 "]),
)
def test_drawn_bylines_give_their_names(names: list[str], label: str, between: str) -> None:
    """Whatever names, label and separator a byline is printed with, its names are the authors, in order."""
    byline = label + between.join(names) + ("）" if label.startswith("（") else "")
    doc = parse_text(f"两国海警开展联合巡逻\n{byline}\n2024-05-12 08:15\n{_BODY}")
    assert doc.title == "两国海警开展联合巡逻"
    assert doc.authors == names


def test_names_each_with_a_post_after_a_comma() -> None:
    doc = parse_text("海上执法机构的新变化\n作者：邓文，国际问题研究院研究员；罗佳，国际问题研究院助理研究员\n" + _BODY)
    assert doc.authors == ["邓文", "罗佳"]
    assert _front(doc) == [("affiliation", "国际问题研究院研究员"), ("affiliation", "国际问题研究院助理研究员")]


def test_a_lone_authors_label_over_names_and_posts() -> None:
    doc = parse_text(
        "Coastal Security Initiative\nPorts, Partners and Patrols\nContributors\nNadia Haddad\nResearch Fellow\n"
        "Tom Varga\nVisiting Fellow\nMay 2023\nIntroduction\n" + _BODY_EN
    )
    assert doc.title == "Ports, Partners and Patrols"
    assert doc.authors == ["Nadia Haddad", "Tom Varga"]
    assert [k for k, _ in _front(doc)] == ["affiliation", "affiliation", "affiliation", "dateline"]


def test_a_two_item_trail_of_any_first_character() -> None:
    doc = parse_text(f"焦點新聞 › 兩岸\n兩國海巡舉行聯合演練\n2024-06-03 10:20\n{_BODY}責任編輯：王小明\n")
    assert ("navigation", "焦點新聞 › 兩岸") in _front(doc)
    assert doc.title == "兩國海巡舉行聯合演練"


def test_a_papers_related_work_section_is_no_related_list() -> None:
    """`Related Work` heads a section of an academic paper, whose first lines may be short; `Related reports`
    still opens a page's list of links."""
    paper = (
        "Radar Sharing among Coastal States\nMaria Lopes\nIntroduction\n" + _BODY_EN + "\nRelated Work\n"
        "Two strands of study matter here.\nOne looks at radar chains.\nThe other at data rules.\n\n"
        "Method\nWe read twelve annual reports of coast guards and coded every joint patrol they list.\n"
    )
    assert [kind for kind, _ in _front(parse_text(paper))] == []
    page = "Radar Sharing among Coastal States\n" + _BODY_EN + "\nRelated reports\nPorts and radar\nA guide\n"
    assert ("related", "Related reports") in _front(parse_text(page))
