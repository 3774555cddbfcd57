"""An office-elect acts, before the term, for the state whose office the term is — not for the organisation the
person served before (allyscope/entities.py `about_to_serve`, act87, issue 14). The gazetteer's `part_of` of a
person is where they stand by default (a former chairman of an alliance's committee: the alliance); the term
about to begin says which state the elect speaks for. Sentences written for these tests, in other words than the
corpus."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.entities import about_to_serve, acting_for, gazetteer, load_discourse
from tests.test_before_term_act76 import _actors_of


def test_an_elect_whose_own_entry_is_an_alliances_speaks_for_the_state_of_the_office() -> None:
    # elected in January 2023, sworn in on 9 March; the data files him under the alliance he once served
    assert gazetteer().entity("person:petr-pavel")["part_of"] == "NATO"
    assert acting_for("person:petr-pavel", "2023-01-30") == []
    assert about_to_serve("person:petr-pavel", "2023-01-30") == ["CZ"]


def test_a_prime_minister_designate_back_from_brussels_speaks_for_his_state() -> None:
    # a former president of the European Council, weeks before his second term at home
    assert about_to_serve("person:tusk", "2023-11-20") == ["PL"]


def test_an_office_of_an_organisation_leaves_the_persons_own_state() -> None:
    # between his ministry and the secretariat: no term held, the next one an organisation's
    assert about_to_serve("person:ban-ki-moon", "2006-12-01") == ["KR"]


def test_traps_no_state_long_before_during_or_for_an_organisations_designate() -> None:
    assert about_to_serve("person:petr-pavel", "2021-05") == []  # years before the term
    assert about_to_serve("person:petr-pavel", "2023-06") == []  # within it: the office speaks
    assert acting_for("person:petr-pavel", "2023-06") == ["CZ"]
    # a secretary-general designate who had left his own government: no state, and not the one he led
    assert about_to_serve("person:rutte", "2024-08-15") == []


def test_a_call_with_the_elect_has_his_state(tmp_path: Path) -> None:
    text = (
        "January 31, 2023\n\n"
        "On January 30, Tsai Ing-wen spoke by telephone with Petr Pavel, who had won the runoff three days before.\n"
    )
    events = _actors_of(tmp_path, text)
    assert any("person:petr-pavel" in a and "CZ" in a for a in events), events


def test_trap_the_same_man_years_before_names_no_state(tmp_path: Path) -> None:
    text = "May 20, 2021\n\nOn May 19, Petr Pavel gave a lecture in Taipei on deterrence.\n"
    events = _actors_of(tmp_path, text)
    assert all("CZ" not in a for a in events if "person:petr-pavel" in a), events


# The noun of an office-elect is no act of being elected (discourse.json `own_acts` 'not_with', act87): the act
# its sentence tells (a call, a visit) keeps its other parties.


def test_a_visit_made_as_president_elect_keeps_the_host(tmp_path: Path) -> None:
    text = "2024年5月2日\n\n阿雷巴洛總統於2023年9月以總統當選人身分訪問墨西哥，商談移民與貿易。\n"
    events = _actors_of(tmp_path, text)
    assert any("MX" in a and "GT" in a for a in events), events


def test_a_clause_opening_with_the_elect_and_his_name_keeps_the_host(tmp_path: Path) -> None:
    text = "2006年3月1日\n\n2006年1月，當選總統莫拉萊斯在就職前訪問巴西。\n"
    events = _actors_of(tmp_path, text)
    assert any("BR" in a and "BO" in a for a in events), events


def test_trap_a_man_elected_president_is_the_election_alone(tmp_path: Path) -> None:
    text = "2022年4月1日\n\n2022年3月，土库曼斯坦举行总统选举，谢尔达尔·别尔德穆哈梅多夫当选总统，中方随即致贺。\n"
    events = _actors_of(tmp_path, text)
    elected = [a for a in events if "person:serdar-berdimuhamedow" in a]
    assert elected and all("CN" not in a for a in elected), events


@settings(max_examples=60, deadline=None)
@given(
    name=st.sampled_from(["阿雷巴洛", "莫拉萊斯", "彭佩亞", "普拉博沃"]),
    noun=st.sampled_from(["總統當選人", "当选人", "當選者"]),
)
def test_the_elect_noun_is_never_read_as_an_own_act(name: str, noun: str) -> None:
    not_with = re.compile(load_discourse()["own_acts"]["not_with"])
    assert not_with.search(f"{noun}{name}訪問日本") and not_with.search(f"{name}以{noun}身分訪問日本")
