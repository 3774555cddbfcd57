"""lay45 (twenty-third session): front matter — two affiliation keys of one writer parted by a comma, posts in
tortoise-shell or square brackets, one post shared by several writers after the last name, a document's number
line over the title, a share row parted by full-width bars. Each rule on text in other words than the corpus
documents (`tests/layouts/l45_*`) that showed the miss."""

from __future__ import annotations

from helpers import assert_copied_pieces_match_raw, assert_offsets_valid
from helpers import furniture_rows as _furniture
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text

_ZH_BODY = (
    "摘要：本文讨论海上执法机构之间的信息通报。\n关键词：信息通报；海上执法\n"
    "一、引言\n通报制度的效果取决于双方的执行。\n"
)

_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹"


def test_two_keys_of_one_writer_parted_by_a_comma_stay_one_key() -> None:
    """`孙涛²,³`: a writer belonging to two of the keyed institutions; the comma between the two superscripts
    parts no names, and the writers parted by `，` are four, each without a key."""
    doc = parse_text(
        "海洋法论丛　2023年第1期\n海上执法通报制度的比较\n周敏¹，孙涛²,³，吴倩¹，郑航³\n"
        "¹ 南海大学法学院，海口　570228\n² 西部政法大学国际法学院，重庆　401120\n³ 海洋权益研究所，北京　100081\n"
        + _ZH_BODY
    )
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)
    assert doc.title == "海上执法通报制度的比较"
    assert doc.authors == ["周敏", "孙涛", "吴倩", "郑航"]
    assert [k for k, _ in _furniture(doc)] == ["journal", "affiliation", "affiliation", "affiliation"]


@settings(max_examples=25, deadline=None)
@given(
    keys=st.lists(
        st.lists(st.sampled_from(_SUPERSCRIPTS[:3]), min_size=1, max_size=2, unique=True), min_size=2, max_size=4
    ),
    comma=st.sampled_from([",", "，"]),
)
def test_any_comma_between_superscript_keys_leaves_the_names_whole(keys: list[list[str]], comma: str) -> None:
    """Whatever keys each writer carries (one or two, parted by `,` or `，`), the names are the writers, in order."""
    names = ["周敏", "孙涛", "吴倩", "郑航"][: len(keys)]
    byline = "，".join(name + comma.join(k) for name, k in zip(names, keys, strict=True))
    units = ["南海大学法学院", "西部政法大学国际法学院", "海洋权益研究所"]
    lines = "\n".join(f"{_SUPERSCRIPTS[i]} {u}" for i, u in enumerate(units))
    doc = parse_text(f"海洋法论丛　2023年第1期\n海上执法通报制度的比较\n{byline}\n{lines}\n" + _ZH_BODY)
    assert doc.authors == names


def test_posts_in_tortoise_shell_and_square_brackets_are_affiliations() -> None:
    """`小林 直子〔…大学〕、…［…研究所］`: brackets of other shapes around each writer's post, read as round ones
    are; the writers are the names, the posts their affiliations without the brackets."""
    doc = parse_text(
        "研究報告\n漁業取締りにおける情報共有の課題\n執筆者：小林 直子〔北海海洋大学〕、森田 翔〔沿岸政策研究所〕\n"
        "2022年8月\n1．はじめに\n漁業取締りでは、隣国との情報共有が欠かせない。\n2．課題\n共有の範囲が定まっていない。\n"
    )
    assert doc.authors == ["小林 直子", "森田 翔"]
    affiliations = [t for k, t in _furniture(doc) if k == "affiliation"]
    assert affiliations == ["北海海洋大学", "沿岸政策研究所"]


def test_one_post_after_the_last_of_several_names_is_theirs_and_no_name() -> None:
    """`By A, B and C, senior reporters`: the first comma parts two names, so the post is the last field; names
    before it stay writers and the post, in lower case and plural, is their affiliation."""
    doc = parse_text(
        "Night Shifts on the Lombok Strait\n"
        "By Dewi Hartono, Marco Bellini and Aiko Mori, senior reporters\n3 March 2023\n\n"
        "Ferries and tankers share the strait at night, and the coast guard's watch is thin.\n\n"
        "Crews on the patrol boats work twelve-hour shifts.\n"
    )
    assert doc.title == "Night Shifts on the Lombok Strait"
    assert doc.authors == ["Dewi Hartono", "Marco Bellini", "Aiko Mori"]
    assert ["affiliation", "senior reporters"] in _furniture(doc)


def test_a_post_after_the_first_name_is_still_that_writers_alone() -> None:
    """`Dr. Ana Ruiz, Senior Fellow, and Li Wei, Research Associate`: each writer's post after the name; the
    shared-post rule does not move past a field that names a post."""
    doc = parse_text(
        "Two Coast Guards, One Hotline\nWritten by Dr. Hana Petrova, Senior Fellow, and Luis Ortega, Research "
        "Associate\n12 May 2023\n\nA hotline is only as good as the people who answer it.\n\nThis note asks who "
        "answers.\n"
    )
    assert doc.authors == ["Hana Petrova", "Luis Ortega"]
    affiliations = [t for k, t in _furniture(doc) if k == "affiliation"]
    assert affiliations == ["Senior Fellow", "Research Associate"]


def test_a_document_number_line_over_the_title_is_an_identifier() -> None:
    """A series line, then `文件编号：…` or `Document No. …`, then the title: the number is an identifier, never
    the title."""
    zh = parse_text(
        "海事政策简报　第8期\n文件编号：HSJB-2022-08\n海上搜救热线的维护\n王立新\n2022年9月1日\n"
        "一、背景\n热线设立容易，维护困难。\n二、建议\n定期演练是维护热线的关键。\n"
    )
    assert zh.title == "海上搜救热线的维护"
    assert ["identifier", "文件编号：HSJB-2022-08"] in _furniture(zh)
    en = parse_text(
        "Maritime Policy Notes | No. 14\nDocument No. MPN-2023-14\nKeeping Hotlines Alive\nElena Duarte\n"
        "5 June 2023\n\nHotlines are easy to set up and hard to keep.\n\nThis note says why.\n"
    )
    assert en.title == "Keeping Hotlines Alive"
    assert ["identifier", "Document No. MPN-2023-14"] in _furniture(en)


def test_a_share_row_parted_by_full_width_bars_is_share() -> None:
    """`分享至：LINE｜Facebook`: share words parted by the full-width bar are a share row, not text."""
    doc = parse_text(
        "漁船通報的價值｜海洋觀察網\n首頁 > 專欄 > 漁船通報的價值\n漁船通報的價值\n文／林書豪\n2023-07-04\n"
        "漁民在海上看見的，往往比巡邏艇更多。\n這些通報成本很低。\n分享至：LINE｜Facebook\n"
    )
    assert ["share", "分享至：LINE｜Facebook"] in _furniture(doc)
    assert "分享至" not in "".join(doc.span_text(p) for p in doc.paragraphs)


def test_a_title_bar_over_the_headline_is_navigation_in_each_language() -> None:
    """The browser's title (`<headline> | <site>`, `<site> - <headline>`, `<headline>｜<site>`) printed over the
    headline: navigation, and the headline under it the title, not joined to it nor read as a writer."""
    en = parse_text(
        "Patrol Boats Without Fuel - Ocean Affairs Daily\nPatrol Boats Without Fuel\nBy Tomas Reyes\n9 April 2023\n\n"
        "Donated patrol boats often sit in harbour for want of fuel and spare parts.\n\nA boat is the cheap part.\n"
    )
    assert en.title == "Patrol Boats Without Fuel"
    assert en.authors == ["Tomas Reyes"]
    assert _furniture(en)[0] == ["navigation", "Patrol Boats Without Fuel - Ocean Affairs Daily"]
    zh = parse_text(
        "巡逻艇为何趴窝｜南海评论\n巡逻艇为何趴窝\n作者：刘洋\n2023-04-09\n"
        "受赠的巡逻艇常因缺少燃油和零件停在港内。\n艇本身是最便宜的部分。\n"
    )
    assert zh.title == "巡逻艇为何趴窝"
    assert zh.authors == ["刘洋"]
    assert _furniture(zh)[0] == ["navigation", "巡逻艇为何趴窝｜南海评论"]
    ja = parse_text(
        "うみのまど ｜ 巡視船はなぜ動かないのか\n巡視船はなぜ動かないのか\n文＝山本 大輔\n2023年4月9日\n"
        "供与された巡視船は、燃料や部品が足りずに港にとどまることが多い。\n船そのものは安い部分である。\n"
    )
    assert ja.title == "巡視船はなぜ動かないのか"
    assert _furniture(ja)[0] == ["navigation", "うみのまど ｜ 巡視船はなぜ動かないのか"]


@settings(max_examples=60, deadline=None)
@given(
    headline=st.text(alphabet="abcdefghij KLMNOP海上巡逻", min_size=2, max_size=40).filter(
        lambda t: len(t.strip()) > 1
    ),
    site=st.text(alphabet="abcXYZ 网站評論", min_size=1, max_size=30).filter(lambda t: t.strip() != ""),
    separator=st.sampled_from([" | ", "｜", " - ", " – ", " — ", "_"]),
    site_first=st.booleans(),
)
def test_is_title_bar_reads_any_headline_and_site(headline: str, site: str, separator: str, site_first: bool) -> None:
    """Any headline with a site's name after or before a bar or a spaced dash is a title bar of that headline;
    the headline alone, or with a sentence after it, is none."""
    from allyscope.layout.title_bar import is_title_bar

    headline = headline.strip()
    bar = f"{site}{separator}{headline}" if site_first else f"{headline}{separator}{site}"
    assert is_title_bar(bar, headline)
    assert not is_title_bar(headline, headline)
    assert not is_title_bar(f"{headline}{separator}It sank. Then it rose.", headline)


def test_a_wrapped_title_over_names_alone_is_the_title() -> None:
    """A title of more than eighty characters wrapped over two lines by the extractor, right over its writers'
    names with no `By`: the names say the lines above them are the title, not the text's first paragraph."""
    doc = parse_text(
        "Fuel, Spare Parts and Trained Crews: Why Donated Patrol Boats Spend So Much of Their Lives in\n"
        "the Harbour\nTomas Reyes, Hana Petrova and Luis Ortega\n\n"
        "Donated patrol boats often sit in harbour for want of fuel and spare parts, and the crews who should\n"
        "sail them wait months for training that the donor never paid for in the first place.\n\n"
        "A boat is the cheap part of a patrol: fuel, parts and wages cost several times its price over the\n"
        "years it is meant to serve, and few donors count them when they hand the keys over.\n"
    )
    assert doc.title == (
        "Fuel, Spare Parts and Trained Crews: Why Donated Patrol Boats Spend So Much of Their Lives in the Harbour"
    )
    assert doc.authors == ["Tomas Reyes", "Hana Petrova", "Luis Ortega"]


def test_a_long_first_paragraph_over_a_heading_of_two_words_stays_text() -> None:
    """One name's shape alone (`Key Findings`, two capitalised words) under a long unstopped first line is no
    writers' line: the first paragraph is not made a title by it."""
    doc = parse_text(
        "Donated patrol boats often sit in harbour for want of fuel and spare parts and trained crews\n"
        "Key Findings\n\nA boat is the cheap part of a patrol, and the crew and the fuel cost far more over its life.\n"
    )
    assert doc.authors == []
    assert "Donated patrol boats" not in doc.title


def test_a_reference_code_line_over_the_title_is_an_identifier() -> None:
    """`Ref. OP-2023-04` (a label, then a code of letters and digits) above the title: an identifier."""
    doc = parse_text(
        "Occasional Paper Series | No. 4\nRef. OP-2023-04\nPatrol Boats Without Fuel\nTomas Reyes\n\n"
        "Donated patrol boats often sit in harbour for want of fuel and spare parts.\n\nA boat is the cheap part.\n"
    )
    assert doc.title == "Patrol Boats Without Fuel"
    assert ["identifier", "Ref. OP-2023-04"] in _furniture(doc)


def test_names_with_bracketed_posts_parted_by_a_middle_dot() -> None:
    """`某（…教授）・某（同准教授）`: Japanese bylines part writers with their posts by `・` too; each name a writer,
    each post (`同…`, the same school) an affiliation."""
    doc = parse_text(
        "巡視船供与の効果\n執筆：石川 誠（北浜大学教授）・野村 彩（同講師）\n"
        "供与された巡視船は、燃料や部品が足りずに港にとどまることが多い。\n船そのものは安い部分である。\n"
    )
    assert doc.authors == ["石川 誠", "野村 彩"]
    assert [t for k, t in _furniture(doc) if k == "affiliation"] == ["北浜大学教授", "同講師"]


def test_a_cjk_number_label_before_a_code_is_an_identifier() -> None:
    """`編號：…` or `番号：…` before a code of letters and digits, above the title: an identifier, not joined to
    the title under it."""
    doc = parse_text(
        "海巡季刊　第7期\n編號：HQ-2022-07\n巡防艇為何停在港內\n陳思妤\n"
        "受贈的巡防艇常因缺少燃油和零件停在港內。\n艇本身是最便宜的部分。\n"
    )
    assert doc.title == "巡防艇為何停在港內"
    assert ["identifier", "編號：HQ-2022-07"] in _furniture(doc)
