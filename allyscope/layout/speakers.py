"""Speaker labels of transcripts as data (`data/layouts/turns.json`), read by layout repair (a line opening a turn
starts a paragraph of its own, `repeated_speakers`; its role words are the labels `layout/tables.speaker_label`
knows) and by the turns stage (`structure/turns.py`). One list of role words serves both, so a label the turns
stage reads as a role also opens a paragraph."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff・"


@dataclass(frozen=True, slots=True)
class TurnRules:
    """The compiled `turns.json`: roles by case-folded label, interviewer marks, field labels, and expressions."""

    roles: dict[str, str]  # case-folded label -> role, every word of `turns.json`'s role lists
    ending_roles: tuple[str, ...]  # the CJK role words of two characters or more, longest first
    marks: tuple[str, ...]
    not_speakers: frozenset[str]
    opening: re.Pattern[str]  # a paragraph's opening: an optional time stamp, then a label and its colon
    stage: re.Pattern[str]  # a stage note in brackets
    bracketed: re.Pattern[str]  # a whole paragraph in round brackets, or in tortoise-shell ones (`〔拍手〕`)
    sitting: re.Pattern[str]  # a line telling the time a sitting opened (`午前十時開会`)
    label_marks: str = ""  # the marks a speaker's label may open with (`○`)


@cache
def turn_rules() -> TurnRules:
    """Read and compile the data once."""
    data = json.loads(resources.files("allyscope.data").joinpath("layouts/turns.json").read_text("utf-8"))
    roles = {word.casefold(): role for role, words in data["roles"].items() for word in words}
    label = data["label"]
    more = label["latin_words"] - 1
    joiners = "|".join(re.escape(w) for w in label["latin_joiners"])
    qualifier = rf"[ ]\([^()\n:：]{{1,{label['qualifier_characters']}}}\)"
    latin = (
        rf"[A-Z][A-Za-z.'’\-]*(?:(?:[ ](?i:{joiners}))*[ ][A-Z][A-Za-z.'’\-]*){{0,{more}}}"
        rf"(?:{qualifier}){{0,{label['qualifiers']}}}"
    )
    cjk = rf"[{_CJK}]{{1,{label['cjk_characters']}}}"
    stamps = "|".join(data["stamps"])
    marks = "".join(re.escape(m) for m in data["label_marks"])
    opening = re.compile(
        rf"(?:(?:{stamps})[ \t]*)?(?:(?P<latin>{latin})[ \t]*:(?=[ \t])|(?P<cjk>{cjk})[ \t\u3000]*[:：]"
        rf"|[{marks}](?P<marked>{cjk}(?:（{cjk}）)?)\u3000)[ \t\u3000]*"
    )
    words = "|".join(re.escape(w) for w in sorted(data["stage_notes"], key=len, reverse=True))
    stage = re.compile(rf"[(（\[［][ \t]*(?i:{words})[ \t]*[)）\]］]")
    return TurnRules(
        roles=roles,
        ending_roles=tuple(sorted((w for w in roles if len(w) >= 2 and w[0] >= "\u3040"), key=len, reverse=True)),
        marks=tuple(data["interviewer_marks"]),
        not_speakers=frozenset(w.casefold() for w in data["not_speakers"]),
        opening=opening,
        stage=stage,
        bracketed=re.compile(r"[(（][^()（）]+[)）]|〔[^〔〕]+〕"),
        sitting=re.compile("|".join(data["sitting_times"])),
        label_marks="".join(data["label_marks"]),
    )


_QUALIFIED = re.compile(r"(?:[ \t]*[(（][^()（）]*[)）])+$")
"""The groups in brackets closing a label (`議長（<name>君）`, `Chair (Ms <name>)`): who holds the post named before."""


def bare_label(label: str) -> str:
    """The label without the groups in brackets closing it (`Mr <name> (<seat>) (<party>)` → `Mr <name>`): a
    record names a member so the first time and by name alone later, one speaker."""
    return _QUALIFIED.sub("", label) or label


def label_role(label: str, rules: TurnRules) -> str:
    """The role a label names, the groups in brackets closing it left aside (`議長（<name>君）` a chair): its own
    word's (`Q`, `主席`), else, for a CJK label, the role word of two characters or more it ends with
    (`<name>委員長` a chair, `<name>記者` a reporter); else a named speaker's."""
    label = bare_label(label)
    role = rules.roles.get(label.casefold())
    if role is not None:
        return role
    if label[-1:] >= "\u3040":
        for word in rules.ending_roles:
            if label.endswith(word):
                return rules.roles[word]
    return "speaker"


def sitting_time(text: str) -> bool:
    """Is the line the time a sitting opened, alone (`午前十時開会`, `turns.json` 'sitting_times')? A record's text
    opens with it: no title."""
    return turn_rules().sitting.fullmatch(text.strip()) is not None


def role_words() -> tuple[str, ...]:
    """Every word of `turns.json`'s role lists (`Q`, `Moderator`, `記者`, `Spokesperson`, `大臣`), longest first: the
    labels a line opening a transcript's turn may begin with, whatever its role."""
    return tuple(sorted(turn_rules().roles, key=len, reverse=True))


_LEADERS = re.compile(r"(?:[ \t]?[.．・…]){4,}")
"""A run of leader dots (`Algeria . . . . Mr. <name>`, `……`): a row of a list or a table, set to a column."""


def leader_row(text: str) -> bool:
    """True for a line whose value after its label runs leader dots (`President: Ms. <name> . . . . (Japan)`,
    `Members: Algeria . . . . Mr. <name>`): a record's header row naming who sits, no one's speech (lay87)."""
    return _LEADERS.search(text) is not None


def opening_label(text: str) -> str | None:
    """The speaker's label a line opens with (`Commissioner Lee`, `所長`), or the interviewer's dashes; None for a
    line that opens with none or with a field's label (`Source:`, `来源：`)."""
    rules = turn_rules()
    mark = next((m for m in rules.marks if text.startswith(m)), None)
    if mark is not None:
        return mark if len(text) > len(mark) and text[len(mark)] not in "―—─－-" else None
    found = rules.opening.match(text)
    if found is None or found.end() >= len(text):
        return None
    label = found.group("latin") or found.group("cjk") or found.group("marked")
    return None if label.casefold() in rules.not_speakers else label


def repeated_speakers(lines: Iterable[str]) -> frozenset[str]:
    """The labels (and interviewer's dashes) that open two lines or more, the groups in brackets closing them left
    aside (`bare_label`): in a transcript whose turns were printed one a line, each such line opens a turn, whoever
    speaks; a label said once is left to the per-line test."""
    counts = Counter(bare_label(label) for line in lines if (label := opening_label(line)) is not None)
    return frozenset(label for label, n in counts.items() if n >= 2)


def label_mark_starts() -> str:
    """The characters a marked speaker's label opens with (`○` of a Diet record's `○議長（…君）`): such lines count
    among the labels that come back, as lines with a colon near their start do."""
    return turn_rules().label_marks


def stage_note_line(text: str) -> bool:
    """Is the whole line a note in round brackets (`(Whereupon, the hearing was adjourned.)`, `（会見終了）`)? In a
    transcript such a line is no one's speech: a stage note standing alone."""
    return turn_rules().bracketed.fullmatch(text.strip()) is not None
