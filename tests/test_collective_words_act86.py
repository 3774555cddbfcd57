"""Two collective words the data lacked (issue 14; fifty-fifth session, branch act86).

`both states` is the English pair word beside `the two states` and `both countries` (dev: `brief_en_uk_singapore_
strategic_partnership`, `encyclo_en_iceland_uk_cod_wars`, `encyclo_en_poland_lithuania`, `academic_en_slovenia_
croatia_arbitration`: the page's two states, co-parties named after it with `with` staying co-parties). `訪團` is the
short Traditional form of `訪問團`, the visiting side of a visit (`…率團抵臺。…總統接見訪團`: dev
`encyclo_zht_taiwan_panama_relations`, `press_zht_japan_taiwan_aso_visit`, `press_zht_taiwan_haiti_tsai_visit`,
`press_zht_taiwan_germany_research_minister`), read as `訪問團` is (`discourse_visits`): the other of the visit's two
parties than its host, and nobody when no visit names a host. Sentences written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.entities import mark_entities


def _ids(text: str, word: str) -> set[str] | None:
    found = [m for m in mark_entities(parse_text(text)).entities if m.alias == word]
    return set(found[-1].ids) if found else None


def test_both_states_is_the_pair() -> None:
    text = (
        "Chile and Peru: a maritime settlement\n\n"
        "Chile and Peru took their maritime boundary to the International Court of Justice. "
        "In March 2014 both states agreed on the coordinates of the line the Court had drawn.\n"
    )
    assert _ids(text, "both states") == {"CL", "PE"}


def test_both_states_with_co_parties_named_after_it_is_still_the_pair() -> None:
    # trap: the states after `with` are co-parties of the act, not the two the word stands for
    text = (
        "Norway and Denmark in the North\n\n"
        "Norway and Denmark have long cooperated in the Arctic. "
        "In 1949 both states signed the North Atlantic Treaty with Iceland, Portugal and Italy.\n"
    )
    assert _ids(text, "both states") == {"NO", "DK"}


_NAMES = {"CL": "Chile", "PE": "Peru", "NO": "Norway", "DK": "Denmark", "PL": "Poland", "LT": "Lithuania"}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(sorted(_NAMES)), st.sampled_from(sorted(_NAMES)), st.sampled_from(["2003", "2011", "2019"]))
def test_both_states_after_any_pair_named_before_is_that_pair(a: str, b: str, year: str) -> None:
    if a == b:
        return
    text = (
        f"{_NAMES[a]} and {_NAMES[b]}\n\n"
        f"{_NAMES[a]} and {_NAMES[b]} opened embassies in each other's capitals. "
        f"In {year} both states signed an agreement on visas.\n"
    )
    assert _ids(text, "both states") == {a, b}


def test_the_short_visiting_delegation_word_is_the_visitor() -> None:
    text = (
        "斯洛伐克國會議長訪臺\n\n"
        "斯洛伐克國會議長率團於5月3日抵臺，展開為期五天的訪問。"
        "5月4日，行政院長接見訪團，雙方就經貿合作交換意見。\n"
    )
    assert _ids(text, "訪團") == {"SK"}


def test_the_short_word_for_a_delegation_abroad_is_the_visiting_state() -> None:
    # the host is the state the visit names as its place; the visitor the other of the two
    text = "臺灣與巴拉圭\n\n臺灣外交部長率團於8月14日抵達巴拉圭，出席新任總統就職典禮。巴拉圭總統當晚設宴款待訪團。\n"
    assert _ids(text, "訪團") == {"TW"}


def test_the_short_word_with_no_visit_named_is_nobody() -> None:
    # trap: no visit names a host, so the word is read as no one's (never a default pair)
    text = "臺灣與巴拉圭\n\n臺灣與巴拉圭的國會交流頻繁，訪團成員多為議員與企業代表。\n"
    assert not _ids(text, "訪團")
