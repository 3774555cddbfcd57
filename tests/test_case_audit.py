"""The year-by-year audit of a case and the independence of its sources, checked from the data itself: every fact
cites a source other than the documents the case analyses unless it says why none was found, and a case's
audit.json lists every year of its span with exactly the facts facts.json dates within it."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from allyscope.cli import main
from allyscope.edtf import bounds
from allyscope.knowledge.case import Case, load_case, shipped_cases


def _analysed(case: Case) -> set[str]:
    return {s["id"] for s in case.sources if s.get("analysed")}


def _within_year(fact: dict[str, Any]) -> int | None:
    """The year a fact is dated within, or None when its date spans more than one year."""
    first, last, _ = bounds(fact["date"])
    return int(first[:4]) if first[:4] == last[:4] else None


@pytest.mark.parametrize("name", shipped_cases())
def test_every_fact_cites_a_source_beyond_the_documents_under_analysis(name: str) -> None:
    case = load_case(name)
    analysed = _analysed(case)
    if any(document["claims"] for document in case.claims):  # a case that analyses a document marks it
        assert analysed, f"{name}: claims.json analyses documents but no source is marked analysed"
    for fact in case.facts:
        cited = {s["source"] for s in fact["sources"]}
        if cited - analysed:
            assert "sole_source_reason" not in fact, fact["id"]
        else:
            reason = fact.get("sole_source_reason", "")
            assert len(reason) >= 20, f"{fact['id']} cites only {sorted(cited)} and gives no reason"


def _audited() -> list[str]:
    return [name for name in shipped_cases() if load_case(name).audit]


def test_the_reference_case_is_audited() -> None:
    assert "japan-nato" in _audited()


@pytest.mark.parametrize("name", _audited())
def test_the_audit_covers_every_year_of_the_span_and_agrees_with_the_facts(name: str) -> None:
    case = load_case(name)
    first, last, _ = bounds(case.audit["span"])
    years = list(range(int(first[:4]), int(last[:4]) + 1))
    entries = {e["year"]: e for e in case.audit["years"]}
    assert [e["year"] for e in case.audit["years"]] == years
    by_year: dict[int, list[dict[str, Any]]] = {y: [] for y in years}
    for fact in case.facts:
        year = _within_year(fact)
        if year in by_year:
            by_year[year].append(fact)
    sources = {s["id"] for s in case.sources}
    for year in years:
        entry, facts = entries[year], by_year[year]
        assert sorted(entry["facts"]) == sorted(f["id"] for f in facts), year
        cited = {s["source"] for f in facts for s in f["sources"]}
        assert set(entry["sources"]) == cited and cited <= sources, year
        if not facts:  # a year without facts says so and what was searched
            assert entry["note"].startswith("none found") and len(entry["note"]) > 40, year
    # years with facts ↔ years the audit lists facts for
    assert {y for y, e in entries.items() if e["facts"]} == {y for y, f in by_year.items() if f}
    assert set(case.audit.get("consulted", [])) <= sources


def test_cases_audit_prints_the_figures_it_computes() -> None:
    case = load_case("japan-nato")
    result = CliRunner().invoke(main, ["cases", "--audit", "japan-nato", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    analysed = _analysed(case)
    only = [f["id"] for f in case.facts if {s["source"] for s in f["sources"]} <= analysed]
    empty = [e["year"] for e in case.audit["years"] if not e["facts"]]
    assert figures["facts"] == len(case.facts) and figures["facts_citing_only_analysed_ids"] == only
    assert figures["years_without_facts"] == empty == figures["years_none_found"]
    # floors of the audit of 2026-11-30: the chronology may grow, the gaps may only shrink
    assert figures["facts"] >= 112 and len(only) <= 2 and len(empty) <= 9
    text = CliRunner().invoke(main, ["cases", "--audit", "japan-nato"]).stdout
    assert f"years without facts: {len(empty)} of {len(case.audit['years'])}" in text


def test_cases_audit_names_an_unknown_case() -> None:
    result = CliRunner().invoke(main, ["cases", "--audit", "no-such-case"])
    assert result.exit_code == 2 and "no-such-case" in result.stderr


_DATES = st.one_of(
    st.integers(1980, 2030).map(str),
    st.tuples(st.integers(1980, 2030), st.integers(1, 12)).map(lambda t: f"{t[0]}-{t[1]:02d}"),
    st.tuples(st.integers(1980, 2030), st.integers(1, 12), st.integers(1, 28)).map(
        lambda t: f"{t[0]}-{t[1]:02d}-{t[2]:02d}"
    ),
    st.integers(198, 202).map(lambda d: f"{d}X"),
    st.tuples(st.integers(1980, 2030), st.integers(0, 6)).map(lambda t: f"{t[0]}/{t[0] + t[1]}"),
    st.integers(1980, 2030).map(lambda y: f"{y}-03/.."),
)


@given(dates=st.lists(_DATES, max_size=25), first=st.integers(1985, 2020), length=st.integers(0, 15))
def test_each_fact_falls_in_its_year_or_covers_the_years_it_spans(dates: list[str], first: int, length: int) -> None:
    from allyscope.knowledge.audit import expected_years

    facts = [{"id": f"f{i}", "date": d, "sources": [{"source": f"s{i % 3}"}]} for i, d in enumerate(dates)]
    case = Case(name="t", version="1", title="test", meta={}, sources=[], facts=facts, agreements=[], decisions=[])
    years = list(range(first, first + length + 1))
    found = expected_years(case, years)
    assert list(found) == years
    for fact in facts:
        low, high, _ = bounds(fact["date"])
        start, end = int(low[:4]), int(high[:4])
        within = [y for y in years if fact["id"] in found[y]["facts"]]
        covering = [y for y in years if fact["id"] in found[y]["covered_by"]]
        if start == end:  # dated within one year: listed there if the span has it, never as covering
            assert within == ([start] if start in years else []) and covering == []
        else:  # a coarser date covers every year of the span it overlaps and falls in none
            assert within == [] and covering == [y for y in years if start <= y <= end]
    for year in years:
        cited = {f["sources"][0]["source"] for f in facts if f["id"] in found[year]["facts"]}
        assert set(found[year]["sources"]) == cited
