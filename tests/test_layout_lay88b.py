"""Fifty-seventh session (lay88b): a gazette's issue read by its issue row (its bracketed groups and circled
entries the heads, the row the issue's date, the masthead the title); writers each keyed by a sign of another kind
(`*`, `†`) over their affiliations, beside counted signs (`*`, `**`) keying notes; a treaty's capitals title
wrapped over lines with nothing under it; a numbered family's heads that the repetition pass took for a running
line; a done clause's day; a list's own item labels taken for markers; a notice's date over its signer; a clock
time in a sentence. Tested on text in other words than the dev documents, with traps."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout import dating
from allyscope.layout.affiliations import _shares_a_sign
from allyscope.layout.gazette_issue import issue_row
from allyscope.model import Document
from allyscope.structure.front import _in_capitals

_ISSUE = (
    "官報\n"
    "令和5年11月20日　月曜日　　号外第241号\n"
    "目　　次\n"
    "〔省令〕\n"
    "○船舶の検査に関する省令の一部を改正する省令（国土交通四八）……………１\n"
    "〔告示〕\n"
    "○漁業に関する協定の締結に関する件（外務四〇二）……………２\n"
    "〔省令〕\n"
    "○国土交通省令第四十八号\n"
    "　船舶の検査に関する省令の一部を改正する省令を次のように定める。\n"
    "　　令和五年十一月二十日\n"
    "　　　　　　　　国土交通大臣　田中　一郎\n"
    "　第二条中「五年」を「三年」に改める。\n"
    "〔告示〕\n"
    "○外務省告示第四百二号\n"
    "　漁業に関する協定が署名されたので告示する。署名は東京において行われた。\n"
    "　　令和五年十一月二十日\n"
    "　　　　　　　　外務大臣　佐藤　花子\n"
)


def _kinds(doc: Document) -> dict[str, str]:
    """Each span's text and its kind, the form every reading here is checked in."""
    return {doc.span_text(s): s.kind for s in doc.spans}


def test_a_gazette_issue_is_read_by_its_row() -> None:
    doc = parse_text(_ISSUE)
    assert doc.title == "官報"
    assert (doc.date, doc.date_source) == ("2023-11-20", "issue")
    assert [(h.level, h.title) for h in doc.headings] == [
        (1, "省令"),
        (2, "国土交通省令第四十八号"),
        (1, "告示"),
        (2, "外務省告示第四百二号"),
    ]
    assert "第二条中「五年」を「三年」に改める。" in doc.text  # the item's text, no head
    assert "国土交通大臣　田中　一郎" in doc.text


def test_bracketed_groups_without_the_row_are_no_gazette_heads() -> None:
    # the same groups and entries under a page's own title and date: no issue row, so no group is a head of it
    page = _ISSUE.replace("令和5年11月20日　月曜日　　号外第241号\n", "令和5年11月20日\n")
    doc = parse_text(page)
    assert ("省令" not in [h.title for h in doc.headings]) or doc.date_source != "issue"
    assert doc.date_source != "issue"


def test_circles_running_line_after_line_are_bullets_not_entries() -> None:
    text = _ISSUE.replace(
        "○外務省告示第四百二号\n",
        "○外務省告示第四百二号\n○対象となる水域\n○対象となる魚種\n　いずれも別表に定める。\n",
    )
    doc = parse_text(text)
    titles = [h.title for h in doc.headings]
    assert "対象となる水域" not in titles and "対象となる魚種" not in titles


def test_the_issue_row() -> None:
    assert issue_row("令和5年11月20日　月曜日　　号外第241号")
    assert issue_row("令和6年6月3日（月曜日）　第1246号")
    assert not issue_row("令和5年11月20日　月曜日")  # a date and its weekday: a dateline
    assert not issue_row("令和5年11月20日　月曜日　　第241号に掲載された告示による。")  # a sentence


@given(st.text(alphabet="令和年月日曜第号外 　0123456789火水木金土", max_size=40))
def test_an_issue_row_always_holds_a_number_and_a_weekday(text: str) -> None:
    if issue_row(text):
        assert "第" in text and "号" in text and "曜日" in text


def test_writers_keyed_by_signs_of_other_kinds_over_affiliations() -> None:
    text = (
        "Sensor Buoys for Small Ports: A Field Comparison\n"
        "\n"
        "Ana Ruiz*                 Tomas Vega†\n"
        "*Harbour Institute of Technology, Valparaiso, Chile\n"
        "†Coastal Research Laboratory, Callao, Peru\n"
        "\n"
        "Abstract—We compare three kinds of sensor buoy deployed in four small ports over one year.\n"
        "\n"
        "I. INTRODUCTION\n"
        "Small ports rarely afford the buoys that large ones use. We ask which cheaper kinds hold up at sea.\n"
    )
    doc = parse_text(text)
    assert doc.authors == ["Ana Ruiz", "Tomas Vega"]
    kinds = _kinds(doc)
    assert kinds["*Harbour Institute of Technology, Valparaiso, Chile"] == "affiliation"
    assert kinds["†Coastal Research Laboratory, Callao, Peru"] == "affiliation"
    assert not doc.footnotes


def test_which_signs_key_affiliations() -> None:
    assert _shares_a_sign("Ana Ruiz*   Tomas Vega†")  # a sign of its own kind each: keys, as digits are
    assert _shares_a_sign("Ana Ruiz*, Tomas Vega† and Lia Mora*")  # shared: keys
    assert _shares_a_sign("林志明＊")  # one writer's sign
    assert not _shares_a_sign("RUIZ*, VEGA** and MORA***")  # counted signs: a note system (the dev golds)
    assert not _shares_a_sign("山田太郎＊・鈴木花子＊＊")


def test_a_doi_after_its_label_and_a_space_is_an_identifier() -> None:
    text = (
        "Tide Gauges and Port Safety\n"
        "Ana Ruiz\n"
        "DOI 10.5555/HMW.2022.00042\n"
        "Small ports rarely afford the instruments that large ones use. This paper asks which cheaper ones last.\n"
    )
    doc = parse_text(text)
    kinds = _kinds(doc)
    assert kinds.get("DOI 10.5555/HMW.2022.00042") == "identifier"


_CONVENTION = (
    "CONVENTION BETWEEN THE GOVERNMENT OF THE ARGENTINE REPUBLIC AND THE GOVERNMENT\n"
    "OF THE REPUBLIC OF CHILE ON COOPERATION IN MARITIME SEARCH AND RESCUE\n"
    "The Government of the Argentine Republic and the Government of the Republic of Chile,\n"
    "Aware of the length of their common coasts,\n"
    "Have agreed as follows:\n"
    "Article 1\n"
    "Purpose\n"
    "The Parties shall cooperate in searching for and rescuing persons in distress at sea, whatever their "
    "nationality and wherever they are found in the waters of either Party.\n"
    "Article 2\n"
    "Centres\n"
    "Each Party shall name a rescue coordination centre, keep it staffed at every hour of the day and tell the other "
    "Party of any change in its address or its means of contact.\n"
    "Article 3\n"
    "Exercises\n"
    "The centres shall hold a joint exercise every year, in the waters of each Party by turns, and report on what it "
    "taught them to both Governments.\n"
    "Done at Buenos Aires on 3 March 2019, in two originals.\n"
    "For the Government of the Argentine Republic:\n"
    "For the Government of the Republic of Chile:\n"
)


def test_a_capitals_title_wrapped_with_nothing_under_it() -> None:
    doc = parse_text(_CONVENTION)
    assert doc.title == (
        "CONVENTION BETWEEN THE GOVERNMENT OF THE ARGENTINE REPUBLIC AND THE GOVERNMENT OF THE REPUBLIC OF CHILE "
        "ON COOPERATION IN MARITIME SEARCH AND RESCUE"
    )
    assert [(h.label, h.title) for h in doc.headings] == [("1", "Purpose"), ("2", "Centres"), ("3", "Exercises")]
    assert (doc.date, doc.date_source) == ("2019-03-03", "dateline")


def test_a_text_opening_in_mixed_case_keeps_no_capitals_title() -> None:
    # trap: the same text with its name in mixed case and run into the first sentence is no capitals title
    text = _CONVENTION.replace(
        "CONVENTION BETWEEN THE GOVERNMENT OF THE ARGENTINE REPUBLIC AND THE GOVERNMENT\n"
        "OF THE REPUBLIC OF CHILE ON COOPERATION IN MARITIME SEARCH AND RESCUE\n",
        "",
    )
    doc = parse_text(text)
    assert not doc.title.isupper()


def test_capitals() -> None:
    assert _in_capitals("AGREEMENT BETWEEN THE GOVERNMENT OF A AND THE GOVERNMENT OF B")
    assert not _in_capitals("NATO AND THE EU")  # a few words in capitals: acronyms, a label
    assert not _in_capitals("AGREEMENT BETWEEN THE GOVERNMENT OF A and the Government of B")


@given(st.lists(st.sampled_from(["THE", "SEA", "Treaty", "of", "AND", "PORT", "2019", "Accord"]), max_size=12))
def test_a_line_holding_a_word_in_lower_case_is_never_in_capitals(words: list[str]) -> None:
    text = " ".join(words)
    if any(w.isalpha() and not w.isupper() for w in words):
        assert not _in_capitals(text)


def test_a_done_clause_names_the_day_after_on() -> None:
    rules = dating.rules()
    assert dating._done_day("Done at Buenos Aires on 3 March 2019, in two originals.", rules) == "2019-03-03"
    assert dating._done_day("Done at Lima, this 5 June 2021, in duplicate.", rules) == "2021-06-05"
    assert dating._done_day("Done at Lima in June 2021.", rules) is None  # a month: no day to date it by


def test_a_second_list_numbered_alike_is_no_notes() -> None:
    text = (
        "調達公告\n"
        "　次のとおり調達を行います。\n"
        "１　調達の内容\n"
        "（１）件名は、巡視艇用の無線機の購入とする。\n"
        "（２）数量は、二十台とする。\n"
        "２　参加資格\n"
        "（１）国の競争参加資格を有する者であること。\n"
        "（２）過去三年間に同種の納入の実績がある者であること。\n"
        "３　提出先\n"
        "　書類は会計課に提出すること。\n"
    )
    doc = parse_text(text)
    assert not doc.footnotes
    assert "（２）過去三年間に同種の納入の実績がある者であること。" in doc.text
    assert [h.label for h in doc.headings] == ["１", "２", "３"]


def test_a_notice_closes_on_its_date_over_its_signer() -> None:
    text = (
        "調達公告\n"
        "　次のとおり調達を行います。\n"
        "１　調達の内容\n"
        "　巡視艇用の無線機二十台を購入する。\n"
        "２　提出先\n"
        "　書類は会計課に提出すること。\n"
        "　　令和5年9月1日\n"
        "　　　　分任支出負担行為担当官　海上保安庁総務部長\n"
    )
    doc = parse_text(text)
    kinds = _kinds(doc)
    assert kinds.get("令和5年9月1日") == "dateline"
    assert kinds.get("分任支出負担行為担当官　海上保安庁総務部長") == "affiliation"
    assert (doc.date, doc.date_source) == ("2023-09-01", "dateline")
    assert "令和5年9月1日" not in [h.title for h in doc.headings]


def test_a_clock_time_in_a_sentence_is_no_dateline() -> None:
    rules = dating.rules()
    assert dating._dateline("令和5年9月15日12時00分までに、書類を提出すること。", rules) is None
    assert dating._dateline("令和5年9月15日10時30分から、説明会を開く。", rules) is None
    assert dating._dateline("令和5年9月15日　10時30分", rules) is not None  # a dateline with its time


def test_a_hotline_named_before_its_number_is_contact() -> None:
    text = (
        "驻某国使馆提醒中国公民注意强降雨天气\n"
        "2024-07-02 09:15\n"
        "近日，当地多地出现强降雨。使馆提醒中国公民减少外出，注意人身安全。\n"
        "使馆领事保护电话：+00-1234-5678\n"
        "【打印本页】【关闭窗口】\n"
    )
    doc = parse_text(text)
    kinds = _kinds(doc)
    assert kinds.get("使馆领事保护电话：+00-1234-5678") == "contact"
    # trap: a sentence naming a hotline keeps its words as text
    said = "如遇紧急情况，请拨打使馆领事保护电话求助。\n"
    sentence = parse_text(text.replace("使馆领事保护电话：+00-1234-5678\n", said))
    assert "如遇紧急情况，请拨打使馆领事保护电话求助。" in sentence.text
