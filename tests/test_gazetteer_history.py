"""The people of the field's history (data/gazetteer/people.json, second rule of its `about`): documents about a
relationship's past name its leaders of 1945–1990 constantly, and in Chinese or Japanese script such a name can
only meet the English name the reader expects if the data holds the person. The rule is checked as coverage —
each listed office's terms follow one another over the years the rule names, with no gap longer than an interim
(an acting holder the data leaves out) — and as behaviour: a leader named in a sentence about a past act gives
the person and the state they then led, in each script; named on a date outside their terms, the person stays
as written and gives no state."""

from __future__ import annotations

import pytest
from helpers import event_actor_names

from allyscope.entities import load_data

_INTERIM_DAYS = 120
# office → (first day, last day) the rule says its holders cover
_COVERED = {
    "office:us-president": ("1945-04-12", "1990-12-31"),
    "office:su-gs": ("1953-09-07", "1990-12-31"),
    "office:su-hog": ("1945-01-01", "1990-12-31"),
    "office:cn-party-leader": ("1945-06-19", "1989-06-24"),
    "office:cn-premier": ("1949-10-01", "1990-12-31"),
    "office:jp-pm": ("1945-08-17", "1990-12-31"),
    "office:gb-pm": ("1945-01-01", "1990-12-31"),
    "office:fr-president": ("1947-01-16", "1990-12-31"),
    "office:de-chancellor": ("1949-09-15", "1990-12-31"),
    "office:in-pm": ("1947-08-15", "1990-12-31"),
    "office:kr-president": ("1948-07-24", "1990-12-31"),
    "office:tw-president": ("1950-03-01", "1990-12-31"),
    "office:tw-hog": ("1950-03-15", "1990-12-31"),
    "office:au-pm": ("1945-01-01", "1990-12-31"),
    "office:ca-pm": ("1948-11-15", "1990-12-31"),  # Mackenzie King's term began in 1935, before the data's years
    "office:it-pm": ("1945-06-21", "1990-12-31"),
    "office:un-sg": ("1946-02-02", "1990-12-31"),
    "office:nato-sg": ("1952-03-12", "1990-12-31"),
    "office:us-secstate": ("1970-01-01", "1990-12-31"),
    "office:cn-fm": ("1970-01-01", "1990-12-31"),
    "office:su-fm": ("1970-01-01", "1990-12-31"),
    "office:jp-fm": ("1970-01-01", "1990-12-31"),
}


def _days(first: str, last: str) -> int:
    from datetime import date

    return (date.fromisoformat(last) - date.fromisoformat(first)).days


def uncovered(terms: list[tuple[str, str]], first: str, last: str, interim: int = _INTERIM_DAYS) -> list[str]:
    """The stretches of [first, last] that no term covers and that are longer than an interim."""
    out, reached = [], first
    for start, end in sorted(terms):
        if end <= reached:
            continue
        if start > reached and _days(reached, min(start, last)) > interim:
            out.append(f"{reached}..{start}")
        reached = max(reached, end)
        if reached >= last:
            break
    if reached < last and _days(reached, last) > interim:
        out.append(f"{reached}..{last}")
    return out


def _terms(office: str) -> list[tuple[str, str]]:
    return [
        (term["from"], term.get("to", "9999-12-31"))
        for entity in load_data()["entities"]
        if entity["type"] == "person"
        for term in entity["roles"]
        if term["office"] == office
    ]


@pytest.mark.parametrize("office", sorted(_COVERED))
def test_the_offices_of_the_rule_have_a_holder_throughout_its_years(office: str) -> None:
    assert not uncovered(_terms(office), *_COVERED[office]), (office, uncovered(_terms(office), *_COVERED[office]))


def test_the_coverage_check_finds_a_missing_holder() -> None:
    """Without one holder of a chain (a made-up removal), the check reports the stretch (it can fail)."""
    terms = _terms("office:jp-pm")
    without = [t for t in terms if t != ("1982-11-27", "1987-11-06")]
    assert len(without) == len(terms) - 1
    assert uncovered(without, "1945-08-17", "1990-12-31") == ["1982-11-27..1987-11-06"]
    assert uncovered([("1950-01-01", "1950-03-01"), ("1950-04-01", "1951-01-01")], "1950-01-01", "1950-12-31") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the title before the whole name: its last word is not another person of that family (Yukio Hatoyama)
        ("In October 1956 Prime Minister Ichiro Hatoyama and Nikolai Bulganin signed the declaration that "
         "ended the state of war.",
         {"Ichiro Hatoyama", "Japan", "Nikolai Bulganin", "Soviet Union"}),
        ("1986年10月、レーガン大統領とゴルバチョフ書記長はレイキャビクで核軍縮について会談した。",
         {"Ronald Reagan", "United States", "Mikhail Gorbachev", "Soviet Union"}),
        ("1978年10月，邓小平访问日本，同福田赳夫首相交换了条约批准书。",
         {"Deng Xiaoping", "China", "Takeo Fukuda", "Japan"}),
        ("1983年11月，中曾根康弘首相在東京接待了來訪的胡耀邦總書記。",
         {"Yasuhiro Nakasone", "Japan", "Hu Yaobang", "China"}),
    ],
)  # fmt: skip
def test_a_leader_of_the_past_gives_the_person_and_the_state_then_led(text: str, expected: set[str]) -> None:
    found = event_actor_names(text)
    assert found and any(expected <= names for names in found), found
    assert all("Yukio Hatoyama" not in names for names in found), found


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        ("In March 2010 Henry Kissinger met Chinese President Hu Jintao in Beijing.", "Henry Kissinger",
         "United States"),
        ("2005年，戈尔巴乔夫在东京会见了日本首相小泉纯一郎。", "Mikhail Gorbachev", "Soviet Union"),
    ],
)  # fmt: skip
def test_a_leader_named_outside_their_terms_gives_no_state(text: str, person: str, state: str) -> None:
    """Out of office, the person is who the text names, not the state they once led (nor its successor)."""
    found = event_actor_names(text)
    assert found and any(person in names for names in found), found
    assert all(state not in names and "Russia" not in names for names in found), found


@pytest.mark.parametrize(
    ("text", "person", "other"),
    [
        ("1970年10月，杜魯道總理宣布與中華人民共和國建交。", "Pierre Trudeau", "Justin Trudeau"),
        ("2019年1月，杜魯道總理批評北京判處一名加拿大公民死刑。", "Justin Trudeau", "Pierre Trudeau"),
    ],
)  # fmt: skip
def test_a_family_name_with_a_title_is_the_holder_of_the_date(text: str, person: str, other: str) -> None:
    """A historical leader's full name gives the family name with a title (`杜魯道總理`); when that family name is
    alone the name of a later holder of the office, the title names either and the date tells which."""
    found = event_actor_names(text)
    assert found and any({person, "Canada"} <= names for names in found), found
    assert all(other not in names for names in found), found


def test_an_italian_prime_minister_of_the_past_gives_italy() -> None:
    found = event_actor_names("In March 1987 Bettino Craxi received Japanese Prime Minister Yasuhiro Nakasone in Rome.")
    assert found and any({"Bettino Craxi", "Italy", "Yasuhiro Nakasone", "Japan"} <= names for names in found), found
