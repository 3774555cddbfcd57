"""lay69 (thirty-eighth session): shapes the dev layout set held least of (`tests/layouts/lay69_*`): a related list
set inside the body, several writers presented only after the text, a gallery's counters and captions between
paragraphs, an infobox's rows before an encyclopedia page's lead, and two columns side by side on a cover only.
Each rule on text in other words than the documents that showed the miss (other states, other scripts, other
labels), with property tests where a line is parsed."""

from __future__ import annotations

from helpers import assert_offsets_valid
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.model import Document

_KEPT = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}


def _furniture(doc: Document) -> list[tuple[str, str]]:
    return [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind not in _KEPT]


# -- a related list inside the body -------------------------------------------------------------------------------


def test_a_related_list_inside_the_body_ends_at_the_next_numbered_head() -> None:
    """`Related articles` with two titles between two numbered sections: the list ends where `2. …` heads a
    section whose sentence follows; the head is a heading, no related title (en, where the document was zh)."""
    text = (
        "Why Coast Guards Talk\n"
        "1. Origins\n"
        "The first meeting of the forum was held in Tokyo in 2004.\n"
        "Related articles\n"
        "Coast guard diplomacy in the Indian Ocean\n"
        "A short history of the North Pacific forum\n"
        "2. The annual meetings\n"
        "Each year the heads of the coast guards compare notes on search and rescue.\n"
    )
    doc = parse_text(text)
    assert_offsets_valid(doc)
    assert [h.title for h in doc.headings] == ["Origins", "The annual meetings"]
    assert [t for k, t in _furniture(doc) if k == "related"] == [
        "Related articles",
        "Coast guard diplomacy in the Indian Ocean",
        "A short history of the North Pacific forum",
    ]


def test_a_numbered_ranking_over_the_text_keeps_its_last_item() -> None:
    """A ranking numbers every item: its third item over a sentence is still an item, no head (the trap)."""
    text = (
        "Ferry link between the two islands reopens\n"
        "The ferry between the two islands sailed again on Monday after a month of repairs.\n"
        "Most read\n"
        "1. Port fees rise for the second year\n"
        "2. New patrol boat enters service\n"
        "3. Harbour dredging begins in June\n"
        "The operator said the crossing would run twice a day until the end of the summer.\n"
    )
    doc = parse_text(text)
    related = [t for k, t in _furniture(doc) if k == "related"]
    assert related[-1] == "3. Harbour dredging begins in June"
    assert not doc.headings


# -- writers presented after the text ------------------------------------------------------------------------------

_EN_WRITERS = st.lists(
    st.tuples(
        st.sampled_from(["Ingrid", "Tomas", "Aiko", "Rahul", "Clara", "Minh"]),
        st.sampled_from(["Halvorsen", "Novak", "Tanaka", "Mehta", "Lindqvist", "Tran"]),
        st.sampled_from(["a senior fellow", "a research associate", "a professor", "an analyst"]),
    ),
    min_size=2,
    max_size=3,
    unique_by=lambda w: (w[0], w[1]),
)


@given(_EN_WRITERS)
def test_several_closing_bios_under_an_author_label_name_every_writer(writers: list[tuple[str, str, str]]) -> None:
    """`About the contributors` over one presentation a paragraph: each writer is an author, in order, and each
    paragraph an author-bio line (the closing bio alone read only the last one)."""
    bios = "".join(f"{g} {s} is {post} at the Baltic Policy Centre.\n" for g, s, post in writers)
    text = (
        "Shared Ice Charts for the Northern Sea Route\n"
        "March 2025\n"
        "Icebreaker crews from three states now exchange charts of the ice before every convoy.\n"
        "The charts reach the ships within an hour of each satellite pass.\n"
        "About the authors\n" + bios
    )
    doc = parse_text(text)
    assert_offsets_valid(doc)
    assert doc.authors == [f"{g} {s}" for g, s, _ in writers]
    assert [t for k, t in _furniture(doc) if k == "author-bio"][1:] == bios.splitlines()


@given(
    st.lists(
        st.tuples(st.sampled_from("王李陳林黃吳"), st.sampled_from(["志遠", "美玲", "建國", "雅婷", "文"])),
        min_size=2,
        max_size=3,
        unique=True,
    )
)
def test_writers_each_a_name_and_a_post_after_a_comma_under_a_cjk_label(names: list[tuple[str, str]]) -> None:
    """`作者介紹` over `<name>，<institute>副研究員。` a line each: every writer an author (zh-Hant, where the
    document was zh-Hans); the same line in mid-text is no bio (no label over it)."""
    lines = "".join(f"{a}{b}，國際事務研究院副研究員。\n" for a, b in names)
    text = (
        "日韓海上合作的新階段\n2024年5月2日\n"
        "兩國海巡機關今年首度舉行聯合搜救演練。\n雙方並同意定期交換船舶動態資訊。\n作者介紹\n" + lines
    )
    doc = parse_text(text)
    assert_offsets_valid(doc)
    assert doc.authors == [a + b for a, b in names]


def test_a_box_of_writers_each_over_their_posts() -> None:
    """`About the authors`, then each name alone over one or two post lines: authors and affiliations (en, where
    the document was zh-Hant)."""
    head = (
        "Mapping Undersea Cables off Scandinavia\n"
        "June 2024\n"
        "Repair ships are few, and most belong to private firms.\n"
        "About the authors\n"
    )
    box = (
        "Sofie Berg\n"
        "Senior Fellow, Nordic Maritime Institute\n"
        "Adjunct Professor, University of Bergen\n"
        "Jonas Aho\n"
        "Research Fellow, Centre for Ocean Security\n"
    )
    doc = parse_text(head + box)
    assert doc.authors == ["Sofie Berg", "Jonas Aho"]
    assert [t for k, t in _furniture(doc) if k == "affiliation"] == [
        "Senior Fellow, Nordic Maritime Institute",
        "Adjunct Professor, University of Bergen",
        "Research Fellow, Centre for Ocean Security",
    ]


# -- a gallery between paragraphs ----------------------------------------------------------------------------------


@given(st.integers(min_value=2, max_value=9), st.sampled_from(["Photo", "Gallery", "写真", "組圖"]))
def test_a_gallery_counter_is_tools_and_the_line_under_it_a_caption(total: int, word: str) -> None:
    """`Photo 1/3` between two paragraphs: the counter is tools and the short line under it the picture's caption,
    whatever the gallery's word and count (en and ja, where the document was zh)."""
    text = (
        "Search and rescue drill off Okinawa\n"
        "12 October 2023\n"
        "Rescue boats from two coast guards took part in the drill on Thursday.\n"
        f"{word} 1/{total}\n"
        "A rescue swimmer is lowered from a helicopter. (Photo: Kenji Ono)\n"
        "The crews practised lifting injured sailors from a burning ferry.\n"
        "Officials said the drill would be held again next year.\n"
    )
    doc = parse_text(text)
    assert_offsets_valid(doc)
    assert ("tools", f"{word} 1/{total}") in _furniture(doc)
    assert ("caption", "A rescue swimmer is lowered from a helicopter. (Photo: Kenji Ono)") in _furniture(doc)


def test_two_sentences_under_a_gallery_counter_stay_text() -> None:
    """Under the counter, two sentences with no credit between them: the text going on, no caption."""
    text = (
        "Harbour festival draws record crowds\n"
        "9 May 2024\n"
        "The festival opened on Saturday with a parade of ships.\n"
        "Gallery 2/4\n"
        "Visitors toured the patrol vessel. Many came back for a second day.\n"
        "The organisers plan a larger festival next year.\n"
    )
    doc = parse_text(text)
    assert "Visitors toured the patrol vessel." in doc.text
    assert not any(k == "caption" for k, _ in _furniture(doc))


# -- an infobox's rows before the lead ------------------------------------------------------------------------------

_ROWS = st.lists(
    st.sampled_from(
        [
            ("Type", "Bilateral treaty"),
            ("Signed", "15 March 2019"),
            ("Effective", "1 January 2021"),
            ("Parties", "Norway, Iceland"),
            ("Location", "Reykjavik"),
            ("Languages", "Norwegian, Icelandic"),
        ]
    ),
    min_size=2,
    max_size=6,
    unique=True,
)


@given(_ROWS)
def test_infobox_rows_under_the_title_are_no_byline_and_no_date(rows: list[tuple[str, str]]) -> None:
    """Rows of `label<tab>value` between an encyclopedia page's title and its lead: no author, no date (a
    treaty's signing date is a fact of the page, not its date), each row kept in the text (en, where the
    document was ja)."""
    table = "".join(f"{label}\t{value}\n" for label, value in rows)
    text = (
        "Fisheries Enforcement Agreement\n"
        "From Wikipedia, the free encyclopedia\n"
        + table
        + "The Fisheries Enforcement Agreement is a treaty on joint inspections of fishing vessels.\n"
        "Background\n"
        "Talks on the agreement began after a dispute over a trawler in 2017.\n"
    )
    doc = parse_text(text)
    assert_offsets_valid(doc)
    assert doc.title == "Fisheries Enforcement Agreement"
    assert doc.authors == []
    assert doc.date is None
    for label, value in rows:
        assert f"{label}\t{value}" in doc.text


# -- two columns on a cover only -------------------------------------------------------------------------------------


def test_a_two_column_cover_with_hanging_items_is_read_column_by_column() -> None:
    """A cover whose right column's items wrap under their bullet, indented past the column's edge: the columns are
    read one after the other (the title whole, the summary's items in the text), and the full-width text after
    the cover keeps its own lines apart (a column's width does not make its short lines full ones)."""
    text = (
        "\n".join(
            [
                "WORKING PAPER                             IN BRIEF",
                "No. 7 | October 2024                      • Fishing fleets now report their",
                "                                            catches through one shared portal.",
                "Counting the Catch:                       • Inspections at sea doubled after",
                "Fisheries Data in the Pacific               the portal opened in 2022.",
                "                                          • Small states need help to keep",
                "Pacific Ocean Research Centre               the portal running.",
                "\fIntroduction",
                "Island states in the South Pacific share their fishing data through a regional agency.",
                "About the authors",
                "Mele Fifita is a research fellow at the Pacific Ocean Research Centre.",
                "Jack Dawson is a senior analyst at the Pacific Ocean Research Centre.",
            ]
        )
        + "\n"
    )
    doc = parse_text(text)
    assert_offsets_valid(doc)
    assert doc.title == "Counting the Catch: Fisheries Data in the Pacific"
    assert doc.authors == ["Mele Fifita", "Jack Dawson"]
    assert "Fishing fleets now report their" in doc.text
    assert [t for k, t in _furniture(doc) if k == "author-bio"][1:] == text.splitlines()[-2:]
