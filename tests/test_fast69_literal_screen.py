"""fast69: the one automaton pass of `literal_screen` gives the matches of the plain searches.

- Every whole-text search of the entities stage that is screened (the CJK titles' ends, the posts' titles, the heads
  before names, the honorifics', headings' and title heads' English names, the envoys, the described states, the
  apposed names, the object pronouns, the services' and states' short forms, the parenthesised glosses, the era
  years): `literal_screen.finditer` gives the spans and groups `finditer` gives, and `search` the match `search`
  gives, over drawn text built from the expression's own literals (as they stand, lowered, upper-cased, cut),
  the characters around them and other words.
- The same over expressions built to reach every part of the reading: look-behinds and look-aheads holding the
  literal, case-blind groups, alternations, repeats, classes of listed characters, literals with a letter outside
  ASCII, an expression that may match nothing, one whose literal may stand anywhere after the start.
- The screen is sound: every match holds one of its literals (in the folded text) at an offset the screen allows.
- An expression met after a text's pass (its literals join the automaton then) is answered right on that text.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import literal_screen
from allyscope.regex_firsts import fold


def _site_patterns() -> list[re.Pattern[str]]:
    from allyscope import adhoc_people, discourse, discourse_english, force_short_forms, glossed_names

    speakers = discourse._speakers()
    forms = force_short_forms._forms()
    found = [
        adhoc_people._title_ends(),
        adhoc_people._post_titles(),
        adhoc_people._heads_before_names(),
        adhoc_people._after_honorific(),
        adhoc_people._before_heading(),
        adhoc_people._after_title_head(),
        discourse_english._envoy_pattern(),
        discourse_english._described()[0],
        discourse_english._apposed_pattern(),
        discourse_english._objects()[0],
        forms.pattern,
        forms.state_pattern,
        glossed_names._GLOSS,
        speakers.era if speakers is not None else None,
    ]
    return [p for p in found if p is not None]


SITES = _site_patterns()
DEV = Path(__file__).resolve().parent / "corpora" / "events" / "dev"


def _harvest() -> dict[str, list[str]]:
    """For each site expression, up to twelve of its matches in the dev documents (each with the two characters
    around it): pieces from which drawn text often matches."""
    found: dict[str, list[str]] = {p.pattern: [] for p in SITES}
    for path in sorted(DEV.glob("*.txt"))[::3]:
        text = path.read_text(encoding="utf-8")
        for pattern in SITES:
            held = found[pattern.pattern]
            if len(held) < 12:
                held += [text[max(0, m.start() - 2) : m.end() + 2] for m in pattern.finditer(text)][: 12 - len(held)]
    return found


HARVEST = _harvest()

BUILT = [
    re.compile(r"(?<=ab)cd"),
    re.compile(r"(?<![\w-])(?:Mr|Mrs|Dr)\.? [A-Z][a-z]+"),
    re.compile(r"x(?=yz)"),
    re.compile(r"(?i:ambassador|envoy)\s+to\s+[A-Z]\w*"),
    re.compile(r"(?i)\bthe\s+(?:island|gulf)\b"),
    re.compile(r"[中日](?=[、・]?[美英])"),
    re.compile(r"(?:部长|外相|大使)[\u3400-\u9fff]{2,3}"),
    re.compile(r"(?:[駐驻][\u3400-\u9fff]{1,4}?|事務所)(?:代表|所長)"),
    re.compile(r"Chargé d'Affaires,? [A-Z][a-z]+"),
    re.compile(r"(?:ab)+c{2,}"),
    re.compile(r"(?:Ké|ké)l\w*"),
    re.compile(r"k\w", re.I),
    re.compile(r"(?=abc)"),
    re.compile(r"\s+\(([A-Z]{2,8})\)"),
    re.compile(r"(?:abc|)d"),
    re.compile(r"^[ \t]*([A-Z][^\n:]{0,10}?):", re.M),
    re.compile(r"(?<![A-Za-z])(them|him|her)(?![A-Za-z])"),
]

EXAMPLES = [
    "abcd", "Mr. Ana", "Dr Okafor", "xyz", "Ambassador to Atlantis", "ENVOY to Ruritania", "the Island", "THE gulf",
    "中、美", "日英", "部长王某某", "駐東京代表", "事務所所長", "Chargé d'Affaires, Ana", "ababccc", "Kélvin", "kélso",
    "abc", " (ABC)", "abcd", "Label: x\n", "met him", "briefed them", "Ana Okafor, who heads ",
]  # fmt: skip
FILLER = [
    " ", ",", ".", "(", ")", "（", "）", "\n", "、", "・", "中", "日", "美", "的", "会见", "Ana", "Okafor",
    "K", "\u212a",
    "ſ", "İ", "é", "É", "x", "-", "the ", "The ", "of ", "to ",
]  # fmt: skip


def _pieces(pattern: re.Pattern[str]) -> list[str]:
    near, gate = literal_screen.screen_of(pattern)
    words = sorted({w for c in (near, gate) if c is not None for w in c.words})
    out = []
    for word in words[:40]:
        out += [word, word.upper(), word.capitalize(), word[: max(1, len(word) // 2)]]
    for example in [*HARVEST.get(pattern.pattern, []), *EXAMPLES]:
        out += [example, example[: len(example) // 2], example[len(example) // 2 :]]
    return out + FILLER


def _same(pattern: re.Pattern[str], text: str) -> None:
    plain = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    screened = [(m.span(), m.groups()) for m in literal_screen.finditer(pattern, text)]
    assert screened == plain, (pattern.pattern[:80], text)
    first = pattern.search(text)
    found = literal_screen.search(pattern, text)
    assert (None if found is None else found.span()) == (None if first is None else first.span())


def _sound(pattern: re.Pattern[str], text: str) -> None:
    near, gate = literal_screen.screen_of(pattern)
    folded = fold(text)
    for m in pattern.finditer(text):
        for candidate, bounded in ((near, True), (gate, False)):
            if candidate is None:
                continue
            offsets = [
                at - m.start() for word in candidate.words for at in range(len(text)) if folded.startswith(word, at)
            ]
            if bounded:
                assert any(candidate.lo <= off <= candidate.hi for off in offsets), (pattern.pattern[:80], text)
            else:
                assert offsets, (pattern.pattern[:80], text)


def _drawn(pattern: re.Pattern[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_pieces(pattern)), max_size=30).map("".join)


@settings(max_examples=60)
@given(st.data())
def test_site_searches_agree(data: st.DataObject) -> None:
    for pattern in SITES:
        _same(pattern, data.draw(_drawn(pattern)))


@settings(max_examples=150)
@given(st.data())
def test_built_expressions_agree_and_are_sound(data: st.DataObject) -> None:
    for pattern in BUILT:
        text = data.draw(_drawn(pattern))
        _same(pattern, text)
        _sound(pattern, text)


@settings(max_examples=40)
@given(st.data())
def test_site_screens_are_sound(data: st.DataObject) -> None:
    for pattern in SITES:
        _sound(pattern, data.draw(_drawn(pattern)))


def test_screens_read_from_the_parse() -> None:
    near, _gate = literal_screen.screen_of(re.compile(r"(?<=ab)cd"))
    assert near is not None and near.lo == -2 and near.words in (frozenset({"ab"}), frozenset({"cd"}))
    near, _gate = literal_screen.screen_of(re.compile(r"(?:Chargé d'Affaires|Envoy) [A-Z]"))
    assert near is not None and all(w.isascii() for w in near.words)  # cut to the piece without `é`
    assert literal_screen.screen_of(re.compile(r"(?=abc)")).near is None  # may match nothing: whole-text gate only
    assert literal_screen.screen_of(re.compile(r"\s+\(")).near is None  # the literal may stand anywhere after
    assert literal_screen.screen_of(re.compile(r"[A-Z]\w+")) == literal_screen.Screen(None, None)


def test_an_expression_met_after_the_pass() -> None:
    text = "会见了部长王某某。The envoy to Atlantis, Ana Okafor, met him. 新词甲乙在此。"
    for pattern in SITES:
        _same(pattern, text)
    late = re.compile(r"新词甲乙")  # its literal was in no automaton when the text was read first
    _same(late, text)
    _same(re.compile(r"在此"), text)
