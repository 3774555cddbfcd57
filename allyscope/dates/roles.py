"""Why a date dates no event: the words around it that make it a document's name, a source, a period or a line's
furniture rather than the time of what the sentence tells.

`_role` gives the `role` of a date from its surroundings (`furniture`, `anniversary`, `period-end`, `dateline`,
`citation`); the tests of a year inside a document's name (`the 2016 Joint Declaration`, `2022 年版`, `《…》`), of a
decade written as a span (`through the 1980s`, `1990年代を通じて`), of a range that opens its clause, and of a date that
heads its line (a chronology's entry) are here too. They read only the text, never the dates before, so they sit
apart from the reader that anchors dates on one another.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from allyscope.dates.asides import anniversary_opening
from allyscope.dates.values import _alternatives, rules


@cache
def _document_name() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the determiner before a year, the name after it) of `the 2016 Joint Declaration`, `its 2022 Strategic
    Concept`: a year inside a name whose head is a document noun (`document_nouns_en`)."""
    nouns = _alternatives(rules()["document_nouns_en"])
    return (
        # a determiner, or a possessive name (`Britain's 2021 Integrated Review`, `ASEAN’s 2019 Outlook`)
        re.compile(r"(?<![A-Za-z])(?:(?i:the|its|their|our|this|that|a|an)|[A-Z][\w.-]*['’]s)\s+$"),
        re.compile(rf"\s+(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+|(?:and|on|of|for|in)\s+){{0,5}}?(?i:{nouns})\b"),
    )


def _names_a_document(text: str, start: int, end: int) -> bool:
    """Is the year at `[start, end)` part of a document's name (`the 2017 Joint Declaration on …`, `the 2022
    agreement`) rather than the date of what the sentence tells?"""
    determiner, name = _document_name()
    if determiner.search(text, max(0, start - 24), start) is not None and name.match(text, end) is not None:
        return True
    return names_a_document_by_of(text, start)


def names_a_document_by_of(text: str, start: int) -> bool:
    """Is the date at `start` a document's, written after its noun and `of` (`The agreement of December 2014
    allowed …`, `the Treaty of 1951`)?"""
    # its expression ends in `of` and white space to `start`: where `of` does not stand right before that white
    # space, the search of its window cannot match (fast67)
    at = _before_white_space(text, start)
    if text[at - 2 : at] != "of":
        return False
    return _document_of_date().search(text, max(0, start - 48), start) is not None


@cache
def _document_of_date() -> re.Pattern[str]:
    """A document's noun and `of` right before a date, after a determiner and at most three words of its name.
    The determiner may be a name's possessive (`Norway's defence white paper of 12 July 2022`, prc57) or an
    indefinite article, and the words between may be lower-case modifiers (prec73: `a status-of-forces arrangement
    of 1998`, `an earlier protocol of 2002`, `the defence pact of 1953`): a noun phrase that names an earlier
    document by its date, as a capitalised name does; the act of the sentence is told by its verb elsewhere."""
    nouns = _alternatives(rules()["document_nouns_en"])
    return re.compile(
        rf"(?<![A-Za-z])(?:(?i:the|its|their|an?)|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){{0,3}}?(?i:{nouns})\s+of\s+$"
    )


@cache
def _named_document_cjk() -> re.Pattern[str]:
    """`の` and a name without particles or punctuation that ends in a document noun (`の米比相互防衛条約`), the
    noun ending the word (no character of another word after it: `協定署名` is a signing; `以来` may follow: `1887年の
    修好宣言以来の友好関係` counts from the document). Japanese only: its
    particles bound the name, where a Chinese `的` may run on over a verb (`2019年的峰会上发表声明`)."""
    nouns = _alternatives(rules()["document_nouns_cjk"])
    name = r"の[^\s、。，,；;のがをにはでとも「」《》（）()]{0,16}?"
    return re.compile(rf"{name}(?:{nouns})(?:(?![\u4e00-\u9fff])|(?=以来|以來|以降|以後))")


@cache
def _document_noun_cjk() -> re.Pattern[str]:
    """The document nouns a year may be written right before (`document_nouns_cjk`), as one expression."""
    return re.compile(_alternatives(rules()["document_nouns_cjk"]))


@cache
def _named_after_de() -> re.Pattern[str]:
    """A few words after 的 that end in a document noun (`document_after_de`), none of them a word that runs on
    into the clause."""
    d = rules()["document_after_de"]
    between = f"[^\\s，,。、；;：:《》「」『』（）()的{re.escape(d['not_between'])}]"
    return re.compile(rf"{between}{{1,{int(d['reach'])}}}?(?:{_alternatives(rules()['document_nouns_cjk'])})")


def _document_after_de(text: str, start: int) -> bool:
    """Is the text at `start`, right after a year's 的, a document's name of a few words (`諒解備忘錄`, `联合声明`,
    not `峰会上发表声明`)?"""
    return _named_after_de().match(text, start) is not None


@cache
def _decade_span() -> re.Pattern[str]:
    """The words before an English decade that make it a span of time, not the date of an act (`through the
    1980s`, `the Tornado of the 1970s`): `decade_span_before_en`."""
    return re.compile(rf"(?<![A-Za-z])(?i:{_alternatives(rules()['decade_span_before_en'])})\s+$")


@cache
def _decade_spans_cjk() -> tuple[re.Pattern[str], re.Pattern[str]]:
    r = rules()
    after = re.compile(rf"\s*(?:{_alternatives(r['decade_span_after_cjk'])})")
    before = re.compile(rf"(?:{_alternatives(r['decade_span_before_cjk'])})\s*(?:\d{{2}}\s*世[纪紀]\s*)?$")
    return after, before


def _decade_span_cjk(text: str, start: int, end: int) -> bool:
    """Is a Chinese or Japanese decade written as a span of time (`1990年代を通じて`, `整个90年代`): words of
    `decade_span_after_cjk` right after it or of `decade_span_before_cjk` right before it?"""
    after, before = _decade_spans_cjk()
    return after.match(text, end) is not None or before.search(text, max(0, start - 8), start) is not None


_CLAUSE_START = re.compile(
    r"(?:^|[。！？!?；;，,、\n])\s*(?:(?:从|自|由|於|于|在|[Ii]n|[Ff]rom|[Bb]etween|[Dd]uring)\s*)?$"
)


def _opens_clause(text: str, start: int) -> bool:
    """Does a range of years open its clause (`1992年から1993年にかけて、…`, `From 2006 to 2013, …`)? Then it
    dates what the clause tells; inside a noun phrase (`计划期为2023—2026年`, `令和5年度から令和9年度までを対象とする`)
    it names a period."""
    return _CLAUSE_START.search(text, max(0, start - 12), start) is not None


def _in_document_title(text: str, start: int) -> bool:
    """True when `start` lies inside `《…》` (a year in a title names the document, not an event)."""
    opens, closes = _title_brackets(text)
    k = bisect.bisect_left(opens, start)
    if not k:
        return False
    opened = opens[k - 1]
    j = bisect.bisect_left(closes, opened)
    return j == len(closes) or closes[j] >= start


@lru_cache(maxsize=4)
def _title_brackets(text: str) -> tuple[list[int], list[int]]:
    """Where `《` and `》` stand in the text, found once: asked by every year of the text, a search back from each
    date to the text's start made a long text's reading quadratic."""
    return _places("《", text), _places("》", text)


def _places(char: str, text: str) -> list[int]:
    """Every place `char` stands in `text`, found by `str.find` (which skips to it in C; the expression engine
    reads a Chinese text character by character, several times slower)."""
    out = []
    at = text.find(char)
    while at >= 0:
        out.append(at)
        at = text.find(char, at + 1)
    return out


def _opens_its_line(text: str, start: int) -> bool:
    """Is there nothing but white space between the start of `start`'s line and `start`? Read backwards over the
    white space only, so that a date deep inside a long line costs no scan of the line."""
    i = start
    while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def _after_a_mark(text: str, start: int) -> int:
    """Where the date at `start` would stand without the bullets, marks or table bars before it on its line
    (`・3月5日`, `■ 2015年`, `| 2019.03.05 |`): a chronology's entry opens its line behind them."""
    i = start
    while i > 0 and text[i - 1] != "\n" and (text[i - 1].isspace() or text[i - 1] in _MARKS):
        i -= 1
    return i


_MARKS = "■□●○◆◇▼▽・‧•*#|-–—"


_OPENERS = "（(【["
_CLOSERS = "）)】]"
_CITATION_TAIL = re.compile(r"^\s*(?:[,，:：;；]?\s*(?:pp?\.|第)?\s*[\d\-–]*\s*(?:页|頁)?)?\s*$")
# what stands before a source's date in its bracket: a comma, a name and a space, a title closing (`《人民日报》`)
_CITATION_HEAD = re.compile(r"[,，、;；:：]\s*$|[A-Za-z\u3040-\u30ff\u4e00-\u9fff]\s+$|[》』」]\s*$|^\s*$")


def _is_citation(text: str, start: int, end: int) -> bool:
    """A date inside brackets after a source's name (`（新华社，2023年7月12日）`, `(Smith 2019, p. 3)`): the
    date of a source, not of an event. A bracket that holds the date alone (`Monday (15 April)`) is a gloss."""
    opened = max(text.rfind(c, max(0, start - 60), start) for c in _OPENERS)
    if opened < 0 or any(c in text[opened + 1 : start] for c in _CLOSERS + "。"):
        return False
    closed = min((i for i in (text.find(c, end, end + 20) for c in _CLOSERS) if i >= 0), default=-1)
    if closed < 0 or not _CITATION_TAIL.match(text[end:closed]):
        return False
    head = text[opened + 1 : start]
    return bool(head.strip()) and bool(_CITATION_HEAD.search(head))


@cache
def _role_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words around a date that say what it dates, each list as one expression (see `_role`)."""
    r = rules()
    return (
        re.compile(f"(?:{_alternatives(r['furniture_before'])})(?:[ \t：:　]|\\s+on\\s+)*$"),
        re.compile(_alternatives(r["period_end_after"])),
        re.compile("(?<![A-Za-z])(?i:" + _alternatives(r["period_end_before"]) + ")\\s*$"),
        re.compile("\\s*(?:" + _alternatives(r["dateline_after"]) + ")"),
    )


def _word_ends(words: Iterable[str]) -> re.Pattern[str]:
    """The last characters of `words`, as one class matched as an expression ignoring case matches them."""
    return re.compile("(?i:[" + "".join(re.escape(w[-1]) for w in words) + "])")


@cache
def _period_word_ends() -> re.Pattern[str]:
    """The last characters of the words of `period_end_before` (case ignored)."""
    return _word_ends(rules()["period_end_before"])


@cache
def _before_words_ends() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The last characters of the words of `comparison_base`'s `before`, of `later_than_en` and of `reach_back_en`
    (with the `the` its expression allows after them), case ignored: what the searches of `_role` that end in
    white space to the date need right before that white space (fast67)."""
    r = rules()
    return (
        _word_ends(r["comparison_base"]["before"]),
        _word_ends(r["later_than_en"]["words"]),
        _word_ends([*r["reach_back_en"]["words"], "the"]),
    )


def _before_white_space(text: str, start: int) -> int:
    """Where the white space right before `start` begins (`start` when there is none)."""
    at = start
    while at and text[at - 1].isspace():
        at -= 1
    return at


def _may_end_word(text: str, start: int, ends: re.Pattern[str]) -> bool:
    """Can a word whose last characters are `ends` (`_word_ends`) end right before `start`, white space aside? An
    expression ending in such a word, then white space to `start` (searched with `start` as its end, `$` last),
    can match only where the last character before that white space is one of them: this one test spares
    searching its window before most dates."""
    at = _before_white_space(text, start)
    return at > 0 and ends.match(text, at - 1) is not None


def _may_end_a_period_word(text: str, start: int) -> bool:
    """Can a word of `period_end_before` end right before `start`, white space aside (`_may_end_word`)?"""
    return _may_end_word(text, start, _period_word_ends())


@cache
def _comparison_base() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the words before, the words after) a date that make it the base of a comparison (`comparison_base`)."""
    c = rules()["comparison_base"]
    return (
        re.compile(rf"(?<![A-Za-z])(?i:{_alternatives(c['before'])})\s*$"),
        re.compile(rf"\s*(?:{_alternatives(c['after'])})"),
    )


# the rest of a sentence with no clause of its own: no comma or semicolon before its end
_SENTENCE_REST = re.compile(r"[^，,、；;。！？!?\n]*?(?:[。！？!?]|\.(?=\s|$)|\n|$)")


@cache
def _anniversary_clause() -> re.Pattern[str]:
    """What follows a date whose clause only counts an anniversary reached in it (`anniversary_clauses`): a
    Chinese copula, a Japanese particle and a verb of reaching after the count, an English verb and an ordinal."""
    a = rules()["anniversary_clauses"]
    count = r"(?:\d+|[一二三四五六七八九十百]+)"
    words = _alternatives(a["words"])
    clause = r"[^，,。；;、！？!?\n]"
    # in Japanese the year is the count's when a topic particle or a comma follows it (`本年は…から30年に当たる`);
    # `の` makes it the date of the act counted from (`1953年の外交関係開設から70年を迎えた`: 1953 dates the act)
    return re.compile(
        # a relative year may have its figure after it (`今年2024年には…40周年を迎える`)
        rf"(?:\s*年)?(?:\s*\d{{4}}\s*年)?\s*(?:(?:{_alternatives(a['copulas_zh'])}){clause}{{0,24}}?(?:{count}\s*(?:{words})|第{count}\s*年)"
        # without a copula: a short name and the count close the sentence (`並歡慶今年建交45週年。`)
        rf"|[\u4e00-\u9fff]{{1,8}}?{count}\s*(?:{words})(?=\s*[。！!\n]|$)"
        # a short subject, a verb of marking and the count (`去年两国隆重纪念了建交50周年。`): the year it was marked
        rf"|[^，,。；;、！？!?\n\s]{{0,6}}?(?:{_alternatives(a['marking_zh'])})了?{clause}{{0,20}}?{count}\s*(?:{words})(?=\s*[。！!\n]|$)"
        # a chronology's entry may set a dash between its date and the count (`2014年 – 国交樹立150周年にあたる。`)
        # (the count may head a short noun it names with `の` before the verb: `…50周年の節目に当たる`, prec70)
        rf"|(?:(?:{_alternatives(a['particles_ja'])})、?|、|\s*[–—]\s*){clause}{{0,20}}?{count}\s*(?:{words}|年)"
        rf"(?:の[\u3040-\u30ff\u4e00-\u9fff]{{1,3}}?)?(?:{_alternatives(a['reach_ja'])})"
        rf"|,?\s+(?i:{_alternatives(a['verbs_en'])})\s+(?i:the|its|their|our)\s+[\w-]+\s+anniversary\b)"
    )


# a year alone, a range of years, or the year a term runs from (`1939年`, `1950–1953`, `2021年起`)
_YEAR_GLOSSED = re.compile(r"\d{4}\s*年?(?:\s*[-–—~～至到]\s*\d{2,4}\s*年?)?\s*(?:起|から|以来|以來)?")


@cache
def _bracket_gloss_end() -> re.Pattern[str]:
    """The words that may stand between a glossing year and its closing bracket (`bracket_glosses`), then the
    bracket."""
    return re.compile(rf"\s*(?:{_alternatives(rules()['bracket_glosses']['after'])})?\s*[)）]")


def glosses_a_name(text: str, start: int, end: int) -> bool:
    """Does the date at `[start, end)` fill a bracket right after a name with its time (`ハルハ河戦争（1939年）`,
    `通倫·西蘇里（2021年起在任）`), data `bracket_glosses`? Such a year names when a war, a term or a period was; the
    clause it stands in does not happen then. A citation's bracket follows white space (`Saxi (2017)`); a glossed
    day is no year alone (`今（20）日`)."""
    if start < 2 or text[start - 1] not in "(（":
        return False
    before = text[start - 2]
    if before.isspace() or before.isdigit() or before in "(（，,。、；;：:":
        return False
    return _YEAR_GLOSSED.fullmatch(text, start, end) is not None and _bracket_gloss_end().match(text, end) is not None


@cache
def _anniversary_object_en() -> re.Pattern[str]:
    """An English verb that marks an anniversary or lets it pass, a few words, then a noun of an anniversary
    (`anniversary`, `centenary`: 'anniversary_nouns_en') or `years of` (`anniversary_clauses`, 'object_verbs_en')."""
    verbs = _alternatives(rules()["anniversary_clauses"]["object_verbs_en"])
    # `anniversary`, `centenary`, `jubilee` (prec71: 'anniversary_nouns_en')
    nouns = _alternatives(rules()["anniversary_clauses"]["anniversary_nouns_en"])
    # or the anniversary dated itself (`the partnership's 25th anniversary in 2021 passed quietly`): the date is the
    # count's, and a clause with no act cue of its own tells no act then (prc57)
    return re.compile(
        rf"(?<![A-Za-z])(?i:{verbs})\s+(?:[\w'’-]+\s+){{1,3}}?(?i:(?:{nouns})\b|years\s+of\b)"
        rf"|(?<![A-Za-z])(?i:{nouns})\s+(?i:in|on)\s+\w"
    )


def counts_an_anniversary_en(clause: str) -> bool:
    """Does an English clause mark an anniversary or let one pass (`…marked the fortieth anniversary this year`,
    `let the treaty's 25th anniversary pass`, `mark 150 years of diplomatic relations`), or date the anniversary
    itself (`the 25th anniversary in 2021 passed quietly`)? With no act cue of its own
    such a clause counts years: its date dates no act."""
    return _anniversary_object_en().search(clause) is not None


def anniversary_count_end(text: str, end: int) -> int | None:
    """Where the count of an anniversary right after a date ending at `end` ends (`2023年適逢備忘錄簽署五週年`), or
    None: the words up to there count years from an act, they tell none (the events stage reads the clause after)."""
    count = _anniversary_clause().match(text, end)
    return count.end() if count is not None else None


# words that end a name's modifiers: a preposition, a conjunction or a verb's particle opens a phrase of its own
_NOT_IN_A_NAME = (
    "on|of|in|at|to|and|or|with|for|over|about|after|before|during|by|from|between|into|amid|since|was|were|is"
)


@cache
def _later_than() -> re.Pattern[str]:
    """An English word that puts an act after the date right after it (`later_than_en`), with no count or word of
    time before it (`two months after`, `the day after` count from the date)."""
    words = _alternatives(rules()["later_than_en"]["words"])
    counted = "day|days|week|weeks|month|months|year|years|shortly|soon|just|long|immediately|only|that|this"
    return re.compile(rf"(?<![A-Za-z])(?:(?!(?i:{counted})\s)[A-Za-z]+\s+|^|[,;(]\s*)(?i:{words})\s+$")


_WHEN_AFTER = re.compile(r",?\s+(?i:when|in which)\b")


@cache
def _reach_back() -> re.Pattern[str]:
    """English words right before a date telling how far back a thing reaches (`reach_back_en`)."""
    return re.compile(rf"(?<![A-Za-z])(?i:{_alternatives(rules()['reach_back_en']['words'])})\s+(?:the\s+)?$")


_YEAR_OR_MONTH_EN = re.compile(
    r"(?:(?:early|mid|late)[\s-]+)?(?:(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+)?(?:19|20)\d\d"
)


def precision_of_month_or_year(text: str, start: int, end: int) -> bool:
    """Is the date at `[start, end)` an English year or a month and year alone (`2014`, `February 2022`)?"""
    return _YEAR_OR_MONTH_EN.fullmatch(text, start, end) is not None


# `作为2023年G7轮值主席国，将…列为议题`: the term frames the act the chair does in it, which the date dates
_AS_CHAIR = re.compile(r"(?:作为|作為|として)\s*$")


@cache
def _told_past_patterns() -> re.Pattern[str]:
    a = rules()["anniversary_clauses"]
    return re.compile(rf"(?:{_alternatives(a['told_past_zh'])})|[，,]\s*(?:{_alternatives(a['present_after_zh'])})")


@cache
def _reached_before_count() -> re.Pattern[str]:
    """After a date, a Japanese verb of reaching in the past and then the count it qualifies (`昨年迎えた…50周年`):
    `anniversary_clauses` 'reached_before_ja'."""
    a = rules()["anniversary_clauses"]
    count = r"(?:\d+|[一二三四五六七八九十百]+)"
    return re.compile(
        rf"\s*(?:{_alternatives(a['reached_before_ja'])})[^。、，,；;！？!?\n]{{0,20}}?{count}\s*(?:{_alternatives(a['words'])})"
    )


def _count_told_past(text: str, at: int) -> bool:
    """Does a Chinese count of years end at `at` in a noun it qualifies (`…60周年的中刚关系`) or before a clause of
    the present (`…15週年，目前仍有…`)? Then its clause tells no act (`anniversary_clauses`, 'told_past_about')."""
    return _told_past_patterns().match(text, at) is not None


# a date told to its day (`於15日`): a chair's term is a year or half a year, never a day (date89)
_DAY_CLOSES = re.compile(r"\d\s*[日号號]\s*$")


@cache
def _chair_term() -> re.Pattern[str]:
    """The rest of a phrase, after a date, that ends in a rotating chair's noun (`chair_terms`)."""
    return re.compile(rf"[^，,。、；;：:\n]{{0,14}}?(?:{_alternatives(rules()['chair_terms']['nouns'])})")


@cache
def _tenure_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(an office's word or a verb of serving closing the text before an English range, a Japanese verb of holding
    an office after a range, a Chinese one right after it): `tenure_ranges` of date_rules.json."""
    t = rules()["tenure_ranges"]
    before_en = re.compile(rf"(?<![A-Za-z])(?i:{_alternatives(t['before_en'])})\s+(?:as\s+)?$")
    after_ja = re.compile(rf"[^。、，,；;\n]{{0,{int(t['max_gap_ja'])}}}?(?:{_alternatives(t['after_ja'])})")
    after_zh = re.compile(rf"\s*[间間]?\s*(?:{_alternatives(t['after_zh'])})")
    return before_en, after_ja, after_zh


def names_a_tenure(text: str, start: int, end: int) -> bool:
    """Does the range of years `text[start:end]` name a term of office (`president from 2006 to 2019`,
    `2012年から2014年まで大統領を務めた`, `2008年至2014年擔任總理`: `tenure_ranges`)? Then it dates no act."""
    if len(re.findall(r"\d{4}", text[start:end])) < 2:
        return False  # a range names two years
    before_en, after_ja, after_zh = _tenure_patterns()
    if before_en.search(text, max(0, start - 40), start) and text[start:end].lower().startswith("from"):
        return True
    if text[start:end].rstrip().endswith("まで") and after_ja.match(text, end):
        return True
    return bool(after_zh.match(text, end)) and not text[start:end].rstrip().endswith("まで")


@cache
def _happening_name() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a determiner before an English year, the name after it, a name and `of` before it, a Chinese or Japanese
    name after a date) of a happening a date names (`happening_names`)."""
    h = rules()["happening_names"]
    en = _alternatives(h["nouns_en"])
    of = _alternatives(h["of_nouns_en"])
    cjk = _alternatives(h["nouns_cjk"])
    follows = _alternatives(h["after_cjk"])
    # a short name: no white space, punctuation, bracket or particle that opens a clause of its own
    # (`ロシアによるウクライナ侵略`: による joins a doer to a Japanese name, as 的 or の does)
    name = r"(?:による|[^\s、。，,；;：:「」『』《》（）()をがはにで]){0,12}?"
    return (
        re.compile(r"(?<![A-Za-z])(?:(?i:the|its|their|this|that)|[A-Z][\w.-]*['’]s)\s+$"),
        re.compile(rf"(?:\s+(?!(?i:{_NOT_IN_A_NAME})\b)[\w'’-]+){{0,3}}?\s+(?i:{en})\b"),
        # `the Gulf crisis of 2017`, and after a possessive (prec73: `Sri Lanka's economic crisis of 2022`)
        re.compile(
            rf"(?<![A-Za-z])(?:(?i:the|its|their)|[A-Z][\w.-]*['’]s)\s+(?:[\w'’-]+\s+){{0,2}}?(?i:{en}|{of})\s+of\s+$"
        ),
        re.compile(rf"(?P<joined>[的の]){name}(?:{cjk})(?:(?![\u4e00-\u9fff])|(?={follows}))"),
    )


# dates joined to the one before them by a coordinator (`1999年和2000年的…事件`): the name after the last is theirs too
_COORDINATED_CJK_DATES = re.compile(
    r"(?:[和与與及、と](?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月(?:\d{1,2}日)?|\d{1,2}日))+"
)


def _after_coordinated_dates(text: str, end: int) -> int:
    """Where the name after a Chinese or Japanese date begins: after any dates coordinated with it."""
    joined = _COORDINATED_CJK_DATES.match(text, end)
    return joined.end() if joined else end


def names_a_happening(text: str, start: int, end: int) -> bool:
    """Does the date at `[start, end)` name a happening — a crisis, a war, a clash, an incident — rather than date
    an act of its clause (`the 1997 Asian financial crisis`, `the Gulf crisis of 2017`, `2015年1月の邦人殺害事件`,
    `2006年朝鲜核试验后`; data `happening_names`)? Such a date is the happening's name, as `the 2017 Joint
    Declaration` is a document's: what the clause tells of it (a turning point, a change since) is not done then."""
    determiner, after_en, before_en, after_cjk = _happening_name()
    if _KANA_OR_HAN.search(text, start, end) is None:
        if (article := determiner.search(text, max(0, start - 24), start)) and after_en.match(text, end):
            return _FRAME_EN.search(text, max(0, article.start() - 12), article.start()) is None
        article = before_en.search(text, max(0, start - 48), start)
        return article is not None and _FRAME_EN.search(text, max(0, article.start() - 12), article.start()) is None
    named = after_cjk.match(text, _after_coordinated_dates(text, end))
    # `1999年のカルギル紛争の際、…供与した`: an act told during the happening has its date; a date before a bare name
    # (`2014年克里米亚危机后，…`) is read as the happening's own, which a reader may count as a fact of its year
    return named is not None and _FRAME_CJK.match(text, named.end()) is None


# what may follow an English happening's name and still be part of it: who took part or where (`between Chinese and
# Indian troops`, `by North Korea`, `of Ukraine`, `in the Galwan Valley`), up to a word that opens a clause of its own
_NAME_COMPLEMENT_EN = re.compile(
    r"(?:\s+(?i:between|with|by|against|of|on|in|along|over|at|involving|off)\s+"
    r"(?:(?!(?i:that|which|who|when|while|but|after|before|since|as|was|were|is|are|has|have|had)\b)"
    r"[^\s,.;:!?()]+(?:\s+|(?=[,.;:!?()]|$))){1,7})+"
)


def happening_name_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The words of the happening's name the date at `[start, end)` is part of (`names_a_happening`): an English
    name from its determiner or possessive (`North Korea's 2017 nuclear test`) to its noun and the phrase naming
    who took part (`the 2020 clash between Chinese and Indian troops`, `the border crisis of 2020 with …`), a
    Chinese or Japanese name from the date to its noun (`2010年的中日撞船事件`); None when the date names none.
    Who the name names decides whether the happening is the pair's own (`allyscope.event_happenings`)."""
    if not names_a_happening(text, start, end):
        return None
    determiner, after_en, before_en, after_cjk = _happening_name()
    if _KANA_OR_HAN.search(text, start, end) is None:
        article = determiner.search(text, max(0, start - 24), start)
        name = after_en.match(text, end) if article is not None else None
        if article is not None and name is not None:
            first, last = article.start(), name.end()
        else:
            article = before_en.search(text, max(0, start - 48), start)
            if article is None:
                return None
            first, last = article.start(), end
        complement = _NAME_COMPLEMENT_EN.match(text, last)
        return first, complement.end() if complement else last
    named = after_cjk.match(text, _after_coordinated_dates(text, end))
    return None if named is None else (start, named.end())


# a title's closing bracket and an opening parenthesis right before a date, the closing one right after it
_TITLE_THEN_PARENTHESIS = re.compile(r"[》」』〉]\s*[（(]\s*$")
_PARENTHESIS_CLOSES = re.compile(r"\s*[）)]")


def _glosses_a_title(text: str, start: int, end: int) -> bool:
    """Is the date alone in parentheses right after a title in brackets (`《印太戰略》（2022年11月27日）`,
    `「防衛白書」(2023年7月28日)`)? Then it dates the document the title names, as a note's date does."""
    return (
        _TITLE_THEN_PARENTHESIS.search(text, max(0, start - 4), start) is not None
        and _PARENTHESIS_CLOSES.match(text, end) is not None
    )


@cache
def _quoted_verbs() -> re.Pattern[str]:
    words = _alternatives(rules()["document_speaks_en"]["verbs"])
    return re.compile(rf"\s*,?\s*(?i:{words})\b")


def _quoted_after(text: str, end: int) -> bool:
    """Does a verb by which a document speaks follow the date right away (`document_speaks_en`: `The report of 7
    September 2022 stated that …`)? Then the document is quoted: the date is its own, whatever its precision."""
    return _quoted_verbs().match(text, end) is not None


# words that make a happening the time of the act told with it (`during the 2019 crisis`, `危機の際`, `冲突期间`)
_FRAME_EN = re.compile(r"(?<![A-Za-z])(?i:during|amid|in|at|throughout)\s+$")
# `際の協力`: a noun's; `…独立と同じ日に…開設した`, `と同時に`: the act told with a happening on its day (prec74)
_FRAME_CJK = re.compile(r"の?(?:際|時|时|中|期間|期间|間|间|さなか|最中|当時|當時|当时|と同じ日|と同日|と同時)(?!の)")
_KANA_OR_HAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
# what a case-blind English word needs one of: an ASCII letter, or a character `re` folds to one (İ ı ſ K)
_LATIN_LETTER = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]")


def _role(text: str, start: int, end: int, r: dict[str, Any]) -> str:
    """Why a date dates no event (see `allyscope.dates`), or ''."""
    furniture, end_after, end_before, dateline = _role_patterns()
    # the English-only expressions asked below (`as far back as`, `the agreement of`) each need a Latin letter in
    # the 48 characters before the date: one search of that window answers for all of them in a paragraph of
    # Chinese or Japanese (fast65)
    latin = _LATIN_LETTER.search(text, max(0, start - 48), start) is not None
    if furniture.search(text, max(0, start - 18), start):
        return "furniture"  # `最終更新 2025年9月1日`, `Last edited 3 May 2024`: the page's own date
    if glosses_a_name(text, start, end):
        return "period"  # `ハルハ河戦争（1939年）の記憶`, `（2021年起在任）`: the time of a name, no act of the clause
    comparison_ends, later_ends, reach_ends = _before_words_ends()
    if (
        precision_of_month_or_year(text, start, end)
        and _may_end_word(text, start, later_ends)
        and _later_than().search(text, max(0, start - 24), start)
    ):
        return "period"  # `had left the exercise after 2007`: some time after the date, not on it
    if (
        latin
        and _may_end_word(text, start, reach_ends)
        and _reach_back().search(text, max(0, start - 24), start)
        and not _WHEN_AFTER.match(text, end)
    ):
        # `as far back as 2006`, `goes back to the 1970s`: where a span reaches back to, no act then (`went back to
        # 1955, when they established relations`: the clause after it tells the act the date dates)
        return "period"
    if _glosses_a_title(text, start, end) or (
        latin and names_a_document_by_of(text, start) and _quoted_after(text, end)
    ):
        # `《印太戰略》（2022年11月27日）指出`, `The Council's report of 7 September 2022 stated that …`: the date of a
        # document the text quotes, no act of the clause (prc57)
        return "document"
    if latin and precision_of_month_or_year(text, start, end) and names_a_document_by_of(text, start):
        # `The agreement of December 2014 allowed …`: the document's date, no act of the clause (a day, `the
        # declaration of 5 January 2021`, may be told as the act itself, as a signing told in a noun is)
        return "document"
    if (
        _chair_term().match(text, end)
        and not _AS_CHAIR.search(text, max(0, start - 4), start)
        and not _DAY_CLOSES.search(text, start, end)
    ):
        # `2024年　老挝担任东盟轮值主席国`, `担任2025年东盟轮值主席国`: a chair's term, no act then (`同年10月` after it
        # still counts from its year)
        return "tenure"
    if names_a_tenure(text, start, end):
        return "tenure"  # `president from 2006 to 2019`, `2008年至2014年擔任總理`: a term of office, no act (date89)
    if names_a_happening(text, start, end):
        # `the 1997 Asian financial crisis`, `2015年1月の事件`: the name of a happening, no act then; a `that day`
        # after it still counts from it (`6月17日的事件之后…当天`)
        return "happening"
    before, after = _comparison_base()
    if after.match(text, end) or (
        _may_end_word(text, start, comparison_ends) and before.search(text, max(0, start - 20), start)
    ):
        return "period"  # `较上一年有所增长`, `higher than in 2019`: the base of a comparison, no act then
    if _reached_before_count().match(text, end):
        return "anniversary"  # `昨年迎えた外交関係樹立50周年の節目`: the year a count was reached, a noun's (date89)
    count = _anniversary_clause().match(text, end)
    if count is not None and (
        _SENTENCE_REST.match(text, count.end())
        or text.startswith("こと", count.end())
        or _count_told_past(text, count.end())
    ):
        # `2019年適逢…四十週年。`, `2020年にはその30周年を迎えた。`: the year of a count, no act; a clause after
        # it (`，双方互派代表团`) may tell an act of that year, which the date then dates; a Japanese count made a
        # noun by こと (`本年で70周年を迎えることに触れ`) is what the outer verb speaks of, no act of that year either
        return "anniversary"
    if end_after.match(text, end) or (text[end : end + 1] == "前" and text[end + 1 : end + 2] not in r["before_not"]):
        return "period-end"  # `2027年前完成`: a target (but `2019年前往`: went to, in 2019)
    word = end_before.search(text, max(0, start - 20), start) if _may_end_a_period_word(text, start) else None
    if word is not None and not _happened_only_then(text, word.group(0).strip(), word.start(), end, r):
        return "period-end"
    if dateline.match(text, end):
        return "dateline"
    if _source_date(text, start, end, latin):
        return "citation"  # `据新华社6月3日报道`, `a letter dated 3 June`, `6月3日付の書簡`: the date of a source
    bracket = _DATELINE_BRACKET_OPENS.search(text, max(0, start - 12), start)
    if bracket is not None and _DATELINE_BRACKET_CLOSES.match(text, end) and _opens_its_line(text, bracket.start()):
        return "dateline"  # `【6月3日 北京】…`, `【北京6月3日】`, `〔东京6月3日 共同〕`: a story's dateline in brackets
    if _DATELINE_DASH.match(text, end, end + 24) and not _opens_its_line(
        text, _after_a_mark(text, _before_lead_word(text, start))
    ):
        # `PERTH, Oct. 22, 2022 — …`; a line that opens with its date (a word of time before it: `Early the
        # following month – …`; behind a bullet at most: `• 3 June 2019 — …`) is a chronology's entry
        return "dateline"
    following = text[end : end + 20]
    if _CLOSER.search(following) and _is_citation(text, start, end):
        return "citation"
    return ""


@cache
def _source_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """`source_dates` of date_rules.json as expressions: `according to` and a short source before a date, a
    report's word after it, `dated` before it, a word of `dated` (and の) after it."""
    words = rules()["source_dates"]
    return (
        re.compile(f"(?:{_alternatives(words['according_cjk'])})[^，。；、,;！？!?\\s]{{0,16}}$"),
        re.compile(f"\\s*(?:{_alternatives(words['report_cjk'])})"),
        re.compile(f"(?<![A-Za-z])(?i:{_alternatives(words['dated_en'])})\\s+$"),
        re.compile(f"(?:{_alternatives(words['dated_cjk'])})"),
    )


def _source_date(text: str, start: int, end: int, latin: bool = True) -> bool:
    """Is the date at `[start, end)` the date of a source the sentence cites (`source_dates`)? `latin` False: no
    Latin letter stands in the 48 characters before the date (`_role`), so no English `dated` does."""
    according, report, dated_en, dated_cjk = _source_patterns()
    if report.match(text, end) and according.search(text, max(0, start - 20), start):
        return True
    if dated_cjk.match(text, end):
        return True
    return latin and dated_en.search(text, max(0, start - 8), start) is not None


def _happened_only_then(text: str, word: str, word_start: int, end: int, r: dict[str, Any]) -> bool:
    """Does `until` (a word of `only_then`, `before`) tell when the act happened at last, not when a period ended?
    In Chinese `直到…才`: `直到今年夏天才敲定价格` (the price was fixed this summer), `才` in the date's clause; in
    English a negation before `until` in its clause: `did not sign it until March` (signed in March)."""
    words = r["only_then"]
    if word.lower() not in words["before"]:
        return False
    if not word.isascii():
        clause = _CLAUSE_AFTER.match(text, end, end + 16)
        tail = clause.group(0) if clause else ""
        for then in words["then_cjk"]:
            at = tail.find(then)
            while at >= 0:
                if not any(tail[max(0, at - 1) : at + 1] == w or tail[at : at + 2] == w for w in words["not_then_cjk"]):
                    return True
                at = tail.find(then, at + 1)
        return False
    opened = max(text.rfind(c, 0, word_start) for c in ".;!?\n")
    clause_before = text[opened + 1 : word_start].lower()
    return any(
        (w in clause_before) if w.startswith("n'") else re.search(rf"\b{w}\b", clause_before) is not None
        for w in words["negations_en"]
    )


# a date's clause after it, to a full stop (a comma may stand before the act: `直到2021年，双方才…`)
_CLAUSE_AFTER = re.compile(r"[^。；;！？!?\n]*")


@cache
def _year_range_span() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_alternatives(rules()['year_range_span_after_cjk'])})")


def _year_range_span_cjk(text: str, start: int, end: int) -> bool:
    """Is a Chinese or Japanese range of years written as a span of time (`在2021年至2022年期間，…`,
    `2021年から2022年までの間に`): words of `year_range_span_after_cjk` right after it (or ending it)? What the
    clause tells then happened at some time or times within it, not on the range as one act."""
    return text[start:end].endswith("の間") or _year_range_span().match(text, end) is not None


@cache
def _first_since_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = rules()["first_since"]
    return (
        re.compile(rf"(?<![A-Za-z])(?i:{_alternatives(words['before_en'])})(?![A-Za-z])[^.;!?]*$"),
        # right after the date (`以来首次`, `以降、初めて`) or later in its clause (`以来两国海军首次…`)
        re.compile(
            rf"\s*[的、，,]?\s*(?:{_alternatives(words['after_cjk'])})|[^，。；,;、！？!?\n]{{0,12}}?(?:{_alternatives(words['after_cjk'])})"
        ),
    )


def _first_since(text: str, start: int, end: int) -> bool:
    """Does an open start tell the time since which nothing like the act happened (`the first visit since 2018`,
    `2018年以来首次`, `2018年以降初めて`), not when the act began? `first` before `since` in its clause, or a word
    of the first time right after the date or later in its clause."""
    before_en, after_cjk = _first_since_words()
    return before_en.search(text, max(0, start - 48), start) is not None or after_cjk.match(text, end) is not None


# a dateline's date, then the outlet it credits in brackets (`(Reuters)`, `(Allyscope Wire)`), then a dash
# (or right before the story's first word, where its own line was joined to the dateline's: `(2021) -The …`)
_DATELINE_DASH = re.compile(r"\s*(?:\((?:[A-Z][\w.&'-]*\s?){1,4}\)\s*)?[-–—](?:\s|(?=[A-Z][a-z]))")
_CLOSER = re.compile(r"[）)】\]]")
# a story's dateline in lenticular or tortoise-shell brackets: the bracket, a place or outlet, the date, another
# (a Japanese wire may put an equals sign before the date or the agency: `【東京＝5日】`, `【ソウル5日＝共同】`)
_DATELINE_BRACKET_OPENS = re.compile(r"[【〔][\u3040-\u30ff\u3400-\u9fffA-Za-z]{0,8}\s*[＝=]?\s*$")
_DATELINE_BRACKET_CLOSES = re.compile(r"\s*(?:[＝=]?\s*[\u3040-\u30ff\u3400-\u9fffA-Za-z]{1,10}\s*)?[】〕]")


# a word of time before a date at the head of a chronology's line (`Early the following month – …`)
_LEAD_WORD = re.compile(r"(?i:early|mid|late|in|on|by|around|about|from)\s+$")


def _before_lead_word(text: str, start: int) -> int:
    """Where the date at `start` would stand without one word of time before it on its line (`Early`, `In`)."""
    word = _LEAD_WORD.search(text, max(0, start - 10), start)
    return word.start() if word is not None else start


_LINE_HEAD_SEPARATOR = re.compile(r"[ \t]*(?:[–—:：]|-(?=\s))")
# a table row's first cell: the row's bar before it (`| 2016 | June | …`), a bar or a tab after it (`2016\tJune\t…`)
_FIRST_CELL_BEFORE = re.compile(r"(?:^|(?<=\n))[ \t]*\|[ \t]*$")
_CELL_AFTER = re.compile(r"[ \t]*\||\t")


def _heads_line(text: str, start: int, end: int) -> bool:
    """Does the date at `[start, end)` open its line, followed by a dash or colon (a chronology's entry:
    `2016 – …`, `2016: …`), or fill a table row's first cell (`| 2016 | June | …`, `2016<tab>June<tab>…`: the
    row's other dates are of that year, as an entry's are)?"""
    if _opens_its_line(text, start):
        return _LINE_HEAD_SEPARATOR.match(text, end) is not None or _CELL_AFTER.match(text, end) is not None
    return (
        _FIRST_CELL_BEFORE.search(text, max(0, start - 8), start) is not None
        and _CELL_AFTER.match(text, end) is not None
    )


@cache
def _story_year_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The opening words before an English year and the closing marks after a CJK one (`story_year`), compiled
    once: what sets a sentence's time."""
    r = rules()["story_year"]
    words = "|".join(re.escape(w) for w in sorted(r["before_en"], key=len, reverse=True))
    marks = "|".join(re.escape(w) for w in sorted(r["after_cjk"], key=len, reverse=True))
    return re.compile(rf"(?:{words})\s+$", re.IGNORECASE), re.compile(rf"\s*(?:{marks})")


_SENTENCE_END_BEFORE = re.compile(r"(?:^|\n|[。！？!?]|[.;]\s)\s*$")


@cache
def _month_after_no() -> re.Pattern[str]:
    """`の` and a month right after a year (`2022年の10月には`: `story_year`, 'month_links_cjk'): one time phrase."""
    links = "|".join(re.escape(w) for w in rules()["story_year"]["month_links_cjk"])
    return re.compile(rf"(?:{links})(?:[0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,2}})月")


def _sets_its_sentence(text: str, start: int, end: int) -> bool:
    """Does the year alone at `[start, end)` set the time of its sentence, at its opening (`In 2011 Paris …`,
    `2023年，…`, `2019年、…`)? Then it is the story's year, which the yearless dates after it in its paragraph are
    of, as a chronology's heading year is (`story_year` in `date_rules.json`); a year inside a clause (`founded in
    2021`) is background and anchors nothing."""
    before_en, after_cjk = _story_year_patterns()
    head = text[max(0, start - 16) : start]
    if text[start:end].rstrip().endswith("年"):
        # an anniversary right before the year names it as the sentence's time (`修好120周年に当たる2019年には、`,
        # date84: `anniversary_opening`), and `の` joins it to a month told after it (`2022年の10月には`)
        opening = anniversary_opening(text, start)
        if after_cjk.match(text, end) is None and _month_after_no().match(text, end) is None:
            return False
    else:
        word = before_en.search(head)
        if word is None:
            return False
        opening = start - (len(head) - word.start())
    return _SENTENCE_END_BEFORE.search(text, max(0, opening - 3), opening) is not None


def _bare_year_names(text: str, start: int, end: int, months: dict[str, int]) -> bool:
    """Does a bare English year at `[start, end)` name something (a document, an exercise) rather than date an
    event: inside `《…》`, after CJK text, after a capitalized word that is no month, or in a document's name?"""
    before = _last_char_before(text, start)
    word = re.search(r"([A-Za-z]+)\s*$", text[max(0, start - 20) : start])
    # A bare year after CJK text is part of a name (`空中卫士 2023`): Chinese prose writes `2023 年`;
    # after a capitalized word that is not a month, it is part of a name too (`Air Defender 2023`).
    named = bool(
        word
        and word.group(1)[0].isupper()
        and word.group(1).lower() not in months
        and word.group(1).lower() not in _FUNCTION_WORDS
    )
    document = _in_document_title(text, start) or bool(before and not before.isascii()) or named
    return document or _names_a_document(text, start, end)


def _last_char_before(text: str, start: int) -> str:
    """The last character before `start` that is not white space (`text[:start].rstrip()[-1:]`, without copying
    the text before every year)."""
    at = start - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return text[at] if at >= 0 else ""


# the words before a year that leave it a date (`In 2023`, `By 2023`, `The 2023`), capitalized or not
_FUNCTION_WORDS = {
    *("in", "since", "by", "from", "until", "till", "before", "after", "during", "of", "on", "to", "and", "or"),
    *("as", "at", "the", "a", "an", "its", "their", "for", "through", "circa", "early", "late", "mid", "year"),
    *("fy", "around", "about"),
}


@cache
def _span_after() -> re.Pattern[str]:
    """A clause of at most `within` characters with no clause mark, then a word that closes a span opened by what
    the clause tells (`since_a_happening_cjk`'s `after`: `…の外交関係樹立以来`, `…两国建交以来`)."""
    r = rules()["since_a_happening_cjk"]
    return re.compile(rf"[^，、,。；;！？!?\n]{{0,{int(r['within'])}}}?(?:{'|'.join(map(re.escape, r['after']))})")


@cache
def _span_before() -> tuple[re.Pattern[str], int]:
    """A word of `span_openers_en` (`since`, `Since`) and at most `within` characters with no clause mark, up to the
    date; and how far before the date such a stretch can begin."""
    r = rules()["span_openers_en"]
    words = "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in r["words"])
    within = int(r["within"])
    return re.compile(rf"(?<![A-Za-z])(?:{words})\s[^,.;:!?\n]{{0,{within}}}$"), within + max(map(len, r["words"])) + 1


def opens_a_span(text: str, start: int, end: int) -> bool:
    """Does the date at `[start, end)` date the start of a span (`1992年2月の外交関係樹立以来`, `since the May 2019
    talks`) rather than an occasion? Its act is told (the establishment), but as the start of a time that runs on to
    the clause after it, which is background: no act told after takes that date (span79)."""
    if _span_after().match(text, end) is not None:
        return True
    before, reach = _span_before()
    return before.search(text, max(0, start - reach), start) is not None
