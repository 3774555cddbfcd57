"""The front lines' label screen told branch by branch (fast40, `layout/label_index.py`): a line it leaves out never
holds a label the whole expression would find there, on drawn lines and on the layout documents; and it is finer
than the screen of the whole expression it replaced (the structural property the speed comes from)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.layout.label_index import LabelScreen
from allyscope.layout.lines import split_lines
from allyscope.layout.notes import any_label, label_branches, label_screens
from allyscope.regex_firsts import folded_literals, needle_automaton

# the kind sets the body loop screens, and others of the data whose branches open with classes or look-arounds
_KIND_SETS = (
    ("abstract", "keywords", "doctype"),
    ("keywords",),
    ("doctype",),
    ("byline", "source"),
    ("affiliation",),
)
_LAYOUTS = Path(__file__).parent / "layouts"


def _literals(kinds: tuple[str, ...]) -> list[str]:
    words: set[str] = set()
    for branch in label_branches(kinds):
        words |= folded_literals(branch) or set()
    return sorted(words)


# pieces a drawn line is made of: every literal of the labels (lower-cased and as written upper-cased), prose in
# three scripts, the signs labels end with, spaces of both widths
_PIECES = st.sampled_from(
    [
        *_literals(_KIND_SETS[0]),
        *(word.upper() for word in _literals(_KIND_SETS[0])),
        *_literals(_KIND_SETS[3]),
        "両国の防衛協力は",
        "双方在海上合作",
        "The ministers agreed",
        "：",
        ":",
        " ",
        "\u3000",
        "【",
        "】",
        "〔",
        "〕",
        "を転載",
        "研究报告",
        "2024",
        "（",
        "）",
        "记者",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(_PIECES, min_size=1, max_size=6).map("".join), min_size=1, max_size=12))
def test_a_line_left_out_holds_no_label(drawn: list[str]) -> None:
    contents = [text.strip() for text in drawn]
    lines = split_lines("\n".join(contents))
    screens = label_screens(_KIND_SETS, lines, "", len(lines))
    for kinds, screen in zip(_KIND_SETS, screens, strict=True):
        expression = any_label(kinds)
        assert screen is not None
        for line in lines:
            if line.content and line.index not in screen:
                assert expression.match(line.content) is None, (kinds, line.content)
                assert expression.fullmatch(line.content) is None, (kinds, line.content)


def test_the_layout_documents_front_lines_left_out_hold_no_label() -> None:
    paths = sorted(path for path in _LAYOUTS.glob("*.txt"))[::6]  # a hundred of them, every script and genre
    assert len(paths) > 50
    asked = kept = 0
    for path in paths:
        lines = split_lines(path.read_text("utf-8"))
        screens = label_screens(_KIND_SETS[:3], lines, "", 120)
        for kinds, screen in zip(_KIND_SETS[:3], screens, strict=True):
            assert screen is not None
            for line in lines[:120]:
                if not line.content:
                    continue
                asked += 1
                if line.index in screen:
                    kept += 1
                else:
                    assert any_label(kinds).match(line.content) is None, (path.name, line.content)
    assert kept < asked / 2  # the screen leaves out most lines of text


def test_the_screen_is_told_branch_by_branch() -> None:
    """A line of prose holding one branch's literal (`安全`, `要`) but opening with a character no branch holding
    that literal may begin with is left out, where the literals of the whole expression keep it (the screen the
    body loop had before)."""
    kinds = _KIND_SETS[0]
    prose = ["两国的安全合作取得了新的进展", "双方将就重要议题继续交换意见"]
    whole = needle_automaton(any_label(kinds).pattern)
    assert whole is not None
    for line in prose:
        assert whole.find_matches_as_indexes(line.lower())  # the whole expression's literals stand in it
    assert LabelScreen(label_branches(kinds)).lines(prose) == set()
    # a line a branch does match is kept
    assert any_label(kinds).match("关键词：安全合作") is not None
    assert LabelScreen(label_branches(kinds)).lines(["关键词：安全合作", *prose]) == {0}


def test_a_set_of_no_labels_screens_nothing() -> None:
    lines = split_lines("Anything\nat all")
    assert label_screens(((),), lines, "", 10) == [None]  # the empty expression matches every line


_GAP_PIECES = [" ", "\u00a0", "\u3000", "②同上，第5页。", "Ibid., 15.", "· 1 ·", "14", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_GAP_PIECES), max_size=14))
def test_a_note_line_without_a_wide_gap_keeps_its_content(pieces: list[str]) -> None:
    """`trim_glued_page_numbers` reads the expression only on a line holding four spaces, a no-break space or two
    ideographic spaces: a line holding none is never trimmed by it (the expression finds no gap there)."""
    from allyscope.layout.page_furniture import _GLUED_FOOT

    content = "".join(pieces).strip() or "x"
    if "    " not in content and "\u00a0" not in content and "\u3000\u3000" not in content:
        assert _GLUED_FOOT.search(content) is None


_URL_PIECES = ["http://", "HTTPS://", "www.", "WwW.", "example.org/a", " ", "。", "注", "x", "/", "-", "Ab", ""]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_URL_PIECES), max_size=8), st.lists(st.sampled_from(_URL_PIECES), max_size=3))
def test_a_note_ending_on_a_url_reads_as_before(pieces: list[str], after: list[str]) -> None:
    """`_note_is_complete` asks the next line's first character before searching for a URL: the conjunction it
    replaced, in its own order, says the same of every drawn note and next line."""
    from allyscope.layout.notes import _URL_TAIL, _note_is_complete, _open_abbreviation, ends_sentence

    text, following = "".join(pieces) or "x", "".join(after)
    before = not (
        _URL_TAIL.search(text) and following[:1].isascii() and (following[:1].islower() or following[:1] in "/_-.?=&%#")
    ) and (
        not (text.endswith(".") and _open_abbreviation().search(text))
        and (ends_sentence(text) or text.rstrip().endswith((".", "。")))
    )
    assert _note_is_complete(text, following) == before
