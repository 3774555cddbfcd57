"""Acts that were only supposed, guessed at or expected (prec68, issue 14 items 3 and 4): an English modal of the
past not taken (`could have been concluded`, `might have met`), an expectation with its object before the act
(`analysts expected the commission to sign …`), and CJK conditions (`仮に…ば`, `万一`, `假使`, a Chinese
`一旦…，…将`). Sentences written for these tests, about other states (Chile, Peru, Argentina, Mongolia, Kenya,
Norway) and in other words than the corpus documents that prompted the rules."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.events_domain import patterns
from allyscope.scripts import fold
from tests.helpers import event_modes

DONE = "asserted"


def _modes_of(body: str, date: str) -> list[str]:
    return [mode for d, mode in event_modes(body) if d == date]


def test_a_modal_of_the_past_not_taken_tells_no_act() -> None:
    body = (
        "Title\n\n1. Body\n\nHad the Lima talks gone ahead, a border accord between Chile and Peru could have been"
        " concluded in 2001.\n"
    )
    assert DONE not in _modes_of(body, "2001")
    body = "Title\n\n1. Body\n\nWith time, the envoys of Kenya and Norway might have met in Nairobi in March 2004.\n"
    assert DONE not in _modes_of(body, "2004-03")


def test_a_done_act_beside_a_modal_stays_done() -> None:
    body = "Title\n\n1. Body\n\nOfficials said Chile and Peru had signed the accord in Lima in 2001.\n"
    assert _modes_of(body, "2001") == [DONE]
    body = "Title\n\n1. Body\n\nThe envoys of Kenya and Norway met in Nairobi in March 2004.\n"
    assert _modes_of(body, "2004-03") == [DONE]


def test_an_expectation_with_its_object_tells_the_act_expected() -> None:
    body = (
        "Title\n\n1. Body\n\nAt the time few analysts expected the Argentina–Chile commission to sign a fisheries"
        " accord in June 2012.\n"
    )
    assert DONE not in _modes_of(body, "2012-06")


def test_an_expected_act_that_took_place_stays_done() -> None:
    body = "Title\n\n1. Body\n\nThe long-expected visit of Argentina's president to Santiago took place in June 2012.\n"
    assert _modes_of(body, "2012-06") == [DONE]
    body = "Title\n\n1. Body\n\nAs expected, Argentina and Chile signed the fisheries accord in June 2012.\n"
    assert _modes_of(body, "2012-06") == [DONE]


def test_cjk_conditions_tell_no_act() -> None:
    body = "題名\n\n一、本文\n\n仮にチリとペルーが2015年に漁業協定を結んでいれば、紛争は避けられたとの見方もある。\n"
    assert DONE not in _modes_of(body, "2015")
    body = "题名\n\n一、正文\n\n假使智利与秘鲁于2015年签署渔业协定，争端本可避免。\n"
    assert DONE not in _modes_of(body, "2015")
    body = "題名\n\n一、正文\n\n萬一談判破裂，蒙古與阿根廷外長將於2026年3月再度會晤。\n"
    assert DONE not in _modes_of(body, "2026-03")
    body = "题名\n\n一、正文\n\n有观点认为，一旦肯尼亚与挪威在2027年完成谈判，两国将签署新的海事协定。\n"
    assert DONE not in _modes_of(body, "2027")


def test_japanese_ichitan_alone_is_no_condition() -> None:
    body = "題名\n\n一、本文\n\nペルーの外相は2015年3月に一旦帰国した後、再びチリを訪問した。\n"
    assert DONE in _modes_of(body, "2015-03")


_PARTICIPLES = st.sampled_from(["signed", "met", "held", "concluded", "begun", "chosen", "given", "sent"])
_MODALS = st.sampled_from(["might", "could", "may", "should"])


@settings(max_examples=40)
@given(_MODALS, st.booleans(), _PARTICIPLES)
def test_property_a_past_modal_not_taken_is_never_possible_or_done(modal: str, been: bool, verb: str) -> None:
    sentence = f"the two sides {modal} have {'been ' if been else ''}{verb} it"
    data = patterns()
    hits = [rule["mode"] for rule in data["modes"] if rule["regex"].search(sentence)]
    assert "hypothetical" in hits
    assert "possible" not in hits


@settings(max_examples=40)
@given(st.sampled_from(["the", "an", "a", "its", "their", "his", "her"]), st.text(alphabet="abcdefgh ", max_size=20))
def test_property_expected_after_a_determiner_is_an_adjective(determiner: str, filler: str) -> None:
    sentence = fold(f"{determiner} expected visit {filler.strip()} to lima took place")
    data = patterns()
    rule = next(r for r in data["modes"] if "anticipated" in r["pattern"])
    assert rule["regex"].search(sentence) is None


def test_a_question_put_to_its_addressee_by_title_asks_from_the_start() -> None:
    body = (
        "Briefing\n\nQUESTION: Foreign Minister, which accord did Kenya and Norway sign in Nairobi on 4 March 2019,"
        " and when does it take effect?\n\nMINISTER: The fisheries accord.\n"
    )
    assert DONE not in _modes_of(body, "2019-03-04")


def test_a_statement_after_a_name_and_a_relative_pronoun_still_states() -> None:
    from allyscope.event_clauses import asks_from_the_start

    assert not asks_from_the_start(
        fold("Q: President Boric, who met the Peruvian envoy on 3 May, said the talks went well.")
    )
    assert not asks_from_the_start(fold("Q: The minister, what did he sign?"))


_TITLES = st.sampled_from(["minister", "prime minister", "mr. president", "secretary", "general", "ambassador"])
_OPENERS = st.sampled_from(["what", "how", "did", "will", "when", "which"])


@settings(max_examples=40)
@given(_TITLES, _OPENERS, st.text(alphabet="abcdefgh 0123456789", max_size=40), st.booleans())
def test_property_an_addressed_question_asks_only_when_it_ends_in_a_question_mark(
    title: str, opener: str, rest: str, mark: bool
) -> None:
    from allyscope.event_clauses import asks_from_the_start

    sentence = fold(f"Q: {title}, {opener} {rest}{'?' if mark else '.'}")
    assert asks_from_the_start(sentence) is mark


def _actors_of(body: str) -> set[str]:
    from allyscope import parse_text
    from allyscope.events import extract_events

    return {str(getattr(a, "id", a)) for e in extract_events(parse_text(body), "t") for a in e.actors}


def test_a_place_whose_characters_hold_two_short_forms_names_no_state() -> None:
    """`俄亥俄` (Ohio), `荷台达` (Hodeidah), `法罗群岛` (the Faroes) hold the short forms 俄, 荷, 台, 法: as words
    of the gazetteer's blocked list they name no state (states.json `blocked`)."""
    for place in ("俄亥俄州", "荷台达港", "荷台達港", "法罗群岛"):
        body = f"题名\n\n一、正文\n\n2022年3月4日，秘鲁与智利两国外长在{place}举行会谈。\n"
        actors = _actors_of(body)
        assert {"PE", "CL"} <= actors, (place, actors)
        assert not actors & {"RU", "NL", "TW", "FR", "RO"}, (place, actors)


def test_an_agreement_after_a_recalled_act_is_not_dated_by_it() -> None:
    """What the speakers agree after recalling or welcoming a dated act is their own act, not that date's
    (`recalled_acts`): Chinese and English recall before the date, Japanese after it."""
    body = "题名\n\n一、正文\n\n双方欢迎秘鲁于2019年5月加入太平洋联盟防务论坛，并同意在海上搜救领域加强合作。\n"
    assert len(_modes_of(body, "2019-05")) == 1
    body = (
        "Title\n\n1. Body\n\nThe ministers welcomed the first round of the Kenya–Norway maritime dialogue, held in"
        " Mombasa in March, and agreed to meet again next year.\n"
    )
    dated = [d for d, _ in event_modes("2021年5月6日\n\n" + body)]
    assert dated.count("2021-03") <= 1
    body = "題名\n\n一、本文\n\n両首脳は、2018年4月に署名された防衛覚書の下で、沿岸警備の協力を進めることで一致した。\n"
    assert len(_modes_of(body, "2018-04")) == 1


def test_a_recalled_act_told_with_another_recalled_act_keeps_both() -> None:
    body = (
        "Title\n\n1. Body\n\nThe leaders recalled that Chile's president visited Lima in March 2017 and signed a"
        " fisheries accord there.\n"
    )
    assert len(_modes_of(body, "2017-03")) == 2


@settings(max_examples=40)
@given(
    st.sampled_from(["并同意", "並期待", "and agreed", "，并决定", "、ことで一致した"]),
    st.text(alphabet=" 甲乙丙丁，", max_size=20),
)
def test_property_a_speakers_own_next_piece_is_read_at_its_opening(opener: str, rest: str) -> None:
    from allyscope.event_clauses import speakers_own_next

    assert speakers_own_next(fold(opener + rest))
    assert not speakers_own_next(fold("signed " + rest))
