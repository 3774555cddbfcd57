"""Domains that transfer to security topics dev held little of (issue 14, branch dom39).

The blind-first documents of this branch (sanctions on a state, boundary treaties, chemical-weapons verification,
a frigate chosen abroad, a joint statement on counter-terrorism, fisheries enforcement treaties) missed their
domain in three classes of sentence: an instrument whose *name* carries a security topic (`a joint statement on
combating terrorism`) was coded by the topic, where the codebook codes a text the sides adopt or sign together as
institutional; verification and inspection under an instrument had no cue (an inspectors' arrival read as a visit);
and one side's word on the other side's act (`said the suspension would …`, `今回の選定を歓迎`) was no reaction the
rules knew, so the event fell to `context`. These tests hold the rules that followed, on sentences written for them
in other words, in each language the rule speaks of; and the limits: a topic that is the act's own field (a rescue
team sent), a topic after a clause break, and cyber (ranked above every act) keep their domain."""

from __future__ import annotations

import pytest

from allyscope.events_domain import classify_domain, one_side_on_its_arrangement, patterns, rule_domain
from allyscope.scripts import fold


def _domain(sentence: str) -> str:
    folded = fold(sentence)
    return classify_domain(patterns(), folded, [], folded, 0)


# -- a security topic in the name of an instrument the sides adopt or sign ------------------------------------------

NAMED_INSTRUMENTS = [
    ("en", "The foreign ministers signed a memorandum on countering terrorist financing in Lima."),
    ("en", "Both governments adopted a joint declaration against piracy in the Gulf of Guinea."),
    ("en", "The two navies concluded a disaster relief cooperation arrangement last spring."),
    ("en", "They issued a joint communiqué on peacekeeping cooperation and capacity building."),
    ("ja", "両国は海賊対処に関する協力覚書に署名した。"),
    ("ja", "両首脳は平和維持活動に関する共同声明を発出した。"),
    ("zh-Hans", "两国内政部长签署了打击恐怖主义合作谅解备忘录。"),
    ("zh-Hans", "双方签订关于人道主义援助的协定。"),
    ("zh-Hant", "兩國國防部長簽署了聯合國維和合作協定。"),
    ("zh-Hant", "雙方簽訂反恐情報交流議定書。"),
]


@pytest.mark.parametrize(("language", "sentence"), NAMED_INSTRUMENTS)
def test_a_topic_in_an_instruments_name_leaves_the_signing_institutional(language: str, sentence: str) -> None:
    assert _domain(sentence) == "institutional", (language, sentence)
    ruled, clear = rule_domain(patterns(), fold(sentence))
    assert (ruled, clear) == ("institutional", True), (language, sentence)


OWN_FIELD = [
    # the topic is what was done or sent, not what a text is about; or it stands apart from the instrument's name
    ("en", "The air force sent a rescue team to the flooded coast under the memorandum."),
    ("en", "The frigates escorted ships against pirates under the agreement."),
    ("ja", "政府は協定に基づき国際緊急援助隊を派遣した。"),
    ("zh-Hans", "该国派遣维和部队并签署了部署协定。"),
    ("zh-Hant", "兩國依據協定派出救援隊前往災區。"),
]


@pytest.mark.parametrize(("language", "sentence"), OWN_FIELD)
def test_a_topic_that_is_the_acts_own_field_still_decides(language: str, sentence: str) -> None:
    assert _domain(sentence) == "non-traditional-security", (language, sentence)


def test_cyber_stays_above_every_act() -> None:
    """Cyber defence is non-traditional security whatever the act (the codebook's rank 1: joining a cyber centre),
    so an instrument on it keeps that domain."""
    assert _domain("The two sides signed an agreement on cyber defence cooperation.") == "non-traditional-security"
    assert _domain("両国はサイバー防衛協力に関する覚書に署名した。") == "non-traditional-security"


# -- verification and inspection under an instrument ------------------------------------------------------------------

VERIFICATION = [
    ("en", "The agency's inspectors arrived at the enrichment plant on Tuesday."),
    ("en", "Monitors verified that the declared stockpile had been destroyed."),
    ("ja", "査察官の一行は同日、再処理施設に到着した。"),
    ("ja", "機関は申告された施設の廃棄を検証した。"),
    ("zh-Hans", "核查人员上周抵达该国的储存设施。"),
    ("zh-Hans", "该组织核实了申报设施已全部拆除。"),
    ("zh-Hant", "首批視察員昨日抵達申報的儲存設施。"),
]


@pytest.mark.parametrize(("language", "sentence"), VERIFICATION)
def test_verification_and_inspection_act_on_the_instrument(language: str, sentence: str) -> None:
    assert _domain(sentence) == "institutional", (language, sentence)


def test_a_visit_or_a_talk_without_inspection_stays_dialogue() -> None:
    assert _domain("The envoy arrived in the capital on Tuesday for talks.") == "political-dialogue"
    assert _domain("代表团上周抵达该国首都进行会谈。") == "political-dialogue"


def test_a_convention_is_an_instrument() -> None:
    assert _domain("该国加入了《生物武器公约》。") == "institutional"
    assert _domain("The convention entered into force for the new member in May.") == "institutional"


# -- one side's word on the other side's act ---------------------------------------------------------------------------


def test_one_sides_word_on_the_other_sides_act_is_the_pairs() -> None:
    """What one side says of an act referred back to (`said the ban …`, `今回の選定を歓迎`, `对这一举措表示欢迎`)
    is the pair's, with a verb of saying as with one of welcoming; a saying about no act referred back to, or a
    third party's word, is not."""
    data = patterns()
    sides = [frozenset({"CL"}), frozenset({"PE"})]
    assert one_side_on_its_arrangement(
        data, fold("The Chilean minister said the ban would hurt fishermen"), {"CL"}, sides
    )
    assert one_side_on_its_arrangement(data, fold("Santiago said the selection was a fair one"), {"CL"}, sides)
    assert one_side_on_its_arrangement(data, fold("チリ国防相は今回の選定を歓迎する旨を表明した"), {"CL"}, sides)
    assert one_side_on_its_arrangement(data, fold("智利政府对这一举措表示欢迎"), {"CL"}, sides)
    assert not one_side_on_its_arrangement(data, fold("Santiago said the weather was fine"), {"CL"}, sides)
    assert not one_side_on_its_arrangement(data, fold("Tokyo said the suspension was regrettable"), {"JP"}, sides)


def test_a_body_joined_for_a_topic_is_the_acts_own_field() -> None:
    """A mechanism, centre or group whose work is the topic is joined for that topic: the codebook's own example of
    a topic that decides (a disaster-relief group); only a text's name leaves the act on the instrument deciding."""
    assert _domain("该国宣布加入联合国维和待命机制。") == "non-traditional-security"
    assert _domain("The navy joined the regional counter-piracy mechanism in March.") == "non-traditional-security"


# -- a body or force named back takes the topic it was named with -----------------------------------------------------


def test_a_referent_takes_the_topic_of_the_text_before() -> None:
    """`該中心`, `该部队`, `the mission` name back a body or force the text before named with its topic: the topic
    counts as a cue at the referent's place (`events_domain.referred_topic`), so joining the centre is joining a
    cyber centre and the force's withdrawal is a peacekeeping force's; with no topic before, nothing is added."""
    from allyscope.events_domain import referred_topic

    data = patterns()
    before = fold("兩國於2019年共同成立網絡防禦中心，")
    assert referred_topic(data, fold("次年正式加入該中心"), before) == [(6, "cyber")]
    before = fold("インドは同年、国連平和維持部隊を派遣したが、")
    assert referred_topic(data, fold("1990年3月に撤収を終えた"), before, fold("部隊は")) == [(0, "security-topic")]
    before = fold("In 2011 the navy sent ships against pirates off the Horn of Africa.")
    assert referred_topic(data, fold("It ended the mission in 2016"), before) == [(9, "security-topic")]
    assert referred_topic(data, fold("次年正式加入該中心"), fold("兩國於2019年共同成立研究中心，")) == []
    assert referred_topic(data, fold("次年正式加入北约"), before) == []
    folded = fold("次年正式加入該中心")
    named = referred_topic(data, folded, fold("兩國於2019年共同成立網絡防禦中心，"))
    assert classify_domain(data, folded, named, folded, 0) == "non-traditional-security"
    assert classify_domain(data, folded, [], folded, 0) == "institutional"


def test_a_subject_before_a_chinese_date_is_read_for_an_act_on_an_arrangement() -> None:
    """`公约于同年10月14日对叙利亚生效`: the clause starts at its date, its subject (the convention) before it; the
    date's span alone tells no act on an arrangement, read with the subject (as the events stage now reads a Chinese
    or Japanese clause naming one side only) it does."""
    data, sides = patterns(), [frozenset({"X"}), frozenset({"Y"})]
    span = fold("于同年10月14日对甲国生效")
    assert not one_side_on_its_arrangement(data, span, {"X"}, sides)
    assert one_side_on_its_arrangement(data, fold("公约") + span, {"X"}, sides)
    assert one_side_on_its_arrangement(data, fold("協定は") + fold("翌年4月に発効した"), {"X"}, sides)
