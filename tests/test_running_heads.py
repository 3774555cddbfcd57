"""Running heads known by their rhythm (allyscope/layout/running_heads.py), whatever they say.

Property tests: random CJK text laid out in pages whose heads take turns (one text over odd pages, another over
even ones, neither a word of the title), with or without page numbers; the heads must leave the text and the
text must stay whole. Examples in our own words for the single-print rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from helpers import assert_copied_pieces_match_raw, assert_offsets_valid, squeeze
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from allyscope import parse_text

HAN = "海上安全合作机制伙伴关系演习网络防御政治对话战略协调首脑会议外长访问国际秩序地区形势发展"
HEAD = "评论季刊研究学报论丛东亚周边外交政策年鉴"  # the heads' characters: none is a character of the text


@dataclass
class Paged:
    raw: str
    body: str  # every character of the title and body, white space removed
    heads: tuple[str, str]


@st.composite
def paged(draw: st.DrawFn) -> Paged:
    width = draw(st.integers(18, 30))
    page_count = draw(st.integers(5, 7))  # each head printed at least twice
    numbered = draw(st.booleans())
    heads = (
        "".join(draw(st.lists(st.sampled_from(HEAD), min_size=4, max_size=9))),
        "".join(draw(st.lists(st.sampled_from(HEAD), min_size=4, max_size=9))),
    )
    assume(heads[0] != heads[1])
    title = "".join(draw(st.lists(st.sampled_from(HAN), min_size=6, max_size=12)))
    paragraphs = draw(
        st.lists(st.text(alphabet=HAN, min_size=2 * width, max_size=4 * width), min_size=6, max_size=10)
    )
    lines: list[str] = []
    for paragraph in paragraphs:
        text = paragraph + "。"
        lines += [text[k : k + width] for k in range(0, len(text), width)]
    # a line of the text printed word for word on three pages is a running head by any reading: not this case
    assume(all(lines.count(line) < 3 for line in set(lines)))
    per_page = -(-len(lines) // page_count)
    pages = [lines[k : k + per_page] for k in range(0, len(lines), per_page)]
    out = [title]
    for number, page in enumerate(pages, start=1):
        if number > 1:
            out.append(heads[number % 2])
        out += page
        if numbered:
            out.append(f"― {number + 20} ―")
    return Paged("\n".join(out) + "\n", squeeze(title + "".join(lines)), heads)


def _refrain() -> Paged:
    """Five pages whose full last line reads the same on the first and third (a run of one character, found by
    Hypothesis): taken for a foot beside the page numbers and dropped (seventh session); a line as wide as the
    text's at two page turns of five is text cut at the page's edge."""
    up = "上"
    lines = [
        "海海海海海海",
        up * 27 + "伙", up * 27 + "会", "。", up * 26 + "习上", "― 21 ―",
        "评评评评", up * 24 + "习上上上", "上上。", up * 24 + "习上上上", up * 27 + "伙", "― 22 ―",
        "评评评评评", "上上。", up * 25 + "习上上", up * 27 + "习", up * 26 + "习上", "― 23 ―",
        "评评评评", "上。", up * 28, up * 25 + "习上上", "。", "― 24 ―",
        "评评评评评", up * 28, up * 27 + "习", "上。", "― 25 ―",
    ]  # fmt: skip
    body = [line for line in lines if not line.startswith(("―", "评"))]
    return Paged("\n".join(lines) + "\n", squeeze("".join(body)), ("评评评评", "评评评评评"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paged())
@example(_refrain())
def test_heads_taking_turns_leave_the_text_whole(doc: Paged) -> None:
    parsed = parse_text(doc.raw)
    assert squeeze(parsed.text) == doc.body
    assert doc.heads[0] not in parsed.text and doc.heads[1] not in parsed.text
    assert_offsets_valid(parsed)
    assert_copied_pieces_match_raw(parsed)


def test_a_full_line_at_two_page_turns_of_five_stays_text() -> None:
    doc = _refrain()
    parsed = parse_text(doc.raw)
    assert squeeze(parsed.text) == doc.body
    assert "评评评评" not in parsed.text


def test_a_head_cutting_a_sentence_once_is_dropped() -> None:
    # the second page's head stands once, in the middle of a sentence a full line runs on with
    raw = (
        "Quarterly Review of Ocean Affairs, Vol. 3, No. 2\n"
        "Buoys, Charts and Signals\n"
        "Anna Berg\n"
        "1. Beginnings\n"
        "The lighthouse services of the region first met to compare the colours of their buoys and\n"
        "the timing of their signals. Over the years the meetings grew into a forum with a small\n"
        "Navigation Aids Compared\n"
        "secretariat, which now keeps a shared register of every light along the coast.\n"
    )
    doc = parse_text(raw)
    assert "Navigation Aids Compared" not in doc.text
    assert "with a small secretariat, which" in doc.text


def test_a_short_line_before_a_long_word_stays_text() -> None:
    # a line cut short because the next word did not fit is text, not a head
    raw = (
        "Buoys, Charts and Signals\n"
        "Anna Berg\n"
        "1. Beginnings\n"
        "The lighthouse services of the region first met to compare the colours of their buoys and\n"
        "the timing of their signals, and the report is published at\n"
        "https://example.org/a-very-long-address/of/the/lighthouse/services/report-on-signals-2019.pdf\n"
        "for anyone to read.\n"
    )
    doc = parse_text(raw)
    assert "the report is published at" in doc.text


def test_a_subsection_vouches_for_its_section() -> None:
    # `1 de facto …` does not open with a capital, but `1.1 …` under it makes it section 1
    raw = (
        "Buoys, Charts and Signals\n"
        "Anna Berg\n"
        "1 de facto standards at sea\n"
        "1.1 Colours\n"
        "Every service paints its buoys by one of two systems.\n"
        "1.2 Lights\n"
        "The timing of the lights follows the same split.\n"
    )
    doc = parse_text(raw)
    assert [(h.level, h.label, h.title) for h in doc.headings] == [
        (1, "1", "de facto standards at sea"),
        (2, "1.1", "Colours"),
        (2, "1.2", "Lights"),
    ]


def test_lines_repeated_closer_than_a_page_stay_text() -> None:
    """A chronology dumped one cell a line repeats its short cells every few lines: those are text, not heads
    (a head is printed once a page), and no dated line of it may be lost."""
    from allyscope.pipeline import parse_text

    rows = [("1998年2月", "海牙", "磋商"), ("2001年9月", "渥太华", "磋商"), ("2004年5月", "海牙", "磋商"),
            ("2009年11月", "堪培拉", "磋商"), ("2013年3月", "渥太华", "磋商")]  # fmt: skip
    text = "年表\n\n" + "".join(f"{when}\n{where}\n{what}\n\n" for when, where, what in rows)
    doc = parse_text(text)
    for when, _, _ in rows:
        assert when in doc.text
