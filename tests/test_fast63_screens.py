"""Two whole-text searches of the entities stage asked only where a match can begin (fast63, `screened_search`): the
English titles and head words referred back after `the` (`discourse_titles`, `discourse_short_names`) give
`finditer`'s matches, match for match, on drawn text and on every dev and layout document; and the word naming a thing
back in a clause (`events_domain._place_in_clause`) is found where the bare search finds it."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import discourse_short_names, discourse_titles
from allyscope.events_domain import _place_in_clause, patterns
from allyscope.screened_search import screened_finditer

_ROOT = Path(__file__).parent
_DEV = _ROOT / "corpora" / "events" / "dev"
_LAYOUTS = _ROOT / "layouts"


def _rules() -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    out = []
    for module in (discourse_titles, discourse_short_names):
        rules = module._rules()
        assert rules is not None
        out.append((rules.pattern, rules.heads))
    return out


def _spans(found: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in found]


def _same_as_finditer(text: str) -> None:
    for pattern, heads in _rules():
        assert _spans(list(screened_finditer(pattern, text, heads, 0))) == _spans(list(pattern.finditer(text)))


# pieces of drawn text: the article in both cases, word characters glued before it, the head words and titles,
# what a match must not be followed by, other scripts
_PIECES = st.sampled_from(
    ["the ", "The ", "THE ", "tthe ", "athe ", "_the ", "3the ", "éthe ", "the", "he ", "Union", "union", "Minister",
     "minister", "Secretary", "Association", "Alliance", " of ", "'s", "’", " ", "\n", ".", ",", "X", "Foreign",
     "联盟", "大臣", "は"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30))
def test_the_screened_heads_find_what_finditer_finds(pieces: list[str]) -> None:
    _same_as_finditer("".join(pieces))


def test_the_screened_heads_find_what_finditer_finds_in_the_documents() -> None:
    paths = sorted(_DEV.glob("*.txt")) + sorted(_LAYOUTS.glob("*.txt"))
    assert len(paths) > 400
    for path in paths:
        _same_as_finditer(path.read_text(encoding="utf-8"))


def _bare_place(pattern: re.Pattern[str], clause: str, subject: str) -> int | None:
    found = pattern.search(clause)
    if found is not None:
        return found.start()
    return 0 if subject and pattern.search(subject) is not None else None


_CLAUSE_PIECES = st.sampled_from(
    ["the operation", "the mission", "The edition", "edition of", "first phase", "该任务", "这支部队", "部队は",
     "，", "、", ",", " ", "第二阶段", "在", "本届", "于", "it ran", "it had opened", "iteration", "X", "已", "the"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_CLAUSE_PIECES, max_size=12), st.lists(_CLAUSE_PIECES, max_size=6))
def test_the_place_in_a_clause_is_the_bare_search_s(clause: list[str], subject: list[str]) -> None:
    data = patterns()
    for key in ("referent_re", "instalment_re"):
        pattern = data.get(key)
        if pattern is None:
            continue
        text, before = "".join(clause), "".join(subject)
        assert _place_in_clause(pattern, text, before) == _bare_place(pattern, text, before)
