"""note63 (thirty-second session): markers citing several notes (`¹⁻³`, `⁴˒⁵`, `注2・3`, `註4-6`), flattened markers
glued to an enumeration comma (`、1 `, `…した4、`), notes and a reference list under one label (`注・参考文献`,
`Notes and References`), and a reprint's last paragraph's notes at the file's end — each rule on documents built
here, in other words, states and scripts than the dev documents (`tests/layouts/note63_*`)."""

from __future__ import annotations

import random

from corpora.layout_articles import TUNED
from corpora.layout_generator import check, combinations, render
from helpers import assert_copied_pieces_match_raw, assert_no_space_added_in_cjk, assert_offsets_valid
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.catalogue import catalogue, expand_numbers
from allyscope.layout.lines import ends_sentence

_SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _sup(n: int) -> str:
    return str(n).translate(_SUPER)


def _cited(raw: str) -> list[list[int]]:
    doc = parse_text(raw)
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)
    assert_no_space_added_in_cjk(doc)
    by_id = {f.id: f.number for f in doc.footnotes}
    for marker in doc.markers:  # every number a marker cites is linked to its note
        assert sorted(by_id[x] for x in marker.footnotes) == sorted(marker.numbers)
    return [list(m.numbers) for m in doc.markers]


# --- superscript markers of several notes ------------------------------------------------------------------------


def test_superscript_range_and_list_cite_every_note() -> None:
    raw = (
        "Coast Guard Diplomacy in the Java Sea\nMarta Lind\n\n"
        "Indonesia and Vietnam agreed on a boundary of their exclusive economic zones in December 2022.¹⁻³ "
        "Patrol boats of both sides now meet at sea twice a year,⁴˒⁵ and their liaison officers share reports.⁶\n\n"
        "Notes\n"
        "1. Joint communiqué, Jakarta, 23 December 2022.\n"
        "2. Ibid.\n"
        "3. Lind, Lines at Sea (Oslo: Fjord, 2019), 12.\n"
        "4. Lind, op. cit., 30.\n"
        "5. Ibid., 31.\n"
        "6. Interview with a naval attaché, May 2023.\n"
    )
    assert _cited(raw) == [[1, 2, 3], [4, 5], [6]]


def test_superscript_list_numeral_reads_its_signs() -> None:
    family = catalogue().markers["superscript-list"]
    assert family.numeral.values("¹⁻³", family.numeral_kind) == (1, 2, 3)
    assert family.numeral.values("⁷˒⁹", family.numeral_kind) == (7, 9)
    assert family.numeral.values("¹²,¹⁴", family.numeral_kind) == (12, 14)
    single = catalogue().markers["superscript"]
    assert single.numeral.values("¹²", single.numeral_kind) == (12,)


@st.composite
def _superscript_groups(draw: st.DrawFn) -> tuple[str, list[list[int]]]:
    """(raw text, the numbers each marker cites): sentences each citing a run of fresh notes with one superscript
    marker, a single number, a list (`⁴˒⁵`, `⁴,⁵`) or a range (`⁶⁻⁸`), the notes numbered `n.` at the end."""
    sizes = draw(st.lists(st.integers(1, 4), min_size=1, max_size=5))
    sentences = []
    groups: list[list[int]] = []
    n = 0
    for k, size in enumerate(sizes):
        numbers = list(range(n + 1, n + size + 1))
        n += size
        if size == 1:
            printed = _sup(numbers[0])
        elif draw(st.booleans()):
            printed = draw(st.sampled_from(["˒", ","])).join(_sup(x) for x in numbers)
        else:
            printed = f"{_sup(numbers[0])}⁻{_sup(numbers[-1])}"
        sentences.append(f"The navies of Chile and Peru held drill number {k + 3} near the port.{printed}")
        groups.append(numbers)
    notes = "".join(f"{x}. Ministry of Defence, press release {x}, 2021.\n" for x in range(1, n + 1))
    return "Drills on the Pacific Coast\nAna Ruiz\n\n" + " ".join(sentences) + "\n\nNotes\n" + notes, groups


@settings(max_examples=25, deadline=None)
@given(_superscript_groups())
def test_superscript_groups_cite_their_runs(drawn: tuple[str, list[list[int]]]) -> None:
    raw, groups = drawn
    assert _cited(raw) == groups


# --- one 注 citing several notes ---------------------------------------------------------------------------------


def test_zhu_list_markers_in_traditional_chinese() -> None:
    raw = (
        "澳紐防衛合作的新階段\n林美玲\n\n"
        "澳洲與紐西蘭於2023年發表聯合聲明，同意擴大兩國部隊的共同部署。註1、2雙方也承諾加強太平洋島國的海事能力。註3-5\n\n"
        "註釋\n"
        "註1：外交部，〈澳紐聯合聲明〉，2023年8月。\n"
        "註2：同上。\n"
        "註3：林美玲，《南太平洋安全》，臺北：海洋出版社，2021年，頁30。\n"
        "註4：同上註，頁35。\n"
        "註5：前引書，頁40。\n"
    )
    assert _cited(raw) == [[1, 2], [3, 4, 5]]


def test_zhu_list_markers_in_japanese_with_nakaguro_and_wave_dash() -> None:
    raw = (
        "日比円滑化協定の背景\n村上 葵\n\n"
        "１．はじめに\n"
        "　フィリピンと日本は2024年7月に円滑化協定に署名した注1・2。両国の沿岸警備当局も連携を深めている注3〜5。\n\n"
        "注\n"
        "注1　外務省「日比円滑化協定の署名」2024年7月8日。\n"
        "注2　同上。\n"
        "注3　村上葵『海の同盟』港書房、2020年、15頁。\n"
        "注4　前掲注3、18頁。\n"
        "注5　同前、21頁。\n"
    )
    assert _cited(raw) == [[1, 2], [3, 4, 5]]


def test_a_page_number_after_a_cross_reference_is_no_list() -> None:
    family = catalogue().markers["zhu-list"]
    assert family.pattern.search("前掲注3、120頁") is None  # note 3, page 120: one note cited again
    assert family.pattern.search("注2・3。") is not None
    assert expand_numbers("2・3") == (2, 3) and expand_numbers("4〜6") == (4, 5, 6)


def test_a_line_ending_on_one_zhu_citing_several_notes_ends_its_sentence() -> None:
    assert ends_sentence("兩國同意擴大合作。註1、2")
    assert ends_sentence("協力が進んだ。注4〜6")
    assert not ends_sentence("兩國同意擴大合作、註1、2")
    assert not ends_sentence("表中の数値は1、2")


@st.composite
def _zhu_groups(draw: st.DrawFn) -> tuple[str, list[list[int]]]:
    """(raw text, numbers per marker): Chinese sentences each closed by `注n` or one `注` citing a run of notes
    (`注3、4`, `注5-7`, `注5～7`), the notes `注n：…` under a label at the end."""
    sizes = draw(st.lists(st.integers(1, 3), min_size=1, max_size=5))
    sign = draw(st.sampled_from(["注", "註"]))
    parts = []
    groups: list[list[int]] = []
    n = 0
    for size in sizes:
        numbers = list(range(n + 1, n + size + 1))
        n += size
        if size == 1:
            printed = f"{sign}{numbers[0]}"
        elif size == 2:
            printed = sign + draw(st.sampled_from(["、", "，", "・"])).join(map(str, numbers))
        else:
            printed = f"{sign}{numbers[0]}{draw(st.sampled_from(['-', '～', '〜']))}{numbers[-1]}"
        parts.append(f"马来西亚与文莱的海军在南海南部举行了联合巡逻。{printed}")
        groups.append(numbers)
    notes = "".join(f"{sign}{x}：国防部新闻稿第{x}号。\n" for x in range(1, n + 1))
    return "南海南部的联合巡逻\n陈 静\n\n" + "".join(parts) + f"\n\n{sign}释\n" + notes, groups


@settings(max_examples=25, deadline=None)
@given(_zhu_groups())
def test_zhu_groups_cite_their_runs(drawn: tuple[str, list[list[int]]]) -> None:
    raw, groups = drawn
    assert _cited(raw) == groups


# --- flattened markers at an enumeration comma ---------------------------------------------------------------------


def test_flattened_marker_after_an_enumeration_comma() -> None:
    raw = (
        "東南亞海上合作\n王 建國\n"
        "新加坡、1 汶萊與馬來西亞於2019年共同設立了資訊中心。2\n"
        "註\n"
        "1 新加坡海軍設有資訊融合中心。\n"
        "2 國防部，〈區域合作報告〉，2020年。\n"
        "― 5 ―\n"
    )
    doc = parse_text(raw)
    assert [list(m.numbers) for m in doc.markers] == [[1], [2]]
    assert "汶萊與馬來西亞" in doc.text


def test_flattened_marker_before_an_enumeration_comma() -> None:
    raw = (
        "日豪協力の進展\n松本 玲\n"
        "　共同訓練の回数は毎年増えてきた1、近年は宇宙分野にも協議が及んでいる。2\n"
        "注\n"
        "1 防衛省の公表資料による。\n"
        "2 松本玲『宇宙と同盟』港書房、2022年、9頁。\n"
        "― 3 ―\n"
    )
    assert [list(m.numbers) for m in parse_text(raw).markers] == [[1], [2]]


def test_a_count_before_an_enumeration_comma_and_a_digit_stays_text() -> None:
    raw = (
        "海上演习的时间安排\n赵 刚\n"
        "双方的联合演习在2、3月间举行，规模逐年扩大。1\n"
        "注\n"
        "1 国防部新闻稿。\n"
        "2 同上。\n"
        "― 7 ―\n"
    )
    doc = parse_text(raw)
    assert [list(m.numbers) for m in doc.markers] == [[1]]
    assert "在2、3月间举行" in doc.text


# --- notes and a reference list under one label ---------------------------------------------------------------------


def test_references_after_notes_under_one_label() -> None:
    raw = (
        "Coast Guard Cooperation in the Sulu Sea\nRosa Tan\n\n"
        "The three states began coordinated patrols in 2017.[1] Their maritime commands meet every quarter.[2]\n\n"
        "Notes and References\n"
        "[1] Trilateral joint statement, Manila, 19 June 2017.\n"
        "[2] Ibid.\n"
        "Tan, R. (2020). Patrolling the Sulu Sea. Singapore: Strait Press.\n"
        "Lee, K. (2019). Trilateral Maritime Patrols. Kuala Lumpur: Harbour.\n"
    )
    doc = parse_text(raw)
    assert [doc.note_text(f) for f in doc.footnotes] == ["Trilateral joint statement, Manila, 19 June 2017.", "Ibid."]
    kinds = [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind == "references"]
    assert [text for _, text in kinds] == [
        "Tan, R. (2020). Patrolling the Sulu Sea. Singapore: Strait Press.",
        "Lee, K. (2019). Trilateral Maritime Patrols. Kuala Lumpur: Harbour.",
    ]


def test_references_after_notes_under_one_chinese_label() -> None:
    raw = (
        "马六甲海峡巡逻机制\n周 敏\n\n"
        "印度尼西亚、马来西亚和新加坡于2004年开始协调巡逻。①此后泰国也加入了这一机制。②\n\n"
        "注释与参考文献\n"
        "①三国国防部联合声明，2004年7月。\n"
        "②同上。\n"
        "周敏：《海峡安全》，北京：时事出版社，2018年。\n"
        "李强：《东南亚海上合作》，上海：人民出版社，2020年。\n"
    )
    doc = parse_text(raw)
    assert [doc.note_text(f) for f in doc.footnotes] == ["三国国防部联合声明，2004年7月。", "同上。"]
    assert [doc.span_text(s) for s in doc.spans if s.kind == "references"] == [
        "周敏：《海峡安全》，北京：时事出版社，2018年。",
        "李强：《东南亚海上合作》，上海：人民出版社，2020年。",
    ]


# --- a reprint's last paragraph's notes -------------------------------------------------------------------------------


def test_a_reprints_notes_under_every_paragraph_are_inline_to_the_end() -> None:
    raw = (
        "太平洋島國的安全夥伴\n黃 志明\n"
        "索羅門群島於2022年與新的夥伴簽署安全協議①，引起區域關注②。\n"
        "①協議全文未公開。\n"
        "②同上。\n"
        "巴布亞紐幾內亞隨後也與美國簽署防衛合作協議①。\n"
        "①美國國務院新聞稿，2023年5月22日。\n"
    )
    doc = parse_text(raw)
    assert doc.layout is not None and doc.layout.placement == "inline"
    assert [(f.block, f.number) for f in doc.footnotes] == [(0, 1), (0, 2), (1, 1)]


# --- the generator's new families (dev articles; the matrix's held-out draws left out) ------------------------------


def test_generated_grouped_superscript_and_zhu_markers_exact() -> None:
    combos = list(combinations())
    matrix = random.Random(12).sample(combos, 600)
    held = set(matrix[::5]) | set(random.Random(2026).sample(combos, 100)[80:])
    articles = {a.language: a for a in TUNED}
    rng = random.Random(63)
    for value in ("superscript-list", "superscript-range", "zhu-list"):
        pool = [c for c in combos if c.marker == value and c not in held]
        for combo in rng.sample(pool, 4):
            generated = render(combo, articles[combo.language])
            result = check(parse_text(generated.raw), generated)
            assert all(result.values()), (combo, result)


# --- a running foot printed among a page's notes ----------------------------------------------------------------------

_FOOT_BODY = (
    "马来西亚海军在沙巴外海举行了年度演习。",
    "文莱派出两艘巡逻艇参加了搜救科目。",
    "泰国海军的观察员首次登上了参演舰艇。",
    "演习期间各方还交流了海上执法的经验。",
)
_FOOT_NOTES = (
    "国防部新闻稿，2021年4月。",
    "参见演习组织方公布的名单。",
    "观察员名单未公开。",
    "同上。",
)


@st.composite
def _foot_among_notes(draw: st.DrawFn) -> tuple[str, list[str]]:
    """(raw text, notes' texts in order): two or three pages, each of sentences with bracketed markers numbered
    on, the page's notes under `注`, the page's foot printed after one of its notes (the last, or one before it),
    then the page's number and a form feed."""
    pages = draw(st.integers(2, 3))
    lines = ["东南亚海上演习观察", "孙 立"]
    notes: list[str] = []
    number = 0
    for page in range(pages):
        count = draw(st.integers(2, 3))
        texts, page_notes = [], []
        for k in range(count):
            number += 1
            texts.append(_FOOT_BODY[(page + k) % 4][:-1] + f"[{number}]。")
            page_notes.append(f"[{number}] {_FOOT_NOTES[(page + k) % 4]}")
            notes.append(_FOOT_NOTES[(page + k) % 4])
        at = draw(st.integers(1, count))  # the foot after this many of the page's notes
        lines += ["".join(texts), "注", *page_notes[:at], "海洋安全评论　第6期", *page_notes[at:], f"— {page + 1} —"]
        lines.append("\f")
    return "\n".join(lines) + "\n", notes


@settings(max_examples=20, deadline=None)
@given(_foot_among_notes())
def test_a_foot_among_a_pages_notes_leaves_them_whole(drawn: tuple[str, list[str]]) -> None:
    raw, notes = drawn
    doc = parse_text(raw)
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)
    assert [doc.note_text(f) for f in doc.footnotes] == notes
    assert "海洋安全评论" not in doc.text and "海洋安全评论" not in doc.notes_text
    assert all(f.block == f.page - 1 for f in doc.footnotes)  # one block a page, the foot cutting none
