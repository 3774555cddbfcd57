"""Lines about the page or its people, not its text (issue 12, sixth session): staff credits (`责任编辑：…`,
`Editing by …`), figure and table captions with their source lines, a paragraph presenting the author, a byline
naming where it was reported from, a post under the author's name. Documents written for these tests."""

from __future__ import annotations

from allyscope import parse_text

_KEPT = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}


def _furniture(raw: str) -> list[list[str]]:
    doc = parse_text(raw)
    return [[s.kind, doc.span_text(s)] for s in doc.spans if s.kind not in _KEPT]


def _paragraphs(raw: str) -> list[str]:
    doc = parse_text(raw)
    return [doc.span_text(s) for s in doc.spans if s.kind == "paragraph"]


def test_an_editor_credit_is_neither_text_nor_author() -> None:
    """Decision (sixth session): `责任编辑：…` names the page's staff; a reader wants it out of the text (its
    name is no person of the story) and out of the authors, kept as a `credit` span with its offsets."""
    raw = (
        "港口检查合作启动\n2024-02-03 10:00　来源：某某网\n作者：林晓\n"
        "两国港口管理部门2日启动联合检查，首批检查了十二艘货船。\n"
        "双方表示，检查结果将在下月公布。\n责任编辑：钱进　校对：孙丽\n"
    )
    doc = parse_text(raw)
    assert doc.authors == ["林晓"]
    assert ["credit", "责任编辑：钱进　校对：孙丽"] in _furniture(raw)
    assert not any("钱进" in p for p in _paragraphs(raw))


def test_wire_credits_and_an_edited_by_line() -> None:
    raw = (
        "Ferry operators agree on new safety checks\nBy Ana Ruiz\nApril 2, 2024\n"
        "Ferry operators in the strait agreed on Tuesday to inspect life rafts every month.\n"
        "The checks start in June.\nReporting by Ana Ruiz; Editing by Mark Hale\n"
    )
    assert _furniture(raw)[-1] == ["credit", "Reporting by Ana Ruiz; Editing by Mark Hale"]
    assert parse_text(raw).authors == ["Ana Ruiz"]


def test_figure_captions_and_source_lines_are_not_text() -> None:
    raw = (
        "港口吞吐量的变化\n王岩\n一、总体情况\n近十年来，区域港口的吞吐量持续增长。\n"
        "图2　2014—2023年港口吞吐量\n资料来源：各港口年报。\n从图2可以看出，增长主要来自集装箱运输。\n"
    )
    furniture = _furniture(raw)
    assert ["caption", "图2　2014—2023年港口吞吐量"] in furniture
    assert ["caption", "资料来源：各港口年报。"] in furniture
    assert "从图2可以看出，增长主要来自集装箱运输。" in _paragraphs(raw)


def test_a_paragraph_presenting_the_author_is_an_author_bio() -> None:
    raw = (
        "Why Ports Share Data\nTom Reyes\nIntroduction\n"
        "Ports share data on ships and cargo because delays cost every one of them money.\n\n"
        "Tom Reyes is a research fellow at a shipping institute. He writes on port security.\n"
    )
    furniture = _furniture(raw)
    assert furniture[-1][0] == "author-bio" and furniture[-1][1].startswith("Tom Reyes is a research fellow")
    assert parse_text(raw).authors == ["Tom Reyes"]
    # a paragraph that only names the author is text
    other = raw.replace("Tom Reyes is a research fellow", "Tom Reyes visited three ports")
    assert not any(kind == "author-bio" for kind, _ in _furniture(other))


def test_a_byline_names_the_reporter_not_the_place() -> None:
    raw = (
        "港務合作再擴大\n記者林小華／高雄報導\n港務公司3日宣布，將與鄰國港口簽署合作協定。\n雙方預計年底前完成簽署。\n"
    )
    assert parse_text(raw).authors == ["林小華"]


def test_a_post_under_the_name_is_an_affiliation() -> None:
    raw = (
        "Commentary\nPorts in the Pacific\nLiam Ortiz\nVisiting Fellow, Pacific Studies Program\nMay 3, 2024\n"
        "Small island ports handle a growing share of the region's fuel imports each year.\n"
    )
    doc = parse_text(raw)
    assert doc.authors == ["Liam Ortiz"]
    assert ["affiliation", "Visiting Fellow, Pacific Studies Program"] in _furniture(raw)
    assert (doc.date, doc.date_source) == ("2024-05-03", "dateline")


def test_a_post_in_brackets_after_the_byline_is_an_affiliation() -> None:
    raw = (
        "港口合作的新課題\n作者／陳志遠（海洋政策研究中心研究員）\n港口之間的合作近年逐漸增加，但仍缺乏制度化的安排。\n"
    )
    doc = parse_text(raw)
    assert doc.title == "港口合作的新課題"
    assert doc.authors == ["陳志遠"]
    assert ["affiliation", "海洋政策研究中心研究員"] in _furniture(raw)


def test_a_question_standing_alone_heads_a_web_section() -> None:
    raw = (
        "How Ports Are Inspected\nBy Rosa Lind\n"
        "Port inspections follow a common checklist agreed by the region's maritime authorities in 2019.\n"
        "Who decides which ships are inspected?\n"
        "Each authority picks ships by a risk score that weighs the ship's age, flag and past findings.\n"
        "Inspectors then board the ship. Do they ever refuse entry?\n"
        "Rarely: fewer than one ship in a hundred is held in port after an inspection.\n"
    )
    doc = parse_text(raw)
    # the second question ends a paragraph: it is text, not a heading
    assert [(h.level, h.title) for h in doc.headings] == [(1, "Who decides which ships are inspected?")]
