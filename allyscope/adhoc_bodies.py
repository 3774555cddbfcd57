"""Bodies the data does not know, named as written (issue 14 item 3, act51: a court, a regional organisation of
small states, an intergovernmental council, a rebel movement the gazetteer lacks still acts, and a user's next
documents will name many of them).

English gives a body a name of a recognisable shape: `the`, then capitalised words of which one is a body's head
noun (`the East African Court of Justice`, `the Organisation of Eastern Caribbean States`, `the Pacific Islands
Development Forum`, `the Moro National Liberation Front`; `discourse.json` `bodies_as_written` 'heads_en'). Such a
name is read as an organization made on the spot whose id carries the name as written
(`organization:as-written:East African Court of Justice`), so that an annotator's canonical name for it (the name
as the body writes it) is its name. An acronym the text defines right after it (`… States (OECS)`) is its alias,
and the name or the acronym written again later in the text names it again.

Precision first, since nothing but the shape marks the name:
- `the` (or `The`) must open it: a capitalised run without an article is as often a heading, a sentence's opening
  words or a person's name; one head noun with nothing else (`the Council`, `the Court`) names no body;
- a word of 'state_body_words_en' in the name (`the National Security Council`, `the Supreme Court`, `the Joint
  Commission`) makes it a state's own organ or a pair's mechanism, which the corpus codes as the state(s): not read,
  except for an armed group's head ('armed_heads_en': `the Moro National Liberation Front`);
- a word of 'not_body_words_en' (a month, a day, a sentence's opening word) or a name the data already knows
  in part (a state, an organization: `the ASEAN Regional Forum` is ASEAN's) stops it; the name is cut before `and`
  or a preposition that joins a known name (`the Organisation of Eastern Caribbean States and Canada`);
- a line without sentence punctuation (a heading, a caption) is not read.

Chinese and Japanese names of bodies (`…法院`, `…理事会`, `…機構`) have no article or capital to say where they
begin, so they are left to the data (`gazetteer/organizations.json`)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from allyscope.screened_search import screened_finditer

BODY_AS_WRITTEN = "organization:as-written:"  # the id prefix of a body named as written; the name follows it
BASIS = "body-as-written"

_WORD = r"[A-ZÀ-ÝĀ-Ž][\w'’-]*"
_JOIN = r"(?:of|for|on|and|the|in|de|des|du|la|le)"
_NAME = re.compile(rf"(?<![\w-])[Tt]he ({_WORD}(?: (?:{_JOIN} )*{_WORD}){{1,10}})")
_OPENINGS = ("The ", "the ")  # what every match of `_NAME` begins with (`screened_finditer` tries it only there)
_ACRONYM = re.compile(r"\s?\(([A-Z][A-Z&-]{1,9})\)")
_SENTENCE_MARK = re.compile(r"[.,;!?]")


class Vocabulary(NamedTuple):
    heads: frozenset[str]
    armed: frozenset[str]
    state_words: frozenset[str]
    stops: frozenset[str]


class Span(NamedTuple):
    start: int
    end: int
    name: str


@cache
def vocabulary() -> Vocabulary:
    """`discourse.json` `bodies_as_written`."""
    from allyscope.entities import load_discourse

    data = load_discourse().get("bodies_as_written", {})
    return Vocabulary(
        frozenset(data.get("heads_en", [])),
        frozenset(data.get("armed_heads_en", [])),
        frozenset(data.get("state_body_words_en", [])),
        frozenset(data.get("not_body_words_en", [])),
    )


@cache
def as_written_body(ident: str) -> dict[str, Any] | None:
    """The entity of a body named as written, or None for any other id."""
    if not ident.startswith(BODY_AS_WRITTEN) or len(ident) == len(BODY_AS_WRITTEN):
        return None
    name = ident[len(BODY_AS_WRITTEN) :]
    return {"id": ident, "type": "organization", "name": name, "aliases": {}, "as_written": True}


def _words_fit(words: list[str], vocab: Vocabulary) -> bool:
    """A body's name: two capitalised words or more, one of them a head noun, no word of a state's organ (unless
    the head is an armed group's), no month, day or sentence opener, and not ending on a joining word."""
    capitals = [w for w in words if w[:1].isupper()]
    heads = [w for w in capitals if w in vocab.heads]
    if len(capitals) < 2 or not heads or not words[-1][:1].isupper():
        return False
    if words[0] in vocab.heads and len(words) < 3:  # `the Council Secretariat`: a body's part, not a name
        return False
    if words[0].endswith("ing"):  # a heading's gerund (`the Signing of the … Union`), not a body's first word
        return False
    if any(w in vocab.stops for w in capitals):
        return False
    armed = any(h in vocab.armed for h in heads)
    return armed or not any(w in vocab.state_words for w in capitals)


def _cut(text: str, start: int, end: int, known: list[tuple[int, int]]) -> int | None:
    """The end of the name `text[start:end]` before the first known name inside it (and the joining word before
    that name), or None when the known name opens it (the body is that name's: `the ASEAN Regional Forum`)."""
    inside = [a for a, b in known if a < end and start < b]
    if not inside:
        return end
    first = min(inside)
    if first <= start:
        return None
    head = text[start:first].rstrip()
    words = head.split(" ")
    while words and not words[-1][:1].isupper():
        words.pop()
    return start + len(" ".join(words)) if words else None


def _line_is_prose(text: str, at: int) -> bool:
    """Whether the line holding `at` has sentence punctuation (a heading or a caption has none)."""
    begin = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return bool(_SENTENCE_MARK.search(text, begin, len(text) if end < 0 else end))


def introductions(text: str, known: list[tuple[int, int]]) -> list[tuple[Span, str | None]]:
    """Each body name introduced with `the` in `text` (see the module's docstring), with the acronym the text
    defines right after it, if any; `known` are the spans of the names the data already knows."""
    vocab = vocabulary()
    if not any(head in text for head in vocab.heads):
        return []
    out: list[tuple[Span, str | None]] = []
    for match in screened_finditer(_NAME, text, _OPENINGS, 0):  # `re` tried its look-behind at each character
        start, end = match.span(1)
        cut = _cut(text, start, end, known)
        if cut is None:
            continue
        name = text[start:cut]
        if not _words_fit(name.split(" "), vocab) or not _line_is_prose(text, start):
            continue
        acronym = _ACRONYM.match(text, cut)
        out.append((Span(start, cut, name), acronym.group(1) if acronym else None))
    return out


def bodies_as_written(text: str, mentions: list[Any]) -> list[Any]:
    """`mentions` (entity mentions of `text`, in order) with the bodies named as written added: each introduction
    and each later writing of its name or acronym (a whole word) that no mention covers."""
    from allyscope.entities import EntityMention

    known = [(m.start, m.end) for m in mentions]
    found = introductions(text, known)
    if not found:
        return mentions
    ids: dict[str, str] = {}
    for span, acronym in found:
        ident = ids.setdefault(span.name, BODY_AS_WRITTEN + span.name)
        if acronym is not None:
            ids.setdefault(acronym, ident)
    taken = list(known)
    added: list[EntityMention] = []
    for written, ident in sorted(ids.items(), key=lambda item: -len(item[0])):
        for hit in re.finditer(rf"(?<![\w-]){re.escape(written)}(?![\w-])", text):
            a, b = hit.span()
            if any(x < b and a < y for x, y in taken):
                continue
            taken.append((a, b))
            added.append(EntityMention(a, b, written, (ident,), BASIS))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
