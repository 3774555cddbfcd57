"""An act told with no actor of its own (a passive, `…の運用が始まった`, `the hotline went live`) belongs to the
relationship the document's title names, when the title names two or more parties; a title naming one party, or
none, brings no one in. Texts written for these tests."""

from __future__ import annotations

from allyscope import extract


def _actors(text: str) -> list[list[str]]:
    return [e.actors for e in extract(text).events]


def test_a_passive_act_takes_the_parties_the_title_names() -> None:
    found = _actors("日豪防衛協力\n\n2021年6月、防衛当局間の新たな連絡窓口の運用が始まった。\n")
    assert set(found[0]) == {"JP", "AU"}
    found = _actors("India and France: a chronology\n\nIn March 2019, a new logistics arrangement was signed.\n")
    assert set(found[0]) == {"IN", "FR"}


def test_a_title_of_one_party_or_an_act_with_its_own_actor_is_left_alone() -> None:
    assert _actors("日本の防衛\n\n2021年6月、新たな連絡窓口の運用が始まった。\n") == [[]]
    found = _actors("日豪防衛協力\n\n2021年6月、英国とフランスは共同訓練を実施した。\n")
    assert set(found[0]) == {"GB", "FR"}
