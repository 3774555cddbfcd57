"""The year-by-year audit of a case and the independence of its sources.

A case that analyses documents (the reference article of the shipped case, say) must not rest its chronology on
them alone: its sources.json marks each such document `"analysed": true`, and a fact whose every source is one of
them must say why no other was found (`sole_source_reason`). The audit (`audit.json`) records, for every year of
the case's span, which facts fall in it, the sources they cite, the facts of coarser dates that merely cover it
(a `199X` fact covers each year of the 1990s without saying which), and for a year with no fact a note that
starts "none found" and says what was searched. The years and their facts are derived data, so they are checked
against facts.json here rather than trusted: a fact added, redated or removed without updating the audit is a
problem of the case, reported like a broken reference.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from allyscope.edtf import DateError, bounds

if TYPE_CHECKING:
    from allyscope.knowledge.case import Case

NONE_FOUND = "none found"


def analysed_sources(case: Case) -> set[str]:
    """Ids of the sources the case analyses (its documents under analysis), which cannot stand alone."""
    return {s["id"] for s in case.sources if s.get("analysed")}


def cites_only_analysed(case: Case, fact: dict[str, Any]) -> bool:
    """True when every source of the fact is a document under analysis."""
    analysed = analysed_sources(case)
    return bool(analysed) and {s["source"] for s in fact["sources"]} <= analysed


def span_years(span: str) -> list[int]:
    """Every year an EDTF interval such as `1990/2025` covers, first to last."""
    first, last, _ = bounds(span)
    return list(range(int(first[:4]), int(last[:4]) + 1))


def _fact_years(fact: dict[str, Any]) -> tuple[int, int]:
    first, last, _ = bounds(fact["date"])
    return int(first[:4]), int(last[:4])


def expected_years(case: Case, years: list[int]) -> dict[int, dict[str, list[str]]]:
    """For each year: the facts dated within it, the sources they cite, and the coarser facts that cover it."""
    out: dict[int, dict[str, list[str]]] = {y: {"facts": [], "sources": [], "covered_by": []} for y in years}
    for fact in case.facts:
        try:
            first, last = _fact_years(fact)
        except DateError:
            continue  # reported as an impossible date elsewhere
        if first == last:
            if first in out:
                out[first]["facts"].append(fact["id"])
                out[first]["sources"] += [s["source"] for s in fact["sources"]]
            continue
        for year in years:  # a decade, a range or an open interval covers each year it overlaps
            if first <= year <= last:
                out[year]["covered_by"].append(fact["id"])
    for entry in out.values():
        entry["facts"] = sorted(entry["facts"])
        entry["sources"] = sorted(set(entry["sources"]))
        entry["covered_by"] = sorted(entry["covered_by"])
    return out


def sourcing_problems(case: Case) -> list[str]:
    """Facts that rest on documents under analysis alone without a reason, and reasons that no longer apply."""
    out = []
    for fact in case.facts:
        where = f"facts.json: fact {fact['id']}"
        only = cites_only_analysed(case, fact)
        if only and not fact.get("sole_source_reason"):
            out.append(
                f"{where}: cites only documents under analysis; add an independent source or a sole_source_reason"
            )
        if fact.get("sole_source_reason") and not only:
            out.append(f"{where}: has a sole_source_reason but cites an independent source; drop the reason")
    return out


def audit_problems(case: Case) -> list[str]:
    """Where audit.json disagrees with facts.json or leaves a year of its span out (empty when it agrees)."""
    audit = case.audit
    if not audit:
        return []
    try:
        years = span_years(audit["span"])
    except DateError as exc:
        return [f"audit.json: span: impossible date: {exc}"]
    out: list[str] = []
    listed = [entry["year"] for entry in audit["years"]]
    if listed != years:
        missing = sorted(set(years) - set(listed))
        extra = sorted(set(listed) - set(years))
        detail = []
        if missing:
            detail.append(f"missing {', '.join(map(str, missing))}")
        if extra:
            detail.append(f"outside the span {', '.join(map(str, extra))}")
        out.append(
            f"audit.json: years: must list every year of {audit['span']} once, in order"
            + (f" ({'; '.join(detail)})" if detail else " (out of order or repeated)")
        )
    known_sources = {s["id"] for s in case.sources}
    consulted = audit.get("consulted", [])
    out += [f"audit.json: consulted: unknown source {s!r}" for s in consulted if s not in known_sources]
    expected = expected_years(case, years)
    for entry in audit["years"]:
        year = entry["year"]
        where = f"audit.json: year {year}"
        if year not in expected:
            continue
        for key in ("facts", "sources", "covered_by"):
            want, have = expected[year][key], sorted(entry.get(key, []))
            if have != want:
                lacking = sorted(set(want) - set(have))
                stray = sorted(set(have) - set(want))
                parts = [f"lacks {', '.join(lacking)}"] if lacking else []
                parts += [f"lists {', '.join(stray)} which facts.json does not date there"] if stray else []
                out.append(f"{where}: {key} disagree with facts.json ({'; '.join(parts) or 'repeated ids'})")
        if not entry.get("facts") and not str(entry.get("note", "")).startswith(NONE_FOUND):
            out.append(f"{where}: no facts, so its note must start with '{NONE_FOUND}' and say what was searched")
    return out


def summary(case: Case) -> dict[str, Any]:
    """The figures of an audit: facts, facts resting on documents under analysis alone, years without facts."""
    only = [f["id"] for f in case.facts if cites_only_analysed(case, f)]
    span = case.audit.get("span") if case.audit else None
    if span:
        years = span_years(span)
    else:  # no audit: every year from the first fact's to the last fact's
        firsts = [_fact_years(f)[0] for f in case.facts]
        years = list(range(min(firsts), max(firsts) + 1)) if firsts else []
    expected = expected_years(case, years)
    without = [y for y in years if not expected[y]["facts"]]
    notes = {entry["year"]: entry.get("note", "") for entry in case.audit.get("years", [])} if case.audit else {}
    return {
        "case": case.name,
        "version": case.version,
        "span": span,
        "facts": len(case.facts),
        "facts_in_span": sum(1 for f in case.facts if years and years[0] <= _fact_years(f)[0] <= years[-1]),
        "analysed_sources": sorted(analysed_sources(case)),
        "facts_citing_only_analysed": len(only),
        "facts_citing_only_analysed_with_reason": sum(
            1 for f in case.facts if f["id"] in set(only) and f.get("sole_source_reason")
        ),
        "facts_citing_only_analysed_ids": only,
        "years": len(years),
        "years_without_facts": without,
        "years_none_found": [y for y in without if str(notes.get(y, "")).startswith(NONE_FOUND)],
        "audited": bool(case.audit),
    }
