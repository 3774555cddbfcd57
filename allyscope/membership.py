"""A membership act whose clause names no grouping, and the grouping it is of.

`Iceland joined in April 2021`, `Finland became a member in April 2023`, `フィンランドは…正式に加盟し`: the text
named the grouping earlier (`applied to join the alliance`), so the sentence leaves it out. An event of such a
clause has the joining state as its only actor, and so reads as that state's own act (`context`) where the
act is one on the grouping. The grouping is the organization the document named nearest before the act, within a
reach the data gives (`data/discourse.json`, `membership`); a clause that names an organization already keeps
its own. The patterns say when a verb of joining has no object, in each language's way (a date or a stop after
it in English, a verb form in Japanese, a clause's end in Chinese), so that `joined the talks` or `加入谈判`
never takes a grouping from elsewhere.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import Any

from allyscope.entities import EntityMention, load_discourse

_GROUPING_TYPES = frozenset({"organization"})


@cache
def _data() -> tuple[re.Pattern[str] | None, int]:
    spec = load_discourse().get("membership")
    if not spec:
        return None, 0
    return re.compile("|".join(f"(?:{p})" for p in spec["acts"])), int(spec["reach"])


def joins_unnamed(folded: str) -> bool:
    """Whether a folded reading span (lower case, Simplified script) tells a joining with no grouping named."""
    acts, _ = _data()
    return acts is not None and acts.search(folded) is not None


def grouping_joined(
    ids: list[str], folded: str, mentions: list[EntityMention], starts: list[int], at: int,
    entities: dict[str, dict[str, Any]],
) -> str | None:  # fmt: skip
    """The grouping an act of joining at offset `at` is of, when its clause (`ids`) names none and the
    document named one before it within reach; else None."""
    if any(entities[i]["type"] in _GROUPING_TYPES for i in ids if i in entities) or not joins_unnamed(folded):
        return None
    _, reach = _data()
    i = bisect.bisect_left(starts, at) - 1
    while i >= 0 and at - starts[i] <= reach:
        for ident in mentions[i].ids:
            if ident in entities and entities[ident]["type"] in _GROUPING_TYPES:
                return ident
        i -= 1
    return None


@cache
def _meetings() -> re.Pattern[str] | None:
    spec = load_discourse().get("membership") or {}
    return re.compile("|".join(f"(?:{p})" for p in spec["meetings"])) if spec.get("meetings") else None


def meeting_of_title(
    ids: list[str], folded: str, title_parties: tuple[str, ...], entities: dict[str, dict[str, Any]]
) -> list[str]:
    """The title's parties missing from an act that holds or hosts a grouping's meeting told with a bare noun
    (`美國總統拜登…主辦峰會`, `米国の大統領が…会合を主催した`): the host is named, the others are the grouping the
    document is about. Only for a title of three or more parties, and a clause whose states (at most one) are among
    them; [] otherwise."""
    meetings = _meetings()
    if len(title_parties) < 3 or meetings is None or not meetings.search(folded):
        return []
    states = [i for i in ids if i in entities and entities[i]["type"] == "state"]
    if len(states) > 1 or not set(states) <= set(title_parties):
        return []
    return [p for p in title_parties if p not in ids]
