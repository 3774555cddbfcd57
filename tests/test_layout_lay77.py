"""lay77 (forty-sixth session): kinds of document the dev layout set held least (`tests/layouts/lay77_*`): a
Japanese ministry's press release dumped from PDF (numbered paragraphs `１　…` wrapped at the page's width and
running on over a page's number, a contact block last on a page over `- 2 -`), a debate record (members' labels in
capitals with their seat and party in brackets), a think tank's commentary page (a pull quote lifting a clause
from inside a sentence, a standfirst written as a sentence over a labelled byline and the date), and a Chinese
social-media copy (its `原创` header dated with 年月日, the writer named again under `作者：`). Each rule on text in
other words than the documents that showed the miss (other states, other years), with traps (lines that look
alike and must not change) and property tests where a line is parsed."""

from __future__ import annotations

from helpers import assert_offsets_valid
from helpers import outside_front_and_body as _furniture
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.headings import opens_spaced_item
from allyscope.layout.page_furniture import decorated_page_number
from allyscope.layout.tables import speaker_label

# --- numbered paragraphs of a Japanese official document (headings.json 'spaced_item') -----------------------


def test_spaced_item() -> None:
    assert opens_spaced_item("１　本12日、東京において")
    assert opens_spaced_item("１２　また、両大臣は")
    # traps: a wrapped line opening with a full-width year, a half-width digit, a number glued to its word
    assert not opens_spaced_item("２０２３年に署名された協定は")
    assert not opens_spaced_item("1　本12日")  # an ASCII digit opens a block by the older rule already
    assert not opens_spaced_item("３か国目である。")
    assert not opens_spaced_item("")


@given(st.text(alphabet="０１２３４５６７８９年月日に協定", min_size=1, max_size=12))
def test_a_full_width_number_without_a_wide_space_opens_no_item(text: str) -> None:
    """Property: full-width digits and words with no ideographic space after the number open no numbered paragraph."""
    assert not opens_spaced_item(text)


_RELEASE = (
    "報道発表\n"
    "令和5年11月4日\n"
    "防衛省\n"
    "日豪防衛相会談の結果について\n"
    "１　本4日、メルボルンにおいて、日豪防衛相会談が行われたところ、概要は以\n"
    "下のとおりです。両大臣は、円滑化協定の発効後初めてとなる共同訓練の成果\n"
    "を確認しました。\n"
    "２　両大臣は、北部豪州における共同訓練の拡大について意見を交換し、今後\n"
    "も連携を深めていくことで一致しました。\n"
    "- 1 -\n"
    "３　両大臣は、次回の会談を東京で行うことを確認しました。\n"
    "以上\n"
    "【問い合わせ先】\n"
    "防衛政策局国際政策課\n"
    "電話：03-0000-0000（代表）\n"
    "- 2 -\n"
)


def test_a_release_dumped_from_pdf() -> None:
    doc = parse_text(_RELEASE)
    assert doc.title == "日豪防衛相会談の結果について"
    assert "概要は以下のとおりです。" in doc.text  # the wrapped lines joined with nothing between them
    assert "一致しました。\n３　両大臣は" in doc.text  # a finished paragraph over the page's turn: the next one apart
    assert "- 1 -" not in doc.text and "- 2 -" not in doc.text
    assert ("contact", "電話：03-0000-0000（代表）") in _furniture(doc)
    assert all(text != "- 2 -" for _, text in _furniture(doc))
    assert_offsets_valid(doc)


def test_a_wrapped_line_opening_with_a_full_width_year_goes_on() -> None:
    doc = parse_text(
        "防衛省\n海上保安協力の現状\n"
        "両国の海上保安機関は、巡視船の供与や人材育成の分野で協力を重ねてきており、\n"
        "２０２３年には合同訓練を初めて実施した。今後は訓練の回数を増やすことが課\n"
        "題となる。\n"
    )
    assert "重ねてきており、２０２３年には" in doc.text


def test_decorated_page_number() -> None:
    assert decorated_page_number("- 2 -")
    assert decorated_page_number("― 23 ―")
    assert decorated_page_number("· 41 ·")
    # traps: a bare number, a contact's telephone line, a range in words
    assert not decorated_page_number("12")
    assert not decorated_page_number("電話：03-0000-0000")
    assert not decorated_page_number("2023-2024")


# --- a debate record's members in capitals with seat and party -----------------------------------------------


def test_members_labels_with_seat_and_party() -> None:
    assert speaker_label("MR OWEN TALBOT (Harrowgate East) (LD): Will the Minister say") is not None
    assert speaker_label("THE MINISTER FOR THE ARMED FORCES (MS JANE RIDLEY): The exercise") is not None
    # traps: an abbreviation glossed in brackets, a year in brackets, a name in mixed case with a bracket
    assert speaker_label("NATO (North Atlantic Treaty Organization): the alliance founded in 1949") is None
    assert speaker_label("The treaty (1951): a short history") is None
    assert speaker_label("MR OWEN TALBOT (Harrowgate East) (LD):") is None  # nothing said after the colon


@given(st.text(alphabet="abcdefghij (),.", min_size=1, max_size=40))
def test_a_label_in_lower_case_is_no_members(words: str) -> None:
    """Property: words in lower case before a bracket and a colon name no member."""
    assert speaker_label(f"the {words} (Seat): said") is None


def test_a_members_turn_after_a_column_number_starts_a_block() -> None:
    doc = parse_text(
        "Coast Guard Cooperation\n"
        "2.14 pm\n"
        "MR OWEN TALBOT (Harrowgate East) (LD): What steps have the Government taken to train coast guards in\n"
        "the Pacific?\n"
        "THE MINISTER FOR THE ARMED FORCES (MS JANE RIDLEY): We have sent two training teams this year, and a\n"
        "third will go in the spring.\n"
        "MR OWEN TALBOT: I thank the Minister for that answer, which will be welcome across the\n"
        "House.\n"
        "412\n"
        "MRS CARYS LLOYD (Pembroke Sands) (PC): Will the teams also visit the smaller island states?\n"
        "MS JANE RIDLEY: They will.\n"
    )
    assert "across the House.\nMRS CARYS LLOYD" in doc.text
    assert_offsets_valid(doc)


# --- a think tank's commentary page: pull quote and stopped standfirst -----------------------------------------

_COMMENTARY = (
    "Home / Analysis\n"
    "Why Small Navies Share Their Charts\n"
    "Survey data is cheap to copy and costly to collect, which makes it an easy thing to give away.\n"
    "By Marta Oliveira\n"
    "3 March 2022\n"
    "Hydrographic offices in the region have begun to trade survey data as a matter of routine. The\n"
    "practice costs them little, and it builds habits of cooperation that matter in a crisis.\n"
    '"A shared chart is a promise that nobody will be surprised."\n'
    "In that sense a shared chart is a promise that nobody will be surprised by what lies under the water.\n"
)


def test_a_pull_quote_lifting_a_clause_and_a_stopped_standfirst() -> None:
    doc = parse_text(_COMMENTARY)
    assert doc.title == "Why Small Navies Share Their Charts"
    assert doc.authors == ["Marta Oliveira"]
    furniture = _furniture(doc)
    assert ("subtitle", _COMMENTARY.split("\n")[2]) in furniture
    assert ("pull-quote", '"A shared chart is a promise that nobody will be surprised."') in furniture
    assert doc.date == "2022-03-03"
    assert_offsets_valid(doc)


def test_a_quotation_the_text_does_not_print_again_stays_text() -> None:
    doc = parse_text(
        "Why Small Navies Share Their Charts\n"
        "By Marta Oliveira\n"
        "3 March 2022\n"
        "The admiral put it plainly when asked about the programme last year.\n"
        '"Nobody in this region can afford to survey the sea twice."\n'
        "Her office has since shared every chart it made.\n"
    )
    assert not any(kind == "pull-quote" for kind, _ in _furniture(doc))


def test_a_stopped_paragraph_over_a_closing_byline_is_no_standfirst() -> None:
    doc = parse_text(
        "Patrol Boats Arrive in Apia\n"
        "Two patrol boats arrived in Apia this week, the first of four the programme will deliver.\n"
        "By Marta Oliveira\n"
    )
    assert not any(kind == "subtitle" for kind, _ in _furniture(doc))


# --- a social-media copy: the header dated with 年月日, the writer named twice ---------------------------------


def test_original_header_dated_in_characters_and_a_writer_named_twice() -> None:
    doc = parse_text(
        "原创 陈立群 边海观察 2023年09月12日 20:30 上海\n"
        "东盟海上合作的新动向\n"
        "作者：陈立群\n"
        "9月上旬，东盟领导人会议在雅加达举行，海上合作再次成为讨论的重点。\n"
        "各方同意继续推进相关磋商。\n"
    )
    assert doc.authors == ["陈立群"]
    assert ("dateline", "边海观察 2023年09月12日 20:30 上海") in _furniture(doc)
    assert doc.date == "2023-09-12"


def test_two_writers_stay_two() -> None:
    doc = parse_text(
        "东盟海上合作的新动向\n"
        "作者：陈立群、王海燕\n"
        "9月上旬，东盟领导人会议在雅加达举行，海上合作再次成为讨论的重点。\n"
    )
    assert doc.authors == ["陈立群", "王海燕"]


# --- a debate record's front and its running heads with the sitting's date ------------------------------------

_DEBATE = (
    "House of Lords\n"
    "Tuesday 7 March 2023\n"
    "Pacific Islands: Maritime Security\n"
    "3.05 pm\n"
    "LORD ASHWORTH (CB): To ask His Majesty's Government what support they give to coast guards in the Pacific\n"
    "islands, and how that support is shared with Australia and New Zealand.\n"
    "THE MINISTER OF STATE (LORD PENHALE): My Lords, we fund training for officers from several island states and\n"
    "work with both partners to avoid doing the same thing twice.\n"
    "7 MARCH 2023        Pacific Islands: Maritime Security\n"
    "LORD ASHWORTH: I thank the Minister. Will that training continue next year?\n"
    "LORD PENHALE: It will, and we hope to widen it.\n"
)


def test_a_debate_records_front_and_dated_running_head() -> None:
    doc = parse_text(_DEBATE)
    assert doc.title == "Pacific Islands: Maritime Security"
    assert doc.authors == []
    assert ("affiliation", "House of Lords") in _furniture(doc)
    assert "7 MARCH 2023" not in doc.text
    assert "twice.\nLORD ASHWORTH: I thank" in doc.text
    assert_offsets_valid(doc)


def test_a_timeline_entry_with_a_wide_gap_stays_text() -> None:
    doc = parse_text(
        "Pacific Islands: Maritime Security\n"
        "A timeline of the programme, year by year, as the ministry published it in its annual report.\n"
        "The programme grew slowly at first and then quickly once the first boats were delivered to partners.\n"
        "Several islands asked to join in its second year, and the ministry agreed to all of their requests.\n"
        "Training courses were held in Suva and in Honiara, each lasting about three weeks in the dry season.\n"
        "7 March 2023      Pacific Islands: Maritime Security review begins\n"
        "The review ended in the autumn.\n"
    )
    assert "Pacific Islands: Maritime Security review begins" in doc.text


@given(st.text(alphabet="abcdefgh :", min_size=1, max_size=30))
def test_a_dated_line_whose_words_name_no_front_line_stays(words: str) -> None:
    """Property: a date and words set apart by a wide gap are a running head only where the words are a front
    line's, whole."""
    from allyscope.layout.page_furniture import _running_head

    assert not _running_head(f"7 MARCH 2023      x{words}", ["Pacific Islands: Maritime Security"], [])


def test_a_title_naming_a_body_over_its_date_and_writer_keeps_its_place() -> None:
    doc = parse_text(
        "The Pacific Islands Forum\n"
        "12 May 2024\n"
        "Mere Vaka\n"
        "The forum's leaders met in Nuku'alofa and agreed to look again at how the region patrols its waters.\n"
        "They will meet again next year.\n"
    )
    assert doc.title == "The Pacific Islands Forum"


def test_book_review_in_title_case_is_a_doctype() -> None:
    doc = parse_text(
        "Book Review\n"
        "The Long Patrol: Coast Guards in the Pacific\n"
        "Mere Vaka\n"
        "This book traces how small island states built their coast guards after independence.\n"
    )
    assert ("doctype", "Book Review") in _furniture(doc)
    assert doc.title == "The Long Patrol: Coast Guards in the Pacific"


def test_an_office_in_capitals_opens_a_turn() -> None:
    doc = parse_text(
        "Coast Guard Cooperation\n"
        "2.14 pm\n"
        "THE MINISTER OF STATE FOR THE PACIFIC (MS JANE RIDLEY): We have sent two training teams this year.\n"
        "MR OWEN TALBOT (Harrowgate East) (LD): I thank the Minister for her answer.\n"
        "MS JANE RIDLEY: I am grateful to him.\n"
    )
    assert [t.speaker for t in doc.turns] == [
        "THE MINISTER OF STATE FOR THE PACIFIC (MS JANE RIDLEY)",
        "MR OWEN TALBOT (Harrowgate East) (LD)",
        "MS JANE RIDLEY",
    ]
