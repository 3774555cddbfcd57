"""Acts a careful reader counts that the extractor left out (issue 14, recall; branch rec42).

Each test names a pattern of the language, in sentences written for it (Uruguay, Paraguay, Ghana and Côte d'Ivoire,
not the pairs of the dev documents that showed the miss): a span counted from an act the text names (`a month after
the Athens visit`, `Two months after that state visit`), which counts from that act's date, not from the date told
last; an act told after a comma with a verb of signing that the cues lacked (`，…签下…合同`); troops sent, told in one
word (`，…派兵…`); an announcement of agreeing to sign an instrument after a visit (`，宣布同意…签订…`); and a piece
opening with a word of what came next (`、続いて…`, `，接着…`), an act of its own even of the same kind."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import stated_events
from hypothesis import given
from hypothesis import strategies as st

from allyscope.dates.named_act import counted_from_named_acts
from allyscope.dates.named_act import moved as _moved
from allyscope.dates.values import DateMention
from allyscope.extraction import extract_json

_events = stated_events


def _dates_of(events: list[tuple[str, str, str]], words: str) -> list[str]:
    return [date for date, _, sentence in events if words in sentence]


def test_a_span_after_a_named_act_counts_from_that_act_not_from_the_date_told_last(tmp_path: Path) -> None:
    text = (
        "MONTEVIDEO, 9 March 2025 — Paraguay's president held talks in Montevideo on Friday.\n\n"
        "His trip to Asunción on June 2, 2024 was the first by a Uruguayan leader in ten years.\n\n"
        "Navy officers trained together in October 2024, and three months after the Asunción trip the two "
        "ministries held border talks in Salto.\n"
    )
    events = _events(tmp_path, text)
    salto = _dates_of(events, "border talks in Salto")
    assert "2024-09" in salto  # June 2024 + three months
    assert "2025-01" not in salto  # not three months after October


def test_that_points_to_the_happening_told_last_even_a_paragraph_before(tmp_path: Path) -> None:
    text = (
        "Ministry of Foreign Affairs\nRegular briefing, Accra, 14 May 2024\n\n"
        "QUESTION: Côte d'Ivoire's president came to Accra last November. What followed?\n\n"
        "SPOKESPERSON: Six weeks after that visit, the two foreign ministers met in Abidjan.\n"
    )
    events = _events(tmp_path, text)
    assert _dates_of(events, "foreign ministers met in Abidjan") == []  # weeks need a day: November has none
    text = text.replace("last November", "on 20 November 2023").replace("Six weeks", "Two months")
    events = _events(tmp_path, text)
    assert _dates_of(events, "foreign ministers met in Abidjan") == ["2024-01"]


def test_a_span_after_an_act_with_no_date_before_it_dates_nothing() -> None:
    text = "Two months after the summit, the two sides met again."
    assert counted_from_named_acts(text, []) == []
    told = [DateMention(22, 31, "June 2022", "2022-06", "month", "absolute")]
    found = counted_from_named_acts("The summit was held in June 2022. " + text, told)
    assert [(m.edtf, m.precision, m.text) for m in found[1:]] == [("2022-08", "month", "Two months after the summit")]
    # a summit told only in another sentence than its date is not the one named
    told = [DateMention(12, 21, "June 2022", "2022-06", "month", "absolute")]
    assert counted_from_named_acts("They met in June 2022. A summit followed. " + text, told) == told


@given(
    st.integers(1990, 2030),
    st.integers(1, 12),
    st.integers(1, 28),
    st.sampled_from(["day", "week", "month", "year"]),
    st.integers(0, 40),
)
def test_counting_keeps_the_unit_s_precision(year: int, month: int, day: int, unit: str, count: int) -> None:
    moved = _moved(f"{year:04d}-{month:02d}-{day:02d}", unit, count)
    assert moved is not None
    edtf, precision = moved
    assert precision == {"day": "day", "week": "day", "month": "month", "year": "year"}[unit]
    assert re.fullmatch({"day": r"\d{4}-\d\d-\d\d", "month": r"\d{4}-\d\d", "year": r"\d{4}"}[precision], edtf)
    assert edtf >= f"{year:04d}"[: len(edtf)]  # never earlier than the act counted from
    # a month alone cannot move by days or weeks
    assert _moved(f"{year:04d}-{month:02d}", "week", count) is None


def test_a_signing_told_with_qian_xia_after_a_meeting_is_an_act_of_its_own(tmp_path: Path) -> None:
    text = (
        "巴拉圭与乌拉圭的防务合作\n\n2024年5月10日\n\n"
        "两国国防部长于2024年3月在亚松森会晤，乌拉圭部长签下两艘巡逻艇的采购合同。\n"
    )
    events = _events(tmp_path, text)
    assert sorted(t for d, t, s in events if d == "2024-03") == ["AGREE", "CONSULT"]


def test_troops_sent_in_one_word_after_a_request_is_an_act_of_its_own(tmp_path: Path) -> None:
    text = "加納與科特迪瓦關係\n\n2011年4月，科特迪瓦政府因選舉危機請求支援，加納隨即派兵協助維持邊境秩序。\n"
    events = _events(tmp_path, text)
    kinds = [t for d, t, s in events if d == "2011-04"]
    assert len(kinds) == 2 and "AID" in kinds  # the request, then the troops


def test_an_announced_agreement_to_sign_after_a_visit_is_a_second_act(tmp_path: Path) -> None:
    text = "烏拉圭與巴拉圭\n\n烏拉圭外交部長於2022年8月4日訪問亞松森，宣布同意與巴拉圭簽訂邊界河流管理協定。\n"
    events = _events(tmp_path, text)
    assert sorted(t for d, t, s in events if d == "2022-08-04") == ["AGREE", "CONSULT"]


def test_a_piece_opening_with_then_is_the_next_act_even_of_the_same_kind(tmp_path: Path) -> None:
    text = (
        "ガーナ・コートジボワール外相会談\n令和5年3月2日\n\n"
        "本日、ガーナ外相はコートジボワール外相と会談を行い、続いて両国の経済団体との昼食会を主催しました。\n"
    )
    events = _events(tmp_path, text)
    assert len(_dates_of(events, "昼食会")) == 2  # the talks, then the lunch
    # without a word of what came next, two meetings of one sentence stay one act (`会談を行い、協議した`)
    plain = text.replace("続いて両国の経済団体との昼食会を主催しました", "経済協力について協議しました")
    assert len(_dates_of(_events(tmp_path, plain), "経済協力")) == 1


def test_the_day_of_an_anniversary_counts_years_from_the_act_it_names(tmp_path: Path) -> None:
    text = (
        "加纳与科特迪瓦联合公报\n\n"
        "一、双方回顾，两国于1960年8月7日签署友好条约。条约签署四十周年当天，两国外长互致贺信。\n"
        "二、两国于1975年5月28日共同创建西非国家经济共同体。\n"
    )
    events = _events(tmp_path, text)
    assert _dates_of(events, "两国外长互致贺信") == ["2000-08-07"]


def test_an_anniversary_day_whose_act_the_text_never_dated_keeps_its_old_reading(tmp_path: Path) -> None:
    text = "加纳与科特迪瓦\n\n两国元首于2021年3月2日会晤。建交六十周年当日，两国外长互致贺信。\n"
    events = _events(tmp_path, text)
    # `建交` is dated nowhere: `当日` still counts from the day told last, as before
    assert _dates_of(events, "两国外长互致贺信") == ["2021-03-02"]


def test_a_table_row_dated_in_its_last_cell_is_no_dateline_and_its_same_day_is_its_own(tmp_path: Path) -> None:
    text = (
        "烏拉圭－巴拉圭關係\n\n兩國於1845年建交，邊界河流是雙邊關係的核心。\n\n== 年表 ==\n｜事件｜日期｜\n"
        "｜兩國簽署河流管理條約｜2011年5月9日｜\n"
        "｜巴拉圭總統訪問蒙特維多，河流管理條約同日生效｜2013年7月1日｜\n\n"
        "最後修訂於2024年3月5日\n"
    )
    path = tmp_path / "page.txt"
    path.write_text(text, "utf-8")
    data = extract_json(path)
    assert data["document"].get("date") != "2011-05-09"  # the first row is no date line of the page
    events = [(e["date"], e["mode"], e["evidence"]["text"]) for e in data["events"]]
    in_force = [(d, m) for d, m, s in events if "同日生效" in s]
    assert in_force and all(d == "2013-07-01" and m == "asserted" for d, m in in_force)


def test_acceding_to_a_request_is_an_act_beside_the_announcement_before_it(tmp_path: Path) -> None:
    text = (
        "ガーナとコートジボワールの協力\n\n"
        "2019年6月、ガーナ大統領のアビジャン訪問に合わせて、コートジボワール側は電力輸出の拡大を発表し、"
        "国境検問所の共同運営の要請にも応じた。\n"
    )
    events = _events(tmp_path, text)
    assert "AGREE" in [t for d, t, s in events if d == "2019-06"]


def test_a_handover_of_vessels_or_a_port_is_an_act(tmp_path: Path) -> None:
    text = "加纳与科特迪瓦\n\n2022年9月，加纳向科特迪瓦移交了两艘近海巡逻艇。\n"
    events = _events(tmp_path, text)
    assert [t for d, t, s in events if d == "2022-09"] == ["AID"]
    # a case handed to a court is no handover of equipment
    court = _events(tmp_path, "加纳与科特迪瓦\n\n2022年9月，加纳把边界争端移交国际法庭。\n")
    assert "AID" not in [t for d, t, s in court]
