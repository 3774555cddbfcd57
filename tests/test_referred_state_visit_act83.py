"""A state referred back to (`該國`, `该国`) is not the state that a verb or governing word of its own sentence takes
after it (`該國外交大臣…曾訪華`, `该国总统…来华`): the visitor is not the host (issue 14, fifty-second session,
branch act83: `news_zht_china_bahrain_state_visit` E6 of dev, where the sentence before names the pair and `該國`
was left unread). A verb word before the referred state is read as before; where only the visited state is named
before, the reference is no longer read as the host. Sentences written for these tests, in other words than the
dev documents."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.entities import mark_entities


def _referred(text: str, word: str) -> set[str]:
    marked = mark_entities(parse_text(text))
    found = [m for m in marked.entities if m.alias == word]
    return set(found[-1].ids) if found else set()


def test_the_visitor_of_china_is_the_other_state_of_the_sentence_before() -> None:
    text = "新聞\n\n中國與科威特於1971年建交，兩國往來密切。該國首相2018年曾訪華，並與李克強總理會談。\n"
    assert _referred(text, "該國") == {"KW"}


def test_simplified_script_and_a_visit_written_with_come() -> None:
    text = "简讯\n\n中国与乍得于2006年恢复外交关系。该国外长次年1月来华访问。\n"
    assert _referred(text, "该国") == {"TD"}


def test_a_visit_word_before_the_reference_is_read_as_before() -> None:
    # trap: `訪華` stands before `該國`: it is no antecedent (incorporated), and excludes nothing
    text = "新聞\n\n印尼外長上月訪華。該國外交部隨後發表聲明。\n"
    assert _referred(text, "該國") == {"ID"}


def test_without_the_pair_before_nothing_new_is_read() -> None:
    # trap: only the visited state is named before: the reference is not the host (without the rule it was)
    text = "新聞\n\n中國外交部發表聲明。該國總理上月訪華。\n"
    assert "CN" not in _referred(text, "該國")


_HOSTS = st.sampled_from([("中國", "華"), ("日本", "日"), ("美國", "美"), ("俄羅斯", "俄"), ("韓國", "韓")])
_GUESTS = st.sampled_from([("巴林", "BH"), ("科威特", "KW"), ("智利", "CL"), ("秘魯", "PE"), ("斐濟", "FJ")])


@settings(max_examples=40, deadline=None)
@given(_HOSTS, _GUESTS, st.integers(1960, 2020), st.sampled_from(["外長", "總理", "總統"]))
def test_the_guest_of_a_visit_is_never_its_host(
    host: tuple[str, str], guest: tuple[str, str], year: int, office: str
) -> None:
    text = f"新聞\n\n{host[0]}與{guest[0]}於{year}年建交。該國{office}{year + 2}年曾訪{host[1]}。\n"
    assert _referred(text, "該國") == {guest[1]}
