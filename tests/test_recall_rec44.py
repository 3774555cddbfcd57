"""Second acts of one sentence that the extractor folded into the first (issue 14, recall; branch rec44).

Each test names a pattern of the language, in sentences written for it (Chile, Peru, Ghana, Senegal, Uruguay and
Paraguay, not the pairs of the dev documents that showed the miss): a host greeting an arrival at the airport
after a comma (`，…在机场迎接`); talks held with the person of the clause before (`，…同她举行会谈`), right after
(`，随即与…会谈`) or at a place of their own (`，在…同…会谈`); an English clause of time or of what was done during
the act before (`, when X visited …`, `, during which he held talks …`); the sides named together after `and`
(`, and the two leaders witnessed …`); and the exchange of memoranda, a signing told without `signed`."""

from __future__ import annotations

from pathlib import Path

from helpers import stated_events
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.event_segments import coordinated_cuts

_events = stated_events


def _count(events: list[tuple[str, str, str]], words: str, date: str) -> int:
    return sum(1 for d, _, sentence in events if words in sentence and d == date)


def test_a_host_greeting_the_arrival_at_the_airport_is_an_act_of_its_own(tmp_path: Path) -> None:
    text = (
        "智利外交部新闻公报\n\n2024年5月6日，秘鲁总统抵达圣地亚哥，对智利进行国事访问，智利总统在机场迎接。\n\n"
        "次日，两国元首举行会谈。\n"
    )
    assert _count(_events(tmp_path, text), "在机场迎接", "2024-05-06") == 2
    # a welcome without the airport is no second act here: the visit's own wording
    quiet = text.replace("，智利总统在机场迎接", "")
    assert _count(_events(tmp_path, quiet), "进行国事访问", "2024-05-06") == 1


def test_talks_with_the_person_of_the_clause_before_are_a_second_meeting(tmp_path: Path) -> None:
    text = (
        "加納外交部新聞稿\n\n2023年9月12日，塞內加爾總統訪問阿克拉期間，加納總統會見了塞內加爾總統，"
        "加納副總統同他舉行會談。\n"
    )
    assert _count(_events(tmp_path, text), "同他舉行會談", "2023-09-12") >= 2


def test_talks_right_after_an_arrival_or_at_a_place_of_their_own(tmp_path: Path) -> None:
    text = (
        "烏拉圭外交部新聞稿\n\n2022年3月，巴拉圭外長訪問烏拉圭，在科洛尼亞同烏拉圭外長舉行會談。\n\n"
        "2022年8月4日，烏拉圭總統出席在亞松森舉行的論壇，隨即與巴拉圭總統舉行會談。\n"
    )
    events = _events(tmp_path, text)
    assert _count(events, "在科洛尼亞同烏拉圭外長舉行會談", "2022-03") == 2
    assert _count(events, "隨即與巴拉圭總統舉行會談", "2022-08-04") == 2


def test_a_clause_of_time_with_its_own_subject_and_verb_is_an_act(tmp_path: Path) -> None:
    text = (
        "SANTIAGO, 3 June 2024 — The signing of a fisheries accord in April 2019, when Peru's president visited "
        "Santiago and the two countries raised their ties to a strategic partnership, opened a new phase.\n"
    )
    events = _events(tmp_path, text)
    assert _count(events, "Peru's president visited Santiago", "2019-04") == 3


def test_talks_during_a_visit_told_in_a_relative_clause(tmp_path: Path) -> None:
    text = (
        "ACCRA, 10 October 2024 — The two governments recalled the visit to Dakar of Ghana's president on "
        "2 and 3 May 2023, during which he held talks with the Senegalese president on the coast guards.\n"
    )
    events = _events(tmp_path, text)
    assert _count(events, "during which he held talks", "2023-05-02/2023-05-03") == 2


def test_the_sides_named_together_after_and_witness_an_exchange_of_memoranda(tmp_path: Path) -> None:
    text = (
        "LIMA, 15 March 2024 — Chile's president held talks with the Peruvian president at the Government Palace "
        "on Thursday, and the two leaders witnessed the exchange of four memoranda on border crossings.\n"
    )
    events = _events(tmp_path, text)
    assert _count(events, "witnessed the exchange of four memoranda", "2024-03-14") == 2
    assert any(t == "AGREE" for d, t, s in events if "exchange of four memoranda" in s)


def test_exchanged_views_is_no_signing(tmp_path: Path) -> None:
    text = (
        "LIMA, 15 March 2024 — Chile's foreign minister met the Peruvian foreign minister on Thursday and "
        "exchanged views on border crossings.\n"
    )
    assert all(t != "AGREE" for _, t, _ in _events(tmp_path, text))


_WORDS = st.sampled_from(["the minister", "officials", "Chile", "the envoy", "their navies", "a delegation"])


@settings(max_examples=60, deadline=None)
@given(subject=_WORDS, tail=st.sampled_from(["arrived", "spoke", "was", "is expected", "will visit"]))
def test_a_comma_and_when_cuts_only_before_a_subject_and_a_verb_of_an_act_in_the_past(subject: str, tail: str) -> None:
    sentence = f"The talks began in May, when {subject} {tail} in Lima."
    cut = sentence.index(", when")
    past = tail in {"arrived", "spoke"}  # `was in Lima` is a state, no act
    assert (cut in coordinated_cuts(sentence, 0, len(sentence))) == past


def test_a_done_act_a_text_names_while_naming_itself_is_that_acts_event(tmp_path: Path) -> None:
    text = (
        "チリ・ペルー関係の研究\n\n"
        "要旨　本稿は、2019年4月にチリとペルーが締結した漁業協定を手がかりに、両国の海上協力を考察する。\n\n"
        "本稿は、2010年代以降の両国の海上協力を考察する。\n"
    )
    events = _events(tmp_path, text)
    assert _count(events, "締結した漁業協定", "2019-04") == 1
    assert not [d for d, _, s in events if "2010年代以降" in s]  # the span the text covers, no act


def test_a_chinese_text_naming_itself_keeps_the_date_of_the_act_it_names(tmp_path: Path) -> None:
    text = (
        "加纳与塞内加尔关系研究\n\n本文以2021年3月签署的加塞海上安全协定为例，考察两国的合作。\n\n"
        "本文考察2015年以来两国合作的演变。\n"
    )
    events = _events(tmp_path, text)
    assert _count(events, "签署的加塞海上安全协定", "2021-03") == 1
    assert not [d for d, _, s in events if "2015年以来" in s]


def test_an_act_the_text_names_must_modify_a_noun(tmp_path: Path) -> None:
    # `…に署名したが、` closes a clause of its own, and a date with no act after it is the span covered
    text = "ウルグアイ・パラグアイ関係\n\n本稿は、両国が2022年に協定に署名したが、その後の経緯を検討する。\n"
    assert not _events(tmp_path, text)

