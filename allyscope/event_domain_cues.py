"""Which domain cues of a stretch of a clause count, and which of them decides: the class of lowest rank, the head
of the object among heads (`_decide`); in English, not a cue after a negation or inside a prepositional phrase
(`_weighed`); not what follows a verb of saying (`_said_from`); not an act whose anniversary is marked
(`_commemorated`); dispatching and joining decided by what they move (`_moves_forces`).

Why a module of its own: these are the rules that weigh cues already found, each reading only the clause and the
cue data handed to it. Finding the cues (`events_domain._hits`, `_scan`) and choosing the stretch
(`events_domain.rule_domain`) stay in `events_domain`, because they read `events_domain.patterns`, which the
training script swaps for each fold; nothing here reads a module global that any caller swaps.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import Any

from allyscope.event_cues import Cues, _lowered, _top_alternatives, found_in, led_search
from allyscope.event_segments import _FINITE_VERB, _KANA, _QUOTED
from allyscope.sentence_features import Within, may


def _decide(found: list[tuple[int, int, str]], head_last: bool, head_rank: int) -> str | None:
    """The class of lowest rank decides; among cues of the head rank, the head of the object: the last in
    head-final text (Chinese, Japanese), the first otherwise."""
    if not found:
        return None
    first = min(found)  # the lowest rank, and of its cues the first (by place, then domain)
    best = first[0]
    if best == head_rank and head_last:
        return max((at, domain) for rank, at, domain in found if rank == best)[1]
    return first[2]


def _moves_forces(
    data: dict[str, Any], clause: str, found: list[tuple[int, int, str]], within: Within | None = None
) -> bool:
    """True when the deciding act moves or joins something (`派遣`, `dispatched`, `加入`, `joined`: data
    `movement`) and what moves or is moved is a force (a cue of the class `force` before the verb, or after it as
    its object, not in a phrase after the object): dispatching destroyers is a military exercise as deploying
    them is, and so is joining a coalition's force; dispatching an officer to a headquarters, or joining an
    alliance, stays an act on the arrangement (institutional). (`within`: the clause's span of its sentence's one
    pass, `sentence_features`, when the caller has it: a clause with no word of the movement's is read no further.)"""
    movement = data.get("movement_re")
    force = data["domain_class"].get("force")
    if movement is None or force is None or not found or not may(within, "movement"):
        return False
    best = min(rank for rank, _, _ in found)
    acts = data["domain_class"].get("instrument-act")
    if acts is None or best != int(acts["rank"]):
        return False  # the deciding class is not the acts' (where dispatching and joining stand): none decides
    forces = [at for rank, at, domain in found if rank == int(force["rank"]) and domain == force["domain"]]
    object_first = bool(_KANA.search(clause))
    for rank, at, _ in found:
        verb = movement.match(clause, at) if rank == best else None
        if verb is None:
            continue
        for f in forces:
            if f < at:
                return True  # the force that moves (`troops joined …`), or in Japanese the object
            # the verb's object, not a phrase after it (`joined the alliance after the war`)
            if not object_first and f >= verb.end() and not _PHRASE_BREAK.search(clause, verb.end(), f):
                return True
    return False


def _forces_named_for(
    data: dict[str, Any], clause: str, cues: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The cues of a folded clause without the cues of the class `force` that name a force for something else
    (data `domain_cues.force_named_for`, dom64): a force word modifying a head that is a person, a place or a body
    (`<navy><region>司令官`, `<force>の代表団`, `naval base`, `commander of the … forces`) names that head, and a force
    that is the object of a verb of inspecting, visiting or addressing (`<force>を視察した`, `视察<force>`,
    `addressed the troops`) is where the visit went: neither is what the act moves or serves in, so the visit, the
    call or the meeting decides. `cues` as they are where the data has no such rule."""
    spec = data.get("force_named_for_re")
    force = data["domain_class"].get("force")
    if spec is None or force is None:
        return cues
    rank, domain = int(force["rank"]), str(force["domain"])
    mine = [cue for cue in cues if cue[0] == rank and cue[2] == domain]
    if not mine:
        return cues
    others = sorted({at for r, at, d in cues if (r, d) != (rank, domain)})
    named = {at for _, at, _ in mine if _named_for(spec, clause, at, others)}
    return [cue for cue in cues if not (cue[0] == rank and cue[2] == domain and cue[1] in named)]


_LINK = re.compile(r"(?:の|的|['’]s?)?\s*")
_STRETCH_STOP = re.compile(r"[\s、，,。；;：:をはがにでとへもや到在于於向从從将將]")
_LATIN_NAME_STRETCH = re.compile(r"[a-z'’ -]{0,40}")


def _named_for(spec: tuple[re.Pattern[str], ...], clause: str, at: int, others: list[int]) -> bool:
    """Whether the force cue at `at` of the folded `clause` names a force for a head or is a visit's object (see
    `_forces_named_for`); `others`: the places of the clause's cues of other classes."""
    heads, title_of, after, before, acts, word_re = spec
    if acts.match(clause, at):
        return False  # an act of the class (deploying, stationing, withdrawing): what the clause does
    word = word_re.match(clause, at)
    end = word.end() if word is not None and word.end() > at else at  # a gazetteer's force: its name from `at`
    if title_of.search(clause, 0, at) or before.search(clause, 0, at) or after.match(clause[end:]):
        return True
    link = _LINK.match(clause, end)
    start = link.end() if link is not None else end
    latin = clause[at : at + 1].isascii()
    if latin:
        # English: the head right after the word (`naval base`, `the forces' facility`); a gazetteer's force
        # (a name of several words) may stand before it whole
        stretch = _LATIN_NAME_STRETCH.match(clause, start) if end == at else None
        limit = stretch.end() if stretch is not None else start
        head = heads.match(clause, start)
        if head is None and limit > start:
            head = next((h for h in heads.finditer(clause, start, limit + 20) if h.start() <= limit), None)
    else:
        # Chinese and Japanese: the head after the word or a few characters of its name, no particle between
        head = heads.search(clause, start, start + (12 if end == at else 6) + 8)
        if head is not None and (
            _STRETCH_STOP.search(clause, start, head.start()) or head.start() - start > (12 if end == at else 6)
        ):
            head = None
    if head is None:
        return False
    between = range(end, head.start())
    return not any(o in between for o in others) and not acts.search(clause, end, head.start())


_PHRASE_BREAK = re.compile(
    r"\b(?:after|before|following|during|amid|since|when|while|as|because|in|at|on|to|from)\b|[后後时時]"
)


def _said_from(data: dict[str, Any], clause: str, within: Within | None = None) -> tuple[int, int] | None:
    """Where what was said stands in a folded clause headed by a verb of saying, as (start, end): after the first
    such verb outside quotes to the clause's end (`…表示，协定将…`, `…回应称，…`, `the ministry said that evening that
    …`), or, where the verb closes what was said as Japanese puts it (`…は、両国関係は安定していると述べた`), from the
    topic or subject particle to the verb; None when the clause has none, or names its source first (`据…`,
    `according to …`: an act reported, not a statement). (`within`: the clause's span of its sentence's one pass,
    whose words of the verbs of saying answer the first look.)"""
    speech: Cues | None = data.get("speech_re")
    if speech is None:
        return None
    if within is not None:
        if not may(within, "speech"):
            return None
    elif not speech.automaton.find_matches_as_indexes(clause):
        # most clauses hold none of the words a verb of saying begins with (`speech.keys`): one pass of their
        # automaton, which finds one wherever any stands, says so
        return None
    source: re.Pattern[str] | None = data.get("source_re")
    quoted: list[tuple[int, int]] | None = None
    for start, _, end in speech.finditer(clause):  # most clauses have no verb of saying: nothing more is done
        if quoted is None:
            quoted = [m.span() for m in _QUOTED.finditer(clause)]
        if any(q0 <= start < q1 for q0, q1 in quoted):
            continue
        if source is not None and source.search(clause, 0, start):
            return None
        if clause.startswith(_QUOTATIVE, start) or _KANA.search(clause, start, end):
            # Japanese: the quotative particle or the noun of the stance declared (`…と述べた`, `…方針を表明した`)
            # closes what was said, which opens after the speaker's particle
            speaker = _SPEAKER_JA.search(clause, 0, start)
            return (speaker.end() if speaker else 0), start
        return end, len(clause)
    return None


def _intended(clause: str, said: tuple[int, int]) -> bool:
    """Whether what was said, as Japanese tells it before its verb of saying, closes with a verb in the non-past
    (`…議会に諮ると表明した`, `…派遣を主導する用意があると表明`, `…取得する方針を表明した`): an intention declared,
    not an act reported (`…演習を終えたと語った`); acts on instruments in it decide nothing, as in an English
    forecast."""
    start, end = said
    if end >= len(clause) or not _KANA.search(clause, start, end):
        return False
    return _NON_PAST_JA.search(clause, start, end) is not None


_NON_PAST_JA = re.compile(r"(?:[うくぐすつぬぶむる]|ない|たい)$")


# the quotative particle a Japanese verb of saying follows (`…と述べた`, `…と強調した`; a verb of saying with kana
# of its own, `…方針を表明し`, closes what was said too), and the particle that ends the speaker's phrase before what
# was said (`首相は、`, `外務省が`)
_QUOTATIVE = "と"
_SPEAKER_JA = re.compile(r"(?<=[\u30a0-\u30ff\u3400-\u9fff）)」])[はが]、?")


def _attends_a_ceremony_before(
    data: dict[str, Any],
    clause: str,
    segment: tuple[int, int],
    found: list[tuple[int, int, str]],
    cues_here: list[tuple[int, int, str]],
) -> bool:
    """Whether the predicate's segment is an attendance with no object of its own (`…，文在寅…出席。`,
    `…が出席しました`, `attended by …`, or the bare ceremony named back, `…出席仪式。`; data
    `domain_cues.attended`: `verb`) after a ceremony of an act the clause
    told before it (`举行出厂仪式，…出席`, `引渡し式が行われ、…が出席`: an instrument-act cue, then `ceremony`): the
    attendance is of that ceremony, and the codebook codes a ceremony of an act attended by its act. False
    for an attendance that names what it attends (`出席峰会`), or a segment with any cue but attending."""
    spec = data["domain_cues"].get("attended")
    acts = data["domain_class"].get("instrument-act")
    attend = data["domain_class"].get("dialogue-act")
    if not spec or acts is None or attend is None or not found:
        return False
    a, b = segment
    verb = data.get("attended_re")
    if verb is None:
        verb = data["attended_re"] = re.compile(_lowered(spec["verb"]))
    attended = verb.search(clause, a, b)
    if attended is None:
        return False
    # the segment's cues are the attending, or the bare ceremony it names back (`…出席仪式。`, dom64)
    if any(
        (rank, domain) != (int(attend["rank"]), str(attend["domain"])) and not attended.start() <= at < attended.end()
        for rank, at, domain in found
    ):
        return False
    ceremony = data.get("ceremony_re")
    if ceremony is None:
        ceremony = data["ceremony_re"] = re.compile(_lowered(spec["ceremony"]))
    wanted = (int(acts["rank"]), str(acts["domain"]))
    # a witnessing with no object of its own, or the bare ceremony named in the attendance itself (`…签署…，<总理>
    # 出席见证`, `…が署名し、<大統領>が立ち会った`, `…，<总理>出席了仪式`: data `witness`) is of the act told before
    # it, with no ceremony named between them (rec67)
    witness = data.get("witness_re")
    if witness is None and spec.get("witness"):
        witness = data["witness_re"] = re.compile(_lowered(spec["witness"]))
    named_back = witness is not None and witness.search(clause, attended.start(), attended.end()) is not None
    return any(
        named_back or ceremony.search(clause, at, a)
        for rank, at, domain in cues_here
        if at < a and (rank, domain) == wanted
    )


def _demanded_from(data: dict[str, Any], clause: str, within: Within | None = None) -> int | None:
    """Where a demand made of the other side begins in a folded clause (`并要求对方召回大使`, `再発防止を求め`,
    `demanded that …`; data `domain_cues.demand`): what follows it was asked for, not done, so its acts decide
    nothing (`召回驻…大使，并要求…召回驻…大使`: the first recall is the act, the second the demand). None when the
    clause holds no demand, as most do. (`within`: the clause's span of its sentence's one pass.)"""
    demand: re.Pattern[str] | None = data.get("demand_re")
    if demand is None or not may(within, "demand") or not found_in(demand, clause):
        return None
    found = led_search(demand, clause)
    return found.start() if found else None


_MODAL_LATIN = re.compile(r"\b(?:would|could|might|should|will|can|may)\b")
_THING_SUBJECT = re.compile(r"(?:.*\bthat )? *the (?!two\b|three\b|allies\b|leaders\b|ministers\b)")
_NEGATION_LATIN = re.compile(
    r"\b(?:did not|didn't|does not|doesn't|has not|hasn't|have not|haven't|had not|never|no longer)\b"
)
# a prepositional phrase up to the cue: the preposition, then at most four words, none a finite verb
# (a phrase that names a time ends with it: in `In 2021 the carrier group visited …` the carrier is no venue)
_IN_PHRASE_LATIN = re.compile(
    r"\b(?:at|in|on|during|for|under|within|with|amid|ahead of|on the sidelines of)\s+"
    r"(?:(?!\d+[\s,.]|(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b)[\w'’+.\-]+\s+){0,4}$"
)


_LATIN_WORD_END = re.compile(r"\w*")
_POSSESSOR_LATIN = re.compile(r"['’]s?\b")


def _weighed(clause: str, start: int, found: list[tuple[int, int, str]], head_rank: int) -> list[tuple[int, int, str]]:
    """The cues of an English stretch of `clause` (from `start`) that say what was done, when some do: a cue
    after a negation (`spoke of a fresh start but did not sign any agreement`) names no act of the event, and a
    head of an object inside a prepositional phrase (`welcomed it in their joint statement`, `met … for the 2+2
    dialogue`, `a settlement with the shipbuilder Naval Group`) is the venue or a circumstance, not the
    object: the object of the act decides over the venue. Either kind decides only when nothing else does."""
    negation = _NEGATION_LATIN.search(clause, start)
    kept = []
    for cue in found:
        rank, at, _ = cue
        if negation is not None and at >= negation.end():
            continue
        if rank == head_rank:
            word_end = _LATIN_WORD_END.match(clause, at)
            if word_end is not None and _POSSESSOR_LATIN.match(clause, word_end.end()):
                continue  # `the brigade's inauguration ceremony`: a possessor, not the head of the object
            before = clause[start:at]
            phrase = _IN_PHRASE_LATIN.search(before)
            # `in Warsaw decide to deploy …`: an infinitive's verb after the phrase is the act, no head inside it
            infinitive = before.endswith(" to ")
            if phrase is not None and not infinitive and not _FINITE_VERB.search(before[phrase.start() :]):
                continue
        kept.append(cue)
    return _compound_heads(clause, kept, head_rank) if kept else found


# the words that may stand between two nouns of one English compound (`the Washington summit declaration`, `the
# partnership council meeting`): other nouns and names, never a function word that opens a phrase or a clause
_COMPOUND_GAP = re.compile(r"(?:[\s-]+[\w+'’.-]+){0,2}?[\s-]+")
_NOT_IN_COMPOUND = re.compile(
    r"\b(?:of|for|in|at|on|with|to|and|or|by|from|under|over|after|before|during|the|a|an|that|which|who|was|were|is"
    r"|are|has|had|have|will|would|its|their|his|her|as|than|then|but)\b"
)


def _compound_heads(clause: str, found: list[tuple[int, int, str]], head_rank: int) -> list[tuple[int, int, str]]:
    """The cues of an English stretch without the heads of objects that only modify a later one: an English noun
    compound puts its head last (`the Washington summit declaration` is a declaration, `the partnership council
    meeting` a meeting), where a phrase puts it first (`the declaration of the summit`). A head cue followed, within
    the same compound (at most two more words, none a function word), by another head cue is a modifier."""
    heads = sorted(at for rank, at, _ in found if rank == head_rank)
    if len(heads) < 2:
        return found
    modifiers = set()
    for here, after in pairwise(heads):
        word = _LATIN_WORD_END.match(clause, here)
        end = word.end() if word else here
        gap = clause[end:after]
        if _COMPOUND_GAP.fullmatch(gap) and not _NOT_IN_COMPOUND.search(gap):
            modifiers.add(here)
    if not modifiers:
        return found
    return [cue for cue in found if not (cue[0] == head_rank and cue[1] in modifiers)]


def _entity_cues(data: dict[str, Any], named: list[tuple[int, str]] | None) -> list[tuple[int, int, str]]:
    by_class = data["domain_class"]
    return [(int(by_class[c]["rank"]), at, str(by_class[c]["domain"])) for at, c in named or [] if c in by_class]


@cache
def _pattern_re(pattern: str) -> re.Pattern[str]:
    return re.compile(_lowered(pattern))


@cache
def _words_of(pattern: str) -> tuple[str, ...]:
    """The words of an alternation of words (`周年|週年|\\banniversary of\\b`), folded, without their word
    boundaries: a text none of them stands in cannot match it."""
    return tuple(_lowered(word.replace("\\b", "")) for word in _top_alternatives(pattern))


# what an anniversary marks: in Chinese and Japanese the act right before its number and the cues before it,
# one after another (`建交50周年`, `经济走廊启动十周年`); in English the phrase after `anniversary of`, up to a
# punctuation mark or six words (`the 40th anniversary of the signing of the treaty`)
_NUMBER_BEFORE = re.compile(r"[0-9０-９〇零一二三四五六七八九十百]+$")
_PHRASE_WORDS = re.compile(r"(?:\s*[^\s，,。.；;：:、（）()《》「」]+){1,6}")


def _commemorated(
    data: dict[str, Any], clause: str, found: list[tuple[int, int, str]], within: Within | None = None
) -> list[tuple[int, int, str]]:
    """The cues of a folded clause (as (rank, place, domain)) without those naming what an anniversary the clause
    marks: in `出席建交50周年纪念活动`, `启动十周年纪念活动`, `a dinner marking the 40th anniversary of the
    signing of the treaty` the establishing, launching or signing was done long before; the act of the clause is the
    attending, hosting or celebrating (data: `domain_cues.anniversary`, the words of an anniversary; the number
    before a Chinese or Japanese one is read here). (`within`: the clause's span of its sentence's one pass, whose
    words of an anniversary answer the first look.)"""
    spec = data["domain_cues"]
    if within is not None:
        if not spec.get("anniversary") or not may(within, "anniversary"):
            return found  # no word of an anniversary stands in the clause (the sentence's one pass says so)
    else:
        words = spec.get("anniversary_words")  # the words, kept on the data the first time they are asked for
        if words is None:
            words = spec["anniversary_words"] = _words_of(spec["anniversary"]) if spec.get("anniversary") else ()
        for word in words:
            if word in clause:
                break
        else:
            return found  # most clauses mark no anniversary: a look for each word costs less than the expression's
    pattern = spec["anniversary"]
    marks = list(_pattern_re(pattern).finditer(clause))
    acts_class = data["domain_class"].get("instrument-act")
    acts: int | None = int(acts_class["rank"]) if acts_class else None
    marked: set[int] = set()
    for mark in marks:
        if mark.group().endswith(" of"):
            phrase = _PHRASE_WORDS.match(clause, mark.end())
            end = phrase.end() if phrase else mark.end()
            marked.update(k for k, cue in enumerate(found) if mark.end() <= cue[1] < end)
            continue
        # an act right before the number (`建交`, `成立`, `启动`: what is marked), then back over the heads of
        # objects that end where the next cue begins (`联盟成立`: whose act it was), not over a verb (`出席建交…`:
        # the attending is the clause's act); a name right before the number says whose anniversary it is
        # (`海军75周年`: the navy is no act of the clause, nor is it marked)
        number = _NUMBER_BEFORE.search(clause, 0, mark.start())  # `50`, `七十` before `周年`
        edge, rank = (number.start() if number else mark.start()), acts
        while rank is not None:
            before = [
                k
                for k, cue in enumerate(found)
                if k not in marked and cue[0] == rank and _end_of(data, clause, cue) == edge
            ]
            if not before:
                break
            marked.update(before)
            edge, rank = min(found[k][1] for k in before), int(data["domain_cues"]["head_rank"])
    return [cue for k, cue in enumerate(found) if k not in marked]


def _end_of(data: dict[str, Any], clause: str, cue: tuple[int, int, str]) -> int:
    """Where the word of a cue found at `cue[1]` ends: its class's pattern matched there (-1 for a cue no class
    pattern matches there, such as a named entity's)."""
    rank, at, domain = cue
    for cue_class in data["domain_cues"]["classes"]:
        if int(cue_class["rank"]) == rank and cue_class["domain"] == domain:
            matched = _pattern_re(cue_class["pattern"]).match(clause, at)
            return matched.end() if matched else -1
    return -1


# between a security topic and the instrument it names: no clause break, and no act of its own (`派遣救援队并签署协定`
# is two acts); in English the words of one noun compound or phrase (`a counter-terrorism cooperation agreement`,
# `a declaration on the fight against terrorism`), none a finite verb
_BREAK_IN_NAME = re.compile(r"[，,。；;：:]|\b(?:and|but|which|who|while|after|before|when|as)\b|[并並而]")
_OF_INSTRUMENT_LATIN = re.compile(r"\s+(?:on|against|for|to|concerning|regarding|in)\b")
# after an English instrument's head, its phrase may list topics (`on humanitarian assistance and disaster relief`):
# only a clause break or a finite verb (`and sent a rescue team`) ends it
_BREAK_AFTER_NAME = re.compile(r"[，,。；;：:]|\b(?:but|which|who|while|after|before|when|as)\b")


def _topic_of_instrument(data: dict[str, Any], clause: str, found: list[tuple[int, int, str]]) -> bool:
    """True when the deciding cues of a stretch are security topics that all stand in the name of an instrument the
    stretch's act signs, adopts or issues (`adopted a Joint Statement on Cooperation in Combating Terrorism`,
    `签署反恐合作谅解备忘录`, `テロ対策に関する共同声明を採択した`): the topic says what the text is about, not what
    was done, and the codebook codes a joint statement or agreement the sides adopt or sign together as institutional
    (tests/corpora/events/README.md, `domain`; a topic decides only when it is the act's own field: a rescue team
    sent, a peacekeeping mission joined). Cyber keeps its rank above every act (joining a cyber centre). False when
    the stretch has no act on an instrument or no head of a text (data `domain_cues.texts`), or a topic stands apart
    from every such head."""
    classes = data["domain_class"]
    topic, act, instrument = classes.get("security-topic"), classes.get("instrument-act"), classes.get("instrument")
    texts = data["domain_cues"].get("texts")
    if topic is None or act is None or instrument is None or not texts or not found:
        return False

    def of(cue_class: dict[str, Any]) -> tuple[int, str]:
        return int(cue_class["rank"]), str(cue_class["domain"])

    # dom80: a word of training or exercises in a text's name is what the text is about as a topic is
    # (`軍の訓練と駐留に関する議定書が締結された`, `签署了《关于…进行军事训练…的条约》`): the codebook's rule 1 codes
    # any text the sides sign as an instrument; training held together (rule 10) is the act's own field only
    # where no text names it
    about = {of(topic)} | ({of(classes["exercise"])} if "exercise" in classes else set())
    best = min(found)
    if (best[0], best[2]) not in about:
        return False
    topics = [at for rank, at, domain in found if (rank, domain) in about]
    acts = [at for rank, at, domain in found if (rank, domain) == of(act)]
    heads = [(at, _end_of(data, clause, (rank, at, domain))) for rank, at, domain in found
             if (rank, domain) == of(instrument)]  # fmt: skip
    # an act written with its object in one cue (`issued a joint declaration`, `共同声明を発出`): the instrument's
    # head is inside it
    act_rank, act_domain = of(act)
    for at in acts:
        end = _end_of(data, clause, (act_rank, at, act_domain))
        inside = _pattern_re(str(instrument["pattern"])).search(clause, at, end) if end > at else None
        if inside is not None:
            heads.append(inside.span())
    # only a text the sides sign, adopt or issue (an agreement, a declaration): a mechanism, centre or group joined
    # for a topic is the act's own field (`加入…维和能力待命机制`)
    text = _pattern_re(str(texts))
    heads = [(head, end) for head, end in heads if text.search(clause, head, max(end, head + 1))]
    if not acts or not heads:
        return False
    others = [at for rank, at, _ in found if rank == of(act)[0] or rank > of(instrument)[0]]
    return all(any(_names(clause, t, head, end, others) for head, end in heads) for t in topics)


def _names(clause: str, topic: int, head: int, end: int, acts: list[int]) -> bool:
    """True when the topic at `topic` stands in the name of the instrument whose head spans `[head, end)`: before
    it as a modifier (CJK text, or an English compound), or in English after it in a phrase of what it is about."""
    if topic < head:
        gap = clause[topic:head]
        if _BREAK_IN_NAME.search(gap) or any(topic < at < head for at in acts):
            return False
        cjk = _KANA.search(gap) is not None or any("\u3400" <= ch <= "\u9fff" for ch in gap)
        if cjk:
            return len(gap) <= 24
        return len(gap.split()) <= 4 and not _NOT_IN_COMPOUND.search(gap) and not _FINITE_VERB.search(gap)
    if end < 0 or topic < end:
        return False
    gap = clause[end:topic]
    return (
        _OF_INSTRUMENT_LATIN.match(gap) is not None
        and len(gap.split()) <= 10
        and not _BREAK_AFTER_NAME.search(gap)
        and not _FINITE_VERB.search(gap)
    )
