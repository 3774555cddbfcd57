"""What is not an event (issue 14, precision on documents the rules were not tuned on; branch prc57).

Each rule is checked on sentences written for this test, in other words than the dev documents that led to it,
beside a sentence of the same shape that does tell an act, so that a rule too broad fails here: a count of years
marked or reached (`にあたります`, `隆重纪念了…周年`, `the 60th anniversary in 2020 went unnoticed`), a tenure from an
open start (`自…起擔任`), a state (`安定している`), an object quantified by `no` right after the verb, a date glossing a
title or dating a document quoted, an act of a day already told named again as a dated noun, a piece that classifies
its subject by the act before it, and a note after a numbered label and a space.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from allyscope.extraction import extract_json


def _stated(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    """(date, evidence) of the events of `text` stated as happened."""
    path = tmp_path / "doc.txt"
    path.write_text(text, "utf-8")
    found = extract_json(path)["events"]
    return [(e["date"], e["evidence"]["text"].strip()) for e in found if e["mode"] == "asserted"]


def _dates(tmp_path: Path, text: str) -> list[str]:
    return [d for d, _ in _stated(tmp_path, text)]


def test_a_count_of_years_reached_in_the_polite_form_dates_no_act(tmp_path: Path) -> None:
    text = (
        "日豪関係の概観\n\n2025年3月\n\n日本とオーストラリアは1957年7月6日に通商協定に署名した。"
        "2027年は協定署名70周年にあたります。\n"
    )
    assert _dates(tmp_path, text) == ["1957-07-06"]


def test_a_relative_year_with_its_figure_counts_an_anniversary(tmp_path: Path) -> None:
    text = (
        "日印関係の概観\n\n2022年3月\n\n日本とインドは1952年4月28日に国交を樹立した。"
        "本年2022年には国交樹立70周年を迎える。\n"
    )
    assert _dates(tmp_path, text) == ["1952-04-28"]


def test_a_year_marked_by_a_short_subject_is_no_act_but_an_act_marking_it_is(tmp_path: Path) -> None:
    text = (
        "中哈关系综述\n\n2023年5月20日\n\n中国和哈萨克斯坦于1992年1月3日建交。去年双方共同庆祝了建交30周年。"
        "今年1月，中国与哈萨克斯坦在阿斯塔纳举行招待会纪念建交31周年。\n"
    )
    dates = _dates(tmp_path, text)
    assert "1992-01-03" in dates and "2023-01" in dates
    assert "2022" not in dates


def test_an_english_anniversary_dated_itself_passes_with_no_act(tmp_path: Path) -> None:
    text = (
        "India and France\n\nBrief, 3 May 2024\n\nIndia and France signed a civil nuclear agreement in 2008. "
        "The agreement's tenth anniversary in 2018 went largely unnoticed. "
        "On its fifteenth anniversary in 2023 India and France held a summit in Paris.\n"
    )
    dates = _dates(tmp_path, text)
    assert "2008" in dates and "2023" in dates and "2018" not in dates


def test_holding_a_post_from_a_date_on_is_a_tenure(tmp_path: Path) -> None:
    text = (
        "臺美關係\n\n2024年5月1日\n\n顧立雄自2024年5月起擔任國防部長。2019年初，瑞士開始在美國與伊朗兩國分別代表對方的利益，"
        "擔任雙方的保護國。\n"
    )
    dates = _dates(tmp_path, text)
    assert not any(d.endswith("/..") for d in dates)
    assert "2019" in dates


def test_a_state_told_since_a_date_is_no_act(tmp_path: Path) -> None:
    text = (
        "日印関係\n\n2024年2月1日\n\n2021年以降、日本とインドの関係は安定している。"
        "2023年3月20日、日本とインドは首脳会談を行い、安定した関係を築くことで一致した。\n"
    )
    dates = _dates(tmp_path, text)
    assert "2021/.." not in dates and "2021" not in dates
    assert "2023-03-20" in dates


def test_an_object_quantified_by_no_right_after_the_verb_denies_the_act(tmp_path: Path) -> None:
    text = (
        "Japan and Australia\n\nBrief, 3 May 2024\n\nOn 12 March 2019 Japan and Australia concluded no new agreement. "
        "On 9 October 2020 Japan and Australia signed a logistics pact that requires no ratification.\n"
    )
    dates = _dates(tmp_path, text)
    assert "2019-03-12" not in dates
    assert "2020-10-09" in dates


def test_a_date_glossing_a_title_or_a_document_quoted_dates_no_act(tmp_path: Path) -> None:
    text = (
        "India and Japan\n\nBrief, 3 May 2024\n\nJapan's defence white paper of 12 July 2022 said that India and Japan "
        "would deepen cooperation. The declaration of 22 October 2008 was signed by India and Japan in Tokyo. "
        "日本《国家安全保障战略》（2022年12月16日）提出，日本与印度将加强合作。\n"
    )
    dates = _dates(tmp_path, text)
    assert "2022-07-12" not in dates and "2022-12-16" not in dates
    assert "2008-10-22" in dates


def test_an_act_of_a_day_already_told_named_again_is_one_event(tmp_path: Path) -> None:
    english = (
        "India and France\n\nPARIS, 5 March 2024\n\nIndia and France signed a defence roadmap yesterday. "
        "Yesterday's roadmap sets out joint work on engines.\n"
    )
    assert _dates(tmp_path, english) == ["2024-03-04"]
    chinese = (
        "印法关系\n\n2024年3月5日\n\n3月4日，印度与法国签署防务路线图。3月4日签署的路线图将为两国发动机合作提供框架。\n"
    )
    assert _dates(tmp_path, chinese) == ["2024-03-04"]


def test_a_dated_noun_with_no_act_told_before_is_still_an_act(tmp_path: Path) -> None:
    text = (
        "India and France\n\nPARIS, 5 March 2024\n\n"
        "Yesterday's talks between India and France produced a defence roadmap.\n"
    )
    assert _dates(tmp_path, text) == ["2024-03-04"]


def test_a_meeting_named_with_its_day_and_a_comma_keeps_the_act_done_there(tmp_path: Path) -> None:
    text = (
        "日豪首脳会談\n\n2024年2月1日\n\n1月31日、岸田総理大臣はアルバニージー首相と会談しました。"
        "同日の会談で、日本とオーストラリアの両首脳は防衛協力を強化することで一致しました。\n"
    )
    assert len(_dates(tmp_path, text)) == 2


@pytest.mark.parametrize(("copula", "marker"), [("成为", ""), ("是", ""), ("成为", "[2]")])
def test_a_piece_that_classifies_its_subject_is_no_second_act(tmp_path: Path, copula: str, marker: str) -> None:
    text = (
        "中哈关系\n\n2024年1月1日\n\n2013年9月7日，哈萨克斯坦与中国签署共建“一带一路”合作文件，"
        f"{copula}第一个签署此类文件的中亚国家。{marker}2014年5月19日，中国与哈萨克斯坦签署投资协定，并签署能源协定。\n"
    )
    dates = _dates(tmp_path, text)
    assert dates.count("2013-09-07") == 1
    assert dates.count("2014-05-19") == 2


def test_a_note_after_a_numbered_label_and_a_space_dates_no_event(tmp_path: Path) -> None:
    text = (
        "日印関係の現状\n\n政策メモ第3号\u30002024年2月\n\n本稿は日本とインドの防衛協力を概観する。"
        "2023年3月20日、岸田文雄首相はニューデリーでモディ首相と首脳会談を行った。\n\n両国は防衛装備品の共同開発を進めている。\n\n"
        "注2\u3000外務省「日印首脳会談」2023年3月20日。\n"
    )
    assert _dates(tmp_path, text) == ["2023-03-20"]


def test_a_chronology_entry_counting_years_after_a_dash_is_no_act(tmp_path: Path) -> None:
    text = "日墨関係\n\n年表\n\n1888年 – 日本とメキシコが修好通商条約を締結。\n2018年 – 条約締結130周年にあたる。\n"
    assert _dates(tmp_path, text) == ["1888"]


def test_someone_due_or_expected_in_a_place_is_a_visit_to_come(tmp_path: Path) -> None:
    text = (
        "India and Kenya\n\nBrief, 3 May 2023\n\nOn 2 May 2023 India and Kenya signed a maritime pact. "
        "India's defence minister is due in Nairobi on 20 June 2023. "
        "India's defence minister visited Mombasa on 1 May 2023.\n\n"
        "For media queries: Press Office, New Delhi, 3 May 2023\n"
    )
    assert sorted(_dates(tmp_path, text)) == ["2023-05-01", "2023-05-02"]


@pytest.mark.parametrize(
    "sentence",
    [
        "2022年6月2日、ペルーの外相は両国の協力は停滞していると語った。",
        "2021年9月14日、首相は両国関係が安定していると強調した。",
    ],
)
def test_a_state_word_someone_reports_is_no_state_of_the_clause(sentence: str) -> None:
    """A word of a state followed by a quoting `と` and a verb of saying (data `state_words.reported_after`) is what
    was said: the saying is an event, dated by its day (lead, twenty-eighth session)."""
    from allyscope.event_clauses import tells_a_state
    from allyscope.scripts import fold

    assert not tells_a_state(fold(sentence))
    assert tells_a_state(fold(sentence.split("と")[0] + "。"))
