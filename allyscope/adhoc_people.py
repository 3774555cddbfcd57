"""People the data does not know, named as the text writes them beside a title (issue 14: a person the gazetteer
lacks still acts, and the corpus convention lists the people a sentence names as acting).

A title next to a name the data does not know is already read as that person's (`entities.resolve_titles`: the
title gives the person's state, and no other holder of the office is inferred). This module names the person too,
as an entity made on the spot whose id carries the name as written (`person:as-written:Kao Kim Hourn`): a name the
title itself marks as one, never a guess from capital letters alone.

- English: two to four capitalised words right after a title (a lower-case particle between two of them,
  `bin`, `de`, `van`: `name_particles_en`) (`Secretary-General Kao Kim Hourn`,
  `Defence Minister Pál KOVÁCS`), none of them a word that ends a title's compound noun instead (`the Defence
  Minister Meeting Plus`: `not_name_words_en` in `discourse.json` `as_written`), and no fifth capitalised word after
  them (a longer run is a name of something else). One word alone (`President Biden`, `the Defence Minister
  Meeting`) is left: a family name the data does not know cannot be told from a noun. An honorific before the
  name (`Dr`, `Mr.`, `H.E.`: `honorifics_en`) is no part of it (`Dr Ana Okafor, <state>'s ambassador`), and it
  marks the words after it as a name by itself (`Mr. Ana Okafor met …`: `names_after_honorifics`), as a relative
  clause of heading does (`Ana Okafor, who heads <state>'s coast guard,`: `heading_verbs_en`); a title joined to
  a name by `then`/`former` (`Ana Okafor, then <state>'s foreign minister,`: `title_modifiers_en`) or followed by
  its post (`<state>'s ambassador to <state>, Ana Okafor,`) still marks it.
- Chinese and Japanese: a foreign name written in full with a middle dot right before or after a title
  (`阿卜杜勒·拉扎克总理`, `总理阿卜杜勒·拉扎克`), or a katakana name right before one (`テオドロ国防相`) or set
  after it by `の` and closed by `氏` (`<state>外相のエリナ・ハウフィク氏`, act63). A name in
  ideographs without a dot is read by the language data of `data/cjk_names.json` (cjkp64, `undotted_names`): a
  Chinese personal name (a common family name and one or two characters) beside a title or after the end of an
  office's Chinese name (`<ministry>部长<surname><given>在…`), a transliterated foreign name (characters
  Chinese writes foreign names with) after a title (`<state>外长<Name>表示`), each closed by a stop character or
  word; and a Japanese name in kanji before `氏` (`<family><given>氏は`). Not beside a title whose office the data
  names a holder of on the title's date (the last day before it in its paragraph, else the document's: the name
  may be that holder in a transliteration the data lacks); beside one no holder held then, it is trusted (cjkp65).
  Before such a title (`<Name>总理`, Chinese text only), the whole run of a transliteration's characters or a
  Chinese personal name, none of 'not_names_before_titles_zh' (`时任`, `两国`), a place read inside the run giving
  way (cjkp65; `<Name>总理` under a holder then is left to the title, which reads the holder named again). A name
  in parentheses after a title or an office's name (`外相（<Name>）`, `大使（<family><given>）`: katakana, a dotted
  name, or three or four kanji that are none of 'not_names_in_parentheses' nor a title, cjkp65).
  A name after a word for a spokesperson in a Chinese text (`<office>发言人<Name>表示`, the speaker line
  `发言人<Name>答`: 'speaker_words_zh', no title of the data), read as after a title; a name ends before a word of
  'name_end_words_zh' rather than take its first character (`<surname><given>称`; act66).
  A name right before a compound title, the data holding the title whole or not (act67): a katakana name or a
  Chinese personal name before up to three words of 'title_stems' and a title's last word (`<Name>国軍参謀総長`,
  `<surname><given>外務次官`, `<surname><given>司令员`: `names_before_title_compounds`), in a Japanese text before a
  title the data names a holder of too (Japanese writes a Chinese name in the kanji the data holds, so a holder is
  a mention already). A transliteration in two parts joined by a hyphen after a title (`<Name>-<Name>`) is one
  name.
  act68: a compound title may hold a state's name and an envoy's mark with its host (`<Name><state>国務副長官`,
  `<Name>駐<host><state>大使`, `<family><given>駐<host>大使`: 'envoy_marks'), and in a Japanese text a name in kanji
  stands before one (`<family><given>外務事務次官`): the whole run of three to five kanji between a stop, kana or
  the line's start and the compound, cut where the title begins, none of its characters a title's own word
  ('not_last_in_kanji_names_ja', 'not_names_before_titles_ja'). A post's title (`代表`, `處長`: 'post_title_ends')
  is read after an envoy's mark and its host or an office's word (`<state>駐<host>代表<Name>`,
  `<body>辦事處處長<Name>`: 'post_offices') and a name after it named as after any title.
  act69: in a Chinese text a Japanese or Korean name in ideographs after a post's title whose compound names only
  states of 'ideograph_name_states' (`<state>外务大臣<family><given>`, `<state><body>副部長<family><given>發表`):
  three or four ideographs closed as a name is, cut where the post ends (`kanji_name_after_post`); a post's last
  words of 'person_post_ends' (`会长`, `总裁`) end a title as 'title_ends_cjk' do.

The entity exists only through its id: `Entities` (the gazetteer's table of entities) answers for such ids without
storing them, so the data itself never changes and every process reads the same entity from the same id."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from allyscope import literal_screen
from allyscope.adhoc_bodies import as_written_body
from allyscope.event_cues import led_finditer
from allyscope.screened_search import screened_finditer
from allyscope.scripts import fold_word

if TYPE_CHECKING:
    from allyscope.entities import EntityMention

AS_WRITTEN = "person:as-written:"  # the id prefix of a person named as written; the name follows it

_LATIN_WORD = r"(?:[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž][\w'’.-]*|[A-Z][A-ZÀ-Ýā-ž'’-]+)"  # Latin Extended-A too (`Mūrniece`)
_LATIN_NAME_BARE = re.compile(rf" ({_LATIN_WORD}(?: {_LATIN_WORD}){{1,3}})(?! {_LATIN_WORD})(?![\w-])")


@cache
def _latin_name() -> re.Pattern[str]:
    """Two to four capitalised words, each pair of them possibly joined by one particle of `discourse.json`
    `as_written` 'name_particles_en' (`Hamid bin Rashid`, `Faisal de Silva`, `Pieter van Dijk`): the particles
    of Arabic, Iberian, Dutch and German names are written in lower case between the name's parts, never first
    or last."""
    from allyscope.entities import load_discourse

    words = load_discourse().get("as_written", {}).get("name_particles_en", [])
    if not words:
        return _LATIN_NAME_BARE
    joint = rf"(?: (?:{'|'.join(map(re.escape, words))}))?"
    return re.compile(rf" ({_LATIN_WORD}(?:{joint} {_LATIN_WORD}){{1,3}})(?! {_LATIN_WORD})(?![\w-])")


# the post a title is held at, between the title and a name set off by commas (`ambassador to the United Nations,`)
_POST = re.compile(rf" (?:to|in|at) (?:the )?{_LATIN_WORD}(?: (?:of |and )?{_LATIN_WORD}){{0,3}}(?=,)")
_DOTTED_AFTER = re.compile(r"(?:[\u3400-\u9fff]{1,6}[·・‧])+[\u3400-\u9fff]{1,6}")
_DOTTED_BEFORE = re.compile(r"(?:[\u3400-\u9fff]{1,6}[·・‧])+[\u3400-\u9fff]{1,6}$")
# a katakana name set after a title by `の`, closed by an honorific (`外相のエリナ・ハウフィク氏`): its holder
KATAKANA_APPOSED = re.compile(r"の([\u30a1-\u30fa\u30fc]{2,}(?:[・＝=][\u30a1-\u30fa\u30fc]+)*)(?:氏|さん)")
_KATAKANA_BEFORE = re.compile(r"[\u30a1-\u30fa\u30fc]+(?:[・＝=][\u30a1-\u30fa\u30fc]+)*$")


class Entities(dict[str, dict[str, Any]]):
    """The gazetteer's entities by id, which also answers for a person named as written (`AS_WRITTEN` + name)
    and for a body named as written (`adhoc_bodies.BODY_AS_WRITTEN` + name) without holding one: such a person
    has no roles, no aliases and no state of their own (their title's mention
    carries the state)."""

    def __missing__(self, ident: str) -> dict[str, Any]:
        entity = as_written_entity(ident) or as_written_body(ident)
        if entity is None:
            raise KeyError(ident)
        return entity

    def get(self, ident: str, default: Any = None) -> Any:
        found = dict.get(self, ident)
        if found is not None:
            return found
        return as_written_entity(ident) or as_written_body(ident) or default


@cache
def as_written_entity(ident: str) -> dict[str, Any] | None:
    """The entity of a person named as written, or None for any other id."""
    if not ident.startswith(AS_WRITTEN) or len(ident) == len(AS_WRITTEN):
        return None
    name = ident[len(AS_WRITTEN) :]
    return {"id": ident, "type": "person", "name": name, "aliases": {}, "as_written": True}


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """`discourse.json` `as_written`: the English words that name no one, the characters that end a CJK name."""
    from allyscope.entities import load_discourse

    data = load_discourse().get("as_written", {})
    return frozenset(w.casefold() for w in data.get("not_name_words_en", [])), frozenset(data.get("name_stops_cjk", []))


@cache
def honorifics() -> frozenset[str]:
    """`discourse.json` `as_written` 'honorifics_en', casefolded and without their full stops (`dr`, `h.e`): words
    of address written before a name, never part of it."""
    from allyscope.entities import load_discourse

    words = load_discourse().get("as_written", {}).get("honorifics_en", [])
    return frozenset(w.casefold().rstrip(".") for w in words)


def without_honorifics(text: str, start: int, end: int) -> int:
    """Where the name `text[start:end]` begins once the honorifics that open it are left out (`Dr Ana Okafor`
    -> `Ana Okafor`); `start` when none opens it or nothing but one word would be left."""
    at = start
    while True:
        space = text.find(" ", at, end)
        if space < 0 or text[at:space].casefold().rstrip(".") not in honorifics():
            break
        at = space + 1
    return at if at != start and " " in text[at:end] else start


@cache
def _after_honorific() -> re.Pattern[str]:
    """An honorific of 'honorifics_en' (its full stop optional) then two to four capitalised words (the name,
    group 1): `Mr. Ana Okafor`, `H.E. Pál Kovács`."""
    from allyscope.entities import load_discourse

    words = load_discourse().get("as_written", {}).get("honorifics_en", [])
    if not words:
        return re.compile(r"(?!)")
    bare = sorted({w.rstrip(".") for w in words}, key=len, reverse=True)
    lead = rf"(?<![\w.])(?:{'|'.join(map(re.escape, bare))})\.?"
    return re.compile(rf"{lead}{_latin_name().pattern}")


@cache
def _before_heading() -> re.Pattern[str]:
    """Two to four capitalised words set off by a comma before a relative clause of 'heading_verbs_en' (`Ana
    Okafor, who heads …`, `…, who commands …`): the clause gives the name a post as an apposed title does."""
    from allyscope.entities import load_discourse

    verbs = load_discourse().get("as_written", {}).get("heading_verbs_en", [])
    if not verbs:
        return re.compile(r"(?!)")
    return re.compile(
        rf"(?<![\w'’-])({_LATIN_WORD}(?: {_LATIN_WORD}){{1,3}}), who (?:{'|'.join(map(re.escape, verbs))}) "
    )


@cache
def _after_title_head() -> re.Pattern[str]:
    """A head noun of an office, 'title_heads_en' (`minister`, `Commissioner`, `envoy`), then two to four
    capitalised words (group 1): `the <demonym> armed forces minister Ana Okafor`, `Commissioner Pál Kovács`, a
    title the data does not hold whole, whose head still marks the name after it; or its post after `of`/`for`
    and the name set off by commas (`minister of international relations, Ana Okafor,`)."""
    from allyscope.entities import load_discourse

    words = load_discourse().get("as_written", {}).get("title_heads_en", [])
    if not words:
        return re.compile(r"(?!)")
    heads = "|".join(map(re.escape, words))
    # the head's office named after it, then the name set off by commas (`<state>'s minister of international
    # relations, Ana Okafor,`): a post of one to six words after `of`/`for`, none holding a comma
    ahead = _latin_name().pattern.replace(" (", " (?:", 1)  # the name, not captured: looked at, not taken
    post = r"(?: (?:of|for) (?:[\w'’-]+ ){0,5}?[\w'’-]+,(?=" + ahead + r",))?"
    return re.compile(rf"(?<![\w'’-])(?:{heads}){post}{_latin_name().pattern}")


@cache
def _not_in_a_name() -> frozenset[str]:
    """The honorifics and the office head nouns (casefolded): words that mark a name, never words of it."""
    from allyscope.entities import load_discourse

    heads = load_discourse().get("as_written", {}).get("title_heads_en", [])
    return honorifics() | frozenset(w.casefold() for w in heads)


def names_after_honorifics(text: str) -> list[tuple[int, int]]:
    """The spans of the names an honorific marks (`Mr. Ana Okafor`, `Dr Pál Kovács`: the words after it), a
    relative clause of heading follows (`Ana Okafor, who heads …`) or an office's head noun precedes (`armed forces
    minister Ana Okafor`), none of whose words is one of `not_name_words_en` nor an honorific itself; in order."""
    spans: list[tuple[int, int]] = []
    marked = (_after_honorific(), _before_heading(), _after_title_head())
    # each expression opens with a look-behind, then a capital or a word: led by those first characters (fast64),
    # not tried at every character of the text
    for found in (found for pattern in marked for found in literal_screen.finditer(pattern, text, led_finditer)):
        words = found.group(1).split()
        if any(w.casefold().strip(".") in _words()[0] or w.casefold().rstrip(".") in _not_in_a_name() for w in words):
            continue  # `Chief Cabinet Secretary`: a head noun or an honorific is no word of the name after it
        spans.append((found.start(1), found.end(1)))
    return sorted(set(spans))


@cache
def _ranks_cjk() -> tuple[str, ...]:
    """`discourse.json` `as_written` 'ranks_cjk' (act63): military ranks written right after a name in Chinese
    (`上将`, `少將`), never part of it."""
    from allyscope.entities import load_discourse

    return tuple(load_discourse().get("as_written", {}).get("ranks_cjk", []))


def _dotted_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """`text[start:end]` (a dotted run of ideographs) narrowed to the name: its first part begins after the last
    stop character before the first dot, its last part ends at the first stop character after the last dot."""
    stops = _words()[1]
    run = text[start:end]
    rank = next((run.find(r) for r in _ranks_cjk() if run.find(r) > max(run.rfind(c) for c in "·・‧")), -1)
    run = run[:rank] if rank > 0 else run  # `…·瓦利耶夫上将`: the rank after the name is no part of it
    first = min(i for i, c in enumerate(run) if c in "·・‧")
    last = max(i for i, c in enumerate(run) if c in "·・‧")
    begin = max((i + 1 for i in range(first) if run[i] in stops), default=0)
    finish = next((i for i in range(last + 1, len(run)) if run[i] in stops), len(run))
    if begin == first or finish == last + 1:
        return None
    return start + begin, start + finish


@cache
def _counterpart_words() -> re.Pattern[str]:
    """`discourse.json` `as_written` 'counterpart_en': the nouns naming a person by the office another holds."""
    from allyscope.entities import load_discourse

    words = load_discourse().get("as_written", {}).get("counterpart_en", [])
    return re.compile(rf" (?:{'|'.join(map(re.escape, words))})(?=[ ,])" if words else r"(?!)")


def name_after_counterpart(text: str, end: int) -> tuple[int, int] | None:
    """The span of a name right after a counterpart noun that follows a state's name or adjective at `end`
    (`his Malian counterpart Sadio Camara`, `her Latvian counterpart, Ināra Mūrniece,`): English names the other
    party's holder of the same office so, and the noun marks the words after it as a person's name (two to four
    capitalised words, none of `not_name_words_en`), or None."""
    noun = _counterpart_words().match(text, end)
    if noun is None:
        return None
    at = noun.end() + (1 if text.startswith(",", noun.end()) else 0)
    latin = _latin_name().match(text, at)
    if latin is None or any(w.casefold().strip(".") in _words()[0] for w in latin.group(1).split()):
        return None
    return latin.start(1), latin.end(1)


@cache
def _name_before() -> re.Pattern[str]:
    """Two to four capitalised words and a comma right before a title (`Ana Okafor, the …`), a word of
    'title_modifiers_en' possibly between (`Ana Okafor, then …`, `Ana Okafor, the former …`), or a noun of
    'state_nouns_en' standing for the state in the possessive (`Ana Okafor, the country's …`)."""
    from allyscope.entities import load_discourse

    data = load_discourse().get("as_written", {})
    words, nouns = data.get("title_modifiers_en", []), data.get("state_nouns_en", [])
    modifier = rf"(?:(?:{'|'.join(map(re.escape, words))}) )?" if words else ""
    # `Ana Okafor, the country's defence minister`: a noun standing for the state named before, then the title
    noun = rf"(?:(?:the )?(?:{'|'.join(map(re.escape, nouns))})['’]s? (?:{modifier})?)?" if nouns else ""
    return re.compile(rf"(?<![\w'’-])({_LATIN_WORD}(?: {_LATIN_WORD}){{1,3}}), (?:the )?{modifier}{noun}\Z")


@cache
def title_modifiers() -> frozenset[str]:
    """`discourse.json` `as_written` 'title_modifiers_en': words that may stand between a state's word and its
    title without changing whose title it is (`<state>'s former foreign minister`, `then`). Read once (fast70:
    `load_discourse` parses its file at each call, and this was asked of every title after a state's word)."""
    from allyscope.entities import load_discourse

    return frozenset(load_discourse().get("as_written", {}).get("title_modifiers_en", []))


def name_before_title(text: str, start: int) -> tuple[int, int] | None:
    """The span of a name set off by a comma before a title that begins at `start` (or before the state's word
    that opens the title: `Gabriela Sommerfeld, <state>'s foreign minister,`, `Ana Okafor, the <demonym> foreign
    minister`, `Ana Okafor, then <state>'s …`): two to four capitalised words, none of `not_name_words_en` (`In
    March, the minister …` names no one), the apposition's head without an honorific (`Dr`); or None."""
    head = text[max(0, start - 80) : start]
    found = _name_before().search(head)
    if found is None or any(w.casefold().strip(".") in _words()[0] for w in found.group(1).split()):
        return None
    at = start - len(head)
    return without_honorifics(text, at + found.start(1), at + found.end(1)), at + found.end(1)


def name_beside_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a name the title `text[start:end]` marks as a person's: after it in English (right after it,
    or set off by commas, `the Prime Minister of <state>, Sefo Lekai,`: an apposition closed by its comma), around
    it in Chinese and Japanese (see the module's docstring), or None."""
    latin = _latin_name().match(text, end)
    if latin is None and text[start:end][:1].isascii():
        # `<state>'s Minister for Foreign Affairs, <Name Surname>, …`, `<state>'s ambassador to <state>, Ana Okafor,`
        post = _POST.match(text, end)
        at = post.end() if post is not None else end
        latin = _latin_name().match(text, at + 1) if text.startswith(", ", at) else None
        latin = latin if latin is not None and text.startswith(",", latin.end()) else None
    if latin is not None and text[start:end][:1].isascii():
        words = latin.group(1).split()
        if not any(w.casefold().strip(".") in _words()[0] for w in words):
            return without_honorifics(text, latin.start(1), latin.end(1)), latin.end(1)
        return None
    dotted = _DOTTED_AFTER.match(text, end)
    if dotted is not None:
        return _dotted_span(text, dotted.start(), dotted.end())
    apposed = KATAKANA_APPOSED.match(text, end)
    if apposed is not None:  # `<state>外相のエリナ・ハウフィク氏` (act63): the title's holder named after `の`
        return apposed.start(1), apposed.end(1)
    head = text[max(0, start - 24) : start]
    before = _DOTTED_BEFORE.search(head)
    if before is not None:
        return _dotted_span(text, start - len(head) + before.start(), start)
    katakana = _KATAKANA_BEFORE.search(head)
    if katakana is not None and len(katakana.group().strip("・＝=")) >= 2:
        return start - len(head) + katakana.start(), start
    return None


class _CjkNames(NamedTuple):
    """`data/cjk_names.json` as the readers use it (see its `about`)."""

    surnames: frozenset[str]  # Chinese family names
    transliteration: frozenset[str]  # the characters Chinese writes foreign names with
    end_words: tuple[str, ...]  # words that end a name, longest first
    not_before_shi: frozenset[str]  # characters that before `氏` make no name
    not_in_parentheses: frozenset[str]  # words in parentheses after a title that name no one
    not_before_titles: tuple[str, ...]  # words before a Chinese title that name no one
    titles_after_family_names: tuple[str, ...] = ()  # after a family name written in full before: 外务相, 发言人
    speaker_words: tuple[str, ...] = ()  # words for a spokesperson a name may follow (folded): 发言人
    honorifics: tuple[str, ...] = ()  # after a family name written in full before, besides 氏: さん, 先生
    heads: tuple[str, ...] = ()  # the last words of a title a name may stand before, besides 'title_ends_cjk'
    stems: tuple[str, ...] = ()  # the words a compound title opens with before its head (longest first)
    not_after_heads: frozenset[str] = frozenset()  # characters after a head that make it no title (`司令部`)
    not_last_in_kanji_names: frozenset[str] = frozenset()  # characters no Japanese name in kanji ends with (`後`)
    not_before_titles_ja: tuple[str, ...] = ()  # words before a Japanese title that name no one (`歴代`, `同日`)
    envoy_marks: frozenset[str] = frozenset()  # before a host's name in an envoy's title: 駐, 驻
    post_title_ends: tuple[str, ...] = ()  # a post's title after an envoy's mark or an office: 代表, 處長
    post_offices: tuple[str, ...] = ()  # the offices a post's title may follow: 事務所, 辦事處
    person_post_ends: tuple[str, ...] = ()  # a post's last word besides 'title_ends_cjk': 総裁, 会長 (act69)
    ideograph_name_states: frozenset[str] = frozenset()  # states whose people's names are written in ideographs
    given_name_stops: frozenset[str] = frozenset()  # stops that begin or sit in a given name (和: act70)
    not_given_words: tuple[str, ...] = ()  # words after a family name alone that are no given name (今天: act70)


@cache
def _cjk_names() -> _CjkNames:
    import json
    from importlib import resources

    data = json.loads(resources.files("allyscope.data").joinpath("cjk_names.json").read_text("utf-8"))
    return _CjkNames(
        frozenset(data["surnames_zh"]),
        frozenset(data["transliteration_zh"]),
        tuple(sorted(data["name_end_words_zh"], key=len, reverse=True)),
        frozenset(data["not_names_before_shi_ja"]),
        frozenset(fold_word(w) for w in data.get("not_names_in_parentheses", [])),
        tuple(fold_word(w) for w in data.get("not_names_before_titles_zh", [])),
        tuple(data.get("titles_after_family_names", [])),
        tuple(fold_word(w) for w in data.get("speaker_words_zh", [])),
        tuple(data.get("honorifics_after_family_names", [])),
        tuple(data.get("title_heads_before_names", [])),
        tuple(sorted(data.get("title_stems", []), key=len, reverse=True)),
        frozenset(data.get("not_after_title_heads", [])),
        frozenset(data.get("not_last_in_kanji_names_ja", [])),
        tuple(data.get("not_names_before_titles_ja", [])),
        frozenset(data.get("envoy_marks", [])),
        tuple(data.get("post_title_ends", [])),
        tuple(data.get("post_offices", [])),
        tuple(data.get("person_post_ends", [])),
        frozenset(data.get("ideograph_name_states", [])),
        frozenset(data.get("given_name_stops", [])),
        tuple(data.get("not_given_words", [])),
    )


def person_post_ends() -> tuple[str, ...]:
    """'person_post_ends' (`総裁`, `会長`, `議員`): the words a post's title ends with besides 'title_ends_cjk',
    read by `person_references.states_of_titled_people` (act69)."""
    return _cjk_names().person_post_ends


def honorifics_after_family_names() -> tuple[str, ...]:
    """Honorifics besides `refer_back` 'honorific_cjk' (`氏`) that, right after a family name the text wrote in
    full before, name that person again (`<family>さん`, `<family>先生`, `<family>女士`: act66): 'honorifics_after_
    family_names' of `data/cjk_names.json`."""
    return _cjk_names().honorifics


def titles_after_family_names() -> tuple[str, ...]:
    """Titles besides `refer_back` 'titles_cjk' that, right after a family name the text wrote in full before,
    name that person again (`<family>外务相`, `<family>发言人`, `<family>司令`: act66): 'titles_after_family_names'
    of `data/cjk_names.json`."""
    return _cjk_names().titles_after_family_names


@lru_cache(maxsize=8)
def _holds_kana(text: str) -> bool:
    """Does `text` hold kana? Asked of the whole text by two passes (fast68: kept for the few texts being read,
    as `text_screens` keeps its answers; a Chinese text, holding none, was read to its end twice)."""
    return re.search(r"[\u3041-\u30fa]", text) is not None


def _is_ideograph(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


_DOTS = "·・‧＝="  # a name written with a dot is read whole by the dotted shapes, never a part of it here


def _ends_a_name(text: str, at: int) -> bool:
    """Does a name end at `at`: the text's end, a character that is no ideograph (punctuation, kana, Latin) nor a
    middle dot, one of 'name_stops_cjk', or a word of 'name_end_words_zh' (`表示`, `举行`)?"""
    if at < len(text) and text[at] in _DOTS:
        return False
    if text[at : at + 1] in ("（", "(") and text[at + 1 : at + 2].isascii() and text[at + 1 : at + 2].isalpha():
        return False  # a name glossed in Latin letters (`<Name>（Rosa Vargas）`): named by its gloss (glossed_names)
    if at >= len(text) or not _is_ideograph(text[at]):
        return True
    if fold_word(text[at]) in _words()[1]:
        return True
    ahead = fold_word(text[at : at + 4])
    return any(ahead.startswith(w) for w in _cjk_names().end_words)


def stands_as_name(text: str, start: int, end: int) -> bool:
    """Do a name's bounds hold on both sides of `text[start:end]` (`_starts_a_name`, `_ends_a_name`): a name may
    begin there and end there, so the span is no piece of a longer word or name (`为<name>举行`, `同<name>会谈`;
    not `<name>·…`, not `<name>龙`). Shared with `named_again` (act74)."""
    if not 0 <= start < end <= len(text):
        return False  # an empty span, or one past the text's end, holds no name
    return _starts_a_name(text, start) and _ends_a_name(text, end)


def _ends_by_word(text: str, at: int) -> bool:
    """Does a word of 'name_end_words_zh' (`表示`, `称`) begin at `at`?"""
    ahead = fold_word(text[at : at + 4])
    return any(ahead.startswith(w) for w in _cjk_names().end_words)


def _starts_a_name(text: str, at: int) -> bool:
    """Does a name begin at `at`: the text's start, a character before it that is no ideograph, one of
    'name_stops_cjk', or the end of a word of 'name_end_words_zh' (`会见`, `同`, `欢迎`)?"""
    if at > 0 and text[at - 1] in _DOTS:
        return False
    if at <= 0 or not _is_ideograph(text[at - 1]):
        return True
    if fold_word(text[at - 1]) in _words()[1]:
        return True
    behind = fold_word(text[max(0, at - 4) : at])
    return any(behind.endswith(w) for w in _cjk_names().end_words)


def _chinese_names_at(text: str, at: int) -> list[int]:
    """The ends of the Chinese personal names that may begin at `at`: a family name of 'surnames_zh' (two
    characters tried first) and one or two given characters, none a stop; longest first. Given characters that
    open a word of two or more of 'name_end_words_zh' are the sentence's, not a name's (act73: `議員於去年11月…`
    is no person `於去年`: the family name there is a preposition and `去年` a date word)."""
    surnames = _cjk_names().surnames
    ends: list[int] = []
    for size in (2, 1):
        if fold_word(text[at : at + size]) not in surnames:
            continue
        if _opens_end_word(text, at + size):
            continue
        for given in (2, 1):
            end = at + size + given
            part = text[at + size : end]
            if len(part) == given and all(_is_ideograph(c) and fold_word(c) not in _words()[1] for c in part):
                ends.append(end)
    return ends


def _opens_end_word(text: str, at: int) -> bool:
    """Does a word of two characters or more of 'name_end_words_zh' (`表示`, `去年`) begin at `at`?"""
    ahead = fold_word(text[at : at + 4])
    return any(len(w) >= 2 and ahead.startswith(w) for w in _cjk_names().end_words)


def chinese_family_name(name: str) -> str | None:
    """The family name of `name` when it is a Chinese personal name as `_chinese_names_at` reads one (a family name
    of 'surnames_zh', two characters tried first, and one or two given characters, the whole name), else None."""
    for size in (2, 1):
        whole = len(name) - size in (1, 2) and name in (name[:end] for end in _chinese_names_at(name, 0))
        if whole and fold_word(name[:size]) in _cjk_names().surnames:
            return name[:size]
    return None


_HYPHENS = ("-", "－", "‐")  # between the two parts of a double-barrelled foreign name


def _name_size_fits(name: str) -> bool:
    """Two to six characters, or two parts of two to six joined by a hyphen (`<Name>-<Name>`)."""
    parts = [p for h in _HYPHENS if h in name for p in [name.split(h)]]
    if parts and len(parts[0]) == 2:
        return all(2 <= len(p) <= 6 for p in parts[0])
    return 2 <= len(name) <= 6


def undotted_name_after(text: str, end: int, foreign: bool = True) -> tuple[int, int] | None:
    """A name written without a dot right after a Chinese title at `end`, closed by `_ends_a_name`: a Chinese
    personal name (`部长<surname><given>在…`: a family name of 'surnames_zh' and one or two characters), or a foreign
    name of two to six characters of 'transliteration_zh' (`<state>外长<Name>表示`); or None. A title followed by a
    word of another kind (`总统大选`, `外长会议`) names no one: its characters are neither."""
    finishes = _chinese_names_at(text, end)
    for finish in finishes:
        if _ends_a_name(text, finish):
            # a shorter name closed by a word of 'name_end_words_zh' is the name: its end word is no given
            # character (`<surname><given>称，`, `<surname><given>答：`: act66)
            shorter = [f for f in finishes if f < finish and _ends_by_word(text, f)]
            return end, max(shorter) if shorter else finish
    if not foreign:
        return None
    letters = _cjk_names().transliteration
    run = end
    while run < len(text) and run - end < 7 and fold_word(text[run]) in letters:
        run += 1
    if 2 <= run - end <= 6 and text[run : run + 1] in _HYPHENS:
        # a double-barrelled name joined by a hyphen (`<Name>-<Name>`, act67): both parts, each of two to six
        # characters of a transliteration, the second closed as a name is
        second = run + 1
        while second < len(text) and second - run <= 7 and fold_word(text[second]) in letters:
            second += 1
        if 2 <= second - run - 1 <= 6 and _ends_a_name(text, second):
            return end, second
    if 2 <= run - end <= 6 and _ends_a_name(text, run):
        return end, run
    return kanji_name_after_post(text, end)


@cache
def _family_aliases() -> frozenset[str]:
    """The CJK aliases of the data's people that are only their family name: a proper beginning of a longer CJK
    alias of the same person (`<family>` of `<family><given>`)."""
    from allyscope.entities import gazetteer

    out: set[str] = set()
    for entity in gazetteer().entities.values():
        if entity.get("type") != "person":
            continue
        names = {a for lang, aliases in entity.get("aliases", {}).items() if lang != "en" for a in aliases}
        out.update(a for a in names if len(a) >= 2 and any(b != a and b.startswith(a) for b in names))
    return frozenset(out)


@lru_cache(maxsize=4096)
def family_alias_opening(run: str) -> int:
    """The length of a known person's family name alone that opens `run` and is followed by ideographs none of
    that person's own names goes on with (`<family><other given>`: another person of the same family, whom the
    data lacks), the only name the gazetteer reads in `run`; 0 otherwise (act70: a Japanese name after a post,
    `<post>中曾根<given>`, is not the data's `中曾根` when its given name is another). Kept by run: the answer
    depends on the data alone, and a document asks it again at each mention of the same person (fast71)."""
    from allyscope.entities import gazetteer

    # the answer is a proper beginning of `run` that is a family alias: a run none of whose beginnings is one
    # (most runs after a post or at a person's mention) is answered without reading its names (fast71: the
    # gazetteer's whole matching, ~30 runs a document)
    families = _family_aliases()
    if not any(run[:size] in families for size in range(2, len(run))):
        return 0
    found = gazetteer().match_names(run)
    if len(found) != 1 or found[0].start != 0 or found[0].end >= len(run):
        return 0
    family = run[: found[0].end]
    if family not in families or run[len(family) :].startswith(_cjk_names().not_given_words):
        return 0  # `<family>今天表示`, `<family>一行`: the family name alone, then a word of the sentence
    entities = [gazetteer().entities.get(i) or {} for i in found[0].ids]
    if any(e.get("type") != "person" for e in entities):
        return 0
    own = {a for e in entities for aliases in e.get("aliases", {}).values() for a in aliases}
    return 0 if any(run.startswith(a) and len(a) > len(family) for a in own) else len(family)


@cache
def _offices_held() -> frozenset[str]:
    """The offices the people data names a holder of, at any time."""
    from allyscope.entities import gazetteer

    entities = gazetteer().entities.values()
    return frozenset(r["office"] for e in entities if e.get("type") == "person" for r in e.get("roles", []))


def _post_states(text: str, end: int) -> set[str] | None:
    """The states the title compound ending at `end` names (the run of ideographs before it, sixteen characters
    back at most), the state of an office the data knows that ends it among them, or None when it names anything
    else the gazetteer knows."""
    from allyscope.entities import gazetteer

    start = end
    while start > max(0, end - 16) and _is_ideograph(text[start - 1]):
        start -= 1
    g = gazetteer()
    states: set[str] = set()
    for m in _names_in(text[start:end]):
        entities = [g.entities.get(i) or {} for i in m.ids]
        kinds = {e.get("type") for e in entities}
        if (
            kinds == {"office"}
            and m.end == end - start
            and all(e.get("part_of") and e.get("id") not in _offices_held() for e in entities)
        ):
            # the post itself is an office the data knows but names no holder of (`<state>外務大臣政務官`, act70):
            # a name after it is its holder as written, of the office's state; a held office reads its holder
            states.update(e["part_of"] for e in entities)
            continue
        if kinds != {"state"}:
            return None
        states.update(m.ids)
    return states


def kanji_name_after_post(text: str, end: int) -> tuple[int, int] | None:
    """A Japanese or Korean name in ideographs right after a post's title at `end` in a Chinese text (act69, issue
    14 item 3: `<state>外务大臣<family><given>`, `<state><body>副部長<family><given>發表`): where the title's compound
    names states and all of them are of 'ideograph_name_states' (their people's names are written in ideographs,
    not transliterated), the run of three or four ideographs after it closed as a name is (`_ends_a_name`) is the
    name, cut where the post ends (the person of the post's state; the title's state is read apart). No character
    of the run is a stop (`与`, `在`), but the middle one of three closed by a word of 'name_end_words_zh' (a given
    name's character, `<family>与<given>发表`), none is a character no Japanese name ends with
    ('not_last_in_kanji_names_ja'), and the gazetteer reads no name inside the run. A Chinese personal name
    (`_chinese_names_at`) is read before this; a Japanese text writes its names before the title (not read here)."""
    words = _cjk_names()
    if not words.ideograph_name_states or _holds_kana(text):
        return None
    for size in (5, 4, 3):
        finish = end + size
        run = text[end:finish]
        if len(run) < size or not all(_is_ideograph(c) for c in run) or not _ends_a_name(text, finish):
            continue
        family = family_alias_opening(run)
        if size == 5 and not family:
            continue  # five ideographs only where a known family name opens them (`<family of 3><given of 2>`)
        stops = [i for i, c in enumerate(run) if fold_word(c) in _words()[1]]
        if family and all(i >= family and run[i] in words.given_name_stops for i in stops):
            stops = []  # `<family>和<given>`: Chinese joins no bare family name by a conjunction (act70)
        if stops and not (size == 3 and stops == [1] and _ends_by_word(text, finish)):
            continue
        if run[-1] in words.not_last_in_kanji_names or (not family and _is_a_known_name(run)):
            continue
        states = _post_states(text, end)
        if not states or not states <= words.ideograph_name_states:
            return None
        return end, finish
    return None


def undotted_name_before(text: str, start: int) -> tuple[int, int] | None:
    """A name written without a dot right before a Chinese title at `start`, opened by `_starts_a_name`: a Chinese
    personal name of a family name of 'surnames_zh' and one or two characters (`会见<surname><given>部长`); or
    None."""
    for size in (4, 3, 2):
        at = start - size
        if at >= 0 and start in _chinese_names_at(text, at) and _starts_a_name(text, at):
            return at, start
    # a transliterated name before a title is not read: it is most often the data's holder of the title in a
    # transliteration the data lacks (`<Name>总理` after the text named the holder), and the title reads that holder
    return None


def undotted_name_before_title(text: str, start: int) -> tuple[int, int] | None:
    """A name written without a dot right before a Chinese title at `start` that no holder the data names fills:
    a run of two to six characters of 'transliteration_zh' (`<Name>总理`), else a Chinese personal name
    (`undotted_name_before`), opened by `_starts_a_name`, holding none of 'not_names_before_titles_zh' (`时任`,
    `两国`: words written before a title that name no one); or None."""
    letters = _cjk_names().transliteration
    run = start
    while run > 0 and start - run < 7 and fold_word(text[run - 1]) in letters:
        run -= 1
    whole = 2 <= start - run <= 6 and _starts_a_name(text, run)
    span = (run, start) if whole else undotted_name_before(text, start)
    if span is None or any(w in fold_word(text[span[0] : span[1]]) for w in _cjk_names().not_before_titles):
        return None
    return span


@cache
def _title_ends() -> re.Pattern[str]:
    """`discourse.json` `as_written` 'title_ends_cjk' (`部长`, `大使`, `总督`, `主委`): the words an office's
    Chinese name ends with, whether or not the data holds the office whole; and 'person_post_ends' (`会長`)."""
    from allyscope.entities import load_discourse

    ends = load_discourse().get("as_written", {}).get("title_ends_cjk", [])
    # and a post's last words besides (`会長`, `総裁`: 'person_post_ends', act69)
    words = sorted({*ends, *_cjk_names().person_post_ends}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))) if words else re.compile(r"(?!)")


def names_after_title_ends(text: str, skip: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """The spans of names written without a dot right after the end of an office's Chinese name (`商务部部长`
    + a Chinese personal name, `<state>驻<state>大使` + a transliterated name: `undotted_name_after`), where the
    data may hold no title of the whole (the person is named; the office's state, if any, is read apart)."""
    spans: list[tuple[int, int]] = []
    ends = [found.end() for found in literal_screen.finditer(_title_ends(), text)] + _post_title_ends(text)
    for end in sorted(set(ends)):
        if end in skip:
            continue  # the end of a title the gazetteer found: read with that title (`undotted_names`)
        span = undotted_name_after(text, end)
        if span is not None:
            spans.append(span)
    return spans


@cache
def _post_titles() -> re.Pattern[str] | None:
    """'post_title_ends' (`代表`, `處長`) after an envoy's mark and a host (`駐<host>`: the mark and one to four
    ideographs) or after a word of 'post_offices' (`事務所`, `辦事處`): a post's title, whose word alone is too
    often a verb or another noun (`代表團`, `代表我國`) to be read as one (act68)."""
    words = _cjk_names()
    if not words.post_title_ends or not (words.envoy_marks or words.post_offices):
        return None
    ends = "|".join(map(re.escape, sorted(words.post_title_ends, key=len, reverse=True)))
    marks = "".join(map(re.escape, sorted(words.envoy_marks)))
    offices = "|".join(map(re.escape, sorted(words.post_offices, key=len, reverse=True)))
    before = "|".join(x for x in (f"[{marks}][\\u3400-\\u9fff]{{1,4}}?" if marks else "", offices) if x)
    return re.compile(f"(?:{before})(?:{ends})")


def _post_title_ends(text: str) -> list[int]:
    """Where the posts' titles of `_post_titles` end in `text` (`<state>駐<host>代表`, `<office>辦事處處長`)."""
    pattern = _post_titles()
    return [found.end() for found in literal_screen.finditer(pattern, text)] if pattern is not None else []


@cache
def _speaker_words() -> re.Pattern[str] | None:
    words = sorted(_cjk_names().speaker_words, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))) if words else None


def names_after_speaker_words(text: str) -> list[tuple[int, int]]:
    """The spans of names written without a dot right after a word for a spokesperson ('speaker_words_zh':
    `发言人`, no title of the data, since a briefing's speaker line `发言人：` names no state), in a Chinese text:
    a Chinese personal name or a transliterated one closed as after a title (`<office>发言人<surname><given>表示`,
    `发言人<Name>答`: `undotted_name_after`). The person is named; whose spokesperson they are is the office's
    or state's name before the word, read apart (act66)."""
    pattern = _speaker_words()
    if pattern is None:
        return []
    folded = fold_word(text)
    spans: list[tuple[int, int]] = []
    for found in pattern.finditer(folded):
        span = undotted_name_after(text, found.end())
        if span is not None:
            spans.append(span)
    return spans


# a name set in parentheses right after a title or an office's name (`<state>外相（<Name>）`,
# `大使（<family><given>）`): katakana (its parts joined by a dot or `＝`), ideographs with a middle dot, or three
# or four kanji, closed by `）`
_IN_PARENTHESES = re.compile(
    r"[（(]([\u30a1-\u30fa\u30fc]{2,}(?:[・＝=][\u30a1-\u30fa\u30fc]+)*|(?:[\u3400-\u9fff]{1,6}[·・‧])+[\u3400-\u9fff]{1,6}"
    r"|[\u3400-\u9fff々]{3,4})[）)]"
)


def name_in_parentheses(text: str, end: int) -> tuple[int, int] | None:
    """The span of a name in parentheses right after a title or an office's name ending at `end` (`外相（<Name>）`,
    `報道官（<Given>・<Family>）`, `大使（<family><given>）`): katakana, a dotted name in ideographs, or three or four
    kanji that are none of 'not_names_in_parentheses' (`（当時）`, `（特命全権）`) and hold no word an office's name
    ends with (`（外務大臣）` is a title); or None."""
    found = _IN_PARENTHESES.match(text, end)
    if found is None:
        return None
    name = found.group(1)
    kanji = _is_ideograph(name[0]) and not any(c in _DOTS for c in name)
    if kanji and (fold_word(name) in _cjk_names().not_in_parentheses or _title_ends().search(name) is not None):
        return None
    return found.start(1), found.end(1)


def names_in_parentheses(text: str, ends: list[int]) -> list[tuple[int, int]]:
    """The spans of the names in parentheses after the titles ending at `ends` and after the end of each office's
    name (`title_ends_cjk`: `大使`, `国務相`, `報道官`), whether or not the data holds the office whole."""
    if "（" not in text and "(" not in text:
        return []
    at = set(ends) | {found.end() for found in literal_screen.finditer(_title_ends(), text)}
    return [span for end in sorted(at) if (span := name_in_parentheses(text, end)) is not None]


_KANJI_BEFORE_SHI = re.compile(r"(?<![\u3400-\u9fff々])([\u3400-\u9fff々]{2,5})氏(?=[\u3041-\u3096、。，）」]|$)")
_SHI = ("氏",)  # the literal every match of `_KANJI_BEFORE_SHI` holds
_SHI_REACH = 5  # at most this many characters after the match's start (five kanji before it)


def kanji_names_before_shi(text: str) -> list[tuple[int, int]]:
    """The spans of Japanese names in kanji closed by the honorific `氏` and followed by a particle or a stop
    (`<family><given>氏は`, `<family>氏と`): two to five kanji after a character that is none, not opening with one
    of 'not_names_before_shi_ja' (`同氏`, `両氏` name no one). A Chinese `<surname>氏` followed by another noun
    (a clan) is left."""
    not_names = _cjk_names().not_before_shi
    # every match holds `氏` two to five characters after its start: tried only there (`screened_finditer`), not at
    # every character of a document that has no `氏` at all (fast65: ~330 µs a call on the reference article)
    return [
        (found.start(1), found.end(1))
        for found in screened_finditer(_KANJI_BEFORE_SHI, text, _SHI, _SHI_REACH)
        if found.group(1)[0] not in not_names
    ]


@cache
def _heads_before_names() -> re.Pattern[str] | None:
    """The last words of a title a name may stand before: 'title_ends_cjk' and 'title_heads_before_names'."""
    from allyscope.entities import load_discourse

    words = {*load_discourse().get("as_written", {}).get("title_ends_cjk", []), *_cjk_names().heads}
    ordered = sorted(words, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ordered))) if ordered else None


def _compound_starts(text: str, head: int, openers: dict[int, int] | _StateOpeners | None = None) -> list[int]:
    """Where a compound title ending in the head that begins at `head` may begin: after up to four words of
    'title_stems' before the head (`<service><stem>` + head), the longest compound first, the head alone last.
    `openers` (the start of each state's name by its end) lets a state's name open the compound or stand inside it
    (`<state><ministry><stem>` + head, `<envoy mark><host><state>` + head: a title holding a state's name, act68)."""
    starts = [head]
    at = head
    for _ in range(4):
        stem = next((w for w in _cjk_names().stems if text.endswith(w, 0, at)), None)
        if stem is not None:
            at -= len(stem)
        elif at >= 2 and text[at - 2] in _cjk_names().envoy_marks and _is_ideograph(text[at - 1]):
            at -= 2  # an envoy's mark and a host's one-character short form (`駐<host>大使`)
        elif openers and at in openers:
            at = openers[at]
        else:
            break
        starts.append(at)
    return starts[::-1]


def _name_ending_at(text: str, end: int, kanji: bool = False) -> tuple[int, int] | None:
    """A katakana name (two characters or more, its parts joined by a dot) or a Chinese personal name (a family
    name of 'surnames_zh' and one or two characters, opened by `_starts_a_name`) that ends at `end`; with `kanji`
    (a Japanese text, before a compound title, act68) also a Japanese name in kanji (`_kanji_name_ending_at`); or
    None."""
    katakana = _KATAKANA_BEFORE.search(text[max(0, end - 24) : end])
    if katakana is not None and len(katakana.group().strip("・＝=")) >= 2:
        start = end - len(katakana.group())
        return start + len(katakana.group()) - len(katakana.group().lstrip("・＝=")), end
    for size in (4, 3, 2):
        at = end - size
        if at >= 0 and end in _chinese_names_at(text, at) and _starts_a_name(text, at):
            return at, end
    return _kanji_name_ending_at(text, end) if kanji else None


_KANJI_RUN_BEFORE = re.compile(r"(?<![\u3400-\u9fff々])[\u3400-\u9fff々]{3,5}$")


def _kanji_name_ending_at(text: str, end: int) -> tuple[int, int] | None:
    """A Japanese name in kanji, family and given name written together, that ends at `end` where a compound title
    begins (`<family><given>外務事務次官`, `<family><given>駐<host>大使`): the whole run of three to five kanji there
    (the title's first character is where the name is cut; no kanji stands before the run), its last character
    none of 'not_last_in_kanji_names_ja' (a word of time, place or body ends there: `…後`, `…省`), and no word
    of 'not_names_before_titles_ja' (`歴代`, `同日`), of 'title_stems' (two characters or more), a title's last
    word, a post's ('post_title_ends', 'post_offices') or an envoy's mark in it; or None. Japanese writes no family
    name apart from its given one, so only a run standing alone between a stop, kana or the line's start and a title
    is read."""
    found = _KANJI_RUN_BEFORE.search(text, max(0, end - 6), end)
    if found is None:
        return None
    name = found.group()
    words = _cjk_names()
    if name[-1] in words.not_last_in_kanji_names or any(w in name for w in words.not_before_titles_ja):
        return None
    heads = _heads_before_names()
    posts = (*words.post_title_ends, *words.post_offices, *words.envoy_marks)
    if any(len(w) >= 2 and w in name for w in words.stems) or any(w in name for w in posts):
        return None  # a title's own words (`<stem><stem>…`, `駐<host>代表`): more of the title, no name
    if heads is not None and heads.search(name):
        return None
    return found.start(), end


def names_before_title_compounds(
    text: str, taken: list[tuple[int, int]], held: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The spans of names right before a compound title that ends in a title's last word (`<Name>国軍参謀総長`,
    `<surname><given>外務次官`, `<surname><given>司令员`: up to three words of 'title_stems' and a word of
    'title_ends_cjk' or 'title_heads_before_names', the data holding the title whole or not): a katakana name or a
    Chinese personal name (`_name_ending_at`), none of whose characters a mention of `taken` covers, holding no
    word of 'not_names_before_titles_zh' and none the gazetteer reads a name in (`<state>大使`). A head inside a
    title of `held` (one whose holder the data names then) is left to that title, a head followed by a character
    of 'not_after_title_heads' is no title (`司令部`), and in a Chinese text only a Chinese personal name is read (a
    transliteration before a title is most often the data's holder in another spelling:
    `undotted_name_before_title`). Act67."""
    heads = _heads_before_names()
    if heads is None:
        return []
    japanese = _holds_kana(text)
    openers = _state_openers(text, taken)
    spans: list[tuple[int, int]] = []
    for found in literal_screen.finditer(heads, text):
        head, end = found.span()
        if text[end : end + 1] in _cjk_names().not_after_heads:
            continue
        if any(a <= head and end <= b for a, b in held):
            continue
        for start in _compound_starts(text, head, openers):
            # a Japanese name in kanji only before a compound (a stem or a state's name before the head): before
            # a head alone a run of kanji is as often a word (`特命全権大使`)
            span = _name_ending_at(text, start, kanji=japanese and start < head)
            if span is None:
                if start < head:
                    break  # no name before the compound: a shorter one would take its stem into a name (`<family>第一`)
                continue
            a, b = span
            katakana = not _is_ideograph(text[a])
            if katakana and not japanese:
                break
            if any(s < b and a < e for s, e in taken):
                break
            if any(w in fold_word(text[a:b]) for w in _cjk_names().not_before_titles) or _is_a_known_name(text[a:b]):
                break
            spans.append(span)
            break
    return spans


class _StateOpeners:
    """The start of each taken span that is a state's name, by its end, asked at the few ends a compound title's
    start is looked for (`_compound_starts`: a handful of heads a document, four places each) instead of reading
    every span of the text first (fast72: ~0.2 ms of a warm call on the reference article, 736 spans read for
    about seven heads). Only where no two spans end at one place: the state's name is then the one span there."""

    def __init__(self, text: str, starts_by_end: dict[int, int]) -> None:
        self._text = text
        self._starts = starts_by_end

    def __contains__(self, end: int) -> bool:
        start = self._starts.get(end)
        return start is not None and _names_a_state(self._text[start:end])

    def __getitem__(self, end: int) -> int:
        return self._starts[end]


def _state_openers(text: str, taken: list[tuple[int, int]]) -> dict[int, int] | _StateOpeners:
    """`{end: start}` of the spans of `taken` wholly a state's name (`_names_a_state`), as `_compound_starts` reads
    it: a mapping that reads a span when asked of its end, where each end is one span's; else (two spans ending at
    one place: the last of them that names a state counts) the whole dictionary, read at once as before."""
    starts_by_end = {b: a for a, b in taken}
    if len(starts_by_end) == len(taken):
        return _StateOpeners(text, starts_by_end)
    return {b: a for a, b in taken if _names_a_state(text[a:b])}


@cache
def _names_a_state(name: str) -> bool:
    """Is `name` wholly the name of a state the gazetteer holds (`<state>`, `駐<state>`), as a title may hold one
    (`<Name><state>国務副長官`, `<Name>駐<host>大使`)?"""
    from allyscope.entities import gazetteer

    g = gazetteer()
    found = g.match_names(name)
    return (
        len(found) == 1
        and (found[0].start, found[0].end) == (0, len(name))
        and bool(found[0].ids)
        and g.entities.get(found[0].ids[0], {}).get("type") == "state"
    )


def _is_a_known_name(name: str) -> bool:
    """Does the gazetteer read a name of its own inside `name` (a state's, a place's: `<state>大使`)?"""
    return bool(_names_in(name))


@lru_cache(maxsize=4096)
def _names_in(run: str) -> tuple[EntityMention, ...]:
    """The gazetteer's mentions in a short run of the text (a post's compound, a name read beside a title), kept
    by run (fast71): the answer depends on the data alone, and the same posts and names recur in a document and
    across documents."""
    from allyscope.entities import gazetteer

    return tuple(gazetteer().match_names(run))


def undotted_names(
    text: str,
    titles: list[tuple[int, int, bool]],
    taken: list[tuple[int, int]],
    places: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """The spans of the people written without a dot after the Chinese titles and offices at `titles` (`<state>外长
    <Name>`: `undotted_name_after`), after the end of an office's Chinese name
    (`names_after_title_ends`), and the Japanese names in kanji before `氏` (`kanji_names_before_shi`), where none
    of `taken` (the mentions found) overlaps them; a span opening with a mention's characters (`<state><Name>外长`)
    begins after it, and keeps two to six characters. They are added beside the titles, which are read as before
    (their state, and the holder the data names, since a name read by its characters alone may be the holder's
    other transliteration). A title whose office the data names a holder of (`held`, the third of each of
    `titles`) takes no name beside it: one read by its characters alone is then most often that
    holder in a transliteration the data lacks (or in characters that open a Chinese family name, `<surname>…`),
    and named so it would stand for the holder the title reads."""
    found: list[tuple[int, int]] = []
    before: set[tuple[int, int]] = set()  # the names read before their titles
    chinese = not _holds_kana(text)  # Japanese writes its own names before a title (`<family>外相`): not read here
    for start, end, held in titles:
        if held:
            continue
        span = undotted_name_after(text, end)
        if span is not None:
            found.append(span)
        elif chinese:
            # before a title no holder fills (cjkp65): the transliteration run whole (`<Name>总理`), never a family
            # name's character inside it; a title the data fills reads its holder named again instead
            span = undotted_name_before_title(text, start)
            if span is not None:
                found.append(span)
                before.add(span)
    found += names_after_title_ends(text, frozenset(end for _, end, _ in titles)) + kanji_names_before_shi(text)
    if chinese:
        found += names_after_speaker_words(text)
    out: list[tuple[int, int]] = []
    for a, b in sorted(set(found)):
        # a place's characters inside a longer run of a name's before a title (`<place><more>总理`): the name's
        inside = {(s, e) for s, e in places or () if a <= s and e <= b and (s, e) != (a, b) and (a, b) in before}
        taken = [t for t in taken if t not in inside] if inside else taken
        a = max([a, *(e for s, e in taken if s <= a < e <= b)])  # `<state><Name>外长`: the state's name left out
        if not _name_size_fits(text[a:b]) or any(s < b and a < e for s, e in taken):
            continue
        if any(e <= a and text[s:e].endswith(dot + text[a:b]) for s, e in taken for dot in "·・‧"):
            continue  # the last part of a person's name read in full with a dot before: named again as them
        if not out or out[-1][1] <= a:
            out.append((a, b))
    # a name in parentheses after a title, held or not: the parentheses say whom the title names (`外相（<Name>）`)
    for a, b in names_in_parentheses(text, [end for _, end, _ in titles]):
        if not any(s < b and a < e for s, e in [*taken, *out]):
            out.append((a, b))
    # a name right before a compound title the data may not hold (`<Name>国軍参謀総長`, `<surname><given>司令员`);
    # in a Japanese text a Chinese personal name before a held title too: Japanese writes such names in the kanji
    # the data holds, so a holder the data names is a mention already (act67)
    held_titles = [(start, end) for start, end, is_held in titles if is_held and chinese]
    for a, b in names_before_title_compounds(text, taken, held_titles):
        if not any(s < b and a < e for s, e in [*taken, *out]):
            out.append((a, b))
    return sorted(out)
