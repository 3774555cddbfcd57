"""Modes decided per clause and by the document's own date, and the scorer counting only stated happenings;
sentences written for these tests."""

from __future__ import annotations

from allyscope import parse_text
from allyscope.dates import Anchor
from allyscope.evaluate import score_events, stated_events
from allyscope.events import after_document_date, extract_events


def _modes(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.mode) for e in extract_events(parse_text(text), "t")]


def test_what_a_text_dates_after_its_own_date_is_planned() -> None:
    text = (
        "Chile and Peru plan joint patrols\n\nLIMA, March 3, 2022 — Chile and Peru signed a patrol arrangement"
        " on Monday. Their navies hold a first joint patrol in June 2023, officials said.\n"
    )
    modes = dict(_modes(text))
    assert modes["2023-06"] == "planned" and modes["2022-02-28"] == "asserted"


def test_a_chronology_whose_first_entry_was_taken_for_its_date_keeps_its_entries_asserted() -> None:
    lines = "\n\n".join(f"{day} May {year} – Chile and Peru sign accord number {n}." for n, (day, year) in
                        enumerate([(3, 1999), (4, 2004), (5, 2009), (6, 2014)]))  # fmt: skip
    modes = _modes("Chile–Peru relations\n\nChronology\n\n" + lines + "\n")
    assert modes and all(mode == "asserted" for _, mode in modes)


def test_after_document_date_compares_at_the_precision_both_have() -> None:
    written = Anchor(2023, 11, 20)
    assert after_document_date("2024", written) and after_document_date("2023-12", written)
    assert not after_document_date("2023", written) and not after_document_date("2023-11", written)
    assert not after_document_date("2024", None) and not after_document_date("199X", written)


def test_a_modal_after_the_verb_belongs_to_what_was_announced() -> None:
    body = "Title\n\n1. Body\n\nOn 4 May 2018 Chile announced that its navy would buy two frigates.\n"
    assert _modes(body) == [("2018-05-04", "asserted")]
    body = "Title\n\n1. Body\n\nIf the talks succeed, Chile would buy two frigates in 2030.\n"
    assert _modes(body) == [("2030", "hypothetical")]
    # `declared` is a verb of saying like `announced`: the declaring is done
    body = "Title\n\n1. Body\n\nOn 9 June 2019 Peru declared that it would no longer take part in the talks.\n"
    assert _modes(body) == [("2019-06-09", "asserted")]


def test_a_japanese_negative_inside_a_relative_clause_negates_nothing() -> None:
    body = "題名\n\n一、本文\n\n2018年5月、チリ政府は旗国を明らかにしない船舶の寄港を拒否した。\n"
    assert [mode for _, mode in _modes(body)] == ["asserted"]


def test_the_scorer_counts_only_stated_happenings() -> None:
    def event(mode: str) -> dict[str, object]:
        evidence = {"text": "Chile signed the accord.", "footnotes": []}
        return {"date": "2018", "mode": mode, "evidence": evidence, "actors": [], "domain": "context"}

    events = [event("asserted"), event("planned"), event("negated")]
    assert [e["mode"] for e in stated_events(events)] == ["asserted"]
    gold = [{"id": "E1", "date": "2018", "evidence": "Chile signed", "actors": [], "domain": "context"}]
    scores = score_events(events, gold, {"footnotes": []})
    assert scores["precision"] == 1.0 and scores["recall"] == 1.0


def test_an_expected_act_is_planned_and_a_polite_question_states_nothing() -> None:
    body = "Title\n\n1. Body\n\nIn 2031 the two navies expect to hold a first joint patrol.\n"
    assert _modes(body) == [("2031", "planned")]
    assert _modes("題名\n\n一、本文\n\n問：2019年5月の日智首脳会談について伺います。\n") == []
    # a request to tell (お聞かせください, 教えてください) asks too
    assert _modes("題名\n\n一、本文\n\n問：2019年5月に行われた日智共同訓練の意義をお聞かせください。\n") == []


def test_a_contrast_opens_an_act_of_its_own() -> None:
    body = "題名\n\n一、本文\n\n両国は2015年4月に協定に署名する予定であったが、チリ側が署名の直前に延期を申し入れた。\n"
    assert sorted(mode for _, mode in _modes(body)) == ["asserted", "planned"]


def test_negations_of_each_language_leave_the_act_unstated() -> None:
    """Chinese 没有/尚未/未 before its verb, Japanese polite negatives, English `no` before the object: a negated
    act is no event (sentences written for this test)."""
    for sentence in (
        "2021年5月4日，智利与秘鲁没有签署新的协定。",
        "2021年5月4日，智利未向秘鲁发出邀请。",
        "2021年5月4日、チリとペルーは新たな協定には署名していません。",
        "On 4 May 2021 no new exercise was discussed by Chile and Peru.",
    ):
        modes = _modes("Title\n\n" + sentence + "\n")
        assert modes and all(mode == "negated" for _, mode in modes), (sentence, modes)
    assert dict(_modes("Title\n\n2021年5月4日，智利与秘鲁签署新的协定。\n"))["2021-05-04"] == "asserted"


def test_a_modal_of_what_was_reported_governs_a_date_inside_the_report_only() -> None:
    text = (
        "Chile and Peru\n\nChile and Peru signed a patrol accord in May 2019. The foreign minister told reporters in"
        " June 2019 that the accord would help both navies. Officials said the accord would take effect, probably"
        " in March 2020.\n"
    )
    modes = dict(_modes(text))
    assert modes["2019-05"] == "asserted"
    assert modes["2019-06"] == "asserted"  # the telling is done; `would` belongs to what was told
    assert modes["2020-03"] != "asserted"  # the date stands inside the report, whose `would` decides


def test_an_expected_act_is_planned_in_chinese() -> None:
    modes = _modes("智利与秘鲁\n\n一、正文\n\n两国海军预计于2031年起举行联合巡逻。兩國海軍預計於2032年舉行聯合演習。\n")
    assert modes and all(mode == "planned" for _, mode in modes)
