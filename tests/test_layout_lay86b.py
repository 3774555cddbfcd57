"""Fifty-fifth session (lay86b): the asker of a Japanese written question under a form's title field is its byline
(the lead's decision of the fifty-fourth session: a written question's asker is its byline in every script,
`提出者：` under a title field included). Tested on text in other words, with traps."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text

_ANSWER_FORM = (
    "答弁書\n"
    "件名：排他的経済水域における海洋調査船の活動に関する質問\n"
    "質問者：大川智子\n"
    "答弁日：令和4年11月18日\n"
    "政府としては、海上保安庁の巡視船により所要の警戒を行っているところである。\n"
)


def test_questioner_label_under_a_title_field_is_the_byline() -> None:
    doc = parse_text(_ANSWER_FORM)
    assert doc.title == "排他的経済水域における海洋調査船の活動に関する質問"
    assert doc.authors == ["大川智子"]
    assert doc.span_text(doc.paragraphs[0]) == "答弁日：令和4年11月18日"


def test_trap_submitter_field_with_no_title_field_above_names_no_writer() -> None:
    """Trap: a record's `提出者：` field in the text, with no form's title field over it, stays a line of the text."""
    text = (
        "港湾の警備体制の見直しについて\n"
        "港湾管理者からの要望を受け、関係機関は警備体制の見直しを進めている。\n"
        "要望の概要は次のとおりである。\n"
        "提出者：港湾管理者協議会\n"
        "提出日：令和5年4月3日\n"
    )
    doc = parse_text(text)
    assert doc.authors == []
    assert any(doc.span_text(p) == "提出者：港湾管理者協議会" for p in doc.paragraphs)


def test_trap_submitter_opening_a_sentence_under_a_title_field_is_no_byline() -> None:
    """Trap: `提出者` opening a sentence under the title field (no colon) is the text, no asker."""
    text = (
        "答弁書\n"
        "件名：離島の空港整備に関する質問\n"
        "提出者の指摘する空港の滑走路延長については、現在、調査を進めているところである。\n"
    )
    assert parse_text(text).authors == []


_KANJI = st.text(alphabet="山田川中村佐藤鈴木高橋伊渡辺智子健一花子", min_size=2, max_size=6)


@given(_KANJI)
def test_any_submitter_under_a_title_field_is_the_author(name: str) -> None:
    """Property: whoever `提出者：` names under a form's title field is the form's one author."""
    text = (
        "質問主意書に対する答弁\n"
        "件名：沿岸監視体制の強化に関する質問\n"
        f"提出者：{name}\n"
        "答弁日：令和6年5月10日\n"
        "政府としては、関係省庁が連携して対応している。\n"
    )
    assert parse_text(text).authors == [name]
