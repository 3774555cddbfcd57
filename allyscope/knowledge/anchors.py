"""Where a review decision points, so that it survives a new parser: anchors in the manner of W3C Web Annotation.

A decision's target names its document by content — the SHA-256 of the raw file and the digest of its clean text
without white space — and its evidence by two selectors: a TextQuoteSelector (the quote, with the text just
before and after it) and a TextPositionSelector (start and end in the clean text). The position is only a hint:
after a change to layout repair (lines joined another way, page furniture dropped differently) offsets move, but
the quote is still there, so replay finds the candidate whose evidence holds the same quote, with the same date,
and uses prefix, suffix and the position only to choose between equal quotes.

Quotes are compared with all white space removed, because white space is exactly what line joining changes. A
shipped case may not copy the sentences of the works it reviews, so its decisions keep the quote as a digest
(`exact_digest` and its `length`, `prefix_digest`, `suffix_digest`); a user's own decisions keep the text itself
(`exact`, `prefix`, `suffix`). Both are matched the same way; a digest quote also finds a new, longer sentence that
contains it (sentences split differently), by hashing each window of its length.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

WINDOW = 32  # characters (white space removed) of prefix and suffix kept beside a quote


def squeeze(text: str) -> str:
    """The text without any white space: what stays the same however its lines are joined."""
    return "".join(text.split())


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def text_digest(text: str) -> str:
    """The digest of a document's clean text without white space (the same after lines are re-wrapped)."""
    return sha(squeeze(text))


class Squeezed:
    """A text without white space, with a map from offsets in the original to offsets in it."""

    def __init__(self, text: str) -> None:
        kept: list[str] = []
        self.index = [0] * (len(text) + 1)
        for i, ch in enumerate(text):
            self.index[i] = len(kept)
            if not ch.isspace():
                kept.append(ch)
        self.index[len(text)] = len(kept)
        self.text = "".join(kept)

    def quote(self, start: int, end: int) -> tuple[str, str, str]:
        """(prefix, quote, suffix) of [start, end) in the squeezed text."""
        s, e = self.index[start], self.index[end]
        return self.text[max(0, s - WINDOW) : s], self.text[s:e], self.text[e : e + WINDOW]


def make_target(
    doc_sha: str, text: str, start: int, end: int, date: str, *, exact: bool, squeezed: Squeezed | None = None
) -> dict[str, Any]:
    """The target of a decision on the evidence [start, end) of a document, dated `date`.

    `exact` keeps the quote itself (a user's decisions); otherwise its digests (a shipped case's)."""
    squeezed = squeezed or Squeezed(text)
    prefix, quote, suffix = squeezed.quote(start, end)
    selector: dict[str, Any] = {"type": "TextQuoteSelector"}
    if exact:
        selector |= {"exact": text[start:end], "prefix": prefix, "suffix": suffix}
    else:
        selector |= {"exact_digest": sha(quote), "length": len(quote), "prefix_digest": sha(prefix)}
        selector["suffix_digest"] = sha(suffix)
    return {
        "source": {"sha256": doc_sha, "text_digest": sha(squeezed.text)},
        "date": date,
        "selector": [selector, {"type": "TextPositionSelector", "start": start, "end": end}],
    }


@dataclass(frozen=True)
class Candidate:
    """An extracted event as anchoring sees it: its key, date and evidence offsets."""

    key: str
    date: str
    start: int
    end: int


def _selectors(target: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    quote = next(s for s in target["selector"] if s["type"] == "TextQuoteSelector")
    position = next((s for s in target["selector"] if s["type"] == "TextPositionSelector"), {"start": 0, "end": 0})
    return quote, position


def _quote_parts(selector: dict[str, Any]) -> tuple[str, int, str | None, str | None]:
    """(digest, length, prefix digest, suffix digest) of a quote selector in either form."""
    if "exact" in selector:
        quote = squeeze(selector["exact"])
        prefix, suffix = squeeze(selector.get("prefix", "")), squeeze(selector.get("suffix", ""))
        return sha(quote), len(quote), sha(prefix[-WINDOW:]), sha(suffix[:WINDOW])
    digests = selector.get("prefix_digest"), selector.get("suffix_digest")
    return selector["exact_digest"], int(selector["length"]), digests[0], digests[1]


def _contains(haystack: str, digest: str, length: int) -> bool:
    """Whether some window of `length` characters of `haystack` has the digest."""
    if length > len(haystack):
        return False
    return any(sha(haystack[i : i + length]) == digest for i in range(len(haystack) - length + 1))


def locate(
    target: dict[str, Any], candidates: list[Candidate], squeezed: Squeezed, taken: set[str] | None = None
) -> str | None:
    """The key of the candidate the target anchors to, or None when the quote is nowhere (an orphan).

    Candidates with the same date come before those whose date only overlaps it (a date parser that became
    more or less precise: `2022-04` and `2022-04-07`); then those whose evidence is the quote before those
    whose evidence contains it; among equals, matching prefix and suffix, then the position nearest the hint,
    then the key."""
    taken = taken or set()
    quote, position = _selectors(target)
    digest, length, prefix_digest, suffix_digest = _quote_parts(quote)
    ranked: list[tuple[int, int, int, int, str]] = []
    for c in candidates:
        if c.key in taken:
            continue
        if c.date == target["date"]:
            dating = 0
        elif _overlap(c.date, target["date"]):
            dating = 1
        else:
            continue
        prefix, text, suffix = squeezed.quote(c.start, c.end)
        if sha(text) == digest:
            kind = 0
        elif _contains(text, digest, length):
            kind = 1
        else:
            continue
        context = int(sha(prefix) != prefix_digest) + int(sha(suffix) != suffix_digest)
        ranked.append((dating, kind, context, abs(c.start - int(position["start"])), c.key))
    return min(ranked)[4] if ranked else None


def _overlap(first: str, second: str) -> bool:
    """Whether two EDTF dates may stand for the same day (their spans intersect)."""
    from allyscope.edtf import DateError, bounds

    try:
        a_start, a_end, _ = bounds(first)
        b_start, b_end, _ = bounds(second)
    except DateError:
        return False
    return a_start <= b_end and b_start <= a_end
