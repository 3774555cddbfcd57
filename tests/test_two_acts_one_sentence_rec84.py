"""Two acts of one occasion told in one sentence and read as one (issue 14, recall; branch rec84).

Dev's gold annotates a welcome ceremony, the talks after it and the meal after them as an act each (the corpus
README's "Witnessing and attending" and "Two predicates joined in one clause"), in documents of many sessions. Three
shapes the extractor read as one act:

- a welcome with military honours in Chinese (`以軍禮歡迎…，隨後兩國元首舉行會談`), the form of Taiwan's presidential
  office: no type cue read the welcome, so the talks after it absorbed it (`presser_zht_taiwan_palau_visit`,
  `presser_zht_taiwan_paraguay_eswatini`, `joint_zht_taiwan_saint_lucia_2022`, `joint_zht_taiwan_eswatini_king_visit`,
  `press_zht_taiwan_haiti_tsai_visit`, `press_zht_taiwan_st_kitts_haiti_visit`);
- a Japanese act in the past with `後` before the next act (`歓迎式典に出席した後、…と首脳会談を行った`): the piece
  before the comma was read as the scene of the next (as `会談後、` is), not as an act
  (`presser_ja_japan_serbia_abe_belgrade`, `presser_ja_japan_vietnam_state_visit`, `encyclo_ja_china_spain_relations`,
  `academic_ja_japan_kazakhstan_partnership`);
- a Japanese banquet attended with `臨む` (`会談し、その後晩餐会に臨んだ`), for which no cue was read.

The cues and the pair of a welcome and a meeting are data (`event_patterns.json` `types`, the CONSULT 043 entry of
welcome ceremonies and meals; `event_clauses.json` `acts_apart_by_cameo`); the cut is a pattern of Japanese clauses
(`event_segments`), and a piece ending in a past verb and `後` keeps its act (`events_domain._kind`). The tests are
about other pairs and in other words. Traps: a welcome planned; a ceremony told with its salute (one act); `た後`
before a date of its own (the first act fell before that date) or before a plan; a state of affairs after `た後`."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st


def _events(body: str) -> list[tuple[str, str, str]]:
    """(date, CAMEO code, mode) of every event of a short text with a title."""
    import allyscope

    doc = allyscope.extract("双边关系\n\n" + body + "\n")
    return [(e.date, e.cameo, e.mode) for e in doc.events]


def _asserted(body: str) -> list[tuple[str, str]]:
    return [(d, c) for d, c, m in _events(body) if m == "asserted"]


# --- a welcome with military honours, then talks (Chinese) --------------------------------------------------------


def test_a_welcome_with_military_honours_then_talks_in_traditional() -> None:
    text = "2019年10月8日，蔡總統在總統府前廣場以隆重軍禮歡迎馬紹爾群島總統海妮，兩人隨即舉行雙邊會晤。"
    assert _asserted(text) == [("2019-10-08", "043"), ("2019-10-08", "043")]


def test_a_welcome_with_military_honours_then_talks_and_a_witnessing_in_simplified() -> None:
    text = "2023年4月12日，洪都拉斯总统以军礼欢迎萨尔瓦多总统，随后两国元首举行会谈，并共同见证签署合作文件。"
    assert sorted(c for _, c in _asserted(text)) == ["043", "043", "057"]


def test_trap_a_welcome_with_military_honours_planned_is_no_act() -> None:
    text = "2025年6月5日，外交部表示，賴總統將以軍禮歡迎瓜地馬拉總統。"
    assert ("2025-06-05", "043") not in _asserted(text)


def test_trap_the_ceremony_and_its_salute_are_one_act() -> None:
    text = "2022年3月21日，軍禮歡迎儀式在總統府前廣場舉行，現場鳴放21響禮炮。"
    assert _asserted(text) == [("2022-03-21", "043")]


# --- a Japanese act in the past with `後`, then the next act -------------------------------------------------------


def test_a_welcome_ceremony_attended_then_talks_in_japanese() -> None:
    text = "2019年6月28日、モリソン首相は大統領府での歓迎式典に出席した後、ウィドド大統領と首脳会談を行った。"
    assert _asserted(text) == [("2019-06-28", "043"), ("2019-06-28", "043")]


def test_a_welcome_held_in_the_passive_then_a_meeting_with_the_host() -> None:
    text = "2016年9月6日、王宮で歓迎行事が行われた後、首相はトンガ国王と会見した。"
    assert _asserted(text) == [("2016-09-06", "043"), ("2016-09-06", "043")]


def test_trap_an_act_before_a_date_of_its_own_is_not_of_that_date() -> None:
    text = "両国が批准書を交換した後、2020年8月1日に協定が発効した。"
    assert [d for d, _ in _asserted(text)] == ["2020-08-01"]


def test_trap_an_act_before_a_plan_is_no_act() -> None:
    text = "総理はハノイを訪問した後、2024年5月5日に帰国する予定です。"
    assert not _asserted(text)


def test_trap_a_state_of_affairs_after_the_past_act_is_no_second_act() -> None:
    text = "2006年に米軍が撤退した後、同国の防空はNATO加盟国の戦闘機が交代で担っている。"
    assert len(_asserted(text)) == 1


# --- a Japanese banquet attended with `臨む` -----------------------------------------------------------------------


def test_talks_then_a_banquet_attended_in_japanese() -> None:
    text = "2017年10月30日、ドゥテルテ大統領は首相官邸で安倍首相と会談し、その後晩餐会に臨んだ。"
    assert _asserted(text) == [("2017-10-30", "043"), ("2017-10-30", "043")]


def test_trap_a_banquet_to_be_attended_is_no_act() -> None:
    text = "2017年10月30日、官房長官は、大統領が晩餐会に臨む予定だと述べた。"
    assert all(m != "asserted" or c != "043" for _, c, m in _events(text))


# --- properties ----------------------------------------------------------------------------------------------------

_JA_VISITORS = ["モリソン首相", "ラモス＝ホルタ大統領", "ルッテ首相", "ハシナ首相"]
_JA_HOSTS = ["ウィドド大統領", "アルバニージー首相", "マルコス大統領", "ラニル大統領"]
_JA_CEREMONY = ["歓迎式典に出席した後", "歓迎式典に臨んだ後", "歓迎行事に参加した後"]
_ZH_HOSTS = ["蔡總統", "賴總統", "總統"]
_ZH_GUESTS = ["帛琉總統", "史瓦帝尼國王", "巴拉圭總統", "貝里斯總理"]
_ZH_NEXT = ["，隨後兩國元首舉行會談", "，兩人隨即舉行會談", "，隨後雙方舉行雙邊會晤"]


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(_JA_VISITORS), st.sampled_from(_JA_HOSTS), st.sampled_from(_JA_CEREMONY), st.integers(1, 28))
def test_property_a_japanese_ceremony_then_talks_is_two_acts_of_that_day(
    visitor: str, host: str, ceremony: str, day: int
) -> None:
    text = f"2018年3月{day}日、{visitor}は大統領府での{ceremony}、{host}と首脳会談を行った。"
    date = f"2018-03-{day:02d}"
    assert _asserted(text) == [(date, "043"), (date, "043")]


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(_ZH_HOSTS), st.sampled_from(_ZH_GUESTS), st.sampled_from(_ZH_NEXT), st.integers(1, 28))
def test_property_a_welcome_with_military_honours_and_the_talks_after_are_two_acts(
    host: str, guest: str, next_act: str, day: int
) -> None:
    text = f"2023年5月{day}日，{host}在總統府前廣場以軍禮歡迎{guest}{next_act}。"
    date = f"2023-05-{day:02d}"
    assert _asserted(text) == [(date, "043"), (date, "043")]


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(_JA_VISITORS), st.integers(1, 28))
def test_property_an_act_before_a_dated_act_never_takes_its_date(visitor: str, day: int) -> None:
    text = f"{visitor}が書簡を交換した後、2021年4月{day}日に協定が発効した。"
    assert [d for d, _ in _asserted(text)] == [f"2021-04-{day:02d}"]


# --- documents exchanged, told as a noun (Chinese) -----------------------------------------------------------------


def test_talks_then_the_exchange_of_documents_witnessed_as_a_noun() -> None:
    text = "2023年10月18日，習近平同塞爾維亞總統舉行會談，兩人並共同見證22份合作文件的交換。"
    assert sorted(c for _, c in _asserted(text)) == ["043", "057"]


def test_trap_the_manner_of_an_exchange_is_no_exchange() -> None:
    text = "2024年6月19日，两国外长就文件的交换方式交换了意见。"
    assert "057" not in [c for _, c in _asserted(text)]


# --- a comment on the act before (`，这是…首次…`) ---------------------------------------------------------------------


def test_a_visit_and_talks_before_a_comment_naming_the_visit_again() -> None:
    text = "2019年5月12日，印度外长访问河内，同越南外长举行会谈，这是印度外长五年来首次访越。"
    assert sorted(c for _, c in _asserted(text)) == ["042", "043"]


def test_a_visit_and_talks_before_a_comment_in_traditional() -> None:
    text = "2022年6月3日，智利外長抵達東京，與日本外相舉行會談，此為智利外長時隔七年訪日。"
    assert sorted(c for _, c in _asserted(text)) == ["042", "043"]


def test_trap_a_comment_on_a_signing_is_no_second_act() -> None:
    text = "2022年5月31日，两国在迪拜签署自由贸易协定，这是以色列与阿拉伯国家签署的第一份此类协定。"
    assert len(_asserted(text)) == 1


def test_trap_a_comment_on_a_visit_is_the_visit_told_again() -> None:
    text = "2024年8月12日，越南领导人访问老挝，这是他就任后首次出访。"
    assert _asserted(text) == [("2024-08-12", "042")]
