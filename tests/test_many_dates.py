"""Texts of many dates read in time that grows with the text (issue 14, bad input "100,000 dates"): the helpers
that once searched a whole line or clause from every date answer as their plain definitions do. The time figures
are printed by `benchmarks/bench_many_dates.py`, not asserted here."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import allyscope
from allyscope.dates import _ALONE_AROUND as _ALONE
from allyscope.dates import _PLACE_AFTER as _PLACE
from allyscope.dates import _SENTENCE_SIGNS, DateMention, _in_document_title, _on_a_date_line, _opens_its_line
from allyscope.edtf import bounds
from allyscope.event_clauses import first_cut_keeping_its_names
from allyscope.events import _clauses

_PIECES = [
    "《",
    "》",
    "\n",
    " ",
    "\u3000",
    "年",
    "a",
    "Mon",
    "day",
    "星期一",
    "。",
    "，",
    ",",
    ".",
    "2023年5月",
    "—",
    "x" * 30,
]


def _naive_in_title(text: str, start: int) -> bool:
    opened = text.rfind("《", 0, start)
    return opened >= 0 and text.rfind("》", opened, start) < 0


@settings(max_examples=300, derandomize=True)
@given(st.lists(st.sampled_from(_PIECES), max_size=60), st.data())
def test_title_and_line_start_answer_as_their_definitions(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    at = data.draw(st.integers(0, len(text)))
    assert _in_document_title(text, at) == _naive_in_title(text, at)
    assert _opens_its_line(text, at) == (not text[text.rfind("\n", 0, at) + 1 : at].strip())


def _naive_date_line(text: str, start: int, end: int) -> bool:
    begin = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    marks = text[begin:start].strip()
    if marks and all(c in "■□●○◆◇▼▽・‧•·*-" for c in marks) and len(re.findall(r"[^\W\d_]", text[end:stop])) >= 6:
        return False  # a list's item: a bullet, its date, then a text of its own
    if not text[begin:start].strip() and _PLACE.fullmatch(text, end, stop):
        return True
    around = text[begin:start] + " " + text[end:stop]
    return not _SENTENCE_SIGNS.search(around.strip()) and len(_ALONE.sub("", around)) <= 40


_LINE_PIECES = ["Monday", "Wednesday ", "星期一", "月曜日", " ", "ab", "—", "(", ")", "。", ".", "\n", "x" * 45, "東京"]
_LINE_PIECES += ["•", "・"]  # a list's bullets


@settings(max_examples=300, derandomize=True)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=40), st.lists(st.sampled_from(_LINE_PIECES), max_size=40))
def test_a_date_line_is_told_as_by_reading_the_whole_line(before: list[str], after: list[str]) -> None:
    head, tail = "".join(before) * 3, "".join(after) * 3  # long enough to pass the window read near the date
    date = "2024年3月6日"
    text = head + date + tail
    mention = DateMention(len(head), len(head) + len(date), date, "2024-03-06", "day", "absolute")
    assert _on_a_date_line(text, mention) == _naive_date_line(text, mention.start, mention.end)


def _naive_clauses(sentence: str, mentions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    from allyscope.events import _joined

    bounds_ = [(m[0], mentions[i + 1][0] if i + 1 < len(mentions) else len(sentence)) for i, m in enumerate(mentions)]
    out: list[tuple[int, int]] = []
    chain_start: int | None = None
    for i, (start, _) in enumerate(bounds_):
        if chain_start is None:
            chain_start = max(sentence.rfind("；", 0, start), sentence.rfind("; ", 0, start)) + 1 if i == 0 else start
        last = i
        while last + 1 < len(bounds_) and _joined(sentence, mentions[last][1], bounds_[last][1]):
            last += 1
        out.append((chain_start, bounds_[last][1]))
        if last == i:
            chain_start = None
    return out


@settings(max_examples=200, derandomize=True)
@given(st.lists(st.sampled_from(["2020年", "，", "、", "和", "签署", "；", " ", "and"]), max_size=30))
def test_chained_dates_share_their_clause_as_before(pieces: list[str]) -> None:
    sentence = "".join(pieces)
    mentions = [m.span() for m in re.finditer("2020年", sentence)]
    assert _clauses(sentence, mentions) == _naive_clauses(sentence, mentions)


@settings(max_examples=200, derandomize=True)
@given(st.lists(st.sampled_from(["，", "但", "此后", "双方", "签署", "、", "；", "美国"]), max_size=30), st.data())
def test_the_first_cut_keeping_its_names_is_found_from_any_start(pieces: list[str], data: st.DataObject) -> None:
    from allyscope.event_clauses import _cut_keeping

    text = "".join(pieces)
    end = data.draw(st.integers(0, len(text)))
    for start in sorted(data.draw(st.lists(st.integers(0, end), max_size=6))):  # increasing, as dates ask
        found = _cut_keeping().search(text, start, end)
        assert first_cut_keeping_its_names(text, start, end) == (None if found is None else found.start())


def test_thousands_of_dates_in_one_clause_or_on_one_line_are_read() -> None:
    joined = "，".join(f"{2000 + i % 25}年{1 + i % 12}月" for i in range(5000))
    english = " ".join(f"On {1 + i % 28} May {2000 + i % 25} they met." for i in range(3000))
    for text, count in ((joined, 5000), (english, 3000)):
        doc = allyscope.extract(text)
        assert len(doc.dates) == count
        for event in doc.events:
            bounds(event.date)
