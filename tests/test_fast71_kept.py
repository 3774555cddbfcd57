"""fast71: answers of the entities stage that depend on the data alone, kept across documents, and a screen.

- `adhoc_people.family_alias_opening` answers 0 without reading the run's names when no proper beginning of the
  run is a family alias, and keeps its answers by run: over drawn runs of the data's family names, the people's
  own full names, given-name characters and other ideographs, cut anywhere, asked twice, in any order, its answer
  is the bare function's (the gazetteer read on every call, as before fast71).
- `adhoc_people._names_in` keeps the gazetteer's mentions of a short run (a post's compound, a name beside a
  title) by run: the same as read afresh over drawn runs.
- `entities._noted` keeps its answers by (ids, alias): each is the one read afresh, for the data's offices and
  people under their own aliases and others'.
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import adhoc_people, entities
from allyscope.entities import gazetteer


def _bare_opening(run: str) -> int:
    """`family_alias_opening` as it read before fast71: the run's names read at every call, no screen."""
    found = gazetteer().match_names(run)
    if len(found) != 1 or found[0].start != 0 or found[0].end >= len(run):
        return 0
    family = run[: found[0].end]
    if family not in adhoc_people._family_aliases() or run[len(family) :].startswith(
        adhoc_people._cjk_names().not_given_words
    ):
        return 0
    people = [gazetteer().entities.get(i) or {} for i in found[0].ids]
    if any(e.get("type") != "person" for e in people):
        return 0
    own = {a for e in people for aliases in e.get("aliases", {}).values() for a in aliases}
    return 0 if any(run.startswith(a) and len(a) > len(family) for a in own) else len(family)


def _full_names() -> list[str]:
    """The CJK aliases of the people whose family names are aliases of their own (the longer ones)."""
    families = adhoc_people._family_aliases()
    out: set[str] = set()
    for entity in gazetteer().entities.values():
        if entity.get("type") != "person":
            continue
        names = [a for lang, aliases in entity.get("aliases", {}).items() if lang != "en" for a in aliases]
        if any(a in families for a in names):
            out.update(names)
    return sorted(out)


FAMILIES = sorted(adhoc_people._family_aliases())
FULL = _full_names()
OTHER = [*"一郎太子和与在今天表示行部长首相外相大臣发表会谈訪問。，的之中国日本", "\u3000", "a", "Ω", "㐀"]


def _piece() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(FAMILIES), st.sampled_from(FULL), st.sampled_from(OTHER))


@settings(max_examples=300)
@given(st.lists(_piece(), min_size=1, max_size=4).map("".join), st.integers(1, 8), st.booleans())
def test_family_opening_answers_as_the_bare_function(joined: str, cut: int, again: bool) -> None:
    run = joined[:cut]
    assert adhoc_people.family_alias_opening(run) == _bare_opening(run)
    if again:  # the kept answer
        assert adhoc_people.family_alias_opening(run) == _bare_opening(run)


def test_family_opening_over_the_data_names_and_their_cuts() -> None:
    """Every family name and full name of the data, with each other-word piece after it, cut at every length:
    the runs a post or a mention's start gives."""
    assert FAMILIES and FULL
    opened = 0
    for name, tail in itertools.product(FAMILIES[:60] + FULL[:60], ["", "一郎", "今天表示", "和", "。"]):
        text = name + tail
        for cut in range(1, min(len(text), 6) + 1):
            answer = adhoc_people.family_alias_opening(text[:cut])
            assert answer == _bare_opening(text[:cut])
            opened += bool(answer)
    assert opened  # some runs are opened by a family name alone


def test_noted_kept_answers_are_fresh_ones() -> None:
    g = gazetteer()
    carriers = entities._title_carriers()
    asked = 0
    for ident in itertools.islice(carriers, 400):
        entity = g.entities.get(ident) or {}
        aliases = [a for values in entity.get("aliases", {}).values() for a in values][:3]
        for alias in [*aliases, "Prime Minister", "首相", "外務大臣", "nobody"]:
            kept = entities._noted((ident,), alias)
            assert kept == entities._noted.__wrapped__((ident,), alias)
            assert entities._noted((ident,), alias) is kept
            asked += 1
    assert asked


@settings(max_examples=200)
@given(st.lists(_piece(), min_size=1, max_size=4).map("".join), st.integers(1, 12))
def test_names_in_a_run_kept_are_the_gazetteers(joined: str, cut: int) -> None:
    """`_names_in` (the posts' compounds of `_post_states`, `_is_a_known_name`) keeps the gazetteer's reading."""
    run = joined[:cut]
    assert adhoc_people._names_in(run) == tuple(gazetteer().match_names(run))
    assert adhoc_people._is_a_known_name(run) == bool(gazetteer().match_names(run))
