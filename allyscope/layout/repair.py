"""Stage 1, *repair layout*: raw lines → a clean body text and a clean notes text, each mapped to the raw input.

What it does: drops page numbers and running headers; finds note blocks and takes them out of the body;
rejoins the lines the page broke (see `joining`); starts a new paragraph where a line ends short, where a
heading or an abstract/keywords label begins, or at a blank line in files whose blank lines mean something;
records headings (with their rank, made into levels by the structure stage), paragraphs and note markers as
spans of the body at the place they stood. A bare number glued to a word (`summit.12`) is written `[12]`.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, partial
from itertools import pairwise

from allyscope.layout.affiliations import keyed_affiliations, keys_affiliations, names_with_readings
from allyscope.layout.answer_head import mark_answer_head
from allyscope.layout.byline_heads import latin_names, lowercase_head, names_post
from allyscope.layout.catalogue import catalogue, cited_families, citing_families
from allyscope.layout.columns import may_hold_columns, recount, unfold_columns
from allyscope.layout.comments import comment_stamp, mark_comments
from allyscope.layout.contents import contents_titles, mark_contents_entries, mark_jump_box
from allyscope.layout.dating import (
    find_dates,
    heads_yearless_lines,
    is_dateline,
    is_issue_line,
    opens_chronology_entry,
)
from allyscope.layout.edge_blocks import mark_edge_blocks
from allyscope.layout.edges import (
    cjk_title_line,
    cjk_title_runs_on,
    closing_signature,
    closing_writer,
    edition_title_runs_on,
    kicker_lead,
    tab_title_runs_on,
)
from allyscope.layout.edit_links import holds_edit_links, split_edit_links
from allyscope.layout.facing_heads import edge_lines, mark_facing_heads
from allyscope.layout.furniture import FURNITURE, mark_front_furniture, mark_furniture
from allyscope.layout.furniture import initials as furniture_initials
from allyscope.layout.gazette_issue import gazette_heads
from allyscope.layout.header_fields import header_author_lines
from allyscope.layout.headings import (
    GIVEN,
    PAGE_PART,
    STANDALONE,
    UNNUMBERED,
    HeadingShape,
    answer_item,
    bullet_item,
    bullets,
    clause_comma,
    enclosed_heading,
    faq_page,
    heading_shape,
    item_initials,
    list_item_number,
    may_announce_list,
    notice_marks,
    opens_list,
    opens_spaced_item,
    period_heading,
    section_heading,
    series_only,
    sign_only,
    title_sign,
    transcript_heading,
    unnumbered_heading,
)
from allyscope.layout.items import newsletter_items
from allyscope.layout.joining import is_cjk, join
from allyscope.layout.lines import (
    BLANK,
    BODY,
    DROPPED,
    MAY_TRAIL_STOP,
    NOTE,
    NOTE_CONTINUED,
    PAGE_BREAK,
    PAGE_NUMBER,
    SENTENCE_STOPS,
    Line,
    LineFacts,
    ends_sentence,
    split_lines,
    typical_width,
)
from allyscope.layout.link_definitions import holds_link_definitions, mark_link_definitions
from allyscope.layout.markers import FoundMarker, counts_in_digits, find_markers, in_sequence, is_marker_only
from allyscope.layout.named_notes import named_notes
from allyscope.layout.news_list import mark_news_list
from allyscope.layout.notes import (
    NoteBlock,
    any_label,
    find_note_blocks,
    fullmatches_label,
    join_split_blocks,
    label_patterns,
    label_screens,
    labelled_page_notes,
    mark_page_breaks,
    next_body_text,
    note_start,
    opens_event_field,
    settle_placements,
)
from allyscope.layout.page_furniture import (
    confirm_running_headers,
    mark_labelled_page_numbers,
    mark_page_furniture,
    trim_glued_page_numbers,
)
from allyscope.layout.place_notes import place_notes
from allyscope.layout.prechecks import runs
from allyscope.layout.recording import mark_recording
from allyscope.layout.repeats import find_repeated_furniture
from allyscope.layout.running_heads import find_periodic_heads, mark_numbered_feet, mark_spaced_dates
from allyscope.layout.speakers import bare_label, label_mark_starts, opening_label, repeated_speakers, stage_note_line
from allyscope.layout.tables import may_be_row, row_line, speaker_label
from allyscope.layout.title_bar import mark_title_bar
from allyscope.layout.yaml_front import FENCE, front_fences
from allyscope.model import (
    Document,
    Footnote,
    Heading,
    Marker,
    OffsetMap,
    Span,
    TextBuilder,
    make_footnote,
    make_heading,
    make_marker,
    make_span,
)

_LABEL_TITLE = 60  # characters at most of a heading's title printed under its label alone
_FRONT_LINES = 120  # abstract and keywords labels stand in the first lines of an article
_FIELD_FULL = 0.85  # of the typical width: a field line this wide may wrap its value onto the next line
_BYLINE_LINES = 12  # a web page's dateline and byline stand in its first lines, under the title


@dataclass(slots=True)
class _Flow:
    """The state of the body while it is being written: the open block and the line waiting to be copied."""

    builder: TextBuilder
    typical: float
    double: bool
    spans: list[Span] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    block_kind: str = ""
    block_start: int = 0
    block_page: int = 1
    block_shape: tuple[str, str, str, int, int] | None = None
    pending: Line | None = None
    pending_markers: list[FoundMarker] = field(default_factory=list)
    last_text: Line | None = None
    blank_before: bool = False
    deferred: list[Line] = field(default_factory=list)  # a page's foot lines standing inside a paragraph (below)
    answer_titles: frozenset[int] = frozenset()  # an answer's title under its question's text (`answer_head`)
    gazette_heads: dict[int, HeadingShape] = field(default_factory=dict)  # a gazette issue's groups and entries


def _join_context(builder: TextBuilder, content: str) -> str:
    """The text a join decision looks at: the line, and before it the text built so far when the line may be
    the middle of a URL broken over several lines (one token with no space, and a URL just before it)."""
    if " " in content or not content.isascii():
        return content
    tail = builder.tail(120)
    return tail + content if ("://" in tail or "www." in tail) else content


def _weak_markers(lines: Sequence[Line]) -> frozenset[str]:
    """The weak marker families to look for: those citing the note families this document's notes use."""
    cat = catalogue()
    used = {line.note_style for line in lines if line.role == NOTE}
    return frozenset(name for style in used for name in citing_families(style) if not cat.markers[name].strong)


def _glued_allowed(lines: Sequence[Line], blocks: list[NoteBlock], glued: frozenset[str]) -> dict[int, set[int]]:
    """For each page, the note numbers a glued marker on it may cite (those of its next note block)."""
    cited = {note for family in glued for note in cited_families(family)}
    allowed: dict[int, set[int]] = {}
    for block in blocks:
        numbers = {
            lines[k].note_number
            for k in range(block.first_line, block.last_line + 1)
            if lines[k].role == NOTE and lines[k].note_style in cited
        }
        page = lines[block.first_line].page
        allowed.setdefault(page, set()).update(numbers)
        if block.kind != "footnote":
            allowed.setdefault(0, set()).update(numbers)
    return allowed


def _last_number(flow: _Flow) -> int:
    """The number the markers numbered in digits written so far end on (those of the waiting line last), 0 before
    the first."""
    for found in reversed(flow.pending_markers):
        if counts_in_digits(found.style):
            return max(found.numbers)
    for marker in reversed(flow.markers):
        if counts_in_digits(marker.style):
            return max(marker.numbers)
    return 0


def _flush(flow: _Flow, drop: int) -> None:
    """Copy the waiting line into the body, writing its markers as spans."""
    line = flow.pending
    if line is None:
        return
    builder = flow.builder
    hi = line.hi - drop
    if not flow.pending_markers:  # most lines
        builder.copy(line.lo, hi)
        flow.pending = None
        return
    cursor = line.lo
    for found in flow.pending_markers:
        m_lo, m_hi = line.lo + found.start, line.lo + found.end
        if m_hi > hi:
            break
        builder.copy(cursor, m_lo)
        start = builder.position
        if found.glued:
            builder.insert("[", m_lo)
            builder.copy(m_lo, m_hi)
            builder.insert("]", m_hi)
        else:
            builder.copy(m_lo, m_hi)
        cursor = m_hi
        flow.markers.append(
            make_marker(
                start,
                builder.position,
                found.numbers,
                found.style,
                line.content[found.start : found.end],
                page=line.page,
            )
        )
    builder.copy(cursor, hi)
    flow.pending = None
    flow.pending_markers = []


def _furniture_block(flow: _Flow, line: Line) -> None:
    """A furniture line (caption, share buttons, copyright, related list) as a block of its own kind."""
    _close_block(flow)
    _write_furniture(flow, line)


def _write_furniture(flow: _Flow, line: Line) -> None:
    builder = flow.builder
    if builder.position:
        builder.insert("\n", line.lo)
    start = builder.position
    builder.copy(line.lo, line.hi)
    flow.spans.append(make_span(line.furniture, start, builder.position, line.page))
    flow.blank_before = False


def _under_author_label(lines: Sequence[Line], index: int) -> bool:
    """True for the line right under an author section's bare label (`執筆者紹介`, `About the author`: a furniture
    line of kind `author-bio`, short, nothing after a colon): the box's first line names its writer, whatever its
    shape, and heads no section. A labelled bio (`作者简介：…`) at a page's foot is no box's label."""
    for at in range(index - 1, -1, -1):
        above = lines[at]
        if above.role != BLANK:
            return (
                above.role == FURNITURE
                and above.furniture == "author-bio"
                and len(above.content) <= _BOX_LABEL
                and _AFTER_COLON.search(above.content) is None
            )
    return False


_BOX_LABEL = 24  # characters at most of an author section's bare label
_AFTER_COLON = re.compile(r"[:：][\s\u3000]*\S")


_FOOT_KINDS = frozenset(
    {"author-bio", "contact", "copyright", "history", "funding", "download", "identifier", "disclaimer"}
)
"""What a journal or report prints at the foot of a page (its first page's mostly): the writer's post and
address, the copyright or licence, when the paper came in, who paid for it, a repository's stamp."""


def _foot_inside_paragraph(flow: _Flow, lines: Sequence[Line], line: Line) -> bool:
    """True for a page's foot line (`_FOOT_KINDS`: `CONTACT …`, `© 2024 …`, `收稿日期：…`) standing between a full
    line of text that ends no sentence and the line that goes on with that sentence on the next page (a lower-case
    word in Latin text; in CJK text a line that is no heading nor list item): the page broke the paragraph there,
    and the foot is written after the paragraph, as a block of its kind, the paragraph joined across it. A
    paragraph ending at the page's end, or followed by a heading, is no paragraph broken by the page."""
    pending = flow.pending
    if line.furniture not in _FOOT_KINDS or pending is None or flow.block_kind != "paragraph":
        return False
    if not flow.headings and pending.index < _BYLINE_LINES:
        return False  # the front lines (a journal line over its DOI line): the text has not begun
    before = pending.content
    if ends_sentence(before) or (flow.typical > 0 and pending.width < 0.8 * flow.typical) or is_issue_line(before):
        return False
    following: Line | None = None
    for at in range(line.index + 1, len(lines)):
        later = lines[at]
        if later.role == BODY:
            following = later
            break
        if later.role == FURNITURE and later.furniture not in _FOOT_KINDS:
            return False  # a caption or a related list: the text does not run on across it here
    if following is None or following.indent:
        return False
    content = following.content
    if content[0].isascii():
        return content[0].islower() and before[-1:].isascii()
    return (
        is_cjk(before[-1])
        and is_cjk(content[0])
        and heading_shape(content) is None
        and unnumbered_heading(content) is None
        and list_item_number(content) is None
    )


def _close_block(flow: _Flow) -> None:
    _flush(flow, 0)
    if flow.deferred:  # a page's foot met inside the paragraph: written after it, each a block of its kind
        deferred, flow.deferred = flow.deferred, []
        _close_block(flow)
        for line in deferred:
            _write_furniture(flow, line)
        return
    if not flow.block_kind:
        return
    end = flow.builder.position
    if flow.block_kind == "heading" and flow.block_shape is not None:
        family, numbering, label, title_offset, title_tail = flow.block_shape
        title_start = min(end, flow.block_start + title_offset)
        title_end = max(title_start, end - title_tail)  # `第3条（移転の実施）`: the caption's bracket closes no title
        flow.headings.append(make_heading(flow.block_start, end, 1, label, "", numbering, flow.block_page, family))
        flow.spans.append(make_span("heading-title", title_start, title_end, flow.block_page))
    elif end > flow.block_start:
        flow.spans.append(make_span("paragraph", flow.block_start, end, flow.block_page))
    flow.block_kind = ""
    flow.block_shape = None


def _join_lines(flow: _Flow, pending: Line, line: Line) -> None:
    """Write the waiting line `pending` into the body, joined to `line`, the next line of its paragraph."""
    builder = flow.builder
    before, content = pending.content, line.content
    end, first = before[-1], content[0]
    if ("\u2e7f" < end <= "\u9fff" and "\u2e7f" < first <= "\u9fff") or (
        end > "\u2e7f" and first > "\u2e7f" and is_cjk(end) and is_cjk(first)
    ):  # CJK ideographs, kana and CJK punctuation on both sides (`is_cjk`'s first range) told without a call
        # CJK on both sides (full-width punctuation included): joined with nothing, the commonest case by
        # far, as `join` decides it first
        if flow.pending_markers:
            _flush(flow, 0)
        else:  # `_flush` of a line without markers: its content copied
            lo = pending.start + len(pending.indent)
            builder.copy(lo, lo + len(before))
    else:
        drop, insert = join(_join_context(builder, before), content)
        _flush(flow, drop)
        builder.insert(insert, line.lo)


_STOPS = frozenset("。．.！!？?；;：:")
_SMALL_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"]
)


def _latin(content: str) -> bool:
    """True for a line in Latin letters: no character past Latin Extended but for typographic punctuation (an en
    dash, curly quotes: `Dutch–Indonesian`, `Partners’`), so that a title's accents and dashes do not make it a
    line of another script, as asking for ASCII did."""
    return all(c < "\u0250" or "\u2000" <= c <= "\u206f" for c in content)


def _title_case(content: str) -> bool:
    """True for a Latin line whose words are capitalized (a title, a name): it stands alone in the front matter."""
    if not content or not _latin(content) or content[-1] in _STOPS or content[-1] == ",":
        return False  # '' when no body line follows (the rest of the page is furniture)
    words = [w for w in content.split() if w.lower() not in _SMALL_WORDS and w.lower() not in _LONG_PREPOSITIONS]
    return bool(words) and all(w[0].isupper() for w in words)


_LONG_PREPOSITIONS = frozenset(
    [
        "about",
        "across",
        "after",
        "against",
        "among",
        "amid",
        "before",
        "between",
        "beyond",
        "into",
        "over",
        "through",
        "toward",
        "towards",
        "under",
        "upon",
        "versus",
        "via",
        "within",
        "without",
    ]
)
"""Prepositions a title in title case may keep in lower case however long (`Cooperation between Norway and …`,
`Security among Small States`), as style guides lowercase every preposition."""


def _title_runs_on(content: str, following: str) -> bool:
    """True for a front line opening with a capital whose title goes on over the next line: it ends on a small
    word (`… the Limits of`), or the next line opens in lower case (`of Donated Patrol Vessels`, `their
    partners in …`) — a title broken over two lines, where a line ending a title, a name or a label ends on a
    word of its own and the front line after it opens with a capital (`and` or `by` may open a byline; a
    key letter glued to a name, `aDepartment of …`, is no word in lower case). A title line of three words or more
    ending on a colon over a line in title case goes on with its subtitle."""
    last = content.rsplit(" ", 1)[-1]
    first = following.split(" ", 1)[0]
    if _CASE_PARTIES.fullmatch(following.strip()):
        return True  # a case's name over its parties in brackets (`(UKRAINE v. RUSSIAN FEDERATION)`): one title
    if content.endswith(":") and len(content.split()) >= _COLON_TITLE_WORDS and _title_case(following):
        return True  # `… in Coast Guard Patrols:` over `Early Lessons from …`: a title and its subtitle, one title
    if last.lower() in _SMALL_WORDS or last.lower() in _OPEN_WORDS:
        return True
    return first.isalpha() and first.islower() and first not in ("and", "by")


_CASE_PARTIES = re.compile(r"\([A-Z][^()\n]{1,80}? v\. [A-Z][^()\n]{1,80}\)")
"""The parties of a case in brackets under its name, as a court prints it (`(UKRAINE v. RUSSIAN FEDERATION)`,
`(Germany v. Italy: Greece intervening)`): the name's last line (lay85's court order; lay86b)."""

_OPEN_WORDS = frozenset(["their", "its", "our", "your", "my", "his", "between", "into", "among", "than"])
"""Words an English title cannot end on, beyond the small words: a possessive before its noun (`… Rebuilt Their`
over `Trust After …`), a preposition before its object. A title line ending on one goes on over the next line,
whatever the next line's length or case."""

_COLON_TITLE_WORDS = 3  # a title ending on a colon has words before it; a label (`Authors:`) one or two


_WRAPPED_TITLE_WORDS = 4  # a title the column wrapped fills its first line: a few words at least
_PHRASE_WORDS = frozenset(["a", "an", "as", "at", "for", "from", "of", "on", "the", "to", "with"])
"""Small words a title's phrase holds and a line of names does not (`and`, `in` may join names or a place)."""


def _title_wraps(content: str, following: str) -> bool:
    """True for a title in title case that its column wrapped after a word of its own (`Coast Guard Diplomacy
    and the Changing` over `Politics of Maritime Enforcement`): both lines in title case, the first the longer
    and of four words or more, ending with no stop, colon or dash; the second holding a small word of a phrase
    (`of`, `the`; not `and` or `in`, which join names or name a place: `Ana Cruz and Li Wei`, `Omar Haddad in
    Jakarta`), and naming no affiliation, issuing body nor issue. A subtitle in title case is set off by a colon
    or a dash, or is the longer line."""
    if not _latin(following) or len(following) >= len(content) or content[-1] in "-–—":
        return False
    if len(content.split()) < _WRAPPED_TITLE_WORDS or not _title_case(content) or not _title_case(following):
        return False
    if not any(w.lower() in _PHRASE_WORDS for w in following.split()[1:]):
        return False
    if _byline_names().fullmatch(following) is not None:  # an issuing body (`Office of the Spokesperson`)
        return False
    return any_label(("affiliation",)).search(following) is None and not is_issue_line(following)


_NOT_IN_HEADING = frozenset("。．.！!？?；;：:，,、")
_QUESTION = "?？"
_QUOTED = ">＞"  # the sign a mail or a forum reply opens a quoted line with

_FIELD_LABEL = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]{0,4}[\u4e00-\u9fff]){1,5}：[ \u3000]*[^\s\u3000]")
"""A labelled field line (`主旨：…`, `發文日期：…`, a meeting's spaced `紀　　錄：…`): a short label of CJK characters
(spaced to the column's width or not) and a full-width colon opening the line, something after it. A form prints
its fields one a line, so where the line above opens with a field too, this line is the next field, never the wrap
of the one above, however long that one ran."""


def _next_field(content: str, previous: Line | None) -> bool:
    """True for a labelled field line under another labelled field line: a block of its own."""
    return previous is not None and bool(_FIELD_LABEL.match(content)) and bool(_FIELD_LABEL.match(previous.content))


def _record_name(content: str, previous: Line | None) -> bool:
    """True for a database record's name field (layout.json 'record_name': `条约名称：`, `協定名：`) giving again the
    line above it, the record's title: the first of the record's fields, no wrap of that title (lay85b)."""
    if previous is None:
        return False
    label = next((m for p in label_patterns("record_name") if (m := p.match(content))), None)
    return label is not None and content[label.end() :].strip() == previous.content.strip()


def _goes_on(content: str) -> bool:
    """True for a text line that opens inside a sentence: a Latin word in lower case (`second case …`), no
    item's number, bullet or bracket."""
    return content[:1].isascii() and content[:1].islower()


def _field_wraps(lines: Sequence[Line], index: int, width: float, typical: float) -> bool:
    """True when the notice's field on line `index` (`layout.json` 'event_field') goes on over the next body
    line: the field fills its line (`_FIELD_FULL` of the typical width or more) and the next line is short, ends
    no sentence and opens no field of its own (`活動地點：…（臺北市…羅斯` over `福路四段一號）`). A field
    shorter than a full line ends on it, as does one over a line of text (the notice's text under its fields)."""
    if width < _FIELD_FULL * typical:
        return False
    tail = next((line for line in lines[index + 1 : index + 4] if line.role == BODY), None)
    return (
        tail is not None
        and tail.width < _FIELD_FULL * typical
        and tail.content[-1] not in _SENTENCE_STOPS
        and not opens_event_field(tail.content)
    )


_SENTENCE_STOPS = frozenset("。．.！!？?")


def _after_field(previous: Line | None, content: str) -> bool:
    """True for a numbered head (`（1）…`, `一、…`) right under a labelled field line (`出席者：…`, `日時：…`): a
    form's field ends on its line, stop or none, so a numbered head under it may open the first section. So may a
    listed head with no number (`報告事項` under a meeting's `紀　　錄：…`, lay86)."""
    return (
        previous is not None
        and bool(_FIELD_LABEL.match(previous.content))
        and (heading_shape(content) is not None or unnumbered_heading(content) is not None)
    )


def _label_after_colon(previous: Line | None, content: str) -> bool:
    """True for a numbered head's label alone on its line (`Article 1`, `Chapter 2`, `第一章`; its title on the
    next line) right under a line ending on a colon: a treaty's preamble closes on `Have agreed as follows:` over
    its first article (lay86). A list's item under a colon holds its words on its line; a label alone is none. A
    listed unnumbered head alone is one too (`主　　文` under `…本院判決如下：`, lay89b)."""
    if previous is None or previous.content[-1:] not in ":：":
        return False
    shape = heading_shape(content)
    if shape is None:  # a listed head alone under the colon: a judgment's `…判決如下：` over `主　　文` (lay89b)
        return unnumbered_heading(content) is not None
    return bool(shape.label) and not content[shape.title_offset :].strip()


_HEAD_WORDS = 6  # an English section head in sentence case is a short noun phrase (`Methods and data`)
_HEAD_WORD = re.compile(r"[A-Za-z][a-z]*(?:[-'][A-Za-z]+)*")


def _sentence_case_head(content: str, apart: bool = False) -> bool:
    """True for a Latin line shaped like a section head in sentence case (`Data and method`, `Policy
    implications`): a capital opens it, it is a few words of letters only (no digit, quote, bracket or stop),
    and it does not end on a small word (`and`, `of`, `the`), as a line broken inside a sentence may, unless
    empty lines set it `apart` (`Radar network switched on`)."""
    words = content.split(" ")
    return (
        content[0].isupper()
        and len(words) <= _HEAD_WORDS
        and all(_HEAD_WORD.fullmatch(w) is not None for w in words)
        and (apart or words[-1].lower() not in _SMALL_WORDS)
    )


def _standalone_heading(
    lines: Sequence[Line], line: Line, typical: float, unwrapped: bool, longest: int = 30, apart: bool = False
) -> HeadingShape | None:
    """An unnumbered heading that is in no list: a short line without punctuation standing alone between a
    sentence's end and a full line of text (`Shared Costs`, `合作的动力`), capitalized when in Latin script —
    or, in a text written one paragraph per line (a web page), only its first word capitalized (`What the
    talks cover`), and may end with a question mark (`Who may board a ship?`): there no line breaks early but
    a heading's. In a wrapped text a head in sentence case (`Data and method`, `_sentence_case_head`) is one
    too where the line after it opens a sentence with a capital: a short line cut from inside a paragraph
    runs on in lower case (`The coast guard` / `bought two boats.`), a new paragraph does not."""
    content = line.content
    if content.strip() in notice_marks():
        return None  # `記` over a notice's items: the letter's form, no section
    if answer_item(content):
        return None  # `二及び三について` in a written answer: the answer to those items, text (lay87b)
    # an appendix's head may name its part after a colon (`Appendix: Sources of the counts`), a longer line
    appendix = fullmatches_label(content, ("appendix",))
    if len(content) > (60 if unwrapped or appendix else longest) and not _set_off_title_case(lines, line):
        return None
    # a web page's headings may ask the question the section answers (`Who may board a ship?`)
    words = content[:-1] if unwrapped and content[-1] in _QUESTION and len(content) > 1 else content
    if unwrapped and "," in words and (joined := clause_comma()) is not None:
        words = joined.sub("", words, count=1)  # `An open door, but a narrow one`: one head's two clauses
    stamped = content[0].isalpha() and _stamped_entry(lines, line, words)
    if typical > 0 and line.width >= (_STAMPED_WIDTH if stamped else 0.5) * typical:
        return None  # a live page's entry headline, vouched for by the stamp over it, may run wider (a CJK
        # headline of two clauses, `…が帰投、…を強調`, is as wide as half a line of text)
    if (content[0].isdigit() or content[0] in _QUOTED or not _NOT_IN_HEADING.isdisjoint(words)) and not (
        appendix or stamped
    ):
        return None  # `> …`: a reply quoting the lines it answers, no head
    if not apart and content.isascii() and content.rsplit(" ", 1)[-1].lower() in _SMALL_WORDS:
        return None  # `Reports from the`: a line broken inside a sentence; no head ends on a small word (a line
        # set apart by empty lines is broken inside no sentence: `Radar network switched on`)
    sentence_case = False
    if content.isascii() and not (_title_case(words) or (unwrapped and content[0].isupper())):
        if not _sentence_case_head(_ENTRY_PARTS.sub("", content) if stamped else content, apart):
            return None  # an entry's head may part a headline's clauses (`Ships leave port, navy says`)
        sentence_case = True
    following = next((lines[k] for k in range(line.index + 1, len(lines)) if lines[k].role not in DROPPED), None)
    if following is not None and _pointer(following) and following.index + 1 < len(lines):
        following = next((k for k in lines[following.index + 1 :] if k.role not in DROPPED), None)
    if following is None or following.role != BODY:
        return None
    if sentence_case and not following.content[0].isupper():
        return None
    if _heads_comment(lines, following):
        return None  # a commenter's name over the comment and its stamp (`2 週`): the comment's, no section's head
    if not (
        following.width >= 0.6 * typical
        or ends_sentence(following.content)
        or _announces(following.content)
        or _table_under(lines, following)
    ):
        return None
    if appendix:
        return HeadingShape(UNNUMBERED, "", "", 0)  # an appendix is a part of its own, at the top level
    return HeadingShape(STANDALONE, "", "", 0)


def _heads_comment(lines: Sequence[Line], following: Line) -> bool:
    """True where the text line `following` (under a candidate head) is a comment's words: the next line with
    content is a comment's stamp as a social platform prints it under the words (`2 週`, `4月13日 21:40`;
    `comments.comment_stamp`). The line over the words is then the commenter's name (lay83's fan page answering
    under its own post), never a section's head."""
    under = next((lines[k] for k in range(following.index + 1, len(lines)) if lines[k].content), None)
    return under is not None and comment_stamp(under.content)


def _table_under(lines: Sequence[Line], following: Line) -> bool:
    """True when the line under a candidate head is a table's row parted by tabs, with a row of as many cells under
    it (`年度<tab>事業名<tab>内容` over `令和5年度<tab>…`): a section may open with its table, whose header row is as
    short as any and ends no sentence, where a head otherwise wants a sentence or a full line under it."""
    content = following.content
    following_text = partial(next_body_text, lines, following.index)
    return "\t" in content and may_be_row(content) and row_line(content, "", following_text)


_POINTER = re.compile(r"[^:：]{2,30}[:：][\s\u3000]*\S")


def _pointer(line: Line) -> bool:
    """True for a label and its link on one line, read as a related line (`See also: …`, `Further information:
    …`): an encyclopedia prints it right under a section's head as a hatnote pointing to another page, so the
    head's text starts on the line under it."""
    return line.role == FURNITURE and line.furniture == "related" and _POINTER.match(line.content) is not None


_ENTRY_STOPS = frozenset("。．.！!；;")
_STAMPED_WIDTH = 0.8  # a stamped entry's headline is still shorter than a full line of its text
_ENTRY_PARTS = re.compile(r"[,:](?= )")


def _stamped_entry(lines: Sequence[Line], line: Line, words: str, timed: bool = False) -> bool:
    """True for a live page's entry headline under its time stamp (`5:15 a.m. ET` over `Crew members hurt, Manila
    says`): a line printed right under a dateline the page's furniture holds may part its words with a comma or a
    colon, as a news headline does, though it ends no sentence and holds no stop. `timed`: the dateline must be a
    time of day alone (`18:40`), an entry's stamp; a portal's dated stamp (`5/10(金) 17:30配信`) over its source
    line heads no entry."""
    above = line.index - 1
    while above >= 0 and lines[above].role == BLANK:
        above -= 1
    return (
        above >= 0
        and lines[above].role == FURNITURE
        and lines[above].furniture == "dateline"
        and _ENTRY_STOPS.isdisjoint(words)
        and (not timed or _BARE_TIME.fullmatch(lines[above].content) is not None)
    )


_BARE_TIME = re.compile(r"\d{1,2}[:：]\d{2}(?:\s*(?i:[ap]\.?m\.?))?(?:\s+[A-Z]{2,4})?")


_SET_OFF_HEAD = 50  # a head in title case set off by an empty line above it may run longer than a short line


def _set_off_title_case(lines: Sequence[Line], line: Line) -> bool:
    """True for a Latin line in title case of `_SET_OFF_HEAD` characters at most with an empty line above it
    (`Responses by Regional Governments`): a report's head, longer than the short lines a wrapped text may cut
    from inside a sentence, which no empty line sets off."""
    content = line.content
    return (
        len(content) <= _SET_OFF_HEAD
        and line.index > 0
        and not lines[line.index - 1].content
        and content.isascii()
        and _title_case(content)
    )


_ANNOUNCING = 20  # a clause announcing a list (`Two pieces caught our eye:`), longer than a field's label


def _announces(content: str) -> bool:
    """True for a clause announcing the list under it (`Three things stood out this week:`): it opens a section's
    text as a finished sentence does, where a short label with a colon (`Phone:`) does not."""
    return len(content) >= _ANNOUNCING and opens_list(content)


def _after_lone_label(lines: Sequence[Line], index: int, label: Callable[[str], re.Match[str] | None]) -> bool:
    """True for the line after a label standing alone (`KEYWORDS`, then the keywords on the next line): the
    labelled line ends its paragraph, as it would after the label on its own line."""
    k = index - 1
    while k >= 0 and not lines[k].content:
        k -= 1
    if k < 0 or len(lines[k].content) > 16:
        return False  # a label standing alone is short
    match = label(lines[k].content)
    return match is not None and not lines[k].content[match.end() :].strip(" \u3000:：")


_TITLE_LINES = 6  # the title stands in the first lines of the file
_NAME = r"[\u4e00-\u9fff]{1,4}(?:[\s\u3000][\u4e00-\u9fff]{1,4})?"
_NAMES = re.compile(rf"{_NAME}(?:[\s\u3000、，,]+{_NAME})*")
"""A byline of CJK names (`李宗翰`, `山田　太郎`, `王明、李華`): the title above it ends there, however long it is."""


_ENTRY_REACH = 4  # lines an entry of a list may run over (hanging indents)


def _entry_number(lines: Sequence[Line], index: int, marker: FoundMarker) -> bool:
    """True when a marker opening body line `index` is the number of a list's entry, not a citation: the line
    reads as a sure note of a family the marker cites (`[1] 陈立. …[J]. …`) and a line near it opens with the
    number before or after in the same way (a list the notes left in the body: a reference list no marker of
    the text cites, under a document whose notes are of another family). One such line alone may be a
    paragraph broken right before its marker."""
    start = note_start(lines[index].content)
    if start is None or not start.sure or start.style not in cited_families(marker.style):
        return False
    for k in range(max(0, index - _ENTRY_REACH), min(len(lines), index + _ENTRY_REACH + 1)):
        if k != index and lines[k].role == BODY:
            near = note_start(lines[k].content)
            if near is not None and near.style == start.style and abs(near.number - start.number) == 1:
                return True
    return False


@cache
def _byline_names() -> re.Pattern[str]:
    """A byline of names, or an issuing body's name with or without them (`海洋安全研究中心`,
    `海洋政策研究会　中村優子`; data/layout.json `issuer`): under a title, the title ends above it."""
    issuer = any_label(("issuer",)).pattern
    return re.compile(rf"(?:{issuer})(?:[\s\u3000]+{_NAMES.pattern})?|{_NAMES.pattern}")


_SUBTITLE_LINE = re.compile(r"[—―─－~〜～]{1,2}[^—―─－~〜～\n]{2,40}[—―─－~〜～]{0,2}")
"""A subtitle opening with a dash under the title (`―二国間協定の比較から―`, `——以东南亚为例`): the title ends
above it."""


@cache
def _issuer_byline() -> re.Pattern[str]:
    """An issuing body's name and its writers' names on one line (`防衛政策研究室　佐藤一郎、鈴木花子`), a post
    between them it may be (`資料調査室　主任調査官　西村　陽子`): a front line of its own, above the title or
    under it."""
    post = r"(?:[\s\u3000]+[\u4e00-\u9fff]{2,8})?"
    return re.compile(rf"(?:{any_label(('issuer',)).pattern}){post}[\s\u3000]+{_NAMES.pattern}")


def _opens_list_item(content: str, marker: FoundMarker) -> bool:
    """True for a weak marker's shape (`（1）`, `2)`) opening a block and followed by its own text: a marker
    follows the words it supports, so a number that opens a paragraph numbers an item (`（1）窓口の指定`)."""
    return not catalogue().markers[marker.style].strong and content[marker.end :].lstrip()[:1].isalnum()


def _list_item(
    number: int | None, item_number: int | None, previous: Line | None, announced: bool
) -> tuple[bool, bool]:
    """(whether a line numbered `number` is a list item opening a paragraph of its own, whether it is one of a
    list a colon announced). Item 1 opens a list after a line announcing one (`three steps:`, or a finished
    sentence `具體作法有三。`); an item numbered on by one from the item before goes on with its list."""
    if number is None or previous is None:
        return False, False
    if item_number is not None and number == item_number + 1:
        return True, announced
    if number != 1:
        return False, False
    if opens_list(previous.content):
        return True, True
    return may_announce_list(previous.content), False


def _byline_or_dateline(content: str, byline_line: Callable[[str], object]) -> bool:
    """True for a labelled byline or source line (`作者：…`, `記者　…`, `来源：…`) or a dateline: a front line of
    its own, neither joined to the title above it nor to the text below."""
    return byline_line(content) is not None or is_dateline(content)


_NAME_PART = r"[^\s\u3000（）()、。，,.:：;；\d]{1,8}"
_POSTED_NAME = re.compile(rf"{_NAME_PART}(?:[ \u3000]{_NAME_PART})?[ \u3000]*[（(]([^（）()]{{2,40}})[）)]")
"""A writer's name and post in brackets on a line of their own (`鈴木 花子（北海学園大学准教授）`)."""


def _posted_name(content: str) -> bool:
    """True for a byline line naming one writer and a post in brackets, with no label before the name: a front
    line of its own under the title, as a labelled byline is. The bracket must name a post (`data/layout.json`,
    `affiliation`), so a title ending in a bracketed word (`海洋状況把握（MDA）`) stays a title."""
    match = _POSTED_NAME.fullmatch(content)
    return match is not None and any_label(("affiliation",)).search(match.group(1)) is not None


def _closing_byline(content: str) -> bool:
    """True for a story's closing byline in brackets (`（政治部　山口真一）`; `data/layout.json`, `end_byline`): a
    block of its own, never joined to the paragraph above it."""
    return any(p.fullmatch(content) for p in label_patterns("end_byline"))


def _lone_byline_label(content: str) -> bool:
    """True for a writers' label standing alone on its line (`Written by`, `文：`, `執筆：`; `data/layout.json`,
    `byline_label`): a block of its own, joined neither to the text above it nor to the names under it."""
    return len(content) <= _LONE_LABEL and fullmatches_label(content.strip(), ("byline_label",))


_LONE_LABEL = 16  # a label standing alone is short


def _rule_apart(lines: Sequence[Line], index: int) -> bool:
    """True when line `index`, a rule (`-----`, taken as a blank line), stands between empty lines or at an edge of
    the file: a plain-text mail's rule between its sections. A word processor's rule over a page's notes stands
    right under the text's last line."""
    return all(k < 0 or k >= len(lines) or not lines[k].content for k in (index - 1, index + 1))


_RUNS_ON_WIDTH = 0.9  # of the typical width: a numbered line this wide, its sentence going on below, is text
_RUNS_ON_TITLE = 40  # characters at least of such a line's text after its number


def _paragraph_runs_on(lines: Sequence[Line], index: int, width: float, typical: float) -> bool:
    """True when line `index`, a number and a text (`2. Explosive ordnance continued to … fifty`), fills its line
    and its sentence goes on in the next line, which opens with a small letter (`countries and territories, …`): a
    numbered paragraph wrapped at the page's width, as a report numbers its paragraphs over its heads. A head is
    shorter than the text's lines, or wraps onto a short line; a paragraph's next line is a full one or ends it."""
    if typical <= 0 or width < _RUNS_ON_WIDTH * typical or len(lines[index].content) < _RUNS_ON_TITLE:
        return False
    following = next((line for line in lines[index + 1 : index + 3] if line.role != BLANK), None)
    if following is None or following.role != BODY or following.index != index + 1:
        return False
    text = following.content
    return (
        text[:1].isascii()
        and text[:1].islower()
        and (following.width >= _RUNS_ON_WIDTH * typical or ends_sentence(text))
    )


def _headline_ends(content: str, width: float, typical: float, following: str) -> bool:
    """True for a Latin headline in sentence case over a standfirst (`Philippines and Japan hold joint …`, then
    `Crews practised boarding …`): a first line with no stop, cut short where the next line's first word would
    have fitted, ends there (a title wrapped by the column fills its line first)."""
    if not content.isascii() or not following.isascii() or content[-1] in _STOPS or content[-1] in ",;:-":
        return False
    first = following.split(maxsplit=1)[0] if following.strip() else ""
    return bool(first) and first[0].isupper() and width + 1 + len(first) <= 0.85 * typical


_PRINTED_WIDTH = 120  # no printed column is this wide (about 110 Latin characters, 60 CJK ones)


def _sentence_ends(lines: Sequence[Line]) -> bytes:
    """Whether each line ends a sentence, by index: 1 for a body line that does, 0 for one that does not, 2 for
    a line that is no body line; read once, for `_unwrapped` and the body loop. A column of bytes, not a dict by
    index: on a big file of short lines the dict weighed about 40 bytes a line, more than the text."""
    stops, may_trail = SENTENCE_STOPS, MAY_TRAIL_STOP  # `ends_sentence` called only where the last character needs it
    return bytes(
        [
            ((c := line.content)[-1] in stops or (c[-1] in may_trail and ends_sentence(c))) if line.role == BODY else 2
            for line in lines
        ]
    )


def _unwrapped(lines: Sequence[Line], typical: float, closing: bytes) -> bool:
    """True when each line is a paragraph (a web page's text, a file written one paragraph per line), so a line
    ends its paragraph even where it is long: most body lines end with a stop, or the text's lines are wider than
    any printed column and most of the long ones end with a stop (the short ones are headings and bylines).
    `closing` tells whether each body line ends a sentence (`_sentence_ends`)."""
    body = len(closing) - closing.count(2)
    if body >= 5 and closing.count(1) > 0.6 * body:
        return True
    if typical < _PRINTED_WIDTH:
        return False
    long_ends = [closing[line.index] for line in lines if line.role == BODY and line.width >= 0.5 * typical]
    return len(long_ends) >= 3 and sum(long_ends) > 0.6 * len(long_ends)


def _closing_formula(content: str) -> bool:
    """True for a line opening with a treaty's closing formula (data/layout.json 'closing_formula': the
    testimonium, `IN WITNESS WHEREOF`, `以上の証拠として`, `下列签署人…`, and the done clause, `Done at …`)."""
    return any(p.match(content) for p in label_patterns("closing_formula"))


def _colon_near_start(content: str) -> bool:
    """A cheap screen for `speaker_label` and `_next_field`: a colon near the line's start (a speaker's label is a
    few words at most, a field's label two to six characters)."""
    head = content[:24]
    return ":" in head or "：" in head or "):" in content[:_HELD_LABEL]  # `… (Sedgeley Common) (Con):`


_HELD_LABEL = 96  # characters: a member's label with a seat and a party, or an office naming its holder


def _body(doc: Document, lines: Sequence[Line], blocks: list[NoteBlock], flow: _Flow) -> None:
    """Write the body lines into the flow. The hot loop of layout repair: what a line says of itself (whether it
    closes a sentence, whether it ended its paragraph) is worked out once, when it is read, and kept for the
    line after it."""
    styles = _weak_markers(lines)
    glued = frozenset(name for name in styles if catalogue().markers[name].glued)
    allowed = _glued_allowed(lines, blocks, glued) if glued else {}
    builder = flow.builder
    typical = flow.typical
    double = flow.double
    label_line = any_label(("abstract", "keywords", "doctype")).match
    keywords_line = any_label(("keywords",)).match
    byline_line = any_label(("byline", "source")).match
    doctype_line = any_label(("doctype",)).fullmatch
    title_end = any_label(("title_end",)).search
    # the front lines that may hold a label, each kind's found in one pass over the front of the text: the
    # expressions, whose branches may start anywhere, are tried on those lines only (None: on every line)
    kind_sets = (("abstract", "keywords", "doctype"), ("keywords",), ("doctype",))
    labels, keywords, doctypes = label_screens(kind_sets, lines, doc.raw, _FRONT_LINES)
    closing = _sentence_ends(lines)
    unwrapped = _unwrapped(lines, typical, closing)
    items = newsletter_items(lines, typical, closing, byline_line)  # a newsletter's item headlines, if any
    listed = contents_titles(lines)  # the heads a contents list names (`Minister's foreword ….. iii`)
    first_text = next((line.index for line in lines if line.role == BODY), -1) if flow.last_text is None else -1
    lead = kicker_lead(lines, doctype_line) if double and flow.last_text is None else -1  # a column's lead
    # most lines hold no marker: one search for a strong marker's first character decides it without a call
    strong_initial = None if styles else catalogue().strong_initials.search
    previous_closes = False  # the previous text line ends a sentence
    previous_ended = True  # the previous text line ended its paragraph: short, or shortish and closing a sentence
    last = "."  # the previous text line's last character
    title_open = False  # the previous line is a title in title case that goes on over this one (`_title_runs_on`)
    previous_keywords = False  # the previous text line was the keywords line: the front matter ends with it
    previous_names = False  # the previous text line was a front line of names alone (a byline with no label)
    previous: Line | None = flow.last_text  # the last text line written
    blank_before = flow.blank_before  # kept here while the loop runs (only the loop and furniture blocks set it)
    item_number: int | None = None  # the number of the list item the text is in, if any
    announced = False  # that list was announced by a colon
    item_starts, list_item = item_initials(), list_item_number
    bullet_starts = bullets()
    openers = item_starts | bullet_starts | frozenset("（(")  # what a line may open a block with by its first character
    # labels opening two lines or more (`Commissioner Lee:`, `所長：`, `――`): each such line opens a speaker's turn
    faq = faq_page(line.content for line in lines if line.role == BODY)  # `Frequently asked questions: …`
    marked = label_mark_starts() or "\n"  # `○議長（…君）　…`: a Diet record's labels, with no colon
    speakers = repeated_speakers(
        line.content
        for line in lines
        if line.role == BODY
        and (_colon_near_start(line.content) or line.content[:1] in "―—─－" or line.content[:1] in marked)
    )
    after_break = False  # the line before was a form feed: the empty line its own line end leaves is no blank
    turned = False  # a page's turn (a form feed, a page number) stands between the last text line and this one
    for line in lines:
        role = line.role
        if role == BLANK:
            if not double and not after_break:  # in a double-spaced file a blank line means nothing
                blank_before = True
            if line.content and _rule_apart(lines, line.index):
                previous_closes = True  # a rule between empty lines parts a mail's sections: what is over it ended
            after_break = False
            continue
        after_break = role == PAGE_BREAK
        if role == FURNITURE:
            if not previous_closes and _foot_inside_paragraph(flow, lines, line):
                flow.deferred.append(line)  # the paragraph runs on over the page's foot: written after it
                previous_ended = False  # also in a file of a paragraph a line: the sentence goes on after the foot
                continue
            _furniture_block(flow, line)
            blank_before = False
            previous_ended = True
            continue
        if role != BODY:
            turned = turned or role in (PAGE_BREAK, PAGE_NUMBER)
            continue
        content = line.content
        index = line.index
        pending = flow.pending
        if turned and blank_before and not previous_closes and not previous_ended and _goes_on(content):
            blank_before = False  # a sentence cut by a page's turn: the empty lines about its foot and head part
            # nothing (`… and in the`, the notes, the foot, the next page's head, an empty line, `second case …`)
        turned = False
        if strong_initial is not None and strong_initial(content) is None:
            found = []
        else:  # a weak marker's digits ending the line are read with the next line's start (`。*21` / `回…`)
            following = next_body_text(lines, index) if styles and "0" <= content[-1] <= "9" else ""
            found = find_markers(content, styles, following)
        if found and found[0].start == 0 and _entry_number(lines, index, found[0]):
            found = found[1:]
        if allowed and found:
            page_numbers = allowed.get(line.page, set()) | allowed.get(0, set())
            found = [f for f in found if not f.glued or f.numbers[0] in page_numbers]
            if any(f.sequence for f in found):  # `in 20222 the`: a digit beside a year only as the next marker
                found = in_sequence(found, _last_number(flow))
        # A line inside a paragraph (past the byline's lines, after a line that did not end its paragraph, with
        # no indent, not opening with an item's number, a bullet or a bracket, not a marker alone nor a label) is
        # joined to the line before it unless it may be a heading: none of the other tests below that start a
        # block can hold for it, and most lines of a text are such lines. Whether it ends its paragraph is asked
        # below, as of any line.
        inside = False
        # a table's row (`| 2023-07-12 | … |`, cells parted by tabs or aligned spaces) or a transcript's turn
        # (`Q: …`, `記者：…`) is a unit of its own: it starts a block and ends it
        row = may_be_row(content) and row_line(
            content, previous.content if previous is not None else "", partial(next_body_text, lines, index)
        )
        if not row and 4 <= len(content) <= 6 and content[0] in "12":
            # a year alone over yearless dated lines (`2011` / `March 4 – …`, `2018年` / `12月1日　…`) heads them: a
            # block of its own
            row = heads_yearless_lines(content, next_body_text(lines, index))
        # a speaker's label and a form's field label end in a colon near the line's start: a line with none there
        # (most lines) is asked neither, nor is the line above
        colon = _colon_near_start(content)
        turn = not row and colon and speaker_label(content) is not None
        if speakers and not row and not turn and (colon or content[0] in "―—─－"):
            said = opening_label(content)
            # a label said twice opens a turn; in a transcript, so does one naming the speaker's seat or state in
            # brackets (`Mr. <name> (<State>):`), as a record names a member who speaks once (lay87)
            turn = said is not None and (bare_label(said) in speakers or bare_label(said) != said)
        elif speakers and not row and not turn and content[0] in "(（〔":
            turn = stage_note_line(content)  # `(Whereupon, …)` in a transcript: a note of its own
        if colon and not row and not turn and content[0] >= "\u4e00":
            turn = _next_field(content, previous) or _record_name(content, previous)  # `質詢委員：…` under `題目：…`:
            # the next field of a form; `条约名称：<the line above>`: a record's first field, under its title
        field = colon and not row and opens_event_field(content)  # `Venue: …`, `講師：…`: a notice's field
        turn = turn or field  # it opens a block, whatever the line above it (the field above wrapped or not)
        if previous_closes and not row and not turn:
            turn = opens_chronology_entry(content)  # `November 14 – …` after a closed sentence: an entry of its own
            # `IN WITNESS WHEREOF, …`, `Done at …` after a closed sentence: a treaty's closing clauses, each a
            # paragraph of its own, never the last article's paragraph run on (lay89b)
            turn = turn or _closing_formula(content)
        if (
            pending is not None
            and not row
            and not turn
            and not previous_ended
            and not blank_before
            and index >= _BYLINE_LINES
            and content[0] not in openers
            and not opens_spaced_item(content)  # `３　閣僚は…`: a numbered paragraph, even after a page's turn
            and not line.indent
            and flow.block_kind != "heading"
            and not (found and is_marker_only(content, found))
            and index not in items.heads
            and index not in items.under
            and index not in flow.answer_titles
            and index not in flow.gazette_heads
            and not (last in ":：" and unnumbered_heading(content) is not None)  # `…判決如下：` over `主　　文`
            # a front line may be a label (`Keywords: …`) opening a block of its own
            and (index >= _FRONT_LINES or (labels is not None and index not in labels) or label_line(content) is None)
        ):
            closes = closing[index] == 1
            width = line.width
            inside = not (
                (previous_closes or item_number is not None)
                and (typical <= 0 or width < typical)
                and (not closes or (unwrapped and content[-1] in _QUESTION))
            )
        if inside:
            front_line = False
            last = content[-1]
            _join_lines(flow, pending, line)  # type: ignore[arg-type]  # not None: tested above
        else:
            keyed = index < _BYLINE_LINES and keys_affiliations(lines, index)  # keys read as markers or not
            if keyed or (found and index < _BYLINE_LINES and keyed_affiliations(lines, [index])):
                found = []  # `Anna Berg¹, Li Wei²` over `¹ Department of …`: affiliation keys, not note markers
            if found and pending is not None and is_marker_only(content, found):
                _flush(flow, 0)
                flow.pending, flow.pending_markers = line, found
                continue
            last = content[-1]
            closes = closing[index] == 1
            in_heading = flow.block_kind == "heading"
            width = line.width
            shape = None
            period: HeadingShape | None = None
            if (
                (typical <= 0 or width < typical)
                and (not closes or (unwrapped and content[-1] in _QUESTION))  # a question may head a web section
                and (
                    previous is None
                    or previous_ended
                    or previous_closes
                    or blank_before
                    or in_heading
                    or item_number is not None  # a list item's line: a numbered heading may follow it unstopped
                    or _after_field(previous, content)
                    or _label_after_colon(previous, content)
                )
            ):
                shape = heading_shape(content) or unnumbered_heading(content)
                if shape is not None and shape.label.isdigit() and _paragraph_runs_on(lines, index, width, typical):
                    shape = None  # `2. Explosive ordnance … fifty` / `countries and …`: a numbered paragraph
                if shape is None and content in listed:
                    shape = HeadingShape(UNNUMBERED, "", "", 0)  # a head its contents entry names
                if shape is not None and previous is None and _kicker_head(shape, content):
                    shape = None  # `Event Summary` over the title, the page's first line: its kicker, no head
                if shape is not None and series_only(shape) and not _marked_again(lines, index, shape):
                    shape = None  # `■…` once: a kicker or a bulleted byline, no system of heads
                if shape is None and "0" <= content[0] <= "9":
                    following_text = next_body_text(lines, index)
                    # `1970年代` over `1972年9月29日　…`: a chronology's decade over its first entry heads the period
                    period = period_heading(content, following_text)
                    shape = period or section_heading(content, following_text)
                if shape is None and len(content) <= 40:  # `Transcript` over `Name (00:00): …`: its turns' head
                    shape = transcript_heading(content, next_body_text(lines, index))
                if shape is None and content[0] == "【" and _enclosed_system(lines, index):
                    shape = enclosed_heading(content)  # `【今後の課題】` among others of its kind: a section's head
                if shape is None and not in_heading and (
                    previous_closes
                    or previous_keywords
                    or (content[0].isalpha() and _stamped_entry(lines, line, content, timed=True))  # the first
                    # entry of a live page with no lead under its title: its time stamp parts it from the title
                ):
                    apart = blank_before and index + 1 < len(lines) and lines[index + 1].role == BLANK
                    shape = _standalone_heading(lines, line, typical, unwrapped, apart=apart)
                    if shape is not None and index < _FRONT_LINES and label_line(content) is not None:
                        shape = None  # `KEYWORDS` alone labels the next line: no heading
                    under = next_body_text(lines, index)
                    if shape is not None and _full_day_alone(content) and not ends_sentence(under):
                        shape = None  # `令和6年5月10日` over the signer's post: a notice's closing date (lay88b); a
                        # chronology's day over its entry's sentence keeps its head
                    if shape is not None and any(p.match(content) for p in label_patterns("court_division")):
                        shape = None  # `民事第二庭　法　官　…`: a judgment's signature, its division and judge (lay89b)
                elif shape is None and previous_names and not in_heading and _sentence_case_head(content):
                    # `Jane Doe` / `Why the rules changed` / a sentence: the byline's names end the front, the
                    # head in sentence case under them opens the first section (as long as such a head may be)
                    shape = (
                        _standalone_heading(lines, line, typical, unwrapped, 60) if lowercase_head(content) else None
                    )
                    if shape is not None and label_line(content) is not None:
                        shape = None  # `Abstract` or a doctype under the names labels what follows: no heading
            if shape is not None and index == first_text:
                others = (other.content for other in lines if other.role == BODY and other is not line)
                if title_sign(content, others):
                    shape = None  # `# Title` over `## …` sections: the file's title line, no heading
            if index in items.heads and not sign_only(shape):
                # a newsletter item's headline (`layout/items.py`); one marked by a sign (`## …`, a Markdown copy
                # of the newsletter) keeps its sign's shape, so the title is read after the sign
                shape = HeadingShape(STANDALONE, "", "", 0)
            if index in flow.answer_titles:
                shape = HeadingShape(STANDALONE, "", "", 0)  # an answer's title under its covering letter
            if flow.gazette_heads:  # `〔告示〕` over `○…告示第…号`: a gazette issue's group and item, its only heads
                shape = flow.gazette_heads.get(index)  # (`御名　御璽`, a signature's date: the item's text)
            if row and period is None:  # (`2021年` over `11月22日　…` is a row too: a chronology's year heads it)
                shape = None  # a header row (`| Date | Event |`) names columns: no heading
            elif faq and shape is not None and not shape.label and content[-1] in _QUESTION:
                shape = None  # a page of frequently asked questions: its question lines are its text, no heads
            elif turn and content[0] in "(（〔" and shape is not None and stage_note_line(content):
                shape = None  # `（10時30分）` alone in a transcript: a note of what is no speech, no heading
            if shape is not None and not shape.label and _under_author_label(lines, index):
                shape = None  # `執筆者紹介`, then `佐藤　健太（さとう・けんた）`: the box's writer, no section's head
            indent = line.indent
            keyed_line = index < _BYLINE_LINES and keyed_affiliations(lines, [index])
            if keyed_line:
                shape = None  # `1 School of Law, …` under `Amara Osei1 and …`: an affiliation, never a heading
            elif (
                shape is not None
                and period is None  # `2021年` over `11月22日　…`: a chronology's year, not a dateline
                and index < _BYLINE_LINES
                and "0" <= content[0] <= "9"
                and is_dateline(content)
            ):
                shape = None  # `3 October 2024` under a title: a dateline, not heading 3
            elif (
                shape is not None
                and index < _BYLINE_LINES
                and shape.family in (UNNUMBERED, STANDALONE, PAGE_PART)
                and byline_line(content)
            ):
                shape = None  # `文＝鈴木一郎（ジャーナリスト）` standing alone: a byline, not a heading
            # a heading's label alone (`Chapter 2`, `第二章`) over its title's short line ending no sentence
            title_under_label = (
                in_heading
                and (shape is None or shape.family in _UNNUMBERED_FAMILIES)
                and pending is not None
                and flow.block_shape is not None
                and not pending.content[flow.block_shape[3] :].strip()
                and not closes
                and len(content) <= _LABEL_TITLE
            )
            if title_under_label:
                shape = None  # `绪论` under `第一章`: the chapter's title, no heading of its own
            front_line = (
                keyed
                or keyed_line
                or (index < _BYLINE_LINES and (_byline_or_dateline(content, byline_line) or _posted_name(content)))
                or (index < _BYLINE_LINES and content[-1:] in "）)" and bool(names_with_readings(content)))
                or (content[0] in "（(" and _closing_byline(content))  # `（政治部　山口真一）` under the text

                or _lone_byline_label(content)  # `Written by` alone over the writers' names, a line each
                or index in items.under  # a newsletter item's writer or date line, under its headline
                or (width < 0.5 * typical and closing_signature(lines, index))  # `市渔业局` over the last date
                or (previous_closes and closing_writer(content) and byline_line(content) is not None)  # `文／某某`
            )
            # a byline keying the affiliations under it, and each of them, starts its own block
            number = list_item(content) if content[0] in item_starts and previous is not None else None
            item, colon_list = (
                (False, False) if number is None else _list_item(number, item_number, previous, announced)
            )
            if colon_list:
                shape = None  # an item of a list a colon announced is never a heading, whatever its shape
            # a yearly paper's cover: its edition's year, the kind of paper, the compiling body (`中華民國112年`,
            # `國防報告書`, `…編纂委員會　編印`): the first two lines one title (lay86b)
            edition = (
                previous is not None
                and previous.index == first_text
                and edition_title_runs_on(previous.content, content, _next_printed(lines, index))
            )
            if not title_under_label and not edition and (
                previous is None
                or pending is None
                or shape is not None
                or in_heading
                or blank_before
                or previous_ended
                or (
                    indent
                    and not title_open  # a centred title's second line is indented as its first is
                    and ((len(indent.replace("\t", "  ")) >= 2 and indent != " ") or "\u3000" in indent)
                )
                or (index < _FRONT_LINES and (labels is None or index in labels) and label_line(content) is not None)
                or front_line
                or item
                or row
                or turn
                or opens_spaced_item(content)  # `１　本28日、…`: a numbered paragraph of an official document
                or (content[0] in bullet_starts and previous is not None and bullet_item(content, previous.content))
            ):  # the line starts a block
                if number is not None or item_number is not None:
                    item_number = number if item or number == 1 else None  # a block opening with item 1: a list?
                    announced = colon_list
                if found and found[0].start == 0 and (item or _opens_list_item(content, found[0])):
                    found = found[1:]
                _close_block(flow)
                if builder.position:
                    builder.insert("\n", line.lo)
                flow.block_start = builder.position
                flow.block_page = line.page
                if shape is not None:
                    flow.block_kind = "heading"
                    flow.block_shape = (
                        shape.family,
                        shape.numbering,
                        shape.label,
                        shape.title_offset,
                        shape.title_tail,
                    )
                else:
                    flow.block_kind = "paragraph"
            else:
                assert pending is not None  # a title under its label joins the label's line, which is pending
                _join_lines(flow, pending, line)
        flow.pending, flow.pending_markers = line, found
        # a line of names under the title (a text line above it: a short title may look like names itself)
        previous_names = (
            not inside
            and index < _TITLE_LINES
            and previous is not None
            and shape is None
            and (latin_names(content) or (previous_names and names_post(content)))  # a post under the names
        )
        previous = line
        blank_before = False
        previous_closes = closes
        previous_keywords = (
            index < _FRONT_LINES and (keywords is None or index in keywords) and keywords_line(content) is not None
        )
        previous_ended = (
            typical <= 0
            or front_line
            or row
            or (unwrapped and last not in "-‐,，、")
            or (
                index < _FRONT_LINES
                and (
                    _title_case(content)  # Latin, its dashes and accents too (`<State>–<State>`, a name with accents)
                    or ((keywords is None or index in keywords) and keywords_line(content) is not None)
                    or _after_lone_label(lines, index, keywords_line)  # `KEYWORDS` alone, then the keywords
                    or is_issue_line(content)  # the journal line above the title
                    # a report's or article's label (`研究報告`, `Commentary`)
                    or ((doctypes is None or index in doctypes) and doctype_line(content) is not None)
                    or (index < _TITLE_LINES and title_end(content) is not None)  # a release's title (`…について`)
                    or (index < _TITLE_LINES and _byline_names().fullmatch(next_body_text(lines, index)) is not None)
                    # an outlet's edition or app under a shared story's title (`…新聞デジタル`): the title ends
                    or (index < _TITLE_LINES and fullmatches_label(next_body_text(lines, index), ("outlet_name",)))
                    or (index < _TITLE_LINES and _issuer_byline().fullmatch(content) is not None)
                    or (index < _TITLE_LINES and _SUBTITLE_LINE.fullmatch(next_body_text(lines, index)) is not None)
                    or (index < _TITLE_LINES and _headline_ends(content, width, typical, next_body_text(lines, index)))
                    or (index == first_text and cjk_title_line(content, width, typical))  # the file's first line
                    or index == lead  # a column's lead under its kicker and title, in a double-spaced file
                )
            )
            or (last not in "-‐,，、；;:：" and (width < 0.6 * typical or (width < 0.85 * typical and closes)))
        )
        if field and typical > 0 and not unwrapped:
            # a notice's field ends on its line unless its value fills the line and wraps onto a short line that
            # ends no sentence (`Venue: …, Parkville` over `campus`), whatever its words' case; the next field
            # opens a block of its own (`turn`), and a text under a field is no wrap of it (lay72)
            previous_ended = not _field_wraps(lines, index, width, typical)
        title_open = (
            index < _TITLE_LINES
            and not front_line
            and _latin(content)
            and content[0].isupper()
            and (
                _title_runs_on(content, next_body_text(lines, index))
                or _title_wraps(content, next_body_text(lines, index))
            )
        ) or (  # a title in title case broken over two lines: one block; a CJK one broken after `的`, `をめぐる`
            index < _TITLE_LINES
            and not front_line
            and cjk_title_runs_on(content, following_text := next_body_text(lines, index))
            and _SUBTITLE_LINE.fullmatch(following_text) is None
            and _byline_names().fullmatch(following_text) is None
            and not is_issue_line(following_text)
        ) or (  # the browser tab's title printed first holds this line and the next run together
            index < _TITLE_LINES
            and not front_line
            and tab_title_runs_on(
                [x.content for x in lines[:index] if x.content], content, next_body_text(lines, index)
            )
        )
        previous_ended = previous_ended and not title_open
    flow.blank_before = blank_before
    flow.last_text = previous
    _close_block(flow)
    _demote_lists(flow)


def _next_printed(lines: Sequence[Line], index: int) -> str:
    """The content of the next line holding any after line `index`, whatever role an earlier pass gave it (a cover's
    compiling body is front furniture already), or ''."""
    return next((line.content for line in lines[index + 1 :] if line.content.strip()), "")


_UNNUMBERED_FAMILIES = frozenset({GIVEN, UNNUMBERED, STANDALONE, PAGE_PART})


def _demote_lists(flow: _Flow) -> None:
    """Numbered lines of one family following each other with no paragraph between are a list, not headings:
    they become paragraphs (a numbered list inside the text is neither a heading nor a note)."""
    headings = flow.headings
    if len(headings) < 2:
        return
    starts = sorted(s.start for s in flow.spans if s.kind == "paragraph")

    def adjacent(first: Heading, second: Heading) -> bool:
        k = bisect.bisect_left(starts, first.end)
        return k >= len(starts) or starts[k] >= second.start

    demoted: set[int] = set()
    for i, (a, b) in enumerate(pairwise(headings)):
        if a.family not in _UNNUMBERED_FAMILIES and a.family == b.family and adjacent(a, b):
            if a.page is not None and b.page is not None and a.page != b.page and a.start not in demoted:
                continue  # `A. …` last on a page, `B. …` first on the next: a page's turn parts them, no list
                # (a list's run that reached the turn goes on over it)
            after = headings[i + 2] if i + 2 < len(headings) else None
            if (
                after is not None
                and after.family != b.family
                and adjacent(b, after)
                and a.start not in demoted
                and all(h.family != after.family for h in headings[:i])
            ):
                continue  # an empty section whose successor opens subsections: headings, not a list (unless it
                # ends a run of three or more, or what follows is a family met before: a list's last item is
                # followed by the next section's heading as well)
            demoted.update((a.start, b.start))
    if not demoted:
        return
    kept: list[Span] = []
    for span in flow.spans:
        owner = next((h for h in headings if h.start <= span.start <= h.end), None)
        if span.kind == "heading-title" and owner is not None and owner.start in demoted:
            continue
        kept.append(span)
    kept += [Span("paragraph", h.start, h.end, h.page) for h in headings if h.start in demoted]
    flow.spans = sorted(kept, key=lambda s: (s.start, -s.end))
    flow.headings = [h for h in headings if h.start not in demoted]


def _notes(doc: Document, lines: Sequence[Line], blocks: list[NoteBlock]) -> tuple[str, OffsetMap, list[Footnote]]:
    builder = TextBuilder(doc.raw)
    notes: list[Footnote] = []
    for block in blocks:
        current: list[Line] = []
        for k in range(block.first_line, block.last_line + 1):
            line = lines[k]
            if line.role == NOTE:
                if current:
                    notes.append(_write_note(builder, current, block))
                current = [line]
            elif line.role == NOTE_CONTINUED and current:
                current.append(line)
        if current:
            current.extend(lines[k] for k in block.carried)  # its last note's end, at the next page's foot
            notes.append(_write_note(builder, current, block))
    text, offsets = builder.build()
    return text, offsets, notes


def _write_note(builder: TextBuilder, note_lines: Sequence[Line], block: NoteBlock) -> Footnote:
    if builder.position:
        builder.insert("\n", note_lines[0].start)
    first = note_lines[0]
    start = builder.position
    for i, line in enumerate(note_lines):
        lo = first.note_text_lo if i == 0 else line.lo
        if i + 1 < len(note_lines):
            following = note_lines[i + 1]
            context = _join_context(builder, line.content) if i else line.content
            drop, insert = join(context, following.content)
            builder.copy(lo, line.hi - drop)
            builder.insert(insert, following.lo)
        else:
            builder.copy(lo, line.hi)
    return make_footnote(
        id=f"fn{block.index}.{first.note_number}",
        block=block.index,
        number=first.note_number,
        page=first.page,
        start=start,
        end=builder.position,
        raw_start=first.lo,
        raw_end=note_lines[-1].hi,
        style=first.note_style,
        kind=block.kind,
    )


_GAP = re.compile(r"[ \u3000]{2,}")  # a gap between a table's cells: two spaces or more, ideographic ones too
_ROW_CELLS = 3  # a row aligned by spaces alone holds three cells or more (two may be a head and its number)


def _cells(content: str) -> int:
    """How many cells a line parts into at wide gaps of spaces (`A国　　　　10a　　　2018`: three)."""
    return len(_GAP.split(content)) if _holds_gap(content) else 1


def _text_width(lines: Sequence[Line]) -> float:
    """The width of a full line of text (`typical_width`), a table's rows left out: lines of three cells or more
    parted by wide gaps, beside a line parted alike (`供与先　　　隻数　　完了年` over `A国　　　　10a　　　2018`),
    are no wrapped text, and in a short report a table's few rows would otherwise set the column's width, making
    its title a full line that runs on into the byline. A big file's lines (kept as columns) are measured whole."""
    if type(lines) is not list:
        return typical_width(lines)
    text = [line for line in lines if line.role == BODY and line.content]
    # a line parts into cells only at a gap (`_cells`): the lines holding none (nearly all) are one cell each and
    # can be no row, nor make a neighbour one (a row's neighbour has as many cells, three or more); the cells are
    # counted for the lines holding a gap only, and the others are not asked one by one
    joined = "\n".join([line.content for line in text])
    if "  " in joined or "\u3000\u3000" in joined:
        cells = {k: _cells(c) for k, line in enumerate(text) if "  " in (c := line.content) or "\u3000\u3000" in c}
    else:
        cells = {}
    rows = {k for k, n in cells.items() if n >= _ROW_CELLS and (cells.get(k - 1) == n or cells.get(k + 1) == n)}
    if not rows or len(rows) == len(text):
        # `typical_width(lines)`, read off the text lines already picked out (the same lines, in order)
        widths = [line.width for line in text]
        widths.sort(key=float)
        return widths[min(len(widths) - 1, int(len(widths) * 0.8))] if widths else 0.0
    widths = sorted((line.width for k, line in enumerate(text) if k not in rows), key=float)
    return float(widths[min(len(widths) - 1, int(len(widths) * 0.8))])


def _holds_gap(content: str) -> bool:
    """Whether `_cells` may find more than one cell in a line: it holds two spaces or two ideographic spaces."""
    return "  " in content or "\u3000\u3000" in content


_YAML_FRONT_LINES = 50  # a front matter block opens the file: its fences stand within its first lines


def repair_layout(doc: Document) -> Document:
    """Stage 1: fill `text`, `notes_text`, their maps, paragraphs, headings (unleveled) and unlinked markers. A
    Markdown file's named notes (`[^loans]`) are numbered for the time of the reading (`named_notes`), and so are
    an encyclopedia copy's note lists that lost their numbers (`^ …`, `place_notes`)."""
    with named_notes(doc.raw, note_start.cache_clear), place_notes(doc.raw, note_start.cache_clear):
        return _repair_layout(doc)


def _repair_layout(doc: Document) -> Document:
    watched = array("i")  # the lines that may be furniture: machine ints (a big file's line makes its index anew)
    # a list of `Line`s, or for a big file of short lines a `LineTable` read as one (indexing, slicing, `len`,
    # iteration: all the passes below ask of it; see `split_lines`)
    # what no pass changes is counted as the lines are cut: the lines a note may start on (one of its first
    # characters: `note_start`'s own first test), whether a leading space may resume a page, whether the file is
    # double-spaced (`LineFacts`), each once, not in a pass over every line of its own
    facts = LineFacts(catalogue().note_initials)
    lines = split_lines(doc.raw, furniture_initials(), watched, facts)
    column = 0.0  # the width of a full line of side-by-side columns, if any
    if may_hold_columns(doc.raw) and (unfolded := unfold_columns(lines)) is not None:
        lines, column = unfolded  # side-by-side columns read one after the other (`columns`)
        recount(lines, furniture_initials(), watched, facts)
    if isinstance(lines, list) and holds_edit_links(doc.raw) and (cut := split_edit_links(lines)) is not None:
        lines = cut  # `Background[edit]`: an encyclopedia copy's head and its edit link, two lines (`edit_links`)
        recount(lines, furniture_initials(), watched, facts)
    # every line's note start, read once: which lines page furniture must leave alone, and where blocks start
    if doc.raw.lstrip()[:3] == FENCE and (fences := front_fences([line.content for line in lines[:_YAML_FRONT_LINES]])):
        for index in fences:
            lines[index].role = BLANK  # a Markdown file's front matter parted from its text as by a rule
    starts = {i: start for i in facts.noted if (start := note_start(lines[i].content))}
    protected = set(starts)
    if runs("trim_glued_page_numbers", starts):
        trim_glued_page_numbers(lines, starts)  # `②同上，第5页。      · 1 ·`: the page's number leaves the note's line
    mark_furniture(lines, watched, doc.raw)
    mark_spaced_dates(lines, doc.raw)  # `中　　華　　民　　國　　113　　年…日`: a date spread over the width
    if holds_link_definitions(doc.raw):
        mark_link_definitions(lines, doc.raw, protected)  # `[coral]: https://… "Title"`: a Markdown link's source
    commented = mark_comments(lines)  # a comment section's headers and reply buttons, under its count
    if runs("mark_contents_entries", lines):
        mark_contents_entries(lines)  # `一、引言<TAB>2` under a contents label: a word processor's entries
    mark_jump_box(lines)  # `On this page` over the heads of the sections below, right over the first
    mark_recording(lines, doc.raw)  # a video page's channel over its count, its chapters, its transcript's stamps
    mark_news_list(lines, doc.raw)  # `新着情報` over `2024年6月14日　…` lines: a page's latest notices, related links
    mark_page_furniture(lines, protected)
    if runs("mark_labelled_page_numbers", doc.raw):  # `holds_labelled_page_separator`
        mark_labelled_page_numbers(lines, protected)
    mark_front_furniture(lines)
    mark_title_bar(lines)  # `<headline> | <site>` over the headline: the browser's title bar, navigation
    warnings: list[str] = []
    resume = facts.resume_possible()  # `resume_convention_possible(lines)`
    blocks = find_note_blocks(lines, warnings, resume, starts)
    confirm_running_headers(lines)
    protected |= header_author_lines(lines)  # `作者  account (nickname)` over `標題  …`: a post's header, no menu
    mark_edge_blocks(lines, protected, doc.raw)  # what the word lists and page passes left, told by shape
    answer_titles = mark_answer_head(lines, doc.raw)  # `答弁第n号` under a question's text: the answer's head
    find_periodic_heads(lines)
    edged = edge_lines(lines)  # the few lines with a number or a decoration at an edge, read once for both passes
    if runs("mark_numbered_feet", edged):
        mark_numbered_feet(lines, edged)
    if runs("mark_facing_heads", edged):
        mark_facing_heads(lines, edged)  # `52　part` over a left page, `chapter　53` over the right one
    repeated = find_repeated_furniture(lines)  # whatever their words: lines printed again at page turns
    join_split_blocks(lines, blocks, FURNITURE)  # a page's notes a foot printed among them cut in two
    mark_page_breaks(lines, blocks, resume)
    labelled_page_notes(lines, blocks)  # `註` over the notes closing every page: each page's notes
    settle_placements(lines, blocks, resume, FURNITURE)
    flow = _Flow(TextBuilder(doc.raw), column or _text_width(lines), facts.double_spaced())  # `is_double_spaced(lines)`
    flow.answer_titles = answer_titles
    flow.gazette_heads = gazette_heads(lines)  # `〔条約〕`, `○…` in an issue under its row (`令和…日　…曜日　第…号`)
    _body(doc, lines, blocks, flow)
    notes_text, notes_map, notes = _notes(doc, lines, blocks)
    pages = lines[-1].page if lines else 1  # pages are numbered on in file order (`mark_page_breaks`)
    placements = tuple(b.placement for b in blocks)
    # The lines weigh more than the text they describe: let them go before the body text is joined.
    del lines, blocks
    text, body_map = flow.builder.build()
    return doc.evolve(
        text=text,
        body_map=body_map,
        notes_text=notes_text,
        notes_map=notes_map,
        spans=tuple(flow.spans),
        headings=tuple(flow.headings),
        markers=tuple(flow.markers),
        footnotes=tuple(notes),
        meta=(
            *doc.meta,
            ("pages", pages),
            ("double_spaced", flow.double),
            ("note_placements", placements),
            ("layout_warnings", tuple(warnings)),
            ("repeated_furniture", repeated),  # raw starts of feet and heads found by repetition (see `repeats`)
            ("comment_headers", commented),  # raw starts of a comment section's headers: they date no document
        ),
    )


def _kicker_head(shape: HeadingShape, content: str) -> bool:
    """True for a listed unnumbered head that is also a kind of document (data/layout.json 'doctype': `Event
    Summary`, `Event Recap`): as the document's first line, over its title, it names what the page is (a kicker,
    front matter); further down it heads the page's section of that name (lay83)."""
    return shape.family == UNNUMBERED and any(p.fullmatch(content.strip()) for p in label_patterns("doctype"))


def _full_day_alone(content: str) -> bool:
    """True for a line that is one date to the day and nothing else (`令和6年5月10日`, `10 May 2024`): over a line
    ending no sentence (the signer's post), the date a notice closes on, no section's head."""
    found = find_dates(content)
    return len(found) == 1 and len(found[0].edtf) == 10 and (found[0].start, found[0].end) == (0, len(content))


_TEXT_LINE = 36
"""A line this long is a line of text, no headline, whether or not it ends a sentence (a wrapped paragraph)."""


def _enclosed_head(lines: Sequence[Line], index: int) -> bool:
    """True where body line `index` is a head in lenticular brackets (`enclosed_heading`) with the text under it:
    the next body line ends a sentence or runs as long as a line of text does, no short headline with no stop
    (`【國際動態】` over an item's headline is a newsletter's kicker); and no other body line says the same
    (`【記者】` at every turn of a transcript is a speaker's label: a section's head is printed once)."""
    line = lines[index]
    if line.role != BODY or enclosed_heading(line.content) is None:
        return False
    if any(other.content == line.content for k, other in enumerate(lines) if k != index and other.role == BODY):
        return False
    following = next_body_text(lines, index)
    return ends_sentence(following) or len(following) >= _TEXT_LINE


def _enclosed_system(lines: Sequence[Line], index: int) -> bool:
    """True where line `index` and at least one other body line are heads in lenticular brackets over their text
    (`_enclosed_head`): one such line alone is a label or a kicker (`【解説】` over a title), no system of heads."""
    return _enclosed_head(lines, index) and any(
        _enclosed_head(lines, k) for k, other in enumerate(lines) if k != index and other.content.startswith("【")
    )


def _marked_again(lines: Sequence[Line], index: int, shape: HeadingShape) -> bool:
    """True where a body line of `lines` other than the one at `index` opens with the same mark as `shape` and
    reads as a heading of its family (`series_only` in headings.py)."""
    for i, other in enumerate(lines):
        if i == index or other.role != BODY or not other.content.startswith(shape.numbering):
            continue
        found = heading_shape(other.content)
        if found is not None and found.family == shape.family:
            return True
    return False

