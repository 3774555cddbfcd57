"""pdf38 (nineteenth session): copies of PDF and Word pages, each rule on text in other words."""

from __future__ import annotations

import textwrap

from helpers import assert_copied_pieces_match_raw, assert_offsets_valid
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text


def _columns(left: list[str], right: list[str], margin: int = 2, edge: int = 46) -> list[str]:
    """Two columns printed side by side, as a layout-keeping extractor writes them."""
    rows = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        line = (" " * margin + a) if a else ""
        rows.append((line.ljust(edge) + b if b else line).rstrip())
    return rows


def test_side_by_side_columns_read_down_the_left_then_the_right() -> None:
    """Each line holds a left and a right column's line: the text reads the left column down, then the right,
    a sentence cut at the column's foot going on at the next column's head, and the notes stay notes."""
    raw = "\n".join(
        [
            "        Arctic Shipping and the Polar Code: Early Practice",
            "",
            "                        Ingrid Solberg",
            "",
            *_columns(
                [
                    "1 Background",
                    "Ships sailing in polar waters must hold",
                    "a certificate under the Polar Code,",
                    "which entered into force in 2017.1 Flag",
                    "states issue the certificates after a",
                    "survey of the hull and the equipment,",
                    "and many of them ask a classification",
                ],
                [
                    "society to carry out that survey on their",
                    "behalf. Few ships have been refused.2",
                    "",
                    "2 Practice at Sea",
                    "Coastal states inspect certified ships",
                    "when they call at Arctic ports, but the",
                    "inspections are short and rarely find",
                ],
            ),
            "",
            "  1 Adopted by the maritime organisation's assembly in 2014 and 2015.",
            "  2 Figures of the classification societies, 2023.",
        ]
    )
    doc = parse_text(raw)
    assert [h.title for h in doc.headings] == ["Background", "Practice at Sea"]
    assert "and many of them ask a classification society to carry out that survey" in doc.text
    assert "which entered into force in 2017.[1] Flag states issue" in doc.text
    assert doc.note_text(doc.footnotes[0]).startswith("Adopted by")
    assert [m.numbers for m in doc.markers] == [(1,), (2,)]
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)


def test_cjk_columns_side_by_side() -> None:
    """The same in Chinese: the right column's first line goes on from the left column's last."""
    left = [
        "一、问题的提出",
        "近年来，沿海国家在专属经济区内",
        "开展的执法活动日益频繁，",
        "相关争端也随之增多。",
        "本文拟从三个方面加以讨论，",
    ]
    right = [
        "首先梳理相关国际法规则，其次",
        "考察主要国家的实践，最后提出",
        "若干政策建议。",
        "二、国际法规则",
        "《联合国海洋法公约》对此有原则性规定。",
    ]
    raw = "\n".join(["专属经济区执法问题初探", "", "王立新", "", *_columns(left, right, edge=40)])
    doc = parse_text(raw)
    assert [h.title for h in doc.headings] == ["问题的提出", "国际法规则"]
    assert "本文拟从三个方面加以讨论，首先梳理相关国际法规则" in doc.text
    assert_copied_pieces_match_raw(doc)


def test_a_table_of_two_aligned_columns_keeps_its_rows() -> None:
    """Short cells aligned at one column are a table's rows, not two columns of text: each row stays whole."""
    raw = "\n".join(
        [
            "Patrol vessels delivered to partner navies",
            "The table lists the vessels by recipient.",
            "Recipient state          Vessels",
            "Fiji                     2",
            "Tonga                    1",
            "Samoa                    1",
            "Vanuatu                  2",
            "Deliveries continued in the following year.",
        ]
    )
    doc = parse_text(raw)
    assert "Fiji                     2" in doc.text
    assert doc.text.index("Tonga") < doc.text.index("Samoa") < doc.text.index("Vanuatu")


def _kinds(raw: str) -> list[tuple[str, str]]:
    doc = parse_text(raw)
    kept = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}
    return [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind not in kept]


def test_cover_fields_are_read_by_their_labels() -> None:
    """A thesis cover in traditional characters: the supervisor's line is a credit, the discipline and the
    school affiliations, the degree a doctype, the date of submission a dateline; the student is the author."""
    raw = "\n".join(
        [
            "南海大學",
            "碩士學位論文",
            "海上民兵與灰色地帶衝突之研究",
            "學生姓名：鄭雅文",
            "指導教授：陳志強 教授",
            "學科專業：政治學",
            "學位類別：政治學碩士",
            "提交日期：2023年6月",
            "摘　要",
            "本文探討海上民兵在灰色地帶衝突中的角色，並比較各國的應對方式。",
            "關鍵詞：海上民兵；灰色地帶；海上執法",
            "第一章　緒論",
            "海上民兵的活動近年來受到各國關注。",
        ]
    )
    doc = parse_text(raw)
    assert doc.title == "海上民兵與灰色地帶衝突之研究"
    assert doc.authors == ["鄭雅文"]
    kinds = dict((text, kind) for kind, text in _kinds(raw))
    assert kinds["指導教授：陳志強 教授"] == "credit"
    assert kinds["學科專業：政治學"] == "affiliation"
    assert kinds["學位類別：政治學碩士"] == "doctype"
    assert kinds["提交日期：2023年6月"] == "dateline"


def test_an_english_cover_page_under_a_chinese_cover() -> None:
    """A second cover page in English: its title (a Latin line in title case) is the translated title, the
    degree statement a doctype, the candidate the translated author, the supervisor a credit, the school and the
    month an affiliation and a dateline; the declaration of originality is a disclaimer."""
    raw = "\n".join(
        [
            "西湖大学",
            "博士学位论文",
            "海上通道安全与区域合作机制",
            "研究生姓名：周明远",
            "导师：李华　教授",
            "Security of Sea Lanes and Mechanisms of Regional Cooperation",
            "A dissertation submitted to Westlake University in partial fulfillment of the requirements for the "
            "degree of Doctor of Philosophy",
            "Candidate: Zhou Mingyuan",
            "Advisor: Professor Li Hua",
            "Institute of Advanced Studies, Westlake University",
            "June 2025",
            "原创性声明",
            "本人声明：所提交的学位论文是本人独立进行研究工作所取得的成果。",
            "摘　要",
            "本文研究海上通道安全问题及区域合作机制的演变。",
            "关键词：海上通道；区域合作",
            "第一章　导论",
            "海上通道是国际贸易的生命线。",
        ]
    )
    assert parse_text(raw).authors == ["周明远"]
    kinds = dict((text, kind) for kind, text in _kinds(raw))
    assert kinds["Security of Sea Lanes and Mechanisms of Regional Cooperation"] == "translated-title"
    assert kinds["Candidate: Zhou Mingyuan"] == "translated-author"
    assert kinds["Advisor: Professor Li Hua"] == "credit"
    assert kinds["Institute of Advanced Studies, Westlake University"] == "affiliation"
    assert kinds["June 2025"] == "dateline"
    assert kinds["原创性声明"] == "disclaimer"
    assert kinds["本人声明：所提交的学位论文是本人独立进行研究工作所取得的成果。"] == "disclaimer"
    assert next(k for t, k in kinds.items() if t.startswith("A dissertation submitted")) == "doctype"


def test_a_paper_without_a_cover_keeps_its_english_lines() -> None:
    """No supervisor, no cover: a date and an institute's name under a paper's text are not read as a cover."""
    raw = "\n".join(
        [
            "区域海上安全合作的新趋势",
            "张明",
            "摘要：本文分析区域海上安全合作的新趋势。",
            "关键词：海上安全；区域合作",
            "一、引言",
            "近年来，区域海上安全合作不断深化。",
        ]
    )
    assert not any(kind in ("credit", "translated-title") for kind, _ in _kinds(raw))


def test_a_schedule_of_three_aligned_columns_keeps_its_rows() -> None:
    """A schedule's rows (a date, a place, an engagement) aligned in three columns: no two columns of text."""
    raw = "\n".join(
        [
            "The minister's travel in March",
            "Day         Place        Engagement",
            "4 March     Canberra     Talks with the defence minister on submarine crews",
            "5 March     Canberra     Visit to the joint operations command headquarters",
            "6 March     Darwin       Meeting with the rotational force commanders",
            "7 March     Darwin       Tour of the port and the new fuel storage site",
            "The minister returned home on 8 March.",
        ]
    )
    doc = parse_text(raw)
    assert "5 March     Canberra     Visit to the joint" in doc.text


def test_a_chapter_label_alone_over_its_title() -> None:
    """`Chapter 2` alone, its title on the next line: one heading, labelled 2, titled by that line; the same in
    Chinese (`第二章` over `结论`)."""
    raw = "\n".join(
        [
            "Fisheries Patrols in West Africa",
            "Kofi Mensah",
            "Chapter 1",
            "Illegal Fishing off the Coast",
            "Foreign trawlers fish in the coastal zone at night, when patrols are rare.",
            "Chapter 2",
            "Patrols and Partners",
            "Partners lend ships and train boarding teams for the region's navies.",
        ]
    )
    doc = parse_text(raw)
    assert [(h.label, h.title) for h in doc.headings] == [
        ("1", "Illegal Fishing off the Coast"),
        ("2", "Patrols and Partners"),
    ]
    raw = "\n".join(
        [
            "海上执法合作研究",
            "作者：李强",
            "第一章",
            "问题的提出",
            "近年来海上执法合作日益频繁。",
            "第二章",
            "结论",
            "合作仍需加强。",
        ]
    )
    assert [(h.label, h.title) for h in parse_text(raw).headings] == [("一", "问题的提出"), ("二", "结论")]


def test_chapter_notes_under_their_label_are_endnotes() -> None:
    """Each chapter ends with its own `Notes`, numbered from 1, before the page's foot: endnotes, not a page's
    foot notes, and the numbers restart with each chapter."""
    raw = "\n".join(
        [
            "Ports and Power",
            "Lena Ortiz",
            "1 Harbours",
            "Harbours draw navies as much as merchants.1 Their owners know it.2",
            "Notes",
            "1. A survey of forty ports, 2021.",
            "2. Interview with a port official, 2022.",
            "Ports and Power  7",
            "2 Fleets",
            "Fleets need fuel close to where they sail.1",
            "Notes",
            "1. Naval logistics handbook, 2019.",
            "Ports and Power  8",
        ]
    )
    doc = parse_text(raw)
    assert [(f.block, f.number) for f in doc.footnotes] == [(0, 1), (0, 2), (1, 1)]
    assert doc.layout.placement == "endnotes"


def test_review_balloons_of_a_printed_draft_are_its_history() -> None:
    """A draft printed with its markup: a reviewer's comments and tracked changes stand between the paragraphs;
    they are the draft's editing history, and the text runs on around them."""
    raw = "\n".join(
        [
            "Coast Guard Cooperation in the Gulf of Guinea",
            "Ama Boateng",
            "1. Background",
            "Piracy in the gulf fell after 2020 as navies patrolled together.",
            "Commented [KL1]: Add the figures for 2023 here.",
            "Deleted: sharply",
            "Formatted: Font: 11 pt",
            "2. Outlook",
            "Regional centres now share reports within hours.",
            "批注 [W2]: 请核对数据来源。",
        ]
    )
    kinds = _kinds(raw)
    assert [k for k, _ in kinds] == ["history"] * 4
    assert "Deleted: sharply" not in " ".join(s for s in parse_text(raw).text.split("\n") if "Piracy" in s)


def test_a_marker_glued_after_kana_before_the_stop() -> None:
    """A word processor's footnote number flattened after a verb's last kana (`示した1。`) cites the note under
    the rule; an article's number after `の` (`第9条の2。`) is none."""
    raw = "\n".join(
        [
            "海洋状況把握の現状",
            "山本 健",
            "政府は2016年に海洋状況把握の能力強化に向けた取組を示した1。",
            "関係省庁は情報の共有を進めている2。",
            "根拠規定は海洋基本法第9条の2。",
            "――――――――――",
            "1 総合海洋政策本部決定、2016年7月。",
            "2 内閣府資料による。",
        ]
    )
    doc = parse_text(raw)
    assert [m.numbers for m in doc.markers] == [(1,), (2,)]
    assert [doc.note_text(f) for f in doc.footnotes] == ["総合海洋政策本部決定、2016年7月。", "内閣府資料による。"]
    assert "第9条の2。" in doc.text


def test_a_white_paper_named_by_its_report_line_over_its_issuer() -> None:
    """A report's name that reads like a series label (`…防衛報告書`) over the body printing it (`…編印`) and a
    month: the name is the title, the issuer an affiliation, and the month, not the year in the name, dates it;
    the parts (`第二篇`) nest over the chapters and sections."""
    raw = "\n".join(
        [
            "民國112年海洋事務報告書",
            "海洋委員會　編印",
            "中華民國112年12月",
            "第二篇　海域安全",
            "第一章　海域執法",
            "第一節　巡護作為",
            "海巡機關持續強化重要海域的巡護密度，並與鄰近國家建立聯繫管道。",
            "第二節　國際合作",
            "我國與多國海上執法機關簽署合作備忘錄，深化情資交流。",
        ]
    )
    doc = parse_text(raw)
    assert doc.title == "民國112年海洋事務報告書"
    assert (doc.date, doc.date_source) == ("2023-12", "dateline")
    assert [(h.level, h.label) for h in doc.headings] == [(1, "二"), (2, "一"), (3, "一"), (3, "二")]
    assert ("affiliation", "海洋委員會　編印") in _kinds(raw)


def test_a_release_label_over_its_issuer_stays_a_label() -> None:
    """A short label (`報道発表資料`) over its issuer and date names no document: it stays a doctype."""
    raw = "\n".join(
        ["報道発表資料", "海上保安庁　編集", "令和6年6月3日", "巡視船の就役について", "本日、新たな巡視船が就役した。"]
    )
    assert "報道発表資料" not in (parse_text(raw).title or "")


def test_a_department_over_the_kind_of_paper_and_a_student_who_wrote_it() -> None:
    """A department's line over `碩士論文` is an affiliation, not the title; `研究生：… 撰` names the writer,
    `撰` (wrote it) left outside the name."""
    raw = "\n".join(
        [
            "東海大學政治學系",
            "碩士論文",
            "南太平洋島國的海洋治理",
            "指導教授：李文華 博士",
            "研究生：張書豪 撰",
            "中華民國一一三年六月",
            "第一章　緒論",
            "南太平洋島國擁有廣大的專屬經濟區，其海洋治理備受關注。",
        ]
    )
    doc = parse_text(raw)
    assert doc.title == "南太平洋島國的海洋治理"
    assert doc.authors == ["張書豪"]
    assert ("affiliation", "東海大學政治學系") in _kinds(raw)


_LEFT = st.text(alphabet="abcdefghijklm", min_size=3, max_size=9)  # the columns' words differ
_RIGHT = st.text(alphabet="nopqrstuvwxyz", min_size=3, max_size=9)


@settings(max_examples=30, deadline=None, derandomize=True)
@given(
    left=st.lists(_LEFT, min_size=40, max_size=80, unique=True),
    right=st.lists(_RIGHT, min_size=40, max_size=80, unique=True),
    margin=st.integers(min_value=0, max_value=4),
)
def test_any_two_wrapped_columns_read_each_whole_and_in_order(left: list[str], right: list[str], margin: int) -> None:
    """Two paragraphs wrapped into columns and printed side by side: the body holds each column's words in order,
    the left column's before the right's, and every copied piece maps back to the raw text."""
    width = 36
    first = textwrap.wrap(" ".join(left).capitalize() + ".", width)
    second = textwrap.wrap(" ".join(right).capitalize() + ".", width)
    raw = "\n".join(["Port Access in Small Island States", "", "Mele Tupou", "", *_columns(first, second, margin, 44)])
    doc = parse_text(raw)
    flat = " ".join(doc.text.split())
    a, b = " ".join(first), " ".join(second)
    assert a in flat and b in flat and flat.index(a) < flat.index(b)
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)
