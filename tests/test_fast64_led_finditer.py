"""fast64: `event_cues.led_finditer` gives `finditer`'s matches, span and groups, for the expressions it is used on
(the English names an honorific, a relative clause of heading or an office's head noun marks: `adhoc_people`) over
drawn text and every dev document of the events corpus; and the edit-link screen (`layout.edit_links`) answers as
the whole search does."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.adhoc_people import _after_honorific, _after_title_head, _before_heading
from allyscope.event_cues import _led, led_finditer
from allyscope.layout.edit_links import _link, holds_edit_links

DEV = Path(__file__).resolve().parent / "corpora" / "events" / "dev"
_MARKED = [_after_honorific(), _before_heading(), _after_title_head()]


def _spans(found: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in found]


def test_the_marked_name_expressions_are_led() -> None:
    assert all(_led(p) is not p for p in _MARKED)


# words the expressions read, capitalised names of other regions, and some CJK and punctuation between them
_PIECES = [
    "Mr. ",
    "Dr ",
    "Ms ",
    "Sir ",
    "H.E. ",
    "minister ",
    "Minister ",
    "envoy ",
    "Commissioner ",
    "chief ",
    "of ",
    "for ",
    "defence ",
    ", who heads ",
    ", who led ",
    "the ",
    "Lena Virtanen",
    "Jonas Berg",
    "Kari Nordmann ",
    "Aleksi ",
    "Mäkinen",
    "NORDIC",
    "外相",
    "，",
    ", ",
    ". ",
    "\n",
    "’s ",
    "-",
    "a",
    "Mrs",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join), st.sampled_from(range(len(_MARKED))))
def test_led_finditer_gives_the_matches_of_finditer(text: str, which: int) -> None:
    pattern = _MARKED[which]
    assert _spans(list(led_finditer(pattern, text))) == _spans(list(pattern.finditer(text)))


@given(st.text(alphabet="abxy-19 ", max_size=14))
def test_led_finditer_on_drawn_expressions(text: str) -> None:
    # led and unled shapes (a class, an optional start, a word boundary; one kept as it is: a category first)
    for source in (r"a?b+", r"[xy]b", r"\bab|-1", r"(?<!a)x\w", r"\d+", r"b(?=a)"):
        pattern = re.compile(source)
        assert _spans(list(led_finditer(pattern, text))) == _spans(list(pattern.finditer(text)))


def test_led_finditer_on_the_dev_documents() -> None:
    for path in sorted(DEV.glob("*.txt")):
        text = path.read_text("utf-8")
        for pattern in _MARKED:
            assert _spans(list(led_finditer(pattern, text))) == _spans(list(pattern.finditer(text))), path.name


_LINK_PIECES = ["Overview", "沿革", "[edit]", "［編集］", "[编辑]", "[Edit source]", "[1]", " ", "\u3000", "\n"]
_LINK_PIECES += ["[", "]", "edit", "編集"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINK_PIECES), max_size=12).map("".join))
def test_the_edit_link_screen_answers_as_the_search(text: str) -> None:
    link = _link()
    assert link is not None
    assert holds_edit_links(text) == (link.search(text) is not None)
