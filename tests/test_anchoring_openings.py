"""Dates anchored where a paragraph or a chronology's block opens (issue 14, recall on text not tuned on).

A relative day word opening a paragraph (`次日，…`, `次年…`, `前日には…`) counts from the date told before the
paragraph, and a chronology's year lines (`2018年` over `12月1日　…`), however many share their shape, head the
lines under them rather than being read as a running header. Written in other words than the dev documents these
rules came from."""

from __future__ import annotations

from pathlib import Path

from allyscope.dates.reading import read_dates
from allyscope.dates.values import Anchor
from allyscope.extraction import extract_json


def _read(text: str, previous: Anchor) -> list[tuple[str, str]]:
    reading = read_dates(text, None, Anchor(2025, 6, 30), previous, str(previous.year))
    return [(m.text, m.edtf) for m in reading.mentions]


def test_a_next_day_word_opening_a_paragraph_counts_from_the_date_before_it() -> None:
    told = Anchor(2019, 3, 31)
    assert _read("次日，两国外长在河内签署了合作备忘录。", told) == [("次日", "2019-04-01")]
    assert _read("次日，兩國國防部長舉行會談。4月3日，雙方又發表聯合聲明。", told) == [
        ("次日", "2019-04-01"),
        ("4月3日", "2019-04-03"),  # the paragraph's own date now anchors the yearless one after it
    ]
    assert _read("次年，两国建立战略伙伴关系。", told) == [("次年", "2020")]


def test_a_count_before_the_word_still_reads_no_date() -> None:
    told = Anchor(2019, 3, 31)
    assert _read("首次日英外长会谈在伦敦举行。", told) == []


def test_a_day_before_word_opening_a_japanese_paragraph_is_read() -> None:
    assert _read("前日には、両国の外相が電話で協議した。", Anchor(2021, 11, 2)) == [("前日", "2021-11-01")]


def test_a_short_weekday_opening_a_text_is_a_weekday() -> None:
    found = _read("周三，两国防长在新加坡会晤。", Anchor(2025, 6, 1))
    assert found == [("周三", "2025-06-25")]  # the Wednesday before the document's date (a Monday)


def _events(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "page.txt"
    path.write_text(text, "utf-8")
    return sorted(e["date"] for e in extract_json(path)["events"])


def test_year_lines_of_a_chronology_head_their_day_lines_and_are_no_running_header(tmp_path: Path) -> None:
    text = (
        "フィンランドとエストニアの防衛協力\n\n百科事典　項目\n\n"
        "両国はバルト海の安全保障で緊密に協力してきた。\n\n年表\n"
        "2014年\n5月20日　両国の国防相がヘルシンキで会談した。\n"
        "2016年\n9月8日　両国海軍がバルト海で合同演習を実施した。\n"
        "2019年\n2月14日　両国の首相がタリンで防衛協力の覚書に署名した。\n"
        "2022年\n6月1日　両国の外相が共同声明を発表した。\n\n"
        "最終更新：2025年1月10日\n"
    )
    dates = _events(tmp_path, text)
    assert {"2014-05-20", "2016-09-08", "2019-02-14", "2022-06-01"} <= set(dates)
    assert not any(d.startswith(("2024", "2025")) for d in dates)


def test_year_lines_in_simplified_chinese_head_their_lines_too(tmp_path: Path) -> None:
    text = (
        "智利与阿根廷的防务合作\n\n百科　条目\n\n两国在南极和维和领域合作密切。\n\n大事记\n"
        "2005年\n12月12日　两国国防部长在圣地亚哥签署联合维和部队协议。\n"
        "2008年\n3月　两国举行首次联合维和演习。\n"
        "2011年\n11月9日　两国外长在布宜诺斯艾利斯会谈。\n\n"
        "最后修改：2024年8月3日\n"
    )
    dates = _events(tmp_path, text)
    assert {"2005-12-12", "2008-03", "2011-11-09"} <= set(dates)
    assert not any(d.startswith(("2023", "2024")) for d in dates)


def test_a_length_of_days_after_a_date_is_no_second_day_of_a_list() -> None:
    reading = read_dates("首相は2019年10月21日、4日間の日程でハノイを訪れた。")
    assert [(m.text, m.edtf) for m in reading.mentions] == [("2019年10月21日", "2019-10-21")]
    assert reading.warnings == []
    listed = read_dates("両国は2019年10月21日、22日にハノイで協議した。")
    assert [m.edtf for m in listed.mentions] == ["2019-10-21/2019-10-22"]  # a list of two days still is one


def _dated(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "article.txt"
    path.write_text(text, "utf-8")
    return sorted((e["date"], e["evidence"]["text"][:12]) for e in extract_json(path)["events"])


def test_thereupon_dates_its_act_by_the_date_told_before_it(tmp_path: Path) -> None:
    text = (
        "越澳关系\n\n同盟观察网\n\n2019年3月，澳大利亚总理抵达河内，开始对越南的正式访问。越南总理随即与他举行会谈。\n"
    )
    dated = _dated(tmp_path, text)
    assert [d for d, _ in dated] == ["2019-03", "2019-03"]
    hant = "越澳關係\n\n同盟觀察網\n\n2019年3月15日，澳洲總理抵達河內。越南總理隨即與他舉行會談。\n"
    assert [d for d, _ in _dated(tmp_path, hant)] == ["2019-03-15", "2019-03-15"]


def test_announcing_in_the_progressive_is_the_act_a_will_after_it_does_not_plan(tmp_path: Path) -> None:
    text = (
        "Ministry of Defence\n\nCanberra, Thursday 6 March 2025\n\n"
        "The Minister for Defence is announcing today that Australia will send two frigates to the exercise "
        "with Indonesia.\n"
    )
    path = tmp_path / "release.txt"
    path.write_text(text, "utf-8")
    events = extract_json(path)["events"]
    assert [(e["date"], e["mode"]) for e in events] == [("2025-03-06", "asserted")]


def test_talks_held_with_a_counterpart_after_a_ceremony_are_an_act_of_their_own(tmp_path: Path) -> None:
    zh = (
        "智利总统访问阿根廷\n\n同盟观察网\n\n"
        "2023年5月8日，智利总统出席了在总统府举行的欢迎仪式，并同阿根廷总统举行会谈。\n"
    )
    assert [d for d, _ in _dated(tmp_path, zh)] == ["2023-05-08", "2023-05-08"]
    hant = (
        "智利總統訪問阿根廷\n\n同盟觀察網\n\n"
        "2023年5月8日，智利總統出席了在總統府舉行的歡迎儀式，並與阿根廷總統舉行會談。\n"
    )
    assert [d for d, _ in _dated(tmp_path, hant)] == ["2023-05-08", "2023-05-08"]


def test_a_joint_statement_issued_during_a_visit_is_an_act_of_its_own(tmp_path: Path) -> None:
    zh = "印尼总统访问越南\n\n同盟观察网\n\n2013年6月27日至29日，印尼总统对越南进行国事访问，期间两国发表联合声明。\n"
    assert [d for d, _ in _dated(tmp_path, zh)] == ["2013-06-27/2013-06-29"] * 2
    ja = (
        "インドネシア大統領のベトナム訪問\n\nアライスコープ研究所\n\n"
        "2013年6月27日、インドネシア大統領はベトナムを訪問し、共同声明を発表した。\n"
    )
    assert [d for d, _ in _dated(tmp_path, ja)] == ["2013-06-27"] * 2


def test_a_caption_opening_with_a_bracket_and_its_label_states_no_event(tmp_path: Path) -> None:
    text = (
        "日澳防長會談\n\n同盟觀察網\n\n【同盟觀察網 東京2024年9月5日電】日本與澳洲防長4日在東京舉行會談。\n\n"
        "（圖：兩國防長4日在東京會談後握手。攝影：本網記者）\n"
    )
    assert [d for d, _ in _dated(tmp_path, text)] == ["2024-09-04"]
    en = (
        "Allyscope Wire\n\nTokyo, 5 September 2024\n\n"
        "The Japanese and Australian defence ministers met in Tokyo on Wednesday.\n\n"
        "(Photo: the two ministers shake hands after their talks on Wednesday.)\n"
    )
    assert [d for d, _ in _dated(tmp_path, en)] == ["2024-09-04"]


def test_setting_out_for_a_place_then_talks_there_are_two_acts(tmp_path: Path) -> None:
    zh = (
        "越南总理访问首尔\n\n同盟观察网\n\n"
        "2022年12月5日，越南国家主席抵达仁川。次日，他前往首尔，同韩国总统举行会谈。\n"
    )
    assert [d for d, _ in _dated(tmp_path, zh)] == ["2022-12-05", "2022-12-06", "2022-12-06"]
    hant = "越南國家主席訪問首爾\n\n同盟觀察網\n\n2022年12月6日，越南國家主席前往首爾，與韓國總統舉行會談。\n"
    assert [d for d, _ in _dated(tmp_path, hant)] == ["2022-12-06", "2022-12-06"]


def test_the_two_of_a_meeting_opening_a_clause_give_it_a_subject_of_its_own(tmp_path: Path) -> None:
    zh = "印越关系\n\n同盟观察网\n\n2022年6月24日，两国总理在河内举行会谈，两人同意扩大防务合作。\n"
    assert [d for d, _ in _dated(tmp_path, zh)] == ["2022-06-24", "2022-06-24"]
    hant = "印越關係\n\n同盟觀察網\n\n2022年6月24日，兩國總理在河內舉行會談，兩人同意擴大防務合作。\n"
    assert [d for d, _ in _dated(tmp_path, hant)] == ["2022-06-24", "2022-06-24"]
