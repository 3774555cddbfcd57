"""lay40 (twenty-first session): headings, furniture, front matter and document dates of new page and copy shapes,
each rule on text in other words than the blind-written documents (`tests/layouts/l40_*`)."""

from __future__ import annotations

from helpers import assert_copied_pieces_match_raw, assert_offsets_valid

from allyscope import parse_text
from allyscope.layout.dating import document_date
from allyscope.layout.furniture import furniture_kind

_KEPT = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}


def _furniture(text: str) -> list[tuple[str, str]]:
    doc = parse_text(text)
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)
    return [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind not in _KEPT]


def test_an_edition_year_names_no_date_and_the_month_under_it_dates_the_paper() -> None:
    """`令和5年版　外交青書` names a yearly edition: no dateline, the title; the month under its issuer dates it. A
    bare era year with a month (`令和5年6月`) is still a date, and a fiscal year (`令和5年度`) still none."""
    assert document_date(["令和5年版　外交青書"], []) is None
    assert document_date(["令和5年6月"], []) is not None
    assert document_date(["令和5年度"], []) is None
    doc = parse_text(
        "\n".join(
            [
                "令和5年版　外交青書",
                "外務省",
                "令和5年6月",
                "第2章　地域別に見た外交",
                "第1節　アジア・大洋州",
                "1　概観",
                "地域の安全保障環境は一層厳しさを増しており、各国との対話が重ねられた。",
                "(1)　首脳往来",
                "首脳の往来は前年より増え、共同声明も相次いで発表された。",
            ]
        )
    )
    assert doc.title == "令和5年版　外交青書"
    assert (doc.date, doc.date_source) == ("2023-06", "dateline")
    assert [(h.level, h.label, h.title) for h in doc.headings] == [
        (1, "2", "地域別に見た外交"),
        (2, "1", "アジア・大洋州"),
        (3, "1", "概観"),
        (4, "1", "首脳往来"),
    ]


def test_white_paper_figure_numbers_and_box_labels_are_captions() -> None:
    """A white paper numbers its figures by part, chapter and section (`図表II-2-3-1`, `图表 3-1-2`) and labels its
    boxes in lenticular brackets (`【解説】`, `【专栏】`): captions. A sentence that mentions a figure is none."""
    assert furniture_kind("図表II-2-3-1　主要国の国防費の推移") == "caption"
    assert furniture_kind("图表 3-1-2　地区安全合作机制一览") == "caption"
    assert furniture_kind("【解説】共同訓練の種類") == "caption"
    assert furniture_kind("【专栏】海上搜救合作的由来") == "caption"
    assert furniture_kind("【コラム】") is None  # a label with nothing after it names no box
    found = _furniture(
        "\n".join(
            [
                "各国との共同訓練は年々増えており、その規模も大きくなっている。",
                "【解説】共同訓練の種類",
                "共同訓練には、戦術訓練のほか、捜索救難や人道支援の訓練もある。",
                "図表II-2-3-1　主要国の国防費の推移",
                "国防費は多くの国で増加している。",
            ]
        )
    )
    assert ("caption", "【解説】共同訓練の種類") in found
    assert ("caption", "図表II-2-3-1　主要国の国防費の推移") in found


def test_a_state_named_alone_over_its_office_issues_the_paper() -> None:
    """A white paper's issuer printed over two lines, the state's formal name (`…联邦`, `…共和國`) over the
    ministry (`…部`): both lines are its issuer, neither a writer. A writer's name holding such a word inside it
    (`王国栋`) is still a name."""
    doc = parse_text(
        "\n".join(
            [
                "印度洋海上安全合作政策",
                "（2023年5月）",
                "俄罗斯联邦",
                "外交部",
                "前言",
                "印度洋是重要的海上通道，沿岸各国的安全关切各不相同。本文件阐述有关合作的基本立场。",
                "一、基本立场",
                "各国应通过对话协商解决海上争端。",
            ]
        )
    )
    assert doc.authors == []
    assert doc.title == "印度洋海上安全合作政策"
    kinds = [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind == "affiliation"]
    assert kinds == [("affiliation", "俄罗斯联邦"), ("affiliation", "外交部")]
    named = parse_text("港口安全合作的新进展\n王国栋\n2023年5月\n各国港口管理部门近年来加强了信息交流。")
    assert named.authors == ["王国栋"]


def _live_page(headline: str) -> str:
    return "\n".join(
        [
            "Skip to content",
            "Live",
            headline,
            "By Priya Natarajan and Tom Okafor",
            "Updated 9:20 p.m. GMT, October 4, 2024",
            "Navies of four states began a week of exercises in the Bay of Bengal on Friday.",
            "9:20 p.m. GMT",
            "Ships leave port, navy says",
            "The first warships left port in the evening, a navy spokesman said.",
            "7:05 p.m. GMT",
            "Observers invited",
            "Officers from two neighbouring states will watch the drills from a command ship.",
        ]
    )


def test_a_live_page_reads_its_headline_writers_stamps_and_entry_heads() -> None:
    """A live page: `Live` labels it, its headline after `Live updates:` stands over its writers' byline (a ticker's
    link stands over none), each entry's time stamp is a dateline and the headline under a stamp is a head, even
    with a comma before the source it quotes (`…, navy says`)."""
    doc = parse_text(_live_page("Live updates: Four navies start drills in the Bay of Bengal"))
    assert doc.title == "Live updates: Four navies start drills in the Bay of Bengal"
    assert doc.authors == ["Priya Natarajan", "Tom Okafor"]
    assert (doc.date, doc.date_source) == ("2024-10-04", "last-updated")
    assert [h.title for h in doc.headings] == ["Ships leave port, navy says", "Observers invited"]
    kinds = [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind not in _KEPT]
    assert ("doctype", "Live") in kinds
    assert ("dateline", "9:20 p.m. GMT") in kinds and ("dateline", "7:05 p.m. GMT") in kinds


def test_a_ticker_over_a_story_is_still_a_related_link() -> None:
    """`Live updates: …` over another story's headline (no byline under it) is a ticker's link, and a line with a
    comma under a paragraph (no stamp above it) is no head."""
    found = _furniture(
        "\n".join(
            [
                "Live updates: Leaders gather for the harbour summit",
                "Coast Guards Sign Pact on Search and Rescue",
                "By Ana Ruiz",
                "June 3, 2025",
                "The coast guards of two states signed a pact on search and rescue on Monday.",
                "Crews will train together twice a year.",
            ]
        )
    )
    assert ("related", "Live updates: Leaders gather for the harbour summit") in found
    doc = parse_text(
        "The first paragraph of the story ends here with a full stop.\nShips sail, officials say\n"
        "Officials said the ships would sail at dawn and return within a week."
    )
    assert not doc.headings
