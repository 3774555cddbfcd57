"""edge34: the edges of web pages, e-mails and printed web pages told by their shape, not their words (issue 12,
allyscope/layout/edge_blocks.py). Pages are drawn with edge blocks in words made up at random
(tests/corpora/edge_generator.py, gold by construction) and written by hand in other words than the dev
documents (tests/layouts) that asked for the rules; traps: a closing signature, a text's closing sentence with no
footer under it, a reference list's addresses, a short title over a byline parted by a bar."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import jsonschema
import pytest
from corpora.edge_generator import check, draw
from corpora.layout_articles import TUNED
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.edge_blocks import address_kind, is_copyright, row_items, strong_kind

_KEPT = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files("allyscope.data").joinpath(f"layouts/{name}").read_text("utf-8"))
    return data


def _furniture(text: str) -> list[list[str]]:
    doc = parse_text(text)
    return [[s.kind, doc.span_text(s)] for s in doc.spans if s.kind not in _KEPT]


def test_edge_thresholds_match_their_schema() -> None:
    schema = _load("schema.json")
    jsonschema.validate(_load("edge_blocks.json"), {**schema, "$ref": "#/$defs/edge_blocks.json"})


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(TUNED))
def test_generated_pages_keep_their_text_and_lose_their_edges(seed: int, article: Any) -> None:
    page = draw(seed, article)
    result = check(parse_text(page.raw), page)
    assert all(result.values()), (result, page.raw)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Startseite | Themen | Kontakt", "navigation"),
        ("首页＞专题＞海事", "navigation"),
        ("Ana · Bel · Cor · Dun", "navigation"),
        ("© 2021–2024 Ostsee Rundschau", "copyright"),
        ("2023", "copyright"),
        ("redaktion@ostsee-rundschau.example", "contact"),
        ("Im Browser lesen: https://ostsee-rundschau.example/n/4", "navigation"),
        ("2024-05-10 | Quelle | Redaktion", None),  # a dateline's fields: digits, no copyright sign
        ("玛丽·安·史密斯", None),  # a name's one-character part is no link
        ("Vgl. https://example.org/bericht (abgerufen am 3. Mai 2024).", None),  # a reference's address
        ("Die Marine hat ihre Flotte verkleinert.", None),
    ],
)
def test_edge_line_shapes(line: str, kind: str | None) -> None:
    assert strong_kind(line) == kind


def test_shape_helpers() -> None:
    assert row_items("A | B") is None and row_items("Hafen > Nordsee", 2) == ["Hafen", "Nordsee"]
    assert is_copyright("Nordlicht © 2022") and not is_copyright("The year 2022 was calm.")
    assert address_kind("Schreiben Sie uns: leser@nordlicht.example") == "contact"


_EN_PAGE = (
    "Harbour Ledger\n"
    "Front page | Ports | Shipping | Opinion\n"
    "Ports > Baltic\n"
    "Ferry Operators Agree on Shared Ice Reports\n"
    "Lena Vogt\n"
    "Ferry operators on the northern routes will pool their ice reports from next winter, the port council said.\n"
    "The reports will be sent to every bridge crew twice a day during the coldest months.\n"
    "Crews welcomed the plan but asked for the reports in more than one language.\n"
    "Elsewhere on the ledger\n"
    "Why ice breakers are booked a year ahead\n"
    "A pilot's account of a night in the pack ice\n"
    "How a small port kept its channel open all winter\n"
    "Print edition | Letters | Advertise | Jobs\n"
    "Harbour Ledger is printed in Rostock and posted to subscribers each Friday.\n"
    "desk@harbour-ledger.example\n"
    "© 2025 Harbour Ledger\n"
)


def test_an_en_page_loses_its_head_and_footer_and_keeps_title_author_and_text() -> None:
    doc = parse_text(_EN_PAGE)
    assert doc.title == "Ferry Operators Agree on Shared Ice Reports"
    assert doc.authors == ["Lena Vogt"]
    assert _furniture(_EN_PAGE) == [
        ["navigation", "Harbour Ledger"],
        ["navigation", "Front page | Ports | Shipping | Opinion"],
        ["navigation", "Ports > Baltic"],
        ["related", "Elsewhere on the ledger"],
        ["related", "Why ice breakers are booked a year ahead"],
        ["related", "A pilot's account of a night in the pack ice"],
        ["related", "How a small port kept its channel open all winter"],
        ["navigation", "Print edition | Letters | Advertise | Jobs"],
        ["disclaimer", "Harbour Ledger is printed in Rostock and posted to subscribers each Friday."],
        ["contact", "desk@harbour-ledger.example"],
        ["copyright", "© 2025 Harbour Ledger"],
    ]
    assert "more than one language." in doc.text


_JA_MENU_PAGE = (
    "トップ\n"
    "特集\n"
    "連載\n"
    "動画\n"
    "港の灯りを守る人びと、離島の灯台を訪ねて\n"
    "2024年11月2日\n"
    "離島の灯台は、いまも船の安全な航行に欠かせない目印となっている。\n"
    "保守を担う職員は、年に数回しか島に渡ることができないという。\n"
    "運営者情報｜個人情報の扱い｜広告について\n"
    "2024\n"
)


def test_a_ja_menu_one_item_a_line_and_a_year_line_are_edges() -> None:
    doc = parse_text(_JA_MENU_PAGE)
    assert doc.title == "港の灯りを守る人びと、離島の灯台を訪ねて"
    furniture = _furniture(_JA_MENU_PAGE)
    assert furniture[:4] == [["navigation", item] for item in ("トップ", "特集", "連載", "動画")]
    assert ["copyright", "2024"] in furniture
    assert "年に数回しか島に渡ることができないという。" in doc.text


def test_a_closing_signature_and_a_closing_sentence_stay_text_with_no_footer_under_them() -> None:
    text = (
        "Notice to Mariners: Buoy Works in the Outer Channel\n"
        "Works on the buoys of the outer channel will begin on Monday and last about two weeks.\n"
        "Vessels are asked to keep to the western half of the channel while the works go on.\n"
        "We thank all crews for their patience.\n"
        "Ingrid Halvorsen\n"
        "Harbour Master\n"
    )
    doc = parse_text(text)
    assert _furniture(text) == []
    assert "We thank all crews for their patience." in doc.text and "Harbour Master" in doc.text


def test_short_lines_at_the_end_are_no_menu_without_a_footer() -> None:
    text = (
        "沿岸警備の現場から\n"
        "巡視船の乗組員は、夜間も交代で見張りを続けている。\n"
        "天候が崩れる季節には、出動の回数がさらに増える。\n"
        "文・写真\n"
        "田村恵美\n"
        "聞き手\n"
        "小松原航\n"
    )
    assert _furniture(text) == []


def test_a_short_title_over_a_byline_parted_by_a_bar_is_no_edge() -> None:
    text = (
        "港口新规\n"
        "撰文 | 何静怡\n"
        "2024年6月3日\n"
        "新的港口安保规定将于下月起实施，所有进港船只都须提前申报船员名单。\n"
        "港务部门表示，这项规定旨在提高检查效率。\n"
    )
    doc = parse_text(text)
    assert doc.title == "港口新规"
    assert not any(kind == "navigation" for kind, _ in _furniture(text))


def test_a_reference_list_with_addresses_is_no_footer() -> None:
    text = (
        "Cable Repair at Sea\n"
        "Repair ships are few and are owned by a handful of firms.\n"
        "Most of them wait in ports far from the cables they may have to mend.\n"
        "References\n"
        "Ostrowski, Jan. 2021. Ships for Cables. Gdynia: Seaway Press.\n"
        "https://seaway-press.example/cables\n"
        "Marine Cable Forum. 2023. Annual Survey.\n"
        "https://cable-forum.example/survey-2023 (accessed 2 May 2024).\n"
    )
    assert not any(kind in ("navigation", "disclaimer") for kind, _ in _furniture(text))


def test_a_link_label_with_an_arrow_between_paragraphs_of_a_page_with_edges() -> None:
    text = (
        "Heimat | Wetter | Hafen | Sport\n"
        "Fishing Quotas Cut Again in the Northern Sea\n"
        "The fishing council cut the herring quota for the third year running.\n"
        "See how the quotas fell since 2015 →\n"
        "Boat owners said they would appeal the decision before the courts.\n"
        "© 2024 Heimat Blatt\n"
    )
    assert ["related", "See how the quotas fell since 2015 →"] in _furniture(text)
    assert parse_text(text).title == "Fishing Quotas Cut Again in the Northern Sea"


def test_a_notice_with_its_buttons_over_the_page_is_no_text() -> None:
    text = (
        "Diese Seite speichert Angaben zu Ihrem Besuch, damit sie schneller lädt.\n"
        "Einverstanden\n"
        "Ablehnen\n"
        "Nordsee | Häfen | Fischerei\n"
        "Wind Farms and Shipping Lanes Compete for Space\n"
        "Planners must fit new wind farms between the busiest shipping lanes of the region.\n"
        "Pilots fear that the turbines will narrow the safe routes in bad weather.\n"
    )
    doc = parse_text(text)
    assert doc.title == "Wind Farms and Shipping Lanes Compete for Space"
    assert _furniture(text)[:3] == [
        ["cookie", "Diese Seite speichert Angaben zu Ihrem Besuch, damit sie schneller lädt."],
        ["cookie", "Einverstanden"],
        ["cookie", "Ablehnen"],
    ]


def test_a_first_paragraph_over_short_headings_and_more_text_is_no_notice() -> None:
    text = (
        "各国在极地航道的通行规则上仍存在明显分歧，短期内难以达成一致。\n"
        "背景\n"
        "分歧\n"
        "沿岸国家主张对航道实施更严格的管理，航运大国则强调航行自由。\n"
        "双方的立场在过去十年中几乎没有变化。\n"
    )
    assert not any(kind == "cookie" for kind, _ in _furniture(text))
    assert "短期内难以达成一致。" in parse_text(text).text


def test_a_row_parted_by_spaces_alone_heads_a_page_but_names_so_parted_close_a_text() -> None:
    text = (
        "首頁\u3000時事\u3000兩岸\u3000軍事\u3000科技\n"
        "離島醫療後送演練順利完成\n"
        "海巡與空勤單位昨日在外島進行傷患後送演練，從接獲通報到完成轉送共花費兩小時。\n"
        "參演人員表示，夜間起降仍是最大的挑戰。\n"
        "陳冠宇\u3000林佩珊\u3000郭子豪\u3000許雅婷\n"
    )
    doc = parse_text(text)
    assert doc.title == "離島醫療後送演練順利完成"
    assert _furniture(text) == [["navigation", "首頁\u3000時事\u3000兩岸\u3000軍事\u3000科技"]]


def test_a_list_of_headlines_in_title_case_over_a_footer_but_not_a_signature_s_posts() -> None:
    text = (
        "Pilots Report More Near Misses Over the Strait\n"
        "Airline pilots filed more reports of near misses over the strait this year than in any year before.\n"
        "Air traffic controllers blame the growing number of military flights in the area.\n"
        "Trending tonight\n"
        "Why Small Airports Are Losing Their Night Controllers Fast\n"
        "Inside the Radar Room Where Every Minute Is Counted Twice\n"
        "A Former Pilot Explains What a Near Miss Really Looks Like\n"
        "Sitemap | Press | Careers | Legal\n"
        "© 2023 Skyline Wire\n"
    )
    furniture = _furniture(text)
    assert furniture[:4] == [
        ["related", "Trending tonight"],
        ["related", "Why Small Airports Are Losing Their Night Controllers Fast"],
        ["related", "Inside the Radar Room Where Every Minute Is Counted Twice"],
        ["related", "A Former Pilot Explains What a Near Miss Really Looks Like"],
    ]
    signed = (
        "Statement on the Closure of the Northern Fishing Grounds\n"
        "The fishing grounds will stay closed until the stocks recover, as the council decided last week.\n"
        "Reinhold Marquardt\n"
        "Chair, North Sea Fisheries Council\n"
        "Regional Office for Coastal Resources\n"
        "© 2024 North Sea Fisheries Council\n"
    )
    assert _furniture(signed) == [["copyright", "© 2024 North Sea Fisheries Council"]]


def test_a_short_title_over_a_byline_of_names_parted_by_spaces_or_labelled_fields_stays_the_title() -> None:
    for byline in ("通讯员\u3000马丽\u3000韦强\u3000邱磊", "撰稿：马丽 | 审校：韦强 | 摄影：邱磊"):
        body = "台风季节前，沿海三个渔港完成了避风港的扩建工程，可容纳的渔船数量增加了一倍。\n"
        text = f"渔船避风港扩建\n{byline}\n2023-11-08\n{body}"
        doc = parse_text(text)
        assert doc.title == "渔船避风港扩建", byline
        assert not any(kind == "navigation" for kind, _ in _furniture(text)), byline
