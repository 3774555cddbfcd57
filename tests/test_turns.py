"""Speaker turns and stage notes of transcripts (structure/turns.py, data/layouts/turns.json): texts written here
in other words than the layout documents, in four languages, and a property test over mutated transcripts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.serialize import document_json


def _turns(text: str) -> list[tuple[str, str, str]]:
    doc = parse_text(text)
    return [(t.speaker, t.role, doc.text[t.body_start : t.body_start + 6]) for t in doc.turns]


def test_roles_capitals_and_a_speaker_who_comes_back() -> None:
    text = (
        "Briefing on Harbour Security\n3 May 2024\n"
        "HOST: Welcome, everyone. We begin with a short statement.\n"
        "Commissioner Lee: Our harbour patrols doubled this year. (Applause)\n"
        "REPORTER: Will the patrols continue at night?\n"
        "Commissioner Lee: They will. [crosstalk] We have the crews for it.\n"
    )
    assert _turns(text) == [
        ("HOST", "moderator", "Welcom"),
        ("Commissioner Lee", "speaker", "Our ha"),
        ("REPORTER", "question", "Will t"),
        ("Commissioner Lee", "speaker", "They w"),
    ]
    doc = parse_text(text)
    assert [doc.span_text(s) for s in doc.stage_notes] == ["(Applause)", "[crosstalk]"]
    data = document_json(doc)
    assert [t["speaker"] for t in data["turns"]] == ["HOST", "Commissioner Lee", "REPORTER", "Commissioner Lee"]
    assert data["stage_notes"][0]["text"] == "(Applause)"
    first = data["turns"][0]
    assert doc.raw[first["raw_start"] : first["raw_end"]].startswith("HOST:")


def test_cjk_labels_and_a_speaker_who_speaks_once() -> None:
    text = (
        "外交部记者会\n2024年3月8日\n"
        "主持人：下面开始提问。\n"
        "记者：双方是否会发表联合声明？\n"
        "司长：目前正在商谈，有消息会及时发布。（笑声）\n"
        "记者：会谈在哪里举行？\n"
    )
    assert [t[:2] for t in _turns(text)] == [("主持人", "moderator"), ("记者", "question"), ("司长", "speaker"),
                                            ("记者", "question")]
    doc = parse_text(text)
    assert [doc.span_text(s) for s in doc.stage_notes] == ["（笑声）"]


def test_field_labels_and_a_single_label_make_no_transcript() -> None:
    digest = (
        "Harbour Notes\nIssue 3 | May 2024\n"
        "Ports of the region trained their pilots together this spring, and more courses are planned.\n"
        "Source: Port Authority\n"
        "A second drill tested how quickly a closed channel can be opened again after a storm.\n"
        "Source: Coast Guard\n"
    )
    assert parse_text(digest).turns == ()
    one = "演習の概要\n2024年5月1日\n担当者：田中\n今年の演習は三日間にわたって行われた。参加した艦艇は十隻に上った。\n"
    assert parse_text(one).turns == ()


def test_a_dashed_question_and_a_closing_note_in_brackets() -> None:
    text = (
        "港湾の安全を聞く\n2024年6月2日\n"
        "――港の警備はどう変わりましたか。\n"
        "所長：監視カメラを増やし、夜間の巡回も始めました。\n"
        "――課題は何ですか。\n"
        "所長：人手の確保です（会場笑い）。\n"
        "（会見は午前十時に終わった）\n"
    )
    doc = parse_text(text)
    assert [(t.speaker, t.role) for t in doc.turns] == [("――", "question"), ("所長", "speaker"), ("――", "question"),
                                                      ("所長", "speaker")]
    assert [doc.span_text(s) for s in doc.stage_notes] == ["（会場笑い）", "（会見は午前十時に終わった）"]
    assert doc.turns[-1].end <= doc.stage_notes[-1].start


_LABELS = st.sampled_from(["Q", "A", "MODERATOR", "記者", "問", "答", "主持人", "Source", "――", "Minister Park"])
_SPEECH = st.text(alphabet="abc 。，（）()[]:：笑拍手Laughter", min_size=1, max_size=30)


@given(st.lists(st.tuples(_LABELS, _SPEECH), min_size=1, max_size=8))
def test_any_transcript_reads_without_error_and_spans_stay_inside(lines: list[tuple[str, str]]) -> None:
    text = "Transcript\n" + "".join(f"{label}{'' if label == '――' else ': '}{speech}\n" for label, speech in lines)
    doc = parse_text(text)
    for turn in doc.turns:
        assert 0 <= turn.start <= turn.speaker_start < turn.speaker_end <= turn.body_start <= turn.end <= len(doc.text)
        assert doc.text[turn.speaker_start : turn.speaker_end] == turn.speaker
    for note in doc.stage_notes:
        assert any(t.start <= note.start and note.end <= t.end for t in doc.turns) or doc.span_text(note)[0] in "(（"
