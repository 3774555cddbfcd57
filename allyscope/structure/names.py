"""The small readers every part of the front matter shares: spans trimmed and cut into pieces, a line of names
alone, a byline's label and where its names end, a post or an affiliation, an honorific or a degree, the note
signs and keys printed after a name. Words are data (`data/layout.json`); only the shapes are here."""

from __future__ import annotations

import re
from functools import cache

from allyscope.layout.notes import fullmatches_label, label_patterns
from allyscope.model import Document, Span
from allyscope.structure.language import detect_language

_STAR = re.compile(
    r"[\s\u3000]*[*＊∗※☆★†‡§‖¶¹²³⁴⁵⁶⁷⁸⁹⁰ᵃᵇᶜᵈᵉᶠᵍʰ]+(?:[,，˒][¹²³⁴⁵⁶⁷⁸⁹⁰ᵃᵇᶜᵈᵉᶠᵍʰ]+)*$"
    r"|(?<=[^\W\d_])[ \t]?[\[［]\d{1,2}(?:[,，]\d{1,2})*[\]］]$"
    r"|(?<=[^\W\d_])[*＊∗]\d{1,2}$"
    r"|(?<=[^\W\d_])[ \t]?[(（]\d{1,2}(?:[,，][ \t]?\d{1,2})*[)）]$"
)  # a note sign or affiliation key (`¹`, `¹,³`, ` [1]`, `＊1`, ` (1, 3)`), left outside
_AUTHOR_SPLIT = re.compile(
    r"\s*(?:[、;；&|｜]|[,，](?![ \t]?\d{1,2}(?:[,，][ \t]?\d{1,2})*[\]］)）]|[¹²³⁴⁵⁶⁷⁸⁹⁰]"
    r"|(?<=\d[,，])\d)"  # not in a key: `¹,³`, `1,2`
    r"|\b(?:and|AND)\b|(?<![A-Za-zＡ-Ｚａ-ｚ.．])\u3000|\u3000(?![A-Za-zＡ-Ｚａ-ｚ])|\s{2,}"
    r"|(?<![\u30a1-\u30fa\u30fc])・(?![\u30a1-\u30fa\u30fc]))\s*"
)  # `Anna Lee | Ben Cho` too; `鈴木一郎＊・高橋美咲`, not the dot inside a katakana name (`ジョン・スミス`), nor the
# ideographic space between the words of one Latin name (`OKADA　Takeshi　and　Maria　REYES`, `Ｊｏｈｎ　Ｓｍｉｔｈ` in
# full-width letters)


def _trimmed(doc: Document, start: int, end: int) -> tuple[int, int]:
    while start < end and doc.text[start] in " \u3000\t\n":
        start += 1
    while end > start and doc.text[end - 1] in " \u3000\t\n":
        end -= 1
    return start, end


def _piece_spans(doc: Document, start: int, end: int, splitter: re.Pattern[str], kind: str) -> list[Span]:
    """The spans of the pieces `splitter` parts the text from `start` to `end` into. A list written in a data
    file's way keeps its signs out of the pieces: the brackets around it (`[Ana Ruiz, Tom Okafor]`, a YAML front
    matter's list) and the dash before an item (`- Ana Ruiz`, one name a line under `authors:`)."""
    spans = []
    a, b = _trimmed(doc, start, end)
    if b - a > 2 and doc.text[a] == "[" and doc.text[b - 1] == "]" and "[" not in doc.text[a + 1 : b - 1]:
        start, end = a + 1, b - 1
    cursor = start
    text = doc.text[start:end]
    for match in [*splitter.finditer(text), None]:
        piece_end = start + match.start() if match else end
        a, b = _trimmed(doc, cursor, piece_end)
        if b - a > 2 and doc.text.startswith(_ITEM_DASH, a):
            a, b = _trimmed(doc, a + len(_ITEM_DASH), b)
        if b > a:
            spans.append(Span(kind, a, b))
        if match:
            cursor = start + match.end()
    return spans


_ITEM_DASH = "- "  # a list's item sign in a data file or in Markdown


_FILED_FROM = re.compile(r"(?<=[a-z])[ \t]+in[ \t]+[A-Z][A-Za-z'’.-]+(?:[ \t]+[A-Z][A-Za-z'’.-]+){0,2}[ \t]*$")
"""The place a writer filed from after the name (`Priya Raman in New Delhi`): the last name's is a 'byline_suffix'
(data/layout.json); a byline of writers in several places prints one after each name."""


def filed_from_start(text: str) -> int | None:
    """Where the place a piece of a byline was filed from starts (`Priya Raman in New Delhi` -> the space before
    `in`), or None: only where a name stands before it."""
    match = _FILED_FROM.search(text)
    return match.start() if match is not None and _latin_name().fullmatch(text[: match.start()].strip()) else None


def places_dropped(names: str) -> str:
    """A byline's names without the place each writer filed from (`Priya Raman in New Delhi and Tran Minh Duc`
    -> `Priya Raman and Tran Minh Duc`), for a byline whose last place its 'byline_suffix' has already cut."""
    pieces = []
    cursor = 0
    for separator in [*_NAMES_SPLIT.finditer(names), None]:
        piece = names[cursor : separator.start() if separator else len(names)]
        at = filed_from_start(piece)
        pieces.append((piece[:at] if at is not None else piece) + (separator.group() if separator else ""))
        cursor = separator.end() if separator else len(names)
    return "".join(pieces)


_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’-]+|[A-Z]\.)"
"""A word of a Latin name: a capital and letters, accented ones too (`Muñoz-Reyes`, `Łukasz`), or an initial."""


@cache
def _latin_name() -> re.Pattern[str]:
    """A Latin name: two to four capitalised words or initials, with the words in lower case a name may hold
    between them (`data/layout.json` `name_particles`: `van der`, `bin`, `de los`), two at most before a word."""
    particles = "|".join(p.pattern for p in label_patterns("name_particles"))
    return re.compile(rf"{_NAME_WORD}(?:[ \t]+(?:(?:{particles})[ \t]+){{0,2}}{_NAME_WORD}){{1,3}}")


_HIRAGANA_GIVEN = r"[\u3041-\u3096]{2,4}"
"""A Japanese given name written in hiragana (`はるか`, `みどり`): a name only after a family name in kanji and a
space (`山田 はるか`); glued to kanji, hiragana are the words of a sentence."""
_CJK_PERSON = re.compile(
    r"[\u4e00-\u9fff々·]{2,4}|[\u4e00-\u9fff々]{1,3}[ \u3000]+(?:[\u4e00-\u9fff々]{1,3}|" + _HIRAGANA_GIVEN + ")"
    r"|[\u4e00-\u9fff]{1,8}(?:[·．][\u4e00-\u9fff]{1,10}){1,2}"
)  # a name transcribed into Chinese keeps the dot between its parts, however long (`穆罕默德·阿斯拉姆`)
_NAMES_SPLIT = re.compile(r"[ \t]*(?:[、,，;；&]|\b(?:and|AND)\b|・)[ \t]*")


def _names_only(text: str) -> bool:
    """True for a line of one or more persons' names and nothing else: Latin names of two to four capitalised
    words (not `Sea and Air`: one word each), Chinese or Japanese names of two to four characters or two runs
    parted by a space, parted by commas, `、`, `・` or `and`."""
    pieces = [p for p in _NAMES_SPLIT.split(text.strip()) if p]
    return bool(pieces) and all(_latin_name().fullmatch(p) or _CJK_PERSON.fullmatch(p) for p in pieces)


def _byline_opening(text: str) -> re.Match[str] | None:
    """The longest byline label opening `text` (`By`, `研究員`, `撰文／`; data/layout.json `byline`), or None."""
    return max((m for p in label_patterns("byline") if (m := p.match(text))), key=lambda m: m.end(), default=None)


_DATE_FIELD = re.compile(r"(?:[ \t]*[|｜·•][ \t]*|\u3000+|[ \t]{2,})([^|｜·•\u3000\n]{4,40}?)[\s\u3000]*$")
"""A byline's last field after a gap or a bar (`By … | March 3, 2024`): a dateline when it holds a date."""
_ON_DATE = re.compile(r"[ \t]+on[ \t]+([^|｜·•\u3000\n]{4,40}?)[\s\u3000]*$")
"""A labelled byline's date after `on` (`Posted by … on March 3, 2025`): read only where the label opens the line
and names alone stand between it and `on` (a sentence of the text may end `… on 12 July 2016.`)."""
_CJK_NAME = re.compile(r"[\u4e00-\u9fff·]{2,6}|[\u4e00-\u9fff](?:\u3000{1,2}|[ \t]{1,4})[\u4e00-\u9fff]")
"""A Chinese name: two to six characters, or two set apart to a three-character name's width (`王　静`)."""
_DATED_BY = re.compile(r"[ \t]+(?:by|By|BY)[ \t]+([A-Z][^|｜\n]{1,80}?)[ \t]*$")
"""A dateline's last words naming who wrote it (`Posted on April 3, 2024 by Daniel Okafor`)."""
_NOT_A_NAME = re.compile(r"[。，；！？!?:：]|\d")
_SENTENCE_TAIL = re.compile(r"[a-z]{2,}\.\s*$")
"""A line ending with a full stop after a lowercase word (`… share patrol duties.`): a sentence, not names."""
_KEYED = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰ᵃᵇᶜᵈᵉᶠᵍʰ]|[（(]?\d{1,2}[.．、)）]?[\s\u3000]|[\[［]\d{1,2}[\]］][\s\u3000]?")
"""A keyed affiliation's key (`2 Institute for …`, `2. 某大学…`): such a line is front matter, not the text."""
_BRACKET_KEY = re.compile(r"(?<=[^\W\d_])[ \t]?[\[［]\d{1,2}(?:[,，]\d{1,2})*[\]］]$")
"""An affiliation's key in brackets after a name (`Elena Marsh [1]`)."""
_PAREN_KEY = re.compile(r"(?<=[^\W\d_])[ \t]?[(（]\d{1,2}(?:[,，][ \t]?\d{1,2})*[)）]$")
"""An affiliation's key in round brackets after a name (`Kenji Ito (1)`, `Olu Adeyemi (1, 3)`): the numbers of the
affiliation lines under the byline (`(1) Faculty of …`), not a post; a comma between its numbers parts no names."""
_STARRED_KEY = re.compile(r"(?<=[^\W\d_])[*＊∗]\d{1,2}$")
"""An affiliation's key of a star and a number after a name (`山田太郎＊1`), as Japanese journals print it."""
_GLUED_KEY = re.compile(r"(?<=[^\W\d_])\d{1,2}(?:[,，]\d{1,2})*[)）]?\*?$")
"""An affiliation key glued to the end of a name (`Mensah1`, `艾力·买买提1,2`): left outside the name when every
name has one."""
_POST = re.compile(r"[\s\u3000]*[（(〔［](?![\d\s,，]+[）)〕］])([^（）()〔〕［］]{2,40})[）)〕］][\s\u3000]*$")
"""A post in brackets after a byline's names (`王大明（某研究所助理研究員）`, `〔某大学〕`, `［某研究所］`): an
affiliation, not a name; digits alone in brackets are a key."""
_POST_FIELD = re.compile(r"(?:[ \t\u3000]*[,，|｜／][ \t\u3000]*|\u3000+|[ \t]+[—–][ \t]+)([^\n]{2,80}?)[\s\u3000]*$")
"""A post after a comma, a bar, a full-width slash or a spaced dash following a byline's names (`by Laura Chen,
Senior Fellow`, `Nina Patel | Research Fellow, …`, `林志明／某研究院副研究員`, `佐藤健一　主任研究員`, `… — former
envoy to …`; a bar set apart by ideographic spaces, `王某　|　某研究院研究员`, is one sign): an affiliation when it
names one and the names before it do not."""


def _is_byline_label(text: str) -> bool:
    """True for a label standing alone over a byline's names (`AUTHORS`, `著者`; data/layout.json `byline_label`)."""
    return fullmatches_label(text.strip(), ("byline_label",))


def _is_affiliation(text: str) -> bool:
    """True for a front line naming where an author works (a university, an institute, a post such as
    `Senior Fellow`): `data/layout.json`, `affiliation`."""
    return any(p.search(text) for p in label_patterns("affiliation"))


@cache
def _suffix_patterns() -> list[re.Pattern[str]]:
    """The byline suffixes' expressions, `{place}` standing for one of the places a story is filed from."""
    places = "|".join(p.pattern for p in label_patterns("dateline_places"))
    return [re.compile(p.pattern.replace("{place}", places)) for p in label_patterns("byline_suffix")]


def _byline_end(text: str, start: int, end: int) -> int:
    """Where the names of a byline end: before the place it was reported from (`記者陳怡君／台北報導`, and with
    no slash, `记者张明北京报道`: a known place glued to the names). The bracket closing a last name's
    affiliation key (`Olu Adeyemi (1, 3)`) closes no bracketed byline."""
    if _PAREN_KEY.search(text[start:end].rstrip()) is not None:
        return end
    for pattern in _suffix_patterns():
        match = pattern.search(text, start, end)
        if match:
            return match.start()
    return end


def _is_degree(text: str) -> bool:
    """True for a degree printed after a name and a comma (`Ph.D.`; `data/layout.json`, `degree`): no name."""
    return fullmatches_label(text.strip(), ("degree",))


def _honorific_length(name: str) -> int:
    """How many characters of an honorific or title open a name (`Dr. `, `Prof. `): left outside the name."""
    match = next((m for p in label_patterns("honorific") if (m := p.match(name))), None)
    return match.end() if match is not None and match.end() < len(name) else 0


def _not_a_person(text: str) -> bool:
    """True for a word after an issuing body that names a post or a part of it (`主任研究員`, `法学部`)."""
    return _is_affiliation(text) or any(p.search(text) for p in label_patterns("unit"))


_KANJI_NAME = re.compile(
    r"[\u4e00-\u9fff々]{2,5}|[\u4e00-\u9fff々]{1,3} (?:[\u4e00-\u9fff々]{1,3}|" + _HIRAGANA_GIVEN + r")"
    r"|[\u30a0-\u30ff·・]{2,16}"
)
"""A person's name in a byline of CJK names: two to five kanji (family and given name parted by a space or not),
a family name in kanji and a given name in hiragana parted by a space, or a name in katakana."""
_SPACED_NAME = re.compile(r"[\u4e00-\u9fff々]{1,3}[ \u3000]+(?:[\u4e00-\u9fff々]{1,3}|" + _HIRAGANA_GIVEN + ")")


_HIRAGANA_RUN = re.compile(_HIRAGANA_GIVEN)


_PADDED_NAME = re.compile(r"[\u4e00-\u9fff](?:\u3000{1,2}|[ \t]{1,4})[\u4e00-\u9fff]")
"""Two single characters parted by spaces: a name of two characters set as wide as one of three (`王　静`,
`李  华`), as a journal aligns its bylines; no name has one character, so the two are one name."""


def _spaced_japanese_name(doc: Document, start: int, end: int) -> bool:
    """True for one Japanese name printed with a space between family and given name (`中西　直樹`): in a Japanese
    text, two runs of kanji of one to three characters, five at most together (two full names run longer:
    `佐藤一郎　鈴木花子`), or a family name in kanji and a given name in hiragana (`佐藤　みどり`). In Chinese
    text two such runs are two names (`李明　王芳`), but two single characters are one name padded (`王　静`)."""
    text = _STAR.sub("", doc.text[start:end])  # `中川　聡子¹`: the affiliation's key is no part of the name
    if _PADDED_NAME.fullmatch(text):
        return True  # `王　静`: a two-character name padded to a three-character name's width, in any CJK text
    if not _SPACED_NAME.fullmatch(text):
        return False
    if len("".join(text.split())) > 5 and not _HIRAGANA_RUN.search(text):
        return False  # a given name in hiragana after a family name of three kanji is one name still
    return detect_language(doc.text) == "ja"


_SPACED_CHINESE_NAMES = re.compile(r"[\u4e00-\u9fff]{2,3}(?:[ \u3000]+[\u4e00-\u9fff]{2,3})+")
"""Two or more runs of two or three Han characters parted by spaces alone (`王海 李明`): a Chinese name is written
whole, a family name of one character glued to a given name of one or two, so in a Chinese text each run is a
writer of its own (`记者 王海 李明` is two reporters). A run of one character is a two-character name padded to
three's width (`王　海`), and a Japanese text writes one name as two spaced runs (`山田 太郎`): neither is parted."""
_KANA_IN_TEXT = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")


def spaced_chinese_names(doc: Document, spans: list[Span]) -> list[Span]:
    """`spans` with each author span that holds several Chinese names parted by spaces alone
    (`_SPACED_CHINESE_NAMES`) made one span a name; in a text with kana (Japanese) the spans are returned as
    they are, and so is a span one of whose runs is a role word (`data/layout.json` `credit_role`, `author_role`,
    `translator_role`: `攝影`, `编辑`), which is no name."""
    if not any(s.kind == "author" and _SPACED_CHINESE_NAMES.fullmatch(doc.span_text(s)) for s in spans):
        return spans
    if _KANA_IN_TEXT.search(doc.text):
        return spans
    roles = [p for kind in ("credit_role", "author_role", "translator_role") for p in label_patterns(kind)]
    out: list[Span] = []
    for span in spans:
        text = doc.span_text(span)
        if span.kind != "author" or not _SPACED_CHINESE_NAMES.fullmatch(text):
            out.append(span)
            continue
        if any(p.fullmatch(run) for run in text.split() for p in roles):
            out.append(span)  # `黃士銘 攝影 陳柏宇`: a role word among the runs, no list of names alone
            continue
        out += [
            Span("author", span.start + m.start(), span.start + m.end(), span.page)
            for m in re.finditer(r"[\u4e00-\u9fff]+", doc.span_text(span))
        ]
    return out
