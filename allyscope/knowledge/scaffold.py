"""`allyscope case new`: the folder of a case of the user's own, valid from the start.

It holds case.json (name, title, version, the two parties — or, for a minilateral group, three or more, one side
each), empty facts and sources, and ladders whose steps are stated on the parties alone (officials, ministers,
heads of government in dialogue; an agreement; a treaty with a defence obligation), so that timeline, ladders,
claims, report and export all run before the first fact is written. The folder lives wherever the user keeps it;
`init --case FOLDER` records it in the database.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from allyscope.knowledge.case import CaseError


def _write(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")


def _ladders(ids: list[str]) -> dict[str, Any]:
    both = {"involves_all": ids}  # every party: for a group, the step is reached when the whole group takes it
    dyad = {"dyad": ids} if len(ids) == 2 else {}  # a group's ladders are stated on all of it, not on a pair
    dialogue = [
        ("officials", "Officials' dialogue", "official"),
        ("ministers", "Ministers meet", "minister"),
        ("leaders", "Heads of government or of the organisation meet", "head-of-government"),
    ]
    return {
        "version": 1,
        "about": "Ladders of the case: ordered steps, each reached by the first fact (by date) meeting its criteria.",
        "ladders": [
            {
                "id": "political-dialogue", "title": "Highest level of political dialogue", "kind": "political",
                **dyad,
                "steps": [
                    {"id": i, "label": label, "match": {"domain": "political-dialogue", "level": level, **both}}
                    for i, label, level in dialogue
                ],
            },
            {
                "id": "institutional", "title": "Institutional ladder", "kind": "institutional", **dyad,
                "steps": [
                    {"id": "agreement", "label": "A written agreement", "match": {"type": "AGREE", **both}},
                    {"id": "alliance", "label": "A treaty with a defence obligation (ATOP)",
                     "match": {"obligation": "ATOP:defense"}},
                ],
            },
        ],
    }  # fmt: skip


def scaffold(name: str, parties: Sequence[str], parent: Path, title: str | None = None) -> Path:
    """Make `parent/name` with a valid, empty case of the parties (ids or names; two, or more for a minilateral
    group, each its own side); its path."""
    from allyscope.entities import gazetteer, resolve_entity

    ids = [resolve_entity(p) for p in parties]
    if len(ids) < 2:
        raise CaseError("a case needs at least two parties")
    for i, ident in enumerate(ids):
        if ident in ids[:i]:
            raise CaseError(f"a case needs different parties: {parties[i]!r} is {ident}, named twice")
    folder = parent / name
    if folder.exists() and any(folder.iterdir()):
        raise CaseError(f"{folder}: exists and is not empty (choose another NAME or --dir)")
    folder.mkdir(parents=True, exist_ok=True)
    names = [gazetteer().entities[i]["name"] for i in ids]
    _write(
        folder / "case.json",
        {
            "name": name,
            "version": "0.1",
            "title": title or f"{'–'.join(names)} relations",
            "about": "A case made with `allyscope case new`: add facts to facts.json, each citing sources.json.",
            "curators": f"{name} case curators",
            "parties": [{"id": ident, "members": []} for ident in ids],
            "sides": [[ident] for ident in ids],
        },
    )
    _write(folder / "sources.json", {"version": 1, "sources": []})
    _write(folder / "facts.json", {"version": 1, "facts": []})
    _write(folder / "ladders.json", _ladders(ids))
    return folder.resolve()
