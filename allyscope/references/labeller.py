"""A CRF sequence labeller for reference strings, and the CSL-JSON item its labels make.

The model (`data/references/labeller.crfsuite`, python-crfsuite) was trained on references that real CSL
styles render (`scripts/train_references.py`); `labeller.json` beside it records its version, labels, training
seed and SHA-256. Tokens and features come from `features`; exact rules (URLs, DOIs, GB/T type codes) are both
features of the labeller and checks on its output. Names are split by `names`, dates read by `fields`.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from allyscope.references.features import featurize, fold, tokenize
from allyscope.references.fields import MONTHS, URL, find_dates, find_url, url_end
from allyscope.references.names import split_names
from allyscope.references.shapes import Segment, ShapeMatch, exact_match, exact_runs, shape_runs

Item = dict[str, Any]
NameMemo = dict[tuple[str, bool], list[dict[str, str]]]  # names split in one document (`_names`)
MODEL = "references/labeller.crfsuite"
META = "references/labeller.json"
MAX_CHARS = 1500  # longer is no single reference: kept whole as a document
LABELS = (
    "O", "author", "editor", "title", "container", "collection", "publisher", "place", "date", "volume", "issue",
    "page", "locator", "url", "doi", "accessed", "edition", "number", "genre", "typecode",
)  # fmt: skip
GBT_CODES = {
    "J": "article-journal",
    "M": "book",
    "N": "article-newspaper",
    "EB": "webpage",
    "DB": "webpage",
    "CP": "software",
    "R": "report",
    "C": "paper-conference",
    "A": "chapter",
    "D": "thesis",
    "S": "standard",
    "P": "patent",
    "Z": "document",
    "G": "book",
}
DOI = re.compile(r"\b10\.\d{4,9}/[^\s，。；、．\"<>]+")
_DOI_TRAIL = ".,;:)]}'\"”’"
_TRIM = " \n\t“”\"'‘’「」『』《》〈〉«»()（）[]［］,，.．。、:：;；/"
_HYPHEN_BREAK = re.compile(r"(?<=[A-Za-z])-\n(?=[a-z])|(?<=[A-Z])-\n(?=[A-Z])")
_CJK_BREAK = re.compile(r"(?<=[\u3040-\u9fff])\n(?=[\u3040-\u9fff])")
_SPACES = re.compile(r"\s+")
_DASHES = re.compile(r"\s*(?:[—–~～－‐-]|--)+\s*")
_THESIS = re.compile(r"thesis|dissertation|diss\.|学位论文|論文|论文", re.IGNORECASE)
# what `_THESIS` matches without ignoring case: the three letters whose case-blind match is more than their two
# cases (`ſ` for s, `İ` and `ı` for i) written out
_THESIS_FOLD = str.maketrans({"ſ": "s", "İ": "i", "ı": "i"})


def _mentions_thesis(text: str) -> bool:
    """`_THESIS.search(text)`, by substring tests: a case-blind pattern of alternatives is tried at every position
    of the text (about 3 µs a note, on every note with a container), a substring test is one fast scan."""
    if not text.isascii():
        if "论文" in text or "論文" in text:  # `学位论文` too
            return True
        if "ſ" in text or "İ" in text or "ı" in text:  # translating a text of other letters costs µs
            text = text.translate(_THESIS_FOLD)
    low = text.lower()
    return "thesis" in low or ("diss" in low and ("diss." in low or "dissertation" in low))


def _a_school_not_a_container(item: Item, text: str) -> bool:
    """Whether the container of a note that mentions a thesis is the school that granted it. A container with a
    volume or an issue is a journal even when its name says `Thesis` (the journal *Thesis Eleven*): a thesis is
    never published in numbered issues."""
    if "container-title" not in item or "publisher" in item or item.get("volume") or item.get("issue"):
        return False
    return _mentions_thesis(text)


_REPORT = re.compile(r"report|working paper|brief|paper no|报告|報告|白書|白皮书", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_EDITION_AFTER = re.compile(r"\s*版")
_NOT_QUOTED = ("genre", "publisher", "place", "number", "edition", "collection")
_ACCESS_MARK = re.compile(
    r"access|retriev|viewed|cited|visited|consulted|閲覧|参照|アクセス|访问|訪問|登录|登錄|浏览|瀏覽|引用日期|检索|\[\d{4}-\d",
    re.IGNORECASE,
)
_UNDATED_HEAD = re.compile(r"[、，,\s]*([^、，,\d]+?)\s*[、，,]\s*")
_ISSUE_BEFORE = re.compile(r"(?:\bno|\bnr|\bnos|issue|iss|number|heft|第|号|號|期|[(（])\.?$")
_ISSUE_MARKS = set("号號期")
_VOLUME_MARKS = set("巻卷")
_DATE_GLUE = set("年月日 ,.-/")
_OPENING = {
    "“": "”",
    "「": "」",
    "『": "』",
    "《": "》",
    "(": ")",
    "（": "）",
    "[": "]",
    "［": "］",
    "‘": "’",
    "〈": "〉",
}
_CLOSING = {v: k for k, v in _OPENING.items()}
_QUALIFIER = re.compile(
    r"[（(](?:仮訳|結果|概要|抄訳|全文|英文|中文|暫定訳|provisional translation)[）)]", re.IGNORECASE
)
_PAIRS = {"《": "》", "「": "」", "『": "』", "“": "”", "〈": "〉", "«": "»"}
_PAIR_MARKS = {opener: re.compile(f"[{opener}{closer}]") for opener, closer in _PAIRS.items()}
_CHAPTER_MARK = re.compile(r"(?://|\bIn:?\s|\bin\s)\s*$")
_DATE_SIGN = re.compile(r"\d|[元年月日]")
_NUMBER = re.compile(r"\d+(?:\s*[-–/]\s*\d+)?")
_INITIAL = re.compile(r"\b[A-Z]\.")
_CAPITAL = re.compile(r"[A-Z]")
_LAST_INITIAL = re.compile(r"\b[A-Z]$")
_DIGITS = re.compile(r"\d+")
_DOI_LINK = re.compile(r"doi\.org/", re.IGNORECASE)


@cache
def _tagger() -> Any:
    import pycrfsuite  # type: ignore[import-untyped]

    tagger = pycrfsuite.Tagger()
    tagger.open(str(resources.files("allyscope.data").joinpath(MODEL)))
    return tagger


def model_info() -> dict[str, Any]:
    info: dict[str, Any] = json.loads(resources.files("allyscope.data").joinpath(META).read_text("utf-8"))
    return info


def segments(text: str, context: str | None = None) -> list[Segment]:
    """The labelled runs of a reference string, in order: a note in one of the exact shapes of `shapes` by its
    pattern, any other string by the model."""
    if context == "note":
        exact = exact_runs(text)
        if exact is not None:
            return exact
    return model_segments(text, context)


def model_segments(text: str, context: str | None = None) -> list[Segment]:
    """The labelled runs of a reference string as the CRF labels it."""
    tokens = tokenize(text)
    if not tokens:
        return []
    labels = _tagger().tag(featurize(text, tokens, context))
    out: list[Segment] = []
    first = 0  # a run is made once it ends, not rebuilt at every token it takes
    for i in range(1, len(labels) + 1):
        if i == len(labels) or labels[i] != labels[first]:
            out.append(Segment(labels[first], tokens[first][0], tokens[i - 1][1]))
            first = i
    return _merge(out, text)


def _merge(runs: list[Segment], text: str) -> list[Segment]:
    """Two runs of one label parted by a mark or two (`Title: Subtitle` labelled apart) are one."""
    out: list[Segment] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        if out and run.label != "O" and out[-1].label == run.label and run.label not in ("date", "page", "locator"):
            out[-1] = Segment(run.label, out[-1].start, run.end)
        elif (
            run.label == "O"
            and out
            and i + 1 < len(runs)
            and runs[i + 1].label == out[-1].label
            and out[-1].label in ("date", "accessed")
            and len(text[run.start : run.end]) <= 4
            and set(text[run.start : run.end]) <= _DATE_GLUE
        ) or (
            run.label == "O"
            and out
            and i + 1 < len(runs)
            and runs[i + 1].label == out[-1].label
            and out[-1].label in ("title", "container", "author", "publisher")
            and len(text[run.start : run.end].strip()) <= 1
            and text[run.start : run.end].strip() not in ("“", "”", "「", "」", "《", "》", "『", "』", "[", "]")
        ):
            out[-1] = Segment(out[-1].label, out[-1].start, runs[i + 1].end)
            i += 2
            continue
        else:
            out.append(run)
        i += 1
    return out


def enclosing_quotes(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The inside of the quotation marks around `text[start:end]`, when a pair of one kind encloses it whole.

    An exact rule: a title in `《》`, `「」`, `『』` or `“”` is all of what they enclose, inner quotes included."""
    for opener, closer in _PAIRS.items():
        left = text.rfind(opener, 0, start + 1)
        if left < 0:
            continue
        depth = 0
        for mark in _PAIR_MARKS[opener].finditer(text, left + 1):  # only the pair's own marks count
            j = mark.start()
            if mark.group() == opener:
                depth += 1
            else:
                if depth == 0:
                    if j >= end - 1 and (left + 1, j) != (start, end):
                        inner = text[left + 1 : j]
                        if closer not in text[start:end] and opener not in text[left + 1 : start]:
                            return (left + 1, j) if inner.strip() else None
                    break
                depth -= 1
    return None


def _with_name_before(text: str, run: Segment) -> Segment:
    """`データベース「世界と日本」`: a quoted name a word runs straight into is part of that word's name."""
    opening = run.start - 1
    start = opening
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "・ー"):
        start -= 1
    if start == opening or opening < 0 or text[opening] != "「":
        return run
    closing = run.end if text[run.end : run.end + 1] == _OPENING[text[opening]] else run.end - 1
    return Segment(run.label, start, closing + 1)


def _constrain(runs: list[Segment], text: str) -> list[Segment]:
    """Exact rules over the labels: the run just before a GB/T type code (`题名[J]`) is the title; a name in
    quotation marks (`『防衛白書』`, `《战略概念》`) is a title (or, after one, a container), never a publisher."""
    out = list(runs)
    code = next((i for i, r in enumerate(out) if r.label == "typecode"), None)
    if code is not None:
        before = next((i for i in range(code - 1, -1, -1) if out[i].label != "O"), None)
        if before is not None and out[before].label not in ("author", "editor", "title"):
            for i, run in enumerate(out[:before]):
                if run.label == "title":
                    out[i] = Segment("O", run.start, run.end)
            out[before] = Segment("title", out[before].start, out[before].end)
    for i, run in enumerate(out):  # `5号`, `第 4 期` are issues, `53巻` a volume, whatever the labels said
        if run.label in ("volume", "issue"):
            after = text[run.end : run.end + 2].lstrip()[:1]
            if after in _ISSUE_MARKS or after in _VOLUME_MARKS:
                out[i] = Segment("issue" if after in _ISSUE_MARKS else "volume", run.start, run.end)
    split: list[Segment] = []
    for run in out:  # a date has digits: a piece of a date run with none, set apart by a separator, is a name
        piece = _UNDATED_HEAD.match(text, run.start, run.end) if run.label in ("date", "accessed") else None
        if piece and piece.group(1).strip() and not _DATE_SIGN.search(piece.group(1)):
            split.append(
                Segment(
                    "container", run.start + piece.start(1) - piece.start(), run.start + piece.end(1) - piece.start()
                )
            )
            split.append(Segment(run.label, run.start + piece.end() - piece.start(), run.end))
        else:
            split.append(run)
    out = split
    if not any(r.label == "title" for r in out):  # every reference has a title: the first container-like run
        first = next((i for i, r in enumerate(out) if r.label == "container"), None)
        if first is not None:
            out[first] = Segment("title", out[first].start, out[first].end)
    for i in range(len(out) - 2):  # `New York: Springer`: after a place and its colon comes the publisher
        a, colon, b = out[i], out[i + 1], out[i + 2]
        if a.label == "place" and b.label == "place" and text[colon.start : colon.end].strip() in (":", "："):
            out[i + 2] = Segment("publisher", b.start, b.end)
    for i, run in enumerate(out):  # an issue is marked (`no. 2`, `(2)`, `第 2 期`, `2号`); a bare number is a volume
        if run.label == "issue" and not any(r.label == "volume" for r in out):
            preceding = text[max(0, run.start - 8) : run.start].lower().rstrip()
            after = text[run.end : run.end + 2].lstrip()[:1]
            if not (_ISSUE_BEFORE.search(preceding) or after in _ISSUE_MARKS or after in ")）"):
                out[i] = Segment("volume", run.start, run.end)
    seen_title = False
    for i, run in enumerate(out):
        if run.label == "title":
            seen_title = True
        elif run.label in _NOT_QUOTED and _PAIRS.get(text[run.start - 1 : run.start]) == text[run.end : run.end + 1]:
            out[i] = Segment("container" if seen_title else "title", run.start, run.end)
            seen_title = True
    return out


def _close_pairs(text: str, run: Segment) -> Segment:
    """A field that opens `「` (or another pair) closes it: the closing mark just after the run is the field's."""
    closer = text[run.end : run.end + 1]
    opener = _CLOSING.get(closer)  # one closing mark, one kind of pair: only its count can matter
    if opener is not None:
        raw = text[run.start : run.end]
        if raw.count(opener) > raw.count(closer):
            return Segment(run.label, run.start, run.end + 1)
    return run


def clean(value: str) -> str:
    """A field's text as it should read: line breaks and hyphens of the page undone, edges trimmed (a closing
    bracket or quotation mark whose opening one is in the field stays)."""
    return _clean_keeping_pairs(value)


def _clean_keeping_pairs(raw: str) -> str:
    if "\n" in raw:  # both breaks of the page are at a line's end
        raw = _CJK_BREAK.sub("", _HYPHEN_BREAK.sub("", raw))
    # `\s+` → one space changes nothing in a text of printable characters (no separator but the ASCII space) that
    # has no two spaces together: the expression is run only where it can
    value = (raw if raw.isprintable() and "  " not in raw else _SPACES.sub(" ", raw)).strip()
    start, end = 0, len(value)
    while (
        start < end
        and value[start] in _TRIM
        and not (value[start] in _OPENING and _OPENING[value[start]] in value[start + 1 : end])
    ):
        start += 1
    while (
        end > start
        and value[end - 1] in _TRIM
        and not (value[end - 1] in _CLOSING and _CLOSING[value[end - 1]] in value[start : end - 1])
    ):
        end -= 1
    return value[start:end]


def _number(value: str) -> str:
    match = _NUMBER.search(fold(value))
    return match.group(0).replace(" ", "") if match else value


_PAGE_WORD_BEFORE = re.compile(r"^(?:pp?\.?|第|s\.)\s*", re.IGNORECASE)
_PAGE_WORD_AFTER = re.compile(r"\s*(?:页|頁|ページ|面|版)$")


def _pages(value: str) -> str:
    folded = fold(value)
    folded = _PAGE_WORD_BEFORE.sub("", folded)
    folded = _PAGE_WORD_AFTER.sub("", folded)
    return _DASHES.sub("-", folded).strip(" .,")


def _date(value: str) -> dict[str, Any] | None:
    dates = find_dates(fold(value))
    if dates:
        return {"date-parts": [dates[0].value]}
    return None


def _type(item: Item, code: str | None, text: str, before_container: str) -> str:
    if code:
        if "//" in text and item.get("container-title"):
            return "chapter"  # GB/T: `题名[M]//编者. 书名`, a part of a book
        return GBT_CODES.get(code.split("/")[0], "document")
    if (item.get("genre") and _THESIS.search(item["genre"])) or _THESIS.search(item.get("publisher", "")):
        return "thesis"
    container = item.get("container-title")
    if container and (item.get("editor") or _CHAPTER_MARK.search(before_container)) and not item.get("volume"):
        return "chapter"
    if container and (item.get("volume") or item.get("issue")):
        return "article-journal"
    if item.get("URL") and not item.get("publisher") and not item.get("page"):
        return "webpage"
    issued = item.get("issued", {}).get("date-parts", [[]])[0]
    if container and len(issued) == 3:
        return "article-newspaper"
    if container:
        return "article-journal"
    if item.get("publisher"):
        report = _REPORT.search(item.get("genre", "") + " " + item.get("title", "")) or item.get("number")
        return "report" if report else "book"
    if item.get("URL"):
        return "webpage"
    return "document"


def label_reference(text: str, context: str | None = None, memo: NameMemo | None = None) -> tuple[Item, str | None]:
    """One reference string → its CSL-JSON item (without `id`) and the page it cites (`locator`), if any.

    Never raises: text the labeller cannot read (too long, no title) is kept whole in an item of type
    `document`."""
    if len(text) > MAX_CHARS or _CONTROL.search(text) or not any(ch.isalnum() for ch in text):
        return {"type": "document", "note": text}, None
    qualifier = _QUALIFIER.search(text)
    if qualifier and text[: qualifier.start()].rstrip()[-1:] not in ("」", "”", "》", "』"):
        qualifier = None  # only after a quoted title is it a qualifier of its own; elsewhere it is the title's
    if qualifier:  # an exact rule: `（仮訳）` qualifies the title, it is no field of its own
        text = text[: qualifier.start()] + " " * (qualifier.end() - qualifier.start()) + text[qualifier.end() :]
    item: Item = {"note": qualifier.group(0)} if qualifier else {}
    shaped = exact_match(text) if context == "note" else None
    read = _read_shape(text, shaped, item, memo) if shaped is not None else None
    if read is None:
        # exact runs need no constraint: each shape puts every field where the constraints would (tested)
        runs = shape_runs(shaped) if shaped is not None else _constrain(model_segments(text, context), text)
        read = _read_runs(text, runs, item, memo)
    locator, code, before_container, containers = read
    if "accessed" in item and "issued" not in item and not _ACCESS_MARK.search(text):
        item["issued"] = item.pop("accessed")  # an access date is always said to be one
    _exact_rules(text, item)
    if "title" not in item and containers:  # every reference has a title: the first container-like run is it
        item["title"] = containers[0]
        if len(containers) > 1:
            item["container-title"] = containers[1]
        else:
            item.pop("container-title", None)
    if _a_school_not_a_container(item, item.get("genre", "") or text):
        item["publisher"] = item.pop("container-title")  # a thesis has a school, not a container
    if "title" not in item:
        # no title found: the text itself is the document's name, as the rule parser has always done
        return {
            "type": "document",
            "note": clean(text) or text,
            **{k: v for k, v in item.items() if k != "type"},
        }, locator
    item["type"] = _type(item, code, text, before_container)
    if context == "note" and not locator and _DIGITS.fullmatch(item.get("page", "")):
        locator = item.pop("page")  # in a note, one page alone is the page cited; a range is the work's
    if item["type"] == "article-newspaper" and "section" not in item and _DIGITS.fullmatch(item.get("page", "")):
        item["section"] = item.pop("page")  # GB/T `2023-04-12(4)`: the newspaper's page
    return item, locator


def _read_runs(
    text: str, runs: list[Segment], item: Item, memo: NameMemo | None = None
) -> tuple[str | None, str | None, str, list[str]]:
    """The fields of labelled runs, into `item`: the locator, GB/T type code, the text before the container and
    every container-like value."""
    locator = None
    code = None
    before_container = ""
    containers: list[str] = []
    title_span = (0, 0)
    book_brackets = False
    for run in runs:
        label = run.label
        if label == "O" or (title_span[0] <= run.start and run.end <= title_span[1]):
            continue  # inside the title's quotation marks, everything is the title's
        if label == "title" and "title" in item and "container-title" not in item:
            label = "container"  # a second title, after other fields, names the whole the first is part of
        if label in ("title", "container") and label not in item:
            inside = enclosing_quotes(text, run.start, run.end)
            if inside:
                run = Segment(label, *inside)
            if label == "title":
                title_span = (run.start, run.end)
                book_brackets = text[run.start - 1 : run.start] == "『"
            elif book_brackets and text[run.start - 1 : run.start] != "『":
                label = "publisher"  # after a book's `『』` title an unquoted name is its publisher
            else:
                run = _with_name_before(text, run)
        run = _close_pairs(text, run)
        raw = text[run.start : run.end]
        value = _clean_keeping_pairs(raw)
        if not value:
            continue
        if label in ("author", "editor"):
            if label not in item:
                names = _names(value, raw, text, run.end, memo)
                if names:
                    item[label] = names
        elif label == "title":
            item.setdefault("title", value)
        elif label == "container":
            containers.append(value)
            if "container-title" not in item:
                item["container-title"] = value
                before_container = text[max(0, run.start - 6) : run.start]
        elif label == "collection":
            item.setdefault("collection-title", value)
        elif label == "publisher":
            item.setdefault("publisher", value)
        elif label == "place":
            item.setdefault("publisher-place", value)
        elif label in ("date", "accessed"):
            key = "issued" if label == "date" else "accessed"
            if key not in item:
                parsed = _date(value)
                if parsed:
                    item[key] = parsed
        elif label in ("volume", "issue", "number"):
            item.setdefault(label, _number(value) if label != "number" else value)
        elif label in ("page", "locator") and _EDITION_AFTER.match(text, run.end):
            item.setdefault("section", _pages(value))  # `第 8 版`: a newspaper's page is its section
        elif label == "page":
            item.setdefault("page", _pages(value))
        elif label == "locator":
            locator = locator or _pages(value)
        elif label == "edition":
            item.setdefault("edition", _number(value))
        elif label == "genre":
            item.setdefault("genre", value)
        elif label == "typecode":
            code = code or fold(value).upper().replace(" ", "")
    return locator, code, before_container, containers


def _names(value: str, raw: str, text: str, end: int, memo: NameMemo | None = None) -> list[dict[str, str]]:
    """The names of a names field (its cleaned `value`, its `raw` text ending at `end` of `text`).

    `memo`: the names already split in the same document, by the field's value and whether a stop follows it
    (all the split depends on). A document cites its authors and issuing bodies again and again, and splitting
    a name (a dozen patterns) cost more than anything else in reading a shaped note; each reader gets its own
    copies of the names."""
    stop = raw.rstrip().endswith(".") or text[end : end + 1] == "."
    if memo is None:
        return _split_names(value, stop)
    known = memo.get((value, stop))
    if known is None:
        known = memo[(value, stop)] = _split_names(value, stop)
    return [dict(name) for name in known]


def _split_names(value: str, stop: bool) -> list[dict[str, str]]:
    dotted = _INITIAL.search(value) or _CAPITAL.fullmatch(value.rsplit(",", 1)[-1].strip())
    if stop and _LAST_INITIAL.search(value) and dotted:
        value += "."  # the stop of a last initial (`Doe, J.`) is the initial's
    return split_names(value)


_PAIR_MARK = re.compile("[《》「」『』“”〈〉«»]")
_WIDE_DIGIT = re.compile(r"(?![0-9])\d")
_SHAPE_YMD = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?")
_SHAPE_MDY = re.compile(r"([A-Za-z]+) (\d{1,2}), (\d{4})")


def _read_shape(
    text: str, shaped: ShapeMatch, item: Item, memo: NameMemo | None = None
) -> tuple[str | None, str | None, str, list[str]] | None:
    """The fields of a note matched whole by an exact shape, read straight from the shape's groups into `item`
    (as `_read_runs` reads them from the shape's runs, without their general steps), or None, leaving `item`
    untouched, for a note whose text has what those steps exist for: a quotation mark other than the shape's own
    outside a title or container, or not nested in pairs there (stray quotes move a title's bounds), a digit that
    is not ASCII, or a title that cleans to nothing.

    Why: most of a document's notes are in these shapes, and there the general steps (quote matching, pair
    closing, date finding, page words) can change nothing; `tests/test_reference_shapes.py` checks both readings
    agree on generated notes of every shape, `benchmarks/parse_differential.py` on every test document."""
    match = shaped.match
    fields: list[tuple[str, str, int, int]] = []
    for group, label in shaped.fields:
        start, end = match.span(group)
        if start >= 0:
            raw = match.group(group)
            if label in _NUMERIC and not raw.isascii() and _WIDE_DIGIT.search(raw):
                return None  # a digit that is not ASCII: only the general code reads it as it always has
            fields.append((label, raw, start, end))
    extra = len(_PAIR_MARK.findall(text)) - shaped.own_marks
    if extra:  # marks of its own are allowed in a title or container only, there in nested pairs
        inside = [_nested_marks(text, start, end) for label, _, start, end in fields if label in _QUOTABLE]
        if -1 in inside or sum(inside) != extra:
            return None
    out: Item = {}
    locator = None
    before_container = ""
    containers: list[str] = []
    book_brackets = False
    for label, raw, start, end in fields:
        if label == "author":
            value = _clean_keeping_pairs(raw)
            names = _names(value, raw, text, end, memo) if value else None
            if names:
                out["author"] = names
        elif label == "title":
            opener = text[start - 1]
            close = text.find(_PAIRS[opener], end)  # the title is all its quotation marks enclose
            value = _clean_keeping_pairs(text[start:close])
            if not value:
                return None
            out["title"] = value
            book_brackets = opener == "『"
        elif label == "container":
            value = _clean_keeping_pairs(raw)
            if not value:
                continue
            if book_brackets:  # after a book's `『』` title an unquoted name is its publisher
                out["publisher"] = value
            else:
                containers.append(value)
                out["container-title"] = value
                before_container = text[max(0, start - 6) : start]
        elif label == "date":
            parts = _shape_date(raw)
            if parts:
                out["issued"] = {"date-parts": [parts]}
        elif label == "volume":
            out["volume"] = raw
        elif label == "issue":
            out["issue"] = raw
        elif label == "locator":
            if _EDITION_AFTER.match(text, end):
                out["section"] = raw  # `第 8 版`: a newspaper's page is its section
            else:
                locator = raw
    item.update(out)
    return locator, None, before_container, containers


_QUOTABLE = ("title", "container")
# a shape's other groups have no digits or are read by the general code
_NUMERIC = ("date", "volume", "issue", "locator")
_PAIR_OPENER = {closer: opener for opener, closer in _PAIRS.items()}


def _nested_marks(text: str, start: int, end: int) -> int:
    """How many paired quotation marks `text[start:end]` holds when each kind's marks pair up nested within it
    (`“a”`, `「a「b」」`: then no quote-matching step can take a bound outside the field), else -1."""
    depth: dict[str, int] = {}
    count = 0
    for mark in _PAIR_MARK.finditer(text, start, end):
        char = mark.group()
        opener = _PAIR_OPENER.get(char)
        if opener is None:
            depth[char] = depth.get(char, 0) + 1
        elif depth.get(opener, 0) == 0:
            return -1
        else:
            depth[opener] -= 1
        count += 1
    return count if not any(depth.values()) else -1


def _shape_date(raw: str) -> list[int] | None:
    """A date as a shape writes it (`2023`, `2023 年 5 月 25 日`, `May 25, 2023`) → date-parts, as `find_dates`
    reads it: a bare year only between 1800 and 2099, a month out of 1–12 or a day out of 1–31 dropped."""
    if raw.isdigit():
        year = int(raw)
        return [year] if 1800 <= year <= 2099 else None
    ymd = _SHAPE_YMD.fullmatch(raw)
    if ymd is not None:
        parts = [int(ymd.group(1)), int(ymd.group(2))] + ([int(ymd.group(3))] if ymd.group(3) else [])
    else:
        mdy = _SHAPE_MDY.fullmatch(raw)
        if mdy is None:
            return None
        parts = [int(mdy.group(3)), MONTHS[mdy.group(1).lower()], int(mdy.group(2))]
    if not 1 <= parts[1] <= 12:
        return parts[:1]
    if len(parts) == 3 and not 1 <= parts[2] <= 31:
        return parts[:2]
    return parts


def _exact_rules(text: str, item: Item) -> None:
    """URLs and DOIs are found by exact rules wherever the labeller put them; a DOI link is a DOI."""
    doi = DOI.search(text) if "10." in text else None  # the literal test first: much faster than the pattern
    if doi:
        item["DOI"] = doi.group(0).rstrip(_DOI_TRAIL)
    elif "DOI" in item:
        del item["DOI"]
    url = find_url(text)
    if url and not _DOI_LINK.search(url.value):
        item["URL"] = url.value
    else:
        item.pop("URL", None)


def label_shaped(text: str, memo: NameMemo | None = None) -> tuple[Item, str | None] | None:
    """`label_reference(text, "note")` for a note whole in an exact shape and with none of what the general
    steps exist for (a qualifier, a control character, what `_read_shape` leaves to the general code); None for
    any other text, which the caller then reads the general way.

    Why: most notes of a document are in these shapes, and for them most of `label_reference`'s steps are known
    to change nothing (no access date, no type code, no page to move, no empty field); only the steps that can
    change the item are taken, in the same order, so the item is the same, its fields in the same order
    (`tests/test_reference_shapes_fast.py` checks both readings on generated notes of every shape)."""
    if len(text) > MAX_CHARS:
        return None
    shaped = exact_match(text)
    # a control character is never printable, a qualifier is in brackets: two fast scans before two patterns
    if shaped is None or not (text.isprintable() or not _CONTROL.search(text)) or not any(map(str.isalnum, text)):
        return None
    qualifier = _QUALIFIER.search(text) if "（" in text or "(" in text else None
    if qualifier and text[: qualifier.start()].rstrip()[-1:] in ("」", "”", "》", "』"):
        return None  # a qualifier of its own, blanked out by the general code (inside a title it is the title's)
    item: Item = {}
    read = _read_shape(text, shaped, item, memo)
    if read is None:
        return None
    locator, _, before_container, _ = read
    if "10." in text:
        doi = DOI.search(text)
        if doi:
            item["DOI"] = doi.group(0).rstrip(_DOI_TRAIL)
    url = _shape_url(text, shaped)
    if url is not None and not _DOI_LINK.search(url):
        item["URL"] = url
    if _a_school_not_a_container(item, text):
        item["publisher"] = item.pop("container-title")
    item["type"] = _type(item, None, text, before_container)
    return item, locator


def _shape_url(text: str, shaped: ShapeMatch) -> str | None:
    """`find_url(text)`'s value, for a note in a shape: the shape's own URL group when no URL can start before
    it (no `://`, no `www.` in any case before it), none at all when the note has neither."""
    match = shaped.match
    start = match.start("url") if "url" in match.re.groupindex else -1
    if start >= 0:
        before = text[:start]
        if "://" not in before and "www." not in before.lower():
            found = URL.match(text, start)
            if found is not None:  # the shape's `https?://|www\.` is the URL's start: always found
                return text[start : url_end(text, start, found.end())]
    elif "://" not in text and "www." not in text.lower():
        return None
    url = find_url(text)
    return url.value if url else None
