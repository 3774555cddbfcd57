"""The record of an assembly's vote under a motion it adopted (issue 12, lay86): a local assembly's written opinion
or resolution page (`意見書`, `決議`) prints, under the text and its signature, who moved the motion and who
seconded it, the day it was voted on and the outcome (`提出者　…`, `賛成者　…`, `議決日　令和5年12月14日`,
`議決結果　原案可決`), each a label and its value on a line. These lines are the paper's history (as a Diet
question's 経過 fields and a journal's received and accepted lines are), no text; the date standing alone over the
signature they follow is the paper's dateline, and the assembly's office named under them (`…議会事務局`, with its
address) its contact line. What marks the shape is the vote's outcome or day (`议决`-type labels
in `data/layouts/furniture.json` 'motion_record' 'vote'); a mover's label alone (`提出者：` in a Diet question's form,
lay80) marks nothing. The words are data; this module names none.

A Diet question's page prints the same record of its paper's passage under the answer (lay85's page, lay87b): its
fields (`質問件名`, `提出者名`, `内閣転送年月日`, …) under a label alone ('heads': `経過情報`), the paper's state
(`経過状態　答弁受理`) marking it as the vote's outcome marks an assembly's: the label is history with its fields."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

from allyscope.layout.dating import find_dates
from allyscope.layout.line_objects import FURNITURE
from allyscope.layout.lines import BLANK, BODY, Line, ends_sentence

_REACH = 12  # lines over the record a closing date may stand at: the signature, the addressees, a few names
_FOOT = 4  # lines under the record its office may stand at: a link back to the list, the office, the copyright
_VALUE = r"(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+)\S.{0,80}"


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("allyscope.data").joinpath("layouts/furniture.json").read_text("utf-8")
    )["motion_record"]
    return data


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The record's lines, the vote's lines among them, and the assembly office's line under them."""
    data = _data()
    labels = "|".join(data["labels"] + data["vote"])
    vote = "|".join(data["vote"])
    return re.compile(rf"(?:{labels}){_VALUE}"), re.compile(rf"(?:{vote}){_VALUE}"), re.compile(data["office"])


@cache
def _heads() -> frozenset[str]:
    """The labels a record may stand under alone on their line (`経過情報`)."""
    return frozenset(_data().get("heads", ()))


def _date_alone(content: str) -> bool:
    found = find_dates(content)
    return len(found) == 1 and not found[0].year_only and (found[0].start, found[0].end) == (0, len(content))


def mark_motion_record(lines: Sequence[Line]) -> None:
    """Mark a vote's record (its run of labelled lines, one of them the vote's day or outcome) as history, and the
    date alone over it, with no sentence between, as the dateline."""
    record, vote, office = _patterns()
    for line in lines:
        if line.role != BODY or vote.fullmatch(line.content) is None:
            continue
        first = last = line.index
        while first > 0 and _in_record(lines[first - 1], record):
            first -= 1
        while last + 1 < len(lines) and _in_record(lines[last + 1], record):
            last += 1
        if first > 0 and lines[first - 1].role == BODY and lines[first - 1].content.strip() in _heads():
            first -= 1  # `経過情報` alone over the fields: the record's label
        for k in range(first, last + 1):
            if lines[k].role == BODY:
                lines[k].role, lines[k].furniture = FURNITURE, "history"
        _closing_date(lines, first)
        for k in range(last + 1, min(len(lines), last + 1 + _FOOT)):
            if lines[k].role == BODY and office.fullmatch(lines[k].content) is not None:
                lines[k].role, lines[k].furniture = FURNITURE, "contact"  # the office that keeps the record
        return


def _in_record(line: Line, record: re.Pattern[str]) -> bool:
    return line.role == BLANK or (line.role in (BODY, FURNITURE) and record.fullmatch(line.content) is not None)


def _closing_date(lines: Sequence[Line], first: int) -> None:
    """The date alone nearest over the record, past the signature and addressees (lines that end no sentence)."""
    for k in range(first - 1, max(-1, first - 1 - _REACH), -1):
        line = lines[k]
        if line.role == BLANK:
            continue
        if line.role != BODY or ends_sentence(line.content):
            return
        if _date_alone(line.content.strip()):
            line.role, line.furniture = FURNITURE, "dateline"
            return
