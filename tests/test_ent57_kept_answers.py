"""Answers the entities stage keeps on the gazetteer instead of reading them at each mention (ent57, issue 14): the
targets that name a seat city (`Gazetteer._seat_targets`, asked of a text's mentions by their ids) and a person's
family names (`Gazetteer.family_keys`, read by `person_references._full_mentions`). Each must be what the walk it
replaced reads: the seat test as `any(m.ids[0].startswith(SEAT) …)` over the mentions of real text, the kept keys
as `_family_keys` of the person."""

from __future__ import annotations

from pathlib import Path

from allyscope.entities import SEAT, gazetteer
from allyscope.person_references import _family_keys, _full_mentions
from allyscope.scripts import fold

DEV = Path(__file__).resolve().parent / "corpora" / "events" / "dev"


def test_seat_targets_are_the_targets_naming_a_seat_city() -> None:
    g = gazetteer()
    seats = g._seat_targets()
    assert seats == {t for t in g.targets if t and t[0].startswith(SEAT)}
    assert seats or not g.seats  # the data names seat cities: some target is one


def test_the_seat_test_by_ids_answers_as_the_walk() -> None:
    g = gazetteer()
    seats = g._seat_targets()
    asked = 0
    for path in sorted(DEV.glob("*.txt"))[::5]:
        text = path.read_text("utf-8")
        found = g._names(text, fold(text), [])
        walked = any(m.ids[:1] and m.ids[0].startswith(SEAT) for m in found)
        assert walked == (not seats.isdisjoint(m.ids for m in found)), path.name
        asked += walked
    assert asked > 0  # some dev documents name a seat city: both answers are asked of a yes too


def test_kept_family_keys_are_the_persons_own() -> None:
    g = gazetteer()
    text = next(p for p in sorted(DEV.glob("*.txt")) if "ja_" in p.name).read_text("utf-8")
    mentions = g.match_names(text)
    full = _full_mentions(text, mentions, g)
    people = {m.ids[0] for m in mentions if m.ids and g.entities.get(m.ids[0], {}).get("type") == "person"}
    for ident in people:
        assert set(g.family_keys[ident]) == _family_keys(g.entities.get(ident))
        assert g.family_keys[ident] == tuple(_family_keys(g.entities.get(ident)))  # the order the set gives
    assert {key for _, key, _ in full} >= {k for i in people for k in g.family_keys[i]}
