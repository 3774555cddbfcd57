"""Dates told by an occasion: a sentence that opens with a span of an occasion told earlier with its date
(`…于2025年2月5日至8日对中国进行正式访问。访问期间，两国元首举行会谈`, `二、峰會期間，…簽署…`, `During the visit,
the two sides …`) is dated by that occasion's date.

Why after the regions are read (`mark_dates`), not while a region is: a joint statement tells the occasion in one
paragraph and what was done during it in the next, so the phrase is read across paragraphs. It takes the latest
date before it that dates a happening, and only when that date's clause names the occasion (with another date
between, a reader could not tell which occasion is meant), the phrase opens its sentence and the sentence has no
date of its own; anywhere else it is left alone. The phrases and the words of each occasion are data
(`date_rules.json`, `occasion_span`); the occasion's words are compared folded (one script, lower case).

A phrase in a later paragraph may skip the occasion told last (rec50): a joint statement or a briefing dated by its
own date line tells its occasion (`…于2025年1月14日至17日对中国进行国事访问`) and then, in paragraphs of their own,
what was recalled (`双方积极评价中国海军训练舰2024年8月对科伦坡港的友好访问`, `They reviewed … President X's State
Visit to India in January 2023`) and what was done on this occasion (`五、访问期间，双方签署了…`, `The leaders welcomed
the signing of … during the visit`). A phrase in a later paragraph than the occasion told last, when that occasion's
date lies outside the document's own, points back to the document's own occasion (the latest whose date and the
document's lie one within the other), as a reader of such a text takes it; within one paragraph the occasion told
last is still the one meant, and a document with no date of its own has no occasion to return to.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import re
from dataclasses import replace
from functools import cache

from allyscope.dates.keyed import keyed_starts, matches_at
from allyscope.dates.values import DateMention, rules
from allyscope.scripts import fold

_SENTENCE_END = "。！？\n"
# what may stand between a sentence's start and its opening phrase: a paragraph's label (`二、`, `4. `, `答：`)
_LABEL = re.compile(
    r"^\s*(?:[一二三四五六七八九十\d]{1,3}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[答问問]\s*[：:])?\s*"
)
_SUBJECT_MAX = 12  # a short subject before the phrase (`卡斯特罗总统访问期间，…`), with no comma


@cache
def _phrases() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    words: dict[str, list[str]] = rules()["occasion_span"]["words"]
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    nouns = {w.lower(): tuple(n.lower() for n in ns) for w, ns in words.items()}
    return re.compile(rf"(?i)(?<![A-Za-z])(?:{alternatives})(?![A-Za-z])"), nouns


@cache
def _key_grams() -> tuple[str, ...]:
    """Two characters shared by the phrases (`期间`, `期間`, `du`), chosen so every phrase holds one (lower case)."""
    words = [w.lower() for w in rules()["occasion_span"]["words"]]
    uncovered, keys = set(words), []
    while uncovered:
        grams = [w[i : i + 2] for w in sorted(uncovered) for i in range(len(w) - 1)]
        best = max(sorted(set(grams)), key=lambda g: (sum(g in w for w in uncovered), " " not in g))
        keys.append(best)
        uncovered = {w for w in uncovered if best not in w}
    return tuple(keys)


@cache
def _keys() -> re.Pattern[str]:
    """The keys (`_key_grams`) as one case-sensitive alternation, each Latin letter in either case: the phrases'
    case-insensitive alternation has no literal prefix to skip by and cost milliseconds on a long document that
    holds none. (`_key_starts` finds where it matches without it.)"""
    keys = _key_grams()
    cased = ("".join(f"[{c.upper()}{c}]" if c.isalpha() and c.isascii() else re.escape(c) for c in k) for k in keys)
    return re.compile("|".join(cased))


@cache
def _key_forms() -> tuple[str, ...]:
    """Every string `_keys` matches: each key with its Latin letters in each case (`du`, `dU`, `Du`, `DU`), all of
    two characters."""
    forms = (
        "".join(chars)
        for key in _key_grams()
        for chars in itertools.product(*[(c.upper(), c) if c.isalpha() and c.isascii() else (c,) for c in key])
    )
    return tuple(dict.fromkeys(forms))


def _key_starts(text: str) -> list[int]:
    """Where `_keys().finditer(text)` finds its matches, by a plain substring search for each form of each key
    (`_key_forms`): the engine tried the alternation at every character (a class of first characters has no
    literal to skip to). All forms are two characters long, so the matches a scan finds are the places of the
    forms taken from the left, each at least two characters after the one taken before it. In a text of more than
    ASCII, where a `str.find` of two characters reads every character (30 µs a form on the reference article),
    the forms are found by their first character (`keyed`: a `str.find` of one character skips as `memchr` does)."""
    if text.isascii():
        places: list[int] = []
        for form in _key_forms():
            at = text.find(form)
            while at >= 0:
                places.append(at)
                at = text.find(form, at + 1)
    else:
        places = keyed_starts(text, tuple((form, 0) for form in _key_forms()))
    out: list[int] = []
    free = 0
    for at in sorted(places):
        if at >= free:
            out.append(at)
            free = at + 2
    return out


@cache
def _firsts() -> tuple[re.Pattern[str], int]:
    """The first characters of the phrases (either case) as one class, and the longest phrase's length."""
    words = rules()["occasion_span"]["words"]
    firsts = sorted({c for w in words for c in (w[0].lower(), w[0].upper())})
    return re.compile("[" + "".join(re.escape(c) for c in firsts) + "]"), max(len(w) for w in words)


def _phrase_matches(text: str) -> list[re.Match[str]]:
    """The occasion phrases of `text`, as one left-to-right scan with the phrases' pattern finds them: the pattern is
    tried only at the places a phrase can start (its first characters) within a phrase's length before a key. The
    windows before the keys (ascending) are read once each by the class of first characters, each character once:
    a set of every place of every window cost 0.4 M instructions on the reference article."""
    pattern, _ = _phrases()
    first, reach = _firsts()
    starts: list[int] = []
    covered = 0  # the text before it is read already
    for key in _key_starts(text):
        starts.extend(m.start() for m in first.finditer(text, max(covered, key - reach), key + 1))
        covered = key + 1
    return matches_at(pattern, text, starts)


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The sentence around `at`: from after the last sentence end before it to the next one (an English
    sentence ends at `. ` too)."""
    start = max(max(text.rfind(c, 0, at) for c in _SENTENCE_END), text.rfind(". ", 0, at) + 1)
    ends = [i for i in (text.find(c, at) for c in (*_SENTENCE_END, ". ")) if i >= 0]
    return start + 1 if start >= 0 else 0, min(ends) if ends else len(text)


def occasion_dates(text: str, mentions: list[DateMention], own: str | None = None) -> list[DateMention]:
    """The dates of the occasion phrases of `text` (`mentions`: its dates read so far, in text order), each the
    whole date of the latest happening before it, when that happening's clause names the occasion (`own`: the
    document's own date, EDTF, when it states one: `_occasion_told`)."""
    _, nouns = _phrases()
    starts = [m.start for m in mentions]
    out: list[DateMention] = []
    for found in _phrase_matches(text):
        s_start, s_end = _sentence(text, found.start())
        lead = text[s_start : found.start()]
        label = _LABEL.match(lead)
        rest = lead[label.end() if label else 0 :]
        english = found.group()[0].isascii()
        if found.group().lower() in _opening_only() and (rest.strip() or not _opens_its_setting(text, found.end())):
            continue  # `There he visited …` only: not `… the troops there`, not `There were …` (rec68)
        if english and rest:
            if _VERB_BEFORE.search(rest) is None or re.search(r"[;:]", rest):
                continue  # an English phrase inside a clause dates its sentence only after the clause's verb
        elif (len(rest) > _SUBJECT_MAX or re.search(r"[，,；;：:、]", rest)) and not _TOPIC_JA.match(rest):
            continue  # inside a clause, or after a long subject: not the sentence's setting
        first, last = bisect.bisect_left(starts, s_start), bisect.bisect_left(starts, s_end)
        if any(m.dates_event for m in mentions[first:last]):
            continue  # the sentence has a date of its own (a target's `by 2030` in a list of acts is none)
        before = [m for m in mentions[:first] if m.dates_event]
        if not before:
            continue  # no happening dated before it
        words = nouns[found.group().lower()]
        here = _paragraph(text, found.start())
        if before[-1].edtf.endswith("/.."):
            # `since then` in the phrase's own paragraph leaves it undated; told in an earlier paragraph, only the
            # document's own occasion can be meant (module docstring)
            mention = None if _paragraph(text, before[-1].start) == here else _own_occasion(text, before, words, own)
        else:
            mention = _occasion_told(text, before, words, own)
            if mention is not None and _paragraph(text, mention.start) < here and not _agrees(mention.edtf, own):
                mention = _own_occasion(text, before, words, own) or mention  # the document's own (module docstring)
        if mention is not None:
            precision = "range" if "/" in mention.edtf else mention.precision
            out.append(
                DateMention(
                    found.start(), found.end(), found.group(), mention.edtf, precision, "relative", basis="relative"
                )
            )
    return out


_BARE_DAY = re.compile(r"(?:[于於在]\s*)?(\d{1,2})\s*日")
# a bare day the reader left unread (no month before it to take: `美國早在2008年即承認…。訪問期間，…於4日…`), after
# a clause's start or `於`/`于`/`在`, and no count of days (`3日間`, `4日後`, `每月4日`)
_UNREAD_DAY = re.compile(r"(?:(?<=[于於在])|(?<=[，,、\s]))(\d{1,2})日(?![間间後后内內以前起至到])")


def occasion_days(text: str, mentions: list[DateMention]) -> list[tuple[DateMention | None, DateMention]]:
    """Each bare day (`20日`, `於15日`: no month or year of its own) of a sentence an occasion phrase opens, with the
    same day in the month and year of the occasion the phrase points back to (`occasion_span` 'bare_day_about'),
    where that month differs from the one the day was read in (a sentence recalling another year stood between):
    (old, new) pairs, date89. A recalled occasion told last (`_recalled`) is passed over for the one told before it
    (date90); a bare day the reader left unread, with no month before it (a year alone told last), takes the
    occasion's month in place of the phrase's own date, or as a date of its own (old None) where the phrase has none
    (date90)."""
    _, nouns = _phrases()
    starts = [m.start for m in mentions]
    out: list[tuple[DateMention | None, DateMention]] = []
    for found in _phrase_matches(text):
        if found.group()[0].isascii():
            continue  # an English day is told with its month (`on 20 July`)
        s_start, s_end = _sentence(text, found.start())
        lead = text[s_start : found.start()]
        label = _LABEL.match(lead)
        rest = lead[label.end() if label else 0 :]
        if (len(rest) > _SUBJECT_MAX or re.search(r"[，,；;：:、]", rest)) and not _TOPIC_JA.match(rest):
            continue  # inside a clause, or after a long subject: not the sentence's setting
        first, last = bisect.bisect_left(starts, s_start), bisect.bisect_left(starts, s_end)
        own_dates = [m for m in mentions[first:last] if m.dates_event]
        days = [m for m in own_dates if m.precision == "day" and _BARE_DAY.fullmatch(m.text.strip())]
        unread: DateMention | None = None
        if (not days and not mentions[first:last]) or (len(own_dates) == 1 and own_dates[0].start == found.start()):
            # no date, or the phrase's own only (`occasion_dates`): a bare day of the sentence the reader left unread
            found_days = list(_UNREAD_DAY.finditer(text, found.end(), s_end))
            if len(found_days) == 1:
                unread = own_dates[0] if own_dates else None
                hit = found_days[0]
                days = [DateMention(hit.start(), hit.end(), hit.group(), "", "day", "relative")]
        elif not days or len(days) != len(own_dates):
            continue  # no bare day, or the sentence tells a month or year of its own
        if not days:
            continue
        before = [m for m in mentions[:first] if m.dates_event]
        window = before[-_LOOKBACK:]
        words = nouns[found.group().lower()]
        occasion = next(
            (
                m
                for k, m in reversed(list(enumerate(window)))
                if any(fold(w) in fold(text[slice(*_clause(text, m.start))]) for w in words)
                and not _recalled(text, m, window[:k])
            ),
            None,
        )
        if occasion is None or not re.match(r"\d{4}-\d{2}", occasion.edtf):
            continue
        month = occasion.edtf[:7]
        for day in days:
            figure = _BARE_DAY.fullmatch(day.text.strip())
            if figure is None or day.edtf.startswith(month):
                continue
            value = f"{month}-{int(figure.group(1)):02d}"
            try:
                datetime.date.fromisoformat(value)
            except ValueError:
                continue
            new = replace(day, edtf=value, basis="relative", precision="day", kind="relative")
            out.append((unread, new) if days[0].edtf == "" else (day, new))
    return out


@cache
def _recall_marks() -> tuple[str, ...]:
    spec = rules()["occasion_span"].get("recalled_occasion", {})
    return tuple(fold(w) for w in spec.get("marks", []))


def _recalled(text: str, mention: DateMention, told_before: list[DateMention]) -> bool:
    """Is the occasion dated by `mention` a recalled one (`occasion_span` 'recalled_occasion', date90): its sentence
    marks it as told from the past (`曾`, `早在`, `当時の`, `前回`, `这是继…`) and a date told before it, among the
    few the phrase looks back over (`told_before`), lies after it (`2025年8月…来日した。2017年12月には、当時の…
    大統領が…訪日し…。訪日期間中、…20日`)? Then the text stepped back from its story, and the phrase points to
    the occasion of the story, told before the recall."""
    start = mention.edtf.split("/")[0]
    if not any(m.edtf.split("/")[0][: len(start)] > start for m in told_before):
        return False
    sentence = fold(text[slice(*_sentence(text, mention.start))])
    return any(mark in sentence for mark in _recall_marks())


@cache
def _opening_only() -> frozenset[str]:
    """The phrases that date their sentence only where they open it (`occasion_span` 'opening_only', rec68)."""
    return frozenset(w.lower() for w in rules()["occasion_span"].get("opening_only", {}).get("phrases", []))


@cache
def _not_before_opening() -> frozenset[str]:
    return frozenset(w.lower() for w in rules()["occasion_span"].get("opening_only", {}).get("not_before", []))


def _opens_its_setting(text: str, end: int) -> bool:
    """Does the word after an opening-only phrase (ending at `end`) go on with the sentence's subject, not a verb
    of being or having (`There were …`) or a comma-less turn (`There's`): `occasion_span` 'opening_only'?"""
    following = re.match(r"\s*('s|[A-Za-z]+)", text[end : end + 24])
    return following is not None and following.group(1).lower() not in _not_before_opening()


_LOOKBACK = 4  # dates told before an occasion phrase that may be its occasion's or days of it

# a Japanese topic before the phrase (`同相は、滞在中、…`): the subject of the sentence the phrase sets, not a clause
_TOPIC_JA = re.compile(r"^[^，,；;：:、。\s]{1,10}は[、，]$")


def _paragraph(text: str, at: int) -> int:
    """Where the paragraph (line) holding `at` starts: the occasion phrase reads across paragraphs."""
    return text.rfind("\n", 0, at) + 1


def _agrees(edtf: str, own: str | None) -> bool:
    """Do an occasion's date and the document's own (`own`) lie one within the other? Without a date of its own,
    a document has no occasion to return to, and any occasion agrees."""
    return own is None or _within(own, edtf) or _within(edtf, own)


def _own_occasion(text: str, before: list[DateMention], nouns: tuple[str, ...], own: str | None) -> DateMention | None:
    """The latest happening before the phrase whose clause names the occasion and whose date and the document's
    own lie one within the other (module docstring), or None (no date of the document's own, or no such
    occasion)."""
    if own is None:
        return None
    for mention in reversed(before):
        if mention.edtf.endswith("/..") or not (_within(own, mention.edtf) or _within(mention.edtf, own)):
            continue
        a, b = _clause(text, mention.start)
        if any(fold(w) in fold(text[a:b]) for w in nouns):
            return mention
    return None


def is_occasion_phrase(text: str) -> bool:
    """Is `text` one of the occasion phrases (`访问期间`, `during the visit`)? Its act is the occasion told before,
    not another: the events stage then counts no new visit in the words before it (`卡斯特罗总统访问期间，…`)."""
    return text.lower() in _phrases()[1]


def _occasion_told(
    text: str, before: list[DateMention], nouns: tuple[str, ...], own: str | None = None
) -> DateMention | None:
    """The date of the occasion an occasion phrase points back to: the latest date of a happening before it whose
    clause names the occasion, when every date told after that one lies within it (`于2023年9月…进行国事访问。…9月
    23日，两国元首举行会谈。访问期间，…`: the talks' day is a day of the visit, so the visit is still the one meant).
    With a date outside it between (a recalled year, another visit), a reader takes the occasion of the document
    itself: the latest told whose date and the document's own (`own`: a joint statement's date line, `（2023年12月
    13日，河内）`) lie one within the other; with no such occasion, none."""
    for back, mention in enumerate(reversed(before[-_LOOKBACK:])):
        a, b = _clause(text, mention.start)
        if any(fold(w) in fold(text[a:b]) for w in nouns):
            later = before[len(before) - back :]
            if all(_within(m.edtf, mention.edtf) for m in later):
                return _span_holding(text, before[: len(before) - back - 1], mention, nouns) or mention
            break
    if own is None:
        return None
    for mention in reversed(before):
        if _within(own, mention.edtf) or _within(mention.edtf, own):
            a, b = _clause(text, mention.start)
            if any(fold(w) in fold(text[a:b]) for w in nouns):
                return mention
    return None


def _span_holding(
    text: str, earlier: list[DateMention], found: DateMention, nouns: tuple[str, ...]
) -> DateMention | None:
    """span82: the span of days told before `found` (a day of the occasion: the arrival `4月8日下午抵達` and the
    banquet `當晚`, the talks `並於11日…會談` after `2023年7月11日至12日，…峰會…舉行`) whose clause names the occasion
    too and holds `found` and every date told between: the phrase (`訪問期間`, `峰會期間`) is the whole occasion, not
    the day told last of it. Only the few dates before it (`_LOOKBACK`), days of that span, are looked over; a date
    outside the span between them ends the search (another occasion, a recall). None when there is no such span."""
    if "/" in found.edtf:
        return None
    days = [found]
    for mention in reversed(earlier[-_LOOKBACK:]):
        if mention.precision == "range" and not mention.edtf.endswith("/.."):
            if not all(_within(d.edtf, mention.edtf) for d in days):
                return None
            a, b = _clause(text, mention.start)
            return mention if any(fold(w) in fold(text[a:b]) for w in nouns) else None
        if "/" in mention.edtf or not _within(mention.edtf, found.edtf[:7]):
            return None  # a date of another month between: not a day of one span with `found`
        days.append(mention)
    return None


def _within(inner: str, outer: str) -> bool:
    """Does the EDTF date or range of days `inner` lie within `outer` (a year, a month, a day or a range of days)?"""
    lo, _, hi = outer.partition("/")
    hi = hi or lo
    if ".." in (lo, hi) or "X" in outer:
        return False
    first, _, last = inner.partition("/")
    last = last or first
    if ".." in (first, last) or "X" in inner:
        return False
    return lo <= first[: len(lo)] and last[: len(hi)] <= hi


# an English occasion phrase after its clause's verb (`An annex was signed during that visit`): with no date of its
# own, the sentence is dated by the occasion as when the phrase opens it
_VERB_BEFORE = re.compile(r"\b(?:[a-z]+ed|met|held|took|made|gave|sent|began|was|were)\b")


def _clause(text: str, at: int) -> tuple[int, int]:
    """The sentence around `at`, narrowed to its clause between semicolons (`…举行首次特别峰会；2021年10月，双方
    建立…`: the later date is not the summit's)."""
    start, end = _sentence(text, at)
    before = max(text.rfind(c, start, at) for c in "；;")
    after = [i for i in (text.find(c, at, end) for c in "；;") if i >= 0]
    return (before + 1 if before >= 0 else start), (min(after) if after else end)
