"""English references to a person that name no one by themselves (issue 14, item 3; enact66).

Two shapes of English text point at a person the text named, or labelled, elsewhere:

- **A counterpart by state** (`Minister <Name> … <Other> telephoned his <demonym> counterpart to thank him`): a
  counterpart noun after a possessive pronoun and a state's adjective or name, with no name or title after it (a
  name after it is read by the stages of people: `his <demonym> counterpart, <Name>`), stands for the person of that
  state the text named nearest before it, within 'reach' characters. Only a person the data knows counts (their
  state is theirs in the data); when the nearest mentions of two such people of that state share a sentence, the
  noun names nobody (the tie rule: unresolved is better than wrong). The mention's basis is `counterpart`; it is
  added over the noun, beside the state's adjective, which keeps its state.
- **A speaker's turn in a transcript** (`<TITLE> <SURNAME>: … <Name> and I signed …`): a line opened by a label in
  capitals and a colon hands the turn to the one person the label names — a mention the stages read inside it, else
  the label written in title case read by the gazetteer (`<TITLE> <SURNAME>` as `<Title> <Surname>`). Until the next
  label line, each first-person word of 'pronouns' (`I`, `me`, `my`) is that person (basis `speaker`). A label naming
  no person (`QUESTION:`, `SPOKESPERSON:`) or several hands the turn to nobody, and its pronouns stay unread: a
  transcript's first person is never a default.

- **An envoy named after his post** (enact67: `the <demonym> Ambassador to <state>, <Name>`, `<state>'s High
  Commissioner in <city>, <Name>.`): a name set off by a comma after an envoy's title and its post, which no stage read
  (the name closes the sentence, or the title is one the stages do not read), is a person: the data's when the
  gazetteer knows the whole name, else the name as written (basis `as-written`).
- **An officer named last in a clause** (enact67: `… surrendered to the <demonym> commander, Major General <Name>.`):
  a rank right before a name closed by a stop, a comma or a semicolon, which no stage read, makes the name a person
  as written (never after `the`: `the General Assembly`; never a name holding a word that ends a compound noun).
- **A name read past its sentence's stop** (`<Given> <Family>.` as a name with the stop, `<Given> <Family>. She`): the
  name as written ends at the stop after a word of three letters or more (an initial's stop stays, `<Given> B.`).
- **A one-word name of the data inside a longer name after a rank** (`Admiral <Given> <Family> <Family>`, where the
  data knows another person by `<Given>` alone): the whole name is a person as written, not the data's.
- **Name parts that are no part of the data's name** (enact67: `Dato' Seri <Given> bin <Father>`, `<Given> bin Haji
  <Father>`): a person named as written whose name, without its honorifics in front and its particles inside, is a
  name the gazetteer knows of one person is that person, in every mention of the as-written name.

- **A state referred to by what it is** (enact68: `the island nation`, `the archipelago`, `the kingdom`, `the Gulf
  state`, `the city-state`, `the landlocked country`, `the republic`): the state named nearest before it, within
  'reach', that is of the noun's kinds (data: the kinds are lists of states); nobody when two states named within
  'reach' fit (basis `described`).
- **An envoy named before the title that holds the sending state** (enact68: `<Name>, <state>'s ambassador to
  <state>,`, `<Name>, the <demonym> Chargé d'affaires`): a person, the data's or as written; a rank opening a name as
  written (`Group Captain <Name>`) is left out of it.
- **An object pronoun no stage read** (enact68: `<A> received him`, `briefed her on`, `thanked them`): not its
  clause's subject (the first person of its sentence or of its clause after `;`, or the person right before `, who`)
  but the last other person named before it in its sentence, else the last other person of the nearest sentence
  before; `them` only people named together in its own sentence (`<A> and <B>`), never after `of` (basis `object`).

The words are data (`allyscope/data/english_references.json`, its schema beside it)."""

from __future__ import annotations

import bisect
import itertools
import json
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from allyscope import literal_screen
from allyscope.adhoc_people import AS_WRITTEN
from allyscope.discourse_holders import in_one_sentence
from allyscope.discourse_possessed import possessed_states
from allyscope.entities import EntityMention, Gazetteer, gazetteer, load_discourse
from allyscope.scripts import fold_word
from allyscope.sentence_stops import sentence_ends

COUNTERPART = "counterpart"
SPEAKER = "speaker"


class _Rules(NamedTuple):
    counterpart: re.Pattern[str]  # possessive, adjective (group `state`), noun (group `noun`), nothing named after
    reach: int
    label: re.Pattern[str]  # a line's label in capitals and its colon (group `label`)
    pronoun: re.Pattern[str]
    place_before: re.Pattern[str]  # a place phrase ending right before a name (`off the coast of `)
    source_after: re.Pattern[str]  # a source word right after a name (` media`)
    acronym: re.Pattern[str]  # an acronym in parentheses (group `acronym`)
    max_words: int
    fillers: frozenset[str]


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("allyscope.data").joinpath("english_references.json").read_text("utf-8")
    )
    return data


def _either(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@cache
def _rules() -> _Rules:
    data = _data()
    parts, turns = data["counterparts"], data["turns"]
    counterpart = re.compile(
        rf"\b(?:{_either(parts['possessives'])})\s+(?P<state>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+"
        rf"(?P<noun>{_either(parts['nouns'])})\b(?![\w’'-])(?!,?\s+[A-Z])"
    )
    label = re.compile(rf"^[ \t]*(?P<label>[^\W\d_a-z][^\n:]{{0,{int(turns['label_max']) - 1}}}?)[ \t]*:", re.M)
    # a pronoun as a word of its own; `I` not as a numeral after a capitalised word (`Phase I.`, `World War I`)
    pronoun = re.compile(rf"(?<![\w’'-])(?:{_either(turns['pronouns'])})(?![\w’'-])")
    places = data["not_parties"]
    place_before = re.compile(rf"(?i:\b(?:{_either(places['places_before'])}))\s+$")
    source_after = re.compile(rf"\s+(?:{_either(places['sources_after'])})\b")
    acronyms = data["acronyms"]
    acronym = re.compile(r"\s+\((?P<acronym>[A-Z]{2,8})\)")
    return _Rules(
        counterpart, int(parts["reach"]), label, pronoun, place_before, source_after, acronym,
        int(acronyms["max_words"]), frozenset(acronyms["fillers"]),
    )  # fmt: skip


def english_references(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """`mentions` with the counterparts and the speakers' first persons of an English text read (added, in order);
    `mentions` itself when the text holds neither shape."""
    mentions = _not_parties(text, mentions, g)
    described = _described_states(text, mentions, g)
    if described:
        mentions = _titles_of_described(text, mentions, described)
    added = [
        *_counterparts(text, mentions, g), *_turns(text, mentions, g), *_acronyms(text, mentions, g),
        *described, *_object_pronouns(text, mentions, g), *possessed_states(text, mentions, g),
    ]  # fmt: skip
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def english_names(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """`mentions` with the people the stages left unread or as written read (enact67): an envoy named after the
    post (`Ambassador to <state>, <Name>`), an officer whose name closes its clause (`Major General <Name>.`), and a
    name as written that is a person of the data once honorifics and particles are left out. Run before the titles
    that refer back (`the ambassador`, `the general`), which may then name them."""
    mentions = _data_names_of_written_people(
        _written_names_without_ranks(_written_names_closed(text, _longer_names_after_ranks(text, mentions, g))), g
    )
    added = [
        *_envoys_after_posts(text, mentions, g), *_officers_closing_clauses(text, mentions, g),
        *_envoys_before_titles(text, mentions, g),
    ]  # fmt: skip
    if not added:
        return mentions
    kept: list[EntityMention] = []
    for m in sorted(added, key=lambda m: (m.start, m.end)):
        if not kept or kept[-1].end <= m.start:
            kept.append(m)  # two readings of one name (after its post, after its rank): the first
    added = kept
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def _not_parties(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """`mentions` with each state named only as a place or a source (`off the coast of <state>`, `<demonym>
    media`) left without ids (basis `place` or `source`): the words stay a mention, so no later reader takes them
    for a name of its own, but they name no party."""
    rules = _rules()
    out: list[EntityMention] | None = None
    for k, m in enumerate(mentions):
        if not _state_of(m, g) or not m.alias[:1].isascii():
            continue
        if rules.place_before.search(text, max(0, m.start - 32), m.start):
            basis = "place"
        elif rules.source_after.match(text, m.end):
            basis = "source"
        else:
            continue
        out = out if out is not None else list(mentions)
        out[k] = EntityMention(m.start, m.end, m.alias, (), basis)
    return mentions if out is None else out


def _acronyms(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """The later mentions of an acronym the text defines for a body of one state (`the <State> Defence Forces
    (<SDF>)`): each whole word of it standing alone after the definition is that state (basis `acronym`)."""
    if "(" not in text:
        return []
    rules = _rules()
    starts = [m.start for m in mentions]
    out: list[EntityMention] = []
    for found in _acronym_matches(text, rules.acronym):
        state = _defined_for_state(text, found, mentions, starts, g, rules)
        if not state:
            continue
        word = re.compile(rf"(?<![\w(-]){re.escape(found.group('acronym'))}(?![\w)-])")
        for later in word.finditer(text, found.end()):
            start, end = later.span()
            if not _overlaps(mentions, starts, start, end):
                out.append(EntityMention(start, end, later.group(), (state,), "acronym"))
    return out


_ACRONYM_OPENING = re.compile(r"\((?=[A-Z]{2,8}\))")
"""The bracket of `_Rules.acronym` (`\\s+\\((?P<acronym>[A-Z]{2,8})\\)`) with what must follow it: led by its literal
`(`, which `re` finds by a fast scan, where the rule's own `\\s+` is tried at every character of the text."""


def _acronym_matches(text: str, acronym: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """`acronym.finditer(text)`, found from its brackets (fast70): each `(` that `_ACRONYM_OPENING` finds after white
    space is matched by `acronym` from the start of that run of white space, where its leftmost match begins (a
    match holds the whole run: `\\s+` reaches the bracket only through it, and the run cannot reach back into the
    match before, which ends with `)`). `str.isspace` is `\\s` of a `str` pattern (both `Py_UNICODE_ISSPACE`)."""
    for opening in _ACRONYM_OPENING.finditer(text):
        start = opening.start()
        while start and text[start - 1].isspace():
            start -= 1
        if start < opening.start() and (found := acronym.match(text, start)) is not None:
            yield found


def _defined_for_state(
    text: str, found: re.Match[str], mentions: list[EntityMention], starts: list[int], g: Gazetteer, rules: _Rules
) -> str:
    """The one state named inside the capitalised words right before an acronym in parentheses whose initials
    it spells (a filler word between them aside); "" otherwise."""
    letters = found.group("acronym")
    words = list(re.finditer(r"[\w’'-]+", text[max(0, found.start() - 160) : found.start()]))
    offset = max(0, found.start() - 160)
    initials: list[str] = []
    begin = found.start()
    for w in reversed(words[-rules.max_words * 2 :]):
        if w.group() in rules.fillers and initials:
            continue
        if not w.group()[:1].isupper():
            break
        initials[:0] = [part[:1] for part in w.group().split("-") if part]
        begin = offset + w.start()
        if "".join(initials).upper() == letters:
            inside = mentions[bisect.bisect_left(starts, begin) : bisect.bisect_left(starts, found.start())]
            states = {s for m in inside if (s := _state_of(m, g))}
            return states.pop() if len(states) == 1 else ""
    return ""


def _state_of(m: EntityMention, g: Gazetteer) -> str:
    """The state `m` names alone (a state's name or adjective), "" otherwise."""
    if len(m.ids) != 1 or g.entities.get(m.ids[0], {}).get("type") != "state":
        return ""
    return m.ids[0]


def _person_of(m: EntityMention, g: Gazetteer) -> tuple[str, str]:
    """The person `m` names alone and their state (the data's), ("", "") otherwise."""
    if len(m.ids) != 1:
        return "", ""
    entity = g.entities.get(m.ids[0], {})
    if entity.get("type") != "person":
        return "", ""
    return m.ids[0], str(entity.get("part_of") or "")


def _overlaps(mentions: list[EntityMention], starts: list[int], start: int, end: int) -> bool:
    at = bisect.bisect_left(starts, end)
    return any(mentions[i].end > start for i in range(max(0, at - 8), at))


def _counterparts(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    if COUNTERPART not in text:
        return []
    rules = _rules()
    starts = [m.start for m in mentions]
    out: list[EntityMention] = []
    for found in rules.counterpart.finditer(text):
        a, b = found.span("state")
        at = bisect.bisect_left(starts, a)
        if at >= len(mentions) or mentions[at].start != a or mentions[at].end != b:
            continue  # the word before the noun is no state's adjective or name as such
        state = _state_of(mentions[at], g)
        if not state:
            continue
        start, end = found.span("noun")
        if _overlaps(mentions, starts, start, end):
            continue
        person = _nearest_of_state(text, mentions[:at], state, found.start(), rules.reach, g)
        if person:
            out.append(EntityMention(start, end, text[start:end], (person,), COUNTERPART))
    return out


def _nearest_of_state(text: str, before: list[EntityMention], state: str, at: int, reach: int, g: Gazetteer) -> str:
    """The person of `state` named nearest before `at` within `reach`; "" when none is, or when the nearest mention
    of another person of that state shares its sentence (the tie rule)."""
    first: tuple[int, str] | None = None
    for m in reversed(before):
        if at - m.end > reach:
            break
        person, own = _person_of(m, g)
        if not person or own != state:
            continue
        if first is None:
            first = (m.end, person)
        elif person != first[1]:
            return "" if in_one_sentence(text, m.end, first[0]) else first[1]
    return first[1] if first else ""


def _turns(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    rules = _rules()
    labels = [f for f in rules.label.finditer(text) if _is_label(f.group("label"))]
    if not labels:
        return []
    starts = [m.start for m in mentions]
    out: list[EntityMention] = []
    for k, found in enumerate(labels):
        speaker = _speaker(text, found, mentions, starts, g)
        if not speaker:
            continue
        turn_end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        for word in rules.pronoun.finditer(text, found.end(), turn_end):
            start, end = word.span()
            if word.group() == "I" and _numeral(text, start, end):
                continue
            if not _overlaps(mentions, starts, start, end):
                out.append(EntityMention(start, end, word.group(), (speaker,), SPEAKER))
    return out


def _is_label(label: str) -> bool:
    """A turn's label: a letter or more, every one a capital."""
    letters = [c for c in label if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _speaker(text: str, found: re.Match[str], mentions: list[EntityMention], starts: list[int], g: Gazetteer) -> str:
    """The one person the label names: among the mentions read inside it, else in the label in title case."""
    a, b = found.span("label")
    inside = mentions[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]
    people = {p for m in inside if (p := _person_of(m, g)[0])}
    if not people:
        people = {p for m in g.match_names(found.group("label").title()) if (p := _person_of(m, g)[0])}
    if not people:  # `<TITLE> <SURNAME>`: the one person of that family name the text names, else the data knows
        words = found.group("label").split()
        family = fold_word(words[-1].casefold()) if words else ""
        named = {p for m in mentions if (p := _person_of(m, g)[0]) and _family(p, g) == family}
        people = named or set(_people_by_family().get(family, ()))
    return people.pop() if len(people) == 1 else ""


def _family(ident: str, g: Gazetteer) -> str:
    """The last word of a person's English name, folded (case and accents)."""
    words = str(g.entities.get(ident, {}).get("name", "")).split()
    return fold_word(words[-1].casefold()) if words else ""


@cache
def _people_by_family() -> dict[str, tuple[str, ...]]:
    """The people of the data by the last word of their English name, folded."""
    g = gazetteer()
    out: dict[str, list[str]] = {}
    for ident, entity in g.entities.items():
        if entity.get("type") == "person":
            out.setdefault(_family(ident, g), []).append(ident)
    return {k: tuple(v) for k, v in out.items() if k}


def _numeral(text: str, start: int, end: int) -> bool:
    """Is this `I` a Roman numeral after a capitalised word (`Phase I`, `World War I`), not the pronoun? It is
    when a capitalised word stands right before it and no word follows it in its sentence."""
    before = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, start - 24) : start])
    after = re.match(r"\s*(?:[.,;:)]|$)", text[end : end + 3])
    return before is not None and after is not None


def visiting_people(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """`mentions` with each visitor named by a title (`the visiting minister`), resolved to one state by the
    discourse, also naming the person of that state named nearest before it (data: 'visiting')."""
    data = _data().get("visiting")
    if not data or "visiting" not in text:
        return mentions
    lead, titles = str(data["lead"]), frozenset(data["titles"])
    out: list[EntityMention] | None = None
    for k, m in enumerate(mentions):
        words = m.alias.casefold()
        if m.basis != "collective" or not words.startswith(lead) or words[len(lead) :] not in titles:
            continue
        states = {str(g.entities.get(i, {}).get("part_of") or i) for i in m.ids}
        if len(states) != 1 or any(g.entities.get(i, {}).get("type") == "person" for i in m.ids):
            continue
        person = _nearest_of_state(text, mentions[:k], states.pop(), m.start, _rules().reach, g)
        if person:
            out = out if out is not None else list(mentions)
            out[k] = EntityMention(m.start, m.end, m.alias, (*m.ids, person), m.basis)
    return mentions if out is None else out


_CAPITALISED = r"[A-ZÀ-ÝĀ-Ž][\w’'.-]*"


@cache
def _envoy_pattern() -> re.Pattern[str]:
    """An envoy's title, its post and a name set off by a comma after it (group `name`), the name closed by a
    comma, a stop, a semicolon, a bracket or the end of the line."""
    data = _data()["appositions"]
    name = _name_pattern(int(data["max_words"]))
    place = rf"(?:the\s+)?{_CAPITALISED}(?:\s+(?:of\s+|and\s+)?{_CAPITALISED}){{0,3}}"
    return re.compile(
        rf"\b(?:{_either(data['titles'])})\s+(?:{_either(data['posts'])})\s+{place},\s+"
        rf"(?P<name>{name})(?=\s*(?:[,;)]|\.(?!\w)|$))",
        re.M,
    )


def _envoys_after_posts(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """The envoys named after their post (`the <demonym> Ambassador to <state>, <Name>`) that no stage read: the
    data's person when the gazetteer knows the whole name, else the name as written (basis `as-written`)."""
    if "," not in text:
        return []
    starts = [m.start for m in mentions]
    out: list[EntityMention] = []
    for found in literal_screen.finditer(_envoy_pattern(), text):
        start, end = found.span("name")
        name = found.group("name").rstrip(".")
        end = start + len(name)
        if (rank := _leading_rank().match(name)) is not None:  # `<Title> in <city>, Group Captain <Name>`
            start, name = start + rank.end(), name[rank.end() :]
        if _overlaps(mentions, starts, start, end) or "\n" in name:
            continue
        known = [m for m in g.match_names(name) if m.start == 0 and m.end == len(name) and _person_of(m, g)[0]]
        ident = known[0].ids[0] if len(known) == 1 else AS_WRITTEN + re.sub(r"\s+", " ", name)
        out.append(EntityMention(start, end, text[start:end], (ident,), "as-written"))
    return out


@cache
def _name_parts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Honorifics in front of a name, and particles inside it, as whole words."""
    parts = _data()["name_parts"]
    front = re.compile(rf"^(?:(?:{_either(parts['honorifics'])})(?:\s+|$))+")
    inside = re.compile(rf"(?<=\s)(?:{_either(parts['particles'])})\s+")
    return front, inside


def data_name_of(name: str, g: Gazetteer) -> str:
    """The person of the data `name` names once its honorifics in front and particles inside are left out
    (`<Given> bin Haji <Father>` as `<Given> <Father>`); "" when the shorter name is no whole name of one person of
    the data, or nothing was left out."""
    front, inside = _name_parts()
    short = inside.sub("", front.sub("", name)).strip()
    if short == name or len(short.split()) < 2:
        return ""
    people = {p for m in g.match_names(short) if m.start == 0 and m.end == len(short) and (p := _person_of(m, g)[0])}
    return people.pop() if len(people) == 1 else ""


def _data_names_of_written_people(mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """`mentions` with each person named as written whose name, without honorifics and particles, is a person of
    the data made that person (every mention of the as-written name, whatever its basis)."""
    written = {i for m in mentions for i in m.ids if i.startswith(AS_WRITTEN)}
    if not written:
        return mentions
    known = {i: p for i in written if (p := data_name_of(i[len(AS_WRITTEN) :], g))}
    if not known:
        return mentions
    return [
        EntityMention(m.start, m.end, m.alias, tuple(dict.fromkeys(known.get(i, i) for i in m.ids)), m.basis)
        if any(i in known for i in m.ids)
        else m
        for m in mentions
    ]


@cache
def _not_name_words() -> frozenset[str]:
    """The English words that never open a name (`as_written.not_name_words_en`), read once: `load_discourse`
    parses its file at each call, and the envoys' reader asked it of every text holding a comma (fast70: 5 % of a
    warm entities stage on the reference article)."""
    return frozenset(load_discourse().get("as_written", {}).get("not_name_words_en", []))


def _name_pattern(max_words: int) -> str:
    """Two to `max_words` capitalised words, each pair maybe joined by a particle (`bin`, `van`, `di`)."""
    particles = [
        *load_discourse().get("as_written", {}).get("name_particles_en", []),
        *_data()["name_parts"]["particles"],
    ]
    joint = rf"(?:\s+(?:{_either(particles)}))?"
    return rf"{_CAPITALISED}(?:{joint}\s+{_CAPITALISED}){{1,{max_words - 1}}}"


@cache
def _officer_pattern() -> re.Pattern[str]:
    """A rank (not after `the`) and the name right after it (group `name`), closed as an envoy's name is."""
    name = _name_pattern(int(_data()["appositions"]["max_words"]))
    return re.compile(
        rf"(?<![\w.’'-])(?<!the )(?<!The )(?:{_either(_data()['ranks'])})\s+(?P<name>{name})"
        rf"(?=\s*(?:[,;)]|\.(?!\w)|$))",
        re.M,
    )


def _officers_closing_clauses(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """The officers named by a rank and a name that closes its clause (`Major General <Name>.`) that no stage
    read: each a person as written (basis `as-written`), unless a word of the name ends compound nouns."""
    if not any(w in text for w in ("General", "Admiral", "Gen.", "Adm.", "Commodore", "Marshal", "Brigadier", "Col")):
        return []
    stops = _not_name_words()
    starts = [m.start for m in mentions]
    out: list[EntityMention] = []
    for found in _officer_pattern().finditer(text):
        start = found.start("name")
        name = found.group("name").rstrip(".")
        end = start + len(name)
        if _overlaps(mentions, starts, start, end) or "\n" in name or stops & set(name.split()):
            continue
        out.append(EntityMention(start, end, text[start:end], (AS_WRITTEN + re.sub(r"\s+", " ", name),), "as-written"))
    return out


_CLOSED = re.compile(r"^(.*?[^\W\d_]{3,})\.(?:\s|$)")


def _written_names_closed(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """`mentions` with each person as written whose name runs past a stop after a word of three letters or more
    (`<Name>.`, `<Name>. She`) ended at that stop, in every mention of the name."""
    fixed: dict[str, str] = {}
    for m in mentions:
        for i in m.ids:
            found = _CLOSED.match(i[len(AS_WRITTEN) :]) if i.startswith(AS_WRITTEN) and i not in fixed else None
            if found and len(found.group(1).split()) >= 2:
                fixed[i] = found.group(1)
    if not fixed:
        return mentions
    out: list[EntityMention] = []
    for m in mentions:
        ids = [i for i in m.ids if i in fixed]
        if not ids:
            out.append(m)
            continue
        name = fixed[ids[0]]
        end = m.end
        if m.alias.startswith(name):
            end = m.start + len(name)
        elif (closed := _CLOSED.match(m.alias)) and len(closed.group(1)) < len(m.alias):
            end = m.start + len(closed.group(1))
        new = tuple(AS_WRITTEN + fixed[i] if i in fixed else i for i in m.ids)
        out.append(EntityMention(m.start, end, text[m.start : end], new, m.basis))
    return out


def _longer_names_after_ranks(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """`mentions` with each one-word name of a person of the data that stands right after a rank and opens a
    longer name (`Admiral <Given> <Family> <Family>`) made the longer name, a person as written."""
    if not any(w in text for w in ("General", "Admiral", "Gen.", "Adm.", "Commodore", "Marshal", "Brigadier", "Col")):
        return mentions
    rank = re.compile(rf"(?<![\w.’'-])(?:{_either(_data()['ranks'])})\s+$")
    name = re.compile(rf"(?:\s+{_CAPITALISED}){{1,3}}(?=\s*(?:[,;)]|\.(?!\w)|\s+[a-z]|$))")
    starts = [m.start for m in mentions]
    out: list[EntityMention] | None = None
    for k, m in enumerate(mentions):
        if " " in m.alias or not _person_of(m, g)[0] or not rank.search(text, max(0, m.start - 24), m.start):
            continue
        longer = name.match(text, m.end)
        if not longer or _overlaps(mentions, starts, m.end, longer.end()):
            continue
        full = re.sub(r"\s+", " ", text[m.start : longer.end()].rstrip("."))
        out = out if out is not None else list(mentions)
        out[k] = EntityMention(m.start, m.start + len(full), full, (AS_WRITTEN + full,), "as-written")
        state = _person_of(m, g)[1]
        title = out[k - 1] if k else None
        if title and title.basis == "title" and title.ids == (state,) and not text[title.end : m.start].strip():
            out[k - 1] = EntityMention(title.start, title.end, title.alias, (), "title")  # the rank was read as theirs
    return mentions if out is None else out


@cache
def _described() -> tuple[re.Pattern[str], dict[str, tuple[frozenset[str], frozenset[str]]], dict[str, frozenset[str]]]:
    """The descriptive references to a state (group `noun`) after a determiner, singular and with no `of` after
    them; each noun (folded) with the kinds it needs and those it excludes; the states of each kind."""
    data = _data()["described"]
    needs: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for noun in data["nouns"]:
        for word in noun["words"]:
            needs[word.casefold()] = (frozenset(noun.get("kinds", ())), frozenset(noun.get("not_kinds", ())))
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(needs, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w’'-])(?:{_either(data['determiners'])})\s+(?P<noun>(?i:{words}))(?![\w-])(?!\s+of\b)"
    )
    kinds = {kind: frozenset(ids) for kind, ids in data["kinds"].items()}
    return pattern, needs, kinds


def _fits(state: str, needs: tuple[frozenset[str], frozenset[str]], kinds: dict[str, frozenset[str]]) -> bool:
    wanted, excluded = needs
    return all(state in kinds.get(k, ()) for k in wanted) and not any(state in kinds.get(k, ()) for k in excluded)


def _described_states(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """The states referred to by what they are (`the island nation`, `the kingdom`, `the landlocked country`): the
    state named nearest before, within 'reach', that fits the noun's kinds; nobody when two different states named
    within 'reach' before it fit (basis `described`)."""
    pattern, needs, kinds = _described()
    reach = int(_data()["described"]["reach"])
    starts = [m.start for m in mentions]
    out: list[EntityMention] = []
    for found in literal_screen.finditer(pattern, text):
        start, end = found.span("noun")
        if _overlaps(mentions, starts, start, end):
            continue
        noun = re.sub(r"\s+", " ", found.group("noun")).casefold()
        fitting: list[str] = []
        for m in reversed(mentions[: bisect.bisect_left(starts, found.start())]):
            if found.start() - m.end > reach:
                break
            state = _state_of(m, g)
            if state and state not in fitting and _fits(state, needs[noun], kinds):
                fitting.append(state)
        if len(fitting) == 1:
            out.append(EntityMention(found.start(), end, text[found.start() : end], (fitting[0],), "described"))
    return out


@cache
def _apposed_pattern() -> re.Pattern[str]:
    """A name (group `name`), a comma, and an envoy's title holding its sending state: `<state>'s <title>` or `the
    <demonym> <title>` (group `state`: the state's words)."""
    data = _data()
    name = _name_pattern(int(data["apposed"]["max_words"]) + 2)
    between = _either(data["apposed"]["between"])
    word = r"[A-ZÀ-ÝĀ-Ž][\w-]*"  # no apostrophe: the possessive's is no part of the state's name
    state = rf"(?P<state>{word}(?:\s+{word}){{0,2}})"
    return re.compile(
        rf"(?<![\w’'.-])(?P<name>{name}),\s+(?:(?:{between})\s+)?{state}(?:['’]s?)?\s+"
        rf"(?:{_either(data['appositions']['titles'])})\b"
    )


def _envoys_before_titles(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """The envoys named right before their title and its sending state (`<Name>, <state>'s ambassador to
    <state>`) that no stage read: the data's person when the gazetteer knows the whole name, else the name as
    written (basis `as-written`). Leading words that are a mention or a word that never opens a name are left
    out."""
    if "," not in text:
        return []
    stops = _not_name_words()
    max_words = int(_data()["apposed"]["max_words"])
    starts = [m.start for m in mentions]
    out: list[EntityMention] = []
    for found in literal_screen.finditer(_apposed_pattern(), text):
        a, b = found.span("state")
        at = bisect.bisect_right(starts, a) - 1  # the mention holding the state's words (`the <state>'`)
        if at < 0 or mentions[at].end != b or not _state_of(mentions[at], g):
            continue  # the words before the title are no state's name or adjective
        base, end = found.span("name")
        start = base
        for word in re.finditer(r"\S+", text[base:end]):
            here = base + word.start()
            if word.group() not in stops and not _overlaps(mentions, starts, here, here + len(word.group())):
                break
            start = base + word.end()
        start += len(text[start:end]) - len(text[start:end].lstrip())
        name = re.sub(r"\s+", " ", text[start:end])
        if len(name.split()) < 2 or len(name.split()) > max_words or "\n" in text[start:end]:
            continue
        if _overlaps(mentions, starts, start, end) or stops & set(name.split()):
            continue
        known = [m for m in g.match_names(name) if m.start == 0 and m.end == len(name) and _person_of(m, g)[0]]
        ident = known[0].ids[0] if len(known) == 1 else AS_WRITTEN + name
        out.append(EntityMention(start, end, text[start:end], (ident,), "as-written"))
    return out


@cache
def _leading_rank() -> re.Pattern[str]:
    return re.compile(rf"^(?:{_either(_data()['ranks'])})\s+(?=\S+\s+\S)")


def _written_names_without_ranks(mentions: list[EntityMention]) -> list[EntityMention]:
    """`mentions` with each person as written whose name opens with a rank (`Group Captain <Given> <Family>`)
    named by the words after the rank, the rank left out of the mention."""
    rank = _leading_rank()
    if not any(i.startswith(AS_WRITTEN) and rank.match(i[len(AS_WRITTEN) :]) for m in mentions for i in m.ids):
        return mentions
    out: list[EntityMention] = []
    for m in mentions:
        ids = [i for i in m.ids if i.startswith(AS_WRITTEN) and rank.match(i[len(AS_WRITTEN) :])]
        found = rank.match(m.alias) if ids else None
        if not found:
            out.append(m)
            continue
        new = tuple(AS_WRITTEN + rank.sub("", i[len(AS_WRITTEN) :]) if i in ids else i for i in m.ids)
        out.append(EntityMention(m.start + found.end(), m.end, m.alias[found.end() :], new, m.basis))
    return out


OBJECT = "object"
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\d\"“])|\n")


@cache
def _objects() -> tuple[re.Pattern[str], frozenset[str], frozenset[str], re.Pattern[str], re.Pattern[str], int]:
    """The object pronouns as words of their own (group `pronoun`); those of 'several'; those that may be
    possessives; what may follow such a one as an object; a relative right after a name's comma; the reach."""
    data = _data()["objects"]
    pronoun = re.compile(rf"(?<![\w’'-])(?P<pronoun>{_either([*data['one'], *data['several']])})(?![\w’'-])")
    after = re.compile(rf"\s*(?:[.,;:!?)]|$|(?:{_either(data['after_object'])})(?![\w’'-]))")
    relative = re.compile(rf",\s+(?:{_either(data['relatives'])})\b")
    return (
        pronoun, frozenset(data["several"]), frozenset(data["possessive"]), after, relative, int(data["reach"])
    )  # fmt: skip


def _who(m: EntityMention, g: Gazetteer) -> str:
    """The person `m` names alone: one of the data, or a person as written; "" otherwise."""
    if len(m.ids) == 1 and m.ids[0].startswith(AS_WRITTEN):
        return m.ids[0]
    return _person_of(m, g)[0]


def _people_in(
    mentions: list[EntityMention], starts: list[int], begin: int, end: int, g: Gazetteer
) -> list[tuple[int, int, str]]:
    """The people named between `begin` and `end`, in order, as (start, end, id)."""
    inside = mentions[bisect.bisect_left(starts, begin) : bisect.bisect_left(starts, end)]
    return [(m.start, m.end, p) for m in inside if m.end <= end and (p := _who(m, g))]


def _object_pronouns(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """The object pronouns (`received him`, `briefed her on`, `met them`) no stage read, each the person (or
    people) its clause acts on: not the clause's subject but the last other person named before it in its
    sentence, else of the nearest sentence before (basis `object`)."""
    pronoun, several, possessive, after, relative, reach = _objects()
    if literal_screen.search(pronoun, text) is None:
        return []
    data = _data()["objects"]
    not_after = re.compile(rf"(?<![\w’'-])(?:{_either(data['not_after'])})\s+$")
    before_subject = frozenset(data["before_subject"])
    starts = [m.start for m in mentions]
    ends = [found.end() for found in _SENTENCE_END.finditer(text)]
    out: list[EntityMention] = []
    for found in pronoun.finditer(text):
        start, end = found.span("pronoun")
        word = found.group("pronoun")
        if _overlaps(mentions, starts, start, end) or (word in possessive and not after.match(text, end)):
            continue
        if not_after.search(text, max(0, start - 12), start):
            continue  # `most of them`, `among them`: things or people counted, no one named
        k = bisect.bisect_right(ends, start)
        begin = ends[k - 1] if k else 0
        clause = max(begin, text.rfind(";", begin, start) + 1)  # `<A> visits <B>; <C> receives her`: a clause
        people = _people_in(mentions, starts, clause, start, g) or _people_in(mentions, starts, begin, start, g)
        earlier = _people_in(mentions, starts, begin, clause, g) if clause > begin else []
        subject = ""
        others: list[tuple[int, int, str]] = []
        if people:
            if relative.match(text, people[-1][1]):  # `<A> met <B>, who assured him`: <B> the subject, <A> him
                subject = people[-1][2]
                others = [p for p in people[:-1] if p[2] != subject]
            elif _opens_clause(text, clause if people[0][0] >= clause else begin, people[0][0], before_subject):
                subject = people[0][2]
                group = _subject_group(text, people)  # `<A> and I held … with them`: both subjects
                others = [p for p in people[1:] if p[2] != subject and p[2] not in group]
            else:  # `The <body> summoned <A> and told him`: the subject is no person named
                others = people
            if not others and earlier and earlier != people:
                others = [p for p in earlier if p[2] != subject]
        chosen: list[str] = []
        if word in several:
            chosen = _named_together(text, others)
        elif others:
            chosen = [others[-1][2]]
        if not chosen and not others and word not in several:
            chosen = _from_sentence_before(mentions, starts, ends, k, begin - reach, subject, g)
        elif not chosen and not others and people and k:  # `them` after a subject of two (enact69)
            chosen = _together_before(text, mentions, starts, ends, k, {p[2] for p in people}, g)
        if chosen:
            out.append(EntityMention(start, end, word, tuple(chosen), OBJECT))
    return out


def _from_sentence_before(
    mentions: list[EntityMention],
    starts: list[int],
    ends: list[int],
    k: int,
    limit: int,
    subject: str,
    g: Gazetteer,
) -> list[str]:
    """The last person other than `subject` the nearest sentence before names (within `limit`); none when that
    sentence names only the subject."""
    for j in range(k, 0, -1):  # a sentence before the pronoun's: from ends[j - 2] (or the start) to ends[j - 1]
        stop, begin = ends[j - 1], ends[j - 2] if j >= 2 else 0
        if stop < limit:
            return []
        people = _people_in(mentions, starts, begin, stop, g)
        if not people:
            continue
        others = [p for p in people if p[2] != subject]
        return [others[-1][2]] if others else []
    return []


_TOGETHER = re.compile(r"\s*(?:,|,?\s+and)\s+")


def _subject_group(text: str, people: list[tuple[int, int, str]]) -> set[str]:
    """The people named together with the first of `people` as one subject (`<A> and <B> held …`, `<A>, <B> and I
    …`): the first and each one joined to the one before by a comma or `and` alone."""
    group = {people[0][2]}
    for before, after in itertools.pairwise(people):
        if not _TOGETHER.fullmatch(text, before[1], after[0]):
            break
        group.add(after[2])
    return group


def _together_before(
    text: str, mentions: list[EntityMention], starts: list[int], ends: list[int], k: int, subjects: set[str],
    g: Gazetteer,
) -> list[str]:  # fmt: skip
    """For `them` whose own sentence names only its subjects (`<A> and I held the meeting with them`): the people
    the sentence right before names together (`… welcome <B> and <C> to <city>.`), none of them a subject; none
    else (enact69)."""
    if k < 1:
        return []
    begin, stop = (ends[k - 2] if k >= 2 else 0), ends[k - 1]
    people = [p for p in _people_in(mentions, starts, begin, stop, g) if p[2] not in subjects]
    return _named_together(text, people)


def _named_together(text: str, people: list[tuple[int, int, str]]) -> list[str]:
    """The last two or more people of `people` named together (`<A> and <B>`, `<A>, <B> and <C>`); none else."""
    group: list[str] = []
    for k in range(len(people) - 1, -1, -1):
        if group and not _TOGETHER.fullmatch(text, people[k][1], people[k + 1][0]):
            if len(set(group)) >= 2:
                break
            group = []
        group.insert(0, people[k][2])
    together = list(dict.fromkeys(group))
    return together if len(together) >= 2 else []


_POSSESSIVE = re.compile(r"['’]s\s+")


def _titles_of_described(
    text: str, mentions: list[EntityMention], described: list[EntityMention]
) -> list[EntityMention]:
    """`mentions` with each title right after a described state's possessive (`the <kind noun>'s Special Envoy`)
    made that state's: the title stage, which ran before the state was read, gave it the sentence's."""
    starts = [m.start for m in mentions]
    out: list[EntityMention] | None = None
    for d in described:
        after = _POSSESSIVE.match(text, d.end)
        if not after:
            continue
        k = bisect.bisect_left(starts, after.end())
        if k < len(mentions) and mentions[k].start == after.end() and mentions[k].basis == "title":
            out = out if out is not None else list(mentions)
            title = mentions[k]
            out[k] = EntityMention(title.start, title.end, title.alias, d.ids, title.basis)
    return mentions if out is None else out


def _opens_clause(text: str, begin: int, at: int, before_subject: frozenset[str]) -> bool:
    """Do only words of 'before_subject', capitalised words, figures and punctuation stand between `begin` and the
    person named at `at`, so that the person opens the clause as its subject (`On 3 May <A> met …`, not `The
    <body> summoned <A>`)?"""
    return all(
        w[:1].isupper() or w[:1].isdigit() or w.casefold() in before_subject
        for w in re.findall(r"[^\W_][\w’'-]*", text[begin:at])
    )


def they_people(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """`mentions` with each English `they` (read by the discourse as the parties around it) also naming the two
    people its clause follows (enact69, data 'subjects'): the people named before it in its sentence (`<A> received
    <B> …, and they agreed`), or those of the sentence before when it opens its own (`<A> met <B>. They also …`);
    exactly two people, each of a state the pronoun was read as (or the pronoun read as nobody); `mentions` itself
    when none is."""
    data = _data()["subjects"]
    words = frozenset(data["pronouns"])
    wanted = [k for k, m in enumerate(mentions) if m.alias in words and m.basis == "collective"]
    if not wanted:
        return mentions
    starts = [m.start for m in mentions]
    ends = sentence_ends(text)  # not after an initial or a title (`S. <Name>`, `Brig. Gen. <Name>`)
    out: list[EntityMention] | None = None
    for k in wanted:
        m = mentions[k]
        j = bisect.bisect_right(ends, m.start)
        begin = ends[j - 1] if j else 0
        if not text[begin : m.start].strip():  # `They also …`: the people of the sentence before
            if j < 1:
                continue
            begin, stop = (ends[j - 2] if j >= 2 else 0), ends[j - 1]
        else:
            stop = m.start
        people = list(dict.fromkeys(p for _, _, p in _people_in(mentions, starts, begin, stop, g)))
        if len(people) != int(data["count"]):
            continue
        states = {i for i in m.ids if g.entities.get(i, {}).get("type") == "state"}
        if states and any(_person_state(p, g) not in states for p in people):
            continue  # a person of a third state (a mediator, a host): the pronoun is not theirs
        out = out if out is not None else list(mentions)
        out[k] = EntityMention(m.start, m.end, m.alias, tuple(dict.fromkeys([*m.ids, *people])), m.basis)
    return mentions if out is None else out


def _person_state(ident: str, g: Gazetteer) -> str:
    """The state of a person of the data (as written: none known, "")."""
    return str(g.entities.get(ident, {}).get("part_of") or "")
