"""A state's body told by a possessive that opens its sentence (issue 14, item 3; enact76).

English writers name a state as the subject of one sentence and carry it into the next by a possessive alone:
`<State> had already moved against a second ban. Its parliament voted on <date> to leave …`, `<State> joined the
programme in <year>. Its soldiers began serving with …`. The acting body (`parliament`, `soldiers`) is no name of the
data, so without a reading the event of the second sentence has no state at all.

The rule (data: `english_references.json`, key 'possessed'): a pronoun of 'pronouns' (`Its`) that opens its sentence,
right before a noun of 'nouns' (a body, office or force every state has), names the state whose name or adjective
opens the sentence right before it (after at most one word of 'openers'). Precision first:
- only a mention naming one state alone counts (an organization, a city read as a person, several states: nobody);
- only when that mention is the first word of its sentence (the sentence's subject): a state named inside the
  sentence (`The ship reached <State>'s waters. Its crew …`) decides nothing;
- only a listed noun: `Its provisions`, `Its crew`, `Its first pillar` refer to a treaty, a ship or a framework.
The mention is added over the pronoun (basis `possessed`); nothing the other stages read is changed."""

from __future__ import annotations

import bisect
import json
import re
from functools import cache
from importlib import resources

from allyscope.entities import EntityMention, Gazetteer

POSSESSED = "possessed"

# a sentence's end before the pronoun: a stop, `?` or `!` (a closing quote or bracket may follow), or a line break
_SENTENCE_END = re.compile(r"(?:[.!?][\"'”’)\]]*[ \t]+|\n\s*)$")


@cache
def _pattern() -> tuple[re.Pattern[str], frozenset[str]]:
    """The pronoun before a listed noun (group `pronoun`), and the openers allowed before the state's name."""
    data = json.loads(resources.files("allyscope.data").joinpath("english_references.json").read_text("utf-8"))
    part = data["possessed"]
    nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(part["nouns"], key=len, reverse=True))
    pronouns = "|".join(map(re.escape, part["pronouns"]))
    pattern = re.compile(rf"(?<![\w’'-])(?P<pronoun>{pronouns})\s+(?:{nouns})(?![\w’'-])")
    return pattern, frozenset(part["openers"])


def _state_alone(m: EntityMention, g: Gazetteer) -> str:
    """The state `m` names alone, "" otherwise."""
    if len(m.ids) != 1 or g.entities.get(m.ids[0], {}).get("type") != "state":
        return ""
    return m.ids[0]


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence ending right before `at` begins (after the stop or line break before it, or 0)."""
    cut = max(text.rfind(". ", 0, at), text.rfind("? ", 0, at), text.rfind("! ", 0, at), text.rfind("\n", 0, at))
    return 0 if cut < 0 else cut + (1 if text[cut] == "\n" else 2)


def possessed_states(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """The mentions to add for each `Its <body>` opening a sentence whose sentence before opens with one state's
    name (module docstring); mentions must be sorted by start."""
    pattern, openers = _pattern()
    if "Its" not in text:
        return []
    starts = [m.start for m in mentions]
    out: list[EntityMention] = []
    for found in pattern.finditer(text):
        at = found.start("pronoun")
        before = text[max(0, at - 6) : at]
        if at and not _SENTENCE_END.search(before):
            continue  # not the first word of its sentence
        if at and text[:at].rstrip() == "":
            continue
        end_before = len(text[:at].rstrip())
        begin = _sentence_start(text, end_before - 1)
        lead = text[begin:end_before].lstrip()
        begin = end_before - len(lead)
        first = bisect.bisect_left(starts, begin)
        if first >= len(mentions) or mentions[first].start >= end_before:
            continue
        m = mentions[first]
        opener = text[begin : m.start].strip()
        if opener and opener not in openers:
            continue  # the sentence before opens with something else than the state's name
        state = _state_alone(m, g)
        if not state:
            continue
        i = bisect.bisect_left(starts, at)
        if i < len(mentions) and mentions[i].start < found.end("pronoun"):
            continue  # another stage read the pronoun
        out.append(EntityMention(at, found.end("pronoun"), found.group("pronoun"), (state,), POSSESSED))
    return out
