"""lay42 (twenty-second session): note lists numbered only by their place (an encyclopedia copy's `^ …` lines), a
copied navigation box, each rule on text in other words than the corpus documents that showed the miss."""

from __future__ import annotations

from helpers import assert_copied_pieces_match_raw, assert_offsets_valid
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.place_notes import number_places


def _links(doc: object) -> list[tuple[tuple[int, ...], list[tuple[int, int]]]]:
    by_id = {f.id: (f.block, f.number) for f in doc.footnotes}  # type: ignore[attr-defined]
    return [(m.numbers, [by_id[i] for i in m.footnotes]) for m in doc.markers]  # type: ignore[attr-defined]


_EN = "\n".join(
    [
        "Gulf of Guinea Maritime Security Architecture",
        "From Wikipedia, the free encyclopedia",
        "The architecture links regional centres that share reports of piracy and illegal fishing.[1] It was set "
        "up by a code of conduct signed by the coastal states.[2][note 1]",
        "Structure",
        "Two regional centres coordinate five zones, each with its own multinational centre.[1][3][note 2]",
        "Notes",
        "^ The code of conduct is not a treaty and binds no state.",
        "^ Zone E covers the waters of the states furthest east.",
        "References",
        "^ a b Okafor, J. (2019). Piracy and cooperation. Lagos: Harbor Press.",
        "^ Mensah, K. (2016). 'The code and its limits'. Maritime Studies. 8 (2): 4–19.",
        "^ 'Zones and centres'. Regional secretariat. Retrieved 12 June 2022.",
    ]
)


def test_an_english_copy_numbers_each_list_by_place_and_links_each_marker_family_to_its_own_list() -> None:
    """`[note 1]` cites the `Notes` list and `[1]` the references, both lists unnumbered: each line is the note
    its place in its list numbers, and the markers link to their own list, not to the first one below them."""
    doc = parse_text(_EN)
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)
    assert [(f.block, f.number) for f in doc.footnotes] == [(0, 1), (0, 2), (1, 1), (1, 2), (1, 3)]
    assert doc.note_text(doc.footnotes[2]).startswith("Okafor, J. (2019)")  # back-link letters left out
    assert _links(doc) == [
        ((1,), [(1, 1)]),
        ((2,), [(1, 2)]),
        ((1,), [(0, 1)]),
        ((1,), [(1, 1)]),
        ((3,), [(1, 3)]),
        ((2,), [(0, 2)]),
    ]
    assert "binds no state" not in doc.text


def test_a_zh_hant_copy_with_decimal_back_link_labels_and_one_list() -> None:
    """One reference list, its twice-cited entry labelled `^ 2.0 2.1`: numbered by place, the labels agreeing."""
    doc = parse_text(
        "\n".join(
            [
                "東南亞海上執法論壇",
                "維基百科，自由的百科全書",
                "東南亞海上執法論壇是區域海巡機關首長的年度會議[1]。論壇每年輪流在成員國舉行[2]。",
                "沿革",
                "首屆論壇於2012年舉行，各方同意建立聯絡窗口[2][3]。",
                "參考資料",
                "^ 張志明. 區域海巡合作. 臺北: 海洋出版社. 2018.",
                "^ 2.0 2.1 李文華. 論壇的制度化. 海洋政策. 2020, (2): 30–41.",
                "^ 論壇秘書處. 歷屆會議. 2023.",
            ]
        )
    )
    assert [(f.block, f.number) for f in doc.footnotes] == [(0, 1), (0, 2), (0, 3)]
    assert doc.note_text(doc.footnotes[1]).startswith("李文華")
    assert [links for _, links in _links(doc)] == [[(0, 1)], [(0, 2)], [(0, 2)], [(0, 3)]]


def test_a_list_no_marker_family_counts_out_stays_text() -> None:
    """Markers citing 1 and 3 only (no 2) do not explain a list of three lines: no numbering is made up."""
    raw = "\n".join(
        [
            "A page on port calls[1] and their rules[3].",
            "References",
            "^ First source, 2001.",
            "^ Second source, 2002.",
            "^ Third source, 2003.",
        ]
    )
    assert number_places(raw) == {}
    assert parse_text(raw).footnotes == ()


def test_back_links_settle_two_lists_of_one_length() -> None:
    """Two lists of two lines, `[a]` and `[1]` each citing 1 and 2: the back-link letters (`^ a b`, a line cited
    twice) say which list each family answers to."""
    raw = "\n".join(
        [
            "The patrol began in spring.[1][a] Its ships met twice a month.[b][1] Aircraft joined later.[2]",
            "Notes",
            "^ Only coastal states took part.",
            "^ Weather cut some meetings short.",
            "References",
            "^ a b Report of the first year, 2005.",
            "^ Review of the air patrols, 2009.",
        ]
    )
    numbers = number_places(raw)
    assert sorted(numbers.values()) == [(1, "bracket"), (1, "bracket-letter"), (2, "bracket"), (2, "bracket-letter")]
    doc = parse_text(raw)
    assert [(f.block, f.number) for f in doc.footnotes] == [(0, 1), (0, 2), (1, 1), (1, 2)]


def test_back_link_labels_out_of_place_leave_the_list_unnumbered() -> None:
    """`^ 3.0 3.1` printed on a list's second line: the page's own labels say the places are not the numbers."""
    raw = "\n".join(
        [
            "Talks resumed[1][2] and ended[2].",
            "References",
            "^ First source, 2001.",
            "^ 3.0 3.1 Third source, 2003.",
        ]
    )
    assert number_places(raw) == {}


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1, max_value=9), st.integers(min_value=0, max_value=3))
def test_every_line_of_a_fitting_list_is_numbered_by_its_place(size: int, extra: int) -> None:
    """However long the list and however often its first entry is cited, line k is note k of its one block."""
    cites = "".join(f"[{n}]" for n in range(1, size + 1)) + "[1]" * extra
    backlinks = " ".join("abcdefgh"[: extra + 1]) + " " if extra else ""
    entries = [
        f"^ {backlinks}Source number {n} on the strait, 2010." if n == 1 else f"^ Source {n}, 2011."
        for n in range(1, size + 1)
    ]
    raw = "\n".join(["The strait is patrolled jointly." + cites, "References", *entries])
    doc = parse_text(raw)
    assert_offsets_valid(doc)
    assert [(f.block, f.number) for f in doc.footnotes] == [(0, n) for n in range(1, size + 1)]
    assert all(m.footnotes for m in doc.markers)


def test_a_copied_navigation_box_is_furniture() -> None:
    """Its tools (`v · t · e`), its title alone on a line, its row of links parted by spaced bullets: navigation
    and tools, none of it the page's text; a `See also` label takes the short lines under it."""
    doc = parse_text(
        "\n".join(
            [
                "Joint Patrols in the Celebes Sea",
                "From Wikipedia, the free encyclopedia",
                "The joint patrols are a trilateral arrangement of three navies in the Celebes Sea.",
                "See also",
                "Maritime security",
                "Trilateral cooperation",
                "",
                "v · t · e",
                "Maritime security in Southeast Asia",
                "Regional Forum • Information Fusion Centre • Joint Patrols • Coordinated Patrols",
            ]
        )
    )
    kinds = {doc.span_text(s): s.kind for s in doc.spans}
    assert kinds["v · t · e"] == "tools"
    assert kinds["Maritime security in Southeast Asia"] == "navigation"
    assert kinds["Regional Forum • Information Fusion Centre • Joint Patrols • Coordinated Patrols"] == "navigation"
    assert kinds["See also"] == "related" and kinds["Trilateral cooperation"] == "related"
    assert "three navies" in doc.text


def test_a_sentence_with_spaced_dots_is_no_link_row() -> None:
    """A line of text ends on a stop, and one giving a date carries digits: neither is a row of links."""
    doc = parse_text(
        "\n".join(
            [
                "Talks on the strait",
                "Home | About | Contact",
                "By Ana Ruiz · 12 May 2024 · Manila · 5 min read",
                "The ministers met · the talks went on · nothing was signed · the navies waited.",
            ]
        )
    )
    kinds = {doc.span_text(s): s.kind for s in doc.spans}
    assert kinds.get("The ministers met · the talks went on · nothing was signed · the navies waited.") in (
        None,
        "paragraph",
    )
    assert kinds.get("By Ana Ruiz · 12 May 2024 · Manila · 5 min read") != "navigation"


def test_a_press_office_box_and_a_links_label_on_a_public_body_page() -> None:
    """`Press enquiries` takes the office, mail and phone lines under it (contact); `Find out more` the short
    link titles under it (related); the text between them stays text."""
    doc = parse_text(
        "\n".join(
            [
                "Home › News › Foreign affairs",
                "Envoys meet to review the fisheries agreement",
                "Published: 2 May 2024",
                "The envoys of the two states met in London to review how the fisheries agreement has worked.",
                "They agreed to hold the next review in two years.",
                "Find out more",
                "The fisheries agreement",
                "Previous reviews",
                "Press enquiries",
                "Ministry press desk",
                "press.desk@ministry.example.org",
                "Topics: Fisheries, Diplomacy",
            ]
        )
    )
    kinds = {doc.span_text(s): s.kind for s in doc.spans}
    assert kinds["Find out more"] == "related" and kinds["Previous reviews"] == "related"
    assert kinds["Press enquiries"] == "contact" and kinds["press.desk@ministry.example.org"] == "contact"
    assert "They agreed to hold the next review in two years." in doc.text
    assert doc.headings == ()


def test_an_encyclopedia_copys_tool_words_and_entry_tags_are_furniture() -> None:
    """`播報`, `編輯`, `討論` alone over the text are the page's tools, not writers; `詞條標籤：` takes its tags."""
    doc = parse_text(
        "\n".join(
            [
                "東海漁業協定",
                "播報",
                "編輯",
                "討論",
                "東海漁業協定是兩國就東海漁業資源管理簽署的雙邊協定。",
                "協定設立聯合漁業委員會，每年召開會議。",
                "詞條標籤：",
                "國際條約 , 漁業",
            ]
        )
    )
    assert doc.authors == []
    kinds = {doc.span_text(s): s.kind for s in doc.spans}
    assert kinds["播報"] == kinds["編輯"] == kinds["討論"] == "tools"
    assert kinds["詞條標籤："] == kinds["國際條約 , 漁業"] == "tags"


def test_a_reference_list_numbered_1_dot_is_the_notes_bracket_markers_count_out() -> None:
    """`[1]`, `[2-3]` in the text and a `參考資料` list numbered `1.  …` under it: the list is the notes those
    markers cite, every number once; markers citing a number the list lacks leave it a list of the text."""
    raw = "\n".join(
        [
            "東海漁業協定",
            "協定於1997年簽署[1]，2000年生效[2-3]。",
            "參考資料",
            "1.  張三. 東海漁業協定研究. 2001.",
            "2.  李四. 協定的生效. 海洋法評論. 2003, (2): 1–9.",
            "3.  王五. 聯合委員會. 2010.",
        ]
    )
    doc = parse_text(raw)
    assert [(f.block, f.number) for f in doc.footnotes] == [(0, 1), (0, 2), (0, 3)]
    by_id = {f.id: f.number for f in doc.footnotes}
    assert [[by_id[i] for i in m.footnotes] for m in doc.markers] == [[1], [2, 3]]
    assert parse_text(raw.replace("[2-3]", "[2-4]")).footnotes == ()


def test_a_numbered_head_under_a_form_field_opens_a_section() -> None:
    """`議題：…` ends on its line, stop or none: the `（1）` head under it is a head, as `（2）` below is."""
    doc = parse_text(
        "\n".join(
            [
                "第2回　漁業協力作業部会　議事概要",
                "日時：令和6年9月3日（火）10時00分～12時00分",
                "出席者：山田一郎部会長、川口花子委員",
                "（1）資源調査の結果について",
                "事務局から、共同調査の結果について報告があった。",
                "（2）次回の日程について",
                "次回は12月に開催することとした。",
            ]
        )
    )
    assert [(h.label, h.title) for h in doc.headings] == [("1", "資源調査の結果について"), ("2", "次回の日程について")]


def test_a_secretariat_answering_for_the_wording_is_no_writer() -> None:
    """`（文責：事務局）` names the body that answers for the record, no person; a name stays one."""
    for closing, authors in (
        ("（文責：事務局）", []),
        ("（文責：会議事務局）", []),
        ("（文責：山田一郎）", ["山田一郎"]),
    ):
        doc = parse_text(
            "\n".join(
                [
                    "漁業協力作業部会の概要",
                    "2024年9月3日",
                    "部会では、共同調査の結果が報告された。",
                    "委員からは、調査海域を広げるべきだとの意見があった。",
                    closing,
                ]
            )
        )
        assert doc.authors == authors, closing


def test_a_building_or_room_number_is_no_issue() -> None:
    """`第8号館`, `第3号室`: a building's or room's number, no journal issue; `第8号` alone still is one."""
    from allyscope.layout.dating import is_issue_line

    assert not is_issue_line("場所：中央合同庁舎第8号館　特別会議室")
    assert not is_issue_line("会場：本館第3号室")
    assert is_issue_line("海洋政策研究　第8号")


_STAR_FRONT = "\n".join(
    [
        "海洋政策研究　第12卷第1期（2023年3月）：1-20",
        "東海漁業協定的執行與爭議",
        "{byline}",
        "{key}",
        "摘要",
        "本文檢視東海漁業協定簽署後的執行情形，指出聯合委員會在資源管理上的角色有限。",
        "關鍵詞：漁業協定、東海、聯合委員會",
        "壹、前言",
        "兩國於1997年簽署漁業協定，並於2000年生效。",
    ]
)


def test_one_writers_sign_over_a_line_naming_a_post_is_an_affiliation() -> None:
    """`陳美玲＊` over `＊國立海洋大學…副教授。`, sign glued to the post or set apart by a space: the byline keys one
    writer's post, front matter (an affiliation), no note and no marker."""
    for key in ("＊國立海洋大學海洋法律研究所副教授。", "＊ 國立海洋大學海洋法律研究所副教授。"):
        doc = parse_text(_STAR_FRONT.format(byline="陳美玲＊", key=key))
        assert doc.authors == ["陳美玲"]
        assert doc.footnotes == () and doc.markers == ()
        kinds = {doc.span_text(s): s.kind for s in doc.spans}
        assert kinds[key] == "affiliation"


def test_several_writers_each_with_a_sign_of_their_own_keep_their_notes() -> None:
    """`陳美玲＊、林建宏＊＊`: a sign for each writer is a system of notes on the writers, as before."""
    key = "＊國立海洋大學海洋法律研究所副教授。\n＊＊國防大學戰略研究所助理教授。"
    doc = parse_text(_STAR_FRONT.format(byline="陳美玲＊、林建宏＊＊", key=key))
    assert [f.number for f in doc.footnotes] == [1, 2]


def test_a_postal_address_with_a_postcode_closing_a_page_is_contact_not_a_related_title() -> None:
    """A body's address with a postcode and no street number under a related list (`…, Portsmouth PO1 3AX, United
    Kingdom`, `…, Boston MA 02115`) ends the list: contact, no related title; a sentence with a postcode stays text."""
    for address in (
        "Harbour Studies Institute, Portsmouth PO1 3AX, United Kingdom",
        "Sea Lanes Center, Boston MA 02115",
    ):
        doc = parse_text(
            "\n".join(
                [
                    "Home › News",
                    "Institute opens a new ship simulator",
                    "The institute opened a ship-handling simulator for coast guard officers on Monday.",
                    "Related news",
                    "Students sail with the harbour pilots",
                    "A new course on port security",
                    address,
                ]
            )
        )
        kinds = {doc.span_text(s): s.kind for s in doc.spans}
        assert kinds["A new course on port security"] == "related"
        assert kinds[address] == "contact", address
    sentence = "The office moved to Portsmouth PO1 3AX, United Kingdom, in 2019."
    doc = parse_text("Office news\n" + sentence + "\nIt now has forty staff.")
    assert sentence in doc.text
