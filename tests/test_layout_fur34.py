"""Page furniture found by repetition and position (`allyscope/layout/repeats.py`, issue 12), whatever its words.

Documents here are built from sentences written for these tests, with heads and feet of made-up words; the
generated ones (`corpora/furniture_repeats.py`) draw their furniture's words at random, the gold made by
construction. Text that repeats (a refrain, a table's rows, list items beginning alike) must stay text.
"""

from __future__ import annotations

import textwrap

from corpora.furniture_repeats import draw, split
from corpora.layout_generator import check
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.repeats import repeat_key

_SENTENCES = [
    "Pilots from the three air arms now file their training routes a week ahead of each exercise.",
    "The routes are checked by a small cell that sits in rotation at each capital's operations centre.",
    "Before the cell existed, two squadrons once planned night flights through the same corridor.",
    "Nobody was hurt, but the near miss was reported widely and embarrassed every ministry involved.",
    "The cell has no authority to cancel a flight and can only warn the planners on either side.",
    "Even so, its warnings are rarely ignored, because a second incident would be hard to explain.",
    "Funding for the cell comes from a shared budget line renewed by the ministers every two years.",
    "Critics say the arrangement depends too much on a handful of officers who know one another well.",
    "Supporters answer that personal trust is exactly what a small cell of this kind is meant to build.",
    "The next review is expected to ask whether the cell should also cover maritime patrol aircraft.",
]


def _body_lines(paragraphs: int = 10, width: int = 72) -> list[str]:
    """Wrapped lines of running text, each paragraph three sentences (no sentence ends a line by chance)."""
    out: list[str] = []
    for p in range(paragraphs):
        text = " ".join(_SENTENCES[(p + k) % len(_SENTENCES)] for k in range(3))
        out += textwrap.wrap(text, width)
    return out


def _paged(lines: list[str], per_page: int, foot: list[str], head: list[str], first_head: bool) -> str:
    """Title and byline, then `lines` cut into pages of `per_page`, each page with its foot (`#` for its number)
    and the next page's head."""
    out = ["Route Planning Among Neighbouring Air Forces", "Dana Whitlock"]
    if first_head:
        out = [h.replace("#", "1") for h in head] + out
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    for n, page in enumerate(pages, start=1):
        if n > 1:
            out += [h.replace("#", str(n)) for h in head]
        out += page
        out += [f.replace("#", str(n)) for f in foot]
    return "\n".join(out) + "\n"


def test_keys_make_page_counts_alike() -> None:
    assert repeat_key("Page 3 of 12") == repeat_key("PAGE 4  OF 12")
    assert repeat_key("- iv -") == repeat_key("- v -") == repeat_key("- 12 -")
    assert repeat_key("Draft — 12 May 2025 — 7") == repeat_key("Draft — 12 May 2025 — 8")
    assert repeat_key("第三页") == repeat_key("第十二页")
    assert repeat_key("Vivid notes") != repeat_key("Other notes")


def test_two_line_foot_and_head_without_any_page_mark() -> None:
    foot = ["Brenna Quorvel working group", "loose leaf, not bound"]
    raw = _paged(_body_lines(), 11, foot, ["Tamsk Halver #"], False)
    doc = parse_text(raw)
    assert "Brenna Quorvel" not in doc.text and "loose leaf" not in doc.text and "Tamsk" not in doc.text
    assert doc.title == "Route Planning Among Neighbouring Air Forces"
    assert doc.authors == ["Dana Whitlock"]
    assert "a small cell that sits in rotation" in doc.text


def test_foot_glued_to_its_page_number_and_roman_numbers() -> None:
    raw = _paged(_body_lines(), 12, ["Orrin Vale circular    #"], [], False)
    doc = parse_text(raw)
    assert "Orrin Vale" not in doc.text
    roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"]
    lines = raw.splitlines()
    numbered, n = [], 0
    for line in lines:
        if line.startswith("Orrin Vale"):
            numbered.append(f"- {roman[n]} -")
            n += 1
        else:
            numbered.append(line)
    doc = parse_text("\n".join(numbered) + "\n")
    assert "- iii -" not in doc.text and "- vi -" not in doc.text
    assert doc.title == "Route Planning Among Neighbouring Air Forces"


def test_head_over_the_first_page_is_no_title() -> None:
    raw = _paged(_body_lines(), 12, [], ["Kelt Morrow Sandis seminar #"], True)
    doc = parse_text(raw)
    assert doc.title == "Route Planning Among Neighbouring Air Forces"
    assert "Kelt Morrow" not in doc.text


def test_a_refrain_stays_text_even_at_a_page_turn() -> None:
    lines = _body_lines(8)
    refrain = "We will keep the corridor open for everyone."
    for at in (5, 23, 29):  # irregular distances; one stands right before a page's foot
        lines.insert(at, refrain)
    raw = _paged(lines, 12, ["Pellam Rue papers #"], [], False)
    doc = parse_text(raw)
    assert doc.text.count(refrain) == 3
    assert "Pellam Rue" not in doc.text


def test_table_rows_and_items_beginning_alike_stay_text() -> None:
    lines = _body_lines(3)
    lines[4:4] = ["Week 1   briefing", "Week 2   briefing", "Week 3   flying", "Week 4   briefing"]
    lines[12:12] = [
        "We ask that each squadron name one planner for the corridor.",
        "We ask that each planner copy the cell on every draft route.",
        "We ask that the cell answer within two working days.",
    ]
    lines += _body_lines(4)
    raw = _paged(lines, 12, ["Sorrel Kine notes, #"], [], False)
    doc = parse_text(raw)
    for row in ("Week 1   briefing", "Week 2   briefing", "Week 4   briefing", "We ask that the cell answer"):
        assert row.split()[0] in doc.text and row in doc.text
    assert "Sorrel Kine" not in doc.text


def test_cjk_foot_of_random_characters_at_form_feeds() -> None:
    body = [
        "各方在演习前一周交换飞行计划，由轮值的协调小组逐条核对，发现航线重叠时",
        "及时提醒双方的计划人员。协调小组并无取消飞行的权力，但其提醒很少被忽视。",
        "小组的经费来自共同预算，每两年由各国部长续批一次，人员则从各国空军抽调。",
    ] * 8
    pages = [body[i : i + 8] for i in range(0, len(body), 8)]
    out = ["邻国空军航线协调机制的运作", "许文清"]
    for n, page in enumerate(pages, start=1):
        out += [*page, "蔺苒蹊蘅　编", f"\x0c砚漪书斋札记 {n}"]
    doc = parse_text("\n".join(out) + "\n")
    assert doc.title == "邻国空军航线协调机制的运作"
    assert "蔺苒蹊蘅" not in doc.text and "砚漪书斋" not in doc.text


_TUNED = st.integers(0, 10**6).filter(lambda s: split(s) == "tuned")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(seed=_TUNED)
def test_generated_furniture_never_reaches_the_title_or_authors(seed: int) -> None:
    """On every tuned draw of three pages or more, the random furniture is in neither the title nor the authors,
    and the body keeps all of its text (it may keep a line of furniture it could not tell: `body` may fail)."""
    made = draw(seed)
    if made.furniture.pages < 3:
        return
    result = check(parse_text(made.generated.raw), made.generated)
    assert result["title"] and result["authors"], (seed, result)
    assert result["notes"] and result["headings"], (seed, result)


def test_generated_floor_on_fixed_tuned_draws() -> None:
    """Exactness over a fixed set of tuned draws (benchmarks/furniture_repeats.py prints the full figure; 0.405
    of them were exact before this pass)."""
    seeds = [s for s in range(60) if split(s) == "tuned"]
    exact = sum(all(check(parse_text(d.generated.raw), d.generated).values()) for d in map(draw, seeds))
    assert exact / len(seeds) >= 0.8
