"""lay39 (twentieth session): furniture, front matter and headings of new page and copy shapes, each rule on text
in other words than the blind-written documents (`tests/layouts/lay39_*`)."""

from __future__ import annotations

from helpers import furniture_of, outside_front_and_body

from allyscope import parse_text
from allyscope.layout.furniture import furniture_kind

_furniture = furniture_of


def test_dash_labels_of_a_proceedings_front_page() -> None:
    """`Abstract—` and `Index Terms—` (an em or en dash glued to the text) label the abstract and the keywords,
    as `Abstract:` and `Keywords:` do."""
    doc = parse_text(
        "\n".join(
            [
                "Drone Detection Networks for Harbour Security",
                "",
                "Olga Petrenko",
                "",
                "Abstract—Harbours face small drones flown over their cranes. We compare three ways of finding them"
                " and find that acoustic arrays miss most of the fast ones.",
                "Index Terms–drones, harbours, acoustic sensing",
                "",
                "1. Introduction",
                "Small drones have been seen over several container terminals since 2022.",
            ]
        )
    )
    assert doc.abstract.startswith("Harbours face small drones") and doc.abstract.endswith("most of the fast ones.")
    assert doc.keywords == ["drones", "harbours", "acoustic sensing"]
    assert "Index Terms" not in doc.abstract


def test_member_prompts_and_share_verbs_of_a_paid_news_site() -> None:
    """A paid site's rows: a login row with a free sign-up (`無料会員登録`), a sign-up link (`…はこちら`), a share
    row whose verbs include posting (`ポスト`)."""
    assert furniture_kind("ログイン　無料会員登録") == "tools"
    assert furniture_kind("新規登録　ログイン") == "tools"
    assert furniture_kind("会員登録はこちら") == "tools"
    assert furniture_kind("ポスト　シェア　印刷") == "share"
    assert furniture_kind("ポストに投函された手紙") is None


def test_photo_caption_credited_with_a_month_and_an_agency() -> None:
    """A caption ending `＝2023年8月、ロイター` (a month, no day, then the agency) is a caption even when the wrapped
    text joins it to the paragraph above."""
    found = _furniture(
        "\n".join(
            [
                "台湾海峡で演習　中国軍が艦艇を派遣",
                "2024年5月24日 7時10分",
                "中国軍は23日、台湾周辺で大規模な演習を始めたと発表した。",
                "台湾海峡を航行する中国海軍の駆逐艦＝2023年8月、ロイター",
                "演習は2日間の予定で、陸海空の部隊が参加しているという。",
                "シェア　ポスト　印刷",
            ]
        )
    )
    assert ("caption", "台湾海峡を航行する中国海軍の駆逐艦＝2023年8月、ロイター") in found


def test_related_titles_under_their_label_on_a_page_copied_a_paragraph_a_line() -> None:
    """A page copied a paragraph a line does not wrap: the related label takes its titles however wide the
    widest of them is against the page's other short lines."""
    found = _furniture(
        "\n".join(
            [
                "海上自衛隊、豪州と共同訓練　インド洋で初",
                "2024年9月2日 18時00分",
                "海上自衛隊は2日、オーストラリア海軍とインド洋で共同訓練を実施したと発表した。護衛艦２隻と補給艦が参加し、洋上での燃料補給や通信の手順を確認した。両国の艦艇がインド洋で共同訓練を行うのは初めてという。",
                "防衛省は、今後も同様の訓練を定期的に行いたい考えだ。",
                "関連記事",
                "【有料会員限定】インド洋の航路を守るのは誰か　各国海軍の思惑を読む",
                "日豪の円滑化協定が発効　共同訓練の手続き簡素に",
            ]
        )
    )
    assert found[-3:] == [
        ("related", "関連記事"),
        ("related", "【有料会員限定】インド洋の航路を守るのは誰か　各国海軍の思惑を読む"),
        ("related", "日豪の円滑化協定が発効　共同訓練の手続き簡素に"),
    ]


def test_a_wrapped_sentence_ending_in_a_month_is_no_dateline() -> None:
    """A sentence's last line `in the spring of May 2024.` opens in lower case: no place name stands before the
    date, so it is no dateline; the cover's `Revised …` stamp dates the report."""
    doc = parse_text(
        "\n".join(
            [
                "Fishing Fleets and Maritime Militias",
                "",
                "Jonas K. Berg",
                "Senior Analyst",
                "",
                "Last updated 9 October 2024",
                "",
                "Overview",
                "Several coastal states have reported fishing vessels that gather near disputed reefs whenever a",
                "patrol arrives, a practice first seen in numbers",
                "in May 2024.",
                "",
                "Background",
                "The fleets are large and their owners are hard to trace.",
            ]
        )
    )
    assert (doc.date, doc.date_source) == ("2024-10-09", "last-updated")


def test_form_feed_pages_turn_at_their_form_feeds_only() -> None:
    """A cover printing the issuer's name that every page repeats as its foot, with lines under it, turns no page
    there: the notes of the text's first page stand on the file's fourth page, as its form feeds count."""
    foot = "Harbour Policy Office"
    head = "Port State Control in the Gulf of Guinea\n\n"
    pages = [
        head
        + "Amara Diallo\nAnalyst in Maritime Affairs\n\nUpdated June 4, 2024\n\n"
        + foot
        + "\nhttps://hpo.example.org\nHPO-118\n",
        head + "Summary\nInspections are rising.\n\n" + foot + "\n",
        head + "Contents\nIntroduction ........ 1\n\n" + foot + "\n",
        head + "Introduction\nInspections of foreign ships in the region's ports doubled between 2019 and 2023.1"
        " Most detentions\nconcern safety equipment.2\n\n"
        "1 Regional memorandum secretariat, annual report 2023.\n2 Ibid., table 4.\n\n" + foot + "    1\n",
    ]
    doc = parse_text("\f".join(pages))
    assert [(f.number, f.page) for f in doc.footnotes] == [(1, 4), (2, 4)]


def test_centred_title_over_two_lines_and_writers_side_by_side_over_their_affiliations() -> None:
    """A proceedings paper's front copied with its layout kept: the centred title wraps on a line opening in lower
    case (one title), two writers stand side by side, each over the cells of their department, city and mail
    address (affiliation and contact spans, cell by cell), and the price code line under the text is its
    copyright line."""
    raw = "\n".join(
        [
            "        Ice Class Rules and the Safety of Polar Fishing Vessels",
            "                 under the Polar Code",
            "",
            "  Mette S. Haugland                    Diego Alvarez",
            "  Faculty of Ocean Engineering         Antarctic Logistics Centre",
            "  Tromsø, Norway                       Punta Arenas, Chile",
            "  mette.haugland@uit.example.no        dalvarez@alc.example.cl",
            "",
            "  Abstract—Fishing vessels are exempt from most of the Polar Code. We count the accidents they had"
            " in polar waters since 2017.",
            "  Index Terms—polar code, fishing vessels, ice class",
            "",
            "  I. INTRODUCTION",
            "  Few fishing vessels hold an ice class, yet many of them fish near the ice edge every season.",
            "",
            "  0-7803-1234-5/25/$31.00 ©2025 IEEE",
        ]
    )
    doc = parse_text(raw)
    assert doc.title == "Ice Class Rules and the Safety of Polar Fishing Vessels under the Polar Code"
    assert doc.authors == ["Mette S. Haugland", "Diego Alvarez"]
    assert doc.keywords == ["polar code", "fishing vessels", "ice class"]
    found = outside_front_and_body(doc)
    assert found == [
        ("affiliation", "Faculty of Ocean Engineering"),
        ("affiliation", "Antarctic Logistics Centre"),
        ("affiliation", "Tromsø, Norway"),
        ("affiliation", "Punta Arenas, Chile"),
        ("contact", "mette.haugland@uit.example.no"),
        ("contact", "dalvarez@alc.example.cl"),
        ("copyright", "0-7803-1234-5/25/$31.00 ©2025 IEEE"),
    ]


def test_names_on_one_line_with_no_cells_under_them_stay_a_byline() -> None:
    """Names parted by wide gaps over a line of another shape (one affiliation for both) take no cells: the line
    under them is read as before, whole."""
    doc = parse_text(
        "Tanker Escorts in the Strait of Hormuz\n\nLena Fischer      Omar Haddad\n"
        "Institute for Gulf Studies, Doha\n\nIntroduction\nEscorts resumed in 2019 after a series of attacks.\n"
    )
    assert doc.authors == ["Lena Fischer", "Omar Haddad"]
    found = outside_front_and_body(doc)
    assert found == [("affiliation", "Institute for Gulf Studies, Doha")]


def test_author_year_reference_list_in_language_parts_then_the_english_front_printed_last() -> None:
    """A paper citing by author and year closes with `参考文献`, its entries in parts under labels (`日文部分`,
    `英文部分`: part of the list), then its front in English (title, writer, `Abstract`, `Keywords:`): the list is
    `references` spans, the English title and writer translated-title and translated-author, the English keywords
    added to the keywords, the abstract the Chinese one."""
    raw = "\n".join(
        [
            "日本海上保安廳的國際合作：以能力建構為中心",
            "張雅婷",
            "摘要",
            "本文探討日本海上保安廳自2000年以來對東南亞各國提供的能力建構援助，並評估其成效。",
            "關鍵詞：海上保安廳、能力建構、東南亞",
            "壹、前言",
            "日本海上保安廳自2000年起開始派遣專家赴東南亞各國（佐藤，2018）。",
            "貳、結論",
            "能力建構援助的成效取決於受援國的預算與人員（Bateman, 2020）。",
            "參考文獻",
            "日文部分",
            "佐藤健，2018，《海上保安の国際協力》，東京：成山堂。",
            "英文部分",
            "Bateman, Sam. 2020. Coast Guards and Capacity Building. Canberra: ANU Press.",
            "Japan Coast Guard's International Cooperation: Focusing on Capacity Building",
            "Ya-ting Chang",
            "Abstract",
            "This article examines the capacity building that the Japan Coast Guard has offered Southeast Asian"
            " states since 2000 and assesses its results.",
            "Keywords: Japan Coast Guard, capacity building, Southeast Asia",
        ]
    )
    doc = parse_text(raw)
    assert doc.abstract.startswith("本文探討") and doc.abstract.endswith("並評估其成效。")
    english = ["Japan Coast Guard", "capacity building", "Southeast Asia"]
    assert doc.keywords == ["海上保安廳", "能力建構", "東南亞", *english]
    found = outside_front_and_body(doc)
    assert found == [
        ("references", "日文部分"),
        ("references", "佐藤健，2018，《海上保安の国際協力》，東京：成山堂。"),
        ("references", "英文部分"),
        ("references", "Bateman, Sam. 2020. Coast Guards and Capacity Building. Canberra: ANU Press."),
        ("translated-title", "Japan Coast Guard's International Cooperation: Focusing on Capacity Building"),
        ("translated-author", "Ya-ting Chang"),
    ]
    assert "Bateman, Sam" not in " ".join(doc.span_text(p) for p in doc.paragraphs)


_REPORT_TEXT = (
    "Several navies have begun to escort cable repair ships through busy straits, a task that none of them had\n"
    "planned for and that strains the few escort vessels they keep at home for the purpose."
)


def test_a_head_in_title_case_set_off_by_an_empty_line_may_be_longer_than_a_short_line() -> None:
    """`Measures Adopted by the Coastal States` (38 characters) under an empty line and over the section's text is
    a head; the same words cut from inside a sentence, with no empty line above, stay text."""
    head = "Measures Adopted by the Coastal States"
    raw = "Cable Repair Ships\n\nIrene Vogel\n\nOverview\n" + _REPORT_TEXT + "\n\n" + head + "\n" + _REPORT_TEXT + "\n"
    assert [h.title for h in parse_text(raw).headings] == ["Overview", head]
    glued = raw.replace("\n\n" + head, "\n" + head)
    assert head not in [h.title for h in parse_text(glued).headings]


def test_proceedings_line_over_a_title_and_its_subtitle_after_a_colon() -> None:
    """A proceedings paper names its meeting over the title (`2024 12th International Symposium on …`): a journal
    line, no title and no date of the paper; a centred title of three words or more ending on a colon goes on with
    the line in title case under it (its subtitle)."""
    doc = parse_text(
        "\n".join(
            [
                "      2024 12th International Symposium on Ocean Observation and Security (ISOOS)",
                "",
                "            Sea Ice Radar for Search and Rescue:",
                "               Lessons from Two Arctic Seasons",
                "",
                "                        Petra Lindqvist",
                "",
                "  Abstract—We compare two seasons of radar records from rescue helicopters flying over sea ice.",
                "  Index Terms—radar, sea ice, search and rescue",
                "",
                "  I. INTRODUCTION",
                "  Rescue crews over sea ice rely on radar that was designed for open water.",
            ]
        )
    )
    assert doc.title == "Sea Ice Radar for Search and Rescue: Lessons from Two Arctic Seasons"
    assert doc.authors == ["Petra Lindqvist"]
    assert (doc.date, doc.date_source) == (None, None)
    found = outside_front_and_body(doc)
    assert found[0] == ("journal", "2024 12th International Symposium on Ocean Observation and Security (ISOOS)")


def test_a_part_label_inside_the_contents_is_navigation_whatever_its_word_is_elsewhere() -> None:
    """`Contacts` and `Figures` standing between contents entries with leader dots label parts of the contents:
    navigation, as the entries are, though `Contacts` alone labels a contact block on a web page."""
    raw = "\n".join(
        [
            "Harbour Pilots and Port Security",
            "",
            "Contents",
            "Background .............................................................. 1",
            "Current Rules ........................................................... 2",
            "",
            "Figures",
            "Figure 1. Pilot Stations by Region ...................................... 2",
            "",
            "Contacts",
            "Author Information ...................................................... 4",
            "",
            "Background",
            "Harbour pilots board most large ships before they enter a port, and their presence on the bridge has",
            "made them a source of information for port security officers in several countries.",
        ]
    )
    doc = parse_text(raw)
    navigation = [doc.span_text(s) for s in doc.spans if s.kind == "navigation"]
    assert "Figures" in navigation and "Contacts" in navigation
    assert not any(s.kind == "contact" for s in doc.spans)
