"""A web page's title bar copied over its headline: the browser's title (`<headline> | <site>`, `<headline>｜<site>`,
`<headline> - <site>`, or the site first) printed as the page's first line, the headline itself standing on one
of the next lines. The bar is the page's, not the text's: navigation, never the title (and never joined to the
headline under it, as a wrapped title's two lines are). Told by shape alone: the bar holds the very words of a
line right under it (a breadcrumb may stand between), and what it adds is a short name after or before a bar or
a spaced dash, with no sentence stop."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from allyscope.layout.lines import BODY, Line

_NAVIGATION = "navigation"
_FURNITURE = "furniture"
_LOOK_AHEAD = 3  # the headline stands within three text lines under the bar (a breadcrumb and a kicker between)
_SITE_WIDTH = 40  # characters at most of a site's name
_SEPARATOR = r"[ \t\u3000]*[|｜][ \t\u3000]*|[ \t\u3000]+[-–—·][ \t\u3000]+|[ \t\u3000]*[_＿][ \t\u3000]*"
_AFTER = re.compile(rf"(?:{_SEPARATOR})(?P<site>[^\n]{{1,{_SITE_WIDTH}}})")
_BEFORE = re.compile(rf"(?P<site>[^\n]{{1,{_SITE_WIDTH}}}?)(?:{_SEPARATOR})")
_STOP = re.compile(r"[。！？!?]|\.(?:\s|$)")


def _site(name: str) -> bool:
    """True for what a title bar adds to the headline: a short name, no sentence."""
    name = name.strip()
    return 0 < len(name) <= _SITE_WIDTH and _STOP.search(name) is None and name[-1:] not in ":："


def is_title_bar(bar: str, headline: str) -> bool:
    """True when `bar` is `headline` with a site's name after or before a bar or a spaced dash."""
    bar, headline = bar.strip(), headline.strip()
    if len(headline) < 2 or len(bar) <= len(headline):
        return False
    if bar.startswith(headline):
        after = _AFTER.fullmatch(bar, len(headline))
        return after is not None and _site(after.group("site"))
    if bar.endswith(headline):
        before = _BEFORE.fullmatch(bar, 0, len(bar) - len(headline))
        return before is not None and _site(before.group("site"))
    return False


def mark_title_bar(lines: Sequence[Line]) -> None:
    """Give the page's first text line the role `furniture`, kind `navigation`, when it is a title bar over the
    headline (`is_title_bar` with one of the next `_LOOK_AHEAD` text lines, or two of them run together: the bar
    prints on one line the headline the page breaks over two)."""
    texts = [line for line in lines[:40] if line.content][: _LOOK_AHEAD + 1]
    if len(texts) < 2 or texts[0].page > 1:
        return
    bar = texts[0]
    headlines = [line.content for line in texts[1:] if line.role == BODY]
    for first, second in pairwise(texts[1:]):  # a headline the page breaks over two lines
        if first.role == BODY and second.role == BODY:
            headlines += [f"{first.content.rstrip()} {second.content.lstrip()}", first.content + second.content]
    if (bar.role == BODY or bar.furniture == _NAVIGATION) and any(is_title_bar(bar.content, h) for h in headlines):
        bar.role, bar.furniture = _FURNITURE, _NAVIGATION
