"""lay89 (fifty-eighth session), issue 12: a report's numbered paragraphs wrapped at the page's width, heads parted
by a page's turn, and (below) the tools rules. Every input is written here, in other words than the dev and parked
documents, with traps."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from allyscope import parse_text

_WRAPPED = """Annual review of port safety
I. Overview
1. Inspectors visited every container terminal on the coast during the year and
reported that most operators had brought their cranes and lighting up to the code.
2. Two terminals were closed for a week after inspectors found damaged mooring gear
and unlit walkways, and both reopened once the repairs had been checked on site.
II. Findings
3. Accidents on the quays fell for the second year, while near misses reported by
crews rose, which the inspectors read as a sign that crews now report more often.
"""


def _heads(text: str) -> list[tuple[str, str]]:
    return [(h.label, h.title) for h in parse_text(text).headings]


def test_numbered_paragraphs_wrapped_at_the_width_are_no_heads() -> None:
    assert _heads(_WRAPPED) == [("I", "Overview"), ("II", "Findings")]
    doc = parse_text(_WRAPPED)
    assert "1. Inspectors visited every container terminal on the coast during the year and reported" in doc.text


def test_a_short_numbered_head_over_its_text_stays_a_head() -> None:
    text = """Annual review of port safety
1. Overview
Inspectors visited every container terminal on the coast during the year and
reported that most operators had brought their cranes and lighting up to the code.
2. Findings
Accidents on the quays fell for the second year, while near misses reported by
crews rose, which the inspectors read as a sign that crews now report more often.
"""
    assert _heads(text) == [("1", "Overview"), ("2", "Findings")]


def test_a_wide_head_wrapped_onto_a_short_line_stays_a_head() -> None:
    # the head's second line is short and ends no sentence: a head wrapped, not a paragraph
    text = """Annual review of port safety
1. Inspection of container terminals, bulk cargo quays and passenger piers along
the coast
Inspectors visited every container terminal on the coast during the year and
reported that most operators had brought their cranes and lighting up to the code.
2. Findings
Accidents on the quays fell for the second year, while near misses reported by
crews rose, which the inspectors read as a sign that crews now report more often.
"""
    labels = [label for label, _ in _heads(text)]
    assert labels == ["1", "2"]


_TURN = """Report of the harbour board
I. Work of the board
A. Dredging
The board dredged the outer channel twice, in spring and in autumn, to keep its depth.
- 2 -
B. Pilotage
Pilots guided more ships into the port than in any year before, most of them at night.
C. Moorings
New mooring buoys were laid in the anchorage, each of them checked by divers.
- 3 -
"""


def test_heads_parted_by_a_page_turn_are_no_list() -> None:
    dredged = "The board dredged the outer channel twice, in spring and in autumn, to keep its depth.\n"
    heads = _heads(_TURN.replace(dredged, ""))
    assert ("A", "Dredging") in heads and ("B", "Pilotage") in heads  # `A.` empty at a page's foot, `B.` next


def test_a_list_running_over_a_page_turn_stays_a_list() -> None:
    text = """Report of the harbour board
The board set itself three tasks for the year, which it reports on below in turn.
1. dredge the outer channel
2. renew the pilots' launches
- 2 -
3. lay new mooring buoys
The first two were done by the summer, the third by the end of the year.
- 3 -
"""
    assert _heads(text) == []


_WORDS = st.lists(
    st.sampled_from(["survey", "teams", "reported", "the", "coast", "during", "inspection", "and", "of", "ports"]),
    min_size=30,
    max_size=30,
)
_FULL = [  # lines of 78 to 81 characters: the page's width
    "Inspectors visited every container terminal on the coast during the year and",
    "reported that most operators had brought their cranes and lighting up to code.",
    "Accidents on the quays fell for the second year, while near misses reported by",
    "crews rose, which the inspectors read as a sign that crews now report more often.",
]


def _fill(words: list[str], width: int) -> str:
    line = ""
    for word in words:
        if len(line) + 1 + len(word) > width:
            break
        line = f"{line} {word}" if line else word
    return line


@settings(max_examples=40, deadline=None)
@given(first=_WORDS, second=_WORDS, number=st.integers(min_value=1, max_value=40), width=st.integers(76, 80))
def test_a_numbered_line_running_on_in_lower_case_at_full_width_is_no_head(
    first: list[str], second: list[str], number: int, width: int
) -> None:
    head = _fill([f"{number}.", "Inspection", *first], width)
    rest = _fill(second, width)
    assume(len(head) >= 74 and len(rest) >= 74)  # nine tenths of the page's width or more
    text = "\n".join(["Annual review", *_FULL, head, rest, rest + ".", *_FULL]) + "\n"
    doc = parse_text(text)
    assert doc.headings == [] or all(not h.title.startswith("Inspection") for h in doc.headings)
    assert head in doc.text


def _spans(text: str, kind: str) -> list[str]:
    doc = parse_text(text)
    return [doc.span_text(s) for s in doc.spans if s.kind == kind]


_COLUMN_PAGE = """海港区人民政府外事侨务办公室
首页　|　外事动态　|　侨务工作　|　国际交流　|　办事指南
当前位置：首页 > 国际交流 > 交流活动
国际交流
友好港口
交流活动
新西兰纳皮尔港口代表团来访
发布日期：2024-09-03
9月2日，新西兰纳皮尔港口代表团一行四人来访，区领导会见了代表团，双方就港口物流和职业培训合作交换了意见。
代表团还参观了区内两所职业院校。
版权所有：海港区人民政府外事侨务办公室
"""


def test_a_column_list_under_the_trail_is_navigation() -> None:
    doc = parse_text(_COLUMN_PAGE)
    assert doc.title == "新西兰纳皮尔港口代表团来访"
    navigation = _spans(_COLUMN_PAGE, "navigation")
    assert {"国际交流", "友好港口", "交流活动"} <= set(navigation)
    assert doc.authors == []


def test_what_is_no_column_list() -> None:
    # the trail's last step alone over the title: the page's kicker, as before (no list runs from an earlier step)
    alone = _COLUMN_PAGE.replace("国际交流\n友好港口\n交流活动\n", "交流活动\n")
    assert "交流活动" not in _spans(alone, "navigation") or parse_text(alone).title == "新西兰纳皮尔港口代表团来访"
    # short lines that never reach the trail's last step: no column's list taken by this reading
    open_run = _COLUMN_PAGE.replace("国际交流\n友好港口\n交流活动\n", "国际交流\n友好港口\n")
    assert "友好港口" not in _spans(open_run, "navigation") or "友好港口" in _spans(_COLUMN_PAGE, "navigation")


_MAIL = """Harbour Club Bulletin
Bulletin 12 - March 2025

Dear members,

Here is the news of the month: new moorings in the inner basin and the
plans for the spring regatta, with a word on the club's annual dinner.

------------------------------------------------------------

NEW MOORINGS IN THE INNER BASIN

Twelve new moorings were laid in the inner basin this winter, each of
them for a boat of up to ten metres, and they will be let from April.
Details: https://harbourclub.example.org/moorings

------------------------------------------------------------

SPRING REGATTA

The regatta will be sailed on the first Saturday of April, weather
permitting, with a briefing for skippers at eight in the morning.

------------------------------------------------------------
If you no longer wish to receive this bulletin, write to the secretary.
Harbour Club, 1 Quay Road, Nelson 7010, New Zealand
"""


def test_a_rule_between_empty_lines_ends_a_section_of_a_mail() -> None:
    doc = parse_text(_MAIL)
    assert [h.title for h in doc.headings] == ["NEW MOORINGS IN THE INNER BASIN", "SPRING REGATTA"]
    assert "If you no longer wish to receive this bulletin, write to the secretary." in _spans(_MAIL, "disclaimer")


def test_a_rule_under_the_text_over_notes_parts_no_sentence() -> None:
    # a word processor's rule right under the text's last line (no empty line): the sentence goes on over the notes
    text = """Ports and alliances
The navy's visits to the port grew in number after the agreement was signed.1
Most of them were made by frigates and supply ships, which called at the port
__________
1 Ministry of Defence, Annual Report 2019, p. 4.
- 2 -
on their way to exercises in the south and stayed for two or three days.
- 3 -
"""
    assert "called at the port on their way to exercises" in parse_text(text).text


def test_unsubscribe_sentences_and_their_traps() -> None:
    from allyscope.layout.furniture import furniture_kind

    assert furniture_kind("To unsubscribe from this newsletter, click the link below.") == "disclaimer"
    assert furniture_kind("If you would rather not receive our e-mails, reply with STOP.") == "disclaimer"
    assert furniture_kind("To stop receiving Russian gas, the country built a terminal on its coast.") is None
    assert furniture_kind("If you do not wish to receive visitors, tell the reception desk.") is None


def test_counters_and_meters_alone_are_tools() -> None:
    from allyscope.layout.furniture import furniture_kind

    for line in (
        "Downloads: 3,512",  # a journal page's counter in other words than the dev page's
        "Likes 1.4K",
        "いいね 203",
        "贊同 56",
        "1,208 個回答",
        "12次轉發",
        "2,900 reads",
        "瀏覽 8.6萬",
        "殘り1530文字（全文2200文字）",
        "展開剩餘 65%",
        "Progress: 42%",
        "Listen to the story | 7:40",
        "再生　01:12 / 12:05",
        "剩餘 約8分鐘",
    ):
        assert furniture_kind(line) == "tools", line


def test_what_is_no_counter_nor_meter() -> None:
    from allyscope.layout.furniture import furniture_kind

    assert furniture_kind("Citations 2019") is None  # a year is no count: a head over a year's list
    assert furniture_kind("The page had 3,400 views in its first week.") is None  # a sentence
    assert furniture_kind("Progress") is None  # a word without its amount: a head
    assert furniture_kind("Progress in the talks") is None
    assert furniture_kind("Views of the delegations on the draft") is None
    assert furniture_kind("2024 年") is None


@settings(max_examples=60, deadline=None)
@given(
    word=st.sampled_from(["Views", "Likes", "赞同", "スキ", "好問題", "閱讀"]),
    count=st.integers(min_value=0, max_value=999_999).filter(lambda n: not 1900 <= n <= 2099),
    colon=st.sampled_from(["", ":", "："]),
    gap=st.sampled_from(["", " ", "\u3000"]),
)
def test_a_counted_word_and_its_count_are_tools(word: str, count: int, colon: str, gap: str) -> None:
    from allyscope.layout.furniture import furniture_kind

    assert furniture_kind(f"{word}{colon}{gap}{count:,}") == "tools"
    assert furniture_kind(f"The page counted {count:,} {word.lower()} by noon.") is None
