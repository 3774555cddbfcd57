"""Fifty-fifth session (lay86b): the asker of a Japanese written question under a form's title field is its byline
(the lead's decision of the fifty-fourth session: a written question's asker is its byline in every script,
`提出者：` under a title field included). Tested on text in other words, with traps."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text

_ANSWER_FORM = (
    "答弁書\n"
    "件名：排他的経済水域における海洋調査船の活動に関する質問\n"
    "質問者：大川智子\n"
    "答弁日：令和4年11月18日\n"
    "政府としては、海上保安庁の巡視船により所要の警戒を行っているところである。\n"
)


def test_questioner_label_under_a_title_field_is_the_byline() -> None:
    doc = parse_text(_ANSWER_FORM)
    assert doc.title == "排他的経済水域における海洋調査船の活動に関する質問"
    assert doc.authors == ["大川智子"]
    assert doc.span_text(doc.paragraphs[0]) == "答弁日：令和4年11月18日"


def test_trap_submitter_field_with_no_title_field_above_names_no_writer() -> None:
    """Trap: a record's `提出者：` field in the text, with no form's title field over it, stays a line of the text."""
    text = (
        "港湾の警備体制の見直しについて\n"
        "港湾管理者からの要望を受け、関係機関は警備体制の見直しを進めている。\n"
        "要望の概要は次のとおりである。\n"
        "提出者：港湾管理者協議会\n"
        "提出日：令和5年4月3日\n"
    )
    doc = parse_text(text)
    assert doc.authors == []
    assert any(doc.span_text(p) == "提出者：港湾管理者協議会" for p in doc.paragraphs)


def test_trap_submitter_opening_a_sentence_under_a_title_field_is_no_byline() -> None:
    """Trap: `提出者` opening a sentence under the title field (no colon) is the text, no asker."""
    text = (
        "答弁書\n"
        "件名：離島の空港整備に関する質問\n"
        "提出者の指摘する空港の滑走路延長については、現在、調査を進めているところである。\n"
    )
    assert parse_text(text).authors == []


_KANJI = st.text(alphabet="山田川中村佐藤鈴木高橋伊渡辺智子健一花子", min_size=2, max_size=6)


@given(_KANJI)
def test_any_submitter_under_a_title_field_is_the_author(name: str) -> None:
    """Property: whoever `提出者：` names under a form's title field is the form's one author."""
    text = (
        "質問主意書に対する答弁\n"
        "件名：沿岸監視体制の強化に関する質問\n"
        f"提出者：{name}\n"
        "答弁日：令和6年5月10日\n"
        "政府としては、関係省庁が連携して対応している。\n"
    )
    assert parse_text(text).authors == [name]


# --- a yearly paper's cover: the edition's year over the kind of paper over the compiling body (lay85's report)


def test_edition_year_over_kind_of_paper_over_body_is_one_title() -> None:
    text = (
        "中華民國113年\n"
        "海巡報告書\n"
        "海洋委員會海巡署　編印\n"
        "中華民國113年10月\n"
        "第一章　前言\n"
        "本報告書說明海巡署近兩年的主要工作與成果。\n"
    )
    doc = parse_text(text)
    assert doc.title == "中華民國113年海巡報告書"
    assert (doc.date, doc.date_source) == ("2024-10", "dateline")
    assert [doc.span_text(s) for s in doc.spans if s.kind == "affiliation"] == ["海洋委員會海巡署　編印"]


def test_japanese_fiscal_edition_over_report_over_institute_is_one_title() -> None:
    text = (
        "令和5年度\n"
        "海洋安全保障調査報告\n"
        "海洋政策研究所\n"
        "令和6年3月\n"
        "第1章　概要\n"
        "本報告は、令和5年度に実施した調査の結果をまとめたものである。\n"
    )
    doc = parse_text(text)
    assert doc.title == "令和5年度海洋安全保障調査報告"
    assert doc.date == "2024-03"


def test_trap_edition_year_over_kind_with_no_body_under_it_stays_apart() -> None:
    """Trap: with no compiling body under the kind of paper, the year stays a line of its own (a dateline)."""
    text = "中華民國113年\n海巡報告書\n中華民國113年10月\n第一章　前言\n本報告書說明海巡署近兩年的主要工作。\n"
    doc = parse_text(text)
    assert doc.title != "中華民國113年海巡報告書"
    assert [doc.span_text(s) for s in doc.spans if s.kind == "doctype"] == ["海巡報告書"]


def test_trap_year_with_its_month_over_kind_stays_a_date() -> None:
    """Trap: a year with its month (`中華民國113年10月`) is a date, no edition: nothing joins."""
    text = "中華民國113年10月\n海巡報告書\n海洋委員會海巡署　編印\n第一章　前言\n本報告書說明海巡署的工作。\n"
    doc = parse_text(text)
    assert [doc.span_text(s) for s in doc.spans if s.kind == "dateline"] == ["中華民國113年10月"]


def test_trap_edition_year_over_headline_stays_apart() -> None:
    """Trap: a year over a headline (no kind of paper) joins nothing."""
    text = "中華民國113年\n國防報告書出版說明會今日舉行\n國防部　編印\n說明會由國防部主持。\n"
    assert parse_text(text).title != "中華民國113年國防報告書出版說明會今日舉行"


@given(st.integers(80, 120), st.sampled_from(["國防報告書", "海巡報告書", "政策研究報告書"]))
def test_any_roc_edition_year_joins_its_kind_of_paper(year: int, kind: str) -> None:
    """Property: any Republic year alone over a kind of paper over a compiling body is one title."""
    text = f"中華民國{year}年\n{kind}\n國防部　編印\n中華民國{year}年9月\n第一章　前言\n本書說明各項施政。\n"
    assert parse_text(text).title == f"中華民國{year}年{kind}"


# --- a ministry's country page: the trail's last step again over a page part (lay85's zh-Hans page)

_COUNTRY_PAGE = (
    "某国外交部\n"
    "首页 | 新闻 | 政策 | 国家和组织 | 领事\n"
    "当前位置：首页 > 国家和组织 > 非洲 > 肯尼亚\n"
    "肯尼亚\n"
    "国家概况\n"
    "（最近更新时间：2024年8月）\n"
    "【国名】肯尼亚共和国（The Republic of Kenya）。\n"
    "【首都】内罗毕（Nairobi）。\n"
    "双边关系\n"
    "1963年12月14日，两国建立外交关系。\n"
    "2017年\n"
    "5月31日　蒙内铁路建成通车。\n"
    "重要双边协议及文件\n"
    "《经济技术合作协定》（1980年）\n"
    "《贸易协定》（1978年）\n"
    "相关链接\n"
)


def test_country_page_title_parts_and_update_stamp() -> None:
    doc = parse_text(_COUNTRY_PAGE)
    assert doc.title == "肯尼亚"
    heads = [(h.level, h.title) for h in doc.headings]
    assert heads[:3] == [(1, "国家概况"), (1, "双边关系"), (2, "2017年")]  # the year head one level under its part
    assert (doc.date, doc.date_source) == ("2024-08", "last-updated")
    assert ["dateline", "（最近更新时间：2024年8月）"] in [[s.kind, doc.span_text(s)] for s in doc.spans]


def test_trap_trail_end_over_a_link_row_stays_the_heads() -> None:
    """Trap: the trail's last step again over a row of links, no page part under it (a Diet page's label), stays
    the head's navigation; the title is read under the row."""
    text = (
        "参議院\n"
        "トップ > 質問主意書 > 質問本文情報\n"
        "質問本文情報\n"
        "経過へ | 質問本文(PDF) | 答弁本文(HTML)\n"
        "令和六年五月七日提出\n"
        "質問第二一号\n"
        "港湾における外国船舶の検査体制に関する質問主意書\n"
        "提出者　北村直樹\n"
        "　港湾における外国船舶の検査について、以下質問する。\n"
    )
    doc = parse_text(text)
    assert doc.title == "港湾における外国船舶の検査体制に関する質問主意書"
    assert ["navigation", "質問本文情報"] in [[s.kind, doc.span_text(s)] for s in doc.spans]


def test_trap_page_part_word_inside_a_sentence_is_no_head() -> None:
    """Trap: `双边关系` inside a sentence is the text, no part head."""
    doc = parse_text("中肯关系概述\n两国双边关系近年来发展顺利，合作不断深化。\n")
    assert list(doc.headings) == []


def test_trap_bracketed_stamp_of_another_label_is_no_update() -> None:
    """Trap: a bracketed month with no update label stays a dateline (a report's month under its title)."""
    doc = parse_text("海上安全报告\n（2024年8月）\n本报告分析了近年来的海上安全形势。\n")
    assert (doc.date, doc.date_source) == ("2024-08", "dateline")


@given(st.lists(st.sampled_from(["unnumbered", "standalone", "page_part"]), min_size=1, max_size=12))
def test_heads_under_a_page_part_sit_one_level_below_it(families: list[str]) -> None:
    """Property: a page part stands at level 1, and a listed head under a part (before the next) at level 2."""
    from allyscope.layout.headings import PAGE_PART, UNNUMBERED, nest_levels

    levels = nest_levels(families)
    in_part = False
    for family, level in zip(families, levels, strict=True):
        if family == PAGE_PART:
            in_part = True
            assert level == 1
        elif family == UNNUMBERED:
            assert level == (2 if in_part else 1)


# --- an international court's decision: its year line and the case's number in its list (lay85's order)

_JUDGMENT = (
    "INTERNATIONAL TRIBUNAL FOR THE LAW OF THE SEA\n"
    "YEAR 2023\n"
    "4 July 2023\n"
    "General List No. 31\n"
    "THE CASE CONCERNING THE DETENTION OF A FISHING VESSEL\n"
    "(Coastland v. Islandia)\n"
    "PRELIMINARY OBJECTIONS\n"
    "JUDGMENT\n"
    "Present: President ALVAREZ; Judges KOH, OSEI, LAMBERT; Registrar MENDES.\n"
    "1. On 12 March 2022, Coastland filed an application instituting proceedings against Islandia.\n"
    "2. Islandia raised preliminary objections to the jurisdiction of the Tribunal on 30 June 2022.\n"
)


def test_court_front_by_year_line_and_list_number() -> None:
    doc = parse_text(_JUDGMENT)
    assert doc.title == "THE CASE CONCERNING THE DETENTION OF A FISHING VESSEL (Coastland v. Islandia)"
    kinds = [[s.kind, doc.span_text(s)] for s in doc.spans if s.kind != "paragraph"]
    assert kinds[:7] == [
        ["affiliation", "INTERNATIONAL TRIBUNAL FOR THE LAW OF THE SEA"],
        ["dateline", "YEAR 2023"],
        ["dateline", "4 July 2023"],
        ["identifier", "General List No. 31"],
        ["title", "THE CASE CONCERNING THE DETENTION OF A FISHING VESSEL (Coastland v. Islandia)"],
        ["subtitle", "PRELIMINARY OBJECTIONS"],
        ["doctype", "JUDGMENT"],
    ]
    assert doc.authors == []
    assert doc.date == "2023-07-04"


def test_trap_capitals_line_over_a_kind_of_paper_with_no_year_line_is_read_as_before() -> None:
    """Trap: a writer's name in capitals over `ORDER`-like words, with no year line and no list number, is not
    read as a court's front: the capitals line is never taken as a subtitle here."""
    text = (
        "Maritime Boundaries After the Arbitration\n"
        "JANE WHITAKER AND LI WEI\n"
        "ORDER\n"
        "The award of 2016 changed how coastal states read their claims.\n"
    )
    doc = parse_text(text)
    assert not [s for s in doc.spans if s.kind == "subtitle"]
    assert doc.title == "Maritime Boundaries After the Arbitration"


def test_trap_year_line_without_list_number_is_no_court_front() -> None:
    """Trap: `YEAR 2024` over a plain headline, with no list number under it, is read as before."""
    text = "Harbour Authority\nYEAR 2024\nAnnual review of port security\nThe authority inspected 40 vessels.\n"
    doc = parse_text(text)
    assert doc.title != "Annual review of port security" or not [s for s in doc.spans if s.kind == "identifier"]
    assert not [s for s in doc.spans if s.kind == "subtitle"]


def test_trap_bracketed_line_naming_no_parties_joins_no_title() -> None:
    """Trap: a bracketed line with no `v.` between parties (`(Provisional translation)`) joins nothing."""
    text = (
        "THE CASE CONCERNING THE DETENTION OF A FISHING VESSEL\n"
        "(Provisional translation)\n"
        "The Tribunal met on 4 July 2023 to hear the parties.\n"
    )
    assert "(Provisional translation)" not in parse_text(text).title


_CAPS = st.text(alphabet="ABCDEFGHIJKLMNOPRSTUVWY", min_size=3, max_size=10)


@given(_CAPS, _CAPS)
def test_any_parties_end_the_cases_name(applicant: str, respondent: str) -> None:
    """Property: any two parties in brackets under the case's name end that name: one title."""
    text = _JUDGMENT.replace("(Coastland v. Islandia)", f"({applicant} v. {respondent})")
    title = parse_text(text).title
    assert title == f"THE CASE CONCERNING THE DETENTION OF A FISHING VESSEL ({applicant} v. {respondent})"


# --- facing running heads one plain space from their page numbers (a law report's text dump)


def _report(left: str, right: str) -> str:
    return (
        "Annual Report on Maritime Cases\n"
        "1. The first case concerned the arrest of a vessel in the exclusive economic zone of the coastal State.\n"
        "2. The second case concerned the delimitation of the continental shelf between two neighbouring States.\n"
        f"{left}\n"
        "3. The third case concerned the release of a crew held after the boarding of their vessel at sea.\n"
        "4. The fourth case concerned a request for an advisory opinion on climate change and the oceans.\n"
        "5. The fifth case was withdrawn by agreement of the parties before the hearings could be held.\n"
        f"{right}\n"
        "6. The sixth case is pending before a special chamber constituted at the request of the parties.\n"
    )


def test_facing_heads_one_space_from_their_numbers_are_dropped() -> None:
    text = _report("48 MARITIME CASES (REPORT 2023)", "MARITIME CASES (REPORT 2023) 49")
    doc = parse_text(text)
    assert "MARITIME CASES (REPORT 2023)" not in doc.text


def test_trap_numbered_lines_with_other_words_are_kept() -> None:
    """Trap: a line opening with a number and a space and a later one ending on the next number, with other
    words, are not paired as running heads (a heading numbered 48 stays)."""
    text = _report("48 Maritime cases of the year", "Vessels detained this year 49")
    doc = parse_text(text)
    assert "Maritime cases of the year" in doc.text  # the heading numbered 48 stays (the line ending on 49 is
    # another rule's: a number alone at a line's end may be a page's foot)


@given(st.integers(2, 900), _CAPS, _CAPS)
def test_any_running_title_printed_at_both_edges_is_dropped(page: int, first: str, second: str) -> None:
    """Property: any running title of three words or more printed once with its page first and once with the next
    page last is dropped both times."""
    words = f"{first} {second} (ORDER)"
    doc = parse_text(_report(f"{page} {words}", f"{words} {page + 1}"))
    assert words not in doc.text
