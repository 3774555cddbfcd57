"""lay30b's reference lists after the endnotes (issue 12), each tried on text written in other words than the dev
documents that asked for them (tests/layouts): where the list runs (wrapped and hanging entries, address and
access lines, a part's label) and where it ends (a paragraph of text, a heading, a furniture line); numbered
entries no marker cites under circled notes; and what the later stages make of the entries (no event region,
no document date). A hypothesis test keeps a year in running words from opening an entry."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.reference_lists import opens_entry
from allyscope.regions import regions

_HEAD = (
    "Lighthouses and Pilotage\n\nIngrid Solheim\n\nIntroduction\n\n"
    "Pilots guided most large ships into the fjord until radar became common.1 "
    "Lighthouse keepers reported every passing vessel to the harbour office.2\n\n"
    "Notes\n\n"
    "1. Berg, Pilots of the Fjord, 41.\n"
    "2. Ibid., 58.\n\n"
    "References\n\n"
)


def _entries(text: str) -> list[str]:
    doc = parse_text(text)
    return [doc.span_text(s) for s in doc.spans if s.kind == "references"]


def _paragraphs(text: str) -> list[str]:
    doc = parse_text(text)
    return [doc.text[p.start : p.end] for p in doc.paragraphs]


def test_wrapped_and_hanging_entries_are_each_a_line_of_the_list() -> None:
    text = _HEAD + (
        "Berg, A. (2003). Pilots of the fjord: A history of the service\n"
        "      from 1850 to 1990. Nordlys Forlag.\n"
        "Hauge, M., & Lie, R. (2015). Radar and the end of\n"
        "      pilotage. Scandinavian Maritime Review, 22(4),\n"
        "      301–319.\n"
    )
    assert _entries(text) == [
        "Berg, A. (2003). Pilots of the fjord: A history of the service",
        "from 1850 to 1990. Nordlys Forlag.",
        "Hauge, M., & Lie, R. (2015). Radar and the end of",
        "pilotage. Scandinavian Maritime Review, 22(4),",
        "301–319.",
    ]
    assert not any("Hauge" in p or "301" in p for p in _paragraphs(text))


def test_address_and_access_lines_belong_to_the_entry_above() -> None:
    text = _HEAD + (
        "Norwegian Coastal Administration. 2020. Pilotage statistics.\n"
        "https://www.example.no/pilotage/statistics\n"
        "Retrieved 9 October 2022.\n"
    )
    assert _entries(text)[1:] == ["https://www.example.no/pilotage/statistics", "Retrieved 9 October 2022."]


def test_a_part_label_inside_the_list_stays_in_it() -> None:
    text = _HEAD + (
        "Berg, A. (2003). Pilots of the fjord. Nordlys Forlag.\n\n"
        "Archival sources\n\n"
        "1911  Harbour office logbooks, Bergen city archive.\n"
    )
    assert _entries(text) == [
        "Berg, A. (2003). Pilots of the fjord. Nordlys Forlag.",
        "Archival sources",
        "1911  Harbour office logbooks, Bergen city archive.",
    ]


def test_a_paragraph_after_the_list_is_text_again() -> None:
    prose = "The survey answers behind the second section can be had from the author on request."
    text = _HEAD + "Berg, A. (2003). Pilots of the fjord. Nordlys Forlag.\n\n" + prose + "\n"
    assert _entries(text) == ["Berg, A. (2003). Pilots of the fjord. Nordlys Forlag."]
    assert prose in _paragraphs(text)


def test_a_heading_and_its_text_after_the_list_are_no_entries() -> None:
    prose = "Each lighthouse sent its log to the harbour office every month until 1965."
    text = _HEAD + "Berg, A. (2003). Pilots of the fjord. Nordlys Forlag.\n\nData sources\n\n" + prose + "\n"
    assert _entries(text) == ["Berg, A. (2003). Pilots of the fjord. Nordlys Forlag."]
    assert prose in _paragraphs(text)


def test_numbered_entries_no_marker_cites_under_circled_notes_are_the_list() -> None:
    text = (
        "灯台守の記録と沿岸警備\n小野寺誠\n\n"
        "はじめに\n"
        "灯台守は、通過する船舶をすべて記録していた①。この記録は、のちに沿岸警備の資料ともなった②。\n\n"
        "注\n"
        "①灯台局の規程による。\n"
        "②記録の一部は県の文書館に残る。\n\n"
        "参考文献\n"
        "［1］石川正（2011）『灯台の近代史』港書房。\n"
        "［2］森田朋子（2018）「沿岸警備の成立」『海事史研究』第9号、5-20頁。\n"
    )
    doc = parse_text(text)
    assert [doc.note_text(f) for f in doc.footnotes] == ["灯台局の規程による。", "記録の一部は県の文書館に残る。"]
    assert [doc.span_text(s) for s in doc.spans if s.kind == "references"] == [
        "［1］石川正（2011）『灯台の近代史』港書房。",
        "［2］森田朋子（2018）「沿岸警備の成立」『海事史研究』第9号、5-20頁。",
    ]
    assert len(doc.markers) == 2


def test_the_entries_are_no_event_region_and_date_no_document() -> None:
    text = _HEAD + (
        "Berg, A. (2003). Pilots of the fjord. Nordlys Forlag.\n"
        "Hauge, M. (2015, March 4). Radar and the end of pilotage. Coastal Times.\n"
    )
    doc = parse_text(text)
    entries = [(s.start, s.end) for s in doc.spans if s.kind == "references"]
    assert len(entries) == 2
    found = {(r.start, r.end): r for r in regions(doc)}
    assert all(found[e].where == "reference" and not found[e].states_events for e in entries)
    assert doc.date is None


@pytest.mark.parametrize(
    "line",
    [
        "Solheim, I. (2019). Keepers of the light. Fjord Press.",
        "Coastal Museum. 2017. Annual report. Bergen.",
        "石川正（2011）『灯台の近代史』港書房。",
        "王丽，2020，《灯塔与航运》，上海：海事出版社。",
        "1958  Convention on the Territorial Sea and the Contiguous Zone, Geneva.",
        "Moreau, Claire. Pilots and Ports. Paris: Harmattan.",
        "Harbour Pilots Guild. n.d. Rules of the guild. Hull: The Guild.",
        "International Hydrographic Organization. Standards for Surveys. Monaco: IHO.",
        "周立. 港口引航制度研究[M]. 大连: 大连海事大学出版社",
        "海事局. 引航员管理规定[Z]",
    ],
)
def test_entry_openings(line: str) -> None:
    assert opens_entry(line)


@pytest.mark.parametrize(
    "line",
    [
        "The keepers left the islands in 1965 when the lights were automated.",
        "灯塔于2021年全部实现无人值守。",
        "Data sources",
        "About this series",
    ],
)
def test_lines_that_open_no_entry(line: str) -> None:
    assert not opens_entry(line)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(["ships", "the", "pilots", "harbour", "were", "counted"]), min_size=1, max_size=8),
    st.integers(min_value=1600, max_value=2099),
)
def test_a_year_in_running_words_opens_no_entry(words: list[str], year: int) -> None:
    assert not opens_entry(f"The {' '.join(words)} in {year} and later.")


def test_a_page_number_at_the_far_end_of_a_note_line_leaves_the_note() -> None:
    text = (
        "Dredging the Outer Channel\nOwen Pritchard\n"
        "The outer channel silts up every winter,1 and the port pays a contractor to dredge it each spring.2\n"
        "1 Harbour Board, Annual Accounts (2019), 12.\n"
        "2 Ibid., 14.                                                   — 7 —\n"
        "Without the dredging, the largest ships would have to wait for high tide.3\n"
        "3 Pritchard, Silt and Tides (2021), 30.                       — 8 —\n"
    )
    doc = parse_text(text)
    assert [(f.block, f.number, f.page, doc.note_text(f)) for f in doc.footnotes] == [
        (0, 1, 1, "Harbour Board, Annual Accounts (2019), 12."),
        (0, 2, 1, "Ibid., 14."),
        (1, 3, 2, "Pritchard, Silt and Tides (2021), 30."),
    ]
    assert "— 7 —" not in doc.text and "— 8 —" not in doc.text and "— 7 —" not in doc.notes_text


def test_a_number_after_a_gap_in_a_text_line_stays() -> None:
    text = "Tonnage by Port\nOwen Pritchard\nThe table counts the ships of each port.\nNorth Quay      312\n"
    assert "North Quay      312" in parse_text(text).text


def test_an_annex_with_notes_of_its_own_numbered_from_one() -> None:
    text = (
        "Buoy Tenders of the Coast Guard\n\nLena Hartmann\n\nIntroduction\n\n"
        "Buoy tenders keep the channel marks in place.1 Few navies have any, though most coast guards keep two or "
        "three of them in service.2\n\n"
        "Notes\n\n"
        "1. Hartmann, Marks at Sea, 3.\n"
        "2. Ibid., 9.\n\n"
        "Annex B: How the Tenders Were Counted\n\n"
        "Each tender was counted once, by the hull number painted on its bow, whatever the service that ran it.1\n\n"
        "Notes to Annex B\n\n"
        "1. Hull numbers come from the fleet lists of each service.\n"
    )
    doc = parse_text(text)
    assert [(f.block, f.number, doc.note_text(f)) for f in doc.footnotes] == [
        (0, 1, "Hartmann, Marks at Sea, 3."),
        (0, 2, "Ibid., 9."),
        (1, 1, "Hull numbers come from the fleet lists of each service."),
    ]
    assert [h.title for h in doc.headings] == ["Introduction", "Annex B: How the Tenders Were Counted"]
    assert "Notes to Annex B" not in doc.text
    by_id = {f.id: (f.block, f.number) for f in doc.footnotes}
    assert [[by_id[i] for i in m.footnotes] for m in doc.markers] == [[(0, 1)], [(0, 2)], [(1, 1)]]


def test_an_appendix_head_after_numbered_sections_is_a_top_level_heading() -> None:
    text = (
        "港湾警備の国際比較\n松田聡\n\n"
        "1．はじめに\n各国の港湾警備は、それぞれ異なる機関が担っている①。\n\n"
        "2．比較の視点\n本稿では、担当機関、予算、人員の三点を比べる②。\n\n"
        "注\n①港湾警備の定義は国によって異なる。\n②人員は二〇二二年末の数字である。\n\n"
        "付録：調査した港湾の一覧\n調査した港湾は、各国で取扱量の多い上位五港とし、いずれも現地の資料によって確認した①。\n\n"
        "付録の注\n①取扱量は二〇二一年の統計による。\n"
    )
    doc = parse_text(text)
    assert [(h.level, h.label, h.title) for h in doc.headings] == [
        (1, "1", "はじめに"),
        (1, "2", "比較の視点"),
        (1, "", "付録：調査した港湾の一覧"),
    ]
    assert [(f.block, f.number) for f in doc.footnotes] == [(0, 1), (0, 2), (1, 1)]
    assert "付録の注" not in doc.text


def test_entries_without_a_year_on_their_first_line_stay_in_the_list() -> None:
    text = _HEAD + (
        "Harbour Pilots Guild. n.d. Rules of the guild. Hull: The Guild.\n"
        "Norwegian Pilot Service. Annual Review of the Service. Oslo: Kystverket.\n"
        'Kystverket, "Losplikt og farledsbevis"\n'
        "https://www.example.no/los/losplikt (read 2 May 2023)\n"
        "Berg, A., Hauge, M. and Lie, R. Pilots, radar and the changing work of the\n"
        "harbour office, 1950-1990 [M]. Bergen: Nordlys, 2003.\n"
    )
    assert len(_entries(text)) == 6
    assert not any("Kystverket" in p or "Pilots, radar" in p for p in _paragraphs(text))
