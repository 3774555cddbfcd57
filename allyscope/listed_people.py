"""People the data does not know, named in an English list beside people it knows or after a plural title
(issue 14, act53: `the defence ministers of the three states, Ana Okafor, Rosa Vargas and Pál Kovács, signed …`,
`Prime Ministers Rosa Vargas and Pál Kovács inaugurated …`).

A title names one person; a plural title (`Prime Ministers`, `the foreign ministers of …`) or a list whose other
items are people the data knows names several, and each item of the list is a person's name. An item the data does
not know is then read as a person named as written (`adhoc_people`): it needs no title of its own.

Precision first, since nothing but the list marks the names:
- every item of the list is two to four capitalised words (a lower-case particle between two of them, `bin`,
  `de`), joined by `, ` and a last `and`; none of them holds a word that names no one (`as_written`
  'not_name_words_en') or a word of a body's or an office's name (`bodies_as_written` 'heads_en' and
  'state_body_words_en': `Foreign Affairs, Defence and Trade` names offices);
- the list holds a person the data knows as a whole item, or follows a plural title in its sentence (`plural_titles_en`
  in `discourse.json` `as_written`);
- an item a mention covers in part is left alone (a state, a place, a known name)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from allyscope.adhoc_people import AS_WRITTEN

_WORD = r"(?:[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž][\w'’.-]*|[A-Z][A-ZÀ-Ýā-ž'’-]+)"
_PARTICLE = r"(?:bin|bint|ibn|al|el|de|da|dos|del|van|von|der|den)"
_ITEM = rf"{_WORD}(?: (?:{_PARTICLE} )?{_WORD}){{1,3}}"
_LIST = re.compile(rf"(?<![\w'’-])({_ITEM}(?:, {_ITEM})*,? and {_ITEM})(?![\w'’-])(?! {_WORD})")
_SPLIT = re.compile(r",? and |, ")
# every character a match of `_LIST` may hold (its words' classes, particles, spaces, commas, `and`): a match lies
# inside one stretch of them that holds ` and ` (`_lists`)
_LISTED = re.compile(r"[\w'’., À-ÝĀ-Žà-ÿā-ž-]*")
_SENTENCE_END = re.compile(r"[.!?;:]\s|\n")


@cache
def _vocabulary() -> tuple[frozenset[str], re.Pattern[str]]:
    """The words no listed name holds (folded) and the plural titles that introduce a list of people."""
    from allyscope.adhoc_bodies import vocabulary
    from allyscope.entities import load_discourse

    data = load_discourse().get("as_written", {})
    bodies = vocabulary()
    words = {w.casefold() for w in (*data.get("not_name_words_en", []), *bodies.heads, *bodies.state_words)}
    plural = data.get("plural_titles_en", [])
    pattern = re.compile(rf"\b(?:{'|'.join(map(re.escape, plural))})\b" if plural else r"(?!)")
    return frozenset(words), pattern


def _known_person(mention: Any, g: Any) -> bool:
    return bool(mention.ids) and g.entities.get(mention.ids[0], {}).get("type") == "person"


def _reach(text: str, at: int) -> int:
    """Where the characters a list may hold (`_LISTED`) that run from `at` end."""
    found = _LISTED.match(text, at)  # (a starred class: it always matches, if only the empty string)
    return found.end() if found is not None else at


def _lists(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_LIST.finditer(text)`, searched only in the stretches of characters a list may hold around
    each ` and ` (issue 14: `_LIST` opens with a look-behind, so `re` tried it at every character of a document,
    ~0.25 ms on the reference article, whose 14,000 characters hold four ` and `). No match crosses a character
    outside `_LISTED`, and each holds ` and `: the matches of the whole text are those of the stretches holding
    one; a stretch ends at such a character (or the text's end), where the expression's closing look-aheads
    answer as at the end of the search (`endpos`), and its look-behind reads the text before `pos` as ever."""
    at = text.find(" and ")
    if at < 0:
        return
    backwards = text[::-1]
    size = len(text)
    while at >= 0:
        begin = at - (_reach(backwards, size - at) - (size - at))
        end = _reach(text, at)
        yield from _LIST.finditer(text, begin, end)
        at = text.find(" and ", end)


def listed_people(text: str, mentions: list[Any], g: Any) -> list[Any]:
    """`mentions` with each item of a list of people (see the module's docstring) that no mention covers added as
    a person named as written (basis `as-written`)."""
    if " and " not in text:
        return mentions
    from allyscope.entities import EntityMention

    not_names, plural = _vocabulary()
    added: list[EntityMention] = []
    for found in _lists(text):
        items: list[tuple[int, int]] = []
        at = found.start(1)
        for part in _SPLIT.split(found.group(1)):
            at = text.index(part, at)
            items.append((at, at + len(part)))
            at += len(part)
        opening = plural.match(text, items[0][0])  # `Prime Ministers Rosa Vargas and …`: the title opens the list
        if opening is not None:
            items[0] = (opening.end() + 1, items[0][1])
            if len(text[items[0][0] : items[0][1]].split()) < 2:
                continue
        if any(w.casefold().strip(".,") in not_names for a, b in items for w in text[a:b].split()):
            continue
        covering = {(a, b): [m for m in mentions if m.start < b and a < m.end] for a, b in items}
        known = [(a, b) for (a, b), ms in covering.items() if any(_known_person(m, g) and (m.start, m.end) == (a, b)
                                                                  for m in ms)]  # fmt: skip
        sentence = max((m.end() for m in _SENTENCE_END.finditer(text, 0, found.start())), default=0)
        titled = opening is not None or plural.search(text, sentence, found.start()) is not None
        if not known and not titled:
            continue
        for (a, b), ms in covering.items():
            if not ms:
                added.append(EntityMention(a, b, text[a:b], (AS_WRITTEN + text[a:b],), "as-written"))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions
