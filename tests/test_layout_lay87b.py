"""Fifty-sixth session (lay87b): a written answer printed under the question it answers, on one page (lay85's
parked Diet page): the answer's head (its part label and tabs, the day it was received, its number, the
government's letter number and date) is page furniture, the answer's title a head, its item labels (`一について`)
text, and the paper's passage record under it (`経過情報` and its fields) history. Tested on text in other words,
with traps."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.answer_head import mark_answer_head
from allyscope.layout.headings import answer_item
from allyscope.layout.lines import BODY, Line

_QUESTION = (
    "参議院\n"
    "トップ > 質問主意書 > 第二百十五回国会 > 質問本文\n"
    "質問本文情報\n"
    "経過へ | 質問本文(PDF) | 答弁本文(HTML)\n"
    "令和六年十一月五日提出\n"
    "質問第一二号\n"
    "離島の港湾における海上警備体制の強化に関する質問主意書\n"
    "提出者　森川陽子\n"
    "　近年、離島の港湾周辺において外国船舶の航行が増えているとの報道がある。そこで、次の事項について質問する。\n"
    "一　港湾の警備に当たる巡視船の数は、過去五年間でどのように推移したか。\n"
    "二　港湾管理者と海上保安庁との間の情報共有の仕組みはどうなっているか。\n"
    "三　今後、警備体制を強化する予定はあるか。\n"
    "　右質問する。\n"
)
_ANSWER = (
    "答弁本文情報\n"
    "経過へ | 質問本文(HTML) | 答弁本文(PDF)\n"
    "令和六年十一月十五日受領\n"
    "答弁第一二号\n"
    "内閣参質二一五第一二号\n"
    "令和六年十一月十五日\n"
    "内閣総理大臣　山口一郎\n"
    "　　参議院議長　川上次郎　殿\n"
    "　参議院議員森川陽子君提出離島の港湾における海上警備体制の強化に関する質問に対し、別紙答弁書を送付する。\n"
    "参議院議員森川陽子君提出離島の港湾における海上警備体制の強化に関する質問に対する答弁書\n"
    "一について\n"
    "　巡視船の配備数は、各年度の業務の状況に応じて適切に定めているところである。\n"
    "二及び三について\n"
    "　関係機関との情報共有については、引き続き緊密に連携してまいりたい。\n"
    "　右答弁する。\n"
)
_RECORD = (
    "経過情報\n"
    "質問件名　離島の港湾における海上警備体制の強化に関する質問主意書\n"
    "提出者名　森川陽子君\n"
    "質問主意書提出年月日　令和 6年11月 5日\n"
    "転送年月日　令和 6年11月 8日\n"
    "答弁書受領年月日　令和 6年11月15日\n"
    "経過状態　答弁受理\n"
    "ページの先頭へ\n"
)
_ANSWER_TITLE = "参議院議員森川陽子君提出離島の港湾における海上警備体制の強化に関する質問に対する答弁書"


def _furniture(doc: object) -> list[tuple[str, str]]:
    kept = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}
    return [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind not in kept]  # type: ignore[attr-defined]


def test_answer_under_its_question_is_a_second_head() -> None:
    doc = parse_text(_QUESTION + _ANSWER + _RECORD)
    assert doc.title == "離島の港湾における海上警備体制の強化に関する質問主意書"
    assert doc.authors == ["森川陽子"]
    assert doc.date == "2024-11-05"  # the question's day: the page is the question's, the answer its second part
    assert [h.title for h in doc.headings] == [_ANSWER_TITLE]
    furniture = _furniture(doc)
    for kind, text in (
        ("navigation", "答弁本文情報"),
        ("navigation", "経過へ | 質問本文(HTML) | 答弁本文(PDF)"),
        ("dateline", "令和六年十一月十五日受領"),
        ("identifier", "答弁第一二号"),
        ("identifier", "内閣参質二一五第一二号"),
        ("dateline", "令和六年十一月十五日"),
    ):
        assert (kind, text) in furniture
    kept = ("内閣総理大臣　山口一郎", "参議院議長　川上次郎　殿", "別紙答弁書を送付する。", "一について")
    for piece in (*kept, "二及び三について"):
        assert piece in doc.text


def test_passage_record_under_a_label_is_history() -> None:
    doc = parse_text(_QUESTION + _ANSWER + _RECORD)
    history = [text for kind, text in _furniture(doc) if kind == "history"]
    assert history[0] == "経過情報"
    assert history[-1] == "経過状態　答弁受理"
    assert len(history) == 7
    assert "経過情報" not in [h.title for h in doc.headings]


def test_trap_record_label_with_no_status_line_marks_nothing() -> None:
    """Trap: the fields with no state of the paper under them (a question's own summary box) are no record."""
    box = "経過情報\n質問件名　港湾の警備\n提出者名　森川陽子君\n"
    text = _QUESTION + _ANSWER.replace("　右答弁する。\n", "　右答弁する。\n" + box)
    assert not any(kind == "history" for kind, _ in _furniture(parse_text(text)))


def test_trap_answer_number_opening_the_page_is_no_second_head() -> None:
    """Trap: an answer's own page opens with its number (no question's sentence above it): the page's front, as
    before; no line under it is forced into a head."""
    text = _ANSWER.replace("答弁本文情報\n経過へ | 質問本文(HTML) | 答弁本文(PDF)\n", "")
    doc = parse_text(text)
    assert _ANSWER_TITLE not in [h.title for h in doc.headings]
    lines = [Line(i, 0, len(c), c, "") for i, c in enumerate(text.splitlines())]
    assert mark_answer_head(lines, text) == frozenset()


def test_trap_answer_number_inside_a_sentence_marks_nothing() -> None:
    """Trap: `答弁第一二号` named inside a sentence is text: no head around it."""
    text = (
        "離島の港湾の警備について\n"
        "　政府は答弁第一二号において、巡視船の配備数は適切に定めていると述べた。\n"
        "令和六年十一月十五日受領\n"
        "　この答弁に対し、地元の港湾管理者からは追加の説明を求める声が上がっている。\n"
    )
    doc = parse_text(text)
    assert not any(kind == "dateline" and "受領" in t for kind, t in _furniture(doc))


def test_trap_dated_sentence_under_the_number_stays_text() -> None:
    """Trap: a sentence opening with a date under the answer's number is no dateline (a date alone, or with a
    word of handling only, is)."""
    text = _QUESTION + _ANSWER.replace("令和六年十一月十五日\n", "令和六年十一月十五日に閣議で決定した。\n", 1)
    doc = parse_text(text)
    assert ("dateline", "令和六年十一月十五日に閣議で決定した。") not in _furniture(doc)
    assert "令和六年十一月十五日に閣議で決定した。" in doc.text


def test_answer_items_are_text_not_heads() -> None:
    for label in ("一について", "二及び三について", "一から三までについて", "四の1について", "二、三及び五について"):
        assert answer_item(label)
    traps = ("一について検討する", "第一について", "について", "日米関係について", "一について、政府は検討している。")
    for trap in traps:
        assert not answer_item(trap)


@given(st.lists(st.sampled_from("一二三四五六七八九"), min_size=1, max_size=4), st.sampled_from(["及び", "、", "から"]))
def test_any_joined_item_numbers_are_an_answer_item(numbers: list[str], joint: str) -> None:
    """Property: item numerals joined by `及び`, a comma or `から`, then `について` (with `まで` after `から`'s
    last number), are an answer's item label; with a sentence after them, never."""
    label = joint.join(numbers) + ("まで" if joint == "から" and len(numbers) > 1 else "") + "について"
    assert answer_item(label)
    assert not answer_item(label + "は、検討中である。")


_PIECES = "答弁第一二号令和六年月日受領。　右質問する内閣衆質経過へ|"


@given(st.lists(st.text(alphabet=_PIECES, max_size=20), max_size=12))
def test_answer_head_never_takes_more_than_one_title(contents: list[str]) -> None:
    """Property: whatever the lines, the pass names at most one title, a text line ending no sentence."""
    text = "\n".join(contents)
    lines = [Line(i, 0, len(c), c, "", BODY if c.strip() else "blank") for i, c in enumerate(contents)]
    titles = mark_answer_head(lines, text)
    assert len(titles) <= 1
    for index in titles:
        assert lines[index].role == BODY
        assert not lines[index].content.rstrip().endswith("。")


# --- a line broken on a clause's comma at a column's edge is text, never a running head (lay84's 官報 issue)

_HEAD = "防衛白書　令和6年版　第2部"


def _dump(broken: str) -> str:
    return (
        "第1章　安全保障協力の現状\n"
        "　各国との協力は、相互の信頼を深めるとともに、地域の海洋秩序を維持する上でも大きな意義を有するものであり、\n"
        "今後も継続していく考えである。\n"
        f"{_HEAD}\n"
        "１２\n"
        "　また、防衛装備品の移転についても、三原則に基づき、個別の案件ごとに厳格に審査した上で判断することとしている\n"
        "ものであり、その透明性の確保にも努めている。\n"
        "　政府は、地域の平和と安定に寄与するため、同志国との防衛協力を一層推進し、共同訓練及び能力構築支援を"
        "着実に実施\n"
        f"{broken}\n"
        "　今後も、関係国との間で協議を重ね、協力の具体化を図っていく。\n"
        f"{_HEAD}\n"
        "１３\n"
        "　さらに、多国間の枠組みにおいても、各国と連携しつつ積極的な役割を果たしていく方針である。\n"
    )


def test_line_broken_on_a_clause_comma_stays_text() -> None:
    broken = "するための体制を整えることとして、"
    doc = parse_text(_dump(broken))
    assert "実施するための体制を整えることとして、" in doc.text
    assert _HEAD not in doc.text  # the page's real head is still dropped


@given(st.text(alphabet="体制整備協力推進実施方針関係各国", min_size=2, max_size=20))
def test_any_line_ending_on_a_clause_comma_is_kept(words: str) -> None:
    """Property: a short line ending on `、` between two lines of the text is never dropped as a page's head."""
    doc = parse_text(_dump(words + "、"))
    assert words + "、" in doc.text


# --- a CJK title keyed to its note (`…把握*`) over a starred single author (`名前**`): two front lines, not one

_JA_TEXT = (
    "　過去十年で地域の海洋秩序は変化し、それを支える同盟も変化してきた。\n"
    "　本稿は、各国の海上保安機関がどのように情報を共有しているかを検討する。\n"
)
_ZH_TEXT = (
    "近十年來，區域的海洋秩序發生了變化，維繫秩序的同盟也隨之改變。\n"
    "本文探討區域各國海巡機關如何分享海上情資。\n"
)
_JA_TITLE = "東南アジアにおける海上保安協力と海洋状況把握"
_ZH_TITLE = "東南亞各國海巡機關的合作機制與海域感知能力之比較研究"


def test_keyed_japanese_title_over_starred_author_stays_apart() -> None:
    notes = ["本稿は研究会での報告を基にしている。", "海洋大学海洋政策学部准教授"]
    text = _JA_TITLE + "*\n中村真理子**\n" + _JA_TEXT + f"* {notes[0]}\n** {notes[1]}\n"
    doc = parse_text(text)
    assert doc.title == _JA_TITLE
    assert doc.authors == ["中村真理子"]
    assert [doc.note_text(f) for f in doc.footnotes] == notes


def test_full_width_keyed_chinese_title_as_wide_as_the_text_stays_apart() -> None:
    """The key's width is not the title's: a title just under the column's width with `＊` after it."""
    text = _ZH_TITLE + "＊\n陳怡婷＊＊\n" + _ZH_TEXT + "＊ 本文初稿曾發表於研討會。\n＊＊ 國立臺灣海洋大學助理教授。\n"
    doc = parse_text(text)
    assert doc.title == _ZH_TITLE
    assert doc.authors == ["陳怡婷"]


def test_trap_keyed_first_line_of_a_wrapped_sentence_still_runs_on() -> None:
    """Trap: a first line holding a comma is a sentence's first line, key or not: it runs on into the next."""
    text = (
        "近十年來，區域的海洋秩序發生了變化，維繫秩序的同盟*\n"
        "也隨之改變，各國的海巡機關開始分享海上情資。\n"
        "本文探討這些合作如何形成。\n"
        "* 本文初稿曾發表於研討會。\n"
    )
    doc = parse_text(text)
    first = next(p for p in doc.paragraphs if "維繫秩序的同盟" in doc.span_text(p))
    assert "也隨之改變" in doc.span_text(first)  # one paragraph: the key did not make the line a title
    assert doc.title == ""


@given(
    st.text(alphabet="山田中村佐藤鈴木高橋陳林王怡婷真理子", min_size=2, max_size=5),
    st.sampled_from(["*", "†", "＊"]),
)
def test_any_keyed_title_over_a_starred_name_is_title_and_author(name: str, key: str) -> None:
    """Property: whatever the name and the title's key, the keyed title and the starred name under it are the
    title and the one author, never one line."""
    second = "**" if key != "＊" else "＊＊"
    text = _JA_TITLE + key + "\n" + name + second + "\n" + _JA_TEXT + key + " 本稿は報告を基にしている。\n"
    text += second + " 海洋大学准教授\n"
    doc = parse_text(text)
    assert doc.title == _JA_TITLE
    assert name not in doc.title
