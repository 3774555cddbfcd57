"""Cases as data: a relationship's parties, facts, sources, agreements, ladders, claims and review decisions.

A case is a folder of JSON files — shipped ones in `allyscope/data/cases/NAME/`, a user's own anywhere
(`allyscope case new`) — checked against one JSON Schema (`allyscope/data/cases/schema.json`) and then for
cross-references (`problems()`): a fact's sources and entities, an agreement's fact, a ladder's facts, a
decision's fact, the parties and their merges. Code names no case and no entity of one: which entities count as
one side of the relationship, which offices rank as head of government, what the ladders are, all comes from
here. A case that fails any check is refused as a whole with a message naming the file, the item and the
problem, so nothing of it is loaded half.

Which case a database serves is recorded in it at `init` (its name, and its folder for a user's case), so that
every later command serves the same one (`case_of`). Extraction, which runs without a database, reads the
parties of the case made active for the process (`activate`, done by `init` and `ingest`), by default the
reference case.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from allyscope.errors import AllyscopeError
from allyscope.vocabulary import ACTIONS, ATOP, COW, DOMAINS, LEVELS

REQUIRED_FILES = ("case", "sources", "facts")
OPTIONAL_FILES = ("agreements", "decisions", "ladders", "claims", "entities", "audit")
FILES = REQUIRED_FILES + OPTIONAL_FILES
_EMPTY: dict[str, dict[str, Any]] = {
    "agreements": {"version": 1, "agreements": []},
    "decisions": {"version": 1, "decisions": []},
    "ladders": {"version": 1, "ladders": []},
    "claims": {"version": 1, "documents": []},
    "entities": {"version": 1, "entities": []},
}
_LIST_KEY = {
    "sources": "sources", "facts": "facts", "agreements": "agreements", "decisions": "decisions",
    "ladders": "ladders", "claims": "documents", "entities": "entities",
}  # fmt: skip


class CaseError(AllyscopeError):
    """The case data is inconsistent (a broken reference, a bad date, an unknown entity, a cycle of merges)."""


@dataclass(frozen=True)
class Case:
    """Everything one case holds, as loaded and checked."""

    name: str
    version: str
    title: str
    meta: dict[str, Any]
    sources: list[dict[str, Any]]
    facts: list[dict[str, Any]]
    agreements: list[dict[str, Any]]
    decisions: list[dict[str, Any]]
    ladders: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    audit: dict[str, Any] = field(default_factory=dict)  # audit.json, empty when the case has none
    directory: str = ""  # empty for a case shipped with allyscope

    @property
    def parties(self) -> list[str]:
        return [p["id"] for p in self.meta["parties"]]

    @property
    def sides(self) -> list[list[str]]:
        """Groups of parties: a fact is the relationship's own when it involves members of two different sides.
        A bilateral relationship has two sides; a minilateral one (three states meeting as a group, say) has one
        side per party, and any two of them in one fact make it the relationship's own."""
        sides: list[list[str]] = self.meta.get("sides") or [[p] for p in self.parties]
        return sides

    @property
    def dyads(self) -> list[tuple[str, str]]:
        """Every pair of parties on two different sides (one pair for a two-party case)."""
        sides = self.sides
        return [(a, b) for i, first in enumerate(sides) for second in sides[i + 1 :] for a in first for b in second]

    @property
    def curators(self) -> str:
        return str(self.meta.get("curators") or f"{self.name} case curators")

    @property
    def office_levels(self) -> dict[str, str]:
        levels: dict[str, str] = self.meta.get("office_levels", {})
        return levels

    @property
    def weights(self) -> dict[str, dict[str, float]]:
        weights: dict[str, dict[str, float]] = self.meta.get("weights", {})
        return weights

    @property
    def domains(self) -> list[str]:
        domains: list[str] = self.meta.get("domains") or list(DOMAINS)
        return domains

    @property
    def merges(self) -> list[dict[str, str]]:
        merges: list[dict[str, str]] = self.meta.get("merges", [])
        return merges

    @property
    def label(self) -> str:
        """`name version`, as recorded in a database."""
        return f"{self.name} {self.version}"


def describe(case: Case) -> dict[str, Any]:
    """The headline of a case — name, title, parties with their names, sides, version — for listings, report
    titles and export headlines."""
    names = entity_names(case)
    return {
        "name": case.name,
        "title": case.title,
        "version": case.version,
        "parties": case.parties,
        "party_names": [names.get(p, p) for p in case.parties],
        "sides": case.sides,
        "facts": len(case.facts),
        "directory": case.directory or None,
    }


# ---------------------------------------------------------------- reading


def _cases_root() -> Traversable:
    return resources.files("allyscope.data").joinpath("cases")


@cache
def default_case() -> str:
    """The shipped case `init` loads by default (`allyscope/data/cases/index.json`: data, not code)."""
    index: dict[str, Any] = json.loads(_cases_root().joinpath("index.json").read_text("utf-8"))
    return str(index["default"])


def shipped_cases() -> list[str]:
    """Names of the cases shipped with allyscope."""
    return sorted(e.name for e in _cases_root().iterdir() if e.is_dir() and e.joinpath("case.json").is_file())


@cache
def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_cases_root().joinpath("schema.json").read_text("utf-8"))
    return data


def _read_files(folder: Traversable, label: str) -> dict[str, dict[str, Any]]:
    files: dict[str, dict[str, Any]] = {}
    for name in FILES:
        path = folder.joinpath(f"{name}.json")
        if not path.is_file():
            if name in REQUIRED_FILES:
                raise CaseError(f"{label}/{name}.json: missing (a case needs {', '.join(REQUIRED_FILES)})")
            if name in _EMPTY:  # audit.json has no empty form: a case without one is simply not audited
                files[name] = _EMPTY[name]
            continue
        try:
            files[name] = json.loads(path.read_text("utf-8"))
        except UnicodeDecodeError as exc:
            raise CaseError(f"{label}/{name}.json: not UTF-8 text ({exc.reason})") from exc
        except json.JSONDecodeError as exc:
            raise CaseError(f"{label}/{name}.json: not JSON ({exc.msg}, line {exc.lineno})") from exc
    return files


def _schema_problems(files: dict[str, dict[str, Any]]) -> list[str]:
    """Structural problems, one line each: `facts.json: fact jn-x: 'date' is a required property`."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema())
    out = []
    for error in sorted(validator.iter_errors(files), key=lambda e: [str(p) for p in e.absolute_path]):
        path = list(error.absolute_path)
        file = str(path[0]) if path else "case"
        item = "top level"
        if len(path) >= 3 and isinstance(path[2], int):
            element = files[file][str(path[1])][path[2]]
            ident = None
            if isinstance(element, dict):
                ident = element.get("id") or element.get("candidate") or element.get("year")
            item = f"{str(path[1]).rstrip('s')} {ident or '#' + str(path[2])}"
            rest = path[3:]
        else:
            rest = path[1:]
        where = "/".join(str(p) for p in rest)
        shown = repr(error.instance)
        message = error.message.replace(shown, shown if len(shown) <= 40 else shown[:37] + "…")
        message = message if len(message) <= 200 else message[:197] + "…"
        out.append(f"{file}.json: {item}: {where + ': ' if where else ''}{message}")
    return out


def _build(files: dict[str, dict[str, Any]], directory: str) -> Case:
    meta = files["case"]
    return Case(
        name=meta["name"],
        version=str(meta["version"]),
        title=meta["title"],
        meta=meta,
        sources=files["sources"]["sources"],
        facts=files["facts"]["facts"],
        agreements=files["agreements"]["agreements"],
        decisions=files["decisions"]["decisions"],
        ladders=files["ladders"]["ladders"],
        claims=files["claims"]["documents"],
        entities=files["entities"]["entities"],
        audit=files.get("audit", {}),
        directory=directory,
    )


def all_problems(folder: Traversable | Path, *, directory: str = "") -> tuple[Case | None, list[str]]:
    """The case of a folder (None when its structure is broken) and every problem found, one line each."""
    files = _read_files(folder, str(folder))
    found = _schema_problems(files)
    if found:
        return None, found
    case = _build(files, directory)
    return case, problems(case)


def read_case(folder: Traversable | Path, *, directory: str = "", label: str | None = None) -> Case:
    """Read and check a case folder; CaseError names the first problem (file, item, problem) and how many."""
    label = label or str(folder)
    files = _read_files(folder, label)
    found = _schema_problems(files)
    if not found:
        case = _build(files, directory)
        found = problems(case)
    if found:
        more = f" (and {len(found) - 1} more problems; `allyscope case check` lists them)" if len(found) > 1 else ""
        raise CaseError(f"{label}/{found[0]}{more}")
    return case


def load_case(name: str | None = None) -> Case:
    """A case shipped with allyscope, by name (the default case without one)."""
    return _load_shipped(name or default_case())


@cache
def _load_shipped(name: str) -> Case:
    """A shipped case, read without checking it again: the tests hold every shipped case to its schema and its
    cross-references (tests/test_knowledge.py), and `allyscope case check` checks any folder. Checking them on
    every command cost about 0.26 s of CPU per command (schema 0.14, references 0.12) — most of a CLI read's
    own work, and CPU every `review` or `entity --merge-into` took from the readers beside it."""
    if name not in shipped_cases():
        raise CaseError(f"no shipped case {name!r} (shipped: {', '.join(shipped_cases())}; or give --case-dir)")
    label = f"cases/{name}"
    return _build(_read_files(_cases_root().joinpath(name), label), "")


def _stamp(folder: Path) -> tuple[float, ...]:
    return tuple((folder / f"{n}.json").stat().st_mtime if (folder / f"{n}.json").exists() else 0.0 for n in FILES)


@cache
def _load_folder(folder: str, stamp: tuple[float, ...]) -> Case:
    return read_case(Path(folder), directory=folder)


def load_case_dir(folder: str | os.PathLike[str]) -> Case:
    """A case of the user's own, from its folder (read again when one of its files changed)."""
    path = Path(folder).resolve()
    if not (path / "case.json").is_file():
        raise CaseError(f"{path}: not a case folder (no case.json; `allyscope case new NAME` makes one)")
    return _load_folder(str(path), _stamp(path))


# ---------------------------------------------------------------- entities and parties


def known_entities(case: Case) -> dict[str, dict[str, Any]]:
    """The gazetteer's entities and the case's own (`entities.json`), by id."""
    from allyscope.entities import gazetteer

    found = dict(gazetteer().entities)
    found.update({e["id"]: e for e in case.entities})
    return found


def entity_names(case: Case) -> dict[str, str]:
    return {ident: str(e.get("name", ident)) for ident, e in known_entities(case).items()}


def _members(case: Case) -> dict[str, frozenset[str]]:
    """Members of every party, computed once per loaded case."""
    if id(case) in _MEMBERS:
        return _MEMBERS[id(case)][1]
    entities = known_entities(case)
    out: dict[str, frozenset[str]] = {}
    for party in case.meta["parties"]:
        roots = {party["id"], *party.get("members", [])}
        found = set(roots)
        for ident in entities:
            current, seen = ident, set()
            while current in entities and current not in seen:
                seen.add(current)
                if current in roots:
                    found.add(ident)
                    break
                current = entities[current].get("part_of", "")
        for merge in case.merges:
            if merge["into"] in found:
                found.add(merge["entity"])
        out[party["id"]] = frozenset(found)
    _MEMBERS[id(case)] = (case, out)  # the case is kept with its members, so its id is never reused
    return out


_MEMBERS: dict[int, tuple[Case, dict[str, frozenset[str]]]] = {}


def party_members(case: Case, party: str) -> frozenset[str]:
    """A party and every entity that belongs to it: listed as its members in case.json, or part of it (or of a
    member) through the gazetteer's `part_of` chains (an organisation's council, commands and summits; a state's
    offices and forces)."""
    members = _members(case)
    if party not in members:
        raise CaseError(f"{party!r} is not a party of case {case.name} (parties: {', '.join(case.parties)})")
    return members[party]


def side_members(case: Case) -> list[frozenset[str]]:
    """The entities of each side (the union of its parties' members)."""
    return [frozenset().union(*(party_members(case, p) for p in side)) for side in case.sides]


def party_of(case: Case, ref: str) -> str:
    """The party `ref` names: a party id or any name or alias of it, in any language."""
    from allyscope.entities import resolve_entity

    if ref in case.parties:
        return ref
    try:
        resolved = resolve_entity(ref)
    except AllyscopeError:
        resolved = resolve_case_entity(case, ref)
    if resolved in case.parties:
        return resolved
    raise CaseError(f"{ref!r} is not a party of case {case.name} (parties: {', '.join(case.parties)})")


def resolve_case_entity(case: Case, ref: str) -> str:
    """The id of an entity of the case's own `entities.json` or of the gazetteer named by `ref`."""
    from allyscope.entities import resolve_entity
    from allyscope.errors import NotFoundError

    wanted = ref.strip().casefold()
    for entity in case.entities:
        names = [entity["id"], entity["name"], *(a for group in entity.get("aliases", {}).values() for a in group)]
        if any(n.casefold() == wanted for n in names):
            return str(entity["id"])
    try:
        return resolve_entity(ref)
    except NotFoundError:
        raise NotFoundError(f"no entity is called {ref!r} in the gazetteer or in case {case.name}") from None


# ---------------------------------------------------------------- the case a process or a database serves

_ACTIVE: list[Case] = []


def activate(case: Case) -> list[Case]:
    """Make `case` the one whose parties extraction codes events against, for this process (and its forks);
    what was active before, for `restore`."""
    previous = list(_ACTIVE)
    _ACTIVE[:] = [case]
    return previous


def restore(previous: list[Case]) -> None:
    """Put back what `activate` replaced, so that one command's case does not outlive it in a long process."""
    _ACTIVE[:] = previous


def active_case() -> Case:
    return _ACTIVE[0] if _ACTIVE else load_case()


def sides_in_use() -> list[frozenset[str]]:
    """The member sets of the sides of the active case: an event without members of two sides is context."""
    return side_members(active_case())


def parties_in_use() -> list[list[str]]:
    """The parties of each side of the active case (for "both sides" written out without names)."""
    return active_case().sides


def recorded(conn: sqlite3.Connection) -> tuple[str, str] | None:
    """(name, folder) of the case a database serves, or None when no case was loaded into it."""
    try:
        rows = dict(conn.execute("SELECT key, value FROM case_meta WHERE key IN ('case_name', 'case_dir')"))
    except sqlite3.OperationalError:
        return None
    if "case_name" not in rows:
        legacy = conn.execute("SELECT value FROM case_meta WHERE key = 'case'").fetchone()
        return (str(legacy[0]).split(" ")[0], "") if legacy else None
    return rows["case_name"], rows.get("case_dir", "")


def case_of(conn: sqlite3.Connection) -> Case:
    """The case a database serves (recorded at init), else the reference case."""
    found = recorded(conn)
    if found is None:
        return load_case()
    name, folder = found
    if folder:
        if not Path(folder).is_dir():
            raise CaseError(
                f"the case {name!r} this database serves was loaded from {folder}, which is gone "
                "(run `allyscope init --case-dir FOLDER` with its new place)"
            )
        return load_case_dir(folder)
    return load_case(name)


def activate_recorded(db: str | os.PathLike[str] | None) -> list[Case]:
    """Activate the case the database at `db` serves (the default case for a new database); what was active."""
    from allyscope.store.database import default_db_path
    from allyscope.store.dialect import DatabaseURL

    path = default_db_path(db)
    case = load_case()
    if isinstance(path, DatabaseURL):
        from allyscope.store.database import Store

        try:
            with Store(path, readonly=True) as store:
                case = case_of(store.conn)
        except (AllyscopeError, sqlite3.Error):
            pass  # not a knowledge base yet, or the server is away: the store will say so
        return activate(case)
    if path.exists():
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        except sqlite3.Error:
            conn = None
        if conn is not None:
            try:
                case = case_of(conn)
            except sqlite3.Error:
                pass  # not a database yet: the store will say so
            finally:
                conn.close()
    return activate(case)


def headline(conn: sqlite3.Connection | None = None) -> dict[str, Any]:
    """Title and parties of the case a database serves (or of the active case): for report titles and exports."""
    return describe(case_of(conn) if conn is not None else active_case())


# ---------------------------------------------------------------- cross-references


def _duplicates(kind: str, file: str, ids: list[str]) -> list[str]:
    seen: set[str] = set()
    dup = sorted({i for i in ids if i in seen or seen.add(i)})  # type: ignore[func-returns-value]
    return [f"{file}: {kind} {i}: the id is used twice" for i in dup]


def _cycles(edges: dict[str, str]) -> list[list[str]]:
    """Cycles in a graph where each node points at most at one other (merges, part_of)."""
    found: list[list[str]] = []
    done: set[str] = set()
    for start in sorted(edges):
        path: list[str] = []
        current = start
        while current in edges and current not in done and current not in path:
            path.append(current)
            current = edges[current]
        if current in path:
            cycle = path[path.index(current) :]
            found.append([*cycle, current])
        done.update(path)
    return found


def _criterion_problems(
    where: str, criterion: dict[str, Any], facts: set[str], entities: dict[str, Any], parties: list[str]
) -> list[str]:
    out: list[str] = []
    for alternative in criterion.get("any", []):
        out += _criterion_problems(where, alternative, facts, entities, parties)
    if "fact" in criterion and criterion["fact"] not in facts:
        out.append(f"{where}: unknown fact {criterion['fact']!r}")
    for key in ("involves_all", "involves_any"):
        out += [f"{where}: unknown entity {e!r}" for e in criterion.get(key, []) if e not in entities]
    if "source_party" in criterion and criterion["source_party"] not in parties:
        out.append(f"{where}: source_party {criterion['source_party']!r} is not a party of the case")
    if "obligation" in criterion:
        scheme, _, name = criterion["obligation"].partition(":")
        if name not in {"ATOP": ATOP, "COW": COW}.get(scheme, ()):
            out.append(f"{where}: unknown obligation {criterion['obligation']!r}")
    return out


def problems(case: Case) -> list[str]:
    """Every inconsistency in the case's cross-references, one line each: `FILE: ITEM: PROBLEM` (empty when sound).

    Structure (required fields, closed vocabularies, date syntax) is the schema's; this checks what a schema
    cannot: that every reference resolves, dates exist, parties are entities and merges form no cycle."""
    from allyscope.edtf import DateError, bounds
    from allyscope.knowledge.audit import audit_problems, sourcing_problems
    from allyscope.vocabulary import PLOVER_TYPES

    entities = known_entities(case)
    out: list[str] = []
    source_ids = [s["id"] for s in case.sources]
    fact_ids = [f["id"] for f in case.facts]
    out += _duplicates("source", "sources.json", source_ids)
    out += _duplicates("fact", "facts.json", fact_ids)
    out += _duplicates("agreement", "agreements.json", [a["id"] for a in case.agreements])
    out += _duplicates("entity", "entities.json", [e["id"] for e in case.entities])
    known_sources, known_facts = set(source_ids), set(fact_ids)
    # case.json: parties, sides, offices, merges
    for party in case.meta["parties"]:
        if party["id"] not in entities:
            out.append(f"case.json: party {party['id']}: unknown entity (not in the gazetteer nor entities.json)")
        unknown = [m for m in party.get("members", []) if m not in entities]
        out += [f"case.json: party {party['id']}: unknown member {m!r}" for m in unknown]
    for side in case.sides:
        out += [f"case.json: sides: {p!r} is not one of the parties" for p in side if p not in case.parties]
    if len(case.sides) < 2:
        out.append(f"case.json: sides: a relationship has at least two sides, not {len(case.sides)}")
    for office, level in case.office_levels.items():
        if office not in entities:
            out.append(f"case.json: office_levels {office}: unknown entity")
        if level not in LEVELS:
            out.append(f"case.json: office_levels {office}: level {level!r} is not one of {', '.join(LEVELS)}")
    for domain in case.meta.get("domains", []):
        if domain not in DOMAINS:
            out.append(f"case.json: domains: {domain!r} is not one of {', '.join(DOMAINS)}")
    edges: dict[str, str] = {}
    for merge in case.merges:
        for end in (merge["entity"], merge["into"]):
            if end not in entities:
                out.append(f"case.json: merge {merge['entity']} → {merge['into']}: unknown entity {end!r}")
        if merge["entity"] in edges:
            out.append(f"case.json: merge {merge['entity']}: merged into two entities")
        edges[merge["entity"]] = merge["into"]
    for cycle in _cycles(edges):
        out.append(f"case.json: merges: a cycle of merges {' → '.join(cycle)}")
    # entities.json: part_of chains resolve and do not loop
    parents = {e["id"]: e["part_of"] for e in case.entities if e.get("part_of")}
    for ident, parent in parents.items():
        if parent not in entities:
            out.append(f"entities.json: entity {ident}: part_of unknown entity {parent!r}")
    for cycle in _cycles(parents):
        out.append(f"entities.json: part_of: a cycle {' → '.join(cycle)}")
    # sources.json
    for s in case.sources:
        if not (s.get("url") or s.get("type") == "article-journal"):
            out.append(f"sources.json: source {s['id']}: neither a URL nor a bibliographic work")
        if s.get("issued"):
            try:
                bounds(s["issued"])
            except DateError as exc:
                out.append(f"sources.json: source {s['id']}: impossible date: {exc}")
    # facts.json
    for f in case.facts:
        where = f"facts.json: fact {f['id']}"
        try:
            bounds(f["date"])
        except DateError as exc:
            out.append(f"{where}: impossible date: {exc}")
        if f["type"] not in PLOVER_TYPES:
            out.append(f"{where}: unknown event type {f['type']!r}")
        if (f["type"] == "OTHER") != (f.get("cameo") is None):
            out.append(f"{where}: a CAMEO code is required for every type but OTHER, and only then omitted")
        out += [f"{where}: unknown source {s['source']!r}" for s in f["sources"] if s["source"] not in known_sources]
        named = [a["id"] for a in f["actors"]] + list(f["involved"])
        out += [f"{where}: unknown entity {e!r}" for e in named if e not in entities]
    out += sourcing_problems(case)
    if not any(line.startswith("facts.json:") for line in out):  # the audit is checked against sound facts only,
        out += audit_problems(case)  # so one broken fact is one line, not a cascade of audit disagreements
    # agreements.json
    for a in case.agreements:
        where = f"agreements.json: agreement {a['id']}"
        if a["id"] not in entities:
            out.append(f"{where}: not an entity of the gazetteer or entities.json")
        out += [f"{where}: unknown party {p!r}" for p in a["parties"] if p not in entities]
        for ref in [a["fact"], *a.get("revisions", [])]:
            if ref not in known_facts:
                out.append(f"{where}: unknown fact {ref!r}")
        out += [f"{where}: unknown source {s!r}" for s in a["sources"] if s not in known_sources]
        for key in ("signed", "period"):
            try:
                bounds(a[key])
            except DateError as exc:
                out.append(f"{where}: impossible {key} date: {exc}")
        for scheme, names in (("ATOP", ATOP), ("COW", COW)):
            coded = a["obligations"].get(scheme, {})
            out += [f"{where}: {scheme} obligation {n!r} not coded" for n in names if n not in coded]
            for n, value in coded.items():
                if value["status"] == "present" and not value.get("clause"):
                    out.append(f"{where}: {scheme} {n} is present but no clause shows it")
    # decisions.json
    for d in case.decisions:
        where = f"decisions.json: decision {d.get('candidate', '?')}"
        if d["action"] not in ACTIONS:
            out.append(f"{where}: unknown action {d['action']!r}")
        if d["action"] == "merge" and d.get("fact") not in known_facts:
            out.append(f"{where}: merges into unknown fact {d.get('fact')!r}")
    # ladders.json, claims.json
    for ladder in case.ladders:
        for step in ladder["steps"]:
            where = f"ladders.json: step {ladder['id']}/{step['id']}"
            out += _criterion_problems(where, step["match"], known_facts, entities, case.parties)
        strangers = [p for p in ladder.get("dyad", []) if p not in case.parties]
        out += [f"ladders.json: ladder {ladder['id']}: {p!r} is not a party" for p in strangers]
    for document in case.claims:
        for claim in document["claims"]:
            where = f"claims.json: claim {claim['id']}"
            for key in ("supports", "weakens"):
                out += [f"{where}: {key} unknown fact {i!r}" for i in claim[key] if i not in known_facts]
            for indicator in claim.get("indicators", []):
                out += _criterion_problems(
                    f"{where}/{indicator['id']}", indicator["match"], known_facts, entities, case.parties
                )
    return out
