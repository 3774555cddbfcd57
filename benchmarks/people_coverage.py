"""How many of each state's leaders and ministers does the people data hold? (issue 14: actors named in every script)

Run: python benchmarks/people_coverage.py [--from 2000] [--to 2025] [--thin N]

On documents written blind, a person the data does not hold is named in Chinese or Japanese as written and cannot be
resolved to the state or person the gold names. This prints, for each state of `allyscope/data/states.json` (and
each state or organization some office of the data belongs to), the number of people whose terms of office as head
of state, head of government, foreign minister or defence minister overlap the years asked (2000-2025 by default),
per role, and in how many of them each script has a name (`en`, `zh`, `zh_Hant`, `ja`). The states with the fewest
are listed last and, with `--thin N`, only those with fewer than N people: the order in which to add people.
Nothing is scored; it reads the data only.

`--vacant YYYY-MM-DD` lists instead each office of the data that some person held but no person holds on that day
(its last holder's term ended before it): the order in which to add successors, by one rule over every state
(act53 added the successors of sixteen such offices, 2023–2025, where their names were sure).
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from typing import Any

from allyscope.entities import LANGUAGES, gazetteer, load_data, load_states

ROLES = ("head-of-state", "head-of-government", "foreign-minister", "defence-minister")
_SHORT = {"head-of-state": "HoS", "head-of-government": "HoG", "foreign-minister": "FM", "defence-minister": "DM"}


def coverage(first: int, last: int) -> dict[str, dict[str, Any]]:
    """State or organization → {"roles": role → people, "scripts": language → people named in it, "people": set}."""
    entities = gazetteer().entities
    lo, hi = f"{first:04d}-01-01", f"{last:04d}-12-31"
    out: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"roles": defaultdict(set), "scripts": defaultdict(set), "people": set()}
    )
    for entity in load_data()["entities"]:
        if entity["type"] != "person":
            continue
        for term in entity.get("roles", []):
            office = entities.get(term["office"], {})
            if office.get("role") not in ROLES or not (term["from"] <= hi and lo < term.get("to", "9999-12-31")):
                continue
            row = out[office["part_of"]]
            row["roles"][office["role"]].add(entity["id"])
            row["people"].add(entity["id"])
            for language in LANGUAGES:
                if entity["aliases"].get(language):
                    row["scripts"][language].add(entity["id"])
    return out


def vacant(day: str) -> list[tuple[str, str, str]]:
    """(office id, its last holder's name, the day their term ended) of each office some person held but no
    person holds on `day`, by the end of that term."""
    last: dict[str, tuple[str, str]] = {}
    held: set[str] = set()
    for entity in load_data()["entities"]:
        if entity["type"] != "person":
            continue
        for term in entity.get("roles", []):
            end = term.get("to", "9999-12-31")
            if term["from"] <= day < end:
                held.add(term["office"])
            if end > last.get(term["office"], ("", ""))[1]:
                last[term["office"]] = (entity["name"], end)
    return sorted(((o, *last[o]) for o in last if o not in held), key=lambda row: row[2])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from", dest="first", type=int, default=2000)
    parser.add_argument("--to", dest="last", type=int, default=2025)
    parser.add_argument("--thin", type=int, default=0, help="only states with fewer people than this")
    parser.add_argument("--vacant", metavar="DAY", help="list the offices no person of the data holds on DAY")
    args = parser.parse_args(argv)
    if args.vacant:
        rows = vacant(args.vacant)
        for office, name, end in rows:
            print(f"{office:40} last holder {name} until {end}")
        print(f"{len(rows)} offices held by no person of the data on {args.vacant}")
        return
    table = coverage(args.first, args.last)
    listed = [s["id"] for s in load_states()["states"]]
    keys = list(dict.fromkeys([*listed, *sorted(table)]))
    rows = sorted(keys, key=lambda k: (-len(table[k]["people"]) if k in table else 0, k))
    print(f"people in office {args.first}-{args.last}, per state: " + " ".join(_SHORT.values()) + " | scripts")
    total = 0
    for key in rows:
        row = table.get(key)
        people = len(row["people"]) if row else 0
        total += people
        if args.thin and people >= args.thin:
            continue
        roles = " ".join(f"{_SHORT[r]}={len(row['roles'][r]) if row else 0}" for r in ROLES)
        scripts = " ".join(f"{lang}={len(row['scripts'][lang]) if row else 0}" for lang in LANGUAGES)
        mark = "" if key in listed else " (not in states.json)"
        print(f"{key:6} {people:3}  {roles}  |  {scripts}{mark}")
    empty = sum(1 for k in listed if k not in table)
    print(f"total {total} people-state pairs; {empty} states of states.json with none")


if __name__ == "__main__":
    main()
