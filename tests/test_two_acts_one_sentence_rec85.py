"""Two acts of one occasion told in one sentence and read as one, continued (issue 14, recall; branch rec85).

Dev's gold annotates the talks and what they came to, a visit and a ceremony attended on it, a welcome and the talks
after it, as an act each (the corpus README's conv77 (3), rec66 "Witnessing and attending"), in documents of many
sessions. Four shapes the extractor read as one act:

- a Japanese agreement closing the talks' sentence (`…と会談し、…対話を再開することで一致した`): the piece took its
  kind from the first cue inside what was agreed (`対話`, `会合`), a meeting, and stayed with the talks
  (`brief_ja_us_china_military_talks`, `encyclo_ja_japan_us_korea_trilateral`,
  `academic_ja_australia_indonesia_defence_treaty`); a Japanese sentence ends in its predicate, so the agreement's
  cue decides (`event_clauses.json` `agreement_decides_ja`);
- a Japanese intent agreed in the talks' sentence (`…会談を行い、…を一層強化していくことで一致した`), merged into the
  talks by prec71's Japanese endings, which dev's gold annotates apart in every such sentence
  (`joint_ja_japan_philippines_marcos_visit`, `presser_ja_japan_qatar_gulf`, `press_ja_japan_png_defence`): the endings
  are emptied; the Chinese statements of intent (`，双方表示将…`) stay merged, as dev's gold reads all of them;
- a Chinese ceremony attended with its companion, place or manner before the verb (`…訪問維爾紐斯，與…一同出席了
  成軍典禮`, `…举行会谈，并共同以视频方式出席…开港仪式`): the verb of attending had to open its piece
  (`brief_zhs_turkey_azerbaijan`, `encyclo_zht_india_korea`, `brief_zhs_china_peru_chancay`,
  `news_zht_germany_lithuania_brigade`; data `verb_lead_ins`, and a cut before `，與…出席` in `event_segments`);
- a Japanese visit told in a relative clause on the subject (`…を訪問中の総理は、…歓迎式典に出席した後、…と会談した`):
  the visit's cue made the first piece a visit, which the talks after it joined as its setting; it is the setting of
  the whole sentence, not the act of the first piece.

The tests are about other pairs and in other words. Traps: talks and the views exchanged at them, `会谈并交换意见`,
`met and discussed`, a visit told as its one meeting, a Chinese statement of intent after talks, a ceremony to be
attended, a visit and the talks held on it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.event_clauses import agreement_ending_ja, visit_on_the_subject
from allyscope.scripts import fold


def _events(body: str) -> list[tuple[str, str, str]]:
    """(date, CAMEO code, mode) of every event of a short text with a title."""
    import allyscope

    doc = allyscope.extract("双边关系\n\n" + body + "\n")
    return [(e.date, e.cameo, e.mode) for e in doc.events]


def _asserted(body: str) -> list[tuple[str, str]]:
    return [(d, c) for d, c, m in _events(body) if m == "asserted"]


# --- a Japanese agreement closing the talks' sentence -------------------------------------------------------------


def test_talks_and_an_agreement_to_resume_a_dialogue_are_two_acts() -> None:
    text = "2019年4月22日、両国の国防相はソウルで会談し、防衛当局間の戦略対話を再開することで一致した。"
    assert [d for d, _ in _asserted(text)] == ["2019-04-22", "2019-04-22"]


def test_talks_and_an_agreement_to_hold_meetings_every_year_are_two_acts() -> None:
    text = "2021年11月8日、両外相は電話で会談し、外相会合を毎年開くことで合意しました。"
    assert len(_asserted(text)) == 2


def test_trap_talks_and_the_views_exchanged_are_one_act() -> None:
    text = "2021年11月8日、両外相はジャカルタで会談し、地域情勢について意見交換を行った。"
    assert _asserted(text) == [("2021-11-08", "043")]


def test_trap_an_agreement_told_alone_is_one_act() -> None:
    text = "2021年11月8日、両政府は次官級協議を年内に開催することで一致した。"
    assert len(_asserted(text)) == 1


def test_an_intent_agreed_in_the_talks_sentence_is_an_act_of_its_own() -> None:
    text = "2022年9月14日、両首相は東京で首脳会談を行い、海洋安全保障の協力を一層推進していくことで一致した。"
    assert len(_asserted(text)) == 2


def test_trap_a_chinese_statement_of_intent_after_talks_stays_with_them() -> None:
    text = "2022年9月14日，两国外长在北京举行会谈，双方表示将继续加强合作。"
    assert len(_asserted(text)) == 1


def test_the_agreement_ending_is_found_where_the_agreement_begins() -> None:
    piece = fold("、防衛当局間の戦略対話を再開することで一致しました。")
    at = agreement_ending_ja(piece)
    assert at is not None and piece[at:].startswith("ことで一致")
    assert agreement_ending_ja(fold("、地域情勢について意見交換を行った。")) is None
    assert agreement_ending_ja(fold("、一致団結して対処した。")) is None


_OBJECTS = ["次官級協議を開く", "共同訓練を続ける", "対話の枠組みを設ける", "首脳会合を年1回開く", "交渉を始める"]
_ENDINGS = [
    "ことで一致した。",
    "ことで一致しました。",
    "ことで合意した。",
    "ことで合意しました。",
    "ことで一致していた。",
]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_OBJECTS), st.sampled_from(_ENDINGS), st.text(alphabet="会談しのでをは、", max_size=12))
def test_property_an_agreement_ending_is_found_after_any_lead(lead: str, ending: str, noise: str) -> None:
    piece = fold(noise + lead + ending)
    at = agreement_ending_ja(piece)
    assert at is not None and at == len(fold(noise + lead))


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet="会談意見交換をしたで行いました一致団結。、", max_size=30))
def test_property_no_agreement_ending_without_the_words_of_one(text: str) -> None:
    if "ことで" not in text and "との認識で" not in text:
        assert agreement_ending_ja(fold(text)) is None


# --- a Chinese ceremony attended, its companion, place or manner before the verb -----------------------------------


def test_a_visit_and_a_ceremony_attended_with_the_host_are_two_acts() -> None:
    text = "2022年6月3日，希腊总理访问斯科普里，与北马其顿总理一同出席了边境口岸启用仪式。"
    assert [c for _, c in _asserted(text)] == ["042", "043"]


def test_talks_and_a_ceremony_attended_by_video_are_two_acts() -> None:
    text = "2023年9月7日，兩國元首在總統府舉行會談，並共同以視頻方式出席鐵路通車儀式。"
    assert len(_asserted(text)) == 2


def test_trap_talks_and_the_views_exchanged_in_chinese_are_one_act() -> None:
    text = "2023年9月7日，两国外长在河内举行会谈并交换意见。"
    assert _asserted(text) == [("2023-09-07", "043")]


def test_trap_a_ceremony_to_be_attended_is_no_act() -> None:
    text = "2023年9月7日，外交部宣布，总理将访问斯科普里，与北马其顿总理共同出席大桥通车仪式。"
    assert ("2023-09-07", "042") not in _asserted(text)
    assert ("2023-09-07", "043") not in [(d, c) for d, c in _asserted(text) if c == "043"][1:]


def test_trap_a_companion_at_a_meeting_is_the_meeting_alone() -> None:
    text = "2023年9月7日，希腊总理在斯科普里与北马其顿总理举行会谈。"
    assert _asserted(text) == [("2023-09-07", "043")]


_ZH_COMPANIONS = ["与该国总统", "與該國總統", "同東道國總理", "与两国企业代表"]
_ZH_TOGETHER = ["", "一同", "共同", "先后"]
_ZH_CEREMONIES = ["大桥通车仪式", "港口開港儀式", "工厂竣工典礼", "學校揭牌儀式"]


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(_ZH_COMPANIONS), st.sampled_from(_ZH_TOGETHER), st.sampled_from(_ZH_CEREMONIES), st.integers(1, 28)
)
def test_property_a_visit_then_a_ceremony_attended_with_a_companion_is_two_acts(
    companion: str, together: str, ceremony: str, day: int
) -> None:
    text = f"2024年3月{day}日，总理访问利马，{companion}{together}出席了{ceremony}。"
    date = f"2024-03-{day:02d}"
    assert _asserted(text) == [(date, "042"), (date, "043")]


# --- a Japanese visit told in a relative clause on the subject --------------------------------------------------


def test_a_relative_visit_then_a_welcome_and_talks_are_two_acts() -> None:
    text = "フランスを訪問中の外相は、2023年6月5日、大統領府で行われた歓迎式典に出席した後、大統領と会談した。"
    assert [d for d, _ in _asserted(text)] == ["2023-06-05", "2023-06-05"]


def test_trap_a_visit_told_as_its_one_meeting_stays_one_act() -> None:
    text = "2015年10月26日、中央アジアを訪問中の総理大臣は、アスタナにおいて、大統領と首脳会談を行った。"
    assert len(_asserted(text)) == 1


def test_trap_a_relative_visit_and_talks_with_views_exchanged_stay_one_act() -> None:
    text = "2015年10月26日、ベトナムを訪問中の外相は、ハノイで同国外相と会談し、意見交換を行った。"
    assert len(_asserted(text)) == 1


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["訪問中の", "来日中の", "滞在中の"]),
    st.text(alphabet="外相総理大統領首席", min_size=1, max_size=8),
)
def test_property_a_relative_visit_on_the_subject_is_found(word: str, subject: str) -> None:
    assert visit_on_the_subject(fold(f"タイを{word}{subject}は"))
    assert not visit_on_the_subject(fold(f"タイを訪問した{subject}は"))
