"""note62 (thirty-first session): notes under a label printed over every page's notes, a note the page cut going
on under that label, a cut note finished by a run in lower case, and the Traditional `腳註` label — each rule on
documents built here, their gold made by construction, in other words than the dev documents
(`tests/layouts/*_kyakuchu_*`, `*_split_over_form_feed`, `*_jiaozhu_*`)."""

from __future__ import annotations

import re

from helpers import assert_copied_pieces_match_raw, assert_no_space_added_in_cjk, assert_offsets_valid, squeeze
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.notes import is_section_label

# sentences of the body and notes, our own; each body sentence ends on `。`, so that a marker glued after it
# (`。2`) stands where a flattened superscript stands
_BODY = (
    "两国海军在南海北部举行了为期五天的联合搜救演练。",
    "双方同意每年轮流主办一次防务政策对话。",
    "会谈期间，双方还讨论了海上通信联络机制的建设。",
    "该协定规定了访问部队的入境手续和武器携带规则。",
    "此后，两国空军也开始举行定期的联合训练。",
    "演习结束后，双方发表了联合新闻公报。",
)
_NOTES = (
    "参加演练的舰艇包括驱逐舰和补给舰各一艘，另有两架直升机和一支潜水搜救分队随舰参演。",
    "对话由两国国防部的副部长级官员共同主持，首轮对话的议题涉及地区形势和海上安全合作。",
    "联络机制包括热线电话和定期的工作层会议，双方还商定在发生海上意外时及时相互通报情况。",
    "协定经两国议会批准后生效，有效期为十年，期满后如双方均无异议则自动延长五年。",
    "训练科目包括空中加油和编队飞行等内容，参训的飞机分别从两国的三个空军基地起飞。",
    "公报全文刊载于两国国防部的官方网站，公报还宣布下一次演习将在对方国家的海域举行。",
)
_CITATION_ENDS = "頁页號号期卷冊册章節节條条款項项年月日上下"
_LABELS = ("脚注", "注", "註", "腳註", "注释")


def _wrap(text: str, width: int) -> list[str]:
    """`text` cut into lines of `width` characters, as a PDF's text dump prints a paragraph; a cut never leaves a
    digit (a flattened marker) opening a line, where a dump would print it at the line's end."""
    lines: list[str] = []
    while len(text) > width:
        at = width
        while at < len(text) and text[at].isdigit():
            at += 1
        lines.append(text[:at])
        text = text[at:]
    return [*lines, text] if text else lines


_WIDTH = 32  # characters of a line, the notes' lines as the text's (a PDF's CJK page)


@st.composite
def _paged(draw: st.DrawFn) -> tuple[str, list[str], list[str], str]:
    """(raw text, notes' texts in order, body sentences, label): pages of one or two sentences each, every page's
    notes under the same label, numbered on across pages, a page number and a form feed closing each page, every
    line wrapped at one width; the last note of some pages cut where one of its lines ends, and finished on the
    next page right under the label."""
    label = draw(st.sampled_from(_LABELS))
    pages = draw(st.integers(2, 4))
    glued = draw(st.booleans())  # `。1` (a flattened superscript) or `。[1]`
    cuts = draw(st.lists(st.booleans(), min_size=pages - 1, max_size=pages - 1))
    order = draw(st.permutations(range(len(_BODY))))
    lines: list[str] = ["南海安全合作的新进展", "张 立新"]
    notes: list[str] = []
    body: list[str] = []
    number = 0
    carried: list[str] = []
    for page in range(pages):
        count = 1 if page % 2 else 2
        texts = []
        for k in range(count):
            sentence = _BODY[order[(2 * page + k) % len(_BODY)]]
            number += 1
            body.append(sentence)
            texts.append(sentence + (str(number) if glued else f"[{number}]"))
        lines.extend(_wrap("".join(texts), _WIDTH))
        lines.append(label)
        lines.extend(carried)
        first = number - count + 1
        for n in range(first, number + 1):
            note = _NOTES[(n - 1) % len(_NOTES)]
            notes.append(note)
            printed = _wrap((f"{n}\u3000" if glued else f"[{n}] ") + note, _WIDTH)
            cut = n == number and page < pages - 1 and cuts[page] and len(printed) > 1
            # a cut ends where a line of the note ends: on a word, never a stop nor a character a citation may end
            # on (`年`, `页`, `同上`: `notes.json` 'citation_ends'), where the note may have ended
            if cut and (printed[0][-1] in "，。、" + _CITATION_ENDS or printed[1][:1] in "，。、"):
                cut = False
            lines.extend(printed[:1] if cut else printed)
            carried = printed[1:] if cut else []
        lines.append(f"- {page + 1} -")
        lines.append("\f")
    return "\n".join(lines) + "\n", notes, body, label


@settings(max_examples=80, deadline=None)
@given(_paged())
def test_notes_under_a_label_printed_on_every_page_are_each_pages_notes(
    case: tuple[str, list[str], list[str], str],
) -> None:
    """`脚注` (or `注`, `註`, `腳註`, `注释`) over each page's notes is no endnote section opened on the first page:
    every page's text stays text, every note is found whole (a note the page cut goes on under the label printed
    again on the next page), and the label leaves the text."""
    raw, notes, body, label = case
    doc = parse_text(raw)
    assert [doc.note_text(f) for f in doc.footnotes] == notes
    assert [list(m.numbers) for m in doc.markers] == [[n] for n in range(1, len(notes) + 1)]
    by_id = {f.id: f.number for f in doc.footnotes}
    assert [[by_id[x] for x in m.footnotes] for m in doc.markers] == [[n] for n in range(1, len(notes) + 1)]
    text = squeeze(re.sub(r"\[\d+\]", "", doc.text))  # how lines join is not asked here: no text lost
    for sentence in body:
        assert sentence in text
    assert label not in doc.text.splitlines()
    for note in notes:
        assert note not in doc.text
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)
    assert_no_space_added_in_cjk(doc)


def test_chapter_notes_under_a_repeated_label_stay_chapter_notes() -> None:
    """Each chapter's `Notes` closing its pages, none cut by a page: read as before, the chapters' text kept."""
    raw = "\n".join(
        [
            "Harbours and Hinterlands",
            "Ana Lopes",
            "Chapter 1",
            "The port was deepened in 2019 to take larger ships.1",
            "Notes",
            "1. Port authority, annual report 2020.",
            "- 1 -",
            "\f",
            "Chapter 2",
            "A rail link to the interior opened two years later.1",
            "Notes",
            "1. Ministry of Transport, press release, 2021.",
            "- 2 -",
            "\f",
        ]
    )
    doc = parse_text(raw)
    assert [doc.note_text(f) for f in doc.footnotes] == [
        "Port authority, annual report 2020.",
        "Ministry of Transport, press release, 2021.",
    ]
    assert "A rail link to the interior opened two years later." in doc.text
    assert "Notes" not in doc.text


_WORDS = st.sampled_from(["naval", "staff", "talks", "regional", "partners", "exercise", "patrol", "joint", "coast"])


@settings(max_examples=60, deadline=None)
@given(
    st.lists(_WORDS, min_size=4, max_size=7),
    st.lists(_WORDS, min_size=1, max_size=3),
    st.sampled_from(["- 7 -", "7", "Page 7"]),
)
def test_a_cut_note_finished_in_lower_case_after_the_text_goes_on_over_the_page(
    head: list[str], tail: list[str], number: str
) -> None:
    """A page's last note stops short inside a sentence (`…officers of the`); on the next page, under a text that
    ended its sentence, a run opening in lower case (`two navies.`) starts no sentence of the text: it ends the
    note, with no rule over the notes and however short the cut line was."""
    cut = "Signed by the " + " ".join(head)
    rest = " ".join(tail) + "."
    raw = "\n".join(
        [
            "Sea Lanes in Common",
            "Mark Owens",
            "The two navies agreed to hold annual staff talks.1 The first round took place in March.2",
            "1 Announced in a joint statement.",
            f"2 {cut}",
            number,
            "\f",
            "Patrols in the strait began a year later.3",
            rest,
            "3 Reported by the coast guard.",
            "\f",
        ]
    )
    doc = parse_text(raw)
    assert [doc.note_text(f) for f in doc.footnotes] == [
        "Announced in a joint statement.",
        f"{cut} {rest}",
        "Reported by the coast guard.",
    ]
    assert doc.text.rstrip().endswith("Patrols in the strait began a year later.[3]")


def test_traditional_foot_note_labels_are_notes_labels() -> None:
    """`腳註` and `腳注` (Traditional script) head notes as `脚注` does; a word holding them is no label."""
    for label in ("脚注", "腳註", "腳注", "脚註", "註腳"):
        assert is_section_label(label, "notes_section"), label
    assert not is_section_label("腳註說明如下", "notes_section")


_CLAUSES = (
    "双方同意扩大海上合作",
    "两国海警开始定期互访",
    "该机制于次年正式启动",
    "会议通过了新的行动计划",
    "演习规模较上届有所扩大",
)
_COUNTS = ("3艘舰艇参加了演习", "2架飞机随后抵达", "5国海军派员观摩", "4名军官出席了会议")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_CLAUSES), min_size=2, max_size=5, unique=True), st.sampled_from(_COUNTS))
def test_a_digit_glued_after_a_cjk_comma_is_the_pages_marker_a_count_stays_a_count(
    clauses: list[str], count: str
) -> None:
    """A PDF's superscript flattened after a clause's comma (`…合作，1两国…`) cites the page's note of that number;
    a count opening the clause after a comma (`，3艘舰艇…`) stays a count, though the page has a note 3."""
    n = len(clauses)
    sentence = "".join(f"{c}，{k}" for k, c in enumerate(clauses[:-1], start=1)) + clauses[-1] + f"。{n}"
    counted = count[0]
    notes = [f"{k}　第{k}条注释所引的资料见相关部门的年度报告。" for k in range(1, max(n, int(counted)) + 1)]
    raw = "\n".join(["海上合作的进展", "王 明", sentence, f"此外，{count}。", *notes, "· 5 ·", ""])
    doc = parse_text(raw)
    assert [list(m.numbers) for m in doc.markers] == [[k] for k in range(1, n + 1)]
    assert f"，{count}。" in doc.text
    for c in clauses:
        assert c in doc.text
