"""fast70: reads the extraction stages made at every call, made once, and a search led by its first characters.

- `events_domain.led_by_hearsay` searches the data's `unconfirmed` expression through `event_cues.found_in` (led by
  the characters its matches can begin with): its answer is the bare search's, over drawn sentences of that
  expression's words, cut, joined, in other cases and scripts, with other words between them.
- `discourse_english._acronym_matches` gives the matches of the acronym rule's `finditer` (spans and groups), over
  drawn text of brackets, capitals, runs of white space of every kind (`\\u3000`, `\\x1c`, `\\u2028`, tabs, line
  ends) and other characters, and over every white space character of Unicode before a bracket.
- `discourse_english._not_name_words` and `adhoc_people.title_modifiers` are the data's words, read from
  `discourse.json` once however often they are asked (`load_discourse` parses the file at each call).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allyscope import adhoc_people, discourse_english, events_domain
from allyscope.entities import gazetteer, load_discourse
from allyscope.events_domain import led_by_hearsay, patterns
from allyscope.scripts import fold

# pieces of the unconfirmed-claim words and of the hearsay leads, in both scripts and other cases, and other words
PIECES = [
    "未", "尚未", "获", "獲", "经", "經", "得到", "证实", "證實", "证", "實", "has", "have", "not been", "could not be",
    "independently", "confirmed", "Confirmed", "CONFIRMED", "unconfirmed", "was never", "据传", "傳聞", "rumour has it",
    "问：", "，", ",", "。", "；", " ", "  ", "\n", "智利", "秘鲁", "Peru", "talks", "签署", "x", "é", "K",
]  # fmt: skip


def _bare(data: dict[str, object], sentence: str) -> bool:
    """`led_by_hearsay` as it read before fast70: the expression searched as it stands."""
    scope = data["mode_scope"]
    assert isinstance(scope, dict)
    unconfirmed = scope.get("unconfirmed")
    if unconfirmed and re.search(unconfirmed, sentence) is not None:
        return True
    return events_domain._opens_with(scope.get("hearsay_lead"), sentence)


@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join), st.booleans())
def test_hearsay_is_read_as_by_the_bare_search(sentence: str, folded: bool) -> None:
    data = patterns()
    text = fold(sentence) if folded else sentence
    assert led_by_hearsay(data, text) == _bare(data, text)


def test_unconfirmed_claims_in_other_words() -> None:
    data = patterns()
    for sentence in (
        "秘鲁官员称两国已签署协议，但该说法尚未得到利马证实。",
        "the report that uruguay signed the accord has not been independently confirmed.",
        "the second drill, which bolivia described, could not be confirmed.",
    ):
        assert led_by_hearsay(data, sentence) and _bare(data, sentence)
    for sentence in ("两国外长于3月签署了协议。", "the ministers confirmed the plan in march."):
        assert not led_by_hearsay(data, sentence) and not _bare(data, sentence)


def _counting(monkeypatch: pytest.MonkeyPatch, module: object) -> list[int]:
    calls: list[int] = []

    def counted() -> dict[str, object]:
        calls.append(1)
        return load_discourse()

    monkeypatch.setattr(module, "load_discourse", counted)
    return calls


def test_the_envoys_reader_reads_its_stop_words_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting(monkeypatch, discourse_english)
    discourse_english._not_name_words.cache_clear()
    text = "Tomas Varga, Hungary's ambassador to Peru, met officials in Lima on 3 May 2021."
    discourse_english._envoys_before_titles(text, [], gazetteer())  # the first call builds what it keeps
    assert calls
    calls.clear()
    for _ in range(3):
        discourse_english._envoys_before_titles(text, [], gazetteer())
    assert not calls  # no later call parses the file again
    words = load_discourse().get("as_written", {}).get("not_name_words_en", [])
    assert discourse_english._not_name_words() == frozenset(words)
    discourse_english._not_name_words.cache_clear()


def test_title_modifiers_are_the_data_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import allyscope.entities as entities

    calls = _counting(monkeypatch, entities)
    adhoc_people.title_modifiers.cache_clear()
    first = adhoc_people.title_modifiers()
    assert all(adhoc_people.title_modifiers() is first for _ in range(3))
    assert len(calls) == 1
    assert first == frozenset(load_discourse().get("as_written", {}).get("title_modifiers_en", []))
    adhoc_people.title_modifiers.cache_clear()


ACRONYM_PIECES = [
    "(", ")", "（", "AB", "NDF", "A", "ABCDEFGHI", "ab", "Ab", " ", "  ", "\t", "\n", "\u3000", "\x1c", "\u2028",
    "\xa0", "x", "Defence Force", "-", "é", "9",
]  # fmt: skip


def _as_found(matches: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group("acronym")) for m in matches]


@given(st.lists(st.sampled_from(ACRONYM_PIECES), max_size=24).map("".join))
def test_acronyms_are_found_as_by_finditer(text: str) -> None:
    acronym = discourse_english._rules().acronym
    assert _as_found(discourse_english._acronym_matches(text, acronym)) == _as_found(acronym.finditer(text))


def test_every_white_space_before_a_bracket() -> None:
    acronym = discourse_english._rules().acronym
    spaces = "".join(chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(c)))
    for space in spaces:
        text = f"the Andean Naval Command{space}{space}(ANC) and the ANC{space}(AN)"
        assert _as_found(discourse_english._acronym_matches(text, acronym)) == _as_found(acronym.finditer(text))
    assert len(_as_found(discourse_english._acronym_matches(f"x (AB) y{spaces}(CD)", acronym))) == 2
