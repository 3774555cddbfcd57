"""Extraction on text it was not tuned on: each trap of issue 14 in sentences written for this test.

Every document here is made up for the test (facts of the field are public; the sentences are ours). A
document's own date is given as `Document.date`, set here directly (whether or not the
layout stage read one), so anchoring is tested with explicit inputs.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from click.testing import CliRunner

import allyscope
from allyscope.cli import main
from allyscope.dates import find_dates, read_dates
from allyscope.edtf import bounds
from allyscope.events import Event
from allyscope.model import Document
from allyscope.pipeline import analyse, parse_text


def _extract(body: str, date: str | None = None, title: str = "测试文档") -> Document:
    doc = parse_text(f"{title}\n\n{body}\n")
    if date is not None:
        doc = doc.evolve(date=date, date_source="dateline")
    return analyse(doc)


def _dated(doc: Document) -> list[tuple[str, str]]:
    return [(e.date, e.date_basis) for e in doc.events]


# --- dates: anchored like a careful reader -------------------------------------------------------------------


def test_a_yearless_english_date_takes_the_year_of_the_date_before_it() -> None:
    doc = _extract("The ministers met in Brussels in March 2021. On June 24, they signed a cyber defence pact.")
    assert ("2021-06-24", "previous-date") in _dated(doc)


def test_a_yearless_date_with_nothing_before_it_takes_the_document_date() -> None:
    doc = _extract("On Monday (15 April) the foreign ministers of Japan and Germany met in Berlin.", date="2024-04-20")
    assert _dated(doc) == [("2024-04-15", "document-date")]


def test_a_range_of_days_anchors_the_day_after_it() -> None:
    found = read_dates(
        "首相は昨年7月11、12日に会合に出席し、13日には協議に臨んだ。", document_date=allyscope_anchor("2024-12-01")
    )
    assert [d.edtf for d in found.mentions] == ["2023-07-11/2023-07-12", "2023-07-13"]


def test_relative_days_count_from_the_date_before() -> None:
    found = read_dates("2019年8月22日に決定し、翌日通告した。同月28日に発効した。Two days later they met.").mentions
    assert [(d.edtf, d.basis) for d in found] == [
        ("2019-08-22", "explicit"),
        ("2019-08-23", "relative"),
        ("2019-08-28", "relative"),
        ("2019-08-30", "relative"),
    ]


def test_today_and_a_weekday_count_from_the_document_date() -> None:
    anchor = allyscope_anchor("2022-10-22")  # a Saturday
    assert [d.edtf for d in read_dates("本日、協定に署名した。", document_date=anchor).mentions] == ["2022-10-22"]
    assert [d.edtf for d in read_dates("On Thursday the ministers met.", document_date=anchor).mentions] == [
        "2022-10-20"
    ]
    assert read_dates("本日、協定に署名した。").mentions == []  # no document date: nothing to count from


def test_the_document_date_gives_the_nearest_year() -> None:
    found = read_dates("12月，两国外长举行会谈。", document_date=allyscope_anchor("2024-01-10")).mentions
    assert [(d.edtf, d.basis) for d in found] == [("2023-12", "document-date")]


def test_a_bare_month_before_any_year_and_without_a_document_date_is_left_out() -> None:
    assert find_dates("1月，双方举行磋商。") == []
    doc = _extract("1月，两国防长举行会谈。2023年5月，日本与北约签署文件。")
    assert _dated(doc) == [("2023-05", "explicit")]


def test_this_year_and_last_year_count_from_the_document_date() -> None:
    doc = _extract(
        "今年3月、日本の外相がブリュッセルを訪問した。昨年、首相はNATO首脳会議に出席した。", date="2023-11-02"
    )
    assert [e.date for e in doc.events] == ["2023-03", "2022"]
    assert {e.date_basis for e in doc.events} == {"document-date"}
    assert _extract("今年3月，双方会谈。").events == ()  # no document date: nothing to count from


def test_chinese_numerals_in_a_date() -> None:
    found = find_dates("二〇一九年十二月三日，北约领导人在伦敦会晤。")
    assert [(d.edtf, d.precision) for d in found] == [("2019-12-03", "day")]
    assert [d.edtf for d in find_dates("二零二一年六月十四日")] == ["2021-06-14"]


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        ("1990年代，双方开始接触。", "199X"),
        ("In the 1980s the two sides first talked.", "198X"),
        ("2024年7月9日至11日，华盛顿峰会举行。", "2024-07-09/2024-07-11"),
        ("2024年7月9、10日，峰会举行。", "2024-07-09/2024-07-10"),
        ("Leaders met on 9–11 July 2024 in Washington.", "2024-07-09/2024-07-11"),
        ("Leaders met on July 9-11, 2024.", "2024-07-09/2024-07-11"),
        ("2022年秋，双方举行会谈。", "2022-23"),
        ("In the spring of 2019 the talks resumed.", "2019-21"),
        ("By mid-2022 the office was planned.", "2022"),
        ("2015年左右，合作扩大。", "2015~"),
        ("Around 2008 the dialogue deepened.", "2008~"),
        ("The FY2024 budget funds the office.", "2024"),
        ("令和6年度予算で措置された。", "2024"),
    ],
)
def test_date_forms_a_reader_knows(text: str, edtf: str) -> None:
    found = find_dates(text)
    assert found and found[0].edtf == edtf, [(d.text, d.edtf) for d in found]
    bounds(found[0].edtf)  # every value is one the store can bound


def test_a_range_of_years_that_opens_its_clause_dates_it() -> None:
    assert [(d.edtf, d.role) for d in find_dates("1992年から1993年にかけて、両国は共に活動した。")] == [
        ("1992/1993", "")
    ]
    assert [(d.edtf, d.role) for d in find_dates("Japanese engineers served there from 2002 to 2004.")] == [
        ("2002/2004", "")
    ]
    assert [d.role for d in find_dates("令和5年度から令和9年度までを対象とする計画")] == ["period", "period-end"]


def test_a_qualified_year_keeps_its_qualifier() -> None:
    mid = find_dates("in mid-2023")[0]
    assert (mid.edtf, mid.qualifier) == ("2023", "mid")
    assert find_dates("2010年左右")[0].qualifier == "approximate"


# --- spans that date no event --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("（共同社，2022年6月29日）", "citation"),
        ("as argued before (Tanaka, 2019, p. 4)", "citation"),
        ("新华社布鲁塞尔6月14日电", "dateline"),
        ("BRUSSELS, June 14 (Reuters) - Allies agreed", "dateline"),
        ("计划期为2023—2026年。", "period"),
        ("in the early 2000s", "period"),
        ("（2023—2026）", "period"),
        ("令和9年までに整備する。", "period-end"),
        ("重申1994年《公约》的地位。", "document"),
        ("今年年中以來，聯合飛行增加。", "period"),
        ("最終更新 2021年6月19日", "furniture"),
        ("The plan runs until 2027.", "period-end"),
    ],
)
def test_dates_that_date_no_event(text: str, role: str) -> None:
    found = read_dates(text, document_date=allyscope_anchor("2021-06-20")).mentions
    assert found and (found[0].role or ("document" if found[0].document else "")) == role, [
        (d.text, d.role) for d in found
    ]
    assert not found[0].dates_event


def test_captions_citations_and_periods_yield_no_events() -> None:
    doc = _extract(
        "图1 2022年6月，马德里峰会会场\n\n"
        "2022年6月，日本首相首次出席北约峰会（共同社，2022年6月30日）。\n\n"
        "该计划的实施期为2023—2026年。"
    )
    assert [(e.date, e.where) for e in doc.events] == [("2022-06", "body")]


def test_a_caption_joined_to_a_paragraph_states_no_event() -> None:
    doc = _extract("In 2019 Japan and NATO held talks in Tokyo.\nFigure 2. The talks in Tokyo, October 2019\n")
    assert [e.date for e in doc.events] == ["2019"]


def test_front_lines_are_read_and_a_date_alone_is_a_dateline() -> None:
    text = "发言人答问\n2022年6月30日\n问：日本首相29日出席北约峰会，有何评论？\n答：我们注意到有关报道。\n"
    doc = analyse(parse_text(text))
    assert [(e.date, e.date_basis) for e in doc.events] == [("2022-06-29", "document-date")]
    assert "person:kishida" in doc.events[0].actors  # Japan's prime minister in June 2022
    alone = [d for d in doc.dates if d.text == "2022年6月30日"]
    assert alone and alone[0].role == "dateline"


def test_a_line_no_span_covers_is_read() -> None:
    from allyscope.regions import regions

    doc = parse_text("标题\n\n正文第一段没有日期。\n")
    doc = doc.evolve(spans=tuple(s for s in doc.spans if s.kind != "paragraph"))  # as a misread layout leaves it
    assert [r.where for r in regions(doc)] == ["front"]


def test_an_abstract_is_read_and_marked() -> None:
    text = "题目\n\n摘要：2019年12月，北约伦敦峰会首次提及中国。\n\n关键词：北约；中国\n\n一、正文\n\n正文没有日期。\n"
    doc = analyse(parse_text(text))
    assert doc.abstract and [(e.date, e.where) for e in doc.events] == [("2019-12", "abstract")]


# --- entities across scripts and cases -----------------------------------------------------------------------


def test_all_capital_surnames_and_lower_case_names() -> None:
    g = allyscope_gazetteer()
    ids = [m.ids for m in g.match("KISHIDA Fumio met STOLTENBERG; the north atlantic treaty organization agreed.")]
    assert ("person:kishida",) in ids and ("person:stoltenberg",) in ids
    assert g.match("the us and turkey") == []  # an acronym and a one-word name in lower case are common words


def test_traditional_and_simplified_are_one_name() -> None:
    g = allyscope_gazetteer()
    simplified = {i for m in g.match("个别伙伴合作计划与北约秘书长") for i in m.ids}
    traditional = {i for m in g.match("個別夥伴合作計畫與北約秘書長") for i in m.ids}
    assert simplified == traditional and simplified


def test_a_blocked_word_does_not_swallow_a_longer_name() -> None:
    g = allyscope_gazetteer()
    for text in ("日本海上自衛隊の護衛艦が参加した。", "日本海上自卫队的护卫舰参加了演习。", "日本 海上自衛隊"):
        ids = [i for m in g.match(text) for i in m.ids]
        assert "force:jmsdf" in ids and ("JP" in ids or g.entity("force:jmsdf")["part_of"] == "JP"), text
    # a name that starts inside the blocked word and runs past it is taken whole, with the text before it
    found = g.match("在日本海上自卫队")
    assert found and found[-1].ids == ("force:jmsdf",)
    assert g.match("日本海で") == []


def test_a_generic_title_belongs_to_the_state_its_sentence_names() -> None:
    doc = _extract("2023年2月，英国首相访问北约总部。")
    event = doc.events[0]
    assert "GB" in event.actors and "JP" not in event.actors
    alone = _extract("2023年2月，首相访问北约总部。")
    assert "JP" not in alone.events[0].actors  # no state named: the title stays unresolved


def test_a_visitors_bare_title_in_the_host_capital_is_the_visitor() -> None:
    text = "Prime Minister Kishida flew to Europe in May 2023. The Prime Minister arrived in Paris on 3 May 2023."
    doc = _extract(text)
    arrival = next(e for e in doc.events if e.date == "2023-05-03")
    assert "JP" in arrival.actors and "person:kishida" in arrival.actors


def test_an_office_named_with_its_state_brings_in_its_holder() -> None:
    doc = _extract("2015年5月，日本外相访问北约总部。")
    assert "person:kishida" in doc.events[0].actors  # foreign minister 2012–2017


def test_a_pair_word_stands_for_the_two_parties_of_its_paragraph() -> None:
    doc = _extract("澳大利亚与日本的关系日益密切。2022年10月，两国在珀斯签署新的安全合作宣言。")
    assert {"AU", "JP"} <= set(doc.events[0].actors)


# --- events per clause ---------------------------------------------------------------------------------------


def test_english_cues_stand_between_word_boundaries() -> None:
    doc = _extract("In 2021 Japan and NATO held significant talks on the design of a new office.")
    assert [e.type for e in doc.events] == ["CONSULT"]


def test_coordinated_predicates_give_several_events() -> None:
    doc = _extract("2014年5月，日本首相访问北约总部，并签署了伙伴合作计划。")
    assert [e.type for e in doc.events] == ["CONSULT", "AGREE"]
    assert all(e.date == "2014-05" for e in doc.events)


def test_will_of_a_later_verb_does_not_make_a_signing_planned() -> None:
    doc = _extract("In July 2023 Japan and NATO signed a new programme that will run for four years.")
    assert [e.mode for e in doc.events] == ["asserted"]
    planned = _extract("In 2025 Japan and NATO will sign a new programme.")
    assert [e.mode for e in planned.events] == ["planned"]


# --- bad input -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "这里没有任何日期，也没有事件。",
        "2023年7月12日 2023年7月13日 2023年7月14日",
        "2023年13月45日，双方签署文件。令和99年、首相が訪問した。",
        "Mixed 日本 text 與北約 and ロシア 2023 年 7 月 signed\x00 with NUL\x00 bytes.",
    ],
)
def test_bad_input_raises_nothing_and_stores_no_impossible_date(body: str) -> None:
    doc = _extract(body)
    for event in doc.events:
        bounds(event.date)
    for mention in doc.dates:
        bounds(mention.edtf)


def test_impossible_dates_become_warnings_in_the_json(tmp_path: Any) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("标题\n\n2023年13月45日，双方签署文件。令和99年，首相访问。\n", "utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["events"] == []
    assert len(data["warnings"]) == 2 and all("is not a date" in w for w in data["warnings"])


def test_a_hundred_thousand_dates_are_read() -> None:
    text = "，".join(f"{2000 + i % 25}年{1 + i % 12}月" for i in range(100_000))
    found = find_dates(text)
    assert len(found) == 100_000


# --- one pipeline, one public API ----------------------------------------------------------------------------


def test_the_public_api_gives_the_document_with_its_entities_and_events() -> None:
    doc = allyscope.extract("标题\n\n2023年7月12日，日本与北约发表联合声明。\n")
    assert isinstance(doc, allyscope.Document) and doc.extracted
    assert all(isinstance(e, Event) for e in doc.events) and doc.events[0].date == "2023-07-12"
    assert {i for m in doc.entities for i in m.ids} >= {"JP", "NATO"}
    assert allyscope.parse_text("标题\n\n正文。\n").events == ()  # parsing alone extracts nothing


def allyscope_anchor(value: str) -> Any:
    from allyscope.dates import anchor_of

    return anchor_of(value)


def allyscope_gazetteer() -> Any:
    from allyscope.entities import gazetteer

    return gazetteer()


# --- property tests ------------------------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(
    [
        "年",
        "月",
        "日",
        "至",
        "、",
        "，",
        "。",
        "同年",
        "今年",
        "昨年",
        "令和",
        "平成",
        "世纪",
        "年代",
        "初",
        "起",
        "十",
        "二",
        "〇",
        "一",
        "三",
        " ",
        "-",
        "–",
        "(",
        ")",
        "（",
        "）",
        "Jan.",
        "June",
        "May",
        "spring",
        "mid-",
        "since",
        "until",
        "FY",
        "the early",
        "s",
        "\x00",
        "日本",
        "北約",
        "北约",
        "首相",
        "KISHIDA",
        "NATO",
    ]
)
_TEXTS = st.lists(st.one_of(_PIECES, st.integers(0, 3000).map(str), st.text(max_size=3)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS, st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_any_text_gives_dates_the_store_can_bound(text: str, document: str | None) -> None:
    reading = read_dates(text, document_date=allyscope_anchor(document) if document else None)
    previous = -1
    for mention in reading.mentions:
        assert 0 <= mention.start < mention.end <= len(text) and mention.start >= previous
        assert text[mention.start : mention.end] == mention.text
        assert mention.basis in ("explicit", "era", "relative", "previous-date", "document-date")
        bounds(mention.edtf)  # never an impossible date
        previous = mention.start
    assert all("is not a date" in w for w in reading.warnings)


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_any_text_gives_entity_mentions_that_point_at_their_words(text: str) -> None:
    g = allyscope_gazetteer()
    found = g.match(text)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    for m in found:
        assert text[m.start : m.end] == m.alias and all(i in g.entities for i in m.ids)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["JP", "NATO", "person:kishida", "programme:ipcp", "force:jmsdf", "institution:nac", "DE"]))
def test_every_alias_in_either_script_finds_its_entity(ident: str) -> None:
    from allyscope.scripts import to_simplified

    g = allyscope_gazetteer()
    for alias in (a for names in g.entity(ident)["aliases"].values() for a in names if len(a) >= 2):
        for form in {alias, to_simplified(alias)}:
            ids = {i for m in g.match(f"（{form}）") for i in m.ids}
            assert ids, (ident, form)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_any_text_extracts_without_exception(text: str) -> None:
    doc = allyscope.extract("标题\n\n" + text)
    for event in doc.events:
        bounds(event.date)
        assert doc.text[event.evidence.start : event.evidence.end] == event.evidence.text
