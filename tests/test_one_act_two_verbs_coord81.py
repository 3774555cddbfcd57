"""Two verbs joined over one object are one act (issue 14, one act read twice; branch coord81).

The corpus README's convention "Two predicates joined in one clause": `签署并发表联合声明` is one signing of one
statement, and a ship's visit to a state with its call at that state's port (`訪問日本並停靠橫須賀港`) is one port
visit; but talks then a statement, a signing with an object of its own then a statement, or a visit then a gathering
attended are two acts. The extractor cut such clauses at the connector and read the signing (AGREE) and the issuing
(CONSULT) as two events; the cut is now kept only when the first verb has an object of its own
(`event_clauses.json` `one_act_two_verbs`, read by `event_clauses.one_act_across` where `events_domain` cuts a
clause). The tests are about other pairs (Vietnam and Indonesia, Thailand and Laos, Chile and Argentina, France and
Vietnam, India and the Philippines) and in other words than the dev documents that showed the shape."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.event_clauses import one_act_across, rules
from allyscope.scripts import fold


def _dates(body: str) -> list[str]:
    """The dates of every stated event of a short text with a title."""
    import allyscope

    return [e.date for e in allyscope.extract("双边关系\n\n" + body + "\n").events if e.mode == "asserted"]


def test_signed_and_issued_one_statement_in_simplified() -> None:
    assert _dates("2022年3月8日，越南与印度尼西亚两国外长签署并发表关于海洋合作的联合声明。") == ["2022-03-08"]


def test_signed_and_issued_then_a_witnessing_in_traditional() -> None:
    # the statement (one act) and the witnessing of other documents (an act of its own): two, not three
    text = "2019年11月4日，泰國與寮國兩國總理簽署並發表聯合聲明，並共同見證多份合作文件的簽署。"
    assert _dates(text) == ["2019-11-04", "2019-11-04"]


def test_guard_signed_and_released_one_declaration_in_english() -> None:
    # read as one act before the rule too (the English clause was not cut there): kept as a guard
    text = "On 12 June 2021, the foreign ministers of Chile and Argentina signed and released a joint declaration."
    assert _dates(text) == ["2021-06-12"]


def test_guard_signed_and_exchanged_the_same_memorandum_in_japanese() -> None:
    # read as one act before the rule too: kept as a guard
    assert _dates("2020年2月5日、タイとラオスの両外相は覚書に署名し、これを交換した。") == ["2020-02-05"]


def test_a_ship_visit_and_its_port_call_in_traditional() -> None:
    assert _dates("2018年10月，法國海軍護衛艦「葡月號」訪問越南並停靠金蘭灣。") == ["2018-10"]


def test_a_ship_visit_and_its_port_call_in_japanese() -> None:
    assert _dates("2023年6月、インド海軍の駆逐艦がフィリピンを訪問し、マニラ港に寄港した。") == ["2023-06"]


def test_trap_a_signing_with_its_own_object_then_a_statement() -> None:
    text = "2022年3月8日，越南与印度尼西亚两国外长签署《渔业合作协定》，并发表联合声明。"
    assert _dates(text) == ["2022-03-08", "2022-03-08"]


def test_trap_an_agreement_signed_and_a_statement_issued_in_english() -> None:
    text = "On 12 June 2021, Chile and Argentina signed a fisheries agreement and issued a joint statement."
    assert _dates(text) == ["2021-06-12", "2021-06-12"]


def test_trap_talks_then_a_statement_stay_two() -> None:
    assert _dates("2022年3月8日，越南与印度尼西亚两国外长举行会谈并发表联合声明。") == ["2022-03-08", "2022-03-08"]


def test_trap_a_visit_then_a_gathering_attended_stay_two() -> None:
    assert _dates("2023年9月，越南总理访问中国，并出席亚运会开幕式。") == ["2023-09", "2023-09"]


def test_trap_a_statement_of_its_own_in_japanese() -> None:
    text = "2020年2月5日、タイとラオスの両外相は協定に署名し、共同声明を発表した。"
    assert _dates(text) == ["2020-02-05", "2020-02-05"]


_DATA = rules()["one_act_two_verbs"]
_FIRST = [w for w in _DATA["first_verbs"] if not w.isascii()]
_SECOND = [w for w in _DATA["second_verbs"] if not w.isascii()]
_PLAIN = st.text(alphabet="甲乙丙丁戊己庚辛壬癸天地人和年月日国家", max_size=12)


@settings(max_examples=60, deadline=None)
@given(
    before=_PLAIN,
    first=st.sampled_from(_FIRST),
    second=st.sampled_from(_SECOND),
    connector=st.sampled_from(["并", "並", "，并", "・"]),
    after=_PLAIN,
)
def test_every_bare_first_verb_shares_the_second_verbs_object(
    before: str, first: str, second: str, connector: str, after: str
) -> None:
    # whatever stands before the first verb and after the second, the two verbs are one act
    assert one_act_across(fold(before + first), fold(connector + second + after))


@settings(max_examples=60, deadline=None)
@given(
    before=_PLAIN,
    first=st.sampled_from(_FIRST),
    second=st.sampled_from(_SECOND),
    thing=st.sampled_from(["《协定》", "协定", "覚書を", "议定书"]),
    after=_PLAIN,
)
def test_a_first_verb_with_an_object_of_its_own_keeps_the_cut(
    before: str, first: str, second: str, thing: str, after: str
) -> None:
    assert not one_act_across(fold(before + first + thing), fold("，并" + second + after))


@settings(max_examples=60, deadline=None)
@given(before=_PLAIN, after=_PLAIN)
def test_text_spelling_none_of_the_words_is_no_one_act(before: str, after: str) -> None:
    assert not one_act_across(fold(before), fold("并" + after))


def test_the_data_is_folded_words() -> None:
    # every list is a non-empty list of distinct strings (the code folds them as it folds the text)
    for key in ("first_verbs", "connectors", "fillers", "second_verbs", "visit_words", "port_call_words"):
        words = _DATA[key]
        assert words and all(isinstance(w, str) and w for w in words) and len(set(words)) == len(words), key
