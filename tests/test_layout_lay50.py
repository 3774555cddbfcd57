"""lay50 (twenty-fifth session): front matter — titles wrapped over lines that end on a word wanting the next
(`the`, `的`, `をめぐる`) or carry an en dash or accents, a title bar over a headline broken in two, a byline at the
end of the title's line, names with particles and accents, a writer's post keyed by a sign, kana readings printed
over or under the names, names in Chinese with a dot keyed `1,2`, a working paper's series and number on one
line. Each rule on text in other words than the corpus documents (`tests/layouts/l50_*`) that showed the miss."""

from __future__ import annotations

from helpers import assert_copied_pieces_match_raw, assert_offsets_valid
from helpers import furniture_rows as _furniture
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.edges import cjk_title_runs_on, tab_title_runs_on
from allyscope.layout.repair import _title_case
from allyscope.structure.front import _byline_after_title
from allyscope.structure.names import _names_only

_EN_TEXT = (
    "Abstract\nTwo neighbours with a long river border built joint posts. This note asks what the posts changed.\n"
    "1. Introduction\nThe river had long been watched from one bank at a time.\n"
)


def test_a_title_over_three_lines_with_an_en_dash_is_one_title() -> None:
    """`River Posts and Ferry Checks:` / `Uruguay–Argentina Border Policing on` / `the Lower Uruguay River`: the
    en dash does not make the line one of another script, so it runs on as an ASCII title line would."""
    doc = parse_text(
        "River Posts and Ferry Checks:\nUruguay–Argentina Border Policing on\nthe Lower Uruguay River\n"
        "Lucía Fernández and Joaquim de Souza\n" + _EN_TEXT
    )
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)
    assert doc.title == "River Posts and Ferry Checks: Uruguay–Argentina Border Policing on the Lower Uruguay River"
    assert doc.authors == ["Lucía Fernández", "Joaquim de Souza"]
    assert _title_case("Uruguay–Argentina Border Policing on")  # an ASCII test read it as another script's line


_PARTICLED = ["Hendrik van den Berg", "Nur Aisyah binti Yusof", "Carmen de la Torre", "Omar ibn Rashid",
              "Ludwig von Arnim", "João dos Santos"]


@settings(max_examples=25, deadline=None)
@given(names=st.lists(st.sampled_from(_PARTICLED), min_size=1, max_size=3, unique=True), joiner=st.sampled_from(
    [", ", " and ", "; "]))
def test_names_with_particles_are_names_alone(names: list[str], joiner: str) -> None:
    """A line of names whose words in lower case are particles (`van den`, `binti`, `de la`, `dos`) is names
    alone, however many and however parted; a title's small words (`of the`) are not particles."""
    assert _names_only(joiner.join(names))
    assert not _names_only("Law of the River")
    assert not _names_only("Ports and Harbours")


def test_a_keyed_post_with_no_affiliation_word_is_an_affiliation() -> None:
    """`* Private consultant, Rosario` under keyed affiliations on a cover page, its sign printed after a writer's
    name: the writer's post (words the affiliation data lacks), not a note at the page's foot swallowing the month
    under it; a keyed sentence about a writer stays a note."""
    cover = (
        "Ferry Checks on a Shared River\n\nLucía Fernández¹,² and Joaquim Souza*\n\n"
        "¹ Faculty of Law, River Plate University\n² Centre for Border Studies, Asunción\n{post}\n\nJune 2025\n"
        "\f1. Introduction\nThe river had long been watched from one bank at a time.\nTwo neighbours built posts.\n"
    )
    doc = parse_text(cover.format(post="* Private consultant, Rosario"))
    assert doc.authors == ["Lucía Fernández", "Joaquim Souza"]
    assert _furniture(doc)[-2:] == [["affiliation", "* Private consultant, Rosario"], ["dateline", "June 2025"]]
    assert not doc.footnotes
    noted = parse_text(cover.format(post="* Joaquim Souza thanks the river guards for their help."))
    thanks = "Joaquim Souza thanks the river guards for their help."
    assert [noted.note_text(f) for f in noted.footnotes][:1] == [thanks]


def test_an_initial_in_a_keyed_byline_keeps_its_affiliations() -> None:
    """`Mira T. Okonjo¹ and …` over `¹ …`: the initial's stop is no sentence's, so the keyed lines stay
    affiliations, not notes."""
    doc = parse_text(
        "Ferry Checks on a Shared River\nMira T. Okonjo¹ and Paulo R. Lemos²\n"
        "¹ Department of Geography, Lakeside University\n² Institute of Border Studies, Asunción\n" + _EN_TEXT
    )
    assert doc.authors == ["Mira T. Okonjo", "Paulo R. Lemos"]
    assert [k for k, _ in _furniture(doc)] == ["affiliation", "affiliation"]
    assert not doc.footnotes


def test_a_series_and_number_on_one_line_is_a_journal_line() -> None:
    doc = parse_text("River Basin Discussion Paper 25-02\nFerry Checks on a Shared River\nMira Okonjo\n" + _EN_TEXT)
    assert doc.title == "Ferry Checks on a Shared River"
    assert _furniture(doc)[0] == ["journal", "River Basin Discussion Paper 25-02"]


def test_a_byline_at_the_end_of_the_title_line_en_and_zh_hant() -> None:
    """`Title   By Name` and `標題　撰文：某`: the label and the names after a wide gap are the byline; a title
    that merely ends on capitalised words keeps them."""
    en = parse_text("Ferry Checks on a Shared River   By Mira T. Okonjo\n12 June 2025\n"
                    "The two ferry companies now share a passenger list. Checks take half as long.\n")
    assert (en.title, en.authors) == ("Ferry Checks on a Shared River", ["Mira T. Okonjo"])
    zh = parse_text("環境評論\n巴拉圭與烏拉圭的河道巡防　撰文：陳美玲、羅德里戈·佩雷斯\n2025年6月12日\n"
                    "兩國的河道巡防船於今年首次聯合出航。\n雙方並交換了船舶通報資料。\n")
    assert (zh.title, zh.authors) == ("巴拉圭與烏拉圭的河道巡防", ["陳美玲", "羅德里戈·佩雷斯"])
    assert _furniture(zh)[0] == ["doctype", "環境評論"]
    assert _byline_after_title("Ferry Checks   Ana Lima", 0, len("Ferry Checks   Ana Lima")) is None


@settings(max_examples=25, deadline=None)
@given(gap=st.sampled_from(["\u3000", "\u3000\u3000", "  ", "   "]),
       label=st.sampled_from(["文／", "撰文：", "作者：", "By "]),
       names=st.sampled_from([["王小明"], ["林佳慧", "張志強"], ["Ana Lima"], ["Ana Lima", "Tomás de Vries"]]))
def test_any_glued_byline_is_read_off_the_title(gap: str, label: str, names: list[str]) -> None:
    """Whatever the gap, the label and the names, the title ends before the gap and the names are read whole."""
    joiner = " and " if names[0].isascii() else "、"
    line = f"河道巡防的新階段{gap}{label}{joiner.join(names)}"
    found = _byline_after_title(line, 0, len(line))
    assert found is not None
    assert found[0] == len("河道巡防的新階段")
    assert [line[a:b] for a, b in found[1]] == names


def test_a_cjk_title_wrapped_after_a_word_wanting_its_noun_is_one_title() -> None:
    """`…をめぐる` / `…`, `…的` / `…`: the line cannot end the title; `…から` (a headline may end on it) can."""
    ja = parse_text("港湾研究　第3号（2025年6月）\n河川国境における\n日本と周辺国の協力\n山本 一郎\n"
                    "要旨\n本稿は、河川国境の管理協力を整理する。\n1．はじめに\n河川の国境は動く。\n")
    assert ja.title == "河川国境における日本と周辺国の協力"
    zh = parse_text(
        "拉美河道管理合作的\n现状与前景\n作者：李明\n2025年6月\n"
        "巴拉圭与乌拉圭共用一条界河。\n两国定期举行会议。\n"
    )
    assert zh.title == "拉美河道管理合作的现状与前景"
    assert cjk_title_runs_on("河川協力の", "新段階")
    assert not cjk_title_runs_on("河川の安全は対話から", "山本一郎氏に聞く")
    assert not cjk_title_runs_on("河川協力の展開。", "次の段階")


def test_a_title_bar_over_a_headline_in_two_lines() -> None:
    """The tab's title runs the headline's two lines together before the bar and the site: the bar is the page's
    navigation, the two lines one title, however the first ends (a noun here)."""
    doc = parse_text(
        "巴拉圭河道巡防队首次跨境联合演练_河流时报\n首页 > 地方\n"
        "巴拉圭河道巡防队\n首次跨境联合演练\n作者：赵立\n2025-06-12 09:00\n"
        "6月11日，巴拉圭与阿根廷的河道巡防队举行联合演练。\n双方共派出船艇六艘。\n"
    )
    assert doc.title == "巴拉圭河道巡防队首次跨境联合演练"
    assert doc.authors == ["赵立"]
    assert _furniture(doc)[0] == ["navigation", "巴拉圭河道巡防队首次跨境联合演练_河流时报"]
    en = parse_text(
        "Paraguay and Argentina Drill on the River – River Times\nHome › Region\nParaguay and Argentina Drill\n"
        "on the River\nBy Sofía M. Benítez\n12 June 2025\nThe two river guards held a joint drill this week.\n"
        "Six boats took part.\n"
    )
    assert (en.title, en.authors) == ("Paraguay and Argentina Drill on the River", ["Sofía M. Benítez"])
    assert tab_title_runs_on(["A Drill on the River | River Times"], "A Drill on", "the River")
    assert not tab_title_runs_on(["A Drill on the River | River Times"], "A Drill", "Elsewhere")


def test_kana_readings_over_or_under_the_names() -> None:
    """`やまもと いちろう　　かわい みき` over (or under) `山本 一郎＊1　　河合 美紀＊2`: the readings are the names
    again (translated-author, one a name), neither writers nor text; the keyed lines under them stay affiliations."""
    for above in (True, False):
        names, readings = "山本 一郎＊1　　河合 美紀＊2", "やまもと いちろう　　かわい みき"
        lines = f"{readings}\n{names}" if above else f"{names}\n{readings}"
        doc = parse_text(
            f"港湾研究　第3号（2025年6月）\n河川国境の管理協力\n{lines}\n＊1 東海大学法学部\n＊2 北陸大学国際学部\n"
            "要旨\n本稿は、河川国境の管理協力を整理する。\n1．はじめに\n河川の国境は動く。\n"
        )
        assert doc.authors == ["山本 一郎", "河合 美紀"]
        assert [s for s in _furniture(doc) if s[0] == "translated-author"] == [
            ["translated-author", "やまもと いちろう"], ["translated-author", "かわい みき"]]
        assert [k for k, _ in _furniture(doc)].count("affiliation") == 2


def test_dotted_chinese_names_keyed_by_two_digits() -> None:
    """`阿依古丽·托合提1,2　赵立3`: a name transcribed with a dot, however long, keyed to two affiliations."""
    doc = parse_text(
        "界河管理合作的机制研究\n阿依古丽·托合提1,2　赵立3\n"
        "1. 西北大学法学院，陕西 西安\n2. 新疆大学政治学院，新疆 乌鲁木齐\n3. 河海大学公共管理学院，江苏 南京\n"
        "摘　要：本文研究界河管理合作。\n关键词：界河；合作\n一、引言\n界河管理需要两国合作。\n"
    )
    assert doc.authors == ["阿依古丽·托合提", "赵立"]
    assert [k for k, _ in _furniture(doc)] == ["affiliation"] * 3


@settings(max_examples=15, deadline=None)
@given(
    name=st.sampled_from(["Lucía Fernández", "Mira T. Okonjo", "Hendrik van den Berg"]),
    post=st.sampled_from(["PhD candidate, Lakeside University", "visiting researcher, Institute of Border Studies",
                          "Doctoral student, School of Law, River Plate University"]),
)
def test_an_unlabelled_name_before_a_post_in_sentence_case_is_the_writer(name: str, post: str) -> None:
    """`Lucía Fernández, PhD candidate, Lakeside University` under the title, no `By`: the name is the writer and
    the rest the post (the post in sentence case no longer takes the whole line for an affiliation); a post alone
    in sentence case under the title names no writer."""
    doc = parse_text(f"Ferry Checks on a Shared River\n{name}, {post}\n12 June 2025\n"
                     "The two ferry companies now share a passenger list. Checks take half as long.\n")
    assert doc.authors == [name]
    assert ["affiliation", post] in _furniture(doc)


def test_a_co_writer_without_a_post_beside_one_with_a_post() -> None:
    """`文／陳雅婷（海洋大學副教授）、吳俊宏` and the other order: both are writers, the bracket the first one's
    post; neither the whole line an affiliation nor the bracket a name."""
    for byline, names in (
        ("文／陳雅婷（海洋大學副教授）、吳俊宏", ["陳雅婷", "吳俊宏"]),
        ("作者：吳俊宏、陳雅婷（海洋大學副教授）", ["吳俊宏", "陳雅婷"]),
    ):
        doc = parse_text(f"界河巡防的十年\n{byline}\n2025年6月12日\n兩國的巡防船今年首次聯合出航。\n雙方交換了資料。\n")
        assert doc.authors == names
        assert ["affiliation", "海洋大學副教授"] in _furniture(doc)
