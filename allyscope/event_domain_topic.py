"""The domain a paragraph's topic gives an act whose own clause tells only forces moved (dom51, issue 14 item 5).

Why: writers name a non-traditional security issue once — a paragraph's opening (`An earthquake struck the coast
on 3 May.`, `海賊事案が急増した。`), or earlier in the act's own sentence — and then tell the forces' acts in clauses
of their own (`the navy sent two frigates`, `部隊は翌月到着した`, `两国海军开始联合护航`). Read alone, such a clause is
forces moved or an operation served in (the codebook's rule 11, `military-exercise`), while the codebook codes a team,
ship, mission or operation by the topic it serves (rule 9, `non-traditional-security`), which the clause takes for
granted. Dev's domain on new pairs was worst for this domain (`benchmarks/domain_crossval.py`: d|a 0.664), and the
blind sets' misses of it were acts whose topic stood earlier in the paragraph.

The rule (`topic_domain`): an event the cues code `military-exercise` takes `non-traditional-security` when

1. its clause holds no drill or port call (the cue class `exercise`: rule 10, a drill is an exercise whatever it
   trains for) — the class of cue that decided it is a force or an operation (rule 11);
2. the text from its paragraph's start (a line of the text) to the clause's end names a topic of rule 9
   (`data/domain_topics.json`: peacekeeping, a disaster, rescue, health, piracy, terrorism; issue words in four
   scripts, no entity); an earlier paragraph never counts, as the topic changes with the paragraph.

Every other domain is kept: a meeting or talks about the topic stay talk (rule 7), a text on it an instrument
(rule 1), as the codebook says; the states named play no part.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from allyscope.errors import DataFileError
from allyscope.event_cues import _lowered

LANGUAGES = ("en", "ja", "zh-Hans", "zh-Hant")
TOPIC_DOMAIN = "non-traditional-security"
MOVED_DOMAIN = "military-exercise"


@cache
def topic_words() -> re.Pattern[str]:
    """The topics of `data/domain_topics.json` as one folded expression; a file that breaks its shape is a
    `DataFileError`."""
    raw = json.loads(resources.files("allyscope.data").joinpath("domain_topics.json").read_text("utf-8"))
    return compiled_topics(raw)


def compiled_topics(raw: dict[str, Any]) -> re.Pattern[str]:
    """`raw` (the shape of `data/domain_topics.json`) checked and compiled: every topic named once and written in
    all four languages."""
    topics = raw.get("topics")
    if not isinstance(topics, list) or not topics:
        raise DataFileError("allyscope/data/domain_topics.json: no topic")
    forms: list[str] = []
    seen: set[str] = set()
    for entry in topics:
        name = entry.get("topic") if isinstance(entry, dict) else None
        if (
            not isinstance(name, str)
            or name in seen
            or not all(isinstance(entry.get(language), str) and entry[language] for language in LANGUAGES)
        ):
            raise DataFileError(f"allyscope/data/domain_topics.json: the topic {name!r} breaks the file's shape")
        seen.add(name)
        forms.extend(f"(?:{_lowered(entry[language])})" for language in LANGUAGES)
    try:
        return re.compile("|".join(forms))
    except re.error as error:
        raise DataFileError(f"allyscope/data/domain_topics.json: {error}") from error


def topic_domain(
    data: dict[str, Any], domain: str, clause_cues: list[tuple[int, int, str]], paragraph: str, document: str = ""
) -> str:
    """The event's domain after its paragraph's topic (see the module docstring). `domain`: what the cues (and
    the model) gave; `clause_cues`: the clause's domain cues as (rank, place, domain); `paragraph`: the folded
    text of the clause's paragraph up to its sentence's end; `document`: the folded title and lead, read when the
    paragraph names no topic."""
    if domain != MOVED_DOMAIN:
        return domain
    drill = data["domain_class"].get("exercise")
    if drill is not None and any(
        (rank, cue_domain) == (int(drill["rank"]), str(drill["domain"])) for rank, _, cue_domain in clause_cues
    ):
        return domain  # a drill or a port call: rule 10 before the topic
    topics = topic_words()
    return TOPIC_DOMAIN if topics.search(paragraph) or topics.search(document) else domain
