"""Dates counted from an act the text names, in all four languages: `a month after the Athens visit`, `Two
months after that state visit`, `two days after the talks`, `会談の2日後`, `会谈的两天后`, `會談三個月後`, `会談の前日`,
`会谈半年后`. The span counts from the act's own date, not from the date told last: in `10月31日舉行會談…；11月1日
拜會立法院。會談兩天後，…` the signing is two days after the talks (2 November), not after the visit to the
legislature.

Why one pass of its own, after every region is read (`dates.stage`): the act is named in one sentence and dated in
another, often a paragraph before (a journalist's question, then the answer), so the phrase is read across the whole
text once every date is known, as `occasions` reads `during the visit`. The paragraph's reader (`reading`) reads a
count (`2日後`, `Two days after`) from the date told last, as a count naming no act is read; this pass finds the act a
count names and, when the text dated it, dates the count from it instead (or adds the date when the paragraph's
reader read none: `…, and three months after the Asunción trip the ministries met`). Before this module the English
phrases were read here and the Chinese and Japanese ones inside the paragraph's reader, with their own rules.

How the act is found, the same way in every language: after `that`/`this` it is the happening dated last before the
phrase's sentence; otherwise it is the latest earlier place that names it (the noun before a Chinese or Japanese
count, a word of the English phrase: `Athens`, `visit`), a place that is itself the base of another date
(`会談の前日`, `会谈后`) telling no day of it, dated by its clause's date: in Chinese and Japanese the latest date
before the place in its sentence (a clause opens with its date), else the first after it; in English, where a date
stands either side of its act (`His trip to Asunción on June 2, 2024`), the nearest within a few words. The words
are data (`date_rules.json`, `counted_after_an_act`); `anniversary_days` reads `建交五十周年当日` the same way.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from allyscope.dates.keyed import holds_english, keyed_starts, matches_at
from allyscope.dates.values import DateMention, number, rules

_SENTENCE_END = re.compile(r"[。！？!?]|\.(?:\s|$)|\n")
_NEAR = 40  # characters between a named English word and a date after it of its act, at most
_HAN = r"\u3400-\u9fff"


@dataclass(frozen=True, slots=True)
class CountPhrase:
    """One count naming its act: where its words are, what it counts (`unit`, a signed `count`; `half` for `半年`)
    and how it names the act (`names`: the words to look for; `recent`: `that`/`this`, the happening told last)."""

    start: int
    end: int
    count_start: int
    unit: str
    count: int
    names: tuple[str, ...]
    recent: bool = False
    half: bool = False


def _rules() -> dict[str, Any]:
    r: dict[str, Any] = rules()["counted_after_an_act"]
    return r


def _alternatives(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _english() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The unit and direction of an English count (`days after`: rare, looked for first) and the whole phrase from
    its count on (`two days after the Kremlin signing`), matched where the count before the unit starts."""
    r = _rules()
    # `the day after the signing`, `the week after the summit`: a definite article counts one unit (rec47)
    counts = _alternatives((*rules()["number_words_en"], *r["definite_one_en"]))
    dets = _alternatives((*r["recent_determiners_en"], *r["determiners_en"]))
    units, directions = _alternatives(r["units_en"]), _alternatives(r["directions_en"])
    return re.compile(rf"(?i)(?<![\w-])(?:{units})\s+(?:{directions})\s"), re.compile(
        rf"(?i)(?<![\w-])(?P<count>\d{{1,2}}|{counts})\s+(?P<unit>{units})\s+"
        rf"(?P<dir>{directions})\s+(?P<det>{dets})\s+"
        rf"(?P<words>(?:[\w'’.-]+\s+){{0,3}}?)(?P<noun>{_alternatives(r['acts_en'])})(?![\w-])"
    )


_WORD_BEFORE = re.compile(r"[\w-]+\s+$")


@cache
def _cjk() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The unit and direction of a Chinese or Japanese count (`日後`, `个月后`, `年后`) or a day word (`前日`),
    looked for first (they are rare; a noun is anywhere); then the count right before the unit (`2`, `两`, `半`);
    then the noun right before the count that names the act: one of `acts_cjk` alone, or any two to four
    characters and a link (`峰会的`, `協議の`)."""
    r = _rules()
    tail = rf"(?P<unit>{_alternatives(r['units_cjk'])})(?P<dir>{_alternatives(r['directions_cjk'])})"
    words = rf"(?P<dayword>{_alternatives(r['day_words_cjk'])})"
    count = r"(?<![\d〇零一二两兩三四五六七八九十百])(?P<count>\d{1,3}|[〇零一二两兩三四五六七八九十百]{1,4}|半)\s*$"
    acts, links = _alternatives(r["acts_cjk"]), _alternatives(r["links_cjk"])
    noun = rf"(?:(?P<act>{acts})|(?P<named>[{_HAN}]{{2,4}})(?:{links}))\s*$"
    return re.compile(rf"{tail}|{words}"), re.compile(count), re.compile(noun)


@cache
def _tail_keys() -> tuple[tuple[str, int], ...]:
    """Every word `_cjk`'s first expression matches (a unit and a direction, `日後`, `个月之后`; a day word, `前日`),
    each with its key (`keyed`): a direction's last character (`后`, `後`, `前`), which prose holds far less often
    than a unit's (`日`, `年`, `月`); a day word's first. Every match of the expression begins with one of them."""
    r = _rules()
    tails = ((u + d, len(u) + len(d) - 1) for u in r["units_cjk"] for d in r["directions_cjk"])
    return (*tails, *((w, 0) for w in r["day_words_cjk"]))


_NOUN_BEFORE = 10  # characters before a count that may hold its noun and link
_COUNT_BEFORE = 6  # characters before a unit that may hold its count


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if word.lower() in _rules()["definite_one_en"]:
        return 1  # `The day after the signing`: one day
    value = rules()["number_words_en"].get(word.lower())
    if value is not None:
        return int(value)
    if all(c in "〇零一二两兩三四五六七八九十百" for c in word):
        return number(word.replace("两", "二").replace("兩", "二"))
    return None


def _named_words(found: re.Match[str]) -> tuple[str, ...]:
    """The words of an English phrase that name its act (`Athens`, `visit`), not its function words."""
    skip = set(_rules()["not_naming_en"])
    words = [*found.group("words").split(), found.group("noun")]
    return tuple(w.strip("'’.").removesuffix("'s").removesuffix("’s") for w in words if w.lower() not in skip)


def _cjk_names(found: re.Match[str]) -> tuple[str, ...]:
    """The nouns a Chinese or Japanese count may name, longest first: `峰会的` → `峰会`; before a link the
    characters may run on into the word before (`国会談の`), so its shorter tails are names too."""
    if found.group("act"):
        return (found.group("act"),)
    named = found.group("named")
    return tuple(named[i:] for i in range(len(named) - 1))


def count_phrases(text: str) -> list[CountPhrase]:
    """Every count of `text` that names its act, in text order."""
    r = _rules()
    out: list[CountPhrase] = []
    if holds_english(text, tuple(r["directions_en"])):
        units, phrase = _english()
        for hit in units.finditer(text):
            before = _WORD_BEFORE.search(text, max(0, hit.start() - 16), hit.start())
            found = phrase.match(text, before.start()) if before else None
            count = _count(found.group("count")) if found else None
            if found is None or count is None:
                continue
            recent = found.group("det").lower() in r["recent_determiners_en"]
            names = () if recent else _named_words(found)
            unit, step = r["units_en"][found.group("unit").lower()], r["directions_en"][found.group("dir").lower()]
            out.append(CountPhrase(found.start(), found.end(), found.start(), unit, count * step, names, recent))
    tails, counts, nouns = _cjk()
    for found in matches_at(tails, text, keyed_starts(text, _tail_keys())):
        if found.group("dayword"):
            at, number_of = found.start(), None
        else:
            number_of = counts.search(text, max(0, found.start() - _COUNT_BEFORE), found.start())
            if number_of is None:
                continue
            at = number_of.start()
        noun = nouns.search(text, max(0, at - _NOUN_BEFORE), at)
        if noun is None:
            continue  # `两天后` after a date: counted from the date told last, by the paragraph's reader
        names = _cjk_names(noun)
        if number_of is None:
            step = r["day_words_cjk"][found.group("dayword")]
            out.append(CountPhrase(noun.start(), found.end(), at, "day", step, names))
            continue
        unit = r["units_cjk"][found.group("unit")]
        half = number_of.group("count") == "半"
        if half and unit != "year":
            continue  # `半个月后`: half a month is no count this reader makes
        count = 1 if half else _count(number_of.group("count"))
        if count is None or count == 0:
            continue
        step = count * r["directions_cjk"][found.group("dir")]
        out.append(CountPhrase(noun.start(), found.end(), at, unit, step, names, half=half))
    return sorted(out, key=lambda p: p.start)


def _sentence_start(text: str, at: int) -> int:
    return max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)


def _sentence_end(text: str, at: int) -> int:
    ends = _SENTENCE_END.search(text, at)
    return ends.start() if ends else len(text)


def _dated(mentions: list[DateMention]) -> list[DateMention]:
    return [m for m in mentions if m.dates_event and "/.." not in m.edtf]


def _based_on(text: str, place: int, length: int, mentions: list[DateMention]) -> bool:
    """Is the act named at `place` the base of another date (`会談の前日`, `会谈后`, `会談の2日後`), which tells no day
    of it?"""
    after = place + length
    if text[after : after + 1] in tuple(_rules()["links_cjk"]):
        return True
    return any(m.start == after or m.end == place for m in mentions)


def act_date(text: str, phrase: CountPhrase, mentions: list[DateMention]) -> DateMention | None:
    """The dated happening a count names (module docstring), or None when the text tells none before it."""
    dated = [m for m in _dated(mentions) if m.end <= phrase.start and not phrase.start <= m.start < phrase.end]
    if phrase.recent:
        opening = _sentence_start(text, phrase.start)
        before = [m for m in dated if m.end <= opening]
        return before[-1] if before else None
    if not phrase.names or not dated:
        return None
    english = phrase.names[0].isascii()
    flags = re.IGNORECASE if english else 0
    edge = r"(?<![\w-])(?:{})(?![\w-])" if english else "(?:{})"
    pattern = re.compile(edge.format("|".join(re.escape(w) for w in phrase.names)), flags)
    places = [m for m in pattern.finditer(text, 0, phrase.start)]
    if english and not places and phrase.unit == "day" and abs(phrase.count) == 1:
        # `signed … on August 6, 2020. The day after the signing, …`: no earlier word names the act as the phrase
        # does (a verb, not its noun); the day after or before it counts from the happening dated last before the
        # phrase's sentence (rec47; a longer count, `Three months before the signing, on July 25, 1994`, may
        # reach back past it and keeps its reading)
        opening = _sentence_start(text, phrase.start)
        before = [m for m in dated if m.end <= opening]
        return before[-1] if before else None
    for place in reversed(places):
        if not english and _based_on(text, place.start(), len(place.group()), mentions):
            continue
        start, stop = _sentence_start(text, place.start()), min(_sentence_end(text, place.start()), phrase.start)
        clause = [m for m in dated if start <= m.start < stop]
        if english:  # a date stands either side of its act (`His trip to Asunción on June 2`): the nearest
            near = [m for m in clause if abs(m.start - place.start()) <= _NEAR + len(m.text)]
            if near:
                return min(near, key=lambda m: abs(m.start - place.start()))
            continue
        before = [m for m in clause if m.start < place.start()]  # a Chinese or Japanese clause opens with its date
        if before or clause:
            return before[-1] if before else clause[0]
    return None


def moved(edtf: str, unit: str, count: int, half: bool = False) -> tuple[str, str] | None:
    """(EDTF, precision) of `edtf` moved by `count` units (negative: back): days and weeks need a day and give one,
    months give a month and years a year (as `two weeks later`, `3か月後` count); `half` a year is six months."""
    parts = edtf.split("/")[0].rstrip("~").split("-")
    if not all(p.isdigit() for p in parts) or int(parts[1] if len(parts) > 1 else 1) > 12:
        return None
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else None
    day = int(parts[2]) if len(parts) > 2 else None
    if half:
        unit, count = "month", 6 * count
    if unit in ("day", "week"):
        if day is None or month is None:
            return None
        moved_day = datetime.date(year, month, day) + datetime.timedelta(days=count * (7 if unit == "week" else 1))
        return moved_day.isoformat(), "day"
    if unit == "month":
        if month is None:
            return None
        index = year * 12 + month - 1 + count
        return f"{index // 12:04d}-{index % 12 + 1:02d}", "month"
    return f"{year + count:04d}", "year"


_GLOSS_GAP = re.compile(r"[\s,，、]*")


def _glosses_a_date(text: str, start: int, mentions: list[DateMention]) -> bool:
    """Does the phrase at `start` follow a date of its clause with only a comma between (`signed on 27 October 2020, a
    week before the election`)? Then the date dates the act and the phrase tells when the other act came: a
    background, no date of its own."""
    return any(m.dates_event and m.end <= start and _GLOSS_GAP.fullmatch(text, m.end, start) for m in mentions)


def _counts_days_back(words: str) -> bool:
    """Are `words` a count of days back (`3日前`, `三天前`: `days_earlier`)?"""
    back = rules()["days_earlier"]
    return any(words.lower().endswith(w) for w in [*back["cjk"], *back["en"]])


def counted_from_named_acts(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """`mentions` (the dates of `text` read so far, in text order) with each count that names a dated act counted
    from that act: a count the paragraph's reader read from the date told last is dated again; a phrase it did not
    read (`…, and three months after the Asunción trip …`) is added, its whole words the date's (its act's noun with
    it, as `after the talks` is: the noun names the act counted from, not a second act of the clause). A count
    whose act has no date before it keeps its reading."""
    phrases = count_phrases(text)
    if not phrases:
        return mentions
    out = list(mentions)
    added: list[DateMention] = []
    for phrase in phrases:
        inside = [i for i, m in enumerate(out) if m.start == phrase.count_start]
        if any(m.start < phrase.end and phrase.start < m.end for m in out if m.start != phrase.count_start):
            continue  # a date of its own in the phrase's words (`after the 2019 summit`): no count
        act = act_date(text, phrase, out)
        if act is None:
            continue
        value = moved(act.edtf, phrase.unit, phrase.count, phrase.half)
        if value is None:
            continue
        if inside and _counts_days_back(out[inside[0]].text):
            # `会談の3日前`: the reader's count back (`days_earlier`) takes the act's noun with it, as an added phrase
            i = inside[0]
            out[i] = replace(out[i], start=phrase.start, end=phrase.end, text=text[phrase.start : phrase.end],
                             edtf=value[0], precision=value[1], kind="relative", basis="relative")  # fmt: skip
        elif inside:
            i = inside[0]
            out[i] = replace(out[i], edtf=value[0], precision=value[1], kind="relative", basis="relative")
        elif not _glosses_a_date(text, phrase.start, out):
            added.append(DateMention(phrase.start, phrase.end, text[phrase.start : phrase.end], value[0], value[1],
                                     "relative", basis="relative"))  # fmt: skip
    return sorted([*out, *added], key=lambda m: m.start) if added else out


@cache
def _anniversary_day() -> re.Pattern[str]:
    r = _rules()["anniversary_day_cjk"]
    words = "|".join(re.escape(w) for w in r["words"])
    days = "|".join(re.escape(w) for w in sorted(r["day_words"], key=len, reverse=True))
    count = r"(?P<count>\d{1,3}|[一二两兩三四五六七八九十百]{1,5})"
    return re.compile(rf"(?P<act>[\u3400-\u9fff]{{2}}){count}\s*(?:{words})(?:{days})")


@cache
def _anniversary_keys() -> tuple[tuple[str, int], ...]:
    """The words of an anniversary (`周年`, `週年`) keyed (`keyed`) by their first character: `年` stands
    everywhere in a Chinese text."""
    return tuple((w, 0) for w in _rules()["anniversary_day_cjk"]["words"])


def anniversary_days(text: str, mentions: list[DateMention]) -> list[tuple[DateMention, DateMention]]:
    """`建交五十周年当日`: the day of an anniversary of an act the text dated before, counted from that act's day (the
    latest day before the phrase whose sentence names the act: `两国于1971年11月2日建交`), each with the mention of the
    day word it replaces (`当日` alone would count from the date told last, the act's own day). A day only: an
    anniversary of a year or a month has no day to fall on."""
    out: list[tuple[DateMention, DateMention]] = []
    if not keyed_starts(text, _anniversary_keys()):
        return out  # no word of an anniversary (`周年`): the expression, tried at every CJK character, finds none
    for found in _anniversary_day().finditer(text):
        inside = [m for m in mentions if found.start() <= m.start < found.end()]
        opening = _sentence_start(text, found.start())
        days = [m for m in mentions if m.end <= opening and m.dates_event and m.precision == "day"]
        act = next((m for m in reversed(days) if found.group("act") in _sentence_around(text, m.start)), None)
        if act is None or len(inside) != 1:
            continue
        year = int(act.edtf[:4]) + number(found.group("count"))
        day = DateMention(found.start("count"), found.end(), text[found.start("count") : found.end()],
                          f"{year:04d}{act.edtf[4:10]}", "day", "relative", basis="relative")  # fmt: skip
        out.append((inside[0], day))
    return out


def _sentence_around(text: str, at: int) -> str:
    return text[_sentence_start(text, at) : _sentence_end(text, at)]
