"""`allyscope case new`: the folder of a case of the user's own, valid from the start.

It holds case.json (name, title, version, the two parties), empty facts and sources, and ladders whose steps are
stated on the two parties alone (officials, ministers, heads of government in dialogue; an agreement; a treaty
with a defence obligation), so that timeline, ladders, claims, report and export all run before the first fact
is written. The folder lives wherever the user keeps it; `init --case FOLDER` records it in the database.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from allyscope.knowledge.case import CaseError


def _write(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")


def _ladders(a: str, b: str) -> dict[str, Any]:
    both = {"involves_all": [a, b]}
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
                "dyad": [a, b],
                "steps": [
                    {"id": i, "label": label, "match": {"domain": "political-dialogue", "level": level, **both}}
                    for i, label, level in dialogue
                ],
            },
            {
                "id": "institutional", "title": "Institutional ladder", "kind": "institutional", "dyad": [a, b],
                "steps": [
                    {"id": "agreement", "label": "A written agreement", "match": {"type": "AGREE", **both}},
                    {"id": "alliance", "label": "A treaty with a defence obligation (ATOP)",
                     "match": {"obligation": "ATOP:defense"}},
                ],
            },
        ],
    }  # fmt: skip


def scaffold(name: str, parties: tuple[str, str], parent: Path, title: str | None = None) -> Path:
    """Make `parent/name` with a valid, empty case of the two parties (ids or names); its path."""
    from allyscope.entities import gazetteer, resolve_entity

    ids = [resolve_entity(p) for p in parties]
    if ids[0] == ids[1]:
        raise CaseError(f"a case needs two different parties, not {parties[0]!r} twice")
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
            "title": title or f"{names[0]}–{names[1]} relations",
            "about": "A case made with `allyscope case new`: add facts to facts.json, each citing sources.json.",
            "curators": f"{name} case curators",
            "parties": [{"id": ids[0], "members": []}, {"id": ids[1], "members": []}],
            "sides": [[ids[0]], [ids[1]]],
        },
    )
    _write(folder / "sources.json", {"version": 1, "sources": []})
    _write(folder / "facts.json", {"version": 1, "facts": []})
    _write(folder / "ladders.json", _ladders(ids[0], ids[1]))
    return folder.resolve()
