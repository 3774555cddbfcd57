"""lay51 (twenty-fifth session): layouts — the furniture of web pages and PDF dumps. A stamp printed at each page
turn over a running head that repeats the title; download-time and licence lines in CJK; a tag label's row and a
hashtag row that take no line under them; a footer's contact lines (a postal mark, a phone number, a labelled field
among others) and the street address beside them; a writer's card under the text naming the byline's writer; the
byline joiners of a spaced row kept as data. Each rule on text in other words than the corpus documents that
showed the miss (`tests/layouts/l51_*`)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import jsonschema
from helpers import furniture_rows as _furniture
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.edge_blocks import _one_word_items, _shapes, contact_line, is_phone
from allyscope.layout.furniture import furniture_kind


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files("allyscope.data").joinpath(f"layouts/{name}").read_text("utf-8"))
    return data


# --- the byline joiners, as data -------------------------------------------------------------------------------


def test_name_joiners_are_data_with_a_schema() -> None:
    schema = _load("schema.json")
    data = _load("edge_blocks.json")
    jsonschema.validate(data, {**schema, "$ref": "#/$defs/edge_blocks.json"})
    assert _shapes().name_joiners == frozenset(data["name_joiners"])
    broken = {**data, "name_joiners": ["and also"]}  # a joiner is one word: an item of its own in the row
    try:
        jsonschema.validate(broken, {**schema, "$ref": "#/$defs/edge_blocks.json"})
    except jsonschema.ValidationError:
        return
    raise AssertionError("a joiner of two words passed the schema")


def test_a_spaced_row_joined_by_a_joiner_is_a_byline_not_a_menu() -> None:
    assert _one_word_items("Services   Projects   Library   Contact")
    for joiner in sorted(_shapes().name_joiners):
        assert not _one_word_items(f"HOLM　Erik　{joiner}　Grace　OKAFOR"), joiner


# --- PDF dumps: stamps at each page turn, the title's running head, licence lines ----------------------------

_EN_STAMP = "Downloaded by [Eastgate College] at 17:02 11 June 2024"
_EN_HEAD = "S. LARSEN | NORWAY AND FINLAND: SHARING THE NORTHERN SKIES"


def _en_pdf() -> str:
    pages = [
        "Baltic Security Review\n2023, Vol. 5, No. 1, 33–49\nNorway and Finland: sharing the northern skies\n"
        "Sigrid Larsen\nBackground\n"
        "The two air forces have trained together over Lapland for years, often with Swedish aircraft as well.\n"
        "Their cross-border exercises grew in size after Finland joined the alliance.\n33\n",
        f"{_EN_HEAD}\nCommon air policing\n"
        "Pilots from both countries now rehearse handing a track from one control centre to the other.\n34\n",
        f"{_EN_HEAD}\nOutlook\nA shared air picture is likely to be the next step for both governments.\n35\n",
    ]
    return "\f".join(f"{_EN_STAMP}\n{page}" for page in pages)


def test_a_stamp_over_each_page_keeps_its_span_and_the_title_head_under_it_is_dropped() -> None:
    doc = parse_text(_en_pdf())
    assert doc.title == "Norway and Finland: sharing the northern skies"
    assert [f for f in _furniture(doc) if f[0] == "download"] == [["download", _EN_STAMP]] * 3
    assert "S. LARSEN" not in doc.text
    assert [h.title for h in doc.headings] == ["Background", "Common air policing", "Outlook"]


_STAMPS = ["下载时间：2024-09-03 08:15", "下載時間：2024/9/3 08:15", "ダウンロード日時：2024年9月3日 8:15"]


@given(st.sampled_from(_STAMPS))
def test_cjk_download_times_are_download_lines(stamp: str) -> None:
    assert furniture_kind(stamp) == "download"


def test_a_cjk_download_stamp_at_each_foot_is_a_span_and_never_dates_the_paper() -> None:
    stamp = "下载日期：2025-04-02 16:40"
    pages = [
        "当代海洋研究　2023年第6期\n中越北部湾联合巡逻的发展\n李海燕\n一、引言\n"
        "中越两国海军自2006年起在北部湾开展联合巡逻，迄今已举行三十余次。\n"
        "联合巡逻的范围覆盖两国海上分界线附近海域。\n",
        "中越北部湾联合巡逻的发展\n二、主要做法\n双方在巡逻中开展通信联络和联合搜救演练。\n",
        "中越北部湾联合巡逻的发展\n三、结语\n联合巡逻已成为两国海上合作的重要机制。\n",
    ]
    text = "\f".join(f"内部资料　注意保存\n{page}{stamp}\n第{n}页　共3页\n" for n, page in enumerate(pages, 1))
    doc = parse_text(text)
    assert [f for f in _furniture(doc) if f[0] == "download"] == [["download", stamp]] * 3
    assert (doc.date, doc.date_source) == ("2023", "issue")
    assert "内部资料" not in doc.text


@given(
    st.sampled_from(
        [
            "本论文依据知识共享署名-非商业性使用4.0国际许可协议发布。",
            "本文採用創用CC「姓名標示-非商業性」4.0國際授權條款釋出。",
            "この論文はクリエイティブ・コモンズ表示4.0国際ライセンスに基づき公開する。",
        ]
    )
)
def test_cjk_licence_lines_are_copyright_lines(line: str) -> None:
    assert furniture_kind(line) == "copyright"


def test_a_sentence_of_the_text_naming_creative_commons_stays_text() -> None:
    sentence = (
        "多くの研究機関は、論文を公開する際にクリエイティブ・コモンズの仕組みを採用し始めており、その影響は大きい。"
    )
    assert furniture_kind(sentence) is None


def test_a_labelled_abstract_after_an_ideographic_space() -> None:
    doc = parse_text(
        "日印の海上協力\n佐藤健一\n要旨　本稿は日本とインドの海上協力の歩みを整理する。\n"
        "1．はじめに\n　両国は2015年から毎年海上演習を実施している。\n　その規模は年々拡大している。\n"
    )
    assert doc.abstract == "本稿は日本とインドの海上協力の歩みを整理する。"


# --- web pages: tag rows, contact lines, a writer's card --------------------------------------------------------


def _page(byline: str, tail: str) -> str:
    return (
        "Skip to main content\nHome   Region   Defence   Ideas   Data\n"
        "Chile and Peru hold their first joint coast guard drill\n"
        f"{byline}\n2 March 2025\n"
        "Coast guard crews from Chile and Peru met off Arica on Sunday for a search and rescue exercise.\n"
        "The two services plan to repeat the drill every year and to share their radio frequencies.\n"
        f"{tail}"
    )


def test_a_tag_label_takes_its_row_only_and_the_writers_card_under_it_is_a_bio() -> None:
    tail = (
        "Tags\nChile   Peru   Coast guards   Search and rescue\nLucia Ferreyra\n"
        "Latin America editor · 95 stories\nFollow\n© 2025 Pacific Desk\n"
    )
    doc = parse_text(_page("By Lucia Ferreyra", tail))
    furniture = _furniture(doc)
    assert ["tags", "Chile   Peru   Coast guards   Search and rescue"] in furniture
    assert ["author-bio", "Lucia Ferreyra"] in furniture
    assert ["author-bio", "Latin America editor · 95 stories"] in furniture
    assert doc.authors == ["Lucia Ferreyra"]


def test_a_name_under_the_text_that_no_byline_gives_is_no_card() -> None:
    tail = "Tags\nChile   Peru   Coast guards\nRamon Quispe\nLatin America editor · 95 stories\n© 2025 Pacific Desk\n"
    doc = parse_text(_page("By Lucia Ferreyra", tail))
    assert not any(kind == "author-bio" for kind, _ in _furniture(doc))


def test_a_hashtag_row_takes_no_line_under_it() -> None:
    text = (
        "首頁 > 國際 > 東南亞\n越南與印尼完成專屬經濟區劃界協定\n記者張雅婷／綜合報導\n2024/06/03 12:10\n"
        "越南與印尼的專屬經濟區劃界協定正式生效，兩國歷經十餘年談判才達成共識。\n"
        "雙方表示，協定將有助於減少漁船在重疊海域的糾紛。\n"
        "#越南　#印尼　#海洋劃界\n張雅婷\n上一頁　1　2　下一頁\n© 2024 南方時報 版權所有\n"
    )
    doc = parse_text(text)
    furniture = _furniture(doc)
    assert ["tags", "#越南　#印尼　#海洋劃界"] in furniture
    assert ["author-bio", "張雅婷"] in furniture


def test_footer_contact_lines_in_three_languages() -> None:
    assert contact_line("Press office +1 613 555 0142 · Switchboard +1 613 555 0100")
    assert contact_line("北辰研究所　〒060-0001 札幌市中央区北1条西0-0")
    assert contact_line("東方時報　地址：高雄市苓雅區某某路8號　傳真：(07)300-0000")
    assert contact_line("代表電話 011-000-0000")


def test_an_address_over_its_phone_line_under_the_text_is_contact() -> None:
    tail = "Pacific Desk, 40 Quay Road, 1010 Wellington, New Zealand\nEditors +64 4 000 0000 · Sales +64 4 000 0001\n"
    doc = parse_text(_page("By Lucia Ferreyra", tail))
    furniture = _furniture(doc)
    assert ["contact", "Pacific Desk, 40 Quay Road, 1010 Wellington, New Zealand"] in furniture
    assert ["contact", "Editors +64 4 000 0000 · Sales +64 4 000 0001"] in furniture


def test_what_is_no_phone_number() -> None:
    assert not is_phone("2024-05-21 08:45")  # a date and a time
    assert not is_phone("12 345 678")  # a table's cell: no word, no sign of a number
    assert not is_phone("第63卷第2期")
    assert is_phone("Tel 020 7946 0000")
    assert is_phone("(02)2311-0000")


_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=3, max_size=30)


@settings(max_examples=80, deadline=None)
@given(_WORDS, st.sampled_from(["+44 20 7946 0000", "03-0000-0000", "〒100-0001", "電話：(02)2000-0000"]), _WORDS)
def test_a_sentence_naming_a_number_is_never_a_contact_line(before: str, number: str, after: str) -> None:
    """A body sentence is never a footer's contact line because of one number in it: it ends with its stop."""
    for stop in (".", "。", "!", "?"):
        assert not contact_line(f"Call {before} {number} {after}{stop}")


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=3), st.booleans())
def test_a_closing_sentence_under_the_text_is_never_a_writers_card(pick: int, twice: bool) -> None:
    """A line of the text after the last paragraph, even one opening with the writer's name, stays text: a card
    holds the name alone."""
    closing = [
        "Lucia Ferreyra reported from Arica.",
        "Lucia Ferreyra",  # the card: the only one taken
        "Lucia Ferreyra and Ramon Quispe wrote this story together with the desk.",
        "Lucia Ferreyra, Latin America editor, contributed reporting from Lima and Santiago.",
    ][pick]
    tail = f"{closing}\n" + (f"{closing}\n" if twice and pick != 1 else "") + "© 2025 Pacific Desk\n"
    doc = parse_text(_page("By Lucia Ferreyra", tail))
    taken = [text for kind, text in _furniture(doc) if kind == "author-bio"]
    assert (taken == ["Lucia Ferreyra"]) if pick == 1 else not taken


def test_a_labelled_author_box_under_the_text_is_left_to_the_front_matter() -> None:
    tail = "About the author\nLucia Ferreyra\nSenior Fellow, Pacific Desk\n"
    doc = parse_text(_page("By Lucia Ferreyra, Senior Fellow | 2 March 2025", tail))
    assert not any(kind == "author-bio" and text != "About the author" for kind, text in _furniture(doc))


@given(
    st.sampled_from(
        [
            "（写真＝会談に臨む両外相）",
            "（图／新华社记者 摄）",
            "(圖/海巡署)",
            "Credit: Omar Haddad for Harbour Wire",
            "Photo credits: Navy",
        ]
    )
)
def test_image_credits_in_brackets_and_after_a_credit_label_are_captions(line: str) -> None:
    assert furniture_kind(line) == "caption"


def test_a_credit_line_between_paragraphs_is_a_caption_and_the_text_stays_whole() -> None:
    doc = parse_text(
        _page("By Lucia Ferreyra", "© 2025 Pacific Desk\n").replace(
            "The two services", "Credit: Ramon Quispe / Pacific Desk\nThe two services"
        )
    )
    assert ["caption", "Credit: Ramon Quispe / Pacific Desk"] in _furniture(doc)
    assert "The two services plan to repeat the drill" in doc.text


@given(
    st.sampled_from(
        ["‹ 前へ　1　2　3　4　次へ ›", "上一頁　1　2　下一頁", "上一页　下一页", "Page 1 2 3 4 Next", "1 2 … 7 Next →"]
    )
)
def test_pagers_with_page_numbers_between_previous_and_next_are_navigation(line: str) -> None:
    assert furniture_kind(line) == "navigation"


def test_numbers_alone_and_a_sentence_with_next_are_no_pager() -> None:
    assert furniture_kind("3 7 12 18") is None
    assert furniture_kind("1 2 3 next steps for the alliance") is None
