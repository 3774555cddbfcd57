"""A layout generator: the articles of `layout_articles` rendered the way extractors leave journal pages and web
pages, in every combination of marker family × note family × placement × numbering × heading family × line
width × page furniture × hyphenation × leading spaces, with the gold made by construction.

`combinations()` lists every valid combination (a marker family only with a note family the catalogue lets it
cite, scripts only where a language uses them); `render(combo, article)` writes the raw text and its gold;
`check(doc, generated)` says, aspect by aspect, whether a parsed document is exact. The property test draws
combinations; benchmarks/layout_matrix.py prints exactness per family.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from corpora.layout_articles import Article

from allyscope.layout.catalogue import catalogue
from allyscope.layout.joining import is_cjk
from allyscope.model import Document

CJK_WIDTH = 35
LATIN_WIDTH = 80
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿"
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
CN_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
CN_FORMAL = ["壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖", "拾"]
ROMAN_UNICODE = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
DAGGERS = "†‡§‖¶"
STAR_DAGGERS = "*†‡§‖¶"
CJK = ("zh-Hans", "zh-Hant", "ja")
ALL = (*CJK, "en")

# generator marker name → (catalogue marker family, languages)
MARKERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "bracket": ("bracket", ALL),
    "bracket-wide": ("bracket", CJK),
    "circled": ("circled", ALL),
    "paren": ("paren", ALL),
    "superscript": ("superscript", ALL),
    "glued": ("glued", ("en",)),
    "half-paren": ("half-paren", ("ja", "en")),
    "roman-bracket": ("roman-bracket", ("en",)),
    "dagger": ("symbol", ALL),
    # lay24a: the rest of issue 12's marker families — grouped citations (`[3,4]`, `[5-6]`: every note of a
    # paragraph cited at its end), `注n` and its bracketed forms, `*n`, and the note signs `*` `**` / `* † ‡`
    "bracket-list": ("bracket", ALL),
    "bracket-range": ("bracket", ALL),
    "zhu": ("zhu", ("zh-Hans", "zh-Hant")),
    "bracket-zhu": ("bracket-zhu", ("zh-Hans", "zh-Hant")),
    "paren-zhu": ("paren-zhu", ("zh-Hans", "zh-Hant")),
    "star-number": ("star-number", ("ja",)),
    "asterisk": ("symbol", ALL),
    "star-dagger": ("symbol", ALL),
    "caret-bracket": ("caret-bracket", ALL),  # web38: Markdown's footnotes, `[^3]`
    # note63: grouped citations printed as superscripts (`¹˒²`, `³⁻⁵`: a word processor's or PDF's several
    # footnote references) and after one `注` (`注2、3`, `註4-6`)
    "superscript-list": ("superscript-list", ALL),
    "superscript-range": ("superscript-list", ALL),
    "zhu-list": ("zhu-list", ("zh-Hans", "zh-Hant")),
}
GROUPED = ("bracket-list", "bracket-range", "superscript-list", "superscript-range", "zhu-list")
SINGLE = {"bracket-list": "bracket", "bracket-range": "bracket", "superscript-list": "superscript",
          "superscript-range": "superscript", "zhu-list": "zhu"}  # a group's family citing one note  # fmt: skip
SIGNS = ("dagger", "asterisk", "star-dagger")  # note signs count only to three or five: inline, afresh per paragraph
# generator note-line name → (catalogue note family, languages)
NOTES: dict[str, tuple[str, tuple[str, ...]]] = {
    "bracket": ("bracket", ALL),
    "bracket-wide": ("bracket", CJK),
    "circled": ("circled", ALL),
    "zhu": ("zhu", ("zh-Hans", "zh-Hant")),
    "zhushi": ("zhushi", ("zh-Hans",)),
    "number-dot": ("number", ALL),
    "number-space": ("number", ALL),
    "paren": ("paren", ALL),
    "half-paren": ("half-paren", ("ja", "en")),
    "roman-bracket": ("roman-bracket", ("en",)),
    "dagger": ("symbol", ALL),
    "bracket-zhu": ("bracket-zhu", ("zh-Hans", "zh-Hant")),
    "paren-zhu": ("paren-zhu", ("zh-Hans", "zh-Hant")),
    "star-number": ("star-number", ("ja",)),
    "asterisk": ("symbol", ALL),
    "star-dagger": ("symbol", ALL),
    "caret-bracket": ("caret-bracket", ALL),  # web38: Markdown's footnotes, `[^3]: …`
}
# heading system → (top family, sub family, languages); "unnumbered-…" adds an unnumbered opening and closing
HEADINGS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "cn/cn-paren": ("cn", "cn-paren", ("zh-Hans", "zh-Hant")),
    "cn-formal/cn": ("cn-formal", "cn", ("zh-Hant",)),
    "chapter/section": ("chapter", "section", ("zh-Hans", "zh-Hant")),
    "roman-unicode/arabic": ("roman-unicode", "arabic", ("ja",)),
    "arabic/arabic-dotted": ("arabic", "arabic-dotted", ALL),
    "roman/latin": ("roman", "latin", ("en",)),
    "arabic-bare/arabic-dotted": ("arabic-bare", "arabic-dotted", ("en",)),
    "unnumbered+cn/cn-paren": ("cn", "cn-paren", ("zh-Hans", "zh-Hant")),
    "unnumbered+roman-unicode/arabic": ("roman-unicode", "arabic", ("ja",)),
    "unnumbered+roman/latin": ("roman", "latin", ("en",)),
    "cn-space/cn-paren": ("cn-space", "cn-paren", ("ja",)),
    "lenticular-cn/tortoise-cn": ("lenticular-cn", "tortoise-cn", ("zh-Hans", "zh-Hant")),
    "part-en/chapter-en": ("part-en", "chapter-en", ("en",)),
    # three deep (lay24a): a third family heads each paragraph of a subsection that has two or more
    "cn/cn-paren/arabic": ("cn", "cn-paren", ("zh-Hans", "zh-Hant")),
    "cn-formal/cn/cn-paren": ("cn-formal", "cn", ("zh-Hant",)),
    "chapter/section/cn": ("chapter", "section", ("zh-Hans", "zh-Hant")),
    "roman-unicode/arabic/paren-arabic": ("roman-unicode", "arabic", ("ja",)),
    "roman/latin/arabic": ("roman", "latin", ("en",)),
    "arabic-bare/arabic-dotted/arabic-dotted2": ("arabic-bare", "arabic-dotted", ("en",)),
    "arabic/arabic-dotted/arabic-dotted2": ("arabic", "arabic-dotted", ALL),
}
THIRD = {name: name.rsplit("/", 1)[1] for name in HEADINGS if name.count("/") == 2}
# "inline": a paragraph's notes right under it; "sentence": each note right after the line its sentence ends
# (the line breaks after the marker, the paragraph goes on under the note, as in a reprint)
PLACEMENTS = ("page-bottom", "endnotes", "inline", "sentence")
UNDER = ("inline", "sentence")
# "reuse": numbered by first citation, a later sentence citing an earlier note again by its number (endnotes)
NUMBERINGS = ("per-page", "continuous", "reuse")
# "wrapped" ~35 CJK characters / ~80 Latin; "narrow" 28 / 64; "ragged" lines of uneven length (an extractor's cut
# at a proportional font's edge), from the wrapped width down by up to six characters
WIDTHS = ("unwrapped", "wrapped", "narrow", "ragged")
NARROW_CJK = 28
NARROW_LATIN = 64
FURNITURE = ("header", "header-numbered", "header-author", "dot", "dash", "hyphen", "bare", "none", "roman", "browser")
# "browser": a web page printed from a browser: the print's date and time and the page's title on one line over
# every page, no separator between them, and the page's address with a page counter (`3/5`) under every page
BROWSER_STAMPS = {
    "zh-Hans": "2025/6/3 16:12 {title} - {journal}",
    "zh-Hant": "2025/6/3 下午4:12 {title} - {journal}",
    "ja": "2025/06/03 16:12 {title}｜{journal}",
    "en": "6/3/25, 4:12 PM {title} | {journal}",
}
BROWSER_ADDRESS = "https://research.example.org/publications/2025/0603-article.html"
# "roman": a report's front matter numbered in lower-case Roman numerals, its text in Arabic ones from 1: the first
# two pages `i`, `ii`, then `1`, `2`, … (bare in zh-Hant, `- ii -` in zh-Hans, `· ii ·` in ja, `Page ii` in en)
ROMAN_PAGES = ("i", "ii")
ROMAN_SHAPES = {"zh-Hans": "- {} -", "zh-Hant": "{}", "ja": "· {} ·", "en": "Page {}"}
# front matter: as the article has it, a second author, note signs on the title and the author (their notes at
# the foot of the first page), or a dateline under the byline (the document's own date)
FRONTS = ("plain", "co-authors", "author-notes", "dateline")
CO_AUTHORS = {"zh-Hans": "王丽华", "zh-Hant": "黃淑芬", "ja": "鈴木美咲", "en": "Tom Reyes"}
FRONT_NOTES = {
    "zh-Hans": ("本文为研究项目的阶段性成果，感谢匿名审稿人的意见。", "作者为某大学国际关系学院副教授。"),
    "zh-Hant": ("本文初稿曾於研討會發表，感謝審查人的意見。", "作者為某大學政治學系助理教授。"),
    "ja": ("本稿は研究会での報告をもとにしている。", "某大学国際関係学部准教授。"),
    "en": ("The author thanks the anonymous reviewers for their comments.", "Lecturer in international relations."),
}
# (printed line, EDTF, source) of a dateline under the byline
DATELINES = {
    "zh-Hans": ("发布时间：2023-05-12 17:08", "2023-05-12", "published"),
    "zh-Hant": ("發布日期：2022年11月3日", "2022-11-03", "published"),
    "ja": ("公開日：令和5年3月1日", "2023-03-01", "published"),
    "en": ("Published: June 24, 2025", "2025-06-24", "published"),
}
LEADING = ("none", "all", "page-resume")
ABSTRACT = {
    "zh-Hans": ("摘要：", "本文梳理相关合作的由来与动力，并讨论其前景。"),
    "zh-Hant": ("摘要：", "本文回顧相關合作的發展過程，並分析其限制。"),
    "ja": ("要旨：", "本稿は協力の経緯を整理し、その課題を検討する。"),
    "en": ("Abstract: ", "This article reviews how the cooperation developed and what limits it."),
}


@dataclass(frozen=True)
class Combo:
    language: str
    marker: str
    notes: str
    placement: str
    numbering: str
    headings: str
    width: str
    furniture: str
    hyphenation: bool
    leading: str
    front: str = "plain"
    # a rule printed over the notes at a page's foot (grade36): "" none; otherwise the line as printed. Not a
    # dimension of `combinations()` (the standard draws keep their combinations); large draws set it with
    # `dataclasses.replace`
    rule: str = ""

    def families(self) -> dict[str, str]:
        """The value of every dimension, for reporting exactness per family."""
        return {
            "language": self.language,
            "marker": self.marker,
            "notes": self.notes,
            "placement": self.placement,
            "numbering": self.numbering,
            "headings": self.headings,
            "width": self.width,
            "furniture": self.furniture,
            "hyphenation": str(self.hyphenation).lower(),
            "leading": self.leading,
            "front": self.front,
        }


def compatible(language: str, marker: str, notes: str) -> bool:
    """A marker family cites a note family when the catalogue says so; both must be used in the language."""
    marker_family, marker_languages = MARKERS[marker]
    note_family, note_languages = NOTES[notes]
    if language not in marker_languages or language not in note_languages:
        return False
    return marker_family in catalogue().note_by_name[note_family].cited_by


def combinations() -> Iterator[Combo]:
    """Every valid combination, in a fixed order (itertools.product's, pruned level by level)."""
    for language, marker, notes in itertools.product(ALL, MARKERS, NOTES):
        if not compatible(language, marker, notes):
            continue
        if (marker == "circled") != (notes == "circled"):
            continue
        signs = marker in SIGNS or notes in SIGNS
        if signs and marker != notes:
            continue
        for placement, numbering in itertools.product(PLACEMENTS, NUMBERINGS):
            if placement == "endnotes" and numbering == "per-page":
                continue  # endnotes are numbered once through
            if signs and (placement not in UNDER or numbering == "continuous"):
                continue  # signs count only to three or five: notes numbered afresh after each paragraph
            if numbering == "reuse" and (placement != "endnotes" or marker in GROUPED):
                continue  # a note cited again is found by its number in one list; a group cites fresh notes
            for headings in HEADINGS:
                if language not in HEADINGS[headings][2]:
                    continue
                for width, furniture, hyphenation, leading, front in itertools.product(
                    WIDTHS, FURNITURE, (False, True), LEADING, FRONTS
                ):
                    if hyphenation and (language != "en" or width == "unwrapped"):
                        continue
                    if front == "author-notes" and signs:
                        continue  # the note signs of the front matter are the signs' own
                    yield Combo(language, marker, notes, placement, numbering, headings, width, furniture,
                                hyphenation, leading, front)


@dataclass
class Generated:
    raw: str
    body: list[str] = field(default_factory=list)  # every printed body piece (no notes, no furniture, no markers)
    notes: list[str] = field(default_factory=list)  # note texts in file order
    citations: list[str] = field(default_factory=list)  # for each marker in order, the texts of the notes it cites
    headings: list[tuple[int, str, str]] = field(default_factory=list)  # level, label, title
    title: str = ""
    authors: list[str] = field(default_factory=list)
    date: tuple[str, str] | None = None  # (EDTF, source) the document states, when the generator printed it


def _label(family: str, index: int, parent: int, language: str, grand: int = 0) -> tuple[str, str]:
    """(printed numbering with its separator, bare label) of heading number `index` (from 0); `parent` and
    `grand` number the headings above it, for labels that repeat them (`1.2`, `1.2.3`)."""
    n = index + 1
    space = "　" if language in CJK else " "
    if family == "arabic-dotted2":
        return f"{grand + 1}.{parent + 1}.{n}{space}", f"{grand + 1}.{parent + 1}.{n}"
    if family == "paren-arabic":
        return (f"（{n}）", str(n)) if language in CJK else (f"({n}) ", str(n))
    if family == "cn":
        return f"{CN_NUMERALS[index]}、", CN_NUMERALS[index]
    if family == "cn-paren":
        return f"（{CN_NUMERALS[index]}）", CN_NUMERALS[index]
    if family == "cn-formal":
        return f"{CN_FORMAL[index]}、", CN_FORMAL[index]
    if family == "chapter":
        return f"第{CN_NUMERALS[index]}章{space}", CN_NUMERALS[index]
    if family == "section":
        return f"第{CN_NUMERALS[index]}{'節' if language == 'zh-Hant' else '节'}{space}", CN_NUMERALS[index]
    if family == "roman-unicode":
        return f"{ROMAN_UNICODE[index]}{space}", ROMAN_UNICODE[index]
    if family == "arabic":
        return (f"{n}．", str(n)) if language in CJK else (f"{n}. ", str(n))
    if family == "arabic-dotted":
        return f"{parent + 1}.{n}{space}", f"{parent + 1}.{n}"
    if family == "roman":
        return f"{ROMAN[index]}. ", ROMAN[index]
    if family == "latin":
        return f"{'ABCDEFGH'[index]}. ", "ABCDEFGH"[index]
    if family == "arabic-bare":
        return f"{n} ", str(n)
    if family == "cn-space":
        return f"{CN_NUMERALS[index]}　", CN_NUMERALS[index]
    if family == "lenticular-cn":
        return f"【{CN_NUMERALS[index]}】", CN_NUMERALS[index]
    if family == "tortoise-cn":
        return f"〔{CN_NUMERALS[index]}〕", CN_NUMERALS[index]
    if family == "part-en":
        return f"Part {ROMAN[index]}. ", ROMAN[index]
    if family == "chapter-en":
        return f"Chapter {n}: ", str(n)
    raise ValueError(family)


def _marker(name: str, n: int, language: str) -> str:
    if name == "bracket":
        return f"[{n}]"
    if name == "bracket-wide":
        return f"［{n}］"
    if name == "circled":
        return CIRCLED[n - 1]
    if name == "paren":
        return f"（{n}）" if language in CJK else f"({n})"
    if name == "superscript":
        return str(n).translate(SUPERSCRIPT)
    if name == "glued":
        return str(n)
    if name == "half-paren":
        return f"{n})"
    if name == "roman-bracket":
        return f"[{ROMAN[n - 1].lower()}]"
    if name == "dagger":
        return DAGGERS[n - 1]
    if name == "zhu":
        return f"{'註' if language == 'zh-Hant' else '注'}{n}"
    if name == "bracket-zhu":
        return f"［{'註' if language == 'zh-Hant' else '注'}{n}］"
    if name == "paren-zhu":
        return f"（{'註' if language == 'zh-Hant' else '注'}{n}）"
    if name == "star-number":
        return f"*{n}"
    if name == "asterisk":
        return "*" * n
    if name == "star-dagger":
        return STAR_DAGGERS[n - 1]
    if name == "caret-bracket":
        return f"[^{n}]"
    raise ValueError(name)


def _group(name: str, numbers: list[int], language: str) -> str:
    """A marker citing one or more notes: `[3,4]` / `[3, 4]`, a run `[5-6]` / `[5–6]`, else the family's own."""
    if name not in GROUPED or len(numbers) == 1:
        return _marker(SINGLE.get(name, name), numbers[0], language)
    if name == "bracket-list":
        return "[" + (", " if language == "en" else ",").join(map(str, numbers)) + "]"
    if name == "superscript-list":  # a comma on the line in English, the superscript comma's sign in CJK text
        return ("," if language == "en" else "˒").join(str(n).translate(SUPERSCRIPT) for n in numbers)
    if name == "superscript-range":
        return f"{str(numbers[0]).translate(SUPERSCRIPT)}⁻{str(numbers[-1]).translate(SUPERSCRIPT)}"
    if name == "zhu-list":
        sign = "註" if language == "zh-Hant" else "注"
        return sign + "、".join(map(str, numbers)) if len(numbers) == 2 else f"{sign}{numbers[0]}-{numbers[-1]}"
    return f"[{numbers[0]}{'–' if language == 'en' else '-'}{numbers[-1]}]"


def _note_line(name: str, n: int, text: str, language: str) -> str:
    space = "　" if language in CJK else " "
    if name == "bracket":
        return f"[{n}]{space}{text}"
    if name == "bracket-wide":
        return f"［{n}］{text}"
    if name == "circled":
        return f"{CIRCLED[n - 1]}{text}"
    if name == "zhu":
        return f"{'註' if language == 'zh-Hant' else '注'}{n}：{text}"
    if name == "zhushi":
        return f"注释{n}：{text}"
    if name == "number-dot":
        return f"{n}. {text}" if language == "en" else f"{n}．{text}"
    if name == "number-space":
        return f"{n} {text}"
    if name == "paren":
        return f"（{n}）{text}" if language in CJK else f"({n}) {text}"
    if name == "half-paren":
        return f"{n}) {text}"
    if name == "roman-bracket":
        return f"[{ROMAN[n - 1].lower()}] {text}"
    if name == "dagger":
        return f"{DAGGERS[n - 1]} {text}"
    if name == "bracket-zhu":
        return f"［{'註' if language == 'zh-Hant' else '注'}{n}］{text}"
    if name == "paren-zhu":
        return f"（{'註' if language == 'zh-Hant' else '注'}{n}）{text}"
    if name == "star-number":
        return f"*{n} {text}"
    if name == "asterisk":
        return f"{'*' * n} {text}"
    if name == "star-dagger":
        return f"{STAR_DAGGERS[n - 1]} {text}"
    if name == "caret-bracket":
        return f"[^{n}]: {text}"
    raise ValueError(name)


def _blocks(article: Article, combo: Combo) -> list[tuple[str, object]]:
    """The article as a list of ("heading", (level, printed, label, title)) and ("para", sentences)."""
    top, sub, _ = HEADINGS[combo.headings]
    unnumbered = combo.headings.startswith("unnumbered")
    third = THIRD.get(combo.headings)
    minors = iter(article.minor)
    sections = [(title, list(subs)) for title, subs in article.sections]
    out: list[tuple[str, object]] = []
    opening = closing = None
    if unnumbered:
        opening = sections[0][1].pop(0)
        closing = sections[-1][1].pop()
        out.append(("heading", (1, article.opening, "", article.opening)))
        out += [("para", p) for p in opening[1]]
    for i, (title, subs) in enumerate(sections):
        printed, label = _label(top, i, i, combo.language)
        out.append(("heading", (1, printed + title, label, title)))
        for j, (sub_title, paragraphs) in enumerate(subs):
            printed, label = _label(sub, j, i, combo.language)
            out.append(("heading", (2, printed + sub_title, label, sub_title)))
            if third is None or len(paragraphs) < 2:
                out += [("para", p) for p in paragraphs]
                continue
            for k, paragraph in enumerate(paragraphs):
                minor = next(minors)
                printed, label = _label(third, k, j, combo.language, i)
                out.append(("heading", (3, printed + minor, label, minor)))
                out.append(("para", paragraph))
    if closing is not None:
        out.append(("heading", (1, article.closing, "", article.closing)))
        out += [("para", p) for p in closing[1]]
    return _cite_again(out) if combo.numbering == "reuse" else out


def _cite_again(blocks: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """Numbering by first citation with reuse: in every top-level section after the first, the first sentence
    without a note cites again the first note of the section before (printed with that note's number)."""
    out: list[tuple[str, object]] = []
    previous = current = None  # first note of the section before, and of this one
    pending = False  # this section has not yet cited again
    for kind, value in blocks:
        if kind == "heading" and value[0] == 1:  # type: ignore[index]
            previous, current, pending = current or previous, None, True
        elif kind == "para":
            sentences = list(value)  # type: ignore[call-overload]
            for k, (sentence, note) in enumerate(sentences):
                if note is None and pending and previous is not None:
                    sentences[k] = (sentence, previous)
                    pending = False
                elif note is not None and current is None:
                    current = note
            value = tuple(sentences)
        out.append((kind, value))
    return out


def _tokens(sentences: tuple[tuple[str, str | None], ...], combo: Combo) -> list[WrapToken]:
    tokens: list[WrapToken] = []
    group = tuple(note for _, note in sentences if note is not None) if combo.marker in GROUPED else ()
    if group:  # every note of the paragraph cited together at the end of its last sentence
        sentences = (*((sentence, None) for sentence, _ in sentences[:-1]), (sentences[-1][0], None))
    for k, (sentence, note) in enumerate(sentences):
        if combo.language == "en":
            words = sentence.split(" ")
            for w, word in enumerate(words):
                tokens.append((word if (w == 0 and k == 0) else " " + word, None))
        else:
            tokens += [(ch, None) for ch in sentence]
        if note is not None:
            tokens.append(("", (note,)))
    if group:
        tokens.append(("", group))
    return tokens


# printed text (a marker's is its provisional form), and for a marker the texts of the notes it cites
WrapToken = tuple[str, tuple[str, ...] | None]


def _wrap(
    tokens: list[WrapToken], width: int | None, hyphenate: bool, ragged: bool = False, break_after: bool = False
) -> list[list[WrapToken]]:
    """Lines of a paragraph as token lists; a marker stays on the line of the text it marks, and a long
    lower-case English word may be hyphenated at the line end. Ragged lines run short of the width by 0-6;
    `break_after` ends the line after each marker (its note is printed under it)."""
    lines: list[list[WrapToken]] = []
    line: list[WrapToken] = []
    size = 0
    full = width
    for printed, note in tokens:
        if width is not None and full is not None and ragged:
            width = full - (len(lines) * 5) % 7
        if not line:
            printed = printed.lstrip(" ")
        if width is None or note is not None or not line or size + len(printed) <= width:
            line.append((printed, note))
            size += len(printed)
            if break_after and note is not None:
                lines.append(line)
                line, size = [], 0
            continue
        word = printed.lstrip(" ")
        room = width - size - 2
        if hyphenate and len(word) >= 8 and word.isalpha() and word.islower() and room >= 3:
            cut = max(3, min(len(word) - 3, room))
            line.append((" " + word[:cut] + "-", None))
            lines.append(line)
            line, size = [(word[cut:], None)], len(word) - cut
            continue
        lines.append(line)
        line, size = [(word, None)], len(word)
    if line:
        lines.append(line)
    return lines


class PageTurns(Protocol):
    """Furniture printed at page turns by another generator (tests/corpora/furniture_repeats.py): the lines at
    the foot of page `page` (after its notes; a page number, a form feed) and at the head of page `page`."""

    def foot(self, page: int) -> list[str]: ...

    def head(self, page: int) -> list[str]: ...


def render(combo: Combo, article: Article, turns: PageTurns | None = None) -> Generated:
    """Render one article in one combination: the raw text and its gold. `turns`, when given, prints its own
    furniture at every page turn (the combination's furniture should then be "none")."""
    language = combo.language
    cjk = language in CJK
    width = None if combo.width == "unwrapped" else (CJK_WIDTH if cjk else LATIN_WIDTH)
    if combo.width == "narrow":
        width = NARROW_CJK if cjk else NARROW_LATIN
    ragged = combo.width == "ragged"
    gen = Generated(raw="")
    numbered: dict[str, int] = {}  # note text → its number, for notes cited again
    out: list[str] = []
    page = 1
    page_lines = 0
    lines_per_page = 4 if width is None else 12
    page_notes: list[tuple[int, str]] = []
    all_notes: list[tuple[int, str]] = []
    counter = 0
    resume_next = False
    page_number_base = 40 + len(article.title) % 7

    def emit(text: str, body: bool = True) -> None:
        nonlocal resume_next
        prefix = " " if combo.leading == "all" or (combo.leading == "page-resume" and resume_next and body) else ""
        if body:
            resume_next = False
        out.append(prefix + text)

    def note_lines(notes: list[tuple[int, str]]) -> None:
        for n, text in notes:
            printed = _note_line(combo.notes, n, text, language)
            gen.notes.append(text)
            for piece in _wrap(_plain_tokens(printed, cjk), width, False, ragged):
                emit("".join(t for t, _ in piece), body=False)

    def end_page(last: bool = False) -> None:
        nonlocal page, page_lines, resume_next, counter
        if combo.rule and (front_notes or (combo.placement == "page-bottom" and page_notes)):
            emit(combo.rule, body=False)
        if front_notes:
            for sign, text in front_notes:  # the title's and the author's notes, at the foot of the first page
                gen.notes.append(text)
                for piece in _wrap(_plain_tokens(f"{sign} {text}", cjk), width, False, ragged):
                    emit("".join(t for t, _ in piece), body=False)
            front_notes.clear()
        if combo.placement == "page-bottom" and page_notes:
            note_lines(page_notes)
            page_notes.clear()
        if turns is not None:
            for printed in turns.foot(page):
                emit(printed, body=False)
            if last:
                return
        if combo.furniture == "dot":
            emit(f"· {page_number_base + page} ·", body=False)
        elif combo.furniture == "dash":
            emit(f"― {page_number_base + page} ―", body=False)
        elif combo.furniture == "hyphen":
            emit(f"- {page_number_base + page} -", body=False)
        elif combo.furniture == "bare":
            emit(str(page_number_base + page), body=False)
        elif combo.furniture == "roman":  # front matter's pages in Roman numerals, then the text's from 1
            printed = ROMAN_PAGES[page - 1] if page <= len(ROMAN_PAGES) else str(page - len(ROMAN_PAGES))
            emit(ROMAN_SHAPES[language].format(printed), body=False)
        elif combo.furniture == "browser":  # the address and the page counter, its total filled in at the end
            emit(f"{BROWSER_ADDRESS} {page}/{{pages}}", body=False)
        page += 1
        page_lines = 0
        if combo.furniture == "browser":
            emit(stamp, body=False)
        if turns is not None:
            for printed in turns.head(page):
                emit(printed, body=False)
        if combo.furniture == "header":
            emit(article.journal if page % 2 else article.short_title, body=False)
        elif combo.furniture == "header-author":  # the journal over odd pages, the byline over even ones
            emit(article.journal if page % 2 else byline, body=False)
        elif combo.furniture == "header-numbered":  # `124  JOURNAL` on even pages, `SHORT TITLE  125` on odd ones
            number = page_number_base + page
            gap = "　" if cjk else "  "
            journal, short = (article.journal, article.short_title) if cjk else (
                article.journal.upper(), article.short_title.upper())
            emit(f"{number}{gap}{journal}" if page % 2 == 0 else f"{short}{gap}{number}", body=False)
        if combo.numbering == "per-page" and combo.placement == "page-bottom":
            counter = 0
        resume_next = True

    def body_line(text: str) -> None:
        nonlocal page_lines
        if page_lines >= lines_per_page:
            end_page()
        emit(text)
        page_lines += 1

    stamp = BROWSER_STAMPS[language].format(title=article.title, journal=article.journal)
    if combo.furniture in ("header", "header-numbered", "header-author"):
        emit(article.journal, body=False)
    elif combo.furniture == "browser":
        emit(stamp, body=False)
    if turns is not None:
        for printed in turns.head(1):
            emit(printed, body=False)
    authors = [*article.authors, CO_AUTHORS[language]] if combo.front == "co-authors" else list(article.authors)
    front_notes: list[tuple[str, str]] = []
    byline = "　".join(authors) if cjk else " and ".join([", ".join(authors[:-1]), authors[-1]][-len(authors):])
    if combo.front == "author-notes":  # `Title*`, `Name†`
        front_notes = list(zip("*†", FRONT_NOTES[language], strict=True))
        emit(article.title + "*")
        emit(byline + "†")
    else:
        emit(article.title)
        emit(byline)
    gen.body += [article.title, byline]
    gen.title = article.title
    gen.authors = authors
    if combo.front == "dateline":
        printed, edtf, source = DATELINES[language]
        emit(printed, body=False)
        gen.date = (edtf, source)
    label, abstract = ABSTRACT[language]
    emit(label + abstract)
    gen.body.append(label + abstract)
    page_lines = 3
    footed = False
    for kind, value in _blocks(article, combo):
        if kind == "heading":
            level, printed, bare, title = value  # type: ignore[misc]
            body_line(printed)
            gen.body.append(printed)
            gen.headings.append((level, bare, title))
            continue
        tokens: list[WrapToken] = []
        if combo.placement == "inline" or (combo.placement == "sentence" and combo.numbering != "continuous"):
            counter = 0
        gold = []
        for printed, cited in _tokens(value, combo):  # type: ignore[arg-type]
            if cited is None:
                gold.append(printed)
            tokens.append((_group(combo.marker, [1], language) if cited is not None else printed, cited))
        gen.body.append("".join(gold))
        lines = _wrap(tokens, width, combo.hyphenation, ragged, combo.placement == "sentence")
        if combo.placement == "page-bottom" and page_lines + len(lines) > lines_per_page + 4:
            end_page()  # a paragraph that would run far over starts the next page
        inline_notes: list[tuple[int, str]] = []
        for line in lines:
            if page_lines >= lines_per_page:
                end_page()
            text = []
            for printed, cited in line:
                if cited is None:
                    text.append(printed)
                    continue
                numbers = []
                for note in cited:
                    gen.citations.append(note)
                    if note in numbered:  # cited again: the number it was given first
                        numbers.append(numbered[note])
                        continue
                    counter += 1  # numbered when printed: per-page numbering depends on the page it lands on
                    numbers.append(counter)
                    numbered[note] = counter
                    (inline_notes if combo.placement in UNDER else page_notes).append((counter, note))
                    all_notes.append((counter, note))
                text.append(_group(combo.marker, numbers, language))
            body_line("".join(text))
            if combo.placement == "sentence" and inline_notes:
                note_lines(inline_notes)
                inline_notes.clear()
        if inline_notes:
            note_lines(inline_notes)
    if combo.placement == "endnotes":
        emit(article.notes_label, body=False)
        note_lines(all_notes)
    elif combo.placement == "page-bottom" and page_notes:
        end_page(last=turns is not None)
        footed = True  # the last page's foot is printed
    for sign, text in front_notes:  # a one-page document: its front notes close it
        gen.notes.append(text)
        emit(f"{sign} {text}", body=False)
    if combo.furniture == "browser":
        pages = page
        if out[-1].strip() == stamp:  # the last page closed with its notes: no empty page after it
            out.pop()
            pages -= 1
        else:
            emit(f"{BROWSER_ADDRESS} {page}/{{pages}}", body=False)  # the last page's foot
        out = [line.replace("{pages}", str(pages)) for line in out]
    if turns is not None and not footed:
        for printed in turns.foot(page):
            emit(printed, body=False)
    gen.raw = "\n".join(out) + "\n"
    return gen


def _plain_tokens(text: str, cjk: bool) -> list[WrapToken]:
    if cjk:
        return [(ch, None) for ch in text]
    words = text.split(" ")
    return [(w if i == 0 else " " + w, None) for i, w in enumerate(words)]


_WS = re.compile(r"\s+")


def _squeeze(text: str) -> str:
    return _WS.sub("", text)


_TEXT_KINDS = {"title", "author", "abstract", "keywords", "keyword", "paragraph", "affiliation"}


def _without_markers(doc: Document) -> str:
    """The body text without its markers and without the spans marked as furniture (a journal line kept in the
    text as a `journal` span is not body)."""
    cuts = [(m.start, m.end) for m in doc.markers]
    cuts += [(s.start, s.end) for s in doc.spans if s.kind not in _TEXT_KINDS]
    parts = []
    cursor = 0
    for start, end in sorted(cuts):
        if start >= cursor:
            parts.append(doc.text[cursor:start])
        cursor = max(cursor, end)
    parts.append(doc.text[cursor:])
    return "".join(parts)


def check(doc: Document, gen: Generated) -> dict[str, bool]:
    """Whether the parsed document is exact, aspect by aspect."""
    notes = [doc.note_text(f) for f in doc.footnotes]
    by_id = {f.id: doc.note_text(f) for f in doc.footnotes}
    body_markers = [m for m in doc.markers if not m.front]
    # every note a marker cites, in order (a group `[3,4]` cites two); a marker citing none counts as None
    links = [by_id.get(f) for m in body_markers for f in (m.footnotes or (None,))]  # type: ignore[arg-type]
    headings = [(h.level, h.label, h.title) for h in doc.headings]
    body = _squeeze(_without_markers(doc))
    space_ok = True
    m = doc.body_map
    for start, length, copied in zip(m.clean_starts, m.lengths, m.copied, strict=True):
        if not copied and doc.text[start : start + length] == " ":
            before = doc.text[start - 1] if start else ""
            after = doc.text[start + 1] if start + 1 < len(doc.text) else ""
            if (before and is_cjk(before)) or (after and is_cjk(after)):
                space_ok = False
    return {
        "notes": [_squeeze(n) for n in notes] == [_squeeze(n) for n in gen.notes],
        "links": links == gen.citations,
        "headings": headings == gen.headings,
        "no_note_in_body": not any(_squeeze(n) in _squeeze(doc.text) for n in gen.notes),
        "body": body == _squeeze("".join(gen.body)),
        "no_cjk_space": space_ok,
        "title": doc.title == gen.title,
        "authors": doc.authors == gen.authors,
        "date": gen.date is None or (doc.date, doc.date_source) == gen.date,
    }
