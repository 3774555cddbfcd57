"""An agreement told in the talks' own sentence is an act of its own (issue 14, recall; branch rec86).

The fifty-fourth session's lead restated the corpus README's conv77 (3) for every language: an agreement of the two
sides told in the sentence of their talks, meeting or call is an act dated with them, and dev's Chinese golds that
read `…举行会谈，双方(一致)同意…` as one act were mended with this branch. The extractor already cut the sides named
as a new subject (`，双方同意…`) and a bare agreement verb after the meeting's word (`会谈，同意…`); three Chinese
shapes it read as one act (dev's documents of several sessions):

-  a consensus reached on a matter (`…会晤，就…达成重要共识`, `双方就边境管控达成六点共识`,
  `雙方就六點停火方案達成一致`): `达成…共识` was no type cue (`presser_zhs_china_france_week`,
  `presser_zhs_china_kuwait_crown_prince_asian_games`, `press_zhs_china_india_special_representatives`,
  `press_zhs_china_afghanistan_pakistan`, `encyclo_zht_georgia_russia_2008`); it joins the AGREE 030 entry of
  event_patterns.json;
-  a speaker's own talks told in the first person (`今天我與…舉行會談，我們同意…`, `presser_zht_poland_uk_warsaw`):
  no cut before `我們` (event_clauses.json `agreement_in_talks`, read by event_segments);
-  an agreement only to meet or consult again (`双方同意保持高层交往`, `同意就…问题继续磋商`) was cut as an act,
  where it is a plan of further talks (the lead's trap `talks that agree to meet again`;
  `brief_zhs_japan_china_dialogue`, this branch's Scholz page): `intent_agreed_in_talks` 'again'.

The tests are about other pairs and in other words. Traps that stay one act: a statement of intent (`双方表示将…`),
talks and the views exchanged at them (`会谈并交换意见`, `…交换意见，达成广泛共识`), an agreement to meet again, a
consensus named as a noun's modifier (`落实…达成的共识`), a consensus not reached (`未能就…达成共识`), a third
party's agreement reported in a sentence of its own, a first person with no agreement (`我们认为…`)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.event_clauses import rules, tells_an_intent_agreed
from allyscope.event_segments import coordinated_cuts
from allyscope.scripts import fold


def _asserted(body: str) -> list[tuple[str, str]]:
    """(date, CAMEO code) of every event stated as done in a short text with a title."""
    import allyscope

    doc = allyscope.extract("双边关系\n\n" + body + "\n")
    return [(e.date, e.cameo) for e in doc.events if e.mode == "asserted"]


# --- a consensus reached on a matter ------------------------------------------------------------------------------


def test_a_meeting_and_a_consensus_reached_on_a_matter_are_two_acts() -> None:
    text = "2021年9月16日，两国外长在河内举行会谈，就加强湄公河流域水资源合作达成重要共识。"
    assert _asserted(text) == [("2021-09-16", "043"), ("2021-09-16", "030")]


def test_the_sides_reaching_a_counted_consensus_after_talks_are_two_acts() -> None:
    text = "2019年3月4日，兩國國防部長在雅加達舉行會談，雙方就海上聯合巡邏達成三點共識。"
    assert [c for _, c in _asserted(text)] == ["043", "030"]


def test_a_meeting_and_an_accord_reached_on_a_plan_are_two_acts() -> None:
    text = "2016年5月9日，两国总理在首都举行会谈，双方就铁路建设方案达成一致。"
    assert len(_asserted(text)) == 2


def test_views_exchanged_and_a_broad_consensus_with_no_matter_stay_the_talks() -> None:
    text = "2018年6月2日，两国元首在人民大会堂举行会谈，就双边关系深入交换意见，达成广泛共识。"
    assert _asserted(text) == [("2018-06-02", "043")]


def test_a_consensus_named_as_a_nouns_modifier_is_no_second_act() -> None:
    text = "2019年4月25日，两国总理在北京会谈时达成的重要共识正在落实。"
    assert len(_asserted(text)) <= 1
    assert all(c != "030" for _, c in _asserted(text))


def test_a_consensus_not_reached_is_no_agreement() -> None:
    text = "2017年6月，该集团全会在伯尔尼举行，未能就新成员的加入达成共识。"
    assert all(c != "030" for _, c in _asserted(text))


# --- a speaker's own talks in the first person ------------------------------------------------------------------


def test_a_speakers_talks_and_what_we_agreed_are_two_acts() -> None:
    text = "答：2022年3月8日，我與荷蘭首相在海牙舉行會談，我們同意擴大兩國在半導體領域的合作。"
    assert [c for _, c in _asserted(text)] == ["043", "030"]


def test_a_first_person_view_after_talks_is_no_second_act() -> None:
    text = "答：2022年3月8日，我与荷兰首相在海牙举行会谈，我们认为双边关系发展良好。"
    assert [c for _, c in _asserted(text)] == ["043"]


# --- an agreement only to meet or consult again ----------------------------------------------------------------


def test_talks_that_agree_to_keep_up_high_level_exchanges_stay_one_act() -> None:
    text = "2019年10月8日，两国外长在罗马举行会谈，双方同意保持高层交往。"
    assert _asserted(text) == [("2019-10-08", "043")]


def test_a_meeting_that_agrees_to_go_on_consulting_on_an_issue_stays_one_act() -> None:
    text = "2023年7月13日，兩國外長在雅加達會見，雙方同意就漁業問題繼續磋商。"
    assert _asserted(text) == [("2023-07-13", "043")]


def test_an_agreement_on_a_matter_after_talks_stays_an_act() -> None:
    # not a further meeting: what the sides will do together
    text = "2019年10月8日，两国外长在罗马举行会谈，双方同意加强打击跨国犯罪合作。"
    assert [c for _, c in _asserted(text)] == ["043", "030"]


# --- traps that stay one act -----------------------------------------------------------------------------------


def test_a_statement_of_intent_after_talks_stays_with_the_talks() -> None:
    text = "2020年1月15日，两国外长在开罗举行会谈，双方表示将继续深化反恐合作。"
    assert _asserted(text) == [("2020-01-15", "043")]


def test_talks_and_views_exchanged_are_one_act() -> None:
    text = "2020年1月15日，两国外长在开罗举行会谈并交换意见。"
    assert _asserted(text) == [("2020-01-15", "043")]


# --- the cut and the pattern, read from data -------------------------------------------------------------------


def test_the_cut_is_read_from_the_clause_data() -> None:
    spec = rules()["agreement_in_talks"]
    assert set(spec) >= {"about", "after", "speakers", "verbs", "consensus"}
    assert all(len(w) == 2 for w in spec["after"])  # each a lookbehind of one width
    for speaker in spec["speakers"]:
        sentence = f"两国总理举行会谈，{speaker}同意扩大合作"
        assert coordinated_cuts(sentence, 0, len(sentence)) == [sentence.index("，")]


def test_the_cut_fails_without_the_meeting_word_before_it() -> None:
    sentence = "我们发表了声明，我们同意扩大合作"
    assert coordinated_cuts(sentence, 0, len(sentence)) == []


_MATTER = st.text(alphabet="合作海上安全经济贸易能源技术边境管控问题", min_size=1, max_size=30)
_MEASURE = st.sampled_from(["", "重要", "三点", "多项", "了"])
_MEETING = st.sampled_from(["会谈", "會談", "会晤", "會晤", "峰会"])


@settings(max_examples=60, deadline=None)
@given(meeting=_MEETING, matter=_MATTER, measure=_MEASURE)
def test_any_consensus_on_a_matter_after_a_meeting_word_is_cut(meeting: str, matter: str, measure: str) -> None:
    sentence = f"两国领导人在首都举行{meeting}，就{matter}达成{measure}共识。"
    cuts = coordinated_cuts(sentence, 0, len(sentence))
    assert cuts == [sentence.index("，")]


@settings(max_examples=60, deadline=None)
@given(meeting=_MEETING, matter=_MATTER)
def test_a_consensus_modifying_a_noun_is_never_cut(meeting: str, matter: str) -> None:
    sentence = f"双方将落实{meeting}，就{matter}达成的共识。"
    assert coordinated_cuts(sentence, 0, len(sentence)) == []


_AGAIN = st.sampled_from(rules()["intent_agreed_in_talks"]["again"])
_SUBJECT = st.sampled_from(["", "双方", "雙方", "两国"])


@settings(max_examples=60, deadline=None)
@given(subject=_SUBJECT, again=_AGAIN, filler=st.text(alphabet="明年在北京就该问题", max_size=8))
def test_an_agreement_only_to_meet_again_is_what_the_talks_came_to(subject: str, again: str, filler: str) -> None:
    sentence = fold(f"两国外长举行会谈，{subject}同意{filler}{again}")
    start = sentence.index("，")
    assert tells_an_intent_agreed(sentence, start, len(sentence))


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet="，。会谈就达成共识我们同意双方的广泛交换意见", max_size=40))
def test_cuts_stay_inside_the_sentence_and_follow_a_comma(text: str) -> None:
    for cut in coordinated_cuts(text, 0, len(text)):
        assert 0 < cut < len(text)
        assert re.match(r"[，；;并並,、 ]", text[cut]) or text[cut - 1] == "て"
