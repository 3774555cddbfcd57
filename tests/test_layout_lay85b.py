"""lay85b (fifty-fourth session): lay84's parked kinds read by what marks each kind, never by moving where every
page's first date or repeated lines are read. A database record of an instrument is marked by its name field giving
the title again (`条约名称：<title>`, layout.json 'record_name'): its fields are its text, the signing field
('record_signed') its dateline. A legislature's bill is marked by its paper number (`院總第…號`, pages.json
'paper_numbers'): only there are a series mark and a page number printed twice, rising by one, page furniture; its
numbers and its numbering note (`（…起編號）`) are identifiers, the note dating nothing; an amendment's comparison
table heads its part (headings.json 'unnumbered_tails'); a cause holding a full stop is no title field. A gazette's
notice page is marked by its issue row (a date, the issue's number and the page, layout.json 'gazette_row') with a
notice's number line under it ('gazette_notice_number'): the masthead, category, office, number, title and the
action under it read by that shape (`structure/gazette.py`); facing heads numbered in five digits count pages only
where both print the same words (`layout/facing_heads.py`). Each on text in other words than the parked documents,
with traps."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.structure.gazette import gazette_row


def _spans(doc: object) -> list[tuple[str, str]]:
    return [(s.kind, doc.span_text(s)) for s in doc.spans]  # type: ignore[attr-defined]


# --- a database record of an instrument --------------------------------------------------------------------------

_JA_RECORD = """条約データ検索
トップ　|　二国間条約　|　多国間条約　|　検索
現在の位置：トップ > 二国間条約 > 条約の詳細
日本国とオーストラリアとの間の相互のアクセス及び協力の円滑化に関する協定
協定名：日本国とオーストラリアとの間の相互のアクセス及び協力の円滑化に関する協定
署名日：2022年1月6日
発効日：2023年8月13日
署名地：テレビ会議方式
相手国：オーストラリア
本文：
　日本国及びオーストラリアは、
　両国の部隊の間の協力を一層促進することを希望して、
　次のとおり協定した。
　第一条　この協定は、一方の締約国の部隊が他方の締約国を訪問する際の手続を定める。
　第二条　訪問部隊は、接受国の法令を尊重する。
"""


def test_a_records_name_field_opens_its_fields_which_are_its_text() -> None:
    doc = parse_text(_JA_RECORD)
    title = "日本国とオーストラリアとの間の相互のアクセス及び協力の円滑化に関する協定"
    assert doc.title == title
    spans = _spans(doc)
    assert ("dateline", "署名日：2022年1月6日") in spans
    assert ("paragraph", "発効日：2023年8月13日") in spans  # the entry into force: a fact of the record
    assert not any(kind == "subtitle" for kind, _ in spans)  # the name field again is no subtitle
    assert (doc.date, doc.date_source) == ("2022-01-06", "dateline")
    assert "協定名：日本国とオーストラリア" in doc.text


def test_trap_a_name_field_naming_something_else_is_no_record() -> None:
    # the field under the title names another instrument: the page's front is read as before (a subtitle or text)
    text = _JA_RECORD.replace("協定名：日本国とオーストラリアとの間の", "関連協定名：日本国と英国との間の", 1)
    doc = parse_text(text)
    assert ("paragraph", "発効日：2023年8月13日") not in _spans(doc)


def test_trap_a_record_with_no_field_under_its_name_field_is_read_as_before() -> None:
    fields = "署名日：2022年1月6日\n発効日：2023年8月13日\n署名地：テレビ会議方式\n相手国：オーストラリア\n"
    text = _JA_RECORD.replace(fields, "")
    doc = parse_text(text)
    assert not any(kind == "dateline" for kind, _ in _spans(doc))


# --- a legislature's bill ------------------------------------------------------------------------------------------

_BILL = """立法院第10屆第7會期第4次會議議案關係文書
（中華民國41年9月起編號）
中華民國112年3月15日印發
院總第1554號　委員提案第10871號
案由：本院委員陳建宏等20人，為強化海域執法人員執行職務之保障，爰擬具「海岸巡防法第四條條文修正草案」。是否有當？敬請公決。
說明：
一、近年我國周邊海域之越界捕撈及海上衝突事件增加，第一線執法人員面臨之風險隨之升高。
二、現行條文對於執法人員使用器械之要件規定不足，爰增訂第二項，以資明確。
提案人：陳建宏　　李雅婷
連署人：王志明　　張淑華　　林家豪　　黃怡君　　吳宗翰　　劉怡如
　　　　蔡明哲　　鄭雅文　　許家豪　　謝佩君
委 45
海岸巡防法第四條條文修正草案對照表
修正條文
現行條文
說明
第四條　巡防機關執行職務時，得使用必要之器械。
前項器械之種類及使用要件，由主管機關定之。
第四條　巡防機關執行職務時，得使用必要之器械。
增訂第二項，明定器械使用之授權依據。
委 46
"""


def test_a_bills_numbers_note_and_print_date() -> None:
    doc = parse_text(_BILL)
    spans = _spans(doc)
    assert doc.title == "立法院第10屆第7會期第4次會議議案關係文書"
    assert ("identifier", "（中華民國41年9月起編號）") in spans
    assert ("identifier", "院總第1554號\u3000委員提案第10871號") in spans
    assert (doc.date, doc.date_source) == ("2023-03-15", "dateline")  # printed; the numbering's start dates nothing


def test_a_bills_comparison_table_heads_its_part_and_its_series_pages_are_dropped() -> None:
    doc = parse_text(_BILL)
    assert [(h.level, h.title) for h in doc.headings] == [(1, "海岸巡防法第四條條文修正草案對照表")]
    assert "委 45" not in doc.text and "委 46" not in doc.text
    assert "提案人：陳建宏" in doc.text and "增訂第二項，明定器械使用之授權依據。" in doc.text


def test_trap_series_pages_on_a_paper_no_legislature_numbers_stay_text() -> None:
    text = _BILL.replace("院總第1554號　委員提案第10871號\n", "")
    doc = parse_text(text)
    assert "委 45" in doc.text and "委 46" in doc.text


def test_trap_a_sentence_announcing_the_table_is_no_head_and_a_cause_without_a_stop_is_a_title() -> None:
    announced = "修正內容詳如海岸巡防法第四條條文修正草案對照表。\n"
    doc = parse_text(_BILL.replace("海岸巡防法第四條條文修正草案對照表\n", announced))
    assert not doc.headings
    form = "\n".join(
        [
            "質詢",
            "題目：有關海岸巡防機關執法器械使用規範之檢討",
            "質詢委員：陳建宏",
            "答復日期：112年3月20日",
            "一、本署已檢討相關規定。",
        ]
    )
    assert parse_text(form).title == "有關海岸巡防機關執法器械使用規範之檢討"


def test_trap_a_bracketed_date_with_no_numbering_note_still_dates() -> None:
    doc = parse_text("海域安全情勢評估\n（2024年3月）\n近年周邊海域之情勢變化迅速，本文評估其影響。\n")
    assert doc.date == "2024-03"


# --- an official gazette's notice page --------------------------------------------------------------------------

_GAZETTE = """THE EDINBURGH GAZETTE
Published by Authority
Established 1699
Friday 3 May 2024        Issue No. 29012        Page 11811
Environment
Scottish Government Marine Directorate
Notice ID: 4598123        Notice code: 1101
THE MARINE WORKS (NORTHERN APPROACHES) DESIGNATION ORDER 2024
Designation order
Notice is hereby given that the Scottish Ministers have made an order designating the northern approaches \
as an area in which marine works require consent.
The order comes into force on 1 June 2024 and applies to every vessel engaged in dredging, cable laying or \
the placing of moorings in the area.
11812                THE EDINBURGH GAZETTE, 3 MAY 2024
The area is set out in the Schedule to the order, which may be inspected at the offices of the Directorate.
Anyone wishing to make representations may write to the Directorate by 31 May 2024.
THE EDINBURGH GAZETTE, 3 MAY 2024                11813
A copy of the order may be obtained free of charge from the address below.
Morag Campbell
Head of Licensing, Marine Directorate
Victoria Quay, Edinburgh
29 April 2024
(4598123)
"""


def test_a_gazette_notices_front_read_by_its_issue_row() -> None:
    doc = parse_text(_GAZETTE)
    spans = _spans(doc)
    assert doc.title == "THE MARINE WORKS (NORTHERN APPROACHES) DESIGNATION ORDER 2024"
    assert not doc.authors
    for kind, line in (
        ("journal", "THE EDINBURGH GAZETTE"),
        ("journal", "Published by Authority"),
        ("journal", "Established 1699"),
        ("doctype", "Environment"),
        ("affiliation", "Scottish Government Marine Directorate"),
        ("identifier", "Notice ID: 4598123        Notice code: 1101"),
        ("subtitle", "Designation order"),
        ("identifier", "(4598123)"),
    ):
        assert (kind, line) in spans, (kind, line)
    assert (doc.date, doc.date_source) == ("2024-05-03", "issue")
    assert "THE EDINBURGH GAZETTE, 3 MAY 2024" not in doc.text  # its facing heads, numbered over the year
    assert "Morag Campbell" in doc.text and "29 April 2024" in doc.text


def test_trap_a_newsletters_issue_line_and_a_row_with_no_notice_number_are_no_gazette() -> None:
    assert not gazette_row("Issue 37 · May 2024")
    assert not gazette_row("Friday 3 May 2024        Issue No. 29012")
    doc = parse_text(_GAZETTE.replace("Notice ID: 4598123        Notice code: 1101\n", ""))
    assert doc.title != "THE MARINE WORKS (NORTHERN APPROACHES) DESIGNATION ORDER 2024" or not any(
        kind == "doctype" and text == "Environment" for kind, text in _spans(doc)
    )


def test_trap_five_digit_edge_numbers_beside_different_words_stay_text() -> None:
    lines = [
        "Harbour Security Review",
        "A short study of port security.",
        "The first paragraph runs on about the ports and their approaches, with enough words to fill a line.",
        "12034        Shipping lanes in the northern approaches",
        "The second paragraph runs on about the lanes and the traffic in them, with enough words for a line.",
        "More text follows here so that the two numbered lines stand a page apart from each other in the file.",
        "Pilotage and the approaches to the harbour        12035",
        "The last paragraph closes the study with a sentence about what comes next for the ports.",
    ]
    doc = parse_text("\n".join(lines) + "\n")
    assert "12034" in doc.text and "12035" in doc.text


@given(
    st.text(alphabet="abcdefghij klmnopqrstuvwxyzABCDEFGHIJ0123456789,.", min_size=0, max_size=40),
    st.integers(min_value=1, max_value=99999),
)
def test_a_row_with_no_page_field_is_never_a_gazettes_issue_row(words: str, number: int) -> None:
    assert not gazette_row(f"Friday 3 May 2024        Issue No. {number}        {words}".rstrip()) or (
        words.strip().lower().startswith(("page", "p."))
    )


@given(st.text(alphabet="海岸巡防法第四條例草案修正", min_size=2, max_size=12))
def test_a_sentence_ending_on_a_stop_is_never_a_comparison_tables_head(name: str) -> None:
    doc = parse_text(f"標題\n{name}對照表如下。\n第一段的文字很長，說明本案的背景與理由，並無其他內容。\n")
    assert not doc.headings


def test_a_notices_schedule_heads_its_particulars() -> None:
    rows = "SCHEDULE\nParticular                Detail\nArea                      The northern approaches\n"
    copy = "A copy of the order may be obtained"
    doc = parse_text(_GAZETTE.replace(copy, rows + copy))
    assert [(h.level, h.title) for h in doc.headings] == [(1, "SCHEDULE")]
    assert "Area                      The northern approaches" in doc.text
    doc = parse_text(_GAZETTE.replace(copy, "The schedule to the order sets out the area.\n" + copy))
    assert not doc.headings


# --- the asker of a written question under a form's title field (the lead's convention) ---------------------------

_ZH_REPLY = """立法委員書面質詢答復
題目：有關近海漁船越界作業之執法情形
質詢委員：王麗華
答復機關：海洋委員會海巡署
答復日期：2024年6月3日
一、本署已加強重點海域之巡查，今年上半年共查處越界作業漁船十二艘。
二、本署將持續與相關部會協調，完善聯合執法機制。
三、本署將適時向漁民團體說明執法情形，並宣導相關規定。
"""


def test_the_asker_under_a_title_field_is_the_byline() -> None:
    doc = parse_text(_ZH_REPLY)
    assert doc.title == "有關近海漁船越界作業之執法情形"
    assert doc.authors == ["王麗華"]
    assert doc.date == "2024-06-03"


def test_trap_an_investigating_member_and_an_answering_body_are_no_byline() -> None:
    doc = parse_text(_ZH_REPLY.replace("質詢委員：王麗華", "調查委員：王麗華"))
    assert doc.authors == []
    assert "調查委員：王麗華" in doc.text


@given(st.text(alphabet="王李張陳林黃麗華建國明", min_size=2, max_size=3))
def test_any_askers_name_under_the_title_field_is_the_author(name: str) -> None:
    assert parse_text(_ZH_REPLY.replace("王麗華", name)).authors == [name]


# --- a parliament's question on notice (lay74's en page) ----------------------------------------------------------

_QON = """Senate Foreign Affairs, Defence and Trade Legislation Committee
Supplementary Budget Estimates 2023–24
Foreign Affairs and Trade Portfolio
Question No: SQ23-001245
Topic: Pacific Maritime Security Program
Asked by: Senator Jane Mitchell
Type of question: Spoken, Hansard page 54
Date set by the committee for the return of answer: 1 December 2023
Question:
How many patrol boats have been handed over under the program this year?
Answer:
Two Guardian-class patrol boats were handed over in 2023, to Tuvalu and to Timor-Leste.
"""


def test_a_question_on_notice_is_read_by_its_number_and_topic_lines() -> None:
    doc = parse_text(_QON)
    assert doc.title == "Pacific Maritime Security Program"
    assert doc.authors == ["Senator Jane Mitchell"]
    assert (doc.date, doc.date_source) == ("2023-12-01", "dateline")
    spans = _spans(doc)
    for kind, line in (
        ("affiliation", "Senate Foreign Affairs, Defence and Trade Legislation Committee"),
        ("doctype", "Supplementary Budget Estimates 2023–24"),
        ("affiliation", "Foreign Affairs and Trade Portfolio"),
        ("identifier", "Question No: SQ23-001245"),
        ("doctype", "Type of question: Spoken, Hansard page 54"),
    ):
        assert (kind, line) in spans, (kind, line)
    assert "How many patrol boats" in doc.text and "Two Guardian-class patrol boats" in doc.text


def test_trap_a_topic_line_with_no_question_number_stays_a_tag_line() -> None:
    doc = parse_text(_QON.replace("Question No: SQ23-001245\n", ""))
    assert doc.title != "Pacific Maritime Security Program"
    assert ("tags", "Topic: Pacific Maritime Security Program") in _spans(doc)


def test_trap_a_question_number_with_no_topic_under_it_names_no_title() -> None:
    doc = parse_text(_QON.replace("Topic: Pacific Maritime Security Program\n", ""))
    assert doc.title != "Pacific Maritime Security Program"


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=3, max_size=30).map(str.strip).filter(bool))
def test_any_topic_under_a_question_number_is_the_title(words: str) -> None:
    topic = "Maritime " + words
    assert parse_text(_QON.replace("Pacific Maritime Security Program", topic)).title == topic
