"""lay52 (twenty-fifth session): note systems and markers on shapes others write.

A page's last note cut on a clause's comma goes on over the next page's notes, under that page's rule; texts
written for these tests, in other words than the documents of tests/layouts/l52_*.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text

_PAGES = {
    "zh": (
        "东南亚国家的海上执法合作\n张 伟\n"
        "印度尼西亚与马来西亚于2019年开始在马六甲海峡举行协调巡逻[1]。新加坡随后加入，三国成立了联合工作组[2]。\n"
        "______________________\n"
        "[1]巡逻每季度举行一次，由三国轮流担任协调方。\n"
        "[2]工作组的职责包括交换船舶动态、协调巡逻时段，\n"
        "- 5 -\n"
        "泰国于2008年以观察员身份参加了该机制[1]。此后，巡逻范围逐步向北延伸[2]。\n"
        "______________________\n"
        "以及处理越界捕鱼事件。\n"
        "[1]泰国在次年成为正式成员。\n"
        "[2]延伸的海域主要位于安达曼海南部。\n"
        "- 6 -\n",
        "工作组的职责包括交换船舶动态、协调巡逻时段，以及处理越界捕鱼事件。",
    ),
    "zh_hant": (
        "東南亞的海巡合作\n陳 家豪\n"
        "臺灣與菲律賓的海巡機關於2017年簽署合作備忘錄[1]。雙方每年舉行會議，檢討執法的程序[2]。\n"
        "______________________\n"
        "[1]備忘錄在馬尼拉簽署。\n"
        "[2]會議討論的事項包括緊急通報、人員救助、\n"
        "- 11 -\n"
        "雙方亦於2019年舉行首次聯合演練[1]。演練地點在巴士海峽附近[2]。\n"
        "______________________\n"
        "以及漁船的扣留與釋放。\n"
        "[1]演練以海上救難為主題。\n"
        "[2]演練由兩艘巡防艦參加。\n"
        "- 12 -\n",
        "會議討論的事項包括緊急通報、人員救助、以及漁船的扣留與釋放。",
    ),
    "ja": (
        "日印の海洋協力\n石田 亮\n"
        "日本とインドは2018年に物品役務相互提供協定に署名した①。両国の海軍は毎年共同訓練を行っている②。\n"
        "────────────\n"
        "① 協定は2021年に発効した。\n"
        "② 訓練には対潜戦、洋上補給、\n"
        "— 4 —\n"
        "両国はさらに、2022年に戦闘機の共同訓練を初めて実施した①。今後は宇宙分野での協力も見込まれる②。\n"
        "────────────\n"
        "捜索救難などの項目が含まれる。\n"
        "① 訓練はインド北部の空軍基地で行われた。\n"
        "② 2023年の首脳会談で確認された。\n"
        "— 5 —\n",
        "訓練には対潜戦、洋上補給、捜索救難などの項目が含まれる。",
    ),
    "en": (
        "India and France at Sea\nMarc Dubois\n"
        "The two navies first held their Varuna exercise in 2001.1 It has since grown into one of the largest "
        "drills either navy joins.2\n"
        "______________________\n"
        "1 The exercise took its present name that year.\n"
        "2 The last edition included carriers, submarines, maritime patrol aircraft,\n"
        "31\n"
        "France also opened its base in the Emirates to Indian ships.1 Port calls there are now routine.2\n"
        "______________________\n"
        "and a frigate of each navy.\n"
        "1 The base has hosted Indian ships since 2009.\n"
        "2 Dubois, French Power in Asia, 77.\n"
        "32\n",
        "The last edition included carriers, submarines, maritime patrol aircraft, and a frigate of each navy.",
    ),
}


@pytest.mark.parametrize("language", sorted(_PAGES))
def test_a_page_note_cut_on_a_clause_comma_goes_on_under_the_next_rule(language: str) -> None:
    text, cut_note = _PAGES[language]
    doc = parse_text(text)
    notes = [(f.number, f.page, doc.note_text(f)) for f in doc.footnotes]
    assert notes[1] == (2, 1, cut_note)
    assert [(n, p) for n, p, _ in notes] == [(1, 1), (2, 1), (1, 2), (2, 2)]
    tail = cut_note.rsplit("、", 1)[-1].rsplit("，", 1)[-1].rsplit(", ", 1)[-1]
    assert tail not in doc.text  # the note's end leaves the body
    by_id = {f.id: (f.block, f.number) for f in doc.footnotes}
    assert [[by_id[i] for i in m.footnotes] for m in doc.markers] == [[(0, 1)], [(0, 2)], [(1, 1)], [(1, 2)]]


def test_a_note_ending_its_sentence_carries_nothing_over() -> None:
    """Contrast: the cut note ends on a stop; the line over the next page's notes is that page's text, kept."""
    text, _ = _PAGES["zh"]
    text = text.replace("协调巡逻时段，\n", "协调巡逻时段。\n").replace("以及处理越界捕鱼事件。\n", "")
    doc = parse_text(text)
    assert doc.note_text(doc.footnotes[1]) == "工作组的职责包括交换船舶动态、协调巡逻时段。"
    assert "以及" not in doc.notes_text


# A PDF sets short page notes side by side on one baseline: `1 …。 2 …。` is two notes, in every language.
_SHARED = {
    "zh_hant": (
        "印度與日本的國防合作\n王 美玲\n"
        "一、背景\n"
        "印度與日本於2020年簽署物資勞務相互提供協定1。兩國將此視為「特殊戰略夥伴關係」2的具體成果，"
        "並同意擴大海軍的聯合演習（含反潜訓練）3。\n"
        "______________________\n"
        "1 協定於2021年7月生效。 2 該關係於2014年確立。\n"
        "3 演習每年舉行一次。\n"
        "- 3 -\n",
        ["協定於2021年7月生效。", "該關係於2014年確立。", "演習每年舉行一次。"],
    ),
    "zh": (
        "印度与日本的国防合作\n王 美玲\n"
        "一、背景\n"
        "印度与日本于2020年签署物资劳务相互提供协定[1]。两国将此视为特殊战略伙伴关系的成果[2]，"
        "并同意扩大海军的联合演习[3]。\n"
        "______________________\n"
        "[1]协定于2021年7月生效。　[2]该关系于2014年确立。　[3]演习每年举行一次。\n"
        "- 3 -\n",
        ["协定于2021年7月生效。", "该关系于2014年确立。", "演习每年举行一次。"],
    ),
    "ja": (
        "日印防衛協力の現在\n村上 陽子\n"
        "はじめに\n"
        "日本とインドは2020年に物品役務相互提供協定に署名した①。両国はこれを特別な戦略的パートナーシップ②の成果と"
        "している。海軍の共同訓練も毎年行われている③。\n"
        "────────────\n"
        "① 協定は2021年に発効した。　② 2014年の首脳会談で合意された。\n"
        "③ 訓練は日印の海域で交互に行われる。\n"
        "— 1 —\n",
        ["協定は2021年に発効した。", "2014年の首脳会談で合意された。", "訓練は日印の海域で交互に行われる。"],
    ),
    "en": (
        "India and Japan in Step\nPriya Raman\n"
        "The two governments signed a logistics agreement in 2020.1 They call the tie a special strategic "
        "partnership,2 and their navies drill together every year.3\n"
        "______________________\n"
        "1 It entered into force in 2021.  2 Agreed at the summit of 2014.\n"
        "3 The drills alternate between the two countries' waters.\n"
        "9\n",
        [
            "It entered into force in 2021.",
            "Agreed at the summit of 2014.",
            "The drills alternate between the two countries' waters.",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(_SHARED))
def test_a_note_line_holding_two_notes_is_two_notes(language: str) -> None:
    text, texts = _SHARED[language]
    doc = parse_text(text)
    assert [(f.number, doc.note_text(f)) for f in doc.footnotes] == list(enumerate(texts, 1))
    by_id = {f.id: f.number for f in doc.footnotes}
    assert [[by_id[i] for i in m.footnotes] for m in doc.markers] == [[1], [2], [3]]
    assert not any(piece in doc.text for piece in texts)


@pytest.mark.parametrize(
    "line",
    [
        "1 The fleet sailed in 2 groups.",  # a count inside the note's sentence: no stop before it
        "1 See the report. 3 Annexes follow.",  # not the next number of the count
        "1 协定分 2 个阶段实施。",
        "① 協定は2021年に発効した。2 隻が参加した。",  # another family, and no space before the digit
    ],
)
def test_a_number_inside_a_note_is_no_second_note(line: str) -> None:
    from allyscope.layout.notes import note_start, notes_sharing_line

    start = note_start(line)
    assert start is not None
    assert notes_sharing_line(line, start.style, start.number, start.text_offset) == ()


_SENTENCES = st.sampled_from(
    ["Signed in 2021.", "Ibid., 14.", "协定于次年生效。", "両国は合意した。", "兩國同意擴大合作。", "See note 3 above."]
)


@given(st.lists(_SENTENCES, min_size=1, max_size=3), st.integers(1, 40), st.sampled_from([" ", "  ", "\u3000"]))
def test_notes_sharing_a_line_are_split_whole_and_counted_on(texts: list[str], first: int, gap: str) -> None:
    """Property: a line of k notes numbered on from `first` splits into k notes numbered first … first+k-1, and
    the pieces between the splits are the notes' texts, nothing lost or added."""
    from allyscope.layout.notes import note_start, notes_sharing_line

    line = gap.join(f"{first + i} {t}" for i, t in enumerate(texts))
    start = note_start(line)
    assert start is not None and start.number == first
    shared = notes_sharing_line(line, start.style, start.number, start.text_offset)
    assert [n for _, _, n in shared] == list(range(first + 1, first + len(texts)))
    bounds = [start.text_offset, *(b for _, b, _ in shared)]
    ends = [*(a for a, _, _ in shared), len(line)]
    assert [line[a:b] for a, b in zip(bounds, ends, strict=True)] == texts


# A capital letter and digits are a designation (`K2 tanks`, `B2 bombers`, `G7 leaders`), never a marker glued to
# a word, though a note of that number stands on the page; a longer word keeps its glued marker (`partners2`).
_DESIGNATED = {
    "en": (
        "Seoul and Warsaw\nJan Kowal\nPoland ordered K2 tanks and K9 howitzers in 2022.1 The G7 leaders welcomed "
        "closer arms ties among partners2 in the region.\n______________________\n"
        "1 Signed in July 2022.\n2 Statement of the summit, May 2023.\n7\n",
        ["1", "2"],
    ),
    "ja": (
        "日本と英国の次期戦闘機\n佐々木 学\n英国とイタリアは2022年、日本と次期戦闘機を共同開発すると発表した1。"
        "日本はB2爆撃機を持たず、F2の後継機を必要としている2。\n────────────\n"
        "1 2022年12月の共同首脳声明による。\n2 防衛省の説明による。\n— 3 —\n",
        ["1", "2"],
    ),
    "zh": (
        "中国与东盟的海上对话\n周 涛\n中国与东盟在2002年签署了南海各方行为宣言1。双方此后在G20等多边场合也有接触，"
        "并就行为准则进行磋商2。\n______________________\n1 宣言于2002年11月签署。\n2 磋商至今仍在进行。\n- 9 -\n",
        ["1", "2"],
    ),
}


@pytest.mark.parametrize("language", sorted(_DESIGNATED))
def test_a_capital_and_digits_is_a_designation_not_a_marker(language: str) -> None:
    text, printed = _DESIGNATED[language]
    doc = parse_text(text)
    assert [m.printed for m in doc.markers] == printed
    assert all(len(m.footnotes) == 1 for m in doc.markers)
    for word in ("K2 ", "B2", "F2", "G7 ", "G20"):
        assert word not in text or word in doc.text


@given(st.sampled_from("BFGKPT"), st.integers(1, 2), st.sampled_from(["tanks", "bombers", "leaders", "ships"]))
def test_property_a_designation_never_cites_a_note(letter: str, number: int, noun: str) -> None:
    """Property: `<capital><n> <noun>` in a sentence stays text whatever note n the page holds, and every marker
    cites at most one note."""
    text = (
        f"Arms and Allies\nA. Writer\nThe ministry bought {letter}{number} {noun} in 2021.1 It plans more "
        "purchases.2\n______________________\n1 Signed in May 2021.\n2 Budget of 2024.\n5\n"
    )
    doc = parse_text(text)
    assert f"{letter}{number} {noun}" in doc.text
    assert [m.printed for m in doc.markers] == ["1", "2"]
    assert all(len(m.footnotes) <= 1 for m in doc.markers)


def test_circled_notes_run_together_after_a_stop_are_two_notes() -> None:
    """`①…。②…` on one line, no space between: a strong number after a CJK stop starts the next note."""
    text = (
        "韓越の防衛協力\n池田 恵\n韓国とベトナムは2022年に関係を格上げした①。両国は防衛産業でも協力している②。\n"
        "────────────\n①包括的戦略的パートナーシップへの格上げである。②艦艇の供与が含まれる。\n— 2 —\n"
    )
    doc = parse_text(text)
    assert [doc.note_text(f) for f in doc.footnotes] == [
        "包括的戦略的パートナーシップへの格上げである。",
        "艦艇の供与が含まれる。",
    ]
    by_id = {f.id: f.number for f in doc.footnotes}
    assert [[by_id[i] for i in m.footnotes] for m in doc.markers] == [[1], [2]]
