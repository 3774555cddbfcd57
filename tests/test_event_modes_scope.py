"""Modes that reach beyond the predicate's own segment, and a bare day told again (prec65, issue 14 items 2 and 4):
a Chinese 未 after 也/亦 or before a verb of sending or passing, hearsay leading a sentence, an English conditional
with its auxiliary first, a Japanese adverbial segment whose predicate (and mode) follows it, an English future
modal before the date it governs, and a bare day with the very number of the day told last. Sentences written for
these tests, about other states and in other words than the corpus documents that prompted the rules."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.dates import Anchor
from allyscope.dates.anchoring import _same_number_again
from allyscope.events import extract_events
from allyscope.events_domain import led_by_hearsay, patterns, planned_before_the_date, through_adverbial_segment
from allyscope.scripts import fold
from tests.helpers import event_mode_of, event_modes

_modes = event_modes
_mode_of = event_mode_of


def test_a_chinese_also_not_or_not_sent_denies_the_act() -> None:
    body = "题名\n\n一、正文\n\n2017年3月，智利国会也未通过与秘鲁的引渡条约。\n"
    assert _mode_of(body, "2017-03") == "negated"
    body = "題名\n\n一、正文\n\n2021年6月，阿根廷海軍未派艦艇參加與烏拉圭的聯合演習。\n"
    assert _mode_of(body, "2021-06") == "negated"
    body = "题名\n\n一、正文\n\n2019年9月，秘鲁与智利的外长亦未签署任何新的合作文件。\n"
    assert _mode_of(body, "2019-09") == "negated"


def test_a_still_not_of_another_clause_leaves_the_act_asserted() -> None:
    # `仍未解决` denies a state told after the act, not the signing
    body = "题名\n\n一、正文\n\n2005年8月，智利与秘鲁签署防务合作协定，两国的海界争端至今仍未解决。\n"
    assert _mode_of(body, "2005-08") == "asserted"


def test_hearsay_leading_a_sentence_tells_no_act_but_a_report_does() -> None:
    body = "题名\n\n一、正文\n\n据传，巴西与阿根廷曾于2015年秘密签署了一份核合作备忘录。\n"
    assert _mode_of(body, "2015") == "hypothetical"
    body = "題名\n\n一、正文\n\n據傳，巴西與阿根廷曾於2015年秘密簽署了一份核合作備忘錄。\n"
    assert _mode_of(body, "2015") == "hypothetical"
    body = "题名\n\n一、正文\n\n据报道，巴西与阿根廷于2015年签署了一份核合作备忘录。\n"
    assert _mode_of(body, "2015") == "asserted"


def test_an_english_conditional_with_its_auxiliary_first_is_hypothetical() -> None:
    body = (
        "Title\n\n1. Body\n\nHad the naval treaty between Chile and Peru been ratified in 2012, the patrols would"
        " have begun far sooner.\n"
    )
    assert _mode_of(body, "2012") == "hypothetical"
    body = "Title\n\n1. Body\n\nIn 2012 Chile had signed a naval treaty with Peru, and patrols began.\n"
    assert _mode_of(body, "2012") == "asserted"


def test_a_japanese_adverbial_segment_reads_its_mode_in_the_next() -> None:
    body = "題名\n\n一、本文\n\n2019年5月の国際会議でも、チリの国防相はペルーの国防相との会談に応じなかった。\n"
    assert _mode_of(body, "2019-05") == "negated"
    body = "題名\n\n一、本文\n\n2019年5月の国際会議では、チリとペルーの国防相が会談した。\n"
    assert _mode_of(body, "2019-05") == "asserted"


def test_an_english_future_modal_governs_the_date_after_it() -> None:
    body = (
        "Chile and Peru\n\nLIMA, 3 March 2022 — Chile and Peru signed a patrol arrangement on Monday. The next"
        " round of staff talks between Chile and Peru will be held in Lima later this year.\n"
    )
    modes = _modes(body)
    assert ("2022", "planned") in modes and ("2022-02-28", "asserted") in modes
    # a modal whose verb comes before the date's own clause (`that … sold in March 2012`) governs another act
    body = "Title\n\n1. Body\n\nPeru signed a deal that will keep the frigates that Chile sold to it in March 2012.\n"
    assert _mode_of(body, "2012-03") == "asserted"


def test_planned_before_the_date_reads_the_dates_own_segment() -> None:
    data = patterns()
    sentence = fold("The next round of talks will be held in Lima later this year.")
    assert planned_before_the_date(data, sentence, sentence.index("later"))
    sentence = fold("The talks will go on, and Chile signed an accord in 2019.")
    assert not planned_before_the_date(data, sentence, sentence.index("2019"))
    sentence = fold("The jets will replace those that Peru bought in 2012.")
    assert not planned_before_the_date(data, sentence, sentence.index("2012"))


def test_a_bare_day_with_the_number_told_last_is_a_day_of_the_documents_month() -> None:
    body = (
        "チリ外相会見記録\n（令和3年3月16日）\n\n記者：協定の状況は。\n外相：協定は2015年10月14日に署名されたもので"
        "す。私は14日にペルー外相と電話会談を行いました。\n"
    )
    assert _mode_of(body, "2021-03-14") == "asserted"
    body = "題名\n\n一、本文\n\nチリとペルーの協定は2015年10月14日に署名され、20日に発効した。\n"
    assert "2015-10-20" in dict(_modes(body))


@given(
    st.integers(1990, 2030), st.integers(1, 12), st.integers(1, 28), st.integers(1990, 2030), st.integers(1, 12),
    st.integers(1, 28), st.integers(1, 28),
)  # fmt: skip
def test_same_number_again_moves_only_a_repeated_day_of_another_month(
    y: int, m: int, d: int, dy: int, dm: int, dd: int, day: int
) -> None:
    last, document = Anchor(y, m, d), Anchor(dy, dm, dd)
    anchor, basis = _same_number_again(last, "previous-date", day, document)
    if day == d and (y, m) != (dy, dm):
        assert (anchor, basis) == (document, "document-date")
    else:
        assert (anchor, basis) == (last, "previous-date")
    assert _same_number_again(last, "document-date", day, document) == (last, "document-date")
    assert _same_number_again(last, "previous-date", day, None) == (last, "previous-date")


@given(st.text(alphabet="智利秘鲁签署协定会谈年月日的与和在了。", min_size=0, max_size=30))
def test_hearsay_is_a_lead_only(rest: str) -> None:
    data = patterns()
    assert led_by_hearsay(data, fold("据传，" + rest))
    assert led_by_hearsay(data, fold("问：据传，" + rest))
    assert not led_by_hearsay(data, fold(rest))
    assert not led_by_hearsay(data, fold("据报道，" + rest))


@given(st.text(alphabet="チリペルー会議談合でもはにが、。のと", min_size=0, max_size=40), st.data())
def test_an_adverbial_segment_only_ever_grows_within_the_clause(clause: str, draw: st.DataObject) -> None:
    data = patterns()
    a = draw.draw(st.integers(0, len(clause)))
    b = draw.draw(st.integers(a, len(clause)))
    end = through_adverbial_segment(data, clause, a, b)
    assert b <= end <= max(b, len(clause))
    if not clause[a:b].rstrip().endswith(tuple(data["mode_scope"]["adverbial_endings_ja"])):
        assert end == b


def test_a_word_of_then_followed_by_the_clauses_own_date_dates_nothing() -> None:
    body = "題名\n\n一、本文\n\n智利於2019年5月宣布退出該機制。秘魯隨即於同年8月10日召回駐智利大使。\n"
    events = [(e.date, e.evidence.text) for e in extract_events(parse_text(body), "t")]
    assert [d for d, text in events if text.startswith("秘魯")] == ["2019-08-10"], events
    # with no date of its own, `随即` still takes the day told before it
    body = "题名\n\n一、正文\n\n智利于2019年5月8日宣布退出该机制。秘鲁随即召回驻智利大使。\n"
    events = [(e.date, e.evidence.text) for e in extract_events(parse_text(body), "t")]
    assert [d for d, text in events if text.startswith("秘鲁")] == ["2019-05-08"], events


def _dated(text: str) -> list[str]:
    return [e.date for e in extract_events(parse_text(text), "t")]


def test_a_date_in_the_title_block_dates_no_event() -> None:
    body = (
        "Chile and Peru\n\nLima Institute Policy Paper No. 12 | Andean Programme | March 2021\n\n"
        "Chile and Peru signed a patrol pact in 2019.\n"
    )
    assert _dated(body) == ["2019"]
    body = (
        "ペルー外相会見記録\n\n令和3年3月16日（火曜日）午後4時\n\n記者：チリとの協定は。\n"
        "外相：チリとは2019年に協定に署名しました。\n"
    )
    assert "2021-03-16" not in _dated(body) and "2019" in _dated(body)
    # a chronology whose first entry ends a sentence is no title block: its entries date their acts
    body = "Chile–Peru relations\n\n3 May 1999 – Chile and Peru sign an accord.\n\n4 May 2004 – Peru ratifies it.\n"
    assert "1999-05-03" in _dated(body)


@given(st.lists(st.text(alphabet="ab 12.。,年", max_size=12), min_size=1, max_size=7))
def test_the_title_block_is_short_and_holds_no_sentence(pieces: list[str]) -> None:
    from allyscope.dates.stage import in_the_head

    if in_the_head(pieces):
        assert len(pieces) <= 4 and not any("。" in piece for piece in pieces)
    if len(pieces) > 4:
        assert not in_the_head(pieces)


def test_a_sentence_ending_in_a_possessive_or_a_short_word_ends_the_title_block() -> None:
    from allyscope.dates.stage import in_the_head

    assert not in_the_head(["By the wire staff", "HANOI - The two signed pacts whose claims overlap with Peru's."])
    assert not in_the_head(["LIMA - Chile and Peru met on Monday, a year ago."])
    assert in_the_head(["Lima Institute Paper No. 12, U.S. edition, 2024"])
    assert in_the_head(["Friday, May 10, 2024, 4:00 p.m."])


def test_a_day_picked_out_of_a_range_told_last_stays_in_it() -> None:
    body = "題名\n\n2024年3月\n\n2023年7月11日至12日，智利與秘魯外長在利馬舉行會談，並於11日簽署協定。\n"
    assert "2023-07-11" in _dated(body)


def test_a_list_item_ends_the_title_block() -> None:
    """A bulleted line among the first regions is a chronology's entry, not a series or date line (lead, thirty-fourth
    session: a short page's first entry had become a date line)."""
    from allyscope.dates.stage import in_the_head

    assert in_the_head(["Peru and Ecuador", "Occasional Paper No. 7, 12 March 2021"])
    assert not in_the_head(["Peru and Ecuador", "Milestones", "• The presidents sign the accord — 26 October 1998"])
    assert not in_the_head(["ペルーとエクアドル", "・両国大統領が和平協定に署名 ― 1998年10月26日"])
