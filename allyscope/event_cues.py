"""The cue lists of `data/event_patterns.json` compiled for reading: each list matched as one alternation would be,
but fast (`Cues`), and the whole file's expressions folded like the text they are matched against (`compiled`).

Why a module of its own: how a cue list is turned into something quick to match (its patterns' first characters
and leading words read from the expressions, one Aho-Corasick automaton over the words, an expression per first
character) is a piece of machinery apart from what the cues mean. `events_domain` says where in a clause a cue
counts; this module only finds the cues. It reads no module global that a caller swaps: `events_domain.patterns`
(which the training script replaces for a while) stays there, and calls `compiled` here with the data in hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import ahocorasick_rs

from allyscope.regex_firsts import first_characters, required_literals
from allyscope.scripts import fold


def _lowered(pattern: str) -> str:
    """A cue pattern folded like the text it is matched against (Simplified script, lower case), its escapes
    (`\\S`, `\\D`, `\\b`) kept."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
        else:
            out.append(pattern[i])
            i += 1
    kept = "".join(out)
    # fold each run of non-escape characters; escapes (two characters from a backslash) stay as they are
    pieces = re.split(r"(\\.)", kept)
    return "".join(p if p.startswith("\\") and len(p) == 2 else fold(p) for p in pieces)


def _past_anchors(piece: str) -> str:
    """`piece` without its leading word boundaries and negative look-behinds, which match no character: what
    follows them is what a match starts with."""
    rest = piece
    while True:
        if rest.startswith("\\b"):
            rest = rest[2:]
        elif rest.startswith("(?<!"):
            rest = rest[rest.index(")") + 1 :]
        else:
            return rest


def _initials(pattern: str) -> set[str]:
    """The characters a match of `pattern` can start with, read from its top-level alternatives: each is a
    literal character, a word boundary or a negative look-behind and then one. A cue of another shape is an
    error of the data, caught here."""
    out: set[str] = set()
    for piece in _top_alternatives(pattern):
        rest = _past_anchors(piece)
        if rest.startswith("(?:"):
            close = _closing(rest)
            if close + 1 < len(rest) and rest[close + 1] in "?*{":
                raise ValueError(f"event_patterns.json: the cue {piece!r} may start with nothing")
            out |= _initials(rest[3:close])  # a leading group: the initials of its alternatives
            continue
        if not rest or rest[0] in "\\([.?*+{^$":
            raise ValueError(f"event_patterns.json: the cue {piece!r} does not start with a character")
        out.add(rest[0])
    return out


def _closing(pattern: str) -> int:
    """Where the group that opens `pattern` closes."""
    depth = 0
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
            continue
        if pattern[i] == "(":
            depth += 1
        elif pattern[i] == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"event_patterns.json: unbalanced group in {pattern!r}")


def _top_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (`a|b(?:c|d)` → `a`, `b(?:c|d)`)."""
    out: list[str] = []
    depth = begin = i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            out.append(pattern[begin:i])
            begin = i + 1
        i += 1
    return [*out, pattern[begin:]]


class Cues:
    """A list of cue patterns matched as one alternation would be (leftmost first, non-overlapping, the earlier
    pattern first where two match at one place), dispatched on where a match can start: one Aho-Corasick pass
    over the text finds the places where the literal words some cue must begin with stand (`签署`, `sign`,
    `访`), and only the cues that start with the character there are tried, as one expression. With hundreds of
    cues, one alternation would try each of them at each place; a character class of their first characters
    stops at every `日` of `日期` and every `会` of `会议`."""

    def __init__(self, patterns: list[str]) -> None:
        buckets: dict[str, list[tuple[int, str]]] = {}
        keys: set[str] = set()
        for index, pattern in enumerate(_lowered(p) for p in patterns):
            for alternative in _top_alternatives(pattern):
                for char in _initials(alternative):
                    buckets.setdefault(char, []).append((index, alternative))
                keys |= _prefixes(alternative)
        self.by_char = {char: re.compile(_grouped(alternatives)) for char, alternatives in buckets.items()}
        # per first character, the pattern index of each group number (`r<index>` read once here, not per match)
        self.index_of = {
            char: _group_indexes(expression.groupindex, expression.groups) for char, expression in self.by_char.items()
        }
        self.keys = sorted(keys)
        self.key_set = frozenset(keys)
        self.automaton = ahocorasick_rs.AhoCorasick(self.keys)

    def places(self, text: str) -> list[int]:
        """Where in `text` a cue may start: every place one of the cues' leading words stands, in order."""
        return sorted({at for _, at, _ in self.automaton.find_matches_as_indexes(text, overlapping=True)})

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, int]]:
        """(start, pattern index, end) of each cue in `text[start:end]`, in text order."""
        stop = len(text) if end is None else end
        if start or stop < len(text):
            places = [at + start for at in self.places(text[start:stop])]
        else:
            places = self.places(text)
        return self.at_places(text, places, stop)

    def at_places(self, text: str, places: list[int], stop: int) -> Iterator[tuple[int, int, int]]:
        """`finditer` with the places a cue may start found already (`places`, in order)."""
        by_char = self.by_char
        index_of = self.index_of
        resume = 0
        for at in places:
            if at < resume:
                continue
            char = text[at]
            hit = by_char[char].match(text, at, stop)
            if hit:
                end = hit.end()
                yield at, index_of[char][hit.lastindex or 0], end
                resume = end if end > at else at + 1

    def search(self, text: str, start: int = 0, end: int | None = None) -> bool:
        return next(self.finditer(text, start, end), None) is not None


_QUANTIFIERS = "?*{"
_SPECIAL = "\\()[].?*+{}|^$"


def _prefixes(pattern: str) -> set[str]:
    """The literal words a match of one alternative of a cue must begin with (`\\bsigns? (?:a|the)\\b` → `sign`,
    `(?:签|簽)署` → `签`, `簽`): its leading literal characters, a character made optional by a quantifier left
    out; a leading group gives those of its own alternatives. (`_initials` has checked the cue's shape.)"""
    rest = _past_anchors(pattern)
    if rest.startswith("(?:"):
        close = _closing(rest)
        return {key for alternative in _top_alternatives(rest[3:close]) for key in _prefixes(alternative)}
    key = _leading_literal(rest)
    if not key:
        raise ValueError(f"event_patterns.json: the cue {pattern!r} does not start with a character")
    return {key}


def _leading_literal(rest: str) -> str:
    """The literal characters `rest` begins with, up to its first special character or a character a quantifier
    makes optional; an escaped punctuation mark (`\\+` of `2\\+2`) is its character: a key that stopped before it
    (`2`) would place a cue at every `2` of every year."""
    out: list[str] = []
    i = 0
    while i < len(rest):
        if rest[i] == "\\" and i + 1 < len(rest) and not rest[i + 1].isalnum():
            char, width = rest[i + 1], 2
        elif rest[i] in _SPECIAL:
            break
        else:
            char, width = rest[i], 1
        if i + width < len(rest) and rest[i + width] in _QUANTIFIERS:
            break
        out.append(char)
        i += width
    return "".join(out)


def _group_indexes(names: Any, count: int) -> list[int]:
    """For each group number of an expression made by `_grouped` (0 and inner groups: -1), the index of the
    pattern whose named group `r<index>` it is: a match's last group names its pattern (`lastindex`, the outermost
    group closed last, is that named group; inner groups of a cue are closed before it)."""
    out = [-1] * (count + 1)
    for name, number in names.items():
        if name.startswith("r") and name[1:].isdigit():
            out[number] = int(name[1:])
    return out


def _grouped(alternatives: list[tuple[int, str]]) -> str:
    """One expression for (pattern index, alternative) pairs in order, the alternatives of one pattern in one
    named group `r<index>`."""
    groups: list[tuple[int, list[str]]] = []
    for index, alternative in alternatives:
        if groups and groups[-1][0] == index:
            groups[-1][1].append(alternative)
        else:
            groups.append((index, [alternative]))
    return "|".join(f"(?P<r{index}>{'|'.join(alts)})" for index, alts in groups)


def compiled(data: dict[str, Any]) -> dict[str, Any]:
    """Rules in the shape of `data/event_patterns.json`, compiled folded (the training script compiles the
    cue lists without the cues only a held-out document uses)."""
    for key in ("types", "modes"):
        for rule in data[key]:
            rule["regex"] = re.compile(_lowered(rule["pattern"]))
        data[f"{key}_any"] = Cues([rule["pattern"] for rule in data[key]])
    classes = data["domain_cues"]["classes"]
    data["domain_cues_any"] = Cues([c["pattern"] for c in classes])
    data["cue_words"] = _cue_words([data["types_any"], data["modes_any"], data["domain_cues_any"]])
    data["domain_class"] = {c["class"]: c for c in classes}
    data["domain_ranked"] = [(int(c["rank"]), str(c["domain"])) for c in classes]  # of each class, by its index
    acts_class = data["domain_class"].get("instrument-act")
    data["movement_domain"] = str(acts_class["domain"]) if acts_class and "force" in data["domain_class"] else None
    data["class_of"] = {(int(c["rank"]), str(c["domain"])): str(c["class"]) for c in classes}
    if len(data["class_of"]) != len(classes):
        raise ValueError("event_patterns.json: two cue classes share a rank and a domain")
    data["absence_re"] = re.compile(_lowered(data["absence"]))
    data["decade_states_re"] = re.compile(_lowered(data["decade_states"])) if data.get("decade_states") else None
    data["figure_states_re"] = re.compile(_lowered(data["figure_states"])) if data.get("figure_states") else None
    after = data.get("figure_after_date")  # prec73: a figure noun the date modifies (`2023年の…貿易額`)
    data["figure_after_date_re"] = re.compile(_lowered(after)) if after else None
    disasters = data.get("natural_disasters")  # what no one does: a clause telling one has no act (README.md)
    data["natural_disasters_re"] = (
        tuple(re.compile(_lowered(disasters[key])) for key in ("pattern", "happens", "answered_by"))
        if disasters
        else None
    )
    data["future_before_date_re"] = (
        re.compile(_lowered(data["future_before_date"])) if data.get("future_before_date") else None
    )
    data["future_last_chars"] = _last_characters(data.get("future_before_date", ""))
    spec = data["domain_cues"]
    named_for = spec.get("force_named_for")  # a force named for a head or a visit's object (dom64)
    force_class = data["domain_class"].get("force")
    data["force_named_for_re"] = (
        tuple(
            re.compile(_lowered(p))
            for p in (
                named_for["heads"],
                named_for["title_of"],
                named_for["inspected"]["after"],
                named_for["inspected"]["before"],
                named_for["acts"],
                force_class["pattern"],
            )
        )
        if named_for and force_class
        else None
    )
    data["movement_re"] = re.compile(_lowered(spec["movement"])) if spec.get("movement") else None
    data["moved_done_re"] = re.compile(_lowered(spec["moved_done"])) if spec.get("moved_done") else None
    data["moved_done_not_re"] = re.compile(_lowered(spec["moved_done_not"])) if spec.get("moved_done_not") else None
    sent = spec.get("training_sent")
    data["training_sent_re"] = (
        (re.compile(_lowered(sent["send"])), re.compile(_lowered(sent["train"]))) if sent else None
    )
    data["launch_re"] = re.compile(_lowered(spec["launch"])) if spec.get("launch") else None
    data["port_call_re"] = re.compile(_lowered(spec["port_call"])) if spec.get("port_call") else None
    data["force_with_equipment_re"] = (  # a force and its equipment told together (dom67)
        re.compile(_lowered(spec["force_with_equipment"])) if spec.get("force_with_equipment") else None
    )
    data["speech_re"] = Cues([spec["speech"]]) if spec.get("speech") else None  # found by its leading words
    data["source_re"] = re.compile(_lowered(spec["speech_source"])) if spec.get("speech_source") else None
    data["announced_act_re"] = (  # a Japanese announcement, a verb of saying only of an act (dom71)
        re.compile(_lowered(spec["announced_act"])) if spec.get("announced_act") else None
    )
    data["demand_re"] = re.compile(_lowered(spec["demand"])) if spec.get("demand") else None
    data["accusation_re"] = re.compile(_lowered(spec["accusation"])) if spec.get("accusation") else None
    data["occasion_re"] = re.compile(_lowered(spec["occasion"])) if spec.get("occasion") else None
    data["referent_re"] = re.compile(_lowered(spec["referent"])) if spec.get("referent") else None
    data["instalment_re"] = re.compile(_lowered(spec["instalment"])) if spec.get("instalment") else None
    one_sided = data.get("one_sided")
    if one_sided:
        data["one_sided_re"] = (re.compile(_lowered(one_sided["acts"])), re.compile(_lowered(one_sided["objects"])))
        if one_sided.get("reactions"):
            data["reaction_re"] = (
                re.compile(_lowered(one_sided["reactions"])),
                re.compile(_lowered(one_sided["reacted_to"])),
            )
        if one_sided.get("statements"):
            data["statement_re"] = re.compile(_lowered(one_sided["statements"]))
        if one_sided.get("addressed"):
            data["addressed_re"] = re.compile(_lowered(one_sided["addressed"]))
        if one_sided.get("instrument_acts"):  # a ratification: its object is an instrument by its meaning
            data["instrument_act_re"] = re.compile(_lowered(one_sided["instrument_acts"]))
        if one_sided.get("sayings"):  # one side speaking, whoever of it speaks
            data["saying_re"] = re.compile(_lowered(one_sided["sayings"]))
        if one_sided.get("exercise_observed"):  # one side's official observing an exercise (dom53)
            seen = one_sided["exercise_observed"]
            data["exercise_observed_re"] = (
                re.compile(_lowered(seen["verbs"])),
                re.compile(_lowered(seen["exercises"])),
            )
        if one_sided.get("forces_moved"):  # one side's forces moved (dom53)
            moved = one_sided["forces_moved"]
            data["forces_moved_re"] = (
                re.compile(_lowered(moved["moves"])),
                re.compile(_lowered(moved["forces"])),
                re.compile(_lowered(moved.get("home", "(?!)"))),
            )
        # acts no side does alone, by domain: CAMEO codes (dom85)
        data["two_sided_acts"] = {
            str(domain): frozenset(map(str, codes)) for domain, codes in one_sided.get("two_sided_acts", {}).items()
        }
    return data


def found_in(expression: re.Pattern[str], text: str) -> bool:
    """`expression.search(text) is not None`, asked of the expression led by the characters its matches can
    start with (`_led`): the engine then skips from one of them to the next, where the bare expression, whose
    alternatives open with a word boundary, is tried at every place of the text by each alternative in turn."""
    led = _LED.get(expression)
    if led is None:
        led = _LED[expression] = _led(expression)
    if led is expression and not _may_hold(expression, text):
        return False
    return led.search(text) is not None


def led_search(expression: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`expression.search(text)`, its leftmost match found by the led expression (`found_in`) and read there by
    `expression.match`: the led one matches first where the expression's leftmost match begins, and the match the
    search gives there is the one `match` gives (both try that place the same way; `match` reads the text before
    it for look-behinds and word boundaries as the search does). fast53."""
    led = _LED.get(expression)
    if led is None:
        led = _LED[expression] = _led(expression)
    if led is expression:
        return expression.search(text) if _may_hold(expression, text) else None
    place = led.search(text)
    return None if place is None else expression.match(text, place.start())


def led_finditer(expression: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`expression.finditer(text)`, each match's start found by the led expression (`found_in`, `led_search`) and
    the match read there by `expression.match`: the leftmost match at or after the last one's end, as `finditer`
    finds them (fast64). For an expression whose matches are never empty (after an empty one the search goes on
    one character past it, as `screened_finditer` does). An expression that cannot be led is searched as it is."""
    led = _LED.get(expression)
    if led is None:
        led = _LED[expression] = _led(expression)
    if led is expression:
        if _may_hold(expression, text):
            yield from expression.finditer(text)
        return
    at = 0
    while (place := led.search(text, at)) is not None:
        start = place.start()
        found = expression.match(text, start)
        if found is None:  # cannot happen: the led expression matches only where the expression does
            at = start + 1
            continue
        yield found
        at = max(found.end(), start + 1)


_LED: dict[re.Pattern[str], re.Pattern[str]] = {}
_SCREENS: dict[re.Pattern[str], re.Pattern[str] | None] = {}


def _may_hold(expression: re.Pattern[str], text: str) -> bool:
    """False only when `text` holds none of the literals every match of `expression` holds (`_screen`): then it
    cannot match anywhere in it. For an expression that cannot be led (`_led`), which `re` tries at every place of
    the text: one alternative opening with `^` or a class of spaces (`(?:^|，)\\s*<noun>`) and the whole expression
    is tried branch by branch at each character, where its literals are found by one scan for their first
    characters (fast66: the referents of `domain_cues`, ~12 µs a clause, read in most clauses of the reference
    article, match in none of them)."""
    if expression not in _SCREENS:
        _SCREENS[expression] = _screen(expression)
    screen = _SCREENS[expression]
    return screen is None or screen.search(text) is not None


def _screen(expression: re.Pattern[str]) -> re.Pattern[str] | None:
    """An expression of the literals one of which every match of `expression` holds
    (`regex_firsts.required_literals`, case-blind where the expression ignores case there), or None when its parse
    names none or it is compiled with flags of its own (the literals are read from its text alone)."""
    if expression.flags != re.UNICODE:
        return None
    needles = required_literals(expression.pattern)
    if not needles:
        return None
    ordered = sorted(needles, key=lambda needle: (-len(needle[0]), needle))
    return re.compile("|".join(f"(?i:{re.escape(text)})" if case else re.escape(text) for text, case in ordered))


def _led(expression: re.Pattern[str]) -> re.Pattern[str]:
    """`expression` as `[first characters](?<=(?=expression).)`, which matches somewhere exactly where the
    expression does (one of its first characters, and the expression from there), for a pattern whose every
    top-level alternative opens, after word boundaries and negative look-behinds, with a literal character
    (or a group of such alternatives) that no quantifier makes optional; any other expression is kept as is."""
    pattern = expression.pattern
    if expression.flags != re.UNICODE:
        return expression
    if not _opens_with_a_character(pattern):
        return _led_by_parse(expression)
    try:
        initials = _initials(pattern)
    except ValueError:
        return expression
    if not initials:
        return expression
    return re.compile(f"[{re.escape(''.join(sorted(initials)))}](?<=(?={pattern}).)")


def _led_by_parse(expression: re.Pattern[str]) -> re.Pattern[str]:
    """`_led` of an expression an alternative of which opens otherwise than with a literal (a class of digits
    before a counter, `[0-9一二三]割`), its first characters read from its parse (`regex_firsts.first_characters`:
    literal characters and case-kept ranges, never a "no" where a match can begin): fast53. An expression that may
    begin with any character, a category or a case-blind range is kept as is."""
    firsts = first_characters(expression.pattern)
    if firsts.anything or firsts.tests or (not firsts.chars and not firsts.ranges):
        return expression
    if any(case for _, _, case in firsts.ranges):
        return expression
    members = "".join(sorted(re.escape(c) for c in firsts.chars))
    members += "".join(f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high, _ in firsts.ranges)
    return re.compile(f"[{members}](?<=(?={expression.pattern}).)")


def _opens_with_a_character(pattern: str) -> bool:
    """Does every top-level alternative of `pattern` open with a literal character no quantifier makes optional
    (in a leading group, each of its alternatives)? What `_initials` reads is then all a match can start with."""
    for piece in _top_alternatives(pattern):
        rest = _past_anchors(piece)
        if rest.startswith("(?:"):
            close = _closing(rest)
            if (close + 1 < len(rest) and rest[close + 1] in "?*{") or not _opens_with_a_character(rest[3:close]):
                return False
            continue
        if not rest or rest[0] in _SPECIAL or (len(rest) > 1 and rest[1] in "?*{"):
            return False
    return True


def _last_characters(pattern: str) -> frozenset[str] | None:
    """The characters a match of `(?:…|…)\\s*$` can end with before its white space, read from its literal
    alternatives (None when the pattern has another shape): a cheap test before the expression is tried."""
    shape = re.fullmatch(r"\(\?:(.*)\)\\s\*\$", pattern)
    if shape is None:
        return None
    alternatives = _top_alternatives(shape.group(1))
    if not all(a and a[-1] not in _SPECIAL for a in alternatives):
        return None
    return frozenset(fold(a[-1]) for a in alternatives) | frozenset(a[-1] for a in alternatives)


def _cue_words(categories: list[Cues]) -> tuple[Any, list[int]]:
    """One automaton over the leading words of the cues of every category, and per word the categories (bits)
    whose cues begin with it: a sentence's cues of all categories are placed by one pass (`_hits`)."""
    words = sorted({key for cues in categories for key in cues.keys})
    bits = [sum(1 << k for k, cues in enumerate(categories) if word in cues.key_set) for word in words]
    return ahocorasick_rs.AhoCorasick(words), bits


def cues(data: dict[str, Any], key: str, clause: str) -> dict[int, int]:
    """Which rules of a category (`types`, `modes`, `domain_cues`) have a cue in the folded clause: rule
    index → where its first cue stands."""
    found: dict[int, int] = {}
    for at, index, _ in data[f"{key}_any"].finditer(clause):
        found.setdefault(index, at)
    return found
