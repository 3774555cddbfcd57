"""An organization referred back to by the head word of its own name (issue 14, item 4; act62).

An English text names a grouping in full once (`the European Union`, `the Association of Southeast Asian Nations`,
`the African Union`) and then by the last word that makes it a body of its kind, with the article: `the Union
suspended …`, `a mission of the Union`, `the Association's members`. The word alone names no one (there are many
unions), so the gazetteer cannot hold it as an alias. Here it names the organization the text named before it whose
English names hold that word, under these conditions (nothing is guessed from the word alone):

- the word is one of `short_names` 'heads_en' in `allyscope/data/discourse.json` written with a capital (`the
  Union`), or one of 'lower_en' also in lower case (`the association`), right after `the`, and not before `of` or a
  capitalised word (`the Union of South American Nations`, `the Union Minister`: a name or a title, not a reference);
- no mention already covers it (`the Alliance` is also a name of one alliance in the gazetteer, read there);
- an organization whose English name or alias holds the word as a word of its own (`European Union`, also when the
  text wrote `EU`) was named before it, within 'reach' characters.

Which organization, when several fit (`the Union` after both the European and the African Union): the most recent
mention before it wins (recency), as a reader takes the party just named. Tie rule: when the nearest mentions of two
different fitting organizations stand in one sentence (nothing but the order tells them apart), the word names
nobody: unresolved is better than wrong. The mention's basis is `short-name`; the collectives and titles read after
it (`the two sides`, `the bloc`) take it as the organization it names."""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from allyscope.discourse_holders import in_one_sentence
from allyscope.entities import EntityMention, Gazetteer, gazetteer, load_discourse
from allyscope.screened_search import screened_finditer

BASIS = "short-name"


class _Rules:
    """The data of `short_names`: the expression that finds a head word after `the`, and how far back it looks."""

    def __init__(self, heads: list[str], lower: list[str], reach: int) -> None:
        words = sorted({*heads, *(w.lower() for w in lower)}, key=len, reverse=True)
        self.pattern = re.compile(rf"\b[Tt]he (?P<head>{'|'.join(map(re.escape, words))})\b(?!['’]?\s*(?:of\b|[A-Z]))")
        self.reach = reach
        # every match begins with one of these (the pattern's own head): the text is searched only where
        # one stands (`screened_finditer`; a Chinese or Japanese text mostly holds none; fast63)
        self.heads = ("The ", "the ")


@cache
def _rules() -> _Rules | None:
    data = load_discourse().get("short_names")
    if not data:
        return None
    return _Rules(list(data["heads_en"]), list(data.get("lower_en", [])), int(data.get("reach", 3000)))


@lru_cache(maxsize=4096)
def _holds(ident: str, word: str) -> bool:
    """Is `ident` an organization one of whose English names holds `word` as a word of its own (`European Union`
    for `Union`, in any case)?"""
    entity = gazetteer().entities.get(ident)
    if not entity or entity.get("type") != "organization":
        return False
    names = [str(entity["name"]), *entity.get("aliases", {}).get("en", [])]
    pattern = re.compile(rf"\b{re.escape(word.casefold())}\b")
    return any(pattern.search(n.casefold()) for n in names)


def organization_short_names(text: str, mentions: list[EntityMention], g: Gazetteer) -> list[EntityMention]:
    """`mentions` with each `the Union`, `the Association` that points back to an organization named before it
    added (basis `short-name`); the rest unchanged. `g` is the gazetteer the mentions were read with."""
    rules = _rules()
    if rules is None or not mentions:
        return mentions
    found = list(screened_finditer(rules.pattern, text, rules.heads, 0))
    if not found:
        return mentions
    starts = [m.start for m in mentions]
    added: list[EntityMention] = []
    for match in found:
        start, end = match.span("head")
        at = bisect.bisect_right(starts, start) - 1
        if at >= 0 and mentions[at].end > start:
            continue  # inside a name already read (`the Alliance` of the gazetteer, `the European Union`)
        organization = _nearest(text, mentions[: bisect.bisect_left(starts, match.start())], match.group("head"),
                                match.start(), rules.reach)  # fmt: skip
        if organization:
            added.append(EntityMention(match.start(), end, text[match.start() : end], (organization,), BASIS))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def _nearest(text: str, before: list[EntityMention], word: str, at: int, reach: int) -> str:
    """The organization of the most recent mention in `before` (those ending before `at`, within `reach`) that
    holds `word`; "" when there is none, or when the nearest mention of another fitting organization stands in the
    same sentence as that one (the tie rule)."""
    fitting = [(m.end, i) for m in before if at - m.end <= reach and m.end <= at for i in m.ids if _holds(i, word)]
    if not fitting:
        return ""
    end, organization = max(fitting)
    rivals = [e for e, i in fitting if i != organization]
    if rivals and in_one_sentence(text, max(rivals), end):
        return ""
    return organization
