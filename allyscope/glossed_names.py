"""People the data does not know, named in Chinese or Japanese with their name in Latin letters beside it
(issue 14: the largest class of missing actors on the blind sets is a person the gazetteer lacks; act53).

A Chinese or Japanese text that names a foreign person the reader may not know often glosses the transliteration
with the name as the person writes it, in brackets, right after it (`國務秘書蓋雷克（Karol Galek）`,
`国防部长索伊潘·图亚（Soipan Tuya）`, `マーク・ゴイナ（Mark Goina）司令官`). The gloss is the name the corpus and a
reader use for the person (`evaluate.written_name`): the person is made as written under it
(`person:as-written:Karol Galek`, `adhoc_people`), on the span of the transliteration, and the transliteration
written again later in the text (in full, or its last part after a middle dot: `图亚`) names the same person and
the state of the title that introduced them.

Where the transliteration begins is read from its neighbours, never guessed from the characters: a katakana or
dotted run begins where the run does; an undotted run of ideographs begins right after a mention the data knows
(a title or office resolved to a state, `外交部長拉米瑞茲`) or after a title's last word (`as_written`
'title_ends_cjk': `議長`, `副部長`, `將軍`, in `discourse.json`), and a run none of them opens is not read. The
transliteration must stand beside a title (before it, or after the gloss: `…（Mark Goina）司令官`), and the gloss
must have a person's name's shape (two to five words, capitalised or a particle, none of 'not_name_words_en'): a
body glossed so (`东盟（Association of Southeast Asian Nations）`) is left alone."""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from allyscope import literal_screen
from allyscope.adhoc_people import AS_WRITTEN

_GLOSS = re.compile(r"[（(]\s*([A-ZÀ-ÝĀ-Ž][^()（）\n]{2,60}?)\s*[)）]")
_LATIN_TOKEN = re.compile(r"[A-ZÀ-ÝĀ-Ž][\w'’.-]*")
_NAME_CHAR = re.compile(r"[\u3400-\u9fff\u30a1-\u30fa\u30fc·・‧＝]")
_KATAKANA_OR_DOT = re.compile(r"[\u30a1-\u30fa\u30fc·・‧＝]")
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]")
_SEPARATORS = "·・‧＝"
_CLAUSE_MARK = re.compile(r"[，。、；：,.;:（）()「」『』《》\s]")
_MAX_NAME = 14  # characters of a transliteration (`瓦伊丘凱維丘特`, `ルベン・ラミレス・レスカノ`)


class Words(NamedTuple):
    title_ends: tuple[str, ...]  # longest first
    stops: frozenset[str]
    not_names: frozenset[str]
    particles: frozenset[str]


@cache
def _words() -> Words:
    """`discourse.json` `as_written`: title ends, name stops, words no name holds, name particles."""
    from allyscope.entities import load_discourse

    data = load_discourse().get("as_written", {})
    ends = sorted(data.get("title_ends_cjk", []), key=len, reverse=True)
    return Words(
        tuple(ends),
        frozenset(data.get("name_stops_cjk", [])),
        frozenset(w.casefold() for w in data.get("not_name_words_en", [])),
        frozenset(data.get("name_particles_en", [])),
    )


def gloss_is_name(gloss: str, words: Words | None = None) -> bool:
    """Whether the bracketed Latin text has a person's name's shape: two to five words, each capitalised or a
    name particle (`bin`, `de`), the first and last capitalised, none a word that names no one."""
    from allyscope.adhoc_bodies import vocabulary

    words = words or _words()
    tokens = gloss.replace(",", " ").split()
    if not 2 <= len(tokens) <= 5 or any(t.casefold().strip(".") in words.not_names for t in tokens):
        return False
    if any(t in vocabulary().heads for t in tokens):  # a body's name (`… Treaty Organization`, `… News Agency`)
        return False
    if not (_LATIN_TOKEN.fullmatch(tokens[0]) and _LATIN_TOKEN.fullmatch(tokens[-1])):
        return False
    if any(t.isupper() and len(t) > 1 and "." not in t for t in tokens) and all(t.isupper() for t in tokens):
        return False  # an acronym run (`OSCE SMM`), not a name
    return all(_LATIN_TOKEN.fullmatch(t) or t in words.particles for t in tokens)


def _after_title_end(run: str, words: Words) -> int | None:
    """The offset in `run` right after the last title end it holds, or None."""
    best = None
    for end in words.title_ends:
        at = run.rfind(end)
        if at >= 0 and (best is None or at + len(end) > best):
            best = at + len(end)
    return best


def name_before_gloss(text: str, paren: int, known_ends: set[int]) -> tuple[int, int] | None:
    """The span of the transliteration that ends at `paren` (where the gloss's bracket opens), or None: a
    katakana or dotted run as a whole; an undotted run of ideographs after a known mention's end (`known_ends`)
    or a title's last word."""
    words = _words()
    start = paren
    while start > 0 and paren - start < _MAX_NAME and _NAME_CHAR.match(text, start - 1):
        if start in known_ends and start < paren:
            break
        start -= 1
    run = text[start:paren]
    if not run:
        return None
    if _KATAKANA.match(run[-1]):  # a katakana name: its whole run (`マーク・ゴイナ`)
        begin = len(run)
        while begin and (_KATAKANA.match(run[begin - 1]) or run[begin - 1] in _SEPARATORS):
            begin -= 1
    elif any(c in _SEPARATORS for c in run):  # a dotted name: its first part begins after a title's end or a stop
        first = min(i for i, c in enumerate(run) if c in _SEPARATORS)
        cut = _after_title_end(run[:first], words)
        begin = cut if cut is not None else 0
    else:  # undotted ideographs: after a title's last word, else right after a title the data knows
        cut = _after_title_end(run, words)
        if cut is None and start not in known_ends:
            return None
        begin = cut if cut is not None else 0
    stop = max((i + 1 for i in range(begin, len(run)) if run[i] in words.stops), default=begin)
    name = run[stop:].strip(_SEPARATORS)
    if len(name) < 2 or name in words.title_ends:
        return None
    return paren - len(name), paren


def _titled(text: str, span: tuple[int, int], gloss_end: int, known: dict[int, Any]) -> bool:
    """Whether a title stands beside the name: a known mention or a title's last word ends where the name
    begins, or a title's word opens right after the gloss."""
    words = _words()
    begin = span[0]
    if begin in known:
        return True
    head = text[max(0, begin - 8) : begin]
    if any(head.endswith(end) for end in words.title_ends):
        return True
    return any(text.startswith(end, gloss_end) for end in words.title_ends) or any(
        text.startswith(end, gloss_end) for end in _title_words()
    )


@cache
def _title_words() -> tuple[str, ...]:
    """The gazetteer's generic titles written in Chinese or Japanese (`外相`, `国防部长`)."""
    from allyscope.entities import gazetteer

    return tuple(w for w in gazetteer().titles if w[:1] and not w[:1].isascii())


def _states(ids: tuple[str, ...], g: Any) -> tuple[str, ...]:
    """The states or organizations `ids` (a title's mention) stand for: an office's owner, a state itself."""
    out = []
    for ident in ids:
        entity = g.entities.get(ident, {})
        if entity.get("type") == "office" and "part_of" in entity:
            out.append(entity["part_of"])
        elif entity.get("type") in ("state", "organization"):
            out.append(ident)
    return tuple(dict.fromkeys(out))


def _affiliation(text: str, begin: int, ends: dict[int, Any], mentions: list[Any], g: Any) -> tuple[str, ...]:
    """The states or organizations of the title before a name beginning at `begin`: those of a title the data
    resolved, else those of the last state or organization named in the title's own words, with no punctuation
    between (`肯尼亚国防军司令查尔斯·卡胡里拉`: Kenya)."""
    title = ends.get(begin)
    if title is not None:
        return _states(title.ids, g)
    before = [m for m in mentions if m.end <= begin and begin - m.end <= _MAX_NAME and m.ids]
    if not before:
        return ()
    last = max(before, key=lambda m: m.end)
    if _CLAUSE_MARK.search(text, last.end, begin):
        return ()
    return _states(last.ids, g)


def glossed_people(text: str, mentions: list[Any], g: Any) -> list[Any]:
    """`mentions` with each person introduced by a transliteration and its Latin gloss named as the gloss writes
    them (basis `as-written`; an as-written mention of the transliteration takes the gloss's name), and each later
    writing of the transliteration, or of its last dotted part, as that person and their title's state (basis
    `named-again`); a span a name the data knows covers is left as it is."""
    if "(" not in text and "（" not in text:
        return mentions
    from allyscope.entities import EntityMention

    ends = {m.end: m for m in mentions if m.ids and (m.basis == "title" or m.ids[0].startswith("office:"))}
    out = list(mentions)
    intros: list[tuple[str, str, tuple[str, ...], int]] = []  # (form, person id, states, end of the gloss)
    for gloss in literal_screen.finditer(_GLOSS, text):
        paren = gloss.start()
        if paren == 0 or not _NAME_CHAR.match(text, paren - 1) or not gloss_is_name(gloss.group(1)):
            continue
        span = name_before_gloss(text, paren, set(ends))
        if span is None or not _titled(text, span, gloss.end(), ends):
            continue
        covering = [m for m in out if m.start < span[1] and span[0] < m.end]
        if any(m.basis != "as-written" for m in covering):
            continue  # a name the data knows, or part of one
        person = AS_WRITTEN + " ".join(gloss.group(1).split())
        out = [m for m in out if m not in covering]
        out.append(EntityMention(span[0], span[1], text[span[0] : span[1]], (person,), "as-written"))
        states = _affiliation(text, span[0], ends, out, g)
        name = text[span[0] : span[1]]
        forms = {name}
        if any(c in _SEPARATORS for c in name):
            last = re.split(f"[{_SEPARATORS}]", name)[-1]
            if len(last) >= 2:
                forms.add(last)
        intros += [(form, person, states, gloss.end()) for form in forms]
    if not intros:
        return mentions
    taken = [(m.start, m.end) for m in out]
    for form, person, states, after in sorted(intros, key=lambda x: -len(x[0])):
        for hit in re.finditer(re.escape(form), text[after:]):
            a, b = after + hit.start(), after + hit.end()
            if any(x < b and a < y for x, y in taken):
                continue
            if (a and _KATAKANA_OR_DOT.match(text[a - 1])) or (b < len(text) and _KATAKANA_OR_DOT.match(text[b])):
                continue  # part of a longer katakana or dotted name
            out.append(EntityMention(a, b, form, (person, *states), "named-again"))
            taken.append((a, b))
    return sorted(out, key=lambda m: (m.start, m.end))
