"""Page furniture of web pages and news stories: photo, figure and table captions, share buttons, copyright
lines, "related" lists, navigation trails and staff credits (`data/layouts/furniture.json`).

Such lines belong to the page, not to the text: they are marked so that layout repair keeps them as spans of
their kind, never as a paragraph, a heading, a note, a title or an author.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from allyscope.layout.dating import date_label_alone, find_dates, is_dateline, is_issue_line
from allyscope.layout.headings import heading_shape, list_item_number
from allyscope.layout.line_objects import FURNITURE as FURNITURE  # the role, re-exported where it was defined
from allyscope.layout.line_screen import screened_indexes, whole_line_screen
from allyscope.layout.lines import BLANK, BODY, SENTENCE_STOPS, Line, ends_sentence, typical_width
from allyscope.layout.motion_record import mark_motion_record
from allyscope.layout.notes import any_label, front_furniture_kind, is_section_label, label_patterns
from allyscope.layout.page_furniture import decorated_page_number, worded_page_number
from allyscope.layout.running_heads import parted_alike
from allyscope.regex_firsts import first_characters


@dataclass(frozen=True, slots=True)
class _Rules:
    by_initial: dict[str, re.Pattern[str] | None]  # per first character, the kinds' expressions that can start so
    tails: re.Pattern[str]  # what ends a furniture line whatever it starts with, each group named by its kind
    tail_words: tuple[str, ...]  # one of these stands in every tail: a substring test of the whole text first
    agencies: re.Pattern[str] | None  # or an agency's name: one expression over the text (fifty finds cost 4×)


_LINE_KINDS = (
    "related",
    "caption",
    "copyright",
    "download",
    "tools",
    "advertisement",
    "ending",
    "credit",
    "disclaimer",
    "cookie",
    "tags",
    "contact",
    "author_bio",
    "doctype",
    "dateline",
    "history",
)
"""The kinds whose lines are whole-line expressions (besides `share` and `navigation`); `author_bio` (a page's
`About the Authors`) is the span kind `author-bio`, a group name holding no hyphen; `doctype` a reprint notice
(`本文原载于…`), the kind a front line saying so has; `dateline` a page's last-updated stamp; `history` a word
processor's review balloons (a comment, a tracked change), the draft's editing history."""


def _alternation(alternatives: list[tuple[str, str]]) -> re.Pattern[str] | None:
    """One expression of the alternatives in order, each kind's as a group named by the kind."""
    if not alternatives:
        return None
    groups: dict[str, list[str]] = {}
    for kind, pattern in alternatives:
        groups.setdefault(kind, []).append(f"(?:{pattern})")
    return re.compile("|".join(f"(?P<{kind}>{'|'.join(patterns)})" for kind, patterns in groups.items()))


@cache
def _furniture_data() -> dict[str, Any]:
    """`data/layouts/furniture.json`, read once for every reader of its keys below (none of them changes it)."""
    data: dict[str, Any] = json.loads(
        resources.files("allyscope.data").joinpath("layouts/furniture.json").read_text("utf-8")
    )
    return data


@cache
def _rules() -> _Rules:
    data = _furniture_data()
    words = "|".join(re.escape(w) for w in sorted(data["share_words"], key=len, reverse=True))
    separators = data["share_separators"]
    alternatives = [
        ("share", rf"(?i:(?:{words}))(?:(?:{separators})+(?i:(?:{words})))*[ \t\u3000]*[:：]?"),  # `分享至：`
        *((kind, p) for kind in _LINE_KINDS for p in data[kind]),
        *(("navigation", p) for p in data["navigation"]),
        *(("share", p) for p in data.get("share_lines", [])),  # a share prompt in words (`点个“在看”，…`)
    ]
    starts = [first_characters(p) for _, p in alternatives]
    built: dict[tuple[int, ...], re.Pattern[str] | None] = {}
    by_initial: dict[str, re.Pattern[str] | None] = {}
    for initial in data["initials"]:
        chosen = tuple(i for i, first in enumerate(starts) if first.may_start(initial))
        if chosen not in built:
            built[chosen] = _alternation([alternatives[i] for i in chosen])
        by_initial[initial] = built[chosen]
    agencies = data.get("agencies", [])
    agency = "|".join(re.escape(a) for a in sorted(agencies, key=len, reverse=True))
    tails = "|".join(
        f"(?P<{kind}>{'|'.join(f'(?:{p})'.replace('{agency}', agency) for p in patterns)})"
        for kind, patterns in data["tails"].items()
    )
    return _Rules(
        by_initial,
        re.compile(rf"(?:{tails})\s*$"),
        tuple(data["tail_words"]),
        re.compile(agency) if agency else None,
    )


@cache
def agency_at_end() -> re.Pattern[str]:
    """A news agency's name ending a line after a space, a comma or a bar (`… ELENA MARSH Associated Press`;
    `agencies` in `data/layouts/furniture.json`), the name in group `agency`."""
    data = _furniture_data()
    names = "|".join(re.escape(a) for a in sorted(data.get("agencies", []), key=len, reverse=True))
    gap = r"(?:[ \t\u3000]*[,，|｜/／][ \t\u3000]*|[ \t\u3000]+)"
    return re.compile(rf"{gap}(?P<agency>(?:The )?(?:{names}))[ \t\u3000]*$")


@cache
def _agency_name() -> re.Pattern[str]:
    data = _furniture_data()
    names = "|".join(re.escape(a) for a in sorted(data.get("agencies", []), key=len, reverse=True))
    return re.compile(rf"(?:{names})")


def is_agency(content: str) -> bool:
    """True for a line naming a news agency and nothing else (`共同通信`, `Reuters`): where a story's byline stands,
    the agency it comes from, no person."""
    return bool(content) and _agency_name().fullmatch(content) is not None


_RELATED_LABEL = 40
"""The longest related list's label without a colon: a label naming the programme or section the list comes from
(`More from the <region> programme`, 36 characters) is a label still; a longer line is a headline."""

_LICENCE_LINE = 500
"""The longest copyright line (`© 2024 The Author(s). … This is an Open Access article distributed under …`);
any other furniture line is 200 characters at most."""


@lru_cache(maxsize=8192)
def furniture_kind(content: str) -> str | None:
    """The furniture kind of one stripped line (`related` for the label of a related list), or None. Kept by
    line: the pages of one site repeat their furniture (share buttons, copyright and contact lines) word for
    word."""
    if not content or (len(content) > 200 and (len(content) > _LICENCE_LINE or content[0] not in "©(Cc")):
        return None  # a copyright line may run long: a journal's open licence is printed with it
    rules = _rules()
    pattern = rules.by_initial.get(content[0])
    if pattern is None:  # no kind starts so: most lines end here
        return "tools" if _button_row(content) or _counter(content) or _meter(content) or _prompt(content) else None
    match = pattern.fullmatch(content)
    if (match is None or match.lastgroup != "share") and _button_row(content):
        return "tools"  # a row of buttons, read by its items before a footer row's or a menu's looser reading
    if match is None:
        return "tools" if _counter(content) or _meter(content) or _prompt(content) else None
    if (
        match.lastgroup == "related" and len(content) > _RELATED_LABEL and _LABELLED_ITEMS.search(content) is None
    ):  # a long line is no related list's label, but may be a label with its one link (`Read more: …`)
        return None
    if match.lastgroup == "share" and _one_word(content) and _kind_pattern("tools").fullmatch(content) is not None:
        return "tools"  # a button alone that the tools read too (`フォローする`): the writer's, no row of the site's
    return "author-bio" if match.lastgroup == "author_bio" else match.lastgroup


_BUTTON_ROW_LINE = 120
"""The longest row of buttons: a page's tool bar fits one line of the screen."""


@cache
def _button_row_pattern() -> re.Pattern[str]:
    """A row of a page's buttons ('button_row' in `data/layouts/furniture.json`): two or more items parted by gaps,
    bars or slashes, each item a button's word ('words': font size, contrast, print, download, close, a gallery's
    controls, read-aloud buttons, report links, `Listen on` a podcast's platform), a share word or a value such a
    button offers ('values': sizes, colours, `PDF`, languages, platforms), one of them at least a button's or a
    share word."""
    data = _furniture_data()
    row = data["button_row"]

    shares = "|".join(re.escape(w) for w in sorted(data["share_words"], key=len, reverse=True))
    button = f"{_longest_first(row['words'])}|(?i:{shares})"
    item = f"{button}|{_longest_first(row['values'])}"
    gap = row["gap"]
    two_or_more = rf"(?:{item})(?:(?:{gap})(?:{item}))+\Z"
    return re.compile(rf"(?={two_or_more})(?:(?:{item})(?:{gap}))*?(?:{button})(?:(?:{gap})(?:{item}))*")


def _button_row(content: str) -> bool:
    """True for a row of short buttons and nothing else (`文字サイズ　拡大　標準　背景色　白　黒`, `A-　A+　列印　PDF`,
    `Print | Download PDF | Contrast`, `上一张　下一张　查看原图`): every item a button's word, a share word or a value
    a button offers, one item at least a button's or a share word (values alone, `背景色　白　黒`, `中　大`, may be a
    table's cells). A sentence never is one: its words are no buttons."""
    if len(content) > _BUTTON_ROW_LINE or _ROW_GAP.search(content) is None:
        return False
    return _button_row_pattern().fullmatch(content) is not None


def _longest_first(patterns: list[str]) -> str:
    """The expressions as one alternation, the longest first (the words in data of a button row, a counter, a
    meter)."""
    return "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))


@cache
def _counter_pattern() -> re.Pattern[str]:
    """A counter alone ('counter' in `data/layouts/furniture.json`): the word saying what is counted, a colon or a
    space or none, the count (`Likes 12`, `赞同 218`, `Article views: 1,204`); or the count, then its word (`89次分享`,
    `11 个回答`, `3,400 views`). A year is no count."""
    data = _furniture_data()["counter"]

    number = rf"(?!(?:19|20)\d\d(?![\d,.万萬千KkMm]))(?:{data['number']})"
    gap = r"[ \t\u3000]*"
    return re.compile(
        rf"(?:{_longest_first(data['before'])}){gap}[:：]?{gap}{number}|{number}{gap}(?:{_longest_first(data['after'])})"
    )


_COUNTER_LINE = 40
"""The longest counter line: a word or two and a number."""


def _counter(content: str) -> bool:
    """True for a counter alone on its line (`_counter_pattern`)."""
    return len(content) <= _COUNTER_LINE and _counter_pattern().fullmatch(content) is not None


@cache
def _meter_pattern() -> re.Pattern[str]:
    """A meter alone ('meter' in `data/layouts/furniture.json`): the word saying what is measured, a gap, the
    amount (`残り812文字（全文1204文字）`, `展开剩余80%`, `Reading progress: 0%`, `Listen · 5:12 min`)."""
    data = _furniture_data()["meter"]

    return re.compile(rf"(?:{_longest_first(data['words'])})(?:{data['gap']})(?:{_longest_first(data['amounts'])})")


def _meter(content: str) -> bool:
    """True for a meter alone on its line (`_meter_pattern`)."""
    return len(content) <= _COUNTER_LINE and _meter_pattern().fullmatch(content) is not None


@cache
def _prompt_pattern() -> re.Pattern[str]:
    """A prompt alone ('prompt' in `data/layouts/furniture.json`): one button's words asking the reader to act on
    the page. English: an imperative, up to four small words, what it acts on (`Continue reading`, `Cite this
    article`, `Add to Google calendar`, `Read the rest of the story »`); Chinese: a verb over what it acts on, or
    over the app (`顯示更多`, `加入行事曆`, `打开APP阅读全文`); Japanese: what is acted on, its particle, the verb
    (`この記事の写真を見る（3枚）`, `カレンダーに追加する`)."""
    data = _furniture_data()["prompt"]
    gap = r"[ \t]+"
    english = (
        rf"(?i:(?:{_longest_first(data['verbs'])})(?:{gap}(?:{_longest_first(data['words'])})){{0,4}}"
        rf"{gap}(?:{_longest_first(data['objects'])}))(?:{data['arrow']})?"
    )
    verbs, objects = _longest_first(data["cjk_verbs"]), _longest_first(data["cjk_objects"])
    chinese = rf"(?:{verbs})(?:(?:{data['app']})(?:{verbs})?(?:{objects})?|(?:{objects}))"
    japanese = (
        rf"(?:{_longest_first(data['ja_objects'])})(?:{_longest_first(data['ja_verbs'])})(?:する)?(?:{data['count']})?"
    )
    return re.compile(rf"{english}|{chinese}|{japanese}")


def _prompt(content: str) -> bool:
    """True for a prompt alone on its line (`_prompt_pattern`): a short line, no sentence."""
    return len(content) <= _COUNTER_LINE and _prompt_pattern().fullmatch(content) is not None


_ROW_GAP = re.compile(r"[\s\u3000|｜·・/／、,，:：]")
"""What parts the items of a row of buttons (`分享　列印`, `Share | Print`)."""


def _one_word(content: str) -> bool:
    """True for a line of one button, no row: nothing in it parts items."""
    return _ROW_GAP.search(content) is None


@cache
def _kind_pattern(kind: str) -> re.Pattern[str]:
    """One kind's whole-line expressions of `data/layouts/furniture.json` alone (`tools`, `cookie_buttons`): for
    a line another kind's expression read first, or a line read only where it stands (a consent button)."""
    data = _furniture_data()
    return re.compile("|".join(f"(?:{p})" for p in data.get(kind, [])) or r"(?!)")


def is_edit_link(content: str) -> bool:
    """True for an encyclopedia head's edit link alone (`[edit]`, `[編集]`: 'edit_links'), as `edit_links` cuts it
    off its head's line."""
    return _kind_pattern("edit_links").fullmatch(content) is not None


def initials() -> frozenset[str]:
    """Every character a furniture line can start with."""
    return frozenset(_rules().by_initial)


_TAIL_REACH = 100
"""How far from a line's end its tail is read: a credit or a filing number is short and ends the line."""


def _start(line: Line) -> int:
    return line.start


def _tails(lines: Sequence[Line], raw: str) -> list[tuple[int, str]]:
    """(index, kind) of the lines a furniture tail ends (`… at dawn. Photo: Agency/Name`: a caption that starts
    like text; `京ICP备…号`). The tail words are found by substring search (an expression scanning the whole text
    costs more than the rest of this stage); a line is read only where one stands within its last characters."""
    rules = _rules()
    positions: list[int] = []
    for word in rules.tail_words:
        at = raw.find(word)
        while at >= 0:
            positions.append(at)
            at = raw.find(word, at + len(word))
    if rules.agencies is not None:
        positions += [m.start() for m in rules.agencies.finditer(raw)]
    if not positions:
        return []
    found: dict[int, str] = {}
    for at in sorted(positions):
        end = raw.find("\n", at)
        if end >= 0 and end - at > _TAIL_REACH:
            continue  # far from its line's end: no tail
        index = bisect_right(lines, at, key=_start) - 1
        if index < 0 or index in found:
            continue
        line = lines[index]
        content = line.content
        if line.role != BODY or len(content) > 200 or line.start + len(line.indent) + len(content) - at > _TAIL_REACH:
            continue
        tail = rules.tails.search(content, max(0, len(content) - _TAIL_REACH))  # `^` holds at 0 only
        if tail is not None and tail.lastgroup is not None:
            found[index] = tail.lastgroup
    return list(found.items())


def _under_question_number(lines: Sequence[Line], line: Line) -> bool:
    """True for a line right under a question on notice's number line (layout.json 'question_number': `Question
    No: SQ24-000318`), or one line below it: that question's topic field, no page's tag list
    (`structure/question_notice.py` reads it)."""
    above = [other for other in lines[max(0, line.index - 3) : line.index] if other.content][-2:]
    return any(p.match(other.content) for other in above for p in label_patterns("question_number"))


def mark_furniture(lines: Sequence[Line], candidates: Sequence[int] | None = None, raw: str = "") -> None:
    """Give furniture lines the role `furniture` and their kind; a "related" label takes the short lines after
    it, up to a blank line, with it. `candidates` are the indexes of the lines starting with a furniture initial
    when the caller has them (see `split_lines`); otherwise every line is looked at."""
    if candidates is None:
        first = _rules().by_initial
        candidates = [line.index for line in lines if line.content[:1] in first]
    found = [
        (lines[i], kind) for i in candidates if lines[i].role == BODY and (kind := furniture_kind(lines[i].content))
    ]
    _mark_pull_quotes(lines)
    _mark_signup_boxes(lines)  # both on a page the word lists find nothing on, too
    mark_motion_record(lines)  # an assembly's vote under the motion it adopted (lay86)
    if not found:
        return  # no line of the page's furniture: a text, whose captions' credits are not looked for either
    wired = []
    for index, tail_kind in _tails(lines, raw):  # first: a filing number ends the contact block above it
        if tail_kind == _WIRE:
            wired.append(index)
            continue
        lines[index].role, lines[index].furniture = FURNITURE, tail_kind
    for line, kind in found:
        if line.role != BODY:
            continue  # taken by a related list or a contact block above it
        if kind == "related" and _over_byline(lines, line):
            continue  # a live page's own headline (`Live updates: …` over `By …`): the title, no ticker
        if kind == "caption" and _opens_the_page(lines, line) and line.content[0] in "【［[":
            continue  # `【解説】…` as the page's first line: the headline with its kicker (front matter), no box title
        if kind == "tags" and _under_question_number(lines, line):
            continue  # `Topic: …` under `Question No: …`: a question on notice's subject, its title (lay85b)
        if kind == "caption" and _page_source(lines, line):
            if _FIELDS.search(line.content):
                continue  # `Source: … | 2024-10-08 | Editor: …`: fields the front matter reads one by one
            kind = "journal" if is_issue_line(line.content) else "dateline"  # `Source: Journal, Vol. 14, …`
        line.role, line.furniture = FURNITURE, kind
        if kind in _BLOCKS and _WITH_ITEM.search(line.content) is None and not _tagged(kind, line.content):
            items = line.index + 1
            if items < len(lines) and lines[items].role == FURNITURE and is_edit_link(lines[items].content):
                items += 1  # `See also` over its head's edit link (`[edit]`, `layout/edit_links.py`): the list under it
            end = _take_block(lines, items, kind)
            if kind == "related" and end > items:
                _leave_headline(lines, line.index, end - 1)
            elif kind == "related" and _kind_pattern("tools").fullmatch(line.content) is not None:
                line.furniture = "tools"  # `Read more` over no link of its own: a prompt to read on, no list's label
        elif kind == "related":
            _take_wrapped(lines, line)
        elif kind == "caption":
            _take_items(lines, line)
    _captions_over_credits(lines)
    _table_notes(lines)
    _names_over_handles(lines)
    _labels_over_values(lines)
    _gallery_captions(lines)
    _attachment_names(lines)
    for index in wired:
        if _text_follows(lines, index):
            lines[index].role, lines[index].furniture = FURNITURE, "caption"
    for kind in _ROWS:
        if any(found_kind == kind for _, found_kind in found):
            _mark_between(lines, kind)
    _reaction_row(lines)
    _mark_box_titles(lines)
    _mark_rankings(lines)
    _mark_counts(lines)
    _mark_footer_links(lines)
    _mark_consent_buttons(lines)
    _print_addresses(lines)
    _notice_dates(lines)
    _decree_number(lines)
    _links_after_end(lines)
    _platform_name(lines)
    _poster_over_audience_stamp(lines)


@cache
def _attachment_details() -> re.Pattern[str]:
    """An attachment's details line (`PDF, 412 KB, 28 pages`: furniture.json 'attachment_details')."""
    return re.compile("|".join(f"(?:{p})" for p in _furniture_data()["attachment_details"]["patterns"]))


@cache
def _attachment_label() -> re.Pattern[str]:
    """A list of attachments' label alone (`Documents`: furniture.json 'attachment_details' 'labels')."""
    return re.compile("|".join(f"(?:{p})" for p in _furniture_data()["attachment_details"]["labels"]))


_ATTACHMENT_NAME = 120  # an attachment's name: a document's title, no paragraph


def _attachment_names(lines: Sequence[Line]) -> None:
    """An attachment's details line (its format, size and pages) is download furniture, and so is the document's
    name right over it, a short line ending no sentence (`Small-scale dredging licence: consultation document` over
    `PDF, 412 KB, 28 pages`), as a government page lists its documents, and the list's label alone over the name
    (`Documents`), which takes its list's kind (lay90)."""
    for line in lines:
        if line.role != BODY or not _attachment_details().fullmatch(line.content):
            continue
        line.role, line.furniture = FURNITURE, "download"
        above = lines[line.index - 1] if line.index > 0 else None
        if (
            above is not None
            and above.role == BODY
            and len(above.content) <= _ATTACHMENT_NAME
            and above.content[-1:] not in _FULL_STOPS
        ):
            above.role, above.furniture = FURNITURE, "download"
            label = lines[above.index - 1] if above.index > 0 else None
            if label is not None and label.role == BODY and _attachment_label().fullmatch(label.content.strip()):
                label.role, label.furniture = FURNITURE, "download"  # `Documents` over the list: its label


@cache
def _gallery_counter() -> re.Pattern[str]:
    """A gallery's counter alone on its line (`图集　2/5`, `Photo 3/8`: furniture.json 'gallery_counter')."""
    data = _furniture_data()
    return re.compile("|".join(f"(?:{p})" for p in data["gallery_counter"]))


_GALLERY_CAPTION = 120  # a picture's caption: a sentence at most, with its credit


def _gallery_captions(lines: Sequence[Line]) -> None:
    """The line right under a gallery's counter (a tools line, `图集　2/5`) is that picture's caption when it is
    short and holds one sentence at most (a stop inside it only before a bracketed credit): the gallery splits the
    text, and the caption is the picture's, no paragraph of it."""
    for line in lines:
        if line.role != FURNITURE or "/" not in line.content or not _gallery_counter().fullmatch(line.content):
            continue
        line.furniture = "tools"  # `写真 2/5`: a counter, though its word may open a caption (`写真 …`)
        under = next((other for other in lines[line.index + 1 :] if other.content), None)
        if under is None or under.role != BODY or len(under.content) > _GALLERY_CAPTION:
            continue
        stops = [i for i, ch in enumerate(under.content) if ch in SENTENCE_STOPS]
        if len(stops) > 1 and not all(under.content[i + 1 : i + 2] in ("（", "(", "") for i in stops):
            continue  # two sentences or more: the text goes on under the gallery
        under.role, under.furniture = FURNITURE, "caption"


def _opens_the_page(lines: Sequence[Line], line: Line) -> bool:
    """True when `line` is the first line with content: where a page prints its headline."""
    return next((other for other in lines if other.content), None) is line


_QUOTES = {'"': '"', "“": "”", "「": "」", "『": "』", "‘": "’"}  # no `《》`: a title's marks, a law's name
_QUOTED_LINE = "[" + "".join(map(re.escape, _QUOTES)) + "].*"  # a line `_quoted_line` may read, from its mark on
_PULL_QUOTE_LEAST = 12  # characters inside the marks: a sentence, not a word quoted alone
_CJK_PULL_QUOTE = 15  # a CJK quotation drops its stop before `」`: a clause's length instead


def _quoted_line(content: str) -> str | None:
    """The words of a line that is one quotation and nothing else (`"The hard part … after it."`, `「…」`), or
    None."""
    text = content.strip()
    close = _QUOTES.get(text[:1])
    if close is None or len(text) < 2 or not text.endswith((close, close + ".", close + "。")):
        return None
    inner = text[1 : text.rindex(close)].strip()
    if len(inner) < _PULL_QUOTE_LEAST or close in inner:
        return None
    sentence = inner[-1] in SENTENCE_STOPS or (not inner.isascii() and len(inner) >= _CJK_PULL_QUOTE)
    return inner if sentence else None  # a name or a title in quotation marks is no pull quote


def _quote_candidates(lines: Sequence[Line]) -> Iterable[int]:
    """The indexes of the lines whose stripped content opens with a quotation mark, the only ones `_quoted_line`
    may read a quotation in: found by one search over the joined lines (`line_screen`)."""
    opening = whole_line_screen((_QUOTED_LINE,))
    return range(len(lines)) if opening is None else screened_indexes(lines, opening)


def _mark_pull_quotes(lines: Sequence[Line]) -> None:
    """A pull quote: a sentence of the text printed again in large type, between quotation marks on a line of
    its own (`"The hard part … after it."` over a paragraph that says `The hard part … after it.` too). The
    quoted line's words stand again in another line of the body: it is `pull-quote` furniture, said once, in
    the text (a line quoting someone is a quotation that the text does not print twice)."""
    quoted = [
        (line, inner)
        for k in _quote_candidates(lines)
        if (line := lines[k]).role == BODY and (inner := _quoted_line(line.content))
    ]
    if not quoted:
        return
    for line, inner in quoted:
        bare = inner.rstrip(".。!！?？")
        # a pull quote capitalises the clause it lifts from inside a sentence (`"Seeing a vessel …"` from `Yet
        # seeing a vessel …`): its first letter is read in either case
        forms = (bare, bare[0].lower() + bare[1:]) if bare[0].isupper() else (bare,)
        if any(
            other.index != line.index
            and other.role == BODY
            and any(form in other.content for form in forms)
            and _quoted_line(other.content) is None
            for other in lines
        ):
            line.role, line.furniture = FURNITURE, "pull-quote"


_PHOTO_CREDIT = re.compile(r"[（(][^（）()]{1,30}[\s\u3000]?(?:摄|攝|撮影)[)）]")
_HANDLE = re.compile(r"@\w{2,30}")
"""A social account's handle alone on a line (`@name`), as a post embedded in a page prints it under its name."""
_ACCOUNT_NAME = 60  # an account's display name: a few words, never a sentence


def _next_text_line(lines: Sequence[Line], index: int) -> Line | None:
    """The first line after line `index` that holds text (blank lines skipped), or None."""
    return next((lines[k] for k in range(index + 1, len(lines)) if lines[k].role != BLANK), None)


def _date_alone(content: str) -> bool:
    """A date and nothing else, to the month or the day (`11 January 2023`, `2024年5月`): no bare year."""
    line = content.strip()
    found = find_dates(line)
    return len(found) == 1 and not found[0].year_only and (found[0].start, found[0].end) == (0, len(line))


def _issuers(value: str) -> bool:
    """True for a line naming one issuing body or several, parted by commas or `and` (`Ministry of Defence and
    Prime Minister's Office`), each the whole of an 'issuer' of data/layout.json: no person's name, no sentence."""
    line = value.strip()
    if not line or ends_sentence(line):
        return False
    issuers = label_patterns("issuer")
    parts = [part.strip() for part in _ISSUER_PARTS.split(line) if part.strip()]
    return any(p.fullmatch(line) for p in issuers) or all(any(p.fullmatch(part) for p in issuers) for part in parts)


_ISSUER_PARTS = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*|\s*、\s*")


def _labels_over_values(lines: Sequence[Line]) -> None:
    """A page's box of facts printing each field's label alone over its value (GOV.UK's `Published` over `11
    January 2023`, `From:` over the bodies that issued the page): a date's label alone (`dating.date_label_alone`)
    over a date and nothing else makes both lines the page's dateline (the date reader already joins the two, so
    the label says what the date is); an issuer's label ('issuer_label' of data/layout.json, `From:`) alone over,
    or followed on its line by, the names of issuing bodies ('issuer', `_issuers`) makes its line or lines an
    affiliation, the body that speaks, no writer. A line of the text under a label stays text: only a date alone or
    bodies' names alone are values."""
    issuer_label = any_label(("issuer_label",))
    for line in lines:
        if line.role != BODY or not line.content:
            continue
        content = line.content.strip()
        if date_label_alone(content) is not None:
            value = _next_text_line(lines, line.index)
            dated = value is not None and (value.role == BODY or value.furniture == "dateline")
            if value is not None and dated and _date_alone(value.content):
                for taken in (line, value):  # the date may be a dateline already (a dateline's own shape)
                    taken.role, taken.furniture = FURNITURE, "dateline"
            continue
        label = issuer_label.match(content)
        if label is None:
            continue
        if label.end() < len(content):
            if _issuers(content[label.end() :]):
                line.role, line.furniture = FURNITURE, "affiliation"  # `From: Global Affairs Canada`
            continue
        value = _next_text_line(lines, line.index)
        if value is not None and value.role == BODY and _issuers(value.content):
            for taken in (line, value):
                taken.role, taken.furniture = FURNITURE, "affiliation"


def _names_over_handles(lines: Sequence[Line]) -> None:
    """The line right over an account's handle standing alone (a credit by the word lists) is the account's name,
    a credit too, where it is a few words ending on no stop: an embedded post prints its account's name over the
    handle, and the name is the post's, no line of the text (a sentence over a handle is the text's)."""
    for line in lines:
        if line.furniture != "credit" or _HANDLE.fullmatch(line.content.strip()) is None or not line.index:
            continue
        above = lines[line.index - 1]
        content = above.content.strip()
        if above.role != BODY or not content or len(content) > _ACCOUNT_NAME or ends_sentence(content):
            continue
        above.role, above.furniture = FURNITURE, "credit"


_CAPTION_WIDTH = 60  # a photo's caption over its credit: one sentence, shorter than a paragraph's line
_ONE_STOP = re.compile(r"[。！？]")


def _captions_over_credits(lines: Sequence[Line]) -> None:
    """A photo's caption printed on the line right over its credit standing alone (`9月19日，…编队航行。` over
    `（新华社记者 某某 摄）`): the credit is a caption line by the word lists; the line over it is the caption too
    where it is one short sentence that opens as a photo's caption does, with the day the photo was taken or
    `这是`/`图为` (`layout.json`, `caption_openings`). A text's sentence over a credit opens otherwise."""
    openings = label_patterns("caption_openings")
    for k in range(1, len(lines)):
        line, above = lines[k], lines[k - 1]
        if line.furniture != "caption" or _PHOTO_CREDIT.fullmatch(line.content.strip()) is None:
            continue
        text = above.content.strip()
        if above.role != BODY or not 0 < len(text) <= _CAPTION_WIDTH or len(_ONE_STOP.findall(text)) != 1:
            continue
        if text[-1] in "。！？" and any(p.match(text) for p in openings):
            above.role, above.furniture = FURNITURE, "caption"


_LONE_WIDTH = 24
"""A button's name is a word or three: `Tumblr`, `Naver Band`, `微信好友`."""


def _lone_word(line: Line) -> bool:
    content = line.content
    return (
        line.role == BODY
        and 0 < len(content) <= _LONE_WIDTH
        and content[-1] not in SENTENCE_STOPS
        and len(content.split()) <= 3
        and not any(c.isdigit() for c in content)
    )


def _nearest(lines: Sequence[Line], j: int, step: int) -> int:
    """The index of the first line from `j` on (in the direction of `step`) that is not blank, or -1."""
    while 0 <= j < len(lines) and lines[j].role == BLANK:
        j += step
    return j if 0 <= j < len(lines) else -1


_ROWS = ("share", "navigation", "tools")
"""Kinds printed as a row of short links, one a line: share buttons, a page's tabs, a post's tool buttons
(`Comments`, `Restacks`, `Ready for more?`)."""


def _mark_between(lines: Sequence[Line], kind: str) -> None:
    """Short lines standing alone between share buttons (`Share`, `Tumblr`, `Email`, one a line) are share
    buttons too, whatever network they name, and between a page's tabs (`Figures & data`, `References`,
    `Citations`) tabs: a run of at most three words or names, no sentence, no number, with a line of that kind
    right above and right below it. Lines right over a follow button are none: the writer's name stands there,
    and the title over it (lay82: `ログイン`, `会員登録`, the title, the name, `フォロー`); nor are lines right over
    an answer's vote line (`218 人赞同了该回答`): the answerer's name and bio stand there (lay82b)."""
    i = 0
    while i < len(lines):
        if not _lone_word(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and (lines[j].role == BLANK or _lone_word(lines[j])):
            j += 1
        run = [k for k in range(i, j) if lines[k].role == BODY]
        above, below = _nearest(lines, i - 1, -1), _nearest(lines, j, 1)
        if (
            len(run) <= 3
            and min(above, below) >= 0
            and lines[above].furniture == kind
            and lines[below].furniture == kind
            and not follow_button(lines[below].content)  # the writer's name stands over it, no button
            and not answer_votes(lines[below].content)  # an answerer's name and bio stand over it
        ):
            for k in run:
                lines[k].role, lines[k].furniture = FURNITURE, kind
        i = j


@cache
def _reaction_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A post's like or comment button alone on its line, and its share button (furniture.json 'reaction_row')."""
    row = _furniture_data().get("reaction_row", {})
    return (
        re.compile("|".join(f"(?:{p})" for p in row.get("reactions", [])) or "(?!)"),
        re.compile("|".join(f"(?:{p})" for p in row.get("share", [])) or "(?!)"),
    )


def _reaction_row(lines: Sequence[Line]) -> None:
    """A post's buttons printed one a line (`讚` / `留言` / `分享`), which the share words and `_mark_between` read
    as one row of share buttons: where the run holds the share button proper, the like and comment buttons beside
    it are the post's tools (as lay82's answer page prints `赞同 218`, `12 条评论`, `分享`, `收藏`, `喜欢`) and only
    the share button is share (the run may hold buttons the word lists read as tools already, `Comment`). A run
    with no share button proper (a WeChat bar's `点赞` / `在看`) is left as read."""
    reactions, share = _reaction_words()
    i = 0
    while i < len(lines):
        if lines[i].role != FURNITURE or lines[i].furniture != "share":
            i += 1
            continue
        run = []
        j = i
        while j < len(lines) and (
            lines[j].role == BLANK or (lines[j].role == FURNITURE and lines[j].furniture in _BUTTON_KINDS)
        ):
            if lines[j].content:
                run.append(j)
            j += 1
        words = [lines[k].content.strip() for k in run]
        if len(run) >= 2 and any(share.fullmatch(w) for w in words):
            for k, word in zip(run, words, strict=True):
                if lines[k].furniture == "share" and reactions.fullmatch(word) is not None:
                    lines[k].furniture = "tools"
        i = j


@cache
def _follow_buttons() -> re.Pattern[str]:
    """A writer's follow button alone on its line (furniture.json 'follow_buttons')."""
    return re.compile("|".join(f"(?:{p})" for p in _furniture_data()["follow_buttons"]))


def follow_button(content: str) -> bool:
    """True for a writer's follow button alone on its line (`フォロー`, `Follow`, `+关注`)."""
    return _follow_buttons().fullmatch(content.strip()) is not None


@cache
def _answer_votes() -> re.Pattern[str]:
    """An answer's count of readers who upvoted it, alone on its line (furniture.json 'answer_votes')."""
    return re.compile("|".join(f"(?:{p})" for p in _furniture_data()["answer_votes"]))


def answer_votes(content: str) -> bool:
    """True for the line a Q&A site prints over an answer, under its writer's name and bio (`218 人赞同了该回答`,
    `1.2K upvotes`): the lines right over it are the answerer's, no buttons, though the page's buttons stand over
    them (lay82b)."""
    return _answer_votes().fullmatch(content.strip()) is not None


_BOX_TITLE_WIDTH = 60
_LINK_ROW = re.compile(r"[ \t\u3000]*[・·•|｜/／][ \t\u3000]*|[ \t]{2,}|\u3000")
"""What parts the links of a row (`A ・ B ・ C`, `A | B`, `A　B`): a navigation box's row holds some; a page's tagline
under its title (`From …, the free encyclopedia`) none."""
"""A navigation box's title is a name or a topic (`Maritime security in Southeast Asia`), never a paragraph."""


def _mark_box_titles(lines: Sequence[Line]) -> None:
    """An encyclopedia's navigation box, copied, prints its tools (`v · t · e`, `表示`/`編集`), its title on a line
    of its own, then its rows of links: the one short line with no stop standing between a tools line and a row of
    links (navigation) is the box's title, navigation too."""
    for k, line in enumerate(lines):
        content = line.content
        if line.role != BODY or not 0 < len(content) <= _BOX_TITLE_WIDTH or content[-1] in SENTENCE_STOPS:
            continue
        above, below = _nearest(lines, k - 1, -1), _nearest(lines, k + 1, 1)
        if min(above, below) < 0 or lines[above].furniture != "tools":
            continue
        if lines[below].furniture == "navigation" and _LINK_ROW.search(lines[below].content) is not None:
            line.role, line.furniture = FURNITURE, "navigation"  # no tagline (`維基百科，自由的百科全書`): the title
        elif lines[below].role == BODY and _box_row(lines[below].content) and not is_edit_link(lines[above].content):
            # a short box's one row (`A · B · C`: three long titles, which no row of the word lists reads)
            for box in (line, lines[below]):
                box.role, box.furniture = FURNITURE, "navigation"


_BOX_ROW_DOT = re.compile(r"[ \t\u3000]+[・·•][ \t\u3000]+")
_BOX_ROW_ITEM = 80  # a link's words: an entry's title, no sentence


def _box_row(content: str) -> bool:
    """A navigation box's row of links: three or more items parted by spaced middle dots, none of them ending a
    sentence."""
    items = _BOX_ROW_DOT.split(content)
    return len(items) >= 3 and all(
        0 < len(item) <= _BOX_ROW_ITEM and item[-1] not in SENTENCE_STOPS and item[-1] not in ",，、" for item in items
    )


_BUTTON_WIDTH = 40  # a sign-up box's button (`Sign up`, `输入邮箱　立即订阅`): a few words
_BOX_NAME_WIDTH = 40  # the box's name (`The Weekly Brief`, `订阅《…》周报`): a title, no sentence
_BOX_TEXT_WIDTH = 100  # its line of description: one short sentence


def _signup_button(line: Line) -> bool:
    content = line.content.strip()
    return (
        line.role in (BODY, FURNITURE)
        and 0 < len(content) <= _BUTTON_WIDTH
        and any(p.fullmatch(content) for p in label_patterns("signup_buttons"))
    )


def _button_candidates(lines: Sequence[Line]) -> Iterable[int]:
    """The indexes of the lines that may be a sign-up button: those one of the buttons' expressions matches whole,
    found by one search over the joined lines (`line_screen`), or every line if the expressions cannot be
    screened so."""
    screen = whole_line_screen(tuple(p.pattern for p in label_patterns("signup_buttons")))
    return range(len(lines)) if screen is None else screened_indexes(lines, screen)


def _mark_signup_boxes(lines: Sequence[Line]) -> None:
    """A newsletter's sign-up box set in the middle of a text (`The Weekly Brief` / `Our email on …` / `Sign up`;
    `订阅《…》周报` / `每周一封邮件…` / `输入邮箱　立即订阅`): a button line (`layout.json`, `signup_buttons`)
    with, right above it and no blank line between, the box's name (short, no stop) and a line of description,
    one of the two naming a newsletter (`signup_words`), under a line of the text that ends a sentence: all three
    lines are tools, not a heading and a paragraph. A sentence of the text that mentions e-mail over a lone button is
    left alone: the box has its name line. A box may say its name and what it sends on one line with no stop
    (`订阅《…》周报，每周五送达您的邮箱` over `输入邮箱　立即订阅`), right under a sentence's end: both lines are
    tools."""
    words = label_patterns("signup_words")
    for k in _button_candidates(lines):
        line = lines[k]
        if k < 2 or not _signup_button(line):
            continue
        if _two_line_box(lines, k, words) or _prompt_box(lines, k):
            continue
        if k < 3:
            continue
        name, text, above = lines[k - 2], lines[k - 1], _nearest(lines, k - 3, -1)
        if name.role != BODY or text.role != BODY or not name.content or not text.content:
            continue
        if len(name.content) > _BOX_NAME_WIDTH or name.content[-1] in SENTENCE_STOPS:
            continue
        if len(text.content) > _BOX_TEXT_WIDTH or not any(p.search(name.content + text.content) for p in words):
            continue
        if above < 0 or lines[above].role != BODY or lines[above].content[-1:] not in SENTENCE_STOPS:
            continue
        for box in (name, text, line):
            box.role, box.furniture = FURNITURE, "tools"


_PROMPT_BOX_LINES = 5  # a sign-up box's lines between its prompt and its button: a name and a few selling points


def _prompt_box(lines: Sequence[Line], k: int) -> bool:
    """Mark the lines of a sign-up box between its prompt and its button (line `k`) as tools (lay82b): a platform's
    box under a post (`Sign up to discover …` / `Free` / `Distraction-free reading. No ads.` / … / `Sign up for
    free`; `订阅…` / … / `立即订阅`): the prompt a furniture line opening with a sign-up button's words (a button
    expression matching its start), one to `_PROMPT_BOX_LINES` lines right under it, none blank, each no longer than
    a box's line of description, and the button right under them. A paragraph of the text between two such lines
    is longer, and a prompt with no button under it frames nothing. True when marked."""
    run: list[Line] = []
    j = k - 1
    while j >= 0 and lines[j].role == BODY and lines[j].content and not _signup_prompt(lines[j]):
        run.append(lines[j])
        j -= 1
    if not 0 < len(run) <= _PROMPT_BOX_LINES or j < 0 or not _signup_prompt(lines[j]):
        return False
    if any(len(line.content.strip()) > _BOX_TEXT_WIDTH for line in run):
        return False
    for line in run:
        line.role, line.furniture = FURNITURE, "tools"
    return True


def _signup_prompt(line: Line) -> bool:
    """A sign-up box's prompt: a line the word lists read as tools, opening with a sign-up button's words and going
    on (`Sign up to discover …`, furniture.json tools)."""
    prompt = line.content.strip()
    if line.role not in (BODY, FURNITURE) or furniture_kind(prompt) != "tools":
        return False
    return any((m := p.match(prompt)) is not None and m.end() < len(prompt) for p in label_patterns("signup_buttons"))


def _two_line_box(lines: Sequence[Line], k: int, words: list[re.Pattern[str]]) -> bool:
    """Mark a sign-up box of one line and its button (line `k`) as tools: the line right above the button names a
    newsletter, ends with no stop and is no longer than a box's line of description, and a finished sentence of
    the text stands right above it. True when marked."""
    text, above = lines[k - 1], lines[k - 2]
    content = text.content.strip()
    if text.role != BODY or not content or len(content) > _BOX_TEXT_WIDTH or content[-1] in SENTENCE_STOPS:
        return False
    if content[-1] in ",，、:：" or not any(p.search(content) for p in words):
        return False
    if above.role != BODY or above.content[-1:] not in SENTENCE_STOPS:
        return False
    for box in (text, lines[k]):
        box.role, box.furniture = FURNITURE, "tools"
    return True


_RANK_ITEM = re.compile(r"(\d{1,2})(?:[.．、]?[ \t\u3000]+|[.．、])(?=\S)")
_RANK_LABEL_WIDTH = 16  # `热度榜`, `Trending this week`, `今週の注目`
_RANK_TITLE_WIDTH = 60
_RANK_ITEMS = 3


def _rank(line: Line, number: int) -> bool:
    content = line.content
    if line.role != BODY or len(content) > _RANK_TITLE_WIDTH or content[-1] in _FULL_STOPS:
        return False
    match = _RANK_ITEM.match(content)
    return match is not None and int(match.group(1)) == number and match.end() < len(content)


def _mark_rankings(lines: Sequence[Line]) -> None:
    """A page's ranking under a label no list names (`热度榜`, `Trending this week`): a short line that is no
    sentence and announces nothing (no colon), then at least three titles numbered 1, 2, 3 … one a line, none
    ending with a full stop, and no sentence of the text after them. All of it is a related list; a numbered
    list of the text is announced (`包括：`, `次の三つである。`) or followed by more text."""
    for line in lines:
        if line.content[:1] != "1" or not _rank(line, 1):
            continue
        label = _nearest(lines, line.index - 1, -1)
        head = lines[label] if label >= 0 else None
        if (
            head is None
            or head.role != BODY
            or not 0 < len(head.content) <= _RANK_LABEL_WIDTH
            or head.content[-1] in SENTENCE_STOPS
            or head.content[-1] in ":：,，、"
            or head.content[:1].isdigit()
        ):
            continue
        items = [line]
        j = line.index + 1
        while j < len(lines) and _rank(lines[j], len(items) + 1):
            items.append(lines[j])
            j += 1
        if len(items) < _RANK_ITEMS or _text_follows(lines, items[-1].index):
            continue
        for taken in (head, *items):
            taken.role, taken.furniture = FURNITURE, "related"


_WIRE = "wire"
"""The tails of an agency's credit (`…航行。（美聯社）`): a photo's caption where the text goes on below it, the
story's own wire credit where it ends the text."""


def _text_follows(lines: Sequence[Line], index: int) -> bool:
    """True when a line of text (a body line ending a sentence) stands after line `index`."""
    return any(line.role == BODY and line.content and line.content[-1] in SENTENCE_STOPS for line in lines[index + 1 :])


_SOURCE = re.compile(r"(?:资料来源|資料來源|数据来源|數據來源|来源|來源|出典|出所|(?i:sources?))\s*[:：]")
_FIELDS = re.compile(r"\u3000|[ \t]{2,}|[|｜]")
_FRONT_REACH = 12  # a page's source line stands under its title, among its first lines


def _page_source(lines: Sequence[Line], line: Line) -> bool:
    """True for a source line (`資料來源：某署國際事務處`) standing among a page's first lines before any sentence
    of its text: the page's source, read as its dateline is, not a figure's source (which stands under a figure,
    in the text)."""
    if line.index >= _FRONT_REACH or _SOURCE.match(line.content) is None:
        return False
    return not any(
        lines[k].role == BODY and lines[k].content and lines[k].content[-1] in SENTENCE_STOPS for k in range(line.index)
    )


_WITH_ITEM = re.compile(r"^[►▶▸➤]")
"""A related link printed after an arrow with its label (`►延伸閱讀：…`): the item is on the line, none below."""

_FULL_STOPS = frozenset(".。")  # a related list's titles end with none (a question mark, yes)

_BLOCKS = {"related": 80, "contact": 40, "tags": 32}
"""Kinds whose label takes the short lines after it (at most this wide): a related list's titles, a contact
block's office, phone and address lines, a bare tag label's tags (`文章標籤`, then `海巡`, `印太`; a topic's
name may run to a link's width, `Defence and armed forces` under `Explore the topic`, lay71)."""

_LABELLED_ITEMS = re.compile(r"[:：｜|][\s\u3000]*\S")  # a label, then its items after a colon or a bar (`跑馬燈｜…`)


def _tagged(kind: str, content: str) -> bool:
    """True for a tag line that holds its tags (`标签：海巡　印太`, `Topics: …`) or a related label that holds its
    link (`Read more: …`): it takes no lines after it."""
    if kind == "tags" and _tag_row(content):
        return True  # `#海巡　#越南`, a row of hashtags: the tags themselves, no label over them
    return kind in ("tags", "related") and _LABELLED_ITEMS.search(content) is not None


def _full_line(lines: Sequence[Line], j: int, full: float) -> bool:
    """True when line `j` is as wide as the text's full lines and runs on into the next line: a wrapped line of
    the text (CJK text wraps at forty characters or fewer), which ends a block taken under a label."""
    after = lines[j + 1] if j + 1 < len(lines) else None
    if not (full > 0 and lines[j].width >= 0.9 * full and after is not None and after.role == BODY):
        return False
    # Latin text wraps mid-sentence: the next line goes on in lower case, or this one stops at a comma or hyphen;
    # a headline over a sentence opening in capitals is no wrapped line (CJK lines wrap anywhere)
    content, following = lines[j].content, after.content
    latin = content.isascii() and following[:1].isascii()
    return not latin or following[:1].islower() or content[-1:] in ",-"


_UNWRAPPED = 1.5
"""A body line this many times wider than the text's full line (`typical_width`) says the text is not wrapped at
that width: a web page copied a paragraph a line, whose short lines (a writer's box, a list of titles) make the
percentile, and a line as wide as they are is no wrapped line."""


def _wrap_width(lines: Sequence[Line]) -> float:
    """The width at which the text wraps (`typical_width`), or 0.0 when it does not wrap there: some body line is
    far wider (`_UNWRAPPED`), so that no line is taken for the wrapped run of the next one by its width."""
    full = typical_width(lines)
    widest = max((line.width for line in lines if line.role == BODY), default=0.0)
    return 0.0 if widest > _UNWRAPPED * full else full


_TAG_ITEM = 24  # a tag is a word or a short phrase
_TAG_GAP = re.compile(r"\u3000+|[ \t]{2,}|[ \t]*[,，、|｜·•][ \t\u3000]*")


def _tag_row(content: str) -> bool:
    """A bare tag label's tags printed on one line (a tag cloud: `Naval cooperation   Shipbuilding   Indian
    Ocean`, `海上安全　海警合作　东盟`): two or more short items parted by wide spaces or list signs, no stop at
    the end, however wide the line runs (a line of the text ends a sentence or parts its words by one space), and
    whatever a word list reads in such a row elsewhere (a row of links parted by dots is a menu at a page's top)."""
    items = _TAG_GAP.split(content.strip())
    return (
        len(items) >= 2
        and all(0 < len(item) <= _TAG_ITEM for item in items)
        and content.rstrip()[-1:] not in SENTENCE_STOPS
    )


_ITEM_DATE = re.compile(r"(?:[ \t\u3000]{2,}|\t)(\S[^\t]{0,30})$")
_DATED_TITLE = 160  # characters at most of a dated item's title: a long document's name, no paragraph


def _item_width(kind: str, content: str) -> int:
    """A block line's width weighed against its kind's bound. A related item printed with its date after a wide
    gap (`Joint Declaration of …   20 November 2024`), as an organisation's list of statements or releases prints
    each with its day, is an item by that form, however long the document's name (up to `_DATED_TITLE`): a line
    of text does not end in a date set apart by a wide gap. It weighs nothing."""
    if kind == "related" and (dated := _ITEM_DATE.search(content)) is not None and is_dateline(dated.group(1)):
        return 0 if dated.start() <= _DATED_TITLE else len(content)
    return len(content)


def _day_alone(content: str) -> bool:
    """True for a line that is one date to the day and nothing else (`2024年5月8日`, `8 May 2024`)."""
    found = find_dates(content)
    return len(found) == 1 and len(found[0].edtf) == 10 and (found[0].start, found[0].end) == (0, len(content))


def _signs_off(lines: Sequence[Line], j: int) -> bool:
    """True for line `j` a notice's closing date alone, or the issuer's line right over it with no label or digit
    of a contact row (`东海大学海洋治理研究院` over `2024年5月8日`): the notice signs off there, under its contact
    rows, and its last two lines are none of them."""
    content = lines[j].content.strip()
    if _day_alone(content):
        return True
    if any(ch.isdigit() for ch in content) or any(ch in content for ch in ":：@") or len(content) > 30:
        return False
    below = next((line.content.strip() for line in lines[j + 1 : j + 3] if line.content.strip()), "")
    return _day_alone(below)


def _take_block(lines: Sequence[Line], j: int, kind: str) -> int:
    """Mark the short body lines from `j` on as `kind`, up to a blank line, a notes label, a line of another
    furniture kind (a copyright line ends a related list; a related label ends a contact block) or a full line
    of wrapped text (a page's contact foot over the next page's text, with no blank line between). Returns the
    index after the last line taken."""
    width = _BLOCKS[kind]
    full: float | None = None  # the text's full line, made when a line is first weighed against it
    first = j
    while (
        j < len(lines)
        and (lines[j].role == BODY or (kind == "tags" and j == first and lines[j].furniture == "navigation"))
        and (
            (kind == "tags" and _tag_row(lines[j].content))
            or (
                _item_width(kind, lines[j].content) <= width
                and not _full_line(lines, j, full := _wrap_width(lines) if full is None else full)
            )
        )
        and not is_section_label(lines[j].content, "notes_section")
        and (furniture_kind(lines[j].content) in (None, kind) or (kind == "tags" and _tag_row(lines[j].content)))
        and (lines[j].role == BODY or _tag_row(lines[j].content))  # the tail's row of links right under a tag label
        and not (kind == "related" and lines[j].content[-1:] in _FULL_STOPS)  # a sentence of the text goes on
        and not (kind == "tags" and _COUNT.fullmatch(lines[j].content.strip()) is not None)  # `1,284` under the
        # hashtags: a post's reactions counted, no topic (a counter, `_mark_counts`)
        and not (kind == "contact" and heading_shape(lines[j].content) is not None)  # the text's next section
        and not (kind == "contact" and _signs_off(lines, j))  # `东海大学…研究院` over `2024年5月8日`: the notice's
        # closing issuer and date under its contact rows, no contact (lay90)
        and not (kind == "related" and _section_head_over_text(lines, j))  # a list set inside the body ends there
        and not (kind == "related" and closing_footer_links(lines, j))  # the page's footer links under the list
        and not worded_page_number(lines[j].content)  # `第 2 頁，共 2 頁` under a release's contact: the page's foot
        and not decorated_page_number(lines[j].content)  # `- 2 -` under a release's contact block: the page's foot
        and not _over_edit_link(lines, j)  # `External links` over its `[edit]`: the next section's head, no item
    ):
        lines[j].role, lines[j].furniture = FURNITURE, kind
        j += 1
        if kind == "tags" and _tag_row(lines[j - 1].content):
            break  # a label's tags stand one a line or in one row: a line under the row is no tag (a writer's card)
    return j


_FOOTER_LINKS = 3  # a footer's links one a line: at least three (`Help`, `About`, `Privacy`, `Terms`)


@cache
def _footer_link() -> re.Pattern[str]:
    """A site's footer link alone on its line (furniture.json 'footer_links')."""
    return re.compile("|".join(f"(?:{p})" for p in _furniture_data()["footer_links"]))


def closing_footer_links(lines: Sequence[Line], j: int) -> bool:
    """True when the lines from `j` to the page's end are a site's footer links one a line (lay82b: `Help` /
    `Status` / `About` / … / `Terms` under a post's `More from …` list): at least `_FOOTER_LINKS` lines, each
    nothing but a link the footers of sites name (furniture.json 'footer_links'), blank lines aside, nothing after
    them. One such word standing alone (a heading `About`), or such lines with the text going on under them, are
    none."""
    links = 0
    for k in range(j, len(lines)):  # stops at the first line that is no footer link, no copy of the rest
        line = lines[k]
        if not line.content:
            continue
        if line.role not in (BODY, FURNITURE) or _footer_link().fullmatch(line.content.strip()) is None:
            return False
        links += 1
    return links >= _FOOTER_LINKS


def _mark_footer_links(lines: Sequence[Line]) -> None:
    """The page's closing footer links one a line (`closing_footer_links`) are navigation."""
    for j, line in enumerate(lines):
        if line.content and line.role == BODY and closing_footer_links(lines, j):
            for k in range(j, len(lines)):
                if lines[k].content:
                    lines[k].role, lines[k].furniture = FURNITURE, "navigation"
            return


def _section_head_over_text(lines: Sequence[Line], j: int) -> bool:
    """True when line `j` is shaped as a numbered head (`二、<words>`, `3. <words>`) under an unnumbered line and the
    next line that is not blank ends a sentence: the text's next section under a related list set inside the body,
    not a list item (a ranking numbers every title it lists, and its last item may stand over the text)."""
    if heading_shape(lines[j].content) is None or (j and heading_shape(lines[j - 1].content) is not None):
        return False
    after = next((line for line in lines[j + 1 :] if line.role != BLANK), None)
    return after is not None and after.role == BODY and after.content[-1:] in SENTENCE_STOPS


def _over_edit_link(lines: Sequence[Line], j: int) -> bool:
    """True when the line after `j` is an edit link cut off `j`'s line (`layout/edit_links.py`): `j` is a head."""
    return j + 1 < len(lines) and lines[j + 1].role == FURNITURE and is_edit_link(lines[j + 1].content)


def _leave_headline(lines: Sequence[Line], label: int, last: int) -> None:
    """A related list printed at the top of a page (a ticker's label alone, `即時快訊`, over its headlines) ends above
    the story's own headline: where the list's lines run on to the story's text (a sentence), the short lines the
    list took last that are the story's byline or date, and the headline over them, are the story's, no related
    titles."""
    if any(lines[k].role == BODY for k in range(label)):
        return  # the list stands under text: its titles run to the next blank line
    after = _nearest(lines, last + 1, 1)
    if after < 0 or not _story_front(lines[after].content):
        return
    k = last
    while k > label and lines[k].role in (FURNITURE, BLANK) and _story_front(lines[k].content, text=False):
        lines[k].role, lines[k].furniture = BODY, ""  # the story's date or byline
        k -= 1
    while k > label and lines[k].role == BLANK:
        k -= 1
    if k > label and lines[k].furniture == "related":
        lines[k].role, lines[k].furniture = BODY, ""  # the story's headline


def _over_byline(lines: Sequence[Line], line: Line) -> bool:
    """True for a headline after a ticker's label (`Live updates: Coast guard …`) printed right over a byline: a
    live page's own title stands over its writers' names, a ticker's link over no one's."""
    if not any(sign in line.content for sign in ":：|｜"):
        return False  # a label alone (`LIVE UPDATES`) heads a list
    after = _nearest(lines, line.index + 1, 1)
    return after >= 0 and any_label(("byline",)).match(lines[after].content) is not None


def _story_front(content: str, text: bool = True) -> bool:
    """True for a line that opens a story under its headline: its date, its byline or (`text`) its first sentence."""
    if not content:
        return False
    if text and content[-1] in SENTENCE_STOPS:
        return True
    return is_dateline(content) or any_label(("byline",)).match(content) is not None


_RUNS_ON = frozenset(",，、;；")  # a headline cut after one of these goes on below


def _take_wrapped(lines: Sequence[Line], label: Line) -> None:
    """A ticker's or a link's headline printed after its label (`BREAKING NEWS: Two boats collide near the atoll,
    both crews` over `accounted for, navy says`), wrapped on the strip: the line under it is the headline's rest
    where it opens in lower case or the line above was cut after a comma, and it ends no sentence. One line at
    most: a strip wraps its headline once."""
    j = label.index + 1
    if j >= len(lines) or lines[j].role != BODY:
        return
    content = lines[j].content
    if (
        not content
        or len(content) > _BLOCKS["related"]
        or content[-1] in SENTENCE_STOPS
        or furniture_kind(content) is not None
        or not ("a" <= content[0] <= "z" or label.content[-1] in _RUNS_ON)
    ):
        return
    lines[j].role, lines[j].furniture = FURNITURE, "related"


@cache
def _disclaimer_label() -> re.Pattern[str] | None:
    data = _furniture_data()
    found = data.get("disclaimer_label")
    return re.compile("|".join(f"(?:{p})" for p in found)) if found else None


def is_disclaimer_label(content: str) -> bool:
    """True for a disclaimer's bare label alone on its line (`Disclaimer`, `免責事項`; furniture.json
    'disclaimer_label'), a colon after it or none."""
    pattern = _disclaimer_label()
    return pattern is not None and pattern.fullmatch(content.strip().rstrip(":：").strip()) is not None


@cache
def _caption_items() -> re.Pattern[str] | None:
    data = _furniture_data()
    return re.compile(data["caption_items"]) if data.get("caption_items") else None


@cache
def _caption_note() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(a numbered figure's or table's caption, a note's label opening a line): furniture.json 'caption_note'."""
    data = _furniture_data()
    found = data.get("caption_note")
    return (re.compile(found["under"]), re.compile(found["note"])) if found else None


def _take_items(lines: Sequence[Line], caption: Line) -> None:
    """A table's note numbered as items right under its caption (`注：1. …`, then `2. …`): that line and the body
    lines numbered on from it are the caption's too, not text nor notes. A note of one line under a numbered
    figure's or table's caption (`图1　…` over `注：示意图仅供参考。`) is the caption's too, whatever its words: a
    note's label set right under a caption qualifies the figure, not the text."""
    pattern = _caption_items()
    j = caption.index + 1
    while j < len(lines) and lines[j].role == BLANK:
        j += 1
    if pattern is None or j >= len(lines) or lines[j].role != BODY:
        return
    match = pattern.match(lines[j].content)
    if match is None:
        note = _caption_note()
        if note is not None and note[0].match(caption.content) and note[1].match(lines[j].content):
            lines[j].role, lines[j].furniture = FURNITURE, "caption"
        return
    expected = int(match.group(1))
    while True:
        lines[j].role, lines[j].furniture = FURNITURE, "caption"
        expected += 1
        j += 1
        if j >= len(lines) or lines[j].role != BODY or list_item_number(lines[j].content) != expected:
            return


def _table_notes(lines: Sequence[Line]) -> None:
    """A note's label line (`（注）公表資料を基に作成。`, `注：…`; furniture.json 'caption_note' 'note') right under a
    table's last rows (two lines, each parted at tabs or wide gaps into as many cells, two or more) is the table's
    note, a caption whatever it says, as it is right under a numbered caption (`_take_items`): a table copied from a
    web page often has no caption, and the note qualifies the table, not the text (lay75)."""
    note = _caption_note()
    if note is None:
        return
    for i in range(2, len(lines)):
        line = lines[i]
        if line.role != BODY or not note[1].match(line.content):
            continue
        row, above = lines[i - 1], lines[i - 2]
        if row.role == BODY and above.role == BODY and parted_alike(row.content, above.content):
            line.role, line.furniture = FURNITURE, "caption"


_FRONT_TEXT_LINES = 80  # the first page's labelled lines (DOI, received, funding, author) stand within these


def mark_front_furniture(lines: Sequence[Line]) -> None:
    """Give the labelled front lines of the first page (`DOI: …`, `收稿日期：…`, `基金项目：…`, `作者简介：…`,
    `Received 3 May 2021`) the role `furniture` and their kind (`data/layout.json`, `front_furniture`): a journal
    prints them above the title or at the foot of the first page, never as text."""
    seen = 0
    story: bool | None = None  # whether the page is a web story (share buttons), weighed once, when first needed
    for line in lines:
        if not line.content:
            continue
        seen += 1
        if seen > _FRONT_TEXT_LINES or line.page > 1:
            return
        if line.role == BODY and (kind := front_furniture_kind(line.content)) is not None:
            if kind == "funding" and any_label(("reported_funding",)).match(line.content) is not None:
                story = _web_story(lines) if story is None else story
                if story:
                    continue  # `The research was funded by …` in a story reporting the research: its text
            line.role, line.furniture = FURNITURE, kind


def _web_story(lines: Sequence[Line]) -> bool:
    """True for a page that prints share buttons (a line the word lists took as `share`): a story published on the
    web, whose text may report who funded the work it tells of (`The research was funded by …`, a sentence of the
    story, lay71), where a brief or a report states its own funding in a colophon (`This brief was made possible
    by …`: 'funding' always, as a report with no share buttons reads any such line)."""
    return any(line.role == FURNITURE and line.furniture == "share" for line in lines)


_COUNT = re.compile(r"\d{1,6}(?:[.,]\d{1,3})?[KkMm万萬]?")
_COUNTS = 3  # a post's counters: likes, comments, restacks
_BUTTON_KINDS = frozenset({"share", "tools"})


def _mark_counts(lines: Sequence[Line]) -> None:
    """A post's counters over its text (`14`, `3` beside the like and comment buttons, one a line): up to `_COUNTS`
    lines that are a bare count, with a share or tool button line right under or right over them, standing
    before the text's first sentence. After the first sentence (a question's title ends with its mark; the
    counts under the text), a run of counts is a counter only where it stands between page furniture on both
    sides, a button on one of them (`关注者` over `862` over `被浏览`, `スキ` over `31` over a related label,
    lay82): a bare number inside the text or under it otherwise is a page's number or a list's, left to the page
    passes. A run of two counts or more under the text printed as a counter run over it was (`214` / `3` under
    the head and again over the writer's box) is that counter again, and the short lines right over it its post's
    topics (`_tags_over_counters`, lay82b)."""
    begun = False
    counters: list[list[str]] = []  # the counter runs read so far, as printed
    for line in lines:
        if line.role == BODY and line.content and line.content[-1] in SENTENCE_STOPS:
            begun = True  # the text has begun
        if line.role != BODY or _COUNT.fullmatch(line.content) is None:
            continue
        run = [line.index]
        j = line.index + 1
        while j < len(lines) and lines[j].role == BODY and _COUNT.fullmatch(lines[j].content):
            run.append(j)
            j += 1
        above, below = _nearest(lines, line.index - 1, -1), _nearest(lines, j, 1)
        sides = [lines[k] if k >= 0 else None for k in (above, below)]
        buttons = any(side is not None and side.furniture in _BUTTON_KINDS for side in sides)
        printed = [lines[k].content.strip() for k in run]
        again = begun and len(run) >= 2 and printed in counters  # the head's counters printed again under the text
        if begun:
            buttons = buttons and all(side is not None and side.role == FURNITURE for side in sides)
        if len(run) <= _COUNTS and (buttons or again):
            for k in run:
                lines[k].role, lines[k].furniture = FURNITURE, "tools"
            counters.append(printed)
            if again:
                _tags_over_counters(lines, run[0])


_UNLABELLED_TAGS = 8  # a post's topics one a line with no label: a few


def _tags_over_counters(lines: Sequence[Line], first: int) -> None:
    """A post's topics one a line with no label (`International Relations` / `Japan` / …), standing right over
    its counters printed again under the text (lay82b): short lines, none a sentence, none with a digit, at most
    `_UNLABELLED_TAGS`, with page furniture right over them (a sign-up button, a share row). Lines of the text
    over the counters (a sentence, or no furniture over the run) are left alone."""
    run: list[int] = []
    k = first - 1
    while k >= 0 and _lone_word(lines[k]):
        run.append(k)
        k -= 1
    if not 0 < len(run) <= _UNLABELLED_TAGS or k < 0 or lines[k].role != FURNITURE:
        return
    for index in run:
        lines[index].role, lines[index].furniture = FURNITURE, "tags"


_ADDRESS_ALONE = re.compile(r"(?i:https?://|www\.)\S{4,300}")


def _bracketed_month(content: str) -> bool:
    """A month alone in brackets (`（2024年2月）`, `(February 2024)`), read by the layout's own date reader: when a
    notice was put up."""
    line = content.strip()
    if len(line) < 3 or line[0] not in "（(" or line[-1] not in ")）":
        return False
    inner = line[1:-1].strip()
    found = find_dates(inner)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(inner) and found[0].edtf.count("-") == 1


def _notice_dates(lines: Sequence[Line]) -> None:
    """An encyclopedia's notice box (`この記事は出典が…ご協力ください。`, a 'disclaimer') prints the month it was put
    up on the line under it, in brackets: that line is the notice's too, no head of the text and no day of the
    page. A bracketed month anywhere else (under a head, a paragraph) is left alone."""
    for line in lines:
        if line.role != BODY or not _bracketed_month(line.content):
            continue
        above = _nearest(lines, line.index - 1, -1)
        if above >= 0 and lines[above].role == FURNITURE and lines[above].furniture == "disclaimer":
            line.role, line.furniture = FURNITURE, "disclaimer"


def _links_after_end(lines: Sequence[Line]) -> None:
    """Short lines alone under a release's end mark (an 'ending' line: `完`, `（完）`, `###`) and its stamps, over
    the page's navigation (`今日新聞`, `新聞公報檔案` over the footer's row): links of the page, no text, since the
    release ended above them (lay87). The lines are `_lone_word`'s (three words or names at most, no sentence, no
    number), every line between the end mark and them is furniture, and a navigation line stands right under the
    run; a sentence or a number under an end mark is left as it is."""
    end = next((line.index for line in reversed(lines) if line.role == FURNITURE and line.furniture == "ending"), -1)
    if end < 0:
        return
    run: list[int] = []
    for line in lines[end + 1 :]:
        if line.role == BLANK:
            continue
        if line.role == FURNITURE:
            if run and line.furniture == "navigation":
                for k in run:
                    lines[k].role, lines[k].furniture = FURNITURE, "navigation"
                return
            if run:
                return
            continue
        if not _lone_word(line) or len(run) >= 3:
            return
        run.append(line.index)


@cache
def _decree() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A decree's name alone and its number alone (furniture.json 'decree_number'), or None."""
    data = _furniture_data().get("decree_number")
    return None if data is None else (re.compile(data["name"]), re.compile(data["number"]))


def _decree_number(lines: Sequence[Line]) -> None:
    """A decree's name alone on its line (`中华人民共和国主席令`) right over its number alone (`第七号`): the order that
    promulgated a law, printed with the law's text (lay87). The name is a doctype, the number an identifier; a
    name with no number under it, or a number under anything else, is left as it is (a sentence naming a decree
    ends in a stop, and a number alone may head a list)."""
    decree = _decree()
    if decree is None:
        return
    name, number = decree
    for line in lines:
        if line.role != BODY or name.fullmatch(line.content.strip()) is None:
            continue
        under = _nearest(lines, line.index + 1, 1)
        if under >= 0 and lines[under].role == BODY and number.fullmatch(lines[under].content.strip()) is not None:
            line.role, line.furniture = FURNITURE, "doctype"
            lines[under].role, lines[under].furniture = FURNITURE, "identifier"


def _platform_name(lines: Sequence[Line]) -> None:
    """The page's first line, one share word alone (`微博`, `Facebook`, `LINE`), right over the site's menu or its
    log-in buttons (navigation, tools) and under nothing: the platform's name over its own bar, as a copy of a
    post on it opens (navigation), no share button. A share word over another share button stays one (a row
    of buttons printed one a line)."""
    first = _nearest(lines, 0, 1)
    if first < 0 or lines[first].role != FURNITURE or lines[first].furniture != "share":
        return
    if not _one_word(lines[first].content.strip()):
        return
    under = _nearest(lines, first + 1, 1)
    if under >= 0 and lines[under].role == FURNITURE and lines[under].furniture in ("navigation", "tools"):
        lines[first].furniture = "navigation"


_POSTER_NAME = 30  # a page's or an account's name: a few words (display width)


def _poster_over_audience_stamp(lines: Sequence[Line]) -> None:
    """The page's first line, a short name ending on no stop and under nothing, right over a post's stamp that
    closes on an audience mark (`3週 · 🌎`: furniture.json 'audience_marks', after a dateline the word lists took)
    is the page or account that posted it: its masthead as a public account's line is, navigation, no title (a
    copied fan page's post prints no title; lay83). A stamp with no audience mark (a news page's `3小时前`) says
    nothing of the line over it, nor does a sentence over a stamp."""
    marks = _furniture_data().get("audience_marks", "")
    first = _nearest(lines, 0, 1)
    if not marks or first < 0 or lines[first].role != BODY:
        return
    content = lines[first].content.strip()
    if lines[first].width > _POSTER_NAME or ends_sentence(content) or content[-1:] in ":：":
        return
    under = _nearest(lines, first + 1, 1)
    if under < 0 or lines[under].role != FURNITURE or lines[under].furniture != "dateline":
        return
    if lines[under].content.strip().rstrip("\ufe0f")[-1:] in marks:
        lines[first].role, lines[first].furniture = FURNITURE, "navigation"


def _print_addresses(lines: Sequence[Line]) -> None:
    """A bare address alone on its line (`https://…/column/2025/03/….html`) right under or over a download line (a
    print view's label, a print stamp) is the print's: the page it was printed from, a download line too; its
    date, if the address holds one, dates no document."""
    for line in lines:
        if line.role != BODY or _ADDRESS_ALONE.fullmatch(line.content) is None:
            continue
        near = (lines[k] for k in (line.index - 1, line.index + 1) if 0 <= k < len(lines))
        if any(other.role == FURNITURE and other.furniture == "download" for other in near):
            line.role, line.furniture = FURNITURE, "download"


_CONSENT_BUTTONS = 3  # a cookie notice's buttons, one a line: accept, reject, settings


def _mark_consent_buttons(lines: Sequence[Line]) -> None:
    """The buttons right under a cookie notice (`同意する`, `我知道了`, `接受`, `Got it`, one a line or in a row;
    `cookie_buttons` in `data/layouts/furniture.json`) are the notice's: a word of assent is a consent button only
    there, a line of the text anywhere else."""
    buttons = _kind_pattern("cookie_buttons")
    for line in lines:
        if line.furniture != "cookie":
            continue
        j = line.index + 1
        while j < len(lines) and j <= line.index + _CONSENT_BUTTONS and lines[j].role == BODY:
            if buttons.fullmatch(lines[j].content) is None:
                break
            lines[j].role, lines[j].furniture = FURNITURE, "cookie"
            j += 1
