"""A monarch named by his title and given name alone, without his numeral, read by the date (issue 14; gaz85).

`King Abdullah`, `阿卜杜拉国王`, `国王阿卜杜拉`, `アブドッラー国王` name Jordan's Abdullah II on 2 March 2017 and may
name Saudi Arabia's Abdullah on 2 March 2010, when both reigned; `Emir Hamad` is Qatar's Hamad bin Khalifa in 2000 and
Bahrain's Hamad bin Isa in 2001. The given name is shared across states, so the gazetteer holds it as no alias
(`test_gazetteer_people`), and a title with a given name the field shares names only a person the text names in
full (`Gazetteer._without_longer_unknown_names`): without one, the title stayed alone and the monarch unread. Here
the terms of office decide, as they do for the people of one state who share a name
(`events._persons_in_office`), on the date the text reads the mention on:

- the forms: each 'titles' entry of `monarch_given_names` in `allyscope/data/discourse.json` gives a monarch's
  title in English (`King`, written before the name) and in ideographs (`国王`, before or after it), and the word
  an office's English name holds for the office to be such a monarchy's (`King of Jordan`, `Emir of Qatar`); the
  given name is the first word of the person's English name, the first part of a dotted Chinese or Japanese name,
  or a Chinese or Japanese name without its regnal numeral (`阿卜杜拉二世`, `アブドッラー2世`);
- the date: the first date that may date an event in the mention's sentence, else the last one to the day before
  it in its paragraph, else the document's (`entities.dated_at`);
- the monarchs of the form who held such an office within that date are kept (`King Abdullah` in 2019 may be
  Jordan's or Malaysia's, whose king is Abdullah of Pahang); of several, those whose state the sentence names, then
  those the text names in full elsewhere, then those whose state the text names; one left is the person named,
  none or several leave the text as it was read (nothing guessed).

A Chinese or Japanese given name written alone (`萨勒曼继位后首次访华`; 'bare_cjk', gaz86) is read the same way, the
offices of a crown prince counted too (Salman was crown prince 2012–2015, king since), where the data gives that
name to royals only and the text names the royal's state (`沙特国王萨勒曼`, `中沙`): a bare name refers back to a
royal of a state the text is about; inside a longer name (`穆罕默德·本·萨勒曼`, a joining dot) it is none.

A form inside a longer name (`King Abdullah II`, `King Abdullah bin Abdulaziz`) or read as one person already is
left alone. The mention made has basis `given-name` and names the person (their state follows from the terms)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from allyscope.entities import (
    EntityMention,
    Gazetteer,
    _day_range,
    gazetteer,
    load_discourse,
    offices_held,
)

BASIS = "given-name"
_NUMERAL = re.compile(r"(?:[一二三四五六七八九十]+|\d+)世$")
_DOT = re.compile(r"[·・‧]")
_SENTENCE_END = re.compile(r"[。！？!?]|\.(?=\s)")
_LONGER_AFTER = re.compile(r" (?:[IVX]+\b|bin\b|ibn\b|al-|Al |[A-Z][a-z])")  # `King Abdullah II`, `… bin …`


@dataclass(frozen=True)
class _Forms:
    people: dict[str, tuple[str, ...]]  # form as written → the monarchs it may name
    offices: dict[str, frozenset[str]]  # form → the offices of its title (a monarch's term must be in one)
    pattern: re.Pattern[str] | None
    titles: re.Pattern[str] | None  # the titles alone: a text holding none is left at once (a few titles, not forms)
    bare: frozenset[str] = frozenset()  # the forms that are a given name alone (no title): read only as a whole name
    joins: str = ""  # characters that join a bare given name to a longer name (`·`)


def _given_names(entity: dict[str, Any]) -> set[str]:
    """A person's given name in each script: the English name's first word; a dotted CJK name's first part; a CJK
    name without its regnal numeral."""
    out = {str(entity["name"]).split()[0]}
    for language in ("zh", "zh_Hant", "ja"):
        for alias in entity.get("aliases", {}).get(language, []):
            if _DOT.search(alias):
                out.add(_DOT.split(alias)[0])
            elif _NUMERAL.search(alias):
                out.add(_NUMERAL.sub("", alias))
    return {n for n in out if len(n) >= 2}


@cache
def _forms() -> _Forms:
    data = load_discourse().get("monarch_given_names") or {}
    g = gazetteer()
    people: dict[str, set[str]] = defaultdict(set)
    offices: dict[str, set[str]] = defaultdict(set)
    for entry in data.get("titles", []):
        word = str(entry["office_word"])
        fitting = {
            ident
            for ident, office in g.entities.items()
            if office.get("type") == "office"
            and office.get("role") in ("head-of-state", "monarch")
            and any(
                re.search(rf"\b{word}\b", n) for n in [office.get("name", ""), *office.get("aliases", {}).get("en", [])]
            )
        }
        for ident, person in g.entities.items():
            if person.get("type") != "person" or not any(r["office"] in fitting for r in person.get("roles", ())):
                continue
            for given in _given_names(person):
                if given.isascii():
                    forms = [f"{t} {given}" for t in entry.get("en", [])]
                else:
                    forms = [f"{given}{t}" for t in entry.get("cjk", [])] + [
                        f"{t}{given}" for t in entry.get("cjk", [])
                    ]
                for form in forms:
                    people[form].add(ident)
                    offices[form] |= fitting
    bare, joins = _bare_forms(data.get("bare_cjk") or {}, g, people, offices)
    words = sorted(people, key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, words))) if words else None
    title_words = {str(t) for entry in data.get("titles", []) for key in ("en", "cjk") for t in entry.get(key, [])}
    title_words |= bare  # a bare given name needs no title to be looked for
    titles = re.compile("|".join(map(re.escape, sorted(title_words)))) if title_words else None
    return _Forms(
        {f: tuple(sorted(p)) for f, p in people.items()},
        {f: frozenset(o) for f, o in offices.items()},
        pattern,
        titles,
        frozenset(bare),
        joins,
    )


def _bare_forms(
    data: dict[str, Any], g: Gazetteer, people: dict[str, set[str]], offices: dict[str, set[str]]
) -> tuple[set[str], str]:
    """The CJK given names that may stand alone (discourse.json `monarch_given_names` 'bare_cjk'): those of at
    least 'min_length' ideographs whose every bearer in the data held a monarch's office of the entries (`people`,
    `offices` as made so far) or an office of one of 'roles'; each names its bearers, by the terms of those offices.
    `people` and `offices` gain the bare forms."""
    if not data:
        return set(), ""
    roles = set(data.get("roles", []))
    crowned = {i for i, o in g.entities.items() if o.get("type") == "office" and o.get("role") in roles}
    monarchs = {i for form, ids in people.items() for i in ids}
    monarch_offices = {o for form_offices in offices.values() for o in form_offices}
    bearers: dict[str, set[str]] = defaultdict(set)
    for ident, person in g.entities.items():
        if person.get("type") == "person":
            for given in _given_names(person):
                if not given.isascii() and len(given) >= int(data.get("min_length", 3)):
                    bearers[given].add(ident)
    bare = set()
    for given, ids in bearers.items():
        royal = {i for i in ids if i in monarchs or any(r["office"] in crowned for r in g.entities[i].get("roles", ()))}
        if royal and royal == ids and given not in people:
            bare.add(given)
            people[given] = set(ids)
            offices[given] = monarch_offices | crowned
    return bare, str(data.get("joins", ""))


def _sentence(text: str, at: int) -> tuple[int, int]:
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 400), at)), default=max(0, at - 400))
    end = _SENTENCE_END.search(text, at)
    return begin, end.end() if end else len(text)


def _state_of(g: Gazetteer, ident: str) -> str:
    return str(g.entities.get(ident, {}).get("part_of") or "")


def _named(g: Gazetteer, mentions: list[EntityMention]) -> set[str]:
    """The states `mentions` name: a state's own id, or the state a person or office belongs to."""
    return {_state_of(g, i) or i for m in mentions for i in m.ids}


def _narrowed(
    reigning: list[str], sentence: list[EntityMention], others: list[EntityMention], g: Gazetteer
) -> list[str]:
    """Of several monarchs who reigned on the date, those whose state the sentence names, then those the text names
    in full elsewhere (`King Abdullah II`), then those whose state the text names; each step only when it keeps
    one at least."""
    in_sentence = _named(g, sentence)
    in_text = _named(g, others)
    in_full = {i for m in others if len(m.ids) == 1 for i in m.ids}
    for kept in (
        [p for p in reigning if _state_of(g, p) in in_sentence],
        [p for p in reigning if p in in_full],
        [p for p in reigning if _state_of(g, p) in in_text],
    ):
        if len(reigning) < 2:
            break
        reigning = kept or reigning
    return reigning


def monarchs_by_given_name(
    doc: Any, mentions: list[EntityMention], g: Gazetteer, dated: Callable[[int], str | None]
) -> list[EntityMention]:
    """`mentions` with each monarch named by title and given name alone made the one who reigned on the date the
    text reads it on (the module's docstring says how)."""
    text: str = doc.text
    forms = _forms()
    if forms.pattern is None or forms.titles is None or not forms.titles.search(text):
        return mentions
    from allyscope.dates import mark_dates

    dates = [d for d in (doc.dates or mark_dates(doc).dates) if d.dates_event]
    out = list(mentions)
    for match in forms.pattern.finditer(text):
        start, end = match.span()
        form = match.group()
        if form.isascii() and _LONGER_AFTER.match(text, end):
            continue  # a longer name: `King Abdullah II`, `King Abdullah bin Abdulaziz`
        if form.isascii() and end < len(text) and text[end].isalnum():
            continue  # `King Abdullahs`: no name of the form
        if form in forms.bare and (
            (start and text[start - 1] in forms.joins) or (end < len(text) and text[end] in forms.joins)
        ):
            continue  # a given name inside a longer name: `穆罕默德·本·萨勒曼`
        covering = [m for m in out if m.start < end and m.end > start]
        if any(m.start < start or m.end > end for m in covering):
            continue  # inside a longer name the stages read
        if any(m.start == start and m.end == end and len(m.ids) == 1 for m in covering):
            continue  # read as one person already (`萨勒曼国王`)
        begin, stop = _sentence(text, start)
        own = next((d.edtf for d in dates if begin <= d.start < stop), None)
        when = own or dated(start)
        if when is None or _day_range(when) is None:
            continue
        reigning = [p for p in forms.people[form] if (offices_held(p, when) or set()) & forms.offices[form]]
        others = [m for m in out if m not in covering]
        if form in forms.bare:  # a bare given name refers back: only to a royal of a state the text names
            named = _named(g, others)
            reigning = [p for p in reigning if _state_of(g, p) in named]
        reigning = _narrowed(reigning, [m for m in others if begin <= m.start < stop], others, g)
        if len(reigning) != 1:
            continue
        mention = EntityMention(start, end, form, (reigning[0],), BASIS)
        out = sorted([*(m for m in out if m not in covering), mention], key=lambda m: (m.start, m.end))
    return out
