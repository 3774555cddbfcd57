"""Is it an alliance? The obligations agreements between two parties create, in ATOP and COW terms.

ATOP counts an alliance when a written agreement obliges a party to defend, to attack together, to stay
neutral, not to attack, or to consult in a military crisis; COW when it is a defence pact, a neutrality or
non-aggression pact, or an entente. The answer is derived from the coded agreements, so a new agreement with
a defence clause changes it without a change of code.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from allyscope.knowledge.facts import members
from allyscope.vocabulary import ATOP, COW

ALLIANCE_OBLIGATIONS = {"ATOP": ATOP, "COW": COW}


def obligations(conn: sqlite3.Connection, first: str, second: str) -> dict[str, Any]:
    """Agreements binding both parties, their coded obligations, and the verdict with its evidence."""
    a_ids, b_ids = members(conn, first), members(conn, second)
    marks_a, marks_b = ",".join("?" * len(a_ids)), ",".join("?" * len(b_ids))
    rows = conn.execute(
        "SELECT a.data FROM agreements a WHERE "
        f"EXISTS (SELECT 1 FROM agreement_parties p WHERE p.agreement_id = a.id AND p.entity_id IN ({marks_a})) AND "
        f"EXISTS (SELECT 1 FROM agreement_parties p WHERE p.agreement_id = a.id AND p.entity_id IN ({marks_b})) "
        "ORDER BY a.signed, a.id",
        [*a_ids, *b_ids],
    ).fetchall()
    agreements = [json.loads(r[0]) for r in rows]
    present: list[dict[str, Any]] = []
    for agreement in agreements:
        for scheme, names in ALLIANCE_OBLIGATIONS.items():
            for name in names:
                coded = agreement["obligations"][scheme][name]
                if coded["status"] == "present":
                    present.append(
                        {"agreement": agreement["id"], "scheme": scheme, "obligation": name, "clause": coded["clause"]}
                    )
    atop = [p for p in present if p["scheme"] == "ATOP"]
    cow = [p for p in present if p["scheme"] == "COW"]
    if not agreements:
        verdict = "no agreement between these parties is recorded"
    elif present:
        verdict = "an alliance: " + "; ".join(f"{p['scheme']} {p['obligation']} in {p['agreement']}" for p in present)
    else:
        verdict = (
            f"not an alliance: none of the {len(agreements)} agreements creates an ATOP obligation "
            "(defense, offense, neutrality, non-aggression, crisis consultation) or a COW defence pact, "
            "neutrality/non-aggression pact or entente"
        )
    return {
        "parties": [a_ids[0], b_ids[0]],
        "alliance": {"ATOP": bool(atop), "COW": bool(cow)},
        "verdict": verdict,
        "obligations_found": present,
        "agreements": agreements,
    }
