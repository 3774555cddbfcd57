"""Edge blocks of web pages, e-mail newsletters and printed web pages, told by their shape, not their words.

A page copied from a site or a newsletter carries blocks before its title (navigation and breadcrumb rows, a
menu one item a line, a "view in browser" address) and after its text's end (link lists, sharing and footer
rows, copyright and year lines, e-mail and web addresses, subscription and legal notices). The word lists of
`data/layouts/furniture.json` (read by `furniture.py`, first) know the sites they were written from; the next
site names its links otherwise. What holds on every site is the shape: the text is where the lines ending
sentences are; its edges are runs of lines that end none, cut by separators, or naming an address or a year;
they stand from the page's first line down to the title, and from the text's last sentence down to the end.

The reading, with its thresholds kept as data (`data/layouts/edge_blocks.json`, its `about` says each):
- the head: from the page's first line, rows, addresses, copyright lines and menus (runs of short lines with a
  longer line, the title, under them) are navigation, up to the first line of another shape; the title and
  what stands between it and the text (bylines, dates, a standfirst) are never taken;
- the tail's footer: from the first row, address or copyright line after the text's last sentence (a few lines
  of a notice may stand between such lines; a year alone counts only inside a footer) to the end, every line;
- a link list: lines shaped as headlines (no stop, a headline's width, in sentence case) standing together
  right over the footer or the end, with the short label over them;
- a link label between paragraphs: a short line ending with an arrow (`… »`, `…→`).
Lines that a word list or a page pass has already given a role keep it; a note's first line (`protected`) is
never taken and ends a run. A closing signature (a name, a post, a date over the end) is no footer: it has no
row, address or year shape, and a footer is only ever read from such a line down.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from allyscope.layout.dating import find_dates, is_dateline, is_issue_line
from allyscope.layout.edges import cjk_title_line
from allyscope.layout.furniture import FURNITURE, answer_votes, follow_button, furniture_kind, is_disclaimer_label
from allyscope.layout.joining import is_cjk
from allyscope.layout.lines import BODY, PAGE_NUMBER, Line, ends_sentence, typical_width
from allyscope.layout.notes import any_label, label_patterns


class EdgeDataError(ValueError):
    """The edge-block thresholds (`data/layouts/edge_blocks.json`) are missing a value or hold a wrong one."""


@dataclass(frozen=True, slots=True)
class _Shapes:
    sentence_width: int
    separators: re.Pattern[str]
    row_items: int
    trail_items: int
    trail_arrows: str
    spaced_row_items: int
    item_width: int
    short_width: int
    menu_lines: int
    address_text: int
    copyright_width: int
    link_lines: int
    link_width: int
    link_lower_words: int
    link_title_width: int
    footer_share: float
    arrows: frozenset[str]
    arrow_width: int
    reach: int
    name_joiners: frozenset[str]
    home_steps: frozenset[str]
    trail_steps: int
    street_address_cjk: re.Pattern[str]
    stamped_end: re.Pattern[str]


@cache
def _shapes() -> _Shapes:
    data: dict[str, Any] = json.loads(
        resources.files("allyscope.data").joinpath("layouts/edge_blocks.json").read_text("utf-8")
    )
    try:
        bare = re.escape(data["bare_separators"])
        spaced = re.escape(data["spaced_separators"])
        return _Shapes(
            sentence_width=int(data["sentence_width"]),
            separators=re.compile(rf"[ \t\u3000]*[{bare}][ \t\u3000]*|[ \t\u3000]+[{spaced}][ \t\u3000]+"),
            row_items=int(data["row_items"]),
            trail_items=int(data["trail_items"]),
            trail_arrows=str(data["trail_arrows"]),
            spaced_row_items=int(data["spaced_row_items"]),
            item_width=int(data["item_width"]),
            short_width=int(data["short_width"]),
            menu_lines=int(data["menu_lines"]),
            address_text=int(data["address_text"]),
            copyright_width=int(data["copyright_width"]),
            link_lines=int(data["link_lines"]),
            link_width=int(data["link_width"]),
            link_lower_words=int(data["link_lower_words"]),
            link_title_width=int(data["link_title_width"]),
            footer_share=float(data["footer_share"]),
            arrows=frozenset(data["arrows"]),
            arrow_width=int(data["arrow_width"]),
            reach=int(data["reach"]),
            name_joiners=frozenset(str(word) for word in data["name_joiners"]),
            home_steps=frozenset(str(word).casefold() for word in data["home_steps"]),
            trail_steps=int(data["trail_steps"]),
            street_address_cjk=re.compile(str(data["street_address_cjk"])),
            stamped_end=re.compile(str(data["stamped_end"])),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise EdgeDataError(f"data/layouts/edge_blocks.json: {error}") from error


def width(content: str) -> float:
    """The display width of a line as `split_lines` counts it: a CJK character two, a Latin one."""
    return len(content) if content.isascii() else (len(content.encode("utf-8")) + len(content)) / 2


_DIGIT = re.compile(r"\d")
_COLON = re.compile(r"[:：]")
_COPYRIGHT = re.compile(r"©|\([cC]\)[ \t]*\d{4}")
_YEARS = re.compile(r"(?:©[ \t]*)?\d{4}(?:[ \t]*[-–—~～][ \t]*\d{4})?")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:https?://|www\.)[^\s　]+")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_LATIN = re.compile(r"[A-Za-z]")
_OPEN_END = frozenset(":：,，、;；")  # a line ending so announces what follows: no menu item, no headline

NAVIGATION, COPYRIGHT, CONTACT, RELATED, DISCLAIMER = "navigation", "copyright", "contact", "related", "disclaimer"
DATELINE = "dateline"
TOOLS = "tools"  # a page's tools: counters, buttons
SHARE = "share"  # a row of sharing buttons
TAGS = "tags"  # a post's topics
NOTICE = "cookie"  # a notice over the page with its buttons: the kind a site's cookie notice has
AUTHOR_BIO = "author-bio"  # a writer's card under the text


def row_items(content: str, least: int = 0) -> list[str] | None:
    """The items of a row of links (`Home | World | Asia`, `首页＞新闻＞国际`, `Share · Post · Mail`), or None: at
    least `row_items` items between separators, each short and none ending a sentence, and no digit unless the
    row holds a copyright sign (a dateline's fields, `2024-05-10 | Source | Editor`, are no links), and no colon
    (`作者：… | 编辑：…`: labelled fields); `least`
    items where the caller asks for fewer (a trail's two steps under a row)."""
    shapes = _shapes()
    items = [item.strip() for item in shapes.separators.split(content)]
    if len(items) < (least or shapes.row_items) or any(not item for item in items):
        return None
    if any(width(item) > shapes.item_width or width(item) < 3 or ends_sentence(item) for item in items):
        return None  # `玛丽·安·史密斯`: a name's one-character part is no link
    if _DIGIT.search(content) is not None and _COPYRIGHT.search(content) is None:
        return None
    if _COLON.search(content) is not None or _slash_byline(content):
        return None  # `作者：… | 编辑：…`, `撰文／… 攝影／…`: labelled fields, no links
    return items


def _slash_byline(content: str) -> bool:
    """A line opening with a byline's label that ends with a slash (`撰文／…　攝影／…`, `文／…`): the writer's
    field, and the staff's after it, parted as a row's items are, but labelled fields, no links
    (`data/layout.json` `byline`)."""
    return any(
        (label := p.match(content)) is not None and label.group().rstrip(" \t\u3000")[-1:] in "／/"
        for p in label_patterns("byline")
    )


def is_copyright(content: str) -> bool:
    """A copyright line (`© 2025 Site`, `Site (c) 2019`, `2019–2025`): a copyright sign or a year alone."""
    if _YEARS.fullmatch(content) is not None:
        return True
    return _COPYRIGHT.search(content) is not None and width(content) <= _shapes().copyright_width


def address_kind(content: str) -> str | None:
    """`contact` for a line holding an e-mail address, `navigation` for one holding a web address, with little
    other text around it (`View online: https://…`, `press@…`), or None."""
    # every match of the e-mail expression holds its `@`, every web address `://` or `www.`: a line holding
    # neither (nearly every line asked) is not searched, where the e-mail expression's leading `[\w.+-]+` is
    # tried from every character of a run of letters (a CJK line is one run: quadratic in its length)
    email = _EMAIL.search(content) if "@" in content else None
    web = email is None and ("://" in content or "www." in content) and _URL.search(content) is not None
    found = _EMAIL if email is not None else _URL if web else None
    if found is None:
        return None
    rest = found.sub("", content).strip()
    if width(rest) > _shapes().address_text or ends_sentence(rest):
        return None
    if email is None and _DIGIT.search(rest) is not None:
        return None  # `https://… (accessed 12 June 2023).`: a reference's address with the day it was read
    return CONTACT if email is not None else NAVIGATION


def strong_kind(content: str) -> str | None:
    """The kind of a line whose shape alone says it is a page's edge (a row, a copyright or year line, an
    address line), or None."""
    if is_copyright(content):
        return COPYRIGHT
    if (kind := address_kind(content)) is not None:
        return kind
    if row_items(content) is not None:
        return NAVIGATION
    return None


_COUNT_NUMBER = r"\d{1,6}(?:[.,]\d{1,3})?[KkMm万萬千]?"
_COUNT_ITEM = re.compile(
    rf"(?:[^\d\s.:：]{{1,10}}[ \t]|[^\w\s]{{1,2}})?{_COUNT_NUMBER}|[^\d\s.:：]{{1,10}}[（(]{_COUNT_NUMBER}[）)]"
    rf"|{_COUNT_NUMBER}[ \t][A-Za-z]{{1,10}}"
)  # `点赞 126`, `👍48`, `评论(3)`, `7 comments`: a count parted from its word (`林志明1` a keyed name, `62隻` a unit)
_BARE_BUTTON = re.compile(r"[^\d\s.:：。！？!?]{1,10}")
_COUNT_GAP = re.compile(r"\u3000+|[ \t]{2,}|[ \t]+[·•|｜][ \t]+")
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NO_WORD = re.compile(r"[\d\s.,()（）·•|｜]+")


_ICON_ITEMS = 3


def icon_row(content: str) -> bool:
    """A row of buttons copied as their icons' text (`f   𝕏   in   ✉`, `f · t · ✉`): at least `_ICON_ITEMS` items
    of one or two characters each, parted by wide spaces or spaced dots and bars, no digit (a pager's numbers) and
    no CJK character (`大　中　小`, a font-size row, is the word lists')."""
    items = _COUNT_GAP.split(content.strip())
    return (
        len(items) >= _ICON_ITEMS
        and all(0 < len(item) <= 2 for item in items)
        and _DIGIT.search(content) is None
        and not any("\u3040" <= c <= "\u9fff" for c in content)
    )


def counts_row(content: str) -> bool:
    """A row of a post's counters (`👍 48   👏 12   🤔 5`, `点赞 126　　收藏 31　　分享`, `Likes 12 · Comments 3`):
    two items or more parted by wide spaces or spaced dots and bars, each a count with an icon or a word or two
    beside it, or a bare button; at least two counts, and no year (`Vol 14   No 2   2024` is an issue's line)
    nor a word ending with a stop (`Vol. 14`). A table's row of counts stands under a head row, in the text."""
    items = _COUNT_GAP.split(content.strip())
    if len(items) < 2 or _A_YEAR.search(content) is not None or _NO_WORD.fullmatch(content) is not None:
        return False  # numbers alone: a table's row, a pager
    counts = sum(_COUNT_ITEM.fullmatch(item) is not None for item in items)
    return counts >= 2 and all(_COUNT_ITEM.fullmatch(item) or _BARE_BUTTON.fullmatch(item) for item in items)


def is_short(content: str) -> bool:
    """A menu item or a button: a few characters, no stop, no digit, nothing announced."""
    return (
        width(content) <= _shapes().short_width
        and not ends_sentence(content)
        and content[-1] not in _OPEN_END
        and _DIGIT.search(content) is None
    )


def is_sentence_line(content: str) -> bool:
    """A line of the text: it ends a sentence and is wider than any edge line but a notice, and has no edge shape
    (`© 2025 Site. All rights reserved.` ends with a stop too)."""
    return (
        width(content) >= _shapes().sentence_width
        and ends_sentence(content)
        and not is_copyright(content)
        and address_kind(content) is None
    )


def _may_link(content: str) -> bool:
    return width(content) >= _shapes().link_width and not ends_sentence(content)


def is_link(content: str, typical: float) -> bool:
    """A headline in a link list: no stop, a headline's width (no wider than a full line of the text), and in
    Latin letters sentence case (a few words in lower case, which a post's or a body's name in title case
    lacks) or, in title case, a headline's length (`link_title_width`: longer than a post or a body's name). A line
    closed by a stamp after a wide gap (`stamped_end`: `推 user: words      08/10 21:12`) is a comment or a log's
    entry, no headline (lay82)."""
    shapes = _shapes()
    size = width(content)
    if size < shapes.link_width or (typical > 0 and size > typical) or ends_sentence(content):
        return False
    if content[-1] in _OPEN_END or row_items(content) is not None:
        return False
    if shapes.stamped_end.search(content) is not None:
        return False  # a board's push line or a log's entry, closed by its stamp after a wide gap: no headline
    if not _LATIN.match(content) or size >= shapes.link_title_width:
        return True
    return len(_LOWER_WORD.findall(content)) >= shapes.link_lower_words


def mark_edge_blocks(lines: Sequence[Line], protected: Collection[int] = (), raw: str = "") -> None:
    """Give the lines of a page's edge blocks (see the module's docstring) the role `furniture` and their kind.
    `protected` holds the indices of lines a note starts on; `raw`, the text the lines were cut from (when
    given, a line's words are first looked for in it, see `_Prints`)."""
    shapes = _shapes()
    n = len(lines)
    reach = min(n, shapes.reach)
    _contents(lines, raw)
    first = next((i for i in range(reach) if _text_line(lines[i], protected)), -1)
    if first < 0:
        # a notice whose paragraphs are numbered as notes are (`1　…。`): its first sentence is a note's first line
        first = next((i for i in range(reach) if _text_line(lines[i], ())), -1)
    if first < 0:
        return  # no sentence near the start: a list, a table, a form, no page with a text
    _notice_buttons(lines, first, protected)
    notice = _head_notice(lines, first, protected)
    if notice:
        _take(lines, notice, NOTICE)
        first = next((i for i in range(notice[-1] + 1, reach) if _text_line(lines[i], protected)), -1)
    teasers = _head_teasers(lines, first)
    steps, kind_line = _trail_one_step_a_line(lines, first, protected)
    _take(lines, steps, NAVIGATION)
    column = _column_under_trail(lines, first)
    _take(lines, column, NAVIGATION)
    marked = bool(column) | bool(notice) | bool(teasers) | bool(steps)
    marked |= _head(lines, first, protected, teasers, kind_line)
    marked |= _masthead_band(lines, first, protected)
    marked |= _counters(lines, first, protected)  # before the tail's reading: a counter row is no headline
    marked |= _tail(lines, first, protected)
    marked |= _contact_lines(lines, first, protected)
    marked |= _writer_card(lines, first, protected)
    if marked:
        _link_labels(lines, first, protected)
    if marked or any(_known_edge(lines[i]) for i in range(first)):
        _lone_caption(lines, first, protected)  # a page with edges: a news or a ministry page
        _boxed_links(lines, first, protected)


_PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[ \t.-]?)?(?:[(（]\d{1,5}[)）][ \t.-]?)?\d{1,5}(?:[ \t.-]\d{2,5}){1,5}(?![\w])"
)
_PHONE_DIGITS = (8, 15)  # a phone number's digits, its country's and area's codes counted: more than a date's day
_DATE_LIKE = re.compile(r"(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.][0-3]?\d|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d")
_POSTAL = re.compile(r"〒[ \t\u3000]*\d{3}-?\d{4}")
_FIELD_GAP = re.compile(r"\u3000+|[ \t]{2,}|[ \t]+[·•|｜][ \t]+")
_WORD = re.compile(r"[^\W\d_]")  # a letter of any script: a label or a name beside a number
_FIELD_WIDTH = 80  # an office's name, a street address, a labelled number: a field of a footer is no paragraph


def is_phone(content: str) -> bool:
    """True when `content` holds a phone number: digit groups parted by spaces, dots or hyphens, maybe after a
    country code (`+48`) or an area code in brackets (`(02)`), eight to fifteen digits in all, no date
    (`2024-05-21` holds eight digits too); and a number's own signs (a country code, an area code in brackets, two
    hyphens: `03-0000-0000`) or a word beside it (`Newsroom +48 …`, `電話 …`): a table's cell of digit groups
    (`12 345 678`) holds neither."""
    for found in _PHONE.finditer(content):
        number = found.group()
        digits = sum(c.isdigit() for c in number)
        if not _PHONE_DIGITS[0] <= digits <= _PHONE_DIGITS[1] or _DATE_LIKE.search(number) is not None:
            continue
        signed = "+" in number or "(" in number or "（" in number or number.count("-") >= 2
        if signed or _WORD.search(content[: found.start()] + content[found.end() :]) is not None:
            return True
    return False


def contact_line(content: str) -> bool:
    """A footer's contact line: fields parted by wide spaces, spaced dots or bars (`潮風新聞社　〒104-0000 …`,
    `Newsroom +48 58 000 00 00 · Advertising +48 …`, `某報　地址：…　電話：…`), none wider than an address and none
    ending a sentence, one of which holds a postal code's mark, a phone number, a Chinese street address whole
    (edge_blocks.json 'street_address_cjk', lay81: `10048臺北市中正區重慶南路一段10號5樓`), or what the word lists
    read as a contact line (`地址：…`, `Tel: …`). A sentence naming a number (`Call 0800 123 456 for help.`) ends with
    its stop."""
    if not content or ends_sentence(content) or width(content) > 2 * _FIELD_WIDTH:
        return False
    fields = _FIELD_GAP.split(content.strip())
    if any(width(field) > _FIELD_WIDTH for field in fields):
        return False
    return any(
        _POSTAL.search(field) is not None
        or is_phone(field)
        or furniture_kind(field) == CONTACT
        or _shapes().street_address_cjk.fullmatch(field) is not None
        for field in fields
    )


def _contact_lines(lines: Sequence[Line], first: int, protected: Collection[int]) -> bool:
    """Contact lines under the text's last sentence (`contact_line`), and the street address right over or under
    one (`_address`: the office's address over its phone line): `contact`. True when any was marked."""
    last = next((i for i in range(len(lines) - 1, first - 1, -1) if _text_line(lines[i], protected)), -1)
    if last < 0:
        return False
    found = [
        i
        for i in range(last + 1, len(lines))
        if lines[i].role == BODY and lines[i].content and i not in protected and contact_line(lines[i].content)
    ]
    for i in list(found):
        for k in (i - 1, i + 1):
            if last < k < len(lines) and k not in found and k not in protected and _address(lines[k]):
                found.append(k)
    _take(lines, sorted(found), CONTACT)
    return bool(found)


def _address(line: Line) -> bool:
    """A street address beside a contact line: a body line ending no sentence, holding a number and parted by
    commas (`Harbour Institute, 12 Quay Street, 80-001 Gdańsk`), each part short."""
    content = line.content
    if line.role != BODY or not content or ends_sentence(content) or _DIGIT.search(content) is None:
        return False
    parts = [part.strip() for part in re.split(r"[,，、]", content)]
    return len(parts) >= 3 and all(0 < width(part) <= _shapes().item_width for part in parts)


_CARD_NAME = 30  # a writer's name on the card: a few words, a few characters


def _writer_card(lines: Sequence[Line], first: int, protected: Collection[int]) -> bool:
    """A writer's card under the text (`Martin Holm` / `Defence correspondent · 312 articles` / `Follow`): a line
    under the text's last sentence holding nothing but the names a byline of the head gives after its label (`By
    …`, `記者…／…報導`), and the line right under it when it ends no sentence and no word list read it (the
    writer's post, the counts of their articles): `author-bio`. The names are the byline's already: the card adds
    no writer. A box under a label the word lists read (`About the author`) is the front matter's (its post an
    affiliation). True when a card was marked."""
    if _followed_card(lines, first, protected) | _answer_card(lines, first, protected):
        return True
    last = next((i for i in range(len(lines) - 1, first - 1, -1) if _text_line(lines[i], protected)), -1)
    if last < 0:
        return False
    label = any_label(("byline",))
    bylines = [
        rest
        for line in lines[:first]
        if line.role == BODY
        and (found := label.match(line.content)) is not None
        and (rest := line.content[found.end() :].strip())
    ]
    if not bylines:
        return False
    if _labelled_box(lines, last, protected, bylines):
        return True
    for i in range(last + 1, len(lines)):
        line = lines[i]
        name = line.content
        if line.role != BODY or i in protected or not name or width(name) > _CARD_NAME or ends_sentence(name):
            continue
        if not any(rest == name or _names_start(rest, name) for rest in bylines):
            continue
        above = next((k for k in range(i - 1, -1, -1) if lines[k].content), -1)
        if above >= 0 and lines[above].role == FURNITURE and lines[above].furniture == AUTHOR_BIO:
            return False  # under a box's label (`About the author`): the box's name and post, read with the front
        if above >= 0 and lines[above].role == BODY and lines[above].content.rstrip()[-1:] in _VALEDICTION_ENDS:
            return False  # `Until next week,` over `Sione`: a letter's closing and its signature, the letter's text
        card = [i]
        below = next((k for k in range(i + 1, len(lines)) if lines[k].content), -1)
        if (
            below >= 0
            and below not in protected
            and lines[below].role == BODY
            and not ends_sentence(lines[below].content)
            and not _RULE_LINE.fullmatch(lines[below].content.strip())
        ):
            card.append(below)
        _take(lines, card, AUTHOR_BIO)
        return True
    return False


_CARD_BIO = 160  # a card's bio: a sentence or two


def _next_filled(lines: Sequence[Line], index: int) -> int:
    return next((k for k in range(index + 1, len(lines)) if lines[k].content), -1)


def _followed_card(lines: Sequence[Line], first: int, protected: Collection[int]) -> bool:
    """A creator's card under the text on a platform that prints the writer's name over a follow button in the
    head too (`水野 航` / `フォロー` under the title; lay82): the same name alone on a line under the text's last
    sentence, a short bio right under it (a sentence or two) and a follow button right under the bio, with no line
    of the text after them. The name and the bio are `author-bio` (the name is the byline's already: the card adds
    no writer). The name may stand after a byline's label (`Written by Daniel Okafor`) and a count of followers
    may stand between it and the bio (`312 Followers`, a tools line; lay82b). A name over a follow button with no
    bio between, another writer's name, or a card the text goes on under, is left alone. True when a card was
    marked."""
    names = set()
    # the head runs down to the text's second sentence line: a subtitle asking a question (`… What else has held?`)
    # is the first, and the writer's name with its follow button stands under it (lay82b)
    head = next((i for i in range(first + 1, len(lines)) if _text_line(lines[i], protected)), first)
    for k in range(head):
        below = _next_filled(lines, k)
        line = lines[k]
        if (
            line.role == BODY
            and 0 < width(line.content) <= _CARD_NAME
            and not ends_sentence(line.content)
            and 0 <= below < head
            and follow_button(lines[below].content)
        ):
            names.add(line.content.strip())
    if not names:
        return False
    label = any_label(("byline",))
    for i in range(first + 1, len(lines)):
        line = lines[i]
        if line.role != BODY or i in protected:
            continue
        labelled = label.match(line.content)
        if (line.content[labelled.end() :] if labelled else line.content).strip() not in names:
            continue
        bio = _next_filled(lines, i)
        if (
            bio >= 0
            and lines[bio].role == FURNITURE
            and lines[bio].furniture == TOOLS
            and _DIGIT.search(lines[bio].content)
        ):
            bio = _next_filled(lines, bio)  # `312 Followers` between the name and the bio (lay82b)
        button = _next_filled(lines, bio) if bio >= 0 else -1
        if bio < 0 or button < 0 or bio in protected or lines[bio].role != BODY:
            continue
        if width(lines[bio].content) > _CARD_BIO or not follow_button(lines[button].content):
            continue
        if any(_text_line(lines[k], protected) for k in range(button + 1, len(lines))):
            continue  # the text goes on under it: no closing card
        _take(lines, [i, bio], AUTHOR_BIO)
        return True
    return False


def _answer_card(lines: Sequence[Line], first: int, protected: Collection[int]) -> bool:
    """An answerer's card on a Q&A site's page (lay82b): under the page's buttons (`默认排序`, `Sort`), the
    answerer's name alone on a line, a one-line bio right under it and the answer's vote line right under the bio
    (`218 人赞同了该回答`, `1.2K upvotes`: furniture.json 'answer_votes'), the answer under them. The bio is
    `author-bio`; the name stays the writer's. A line over a vote line with no name over it, or a name whose line
    over it is a sentence of the text (no page furniture), is left alone. True when a card was marked."""
    marked = False
    for v in range(first + 1, len(lines)):
        if lines[v].role != FURNITURE or not answer_votes(lines[v].content):
            continue
        bio = _filled_before(lines, v)
        name = _filled_before(lines, bio) if bio >= 0 else -1
        if name < 0 or bio in protected or name in protected:
            continue
        if lines[bio].role != BODY or lines[name].role != BODY or width(lines[bio].content) > _CARD_BIO:
            continue
        if width(lines[name].content) > _CARD_NAME or ends_sentence(lines[name].content):
            continue
        over = _filled_before(lines, name)
        if over < 0 or lines[over].role != FURNITURE:
            continue  # under a sentence of the text: a line of it, no card
        _take(lines, [bio], AUTHOR_BIO)
        marked = True
    return marked


def _filled_before(lines: Sequence[Line], index: int) -> int:
    """The index of the last line with words before `index`, or -1."""
    return next((k for k in range(index - 1, -1, -1) if lines[k].content), -1)


_VALEDICTION_ENDS = frozenset(",，")
"""How a letter's closing line ends (`Best wishes,`, `Until next Friday,`): the name under it signs the letter."""
_RULE_LINE = re.compile(r"[-–—_*=─━＿＝]{3,}")
"""A rule alone on its line (`---`, `***`, Markdown's break): it parts blocks and is no writer's post."""

_BOX_POSTS = 3  # a writer's post lines in a box: a post, a programme, a joint appointment


def _labelled_box(lines: Sequence[Line], last: int, protected: Collection[int], bylines: list[str]) -> bool:
    """A box of the byline's writers under the text, set under a bare byline label (`Authors`, `著者`; layout.json
    'byline_label', the label a front prints over its names), each writer's name alone on a line with one to three
    lines of posts under it (`Rachel Tan` / `Senior Fellow, …`): the label and every line of the box `author-bio`,
    as a writer's card is. The names are the byline's already: the box adds no writer; under the text the label
    heads no byline. The box ends at the first line that is neither (a disclaimer's label, a copyright line), and
    is no box where a name is not the byline's, a name has no post, or a line under the label ends a sentence."""
    label_at = next((i for i in range(last + 1, len(lines)) if lines[i].content), -1)
    if label_at < 0 or lines[label_at].role != BODY or label_at in protected:
        return False
    label = lines[label_at].content.strip()
    if not any(p.fullmatch(label) is not None for p in label_patterns("byline_label")) or ends_sentence(label):
        return False
    box: list[int] = []
    named = posts = 0
    for i in range(label_at + 1, len(lines)):
        line = lines[i]
        content = line.content.strip()
        if not content:
            continue
        if line.role != BODY or i in protected or ends_sentence(content) or is_disclaimer_label(content):
            break
        if width(content) <= _CARD_NAME and any(_names_in(rest, content) for rest in bylines):
            if named and not posts:
                return False  # the writer above has no post: names alone, no box
            named, posts = named + 1, 0
        elif named and posts < _BOX_POSTS:
            posts += 1
        else:
            break
        box.append(i)
    if not named or not posts:
        return False
    _take(lines, [label_at, *box], AUTHOR_BIO)
    return True


def _names_in(byline: str, name: str) -> bool:
    """True when the byline names the writer as a whole word run (`Rachel Tan` in `Rachel Tan and Oliver Grant`)."""
    at = byline.find(name)
    while at >= 0:
        before, after = byline[at - 1 : at], byline[at + len(name) : at + len(name) + 1]
        if not before.isalnum() and not after.isalnum():
            return True
        at = byline.find(name, at + 1)
    return False


def _names_start(byline: str, name: str) -> bool:
    """True when a byline's rest opens with the name and goes on past a sign or a space (`林宛蓉／臺北報導`,
    `Ana Ruiz, Fellow`): a name, not the start of a longer word."""
    return byline.startswith(name) and not byline[len(name) : len(name) + 1].isalnum()


def _counters(lines: Sequence[Line], first: int, protected: Collection[int]) -> bool:
    """A post's counter rows (`counts_row`) over the text's first sentence or under its last one: tools; a row of
    counts between sentences of the text is the text's (a table's row). A row of icons' letters (`icon_row`) there
    is a share row; a footer's row between two edge lines (`_between_edges`) navigation. A menu row of the head
    parted by spaces, printed again under the text, is navigation there too. True when any was marked."""
    last = next((i for i in range(len(lines) - 1, first - 1, -1) if _text_line(lines[i], protected)), first)
    found = [
        line.index
        for line in (*lines[:first], *lines[last + 1 :])
        if line.role == BODY and line.content and line.index not in protected and counts_row(line.content)
    ]
    _take(lines, found, TOOLS)
    icons = [
        line.index
        for line in (*lines[:first], *lines[last + 1 :])
        if line.role == BODY and line.content and line.index not in protected and icon_row(line.content)
    ]
    _take(lines, icons, SHARE)
    head_rows = {
        lines[i].content for i in range(first) if lines[i].furniture == NAVIGATION and _spaced_row(lines[i].content)
    }
    again = [line.index for line in lines[last + 1 :] if line.role == BODY and line.content in head_rows]
    _take(lines, again, NAVIGATION)  # the head's menu printed again under the text (names print once)
    rows = [k for k in range(last + 1, len(lines)) if _between_edges(lines, k, protected)]
    _take(lines, rows, NAVIGATION)
    return bool(found or icons or again or rows)


def _between_edges(lines: Sequence[Line], k: int, protected: Collection[int]) -> bool:
    """A row of three short links or more parted by wide spaces alone (`会社概要　採用情報　プライバシー`) under the
    text, with a line of a page's edge right above and right under it: a footer's row (a closing row of names
    stands right under the text's last sentence)."""
    line = lines[k]
    if line.role != BODY or not line.content or k in protected:
        return False
    items = _SPACES.split(line.content.strip())
    if len(items) < _BUTTONS or not all(0 < width(item) <= _shapes().short_width for item in items):
        return False
    if ends_sentence(line.content) or _DIGIT.search(line.content) is not None:
        return False
    above = next((j for j in range(k - 1, -1, -1) if lines[j].content), -1)
    below = next((j for j in range(k + 1, len(lines)) if lines[j].content), -1)
    return min(above, below) >= 0 and all(lines[j].role == FURNITURE for j in (above, below))


_BUTTONS = 3  # a notice's buttons: agree, refuse, choose


def _head_notice(lines: Sequence[Line], first: int, protected: Collection[int]) -> list[int]:
    """The lines of a notice printed over the page (a cookie or sign-up notice: maybe a short title, one to
    `_NOTICE_LINES` sentences, then its buttons, two or three short lines with no blank line between them, or a
    row), or []: the page's first body
    lines, with a line of another shape under the buttons and then the text (the page's title over it: a text's
    first paragraph over a short heading has no title under the heading, a short text over its credits no text
    under them)."""
    body = [i for i in range(min(len(lines), _shapes().reach)) if lines[i].role == BODY and lines[i].content]
    if not body or any(i in protected for i in body[:8]):
        return []
    at = 1 if body[0] < first and is_short(lines[body[0]].content) else 0  # the notice's title
    if body[at] != first:
        return []
    sentences = _run(body[at:], lambda line: _text_line(line, protected), lines)
    if len(sentences) > _NOTICE_LINES:
        return []
    rest = body[at + len(sentences) :]
    if rest and (row_items(lines[rest[0]].content) is not None or _button_row(lines[rest[0]].content)):
        buttons = rest[:1]  # the buttons on one line: parted by bars, or by wide spaces alone
    else:
        buttons = _run(rest[:_BUTTONS], lambda line: is_short(line.content) and row_items(line.content) is None, lines)
        buttons = [i for k, i in enumerate(buttons) if i == buttons[0] + k]  # a blank line ends them
        if len(buttons) < 2:
            return []
    after = rest[len(buttons) :]
    text = next((k for k, i in enumerate(after) if _text_line(lines[i], protected)), 0)
    if not buttons or text < 1:
        return []  # no text under the buttons, or none with a title over it: the short lines close a text
    return body[: at + len(sentences)] + buttons


def _notice_buttons(lines: Sequence[Line], first: int, protected: Collection[int]) -> None:
    """The buttons of a notice the word lists read already (`We use cookies …` a cookie line): a row of two or
    three short items right under it (`Accept all   Reject all   Manage choices`) are its buttons, not the
    page's menu, where it stands before the text's first sentence."""
    for i in range(max(first, 0)):
        line = lines[i]
        if line.role != FURNITURE or line.furniture != NOTICE:
            continue
        below = next((k for k in range(i + 1, first) if lines[k].content), None)
        if below is not None and lines[below].role == BODY and below not in protected:
            content = lines[below].content
            if _button_row(content) or (row_items(content) is not None and len(row_items(content) or ()) <= _BUTTONS):
                _take(lines, [below], NOTICE)


def _text_line(line: Line, protected: Collection[int]) -> bool:
    return line.role == BODY and bool(line.content) and is_sentence_line(line.content) and line.index not in protected


def _take(lines: Sequence[Line], indices: Sequence[int], kind: str) -> None:
    for i in indices:
        if lines[i].role == BODY or (kind == COPYRIGHT and lines[i].role == PAGE_NUMBER):
            # a line a word list marked keeps its kind; a footer's year the page pass took is the footer's
            lines[i].role, lines[i].furniture = FURNITURE, kind


_EDGE_KINDS = frozenset({"navigation", "share", "copyright", "related", "tools", "cookie", "advertisement"})
"""The kinds of the word lists' furniture that stand at a page's edges: such a line is an edge line of the run it
stands in, as one of this module's shapes is (a staff credit, a story's end mark, a contact block are not: what
stands under them may be the text's own)."""


def _known_edge(line: Line) -> bool:
    return line.role == FURNITURE and line.furniture in _EDGE_KINDS


def _trail_one_step_a_line(lines: Sequence[Line], first: int, protected: Collection[int]) -> tuple[list[int], int]:
    """A breadcrumb copied one step a line (a site's trail is a list, each item its own line in a plain copy: `Home`,
    `World`, `Asia-Pacific`) down to the kind of paper the page is, alone over the title (`Press release`,
    `data/layout.json` doctype): the home step alone on its line (`home_steps`), then at most `trail_steps` steps
    no wider than a link (`item_width`), each ending no sentence and holding no digit. The steps, the home step
    first, and the kind's line, which ends the head (front matter, as a kind the trail names is); ([], -1) where the
    lines under the home step reach no kind (a menu the head's reading weighs by its shape) or a step fails.
    A plain trail's steps are short lines, but a section's name can run past a menu item's width (`Defence and
    armed forces`) and be printed again as a topic under the text, which the head passes over as a recurring
    stamp: only the kind under them tells the title apart from the last step."""
    shapes = _shapes()
    home = next((i for i in range(first) if lines[i].content.casefold() in shapes.home_steps), -1)
    if home < 0 or home in protected:
        return [], -1
    steps = [home]
    for k in range(home + 1, first):
        content = lines[k].content
        if not content:
            continue
        if k in protected or not (lines[k].role == BODY or _known_edge(lines[k])):
            return [], -1
        if any_label(("doctype",)).fullmatch(content) is not None:
            return (steps, k) if len(steps) > 1 else ([], -1)
        if width(content) > shapes.item_width or ends_sentence(content) or _DIGIT.search(content):
            return [], -1
        steps.append(k)
        if len(steps) > shapes.trail_steps + 1:
            return [], -1
    return [], -1


def _head(
    lines: Sequence[Line],
    first: int,
    protected: Collection[int],
    teasers: Collection[int] = (),
    kind_line: int = -1,
) -> bool:
    """Mark the head's edge lines from the page's first line down (rows, addresses, copyright lines, menus);
    True when any was marked. The run ends at the first line of another shape (the title, a kicker, a byline);
    short lines count with an edge line under them (a site's name over its row of links) or as a menu of
    `menu_lines` with a longer line under it; a trail of two steps (`Section > Page`) counts under an edge line
    (a pending short line is no edge line yet: a short title stands over its byline `作者 | …`), and so does a
    row parted by spaces alone, where no short line but a whole menu waits over it (a short title over
    `记者　…　…　…`);
    a line printed again further down (a browser's stamp over every page) is the page passes' and is passed
    over; the teasers over the article (`_head_teasers`) confirm the menu over them and are no menu items, so a
    short line under them is the article's kicker; `kind_line`, the kind of paper under a trail copied one step a
    line (`_trail_one_step_a_line`), ends the head as a kind under a trail's row does. The title must remain."""
    shapes = _shapes()
    taken: list[tuple[int, str]] = []
    menu: list[int] = []
    seen = False  # an edge line stands above: a trail of two steps continues the block
    stop = first
    for i in range(first):
        line = lines[i]
        if i in teasers:
            taken += [(k, NAVIGATION) for k in menu if lines[k].role == BODY]
            menu = []
            seen = True
            continue
        if _known_edge(line):
            if menu:
                menu.append(i)  # a menu item a word list knows (`Menu`, `Search`): one of the menu's
            seen = True
            continue
        if line.role != BODY or not line.content:
            continue
        if i in protected:
            stop = i
            break
        content = line.content
        if not taken and _named_by_lead(content, lines[first].content):
            # `臺灣與菲律賓關係` over `臺灣與菲律賓關係是指…`: the subject the lead names in its first words is the
            # page's title, and no menu runs through it (lay75); a whole menu over it is still the site's
            if len(menu) >= shapes.menu_lines:
                taken += [(k, NAVIGATION) for k in menu if lines[k].role == BODY]
                menu = []
            stop = menu[0] if menu else i
            break
        kind = SHARE if icon_row(content) else anchor_kind(content)  # `f · 𝕏 · in`: buttons, no menu
        waiting = 0 < len(menu) < shapes.menu_lines  # short lines over it, fewer than a menu's
        if kind is None and ((seen and _trail(content)) or (not waiting and _spaced_row(content))):
            kind = NAVIGATION
        if kind is None and waiting and _spaced_row(content) and (_one_word_items(content) or _recurs(lines, i)):
            kind = NAVIGATION  # a site's name over its menu: a byline's names take two words, and print once
        if kind is None and (i == kind_line or _kind_under_trail(lines, i, {k for k, _ in taken})):
            # `… ＞ 報道発表` over `報道発表`: the kind of paper the trail names, printed again over the title, is the
            # page's kicker (front matter) and ends the head; the short lines over the trail are the head's
            taken += [(k, NAVIGATION) for k in menu if lines[k].role == BODY]
            menu = []
            stop = i
            break
        if kind is None and _title_between_trail_and_stamp(lines, i):
            # `首頁 > 關於本會 > 大事紀`, then `臺日關係大事紀`, then `更新日期：…`: the short line a trail and
            # the page's stamp frame is its title, no menu item (a menu's items stand over the trail); the head ends
            taken += [(k, NAVIGATION) for k in menu if lines[k].role == BODY]
            menu = []
            stop = i
            break
        if kind is None and (is_short(content) or (not menu and not taken and _name_over_menu(lines, i, first))):
            menu.append(i)
            continue
        if kind is None and _recurs(lines, i):
            continue
        if menu:  # short lines end at a longer line: an edge line confirms them, a menu's length does too
            if kind is None and len(menu) < shapes.menu_lines and not _name_over_buttons(lines, menu):
                stop = menu[0]
                break
            taken += [(k, NAVIGATION) for k in menu]
            menu = []
        if kind is None:
            stop = i
            break
        taken.append((i, kind))
        seen = True
    else:
        stop = menu[0] if menu else first  # short lines down to the text: the title among them
        if menu and _topics_over_question(lines, menu, first):
            taken += [(k, TAGS) for k in menu]
            for i, kind in taken:
                _take(lines, [i], kind)
            return True
    if not taken:
        return False
    if not any(lines[i].role == BODY and lines[i].content for i in range(stop, first)):
        taken.pop()  # nothing left over the text but the edge: its last line is the title (`A | B | C` as one)
    for i, kind in taken:
        _take(lines, [i], kind)
    return bool(taken)


_TOPICS = 5  # a question's topics over it: a few tags, no menu of a site's sections
_QUESTION_MARKS = frozenset("?？")


def _topics_over_question(lines: Sequence[Line], run: list[int], first: int) -> bool:
    """True for the short lines of a Q&A site's question page between the site's menu and the question (lay82b:
    `首页` / `知学堂` / `等你来答`, then `国际关系` / `日本` / `菲律宾`, then `如何看待…？`): the question's topics,
    `tags`. The question is the text's first line and ends with its mark; the page's buttons or counts stand right
    under it (`关注者`, `Follow`, `Answer`); the run is at most `_TOPICS` lines, each alone, with the site's menu
    right over it, lines the word lists know as navigation. A title that asks no question, or a question with the
    text right under it (an essay's title), keeps the menu's reading."""
    question = lines[first].content.rstrip()
    if not question or question[-1] not in _QUESTION_MARKS or len(run) > _TOPICS:
        return False
    under = _next_filled(lines, first)
    if under < 0 or lines[under].role != FURNITURE or lines[under].furniture not in (TOOLS, SHARE):
        return False
    if any(lines[k].role != BODY for k in run) or run != list(range(run[0], run[-1] + 1)):
        return False
    if any(lines[k].content for k in range(run[-1] + 1, first)):
        return False
    over = _filled_before(lines, run[0])
    return over >= 0 and lines[over].role == FURNITURE and lines[over].furniture == NAVIGATION


def _name_over_buttons(lines: Sequence[Line], menu: list[int]) -> bool:
    """True for the page's first line, short, right over nothing but a site's tool buttons a word list knows
    (`ログイン`, `会員登録`, `Sign in`): a platform's name over its bar of log-in buttons (lay82), the title under
    them. One short line over a share button or over a date is left alone (a short title over its tools)."""
    if len(menu) < 2 or lines[menu[0]].role != BODY or any(lines[k].content for k in range(menu[0])):
        return False
    return all(lines[k].role == FURNITURE and lines[k].furniture == "tools" for k in menu[1:])


_COLUMN_LINES = 8  # lines at most of a section's menu under its trail


def _column_under_trail(lines: Sequence[Line], first: int) -> list[int]:
    """The lines of a section's menu under the head's trail (`_column_list`), or []."""
    for i in range(min(first, len(lines))):
        if lines[i].content and len(_steps(lines[i].content)) >= 3:
            below = next((k for k in range(i + 1, first) if lines[k].content), -1)
            return _column_list(lines, below, first) if below >= 0 and lines[below].role == BODY else []
    return []


def _steps(content: str) -> list[str]:
    """The steps of a trail (`当前位置：首页 > 友城交流 > 友城动态`: its label kept with the first step), each
    short, or []."""
    arrows = _shapes().trail_arrows
    if not any(arrow in content for arrow in arrows):
        return []
    steps = [step.strip(" \t\u3000") for step in re.split("[" + re.escape(arrows) + "]", content)]
    return steps if all(step and is_short(step) for step in steps[1:]) else []


def _column_list(lines: Sequence[Line], index: int, first: int) -> list[int]:
    """The lines of a section's menu printed one a line right under the trail (`首页 > 友城交流 > 友城动态`, then
    `友城交流`, `友好城市`, `友好交流城市`, `友城动态`): short lines opening with a step of the trail before its last
    and closing with its last step, the column the page stands in, with the title under them; [] for any other
    line. A kicker naming the trail's last step alone (`… > 评论` over `评论`) opens no such list."""
    above = next((k for k in range(index - 1, -1, -1) if lines[k].content), -1)
    steps = _steps(lines[above].content) if above >= 0 else []
    content = lines[index].content
    if len(steps) < 3 or content not in steps[1:-1] or not is_short(content):
        return []
    run = [index]
    for k in range(index + 1, min(first, index + _COLUMN_LINES + 1)):
        if not lines[k].content:
            continue
        if lines[k].role != BODY or not is_short(lines[k].content):
            return []
        run.append(k)
        if lines[k].content == steps[-1]:
            return run if k + 1 < first else []  # the title must remain under it
    return []


def _title_between_trail_and_stamp(lines: Sequence[Line], index: int) -> bool:
    """True for a short line right under a breadcrumb trail (`… > 大事紀`, `ホーム > … > 交流`) and right over a
    dateline (`更新日期：2024-12-30`, `发布时间：…`): a page prints its title between the trail that leads to it and
    the stamp of when it was posted or updated, so the line is the title however the lines over the trail run
    (a skip link and `:::` count as a menu's lines there, and a menu of four would take the title with it)."""
    content = lines[index].content
    if not is_short(content):
        return False
    above = next((k for k in range(index - 1, -1, -1) if lines[k].content), -1)
    below = next((k for k in range(index + 1, len(lines)) if lines[k].content), -1)
    return (
        above >= 0
        and below >= 0
        and lines[above].role == FURNITURE
        and lines[above].furniture == NAVIGATION
        and _trail(lines[above].content)
        and lines[below].role == FURNITURE
        and lines[below].furniture == "dateline"
    )


_LEAD_NAMED = 4  # characters at least of a title the lead opens with: a menu's word may open a sentence too


def _named_by_lead(content: str, lead: str) -> bool:
    """True when the text's first line opens with the whole of short line `content` and goes on with the sentence
    (`臺灣與菲律賓關係` over `臺灣與菲律賓關係是指…`, `Japan–Philippines relations` over `Japan–Philippines relations
    are …`): an encyclopedia names its subject again in its lead's first words, so the line is the page's title,
    whatever short lines stand near it; no site's menu item is restated so."""
    return (
        len(content) >= _LEAD_NAMED
        and len(lead) > len(content)
        and lead.startswith(content)
        and (is_cjk(lead[len(content)]) if is_cjk(content[-1]) else lead[len(content)] == " ")
    )


_BYLINE_WIDTH = 60  # a teaser's byline: a label and a name or two


def _teaser_unit(lines: Sequence[Line], at: list[int], typical: float) -> bool:
    """True for three lines that tease a story: a headline (`is_link`), its byline (a byline's label and a few
    words: `By <Given> <Family>`, `文／林志明`) and a date alone (`2 May 2024`, `2024-05-02`)."""
    headline, byline, day = (lines[i].content for i in at)
    if not is_link(headline, typical) or width(byline) > _BYLINE_WIDTH or ends_sentence(byline):
        return False
    label = any_label(("byline",)).match(byline)
    if label is None or label.end() == 0 or label.end() >= len(byline):
        return False
    found = find_dates(day)
    return len(found) == 1 and not found[0].year_only and (found[0].start, found[0].end) == (0, len(day))


def _head_teasers(lines: Sequence[Line], first: int) -> list[int]:
    """Mark the teasers a page sets over its article (`Latest`, then headlines each over its byline and its date):
    where the head holds two or more runs of a headline, a byline and a date alone, the run right over the text
    (a kicker between them, it may be) is the article's own title, byline and date, and the runs above it, with a
    short label right over the first of them, are a related list. The lines marked, [] when none is."""
    # a date alone (`2 May 2024`) may be `protected` as a note's first line would be: read here all the same; a
    # label the word lists know (`最新文章`) has taken the short lines under it down to the text, the article's too
    head = [i for i in range(first) if lines[i].content and (lines[i].role == BODY or _known_related(lines[i]))]
    if len(head) < 6:
        return []
    typical = typical_width(lines)
    own = len(head) - 3  # the article's run ends right over the text
    if not _teaser_unit(lines, head[own:], typical):
        return []
    end = own - 1 if own >= 4 and is_short(lines[head[own - 1]].content) else own  # a kicker over the title
    start = end
    while start >= 3 and _teaser_unit(lines, head[start - 3 : start], typical):
        start -= 3
    if start == end:
        return []
    taken = head[start:end]
    if start > 0 and is_short(lines[head[start - 1]].content) and not _trail(lines[head[start - 1]].content):
        taken = [head[start - 1], *taken]  # the teasers' label (`Latest`, `最新文章`)
    for i in head[end:]:  # the kicker and the article's title, byline and date: the article's own, no teasers
        if _known_related(lines[i]):
            lines[i].role, lines[i].furniture = BODY, ""
    _take(lines, taken, RELATED)
    return taken


def _known_related(line: Line) -> bool:
    return line.role == FURNITURE and line.furniture == RELATED


def _name_over_menu(lines: Sequence[Line], i: int, first: int) -> bool:
    """True for the page's first line, a name longer than a menu item (`Harbourline Institute`) but no wider than a
    band's (`_BAND_WIDTH`) and ending no sentence, right over a menu row parted by wide spaces whose items are one
    word each or which the page prints again further down: the site's name over its menu."""
    content = lines[i].content
    if any(lines[k].role == BODY and lines[k].content for k in range(i)):
        return False
    if width(content) > _BAND_WIDTH or ends_sentence(content):
        return False
    below = next((k for k in range(i + 1, first) if lines[k].content), -1)
    if below < 0 or lines[below].role != BODY or not _spaced_row(lines[below].content):
        return False
    return _one_word_items(lines[below].content) or _recurs(lines, below)


_BAND_LINES = 4  # a site's band over its menu: its name, maybe in two languages, a date strip, a sign-in row
_BAND_WIDTH = 60  # a body's name (`Embassy of … in …`, `中华人民共和国…部`) is no longer


def _masthead_band(lines: Sequence[Line], first: int, protected: Collection[int]) -> bool:
    """Mark the lines of a site's band over its last navigation line of the head (a menu row or a trail, a skip
    link, a language switch): the site's or body's name, maybe in a second language, a date strip, a sign-in row,
    are no title, since a story's title stands under its site's menu and trail, never over them. A line opening
    with a date is the band's date strip (`dateline`), any other its `navigation`. Read only where every such line
    is short (at most `_BAND_WIDTH`), ends no sentence and is no note, they are `_BAND_LINES` at most, and a body
    line (the title) stands between the navigation line and the text's first sentence: a title over a trail is
    then the last line over the text, and the band is left alone; so is a paper's front over its contents."""
    if any(_LEADERS.search(lines[i].content) for i in range(first)):
        return False  # a paper's contents (`1．はじめに・・・・1`) under its title: no site's band
    last = next((i for i in range(first - 1, -1, -1) if _site_nav(lines[i])), -1)
    if last < 0 or not (
        any(lines[i].role == BODY and lines[i].content for i in range(last + 1, first)) or _asked_title(lines, first)
    ):
        return False
    band = [i for i in range(last) if lines[i].role == BODY and lines[i].content]
    if not band or len(band) > _BAND_LINES:
        return False
    if any(i in protected or ends_sentence(lines[i].content) or not _band_fits(lines[i].content) for i in band):
        return False
    for i in band:
        dated = find_dates(lines[i].content)
        kind = DATELINE if dated and dated[0].start == 0 and not dated[0].year_only else NAVIGATION
        lines[i].role, lines[i].furniture = FURNITURE, kind
    return True


_BAND_BAR = re.compile(r"[ \t\u3000]+[|｜][ \t\u3000]+")
_BAND_NAMES = 2  # a government's name and its office's beside it (`<Government> | <Department of …>`)


def _band_fits(content: str) -> bool:
    """True for a band line no wider than a body's name, or holding two such names parted by a spaced bar (a
    government's banner naming the office whose site it is): a sentence or a paragraph is wider."""
    names = _BAND_BAR.split(content)
    return len(names) <= _BAND_NAMES and all(0 < width(name) <= _BAND_WIDTH for name in names)


_QUESTION_ENDS = ("?", "？")


def _asked_title(lines: Sequence[Line], first: int) -> bool:
    """True for a text's first sentence that is a title asking a question (`…會更頻繁嗎？`): it stands over lines
    that are no sentences (the writer's name, the date), as a title over its byline does, before the text."""
    if not lines[first].content.endswith(_QUESTION_ENDS):
        return False
    below = next((line for line in lines[first + 1 :] if line.role == BODY and line.content), None)
    return below is not None and not is_sentence_line(below.content)


_LEADERS = re.compile(r"(?:[.…‥·・．][\s\u3000]*){3,}\d{1,4}$")


_NAV_LABEL = re.compile(r"[^:：]{1,12}[:：][ \t\u3000]*")  # `您现在的位置：`, `You are here:` before a trail


def _site_nav(line: Line) -> bool:
    """A navigation line of a site's menu by its shape: two items or more (after its label, if any) parted by a
    row's or a trail's separators or by wide spaces (`Home > News > 2024`, `English   Français`); an article's
    tabs one a line (`Figures & data`) stand under its title, no menu."""
    if line.role != FURNITURE or line.furniture != NAVIGATION:
        return False
    label = _NAV_LABEL.match(line.content)
    content = line.content[label.end() :] if label else line.content
    items = [item for item in _shapes().separators.split(content) if item.strip()]
    return len(items) >= 2 or len(_SPACES.split(content.strip())) >= 2


_SPACES = re.compile(r"\u3000+|[ \t]{2,}")


def _spaced_row(content: str) -> bool:
    """A row of links parted by spaces alone (`トップ　国内　国際　経済`, `Home  News  Sport  Weather`): at least
    `spaced_row_items` items, each short, no stop, no digit. Read in the head only: at a text's end the same shape
    lists names (`佐藤一郎　鈴木花子　…`), and the head's run never reaches a byline under the title."""
    shapes = _shapes()
    items = _SPACES.split(content)
    return (
        len(items) >= shapes.spaced_row_items
        and all(0 < width(item) <= shapes.short_width and not ends_sentence(item) for item in items)
        and _DIGIT.search(content) is None
    )


_ICON = re.compile(r"[^\w\s'’&-]")


def _one_word_items(content: str) -> bool:
    """A row parted by wide spaces whose items are each one Latin word, an icon aside (`Research ▾   Experts
    Events   About ▾`): a menu's links, where a byline parted so names a writer in two words or more."""
    items = [_ICON.sub("", item).strip() for item in _SPACES.split(content.strip())]
    if any(item in _shapes().name_joiners for item in items):
        return False  # `SATO　Yuki　and　Peter　NILSSON`: writers' names joined, each word parted by a wide space
    return all(item.isascii() and _LATIN.match(item) and " " not in item for item in items)


def _button_row(content: str) -> bool:
    """A notice's buttons printed on one line, parted by wide spaces alone (`Accept all   Reject all   Manage
    choices`, `接受　拒绝　设置`): two or three items, each short, no stop, no digit. Read only right under a
    notice's sentences, where a spaced row of two or three items is its buttons, not a menu."""
    shapes = _shapes()
    items = _SPACES.split(content.strip())
    return (
        2 <= len(items) <= _BUTTONS
        and all(0 < width(item) <= shapes.short_width and not ends_sentence(item) for item in items)
        and _DIGIT.search(content) is None
    )


def _trail(content: str) -> bool:
    """A trail of `trail_items` steps or more parted by an arrow (`Section > Page`, `国際 ＞ アジア`): a slash or a
    bar parts a byline's label from its names too (`文／…`, `作者 | …`)."""
    shapes = _shapes()
    return any(arrow in content for arrow in shapes.trail_arrows) and row_items(content, shapes.trail_items) is not None


def _kind_under_trail(lines: Sequence[Line], index: int, taken: Collection[int]) -> bool:
    """True for a line right under a trail or a menu row of the head (a word list's or one the head has `taken`:
    `Home > Media > Media releases`, `Home | Translations | Commentary`, no line between) that names one of its
    steps or items and is a kind of paper (`data/layout.json` doctype: `Media release`, `報道発表`, `新闻稿`, `译文`):
    the label a ministry's or an agency's page prints over its title, the section the row links to printed again as
    the page's kicker, no menu item (a menu's items stand over the trail, or in a row). In Chinese or Japanese the
    label may name the office that gives it before the trail's last step (`… ＞ 談話` over `外務大臣談話`, lay80)."""
    above = next((k for k in range(index - 1, -1, -1) if lines[k].content), -1)
    if above < 0 or not (above in taken or _known_edge(lines[above])):
        return False
    row = lines[above].content
    if _trail(row):
        steps = re.split("[" + re.escape(_shapes().trail_arrows) + "]", row)
    elif (items := row_items(row)) is not None:
        steps = items  # `首页 | 译文 | 评论` over `译文`: the section the page stands in, named again
    else:
        return False
    content = lines[index].content
    named = any(content.casefold() == step.strip(" \t\u3000").casefold() for step in steps)
    last = steps[-1].strip(" \t\u3000") if steps else ""
    # `… ＞ 談話` over `外務大臣談話`: the section's kind, named with the office that gives it (CJK, no space)
    named = named or (len(last) >= 2 and content.endswith(last) and not content.isascii())
    return named and any_label(("doctype",)).fullmatch(content) is not None


_RECURRING_REACH = 400  # lines read for a second print of a head line (a browser prints its stamp on each page)


def _recurs(lines: Sequence[Line], index: int) -> bool:
    """True when the line's content is printed again within the next `_RECURRING_REACH` lines."""
    content = lines[index].content
    return any(lines[k].content == content for k in range(index + 1, min(len(lines), index + _RECURRING_REACH)))


_NOTICE_LINES = 3  # lines of a notice (subscription, legal) between two edge lines of a footer


def _tail(lines: Sequence[Line], first: int, protected: Collection[int]) -> bool:
    """Mark the tail's footer (from its first row, address, copyright or year line down), the labelled lines
    right over it (`Address: …`), and the link list over those, with its label, the notice between it and the
    footer and the row right over it; True when any line was marked."""
    shapes = _shapes()
    body = _tail_lines(lines, first, protected)
    # a full line's width bounds a headline's: read (a sort of every width) only where a line may be one
    typical = typical_width(lines) if any(_may_link(lines[i].content) for i in body) else 0.0
    top = _footer_top(lines, body, _highest_anchor(lines, body, typical))
    taken: list[tuple[int, str]] = []
    if top >= 0:
        for i in reversed(body):
            if i >= top:
                content = lines[i].content
                taken.append((i, strong_kind(content) or _footer_kind(content)))
    above = [i for i in body if top < 0 or i < top]  # bottom up, with the word lists' edge lines
    if top >= 0:
        fields = _run(above, lambda line: _FIELD.match(line.content) and not ends_sentence(line.content), lines)
        taken += [(i, CONTACT) for i in fields]  # `本部地址：…`, `Hotline: …` right over the footer: its contact
        above = above[len(fields) :]
    notices = _run(above[:_NOTICE_LINES], lambda line: ends_sentence(line.content), lines) if top >= 0 else []
    for between in range(len(notices) + 1):  # a colophon, a notice between the links and the footer
        links = _links(lines, above[between:], typical)
        if links:
            break
    if links:
        taken += [(i, DISCLAIMER) for i in above[:between]]
        rest = above[between + len(links) :]
        if rest and is_short(lines[rest[0]].content) and furniture_kind(lines[links[-1]].content) != RELATED:
            links.append(rest[0])  # the list's label (one a word list knows, `関連記事`, is its label already:
            # the short line over it, a closing byline `（マニラ＝…）`, is the text's)
            rest = rest[1:]
        taken += [(i, RELATED) for i in links]
        taken += [(i, strong_kind(lines[i].content) or NAVIGATION) for i in _run(rest, _edge_line, lines)]
    elif top >= 0:  # short lines right over a footer: its menu (a closing byline stands over no footer)
        menu = _run(above, lambda line: is_short(line.content), lines)
        if len(menu) >= shapes.menu_lines and len(menu) < len(above):
            taken += [(i, NAVIGATION) for i in menu]
    for i, kind in taken:
        _take(lines, [i], _shared_link(lines, i, kind))
    return bool(taken)


def _shared_link(lines: Sequence[Line], i: int, kind: str) -> str:
    """`kind`, or `share` for a web address alone right under a share line (`分享自…App`, then the link): an
    app's share text gives the shared story's address under its own line, a link of the share, no menu's."""
    j = i - 1
    while j >= 0 and lines[j].blank:
        j -= 1
    if (
        kind == NAVIGATION
        and j >= 0
        and lines[j].role == FURNITURE
        and lines[j].furniture == SHARE
        and address_kind(lines[i].content) == NAVIGATION
    ):
        return SHARE
    return kind


_FIELD = re.compile(r"[^\s:：]{1,12}[:：][ \t\u3000]*\S")  # a labelled field: a short label, a colon, its value


def _footer_kind(content: str) -> str:
    """The kind of a footer's line of no edge shape: a menu item when short, a labelled field ending no sentence
    (`発行：…編集部`, `Publisher: …`) its contact line, a disclaimer otherwise."""
    if is_short(content):
        return NAVIGATION
    return CONTACT if _FIELD.match(content) and not ends_sentence(content) else DISCLAIMER


def _run(indices: list[int], test: Callable[[Line], object], lines: Sequence[Line]) -> list[int]:
    """The first indices of `indices` whose lines pass `test`, up to the first that does not."""
    run: list[int] = []
    for i in indices:
        if not test(lines[i]):
            break
        run.append(i)
    return run


def _links(lines: Sequence[Line], above: list[int], typical: float) -> list[int]:
    """The link list at the bottom of `above` (bottom up): at least `link_lines` lines shaped as headlines, or
    as many a word list took for a related list (`furniture.json`), not the two mixed (a closing bio in brackets
    over a list the word list knows has a headline's width); [] when there is none."""
    least = _shapes().link_lines
    shaped = _run(above, lambda line: line.role == BODY and is_link(line.content, typical), lines)
    if len(shaped) >= least:
        return shaped
    known = _run(above, _known_edge, lines)
    return known if len(known) >= least and all(lines[i].furniture == RELATED for i in known) else []


def _tail_lines(lines: Sequence[Line], first: int, protected: Collection[int]) -> list[int]:
    """The body lines of the tail, bottom up, with the lines a word list took for a page's edge; a year the page
    pass took for a lone page number is given back (`_lone_year`). A note's first line ends them, and so does a
    line the word lists took for furniture that need not stand at an edge (an author's bio, a staff credit, a
    disclaimer, tags): what stands over it is the text's."""
    n = len(lines)
    body: list[int] = []
    for i in range(n - 1, max(first, n - _shapes().reach), -1):
        line = lines[i]
        if i in protected:
            break
        if line.role == PAGE_NUMBER and _lone_year(lines, i):
            body.append(i)  # `2025` under a footer: a year line, no page's number, if a footer takes it
            continue
        if line.role == BODY and strong_kind(line.content) is not None and _printed_before(lines, i):
            continue  # a browser's address over each page's number: the page passes read it
        if (line.role == BODY and line.content) or _known_edge(line):
            body.append(i)
        elif line.role == FURNITURE and not (line.furniture == DISCLAIMER and _edge_above(lines, i, first)):
            break
    return body


def _edge_above(lines: Sequence[Line], index: int, first: int) -> bool:
    """True when the nearest line over line `index` (blank lines passed over, below the text's first line) is an
    edge line: a row, an address or a copyright line, or one a word list took for a page's edge. A mail's note on
    why the reader gets it (`您收到這封郵件，是因為…`) stands among its footer's rows so (lay81); a disclaimer
    under a line of text stays the end of the tail, as what stands over it is the text's."""
    k = index - 1
    while k > first and lines[k].blank:
        k -= 1
    if k <= first:
        return False
    line = lines[k]
    return _known_edge(line) or (line.role == BODY and strong_kind(line.content) is not None)


def _printed_before(lines: Sequence[Line], index: int) -> bool:
    """True when the line's content is printed on an earlier line too (within `_RECURRING_REACH` lines)."""
    content = lines[index].content
    return any(lines[k].content == content for k in range(max(0, index - _RECURRING_REACH), index))


def anchor_kind(content: str) -> str | None:
    """The kind of a line that can open a footer or stand in a head's run: a row, an address or a copyright line;
    a year alone cannot (at a text's end it may close the text; over a title it may date it), though it is a
    footer's copyright line inside one."""
    return None if _YEARS.fullmatch(content) is not None else strong_kind(content)


def _highest_anchor(lines: Sequence[Line], body: list[int], typical: float) -> int:
    """The highest row, address, copyright or year line of the tail, read bottom up until more than
    `_NOTICE_LINES` lines of text (neither short, nor a headline, nor an edge line) stand together; -1 if none."""
    top = -1
    others = 0
    for i in body:
        content = lines[i].content
        if anchor_kind(content) is not None:
            top, others = i, 0
        elif _known_edge(lines[i]):
            others = 0 if top >= 0 else others
        elif not (is_short(content) or is_link(content, typical)):
            others += 1
            if others > _NOTICE_LINES:
                break
    return top


def _edge_line(line: Line) -> bool:
    return _known_edge(line) or strong_kind(line.content) is not None


_YEAR = re.compile(r"(?:19|20)\d\d")


def _lone_year(lines: Sequence[Line], index: int) -> bool:
    """True for a year alone (`2025`) that the page pass took for a page's number, the only number it took: a
    page of one leaf numbered 2025 is none, a footer's year line is."""
    if _YEAR.fullmatch(lines[index].content) is None:
        return False
    return not any(line.role == PAGE_NUMBER for line in lines if line.index != index)


def _footer_top(lines: Sequence[Line], body: list[int], top: int) -> int:
    """The footer's first line: the highest edge line from `top` down under which edge lines (rows, addresses,
    copyright lines, lines a word list took for a page's edge) make at least `footer_share` of the lines; -1
    when none does (a reference list's address lines stand among entries that end sentences)."""
    if top < 0:
        return -1
    share = _shapes().footer_share
    below = [i for i in reversed(body) if i >= top]  # top down
    for at, i in enumerate(below):
        if anchor_kind(lines[i].content) is None:
            continue  # a footer opens with a line whose shape says so, not with one a word list knows (an
            # advertisement's label or share buttons stand inside a text too)
        edge = sum(1 for k in below[at:] if _edge_line(lines[k]))
        if edge >= share * (len(below) - at):
            return i
    return -1


_LABEL_REACH = 2000  # lines read for link labels: a page copied from a site is shorter; a book is no page


def _link_labels(lines: Sequence[Line], first: int, protected: Collection[int]) -> None:
    """A link's label between paragraphs of a page that has edges: a short line ending with an arrow (`Read on
    »`, `全文→`), the next line of the text after it."""
    shapes = _shapes()
    limit = shapes.arrow_width
    for i in range(first + 1, min(len(lines) - 1, first + _LABEL_REACH)):
        line = lines[i]
        content = line.content
        if not content or content[-1] not in shapes.arrows or line.role != BODY or i in protected:
            continue
        if width(content) <= limit and not ends_sentence(content[:-1].rstrip()):
            line.role, line.furniture = FURNITURE, RELATED


_CONTENTS_REACH = 200  # lines read for a contents list: an e-mail's or a page's, at its top
_CONTENTS_LABEL = 24  # the list's label (`In this issue`, `今号の目次`) is short


def _contents(lines: Sequence[Line], raw: str = "") -> None:
    """A contents list printed without page numbers (an e-mail's `In this issue`, a page's `本期要点`): at least two
    lines in a row, each ending no sentence, each printed again word for word further down as a line of its own
    with text under it (a section's head), the prints in the list's order and each under the text of the one
    before, under a short label standing apart (`In this issue`). The list and its label are `navigation`. Two
    lines printed again one under the other (a running head of two lines) are no contents: text stands between a
    section's heads; nor is a wrapped passage printed twice: it has no label over it."""
    n = min(len(lines), _CONTENTS_REACH)
    full = 0.0  # the text's full line, weighed when a line is first found printed again
    prints: _Prints | None = None  # where each line's words stand, read when a line is first read as an entry
    # which lines may be entries, read once: a list taken changes only lines above the next one read
    listed = bytes([_listed(lines[k]) for k in range(n)])
    i = 0
    while i < n:
        if i + 1 >= n or not listed[i + 1] or not listed[i]:
            # a list is two entries in a row or more: a line with no entry's shape under it opens none (a
            # double-spaced file's lines, each over a blank line, open none, and nothing is weighed or indexed)
            i += 1
            continue
        run: list[int] = []
        places: list[int] = []
        j = i
        after = i
        while j < n and listed[j]:
            prints = prints or _Prints(lines, n, raw)
            again = prints.below(j, max(after, j) + 1)
            if again < 0 or (places and not _text_between(lines, places[-1], again)):
                break
            full = full or typical_width(lines)  # weighed before any list is taken, as every role is still read
            if lines[j].width >= _ENTRY_SHARE * full or not _head_place(lines, again, prints):
                break  # a wrapped line of a passage printed twice: a full line, or printed inside a paragraph
            run.append(j)
            places.append(again)
            after = again
            j += 1
        if len(run) >= 2 and _text_between(lines, places[-1], len(lines)):
            label = _nearest_body(lines, run[0] - 1)
            if (
                label >= 0
                and width(lines[label].content) <= _CONTENTS_LABEL
                and not ends_sentence(lines[label].content)
                and lines[label].content[-1] not in _OPEN_END
                and prints is not None  # (read for the run's entries)
                and _head_place(lines, label, prints)
            ):
                _take(lines, [label, *run], NAVIGATION)
                i = j
                continue
        i += 1


_ENTRY_SHARE = 0.85  # an entry, as a head, is short of a full line of the text


def _head_place(lines: Sequence[Line], index: int, prints: _Prints) -> bool:
    """True when line `index` stands where a section's head does: after a finished line (a sentence's end, a
    rule, another role, the page's start, the list's last entry) and over a line of text."""
    above = index - 1
    while above >= 0 and lines[above].role == BODY and not lines[above].content:
        above -= 1
    paragraph = above >= 0 and lines[above].role == BODY and not ends_sentence(lines[above].content)
    if paragraph and _stamp_line(lines[above].content):
        paragraph = False  # a masthead's issue line or a date alone ends no paragraph (`第86期　2024年5月15日`)
    if paragraph and prints.below(above, index + 1) < 0:
        return False  # a line of a paragraph; the list's last entry, printed again below, may stand over it
    below = index + 1
    while below < len(lines) and not lines[below].content:
        below += 1
    return below < len(lines) and lines[below].role == BODY


def _stamp_line(content: str) -> bool:
    """True for a line that only stamps the page or the issue (an issue line, a dateline): a line of its own,
    never a paragraph's line, whatever its last character (lay81)."""
    return is_issue_line(content) or is_dateline(content)


def _listed(line: Line) -> bool:
    """A line that may be a contents entry; a numbered one (`1．…`) may open a note too, and is read still: a note
    is not printed again word for word as a head over text."""
    return (
        line.role == BODY
        and bool(line.content)
        and not ends_sentence(line.content)
        and width(line.content) <= _shapes().link_width * 4
    )


_PRINTS_KEPT = 64  # prints of one line kept by `_Prints`: a line printed more often is looked for further by a scan
_INDEXED_LINES = 1 << 16  # a file of more lines is indexed on the words of its first lines only (memory)


class _Prints:
    """Where each line's words are printed: for each content, the indices of the lines holding it (up to
    `_PRINTS_KEPT` of them), read in one pass over the lines. The contents pass asks, for each of its first
    lines and for the line right above each print it finds, where that line is printed again below; scanning the
    rest of the text for each made the pass a product of the two (most of the layout stage's time on a long
    article). A big file (over `_INDEXED_LINES` lines) is indexed on the contents of its first `reach` lines and
    of the lines right above their prints, in two passes, so that no index of its every line is held. Roles are
    read when asked, as a pass may change them; a line the index does not hold is looked for by a scan.

    The index is made when first needed: given the raw text the lines were cut from, the first `_SCREENS`
    questions are first put to it, where a search in C for the line's words (`_once`) answers most of them (a
    line whose words stand once in the whole text is printed nowhere else; an article's first lines are), and
    a text whose few questions it answers all is never indexed."""

    __slots__ = ("_lines", "_raw", "_reach", "_screens", "_where")

    def __init__(self, lines: Sequence[Line], reach: int, raw: str = "") -> None:
        self._lines = lines
        self._reach = reach
        self._raw = raw
        self._screens = _SCREENS if raw else 0
        self._where: dict[str, list[int]] | None = None

    def _prints(self) -> dict[str, list[int]]:
        """The index, made on first use."""
        if self._where is not None:
            return self._where
        lines, reach = self._lines, self._reach
        if len(lines) <= _INDEXED_LINES:
            self._where = self._index(None)
            return self._where
        first = self._index({lines[k].content for k in range(min(reach, len(lines)))})
        above = {lines[k - 1].content for places in first.values() for k in places if k}
        self._where = self._index(above.union(first))
        return self._where

    def _index(self, wanted: set[str] | None) -> dict[str, list[int]]:
        """The prints of each content in `wanted` (None: of every content)."""
        where: dict[str, list[int]] = {}
        for k, line in enumerate(self._lines):
            content = line.content
            if content and (wanted is None or content in wanted):
                places = where.setdefault(content, [])
                if len(places) < _PRINTS_KEPT:
                    places.append(k)
        return where

    def below(self, index: int, start: int) -> int:
        """The index of the next body line from `start` on printed as line `index` is, or -1."""
        lines = self._lines
        if self._screens and start > index:
            self._screens -= 1
            if _once(self._raw, lines[index].content):
                return -1  # no other line holds these words: none below `index` does
        places = self._prints().get(lines[index].content)
        if places is None or start < 0:
            return _printed_below(lines, index, start)
        for k in places[bisect_left(places, start) :]:
            if lines[k].role == BODY:
                return k
        if len(places) < _PRINTS_KEPT:
            return -1
        return _printed_below(lines, index, max(start, places[-1] + 1))  # printed more often than kept


_SCREENS = 8  # questions put to the raw text before the lines are indexed: each is a search of the whole text


def _once(raw: str, content: str) -> bool:
    """True when `content` (a line's words, cut from `raw`) stands in `raw` once only: no other line holds it
    (two lines holding the same words are two places of the text, wherever the lines were read from)."""
    return bool(content) and raw.find(content, raw.find(content) + 1) < 0


def _printed_below(lines: Sequence[Line], index: int, start: int) -> int:
    """The index of the next line from `start` on printed as line `index` is, or -1."""
    content = lines[index].content
    return next((k for k in range(start, len(lines)) if lines[k].role == BODY and lines[k].content == content), -1)


def _text_between(lines: Sequence[Line], top: int, bottom: int) -> bool:
    """True when a line of text (a body line ending a sentence) stands between lines `top` and `bottom`."""
    return any(
        lines[k].role == BODY and lines[k].content and ends_sentence(lines[k].content) for k in range(top + 1, bottom)
    )


def _nearest_body(lines: Sequence[Line], index: int) -> int:
    """The index of the nearest body line with content at or above `index` (blank lines passed over), or -1."""
    k = index
    while k >= 0 and lines[k].role != BODY:
        if lines[k].content:
            return -1  # a line of another role stands between
        k -= 1
    return k if k >= 0 and lines[k].content else -1


_CAPTION_WIDTH = 36  # a caption is a clause (`与会代表在…观摩…演示`, eighteen characters or more); a head is shorter
_LOOSE = 8  # the least width of a line counted as a head of the caption's shape


def _lone_caption(lines: Sequence[Line], first: int, protected: Collection[int]) -> None:
    """A photo's caption printed without its stop between two paragraphs of a page with edges (a news or
    ministry page): a CJK line with no punctuation at all, a clause's width (at least `_CAPTION_WIDTH`) but short of
    a full line, with a sentence's end right above and right under it, and the only line of that shape in the text
    at any width: a story divided by heads has several, and short ones. A numbered head (`一、…`) holds
    punctuation and is not counted."""
    typical = typical_width(lines)
    found = [i for i in range(first + 1, len(lines)) if _between_sentences(lines, i, protected, typical)]
    if len(found) != 1 or width(lines[found[0]].content) < _CAPTION_WIDTH:
        return
    _take(lines, found, "caption")


def _between_sentences(lines: Sequence[Line], i: int, protected: Collection[int], typical: float) -> bool:
    line = lines[i]
    content = line.content
    if line.role != BODY or not content or i in protected or width(content) < _LOOSE:
        return False
    if not cjk_title_line(content, width(content), typical):
        return False  # a CJK line with no punctuation, short of a full line
    above, below = i - 1, i + 1
    while above >= 0 and not lines[above].content:
        above -= 1
    while below < len(lines) and not lines[below].content:
        below += 1
    return (
        above >= 0
        and below < len(lines)
        and all(lines[k].role == BODY and ends_sentence(lines[k].content) for k in (above, below))
    )


_LIST_MARK = re.compile(r"[\d•·\-–—*●○■□◆◇▪►▶]")  # a list's item opens with its number or bullet


def _boxed_links(lines: Sequence[Line], first: int, protected: Collection[int]) -> None:
    """A box of links set between two paragraphs of a page with edges (`热读`, `Most read`, `Editor's picks`, in
    words no list holds): a short label ending no sentence, with a sentence of the text right above it, then at
    least `link_lines` headlines (`is_link`: no stop, a headline's width, no number or bullet first), then the
    text going on with a sentence: the label and its headlines are a related list. A text's own list is announced
    (`…如下：`, `…include:`) or numbered, and a heading is followed by a sentence, not by headlines."""
    least = _shapes().link_lines
    typical = typical_width(lines)
    n = len(lines)
    i = first + 1
    while i < n:
        label = lines[i]
        if label.role != BODY or not label.content or i in protected or not is_short(label.content):
            i += 1
            continue
        above = _nearest_body(lines, i - 1)
        if above < 0 or not ends_sentence(lines[above].content):
            i += 1
            continue
        links: list[int] = []
        k = i + 1
        while k < n and lines[k].role == BODY and k not in protected:
            content = lines[k].content
            if not content or _LIST_MARK.match(content) or not is_link(content, typical):
                break
            links.append(k)
            k += 1
        while k < n and lines[k].role == BODY and not lines[k].content:
            k += 1  # a blank line under the box
        if len(links) >= least and k < n and _text_line(lines[k], protected):
            _take(lines, [i, *links], RELATED)
            i = k
        i += 1
