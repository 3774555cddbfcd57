"""Numbers that are not years (issue 14, item 1; span79): a figure of four digits bound to a noun of numbering — a
resolution's, a flight's, a hull's, an article's number, or a body named by a resolution's number — is no date,
in English prose where a bare year is otherwise read (`numbering_nouns` of allyscope/data/date_rules.json). In
Chinese and Japanese a numbered resolution carries `号`/`號` and no `年`, so no year was ever read there; the
traps say it stays so, and that a year written as a year is still read. Sentences written for these tests, not
taken from the corpus."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope.dates import find_dates, rules


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.edtf) for m in find_dates(text) if m.dates_event]


def test_a_resolutions_number_is_no_year() -> None:
    assert _read("Canberra co-sponsored resolution 1929 and applied it to Tehran's shipping lines.") == []
    assert _read("UNSCR 1887 set out the goal of a world without nuclear weapons.") == []
    assert _read("Wellington reported on its enforcement of Resolution 2094 to the panel.") == []
    assert _read("The council adopted resolution 1874 on 12 June 2009.") == [("12 June 2009", "2009-06-12")]


def test_figures_listed_after_the_noun_are_numbers_too() -> None:
    assert _read("Ulaanbaatar cited resolutions 1718, 1874 and 2087 in its report.") == []
    assert _read("Both governments enforce Resolutions 1874 (2009) or 2094 at their ports.") == []


def test_the_bracketed_year_of_a_numbered_resolution_names_it() -> None:
    """`resolution 1718 (2006)`: the year is the resolution's, as in `the 2017 Joint Declaration`; no act of the
    clause falls in it. Read as a year still (a reader may search by it), but dating no event."""
    text = "The panel created under resolution 1718 (2006) reported to Seoul on 5 March 2019."
    assert _read(text) == [("5 March 2019", "2019-03-05")]
    assert [m.edtf for m in find_dates(text)] == ["2006", "2019-03-05"]


def test_a_flight_hull_or_article_number_is_no_year() -> None:
    assert _read("Flight 1907 carried the envoys from Astana to Seoul.") == []
    assert _read("The frigate, hull number 2001, joined the patrol.") == []
    assert _read("Article 1905 of the old code was repealed by the assembly.") == []


def test_a_body_named_by_a_resolutions_number_is_no_year() -> None:
    assert _read("The 1988 Committee heard Kabul's envoy.") == []
    assert _read("Diplomats briefed the 1988 Sanctions Committee behind closed doors.") == []


def test_traps_a_year_written_as_a_year_is_still_read() -> None:
    assert _read("Seoul and Tehran exchanged envoys in 1962.") == [("1962", "1962")]
    # a figure before a lower-case `committee` may be the committee's year
    assert _read("The 1998 committee report was tabled.") == [("1998", "1998")]
    # a small article number then a year after a comma: the year stays
    assert _read("Under Article 5, 2019 was a year of exercises.") == [("2019", "2019")]
    # a year in brackets after no numbered name dates its clause as before
    assert _read("The pact (2006) was signed in the capital.") == [("2006", "2006")]
    # the noun inside another word binds nothing
    assert _read("Their coresolution 1990 talks failed.") == [("1990", "1990")]


def test_traps_chinese_and_japanese_numbered_resolutions_and_years() -> None:
    assert _read("安理会第1874号决议要求各国检查货物。") == []
    assert _read("モンゴルは1718委員会に報告書を提出した。") == []
    assert _read("国連安保理決議第1874号に基づき、日本は2009年6月に措置を決めた。") == [("2009年6月", "2009-06")]
    assert _read("1874年，两国签订了条约。") == [("1874年", "1874")]


@given(
    st.sampled_from(rules()["numbering_nouns"]["before"]),
    st.integers(1800, 2099),
    st.sampled_from(["", "No. ", "number "]),
    st.integers(1990, 2030),
)
def test_a_figure_after_a_noun_of_numbering_is_never_a_year(noun: str, figure: int, no: str, year: int) -> None:
    """Whatever the noun, its case, a `No.` between: the figure is no date, and a year told after it in the same
    sentence still is."""
    for written in (noun, noun.capitalize(), noun.upper()):
        text = f"The ministers discussed {written} {no}{figure} at talks in {year}."
        assert _read(text) == [(str(year), str(year))], text
