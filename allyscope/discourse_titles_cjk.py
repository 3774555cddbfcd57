"""A bare Chinese or Japanese monarch's title that refers back to the monarch the text named (issue 14; gaz85).

The counterpart of `discourse_titles` (`the sultan`, `the King`) for texts in ideographs: `阿曼苏丹海赛姆…抵达德黑兰。
莱希…为苏丹举行欢迎仪式`, `汶萊蘇丹哈桑納爾… 習近平…同蘇丹在曼谷舉行了會見`, `约旦国王阿卜杜拉二世… 斯塔默…会见了国王`.
Without it the title is read by what else the text names: `苏丹` is also Sudan's name, so the sultan's hosts met
Sudan; `国王` takes the state its sentence names (`斯塔默…会见了国王`: Britain's king), or is swallowed by a
preposition read as a word (`同国王`: `同国`, `the said country`). A title listed in `titles_back_cjk` 'titles' of
`allyscope/data/discourse.json` stands for the person the text named nearest before it, within 'reach'
characters, when:

- it is bare: no state or person is written right before it (`约旦国王`, `哈桑纳尔苏丹` are a title of their own, read
  by the title stage or the names) and no person right after it (`国王阿卜杜拉二世` introduces the name);
- that person fits the title: one of the entry's 'fits' words is in the person's mention, right before or right
  after it (`阿曼苏丹海赛姆`, `哈桑纳尔苏丹`), or in a Chinese or Japanese name of an office the person holds or held
  (`阿曼苏丹`, `ヨルダン国王`); the tie rule of `discourse_titles` holds (two fitting people whose nearest mentions
  share a sentence: nobody);
- where the title is also a state's name (`苏丹`), nothing says the state is meant: no 'state_after' word follows
  it (`苏丹政府`, `苏丹境内`), no state name is joined to it by a 'joiners' word (`沙特、苏丹`, `伊朗同苏丹`), and its
  clause holds no 'state_acts' word, an act only a state does (`苏丹随后也宣布同伊朗断交`: relations are broken by
  states, not by a sultan).

A title the title stage gave the person's own state (its office) keeps that reading: the office names the holder
on the date. The mention made has basis `title-back` and names the person (their state follows from them)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from allyscope.discourse_holders import nearest_fitting
from allyscope.entities import COLLECTIVE, EntityMention, Gazetteer, gazetteer, load_discourse

BASIS = "title-back"
_NEAR = 8  # how many characters before a person's mention may hold the title it was introduced with (`阿曼苏丹`)
_CLAUSE_END = re.compile(r"[，,；;。！？!?\n]")


@dataclass(frozen=True)
class _Rules:
    fits: dict[str, tuple[str, ...]]  # title as written → the words a fitting person's introduction holds
    pattern: re.Pattern[str]
    reach: int
    state_after: tuple[str, ...]
    state_acts: tuple[str, ...]
    joiners: str
    compound_after: tuple[str, ...] = ()


@cache
def _rules() -> _Rules | None:
    data = load_discourse().get("titles_back_cjk")
    if not data:
        return None
    fits: dict[str, tuple[str, ...]] = {}
    for entry in data["titles"]:
        for word in entry["words"]:
            fits[str(word)] = tuple(str(w) for w in entry["fits"])
    words = "|".join(map(re.escape, sorted(fits, key=len, reverse=True)))
    return _Rules(
        fits=fits,
        pattern=re.compile(f"(?:{words})"),
        reach=int(data.get("reach", 1500)),
        state_after=tuple(sorted(map(str, data.get("state_after", ())), key=len, reverse=True)),
        state_acts=tuple(map(str, data.get("state_acts", ()))),
        joiners=str(data.get("joiners", "")),
        compound_after=tuple(map(str, data.get("compound_after", ()))),
    )


def _kind(g: Gazetteer, ident: str) -> str:
    return str(g.entities.get(ident, {}).get("type", ""))


@lru_cache(maxsize=4096)
def _office_names(ident: str) -> str:
    """The Chinese and Japanese names of the offices person `ident` holds or held, joined (for a word's search)."""
    g = gazetteer()
    names: list[str] = []
    for role in g.entities.get(ident, {}).get("roles", ()):
        aliases = g.entities.get(role["office"], {}).get("aliases", {})
        names += [a for language in ("zh", "zh_Hant", "ja") for a in aliases.get(language, [])]
    return " | ".join(names)


def _fits(text: str, m: EntityMention, fits: tuple[str, ...], g: Gazetteer) -> str:
    """The person `m` names when they were introduced with one of the words `fits` or hold or held an office so
    named; "" otherwise."""
    if len(m.ids) != 1 or _kind(g, m.ids[0]) != "person":
        return ""
    lead = text[max(0, m.start - _NEAR) : m.start]
    for word in fits:
        if (
            _holds(m.alias, word)
            or (lead.endswith(word) and not _inside_longer(lead, len(lead) - len(word), word))
            or (text.startswith(word, m.end) and not _inside_longer(text, m.end, word))
            or _holds(_office_names(m.ids[0]), word)
        ):
            return m.ids[0]
    return ""


@cache
def _longer_words() -> tuple[str, ...]:
    """Every title and fitting word of the rules, longest first."""
    data = load_discourse().get("titles_back_cjk") or {}
    words = {str(w) for entry in data.get("titles", ()) for key in ("words", "fits") for w in entry.get(key, ())}
    return tuple(sorted(words, key=len, reverse=True))


def _inside_longer(text: str, at: int, word: str) -> bool:
    """Is `word`, written at `at` in `text`, part of a longer title word of the rules (gaz88: `大公` inside
    `大公夫人`, the grand duchess's title, names no grand duke)?"""
    for longer in _longer_words():
        if len(longer) <= len(word):
            break
        offset = longer.find(word)
        while offset >= 0:
            if at - offset >= 0 and text.startswith(longer, at - offset):
                return True
            offset = longer.find(word, offset + 1)
    return False


def _holds(text: str, word: str) -> bool:
    """Does `text` hold `word` other than inside a longer title word of the rules?"""
    at = text.find(word)
    while at >= 0:
        if not _inside_longer(text, at, word):
            return True
        at = text.find(word, at + 1)
    return False


def _nearest(text: str, before: list[EntityMention], fits: tuple[str, ...], at: int, reach: int, g: Gazetteer) -> str:
    """The person of the most recent fitting mention in `before` within `reach` (the tie rule:
    `discourse_holders.nearest_fitting`)."""
    return nearest_fitting(text, before, lambda m: _fits(text, m, fits, g), at, reach)


def _state_meant(text: str, mentions: list[EntityMention], start: int, end: int, rules: _Rules, g: Gazetteer) -> bool:
    """Does the text say a title that is also a state's name (`苏丹`) names the state at `[start, end)`?"""
    if text.startswith(rules.state_after, end):
        return True
    for m in mentions:  # a state joined to it by a coordinating word, before or after
        if not m.ids or _kind(g, m.ids[0]) != "state" or m.start <= start < m.end:
            continue
        between = text[m.end : start] if m.end <= start else text[end : m.start]
        if len(between) == 1 and between in rules.joiners:
            return True
    clause_start = max((c.end() for c in _CLAUSE_END.finditer(text, max(0, start - 80), start)), default=0)
    clause_end = _CLAUSE_END.search(text, end)
    clause = text[clause_start : clause_end.start() if clause_end else len(text)]
    return any(word in clause for word in rules.state_acts)


def monarch_titles_referred_back(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """`mentions` with each bare Chinese or Japanese monarch's title that refers back to a monarch named before it
    made that person (basis `title-back`; the module's docstring says when)."""
    rules = _rules()
    if rules is None or not mentions or not rules.pattern.search(text):
        return mentions
    out = list(mentions)
    starts = [m.start for m in out]
    dropped: set[int] = set()
    added: list[EntityMention] = []
    for match in rules.pattern.finditer(text):
        start, end = match.span()
        if rules.compound_after and text.startswith(rules.compound_after, end):
            continue  # gaz88: the title begins a noun of its own (`大公宮`, the palace; `大公國`, the state)
        at = bisect.bisect_left(starts, start)
        previous = out[at - 1] if at else None
        # the mentions are in order of start: none starting at or past the title's end covers it
        covering = [k for k in range(max(0, at - 1), bisect.bisect_left(starts, end)) if out[k].end > start]
        if any(k in dropped for k in covering):
            continue
        # bare: no name glued before the title (`约旦国王`, `哈桑纳尔苏丹`) and none after it (`国王阿卜杜拉二世`)
        if (
            previous is not None
            and previous.end == start
            and previous.ids
            and not previous.ids[0].startswith(COLLECTIVE)
        ):
            continue
        following = next((m for m in out[at:] if m.start >= end), None)
        if (
            following is not None
            and following.start == end
            and following.ids
            and _kind(g, following.ids[0]) == "person"
        ):
            continue
        inside = [out[k] for k in covering]
        kept_office = False
        state_name = False
        ok = True
        for m in inside:
            if m.ids and m.ids[0].startswith(COLLECTIVE) and m.start < start and m.end < end:
                continue  # `同国|王`: a preposition and the title's first character read as `the said country`
            if m.start < start or m.end > end:
                ok = False  # a longer name the stages read (`苏丹共和国`, `南苏丹`)
                break
            if m.basis == "title":
                kept_office = True
            elif m.ids and _kind(g, m.ids[0]) == "state" and len(m.ids) == 1:
                state_name = True
            else:
                ok = False
                break
        if not ok:
            continue
        if state_name and _state_meant(text, out, start, end, rules, g):
            continue
        person = _nearest(text, out[:at], rules.fits[match.group()], start, rules.reach, g)
        if not person:
            continue
        if kept_office and any(_same_state(m.ids, person, g) for m in inside if m.basis == "title"):
            continue  # the title stage gave the person's own state: its office names the holder on the date
        dropped.update(covering)
        added.append(EntityMention(start, end, text[start:end], (person,), BASIS))
    if not added:
        return mentions
    kept = [m for k, m in enumerate(out) if k not in dropped]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


def _same_state(ids: tuple[str, ...], person: str, g: Gazetteer) -> bool:
    """Do the office or state `ids` belong to a state the person acts for (their `part_of` or an office's)?"""
    mine = {str(g.entities.get(person, {}).get("part_of", ""))}
    for role in g.entities.get(person, {}).get("roles", ()):
        mine.add(str(g.entities.get(role["office"], {}).get("part_of", "")))
    return any(str(g.entities.get(i, {}).get("part_of") or i) in mine for i in ids)
