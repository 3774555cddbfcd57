"""A Japanese sentence that drops its subject takes the subject of the sentence before (act77, issue 14 item 3):
`<A>は…と会談した。<date>には<place>で会談し…` and `<A>は…語った。<date>、<partner>とともに署名している`, where the
names the second sentence holds are its places, partners, witnesses or objects, not its subject
(allyscope/event_clauses.py `drops_its_subject_ja`, allyscope/events.py `_with_dropped_subject`). A piece cut from
the same sentence as the event before keeps that sentence's own reading (its topic governs it). Sentences written
for these tests, in other words than the corpus."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import extract
from allyscope.event_clauses import drops_its_subject_ja


def _events(text: str) -> list[dict[str, object]]:
    return [e.as_json() for e in extract(text).events]


def _on(text: str, date: str) -> list[list[str]]:
    return [list(e["actors"]) for e in _events(text) if e["date"] == date]  # type: ignore[call-overload]


def test_a_meeting_at_a_venue_keeps_the_pair_of_the_sentence_before() -> None:
    text = (
        "首脳往来\n\n2019年4月2日、チリの大統領は東京を訪れ、日本の首相と会談した。"
        "2021年9月20日にはニューヨークで会談し、経済連携の強化で一致した。\n"
    )
    later = _on(text, "2021-09-20")
    assert later and any({"CL", "JP"} <= set(a) for a in later), later


def test_a_signing_with_a_partner_keeps_the_speaker_of_the_sentence_before() -> None:
    text = (
        "和平の歩み\n\nケニアの大統領は2023年5月4日の会見で、交渉の進展を強調した。"
        "2022年3月には、ノルウェーの仲介による合意にソマリアの大統領とともに署名している。\n"
    )
    signed = _on(text, "2022-03")
    assert signed and any("KE" in a for a in signed), signed


def test_a_taking_office_after_a_visit_is_the_visitors() -> None:
    text = (
        "訪問の記録\n\nペルーの大統領は2022年6月、次期大統領として来日し、日本の首相と会談していた。"
        "同年7月に大統領に就任している。\n"
    )
    office = _on(text, "2022-07")
    assert office and any("PE" in a for a in office), office


def test_trap_a_sentence_with_its_own_subject_carries_nothing() -> None:
    # `<state>は` names the new sentence's own subject: the pair before stays out
    text = (
        "首脳往来\n\n2019年4月2日、チリの大統領は東京を訪れ、日本の首相と会談した。"
        "ペルーは2021年9月20日にリマで国際会議を開いた。\n"
    )
    later = _on(text, "2021-09-20")
    assert later and all("CL" not in a for a in later), later


def test_trap_a_second_clause_of_one_sentence_is_read_with_its_own_sentence() -> None:
    # the later clause's names follow its sentence's own subject, never the sentence before's partners
    text = (
        "首脳会談\n\n2023年3月7日、日本の首相はルーマニアの大統領と会談した。"
        "冒頭、ルーマニアが2004年にNATOに、2007年にEUに加盟して以来の役割が評価された。\n"
    )
    joined = _on(text, "2007")
    assert all("JP" not in a for a in joined), joined


def test_trap_a_subject_marked_with_mo_is_its_own() -> None:
    text = (
        "覚書\n\n2021年3月3日、ドイツはベトナムと防衛協力に関する覚書に署名した。"
        "同年4月5日、フランスも同様の覚書に署名した。\n"
    )
    later = _on(text, "2021-04-05")
    assert later and all("DE" not in a for a in later), later


def test_trap_a_new_paragraph_with_a_subject_of_its_own() -> None:
    text = (
        "首脳往来\n\n2019年4月2日、チリの大統領は東京を訪れ、日本の首相と会談した。\n\n"
        "インドの首相が2021年9月20日にニューヨークで演説した。\n"
    )
    later = _on(text, "2021-09-20")
    assert later and all("CL" not in a for a in later), later


def test_the_form() -> None:
    assert drops_its_subject_ja("2021年9月20日にはニューヨークで会談し")
    assert drops_its_subject_ja("その後、同大統領の立ち会いのもとで署名した")
    assert not drops_its_subject_ja("ペルーは2021年9月20日に会議を開いた")
    assert not drops_its_subject_ja("大統領が署名した")
    assert not drops_its_subject_ja("同年4月5日、フランスも同様の覚書に署名した")  # も marks a subject too
    assert drops_its_subject_ja("大統領府で大統領とも会談し")  # とも: a partner, not a subject
    assert not drops_its_subject_ja("2021年9月20日，在纽约举行会谈")  # Chinese: no kana, not read so
    assert not drops_its_subject_ja("On 20 September they met in New York")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="はがにでをと、。日会談しの大統領とも署名立ち会い他 1年月ab\n", max_size=40))
def test_the_form_reader_never_raises_and_reads_only_kana_without_a_subject(piece: str) -> None:
    dropped = drops_its_subject_ja(piece)
    assert isinstance(dropped, bool)
    has_kana = any("\u3040" <= c <= "\u309f" for c in piece)
    if not has_kana or "が" in piece:
        assert not dropped
    elif "は" not in piece and "も" not in piece:
        assert dropped


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(["チリ", "ペルー", "ケニア", "ノルウェー", "ガーナ"]),
    st.sampled_from(["ニューヨーク", "ジュネーブ", "シンガポール"]),
    st.integers(min_value=1, max_value=28),
)
def test_any_text_of_the_shape_extracts_without_error(state: str, venue: str, day: int) -> None:
    text = f"往来\n\n2019年4月2日、{state}の大統領は日本の首相と会談した。2021年9月{day}日には{venue}で会談した。\n"
    events = _events(text)
    assert all(isinstance(e["actors"], list) for e in events)
