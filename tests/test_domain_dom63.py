"""Cue classes complete across languages (thirty-second session, dom63; issue 14 item 5). The cue lists of
`domain_cues` were written while reading dev, so a concept often had a cue in the languages dev happened to phrase
it in and none in the others: `医疗队` and `medical teams` but no Japanese medical aid team, `新冠` and `コロナ` but
no `COVID-19`, `驱逐舰` but not the Japanese `駆逐艦` (which folding does not make Simplified), `port calls` but not
a ship that `called at the port`, `escorted ships` but not `护航`, `cyber…` and `サイバー` but not `网络空间`. Each
concept now has its cue in English, Chinese (one form: folding makes the Traditional one Simplified, and a
Traditional cue is kept beside it for readers) and Japanese (shinjitai forms where they differ, `駆`, `対`).

Sentences written for these tests, in other words than any corpus document, about pairs and places the corpus does
not pair. Each asserts the cue of the class (its rank and domain) and, where the clause has nothing else to weigh,
the domain the cues alone give. `benchmarks/eval_domain.py --classes` prints per class and language what the
classes decide on dev.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allyscope.events_domain import clause_domain_cues, patterns, rule_domain
from allyscope.scripts import fold

PD, INS, ME = "political-dialogue", "institutional", "military-exercise"
NTS = "non-traditional-security"
CYBER, EXERCISE, TOPIC, OPERATION, ACT, HEAD, FORCE, DIALOGUE_ACT = (
    (1, NTS),
    (2, ME),
    (3, NTS),
    (4, ME),
    (4, INS),
    (5, INS),
    (5, ME),
    (6, PD),
)
DIALOGUE = (5, PD)


def _cues(text: str) -> set[tuple[int, str]]:
    return {(rank, domain) for rank, _, domain in clause_domain_cues(fold(text))}


def _domain(text: str) -> str:
    return rule_domain(patterns(), fold(text))[0]


@pytest.mark.parametrize(
    ("text", "cue", "domain"),
    [
        # security topics: peacekeeping work in Japanese, a pandemic, an epidemic named, infectious disease
        ("国際平和協力法に基づく輸送部隊が2月に現地入りした", TOPIC, NTS),
        ("The frigate carried COVID-19 test kits to Suva on 3 May", TOPIC, NTS),
        ("Two navy ships took coronavirus supplies to Port Vila", TOPIC, NTS),
        ("The air force flew Ebola protective equipment to Accra on 9 October", TOPIC, NTS),
        ("中方医务人员抵达弗里敦，支援当地抗击埃博拉", TOPIC, NTS),
        ("自衛隊機がエボラ対策の防護服をガーナに輸送した", TOPIC, NTS),
        ("两国卫生部门联合开展传染病防控", TOPIC, NTS),
        ("兩國衛生部門聯合開展傳染病防控", TOPIC, NTS),
        ("感染症対策の専門家チームを派遣した", TOPIC, NTS),
        ("A team of infectious disease specialists reached Lima on Sunday", TOPIC, NTS),
        # disinformation and hybrid threats, in the forms the lists lacked
        ("海巡部隊與對方合作打擊假訊息", TOPIC, NTS),
        ("ディスインフォメーション対策で両国の部隊が連携した", TOPIC, NTS),
        ("ハイブリッド脅威に対処する部隊を派遣した", TOPIC, NTS),
        # relief work and medical teams in Japanese, a field hospital in three languages, a kidnapping
        ("輸送艦が救援活動のため現地に到着した", TOPIC, NTS),
        ("両国の部隊が救難活動を続けた", TOPIC, NTS),
        ("医療援助隊がダッカに到着した", TOPIC, NTS),
        ("医療支援チームが現地で診察を始めた", TOPIC, NTS),
        ("The army set up a field hospital in Pokhara on 2 May", TOPIC, NTS),
        ("两国军队在当地开设野战医院", TOPIC, NTS),
        ("陸上自衛隊が野外病院を開設した", TOPIC, NTS),
        ("両国の艦艇が誘拐を防ぐため合同パトロールを行った", TOPIC, NTS),
        # port calls told by a verb, a berth, flying together
        ("The corvette called at the port of Callao on 2 March", EXERCISE, ME),
        ("The corvette docked in Mombasa on Friday", EXERCISE, ME),
        ("護衛艦がスービック湾に接岸した", EXERCISE, ME),
        ("两艘舰艇靠泊吉布提港", EXERCISE, ME),
        ("两国空军轰炸机在东海上空联合飞行", EXERCISE, ME),
        ("両国の戦闘機が共同飛行を実施した", EXERCISE, ME),
        # operations: escorts in Chinese and Japanese, a joint operation in English
        ("两国海军舰艇为商船护航", OPERATION, ME),
        ("海自の艦艇が商船の護衛任務を開始した", OPERATION, ME),
        ("The two navies began a joint operation in the strait on 2 June", OPERATION, ME),
        # forces in the forms the lists lacked
        ("駆逐艦がマニラに到着した", FORCE, ME),
        ("空母がコロンボに到着した", FORCE, ME),
        ("同国は兵力の撤退を完了した", FORCE, ME),
        ("陸軍が首都郊外に駐屯した", FORCE, ME),
        ("兵士約200人が到着した", FORCE, ME),
        ("Italy garrisoned the town in May", FORCE, ME),
        ("该国在吉布提驻军", FORCE, ME),
        ("两国军机在东海上空对峙", FORCE, ME),
        ("Military aircraft landed in Suva on Tuesday", FORCE, ME),
        ("登陸艦抵達蘇比克灣", FORCE, ME),
        ("揚陸艦が到着した", FORCE, ME),
        ("An amphibious assault ship arrived in Darwin on 4 July", FORCE, ME),
        # cyber told by its Chinese compounds
        ("两国就网络空间问题举行对话", CYBER, NTS),
        ("雙方網路戰部隊舉行聯合演練", CYBER, NTS),
        # acts on an arrangement or on equipment in Japanese
        ("同国は条約から離脱した", ACT, INS),
        ("両国は防衛協力協定を更新した", ACT, INS),
        ("防衛駐在官事務所が開所した", ACT, INS),
        ("哨戒艇2隻を納入した", ACT, INS),
        ("国会は同協定を承認した", ACT, INS),
        ("査察団が核施設を査察した", ACT, INS),
        ("同国の観測衛星をロケットで打ち上げた", ACT, INS),
        # talk: a call, a reception, a chair, a protest, sympathy, a conversation, a briefing
        ("The president phoned his counterpart in Nairobi on Monday", DIALOGUE_ACT, PD),
        ("両外相は電話で意見を交わした", DIALOGUE_ACT, PD),
        ("总统接见了来访的外长", DIALOGUE_ACT, PD),
        ("The defence minister received the Chilean delegation on 4 May", DIALOGUE_ACT, PD),
        ("The foreign minister chaired the joint commission on 3 May", DIALOGUE_ACT, PD),
        ("外相が閣僚会合の議長を務めた", DIALOGUE_ACT, PD),
        ("外长主持了两国外交部间的磋商", DIALOGUE_ACT, PD),
        ("防衛省が日米豪の会合を主催した", DIALOGUE_ACT, PD),
        ("Manila protested the water-cannon attack on 5 August", DIALOGUE_ACT, PD),
        ("The king sent condolences to the people of Nepal", DIALOGUE_ACT, PD),
        ("首相は大統領にお見舞いを伝えた", DIALOGUE_ACT, PD),
        ("主席向对方致电慰问", DIALOGUE_ACT, PD),
        ("大使が外務次官と懇談した", DIALOGUE_ACT, PD),
        ("两国元首在午宴上交谈", DIALOGUE_ACT, PD),
        ("Officials briefed the embassy on the plan on Tuesday", DIALOGUE_ACT, PD),
        ("外務省は相手国政府に経緯を説明した", DIALOGUE_ACT, PD),
        ("大使館が先方に経緯をご説明いたしました", DIALOGUE_ACT, PD),
        # heads of objects: instruments and dialogues in Japanese, a plan of action in English
        ("両国は防衛交流プログラムに合意した", HEAD, None),
        ("両国は海上連絡メカニズムの運用を始めた", HEAD, None),
        ("新たなガイドラインをまとめた", HEAD, INS),
        ("The ministers endorsed an action plan on maritime safety", HEAD, None),
        ("首相はサミットに臨んだ", DIALOGUE, PD),
        ("大臣が大学で講演した", DIALOGUE, PD),
        ("大使がスピーチを行った", DIALOGUE, PD),
    ],
)
def test_each_concept_has_its_cue_in_every_language(text: str, cue: tuple[int, str], domain: str | None) -> None:
    assert cue in _cues(text), text
    if domain is not None:
        assert _domain(text) == domain, text


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # a Chinese `纳入` (to include) is no Japanese delivery (`納入` folds to it)
        ("该队后来纳入多国部队", ME),
        # a word of joint operations that names a centre is no operation
        ("The joint operations centre opened in Doha on 2 March", INS),
        # a hospital ship docking is relief, not a port call (the call yields to the topic)
        ("The hospital ship docked at Dili on 2 June", NTS),
        # a Japanese `承認` of a position is no act on an arrangement unless an instrument or act is its object
        ("同国の立場を尊重した", PD),
    ],
)
def test_the_new_cues_leave_their_neighbours_alone(text: str, domain: str) -> None:
    assert _domain(text) == domain, text


def test_every_class_has_cues_in_latin_and_cjk_script() -> None:
    """Each class of `domain_cues` holds English cues and Chinese or Japanese ones (the completeness this module's
    concepts check one by one)."""
    for cue_class in patterns()["domain_cues"]["classes"]:
        pattern = cue_class["pattern"]
        assert re.search(r"\\b[a-z]", pattern), cue_class["class"]
        assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", pattern), cue_class["class"]


_FILLER = st.text(alphabet="abc xyz,的了", max_size=20)


@given(before=_FILLER, after=_FILLER)
def test_traditional_and_simplified_forms_find_the_same_cues(before: str, after: str) -> None:
    """The Chinese cues added here in both scripts are found alike in either: folding makes the text Simplified."""
    for simplified, traditional in (("野战医院", "野戰醫院"), ("传染病", "傳染病"), ("护航", "護航"), ("驻军", "駐軍"),
                                    ("登陆舰", "登陸艦"), ("网络空间", "網路空間"), ("接见", "接見")):  # fmt: skip
        assert _cues(before + simplified + after) == _cues(before + traditional + after)


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # forces moved for a topic of the codebook's rule 9, the topic told in another stretch of the clause
        ("For disaster relief, the navy deployed two frigates to Suva on 3 March", NTS),
        ("平和維持活動のため、自衛隊の輸送部隊がゴラン高原に派遣された", NTS),
        ("印度海军两艘舰艇抵达科伦坡，运送救灾物资", NTS),
        ("PKOのため、施設部隊がジュバに到着した", NTS),
        # no topic: forces moved are rule 11; a drill keeps its own class whatever it trains for
        ("The navy deployed two frigates to Suva on 3 March", ME),
        ("印度海军两艘舰艇抵达科伦坡，举行救灾演练", ME),
    ],
)
def test_forces_moved_for_a_security_topic_take_the_topic(text: str, domain: str) -> None:
    assert _domain(text) == domain, text


def test_a_latin_acronym_glued_to_kana_is_found() -> None:
    """`PKO` in Japanese text stands between kana (`のPKOのため`), where `\\b` finds no word boundary."""
    assert TOPIC in _cues("国連のPKOに参加した")
    assert TOPIC not in _cues("The spokesman said nothing")
