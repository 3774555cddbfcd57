"""Records as PLOVER event records, one JSON object per line, in the fields PLOVER and POLECAT tools read.

`id`, `date` (YYYY-MM-DD, the first day the date may stand for) and `enddate` (the last), `event` (the PLOVER
type), a type-specific `mode`, `context` (future, hypothetical, negation), `source` and `recipient` as lists of
actors — each with its ISO 3166 alpha-3 code (a state) or IGO code (an organization), or those of the state or
organization it acts for, and its Wikidata id — `text` with its offsets, `cite_info`, `coder`, `coded_date` and
the codebook version. Facts typed OTHER (context that is no interaction) are left out: PLOVER has no OTHER.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from allyscope.outputs.records import source_actors, target_actors


@cache
def codebook() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files("allyscope.data").joinpath("plover.json").read_text("utf-8"))
    return data


@cache
def _alpha3() -> dict[str, str]:
    """ISO 3166 alpha-2 → alpha-3, from CLDR's territory aliases (Babel ships them)."""
    from babel.core import get_global

    aliases: Any = get_global("territory_aliases")
    out: dict[str, str] = {}
    for code, targets in aliases.items():
        if len(code) == 3 and code.isalpha() and code.isupper() and len(targets) == 1:
            out.setdefault(targets[0], code)
    return out


def actor_code(entity_id: str) -> str | None:
    """The alpha-3 code of a state, the code of an organization, or those of what an actor acts for."""
    from allyscope.entities import gazetteer

    g = gazetteer().entities
    seen: set[str] = set()
    current: str | None = entity_id
    while current and current not in seen:
        seen.add(current)
        entity = g.get(current, {})
        kind = entity.get("type")
        if kind == "state":
            return _alpha3().get(current, current)
        if kind == "organization":
            return current
        current = entity.get("part_of")
    return None


def plover_actor(actor: dict[str, Any]) -> dict[str, Any]:
    from allyscope.entities import gazetteer

    entity = gazetteer().entities.get(actor["id"], {})
    qid = entity.get("qid")
    return {
        "actor": actor["name"],
        "code": actor_code(actor["id"]),
        "wikidata": qid,
        "entity": actor["id"],
        "type": entity.get("type"),
    }


def plover_record(r: dict[str, Any]) -> dict[str, Any]:
    book = codebook()
    sources, targets = source_actors(r), target_actors(r)
    others = [a for a in r["actors"] if a["role"] not in ("source", "target")]
    if not sources and others:  # an extracted event without roles: its actors in order, the first as source
        sources, others = others[:1], others[1:]
    if not targets and others:
        targets, others = others, []
    context = [book["contexts"][r["mode"]]] if r["mode"] in book["contexts"] else []
    first = r["evidence"][0] if r["evidence"] else None
    cited = [s["title"] + (f" <{s['url']}>" if s.get("url") else "") for s in r["sources"]]
    cited += [f"document {e['doc']}, characters {e['start']}-{e['end']}" for e in r["evidence"]]
    return {
        "id": r["id"],
        "date": r["date_start"],
        "enddate": r["date_end"],
        "date_edtf": r["date"],
        "date_precision": r["precision"],
        "event": r["type"],
        "mode": book["modes"].get(r["type"], {}).get(r["cameo"], ""),
        "context": context,
        "source": [plover_actor(a) for a in sources],
        "recipient": [plover_actor(a) for a in targets],
        "text": first["text"] if first else "",
        "text_doc": first["doc"] if first else None,
        "text_start": first["start"] if first else None,
        "text_end": first["end"] if first else None,
        "text_lang": first["lang"] if first else None,
        "evidence": r["evidence"],
        "sources": r["sources"],
        "cite_info": "; ".join(cited),
        "coder": r["reviewed_by"] or "allyscope",
        "coded_date": (r["reviewed_at"] or r.get("extracted_at") or "")[:10] or None,
        "codebook": book["codebook"],
        "codebook_version": book["codebook_version"],
        "cameo": r["cameo"],
        "status": r["status"],
        "kind": r["kind"],
        "domain": r["domain"],
        "summary": r["summary"],
    }


def plover_records(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [plover_record(r) for r in records if r["type"] != "OTHER"]


def to_plover(records: list[dict[str, Any]]) -> str:
    lines = [json.dumps(p, ensure_ascii=False) for p in plover_records(records)]
    return "\n".join(lines) + ("\n" if lines else "")
