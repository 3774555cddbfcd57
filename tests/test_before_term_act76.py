"""A person the data knows by a term that begins shortly after the event's date (a president-elect, a minister
nominated) acts then for their state, not for the office (allyscope/entities.py `about_to_serve`, used by
allyscope/events.py `_with_bodies`; act76, issue 14 item 3). Sentences written for these tests, in other words
than the corpus."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.entities import about_to_serve, acting_for, gazetteer
from allyscope.extraction import extract_json


def _actors_of(tmp_path: Path, text: str) -> list[list[str]]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return [list(e["actors"]) for e in extract_json(path)["events"]]


def test_a_few_days_before_the_term_the_state_acts() -> None:
    # Park Jin's term as foreign minister begins on 12 May 2022 in the data
    assert acting_for("person:park-jin", "2022-05-03") == []
    assert about_to_serve("person:park-jin", "2022-05-03") == ["KR"]


def test_months_before_the_term_the_state_acts_too() -> None:
    # elected in the autumn, sworn in after the new year
    assert about_to_serve("person:arevalo", "2023-09") == ["GT"]


def test_long_before_the_first_term_the_person_stands_alone() -> None:
    assert about_to_serve("person:arevalo", "2021-06") == []
    assert about_to_serve("person:park-jin", "2019") == []


def test_after_the_last_term_the_person_stands_alone() -> None:
    # a former minister acts for no one the data can say
    assert about_to_serve("person:park-jin", "2024-03-01") == []


def test_within_the_term_the_office_speaks_not_this_rule() -> None:
    assert about_to_serve("person:park-jin", "2023-02-14") == []
    assert acting_for("person:park-jin", "2023-02-14") == ["KR"]


def test_vague_or_impossible_dates_add_nothing() -> None:
    for date in ("199X", "2023-13", "2023-02-30", "", "..", "2022-05/.."):
        assert about_to_serve("person:park-jin", date) in ([], ["KR"])
    assert about_to_serve("person:park-jin", "199X") == []
    assert about_to_serve("person:park-jin", "2023-13") == []


def test_a_call_with_a_president_elect_has_his_state(tmp_path: Path) -> None:
    text = "2023年10月3日\n\n吳釗燮部長10月2日與阿雷巴洛通電話，雙方就未來合作交換意見。\n"
    events = _actors_of(tmp_path, text)
    assert any("person:arevalo" in a and "GT" in a for a in events), events


def test_a_person_years_before_any_term_keeps_no_state(tmp_path: Path) -> None:
    text = "2019年5月10日\n\n2019年5月9日，阿雷巴洛在大學演講，談及區域安全。\n"
    events = _actors_of(tmp_path, text)
    assert all("GT" not in a for a in events if "person:arevalo" in a), events


_PEOPLE = sorted(i for i, e in gazetteer().entities.items() if e["type"] == "person" and e.get("roles"))
_DATES = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.dates().map(lambda d: d.isoformat()[:7]),
    st.text(alphabet="0123456789-X/.~?", max_size=12),
)


@settings(max_examples=200, deadline=None)
@given(person=st.sampled_from(_PEOPLE), date=_DATES)
def test_never_raises_and_gives_the_persons_own_state_an_office_of_theirs_or_nothing(person: str, date: str) -> None:
    got = about_to_serve(person, date)
    home = gazetteer().entity(person).get("part_of")
    offices = {gazetteer().entities.get(r["office"], {}).get("part_of") for r in gazetteer().entity(person)["roles"]}
    assert got == [] or (len(got) == 1 and got[0] in {home} | offices)
    assert all(gazetteer().entity(s)["type"] == "state" for s in got)  # act87: an office's state, never a body
    if got:  # never while a term is held: the office speaks then
        assert not acting_for(person, date)
