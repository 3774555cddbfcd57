"""Finding the notes: per-page footnote blocks, an endnote section, or a reference list.

A note block is a run of lines whose first line starts with a note number and whose later note numbers
rise by one; lines in between continue the note before them. Bracketed (`[1]　…`) and circled (`①…`)
numbers are strong signs of a note. Bare numbers (`1 …`, `1. …`), `（1）…` and `注1` are weak: the same shapes
begin body lines (`8 月，…`, a list item), so such a block counts only where a page ends right after it
(a page number, a running header, a form feed, the end of the file) or inside a section titled as notes.

How a document's note system is chosen (written down by lay52; the families are data, `data/layouts/notes.json`,
compiled by `catalogue`: a family is an entry there, never a branch here):

- **Candidates per family.** Every line's start is read by the first note family whose pattern matches it
  (`note_start`; a family's `guard` refuses quantities such as `8 月，…`, given way to inside a block where the
  number is the one expected next). A candidate block (`_scan_block`) runs from such a line while later lines
  start notes of the *same* family numbered one more, or go on the note before them; it stops at a label
  (`References`, `Abstract`, an appendix's head), a remark, a heading-shaped short line, a finished note followed
  by a line of body text, or a page's resumed text. An endnote section (`_notes_section_start`, or a reference
  label whose list the strong markers count out, `_counted_reference_label`) is read apart, block after block
  (`_read_section`); a later reference label opens a list whose numbered entries are notes only where markers
  of the text cite them (`_reference_list`), and a closing list under a label with no notes stays references
  (`_closing_reference_list`; `_reference_head_lines` screens the lines that can be such a label).
- **What explains a block** (`find_note_blocks`; the "most consistent explanation" is this order of tests, not a
  numeric score): (1) a *sure* block — a strong family with a space after its number (`[1]　…`, `① …`) — in
  a text with no page signals explains itself; (2) a strong block a page ends right after (page number, running
  head, form feed, the file's end) is a page's foot; (3) any other block — a weak one (`1 …`, `1. …`, `（1）…`,
  `注1`), or a strong one no page end follows — counts only where a page ends after it *and* a marker above it
  cites one of its numbers, or, with no page end, where
  markers in the text since the last block cite *every* number in it (notes printed inline, under their
  paragraph); (4) a family marked `cited_all` (its sign also opens remarks: `※`, `*`) needs every number cited
  whatever stands after it; (5) the title's and authors' notes are explained by the first lines' markers
  (`_front_notes`); (6) a block right under a notes label is a section's endnotes, not a page foot. Markers are
  then read by the families that cite the note families found (`markers`, `_weak_markers` in `repair`): strong
  marker families everywhere, weak ones only when their notes exist, glued digits only where the note they
  would cite is on the same page, and the `in_sequence` families only as the next number of the count.
  Linking (`linking.link_notes`) gives each marker the note of its number in the next block below it (its
  page's block when numbering restarts per page; any block holding the number when every number occurs once).
- **What warns.** A candidate block left in the body for want of an explanation (`… note line(s) no marker
  cites; kept in the body`, here), and after linking, markers that cite no note and notes no marker cites
  (`linking.layout_report`). A warning never changes the reading: it says where the explanation ran out.
- **Across a page turn.** A page's last note cut mid-sentence — its last line ends in a letter or on a
  clause's comma (`…涉及反潜、`, `_CLAUSE_GOES_ON`), not on a citation's end — goes on in the short run of lines
  over the next page's notes, under that page's rule (`_carry_over`).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

from allyscope.layout.affiliations import keyed_affiliations
from allyscope.layout.catalogue import catalogue, cited_families, citing_families
from allyscope.layout.headings import opens_list
from allyscope.layout.label_index import LabelScreen
from allyscope.layout.line_screen import screened_indexes, whole_line_screen
from allyscope.layout.lines import (
    BLANK,
    BODY,
    DROPPED,
    NOTE,
    NOTE_CONTINUED,
    NOTES_HEADING,
    PAGE_BREAK,
    PAGE_NUMBER,
    RUNNING_HEADER,
    Line,
    ends_sentence,
    typical_width,
)
from allyscope.layout.markers import find_markers
from allyscope.layout.page_furniture import GLUED_FOOT
from allyscope.layout.place_notes import PLACE, place_number
from allyscope.layout.reference_lists import mark_reference_list, opens_entry, opens_reference_list
from allyscope.regex_firsts import may_start_with


@dataclass(frozen=True, slots=True)
class NoteStart:
    """What a line's start says about a note: its family, number, and where the note's own text begins."""

    style: str
    strong: bool
    number: int
    text_offset: int
    separated: bool = True
    sign: str = ""  # what stands between the number and the text, spaces aside (`.` of `3. …`, `：` of `註3：…`)

    @property
    def sure(self) -> bool:
        """A strong note number followed by a space (`[1]　…`, `① …`): a note wherever it stands."""
        return self.strong and self.separated


@lru_cache(maxsize=8192)
def note_start(content: str, guarded: bool = True) -> NoteStart | None:
    """Read a note number at the start of a stripped line, by the first note family of the catalogue whose
    pattern matches there. `guarded=False` reads `7 国会…` as note 7 although `7 国` alone reads as a quantity:
    inside a block, where note 7 is the one expected next."""
    cat = catalogue()
    if not content or content[0] not in cat.note_initials:
        return None
    first = content[0]
    for family in cat.notes:
        if first not in family.initials:
            continue
        match = family.pattern.match(content)
        if not match:
            continue
        if family.numeral_kind == PLACE:  # `^ …`: numbered by its place in its list (`place_notes`)
            numbers = place_number(match.group(1), family.cited_by)
        else:
            numbers = family.numeral.values(match.group(1), family.numeral_kind)
        if not numbers:
            continue
        if guarded and family.guard is not None and family.guard.match(content, match.end(1)):
            continue  # `8 月，…`, `12 国`: body text with a number, not a note
        separated = content[match.end() - 1].isspace()
        sign = content[match.end(1) : match.end()].strip()
        return NoteStart(family.name, family.strong, numbers[0], match.end(), separated, sign)
    return None


@cache
def _label_data() -> dict[str, Any]:
    """`data/layout.json`, read once."""
    data: dict[str, Any] = json.loads(resources.files("allyscope.data").joinpath("layout.json").read_text("utf-8"))
    return data


@cache
def _labels() -> dict[str, list[re.Pattern[str]]]:
    data = _label_data()
    return {key: [re.compile(rf"(?:{p})") for p in value] for key, value in data.items() if isinstance(value, list)}


def label_patterns(kind: str) -> list[re.Pattern[str]]:
    """The compiled label expressions of one kind (`abstract`, `keywords`, `notes_section`, …)."""
    return _labels()[kind]


@cache
def any_label(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """One expression matching a label of any of `kinds` at the start of a line."""
    return re.compile("|".join(f"(?:{p})" for p in label_branches(kinds)))


def label_screens(
    kind_sets: tuple[tuple[str, ...], ...], lines: Sequence[Line], raw: str, limit: int
) -> list[set[int] | None]:
    """For each set of label kinds, the indexes of the lines before line `limit` that may hold a label of those
    kinds at their start: a line outside them cannot match `any_label(kinds)`, whose expression costs a few
    microseconds a line (its branches may start anywhere). Told branch by branch, by the first character each
    branch may begin with and the literals each holds (`label_index`), the lines read once for all the sets (one
    pass of an automaton of every literal of their labels). None for a set of kinds that lists no label (its
    empty expression matches every line). `raw` is the text the lines were cut from (their contents are read)."""
    del raw  # the lines' contents are what the expressions are matched against
    contents = [line.content for line in lines[:limit]]
    every = tuple(dict.fromkeys(kind for kinds in kind_sets for kind in kinds))  # each kind once, in order
    possible = _label_screen(every).branches(contents)  # the lines read once for every set
    screens: list[set[int] | None] = []
    for kinds in kind_sets:
        ids = _branch_ids(every, kinds)
        if not ids:
            screens.append(None)
            continue
        screens.append({position for position, found in possible.items() if not ids.isdisjoint(found)})
    return screens


@cache
def _branch_ids(every: tuple[str, ...], kinds: tuple[str, ...]) -> frozenset[int]:
    """The positions among the branches of `every`'s labels (`label_branches`) of those of `kinds`."""
    data = _label_data()
    ids: set[int] = set()
    at = 0
    for kind in every:
        if kind in kinds:
            ids.update(range(at, at + len(data[kind])))
        at += len(data[kind])
    return frozenset(ids)


def label_branches(kinds: tuple[str, ...]) -> list[str]:
    """The branches of `any_label(kinds)`, in its order."""
    data = _label_data()
    return [p for kind in kinds for p in data[kind]]


@cache
def _label_screen(kinds: tuple[str, ...]) -> LabelScreen:
    return LabelScreen(label_branches(kinds))


@cache
def _front_furniture() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """Every front-furniture label in one expression, a group per kind (`g0`, `g1`, … in the data's order)."""
    data: dict[str, list[str]] = _label_data()["front_furniture"]
    kinds = tuple(data)
    groups = "|".join(f"(?P<g{i}>{'|'.join(f'(?:{p})' for p in data[kind])})" for i, kind in enumerate(kinds))
    return re.compile(groups), kinds


def front_furniture_kind(content: str) -> str | None:
    """The span kind of a front line by its label (`DOI:`, `收稿日期：`, `Received 3 May 2021`, `作者简介：`),
    or None: such a line is neither the title, an author nor text."""
    pattern, kinds = _front_furniture()
    match = pattern.match(content)
    if match is None and "\t" in content:
        match = pattern.match(_tab_as_colon(content))  # `發布單位<tab>亞東太平洋司`: a field's cell after its label
    return kinds[int(match.lastgroup[1:])] if match is not None and match.lastgroup else None


def opens_event_field(content: str) -> bool:
    """True for a line opening with the label of a notice's field (`主講人：`, `会場：`, `Venue:`; `data/layout.json`
    'event_field'): a notice prints its fields one a line, so such a line opens a field of its own. The line above
    it is never a sentence it goes on with: a short line between two fields is the end of the field above,
    wrapped (`活動地點：…（臺北市…羅斯` over `福路四段一號）`), no page's head (lay72)."""
    head = content[:24]
    return (":" in head or "：" in head) and any(p.match(content) for p in label_patterns("event_field"))


_CELL_LABEL = 12  # characters at most of a field's label in its own cell (`新聞稿編號`, `Release number`)


def _tab_as_colon(content: str) -> str:
    """`content` with the tab after a short first cell read as a label's colon (`發布單位<tab>亞東太平洋司` as
    `發布單位：亞東太平洋司`): a page that sets its fields in a table of two columns, copied as text, parts each
    label from its value by a tab where a page of lines prints a colon. Anything else is returned as it was."""
    label, tab, value = content.strip().partition("\t")
    if not tab or not label or len(label) > _CELL_LABEL or label[-1:] in ":：" or not value.strip():
        return content
    return f"{label}：{value.strip()}"


def is_section_label(content: str, kind: str) -> bool:
    """True when a whole line is a label of `kind`, such as `注释` or `References:`."""
    return is_label_line(content, (kind,))


_LABEL_INITIALS: dict[tuple[tuple[str, ...], str], bool] = {}
"""Whether a label of some kinds may start with a character (`regex_firsts`), remembered for each pair met."""


def is_label_line(content: str, kinds: tuple[str, ...]) -> bool:
    """True when a whole line is a label of one of `kinds` (`Abstract`, `关键词：`). Most lines asked are text
    lines whose first character no label starts with: those are answered by that character alone, and the
    labels' expression (some thirty branches) is tried only on the others, and the line is stripped only then
    (its first character is the stripped line's, unless it is a colon)."""
    head = content.lstrip()[:1]
    if head and head not in ":：" and not _may_open(kinds, head):
        return False
    return fullmatches_label(content.strip().rstrip(":：").strip(), kinds)


def _may_open(kinds: tuple[str, ...], head: str) -> bool:
    """Whether a label of `kinds` may start with the character `head` (True for no character: the caller asks
    the expression)."""
    if not head:
        return True
    key = (kinds, head)
    may = _LABEL_INITIALS.get(key)
    if may is None:
        may = _LABEL_INITIALS[key] = may_start_with(any_label(kinds).pattern, head)
    return may


_SUMMARY = ("abstract", "keywords")


def fullmatches_label(text: str, kinds: tuple[str, ...]) -> bool:
    """True when all of `text` is a label of one of `kinds` (what `any(p.fullmatch(text) for p in …)` over their
    expressions says): one expression of them all (`any_label`), tried only when a label may start with the
    text's first character. False when the kinds list no label."""
    pattern = any_label(kinds)
    if not pattern.pattern:
        return False
    if text and not _may_open(kinds, text[0]):
        return False
    return pattern.fullmatch(text) is not None


_DIGITS = frozenset("0123456789")


@dataclass(slots=True)
class NoteBlock:
    """The lines of one block of notes, and what kind of list it is."""

    index: int
    first_line: int
    last_line: int
    kind: str = "footnote"
    placement: str = "page-bottom"  # or `inline`, `notes` (one block, no pages), `endnotes`, `reference-list`
    carried: tuple[int, ...] = ()  # lines at the next page's foot that finish the block's last note


def _looks_like_heading(content: str) -> bool:
    from allyscope.layout.headings import heading_shape

    return len(content) <= 40 and not ends_sentence(content) and heading_shape(content) is not None


def _number_runs_on(lines: Sequence[Line], index: int) -> bool:
    """True when line `index` ends inside a number the next line finishes (`…有斐閣、2018年、1` over `12頁。`):
    the line ran on to the column's end, so it is text, never a heading standing short of a full line, however
    narrow its digits measure beside CJK characters."""
    content = lines[index].content
    if not content or not "0" <= content[-1] <= "9" or index + 1 >= len(lines):
        return False
    after = lines[index + 1]
    return after.role == BODY and "0" <= after.content[:1] <= "9"


# punctuation that closes what stands before it: a line that opens with it carries on the line above, which an
# extractor cut at the column's edge (a typesetter never starts a line with it; an extractor's wrap may)
_CARRIES_ON = frozenset("。，、；：！？）」』】〕》")


def _runs_on(lines: Sequence[Line], index: int) -> bool:
    """True when line `index` ran on to the column's end: a number the next line finishes (`_number_runs_on`),
    or a next line opening with closing punctuation (`…2019年生效` over `。`) — text, never a heading, however
    short it measures (its digits are narrow beside CJK characters)."""
    if _number_runs_on(lines, index):
        return True
    if index + 1 >= len(lines):
        return False
    after = lines[index + 1]
    return after.role == BODY and after.content[:1] in _CARRIES_ON


def _heading_follows(lines: Sequence[Line], start: int, limit: int) -> bool:
    """True when the next text line from `start` is a numbered heading that is no note line (`2.1 …`): the
    line before it opens a section, whatever its length."""
    for k in range(start, min(limit, start + 3)):
        content = lines[k].content
        if content:
            return lines[k].role == BODY and _looks_like_heading(content) and note_start(content) is None
    return False


def _announced(lines: Sequence[Line], index: int) -> bool:
    """True when the text line before line `index` announces a list (it ends with a colon)."""
    for k in range(index - 1, max(-1, index - 3), -1):
        line = lines[k]
        if line.role != BLANK:
            return line.role == BODY and opens_list(line.content)
    return False


def _page_ends_after(lines: Sequence[Line], index: int, resume: bool) -> bool:
    """True when nothing but blank lines stands between line `index` and a page boundary or the end (or the line
    held the page's number at its far end: `trim_glued_page_numbers`)."""
    if lines[index]._get(GLUED_FOOT, False):
        return True
    for k in range(index + 1, len(lines)):  # by index: a slice would copy the rest of the file for every block
        line = lines[k]
        if line.role == BLANK:
            continue
        return (line.role in DROPPED and line.role != BLANK) or (resume and _resumes_page(line))
    return True


_URL_TAIL = re.compile(r"(?:[hH][tT][tT][pP][sS]?://|[wW][wW][wW]\.)\S*$")  # case-blind by hand: faster


def _note_is_complete(text: str, following: str) -> bool:
    """True when a note's text so far reads as finished, so that `following` is not part of it."""
    head = following[:1]  # a URL's tail goes on in lower case or a sign: asked before the URL is searched for
    if head.isascii() and (head.islower() or head in "/_-.?=&%#") and _URL_TAIL.search(text):
        return False
    if text.endswith(".") and _open_abbreviation().search(text):
        return False  # `…, no.` then `3 (2017): 75–112.`: a citation's abbreviation, its number on the next line
    return ends_sentence(text) or text.rstrip().endswith((".", "。"))


@cache
def _open_abbreviation() -> re.Pattern[str]:
    """The abbreviations a citation's line may end on, its number on the next line (`notes.json`)."""
    data: dict[str, Any] = json.loads(
        resources.files("allyscope.data").joinpath("layouts/notes.json").read_text("utf-8")
    )
    return re.compile(data.get("open_abbreviations", "(?!)"))


def _resumes_page(line: Line) -> bool:
    """A single leading space (not an indent) is how the extractor starts the body of a new page."""
    return line.indent == " "


def resume_convention_possible(lines: Sequence[Line]) -> bool:
    """False in a file where most lines start with one space (an extractor's habit): there a single leading
    space says nothing about where a page starts."""
    spaced = sum(1 for line in lines if line.indent == " " and line.content)
    if spaced == 0:
        return True
    return spaced < 0.5 * sum(bool(line.content) for line in lines)


_RULE = re.compile(r"[_\-‐–—=─━]{5,}")  # a rule of one sign repeated, alone on its line


def _scan_block(
    lines: Sequence[Line],
    start: int,
    first: NoteStart,
    endnotes: bool,
    limit: int,
    resume: bool = True,
    entries: bool = False,
) -> tuple[int, list[tuple[int, NoteStart]]]:
    """Collect a block from line `start`; returns its last line and the note starts in it. `entries`: the block
    is under a label of notes and references both (`Notes and References`, `<notes>・<references>`), whose
    unnumbered entries follow the last note: a line flush left under a note that ended on a stop, and that
    opens an entry (`reference_lists.opens_entry`), ends the block."""
    notes = [(start, first)]
    expected = first.number + 1
    last = start
    current_text = lines[start].content[first.text_offset :]
    remark = catalogue().remark
    i = start + 1
    while i < limit:
        line = lines[i]
        if line.role == BLANK and line.content and not endnotes and _RULE.fullmatch(line.content.strip()):
            break  # `_______________`: the rule over a page's notes; what stands under it is no run of a line over it
            # (lay90b: a council's numbered paragraphs, read as notes `n.`, end there, and the notes under it start)
        if line.role == BLANK or (endnotes and line.role in DROPPED):
            i += 1  # an endnote section runs over pages: their numbers and headers stand between its notes
            continue
        if line.role != BODY:
            break
        if remark is not None and remark.match(line.content):
            break  # `※ 写真はイメージ` under a note: a remark of its own, never the note's next line
        if not endnotes and is_label_line(line.content, _SUMMARY):
            break  # `Abstract` alone under the authors' notes: the front matter goes on, the last note has ended
        if endnotes and _is_reference_head(line.content):
            break  # `References` or `参考文献` under the last endnote: a list of its own begins, the note has ended
        if endnotes and (_is_section_head(line.content) or _is_appendix_head(line.content)):
            break  # `Appendix: Sources …` or `Notes to the Appendix` under the last endnote: that note has ended
        if endnotes and chapter_sublabel(lines, i):
            break  # `第二章` under the first chapter's last note: the next chapter's notes begin
        found = note_start(line.content)
        if (
            entries
            and found is None
            and not line.indent
            and current_text.rstrip()[-1:] in _ENTRY_STOPS
            and opens_entry(line.content)
        ):
            break  # `<ministry>『<white paper>』…、2023年。` under the last note: the references begin
        if found is None and not first.strong:
            unguarded = note_start(line.content, guarded=False)
            if unguarded is not None and unguarded.style == first.style and unguarded.number == expected:
                found = unguarded
        if (
            found
            and not found.strong
            and _looks_like_heading(line.content)
            and (len(line.content) <= 24 or _heading_follows(lines, i + 1, limit))
        ):
            break  # `2．面臨的限制` after note 1: the next heading (short, or opening a subsection), not note 2
        if found and not found.strong and first.sign and not found.sign and found.style == first.style:
            found = None  # `3 (2017): 75–112.` under `2. …, no.`: a note's line, not note 3 of a block numbered `n.`
        if found and found.style == first.style and found.number == expected:
            notes.append((i, found))
            expected += 1
            current_text = line.content[found.text_offset :]
            last = i
            i += 1
            continue
        if not endnotes and (
            (resume and _resumes_page(line))
            or _note_is_complete(current_text, line.content)
            or (found and (found.sure or (found.number == 1 and found.style != first.style)))
        ):
            break  # a note of another family numbered 1 opens a block of its own (`＊ affiliation` then `1）…`)
        if endnotes and found and found.style == first.style and found.number == 1:
            break
        current_text = line.content
        last = i
        i += 1
    return last, notes


_ENTRY_STOPS = frozenset(".。．")  # a note ended on one of these may be followed by a reference list's first entry
_SECTION_HEAD_MAX = 32  # a notes or references label is a short line (`Notes`, `参考文献`, `Notes to the Appendix`)


def _is_section_head(content: str) -> bool:
    """True for a line that is a notes or references label alone (`Notes`, `References`, `参考文献`)."""
    return len(content) <= _SECTION_HEAD_MAX and is_label_line(content, ("notes_section",))


def _is_reference_head(content: str) -> bool:
    """True for a line that is a reference list's label alone (`References`, `Bibliography`, `参考文献`)."""
    return len(content) <= _SECTION_HEAD_MAX and is_label_line(content, ("reference_section",))


_APPENDIX_HEAD_MAX = 100  # an appendix's head is one line of a heading's length (`Appendix B: The survey`)


def _reference_head_lines(lines: Sequence[Line]) -> Sequence[int]:
    """The indexes of the lines that may be a reference list's label alone (`_is_reference_head`), ascending: the
    lines whose stripped content the labels' expression matches whole, colons and spaces after it allowed
    (`is_label_line` strips them), found by one search over the joined lines (`line_screen`); every line where
    the labels cannot be screened so. The two scans for the text's last such label ask these lines only."""
    labels = any_label(("reference_section",)).pattern
    screen = whole_line_screen((rf"(?:{labels})\s*[:：]*",)) if labels else None
    return range(len(lines)) if screen is None else screened_indexes(lines, screen)


def _is_appendix_head(content: str) -> bool:
    """True for an appendix's head alone on its line (`Appendix: Sources of the Counts`, `付録1　調査票`)."""
    return len(content) <= _APPENDIX_HEAD_MAX and is_label_line(content, ("appendix",))


def _reference_list(lines: Sequence[Line], start: int, section: int) -> int:
    """Mark the entries of the reference list opening at line `start`, under its label after the endnotes of the
    section at line `section` (`reference_lists.py`); returns the first line past the list. A numbered line is
    an entry when no marker of the text above the section cites its number in its family (`［1］…` under circled
    notes), else a note, left to the section's reader."""
    from allyscope.layout.furniture import FURNITURE  # furniture.py reads this module's labels

    def numbered_entry(line: Line) -> bool | None:
        found = note_start(line.content)
        if found is None:
            return None
        return found.number not in _cited_numbers(lines, 0, section, found.style)

    return mark_reference_list(lines, start, FURNITURE, numbered_entry)


def _head_above(lines: Sequence[Line], index: int) -> int | None:
    """The index of a notes or references label standing right above line `index` (blank lines aside), or None."""
    for k in range(index - 1, -1, -1):
        line = lines[k]
        if line.role == BLANK:
            continue
        return k if line.role == BODY and _is_section_head(line.content) else None
    return None


_CLAUSE_STOPS = frozenset("。、，．,.")
_SENTENCE_STOPS = frozenset("。．.！？!?")
_WORD_GOES_ON = re.compile(r"[\u3041-\u30ff\u3400-\u9fffA-Za-z]")  # a word right after a marker


def _in_prose(content: str, start: int, end: int) -> bool:
    """True for a marker standing in running text: a clause's or sentence's stop right after it (`…進める※1。`)
    or a sentence's stop right before it (`…続けている。※1`, `…decade.※1 Most`). A table's cell ends its row or
    a field before a gap (`本年度※1`, `46隻※2`), and a heading ends on no stop. A marker inside a sentence, the
    words going on right after it in a line that ends the sentence (`…円借款※1に関する書簡…。`), is in running
    text too: a cell's or a heading's line ends on no stop."""
    if content[end : end + 1] in _CLAUSE_STOPS or content[start - 1 : start] in _SENTENCE_STOPS:
        return True
    return content[-1:] in _SENTENCE_STOPS and _WORD_GOES_ON.match(content, end) is not None


def _cited_numbers(lines: Sequence[Line], first: int, last: int, note_family: str) -> set[int]:
    """The note numbers cited by markers, of a family citing `note_family`, in body lines `first`..`last`-1."""
    citing = citing_families(note_family)
    weak = frozenset(name for name in citing if not catalogue().markers[name].strong)
    family = catalogue().note_by_name.get(note_family)
    in_prose = family is not None and family.cited_in_prose
    cited: set[int] = set()
    for k in range(first, last):
        line = lines[k]
        if line.role == BODY and (content := line.content):
            following = next_body_text(lines, k) if weak and "0" <= content[-1] <= "9" else ""
            own = note_start(content) if content[0] in "(（" else None  # `（１）…`: the line's own item label
            for found in find_markers(content, weak, following):
                if own is not None and found.start == 0:
                    continue  # `（１）予算…` over `（２）…`: items of a list numbered alike, no markers (lay88b)
                if found.style in citing and (not in_prose or _in_prose(content, found.start, found.end)):
                    cited.update(found.numbers)
    return cited


def _counted_out(lines: Sequence[Line], section: int, numbers: set[int]) -> bool:
    """True where the strong markers of the text above a reference list's label (`[1]`, `[2-3]`) cite exactly the
    list's numbers 1 … n, whatever family numbers its entries (`1.  …`, as an encyclopedia copy prints them): the
    list is the notes those markers cite, though no family of the catalogue pairs the two. Markers citing notes
    read already (`①` over `① …` page notes) count for those notes, not for the list."""
    if not numbers or numbers != set(range(1, len(numbers) + 1)):
        return False
    read = {line.note_style for line in lines if line.role == NOTE}
    cited: set[int] = set()
    for line in lines[:section]:
        if line.role == BODY and line.content:
            for found in find_markers(line.content, frozenset()):
                if not read & cited_families(found.style):
                    cited.update(found.numbers)
    return cited == numbers


def next_body_text(lines: Sequence[Line], index: int) -> str:
    """The content of the next body line after line `index` (past a page's notes and furniture), or ''."""
    for k in range(index + 1, min(len(lines), index + 12)):
        if lines[k].role == BODY:
            return lines[k].content
    return ""


def _cited_above(
    lines: Sequence[Line], found: NoteStart, body_from: int, block_from: int, continues: tuple[str, int] | None, at: int
) -> set[int]:
    """The numbers the markers of the text above a block starting at line `at` cite: the text since the last
    block, or, for a block right under another (a title's `*` note above the page's numbered notes, or notes
    continued after a page turn), the text above both."""
    adjacent = all(lines[k].role == BLANK for k in range(body_from, at)) or (
        (found.style, found.number) == continues and _page_turn_between(lines, body_from, at)
    )
    return _cited_numbers(lines, block_from if adjacent else body_from, at, found.style)


_FRONT_TEXT_LINES = 6  # the title, subtitle, authors and affiliation stand in the first text lines


def _front_notes(lines: Sequence[Line], style: str, numbers: set[int], before: int) -> bool:
    """True for a block of a `front` note family (`*`, `†`) whose every number a marker in the document's first
    text lines cites (the title's `*`, the author's `†`)."""
    family = catalogue().note_by_name.get(style)
    if family is None or not family.front:
        return False
    text = [line.index for line in lines[:before] if line.content][:_FRONT_TEXT_LINES]
    return bool(text) and numbers <= _cited_numbers(lines, 0, text[-1] + 1, style)


def find_note_blocks(
    lines: Sequence[Line],
    warnings: list[str] | None = None,
    resume: bool | None = None,
    starts: dict[int, NoteStart] | None = None,
) -> list[NoteBlock]:
    """Mark every note line in `lines` (role, number, style) and return the blocks in file order.

    A candidate block is taken when it is explained: a strong block standing alone (no page signals in the
    file), a block a page ends after (a weak one only when markers above it cite its numbers), or a block right
    after the text whose markers cite every one of its numbers (notes inline, after the sentence they support).
    A candidate left in the body for want of an explanation is named in `warnings`. `starts`: the note start of
    every line that has one, when the caller has read them already (`note_start` of each line's content).
    """
    blocks: list[NoteBlock] = []
    section = _notes_section_start(lines)
    limit = section if section is not None else len(lines)
    if resume is None:
        resume = resume_convention_possible(lines)
    page_signals = any(
        (line.role in DROPPED and line.role != BLANK) or (resume and _resumes_page(line)) for line in lines[:limit]
    )
    body_from = 0  # the first body line after the last block taken
    block_from = 0  # the first body line of the text the last block taken stands under
    continues: tuple[str, int] | None = None  # the family and number a block numbered on from the last would start at
    full: float | None = None  # the width of a full line, worked out when first needed
    page_labels: set[str] = set()  # notes labels printed over every page's notes (`_label_recurs`)
    # the lines a block may open at, when every line's note start is known: those with one, and those opening
    # with a digit (read unguarded below); the loop passes over every other line at once, not one at a time
    openers = (
        None if starts is None else sorted({*starts, *(line.index for line in lines if line.content[:1] in _DIGITS)})
    )
    i = 0
    while i < limit:
        line = lines[i]
        if line.role != BODY:
            found = None
        else:
            found = starts.get(line.index) if starts is not None else note_start(line.content)
        if found is None and line.role == BODY and line.content and line.content[0] in "0123456789":
            # `7 国会…` opening a page's notes after note 6, or `1 国会…` opening a block: the quantity guard gives
            # way to the running count (the block must still be explained by markers citing it, see below)
            unguarded = note_start(line.content, guarded=False)
            if unguarded is not None and (unguarded.number == 1 or (unguarded.style, unguarded.number) == continues):
                found = unguarded
        if found is None:
            if openers is None:
                i += 1
            else:
                k = bisect_right(openers, i)
                i = openers[k] if k < len(openers) else limit
            continue
        weak = not found.strong
        last, notes = _scan_block(lines, i, found, endnotes=False, limit=limit, resume=resume)
        if keyed_affiliations(lines, [k for k, _ in notes]):
            i = notes[-1][0] + 1  # `¹ Department of …` under `Anna Berg¹, Li Wei²`: the byline's affiliations
            continue
        if weak and found.number == 1 and _announced(lines, i):
            i = last + 1  # `in three steps:` then `1. …`: a list the sentence announces, not its notes
            continue
        trusted = found.sure and not page_signals
        if weak and _looks_like_heading(line.content):
            if full is None:
                full = typical_width(lines)
            if line.width < 0.9 * full and not _runs_on(lines, i):
                i += 1  # `1．対話の始まり`: a numbered heading, not a note (a heading stands short of a full line)
                continue
        placement = "page-bottom" if page_signals else "notes"
        family = catalogue().note_by_name[found.style]
        if family.cited_all:
            # its sign also opens remarks and numbered caveats: notes only where the markers above cite them all
            numbers = {n.number for _, n in notes}
            if not numbers <= _cited_above(lines, found, body_from, block_from, continues, i):
                if warnings is not None:
                    warnings.append(
                        f"line {line.index + 1}: {len(notes)} {found.style} note line(s) no marker cites; "
                        "kept in the body"
                    )
                i = last + 1
                continue
            if not _page_ends_after(lines, last, resume):
                placement = "inline"
        elif not trusted:
            numbers = {n.number for _, n in notes}
            page_end = _page_ends_after(lines, last, resume)
            if page_end and not weak:
                pass
            else:
                cited = _cited_above(lines, found, body_from, block_from, continues, i)
                if page_end and cited & numbers:
                    pass
                elif not page_end and numbers <= cited and len(notes) > 0:
                    placement = "inline"
                elif _front_notes(lines, found.style, numbers, i):
                    pass  # the title's and the authors' notes, where the first page ended unmarked
                else:
                    if warnings is not None and (page_end or len(notes) > 1):
                        warnings.append(
                            f"line {line.index + 1}: {len(notes)} {found.style} note line(s) no marker cites; "
                            "kept in the body"
                        )
                    i = last + 1 if len(notes) > 1 else i + 1
                    continue
        _mark(lines, i, last, notes)
        # a notes label right above: a section's notes (a weak family's too when they count from 1: a chapter's
        # `Notes` over `1. …`, even where the chapter's last page ends under them)
        head = _head_above(lines, i) if found.sure or found.number == 1 else None
        if head is None and page_labels:
            head = _page_label_above(lines, i, page_labels)  # `脚注` printed again over a later page's notes
        if head is not None and _page_ends_after(lines, last, resume) and _label_recurs(lines, head):
            # `脚注` over these notes and again lower down, a page ending between: each page's label (`_carry_over`
            # reads it as a rule) or each chapter's, told apart only by a note the page cut
            page_labels.add(lines[head].content.strip())
        if head is None:
            blocks.append(NoteBlock(len(blocks), i, last, placement=placement))
        else:  # `Notes` over an encyclopedia's lettered notes, a references list below: a section, not a page's foot
            lines[head].role = NOTES_HEADING
            blocks.append(NoteBlock(len(blocks), i, last, "endnote", "endnotes"))
        if _front_notes(lines, found.style, {n.number for _, n in notes}, i):
            i = last + 1  # the title's and authors' notes: the body's markers above still cite the blocks below
            continue
        continues = (found.style, notes[-1][1].number + 1)
        if not all(lines[k].role == BLANK for k in range(body_from, i)):
            block_from = body_from
        body_from = last + 1
        i = last + 1
    _carry_over(lines, blocks, page_labels)
    heads: Sequence[int] | None = None  # screened once for both scans below (they read no role the screen reads)
    if section is None:
        heads = _reference_head_lines(lines)
        section = _counted_reference_label(lines, heads)
    if section is not None:
        _read_section(lines, section, blocks)
    else:
        _closing_reference_list(lines, blocks, heads)
    return blocks


def _counted_reference_label(lines: Sequence[Line], heads: Sequence[int] | None = None) -> int | None:
    """The line of a reference list's label that is no notes label (`参考资料`, which heads bibliographies as
    often as notes) over a numbered list (`1.  …`) that the text's strong markers count out exactly
    (`_counted_out`: `[1]`, `[2-3]` citing 1 … n, markers of notes read already aside), or None. The list is then
    the notes, as under `参考文献`; a list no marker counts out stays a list of the text. `heads`: the lines'
    `_reference_head_lines`, when the caller has screened them already."""
    for k in reversed(_reference_head_lines(lines) if heads is None else heads):
        line = lines[k]
        if line.role != BODY or not _is_reference_head(line.content) or _is_section_head(line.content):
            continue
        following = _next_content_line(lines, line.index)
        found = note_start(following.content) if following is not None and following.role == BODY else None
        if found is None or following is None:
            return None
        _, notes = _scan_block(lines, following.index, found, endnotes=True, limit=len(lines))
        return line.index if _counted_out(lines, line.index, {n.number for _, n in notes}) else None
    return None


def _read_section(lines: Sequence[Line], section: int, blocks: list[NoteBlock]) -> None:
    """Read the endnotes or reference section opened by the label at line `section`: its blocks are appended to
    `blocks`, a later label (`References` after `Notes`) heads the next list."""
    heading = lines[section]
    heading.role = NOTES_HEADING
    kind = "reference" if is_section_label(heading.content, "reference_section") else "endnote"
    placement = "reference-list" if kind == "reference" else "endnotes"
    both = is_label_line(heading.content, ("notes_and_references",))  # notes, then the references, one label
    placed_notes = any(block.placement == "page-bottom" for block in blocks)
    j = section + 1
    while j < len(lines):
        line = lines[j]
        found = note_start(line.content) if line.role == BODY else None
        if found is None:
            if line.role in (BODY, RUNNING_HEADER) and chapter_sublabel(lines, j):
                line.role = NOTES_HEADING  # `第二章` over the second chapter's notes: their group's label, though
                # it repeats a head as a chapter's running head would
            if line.role == BODY and _is_section_head(line.content):
                line.role = NOTES_HEADING  # `References` after `Notes`: the next list's label
                if j > section + 1 and _is_reference_head(line.content):
                    j = _reference_list(lines, j + 1, section)  # its entries: neither notes nor text
                    continue
            j += 1
            continue
        last, notes = _scan_block(lines, j, found, endnotes=True, limit=len(lines), entries=both)
        if both and last + 1 < len(lines) and lines[last + 1].role == BODY and opens_reference_list(lines, last + 1):
            _mark(lines, j, last, notes)
            blocks.append(NoteBlock(len(blocks), j, last, kind, placement))
            j = _reference_list(lines, last + 1, section)  # the entries under the notes: neither notes nor text
            continue
        if (
            kind == "reference"
            and not _cited_numbers(lines, 0, section, found.style)
            and not _counted_out(lines, section, {n.number for _, n in notes})
        ):
            if placed_notes:  # notes of another family at the pages' feet above (lay86's blue-book chapter:
                j = _reference_list(lines, j, section)  # `①` notes, `参考文献` over `［1］…`): the entries, no text
                continue
            j = last + 1  # a reference list no marker of the text cites (author-date citations, or notes of
            continue  # another family above): a list of the text, no notes
        _mark(lines, j, last, notes)
        blocks.append(NoteBlock(len(blocks), j, last, kind, placement))
        j = last + 1


def _closing_reference_list(
    lines: Sequence[Line], blocks: Sequence[NoteBlock] = (), heads: Sequence[int] | None = None
) -> None:
    """A text with no notes that cites by author and year (`（王大明，2021）`, `(Patalano, 2018)`) closes with its
    reference list under a label (`參考文獻`, `References`): the label is the list's head, not a heading, and the
    unnumbered entries under it, running on to the text's end (furniture after them aside: a disclaimer, a
    copyright line, a page's foot not yet told), are spans of kind `references`, as after endnotes. A label
    with a sentence of text after its list, or over a line that opens no entry, is left to the text, as is one
    with a block of notes after it; notes above it (a writer's note under the byline) leave it a list. `heads`:
    the lines' `_reference_head_lines`, when the caller has screened them already (their contents unchanged)."""
    from allyscope.layout.furniture import FURNITURE  # furniture.py reads this module's labels

    label = next(
        (
            line
            for k in reversed(_reference_head_lines(lines) if heads is None else heads)
            if (line := lines[k]).role == BODY and line.content and _is_reference_head(line.content)
        ),
        None,
    )
    following = _next_content_line(lines, label.index) if label is not None else None
    if label is None or following is None or note_start(following.content) is not None:
        return
    if any(block.first_line > label.index for block in blocks):
        return
    if not opens_reference_list(lines, following.index):
        return
    roles = [(line.role, line.furniture) for line in lines[label.index + 1 :]]
    end = mark_reference_list(lines, label.index + 1, FURNITURE, _unnumbered)
    if any(line.role == BODY and ends_sentence(line.content) for line in _before_abstract(lines[end:])):
        for line, (role, kind) in zip(lines[label.index + 1 :], roles, strict=True):  # text after it: no list
            line.role, line.furniture = role, kind
        return
    label.role = NOTES_HEADING


def _before_abstract(lines: Sequence[Line]) -> Sequence[Line]:
    """The lines before an abstract's label (`Abstract`, `摘要`) among `lines`, all of them without one: a paper
    printing its abstract in a second language last (its title, writers, `Abstract` and text, keywords, as
    Taiwanese journals do) closes with front matter, no text, after its reference list."""
    at = next(
        (k for k, line in enumerate(lines) if line.role == BODY and is_section_label(line.content, "abstract")), None
    )
    return lines if at is None else lines[:at]


def _unnumbered(line: Line) -> bool | None:
    """For `mark_reference_list`: an unnumbered line may be an entry (None); a numbered one ends the list."""
    return None if note_start(line.content) is None else False


def chapter_sublabel(lines: Sequence[Line], index: int) -> bool:
    """True for a short line of an endnote section that repeats how an earlier line of the text opens, over a note
    numbered 1: the head of the chapter whose notes follow (`第一章` of `第一章　合作机制`, `Chapter 2` of
    `Chapter 2: Patrols`), where a book gathers its notes at the end and numbers them anew for each chapter."""
    content = lines[index].content.strip()
    if not content or len(content) > _SECTION_HEAD_MAX or ends_sentence(content) or note_start(content):
        return False
    following = _next_content_line(lines, index)
    found = note_start(following.content) if following is not None else None
    if found is None or found.number != 1:
        return False
    return any(
        line.content.startswith(content) and line.content[len(content) : len(content) + 1] in _HEAD_GAPS
        for line in lines[:index]
        if line.role == BODY and len(line.content) > len(content)
    )


_HEAD_GAPS = frozenset(" \u3000\t:：.．、")
"""What parts a chapter's number from its title on the head line (`第一章　…`, `Chapter 2: …`, `1. …`)."""


def _next_content_line(lines: Sequence[Line], index: int) -> Line | None:
    """The first line after `index` with content, or None."""
    return next((lines[k] for k in range(index + 1, len(lines)) if lines[k].content), None)


@cache
def _citation_ends() -> str:
    """The words a citation note ends on without a stop (`notes.json`, `citation_ends`)."""
    data: dict[str, Any] = json.loads(
        resources.files("allyscope.data").joinpath("layouts/notes.json").read_text("utf-8")
    )
    return str(data.get("citation_ends", ""))


_CARRIED_LINES = 2  # a note cut by the page's end runs on for a line or two at the next page's foot
_CLAUSE_GOES_ON = frozenset("、，,；;")  # a line cut after a clause's comma (`…涉及反潜、`) has not ended its note


def _label_recurs(lines: Sequence[Line], head: int) -> bool:
    """True when the notes label at line `head` is printed again, alone on a later line (read as text or, for its
    repeats at page turns, as a running head): a label over each page's notes (`脚注`), not a section's."""
    label = lines[head].content.strip()
    return any(line.role in _LABEL_ROLES and line.content.strip() == label for line in lines[head + 1 :])


def _page_label_above(lines: Sequence[Line], index: int, page_labels: set[str]) -> int | None:
    """The line right above line `index` (blank lines aside) when it prints one of `page_labels` again, read as
    text or, repeated at page turns, as a running head; else None."""
    for k in range(index - 1, -1, -1):
        if lines[k].role != BLANK:
            return k if lines[k].role in _LABEL_ROLES and lines[k].content.strip() in page_labels else None
    return None


def _label_over(lines: Sequence[Line], index: int) -> str:
    """The words of the notes label taken as the head of the block at line `index` (blank lines aside), or ''."""
    for k in range(index - 1, -1, -1):
        if lines[k].role != BLANK:
            return lines[k].content.strip() if lines[k].role == NOTES_HEADING else ""
    return ""


def _carry_over(
    lines: Sequence[Line], blocks: list[NoteBlock], page_labels: frozenset[str] | set[str] = frozenset()
) -> None:
    """A page's last note cut by the page's end (no sentence finished) runs on at the foot of the next page,
    right above that page's notes: the short run of lines there that finishes a sentence is the note's end, not
    text (`…以及相关的学术` then, a page later, `研究，此处不再赘述。` over note 3), where it stands under the
    rule that opens the page's notes (`────`, `_____`: the text ends above the rule) or under the notes label
    printed over every page's notes (`page_labels`: `脚注`), or, with no rule, where the text above the run had
    ended its sentence and the cut note's last line is full or the run opens in lower case."""
    full: float | None = None
    for cut, below in pairwise(blocks):
        under_label = bool(page_labels) and cut.kind == "endnote" and _label_over(lines, cut.first_line) in page_labels
        if below.kind != "footnote" or not (under_label or (cut.kind == "footnote" and cut.placement == "page-bottom")):
            continue
        tail = lines[cut.last_line]
        last = tail.content[-1:]
        if (not last.isalpha() and last not in _CLAUSE_GOES_ON) or last in _citation_ends():
            continue
        if _note_is_complete(tail.content, ""):
            continue  # `…，頁80`, `…，2021年`: a citation ends so, though no stop follows
        if full is None:
            full = typical_width(lines)
        k = cut.last_line + 1
        turn = False
        while k < below.first_line and (lines[k].role == BLANK or lines[k].role in DROPPED):
            turn = turn or lines[k].role != BLANK
            k += 1
        j = below.first_line - 1
        while j > k and lines[j].role == BLANK and not _is_rule(lines[j]):
            j -= 1
        if not turn or j <= k or lines[j].role != BODY or not ends_sentence(lines[j].content):
            continue
        run = [j]
        j -= 1
        while (
            j > k
            and lines[j].role == BODY
            and len(run) < _CARRIED_LINES
            and not ends_sentence(lines[j].content)
            and lines[j].content.strip() not in page_labels
        ):
            run.append(j)
            j -= 1
        above = lines[j]
        first = lines[run[-1]]
        labelled = j >= k and bool(page_labels) and above.content.strip() in page_labels
        ruled = j >= k and (_is_rule(above) or labelled)
        # a run opening in lower case after the text's finished sentence starts no sentence of the text: it ends
        # the cut note however short the note's last line stopped (`…ministers of both` then `countries.`)
        short = tail.width < 0.9 * full and not first.content[:1].islower()
        if not ruled and (short or above.role != BODY or not ends_sentence(above.content)):
            continue
        if under_label and not labelled:
            continue  # notes under a label, cut by the page: finished only under the label printed again
        if j < k or _looks_like_heading(first.content):
            continue
        if note_start(first.content) is not None or (len(run) > 1 and first.width < 0.9 * full):
            continue
        for r in run:
            lines[r].role = NOTE_CONTINUED
        cut.carried = tuple(reversed(run))
        if labelled:
            above.role = NOTES_HEADING
        if under_label:  # a note the page cut: the label heads this page's notes, not the text's last section
            cut.kind, cut.placement = "footnote", "page-bottom"


_RULE = re.compile(r"[ \t\u3000]*[-_─━―—–=＿・.･]{5,}[ \t\u3000]*")


def _is_rule(line: Line) -> bool:
    """A rule printed over a page's notes (`────────`, `_____`): a line of dashes, underscores or dots alone."""
    return line.role in (BLANK, BODY) and _RULE.fullmatch(line.content) is not None


PAGE_TURN_HEAD = "page-turn-head"
"""`Line.furniture` of a head known by where it stands (between a page turn and notes continued from the page
before), kept a head whether or not it recurs."""


def settle_placements(lines: Sequence[Line], blocks: list[NoteBlock], resume: bool, skipped: str) -> None:
    """A block taken for notes inline (its markers cite it and no page end was known after it), or for the one
    block of a text without pages, that a page end found later follows — a running head known by its rhythm,
    past lines of role `skipped` (a repository's stamp) — stands at the bottom of its page."""
    for block in blocks:
        if block.placement not in ("inline", "notes"):
            continue
        k = block.last_line + 1
        while k < len(lines) and lines[k].role in (BLANK, skipped):
            k += 1
        # at the file's end, an inline block ends a page; the one block of a text without pages stays `notes`
        ends = block.placement == "inline" if k == len(lines) else _page_ends_after(lines, k - 1, resume)
        if ends or (k == len(lines) and _last_page_of_bottoms(blocks, block)):
            block.placement = "page-bottom"
        elif k == len(lines) and _last_of_inline(blocks, block):
            block.placement = "inline"
    # a page's foot may print two families of notes, one block right over the other (the author's `*` note over
    # the numbered ones): a block whose next line opens a block at the page's foot is at that foot too
    starts = {b.first_line: b for b in blocks if b.kind == "footnote"}
    for block in reversed(blocks):
        if block.kind != "footnote" or block.placement != "inline":
            continue
        k = block.last_line + 1
        while k < len(lines) and lines[k].role == BLANK:
            k += 1
        under = starts.get(k)
        if under is not None and under.placement == "page-bottom":
            block.placement = "page-bottom"


def join_split_blocks(lines: Sequence[Line], blocks: list[NoteBlock], furniture: str) -> None:
    """Two blocks of a page's notes with only furniture between them (a foot a text dump printed among the page's
    notes, found by its repetition after the blocks were read), the second at its page's foot and numbered on
    from the first, are one block at the page's foot (the first, under its label with no page end seen after it,
    was read as a section's): the furniture leaves the notes. Blocks are numbered again in order."""
    labels: set[str] = set()
    k = 0
    while k + 1 < len(blocks):
        first, second = blocks[k], blocks[k + 1]
        between = [line for line in lines[first.last_line + 1 : second.first_line] if line.role != BLANK]
        if (
            second.kind == "footnote"
            and second.placement == "page-bottom"
            and first.placement in ("page-bottom", "endnotes")  # the first half under its label, no page end seen
            and between
            and all(line.role in (furniture, RUNNING_HEADER) for line in between)
            and lines[second.first_line].note_number == _last_number(lines, first) + 1
        ):
            first.last_line, first.carried = second.last_line, second.carried
            if first.placement == "endnotes" and (label := _label_over(lines, first.first_line)):
                labels.add(label)  # the label over a page's notes, printed again over later pages' notes
            first.kind, first.placement = second.kind, second.placement
            del blocks[k + 1]
            continue
        k += 1
    for block in blocks:
        if (
            labels
            and block.placement == "endnotes"
            and _label_over(lines, block.first_line) in labels
            and _turn_after(lines, block.last_line)  # the same label over a later page's notes, a page end after
        ):
            block.kind, block.placement = "footnote", "page-bottom"
    for index, block in enumerate(blocks):
        block.index = index


def labelled_page_notes(lines: Sequence[Line], blocks: list[NoteBlock]) -> None:
    """Blocks of notes each under the same notes label (`註`, `Notes`) and each ending its page (a page's turn
    right after it), one on every page of the text, are each page's notes (`page-bottom`), not each chapter's
    endnotes: a book sets a chapter's notes after pages that have none, a text whose every page closes with its
    notes under the label prints them per page. Call after the page breaks are marked (`Line.page`)."""
    if len(blocks) < 2 or any(b.placement != "endnotes" for b in blocks):
        return
    labels = {_label_over(lines, b.first_line) for b in blocks}
    if len(labels) != 1 or "" in labels or not all(_turn_after(lines, b.last_line) for b in blocks):
        return
    pages = [lines[b.first_line].page for b in blocks]
    text_pages = {line.page for line in lines if line.role == BODY}
    if len(set(pages)) != len(pages) or text_pages != set(pages):
        return
    for block in blocks:
        block.kind, block.placement = "footnote", "page-bottom"


def _turn_after(lines: Sequence[Line], index: int) -> bool:
    """True when a page's turn (its number, a form feed) or the file's end follows line `index`, blank lines and
    running heads or feet aside."""
    for line in lines[index + 1 :]:
        if line.role in (BLANK, RUNNING_HEADER):
            continue
        return line.role in (PAGE_NUMBER, PAGE_BREAK)
    return True


def _last_number(lines: Sequence[Line], block: NoteBlock) -> int:
    """The number of the last note starting in `block` (0 where none starts)."""
    for k in range(block.last_line, block.first_line - 1, -1):
        if lines[k].role == NOTE:
            return lines[k].note_number
    return 0


def _last_of_inline(blocks: list[NoteBlock], block: NoteBlock) -> bool:
    """True for a `notes` block ending the file under blocks that all stand inline, each under the paragraph
    citing it: a reprint that sets every paragraph's notes under it does so for the last paragraph too, though
    the text's end follows them (numbered afresh or on, as the blocks above are)."""
    above = [other for other in blocks if other.last_line < block.last_line and other.kind == "footnote"]
    return block.placement == "notes" and bool(above) and all(other.placement == "inline" for other in above)


def _last_page_of_bottoms(blocks: list[NoteBlock], block: NoteBlock) -> bool:
    """True for a `notes` block ending the file after blocks standing at their pages' bottoms: a text that
    prints its notes under each page prints the last page's there too, though no page number follows them (a
    copy that stops at the last note)."""
    return block.placement == "notes" and any(
        other.placement == "page-bottom" for other in blocks if other.last_line < block.last_line
    )


def _page_turn_between(lines: Sequence[Line], start: int, end: int) -> bool:
    """True when only a page turn stands between lines `start` and `end`: page furniture (a page number, a
    form feed) and at most one short line that ends no sentence, the next page's head, which is marked as one.
    Notes numbered on from the block above then continue it on the next page."""
    turn = False
    head: Line | None = None
    for k in range(start, end):
        line = lines[k]
        if line.role == BLANK:
            continue
        if line.role in DROPPED:
            turn = True
        elif line.role == BODY and head is None and turn and len(line.content) <= 40:
            if ends_sentence(line.content):
                return False
            head = line
        else:
            return False
    if turn and head is not None:
        head.role, head.furniture = RUNNING_HEADER, PAGE_TURN_HEAD
    return turn


def _mark(lines: Sequence[Line], first: int, last: int, notes: list[tuple[int, NoteStart]]) -> None:
    starts = dict(notes)
    for k in range(first, last + 1):
        line = lines[k]
        if line.role != BODY:
            continue
        if k in starts:
            found = starts[k]
            line.role = NOTE
            line.note_number = found.number
            line.note_style = found.style
            line.note_text_lo = line.lo + found.text_offset
        else:
            line.role = NOTE_CONTINUED


# a notes label repeated at page turns may have been taken for a running head already; it still tells that a label
# above of the same words heads one page's notes, not the text's last section
_LABEL_ROLES = (BODY, RUNNING_HEADER)


def _notes_section_start(lines: Sequence[Line]) -> int | None:
    """Index of the line that opens an endnote or reference section, when one is followed by notes."""
    kinds = ("notes_section",)
    later: int | None = None  # an appendix's notes label found last: the text's own notes label above opens
    below: set[str] = set()  # the labels read so far (below the line): a section never holds its own label again
    for line in reversed(lines):
        content = line.content
        if line.role not in _LABEL_ROLES or len(content) > _SECTION_HEAD_MAX:
            continue
        if is_label_line(content, kinds):  # its first character tells most lines at once
            again = content.strip() in below
            below.add(content.strip())
            if line.role != BODY or again:
                continue  # `脚注` over each page's notes: a page's label, not the start of the text's last section
            following = next((lines[k] for k in range(line.index + 1, len(lines)) if lines[k].content), None)
            if following is not None and _edit_link_piece(following):
                following = _next_content_line(lines, following.index)  # `脚注[編集]`: the label's own edit link
            if following is not None and chapter_sublabel(lines, following.index):
                following = _next_content_line(lines, following.index)  # `注释`, `第一章`, then the chapter's notes
            found = note_start(following.content) if following is not None else None
            if found is not None:
                if later is None and is_label_line(content, ("appendix_notes",)):
                    later = line.index  # `Notes to the Appendix` over notes numbered from 1 again
                    continue
                above = _notes_above(lines, line.index) if _is_reference_head(content) else None
                if above is not None and found.number not in _cited_numbers(lines, 0, above, found.style):
                    return above  # `注释` ①… then `参考文献` ［1］… no marker cites: the notes open the section
                return line.index
    return later


_EDIT_LINK = re.compile(r"[\[［][^\[\]［］\s]{1,12}[\]］]")


def _edit_link_piece(line: Line) -> bool:
    """True for an encyclopedia copy's edit link cut from the end of the line above (`edit_links`): a `tools`
    furniture line of one bracketed word. A notes label copied with its link (`脚注[編集]`, `Notes[edit]`) stands
    over it, and the notes under it are still the label's."""
    return line.role == "furniture" and line.furniture == "tools" and _EDIT_LINK.fullmatch(line.content) is not None


def _notes_above(lines: Sequence[Line], index: int) -> int | None:
    """The line of a notes label (`注释`, `Notes`; not a reference list's) whose notes run on down to the reference
    list's label at line `index`, or None: where no marker cites the list's numbered entries, the section opens
    there, and the list below is read after its notes.
    Every line with content between the two labels must be a note's: one that starts a note, is indented under
    one, or continues a line that ended on no stop (a body paragraph between them breaks the run)."""
    previous = ""
    run: list[Line] = []
    for k in range(index - 1, -1, -1):
        line = lines[k]
        if not line.content or line.role in DROPPED:
            continue
        if line.role != BODY:
            return None
        if len(line.content) <= _SECTION_HEAD_MAX and is_label_line(line.content, ("notes_section",)):
            if _is_reference_head(line.content) or not run or note_start(run[-1].content) is None:
                return None
            break
        run.append(line)
    else:
        return None
    for line in reversed(run):  # top down: each line opens a note, hangs under one or runs on from the last
        if note_start(line.content) is None and not line.indent and previous[-1:] in "。．.！!？?":
            return None
        previous = line.content
    return k


def _feet_numbered(lines: Sequence[Line]) -> bool:
    """True when the document prints its page numbers at the pages' feet: most page numbers stand right under a
    line of text or of notes (and none printed over a page's text under its head outnumber them). Only then
    is a page number that stands under a running head, after another number, the foot of a page with nothing
    else on it; where numbers stand under the heads, `head, number` opens a page."""
    feet = under_heads = 0
    previous = BLANK
    for line in lines:
        if line.role == PAGE_NUMBER:
            if previous in (BODY, NOTE, NOTE_CONTINUED):
                feet += 1
            elif previous == RUNNING_HEADER:
                under_heads += 1
        if line.role != BLANK:
            previous = line.role
    return feet >= 2 and feet > under_heads


def mark_page_breaks(lines: Sequence[Line], blocks: list[NoteBlock], resume: bool | None = None) -> None:
    """Number the pages: a page ends after a footnote block, at page furniture, or where the body resumes.

    Sets `Line.page` (from 1) on every line. A line with a single leading space right after body text is
    taken as a page start only in files that use that convention after their note blocks. In a file whose pages
    end with form feeds (a PDF's copy), a page turns at its form feed only: a line of page furniture dropped
    elsewhere (the issuer's name printed on the cover and as every page's foot) turns none.
    """
    block_ends = {b.last_line for b in blocks if b.kind == "footnote" and b.placement != "inline"}
    if resume is None:
        resume = resume_convention_possible(lines)
    after_blocks = []
    for b in blocks:
        if b.kind != "footnote":
            continue
        nxt = next((lines[k] for k in range(b.last_line + 1, len(lines)) if lines[k].content), None)
        if nxt is not None:
            after_blocks.append(resume and _resumes_page(nxt))
    convention = bool(after_blocks) and sum(after_blocks) >= 0.6 * len(after_blocks)
    page = 1
    pending = False
    seen_text = False
    previous_role = BLANK
    # a page's footnotes opening after a page turn (notes continued from the page before) stand on the new page
    block_starts = {b.first_line for b in blocks if b.kind == "footnote"}
    markers_only = catalogue().trailing_strong.fullmatch
    empty_pages = _feet_numbered(lines)
    fed = any(line.role == PAGE_BREAK for line in lines)  # the pages end with form feeds
    numbered = headed = False  # in this run of page furniture, a page number; a running head after it
    for line in lines:
        role = line.role  # read once: this loop runs over every line of the file, and sets only pages
        if role in (BLANK, NOTE, NOTE_CONTINUED):
            if pending and seen_text and line.index in block_starts:
                page += 1
                pending = False
            if role != BLANK:
                numbered = headed = False
            line.page = page
        elif role in DROPPED and role != NOTES_HEADING:
            if empty_pages and role == PAGE_NUMBER and headed and seen_text:
                page += 1  # `·22·`, head, `·23·`: a page holding only its head and number (a figure's page)
            if role == PAGE_BREAK or (previous_role not in DROPPED and not fed):
                pending = True
            if role == PAGE_NUMBER:
                numbered, headed = True, False
            elif role == RUNNING_HEADER:
                headed = numbered
            line.page = page
        else:
            if (pending and seen_text) or (
                convention
                and role == BODY
                and line.indent == " "  # `_resumes_page`, inlined
                and previous_role == BODY
                and not markers_only(line.content)
            ):
                page += 1
            pending = numbered = headed = False
            seen_text = True
            line.page = page
        if block_ends and line.index in block_ends:
            pending = True
        if role != BLANK:
            previous_role = role
