"""Fifty-eighth session (lay89b): a video page read by what marks its kind (the channel over its subscriber count,
chapters from zero, a transcript's stamps alone); a treaty's closing clauses as paragraphs of their own; a
proceedings line over a paper's title; a page's dated notices under their label; a court judgment's front (its
head over its case number, a date spread over the width, `主　　文`, the signature line). Tested on text in other
words than the dev documents, with traps."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.headings import unnumbered_heading
from allyscope.layout.recording import _STAMP_ALONE, _seconds
from allyscope.model import Document


def _kinds(doc: Document) -> dict[str, str]:
    """Each span's text and its kind."""
    return {doc.span_text(s): s.kind for s in doc.spans}


def _paragraphs(doc: Document) -> list[str]:
    return [doc.span_text(s) for s in doc.spans if s.kind == "paragraph"]


_VIDEO = (
    "Skip navigation\n"
    "Search\n"
    "Sign in\n"
    "Explainer: Why the Strait of Hormuz matters to Asian importers\n"
    "Gulf and Indian Ocean Desk\n"
    "905K subscribers\n"
    "Subscribe\n"
    "Share   Save\n"
    "22,170 views  Oct 3, 2024\n"
    "Most of the crude that reaches Japan and South Korea passes one narrow strait. This explainer maps the route.\n"
    "Chapters\n"
    "0:00 The route\n"
    "3:12 Who patrols it\n"
    "7:45 What a closure would cost\n"
    "Transcript\n"
    "0:00\n"
    "every day tankers leave the gulf for asia\n"
    "0:05\n"
    "and almost all of them pass the same strait\n"
    "3:12\n"
    "several navies keep ships in the area\n"
    "Comments 41\n"
)


def test_a_video_page_is_read_by_what_marks_its_kind() -> None:
    doc = parse_text(_VIDEO)
    kinds = _kinds(doc)
    assert doc.title == "Explainer: Why the Strait of Hormuz matters to Asian importers"
    assert kinds["Gulf and Indian Ocean Desk"] == "journal"  # the channel over its count
    for line in ("Chapters", "0:00 The route", "3:12 Who patrols it", "7:45 What a closure would cost"):
        assert kinds[line] == "navigation"
    assert [h.title for h in doc.headings] == ["Transcript"]
    assert "every day tankers leave the gulf for asia" in doc.text
    assert "0:05" in doc.text and kinds.get("0:05") != "dateline"  # the recording's own time, kept as text
    assert doc.authors == []


def test_chapters_that_do_not_start_at_zero_or_fall_stay_text() -> None:
    late = _VIDEO.replace("0:00 The route", "0:30 The route")
    assert _kinds(parse_text(late)).get("3:12 Who patrols it") != "navigation"
    falling = _VIDEO.replace("7:45 What a closure would cost", "2:45 What a closure would cost")
    kinds = _kinds(parse_text(falling))
    assert kinds.get("2:45 What a closure would cost") != "navigation"


def test_a_live_page_s_times_of_day_stay_datelines() -> None:
    live = (
        "Live: talks on the strait resume\n"
        "Updated Oct 4, 2024\n"
        "Officials from both sides met again this morning.\n"
        "10:41\n"
        "The first session has ended, a spokesperson said.\n"
        "11:05\n"
        "Delegations are expected to brief reporters at noon.\n"
    )
    kinds = _kinds(parse_text(live))
    assert kinds.get("10:41") == "dateline"  # no count from zero: a clock's time, not a recording's
    assert kinds.get("11:05") == "dateline"


def test_a_name_over_a_count_deep_in_the_text_is_no_channel() -> None:
    text = (
        "Annual review of the coast guard forum\n"
        "The forum met in Manila on 3 May 2024 and agreed on a new work plan for the coming two years.\n"
        "Its secretariat will report on progress at the next meeting, which Indonesia offered to host.\n"
        "Member services exchanged views on training, search and rescue, and information sharing at sea.\n"
        "Observers from three more states attended for the first time and asked how to join the forum.\n"
        "The chair closed the meeting by thanking the hosts for their arrangements and their hospitality.\n"
        "Partners\n"
        "1.2K subscribers\n"
    )
    assert _kinds(parse_text(text)).get("Partners") != "journal"


@given(st.integers(min_value=0, max_value=9), st.integers(min_value=0, max_value=59), st.integers(0, 59))
def test_a_stamp_reads_its_seconds(hours: int, minutes: int, seconds: int) -> None:
    stamp = f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
    match = _STAMP_ALONE.fullmatch(stamp)
    assert match is not None
    assert _seconds(match) == hours * 3600 + minutes * 60 + seconds


_CONVENTION = (
    "CONVENTION BETWEEN THE REPUBLIC OF KENYA AND THE UNITED REPUBLIC OF TANZANIA ON THE DELIMITATION OF\n"
    "THEIR MARITIME BOUNDARY\n"
    "The Republic of Kenya and the United Republic of Tanzania,\n"
    "Desiring to settle the boundary between their territorial seas and exclusive economic zones,\n"
    "Have agreed as follows:\n"
    "Article 1\n"
    "The boundary follows the line joining the points listed in the Annex to this Convention, which forms part of it.\n"
    "Article 2\n"
    "This Convention shall enter into force on the date on which the Parties exchange their instruments of "
    "ratification.\n"
    "In witness whereof the undersigned, being duly authorised thereto, have signed this Convention.\n"
    "Done in duplicate at Arusha on 9 June 2009.\n"
    "For the Republic of Kenya:\n"
    "For the United Republic of Tanzania:\n"
)


def test_a_treaty_s_closing_clauses_are_paragraphs_of_their_own() -> None:
    paragraphs = _paragraphs(parse_text(_CONVENTION))
    assert "In witness whereof the undersigned, being duly authorised thereto, have signed this Convention." in (
        paragraphs
    )
    assert "Done in duplicate at Arusha on 9 June 2009." in paragraphs
    assert not any(p.startswith("This Convention shall enter") and "witness" in p for p in paragraphs)


def test_a_closing_formula_inside_a_running_sentence_stays_joined() -> None:
    text = _CONVENTION.replace(
        "instruments of ratification.\n", "instruments of ratification, and the records of the talks\n"
    ).replace("In witness whereof the undersigned", "done at the same place shall be kept by both; the undersigned")
    doc = parse_text(text)
    assert any("records of the talks done at the same place" in p for p in _paragraphs(doc))


def test_a_proceedings_line_over_a_title_is_a_journal_line() -> None:
    text = (
        "Proceedings of the Third Pacific Islands Colloquium on Ocean Law (PICOL 2023)\n"
        "Fisheries Patrols and the Law of the Sea in Micronesia\n"
        "Leilani Kaheaku and Tomas Reyes\n"
        "School of Law, University of the South Pacific, Suva\n"
        "Abstract. Small island states patrol large zones with few ships. This paper asks how shiprider "
        "agreements fill the gap.\n"
        "1. Introduction\n"
        "Shiprider agreements let an officer of one state board a patrol ship of another.\n"
    )
    doc = parse_text(text)
    assert doc.title == "Fisheries Patrols and the Law of the Sea in Micronesia"
    assert _kinds(doc)["Proceedings of the Third Pacific Islands Colloquium on Ocean Law (PICOL 2023)"] == "journal"
    assert doc.authors == ["Leilani Kaheaku", "Tomas Reyes"]


def test_a_sentence_about_proceedings_is_no_journal_line() -> None:
    text = (
        "Proceedings of the conference were opened by the minister of fisheries.\n"
        "The delegates then turned to the patrol schedule for the coming season.\n"
    )
    assert "journal" not in _kinds(parse_text(text)).values()


_DIVISION = (
    "本文へスキップ\n"
    "ホーム > 組織から探す > 観光文化交流局 > 国際交流課\n"
    "国際交流課\n"
    "更新日：2024年9月2日\n"
    "国際交流課は、海外の姉妹都市との交流と、在住外国人の支援を担当しています。\n"
    "お知らせ\n"
    "2024年9月2日　姉妹都市青少年派遣団の報告会を開催します\n"
    "2024年8月19日　多言語生活ガイドを改訂しました\n"
    "業務内容\n"
    "姉妹都市との交流事業\n"
    "在住外国人への相談対応\n"
    "このページの先頭へ\n"
)


def test_a_division_s_dated_notices_under_their_label_are_related_links() -> None:
    doc = parse_text(_DIVISION)
    kinds = _kinds(doc)
    assert kinds["お知らせ"] == "related"
    assert kinds["2024年9月2日　姉妹都市青少年派遣団の報告会を開催します"] == "related"
    assert kinds["2024年8月19日　多言語生活ガイドを改訂しました"] == "related"
    assert "姉妹都市との交流事業" in doc.text and kinds.get("姉妹都市との交流事業") != "related"


def test_a_chronology_s_dated_sentences_under_a_label_stay_text() -> None:
    text = _DIVISION.replace(
        "2024年9月2日　姉妹都市青少年派遣団の報告会を開催します\n2024年8月19日　多言語生活ガイドを改訂しました\n",
        "2024年9月2日　姉妹都市との協定に署名した。\n2024年8月19日　交流計画を決定した。\n",
    )
    kinds = _kinds(parse_text(text))
    assert kinds.get("2024年9月2日　姉妹都市との協定に署名した。") != "related"


_RULING = (
    "裁判書查詢系統\n"
    "裁判字號：臺灣臺中地方法院 113 年度易字第 902 號刑事判決\n"
    "裁判日期：民國 113 年 12 月 05 日\n"
    "裁判案由：妨害公務\n"
    "臺灣臺中地方法院刑事判決\n"
    "113年度易字第902號\n"
    "公　訴　人　臺灣臺中地方檢察署檢察官\n"
    "被　　　告　陳○○\n"
    "上列被告因妨害公務案件，經檢察官提起公訴，本院判決如下：\n"
    "主　　文\n"
    "陳○○犯妨害公務執行罪，處拘役參拾日。\n"
    "事實及理由\n"
    "一、被告於執勤人員依法執行職務時，以強暴方式妨害其執行，業據被告坦承不諱。\n"
    "二、核被告所為，係犯刑法第135條第1項之罪。\n"
    "中　　華　　民　　國　　113　　年　　12　　月　　5　　日\n"
    "刑事第六庭　法　官　劉○○\n"
    "以上正本證明與原本無異。\n"
    "書記官　林○○\n"
)


def test_a_judgment_s_front_is_read_by_its_head_over_its_number() -> None:
    doc = parse_text(_RULING)
    kinds = _kinds(doc)
    assert doc.title == "臺灣臺中地方法院刑事判決"
    assert doc.authors == []
    assert kinds["113年度易字第902號"] == "identifier"
    assert kinds["裁判字號：臺灣臺中地方法院 113 年度易字第 902 號刑事判決"] == "identifier"
    assert kinds["中　　華　　民　　國　　113　　年　　12　　月　　5　　日"] == "dateline"
    assert [h.title for h in doc.headings] == ["主　　文", "事實及理由"]
    assert "裁判案由：妨害公務" in doc.text and "被　　　告　陳○○" in doc.text
    assert "刑事第六庭　法　官　劉○○" in doc.text


def test_a_court_named_in_a_sentence_is_no_judgment_head() -> None:
    text = (
        "最高法院日前駁回上訴\n"
        "臺灣高等法院刑事判決後，被告不服提起上訴。\n"
        "113年度台上字第88號一案，最高法院已於日前駁回。\n"
    )
    doc = parse_text(text)
    assert doc.title != "臺灣高等法院刑事判決後，被告不服提起上訴。"
    assert "identifier" not in _kinds(doc).values()


def test_a_spread_head_is_read_unspaced_and_a_spread_sentence_is_not() -> None:
    assert unnumbered_heading("主　　文") is not None
    assert unnumbered_heading("主文") is not None
    assert unnumbered_heading("主　　張") is None  # spread, but no listed head
    assert unnumbered_heading("主　要　的　文　字　說　明") is None  # too many characters for a spread head


def test_a_chronology_s_gap_stays_where_a_date_is_no_date_alone() -> None:
    text = "沿革\n2019年　　設立\n2021年　　改組\n中　　華　　民　　國　　113　　年　　3　　月　　1　　日\n"
    kinds = _kinds(parse_text(text))
    assert kinds.get("2019年　　設立") != "dateline"
    assert kinds.get("中　　華　　民　　國　　113　　年　　3　　月　　1　　日") == "dateline"


@given(st.text(alphabet="主文事實及理由張要 　\u3000", min_size=1, max_size=12))
def test_a_spread_head_is_only_ever_a_listed_head(text: str) -> None:
    shape = unnumbered_heading(text)
    if shape is not None and text.replace(" ", "").replace("\u3000", "") not in ("主文", "事實及理由"):
        # a listed head may end on a colon or spaces; nothing else spread reads as one
        assert text.strip(" \u3000:：.") in ("主文", "事實及理由")
