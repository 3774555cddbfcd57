"""A recording's page as a browser copies it: its channel, its chapters and its transcript's stamps (issue 12,
lay89b; the conventions are in tests/layouts/unsolved/README.md, fifty-eighth session).

A video page prints under the title the channel's name over its subscriber count (data/layout.json
'channel_count': `48.3K subscribers`, `チャンネル登録者数 12万人`): that name is the channel, a journal line, as a
podcast's show name over its episode is. Its chapters stand under a label alone (data/layout.json
'chapters_label': `Chapters`, `チャプター`, `章节`), one entry a line, an elapsed time and a title each
(`0:00 Introduction`, `1:02:10 Questions`), the first at zero and the times rising: the video's contents,
navigation, label and entries. Its transcript prints each stamp alone on a line over the caption it times, running
from zero upward: the recording's own times, kept in the text (a time of day alone over a live page's entry is a
dateline, and such stamps do not count up from zero). The words are data; this module names none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from allyscope.layout.line_objects import BODY, FURNITURE, Line
from allyscope.layout.lines import ends_sentence
from allyscope.layout.notes import label_patterns

_STAMP = r"(?:(?P<hours>\d{1,2}):)?(?P<minutes>\d{1,2}):(?P<seconds>[0-5]\d)"
_STAMP_ALONE = re.compile(_STAMP)
_CHAPTER = re.compile(_STAMP + r"[ \t\u3000]+(?P<title>\S.{0,80})")
_FRONT_LINES = 20  # the channel's name stands near the page's top, right under the title
_CHANNEL_LONGEST = 60  # a channel's name, no sentence
_CHAPTERS_LEAST = 2  # a chapters list holds two entries at least
_STAMPS_LEAST = 2  # a transcript holds two stamps at least


def _seconds(match: re.Match[str]) -> int:
    hours = int(match.group("hours") or 0)
    return hours * 3600 + int(match.group("minutes")) * 60 + int(match.group("seconds"))


def _texts(lines: Sequence[Line], start: int) -> list[Line]:
    return [line for line in lines[start:] if line.content]


def mark_recording(lines: Sequence[Line], raw: str) -> None:
    """Read a recording page's channel line, chapters and transcript stamps (see the module). Only a text holding
    a zero stamp (`0:00`) or a channel's count can hold any of them: others are left at once."""
    if "0:00" in raw:
        _mark_chapters(lines)
        _keep_transcript_stamps(lines)
    _mark_channel(lines)


def _mark_channel(lines: Sequence[Line]) -> None:
    """The short line right over a channel's subscriber count, near the page's top, under the title (a line of the
    text ending no sentence, no sentence of the text over it: the page's head, not its body): the channel's
    name, a journal line."""
    front = [line for line in lines[:_FRONT_LINES] if line.content]
    for at, (above, line, count) in enumerate(zip(front, front[1:], front[2:], strict=False)):
        if not any(p.fullmatch(count.content) for p in label_patterns("channel_count")):
            continue
        content = line.content
        if (
            line.role == BODY
            and above.role == BODY
            and not ends_sentence(above.content)
            and not any(other.role == BODY and ends_sentence(other.content) for other in front[:at])
            and len(content) <= _CHANNEL_LONGEST
            and not ends_sentence(content)
            and content[-1:] not in ":：,，、"
        ):
            line.role, line.furniture = FURNITURE, "journal"
        return


def _mark_chapters(lines: Sequence[Line]) -> None:
    """A chapters label alone over its entries: an elapsed time and a title each, the first at zero, the times
    rising, two entries at least. Label and entries become navigation; a list that starts later or falls is left."""
    for label in lines:
        if label.role != BODY or not any(p.fullmatch(label.content) for p in label_patterns("chapters_label")):
            continue
        run: list[Line] = []
        last = -1
        for line in _texts(lines, label.index + 1):
            entry = _CHAPTER.fullmatch(line.content) if line.role == BODY else None
            if entry is None:
                break
            at = _seconds(entry)
            if at <= last or (not run and at != 0):
                break  # the times fall, or the list does not start at zero
            last = at
            run.append(line)
        if len(run) >= _CHAPTERS_LEAST:
            for line in (label, *run):
                line.role, line.furniture = FURNITURE, "navigation"


def _keep_transcript_stamps(lines: Sequence[Line]) -> None:
    """Stamps alone on their lines, each over a caption line of the text, the first at zero and the times rising:
    a transcript's own times, text (the furniture passes read a time alone as a live page's dateline)."""
    texts = [line for line in lines if line.content]
    at = 0
    while at < len(texts):
        first = _STAMP_ALONE.fullmatch(texts[at].content)
        if first is None or _seconds(first) != 0:
            at += 1
            continue
        run: list[Line] = []
        last = -1
        k = at
        while k + 1 < len(texts):
            stamp = _STAMP_ALONE.fullmatch(texts[k].content)
            caption = texts[k + 1]
            if stamp is None or _seconds(stamp) <= last:
                break
            if caption.role != BODY or _STAMP_ALONE.fullmatch(caption.content):
                break
            last = _seconds(stamp)
            run.append(texts[k])
            k += 2
        if len(run) >= _STAMPS_LEAST:
            for line in run:
                line.role, line.furniture = BODY, ""  # the dateline reading undone
        at = max(k, at + 1)
