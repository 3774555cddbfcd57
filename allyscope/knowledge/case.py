"""The reference case as data: sources, facts, agreements and review decisions shipped in `allyscope/data/case/`.

The files are the single place where the Japan–NATO chronology lives; code only loads and checks them.
`problems()` is the integrity test: every cross-reference must resolve, so that a fact can never point at a
source, an entity or a document part that does not exist.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from allyscope.errors import AllyscopeError
from allyscope.vocabulary import ACTIONS, ATOP, COW, DOMAINS, LEVELS, MODES, PLOVER_TYPES


class CaseError(AllyscopeError):
    """The case data is inconsistent (a broken reference, a bad date, a missing field)."""


@dataclass(frozen=True)
class Case:
    """Everything one case ships: its files' contents, as loaded."""

    name: str
    version: str
    sources: list[dict[str, Any]]
    facts: list[dict[str, Any]]
    agreements: list[dict[str, Any]]
    decisions: list[dict[str, Any]]


def _read(name: str) -> dict[str, Any]:
    path = resources.files("allyscope.data").joinpath("case", f"{name}.json")
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


@cache
def load_case() -> Case:
    """The Japan–NATO case shipped with allyscope."""
    meta = _read("case")
    decisions = _read("decisions")
    return Case(
        name=meta["name"],
        version=str(meta["version"]),
        sources=_read("sources")["sources"],
        facts=_read("facts")["facts"],
        agreements=_read("agreements")["agreements"],
        decisions=[d | {"doc_sha": decisions["document"]["sha256"]} for d in decisions["decisions"]],
    )


def problems(case: Case) -> list[str]:
    """Every inconsistency in the case data, as one readable line each (empty when sound)."""
    from allyscope.edtf import DateError, bounds
    from allyscope.entities import gazetteer

    entities = gazetteer().entities
    out: list[str] = []
    source_ids = [s["id"] for s in case.sources]
    fact_ids = [f["id"] for f in case.facts]
    for kind, ids in (("source", source_ids), ("fact", fact_ids), ("agreement", [a["id"] for a in case.agreements])):
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            out.append(f"duplicate {kind} ids: {', '.join(duplicates)}")
    known_sources = set(source_ids)
    for s in case.sources:
        if not (s.get("url") or s.get("type") == "article-journal"):
            out.append(f"source {s['id']}: neither a URL nor a bibliographic work")
    for f in case.facts:
        where = f"fact {f['id']}"
        try:
            bounds(f["date"])
        except DateError as exc:
            out.append(f"{where}: {exc}")
        if f["type"] not in PLOVER_TYPES:
            out.append(f"{where}: unknown event type {f['type']!r}")
        if (f["type"] == "OTHER") != (f.get("cameo") is None):
            out.append(f"{where}: a CAMEO code is required for every type but OTHER, and only then omitted")
        for key, allowed in (("domain", DOMAINS), ("mode", MODES), ("level", LEVELS)):
            if f[key] not in allowed:
                out.append(f"{where}: {key} {f[key]!r} is not one of {', '.join(allowed)}")
        if not f["sources"]:
            out.append(f"{where}: no source")
        out += [f"{where}: unknown source {s['source']!r}" for s in f["sources"] if s["source"] not in known_sources]
        named = [a["id"] for a in f["actors"]] + list(f["involved"])
        out += [f"{where}: unknown entity {e!r}" for e in named if e not in entities]
    known_facts = set(fact_ids)
    for a in case.agreements:
        where = f"agreement {a['id']}"
        if a["id"] not in entities:
            out.append(f"{where}: not an entity of the gazetteer")
        out += [f"{where}: unknown party {p!r}" for p in a["parties"] if p not in entities]
        for ref in [a["fact"], *a.get("revisions", [])]:
            if ref not in known_facts:
                out.append(f"{where}: unknown fact {ref!r}")
        out += [f"{where}: unknown source {s!r}" for s in a["sources"] if s not in known_sources]
        for scheme, names in (("ATOP", ATOP), ("COW", COW)):
            coded = a["obligations"].get(scheme, {})
            out += [f"{where}: {scheme} obligation {n!r} not coded" for n in names if n not in coded]
            for n, value in coded.items():
                if value["status"] == "present" and not value.get("clause"):
                    out.append(f"{where}: {scheme} {n} is present but no clause shows it")
                if value["status"] not in ("present", "none found"):
                    out.append(f"{where}: {scheme} {n} has status {value['status']!r}")
    for d in case.decisions:
        if d["action"] not in ACTIONS:
            out.append(f"decision {d['candidate']}: unknown action {d['action']!r}")
        if d["action"] == "merge" and d.get("fact") not in known_facts:
            out.append(f"decision {d['candidate']}: merges into unknown fact {d.get('fact')!r}")
    return out
