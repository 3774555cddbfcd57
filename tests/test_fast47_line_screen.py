"""A pass finds the lines it can touch by one search over the document's joined lines (fast47, `line_screen`):
the sign-up box pass asks only the lines one of the buttons' expressions matches whole, the pull-quote pass only
the lines that open with a quotation mark, the two scans for a closing reference list's label only the lines the
labels' expression matches whole. The screen never leaves out a line the pass's own test takes (drawn
lines in several scripts and spacings; every call on the dev and layout documents), the screened pass changes
what the pass over every line changes, and the pass's test is asked of the kept lines only (the structural
property the speed comes from)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.layout import furniture, notes
from allyscope.layout.line_screen import context_free, screened_indexes, whole_line_screen
from allyscope.layout.lines import BODY, Line
from allyscope.layout.notes import label_patterns
from allyscope.layout.repair import repair_layout
from allyscope.model import Document

_ROOT = Path(__file__).parent
_DEV = _ROOT / "corpora" / "events" / "dev"
_LAYOUTS = _ROOT / "layouts"


def _line(index: int, content: str, role: str = BODY) -> Line:
    return Line(index, 10 * index, 10 * index + len(content), content, "", role, 40.0)


def _buttons() -> tuple[str, ...]:
    return tuple(p.pattern for p in label_patterns("signup_buttons"))


def _taken(contents: Sequence[str], patterns: Iterable[str]) -> list[int]:
    """What a test of every line finds: the lines whose stripped content one of `patterns` matches whole."""
    compiled = [re.compile(p) for p in patterns]
    return [k for k, content in enumerate(contents) if any(p.fullmatch(content.strip()) for p in compiled)]


# pieces of lines in four scripts: button words in several cases, words of a newsletter, quotation marks, spaces
# of several kinds (the stripped ones among them), sentence stops and prose
_PIECES = st.sampled_from(
    [
        "Sign up",
        "SIGN UP",
        "subscribe",
        "Subscribe now",
        "join",
        "Enter your email",
        "enter e-mail",
        "Get our newsletter",
        "输入邮箱",
        "立即订阅",
        "輸入您的電子郵件",
        "訂閱",
        "メールアドレスを入力して",
        "登録する",
        "購読する",
        "The Weekly Brief",
        "周报",
        '"',
        "“",
        "”",
        "「",
        "」",
        "‘",
        "’",
        " ",
        "  ",
        "\t",
        "\u3000",
        "\r",
        "\x0b",
        "|",
        "·",
        ".",
        "。",
        "!",
        "The two navies trained together",
        "双方海军举行联合演习",
        "ſ",
        "K",
        "References",
        "REFERENCES",
        "Bibliography",
        "Works Cited",
        "参考文献",
        "參 考 文 獻",
        "参考资料",
        ":",
        "：",
    ]
)
_CONTENTS = st.lists(st.lists(_PIECES, max_size=4).map("".join), max_size=30)


@settings(max_examples=400, deadline=None)
@given(_CONTENTS)
def test_the_button_screen_keeps_every_line_a_button_expression_matches_whole(contents: list[str]) -> None:
    screen = whole_line_screen(_buttons())
    assert screen is not None  # the shipped buttons are all screenable
    kept = screened_indexes([_line(k, c) for k, c in enumerate(contents)], screen)
    assert set(_taken(contents, _buttons())) <= set(kept)
    assert kept == sorted(set(kept))
    assert all(k < len(contents) for k in kept)


@settings(max_examples=400, deadline=None)
@given(_CONTENTS)
def test_the_quote_screen_keeps_every_line_the_pull_quote_test_reads(contents: list[str]) -> None:
    lines = [_line(k, c) for k, c in enumerate(contents)]
    kept = list(furniture._quote_candidates(lines))
    assert [k for k, c in enumerate(contents) if furniture._quoted_line(c)] == [
        k for k in kept if furniture._quoted_line(contents[k])
    ]
    assert set(kept) == {k for k, c in enumerate(contents) if c.strip()[:1] in furniture._QUOTES}


@settings(max_examples=400, deadline=None)
@given(_CONTENTS)
def test_the_reference_label_screen_keeps_every_line_read_as_a_reference_label(contents: list[str]) -> None:
    lines = [_line(k, c) for k, c in enumerate(contents)]
    kept = list(notes._reference_head_lines(lines))
    assert {k for k, c in enumerate(contents) if notes._is_reference_head(c)} <= set(kept)
    assert kept == sorted(set(kept))


def test_an_expression_that_reads_beyond_its_match_is_not_screened() -> None:
    """A look-around, an anchor, a word boundary or a back-reference reads characters outside the match: matched
    in the joined lines it could answer otherwise than on the line alone, so such a kind is not screened."""
    for pattern in (r"\bjoin", r"(?<=x)join", r"join(?!s)", r"^join", r"join$", r"(a)\1", r"(?:x|\Bz)"):
        assert not context_free(pattern), pattern
        assert whole_line_screen(("subscribe", pattern)) is None
    assert context_free(r"(?i:sign up|subscribe)[.!]?[\s\u3000]*(?:订阅)?")
    assert whole_line_screen(()) is None


def test_the_screen_reads_line_breaks_only_between_lines() -> None:
    """A button after a button is kept (the screen's match is the line break alone); a button's words across
    two lines make no button; no line is kept of no lines."""
    screen = whole_line_screen(_buttons())
    assert screen is not None
    contents = ["Subscribe", "Sign up", "Enter your", "email", "", "  立即訂閱\u3000", "Sign up here, friends."]
    assert screened_indexes([_line(k, c) for k, c in enumerate(contents)], screen) == [0, 1, 5]
    assert screened_indexes([], screen) == []


def test_the_sign_up_pass_asks_only_the_screened_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """Among 900 lines of prose and one sign-up box, the button test is asked of the box's button alone, and the
    box is still found."""
    contents = [f"The ministers met for the {k}th time and spoke of the coast guard." for k in range(900)]
    contents[400:403] = ["The Weekly Brief", "Our newsletter on defence, every Monday", "Subscribe"]
    lines = [_line(k, c) for k, c in enumerate(contents)]
    asked: list[int] = []
    original = furniture._signup_button

    def counted(line: Line) -> bool:
        asked.append(line.index)
        return original(line)

    monkeypatch.setattr(furniture, "_signup_button", counted)
    furniture._mark_signup_boxes(lines)
    assert asked == [402]
    assert [lines[k].furniture for k in (400, 401, 402)] == ["tools"] * 3


def _documents() -> list[Path]:
    paths = sorted(_DEV.glob("*.txt")) + sorted(_LAYOUTS.glob("*.txt"))
    assert len(paths) > 1000  # 528 dev texts, 600 layout documents and more
    return paths


def _state(lines: Sequence[Line]) -> list[tuple[str, str]]:
    return [(line.role, line.furniture) for line in lines]


def test_the_screened_passes_change_what_the_passes_over_every_line_change(monkeypatch: pytest.MonkeyPatch) -> None:
    """At every call of the two passes on every dev and layout document (the lines' roles and contents as the
    passes before left them), the screen keeps every line the pass's own test takes, and the screened pass
    leaves every line's role and kind as the same pass asking every line does."""
    calls = 0
    screens = {"_button_candidates": furniture._button_candidates, "_quote_candidates": furniture._quote_candidates}
    takes = {
        "_button_candidates": furniture._signup_button,
        "_quote_candidates": lambda line: furniture._quoted_line(line.content) is not None,
    }

    def compared(screen: str, screened_pass: Callable[[Sequence[Line]], None]) -> Callable[[Sequence[Line]], None]:
        def run(lines: Sequence[Line]) -> None:
            nonlocal calls
            calls += 1
            kept = set(screens[screen](lines))
            assert {k for k, line in enumerate(lines) if takes[screen](line)} <= kept
            before = [(line.role, dict(line._rare) if line._rare else None) for line in lines]
            monkeypatch.setattr(furniture, screen, lambda given: range(len(given)))
            screened_pass(lines)  # every line asked
            unscreened = _state(lines)
            for line, (role, rare) in zip(lines, before, strict=True):  # the lines as the passes before left them
                line.role, line._rare = role, dict(rare) if rare else None
            monkeypatch.setattr(furniture, screen, screens[screen])
            screened_pass(lines)
            assert _state(lines) == unscreened

        return run

    heads = notes._reference_head_lines

    def reference_heads_checked(lines: Sequence[Line]) -> Sequence[int]:
        nonlocal calls
        calls += 1
        kept = heads(lines)
        assert {k for k, line in enumerate(lines) if notes._is_reference_head(line.content)} <= set(kept)
        return kept

    monkeypatch.setattr(notes, "_reference_head_lines", reference_heads_checked)
    monkeypatch.setattr(furniture, "_mark_signup_boxes", compared("_button_candidates", furniture._mark_signup_boxes))
    monkeypatch.setattr(furniture, "_mark_pull_quotes", compared("_quote_candidates", furniture._mark_pull_quotes))
    for path in _documents():
        raw = path.read_text(encoding="utf-8")
        repair_layout(Document(raw=raw, source=str(path)))
    assert calls > 3000
