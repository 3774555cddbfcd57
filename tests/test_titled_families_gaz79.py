"""A family name read only beside a title (issue 14 item 3, forty-eighth session, branch gaz79): the press names a
foreign office holder by the family name next to the office's title, where the family name alone is another person's
name or a word (Omar Paganini, Uruguay's foreign minister, and the violinist). Entities list such names under
`titled_family` (`allyscope/titled_families.py`); they name the person joined to a title of a role the person held,
or after the Chinese name of an office the person held, never alone. Sentences written for these tests, in other
words than the dev documents."""

from __future__ import annotations

import pytest
from helpers import actors_and_involved as _events
from helpers import gazetteer_ids_in as _named
from hypothesis import given, settings
from hypothesis import strategies as st

_TITLED = {"person:omar-paganini"}


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("乌拉圭外长帕加尼尼抵达上海。", "person:omar-paganini"),  # after the office's Chinese name
        ("外长帕加尼尼出席了论坛。", "person:omar-paganini"),  # after the bare title
        ("帕加尼尼外长会见了记者。", "person:omar-paganini"),  # before the title
        ("パガニーニ外相が演説した。", "person:omar-paganini"),  # Japanese: before the title
        ("Foreign Minister Paganini addressed the assembly.", "person:omar-paganini"),
        ("烏拉圭外長帕加尼尼出席了儀式。", "person:omar-paganini"),  # Traditional script
        ("該國外長帕加尼尼抵達北京。", "person:omar-paganini"),
    ],
)
def test_a_family_name_beside_a_title_of_the_persons_office_names_the_person(text: str, ident: str) -> None:
    assert ident in _named(text), (text, _named(text))


@pytest.mark.parametrize(
    "text",
    [
        "帕加尼尼的随想曲难度极高。",  # the violinist: the family name alone
        "他演奏了帕加尼尼。",
        "パガニーニの協奏曲を聴いた。",
        "Paganini's caprices are hard to play.",
        "帕加尼尼的小提琴曲風靡一時。",  # Traditional script, the violinist
        "帕加尼尼总理出席了会议。",  # a title of a role Paganini never held
        "帕加尼尼大使递交了国书。",
    ],
)
def test_the_family_name_alone_or_with_a_title_the_person_never_held_names_no_one(text: str) -> None:
    assert not (_named(text) & _TITLED), (text, _named(text))


def test_the_family_name_with_a_title_keeps_the_terms_of_office() -> None:
    """The title names the holder of the day: out of the term, the person is no holder read by term of office."""
    events = _events("2024年5月22日，王毅外长同乌拉圭外长帕加尼尼在北京会谈。")
    assert any("person:omar-paganini" in actors and "UY" in actors for actors, _ in events), events


_PARTS = ["帕加尼尼", "パガニーニ", "的", "了", "总理", "大使", "小提琴", "著作", "and", "Paganini", "Omar"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=8), st.text(alphabet="，。 ", max_size=4))
def test_without_a_title_of_their_office_the_family_names_name_no_one(parts: list[str], filler: str) -> None:
    """The family names among words that are no title of the people's offices (`总理`, `大使`) name neither."""
    text = filler.join(parts)
    assert not (_named(text) & _TITLED), (text, _named(text))
