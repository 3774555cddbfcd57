"""Compounds of abbreviated state names (日豪, 美日菲, 日、英、義三國, 日EU, 豪政府), read from data.

Chinese and Japanese name several states at once by their one-character abbreviations written side by side,
or joined by `、`, `・` or a dash (the `joiners`), before a noun: `日豪関係`, `美日菲三国`, `日、英、義三國`.
One abbreviation alone names its state only before a noun of the short list `single_heads` (`豪政府`, `美军`).
Which character stands for which state depends on the script (`伊` is Italy in Japanese, Iran in Chinese): the
tables are per script (`data/states.json`), Japanese where the text around has kana. A Latin acronym of an
entity (`EU`, `NATO`) is a token too, next to at least one abbreviation (`日EU`).

Guards keep ordinary words out: an abbreviation begins a compound only at the start of a word (after anything
but an ideograph, after a function character of `open_before`, or after an abbreviation that is glued to the
word before it, as `加` in `参加|美日…`), never after a digit or a numeral (`12日` is a day); a compound that is
also an ordinary word (`common_words`: `日中` 'daytime', `台中` the city) counts only before a `heads` word; and a
compound never cuts through a name the gazetteer found (`日本`).

The reader names no state: everything it knows comes from the data.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from allyscope.text_screens import holds_kana

_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30fa\u30fc]")
_NUMERAL = set("0123456789０１２３４５６７８９〇一二三四五六七八九十百")


def _is_ideograph(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


@dataclass(frozen=True)
class CompoundRules:
    """The compound reader's data, folded (`scripts.fold`) where it is compared with folded text."""

    tables: dict[str, dict[str, str]]  # script ('ja', 'zh') → abbreviation → entity id
    latin: dict[str, str]  # acronym as written → entity id
    joiners: str
    heads: tuple[str, ...]
    single_heads: tuple[str, ...]
    common_words: frozenset[str]
    open_before: frozenset[str]
    sides: dict[str, str] = field(default_factory=dict)  # a character read only before `side_head` (肯方) → id
    side_head: str = "方"
    side_open_before: frozenset[str] = frozenset()  # more function characters a side may follow (同肯方)
    side_not_words: tuple[str, ...] = ()  # words `side_head` begins (方式, 方案): no side
    state_head: str = "国"  # the same characters before 国 name the state where `state_after` follows (拉国大使)
    state_after: tuple[str, ...] = ()
    state_left_out: str = ""  # characters never read so (约: 缔约国政府)
    compound_left_out: str = ""  # side characters never read after an abbreviation (文: 中文, 日文)
    pair_heads: tuple[str, ...] = ()  # collectives of two after which a side character opens a pair (吉塔两国)
    shared_pairs: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 伊 → Iran, Iraq, Israel (中伊两国, act83)
    verb_prefixes: dict[str, str] = field(default_factory=dict)  # script → verbs glued before a short form (訪朝, 对朝)
    verb_tails: dict[str, tuple[str, ...]] = field(default_factory=dict)  # script → what may follow such a short form
    verb_not_words: frozenset[str] = frozenset()  # prefix and short form that make an ordinary word (対比)


@dataclass(frozen=True)
class Compound:
    """A compound found: `[start, end)` covers its abbreviations (not the noun after them)."""

    start: int
    end: int
    ids: tuple[str, ...]


_CANDIDATES: dict[int, re.Pattern[str]] = {}


def _candidates(rules: CompoundRules) -> re.Pattern[str]:
    """Where a compound may begin: an abbreviation followed by another (a joiner between them allowed), by an
    acronym, or by a noun of `single_heads` (in the folded text). Everything else is never looked at."""
    found = _CANDIDATES.get(id(rules))
    if found is None:
        letters = "".join(sorted({c for table in rules.tables.values() for c in table}))
        abbreviation = "[" + re.escape(letters) + "]"
        partner = "[" + re.escape(letters + "".join(sorted(_side_partners(rules)))) + "]"
        joiner = "[" + re.escape(rules.joiners) + "]?"
        acronyms = "|".join(re.escape(a.lower()) for a in rules.latin)
        heads = "|".join(re.escape(h) for h in rules.single_heads)
        prefixed = ""
        prefixes = "".join(sorted({c for chars in rules.verb_prefixes.values() for c in chars}))
        tails = "|".join(
            re.escape(t) for t in sorted({t for ts in rules.verb_tails.values() for t in ts}, key=len)[::-1]
        )
        if prefixes and tails:
            prefixed = f"|(?<=[{re.escape(prefixes)}]){abbreviation}(?={tails}|[{_KANA_TAILS}])"
        found = re.compile(f"{abbreviation}(?={joiner}(?:{partner}|{acronyms})|{heads}){prefixed}")
        _CANDIDATES[id(rules)] = found
    return found


def _overlaps(starts: list[int], occupied: list[tuple[int, int]], at: int, end: int) -> bool:
    """Does a span of `occupied` (sorted; `starts` its starts) share a character with `[at, end)`?"""
    i = bisect.bisect_right(starts, at)
    return bool(i and occupied[i - 1][1] > at) or (i < len(occupied) and occupied[i][0] < end)


def _side_partners(rules: CompoundRules) -> set[str]:
    """The side characters (`rules.sides`: 巴, 老, 哈) that may follow an abbreviation in a compound."""
    return set(rules.sides) - set(rules.compound_left_out)


def _script(text: str, any_kana: bool, at: int) -> str:
    """'ja' when kana stand within 400 characters of `at` (a title has none, its text has), else 'zh'. Looked
    for in that window only, and only in a text that has kana (`any_kana`): a Japanese text's kana stand every few
    characters (a list of all their places cost a Japanese document's compounds half their time)."""
    return "ja" if any_kana and _KANA.search(text, max(0, at - 400), at + 401) is not None else "zh"


def _tokens(text: str, folded: str, at: int, table: dict[str, str], rules: CompoundRules) -> list[tuple[int, int, str]]:
    """The run of tokens from `at`: (start, end, id) of each abbreviation or acronym, joiners between them."""
    out: list[tuple[int, int, str]] = []
    i = at
    size = len(text)
    while i < size:
        char = folded[i]
        if char in table and _katakana(char) and i + 1 < size and _katakana(text[i + 1]):
            break  # a katakana abbreviation (`ソ`, `ロ`) is a word of one letter, never a letter of a word (`ロード`)
        if char in table:
            token = (i, i + 1, table[char])
        elif (
            out and char in rules.sides and char not in rules.compound_left_out and table is not rules.tables.get("ja")
        ):
            token = (i, i + 1, rules.sides[char])  # a side character after an abbreviation: 中巴, 中老, 中哈
        elif "A" <= text[i] <= "Z":
            acronym = next((a for a in rules.latin if text.startswith(a, i)), None)
            if acronym is None or (
                i + len(acronym) < size and text[i + len(acronym)].isascii() and text[i + len(acronym)].isalnum()
            ):
                break
            if i > 0 and text[i - 1].isascii() and text[i - 1].isalnum():
                break
            token = (i, i + len(acronym), rules.latin[acronym])
        else:
            break
        out.append(token)
        i = token[1]
        if (
            i + 1 < size
            and text[i] in rules.joiners
            and (folded[i + 1] in table or any(text.startswith(a, i + 1) for a in rules.latin))
        ):
            i += 1
    return out


def _starts_word(text: str, folded: str, at: int, table: dict[str, str], rules: CompoundRules, glued: set[int]) -> bool:
    if at == 0:
        return True
    before = text[at - 1]
    if before in _NUMERAL or (_katakana(folded[at]) and _katakana(before)):
        return False  # a day (`12日`); a katakana abbreviation ending a katakana word (`テロ`)
    if not _is_ideograph(before) or folded[at - 1] in rules.open_before:
        return True
    return at - 1 in glued  # the abbreviation before belongs to the word before it (参加|美)


def _cuts_through(
    occupied: list[tuple[int, int]], starts: list[int], at: int, end: int, groupings: frozenset[tuple[int, int]]
) -> bool:
    """Does `[at, end)` overlap a span of `occupied` (sorted, not overlapping each other) without holding it? A name
    that begins with the compound and runs past it is a word the compound's characters only spell (a place or a
    person written by sound: `加德|满都`), unless it is one of `groupings`, a body named by its members'
    abbreviations (`澳英美三边…`), whose compound still names them."""
    i = bisect.bisect_right(starts, at)
    if i and occupied[i - 1][1] > at:
        start, stop = occupied[i - 1]
        if start < at or (stop > end and (start, stop) not in groupings):
            return True  # a name that begins before the compound, or with it, and runs into it or past it
    while i < len(occupied) and occupied[i][0] < end:
        if occupied[i][1] > end:
            return True
        i += 1
    return False


def read_compounds(
    text: str,
    folded: str,
    rules: CompoundRules,
    occupied: list[tuple[int, int]],
    groupings: frozenset[tuple[int, int]] = frozenset(),
    blocked: list[tuple[int, int]] | None = None,
) -> list[Compound]:
    """Every compound of `text` (`folded` is its folded form), none overlapping an `occupied` span (a name
    found by the gazetteer) unless it holds that span whole or begins one of `groupings` (`_cuts_through`), and
    none holding a `blocked` span, a word the gazetteer knows to name no state though it is written with their
    abbreviations (a city, `乌法`; data `blocked`): the compound reader honours the words the name match does."""
    found: list[Compound] = []
    candidates = [m.start() for m in _candidates(rules).finditer(folded)]
    partners = read_kana_partners(text, folded, rules, occupied)
    if partners:  # the abbreviation a partner took is a name found for the rest (never a compound's start again)
        occupied = [*occupied, *((c.start, c.end) for c in partners)]
        if not candidates:
            return _merged(partners, read_sides(text, folded, rules, occupied))
    if not candidates:
        return read_sides(text, folded, rules, occupied)
    glued: set[int] = set()
    resume = 0
    any_kana = holds_kana(text)
    occupied = sorted(occupied)
    starts = [s for s, _ in occupied]
    for at in candidates:
        if at < resume:
            continue
        script = _script(text, any_kana, at)
        table = rules.tables[script]
        if folded[at] not in table:
            continue
        prefixed = at > 0 and folded[at - 1] in rules.verb_prefixes.get(script, "")
        opens = _starts_word(text, folded, at, table, rules, glued)
        if not opens and not prefixed:
            glued.add(at)
            continue
        tokens = _tokens(text, folded, at, table, rules)
        verbal = (
            prefixed and len(tokens) == 1 and _verb_short_form(text, folded, at, tokens[0][1], script, rules)
        )  # 訪朝, 对朝制裁: the short form as a verb's object
        if not opens and not verbal:
            glued.add(at)  # a glued verb before anything else leaves it as it was (以来|日米)
            continue
        if not any(folded[s] in table and e - s == 1 for s, e, _ in tokens):
            continue
        ids = tuple(dict.fromkeys(t[2] for t in tokens))
        end = tokens[-1][1]
        sided = any(folded[s] not in table and folded[s] in rules.sides for s, _, _ in tokens)  # 中巴, 中老
        after = folded[end : end + 8]
        written = folded[at:end]
        if len(ids) != len(tokens):
            continue
        if len(tokens) == 1:
            if not after.startswith(rules.single_heads) and not verbal:
                continue
        elif (written in rules.common_words or sided) and not after.startswith(rules.heads):
            continue  # an ordinary word, or a side character's pair without a noun of the pair (中老年, 中巴士)
        if _cuts_through(occupied, starts, at, end, groupings):
            continue
        if blocked and any(at <= s and e <= end for s, e in blocked):
            continue  # `乌法峰会`: a blocked word (a city) spelt with abbreviations, no compound of states
        if sided and _overlaps(starts, occupied, at, end):
            continue  # a side character spells a name found (俄罗斯 is Russia, not 俄, 罗 and 斯)
        found.append(Compound(at, end, ids))
        resume = end
    sides = read_sides(text, folded, rules, occupied)
    found = _merged(found, partners) if partners else found
    return sorted([*found, *sides], key=lambda c: c.start) if sides else found


def _verb_short_form(text: str, folded: str, at: int, end: int, script: str, rules: CompoundRules) -> bool:
    """A state's one-character short form as the object of the verb or preposition glued before it (`訪朝`, `对朝制裁`,
    `访华期间`, `対露制裁`, `来日した`): Chinese and Japanese write a visited state or a policy's target so. Read only
    where the character before is one of the script's 'verb_prefixes', what follows is one of its 'verb_tails' (a
    noun of a policy or a trip, a word of time, a mark or a particle: `制裁`, `期间`, `した`, `，`), which an
    ordinary word spelt with the character lacks (`对法律`, `对日益`, `访美术馆`), and the two characters are not one
    of 'verb_not_words' (`対比` 'contrast')."""
    if folded[at - 1 : end] in rules.verb_not_words:
        return False
    return folded.startswith(rules.verb_tails.get(script, ()), end) or (
        script == "ja" and end < len(text) and "\u3041" <= text[end] <= "\u3096" and text[end] in _KANA_TAILS
    )


_KANA_TAILS = "しすさをのでにはがへとも"  # particles and the verb する after a Japanese verbal noun (訪朝した, 訪米を)


def _merged(first: list[Compound], second: list[Compound]) -> list[Compound]:
    return sorted([*first, *second], key=lambda c: c.start)


_DAY_BEFORE = "のるた"  # この日, ある日, 訪れた日: 日 is a day, not Japan


def _katakana(char: str) -> bool:
    return "\u30a1" <= char <= "\u30fa" or char == "\u30fc"


def _all_katakana(word: str) -> bool:
    return bool(word) and all("\u30a1" <= c <= "\u30fa" or c == "\u30fc" for c in word)


def read_kana_partners(text: str, folded: str, rules: CompoundRules, occupied: list[tuple[int, int]]) -> list[Compound]:
    """Japanese joins its own abbreviation to a partner written in full in katakana before a noun of the pair
    (`日チリ防衛当局間協議`, `日・ルーマニア友好議員連盟`, `日モンゴル首脳会談`): the partner is a name the
    gazetteer found, the abbreviation before it (a joiner between allowed) names its state as in `日豪`. Read only
    where the abbreviation begins a word (after a particle, a mark or nothing: `ジュネーブで日・ブラジル…`), not after
    the kana that make 日 a day (`この日`, `ある日`, `訪れた日`: `_DAY_BEFORE`), the name found is katakana
    through and through, and a noun of `heads` follows it (`関係`, `首脳`, `防衛`, `友好`): without one the
    abbreviation may be a day or a word of its own. A joiner between the two (`日・サウジ・ビジョン`, act73) joins
    them as a pair by itself: a day or a word of its own is never joined so to a state's name, and the noun after
    may be a name in katakana (`・ビジョン`) that no list of heads holds."""
    table = rules.tables.get("ja")
    if not table or not occupied or not holds_kana(text):
        return []
    out: list[Compound] = []
    for start, end in sorted(occupied):
        if not _all_katakana(text[start:end]):
            continue
        joined = start >= 2 and text[start - 1] in rules.joiners
        if not (joined or folded.startswith(rules.heads, end)):
            continue
        at = start - 1
        if at >= 1 and text[at] in rules.joiners:
            at -= 1
        if at < 0 or folded[at] not in table:
            continue
        if at and (text[at - 1] in _DAY_BEFORE or not _starts_word(text, folded, at, table, rules, set())):
            continue
        out.append(Compound(at, at + 1, (table[folded[at]],)))
    return out


_SIDE_LETTERS: dict[int, frozenset[str]] = {}


def _side_letters(rules: CompoundRules) -> frozenset[str]:
    letters = _SIDE_LETTERS.get(id(rules))
    if letters is None:
        letters = _SIDE_LETTERS[id(rules)] = frozenset("".join(rules.sides))
    return letters


def side_letters_before(folded: str, letters: frozenset[str], head: str, then: tuple[str, ...] = ()) -> list[int]:
    """Where a character of `letters` stands right before `head` in `folded` (and, with `then`, one of its words
    right after `head`), in order: the starts of the matches of `[letters](?=head)` (`[letters](?=head(?:then))`),
    found from each `head` the text writes (`str.find`) rather than by trying the class at every character of the
    text (`head`, 方 or 国, is rarer than the characters that may precede it)."""
    out = []
    size = len(head)
    at = folded.find(head, 1)
    while at >= 0:
        if folded[at - 1] in letters and (not then or folded.startswith(then, at + size)):
            out.append(at - 1)
        at = folded.find(head, at + 1)
    return out


def read_sides(text: str, folded: str, rules: CompoundRules, occupied: list[tuple[int, int]]) -> list[Compound]:
    """Each state named by the one character Chinese writes before 方, 'side', alone (`肯方`, `索方`: `rules.sides`):
    where the character begins a word (`_starts_word`, or after a function character of `side_open_before`: `同索方`),
    where 方 begins none of `side_not_words` (`快捷方式`) and where no name found runs through it (`俄罗斯方面`)."""
    if not rules.sides:
        return []
    states = read_state_sides(folded, rules, occupied) if rules.state_head in folded else []
    pairs = read_side_pairs(text, folded, rules, occupied)
    if pairs:
        states = sorted([*states, *pairs], key=lambda c: c.start)
    if rules.side_head not in folded:
        return states
    out: list[Compound] = []
    ordered = sorted(occupied)
    starts = [s for s, _ in ordered]
    for at in side_letters_before(folded, _side_letters(rules), rules.side_head):
        if folded.startswith(rules.side_not_words, at + 1):
            continue
        if not (_starts_word(text, folded, at, {}, rules, set()) or folded[at - 1] in rules.side_open_before):
            continue
        if _cuts_through(ordered, starts, at, at + 1, frozenset()):
            continue
        out.append(Compound(at, at + 1, (rules.sides[folded[at]],)))
    return sorted([*out, *states], key=lambda c: c.start) if states else out


_STATE_SIDES: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


def read_state_sides(folded: str, rules: CompoundRules, occupied: list[tuple[int, int]]) -> list[Compound]:
    """Each state named by its side character before 国 where an office, a body or an envoy of it follows
    (`拉国大使`, `索国政府`: `rules.state_after`): after any character but another state's abbreviation or side
    character (`要求拉国大使`; `美墨` is a compound), where no name found runs through it (`俄罗斯国防部`)."""
    if not rules.state_after:
        return []
    cached = _STATE_SIDES.get(id(rules))
    if cached is None:
        letters = frozenset("".join(sorted(set(rules.sides) - set(rules.state_left_out))))
        glue = frozenset(rules.sides).union(*rules.tables.values())  # characters that make the one before a compound
        cached = _STATE_SIDES[id(rules)] = (letters, glue)
    letters, glue = cached
    out: list[Compound] = []
    ordered = sorted(occupied)
    starts = [s for s, _ in ordered]
    for at in side_letters_before(folded, letters, rules.state_head, tuple(rules.state_after)):
        if at and folded[at - 1] in glue:
            continue
        if _cuts_through(ordered, starts, at, at + 1, frozenset()):
            continue
        out.append(Compound(at, at + 1, (rules.sides[folded[at]],)))
    return out


def read_side_pairs(text: str, folded: str, rules: CompoundRules, occupied: list[tuple[int, int]]) -> list[Compound]:
    """A pair opened by a side character (`吉塔两国`, `肯索双方`, `约叙双方`: `rules.sides`), which the compound reader
    leaves alone since a side character begins no compound of its own: read only right before a collective of two
    (`rules.pair_heads`: 两国, 双方), which says that the two characters are two states, where the first begins a
    word, the second is a side character or an abbreviation of Chinese, neither is one the reader never takes
    after an abbreviation (`文`) and no name found runs through them."""
    table = rules.tables.get("zh", {})
    if not rules.pair_heads or not any(head in folded for head in rules.pair_heads):
        return []
    left_out = set(rules.compound_left_out)
    out: list[Compound] = []
    ordered = sorted(occupied)
    starts = [s for s, _ in ordered]
    for head in rules.pair_heads:
        at = folded.find(head, 2)
        while at >= 0:
            first, second = folded[at - 2], folded[at - 1]
            if (
                first in rules.sides
                and first not in table
                and (second in rules.sides or second in table)
                and not left_out & {first, second}
                and _starts_word(text, folded, at - 2, table, rules, set())
                and not _cuts_through(ordered, starts, at - 2, at, frozenset())
            ):
                ids = (rules.sides[first], rules.sides.get(second) or table[second])
                if ids[0] != ids[1]:
                    out.append(Compound(at - 2, at, ids))
            elif _shared_second(text, folded, at, rules, ordered, starts):
                out.append(Compound(at - 2, at - 1, (rules.sides.get(first) or table[first],)))
                out.append(Compound(at - 1, at, rules.shared_pairs[second]))
            at = folded.find(head, at + 1)
    return sorted(out, key=lambda c: c.start)


def _shared_second(
    text: str, folded: str, at: int, rules: CompoundRules, ordered: list[tuple[int, int]], starts: list[int]
) -> bool:
    """Is the character before `at` (where a collective of two begins: `中伊两国`, `中尼两国政府`) one of
    `rules.shared_pairs`, which begins several states' names and so no compound by itself, right after an
    abbreviation or a side character that begins a word, with no name found running through the two (act83)? The
    pair is read as the first's state and all the second's states; the discourse stage keeps of those the one the
    text names by a name of its own (`discourse._shared_demonyms`), none where it names several or none."""
    table = rules.tables.get("zh", {})
    first, second = folded[at - 2], folded[at - 1]
    return (
        second in rules.shared_pairs
        and second not in table
        and second not in rules.sides
        and (first in table or first in rules.sides)
        and _starts_word(text, folded, at - 2, table, rules, set())
        and not _cuts_through(ordered, starts, at - 2, at, frozenset())
    )
