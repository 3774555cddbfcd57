"""The partner a writer takes for granted: the other side of a two-sided act, read from the discourse's topic.

Writers name the pair once — in the title, the lead, a paragraph's opening — and then write `the two sides
signed…`, `the minister also met the President`, `同月、護衛艦が寄港した`, `雙方…`: the clause names one side of the
case, or none, and the other is the paragraph's topic. On the blind sets the side an event lacks is named in its
paragraph or earlier in the document far more often than in its sentence (the lead's count over test10–test13), so
the clause alone cannot give it; the discourse can.

The rule (`partner_from_topic`), for a clause whose act is two-sided by the codebook (`data/topic.json`
`two_sided_cameo`: a meeting, talks, a visit made or received, an agreement signed or in force, an exercise held
with another (`alone_unless`) or a port call, aid or a team sent; or, untyped, a delivery or an arrival of forces
or equipment, `untyped_two_sided`) and tells no state's own affair (`one_sided_acts`:
its law, strategy, budget, election, a ship setting out, a press conference, a leader taking office), whose sentence
names no state or organisation outside the case:

1. the *topic of the paragraph* is the states and organisations (a person, office, force or body standing for the
   one it is part of) named in the clause's paragraph before the clause, from the last sentence opening with a word
   that turns to another topic (`resets`: `Meanwhile,`, `一方、`) on; the sides the clause names are set aside;
2. if that topic names nothing else, the *topic of the document* is read instead: what the title and the lead (the
   first paragraph after the title that names a state or organisation) name;
   A capital or city named as the place of a meeting or signing (`signed in Warsaw`, `在…举行`, `…で署名`:
   `venue_…`) is no third party there, save for a visit or an arrival, whose place is the host; and an
   organisation's own summit (`东盟峰会…举行`: `own_meeting_after`) takes no partner at all;
3. the topic gives the partner when it holds exactly the parties the clause lacks — one party of another side
   when the clause names one side (one of every other side in a minilateral group's meeting, signing or agreement
   that counts no two: `all_sides_cameo`, `pair_words`); one party of each of two or more sides when it names
   none — and nothing else:
   a third state in the topic, or two candidates for one side, and no partner is guessed (nor is the document's
   topic read when the paragraph's holds a candidate that does not fit).
4. if the paragraph's topic holds no candidate at all and the title and lead give none that fits (they name a
   third state beside the pair, `Chile, Peru and Bolivia`, or none of it), the *sentence before* is read under
   the same test: the last sentence of the paragraph before (act84). A paragraph that opens on a two-sided act
   and names no partner goes on from where the text last named one (`…Trump and Kim met on Sentosa…` / `A second
   summit in Hanoi … ended without agreement`). It is read after the title, not before it: a new paragraph most
   often turns back to the page's pair, and a sentence ending the paragraph before may name another pair of the
   case's parties (a host's meeting with a third member beside a summit), which the title settles.

The partner is added with `actor_basis` `paragraph`, `document` or `sentence_before`. An act of one side only
(a statement, a state's own law) is never given a partner, and nothing here names an entity: the case's sides,
the gazetteer's `part_of` and the data's words decide.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from allyscope.entities import EntityMention, load_discourse
from allyscope.errors import AllyscopeError
from allyscope.event_cues import found_in

_UNIT_TYPES = ("state", "organization")
SENTENCE_BEFORE = True  # act84: where title and lead name no fitting partner, the paragraph before's last sentence
UNTYPED = "04"  # the code `events_domain.event_type` gives a clause no type rule matched


class TopicDataError(AllyscopeError):
    """`data/topic.json` lacks a key the topic reading needs, or holds a pattern that does not compile."""


@dataclass(frozen=True, slots=True)
class TopicRules:
    """The words of the topic reading (`data/topic.json`)."""

    two_sided_cameo: frozenset[str]
    untyped_two_sided: re.Pattern[str]  # an untyped clause's transfer or arrival of forces or equipment
    untyped_not: re.Pattern[str]
    venue_before: re.Pattern[str]  # a capital or city after these (or before 'venue_after') is the act's place
    venue_after: re.Pattern[str]
    venue_not_cameo: frozenset[str]
    venue_not_with: re.Pattern[str]  # words of speaking: the place is the speaking's (rule 12), not the act's
    own_meeting_after: re.Pattern[str]  # after an organisation's name: its own summit or ministerial meeting
    all_sides_cameo: frozenset[str]  # acts a minilateral group does as a group (a meeting, a signing)
    pair_words: re.Pattern[str]  # words counting two parties
    one_sided_acts: re.Pattern[str]
    own_acts: re.Pattern[str]  # discourse.json `own_acts`: a person taking office, not where it only dates another act
    own_acts_not_with: re.Pattern[str]
    alone_unless: dict[str, re.Pattern[str]]
    resets: re.Pattern[str]


@cache
def topic_rules() -> TopicRules:
    """`data/topic.json`, compiled once."""
    import json

    data: dict[str, Any] = json.loads(resources.files("allyscope.data").joinpath("topic.json").read_text("utf-8"))
    own = load_discourse().get("own_acts", {})
    try:
        return TopicRules(
            frozenset(data["two_sided_cameo"]),
            re.compile(data["untyped_two_sided"], re.IGNORECASE),
            re.compile(data["untyped_not"], re.IGNORECASE),
            re.compile(data["venue_before"], re.IGNORECASE),
            re.compile(data["venue_after"]),
            frozenset(data["venue_not_cameo"]),
            re.compile(data["venue_not_with"], re.IGNORECASE),
            re.compile(data["own_meeting_after"], re.IGNORECASE),
            frozenset(data["all_sides_cameo"]),
            re.compile(data["pair_words"], re.IGNORECASE),
            re.compile(data["one_sided_acts"]),
            re.compile(own.get("acts", r"(?!)")),
            re.compile(own.get("not_with", r"(?!)")),
            {cameo: re.compile(words) for cameo, words in data["alone_unless"].items()},
            re.compile(data["resets"], re.IGNORECASE),
        )
    except (KeyError, re.error) as error:
        raise TopicDataError(f"data/topic.json: {error}") from error


def unit_of(entity_id: str, entities: dict[str, dict[str, Any]]) -> str | None:
    """The state or organisation an entity is, or is part of (a minister's office, a navy, a council: the
    gazetteer's `part_of` chain); None for what stands for none (a generic agreement, a kind of meeting)."""
    seen: set[str] = set()
    while entity_id in entities and entity_id not in seen:
        seen.add(entity_id)
        entity = entities[entity_id]
        if entity.get("type") in _UNIT_TYPES:
            return entity_id
        entity_id = entity.get("part_of", "")
    return None


@dataclass
class TopicReader:
    """The topics of one document's paragraphs, read from its entity mentions (in text order, `starts` their
    starts) and its title's span; the units of each mention's ids are asked of the gazetteer once."""

    text: str
    mentions: Sequence[EntityMention]
    starts: Sequence[int]
    title: tuple[int, int] | None
    entities: dict[str, dict[str, Any]]
    folded: str = ""
    _units: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    _lead: tuple[int, int] | None = None
    _lead_read: bool = False

    def units(self, start: int, end: int) -> list[str]:
        """The states and organisations named in `text[start:end]`, in the order first named."""
        found: dict[str, None] = {}
        for m in self.mentions[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]:
            if m.end > end:
                continue
            found.update(dict.fromkeys(self._units_of(m.ids)))
        return list(found)

    def _units_of(self, ids: tuple[str, ...]) -> tuple[str, ...]:
        """The states and organisations the ids stand for (`unit_of`), in order, each once: asked of the gazetteer
        once per distinct ids (a document names a few dozen entities in hundreds of mentions)."""
        known = self._units.get(ids)
        if known is None:
            known = self._units[ids] = tuple(
                dict.fromkeys(u for i in ids if (u := unit_of(i, self.entities)) is not None)
            )
        return known

    def venues(self, start: int, end: int) -> set[str]:
        """The states and organisations `text[start:end]` names only as the place of an act: every mention of them
        there is a capital or city (`metonym`) after a word of place or before one (`topic.json` 'venue_…'), read
        on the folded text (`folded`, the text's offsets) when the reader has it."""
        rules = topic_rules()
        folded = self.folded or self.text
        place: dict[str, bool] = {}
        for m in self.mentions[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]:
            if m.end > end:
                continue
            units = self._units_of(m.ids)
            # a mention's place words are read only when one of its units is still named only as a place
            # (`False and …` stays False whatever they say)
            at_place = (
                m.basis == "metonym"
                and any(place.get(u, True) for u in units)
                and (
                    rules.venue_before.search(folded[max(start, m.start - 12) : m.start]) is not None
                    or rules.venue_after.search(folded[m.end : m.end + 6]) is not None
                )
            )
            for u in units:
                place[u] = place.get(u, True) and at_place
        return {u for u, only in place.items() if only}

    def holds_own_meeting(self, start: int, end: int) -> bool:
        """Does `text[start:end]` name an organisation as the holder of its own summit or ministerial meeting
        (`topic.json` 'own_meeting_after' right after its name: `东盟峰会`, `the ASEAN summit`)?"""
        pattern = topic_rules().own_meeting_after
        folded = self.folded or self.text
        for m in self.mentions[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]:
            if m.end > end or not any(self.entities.get(i, {}).get("type") == "organization" for i in m.ids):
                continue
            if pattern.search(folded[m.end : min(end, m.end + 24)]) is not None:
                return True
        return False

    def paragraph(self, at: int) -> tuple[int, int]:
        """The paragraph (a line of the text) holding offset `at`."""
        end = self.text.find("\n", at)
        return self.text.rfind("\n", 0, at) + 1, len(self.text) if end < 0 else end

    def paragraph_topic(self, sentence_start: int, clause_start: int) -> list[str]:
        """The units the paragraph names before the clause, from its last sentence opening with a reset word on
        (the sentence holding the clause counts from its start)."""
        begin, _ = self.paragraph(sentence_start)
        resets = topic_rules().resets
        # a reset word opens a sentence: the paragraph's start, or after a sentence's stop (and white space)
        for match in resets.finditer(self.text, begin, clause_start):
            at = match.start()
            before = self.text[begin:at].rstrip()
            if not before or before[-1] in "。！？.!?":
                begin = max(begin, at)
        return self.units(begin, clause_start)

    def sentence_before(self, paragraph_start: int) -> list[str]:
        """The units named by the last sentence of the paragraph before the one at `paragraph_start` (none when
        that paragraph is the title, which is read as the document's topic)."""
        end = len(self.text[:paragraph_start].rstrip())
        if end == 0 or (self.title is not None and end <= self.title[1]):
            return []
        start, _ = self.paragraph(end - 1)
        # the sentence's start: after the last stop before the paragraph's own final one (`.` only before a space)
        stops = [
            at + 1
            for at in range(start, end - 1)
            if self.text[at] in "。！？!?" or (self.text[at] == "." and self.text[at + 1] == " ")
        ]
        return self.units(stops[-1] if stops else start, end)

    def lead(self) -> tuple[int, int] | None:
        """The first paragraph after the title (the text's first, without one) that names a state or organisation."""
        if self._lead_read:
            return self._lead
        self._lead_read = True
        at = self.title[1] if self.title is not None else 0
        while at < len(self.text):
            if self.text[at] == "\n":
                at += 1
                continue
            start, end = self.paragraph(at)
            if end > start and self.units(start, end):
                self._lead = (start, end)
                break
            at = end + 1
        return self._lead

    def document_topic(self, paragraph_start: int) -> list[str]:
        """The units the title and the lead name (the lead only when it comes before `paragraph_start`)."""
        found: dict[str, None] = {}
        if self.title is not None:
            found.update(dict.fromkeys(self.units(*self.title)))
        lead = self.lead()
        if lead is not None and lead[0] < paragraph_start:
            found.update(dict.fromkeys(self.units(*lead)))
        return list(found)


def _partner(
    topic: list[str],
    touched: list[int],
    sides: list[frozenset[str]],
    parties: list[list[str]],
    entities: dict[str, dict[str, Any]],
    as_group: bool = False,
) -> tuple[str, ...] | None:
    """The parties the topic gives the clause (step 3 of the module's rule), () when the topic holds no candidate
    at all, None when it holds candidates that do not fit (a third party of the kind the clause lacks, two for one
    side, too few). A third party of another kind than every party the clause lacks does not compete: a grouping
    both states joined (`Both joined the alliance in …`) is no candidate host of a port call between them, nor is a
    state a candidate for the organisation a hub case lacks."""
    candidates = [u for u in topic if not any(u in sides[at] for at in touched)]
    if not candidates:
        return ()
    side_of: dict[str, int] = {}
    for at, side_parties in enumerate(parties):
        for party in side_parties:
            side_of.setdefault(party, at)
    lacking = {entities.get(p, {}).get("type") for p, at in side_of.items() if at not in touched}
    if any(u not in side_of and entities.get(u, {}).get("type") in lacking for u in candidates):
        return None  # a state or organisation outside the case, of the kind lacking: the partner may be it
    candidates = [u for u in candidates if u in side_of]
    if not candidates:
        return None  # only third parties of another kind: the topic is theirs, not the pair's
    per_side = [side_of[u] for u in candidates]
    if len(set(per_side)) != len(per_side):
        return None  # two candidates for one side
    if touched:
        # one party of another side; or, for an act the group does as a group, one of every other side
        fits = len(candidates) == 1 or (as_group and len(candidates) == len(sides) - len(touched))
        return tuple(candidates) if fits else None
    return tuple(candidates) if len(candidates) >= 2 else None


def _two_sided(rules: TopicRules, cameo: str, folded_clause: str) -> bool:
    """Whether the clause's act has two sides: its type's code says so, or, untyped (`04`), its verb moves forces or
    equipment from one party to the other (a delivery, a handover, an arrival) and tells no homecoming."""
    if cameo in rules.two_sided_cameo:
        return True
    return (
        cameo == UNTYPED
        and rules.untyped_two_sided.search(folded_clause) is not None
        and rules.untyped_not.search(folded_clause) is None
    )


def told_as_two_sided(cameo: str, folded_clause: str, beside_date: str) -> bool:
    """Whether the clause tells an act of two sides by its own words (dom85): its type's code is two-sided (or,
    untyped, its verb moves someone from one party to the other, `arrived in`, `抵达`), and it tells none of a
    side's own affairs — its law, election, ship setting out, press conference (`one_sided_acts`), a leader taking
    office whose date is the taking's (`own_acts`), a drill held alone (`alone_unless`). The same questions
    `partner_from_topic` asks before it reads a partner in; here they decide only whether the act keeps its
    domain when its clause names one side."""
    rules = topic_rules()
    if not _two_sided(rules, cameo, folded_clause) or found_in(rules.one_sided_acts, folded_clause):
        return False
    if found_in(rules.own_acts, folded_clause) and (
        not found_in(rules.own_acts_not_with, folded_clause) or found_in(rules.own_acts, beside_date)
    ):
        return False
    joint = rules.alone_unless.get(cameo)
    return joint is None or found_in(joint, folded_clause)


def partner_from_topic(
    reader: TopicReader,
    ids: Sequence[str],
    sentence: tuple[int, int],
    clause_start: int,
    cameo: str,
    folded_clause: str,
    sides: list[frozenset[str]],
    parties: list[list[str]],
    beside_date: str = "",
    clause_end: int | None = None,
) -> tuple[tuple[str, ...], str] | None:
    """The parties the clause at `clause_start` (in the sentence `sentence`, offsets of the text) leaves to the
    topic, and the basis (`paragraph`, `document`) they were read on; None when the act is not two-sided, the
    clause names two sides already, its sentence names a third state or organisation, or the topic does not
    give them (the module's rule). `beside_date` is the folded text just around the clause's date, where words of
    taking office make the date theirs."""
    rules = topic_rules()
    # not two-sided by its own words, or a side's own affair: its law, its ship setting out, its press conference,
    # its leader taking office, a drill held alone (`told_as_two_sided`)
    if len(sides) < 2 or len(sides) != len(parties) or not told_as_two_sided(cameo, folded_clause, beside_date):
        return None
    named = set(ids)
    touched = [at for at, side in enumerate(sides) if named & side]
    if len(touched) >= 2:
        return None
    members = frozenset().union(*sides)
    end = sentence[1] if clause_end is None else clause_end
    paragraph_start, _ = reader.paragraph(sentence[0])
    # a capital or city named as the place of a meeting or signing is no third party (`signed in Warsaw`)
    places = (
        set()
        if cameo in rules.venue_not_cameo
        or cameo == UNTYPED
        or rules.venue_not_with.search(reader.folded[sentence[0] : end] if reader.folded else folded_clause)
        else reader.venues(paragraph_start, end)
    )
    if any(u not in members and u not in places for u in reader.units(sentence[0], end)):
        return None  # the sentence, up to the clause's end, names a third party: the act may be with it
    if reader.holds_own_meeting(clause_start, end):
        return None  # an organisation's own summit: its members' affair, no partner read into it
    topic = [u for u in reader.paragraph_topic(sentence[0], clause_start) if u not in places]
    as_group = cameo in rules.all_sides_cameo and rules.pair_words.search(folded_clause) is None
    partner = _partner(topic, touched, sides, parties, reader.entities, as_group)
    if partner:
        return partner, "paragraph"
    if partner is None:
        return None
    partner = _partner(reader.document_topic(paragraph_start), touched, sides, parties, reader.entities, as_group)
    if partner:
        return partner, "document"
    if not SENTENCE_BEFORE:
        return None
    # the title and lead name no pair that fits (a third state beside the case's, or none of it): the sentence
    # that ends the paragraph before is the nearest place left (act84; see `sentence_before`)
    before = [u for u in reader.sentence_before(paragraph_start) if u not in places]
    partner = _partner(before, touched, sides, parties, reader.entities, as_group)
    return (partner, "sentence_before") if partner else None


def venue_only(
    reader: TopicReader,
    ids: Sequence[str],
    sentence: tuple[int, int],
    cameo: str,
    folded_sentence: str,
    sides: Sequence[frozenset[str]],
) -> set[str]:
    """The ids of a third state the sentence names only as the place of an act between the relation's own sides
    (`习近平在曼谷会见了哈桑纳尔`, `the two ministers met in Astana`): a capital or city after a word of place (the
    topic's own venue data, `TopicReader.venues`) whose state none of the relation's `sides` holds, in a sentence
    whose other ids stand for two of those sides; the meeting held in a third state's city is not that state's act
    (issue 14, gaz84). The relation's own capital hosts its meetings, forums and signings (`兩國外長在北京簽署…`,
    `the forum opened in Beijing`), and an act of one side alone in a third city (`基尔总统与反对派…在亚的斯亚贝巴
    签署…`) keeps its place's state: the text does not make it the pair's. Nothing without a relation; none for a
    visit or an arrival (`venue_not_cameo`), whose place is the host, for an untyped clause, for a sentence of
    speaking (`venue_not_with`), and for a state the sentence also names by a name, a person or a body of its own."""
    rules = topic_rules()
    if len(sides) < 2:
        return set()
    if cameo in rules.venue_not_cameo or cameo == UNTYPED or rules.venue_not_with.search(folded_sentence):
        return set()
    places = {u for u in reader.venues(*sentence) if not any(u in side for side in sides)}
    if not places:
        return set()
    units = {i: unit_of(i, reader.entities) for i in ids}
    rest = {i for i, u in units.items() if u not in places}
    if sum(1 for side in sides if rest & side) < 2:
        return set()  # the act is not between the relation's sides: the third state may be its partner
    return {i for i, u in units.items() if u in places}


def own_affair_party(
    reader: TopicReader,
    title_parties: Sequence[str],
    mentions: Sequence[EntityMention],
    starts: Sequence[int],
    clause_start: int,
    folded_clause: str,
) -> list[str] | None:
    """The one party an act that names no one is the own affair of, or None when the act is no own affair or its
    paragraph names no such party.

    `2015年7月1日，全国人大常委会通过《国家安全法》`, `関連法が5月に国会で成立した`, `the Diet enacted the Act`: a law
    passed or a strategy decided by a body the gazetteer does not know names no party, and giving it every party of
    the title (as an act naming no one otherwise gets, `2023年12月 – …の運用が始まった`) makes a state's own law the
    pair's, while giving it no one loses the state. The party is the one named last before the clause in its
    paragraph (`中国也在完善本国的安全法律体系。…`; a navy or minister stands for its state), among the title's
    parties when the title names them; none named there: None, and the act is read as before (no party guessed)."""
    if not found_in(topic_rules().one_sided_acts, folded_clause):
        return None
    paragraph_start, _ = reader.paragraph(clause_start)
    before = mentions[bisect.bisect_left(starts, paragraph_start) : bisect.bisect_left(starts, clause_start)]
    for mention in reversed(before):
        units = {u for i in mention.ids if (u := unit_of(i, reader.entities)) is not None}
        named = sorted(units & set(title_parties)) if title_parties else sorted(units)
        if len(named) == 1:
            return named
    return None
