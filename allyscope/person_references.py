"""A person referred back to after a full mention (issue 14, ext30a): the press names a person in full once
(`韓国の文在寅大統領`, `Polish President Andrzej Duda`, `ポーランドのドゥダ大統領`) and then by the family name
with an honorific (`文氏`, `Mr. Duda`, `ドゥダ氏`) or by `同氏` (Japanese: "the said person"). Each such reference
names whom the full mention named: the person when the data knows them, else the office or state the title beside
the name was resolved to (a name the data does not know still says whose side acts). Words: `discourse.json`
`refer_back`. Only a person named before in the same text is referred to; nothing is guessed from the family name
alone (`李氏` with no earlier 李 names nobody, nor does `Mr. Smith` before any Smith).

act66: besides the honorifics and titles of `refer_back`, those of `data/cjk_names.json`
'honorifics_after_family_names' (`さん`, `先生`) and 'titles_after_family_names' (`外务相`, `发言人`, `司令`) name
the person after a family name written in full before; a Japanese name in kanji read before `氏` gives its first two
characters (three of a name of five or more; act68: the first one too of a name of three) as family keys, a key
being read only before a title or an honorific.

act69: a name as written introduced after a state's post and `の` (`<state><body><post>の<Name>氏`) is referred
back with that state (`_post_state_before`); a person the data knows named outside their terms glued to a post's
title is read with their own state (`states_of_titled_people`, called by `entities.mark_entities`)."""

from __future__ import annotations

import operator
import re
from functools import cache
from itertools import compress
from typing import Any, NamedTuple

from allyscope import literal_screen
from allyscope.adhoc_people import chinese_family_name, honorifics_after_family_names, titles_after_family_names
from allyscope.entities import TITLE, EntityMention, Gazetteer, load_discourse
from allyscope.literal_index import holds_any
from allyscope.name_parts import standing_elements, standing_ends
from allyscope.screened_search import screened_finditer
from allyscope.span_cover import SPAN, SpanCover

_IDS_AND_BASIS = operator.itemgetter(3, 4)  # of an `EntityMention`
_KATAKANA_NAME = re.compile(r"[\u30a0-\u30ff・]+$")  # a katakana name written right before a title
_LATIN_NAME = re.compile(r"\s+((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)")  # a name written right after a title
_IDEOGRAPHS = re.compile(r"[\u4e00-\u9fff]{2,4}")
_KANJI_NAME = re.compile(r"[\u4e00-\u9fff々]{3,6}")  # a Japanese name in kanji, family and given name together


class _Words(NamedTuple):
    honorific_cjk: tuple[str, ...]  # after a family name: 氏
    same_person: tuple[str, ...]  # the said person: 同氏
    honorific_en: re.Pattern[str]  # Mr., Ms. before a family name; the name as group 1
    pronoun_en: re.Pattern[str]  # he, she as words of their own
    not_names: frozenset[str]  # capitalised words that name nobody (months, a sentence's opening words), folded
    reach: int  # how far back (characters) a full mention is looked for
    # the words of `honorific_en` and `pronoun_en` as written: a match holds one of them (`_may_refer_in_english`)
    literals_en: tuple[str, ...] = ()
    # a pronoun as the object of an act (`会见了他`, `與他舉行會談`, `彼と会談`, `with him`): group 1 the pronoun
    object_pronoun: re.Pattern[str] | None = None
    object_literals: tuple[str, ...] = ()
    titles_cjk: tuple[str, ...] = ()  # after a family name: 總統, 大統領 (`賴總統` after `賴清德總統`)
    leader_en: re.Pattern[str] | None = None  # `the Turkish leader`: group 1 the state's word, group 2 the noun
    leader_roles: frozenset[str] = frozenset()
    subject_pronoun: re.Pattern[str] | None = None  # a pronoun that opens a clause: `他同…会谈`, `彼は`
    possessives_en: frozenset[str] = frozenset()  # his, her: the person whose thing the noun after it is
    person_after_possessive: re.Pattern[str] | None = None  # `his successor`: another person, not the possessor
    # enact70: a post named with a state's adjective and no name (`the Greek minister`, `the Soviet leader`): the
    # noun after the state's word, matched right after it
    bare_title_en: re.Pattern[str] | None = None
    # how far before its pronoun (one of `object_literals`) a match of `object_pronoun` may begin: its longest
    # word before the pronoun (`会见了`); a match of `subject_pronoun` begins at its pronoun (`screened_search`)
    object_reach: int = 0
    # act71: how far before its pronoun a match of `subject_pronoun` may begin: its longest copula (`這也是他`)
    subject_reach: int = 0


def _longest_first(word: str) -> tuple[int, str]:
    return -len(word), word


@cache
def _words() -> _Words | None:
    data = load_discourse().get("refer_back")
    if not data:
        return None
    titles = _led_by_first_characters(sorted(data["honorific_en"], key=len, reverse=True))
    return _Words(
        tuple(dict.fromkeys([*data["honorific_cjk"], *honorifics_after_family_names()])),
        tuple(data["same_person"]),
        re.compile(rf"{titles}\s+([A-Z][\w'’-]+)"),
        re.compile(rf"{_led_by_first_characters(data.get('pronouns_en', []))}\b"),
        frozenset(w.casefold() for w in data.get("not_names_en", [])),
        int(data["reach"]),
        _literals(data["honorific_en"], data.get("pronouns_en", [])),
        object_pronoun=_object_pronoun(data.get("object_pronouns", {})),
        object_literals=tuple(w for ws in data.get("object_pronouns", {}).get("pronouns", {}).values() for w in ws),
        titles_cjk=tuple(sorted({*data.get("titles_cjk", []), *titles_after_family_names()}, key=_longest_first)),
        subject_pronoun=_subject_pronoun(data.get("object_pronouns", {})),
        subject_reach=max(map(len, data.get("object_pronouns", {}).get("copulas_zh", [])), default=0),
        leader_en=re.compile(rf"\b[Tt]he ([A-Z][\w'’-]+) ({'|'.join(map(re.escape, data['leaders_en']))})\b")
        if data.get("leaders_en")
        else None,
        leader_roles=frozenset(data.get("leader_roles", [])),
        object_reach=max(map(len, data.get("object_pronouns", {}).get("before_zh", [])), default=0),
        possessives_en=frozenset(data.get("possessives_en", [])),
        person_after_possessive=re.compile(rf"\s+(?:{'|'.join(map(re.escape, data['persons_after_possessive_en']))})\b")
        if data.get("persons_after_possessive_en")
        else None,
        bare_title_en=re.compile(
            rf"\s+(?:{'|'.join(map(re.escape, sorted(data['bare_titles_en'], key=len, reverse=True)))})\b", re.I
        )
        if data.get("bare_titles_en")
        else None,
    )


def _subject_pronoun(data: dict[str, Any]) -> re.Pattern[str] | None:
    """A Chinese or Japanese pronoun that opens a clause (`。他同…举行会谈`, `，她表示`, `彼は`): group 1 the
    pronoun; in Chinese before none of the characters that make it part of another word (`他们`, `他国`), in
    Japanese before a particle of a subject (`彼は`, `彼が`, `彼も`)."""
    if not data or not data.get("opens_clause"):
        return None
    pronouns = data["pronouns"]
    opens = re.escape("".join(data["opens_clause"]))
    branches = []
    if pronouns.get("zh"):
        zh = "|".join(map(re.escape, pronouns["zh"]))
        not_before = "".join(data["not_before_zh"])
        branches.append(f"(?:^|(?<=[{opens}]))({zh})(?![{not_before}])")
        if data.get("copulas_zh"):
            # act71: `這是他…首度來到越南`: a clause opened by a demonstrative and its copula is about the pronoun's
            # person as much as one the pronoun opens
            copulas = "|".join(map(re.escape, sorted(data["copulas_zh"], key=len, reverse=True)))
            branches.append(f"(?:^|(?<=[{opens}]))(?:{copulas})({zh})(?![{not_before}])")
    if pronouns.get("ja"):
        after = "|".join(map(re.escape, data["subject_after_ja"]))
        ja = "|".join(map(re.escape, sorted(pronouns["ja"], key=len, reverse=True)))
        branches.append(f"(?:^|(?<=[{opens}]))({ja})(?={after})")
    return re.compile("|".join(branches), re.MULTILINE) if branches else None


def _object_pronoun(data: dict[str, Any]) -> re.Pattern[str] | None:
    """One expression for the object pronouns of `discourse.json` (`refer_back`, `object_pronouns`): a Chinese
    pronoun right after a word that takes an object (`与`, `会见了`) and before none of the characters that make it
    part of another word (`他们`, `他国`: `与他国` is "with other states"); a Japanese one before a particle of an
    object (`彼と`, `彼に`; never `彼ら`); an English one as a word of its own (`with him`)."""
    if not data:
        return None
    pronouns = data["pronouns"]
    branches = []
    if pronouns.get("zh"):
        before = "|".join(map(re.escape, sorted(data["before_zh"], key=len, reverse=True)))
        branches.append(
            f"(?:{before})({'|'.join(map(re.escape, pronouns['zh']))})(?![{''.join(data['not_before_zh'])}])"
        )
    if pronouns.get("ja"):
        after = "|".join(map(re.escape, data["after_ja"]))
        branches.append(f"({'|'.join(map(re.escape, sorted(pronouns['ja'], key=len, reverse=True)))})(?={after})")
    if pronouns.get("en"):
        branches.append(f"\\b({'|'.join(map(re.escape, pronouns['en']))})\\b")
    return re.compile("|".join(branches)) if branches else None


def _led_by_first_characters(words: list[str]) -> str:
    """`\\b(?:w1|w2|…)`, written so that each word begins with its own first character and looks back over it for
    the word boundary (`H(?<=\\bH)e|…`): an expression that begins with `\\b` is tried at every character of a text,
    one whose branches begin with characters is tried only where one stands (`re` skips to them). The same matches,
    the branches in the same order; an empty word keeps the boundary alone."""
    branches = [f"{re.escape(w[0])}(?<=\\b{re.escape(w[0])}){re.escape(w[1:])}" if w else r"\b" for w in words]
    return f"(?:{'|'.join(branches)})" if branches else r"\b(?:)"


def _literals(*groups: list[str]) -> tuple[str, ...]:
    """The words of every group, or () (no screen) when a group is empty or holds an empty word: its expression
    then matches an empty string between word boundaries, with no word written."""
    if all(group and all(group) for group in groups):
        return tuple(word for group in groups for word in group)
    return ()


def _may_refer_in_english(text: str, words: _Words) -> bool:
    """Does `text` hold an honorific or a pronoun of `words` that refers back (`Mr. Kishida`, `she`)? Each
    expression is searched only when one of its words stands in the text as written (a plain substring test, faster
    still than the searches `_led_by_first_characters` makes fast): a Chinese or Japanese text mostly holds none."""
    if words.literals_en and not holds_any(text, words.literals_en):
        return False
    return words.honorific_en.search(text) is not None or words.pronoun_en.search(text) is not None


def _family_keys(entity: dict[str, Any]) -> set[str]:
    """The family names a person may be referred back by: the first and last word of the English name, the last
    part of a name written with `・`/`·`, the first one or two characters of a name in ideographs (`文在寅` → 文,
    `岸田文雄` → 岸田)."""
    keys = set()
    words = entity["name"].split()
    if entity.get("as_written") and not entity["name"].isascii():  # `ペヴクル`, `巴特策策格·巴特孟赫`: its last part
        keys.add(re.split(r"[・·‧＝=]", entity["name"])[-1])
        family = chinese_family_name(entity["name"])
        if family:  # `<surname><given>` as written: `<surname>大使` later names them (cjkp65)
            keys.add(family)
        elif _KANJI_NAME.fullmatch(entity["name"]):
            # a Japanese name in kanji read before `氏` (`<family><given>氏`): where the family name ends is unknown,
            # so its first two characters, and three of a name of five or more, are keys (`<family>大使` later:
            # act66); a key is read only right before a title, so a wrong split names no one
            name = entity["name"]
            keys |= {name[:2], *([name[:3]] if len(name) >= 5 else [])}
            if len(name) == 3:  # `<family><given>` of three: the family name is one character or two (act68)
                keys.add(name[:1])
    keys |= set(standing_elements(entity, words))  # those the `no_family_name` field lets stand (`name_parts`)
    last_stands = standing_ends(entity)[1]
    for language, names in entity.get("aliases", {}).items():
        if language == "en":
            continue
        for alias in names:
            if re.search(r"[・·]", alias):
                if last_stands:
                    keys.add(re.split(r"[・·]", alias)[-1])
            elif _IDEOGRAPHS.fullmatch(alias) and len(alias) >= 3:
                keys |= {alias[:1], alias[:2]}
    return {k for k in keys if k}


def _full_mentions(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[tuple[int, str, tuple[str, ...]]]:
    """(end, family key, ids) of each full mention of a person: a person the data knows, or a name the data does
    not know written beside an office or a title that was resolved (`ドゥダ大統領` → the Polish office, `Polish
    President Andrzej Duda`)."""
    out = []
    # a person named as written beside a title (`adhoc_people`), by where the name ends and begins: the title's
    # full mention names the person and the title's state together
    written = {m.end: m.ids for m in mentions if m.basis == "as-written"}
    written_at = {m.start: m.ids for m in mentions if m.basis == "as-written"}
    # the mentions of a person, an office or a resolved title, told by their (ids, basis) asked once each: a
    # document names a few dozen entities in hundreds of mentions (the table's `get` is a Python call), and only
    # those mentions are walked
    pairs = list(map(_IDS_AND_BASIS, mentions))
    distinct = set(pairs)
    cover = _LazyCover(mentions)  # the mentions' spans, ordered when a title first needs them
    entity_of = {ids: g.entities.get(ids[0], {}) for ids in {ids for ids, _ in distinct} if ids}
    wanted = {
        key
        for key in distinct
        if key[0]
        and (
            entity_of[key[0]].get("type") in ("person", "office")
            or (key[1] == "title" and not key[0][0].startswith(TITLE))
        )
    }
    for m in compress(mentions, map(wanted.__contains__, pairs)):
        entity = entity_of[m.ids]
        if entity.get("type") == "person":  # (a title's entry below, ending as late, wins over a name as written)
            keys = g.family_keys.get(m.ids[0])
            if keys is None:  # read from the data alone: once per person (a document names them again and again)
                keys = g.family_keys[m.ids[0]] = tuple(_family_keys(entity))
            ids = m.ids
            if entity.get("as_written") and m.start > 0 and text[m.start - 1] == "の":
                ids = (*m.ids, *_post_state_before(text, m.start - 1, mentions, g))
            out += [(m.end, key, ids) for key in keys]
        elif entity.get("type") == "office" or (m.basis == "title" and not m.ids[0].startswith(TITLE)):
            before = _KATAKANA_NAME.search(text, max(0, m.start - 20), m.start)
            if before is not None and before.group().strip("・"):
                ids = (*written.get(m.start, ()), *m.ids)
                out.append((m.end, re.split("・", before.group().strip("・"))[-1], ids))
            name = _ideograph_name_before(text, cover, m.start)
            if name:  # `彭倍尼總統` (a name the data lacks): `彭總統` later is that title's holder too
                out += [(m.end, key, m.ids) for key in (name[:1], name[:2])]
            after = _LATIN_NAME.match(text, m.end)
            if after is not None:
                ids = (*written.get(after.end(), ()), *m.ids) if after.start(1) in written_at else m.ids
                out.append((after.end(), after.group(1).split()[-1], ids))
    return out


def _post_state_before(text: str, end: int, mentions: list[EntityMention], g: Gazetteer) -> tuple[str, ...]:
    """The one state a Japanese post's title ending at `end` names (`<state><body><post>の<Name>氏`, act69): the
    run of ideographs before `end` (sixteen at most) ends in a post's word ('title_ends_cjk', 'person_post_ends')
    and every mention inside it names that one state; () otherwise. A name as written introduced so is that
    state's person, and a later `<family>氏` names the state with them."""
    words, _ = _post_words()
    if not any(text.startswith(w, end - len(w)) for w in words):
        return ()
    start = end
    while start > max(0, end - 16) and "\u3400" <= text[start - 1] <= "\u9fff":
        start -= 1
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    states = {i for m in inside for i in m.ids}
    if len(states) != 1 or any(len(m.ids) != 1 for m in inside):
        return ()
    state = next(iter(states))
    return (state,) if (g.entities.get(state) or {}).get("type") == "state" else ()


_IDEOGRAPH_RUN = re.compile(r"(?:(?<![\u3400-\u9fff])|(?<=[的之]))[\u3400-\u9fff]{3,4}$")


class _LazyCover:
    """`SpanCover` of the spans of `mentions`, made when it is first asked (`overlaps`): most texts hold no name
    in ideographs before a title, and ordering the document's mentions is then not needed."""

    def __init__(self, mentions: list[EntityMention]) -> None:
        self._mentions = mentions
        self._cover: SpanCover | None = None

    def overlaps(self, start: int, end: int) -> bool:
        if self._cover is None:
            self._cover = SpanCover(map(SPAN, self._mentions))
        return self._cover.overlaps(start, end)


def _ideograph_name_before(text: str, mentions: _LazyCover, title_start: int) -> str:
    """A name in ideographs the data does not know, written right before a title (`彭倍尼總統`): three or four
    ideographs standing alone between the title and what is no ideograph (a stop, the line's start) or a `的`,
    none of them part of another mention (`美國總統` is a state's title, not a name); "" when there is none. Its
    first one or two characters are the family keys a later `彭總統` is read with, as a known person's are.
    `mentions`: the spans of the document's mentions; one starting before the title and ending inside the run
    overlaps `[run start, title_start)` (fast66: a bisection, not a walk of every mention for each title)."""
    run = _IDEOGRAPH_RUN.search(text, max(0, title_start - 5), title_start)
    if run is None:
        return ""
    if mentions.overlaps(run.start(), title_start):
        return ""
    return run.group()


def _first_person_of_sentence_before(
    text: str, mentions: list[EntityMention], at: int, g: Gazetteer, reach: int
) -> tuple[str, ...]:
    """The first person (or resolved title of a person) of the nearest sentence before `at` that names one: the
    subject a `同氏` refers back to (`Aは…Bと会談した。同氏は…` is A). A title and the name beside it are one
    person, the name's (`總理普拉昌達` is the person, not the office), and a reference read before (`他`, `同氏`:
    in `mentions` when the caller gives those it has read) is the person it was read as, so that a chain of
    pronouns keeps its subject."""
    stop = max(text.rfind("。", 0, at), text.rfind("\n", 0, at))
    while stop > 0 and at - stop < reach:
        begin = max(text.rfind("。", 0, stop), text.rfind("\n", 0, stop)) + 1
        people = _people_between(text, mentions, begin, stop, g) if begin < stop else []
        if people:
            return people[0][0]
        stop = begin - 1
    return ()


_SENTENCE_END = re.compile(r"[。！？]|[.!?](?=\s+[A-Z\d])|\n")


def _person_kind(m: EntityMention, g: Gazetteer) -> bool:
    """Does `m` name a person: one the data knows, or a title resolved to its office or state?"""
    if not m.ids or m.ids[0].startswith(TITLE):
        return False
    kind = g.entities.get(m.ids[0], {}).get("type")
    return kind in ("person", "office") or (m.basis == "title" and kind == "state")


def _person_of_object_pronoun(
    text: str, mentions: list[EntityMention], at: int, g: Gazetteer, reach: int
) -> tuple[str, ...]:
    """The person an object pronoun at `at` refers back to (`习近平会见了他`, `海妮總統隨即與他…`, `その後、彼と
    会談`, `toured … with him`): not its own clause's subject, the person named last before it, but the one named
    before that in its clause, else the person named last before its clause in its sentence (a Chinese clause
    begins after `，`; a Japanese `、` or an English comma leaves the sentence's subject in the clause), else the
    person the nearest sentence before names last, of those its own clause has not named (`A抵达北京。当天，B会见
    了他` is A; `A…B出迎え。その後、彼と会談` is B, the other side of the act, since the first person of that
    sentence goes on as the subject)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - reach), at) if m.end() <= at]
    begin = ends[-1] if ends else max(0, at - reach)
    clause = max(begin, text.rfind("，", begin, at) + 1, text.rfind("；", begin, at) + 1)
    if text[at : at + 1].isascii():  # English word order: the subject opens its clause (enact69)
        subject, others = _english_object(text, mentions, begin, at, g)
        if others:
            return others[-1]
        named = subject
        clause = begin
    else:
        own = _people_between(text, mentions, clause, at, g)
        if len(own) >= 2:
            return own[-2][0]
        named = {i for _, ids in own for i in ids}
    if clause > begin:  # a Chinese clause after a comma: the person of the clauses before it (`孟晚舟…，…對她的`)
        found = [first for first, ids in _people_between(text, mentions, begin, clause, g) if not ids & named]
        if found:
            return found[-1]
    starts = [max(0, at - reach), *ends[:-1]] if ends else []  # no sentence end before it: no sentence before
    for stop, start in zip(reversed(ends), reversed(starts), strict=True):
        people = _people_between(text, mentions, start, stop, g)
        found = [first for first, ids in people if not ids & named]
        if found:
            return found[-1]
        if people:
            return ()  # the sentence before names only the pronoun's own subject: no one else to refer to
    return ()


_EN_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas)\s+")  # where an English sentence opens a clause


def _english_object(
    text: str, mentions: list[EntityMention], begin: int, at: int, g: Gazetteer
) -> tuple[set[str], list[tuple[str, ...]]]:
    """Of an English object pronoun at `at` in the sentence from `begin` (`<A> met <B> and briefed him`, `<A>
    received him, and <B> held talks with him`): its clause's subject (every id of the first person its clause names
    before it, the clause opening after `;` or `, and`, else the sentence's first, a possessive `his` being no
    subject) and the people of its sentence before it who are not that subject, in order (a pronoun read before
    counting as its person). English puts the subject first and the object after the verb, so the pronoun is the
    last of them (enact69); the order of Chinese and Japanese clauses is `_person_of_object_pronoun`'s own."""
    people = _people_between(text, mentions, begin, at, g)
    if not people:
        return set(), []
    opens = [found.end() for found in _EN_CLAUSE.finditer(text, begin, at)]
    words = _words()
    no_subject = {*words.possessives_en, *words.object_literals} if words else set()  # his, her, him
    firsts = sorted(
        (m.start, m.ids) for m in mentions if begin <= m.start < at and _person_kind(m, g) and m.alias not in no_subject
    )
    subject: set[str] = set()
    for start in [*reversed(opens), begin]:
        head = next((ids for s, ids in firsts if s >= start), None)
        if head is not None:
            subject = set(head)
            break
    return subject, [first for first, ids in people if not ids & subject]


_BESIDE_NAME = re.compile(
    r"[\s（）()A-Za-zÀ-ÿ·・.'’-]{0,40}"
)  # what stands between a name and its title: `（Hilda Heine）`
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")  # a word in lower case, in English text between two people


@cache
def _beside_name_words_en() -> frozenset[str]:
    """discourse.json `refer_back` 'beside_name_words_en': the words in lower case that may stand between a title
    and the name written beside it (`of`, a name's particles)."""
    return frozenset(load_discourse().get("refer_back", {}).get("beside_name_words_en", ()))


def _beside(gap: str) -> bool:
    """Do a title (or name) and a name with `gap` between them name one person? Only brackets, spaces,
    capitalised words and the words of 'beside_name_words_en' may stand between them (`Prime Minister of <state>
    <Name>`, `（<Name>）`); another word in lower case is English word order's verb or conjunction between two
    people (`<A> received <B>`, `<A> and <B>`: two people, enact69)."""
    if not _BESIDE_NAME.fullmatch(gap) or _SENTENCE_END.search(gap):
        return False
    allowed = _beside_name_words_en()
    return all(w in allowed for w in _LOWER_WORD.findall(gap))


def _people_between(
    text: str, mentions: list[EntityMention], begin: int, end: int, g: Gazetteer
) -> list[tuple[tuple[str, ...], set[str]]]:
    """The people named between `begin` and `end`, in order, as (ids to refer to, every id they are named by and
    the states those are part of): a name and the title written beside it (`海妮（Hilda Heine）總統`, `President
    Andrzej Duda`) are one person, whose person id (when the data knows them) is the one referred to; a title
    that stands for its holder (`同大統領`) is told from another person by its state."""
    people: list[tuple[tuple[str, ...], set[str]]] = []
    last_end = -1
    for m in sorted((m for m in mentions if begin <= m.start < end and _person_kind(m, g)), key=lambda m: m.start):
        gap = text[last_end : m.start] if last_end >= 0 else None
        if people and gap is not None and _beside(gap):
            first, ids = people[-1]
            person = g.entities.get(m.ids[0], {}).get("type") == "person"
            people[-1] = (m.ids if person and not _is_person(first, g) else first, ids | _with_states(m.ids, g))
        else:
            people.append((m.ids, _with_states(m.ids, g)))
        last_end = max(last_end, m.end)
    return people


def _titled_family_names(
    text: str, mentions: list[EntityMention], full: list[tuple[int, str, tuple[str, ...]]], words: _Words
) -> list[EntityMention]:
    """`mentions` with each family name written in full before and standing right before a title (`賴總統`,
    `尹大統領`) read with its title as the person named before: the title is that person's own, not the office
    of whichever state the paragraph names last."""
    keys = sorted({k for _, k, _ in full if not k.isascii()}, key=len, reverse=True)
    if not keys or not words.titles_cjk or not holds_any(text, words.titles_cjk):
        return mentions
    titled = re.compile(f"({'|'.join(map(re.escape, keys))})(?:{'|'.join(map(re.escape, words.titles_cjk))})")
    added: list[EntityMention] = []
    # a match begins with a key and holds a title right after it (`screened_search`)
    for found in screened_finditer(titled, text, words.titles_cjk, len(keys[0])):
        before = [(end, ids) for end, k, ids in full if k == found.group(1) and end <= found.start()]
        before = [(end, ids) for end, ids in before if found.start() - end <= words.reach]
        inside = [m for m in mentions if found.start() <= m.start and m.end <= found.end()]
        if not before or any(m.basis != "title" for m in inside):
            continue
        if any(m.start < found.end() and found.start() < m.end and m not in inside for m in mentions):
            continue  # part of a longer name the gazetteer found
        added.append(EntityMention(found.start(), found.end(), found.group(), max(before)[1], "refer-back"))
    if not added:
        return mentions
    spans = [(m.start, m.end) for m in added]
    kept = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


def _leader_of(mentions: list[EntityMention], start: int, end: int, g: Gazetteer, words: _Words) -> tuple[str, ...]:
    """The person `the Turkish leader` refers back to: the state's word (`Turkish`, a name of one state) between
    `start` and `end`, and the nearest person named before it, within `reach`, who is that state's and holds or
    held one of `leader_roles` (a head of state or of government) — the leader the text named. Nobody when the
    text named none."""
    state = next((m.ids for m in mentions if m.start == start and m.end == end and len(m.ids) == 1), None)
    if state is None or g.entities.get(state[0], {}).get("type") != "state":
        return ()
    for m in sorted((m for m in mentions if start - words.reach <= m.start < start), key=lambda m: -m.start):
        if not _is_person(m.ids, g):
            continue
        entity = g.entities[m.ids[0]]
        roles = {g.entities.get(r["office"], {}).get("role") for r in entity.get("roles", [])}
        if entity.get("part_of") == state[0] and roles & words.leader_roles:
            return m.ids
    return ()


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1


def _first_person_between(
    text: str, mentions: list[EntityMention], begin: int, end: int, g: Gazetteer
) -> tuple[str, ...]:
    people = _people_between(text, mentions, begin, end, g)
    return people[0][0] if people else ()


def _with_states(ids: tuple[str, ...], g: Gazetteer) -> set[str]:
    return {*ids, *(s for i in ids if (s := g.entities.get(i, {}).get("part_of")))}


def _is_person(ids: tuple[str, ...], g: Gazetteer) -> bool:
    return bool(ids) and g.entities.get(ids[0], {}).get("type") == "person"


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_SENTENCE_END_EN = re.compile(r"[.!?](?=\s+[A-Z\d])|\n")


def _person_of_pronoun(
    text: str, mentions: list[EntityMention], at: int, g: Gazetteer, words: _Words
) -> tuple[str, ...]:
    """The person an English `he`/`she` at `at` refers back to: the first person (a name, or an office or title
    that stands for its holder: `the President`) named before it in its sentence, else the first of the nearest
    sentence before that names one (the subject it continues with). Nobody when its own sentence names, before
    it, someone the data does not know (`When Prince Mohammed came …, he`): that may be whom it means."""
    ends = [e for m in _SENTENCE_END_EN.finditer(text, max(0, at - words.reach), at + 2) if (e := m.end()) <= at]
    starts = [*reversed(ends), max(0, at - words.reach)]
    covered = [(m.start, m.end) for m in mentions if m.start < at]
    for name in _CAPITALISED.finditer(text, starts[0], at):
        inside = any(a <= name.start() < b for a, b in covered)
        if not inside and name.group().casefold() not in words.not_names and text[starts[0] : name.start()].strip():
            return ()
    stop = at
    for begin in starts:
        for m in mentions:
            if begin <= m.start < stop and m.ids and not m.ids[0].startswith(TITLE):
                kind = g.entities.get(m.ids[0], {}).get("type")
                if kind == "person" or (kind == "office" and (m.basis == "title" or not m.basis)):
                    return m.ids
                if kind == "state" and (post := _bare_post(text, mentions, m, words)):
                    return _leader_of(mentions, m.start, m.end, g, words) or post
        stop = begin
    return ()


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _bare_post(text: str, mentions: list[EntityMention], m: EntityMention, words: _Words) -> tuple[str, ...]:
    """The state of a post named by its adjective and no name (`the Soviet leader`, `the Greek minister`: `the`, a
    mention of one state, a noun of 'bare_titles_en'), which a later `he`/`she` continues with as a person of that
    state (enact70); nothing when a name follows the post (`the Greek minister, <Name>,`: the name is whom it is)."""
    if words.bare_title_en is None or len(m.ids) != 1 or not _THE_BEFORE.search(text, max(0, m.start - 8), m.start):
        return ()
    noun = words.bare_title_en.match(text, m.end)
    if noun is None:
        return ()
    after = noun.end()
    if any(after <= n.start <= after + 2 for n in mentions):
        return ()  # a name right after the post (apposed or glued) is the person it is
    return m.ids


def refer_back(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """`mentions` with each family name under an honorific and each `同氏` that refers back to a full mention
    before it added (basis `refer-back`), then each bare family name of a person a titled introduction named
    (`named_again`, basis `named-again`); a span a mention already covers is left as it is."""
    from allyscope.glossed_names import glossed_people
    from allyscope.listed_people import listed_people
    from allyscope.named_again import named_again
    from allyscope.short_forms import short_forms
    from allyscope.titled_holders import titled_holders

    mentions = glossed_people(text, mentions, g)  # a transliteration glossed in Latin letters: the gloss's person
    mentions = listed_people(text, mentions, g)  # a list of people, or after a plural title: each as written
    mentions = short_forms(text, mentions, g)  # `Yoon` after `Yoon Suk Yeol`: the person named in full before
    full = _full_mentions(text, mentions, g)  # once, for both readings
    mentions = named_again(text, _refer_back(text, mentions, g, full), g, full)
    return titled_holders(text, mentions, g)  # `吳部長` with no full mention before: the one holder that fits


def _refer_back(
    text: str, mentions: list[EntityMention], g: Gazetteer, full: list[tuple[int, str, tuple[str, ...]]]
) -> list[EntityMention]:
    words = _words()
    if words is None:
        return mentions
    has_cjk = holds_any(text, (*words.honorific_cjk, *words.same_person))
    has_en = _may_refer_in_english(text, words)
    has_object = words.object_pronoun is not None and holds_any(text, words.object_literals)
    has_cjk = has_cjk or holds_any(text, words.titles_cjk)
    has_leader = words.leader_en is not None and " leader" in text
    opening = _opening_titles()
    has_opening = opening is not None and holds_any(text, opening.titles)
    if not (has_cjk or has_en or has_object or has_leader or has_opening):
        return mentions
    mentions = _titled_family_names(text, mentions, full, words)
    if has_cjk:
        mentions = _without_inner_collectives(text, mentions, words.same_person)
    taken = SpanCover(map(SPAN, mentions))
    added: list[EntityMention] = []

    def add(start: int, end: int, ids: tuple[str, ...]) -> None:
        if ids and not taken.overlaps(start, end):
            added.append(EntityMention(start, end, text[start:end], ids, "refer-back"))
            taken.add(start, end)

    def nearest(key: str, at: int) -> tuple[str, ...]:
        before = [(end, ids) for end, k, ids in full if k == key and end <= at and at - end <= words.reach]
        return max(before)[1] if before else ()

    if has_en:
        for found in words.honorific_en.finditer(text):
            add(found.start(), found.end(), nearest(found.group(1), found.start()))
        possessive = words.possessives_en
        for found in words.pronoun_en.finditer(text):  # in order: a pronoun read refers the next one back
            if found.group() in possessive and (
                words.person_after_possessive is not None
                and words.person_after_possessive.match(text, found.end()) is not None
            ):
                continue  # `his successor`, `her counterpart`: the noun is another person, not the possessor
            # a possessive read is no antecedent: `his successor X followed: … he held` is X, not the possessor
            known = sorted([*mentions, *(a for a in added if a.alias not in possessive)], key=lambda m: m.start)
            add(found.start(), found.end(), _person_of_pronoun(text, known, found.start(), g, words))
    if has_cjk:
        for word in words.same_person:
            for found in literal_screen.finditer(re.compile(re.escape(word)), text):
                if not _japanese_sentence(text, found.start()):
                    continue  # Chinese `同国家主席<name>会谈`: `同` is `with`, the title opens the name after it
                known = sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
                add(
                    found.start(),
                    found.end(),
                    _first_person_of_sentence_before(text, known, found.start(), g, words.reach),
                )
        keys = sorted({k for _, k, _ in full if not k.isascii()}, key=len, reverse=True)
        if keys:
            honorifics = "|".join(map(re.escape, words.honorific_cjk))
            pattern = re.compile(f"({'|'.join(map(re.escape, keys))})(?:{honorifics})")
            for found in screened_finditer(pattern, text, words.honorific_cjk, len(keys[0])):  # key, then 氏
                add(found.start(), found.end(), nearest(found.group(1), found.start()))
    if has_opening and opening is not None:
        for found in literal_screen.finditer(opening.pattern, text):
            known = sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
            led = opening.lead_words if found.group().endswith(opening.led_titles) else ()
            add(
                found.start(),
                found.end(),
                _titled_before(text, known, found.start(), found.group(), g, opening.reach, led),
            )
    if has_leader and words.leader_en is not None:
        for found in words.leader_en.finditer(text):
            add(found.start(2), found.end(2), _leader_of(mentions, found.start(1), found.end(1), g, words))
    if has_object and words.subject_pronoun is not None:
        for found in screened_finditer(words.subject_pronoun, text, words.object_literals, words.subject_reach):
            group = found.lastindex or 0
            start, end = found.start(group), found.end(group)
            own = _first_person_between(text, mentions, _sentence_start(text, start), start, g)
            # the pronouns read so far count as their persons: a subject pronoun goes on with the subject the
            # sentence before went on with (`A抵达…。他与B会谈…。他转往…` is A twice, not B, whom the second
            # sentence names first by name), as an English pronoun read refers the next one back
            known = sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
            add(start, end, own or _first_person_of_sentence_before(text, known, start, g, words.reach))
    if has_object and words.object_pronoun is not None:
        for found in screened_finditer(words.object_pronoun, text, words.object_literals, words.object_reach):
            group = found.lastindex or 0
            known = sorted([*mentions, *added], key=lambda m: m.start)
            start, end = found.start(group), found.end(group)
            add(start, end, _person_of_object_pronoun(text, known, start, g, words.reach))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def _without_inner_collectives(
    text: str, mentions: list[EntityMention], same_person: tuple[str, ...]
) -> list[EntityMention]:
    """`mentions` without a collective reading (`同国`: that state) that lies inside a longer word of
    `same_person` in a Japanese sentence (act73: `同国家主席と` is `同` + `国家主席`, the said president, not `同国` +
    `家主席`), so that the word is read as the person it refers back to; the state comes with that person."""
    inner: set[tuple[int, int]] = set()
    for word in same_person:
        for found in literal_screen.finditer(re.compile(re.escape(word)), text):
            if _japanese_sentence(text, found.start()):
                inner.update(
                    (m.start, m.end)
                    for m in mentions
                    if _collective(m) and found.start() <= m.start and m.end < found.end()
                )
    return [m for m in mentions if (m.start, m.end) not in inner or not _collective(m)] if inner else mentions


def _collective(m: EntityMention) -> bool:
    """Is `m` a collective word the discourse resolves later (`同国`, `両国`: ids `collective:N`)?"""
    return bool(m.ids) and all(i.startswith("collective:") for i in m.ids)


_HIRAGANA = re.compile("[\u3041-\u309f]")


def _japanese_sentence(text: str, at: int) -> bool:
    """Is the sentence holding `at` Japanese (act73): does it hold a hiragana? `同` before a title is `the said`
    only in Japanese (`同国家主席と会談`); in Chinese it is the preposition `with` (`同国家主席<name>举行会谈`),
    and a Chinese sentence holds no kana."""
    begin = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    end = min(x for x in (text.find("。", at), text.find("\n", at), len(text)) if x >= 0)
    return _HIRAGANA.search(text, begin, end) is not None


class _OpeningTitles(NamedTuple):
    titles: tuple[str, ...]
    pattern: re.Pattern[str]  # one of `titles` opening a sentence or a line, before none of 'not_before'
    reach: int
    led_titles: tuple[str, ...] = ()  # a delegation's head (`团长`): also the person named before a word of leading
    lead_words: tuple[str, ...] = ()  # `率领`, `率領`


@cache
def _opening_titles() -> _OpeningTitles | None:
    """discourse.json refer_back 'opening_titles_cjk' (act72), read once."""
    data = load_discourse().get("refer_back", {}).get("opening_titles_cjk")
    if not data or not data.get("titles"):
        return None
    titles = tuple(sorted(data["titles"], key=len, reverse=True))
    not_before = "".join(map(re.escape, data.get("not_before", "")))
    tail = f"(?![{not_before}])" if not_before else ""
    pattern = re.compile(f"(?<![^\n。])(?:{'|'.join(map(re.escape, titles))}){tail}")
    led = tuple(data.get("led_titles", ()))
    return _OpeningTitles(titles, pattern, int(data["reach"]), led, tuple(data.get("lead_words", ())))


def _titled_before(
    text: str,
    mentions: list[EntityMention],
    at: int,
    title: str,
    g: Gazetteer,
    reach: int,
    lead_words: tuple[str, ...] = (),
) -> tuple[str, ...]:
    """The person a bare title opening a sentence refers back to (act72: `部长当天还出席了…`, `秘書長並…`): the first
    person of the nearest sentence before, within `reach` characters, who was named right after that title
    (`…工业部长<name>与…`, `…商务部部长<name>…`): the subject the new sentence goes on with, whether the data knows
    them or they were read as written. Nobody when no sentence so near names one so (the title stage's reading,
    the state its paragraph names, stands). A delegation's head (act73: `代表團團長29日…`) is also the person that
    sentence names right before a word of leading (`lead_words`: `<name>率領的代表團…`): who led it is its head,
    though no title `团长` was written beside the name."""
    stop = max(text.rfind("。", 0, at), text.rfind("\n", 0, at))
    while stop > 0 and at - stop < reach:
        begin = max(text.rfind("。", 0, stop), text.rfind("\n", 0, stop)) + 1
        for m in mentions:
            if m.start >= stop:
                break
            titled = m.start >= begin + len(title) and text.startswith(title, m.start - len(title))
            leading = any(text.startswith(word, m.end) for word in lead_words)
            if (titled or leading) and _is_person(m.ids, g):
                return m.ids
        stop = begin - 1
    return ()


@cache
def _post_words() -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """The words a post's title ends with (`discourse.json` `as_written` 'title_ends_cjk' and `data/cjk_names.json`
    'person_post_ends', `議員`, `総裁`, `会長`), longest first, and a pattern of a compound title after a name:
    up to six ideographs and one of them, no ideograph after it (`<Name><party>副総裁が`)."""
    from allyscope.adhoc_people import person_post_ends

    ends = load_discourse().get("as_written", {}).get("title_ends_cjk", [])
    words = tuple(sorted({*ends, *person_post_ends()}, key=len, reverse=True))
    if not words:
        return (), None
    alternation = "|".join(map(re.escape, words))
    return words, re.compile(f"[\\u3400-\\u9fff]{{0,6}}?(?:{alternation})(?![\\u3400-\\u9fff々])")


def _compound_start(text: str, end: int) -> int:
    """Where the run of ideographs ending at `end` starts, ten characters back at most (a title compound before a
    name)."""
    at = end
    while at > max(0, end - 10) and ("\u3400" <= text[at - 1] <= "\u9fff" or text[at - 1] == "々"):
        at -= 1
    return at


def states_of_titled_people(
    text: str, mentions: list[EntityMention], g: Gazetteer, dated: Any = None
) -> list[EntityMention]:
    """`mentions` with the own state of each person the data knows whose name stands glued to a post's title
    while the date the name is read on falls outside every term the data gives them (act69, issue 14 item 3).

    A person named outside their terms brings no state in (`events._with_bodies`: the office is not inferred), yet
    a title written with the name (`<post><Name>`, `<Name><party><post>`: a word of 'title_ends_cjk' or
    'person_post_ends' right before the name, or a compound of up to six ideographs ending in one right after it)
    says they act in a post of their side: the title decides, the person stays the person. The person's own
    `part_of` state is then named over the title's word (basis `person-post`), where that state is a state, the
    title's compound names no other entity (a post of an organisation, `<alliance>前秘书长<Name>`, is not their
    state's) and no mention covers the word already (a title the data reads as an office brings its own state).
    `dated(offset)` gives the date a mention is read on (`entities.dated_at`); without it nothing is added."""
    if dated is None or not mentions:
        return mentions
    from allyscope.entities import acting_for

    words, after = _post_words()
    if after is None:
        return mentions
    added: list[EntityMention] = []
    taken = [(m.start, m.end) for m in mentions]
    for m in mentions:
        if len(m.ids) != 1 or not m.ids[0].startswith("person:") or m.basis:
            continue
        entity = g.entities.get(m.ids[0]) or {}
        home = entity.get("part_of")
        if not entity.get("roles") or not home or (g.entities.get(home) or {}).get("type") != "state":
            continue
        when = dated(m.start)
        if when is None or acting_for(m.ids[0], when) != []:
            continue  # in a term (the office brings its state) or a date too vague to tell
        spans: list[tuple[int, int]] = []
        before = next((w for w in words if text.startswith(w, m.start - len(w)) and m.start >= len(w)), None)
        if before is not None:
            spans.append((m.start - len(before), m.start))
            compound = (_compound_start(text, m.start - len(before)), m.start)
        else:
            found = after.match(text, m.end)
            if found is None:
                continue
            spans.append((found.start(), found.end()))
            compound = (found.start(), found.end())
        inside = [o for o in mentions if compound[0] <= o.start and o.end <= compound[1]]
        if any(set(o.ids) != {home} for o in inside):
            continue  # the compound names another body or state: the post is not one of the person's state
        a, b = spans[0]
        if any(s < b and a < e for s, e in taken):
            continue
        added.append(EntityMention(a, b, text[a:b], (home,), "person-post"))
        taken.append((a, b))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=operator.attrgetter("start", "end"))
