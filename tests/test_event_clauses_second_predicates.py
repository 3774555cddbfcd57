"""A second predicate of a clause is an event of its own (issue 14, item 4; rec62): a chronology line's present verbs
after `and` (`visits … and meets …`, `… and opens …`), also under a head whose month is `May` (no word of what is to
come) and after `the first … to visit`. Sentences written for these tests, with drawn people and places."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import extract

_VISITORS_EN = ("Fumio Kishida", "Anthony Albanese", "Narendra Modi")
_HOSTS_EN = (("Paris", "President Emmanuel Macron"), ("Berlin", "Chancellor Olaf Scholz"), ("Rome", "Giorgia Meloni"))
_MONTHS = ("March", "May", "October")


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.type) for e in extract(text).events]


@settings(max_examples=12, deadline=None)
@given(
    visitor=st.sampled_from(_VISITORS_EN),
    host=st.sampled_from(_HOSTS_EN),
    month=st.sampled_from(_MONTHS),
    second=st.sampled_from(["meets {who}", "holds talks with {who}", "opens a new embassy in {where}"]),
)
def test_a_chronology_lines_present_verb_after_and_is_an_act_of_its_own(
    visitor: str, host: tuple[str, str], month: str, second: str
) -> None:
    act = second.format(who=host[1], where=host[0])
    text = f"Visits\n\nChronology\n\n12 {month} 2022 – {visitor} visits {host[0]} and {act}.\n"
    found = _events(text)
    assert len(found) == 2 and all(date.startswith("2022-") for date, _ in found), (text, found)


def test_a_verb_of_what_is_to_come_keeps_the_line_one_act() -> None:
    text = "Visits\n\nChronology\n\n12 March 2022 – Fumio Kishida plans to visit Paris and meets officials.\n"
    assert len(_events(text)) <= 1


@settings(max_examples=10, deadline=None)
@given(
    visitor=st.sampled_from(_VISITORS_EN),
    host=st.sampled_from(_HOSTS_EN),
    who=st.sampled_from(["leader of his country", "prime minister of his state", "head of government"]),
)
def test_the_first_one_to_visit_tells_a_done_act(visitor: str, host: tuple[str, str], who: str) -> None:
    # `becomes the first … to visit X and opens …`: the infinitive after `the first` is no word of what is to come
    text = (
        f"Visits\n\nChronology\n\n4 October 2022 – {visitor} becomes the first {who} to visit {host[0]} "
        f"and opens a new embassy there.\n"
    )
    assert len(_events(text)) == 2, text
