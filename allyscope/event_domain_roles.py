"""The roles of an event's predicate for the domain model (`data/domain_roles.json`; issue 14 item 5, dom67).

Why: the model of `data/domain_model.json` read the predicate's segment as character pairs and words, the ranked
cue classes and the codebook's seed concepts. What decides many domains is the act together with its object —
forces *arriving* with equipment are a move of forces (`military-exercise`), equipment *handed over* is an act on
equipment (`institutional`), a *course* given to a coast guard is training (rule 10), a move *said* by one side is
the move it announces (rule 6) — and a word-level model learns each such pair in the language it saw it in. Here
each act class and each object class is written once with its words in every language of the corpus, and the model
reads the classes and their pairs (`role_features`): `act:CLASS` and `obj:CLASS` for each class in the segment,
`ao:ACT+OBJECT` for an act and an object of the segment together (in either order: a Japanese object stands before
its verb), `aa:ACT+ACT` for two acts of the segment (something said of forces sent). What is learnt of an act on an
object in three languages then holds in the fourth. Nothing here names an entity, and nothing here decides a domain:
the ranked cue lists decide where they are clear, the model weighs these features with the others.
"""

from __future__ import annotations

import itertools
import json
import re
from functools import cache
from importlib import resources
from typing import Any

from allyscope.errors import DataFileError
from allyscope.event_cues import _lowered

LANGUAGES = ("en", "ja", "zh-Hans", "zh-Hant")
ROLES = ("act", "object")


@cache
def domain_roles() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """The classes of `data/domain_roles.json` in file order, as (class, role, expression of all its forms folded);
    a file that breaks its shape is a `DataFileError`."""
    raw = json.loads(resources.files("allyscope.data").joinpath("domain_roles.json").read_text("utf-8"))
    return compiled_roles(raw)


def compiled_roles(raw: dict[str, Any]) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """`raw` (the shape of `data/domain_roles.json`) checked and compiled: every class is named once, has a role
    (`act` or `object`) and a form in each of the four languages."""
    out = []
    seen: set[str] = set()
    for entry in raw.get("roles", ()):
        name, role, forms = entry.get("class"), entry.get("role"), entry.get("forms")
        if (
            not isinstance(name, str)
            or not name
            or name in seen
            or role not in ROLES
            or not isinstance(forms, dict)
            or set(forms) != set(LANGUAGES)
            or not all(isinstance(f, str) and f for f in forms.values())
        ):
            raise DataFileError(f"allyscope/data/domain_roles.json: the class {name!r} breaks the file's shape")
        seen.add(name)
        expression = re.compile("|".join(f"(?:{_lowered(forms[language])})" for language in LANGUAGES))
        out.append((name, str(role), expression))
    if not out:
        raise DataFileError("allyscope/data/domain_roles.json: no class")
    return tuple(out)


def roles_in(folded: str) -> tuple[list[str], list[str]]:
    """The act classes and the object classes whose forms stand in a folded text, each in file order."""
    acts: list[str] = []
    objects: list[str] = []
    for name, role, expression in domain_roles():
        if expression.search(folded):
            (acts if role == "act" else objects).append(name)
    return acts, objects


def role_features(folded_segment: str) -> set[str]:
    """The model's role features of the predicate's folded segment: `act:CLASS`, `obj:CLASS`, `ao:ACT+OBJECT` for
    each act and object of the segment, `aa:ACT+ACT` for each two acts of it (in file order)."""
    acts, objects = roles_in(folded_segment)
    out = {f"act:{a}" for a in acts} | {f"obj:{o}" for o in objects}
    out |= {f"ao:{a}+{o}" for a in acts for o in objects}
    out |= {f"aa:{a}+{b}" for a, b in itertools.combinations(acts, 2)}
    return out
