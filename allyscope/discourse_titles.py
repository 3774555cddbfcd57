"""A bare English title that refers back to the holder the text named with it (issue 14, item 4; act62).

`Foreign Minister Penny Wong arrived in Suva … The minister met Fiji's leaders`, `Secretary of State X flew to
Athens … the Secretary signed …`, `Ambassador Y … The envoy visited …`: a title after `the`, with no state, demonym or
name of its own, stands for the person the text named before it with that title. The title stage
(`entities.resolve_titles`) gives a generic title the state its sentence or paragraph names, which is the host's in
such a sentence (`the foreign minister opened an office in Fiji` is no Fijian minister when Wong was named before);
here the person the title refers back to wins, under these conditions (nothing is guessed from the title alone):

- the words right after `the` are one of `titles_back` 'titles' in `allyscope/data/discourse.json`, followed by no
  `of` and no capitalised word (`the Minister of Defence`, `the Secretary General Mark Rutte`: a full title or a name
  the stages read as such), and no word of a state stands between `the` and the title (the article is right before);
- a person was named before it, within 'reach' characters, with a title that fits: one of the entry's 'fits' words
  in the person's mention (`Foreign Minister Penny Wong`) or right before it, capitalised words aside (`Ambassador`
  before a name the data does not know); or, when no person was introduced so, in an English name of an office the
  data says the person held on the date the text reads the title on (`Secretary of State` for `the Secretary`;
  gaz87: `met King Salman and the crown prince` in 2022 is not Salman, crown prince in 2012–2015). Only when that
  date is unknown or too vague to check a term, or the data has no terms for the person, do the offices held at any
  time fit (the fallback of the earlier sessions).

A person the data lacks, named as written beside a title (`General <Name Surname>`, `Rear Admiral <Name>`), fits a
title written right before the name (enact66: `the general`, `the admiral`), or before the post it names and a comma
(enact67: `Ambassador to <state>, <Name>` for `the ambassador`; a rank's short form, `Lt. Gen. <Name>`, is among the
entry's 'fits' words); an entry's 'not_before' words after the
title make it an adjective, no title (`the general public`, `the general election`).

Which person: the most recent such mention before the title (recency). Tie rule: when the nearest mentions of two
different fitting people stand in one sentence, the title names nobody new, and the title stage's reading stands
(unresolved is better than wrong). The mention's basis is `title-back`; it names the person (their state follows
from them)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache, lru_cache

from allyscope.adhoc_people import AS_WRITTEN
from allyscope.discourse_holders import nearest_fitting
from allyscope.entities import EntityMention, Gazetteer, gazetteer, load_discourse, offices_held
from allyscope.screened_search import screened_finditer

BASIS = "title-back"
_BEFORE = 72  # how many characters before a person's mention may hold the title it was introduced with (and its post)


class _Rules:
    def __init__(self, entries: list[dict[str, object]], reach: int) -> None:
        self.fits: dict[str, tuple[str, ...]] = {}
        self.not_before: dict[str, frozenset[str]] = {}
        for entry in entries:
            title = str(entry["title"]).casefold()
            self.fits[title] = tuple(str(w).casefold() for w in entry.get("fits", [title]))  # type: ignore[attr-defined]
            self.not_before[title] = frozenset(str(w) for w in entry.get("not_before", ()))  # type: ignore[attr-defined]
        words = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(self.fits, key=len, reverse=True))
        self.pattern = re.compile(rf"\b[Tt]he (?P<title>(?i:{words}))\b(?!['’]?\s*(?:of\b|[A-Z]))")
        self.reach = reach
        # every match begins with one of these (the pattern's own head): the text is searched only where
        # one stands (`screened_finditer`; a Chinese or Japanese text mostly holds none; fast63)
        self.heads = ("The ", "the ")


@cache
def _rules() -> _Rules | None:
    data = load_discourse().get("titles_back")
    if not data:
        return None
    return _Rules(list(data["titles"]), int(data.get("reach", 2000)))


@lru_cache(maxsize=4096)
def _office_names(ident: str, when: str | None = None) -> str:
    """The English names of the offices person `ident` held within `when` (an EDTF date), folded, joined (for a
    word's search); of every office they held at any time when `when` is None, too vague to check a term, or the
    data has no terms for them (the undated fallback)."""
    g = gazetteer()
    held = offices_held(ident, when) if when else None
    names: list[str] = []
    for role in g.entities.get(ident, {}).get("roles", ()):
        if held is not None and role["office"] not in held:
            continue
        office = g.entities.get(role["office"], {})
        names += [str(office.get("name", "")), *office.get("aliases", {}).get("en", [])]
    return " | ".join(dict.fromkeys(names)).casefold()


def _fits(text: str, m: EntityMention, fits: tuple[str, ...], *, offices: bool, when: str | None = None) -> str:
    """The person `m` names when they were introduced with a title of `fits` (or, with `offices`, held an office so
    named within `when`, at any time when it cannot tell); "" otherwise."""
    if len(m.ids) != 1:
        return ""
    ident = m.ids[0]
    lead = text[max(0, m.start - _BEFORE) : m.start]
    if ident.startswith(AS_WRITTEN):  # a person the data lacks: introduced with the title right before the name
        return ident if any(_title_right_before(lead, word) for word in fits) else ""
    entity = gazetteer().entities.get(ident, {})
    if entity.get("type") != "person":
        return ""
    alias = m.alias.casefold()
    names = _office_names(ident, when) if offices else ""
    for word in fits:
        pattern = re.compile(rf"\b{re.escape(word)}\b")
        if pattern.search(alias) or (offices and pattern.search(names)):
            return ident
        # the title right before the name, maybe with capitalised words between (`Ambassador Shigeo Yamada`)
        if _title_right_before(lead, word):
            return ident
    return ""


# the post an envoy's title names between it and the name set off by a comma (`Ambassador to <state>, <Name>`)
_POST = r"(?:\s+(?:to|in|at)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.’'-]*){0,3},)?"


def _title_right_before(lead: str, word: str) -> bool:
    """Does `lead` end with the title `word`, maybe with capitalised words after it (`Ambassador Shigeo Yamada`,
    `Lt. Gen. <Name>`) or its post set off by a comma (enact67: `Ambassador to <state>, <Name>`)?"""
    return re.search(rf"(?i:(?<![\w.]){re.escape(word)}){_POST}\s+(?:[A-Z][\w.’'-]*\s+)*$", lead) is not None


def titles_referred_back(
    text: str, mentions: list[EntityMention], g: Gazetteer, dated: Callable[[int], str | None] | None = None
) -> list[EntityMention]:
    """`mentions` with each bare English title that refers back to a person named before with it made that person
    (basis `title-back`): a title mention there is replaced (unless the title stage gave it that person's state
    already: its office stays), an unread one added. `dated` gives the date the text reads a title on
    (`entities.dated_at`): the offices a person held then decide whether the title fits them."""
    del g  # read through the module's caches
    rules = _rules()
    if rules is None or not mentions:
        return mentions
    found = list(screened_finditer(rules.pattern, text, rules.heads, 0))
    if not found:
        return mentions
    out = list(mentions)
    starts = [m.start for m in out]
    replaced: dict[int, EntityMention] = {}
    added: list[EntityMention] = []
    for match in found:
        start, end = match.span("title")
        at = bisect.bisect_right(starts, start) - 1
        inside = at >= 0 and out[at].end > start
        if inside and (out[at].basis != "title" or out[at].start < start or out[at].end > end):
            continue  # a name or a longer title the stages read (`the Prime Minister of <state>`)
        title = re.sub(r"\s+", " ", match.group("title").casefold())
        following = re.match(r"\s+([a-z]+)", text[end : end + 24])
        if following and following.group(1) in rules.not_before[title]:
            continue  # a common noun's adjective, no title (`the general public`, `the general election`)
        fits = rules.fits[title]
        before = out[: bisect.bisect_left(starts, match.start())]
        # a person introduced with the title first; one who holds or held an office so named only when none was
        # (Charles Michel was a prime minister once, but `the Prime Minister` after `Prime Minister X` is X)
        person = _nearest(text, before, fits, match.start(), rules.reach, offices=False)
        when = dated(start) if dated is not None else None
        person = person or _nearest(text, before, fits, match.start(), rules.reach, offices=True, when=when)
        if not person:
            continue
        if inside and out[at].ids and _states(out[at].ids) == _states((person,)):
            continue  # the title stage gave it that person's state already (`the Prime Minister` → their office)
        mention = EntityMention(start, end, text[start:end], (person,), BASIS)
        if inside:
            replaced[at] = mention
        else:
            added.append(mention)
    if not replaced and not added:
        return mentions
    kept = [replaced.get(i, m) for i, m in enumerate(out)]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


def _states(ids: tuple[str, ...]) -> set[str]:
    """The states or groupings `ids` belong to (an office or a person: the one it is part of)."""
    g = gazetteer()
    return {str(g.entities.get(i, {}).get("part_of") or i) for i in ids}


def _nearest(
    text: str,
    before: list[EntityMention],
    fits: tuple[str, ...],
    at: int,
    reach: int,
    *,
    offices: bool,
    when: str | None = None,
) -> str:
    """The person of the most recent mention in `before` within `reach` that fits the title (the tie rule:
    `discourse_holders.nearest_fitting`)."""
    return nearest_fitting(text, before, lambda m: _fits(text, m, fits, offices=offices, when=when), at, reach)
