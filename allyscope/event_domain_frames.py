"""The frames of the domain codebook (`data/domain_frames.json`): a numbered rule of the decision procedure whose
test is a kind of object and a kind of act standing together in an event's predicate segment (an embassy
reopened, tanks handed over, a warship arriving), written once in each of the corpus's four languages.

Why (twenty-fifth session, dom50): the ranked cue lists decide an event clearly where one class of cue stands in
its segment; where none does, or several disagree, the linear model of `data/domain_model.json` decided. Scored on
pairs it never read (`benchmarks/domain_crossval.py`: half of dev by relation pair), the model got those unclear
events right hardly more often than the cues alone, against nine in ten in-sample: what it knew of them was each
pair's own wording. The codebook's rules do not depend on the pair, so a frame reads the rule from words any pair's
documents use, and decides where the cue lists leave the event unclear (`frame_domain`, called by
`events_domain.rule_domain`); a clear cue is never overruled. Nothing here names an entity.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from allyscope.errors import DataFileError
from allyscope.event_cues import _lowered
from allyscope.vocabulary import DOMAINS

LANGUAGES = ("en", "ja", "zh-Hans", "zh-Hant")


@dataclass(frozen=True)
class Frame:
    """One rule of the decision procedure read as an object and an act in one segment (folded expressions)."""

    name: str
    rule: int
    domain: str
    object_first: bool
    object: re.Pattern[str]
    act: re.Pattern[str]


@cache
def domain_frames() -> tuple[Frame, ...]:
    """The frames of `data/domain_frames.json` in file order; a file that breaks its shape is a `DataFileError`."""
    raw = json.loads(resources.files("allyscope.data").joinpath("domain_frames.json").read_text("utf-8"))
    return compiled_frames(raw)


def compiled_frames(raw: dict[str, Any]) -> tuple[Frame, ...]:
    """`raw` (the shape of `data/domain_frames.json`) checked and compiled: every frame has a codebook rule (1–11),
    an interaction domain, and an object and an act each written in all four languages."""
    out = []
    seen: set[str] = set()
    for entry in raw.get("frames", ()):
        name = entry.get("frame")
        rule, domain = entry.get("rule"), entry.get("domain")
        parts = [entry.get("object"), entry.get("act")]
        if (
            not isinstance(name, str)
            or name in seen
            or not isinstance(rule, int)
            or not 1 <= rule <= 11
            or domain not in DOMAINS
            or domain == "context"
            or not isinstance(entry.get("object_first"), bool)
            or not all(
                isinstance(part, dict)
                and set(part) == set(LANGUAGES)
                and all(isinstance(form, str) and form for form in part.values())
                for part in parts
            )
        ):
            raise DataFileError(f"allyscope/data/domain_frames.json: the frame {name!r} breaks the file's shape")
        seen.add(name)
        try:
            expressions = [
                re.compile("|".join(f"(?:{_lowered(part[language])})" for language in LANGUAGES)) for part in parts
            ]
        except re.error as error:
            raise DataFileError(f"allyscope/data/domain_frames.json: the frame {name!r}: {error}") from error
        out.append(Frame(name, rule, str(domain), bool(entry["object_first"]), *expressions))
    if not out:
        raise DataFileError("allyscope/data/domain_frames.json: no frame")
    return tuple(out)


def frame_met(frame: Frame, folded: str, start: int, end: int, outside: tuple[tuple[int, int], ...] = ()) -> bool:
    """Does the frame's object and act both stand in `folded[start:end]`, neither inside a span of `outside` (what
    was said, demanded or accused: not what was done), the object first when the frame asks it?"""

    def places(expression: re.Pattern[str]) -> list[tuple[int, int]]:
        return [
            m.span()
            for m in expression.finditer(folded, start, end)
            if not any(lo <= m.start() < hi for lo, hi in outside)
        ]

    acts = places(frame.act)
    if not acts:
        return False
    objects = places(frame.object)
    if frame.object_first:
        return any(o_end <= a_start for _, o_end in objects for a_start, _ in acts)
    return bool(objects)


def frame_domain(
    folded: str, start: int, end: int, outside: tuple[tuple[int, int], ...] = ()
) -> tuple[str, str] | None:
    """(domain, frame name) of the first frame, in the codebook's order of its rules, met in `folded[start:end]`
    (see `frame_met`); None when none is."""
    for frame in sorted(domain_frames(), key=lambda f: f.rule):
        if frame_met(frame, folded, start, end, outside):
            return frame.domain, frame.name
    return None
