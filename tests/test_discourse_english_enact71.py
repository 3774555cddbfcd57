"""English words that name the parties of an act only through the discourse (issue 14 item 3, enact71). Sentences
written for these tests, about other states, people and groupings than the dev documents that prompted the rules:

- collectives of heads of government and of commanders (`the two heads of government`, `both premiers`, `the
  three commanders`): the states the discourse established, exactly as many as the word counts, else nobody
  (data/discourse.json 'collectives');
- a visitor named by a title the lists lacked (`the visiting chancellor`, `the visiting emir`): the other of the
  two parties established around a visit (`discourse_visits.py`); `the visiting delegation` stays a body of the
  guest's (`guests_en`), as it was;
- `the pair`: the two people named nearest before it, never states or things (the collective of 两人);
- `Allies` written as NATO's own texts write it, with a capital and no article: the grouping the discourse named;
  `the Allies` of the Second World War is blocked and names no one, and lower-case `allies` is no grouping;
- a joining told without its grouping (`deposited the instrument of accession`, `acceded in 1995`, `became a
  party`, `voted for membership`): the grouping named before it (data/discourse.json `membership`).
"""

from __future__ import annotations

from helpers import event_actor_names as _actors
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import extract
from allyscope.membership import joins_unnamed


def _ids(text: str, word: str) -> tuple[str, ...]:
    """The ids of the first mention whose alias is `word` (() when the word was read as no mention)."""
    found = [m for m in extract(text).entities if m.alias == word]
    return found[0].ids if found else ()


def _states(ids: tuple[str, ...]) -> set[str]:
    return {i for i in ids if len(i) == 2 and i.isupper()}


# --- collectives ------------------------------------------------------------------------------------------------


def test_the_two_heads_of_government_are_the_two_states_of_the_meeting() -> None:
    text = (
        "The Prime Minister of Portugal received the Prime Minister of Spain in Lisbon on 4 May 2021. "
        "The two heads of government then signed a memorandum on border rivers.\n"
    )
    assert _states(_ids(text, "The two heads of government")) == {"PT", "ES"}
    text = "Greece and Italy held a summit in Rome on 9 June 2022. Both premiers agreed on a cable link.\n"
    assert _states(_ids(text, "Both premiers")) == {"GR", "IT"}


def test_a_collective_of_two_heads_of_government_with_three_states_before_it_names_nobody() -> None:
    text = (
        "Poland, Czechia and Slovakia met in Warsaw on 1 March 2020. "
        "The two heads of government later issued a statement.\n"
    )
    assert _ids(text, "The two heads of government") == ()


def test_commanders_counted_are_the_states_of_that_count() -> None:
    text = (
        "The air chiefs of Estonia, Latvia and Lithuania met in Riga on 3 May 2023. "
        "The three commanders signed a plan for shared radar cover.\n"
    )
    assert _states(_ids(text, "The three commanders")) == {"EE", "LV", "LT"}
    text = "The navies of India and Indonesia met at sea on 8 May 2023. The two commanders exchanged plaques.\n"
    assert _states(_ids(text, "The two commanders")) == {"IN", "ID"}


# --- visitors and pairs -----------------------------------------------------------------------------------------


def test_a_visiting_chancellor_or_emir_is_the_visitor() -> None:
    text = (
        "The Chancellor of Germany visited Chile on 3 May 2019. "
        "The host then gave a dinner for the visiting chancellor.\n"
    )
    assert _states(_ids(text, "the visiting chancellor")) == {"DE"}
    text = "The Emir of Qatar visited Kenya on 8 October 2022. The host welcomed the visiting emir at the airport.\n"
    assert _states(_ids(text, "the visiting emir")) == {"QA"}


def test_the_pair_is_the_two_people_named_before_it() -> None:
    text = (
        "President Emmanuel Macron met Prime Minister Narendra Modi in Marseille on 12 February 2025. "
        "The pair opened a consulate together.\n"
    )
    ids = _ids(text, "The pair")
    assert len(ids) == 2 and all(i.startswith("person:") for i in ids)


def test_the_pair_with_no_two_people_before_it_names_nobody() -> None:
    text = "Two frigates of Chile reached Callao on 3 May 2023. The pair sailed again two days later.\n"
    assert _ids(text, "The pair") == ()


# --- Allies -----------------------------------------------------------------------------------------------------


def test_allies_with_a_capital_are_the_grouping_named_before() -> None:
    text = (
        "NATO leaders met in The Hague on 24 June 2025. "
        "On 25 June 2025 the leaders of Japan and South Korea joined Allies for a dinner.\n"
    )
    assert _ids(text, "Allies") == ("NATO",)


def test_the_allies_of_a_war_and_lower_case_allies_name_no_grouping() -> None:
    text = "The United Nations was founded in 1945. The Allies landed in Sicily on 10 July 1943.\n"
    assert _ids(text, "Allies") == ()
    found = extract(text).entities
    assert not any(m.alias in ("The Allies", "the Allies") and m.ids for m in found)
    text = "NATO met in Madrid on 29 June 2022. On 30 June 2022 Japan and its allies met in Tokyo.\n"
    assert _ids(text, "allies") == ()


# --- joinings without their grouping ----------------------------------------------------------------------------


def test_an_instrument_of_accession_is_of_the_grouping_named_before() -> None:
    body = (
        "North Macedonia applied to join NATO in 1999. "
        "On 27 March 2020 the government of North Macedonia deposited the instrument of accession in Washington."
    )
    assert {"North Macedonia", "NATO"} <= _actors(body)[-1]


def test_acceding_becoming_a_party_or_voting_for_membership_takes_the_grouping() -> None:
    body = "Timor-Leste asked to join ASEAN in 2011. Timor-Leste acceded on 26 October 2025."
    assert {"Timor-Leste", "ASEAN"} <= _actors(body)[-1]
    body = (
        "Ukraine applied to join the European Union in 2022. "
        "The Ukrainian parliament voted for membership on 3 March 2022."
    )
    assert {"Ukraine", "European Union"} <= _actors(body)[-1]


def test_an_accession_with_its_own_object_takes_no_grouping() -> None:
    assert not joins_unnamed("the king acceded to the throne on 3 may 2019.")
    assert not joins_unnamed("chile deposited its instrument of ratification on 3 may 2019.")
    assert not joins_unnamed("chile became a party to the convention on 3 may 2019.")
    assert joins_unnamed("chile became a party on 3 may 2019.")
    assert joins_unnamed("peru signed its instrument of accession in lima.")


_VOCABULARY = "chile acceded accedes party became to the instrument of accession voted for membership in on 3 may ."
_WORDS = st.sampled_from(_VOCABULARY.split())


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=12))
def test_a_clause_after_a_stop_never_changes_a_reading(words: list[str]) -> None:
    """Whatever a text holds, a clause after a stop whose joining has its own object (`acceded to the treaty`)
    changes nothing: the patterns look at most to the next stop."""
    text = " ".join(words) + "."
    tail = " chile acceded to the treaty and deposited its instrument of ratification."
    assert joins_unnamed(text + tail) == joins_unnamed(text)
