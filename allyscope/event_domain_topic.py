"""The domain a paragraph's topic gives an act whose own clause tells only forces moved (dom51, issue 14 item 5).

Why: writers name a non-traditional security issue once — a paragraph's opening (`An earthquake struck the coast
on 3 May.`, `海賊事案が急増した。`), or earlier in the act's own sentence — and then tell the forces' acts in clauses
of their own (`the navy sent two frigates`, `部隊は翌月到着した`, `两国海军开始联合护航`). Read alone, such a clause is
forces moved or an operation served in (the codebook's rule 11, `military-exercise`), while the codebook codes a team,
ship, mission or operation by the topic it serves (rule 9, `non-traditional-security`), which the clause takes for
granted. Dev's domain on new pairs was worst for this domain (`benchmarks/domain_crossval.py`: d|a 0.664), and the
blind sets' misses of it were acts whose topic stood earlier in the paragraph.

The rule (`topic_domain`): an event takes `non-traditional-security` when the text from its paragraph's start (a
line of the text) to its sentence's end names a topic of rule 9 (`data/domain_topics.json`: peacekeeping, a
disaster, rescue, health, piracy, terrorism; issue words in four scripts, no entity) — or, where the paragraph names
none, the document's title or lead does (`events._document_topic_text`; an earlier paragraph that is neither never
counts, as the topic changes with the paragraph) — and

1. the cues code it `military-exercise` and its clause holds no drill (the cue class `exercise`: rule 10, a drill
   is an exercise whatever it trains for): the class of cue that decided it is a force or an operation (rule 11),
   or (dom66, `PORT_CALLS`) its only exercise cues are a ship's call at a port (`駛抵…港`, `寄港`, `called at the
   port`), no cue of its clause tells anything but ships moved (a goodwill visit keeps rule 11), its own sentence
   tells no drill (a training cruise's call keeps rule 11) and the paragraph names the topic outside any sentence
   that tells a drill (the codebook codes a port call by rule 11 only where no topic of rule 9 stands: a ship
   carrying relief goods into a port of the struck state serves the relief); or
2. (`WIDER`, paragraph only) the cues code it `institutional` or `political-dialogue`, yet its clause holds no cue
   of any class but a verb of sending (`派遣`, `dispatched`, which the cue lists count with instruments given) or a
   force, and it sends a team or tells a force's act.

Two limits (dom57, on blind-first dev documents): an act whose own clause names a purpose rule 11 lists as no topic
(`against illegal fishing`, `打击走私`: `purposes` in the data) keeps its cues' domain whatever its paragraph, title or
lead names; and a topic named only in an earlier sentence that tells a drill (`a disaster-relief exercise`,
`海賊対処の合同訓練`: `drills`) is that drill's theme, no issue the paragraph sets for the forces' later acts, so such
sentences are left out of the paragraph (and of the title and lead) before the topic is looked for.

Every other domain is kept: a meeting or talks about the topic stay talk (rule 7), a text on it an instrument
(rule 1), as the codebook says; the states named play no part. Measured on dev (dom51, history): the topic of a
paragraph, title or lead gave 10 events a new domain, 9 right and 1 wrong (a threat `what he called` terrorist).
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from allyscope.errors import DataFileError
from allyscope.event_cues import _lowered, found_in, led_finditer

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


SENT_DOMAINS = ("political-dialogue", "institutional")  # what a team or force sent may have had from its cues


def may_take_topic(domain: str) -> bool:
    """Can `topic_domain` give another domain than `domain`? Only a drill's (`MOVED_DOMAIN`) or, with `WIDER`, a
    sending's (`SENT_DOMAINS`): every other domain it returns as it is, without reading its other arguments, so a
    caller asks this first and builds the paragraph's text, the title's and the clause's cues only for those (the
    events stage, fast72: most events of a document have another domain)."""
    return domain == MOVED_DOMAIN or (WIDER and domain in SENT_DOMAINS)


def topic_domain(
    data: dict[str, Any],
    domain: str,
    clause_cues: list[tuple[int, int, str]],
    paragraph: str,
    document: str = "",
    clause: str = "",
) -> str:
    """The event's domain after its paragraph's topic (see the module docstring). `domain`: what the cues (and
    the model) gave; `clause_cues`: the clause's domain cues as (rank, place, domain); `paragraph`: the folded
    text of the clause's paragraph up to its sentence's end; `document`: the folded title and lead, read when the
    paragraph names no topic."""
    if domain != MOVED_DOMAIN:
        return _sent_with_topic(data, domain, clause, clause_cues, paragraph) if WIDER and clause else domain
    drill = data["domain_class"].get("exercise")
    drilled = [
        at for rank, at, cue_domain in clause_cues
        if drill is not None and (rank, cue_domain) == (int(drill["rank"]), str(drill["domain"]))
    ]  # fmt: skip
    called = bool(drilled) and _calls_only(data, clause, drilled) and _moved_only(data, clause_cues)
    if drilled and not called:
        return domain  # a drill: rule 10 before the topic
    topics = topic_words()
    if called:  # a ship's call at a port alone (dom66): rule 11 only where no topic of rule 9 stands
        if side_words("drills").search(_own_sentence(paragraph)):
            return domain  # `寄港し、…と親善訓練を行った`: a call with a drill is a training cruise's, rule 11
        return TOPIC_DOMAIN if found_in(topics, _without_drills(paragraph)) else domain
    if clause and OWN_PURPOSE and not found_in(topics, clause) and side_words("purposes").search(clause):
        return domain  # `patrolled … against illegal fishing`: the act names its own field, no topic of rule 9
    # searched from the topics' first characters (`found_in`): the expression's alternatives open with word
    # boundaries, and tried at every place of a paragraph cost ~1.5 µs a character (~15 µs a paragraph so)
    if found_in(topics, paragraph) and (not DRILL_THEMES or found_in(topics, _without_drills(paragraph))):
        return TOPIC_DOMAIN
    if MIXED_THEMES and document and _surveys_other_fields(document):
        return domain  # dom72: a title or lead that also names drills or a rule-11 purpose sets no one topic
    if DRILL_THEMES and document and found_in(topics, document):
        document = _without_drills(document, keep_last=False)
    return TOPIC_DOMAIN if found_in(topics, document) else domain


MIXED_THEMES = True  # dom72: a title or lead naming a drill or a rule-11 purpose beside a topic sets no topic


def _surveys_other_fields(document: str) -> bool:
    """True when the folded title and lead name a drill (`drills`: `exercise`, `演習`, `演训`) or a purpose the
    codebook's rule 11 lists as no topic of rule 9 (`purposes`: illegal fishing, fisheries enforcement) beside any
    topic they name. Why: such a head surveys several fields of the pair's cooperation (`relief, exercises and
    port calls`, `from disaster relief to fisheries enforcement`), so a later paragraph's forces may serve any of
    them and the topic is no theme the whole document takes for granted (dom51 read the head as one theme); a head
    with one theme (`the peacekeeping mission`, `the counter-piracy base`) still codes what follows. Dev (dom72):
    the title's or lead's topic coded 15 acts of forces, 10 right; the 5 wrong stood under heads listing a drill,
    fisheries enforcement or a dispute beside the topic."""
    return bool(side_words("drills").search(document) or side_words("purposes").search(document))


PORT_CALLS = True  # dom66: a port call in a paragraph whose topic is a security issue serves that topic


def _calls_only(data: dict[str, Any], clause: str, places: list[int]) -> bool:
    """True when every exercise cue of the clause (at `places`) is a ship's call at a port (`domain_cues.port_call`:
    `駛抵…港`, `寄港`, `called at the port`): the codebook codes a call by a ship on a task of rule 9 (relief goods
    carried, a hospital ship) by that task, and rule 11 codes a port call only where no such topic stands
    (`domain` rule 9, dom55), as a force's arrival in the topic's paragraph is coded (dom51). A drill beside the
    call (its own cue) keeps rule 10; a call whose own sentence tells a drill (`寄港し、…と親善訓練を行った`, a
    training cruise's call) keeps rule 11 whatever the paragraph names (the codebook: a training squadron's call
    is rule 11), and a topic named only in an earlier sentence that tells a drill is that drill's theme."""
    calls = data.get("port_call_re")
    if not PORT_CALLS or calls is None or not clause:
        return False
    return all(calls.match(clause, at) is not None for at in places)


def _moved_only(data: dict[str, Any], clause_cues: list[tuple[int, int, str]]) -> bool:
    """True when every cue of the clause is of the classes that tell ships moved (`exercise` for the call itself,
    `force`, `operation`) or a security topic (a word of the topic beyond the call's segment): a call that is also
    a goodwill visit (`友好访问`, `a friendly visit`: a talk cue) or that delivers equipment keeps what its cues give
    (the codebook: a task force that has finished its mission and pays a friendly visit is rule 11)."""
    classes = data["domain_class"]
    kinds = {
        (int(c["rank"]), str(c["domain"]))
        for name in ("exercise", "force", "operation", "security-topic")
        if (c := classes.get(name))
    }
    return all((rank, cue_domain) in kinds for rank, _, cue_domain in clause_cues)


OWN_PURPOSE = True  # dom57: a clause naming a purpose rule 11 lists (illegal fishing, smuggling) keeps its cues' domain
DRILL_THEMES = True  # dom57: a topic named only as an earlier drill's theme is not the paragraph's topic

# where a sentence of a paragraph ends (folded text: full stops of CJK and Latin scripts, a Latin one before a space,
# a note's mark `.[3]`, a closing quote or the end, and a line's end)
_SENTENCE_END = re.compile(r"[。．！？!?]|\.(?=[\s\[\"”’']|$)|\n")


def _own_sentence(paragraph: str) -> str:
    """The last sentence of `paragraph` (folded, up to the end of the event's sentence): the event's own."""
    ends = [m.end() for m in _SENTENCE_END.finditer(paragraph) if m.end() < len(paragraph.rstrip())]
    return paragraph[ends[-1] :] if ends else paragraph


def _without_drills(paragraph: str, keep_last: bool = True) -> str:
    """`paragraph` (folded, up to the end of the event's sentence) without its earlier sentences that tell a drill
    or exercise (`data/domain_topics.json` `drills`): there a topic is what the drill trains for (rule 10: `a
    disaster-relief exercise`), no issue standing in the paragraph that later forces serve. The last sentence (the
    event's own) is kept unless `keep_last` is False (a title and lead, read for a later paragraph)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(paragraph)]
    starts = [0, *ends]
    drills = side_words("drills")
    kept = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(paragraph)
        sentence = paragraph[start:end]
        if (end < len(paragraph) or not keep_last) and drills.search(sentence):
            continue
        kept.append(sentence)
    return "".join(kept)


@cache
def side_words(key: str) -> re.Pattern[str]:
    """The folded expression of `data/domain_topics.json`'s `key` (`purposes`, `drills`), written in all four
    languages; a file without it whole is a `DataFileError`."""
    raw = json.loads(resources.files("allyscope.data").joinpath("domain_topics.json").read_text("utf-8"))
    return compiled_side_words(raw, key)


def compiled_side_words(raw: dict[str, Any], key: str) -> re.Pattern[str]:
    """`raw[key]` checked (a form in each of the four languages) and compiled as one folded expression."""
    entry = raw.get(key)
    if not isinstance(entry, dict) or not all(isinstance(entry.get(lang), str) and entry[lang] for lang in LANGUAGES):
        raise DataFileError(f"allyscope/data/domain_topics.json: {key!r} is not written in all four languages")
    try:
        return re.compile("|".join(f"(?:{_lowered(entry[language])})" for language in LANGUAGES))
    except re.error as error:
        raise DataFileError(f"allyscope/data/domain_topics.json: {key!r}: {error}") from error


WIDER = True  # rule 2 above: a team sent in a topic's paragraph whose verb the cue lists read as an instrument


def _sent_with_topic(
    data: dict[str, Any], domain: str, clause: str, clause_cues: list[tuple[int, int, str]], paragraph: str
) -> str:
    """A team or force sent (`data` `movement`: `派遣`, `dispatched`) or a force's act (cue class `force`) in a
    clause with no other cue of any class (no instrument, drill, talk, statement or intention of its own), in a
    paragraph naming a topic: the topic's domain (rule 9; the domain it had came from no cue of its own)."""
    if domain not in SENT_DOMAINS:
        return domain
    classes = data["domain_class"]
    force = classes.get("force")
    forces = (int(force["rank"]), str(force["domain"])) if force is not None else None
    moved = data.get("movement_re")
    # led by the characters its words begin with (`led_finditer`): the bare expression, whose English words open
    # with a word boundary, is tried at every place of the clause (fast65: ~8 µs against ~2.5 µs a clause)
    sending = {m.start() for m in led_finditer(moved, clause)} if moved is not None else set()
    # a party arriving or leaving (dom82): the cue lists read `运抵`, `withdrew` as a delivery or an instrument left,
    # and a cue that opens on the verb of moving is that reading; one that opens on the party (`首批…战机抵达`, the
    # first of a purchase) is equipment delivered (rule 4) and keeps its domain
    arriving = _party_moved(clause)
    sending |= arriving
    if any(at not in sending and (rank, d) != forces for rank, at, d in clause_cues):
        return domain  # any cue but a verb of sending (an instrument's class) or a force: its own domain decides
    sent = bool(sending) or any((rank, d) == forces for rank, _, d in clause_cues)
    return TOPIC_DOMAIN if sent and found_in(topic_words(), paragraph) else domain


ARRIVALS = True  # dom82: a team, unit, craft or cargo arriving or leaving is sent as much as one dispatched


def _party_moved(clause: str) -> set[int]:
    """Where the folded clause tells a party that is sent (`parties`: troops, a contingent, police, a team, an
    aircraft, supplies, vaccines) arriving or leaving (`arrivals`: arrived, landed, withdrew, `到着`, `撤収`, `抵达`,
    `运抵`, `回国`): the places of those verbs, or none. Why (dom82): writers name a mission's purpose once — the
    sentence before (`为协助恢复治安，已派遣首批警察`) or the paragraph's head — and tell its arrival in a clause of its
    own with no word of the purpose (`这批警察当天抵达`, `本隊は16日…に到着した`, `the first contingents arrived`);
    the codebook codes a team or force by its purpose whatever the verb (rule 9: `派遣`, `arrived`). A person's
    arrival names no party, and keeps the domain its own cues give it (a visit, rule 7)."""
    if not ARRIVALS:
        return set()
    verbs = {m.start() for m in side_words("arrivals").finditer(clause)}
    return verbs if verbs and side_words("parties").search(clause) else set()
