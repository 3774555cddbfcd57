"""Acts the extractor had no cue for (issue 14, recall; branch rec83): an honour conferred on a visitor, documents
exchanged as a signing, and a Japanese working dinner or a dinner shared after talks.

Dev's gold annotates each as an event of its own (`political-dialogue` for an honour and a meal, `institutional` for an
exchange of instruments), in documents of many sessions: honours in `news_en_kuwait_india_strategic`,
`academic_en_india_egypt_partnership`, `news_en_india_brazil_brasilia_visit`, `news_en_india_namibia_modi_windhoek`,
`news_ja_india_nigeria`, `press_zhs_china_cuba_diaz_canel_talks`, `encyclo_zht_bhutan_india_relations`; exchanges
in `press_zhs_china_serbia_state_visit`, `joint_zht_indonesia_singapore_retreat`,
`joint_zht_china_cook_islands_partnership`, `academic_en_korea_philippines_fa50`,
`presser_en_thailand_vietnam_paetongtarn`; dinners in `presser_ja_japan_greece`,
`presser_ja_japan_uruguay_visit`. The extractor read them as no act (no type cue), or as the talks of their sentence
told again. The cues are data (`event_patterns.json` `types`: SUPPORT 051 for an honour, the AGREE 057 entry of
exchanges, the CONSULT 043 entry of meals). The tests are about other pairs and in other words; the traps are the
same words in a plan, a negation, a consultation (`conferred with`), views exchanged, fire exchanged and a
conference."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st


def _events(body: str) -> list[tuple[str, str, str]]:
    """(date, CAMEO code, mode) of every event of a short text with a title."""
    import allyscope

    doc = allyscope.extract("Bilateral relations\n\n" + body + "\n")
    return [(e.date, e.cameo, e.mode) for e in doc.events]


def _asserted(body: str) -> list[tuple[str, str]]:
    return [(d, c) for d, c, m in _events(body) if m == "asserted"]


# --- an honour conferred -------------------------------------------------------------------------------------------


def test_an_honour_conferred_later_on_the_day_of_a_meeting_in_english() -> None:
    text = (
        "President Tokayev received President Mirziyoyev in Astana on 14 June 2024. "
        "Tokayev later conferred on his guest the Order of the Golden Eagle."
    )
    assert ("2024-06-14", "051") in _asserted(text)
    assert len(_asserted(text)) == 2


def test_an_honour_conferred_in_the_clause_after_talks_in_english() -> None:
    text = (
        "On 5 March 2024 Macky Sall held talks with the King in Rabat, "
        "and the King conferred on him the Order of Ouissam."
    )
    assert sorted(c for _, c in _asserted(text)) == ["043", "051"]


def test_an_honour_awarded_to_a_visitor_in_the_passive() -> None:
    text = "On 2 April 2019 the Chilean president was awarded the Order of the Liberator San Martín in Buenos Aires."
    assert ("2019-04-02", "051") in _asserted(text)


def test_an_honour_in_japanese() -> None:
    text = "2023年9月5日、ラオス国家主席はベトナム国家主席と会談し、金星勲章を授与した。"
    assert sorted(c for _, c in _asserted(text)) == ["043", "051"]


def test_an_honour_in_simplified_and_traditional() -> None:
    simplified = "2024年3月1日，越南国家主席同老挝国家主席会谈，并向其授予金星勋章。"
    traditional = "2019年4月2日，智利總統在布宜諾斯艾利斯獲頒解放者聖馬丁勳章。"
    assert ("2024-03-01", "051") in _asserted(simplified)
    assert ("2019-04-02", "051") in _asserted(traditional)


def test_trap_an_honour_planned_is_no_act() -> None:
    text = "The Kenyan president will confer the Order of the Golden Heart on his guest on 3 May 2025."
    assert not [e for e in _events(text) if e[1] == "051" and e[2] == "asserted"]


def test_trap_an_honour_negated_is_no_act() -> None:
    text = "On 3 May 2025 the Kenyan president did not confer any order on his guest."
    assert ("2025-05-03", "051") not in _asserted(text)


def test_trap_conferring_with_someone_is_a_consultation() -> None:
    text = "On 8 May 2024 the minister conferred with his counterpart about the award of the contract."
    assert "051" not in [c for _, c in _asserted(text)]


def test_trap_a_conference_is_no_honour() -> None:
    text = "On 8 May 2024 the two ministers attended a conference on medals and decorations in Vienna."
    assert "051" not in [c for _, c in _asserted(text)]


# --- documents exchanged as a signing --------------------------------------------------------------------------------


def test_documents_exchanged_after_a_signing_in_simplified() -> None:
    # `签署联合声明，并交换…文件`: two instruments, two acts (coord81's convention)
    text = "2023年10月17日，两国元首签署联合声明，并交换12份合作文件。"
    assert _asserted(text) == [("2023-10-17", "057"), ("2023-10-17", "057")]


def test_an_exchange_of_notes_after_talks_in_traditional() -> None:
    text = "2022年1月25日，兩國領導人舉行會談，並交換了關於邊境貿易的換文。"
    assert sorted(c for _, c in _asserted(text)) == ["043", "057"]


def test_an_exchange_of_letters_in_japanese() -> None:
    text = "2024年2月8日、両国外相の間で、防衛装備品の移転に関する書簡の交換が行われた。"
    assert ("2024-02-08", "057") in _asserted(text)


def test_agreements_exchanged_in_english() -> None:
    witnessed = "On 7 October 2024 the two presidents witnessed the exchange of agreements on fisheries."
    passive = "On 4 May 2024 the two leaders met in Hanoi, after which six agreements were exchanged."
    assert ("2024-10-07", "057") in _asserted(witnessed)
    assert sorted(c for _, c in _asserted(passive)) == ["043", "057"]


def test_trap_views_exchanged_are_talks() -> None:
    assert "057" not in [c for _, c in _asserted("2024年5月8日，双方就落实合作文件交换了意见。")]
    assert "057" not in [c for _, c in _asserted("On 8 May 2024 the ministers exchanged views on the agreements.")]


def test_trap_fire_and_prisoners_exchanged_are_no_signing() -> None:
    fire = "On 8 May 2024 troops exchanged fire with the border guards of the neighbouring state."
    prisoners = "On 8 May 2024 forty prisoners were exchanged at the border crossing."
    assert "057" not in [c for _, c in _asserted(fire)]
    assert "057" not in [c for _, c in _asserted(prisoners)]


# --- a dinner shared after talks, in Japanese ------------------------------------------------------------------------


def test_a_working_dinner_after_talks_in_japanese() -> None:
    text = "2025年5月13日、総理はパラグアイ大統領と首脳会談を行い、引き続きワーキング・ディナーを行った。"
    assert _asserted(text) == [("2025-05-13", "043"), ("2025-05-13", "043")]


def test_guard_a_dinner_shared_after_talks_in_japanese() -> None:
    # read as the occasion's second meeting before the rule too (`会談後`): a guard of the rule's verbs
    text = "2024年1月16日、両首脳は首脳会談を行った。会談後、両首脳は夕食会を共にしました。"
    assert _asserted(text) == [("2024-01-16", "043"), ("2024-01-16", "043")]


def test_trap_a_dinner_planned_in_japanese() -> None:
    assert not _asserted("両首脳は来月10日に夕食会を共にする予定です。")


# --- properties ------------------------------------------------------------------------------------------------------

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip


@settings(max_examples=25, deadline=None)
@given(
    year=st.integers(1995, 2025),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    order=st.sampled_from(["Order of the Star", "Grand Collar of the Order of Merit", "Medal of Friendship"]),
)
def test_property_an_honour_conferred_on_a_dated_day_is_an_act_of_that_day(
    year: int, month: int, day: int, order: str
) -> None:
    text = f"On {day} {_MONTHS[month - 1]} {year} the president conferred the {order} on the visiting minister."
    assert (f"{year}-{month:02d}-{day:02d}", "051") in _asserted(text)


@settings(max_examples=25, deadline=None)
@given(year=st.integers(1995, 2025), month=st.integers(1, 12), day=st.integers(1, 28), count=st.integers(2, 40))
def test_property_documents_exchanged_after_a_signing_are_a_second_act(
    year: int, month: int, day: int, count: int
) -> None:
    text = f"{year}年{month}月{day}日，两国外长签署联合公报，并交换{count}份合作文件。"
    date = f"{year}-{month:02d}-{day:02d}"
    assert _asserted(text).count((date, "057")) == 2


@settings(max_examples=25, deadline=None)
@given(word=st.sampled_from(["conference", "conferences", "conferencing"]), year=st.integers(1995, 2025))
def test_property_a_conference_never_reads_as_an_honour(word: str, year: int) -> None:
    text = f"In {year} the two ministers spoke at a {word} on the award of medals."
    assert "051" not in [c for _, c, _ in _events(text)]
