"""The layout generator's combinations (tests/corpora/layout_generator.py) through the parser.

Property tests draw a combination and an article (derandomized under the `ci` profile) and check what must hold
for every layout, exact or not: no exception, every span inside its text, every copied character the raw
character it maps to, no space added next to CJK text, a layout report. Mutated documents (lines dropped,
doubled, joined, stray marker characters) must hold the same. A fixed sample pins exactness floors, tuned
articles and held-out articles apart (benchmarks/layout_matrix.py prints the full table).
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from corpora.layout_articles import DEV_EXTRA, HELD_OUT, TUNED
from corpora.layout_generator import Combo, check, combinations, render
from helpers import assert_copied_pieces_match_raw, assert_no_space_added_in_cjk, assert_offsets_valid
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from allyscope import parse_text

COMBOS = list(combinations())
ARTICLES = {**{a.language: a for a in TUNED}}
HELD = {a.language: a for a in HELD_OUT}
# built once: a strategy built inside a composite strategy is built again for every example, and hypothesis hashes
# the whole list of combinations each time (a million since lay24a: minutes for the mutated documents' test)
COMBO_DRAWS = st.sampled_from(COMBOS)


def _invariants(raw: str) -> None:
    doc = parse_text(raw)
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)
    assert_no_space_added_in_cjk(doc)
    assert doc.layout is not None
    for note in doc.footnotes:
        assert doc.raw[note.raw_start : note.raw_end].strip()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(combo=COMBO_DRAWS, held=st.booleans())
def test_every_combination_keeps_the_invariants(combo: Combo, held: bool) -> None:
    article = (HELD if held else ARTICLES)[combo.language]
    _invariants(render(combo, article).raw)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    combo = draw(COMBO_DRAWS)
    lines = render(combo, ARTICLES[combo.language]).raw.splitlines()
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "double", "join", "stray", "blank"]))
        if action == "drop" and len(lines) > 1:
            del lines[i]
        elif action == "double":
            lines.insert(i, lines[i])
        elif action == "join" and i + 1 < len(lines):
            lines[i : i + 2] = [lines[i] + lines[i + 1]]
        elif action == "stray":
            at = draw(st.integers(0, len(lines[i])))
            stray = draw(st.sampled_from(["[", "］", "①", "(3", "¹", "注", "1. ", "\u3000"]))
            lines[i] = lines[i][:at] + stray + lines[i][at:]
        else:
            lines.insert(i, "")
    return "\n".join(lines) + "\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_documents_keep_the_invariants(raw: str) -> None:
    _invariants(raw)


def _exact_share(articles: dict[str, object], combos: list[Combo]) -> tuple[float, dict[str, float]]:
    exact = 0
    aspects: dict[str, int] = {}
    for combo in combos:
        generated = render(combo, articles[combo.language])  # type: ignore[arg-type]
        result = check(parse_text(generated.raw), generated)
        exact += all(result.values())
        for aspect, ok in result.items():
            aspects[aspect] = aspects.get(aspect, 0) + ok
    return exact / len(combos), {a: v / len(combos) for a, v in aspects.items()}


def test_generated_layouts_exactness_floor() -> None:
    """Floors at today's figures on a fixed sample (benchmarks/layout_matrix.py --sample 600 prints more)."""
    sample = random.Random(2026).sample(COMBOS, 100)
    tuned, tuned_aspects = _exact_share(ARTICLES, sample[:80])
    held, held_aspects = _exact_share(HELD, sample[80:])
    assert tuned_aspects["no_cjk_space"] == 1.0 and held_aspects["no_cjk_space"] == 1.0
    assert tuned_aspects["title"] >= 0.97 and tuned_aspects["authors"] >= 0.97
    assert tuned_aspects["date"] == 1.0 and held_aspects["date"] == 1.0  # datelines the generator printed
    # the sample holds the front-matter variants (co-authors, * † notes, datelines), numbered running heads and
    # heads naming the author since they were added: a different draw each time the combinations grew
    assert tuned >= 0.99, tuned
    assert held >= 0.95, held


def test_held_out_hand_documents_floor() -> None:
    """The held-out hand-written documents (never tuned on): floors at today's figures (each one less than before
    the fifteenth session, which retired to dev a document that was exact under a gold found wrong)."""
    import json
    from pathlib import Path

    from corpora.hand_scoring import aspects

    from allyscope import parse

    here = Path(__file__).parent
    by_name = {
        p.stem: aspects(parse(p), json.loads((here / "gold" / "held_out" / f"{p.stem}.layout.json").read_text("utf-8")))
        for p in sorted((here / "layouts" / "held_out").glob("*.txt"))
    }
    results = list(by_name.values())
    # six of the second session, three written in the fifth before its rules changed, four in the sixth; one of the
    # second session's (ja_web_column) retired to dev in the fifteenth: its gold kept cited `※n` notes in the body
    assert len(results) == 12
    sixth = {
        "en_report_web_about_author",
        "ja_journal_figures_endnotes",
        "zh_hant_report_chapters_pages",
        "zh_web_column_author_note",
    }
    assert sixth <= set(by_name)
    # 11 of 13 before the retirement; 6, 7, 8 before lay19, lay20, ※n withdrawn; 9 before lay21a
    assert sum(all(r.values()) for r in results) >= 10
    # lay19: 10, 11 before; lay20: 11, 12 and furniture 8 before
    assert sum(r["title"] for r in results) >= 12 and sum(r["headings"] for r in results) >= 12  # title: 12 (lay21a)
    assert sum(r.get("furniture", True) for r in results) >= 10  # 9 before lay21a
    assert sum(r["authors"] for r in results) >= 11  # lay21a: 11 at its start
    older = [r for name, r in by_name.items() if name not in sixth]
    assert all(r["notes"] and r["markers"] and r["date"] and r["language"] for r in older)
    assert sum(r["notes"] and r["markers"] and r["date"] and r["language"] for r in results) >= 12  # 12 before lay21a
    assert sum(r.get("lists", True) for r in results) >= 12  # list pieces kept in the body, where the gold names them


HELD_OUT2_LANGUAGES = {"zh": 2, "zh_hant": 2, "ja": 2, "en": 2}


def _held_out2() -> list[tuple[Path, str, dict[str, Any]]]:
    """(path, text, gold) of the second held-out set (tests/layouts/held_out2, thirteenth session)."""
    return _held_out_set("held_out2")


def test_held_out2_gold_integrity() -> None:
    """The second held-out set's gold states only what its document prints: eight documents, two per language,
    one gold each naming its document; every title, author, keyword, abstract end, heading, note, list piece and
    running-head piece occurs in the text, furniture and titles are whole lines in document order, and every marker
    links to a note of the gold. A gold that drifts from its document is caught before any parser figure."""
    docs = _held_out2()
    assert len(docs) == 8
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT2_LANGUAGES)


HELD_OUT3_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out3_gold_integrity() -> None:
    """The third held-out set (tests/layouts/held_out3, fifteenth session: written blind, gold committed before the
    parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, floors set once by the lead
    at the merge): four documents, one per language, each gold stating only what its document
    prints, as for the second set. Checked without running the parser."""
    docs = _held_out_set("held_out3")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT3_LANGUAGES)


HELD_OUT4_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out4_gold_integrity() -> None:
    """The fourth held-out set (tests/layouts/held_out4, sixteenth session: written blind, gold committed before the
    parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no floors
    until the lead measures it once at the merge): four documents, one per language, of shapes users bring (a Word
    export with a header and footer on every page and page-bottom notes, a university journal article with its
    English abstract block after the reference list, a government press page with breadcrumbs and a print row, an
    emailed digest of three items), each gold stating only what its document prints. Checked without running the
    parser."""
    docs = _held_out_set("held_out4")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT4_LANGUAGES)


HELD_OUT5_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out5_gold_integrity() -> None:
    """The fifth held-out set (tests/layouts/held_out5, seventeenth session: written blind, gold committed before the
    parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no floors
    until the lead measures it once at the merge): four documents, one per language, of shapes users bring (a
    journal article PDF copied to text with running heads, page numbers and circled notes restarting on each page, a
    think-tank report exported from Word with a table of contents and bracketed endnotes, a ministry page copied
    with its menus, era date, related links and footer, a think-tank commentary page with glued endnote markers,
    authors' bios, tags and a related link), each gold stating only what its document prints. Checked without
    running the parser."""
    docs = _held_out_set("held_out5")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT5_LANGUAGES)


HELD_OUT6_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out6_gold_integrity() -> None:
    """The sixth held-out set (tests/layouts/held_out6, eighteenth session: written blind, gold committed before the
    parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no floors
    until the lead measures it once at the merge): four documents, one per language, of shapes users bring (a
    university working paper copied from its PDF with a series cover, a subtitle, running heads, page numbers, a
    figure caption and glued note numbers with notes at each page's bottom; a WeChat public-account article copied
    with its follow prompt, account line, editor's note, END mark, earlier picks and action row; a parliament page
    copied with its skip link, menus, a Republic of China era date in figures, a view counter, sidebar news and a
    contact footer; a workshop report exported from Word with a rapporteur, a Chatham House note, a bulleted list and
    bracketed endnotes), each gold stating only what its document prints. Checked without running the parser."""
    docs = _held_out_set("held_out6")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT6_LANGUAGES)


HELD_OUT7_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out7_gold_integrity() -> None:
    """The seventh held-out set (tests/layouts/held_out7, nineteenth session: written blind, gold committed before the
    parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no floors
    until the lead measures it once at the merge): four documents, one per language, of shapes users bring (a
    journal article copied from its CNKI PDF with a Chinese and an English abstract, bracketed field labels, a fund
    note, circled notes restarting at each page's bottom, alternating running heads and dashed page numbers; a
    ministry's statement page copied with its skip link, menu, breadcrumb trail, share row, related links, a review
    date and a footer; a think-tank commentary page with a writer line carrying the post in brackets, tags, `注1：`
    notes, a profile box and a disclaimer; a portal news story with a reporter line, `▲` captions, `延伸閱讀` and app
    prompts), each gold stating only what its document prints. Checked without running the parser."""
    docs = _held_out_set("held_out7")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT7_LANGUAGES)


HELD_OUT8_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out8_gold_integrity() -> None:
    """The eighth held-out set (tests/layouts/held_out8, twentieth session: written blind, gold committed before the
    parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no floors
    until the lead measures it once at the merge): four documents, one per language, of shapes users bring (a
    journal article as plain pdftotext gives a two-column page: short column lines, a DOI and a received/accepted
    line, running heads with page numbers, a bare page number and notes at each page's bottom; a defence white paper
    section copied from the ministry's page with a skip link, breadcrumbs, numbered and `（1）` heads, a figure
    label, a `コラム` box and a `注` list; an encyclopedia page with infobox lines in tabs, `參考資料` with backlinks,
    `外部連結` and a category line; a government press page with release time, source and author each on its own
    line, font and share rows, `责任编辑`, print and close, `相关链接` and a footer), each gold stating only what its
    document prints. Checked without running the parser."""
    docs = _held_out_set("held_out8")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT8_LANGUAGES)


HELD_OUT9_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out9_gold_integrity() -> None:
    """The ninth held-out set (tests/layouts/held_out9, twenty-first session: written blind, gold committed before
    the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no floors
    until the lead measures it once at the merge): four documents, one per language, of shapes the earlier sets'
    file names do not name (a think-tank special report with a doctype line, a month date line, roman-numeral
    heads, superscript markers after punctuation, one note cited twice, an `Endnotes` list, an `About the authors`
    block and a copyright line; a newspaper's digital article with a section label, a paywall badge and notice, a
    timestamp, share and bookmark rows, a `【place＝reporter】` byline opening the body, a photo caption, a reporter
    box and related news; a white paper on a news agency's page with breadcrumbs, source and time, the paper's
    own month line and issuing office, `前言`/`一、`/`（一）`/`结束语` heads, an editor line and related news; a
    legislature's information note with a series code, numbered sections over numbered paragraphs, note numbers
    glued to the sentence, notes under a rule at each page's bottom numbered across pages, page numbers, and the
    closing office, date and telephone), each gold stating only what its document prints. Checked without running
    the parser."""
    docs = _held_out_set("held_out9")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT9_LANGUAGES)


HELD_OUT10_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out10_gold_integrity() -> None:
    """The tenth held-out set (tests/layouts/held_out10, twenty-second session: written blind, gold committed before
    the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no floors
    until the lead measures it once at the merge): four documents, one per language, of shapes the earlier sets'
    file names do not name (a parliamentary library's research paper as a text dump, with a series line, a contents
    list with dot leaders, unnumbered heads, note numbers glued after the full stop, an `Endnotes` list, an ISSN line,
    a Crown copyright line and a disclaimer; a university bulletin's research note copied from its PDF, with a title
    and a dash subtitle, an English title and subtitle on two lines, an author starred to an affiliation at the page's
    foot, `1)` markers with notes at each page's bottom numbered across pages, a note citing another note, page
    numbers and an author-and-title running head; a ministry's news page with breadcrumbs, a publication time, a
    font and print row, a `来源`/`责任编辑` footer, a share row, a scan prompt, related news and licence lines; a
    think-tank commentary with breadcrumbs, a series label, a date and an author line, `（註1）` markers after the
    full stop, `註1：` endnotes under `註釋`, an author box, a disclaimer and a share row), each gold stating only what
    its document prints. Checked without running the parser."""
    docs = _held_out_set("held_out10")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT10_LANGUAGES)


HELD_OUT11_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out11_gold_integrity() -> None:
    """The eleventh held-out set (tests/layouts/held_out11, twenty-third session: written blind, gold committed before
    the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no floors
    until the lead measures it once at the merge): four documents, one per language, of shapes the earlier sets'
    file names do not name (a journal article as a text dump with bracketed `【摘要】`/`【关键词】` labels, a
    classification-number line, an English title, author, abstract and key words after the Chinese ones, `[2-3]`
    and `[2,5]` markers beside single ones, a `参考文献` reference list and a received-date, bio and editor block at
    its end; a government white paper's web page with breadcrumbs, a `Print / Share` row, an `On this page` contents
    list whose lines repeat the numbered heads word for word, decimal sub-heads, a last-updated line, a feedback
    prompt and footer links; a parliamentary library's issue brief copied from its PDF, with an issue line carrying a
    dotted date, a bureau line, the author in parentheses on a line of their own, a contents list, unnumbered and
    two-level numbered heads, `(1)` markers with notes at each page's bottom numbered across pages and a footer line
    with the page number; a university research centre's newsletter from its PDF, with the centre's line, an issue
    line, a column label, a `文／` author line, `[註1]` markers, `註1：` notes at each page's bottom, a `－1－` page
    number, an `作者簡介` box and a publisher-and-address masthead at its foot), each gold stating only what its
    document prints. Checked without running the parser."""
    docs = _held_out_set("held_out11")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT11_LANGUAGES)


HELD_OUT12_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out12_gold_integrity() -> None:
    """The twelfth held-out set (tests/layouts/held_out12, twenty-fourth session: written blind, gold committed before
    the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no floors
    until the lead measures it once at the merge): four documents, one per language, of shapes the earlier sets'
    file names do not name (a think-tank paper as a PDF text dump, with a centre line, a doctype line, a title wrapped
    over two lines, authors marked with superscript letters over their affiliation lines, an `Executive Summary`
    head, decimal heads, superscript note markers, an `Endnotes` list and page-foot lines; a ministry web page with
    breadcrumbs, a `印刷する` line, a share row, an era date, numbered paragraphs, `（※1）` markers with `※1` notes
    beside an unnumbered `※` caveat, related links, a back-to-top line and an address footer; a news portal's repost
    with a `原标题` line, the time, `来源`, `作者` and `责任编辑` each on a line of its own, an APP prompt, `图片：`
    captions, a `校对` line, a copyright line, `举报` and a numbered `相关阅读` list with dates; a journal article with
    an issue line, a `＊` author note, `摘要`/`關鍵詞`, an English title, author, abstract and keywords, superscript
    markers and `註` notes at page bottoms, one continued after a page turn under a running head), each gold stating
    only what its document prints (a wrapped title and a continued note as the lines that print them). Checked
    without running the parser."""
    docs = _held_out_set("held_out12")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT12_LANGUAGES)


HELD_OUT13_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out13_gold_integrity() -> None:
    """The thirteenth held-out set (tests/layouts/held_out13, twenty-fifth session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, of shapes the earlier
    sets' file names do not name (a university bulletin's article as a PDF text dump of two columns in short lines,
    with a journal line, an angle-bracketed doctype, a dashed subtitle, a dashed page number on the first page,
    running heads alternating the author's name and the title with the page number, full-width `（１）` markers cited
    twice and `注` notes at the chapter's end, and a received line; a United Nations report as a PDF text dump with
    the header's cells one a line (symbol, distribution, date, original language, session, agenda item), a
    `Summary` head, a job-number line and a `Please recycle` line, roman and letter heads over numbered paragraphs,
    digit markers glued after the stop, notes under a rule at the page bottoms numbered on across pages, page-of-total
    feet and form feeds; a news site's page with a breadcrumb, a bracketed kicker, a reporter-and-place line, an
    editor field, published and updated lines, a font-size row, `圖／` captions (one with the agency first), a dotted
    `延伸閱讀` list, a ranked `熱門新聞` list with view counts, a members' notice and a copyright line; a think-tank
    report as a PDF text dump with form feeds, a cover page (institute, series issue line, dashed subtitle, a
    `执笔：` line, a date in Chinese numerals), a `目　录` with dot leaders, an inline `摘　要` and keywords, three
    levels of heads `一、`/`（一）`/`1.`, circled notes restarting on each page above dashed page numbers and a
    `参考文献` list), each gold stating only what its document prints. Checked without running the parser."""
    docs = _held_out_set("held_out13")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT13_LANGUAGES)


HELD_OUT14_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out14_gold_integrity() -> None:
    """The fourteenth held-out set (tests/layouts/held_out14, twenty-sixth session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, of shapes the earlier
    sets' file names do not name (a think-tank policy paper as a PDF text dump with a series line, a title over two
    lines, an inline `Summary:` label, two columns side by side with a word broken by a hyphen across lines, headings
    inside a column, digit markers glued after the stop, notes at each page's foot numbered on across pages, a bare
    right-aligned page number, a form feed before a page-number-and-running-head line, an `About the authors` block
    and a copyright line; a ministry's press page saved as text with a skip link, a menu one item a line, a
    breadcrumb, a Reiwa date, an `English` link, a print line, numbered paragraphs, related links, a back-to-top line,
    footer links and a copyright line; a news app's share text with a source, time and `发布于` place line, a follow
    button, `▲` photo captions with a reporter's or an interviewee's credit, editor and proofreader lines, a
    recommended list with dates, an app prompt, `举报` and a comment count; a journal article with an issue-and-pages
    line, an English title, a starred author note, `摘要`/`關鍵詞` followed by an English `Abstract` and `Keywords`,
    `壹、`/`一、` heads on two levels, digit markers glued after the CJK stop, `註釋` endnotes and a reference list),
    each gold stating only what its document prints. Checked without running the parser."""
    docs = _held_out_set("held_out14")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT14_LANGUAGES)


HELD_OUT15_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out15_gold_integrity() -> None:
    """The fifteenth held-out set (tests/layouts/held_out15, twenty-seventh session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, of shapes the earlier
    sets' file names do not name (a ministry's policy paper as a PDF text dump with the issuing ministry and a
    `Policy Paper` label over the title, a month date line, contents with dot leaders, a `Summary` head without a
    number, a running header after each page break, `Page N of M` page lines, digit markers glued after the stop, one
    of them after a year, and notes at each page's foot numbered on across pages; a Japanese research note exported
    from Word with a series label, a journal issue line dated by the Reiwa era, the author's name and affiliation on
    lines of their own, `要旨` and `キーワード`, `1．` heads, bracket markers, a rule line and a `脚注` block; a zh-Hant
    news page saved as text with a `›` breadcrumb, a date line with an update stamp, a font-size row, `圖說：` captions
    with a photo credit, an `延伸閱讀` list of dated headlines, hashtags, a share row and a copyright line; a zh-Hans
    embassy economic report as a PDF dump with a cover issuer and month, `一、`/`（一）` heads, `— 1 —` page numbers, a
    running head that differs from the title, bracket markers after the stop and a `注释` block), each gold stating
    only what its document prints. Checked without running the parser."""
    docs = _held_out_set("held_out15")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT15_LANGUAGES)


HELD_OUT16_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out16_gold_integrity() -> None:
    """The sixteenth held-out set (tests/layouts/held_out16, twenty-eighth session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, of shapes the earlier
    sets' file names do not name (a parliamentary committee report dumped from PDF with a cover of the House, the
    committee, the session's report number, an order-to-print line, an `HC` number and a `Published on` line, a
    running header with the committee's name and a short title after each page break, `Page N of M` lines, an
    unnumbered `Summary` head, `1 Introduction` heads over numbered paragraphs `1.1`, `1.2` that are body text,
    digit markers glued after the stop and notes at each page's foot numbered on across pages, one of them a
    bracketed witness after a question number; a Japanese ministry page saved as text with a `>` breadcrumb, an
    `更新日：` line in the Reiwa era, an `English` link, paragraphs numbered with a full-width space, a `関連リンク`
    list, PDF links with their file sizes, the Acrobat Reader notice and two back links; a zh-Hans journal article
    with its affiliation, `摘　要：`, `关键词：`, a classification line, an English title, name, `Abstract:` and `Key
    words:`, `一、` and `（一）` heads, `[1]` citations of a numbered `参考文献` list and circled markers of a `注释`
    block before it, then a received date and an author's bio; a zh-Hant think-tank commentary with a `＞`
    breadcrumb, a date and an author line, three share lines, `一、` heads, a `作者簡介` box, circled notes after it
    at the end, a disclaimer and related links), each gold stating only what its document prints. Checked without
    running the parser."""
    docs = _held_out_set("held_out16")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT16_LANGUAGES)


HELD_OUT17_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out17_gold_integrity() -> None:
    """The seventeenth held-out set (tests/layouts/held_out17, thirtieth session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the regions
    reserved for the session's blind sets (an English think-tank policy paper dumped from PDF with a capitalised
    series line carrying the month, two authors joined by `and`, a `Summary` label, `1.` heads, digit markers glued
    after the stop, a `Page 1 of 2` line followed by a running header of short title and programme, a `Notes` block
    at the end and the authors' bio line; a Japanese journal article with a volume and issue line, a `論文` label,
    `要旨：` and `キーワード：` lines, `1．` heads, `[1]` markers, a `注` block and a received line; a zh-Hans ministry
    country page with a `>` breadcrumb, a month-precise `更新时间：` line, font and print tools, a `相关链接：` list, a
    share row and footer rows; a zh-Hant think-tank commentary with a `＞` breadcrumb, a `發布日期：` line, an author
    line with the post in brackets, `一、` heads, circled markers and a `註釋` block at the end, tags, a share row and a
    copyright line), each gold stating only what its document prints. Checked without running the parser."""
    docs = _held_out_set("held_out17")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT17_LANGUAGES)


HELD_OUT18_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out18_gold_integrity() -> None:
    """The eighteenth held-out set (tests/layouts/held_out18, thirty-first session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the regions
    reserved for the session's blind sets (an English parliamentary committee report dumped from PDF: a house and
    its committee over the title, session, formal-minutes, order-to-print and paper-number lines, a `Published on`
    line, running heads alternating the page number's side, numbered paragraphs under `1 Introduction` heads and
    digit markers glued after the stop, their notes at each page's foot numbered on across pages; a Japanese
    ministry country page with a menu of one item a line, a `>` breadcrumb, an era date alone, print and text-size
    tools, `1　` heads, back links, a related-links list, a footer row and a copyright line; a zh-Hans journal
    article with an issue line, `内容提要：`, `关键词：` and `基金项目：` lines, `一、` heads, `〔1〕` markers and a
    `注释：` block at the end, and an editor's credit in brackets; a zh-Hant e-mail newsletter with a masthead, an
    issue line with its date, a contents list repeating the items' `一、` heads, a browser link, bracketed source
    lines after each item, an editor line, an unsubscribe line and a no-reprint line), each gold stating only what
    its document prints. Checked without running the parser."""
    docs = _held_out_set("held_out18")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT18_LANGUAGES)


HELD_OUT19_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out19_gold_integrity() -> None:
    """The nineteenth held-out set (tests/layouts/held_out19, thirty-second session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the regions
    reserved for the session's blind sets (an English policy paper dumped from PDF: a series line of `|`-separated
    fields with the issue's month over the title, an author and an affiliation line, `Abstract` and `Keywords:`,
    `1. Introduction` heads, digit markers glued after a stop that follows a year, an underscore rule over each
    page's notes numbered on across pages, a body line just above the rule, and a `series | page` footer; a Japanese
    embassy news page with a language row, the embassy's masthead, a `＞` breadcrumb, an era date under the title,
    `1　` heads, a related-links list, a back-to-top link, an address and telephone footer and a copyright line; a
    zh-Hans institute report dumped from PDF: a series title, the issuer and a month on the cover, a `目　录` with dot
    leaders, `一、` heads, circled markers with their notes under a dash rule restarting on each page, `·1·` page
    numbers and the series title repeated as a running head; a zh-Hant think-tank commentary page with a `/` trail,
    a kicker, a `文／` byline with the writer's post in brackets, a `發布日期：` line, a share row, a disclaimer in
    brackets, a tag line, related articles and a copyright line), each gold stating only what its document prints.
    Checked without running the parser."""
    docs = _held_out_set("held_out19")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT19_LANGUAGES)


HELD_OUT20_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out20_gold_integrity() -> None:
    """The twentieth held-out set (tests/layouts/held_out20, thirty-third session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the regions
    reserved for the session's blind sets (an English ministry release page: a skip link, a `|` menu, a `>`
    breadcrumb, a doctype line, a `Published:` line, a share line, a media-contact block, related news and a
    copyright line; a Japanese journal article: an issue line with its month over the title, the author and an
    affiliation line, `要旨：` and `キーワード：` lines, `1．` heads, `（1）` markers and a `注` block of endnotes; a
    zh-Hans institute web report: a `>` breadcrumb, a `作者：` line, a `发布时间：` line, `摘要：` and `关键词：`
    lines, `一、` heads, `[1]` markers, a `注释：` block, an editor's credit and a print-and-close row; a zh-Hant news
    page: a `/` trail, a time line, a `記者…／…報導` byline, a `▲` caption with its photo credit, a share row,
    `延伸閱讀` links and a copyright line), each gold stating only what its document prints. Checked without running
    the parser."""
    docs = _held_out_set("held_out20")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT20_LANGUAGES)


HELD_OUT21_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out21_gold_integrity() -> None:
    """The twenty-first held-out set (tests/layouts/held_out21, thirty-fourth session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the regions
    reserved for the session's blind sets (an English brief dumped from PDF: a series line of `|`-separated fields
    with the issue's month over the title, an author and an affiliation line, `Abstract:` and `Keywords:` lines with
    `;`-separated keywords, `1. Introduction` heads, superscript markers after a stop or a comma, an underscore rule
    over each page's notes numbered on across pages and a `series | page` footer; a Japanese report dumped from PDF:
    an issue line with its month over the title, the author, `要約：` and `キーワード：` lines, `1．` heads, `（注1）`
    markers with their notes under a dash rule at each page's foot, numbered on across pages, and `- 1 -` page
    numbers; a zh-Hans ministry page: a `当前位置：` trail, a time line, a `来源：` line, a font-size row, an editor's
    credit, a print-and-close row, `相关新闻` links and a copyright line; a zh-Hant journal article: an issue line with
    its month over the title, the author and an affiliation line, `摘要：` and `關鍵詞：` lines, `壹、` heads, `（註1）`
    markers and `註1：` endnotes under `註釋`), each gold stating only what its document prints. Checked without
    running the parser."""
    docs = _held_out_set("held_out21")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT21_LANGUAGES)


HELD_OUT22_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out22_gold_integrity() -> None:
    """The twenty-second held-out set (tests/layouts/held_out22, thirty-fifth session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the regions
    reserved for the session's blind sets (an English media release page: a skip link and a `›` trail, a capitals
    doctype line over the title, a place-and-date line, `ENDS`, a media-enquiries line, a share row and a copyright
    line; a zh-Hans news page: a `>` trail, a time-and-source line, a reporter's byline, a font-size and print row, a
    photo caption, an end mark, an editor's credit, a share row, `相关新闻` links and a copyright line; a zh-Hant
    journal article: an issue line with its month over the title, the author and an affiliation line, `摘要` and
    `關鍵詞：` lines, `壹、`, `一、` and `（一）` heads, `(1)` markers with `註1：` notes at each page's foot, numbered
    again on each page, and `― 77 ―` page numbers; a Japanese report dumped from PDF: the author and the month on
    lines of their own under the title, `1．` heads, a bulleted list a sentence announces, a figure caption with its
    source line, a copyright footer on each page and `― 1 ―` page numbers), each gold stating only what its document
    prints. Checked without running the parser."""
    docs = _held_out_set("held_out22")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT22_LANGUAGES)


HELD_OUT23_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out23_gold_integrity() -> None:
    """The twenty-third held-out set (tests/layouts/held_out23, thirty-sixth session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the regions
    reserved for the session's blind sets (a zh-Hans embassy news page: a `>` trail, a release-time-and-source line, a
    font-size and print row, a photo caption, `上一篇：`/`下一篇：` lines, a close-window row and a copyright line; a
    zh-Hant journal article: an issue line with its month and pages over the title, the author and an affiliation
    line, `摘要：` and `關鍵詞：` lines, `壹、` and `一、` heads, `[1]` markers with their notes at the end under a
    `註釋` label; a Japanese ministry release: a doctype line over the title, an era date, the issuing ministry,
    paragraphs numbered `1　`, a `【問合せ先】` block with a telephone line, `関連リンク` and a page-top link; an
    English report dumped from PDF: the issuer over the title, the authors and the month on lines of their own,
    unlabelled heads, digits glued after the stops as markers, a running head of the authors' names and a pipe footer
    on each page, and the notes at the end under `Notes`), each gold stating only what its document prints. Checked
    without running the parser."""
    docs = _held_out_set("held_out23")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT23_LANGUAGES)


HELD_OUT24_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out24_gold_integrity() -> None:
    """The twenty-fourth held-out set (tests/layouts/held_out24, thirty-seventh session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the regions
    reserved for the session's blind sets (a zh-Hans journal article dumped from PDF: an issue-and-pages line over
    the title, the author and a bracketed affiliation line with a postcode, `摘要：` and `关键词：` lines, `一、` and
    `（一）` heads, `[1]` markers numbered on across pages with their notes at each page's foot, a running head of the
    author's name and the title and a dash footer on each page; a zh-Hant news page: a `>` trail, a time-and-agency
    line, the reporter in a bracketed dispatch opening the lead, a photo caption, a share row, `延伸閱讀` with its
    links and a copyright line; a Japanese report dumped from PDF: a series number line and a month line over the
    title, a researcher's title before the name, `【要旨】`, `1．` and `（1）` heads, circled markers with their notes
    at each page's foot, a figure caption and its source line, and a dash footer on each page; an English armed-forces
    release page: the site name, a menu row, a `>` trail, a doctype line, a `Published:` line, an `Issued by:` line,
    tags, a share row, related releases and a copyright line), each gold stating only what its document prints.
    Checked without running the parser."""
    docs = _held_out_set("held_out24")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT24_LANGUAGES)


HELD_OUT25_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out25_gold_integrity() -> None:
    """The twenty-fifth held-out set (tests/layouts/held_out25, thirty-eighth session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the regions
    reserved for the session's blind sets (a zh-Hans think-tank page: a `>` trail, an `作者：` line, a
    release-time-and-source line, a font-size row, `一、` heads, `[1]` markers with their notes at the end under a
    `注释` label, a share row, `相关文章` with its links and a copyright line; a zh-Hant journal article's web page: a
    `>` trail, an issue line with its month over the title, the author and an affiliation line, `摘要` and `關鍵詞：`
    lines, `壹、` and `一、` heads, `[1]` markers with their notes at the end under a `註釋` label, a download link and
    a copyright line; a Japanese commentary page: a `>` trail, a doctype line, the author and a post line, a date line,
    `1．` heads, full-width `（1）` markers with their notes at the end under a `注` label, a share row, `関連記事` with
    a link and a copyright line; an English paper dumped from PDF: a doctype line, the authors joined by `and`, a
    month line, `1.` heads, digits glued after the stops as markers, notes at each page's foot numbered on across
    pages and a `Page n of N` footer on each page), each gold stating only what its document prints. Checked without
    running the parser."""
    docs = _held_out_set("held_out25")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT25_LANGUAGES)


HELD_OUT26_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out26_gold_integrity() -> None:
    """The twenty-sixth held-out set (tests/layouts/held_out26, thirty-ninth session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the regions
    reserved for the session's blind sets (an English parliamentary committee report dumped from PDF: the parliament
    and the committee on lines of their own around the title, a month line, a copyright line and an ISBN line, `1.`
    chapter heads over decimal-numbered paragraphs (`1.1`, `2.2`), Unicode superscript markers, notes at each page's
    foot written with plain digits and numbered on across pages, a bare page number at each page's foot and a running
    head in capitals on each later page; a Japanese ministry page: a `>` trail, an era date line, an `English` link,
    `第1`, `1` and `(1)` heads on three levels, `（注1）` markers with their notes at the end under a `注` label,
    related links and a back-to-top line; a zh-Hans university journal article as a web page: a `>` trail, the
    journal's issue line, two authors keyed by superscript digits to one affiliation line with postcodes, `摘要：`
    and `关键词：` lines, `一、` heads, `[1]` markers citing a numbered `参考文献` list by first citation (one cited
    twice), a received-date line, an editor line, a share row and a copyright line; a zh-Hant news page: a menu row,
    a section line joined by a full-width bar, a dateline with weekday and afternoon time, a `記者` byline, a `▲`
    photo caption between paragraphs, a tag row, `相關新聞` with dated items, a share row and a copyright line), each
    gold stating only what its document prints. Checked without running the parser."""
    docs = _held_out_set("held_out26")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT26_LANGUAGES)


HELD_OUT27_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out27_gold_integrity() -> None:
    """The twenty-seventh held-out set (tests/layouts/held_out27, fortieth session: written blind, gold committed before
    the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no floors
    until the lead measures it once at the merge): four documents, one per language, about the regions reserved for
    the session's blind sets, in shapes held_out26 lacked (an English think-tank report dumped as text: a doctype line,
    two authors joined by `and`, a month line, an unnumbered `Summary` head, `1` and `1.1` heads, body lines wrapped
    near 80 characters with one hyphenated word, markers glued after a stop (one after a year), a series footer and
    `Page n of 3` at each page's foot, endnotes under `Notes` with plain digits, `Ibid.` and a copyright line; a
    Japanese reprint: a `転載` line, the source journal's issue line, `はじめに`/`おわりに` and `一`/`二` heads with a
    full-width space, circled markers with their notes right after each paragraph, numbered again from ① in each,
    and a circled list inside a sentence that is no note; a zh-Hans white paper: the issuer over the title, a
    bracketed month line, `前言` and `结束语`, `一、`, `（一）` and `1．` heads on three levels, a table caption, and a
    running head with the title and `（白皮书）` over `· n ·` page numbers; a zh-Hant encyclopedia page: a tagline,
    `[n]` markers glued after stops, reused and doubled, unnumbered heads, a `參見` list, a `參考文獻` list of `n. ^`
    lines with decimal back-links, a category row and a last-modified line), each gold stating only what its
    document prints. Checked without running the parser."""
    docs = _held_out_set("held_out27")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT27_LANGUAGES)


HELD_OUT28_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out28_gold_integrity() -> None:
    """The twenty-eighth held-out set (tests/layouts/held_out28, forty-first session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the regions reserved
    for the session's blind sets, in shapes held_out27 lacked (an English parliamentary committee report dumped as
    text: the House and committee over the title, a session line, an `HC` number and a `Published on` line, an
    unnumbered `Summary`, `1`/`2` chapter heads over paragraphs numbered `1.` on through the chapters and again from
    `1.` under the conclusions, superscript markers after stops, the page's footnotes at its foot under a blank line,
    a short running head at the top of each later page and bare page numbers; a Japanese Diplomatic Bluebook web page:
    the ministry's name, a breadcrumb, the edition over `第2章`, `第1節`, `9` and `（1）` heads on four levels,
    `（注n）` markers whose notes stand in a `（注）` block of numbered lines after each item, a 図表 caption, a photo
    caption with its credit and page-top links; a zh-Hans journal article: an issue line, an article number, the
    author with a bracketed affiliation, `摘　要`, `关键词`, a classification line, a received date, an author bio,
    `[n]` markers after stops and `注释` endnotes with `同上`; a zh-Hant ministry press page: skip links, a breadcrumb,
    Minguo-dated `發布日期`, `發布單位` and release-number fields, a font-size row, a photo caption, share, print and
    view-count rows, an `更新日期` line, a copyright line and an address), each gold stating only what its document
    prints.
    Checked without running the parser."""
    docs = _held_out_set("held_out28")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT28_LANGUAGES)


HELD_OUT29_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out29_gold_integrity() -> None:
    """The twenty-ninth held-out set (tests/layouts/held_out29, forty-second session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, floors
    set by the lead once at the merge): four documents, one per language, about the regions reserved
    for the session's blind sets, in shapes no held-out set had (spoken texts and their records rather than reports
    and articles: an English government speech page: a skip link, a `>` breadcrumb, a `Speech` doctype line, a
    standfirst under the title, `Delivered:` and `Location:` lines, `Check against delivery`, two unnumbered heads
    inside the speech, share and print rows, a `Page last updated:` line and a Crown copyright line; a Japanese
    foreign minister's press-conference record: the ministry's name, a breadcrumb, the record's title over an era
    date line with weekday, time and `於：` place, `冒頭発言` and `質疑応答` heads with `（1）`/`（2）` heads between
    them, `大臣：` and `記者：` turn labels, a `（笑い）` stage note and a page-top link; a zh-Hans embassy speech page:
    the mission's name, a `当前位置：` trail, a title over a `——在…上的致辞` subtitle, the speaker's post and name on
    two lines, a bracketed date and place, a font-size row, a salutation and a closing toast, and a print/close row;
    a zh-Hant roundtable-minutes page: the society's name, a breadcrumb, a `座談會紀要` doctype over the title, a
    `記錄整理：` compiler line, `時間：` and `地點：` lines, `一、` and `（一）` heads, a note that the speakers
    have not reviewed the minutes and a view count), each gold stating only what its document prints.
    Checked without running the parser."""
    docs = _held_out_set("held_out29")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT29_LANGUAGES)


HELD_OUT30_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out30_gold_integrity() -> None:
    """The thirtieth held-out set (tests/layouts/held_out30, forty-third session: written blind, gold committed before
    the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, floors set by the lead once at
    the merge): four documents, one per language, about the regions reserved for
    the session's blind sets, in shapes no held-out set had (a live page, a white paper as a PDF dump, a question-and-
    answer page and a legislature's written reply: an English news live blog: a skip link, a section trail, a `LIVE`
    label, two writers joined by `and`, an `Updated` stamp, a lead, entries each a time line over a short head, an
    embedded post between `Skip X post by …` and `End of X post by …` lines with the poster's name, handle and time
    line, a share row and related links; a Japanese defence white paper chapter dumped from PDF: the book's name, the
    ministry and an era month over `第3章`, `第2節`, `1` and `(1)` heads on four levels, `（注n）` markers with their
    notes at each page's foot numbered on across pages, a 図表 caption over a source line, a `【コラム】` box, the
    part's name as a running head on each later page and `― n ―` page numbers; a zh-Hans consular question-and-answer
    page: a `>` trail, a published-and-source line, a font-size row, a lead sentence, `问：`/`答：` pairs, related
    links under `相关链接：`, a share row and the sponsor and ICP footer rows; a zh-Hant legislature written-reply page:
    the site's name, a breadcrumb, a `書面質詢答復` doctype over the title, the asking member, a question-number line,
    two answering bodies on one line, a Minguo reply date, the question, a reply lead and `一、` to `三、` numbered
    paragraphs that are no heads, and a print/back row), each gold stating only what its document prints. Checked
    without running the parser."""
    docs = _held_out_set("held_out30")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT30_LANGUAGES)


HELD_OUT31_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out31_gold_integrity() -> None:
    """The thirty-first held-out set (tests/layouts/held_out31, forty-fourth session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, floors set by the lead
    once at the merge): four documents, one per language, about the regions reserved
    for the session's blind sets, in shapes no held-out set had and harder than held_out30's, as real exports are (a PDF
    dump with narrow broken lines, a Word paper as PDF, an encyclopedia entry with an infobox and a table, a think-tank
    report's summary: an English research report dumped from a two-column PDF: a pipe-separated masthead with the month,
    the title wrapped over two lines, two authors joined by `and`, unnumbered `Executive Summary` and `Key Findings`
    heads over bullets, `1`/`2`/`2.1` heads, column lines of some 35 characters broken mid-word by hyphens, a sentence
    running over a page turn past the footer and the running head, digits glued as markers after a year, a
    letter-suffixed model number and another model number, a table caption over tab-separated year rows, endnotes under
    `Endnotes` on the last page, a running head on each later page and `Page n of 3`; a Japanese conference paper
    exported from Word as PDF: the conference header on every page, the title over a `――…――` subtitle, the author and a
    bracketed affiliation line, `はじめに`/`おわりに` with `1．` and `（1）` heads, half-width digits glued before `。`
    as markers, notes at each page's foot numbered on across pages and holding English titles, a note continued after a
    page turn and `- n -` page numbers; a zh-Hans Baike entry: the tool words, infobox rows of a label, a tab and a
    value, an English name in the lead, `[n]`, `[n-m]` and adjacent `[n][m]` markers, a pipe-separated chronology table,
    a numbered reference list with access dates and the entry's tags; a zh-Hant think-tank report: the institute and
    doctype line, a `作者：` line with two names, a Minguo month, unnumbered `執行摘要` and `重要發現` heads, findings
    numbered `1.` that are whole sentences and no notes, `壹、` and `一、` heads, an English treaty title inside the
    Chinese text, `[n]` markers with their notes under `註釋` and a copyright line), each gold stating only what its
    document prints. Checked without running the parser."""
    docs = _held_out_set("held_out31")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT31_LANGUAGES)


HELD_OUT32_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out32_gold_integrity() -> None:
    """The thirty-second held-out set (tests/layouts/held_out32, forty-fifth session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line,
    floors set by the lead once at the merge): four documents, one per language, about the regions reserved
    for the session's blind sets, in shapes no held-out set had, as real exports of other kinds are (a law review
    article, a scanned book chapter, a forum column, a Markdown newsletter): an English law-review article: a journal
    line with volume, number and pages, a starred author over a `*` affiliation line, an unnumbered `Introduction`,
    `I.`/`A.`/`1.` heads on three levels, superscript markers with their notes at each page's foot (`Id.`, `Id. at n`,
    `Id. § 4`, `supra note n`, `Cf.`, a bracketed translation of a statute's name), running heads on alternate sides
    with the page number left (`312 HARBOUR LAW REVIEW [Vol. 41:311`) and right (`2024] PARLIAMENT'S ARMY 313`); a
    Japanese book chapter scanned and OCR'd: the chapter's title and author, lines cut at the scan's width inside a
    word and inside a bracket, full-width indents, `はじめに`/`おわりに` with `1` and `（1）` heads, half-width
    `(n)` markers, notes under `注` at the chapter's end with an English book title and a `ﬁ` ligature, running
    heads on alternate sides (the book's title after the page number, the chapter's label and title before it); a
    zh-Hant forum column: the site's name and a pipe menu, a `作者：` line, a `發表於` line with a view count, a
    numbered list a sentence announces, a `標籤：` line, a comment count, floor-numbered replies each under a
    `#n　name　發表於` line with a like-and-reply row, a `>` quoted reply, a reply prompt and a copyright line; a
    zh-Hans Markdown newsletter dump: a setext title underlined with `=`, an issue line with its date, a `作者：`
    line, `>` quotes (a lead and a quotation), `##` heads labelled `一、`, a reference link `[text][n]` and a bare
    `[n]`, a dash list, a rule, a forwarding prompt, a view-and-unsubscribe row of links and the link definitions
    `[n]: https…` as its notes), each gold stating only what its document prints. Checked without running the
    parser."""
    docs = _held_out_set("held_out32")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT32_LANGUAGES)


HELD_OUT33_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out33_gold_integrity() -> None:
    """The thirty-third held-out set (tests/layouts/held_out33, forty-sixth session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the regions reserved
    for the session's blind sets, in shapes no held-out set had, as real exports of other kinds are (a research-service
    report as an HTML text export, a newspaper's digital edition behind a paywall, a white paper's web page, an e-book
    dumped as text): an English research-service report: the title over an `Updated` line, the service's name, its site
    and a report number, a `Contents` list with `Figures` and `Tables` lists under it, an unnumbered `Summary` and
    unnumbered heads, `Figure 1.` and `Table 1.` captions each with a `Source:` line and one with a `Note:` line, digits
    glued after stops as markers (one after a year), a bulleted list a sentence announces, `Author Information` with the
    writer's name and post on one line, `Footnotes` numbered `1.` on, and a `Disclaimer` paragraph; a Japanese
    newspaper's digital edition: the site's name, a `＞` trail, a `有料記事` label over the headline, a `place＝name`
    byline, a time stamp, a share row, a photo caption ending in the photographer's credit, the paywall's
    `この記事は有料記事です。残りn文字` cutting a sentence, a member prompt with register and log-in lines,
    `関連ニュース` items, an `この記事を書いた人` box and a copyright line; a zh-Hans white paper's web page: a `>`
    trail, a `发布时间：` line with its source, a font-size row, a bracketed month, the issuer, a `目录`, `前言` and
    `结束语`, `一、` and `（一）` heads, `专栏n` boxes with their text, `注：` lines and a print-and-close row; a
    zh-Hant e-book dumped from EPUB: the title and a `作者：` line, a `目錄` at the top, a copyright page with the
    publisher, the first printing's month, an ISBN and `版權所有・翻印必究`, a `序`, `第n章` heads and `註釋` after each
    chapter with `[n]` markers numbered again from 1), each gold stating only what its document prints. Checked without
    running the parser."""
    docs = _held_out_set("held_out33")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT33_LANGUAGES)


HELD_OUT34_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out34_gold_integrity() -> None:
    """The thirty-fourth held-out set (tests/layouts/held_out34, forty-seventh session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the regions reserved
    for the session's blind sets, in shapes no held-out set had, as real exports of other kinds are (a meeting-coverage
    press release, a parliamentary committee record in print form, a journal article exported from a database, a
    thesis's front matter and first chapter): an English meeting-coverage press release of a UN organ as text: the
    site's line, the organ, a meeting line, a document symbol, a date line, the headline, unnumbered `Statements` and
    `Background` heads, speakers' statements reported in paragraphs with the speaker's name and state, a `* *** *` end
    mark and `For information media. Not an official record.`; a Japanese Diet committee record: a head with the
    session, house, committee and number, an era date with the weekday, the opening time, the attendee list with
    offices and names, `―――` rules, the list of the day's business, `○` turns with office and name (chair, acting
    chair, members, minister, government witness), `〔…〕` stage notes and the closing time; a zh-Hans journal article
    as exported from a database: a `＞` trail, the title, names and affiliation, a `来源：` line, `【摘要】`,
    `【关键词】`, `【基金项目】` and `【作者简介】`, a `DOI：` line, `收稿日期`, bracket citations (one of two sources)
    and `参考文献` with `[M]`/`[J]` marks; a zh-Hant master's thesis: cover lines with school, degree, advisor, student
    and `中華民國 113 年 6 月`, `謝辭`, `摘要` and `Abstract` with their keywords, a `目次` with dot leaders and page
    numbers, roman then arabic dash page numbers, `第一章`/`第一節` heads and superscript footnotes at each page's
    foot), each gold stating only what its document prints. Checked without running the parser."""
    docs = _held_out_set("held_out34")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT34_LANGUAGES)


HELD_OUT35_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out35_gold_integrity() -> None:
    """The thirty-fifth held-out set (tests/layouts/held_out35, forty-eighth session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the states reserved
    for the session's blind sets, in shapes no held-out set had, as real exports of other kinds are (a parliamentary
    debate record as text, a defence white paper chapter as a PDF dump, a public-account article copied from its page,
    a legislature's panel paper): an English House of Commons Hansard excerpt as text: the House line, the date line,
    `Oral Answers to Questions`, the answering department, `The Secretary of State was asked—`, the debate title,
    `Column nnn` markers and `2.31 pm` time stamps between turns, numbered questions ending with their `[nnnnnn]`
    ids, speakers with their constituency and party or their office in brackets, later turns by name alone and
    `Hon. Members:` interjections; a Japanese defence white paper chapter dumped from its PDF: the title, issuer and
    era month lines, `第Ⅲ部`/`第3章`/`第5節`/`1` heads, a running head with the part's name and the page number at
    the top of later pages, a `解説` and a `コラム` box, a `図表Ⅲ-3-5-1` caption with its `（出典）` line,
    `（注n）` markers and `注n` notes at the section's end; a zh-Hans WeChat public-account article as copied from the
    page: the title, the `原创` line with author, account, date, time and city, the follow prompt, `编者按`, an image
    placeholder and its `▲` caption, `一、` heads, `[n]` citations with a `参考文献` list, `END`, `本文来源：`, a
    copyright line, `往期推荐` with two titles and `阅读原文`; a zh-Hant Hong Kong Legislative Council panel paper: the
    `立法會CB(1)…號文件` number, the panel, the title, unnumbered `目的`/`背景`/`建議`/`徵詢意見` heads, numbered
    paragraphs `1.` to `15.`, the closing bureau and `2024年5月`, and `附件` with its own title and numbered
    provisions), each gold stating only what its document prints. Checked without running the parser."""
    docs = _held_out_set("held_out35")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT35_LANGUAGES)


HELD_OUT36_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out36_gold_integrity() -> None:
    """The thirty-sixth held-out set (tests/layouts/held_out36, forty-ninth session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the states reserved
    for the session's blind sets, in shapes no held-out set had, as real exports of other kinds are (a working paper
    exported from Word, a think-tank commentary dumped from its PDF, two news-agency pages copied from the browser):
    an English working paper exported from Word to text: a `DRAFT — not for citation` line, the title, two authors
    each over an affiliation line, a date line, `Abstract` and `Keywords:`, numbered heads `1.` and `2.1`, `[n]`
    markers with the notes gathered after the body under a rule of underscores, reviewer comments left in the text
    as `[Comment A1: …]`, and a `Table 2.` caption with its `Source:` line; a Japanese think-tank commentary dumped
    from its PDF: the series name with `第312号`, a `令和6年9月12日` date line, the author's post over the name, a
    `要旨` box, `はじめに`/`1．`/`2．`/`おわりに` heads, `1)` markers with the notes under `注` at the end, the
    disclaimer that the views are the author's own, and page footers with the institute's name and the page number,
    one of them inside a sentence; a zh-Hans news-agency long-form page as copied: the title, `来源：` with the agency
    and the date-time, `【纠错】`, the `扫一扫` and `分享到：` rows, the reporter in the lead's brackets, two bracketed
    image captions, `（完）`, `责任编辑：` with the editor's initials and `相关新闻` with two items; a zh-Hant
    news-agency page as copied: the section trail, `發稿時間`/`更新時間` lines, the `中央社記者…專電` lead, a photo
    caption, `（編輯：…）` with the ROC date code, `延伸閱讀` with two items, the copyright line, a `訂閱電子報` box and
    a `Google新聞` follow line), each gold stating only what its document prints. Checked without running the
    parser."""
    docs = _held_out_set("held_out36")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT36_LANGUAGES)


HELD_OUT37_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out37_gold_integrity() -> None:
    """The thirty-seventh held-out set (tests/layouts/held_out37, fiftieth session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the states reserved
    for the session's blind sets, in shapes no held-out set had, as real exports of other kinds are (a committee
    report copied from its web edition, a university bulletin article and a think-tank report dumped from their PDFs,
    a think-tank commentary page copied from the browser): an English select committee report as copied from its web
    edition: the House and the committee on lines of their own, the title, `Fourth Report of Session 2024–25`, the
    `HC` number, a `Published` date line, `Contents` with its links, `Summary`, numbered heads `1 Introduction`,
    numbered paragraphs, glued markers whose footnotes cite oral evidence by question number (`Q8 [name]`, `Qq30–31`),
    `Conclusions and recommendations` with `(Paragraph n)` references, and the footnotes after the body; a Japanese
    university bulletin (紀要) article dumped from its PDF: the bulletin's volume line, `〈論文〉`, the Japanese and the
    English title, the author over the affiliation, `英文要旨` with an English abstract, `キーワード：`, heads `1．` and
    `2.1`, `1)` markers with the notes under `注` at the end, `参考文献` with two entries, and running heads and page
    numbers on every page; a zh-Hans think-tank research report dumped from its PDF: the series and issue line, the
    title, the institute, the month, `执笔人：` with two names, `目　录` with dotted leaders and page numbers, `摘要：`
    and `关键词：`, chapters `一、` with sub-heads `（一）`, `①` markers with the notes under `注释` at the end and page
    numbers `— n —`; a zh-Hant think-tank instant-commentary page as copied: the site name, its menu, the
    breadcrumb, the title, `作者：` and `單位：` lines, `發布日期：`, `標籤：`, the share row, heads `一、新聞重點`
    to `三、趨勢研判`, `參考資料` with two numbered entries, `相關文章` with two items, the footer links and the
    copyright line), each gold stating only what its document prints. Checked without running the parser."""
    docs = _held_out_set("held_out37")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT37_LANGUAGES)


HELD_OUT38_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out38_gold_integrity() -> None:
    """The thirty-eighth held-out set (tests/layouts/held_out38, fifty-first session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the states reserved
    for the session's blind sets, in shapes no held-out set had, as real exports of other kinds are (a newspaper page
    dumped from its print-replica e-paper, three official or party pages copied from the browser): an English op-ed as
    dumped from a print-replica e-paper: the e-paper's line with the edition date, the page and section line
    `A12 | OPINION | …` over each page, the title and the by-line, a column break inside a sentence left as a blank
    line, a jump line `Continued on A14` and, on the later page, its continuation head `… | From A12`, a pull quote
    repeating a sentence of the text and the writer's tagline at the end; a Japanese minister's press-conference
    record page as copied: the skip link, the site name, its menu, the breadcrumb, the title, `日時：` and `場所：`
    lines, `【冒頭発言】` and `【質疑応答】` heads, `【記者】`/`【大臣】` speaker marks, two `※` notes,
    `ページの先頭へ`, the footer links and the copyright line; a zh-Hans party newspaper's theory-page article as
    copied from its web edition: the trail, the share and font-size rows, the source line with the edition's date
    and page (`《…日报》（2024年05月06日　09 版）`), the title and its `——` subtitle, numbered parts `一、`, the
    author's name with the unit in brackets at the end, the `责编` line and `相关新闻` with two items; a zh-Hant
    foreign-ministry press release page as copied: the skip link, `:::`, the menu, the breadcrumb,
    `發布單位：`, `發布日期：` and `序號：` lines, `附件：` with two files and their sizes, `回上一頁`, `瀏覽人次：`,
    the accessibility mark, the footer links, the copyright and the address lines), each gold stating only what its
    document prints. Checked without running the parser."""
    docs = _held_out_set("held_out38")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT38_LANGUAGES)


HELD_OUT39_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out39_gold_integrity() -> None:
    """The thirty-ninth held-out set (tests/layouts/held_out39, fifty-second session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the states reserved
    for the session's blind sets, in kinds no held-out set had, each copied from the browser: an English parliament's
    written question and answer page: the skip link, the site's name and title, its menu, the question's title,
    `Question for <department>`, the `UIN …, tabled on …` line, `Asked by` with the member's party and constituency
    on a line of its own, the question, `Answered on …`, `Answered by …` with the minister's role on the next line, the
    answer, a `Correction:` notice, `Grouped questions` with two items, the footer links and the copyright line; a
    Japanese news portal's expert article: the portal's name, its menu, the trail, the title, the writer's name with a
    one-line title under it, `配信日時：` and `更新日時：` lines, the body with three unmarked 小見出し, an image
    caption, the writer's profile box at the end, `記事に関する報告`, `アクセスランキング` with three numbered items,
    `関連記事` with two items, the footer links and the copyright line; a zh-Hans online encyclopedia entry as copied:
    the entry's name and a one-line gloss, `收藏`/`分享`, `基本信息` with label/value lines, the lead, `目录` with three
    numbered items, three numbered heads each followed by a lone `编辑` mark, a chronology section, bracketed markers,
    `参考资料` with `[引用日期…]`, `词条统计` with `浏览次数：`, `编辑次数：` and `最近更新：` lines, and the footer; a
    zh-Hant Hong Kong daily's column page: the paper's name, its menu, the trail, the column's name on a line of its
    own, the title, `作者：` and the writer's one-line bio, `發佈日期：` and `更新：` lines, the font-size and share
    rows, advertising lines, `上一篇`/`下一篇`, `相關文章` with two items, the footer links and the copyright line),
    each gold stating only what its document prints. Checked without running the parser."""
    docs = _held_out_set("held_out39")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT39_LANGUAGES)


HELD_OUT40_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out40_gold_integrity() -> None:
    """The fortieth held-out set (tests/layouts/held_out40, fifty-third session: written blind, gold committed before
    the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no floors
    until the lead measures it once at the merge): four documents, one per language, about the states reserved for the
    session's blind sets, in kinds no held-out set had: an English defence ministry's briefing slide deck exported as
    text: a classification line and a `Slide n` line over every slide, the title slide with the directorate, the
    presenter and the date, slide titles, bullets at two levels (`•`, `–`), map and chart titles with `Source:` lines,
    `Notes:` blocks of speaker notes under two slides, a closing `Questions?` slide with a contact line; a Japanese
    online glossary of security terms as copied: the site's name, its menu, the trail, the title, the 50音 index row,
    three terms each with its reading in （）, definitions of one to three paragraphs, `関連項目：` and `出典：`
    lines, `最終更新日：`, `ページトップへ`, the footer links and the copyright line; a zh-Hans government press
    conference's illustrated transcript page: the menu, the trail, the conference's title, `时间：`/`地点：` lines,
    the `文字实录　图片　视频` tabs, the host's and speakers' turns labelled with office and name, a reporter's
    question labelled with the outlet, two photos with captions and photographers' lines, `责任编辑：`, `相关链接`
    with two items, the footer; a zh-Hant national thesis database record page as copied: the system's name, the
    search menu, `詳目顯示`, the title, labelled fields (`研究生`, `論文名稱`, `外文題名`, `指導教授`, `學位類別`,
    `校院名稱`, `系所名稱`, `論文出版年`, `畢業學年度`, `語文別`, `論文頁數`, `中文關鍵詞`, `外文關鍵詞`), the
    cited/viewed/downloaded counts, `摘要` and `外文摘要`, `目次` with page numbers, `參考文獻` with three entries, the
    permanent address and the footer), each gold stating only what its document prints. Checked without running the
    parser."""
    docs = _held_out_set("held_out40")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT40_LANGUAGES)


HELD_OUT41_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out41_gold_integrity() -> None:
    """The forty-first held-out set (tests/layouts/held_out41, fifty-fourth session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the states reserved
    for the session's blind sets, in kinds no held-out set had: an English university repository's item record page as
    copied: the repository's name, the search box, the trail of community and collection, the item's title, labelled
    fields (`Authors:`, `Issue Date:`, `Publisher:`, `Citation:`, `Abstract:`, `Keywords:`, `URI:`, `DOI:`, `Type:`,
    `Appears in Collections:`), `Files in This Item:` with a header row and a file row (name, description, size,
    format), `Show full item record`, the view and download counts, the licence and copyright lines, the footer; a
    Japanese journal's book review (書評) as PDF text: the journal's running head with volume, year and pages, the
    `書評` label, the reviewed book's line and its publisher, year, pages and price line, the reviewer with affiliation
    (`評者：`), sections under 一 二 三, quotations with page references in kanji numerals (`（一二頁）`), two notes
    under `注` with half-width markers, page numbers `― n ―`; a zh-Hans news-app account article as copied: the
    `打开APP` banner, the account's name and its `关注` button, the title, the time line with the account and
    `IP属地：`, two image captions (`图：`), the `声明：` line, `举报`, `相关推荐` with three items and their times, the
    comment count and two comments (name, text, a time line with region, `回复` and likes); a zh-Hant news portal's
    syndicated article as copied: the portal's name, menu and search, the title, the source outlet's name, the `記者`
    byline, `更新時間：` and `發布時間：` lines, two photo captions (`圖／`), an inline `延伸閱讀：` line, `看更多`, two
    advertisement labels, `相關新聞` with outlets and times, the comment plugin's prompt and the footer), each gold
    stating only what its document prints. Checked without running the parser."""
    docs = _held_out_set("held_out41")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT41_LANGUAGES)


HELD_OUT42_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out42_gold_integrity() -> None:
    """The forty-second held-out set (tests/layouts/held_out42, fifty-fifth session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the states reserved
    for the session's blind sets, in kinds no held-out set had: an English government department's news story page as
    copied: the crown site's header, menu and search, the breadcrumb, the `News story` doctype, the title, the
    one-line summary, `From:` with the department and a minister, `Published …` and `Last updated …` lines with `See
    all updates`, a `Contents` list repeating the body's heads, the body with heads and a quoted minister, `Share this
    page`, `Updates to this page` with dated change lines, `Is this page useful?` with `Yes No` and `Report a
    problem`, `Related content`, `Explore the topic` links and the footer with the licence line; a Japanese
    press-release distribution service's page as copied: the site's menu, the issuer's name with `フォロー`, the
    `プレスリリース` label, the `配信日時：` line, the title and subtitle, the body under `【】` heads with `■` items,
    an image caption, `団体概要` with label-value lines, the `本件に関するお問い合わせ先` block, the download lines,
    the `いいね` count and share row, the issuer's other releases with dates, the footer; a zh-Hans Q&A community's
    answer page as copied: the top bar with search and `登录/注册`, the question's title with topic tags,
    `关注问题　写回答`, the follower and view counts, the question's description, `查看全部 N 个回答`, the answerer's
    name and one-line bio, the upvote line, the answer's paragraphs with a quoted block and a numbered list, `编辑于`
    with `IP 属地` and `发布于` lines, the comment, share, collect and like row, three comments (name, text, a time
    line with region, `回复` and likes), `相关问题` and the footer; a zh-Hant video platform's watch page as copied:
    the video's title, the channel's name with its subscriber count and `訂閱`, the like, share and download row, the
    view count with the date, the description with chapter timestamps, a reference and a link, `…更多` and `顯示較少`,
    a `轉錄稿` of lines each opened by a timestamp, the comment count and three comments (name, relative time, text,
    likes and `回覆`), a playlist of recommended videos with channels, views and times), each gold stating only what
    its document prints. Checked without running the parser."""
    docs = _held_out_set("held_out42")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT42_LANGUAGES)


HELD_OUT43_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out43_gold_integrity() -> None:
    """The forty-third held-out set (tests/layouts/held_out43, fifty-sixth session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the states reserved
    for the session's blind sets, in kinds no held-out set had: an English conference proceedings paper as a
    two-column PDF text dump: the conference's running head with the year and page range on each page, the title
    wrapped over two lines, three authors with numbered affiliations and an e-mail line, `Abstract—` and `Index
    Terms—` run in, roman-numeral heads in capitals with lettered subheads, each column paused beside the other's
    heads, figure and table captions, the copyright footer line, bare page numbers and numbered references after a
    form feed; a Japanese creator platform's article page as copied: the site bar with search, `ログイン　会員登録`,
    the creator's name with `フォロー`, the title, the date line, `目次` with its items, the body under plain heads
    with a `＞` quote and `・` bullets, an image caption, the hashtag line, the `スキ` count, the creator's profile
    block with `クリエイターをフォロー`, `コメント` with one comment and its time, `このクリエイターの人気記事` and the
    footer; a zh-Hans microblog post page as copied: the site's menu and login, the poster's name with the `认证`
    line, the time and `来自` client line, the post's text with `#话题#` tags, an `@` mention and a `……全文` link, a
    long image's caption, the repost, comment and like counts, `按热度　按时间`, three comments and a reply (name and
    text, then a time line with `IP属地`, `回复` and likes), `相关推荐` and the footer; a zh-Hant bulletin-board post
    as copied from its web page: the `作者`, `看板`, `標題`, `時間` labels each over its value, a reply's body opening
    with `※ 引述《…》之銘言：` and `:` lines, a link list, the signature after `--`, the `※ 發信站` and `※ 文章網址`
    lines, `推`, `噓` and `→` comment lines with ids and times and a `※ 編輯` line among them), each gold stating only
    what its document prints. Checked without running the parser."""
    docs = _held_out_set("held_out43")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT43_LANGUAGES)


HELD_OUT44_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out44_gold_integrity() -> None:
    """The forty-fourth held-out set (tests/layouts/held_out44, fifty-seventh session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the states reserved
    for the session's blind sets, in kinds no held-out set had: an English podcast episode page as copied: the trail,
    the show's name, the episode title, the date and duration line, the listen links, a guest line, `Show notes`, a
    `Chapters` list of time stamps and titles, `Transcript` with each turn opening with a bracketed time stamp and the
    speaker's name, the notice that the transcript was made automatically, `Subscribe`, `Share`, `More episodes` with
    two items and the footer; a Japanese city assembly's minutes (会議録): the session and number line, the era date
    with its weekday, the attendance lists of members by seat number and of officials, `―――` rules around the day's
    business, the opening and closing time lines, `○` turns labelled with the post or seat number and the name with
    `君` in brackets, and paragraphs continued after a full-width space; a zh-Hans government notice page: the trail,
    the title, the issuer and published-date row, the document number line, the addressees, formal-numeral heads, a
    numbered `附件：` list over two lines, the signature and date, a bracketed contact line and the print and close
    row; a zh-Hant Legislative Yuan gazette plenary record as a PDF dump: the gazette's running head on each page, the
    sitting's title, the time, place, chair and secretary-general rows with spaced labels and no colon, `報告事項` and
    `質詢事項` heads, an agenda item numbered `一、`, speaker labels with a colon, bracketed stage notes, bare page
    numbers and the `散會` line), each gold stating only what its document prints. Checked without running the
    parser."""
    docs = _held_out_set("held_out44")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT44_LANGUAGES)


HELD_OUT45_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out45_gold_integrity() -> None:
    """The forty-fifth held-out set (tests/layouts/held_out45, fifty-eighth session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about the states reserved
    for the session's blind sets, in kinds no held-out set had: an English Federal Register notice as the text of its
    printed page: the page number and the running head of each page, the agency in capitals, the public notice number
    in brackets, a title over four lines, the `AGENCY:`, `ACTION:`, `SUMMARY:`, `DATES:`, `FOR FURTHER INFORMATION
    CONTACT:` and `SUPPLEMENTARY INFORMATION:` paragraphs in narrow columns with words hyphenated at line ends, the
    signature and the `[FR Doc. …]` and `BILLING CODE` lines; a Japanese town's public-relations magazine (広報誌) as
    PDF text: the issue line with the era year and number, a `特集` kicker, the feature's title, unnumbered heads, `▲`
    photo captions, an event's `期間` and `会場` rows, an inquiry line with a telephone mark, the running foot with the
    page number on either side, the colophon and the recycled-paper note; a zh-Hans university news network page on a
    foreign delegation's visit: the site name, the menu row, the position trail, the title, the source, published-date
    and views row, the font-size row, two photo captions, the bracketed text, photo and editor credit, the share row,
    previous and next links, `相关新闻` with two dated items, the copyright and address row and the ICP number; a
    zh-Hant Control Yuan investigation report (監察院調查報告) as PDF text: the title, the run-in `壹、案由：`,
    formal-numeral heads `貳、` and `參、` without a colon, numbered findings with bracketed sub-items, the numbered
    handling items, the investigators' line, the spaced Republic of China date and bare page numbers), each gold
    stating only what its document prints. Checked without running the parser."""
    docs = _held_out_set("held_out45")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT45_LANGUAGES)


HELD_OUT46_LANGUAGES = {"zh": 1, "zh_hant": 1, "ja": 1, "en": 1}


def test_held_out46_gold_integrity() -> None:
    """The forty-sixth held-out set (tests/layouts/held_out46, fifty-ninth session: written blind, gold committed
    before the parser ran on it; its figures are printed apart by benchmarks/layout_matrix.py, on its last line, no
    floors until the lead measures it once at the merge): four documents, one per language, about states reserved for
    the session's blind sets, in kinds no held-out set had: an English documentary history series' document page (a
    diplomatic papers volume's memorandum: the skip link, the office's name, the trail, previous and next links, the
    document number, the title, the place-and-date line, the archival source note, a run-in subject line, a
    `Summary:` headnote, numbered paragraphs, a capitals head, approve and disapprove lines, bracketed endnotes, the
    document links, the tools row and the office's footer); a Japanese parliamentary library issue brief
    (調査と情報―ISSUE BRIEF―) as PDF text: the series line, the number with its dotted date, the title and its dashed
    subtitle, the library bureau and division line, the author in parentheses, unnumbered, Roman-numeral and
    full-width-digit heads, parenthesised note markers with page notes under a rule, the access-date note, the running
    foot with the page number and the ISSN; a zh-Hans academic society's conference summary page (会议综述): the
    society's name, the menu row, the position trail, the source, published-date and views row, a date-range lead,
    Chinese-numeral heads, the bracketed compiler and reviewer line, previous and next, the copyright and address row
    and the ICP number; a zh-Hant Hong Kong government press release page (新聞公報): the skip link, the site bar, the
    language row, the menu row, indented paragraphs with a quotation, a photo line, the `完` end mark, the date line
    with its weekday, the Hong Kong time line, the print row, back links and the footer row), each gold stating only
    what its document prints. Checked without running the parser."""
    docs = _held_out_set("held_out46")
    assert len(docs) == 4
    _assert_gold_states_what_its_document_prints(docs, HELD_OUT46_LANGUAGES)


def _held_out_set(folder: str) -> list[tuple[Path, str, dict[str, Any]]]:
    """(path, text, gold) of a held-out set kept as tests/layouts/<folder> with its gold in tests/gold/<folder>."""
    here = Path(__file__).parent
    gold = here / "gold" / folder
    return [
        (p, p.read_text("utf-8"), json.loads((gold / f"{p.stem}.layout.json").read_text("utf-8")))
        for p in sorted((here / "layouts" / folder).glob("*.txt"))
    ]


def _assert_gold_states_what_its_document_prints(
    docs: list[tuple[Path, str, dict[str, Any]]], languages: dict[str, int]
) -> None:
    prefixes = [p.stem.split("_")[0] + ("_hant" if p.stem.startswith("zh_hant_") else "") for p, _, _ in docs]
    assert {p: prefixes.count(p) for p in set(prefixes)} == languages
    folder = docs[0][0].parent
    golds = (folder.parent.parent / "gold" / folder.name).glob("*.layout.json")
    assert sorted(g.name.removesuffix(".layout.json") for g in golds) == [p.stem for p, _, _ in docs]  # no stray gold
    for path, text, gold in docs:
        name = path.stem
        lines = text.splitlines()
        assert gold["document"] == f"{name}.txt" and gold["hand_written"] is True
        assert gold["language"] in ("zh", "ja", "en") and name.startswith(str(gold["language"]))
        heads = gold["headings"]
        notes = gold["footnotes"]
        pieces = [  # the title and the notes' texts are checked line by line below (either may span lines)
            *gold["authors"],
            *gold["keywords"],
            gold["abstract_start"],
            gold["abstract_end"],
            *[h["title"] for h in heads],
            *gold.get("body_has", []),
            *gold.get("not_in_text", []),
        ]
        assert all(piece in text for piece in pieces), (name, [p for p in pieces if p not in text])
        assert gold["title"] in lines or _wrapped_over_lines(gold["title"], lines), name
        assert all(any(_head_line(line).endswith(h["title"]) and h["label"] in line for line in lines) for h in heads)
        assert all(any(line.endswith(n["text"]) for line in lines) or _continued_on(n["text"], lines) for n in notes)
        furniture = gold["furniture"]
        assert all(piece in lines for _, piece in furniture), name
        starts = [text.index(piece) for _, piece in furniture]
        assert starts == sorted(starts), name
        ids = {(n["block"], n["number"]) for n in notes}
        markers = gold["markers"]
        assert [m["order"] for m in markers] == list(range(len(markers)))
        for m in markers:
            assert [link[1] for link in m["links"]] == m["numbers"] and all(tuple(link) in ids for link in m["links"])
        assert (gold["date"] is None) == (gold["date_source"] is None)


def _head_line(line: str) -> str:
    """A head line without a closing lenticular bracket, so that a head printed `【冒頭発言】` states its title as
    `冒頭発言`, as dev's gold reads bracket heads (`lay78_ja_think_tank_commentary_web_page_…_bracket_heads_…`)."""
    return line.removesuffix("】")


def _wrapped_over_lines(piece: str, lines: list[str]) -> bool:
    """Whether `piece` is printed as consecutive whole lines, joined by a space (a title wrapped in a PDF's text)."""
    stripped = [line.strip() for line in lines]
    spans = ((i, j) for i in range(len(stripped)) for j in range(i + 2, min(i + 4, len(stripped)) + 1))
    return any(" ".join(stripped[i:j]) == piece for i, j in spans)


def _continued_on(text: str, lines: list[str]) -> bool:
    """Whether a note's `text` ends one line and goes on as a whole later line (a note continued after a page turn,
    joined without a space as CJK text is)."""
    for j, later in enumerate(lines):
        rest = later.strip()
        if rest and rest != text and text.endswith(rest):
            head = text[: -len(rest)]
            if any(line.rstrip().endswith(head) for line in lines[:j]):
                return True
    return False


def test_the_gold_check_reads_wrapped_titles_and_continued_notes() -> None:
    """The two readings the twelfth set's gold needs accept what they describe and nothing else."""
    lines = ["Guarding the Small States: Security", "Without Armies", "註2　該條約規定雙方就其安全", "2　期刊"]
    lines.append("進行磋商。")
    assert _wrapped_over_lines("Guarding the Small States: Security Without Armies", lines)
    assert not _wrapped_over_lines("Guarding the Small States: Security Armies", lines)
    assert _continued_on("該條約規定雙方就其安全進行磋商。", lines)
    assert not _continued_on("該條約規定雙方就其安全。", lines)
    assert not _continued_on("進行磋商。", lines[:2])


def _assert_held_out_floors(
    docs: list[tuple[Path, str, dict[str, Any]]], count: int, exact: int, floors: dict[str, int]
) -> None:
    """Parse a held-out set: the parser's invariants hold on each document, the set has its `count` documents, at
    least `exact` read exactly, and each aspect's count of documents right is at its floor (counted over the
    documents whose gold states the aspect). Floors may only rise."""
    from corpora.hand_scoring import aspects

    from allyscope import parse

    results = []
    for path, _, gold in docs:
        doc = parse(path)
        assert_offsets_valid(doc)
        assert_copied_pieces_match_raw(doc)
        assert_no_space_added_in_cjk(doc)
        results.append(aspects(doc, gold))
    assert len(results) == count
    assert sum(all(r.values()) for r in results) >= exact
    for aspect, floor in floors.items():
        assert sum(r[aspect] for r in results if aspect in r) >= floor, aspect


def test_held_out2_hand_documents_floor() -> None:
    """The second held-out set (never tuned on; gold committed before the parser first ran on it): floors at the
    figures of that first run (6/8 exact), each a count that may only rise; the parser's invariants hold."""
    floors = {"title": 8, "authors": 8, "language": 8, "keywords": 8, "abstract": 8, "headings": 8, "notes": 8,
              "markers": 8, "date": 8, "furniture": 8, "dropped": 3, "layout": 8, "lists": 2}  # fmt: skip
    _assert_held_out_floors(_held_out2(), 8, 8, floors)  # twentieth session's end: 8/8 (authors and furniture 8/8)


def test_held_out3_hand_documents_floor() -> None:
    """The third held-out set (written blind, never tuned on): floors at the figures the lead measured once at the
    fifteenth session's merge (1/4 exact, the same on main before that session's layout branches merged), each a
    count that may only rise; the parser's invariants hold."""
    floors = {"title": 4, "authors": 3, "language": 4, "keywords": 4, "abstract": 4, "headings": 4, "notes": 4,
              "markers": 4, "date": 4, "furniture": 1, "dropped": 1, "layout": 3, "lists": 1}  # fmt: skip
    # date 3 -> 4 at the twenty-seventh session's end (lay56)
    _assert_held_out_floors(_held_out_set("held_out3"), 4, 1, floors)


def test_held_out4_hand_documents_floor() -> None:
    """The fourth held-out set (sixteenth session, written blind, never tuned on): floors at the figures the lead
    measured once at that session's merge (0/4 exact, the same on main before its layout branches merged: furniture
    is what none of them reads yet), each a count that may only rise; the parser's invariants hold."""
    floors = {"title": 3, "authors": 4, "language": 4, "keywords": 3, "abstract": 4, "headings": 4, "notes": 3,
              "markers": 4, "date": 4, "furniture": 0, "dropped": 1, "layout": 4, "lists": 2}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out4"), 4, 0, floors)


def test_held_out5_hand_documents_floor() -> None:
    """The fifth held-out set (seventeenth session, written blind, never tuned on): floors at the figures the lead
    measured once on the branch that added it (the session start's parser, 0/4 exact) and again at the merge, the
    same after the session's layout branches (repetition, edge blocks, Roman pages) merged; each a count that may
    only rise; the parser's invariants hold."""
    floors = {"title": 4, "authors": 4, "language": 4, "keywords": 4, "abstract": 4, "headings": 4, "notes": 2,
              "markers": 4, "date": 4, "furniture": 1, "dropped": 1, "layout": 4}  # fmt: skip (18th session's end)
    _assert_held_out_floors(_held_out_set("held_out5"), 4, 0, floors)


def test_held_out6_hand_documents_floor() -> None:
    """The sixth held-out set (eighteenth session, written blind, never tuned on): floors at the figures the lead
    measured once on the branch that added it (the session start's parser: 0/4 exact), each a count that may only
    rise; the parser's invariants hold on each document. Authors 3/4 -> 4/4 at the forty-sixth session's merges
    (lay77's rules)."""
    floors = {"title": 4, "authors": 4, "language": 4, "keywords": 4, "abstract": 4, "headings": 3, "notes": 4,
              "markers": 4, "date": 4, "furniture": 0, "lists": 1, "layout": 3, "dropped": 1}  # fmt: skip (46th's end)
    _assert_held_out_floors(_held_out_set("held_out6"), 4, 0, floors)


def test_held_out7_hand_documents_floor() -> None:
    """The seventh held-out set (nineteenth session, written blind, never tuned on): floors at the figures the lead
    measured on the session start's parser (1/4 exact) and at the session's end (the same counts; furniture F1 0.857
    -> 0.872), each a count that may only rise; the parser's invariants hold on each document."""
    floors = {"title": 3, "authors": 4, "language": 4, "keywords": 4, "abstract": 4, "headings": 3, "notes": 4,
              "markers": 4, "date": 3, "furniture": 1, "layout": 3, "dropped": 1}  # fmt: skip
    # date 2 -> 3 at the twenty-seventh session's end (lay56); headings 2 -> 3 at the twenty-eighth's (lay57)
    _assert_held_out_floors(_held_out_set("held_out7"), 4, 1, floors)


def test_held_out8_hand_documents_floor() -> None:
    """The eighth held-out set (twentieth session, written blind, never tuned on): floors at the figures the lead
    measured on the session start's parser (0/4 exact) and at the session's end (the same counts; furniture F1 0.816
    both times), each a count that may only rise; the parser's invariants hold on each document."""
    # raised in the thirty-third session (title 2 -> 3, authors 3 -> 4: lay64's front-line rule, measured at the merge)
    # and in the thirty-eighth (0 -> 1 exact, date 1 -> 2, furniture 1 -> 2: lay69's infobox rows; not blind — lay69
    # had read this set's one-line description in docs/history.md, which names infobox lines in tabs)
    floors = {"title": 3, "authors": 4, "language": 4, "keywords": 4, "abstract": 4, "headings": 3, "notes": 4,
              "markers": 4, "date": 2, "furniture": 2, "dropped": 1, "layout": 2}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out8"), 4, 1, floors)


def test_held_out9_hand_documents_floor() -> None:
    """The ninth held-out set (twenty-first session, written blind, never tuned on): floors at the figures the lead
    measured on the session start's parser (1/4 exact) and at the session's end (the same counts; furniture F1 0.918
    both times), each a count that may only rise; the parser's invariants hold on each document. Title 2 -> 3 at the
    fifty-first session's end (its layout branches' rules, never tuned on this set)."""
    floors = {"title": 3, "authors": 4, "language": 4, "keywords": 4, "abstract": 4, "headings": 4, "notes": 4,
              "markers": 4, "date": 4, "furniture": 1, "dropped": 1, "layout": 3}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out9"), 4, 1, floors)


def test_held_out10_hand_documents_floor() -> None:
    """The tenth held-out set (twenty-second session, written blind, never tuned on): floors at the figures the lead
    measured on the session start's parser (0/4 exact) and at the session's end (the same counts; furniture F1 0.870
    -> 0.901, title 0.592 -> 0.586), each a count that may only rise; the parser's invariants hold on each document."""
    floors = {"title": 2, "authors": 2, "language": 4, "keywords": 4, "abstract": 4, "headings": 3, "notes": 3,
              "markers": 3, "date": 4, "furniture": 1, "dropped": 0, "layout": 3}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out10"), 4, 1, floors)  # 0 -> 1 exact, furniture 0 -> 1 (lay55)


def test_held_out11_hand_documents_floor() -> None:
    """The eleventh held-out set (twenty-third session, written blind, never tuned on): floors at the figures the lead
    measured on the session start's parser (0/4 exact) and at the session's end (the same counts; furniture F1 0.710
    both times, title 0.250), each a count that may only rise; the parser's invariants hold on each document."""
    floors = {"title": 1, "authors": 1, "language": 4, "keywords": 4, "abstract": 4, "headings": 3, "notes": 2,
              "markers": 3, "date": 3, "furniture": 0, "dropped": 2, "lists": 1, "layout": 3}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out11"), 4, 0, floors)


def test_held_out12_hand_documents_floor() -> None:
    """The twelfth held-out set (twenty-fourth session, written blind, never tuned on): floors at the figures the lead
    measured on the session start's parser (1/4 exact) and at the session's end (the same counts; furniture F1 0.969,
    notes F1 0.737, markers F1 0.667 both times); furniture raised 2 -> 3 at the twenty-fifth session's end (lay51,
    lay53), each a count that may only rise; the parser's invariants hold on each document."""
    floors = {"title": 3, "authors": 3, "language": 4, "keywords": 4, "abstract": 4, "headings": 4, "notes": 2,
              "markers": 2, "date": 4, "furniture": 3, "dropped": 2, "lists": 1, "layout": 3}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out12"), 4, 1, floors)


def test_held_out13_hand_documents_floor() -> None:
    """The thirteenth held-out set (twenty-fifth session, written blind, never tuned on): floors at the figures the lead
    measured on the session start's parser (0/4 exact) and at the session's end (the same counts; furniture F1 0.800,
    notes F1 0.889, markers F1 0.933, title 0.544 both times); title raised 2 -> 3 at the twenty-sixth session's end
    (lay54), each a count that may only rise; the parser's invariants hold on each document. Fifty-fifth session:
    lay86's rules (a treaty series' page, an assembly's written opinion, a blue-book chapter, a legislature's minutes)
    moved this set by three aspects gained (furniture, notes, markers) and one lost (a layout choice), and no other
    held-out set's aspect (the lead's run of every set with and without them): merged, layout lowered 3 -> 2 and the
    three gains raised to their new counts."""
    floors = {"title": 3, "authors": 4, "language": 4, "keywords": 4, "abstract": 4, "headings": 4, "notes": 3,
              "markers": 4, "date": 4, "furniture": 2, "dropped": 2, "lists": 4, "layout": 2}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out13"), 4, 0, floors)


def test_held_out14_hand_documents_floor() -> None:
    """The fourteenth held-out set (twenty-sixth session, written blind, never tuned on): floors at the figures the lead
    measured on the session start's parser (1/4 exact) and at the session's end (the same counts; furniture F1 0.904
    both times), each a count that may only rise; the parser's invariants hold on each document. Title 2 -> 3 at the
    fifty-first session's end (its layout branches' rules, never tuned on this set)."""
    floors = {"title": 3, "authors": 4, "language": 4, "keywords": 4, "abstract": 4, "headings": 4, "notes": 4,
              "markers": 4, "date": 4, "furniture": 1, "dropped": 0, "lists": 2, "layout": 4}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out14"), 4, 1, floors)


def test_held_out15_hand_documents_floor() -> None:
    """The fifteenth held-out set (twenty-seventh session, written blind, never tuned on): floors at the figures the
    lead measured on the session start's parser (0/4 exact) and at the session's end (the same counts; furniture F1
    0.933 both times), raised at the forty-first session's end (1/4 exact: title 3 -> 4, furniture 2 -> 3), each a
    count that may only rise; the parser's invariants hold on each document."""
    floors = {"title": 4, "authors": 4, "language": 4, "keywords": 4, "abstract": 4, "headings": 4, "notes": 4,
              "markers": 4, "date": 3, "furniture": 3, "dropped": 3, "lists": 4, "layout": 2}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out15"), 4, 1, floors)


def test_held_out16_hand_documents_floor() -> None:
    """The sixteenth held-out set (twenty-eighth session, written blind, never tuned on): floors at the figures the
    lead measured at the session's end (0/4 exact; title 4/4, authors 4/4, furniture 2/4, furniture F1 0.925) — on
    the session start's parser 0/4 with title 3/4, authors 3/4, furniture 1/4 (F1 0.800): lay57's rules for issuing
    bodies, written on its own dev documents of a shape the lead had also suggested to the set's writer — each a
    count that may only rise; the parser's invariants hold on each document."""
    floors = {"title": 4, "authors": 4, "language": 4, "keywords": 4, "abstract": 4, "headings": 3, "notes": 3,
              "markers": 3, "date": 4, "furniture": 3, "dropped": 1, "lists": 2, "layout": 3}  # fmt: skip
    # raised in the thirty-third session (1/4 exact, furniture 2 -> 3: lay64's furniture rows, measured at the merge)
    _assert_held_out_floors(_held_out_set("held_out16"), 4, 1, floors)


def test_held_out17_hand_documents_floor() -> None:
    """The seventeenth held-out set (thirtieth session, written blind, never tuned on): floors at the figures the
    lead measured at the session's end, the same as on the session start's parser (1/4 exact; title, authors,
    markers, date and layout 4/4, abstract and headings 3/4, notes 2/4, furniture 1/4) — each a count that may only
    rise; the parser's invariants hold on each document."""
    floors = {"title": 4, "authors": 4, "language": 4, "keywords": 4, "abstract": 3, "headings": 3, "notes": 2,
              "markers": 4, "date": 4, "furniture": 1, "dropped": 0, "lists": 1, "layout": 4}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out17"), 4, 1, floors)


def test_held_out18_hand_documents_floor() -> None:
    """The eighteenth held-out set (thirty-first session, written blind, never tuned on): floors at the figures the
    lead measured at the session's end, the same as on the session start's parser (0/4 exact; language, keywords,
    abstract, date and lists 4/4, authors and markers 3/4, title, headings, notes, furniture and layout 2/4) — each a
    count that may only rise; the parser's invariants hold on each document."""
    floors = {"title": 2, "authors": 3, "language": 4, "keywords": 4, "abstract": 4, "headings": 2, "notes": 2,
              "markers": 3, "date": 4, "furniture": 2, "dropped": 1, "lists": 4, "layout": 2}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out18"), 4, 0, floors)


def test_held_out19_hand_documents_floor() -> None:
    """The nineteenth held-out set (thirty-second session, written blind, never tuned on): floors at the figures the
    lead measured at the session's end, the same as on the session start's parser (1/4 exact; every aspect 4/4 but
    furniture 1/4, dropped 2/2 and lists 1/1) — each a count that may only rise; the parser's invariants hold on each
    document."""
    floors = {"title": 4, "authors": 4, "language": 4, "keywords": 4, "abstract": 4, "headings": 4, "notes": 4,
              "markers": 4, "date": 4, "furniture": 1, "dropped": 2, "lists": 1, "layout": 4}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out19"), 4, 1, floors)


def test_held_out20_hand_documents_floor() -> None:
    """The twentieth held-out set (thirty-third session, written blind, never tuned on): floors at the figures the
    lead measured once at the session's merge (4/4 exact, every aspect 4/4) — each a count that may only rise; the
    parser's invariants hold on each document."""
    floors = {"title": 4, "authors": 4, "language": 4, "keywords": 4, "abstract": 4, "headings": 4, "notes": 4,
              "markers": 4, "date": 4, "furniture": 4, "layout": 4}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out20"), 4, 4, floors)


def test_held_out21_hand_documents_floor() -> None:
    """The twenty-first held-out set (thirty-fourth session, written blind, never tuned on): floors at the figures the
    lead measured once at the session's merge (4/4 exact, every aspect 4/4, dropped 2/2) — each a count that may
    only rise; the parser's invariants hold on each document."""
    floors = {"title": 4, "authors": 4, "language": 4, "keywords": 4, "abstract": 4, "headings": 4, "notes": 4,
              "markers": 4, "date": 4, "furniture": 4, "dropped": 2, "layout": 4}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out21"), 4, 4, floors)


def test_held_out22_hand_documents_floor() -> None:
    """The twenty-second held-out set (thirty-fifth session, written blind, never tuned on): floors at the figures the
    lead measured once at the session's merge (2/4 exact, the same on the session start's code: authors 3/4,
    furniture 3/4, every other aspect 4/4, dropped 1/1, lists 1/1) — each a count that may only rise; the parser's
    invariants hold on each document."""
    floors = {"title": 4, "authors": 3, "language": 4, "keywords": 4, "abstract": 4, "headings": 4, "notes": 4,
              "markers": 4, "date": 4, "furniture": 3, "dropped": 1, "lists": 1, "layout": 4}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out22"), 4, 2, floors)


def test_held_out23_hand_documents_floor() -> None:
    """The twenty-third held-out set (thirty-sixth session, written blind, never tuned on): floors at the figures the
    lead measured once at the session's merge (2/4 exact, the same on the session start's code: date 3/4, furniture
    3/4, every other aspect 4/4, dropped 1/1, lists 1/1) — each a count that may only rise; the parser's invariants
    hold on each document."""
    floors = {"title": 4, "authors": 4, "language": 4, "keywords": 4, "abstract": 4, "headings": 4, "notes": 4,
              "markers": 4, "date": 3, "furniture": 3, "dropped": 1, "lists": 1, "layout": 4}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out23"), 4, 2, floors)


def test_held_out24_hand_documents_floor() -> None:
    """The twenty-fourth held-out set (thirty-seventh session, written blind, never tuned on): floors at the figures
    the lead measured once at the session's merge (1/4 exact, the same on the session start's code: authors 3/4,
    furniture 3/4, dropped 1/2, every other aspect 4/4) — each a count that may only rise; the parser's invariants
    hold on each document. Forty-fifth session: 2/4 exact, dropped 2/2 (lay76's rules)."""
    floors = {"title": 4, "authors": 3, "language": 4, "keywords": 4, "abstract": 4, "headings": 4, "notes": 4,
              "markers": 4, "date": 4, "furniture": 3, "dropped": 2, "layout": 4}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out24"), 4, 2, floors)


def test_held_out25_hand_documents_floor() -> None:
    """The twenty-fifth held-out set (thirty-eighth session, written blind, never tuned on): floors at the figures
    the lead measured once on the session start's code (1/4 exact: title 3/4, notes 3/4, furniture 2/4, layout 1/4,
    every other aspect 4/4, dropped 1/1) — each a count that may only rise; the parser's invariants hold on each
    document. Forty-seventh session: title 3 -> 4 and furniture 2 -> 3 (lay78's rules, never tuned on it)."""
    floors = {"title": 4, "authors": 4, "language": 4, "keywords": 4, "abstract": 4, "headings": 4, "notes": 3,
              "markers": 4, "date": 4, "furniture": 3, "dropped": 1, "layout": 1}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out25"), 4, 1, floors)


def test_held_out26_hand_documents_floor() -> None:
    """The twenty-sixth held-out set (thirty-ninth session, written blind, never tuned on): floors at the figures
    the lead measured once on the session start's code (1/4 exact: title 2/4, headings 3/4, furniture 2/4, every
    other aspect 4/4, dropped 1/1, lists 3/3), title raised to 3/4 at the forty-first session's end — each a count
    that may only rise; the parser's invariants hold on each document."""
    floors = {"title": 3, "authors": 4, "language": 4, "keywords": 4, "abstract": 4, "headings": 3, "notes": 4,
              "markers": 4, "date": 4, "furniture": 2, "dropped": 1, "lists": 3, "layout": 4}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out26"), 4, 1, floors)


def test_held_out27_hand_documents_floor() -> None:
    """The twenty-seventh held-out set (fortieth session, written blind, never tuned on): floors at the figures the
    lead measured once on the session start's code (2/4 exact: title 3/4, authors 3/4, markers 3/4, furniture 3/4,
    layout 3/4, every other aspect 4/4, dropped 2/2, lists 4/4) — each a count that may only rise; the parser's
    invariants hold on each document."""
    floors = {"title": 3, "authors": 3, "language": 4, "keywords": 4, "abstract": 4, "headings": 4, "notes": 4,
              "markers": 3, "date": 4, "furniture": 3, "dropped": 2, "lists": 4, "layout": 3}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out27"), 4, 2, floors)


def test_held_out28_hand_documents_floor() -> None:
    """The twenty-eighth held-out set (forty-first session, written blind, never tuned on): floors at the figures the
    lead measured once on the session start's code (0/4 exact: headings 2/4, notes 3/4, markers 3/4, furniture 2/4,
    layout 2/4, every other aspect 4/4, dropped 1/1, lists 4/4) — each a count that may only rise; the parser's
    invariants hold on each document."""
    floors = {"title": 4, "authors": 4, "language": 4, "keywords": 4, "abstract": 4, "headings": 2, "notes": 3,
              "markers": 3, "date": 4, "furniture": 2, "dropped": 1, "lists": 4, "layout": 2}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out28"), 4, 0, floors)


def test_held_out29_hand_documents_floor() -> None:
    """The twenty-ninth held-out set (forty-second session, written blind, never tuned on): floors at the figures the
    lead measured once on the session start's code (0/4 exact: headings 3/4, furniture 0/4, every other aspect 4/4,
    lists 4/4) — each a count that may only rise; the parser's invariants hold on each document."""
    floors = {"title": 4, "authors": 4, "language": 4, "keywords": 4, "abstract": 4, "headings": 3, "notes": 4,
              "markers": 4, "date": 4, "furniture": 0, "lists": 4, "layout": 4}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out29"), 4, 0, floors)


def test_held_out30_hand_documents_floor() -> None:
    """The thirtieth held-out set (forty-third session, written blind, never tuned on): floors at the figures the
    lead measured once on the session start's code (4/4 exact, every aspect 4/4: the first blind set read whole at
    its first look) — each a count that may only rise; the parser's invariants hold on each document."""
    floors = {"title": 4, "authors": 4, "language": 4, "keywords": 4, "abstract": 4, "headings": 4, "notes": 4,
              "markers": 4, "date": 4, "furniture": 4, "lists": 4, "layout": 4}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out30"), 4, 4, floors)


def test_held_out31_hand_documents_floor() -> None:
    """The thirty-first held-out set (forty-fourth session, written blind, never tuned on): floors at the figures the
    lead measured once on the session start's code (0/4 exact: an authors line, two heading systems and two note
    systems missed) — each a count that may only rise; the parser's invariants hold on each document."""
    floors = {"title": 4, "authors": 3, "language": 4, "keywords": 4, "abstract": 4, "headings": 2, "notes": 2,
              "markers": 4, "date": 4, "furniture": 4, "dropped": 1, "lists": 3, "layout": 4}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out31"), 4, 0, floors)


def test_held_out32_hand_documents_floor() -> None:
    """The thirty-second held-out set (forty-fifth session, written blind, never tuned on): floors at the figures the
    lead measured once on the session start's code (1/4 exact: a heading system, two note systems and two documents'
    furniture missed) — each a count that may only rise; the parser's invariants hold on each document. At the
    session's end 2/4 (notes 4/4, dropped 2/2, layout 3/3): lay76 wrote dev documents of kinds the lead's task named
    to both branches (a law review, a Markdown newsletter, a blog column), so this rise is no blind figure."""
    floors = {"title": 4, "authors": 4, "language": 4, "keywords": 4, "abstract": 4, "headings": 3, "notes": 4,
              "markers": 4, "date": 4, "furniture": 2, "dropped": 2, "lists": 2, "layout": 3}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out32"), 4, 2, floors)


def test_held_out33_hand_documents_floor() -> None:
    """The thirty-third held-out set (forty-sixth session, written blind, never tuned on): floors at the figures the
    lead measured once on the session start's code (0/4 exact: every document's furniture, a title, two authors
    lines, a heading system, a note system and a date missed) — each a count that may only rise; the parser's
    invariants hold on each document. Its kinds were chosen apart from those the session's layout branch was given."""
    floors = {"title": 3, "authors": 2, "language": 4, "keywords": 4, "abstract": 4, "headings": 3, "notes": 3,
              "markers": 4, "date": 3, "furniture": 0, "lists": 4, "layout": 4}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out33"), 4, 0, floors)


def test_held_out34_hand_documents_floor() -> None:
    """The thirty-fourth held-out set (forty-seventh session, written blind, never tuned on): floors at the figures the
    lead measured once on the session start's code (0/4 exact: three documents' furniture, two titles, an authors
    line, a keywords and an abstract field, two heading systems and a layout choice missed) — each a count that may
    only rise; the parser's invariants hold on each document. Its kinds were chosen apart from those the session's
    layout branch was given."""
    floors = {"title": 2, "authors": 3, "language": 4, "keywords": 3, "abstract": 3, "headings": 2, "notes": 4,
              "markers": 4, "date": 4, "furniture": 1, "lists": 4, "layout": 3, "dropped": 1}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out34"), 4, 0, floors)


def test_held_out35_hand_documents_floor() -> None:
    """The thirty-fifth held-out set (forty-eighth session, written blind, never tuned on): floors at the figures the
    lead measured once on the session start's code (0/4 exact: every document's furniture, two titles, two authors
    lines, three heading systems and a dropped block missed) — each a count that may only rise; the parser's
    invariants hold on each document. Its kinds were chosen apart from those the session's layout branch was given."""
    floors = {"title": 2, "authors": 2, "language": 4, "keywords": 4, "abstract": 4, "headings": 1, "notes": 4,
              "markers": 4, "date": 4, "furniture": 0, "lists": 4, "layout": 4, "dropped": 1}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out35"), 4, 0, floors)


def test_held_out36_hand_documents_floor() -> None:
    """The thirty-sixth held-out set (forty-ninth session, written blind, never tuned on): floors at the figures the
    lead measured once on the session start's code (1/4 exact: three documents' furniture, a title, an authors line,
    a date and a dropped block missed) — each a count that may only rise; the parser's invariants hold on each
    document. Its kinds were chosen apart from those the session's layout branch was given."""
    floors = {"title": 3, "authors": 3, "language": 4, "keywords": 4, "abstract": 4, "headings": 4, "notes": 4,
              "markers": 4, "date": 3, "furniture": 1, "lists": 4, "layout": 4, "dropped": 1}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out36"), 4, 1, floors)


def test_held_out37_hand_documents_floor() -> None:
    """The thirty-seventh held-out set (fiftieth session, written blind, never tuned on): floors at the figures the
    lead measured once on the session start's code (1/4 exact: two documents' furniture, an authors line, an
    abstract, headings, notes, markers, lists, a layout and a dropped block missed) — each a count that may only
    rise; the parser's invariants hold on each document. Its kinds were chosen apart from those the session's layout
    branch was given."""
    floors = {"title": 4, "authors": 3, "language": 4, "keywords": 4, "abstract": 3, "headings": 3, "notes": 3,
              "markers": 3, "date": 4, "furniture": 2, "lists": 3, "layout": 3, "dropped": 1}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out37"), 4, 1, floors)


def test_held_out38_hand_documents_floor() -> None:
    """The thirty-eighth held-out set (fifty-first session, written blind, never tuned on): floors at the figures the
    lead measured once on the session start's code (0/4 exact: every document's furniture, a title, a date and a
    dropped block missed) — each a count that may only rise; the parser's invariants hold on each document. Its kinds
    were chosen apart from those the session's layout branch was given."""
    floors = {"title": 3, "authors": 4, "language": 4, "keywords": 4, "abstract": 4, "headings": 4, "notes": 4,
              "markers": 4, "date": 3, "furniture": 0, "lists": 3, "layout": 4, "dropped": 0}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out38"), 4, 0, floors)


def test_held_out39_hand_documents_floor() -> None:
    """The thirty-ninth held-out set (fifty-second session, written blind, never tuned on): floors at the figures the
    lead measured once on the session start's code (0/4 exact: every document's date and furniture, three writers,
    two heading systems, a note block, a marker system and a title missed) — each a count that may only rise; the
    parser's invariants hold on each document. Its kinds were chosen apart from those of held_out32–38 and from those
    the session's layout branches were given."""
    floors = {"title": 3, "authors": 1, "language": 4, "keywords": 4, "abstract": 4, "headings": 2, "notes": 3,
              "markers": 3, "date": 0, "furniture": 0, "lists": 4, "layout": 4}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out39"), 4, 0, floors)


def test_held_out40_hand_documents_floor() -> None:
    """The fortieth held-out set (fifty-third session, written blind, never tuned on): floors at the figures the lead
    measured once on the session start's code (0/4 exact: every document's furniture, three writers, three heading
    systems, two dates, a keywords line, an abstract and a marker system missed) — each a count that may only rise;
    the parser's invariants hold on each document. Its kinds were chosen apart from those of held_out32–39 and from
    those the session's layout branches were given."""
    floors = {"title": 4, "authors": 1, "language": 4, "keywords": 3, "abstract": 3, "headings": 1, "notes": 4,
              "markers": 3, "date": 2, "furniture": 0, "dropped": 1, "lists": 4, "layout": 4}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out40"), 4, 0, floors)


def test_held_out41_hand_documents_floor() -> None:
    """The forty-first held-out set (fifty-fourth session, written blind, never tuned on): floors at the figures the
    lead measured once on the session start's code (0/4 exact: three documents' furniture, two titles, three writers, a
    heading system, a date and a layout choice missed) — each a count that may only rise; the parser's
    invariants hold on each document. Its kinds were chosen apart from those of held_out32–40 and from those the
    session's layout branches were given."""
    floors = {"title": 2, "authors": 1, "language": 4, "keywords": 4, "abstract": 4, "headings": 3, "notes": 4,
              "markers": 4, "date": 3, "furniture": 1, "dropped": 1, "lists": 3, "layout": 3}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out41"), 4, 0, floors)


def test_held_out42_hand_documents_floor() -> None:
    """The forty-second held-out set (fifty-fifth session, written blind, never tuned on): floors at the figures the
    lead measured once on the session start's code (0/4 exact: every document's furniture, three titles, two writers,
    three heading systems and two dates missed) — each a count that may only rise; the parser's invariants hold on
    each document. Its kinds were chosen apart from those of held_out32–41 and from those the session's layout
    branches were given."""
    floors = {"title": 1, "authors": 2, "language": 4, "keywords": 4, "abstract": 4, "headings": 1, "notes": 4,
              "markers": 4, "date": 2, "furniture": 0, "lists": 4, "layout": 4}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out42"), 4, 0, floors)


def test_held_out43_hand_documents_floor() -> None:
    """The forty-third held-out set (fifty-sixth session, written blind, never tuned on): floors at the figures the
    lead measured once on the session start's code (0/4 exact: every document's furniture and writers, three titles,
    two heading systems, a keyword line and an abstract missed) — each a count that may only rise; the parser's
    invariants hold on each document. Its kinds were chosen apart from those of held_out32–42 and from those the
    session's layout branches were given."""
    floors = {"title": 1, "authors": 0, "language": 4, "keywords": 3, "abstract": 3, "headings": 2, "notes": 4,
              "markers": 4, "date": 4, "furniture": 0, "dropped": 0, "lists": 4, "layout": 4}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out43"), 4, 0, floors)


def test_held_out44_hand_documents_floor() -> None:
    """The forty-fourth held-out set (fifty-seventh session, written blind, never tuned on): floors at the figures the
    lead measured once on the session start's code (0/4 exact: every document's furniture, two heading systems, a
    title and a date missed) — each a count that may only rise; the parser's invariants hold on each document. Its
    kinds were chosen apart from those of held_out32–43; the lead suggested its en podcast page's timestamped
    transcript to lay88 too, who wrote a video page of that shape the same session and parked it in
    tests/layouts/unsolved/ unread (dev had a podcast page already, lay78's)."""
    floors = {"title": 3, "authors": 4, "language": 4, "keywords": 4, "abstract": 4, "headings": 2, "notes": 4,
              "markers": 4, "date": 3, "furniture": 0, "dropped": 1, "lists": 4, "layout": 4}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out44"), 4, 0, floors)


def test_held_out45_hand_documents_floor() -> None:
    """The forty-fifth held-out set (fifty-eighth session, written blind, never tuned on): floors at the figures the
    lead measured once on the session start's code (0/4 exact: every document's furniture, two titles, an author
    line, a date and the dropped lines of both documents that have them missed) — each a count that may only rise;
    the parser's invariants hold on each document. Its kinds were chosen apart from those of held_out32–44."""
    floors = {"title": 2, "authors": 3, "language": 4, "keywords": 4, "abstract": 4, "headings": 4, "notes": 4,
              "markers": 4, "date": 3, "furniture": 0, "dropped": 0, "lists": 4, "layout": 4}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out45"), 4, 0, floors)


def test_held_out46_hand_documents_floor() -> None:
    """The forty-sixth held-out set (fifty-ninth session, written blind, never tuned on): floors at the figures the
    lead measured once on the session start's code (1/4 exact: a title, an author line, a document's notes, a date,
    three documents' furniture and one layout choice missed; the one document with dropped lines reads them) — each a
    count that may only rise; the parser's invariants hold on each document. Its kinds were chosen apart from those of
    held_out32–45."""
    floors = {"title": 3, "authors": 3, "language": 4, "keywords": 4, "abstract": 4, "headings": 4, "notes": 3,
              "markers": 4, "date": 3, "furniture": 1, "dropped": 1, "lists": 4, "layout": 3}  # fmt: skip
    _assert_held_out_floors(_held_out_set("held_out46"), 4, 1, floors)


# lay24a: the dimensions issue 12 lists that the generator did not make before its eleventh session
NEW_DIMENSIONS = {
    "marker": ("bracket-list", "bracket-range", "zhu", "bracket-zhu", "paren-zhu", "star-number", "asterisk",
               "star-dagger"),
    "numbering": ("reuse",),
    "width": ("narrow", "ragged"),
    "placement": ("sentence",),
    "headings": tuple(name for name in {c.headings for c in COMBOS} if name.count("/") == 2),
}


def _held_out_combos() -> set[Combo]:
    """The combinations benchmarks/layout_matrix.py (seed 12, 600 drawn, every fifth) and the floor test above
    hold out: a dev draw leaves them out, as benchmarks/layout_sweep.py does."""
    matrix = random.Random(12).sample(COMBOS, 600)
    return set(matrix[::5]) | set(random.Random(2026).sample(COMBOS, 100)[80:])


def test_new_generator_dimensions_exact_on_dev_articles() -> None:
    """Every value the eleventh session added (grouped `[3,4]` / `[5-6]` markers, `注n` and its bracketed forms,
    `*n`, `*` signs, numbering by first citation with reuse, narrow and ragged lines, notes right after their
    sentence, heading systems three deep), twelve dev combinations each, all exact with the tuned articles
    (benchmarks/layout_sweep.py --only DIM=VALUE draws thousands)."""
    held = _held_out_combos()
    rng = random.Random(24)
    sample: list[Combo] = []
    for dimension, values in NEW_DIMENSIONS.items():
        for value in values:  # drawn until twelve have the value (cheaper than sorting millions by value)
            chosen: list[Combo] = []
            while len(chosen) < 12:
                combo = rng.choice(COMBOS)
                if getattr(combo, dimension) == value and combo not in held and combo not in chosen:
                    chosen.append(combo)
            sample += chosen
    share, aspects = _exact_share(ARTICLES, sample)
    assert share == 1.0, (share, aspects)


# 198/200 at the end of lay24a (the two left: star-number and a running head abridging the title), 200/200 since lay25a
FLOOR_EXTRA = 1.0


def test_second_dev_articles_exactness_floor() -> None:
    """The second dev article of each language (DEV_EXTRA: numbers, bracketed years and quotations in the text)
    over 200 dev combinations: a floor at the eleventh session's figure (benchmarks/layout_sweep.py --articles
    extra draws thousands: 1770/2000 exact at its start, 1988/2000 at its end, seed 7)."""
    held = _held_out_combos()
    sample = [c for c in random.Random(11).sample(COMBOS, 230) if c not in held][:200]
    share, aspects = _exact_share({a.language: a for a in DEV_EXTRA}, sample)
    assert aspects["title"] == 1.0 and aspects["authors"] == 1.0 and aspects["headings"] == 1.0, aspects
    assert share >= FLOOR_EXTRA, (share, aspects)
