"""Generated event documents along three more axes, gold by construction (issue 14; twenty-fifth session, gen50).

Why: gen48's documents (`tests/event_generator.py`) name both sides in the act's own sentence and code four acts, and
they are solved; the blind sets fail elsewhere. On matched events with an actor wrong, the missing side is mostly
named in the paragraph or earlier in the document, not in the event's sentence; on events with the actors right,
the domain is confused between the codebook's classes (institutional read as political-dialogue, anything read as
`context`). So three axes, each in en, ja, zh (Simplified) and zh_Hant, each in a `tuned` and a `held_out` half
written with other verbs and frames (not only other states); the held-out half is reported, never tuned on:

- `carried`: documents of a title and four to six sentences; the title and the lead name the pair, the later
  sentences name one side or none (`the two sides`, `両国`, `双方`, `雙方`, `the visiting minister`, `该国`, a
  capital, a delegation, a ship) and carry their own date (full, without the year, or `the next day`/`翌日`/`次日`);
  one sentence is an act with no word of time (an agreement to cooperate: no event, the codebook's kind (c)). Gold
  actors of every event are the pair, by construction.
- `domains`: one act per sentence, both sides by name, for each rule of the codebook's decision procedure
  (tests/corpora/events/README.md, `domain`): an instrument made (1), negotiations opened (2), relations acted on
  (3), equipment handed over (4), a measure (5), an announcement of the pair's act (6), talk (7), cyber (8), a team
  or mission for a security topic (9), an exercise (10), forces moved (11), a third party's act (12, `context`), one
  side's own affair (13, `context`, that side alone), one side acting on the pair's arrangement or on the other side
  (14: a ratification, a reaction; not `context`, that side alone as actor). The codebook has five domains (no
  `defence-industry`: equipment is rule 4's `institutional`).
- `titled`: people whose names no data can know (made up from syllables of the script, drawn per document) with a
  title and their state (`President X of A`, `Aの X 大統領`, `A总统X`); gold actor = the state.

The sentences are this module's own; no corpus document's wording was copied.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from tests.event_generator import (
    _EN_MONTHS,
    HALVES,
    Generated,
    GeneratorError,
    _capitals,
    _sentence_start,
    _states_data,
    name_of,
    state_ids,
)

AXES = ("carried", "domains", "titled")
PD, INST, MIL, NTS, CTX = ("political-dialogue", "institutional", "military-exercise", "non-traditional-security",
                           "context")  # fmt: skip


# --- dates ----------------------------------------------------------------------------------------------------


def write_date(lang: str, style: str, year: int, month: int, day: int) -> str:
    """A date as the language writes it: `full` (with the year) or `md` (the year taken from the sentence before)."""
    if lang == "en":
        return f"{day} {_EN_MONTHS[month - 1]} {year}" if style == "full" else f"{day} {_EN_MONTHS[month - 1]}"
    if style == "full":
        return f"{year}年{month}月{day}日"
    return f"{month}月{day}日"


# --- the carried axis: scripts of a title and several sentences -------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One sentence of a script: `domain` None for a sentence that states no event; `offset` the event's day after
    the lead's; `style` `full`/`md` for a date written as `{D}`, `rel` when the sentence dates itself by words
    (`The next day`, `翌日`) relative to the event before."""

    text: str
    domain: str | None = None
    offset: int = 0
    style: str = "md"


@dataclass(frozen=True)
class Script:
    half: str
    lang: str
    name: str
    title: str
    lines: tuple[Line, ...]


def _l(text: str, domain: str | None = None, offset: int = 0, style: str = "md") -> Line:
    return Line(text, domain, offset, style)


SCRIPTS: tuple[Script, ...] = (
    # --- tuned: a foreign minister's visit, and a naval exercise ---
    Script("tuned", "en", "minister_visit", "{An} and {Bn} foreign ministers meet", (
        _l("The foreign ministers of {An} and {Bn} held talks in {capB} on {D}.", PD, 0, "full"),
        _l("The two sides agreed to deepen cooperation in fisheries and maritime safety."),
        _l("On {D}, the two sides signed a memorandum on coast guard cooperation.", INST, 1),
        _l("The next day, the visiting minister toured a naval shipyard outside {capB}.", PD, 2, "rel"),
        _l("On {D}, {capB} handed over two patrol boats to the delegation.", INST, 4),
    )),
    Script("tuned", "en", "naval_exercise", "{Adj} and {Bdj} navies train together", (
        _l("{An} and {Bn} began their first joint naval exercise on {D}.", MIL, 0, "full"),
        _l("On {D}, both navies practised boarding a suspect vessel.", MIL, 2),
        _l("The defence minister of {Bn} observed the drills on {D}.", MIL, 3),
        _l("Officials from both countries described the exercise as a success."),
        _l("On {D}, the two governments issued a joint statement on maritime security.", INST, 5),
    )),
    Script("tuned", "ja", "minister_visit", "{An}・{Bn}外相会談", (
        _l("{An}と{Bn}の外相は{D}、{capB}で会談した。", PD, 0, "full"),
        _l("両外相は漁業と海上安全の分野で協力を深めることで一致した。"),
        _l("{D}、双方は沿岸警備協力に関する覚書に署名した。", INST, 1),
        _l("翌日、訪問中の外相は{capB}郊外の造船所を視察した。", PD, 2, "rel"),
        _l("{D}、{capB}は代表団に巡視艇2隻を引き渡した。", INST, 4),
    )),
    Script("tuned", "ja", "naval_exercise", "{An}と{Bn}の海軍が共同訓練", (
        _l("{An}と{Bn}は{D}、初の海軍共同訓練を開始した。", MIL, 0, "full"),
        _l("{D}、両国海軍は不審船への立入検査を訓練した。", MIL, 2),
        _l("{Bn}の国防相は{D}、訓練を視察した。", MIL, 3),
        _l("両国の当局者は訓練を成功と評価した。"),
        _l("{D}、両国政府は海洋安全保障に関する共同声明を発表した。", INST, 5),
    )),
    Script("tuned", "zh", "minister_visit", "{An}与{Bn}外长会谈", (
        _l("{D}，{An}外长在{capB}同{Bn}外长举行会谈。", PD, 0, "full"),
        _l("双方同意深化渔业和海上安全领域合作。"),
        _l("{D}，双方签署海警合作谅解备忘录。", INST, 1),
        _l("次日，这位来访的外长参观了{capB}郊外的一家造船厂。", PD, 2, "rel"),
        _l("{D}，{capB}向代表团移交了两艘巡逻艇。", INST, 4),
    )),
    Script("tuned", "zh", "naval_exercise", "{An}与{Bn}海军联合演习", (
        _l("{D}，{An}与{Bn}开始举行首次海上联合演习。", MIL, 0, "full"),
        _l("{D}，两国海军演练了登临检查可疑船只。", MIL, 2),
        _l("{Bn}国防部长于{D}观摩了演习。", MIL, 3),
        _l("两国官员认为此次演习取得成功。"),
        _l("{D}，两国政府发表关于海上安全的联合声明。", INST, 5),
    )),
    Script("tuned", "zh_Hant", "minister_visit", "{An}與{Bn}外長會談", (
        _l("{D}，{An}外長在{capB}同{Bn}外長舉行會談。", PD, 0, "full"),
        _l("雙方同意深化漁業和海上安全領域合作。"),
        _l("{D}，雙方簽署海巡合作諒解備忘錄。", INST, 1),
        _l("次日，這位來訪的外長參觀了{capB}郊外的一家造船廠。", PD, 2, "rel"),
        _l("{D}，{capB}向代表團移交了兩艘巡邏艇。", INST, 4),
    )),
    Script("tuned", "zh_Hant", "naval_exercise", "{An}與{Bn}海軍聯合演習", (
        _l("{D}，{An}與{Bn}開始舉行首次海上聯合演習。", MIL, 0, "full"),
        _l("{D}，兩國海軍演練了登臨檢查可疑船隻。", MIL, 2),
        _l("{Bn}國防部長於{D}觀摩了演習。", MIL, 3),
        _l("兩國官員認為此次演習取得成功。"),
        _l("{D}，兩國政府發表關於海上安全的聯合聲明。", INST, 5),
    )),
    Script("tuned", "en", "port_call", "{Adj} frigate visits {Bn}", (
        _l("The {Adj} frigate {Ship} arrived in {Bn} on {D} for a port call.", MIL, 0, "full"),
        _l("On {D}, the {Ship} and a patrol boat of the host navy held a communications drill.", MIL, 2),
        _l("Sailors from the ship played a football match against local cadets."),
    )),
    Script("tuned", "ja", "port_call", "{An}海軍フリゲートが{Bn}に寄港", (
        _l("{An}海軍のフリゲート「{Ship}」は{D}、寄港のため{Bn}に到着した。", MIL, 0, "full"),
        _l("{D}、「{Ship}」は受け入れ国海軍の哨戒艇と通信訓練を行った。", MIL, 2),
        _l("乗組員は地元の士官候補生とサッカーの試合を楽しんだ。"),
    )),
    Script("tuned", "zh", "port_call", "{An}护卫舰访问{Bn}", (
        _l("{D}，{An}海军“{Ship}”号护卫舰抵达{Bn}进行港口访问。", MIL, 0, "full"),
        _l("{D}，“{Ship}”号与东道国海军一艘巡逻艇举行通信演练。", MIL, 2),
        _l("舰员们还与当地军校学员进行了足球友谊赛。"),
    )),
    Script("tuned", "zh_Hant", "port_call", "{An}巡防艦訪問{Bn}", (
        _l("{D}，{An}海軍「{Ship}」號巡防艦抵達{Bn}進行港口訪問。", MIL, 0, "full"),
        _l("{D}，「{Ship}」號與東道國海軍一艘巡邏艇舉行通信演練。", MIL, 2),
        _l("艦上官兵還與當地軍校學員進行了足球友誼賽。"),
    )),
    # --- held-out: a defence minister's trip, and a relief mission (other verbs, frames and carriers) ---
    Script("held_out", "en", "defence_trip", "Defence ties between {An} and {Bn}", (
        _l("{An}'s defence minister arrived in {Bn} on {D} for a three-day visit.", PD, 0, "full"),
        _l("The visiting minister met his counterpart in {capB} on {D}.", PD, 1),
        _l("The same day, the two ministries adopted a plan for annual staff talks.", INST, 1, "rel"),
        _l("Officials said the talks had been frank and useful."),
        _l("On {D}, {capA} delivered two transport aircraft to its partner.", INST, 3),
    )),
    Script("held_out", "en", "relief", "{An} sends help to {Bn}", (
        _l("On {D}, {An} sent a medical team to {Bn} after floods hit the north of the country.", NTS, 0, "full"),
        _l("The team began treating patients near {capB} on {D}.", NTS, 2),
        _l("Both governments also agreed to share flood forecasts."),
        _l("On {D}, the two countries signed an agreement on disaster relief.", INST, 6),
    )),
    Script("held_out", "ja", "defence_trip", "{An}国防相が{Bn}を訪問", (
        _l("{An}の国防相は{D}、3日間の日程で{Bn}を訪れた。", PD, 0, "full"),
        _l("同国防相は{D}、{capB}で相手国の国防相と会談した。", PD, 1),
        _l("同日、両国防省は定期的な幕僚協議の計画を採択した。", INST, 1, "rel"),
        _l("関係者によれば、協議は率直なものだった。"),
        _l("{D}、{capA}は相手国に輸送機2機を引き渡した。", INST, 3),
    )),
    Script("held_out", "ja", "relief", "{An}、{Bn}に医療チーム", (
        _l("{An}は{D}、洪水に見舞われた{Bn}に医療チームを派遣した。", NTS, 0, "full"),
        _l("同チームは{D}、{capB}近郊で診療を始めた。", NTS, 2),
        _l("両国政府は洪水予測の情報を共有することでも一致した。"),
        _l("{D}、両国は災害救援に関する協定に署名した。", INST, 6),
    )),
    Script("held_out", "zh", "defence_trip", "{An}防长访问{Bn}", (
        _l("{An}国防部长于{D}抵达{Bn}，开始为期三天的访问。", PD, 0, "full"),
        _l("{D}，该部长在{capB}与东道国国防部长会晤。", PD, 1),
        _l("同日，两国国防部通过了年度参谋会谈计划。", INST, 1, "rel"),
        _l("据官员介绍，会谈坦诚务实。"),
        _l("{D}，{capA}向对方交付两架运输机。", INST, 3),
    )),
    Script("held_out", "zh", "relief", "{An}向{Bn}派遣医疗队", (
        _l("{D}，{An}向遭受洪灾的{Bn}派遣医疗队。", NTS, 0, "full"),
        _l("该医疗队于{D}在{capB}附近开始接诊。", NTS, 2),
        _l("两国政府还同意共享洪水预报信息。"),
        _l("{D}，两国签署救灾合作协定。", INST, 6),
    )),
    Script("held_out", "zh_Hant", "defence_trip", "{An}防長訪問{Bn}", (
        _l("{An}國防部長於{D}抵達{Bn}，展開為期三天的訪問。", PD, 0, "full"),
        _l("{D}，該部長在{capB}與東道國國防部長會晤。", PD, 1),
        _l("同日，兩國國防部通過了年度參謀會談計畫。", INST, 1, "rel"),
        _l("據官員表示，會談坦誠務實。"),
        _l("{D}，{capA}向對方交付兩架運輸機。", INST, 3),
    )),
    Script("held_out", "zh_Hant", "relief", "{An}向{Bn}派遣醫療隊", (
        _l("{D}，{An}向遭受水災的{Bn}派遣醫療隊。", NTS, 0, "full"),
        _l("該醫療隊於{D}在{capB}附近開始看診。", NTS, 2),
        _l("兩國政府還同意共享洪水預報資訊。"),
        _l("{D}，兩國簽署救災合作協定。", INST, 6),
    )),
)  # fmt: skip


HELD_SCRIPTS: tuple[Script, ...] = (
    Script("held_out", "en", "accord", "{An} and {Bn} sign security accord", (
        _l("{An} and {Bn} signed a security cooperation agreement on {D}.", INST, 0, "full"),
        _l("Analysts expect the accord to deepen ties."),
        _l("The agreement entered into force on {D}.", INST, 9),
        _l("On {D}, both countries held the first meeting of the joint committee the agreement set up.", PD, 14),
    )),
    Script("held_out", "ja", "accord", "{An}・{Bn}が安保協定", (
        _l("{An}と{Bn}は{D}、安全保障協力協定に署名した。", INST, 0, "full"),
        _l("専門家は協定が関係を深めるとみている。"),
        _l("同協定は{D}に発効した。", INST, 9),
        _l("{D}、両国は協定に基づく合同委員会の初会合を開いた。", PD, 14),
    )),
    Script("held_out", "zh", "accord", "{An}与{Bn}签署安全协定", (
        _l("{D}，{An}与{Bn}签署安全合作协定。", INST, 0, "full"),
        _l("分析人士认为，该协定将深化两国关系。"),
        _l("该协定于{D}生效。", INST, 9),
        _l("{D}，两国举行根据该协定设立的联合委员会首次会议。", PD, 14),
    )),
    Script("held_out", "zh_Hant", "accord", "{An}與{Bn}簽署安全協定", (
        _l("{D}，{An}與{Bn}簽署安全合作協定。", INST, 0, "full"),
        _l("分析人士認為，該協定將深化兩國關係。"),
        _l("該協定於{D}生效。", INST, 9),
        _l("{D}，兩國舉行依該協定設立的聯合委員會首次會議。", PD, 14),
    )),
)  # fmt: skip
SCRIPTS = SCRIPTS + HELD_SCRIPTS

# made-up ships' names per script (a ship carries its navy's side)
SHIPS = {
    "en": ("Kestrel", "Meridian", "Aurelia", "Tamsin"),
    "ja": ("ケストレル", "メリディアン", "アウレリア"),
    "zh": ("凯斯特尔", "梅里迪安", "奥雷利亚"),
    "zh_Hant": ("凱斯特爾", "梅里迪安", "奧雷利亞"),
}


# --- the domains axis: one act per sentence, a rule of the codebook each ---------------------------------------


@dataclass(frozen=True)
class Act:
    """One act coded by a rule of the codebook's decision procedure; `actors` `AB` (the pair), `A` (side A alone)
    or `C` (a third state)."""

    half: str
    lang: str
    rule: int
    domain: str
    text: str
    actors: str = "AB"


def _a(half: str, lang: str, rule: int, domain: str, text: str, actors: str = "AB") -> Act:
    return Act(half, lang, rule, domain, text, actors)


T, H = "tuned", "held_out"
ACTS: tuple[Act, ...] = (
    # --- tuned ---
    _a(T, "en", 1, INST, "On {D}, {An} and {Bn} signed an agreement on the protection of classified information."),
    _a(T, "en", 2, INST, "On {D}, {An} and {Bn} launched negotiations on a free trade agreement."),
    _a(T, "en", 3, INST, "{An} and {Bn} established diplomatic relations on {D}."),
    _a(T, "en", 4, INST, "On {D}, {An} handed over two patrol vessels to {Bn}."),
    _a(T, "en", 5, PD, "On {D}, {An} imposed sanctions on {Bn}."),
    _a(T, "en", 6, INST, "On {D}, {An} announced the transfer of three coastal radars to {Bn}."),
    _a(T, "en", 7, PD, "On {D}, {An} lodged a protest with {Bn} over the detention of its fishermen."),
    _a(T, "en", 8, NTS, "On {D}, {An} and {Bn} signed a memorandum on cyber defence."),
    _a(T, "en", 9, NTS, "On {D}, {An} dispatched a rescue team to {Bn} after the floods."),
    _a(T, "en", 10, MIL, "On {D}, the armies of {An} and {Bn} held a disaster-relief drill."),
    _a(T, "en", 11, MIL, "On {D}, a destroyer of {An} made a port call in {Bn}."),
    _a(T, "en", 12, CTX, "On {D}, {Cn} conducted a nuclear test.", "C"),
    _a(T, "en", 13, CTX, "The parliament of {An} passed a new defence budget on {D}.", "A"),
    _a(T, "ja", 1, INST, "{An}と{Bn}は{D}、秘密情報保護協定に署名した。"),
    _a(T, "ja", 2, INST, "{An}と{Bn}は{D}、自由貿易協定の交渉を開始した。"),
    _a(T, "ja", 3, INST, "{An}と{Bn}は{D}、外交関係を樹立した。"),
    _a(T, "ja", 4, INST, "{An}は{D}、{Bn}に巡視船2隻を引き渡した。"),
    _a(T, "ja", 5, PD, "{An}は{D}、{Bn}に対する制裁を発動した。"),
    _a(T, "ja", 6, INST, "{An}は{D}、{Bn}に沿岸レーダー3基を移転すると発表した。"),
    _a(T, "ja", 7, PD, "{An}は{D}、漁民の拘束をめぐり{Bn}に抗議した。"),
    _a(T, "ja", 8, NTS, "{An}と{Bn}は{D}、サイバー防衛に関する覚書に署名した。"),
    _a(T, "ja", 9, NTS, "{An}は{D}、洪水の被害を受けた{Bn}に救助隊を派遣した。"),
    _a(T, "ja", 10, MIL, "{An}と{Bn}の陸軍は{D}、災害救援訓練を行った。"),
    _a(T, "ja", 11, MIL, "{An}海軍の駆逐艦は{D}、{Bn}に寄港した。"),
    _a(T, "ja", 12, CTX, "{Cn}は{D}、核実験を実施した。", "C"),
    _a(T, "ja", 13, CTX, "{An}の議会は{D}、新たな国防予算を可決した。", "A"),
    _a(T, "zh", 1, INST, "{D}，{An}与{Bn}签署保护机密信息协定。"),
    _a(T, "zh", 2, INST, "{D}，{An}与{Bn}启动自由贸易协定谈判。"),
    _a(T, "zh", 3, INST, "{An}与{Bn}于{D}建立外交关系。"),
    _a(T, "zh", 4, INST, "{D}，{An}向{Bn}移交两艘巡逻船。"),
    _a(T, "zh", 5, PD, "{D}，{An}宣布对{Bn}实施制裁。"),
    _a(T, "zh", 6, INST, "{D}，{An}宣布向{Bn}转让三部岸基雷达。"),
    _a(T, "zh", 7, PD, "{D}，{An}就渔民被扣押一事向{Bn}提出抗议。"),
    _a(T, "zh", 8, NTS, "{D}，{An}与{Bn}签署网络防御谅解备忘录。"),
    _a(T, "zh", 9, NTS, "{D}，{An}向遭受洪灾的{Bn}派出救援队。"),
    _a(T, "zh", 10, MIL, "{D}，{An}与{Bn}陆军举行救灾演练。"),
    _a(T, "zh", 11, MIL, "{D}，{An}海军一艘驱逐舰停靠{Bn}港口。"),
    _a(T, "zh", 12, CTX, "{D}，{Cn}进行了核试验。", "C"),
    _a(T, "zh", 13, CTX, "{An}议会于{D}通过新的国防预算。", "A"),
    _a(T, "zh_Hant", 1, INST, "{D}，{An}與{Bn}簽署保護機密資訊協定。"),
    _a(T, "zh_Hant", 2, INST, "{D}，{An}與{Bn}啟動自由貿易協定談判。"),
    _a(T, "zh_Hant", 3, INST, "{An}與{Bn}於{D}建立外交關係。"),
    _a(T, "zh_Hant", 4, INST, "{D}，{An}向{Bn}移交兩艘巡邏船。"),
    _a(T, "zh_Hant", 5, PD, "{D}，{An}宣布對{Bn}實施制裁。"),
    _a(T, "zh_Hant", 6, INST, "{D}，{An}宣布向{Bn}轉讓三部岸基雷達。"),
    _a(T, "zh_Hant", 7, PD, "{D}，{An}就漁民遭扣押一事向{Bn}提出抗議。"),
    _a(T, "zh_Hant", 8, NTS, "{D}，{An}與{Bn}簽署網路防禦諒解備忘錄。"),
    _a(T, "zh_Hant", 9, NTS, "{D}，{An}向遭受水災的{Bn}派出救援隊。"),
    _a(T, "zh_Hant", 10, MIL, "{D}，{An}與{Bn}陸軍舉行救災演練。"),
    _a(T, "zh_Hant", 11, MIL, "{D}，{An}海軍一艘驅逐艦停靠{Bn}港口。"),
    _a(T, "zh_Hant", 12, CTX, "{D}，{Cn}進行了核試驗。", "C"),
    _a(T, "zh_Hant", 13, CTX, "{An}國會於{D}通過新的國防預算。", "A"),
    # rule 14: one side acting on the pair's arrangement or on the other side (not `context`; the side that acts)
    _a(T, "en", 14, INST, "On {D}, the parliament of {An} ratified the border treaty with {Bn}.", "A"),
    _a(T, "en", 14, PD, "On {D}, the foreign ministry of {An} criticised the missile test carried out by {Bn}.", "A"),
    _a(T, "ja", 14, INST, "{An}の議会は{D}、{Bn}との国境条約を批准した。", "A"),
    _a(T, "ja", 14, PD, "{An}外務省は{D}、{Bn}が行ったミサイル発射を批判した。", "A"),
    _a(T, "zh", 14, INST, "{D}，{An}议会批准了与{Bn}签订的边界条约。", "A"),
    _a(T, "zh", 14, PD, "{D}，{An}外交部批评{Bn}进行的导弹试射。", "A"),
    _a(T, "zh_Hant", 14, INST, "{D}，{An}國會批准了與{Bn}簽訂的邊界條約。", "A"),
    _a(T, "zh_Hant", 14, PD, "{D}，{An}外交部批評{Bn}進行的飛彈試射。", "A"),
    # a second frame per rule (other verbs: renewing, opening talks, expelling, donating, banning, a dialogue, a
    # cyber exercise, supplies for an epidemic, landings, a patrol against illegal fishing, a parade, a strategy,
    # notice given)
    _a(T, "en", 1, INST, "{An} and {Bn} renewed their defence cooperation agreement on {D}."),
    _a(T, "en", 2, INST, "On {D}, {An} and {Bn} agreed to open talks on an extradition treaty."),
    _a(T, "en", 3, INST, "On {D}, {An} expelled two diplomats of {Bn}."),
    _a(T, "en", 4, INST, "On {D}, {An} donated four military trucks to {Bn}."),
    _a(T, "en", 5, PD, "{An} banned imports of beef from {Bn} on {D}."),
    _a(T, "en", 6, INST, "On {D}, {An} announced that it had signed a logistics agreement with {Bn}."),
    _a(T, "en", 7, PD, "On {D}, {An} and {Bn} held their annual strategic dialogue."),
    _a(T, "en", 8, NTS, "On {D}, {An} and {Bn} held a cyber defence exercise."),
    _a(T, "en", 9, NTS, "On {D}, {An} flew medical supplies to {Bn} to fight a cholera outbreak."),
    _a(T, "en", 10, MIL, "Marines of {An} and {Bn} trained together in amphibious landings on {D}."),
    _a(T, "en", 11, MIL, "On {D}, the coast guards of {An} and {Bn} began joint patrols against illegal fishing."),
    _a(T, "en", 12, CTX, "On {D}, {Cn} held a military parade in its capital.", "C"),
    _a(T, "en", 13, CTX, "{An} published a new national security strategy on {D}.", "A"),
    _a(T, "en", 14, INST, "On {D}, {An} gave notice to {Bn} that it was ending their fisheries agreement.", "A"),
    _a(T, "ja", 1, INST, "{An}と{Bn}は{D}、防衛協力協定を更新した。"),
    _a(T, "ja", 2, INST, "{An}と{Bn}は{D}、犯罪人引渡し条約の交渉開始で合意した。"),
    _a(T, "ja", 3, INST, "{An}は{D}、{Bn}の外交官2人を国外追放した。"),
    _a(T, "ja", 4, INST, "{An}は{D}、{Bn}に軍用トラック4台を供与した。"),
    _a(T, "ja", 5, PD, "{An}は{D}、{Bn}産牛肉の輸入を禁止した。"),
    _a(T, "ja", 6, INST, "{An}は{D}、{Bn}と物品役務相互提供協定に署名したと発表した。"),
    _a(T, "ja", 7, PD, "{An}と{Bn}は{D}、年次戦略対話を開いた。"),
    _a(T, "ja", 8, NTS, "{An}と{Bn}は{D}、サイバー防衛演習を実施した。"),
    _a(T, "ja", 9, NTS, "{An}は{D}、コレラの流行に対処するため{Bn}に医療物資を空輸した。"),
    _a(T, "ja", 10, MIL, "{An}と{Bn}の海兵隊は{D}、上陸訓練を共同で行った。"),
    _a(T, "ja", 11, MIL, "{An}と{Bn}の沿岸警備隊は{D}、違法操業を取り締まる合同パトロールを始めた。"),
    _a(T, "ja", 12, CTX, "{Cn}は{D}、首都で軍事パレードを行った。", "C"),
    _a(T, "ja", 13, CTX, "{An}は{D}、新たな国家安全保障戦略を公表した。", "A"),
    _a(T, "ja", 14, INST, "{An}は{D}、{Bn}との漁業協定の破棄を通告した。", "A"),
    _a(T, "zh", 1, INST, "{D}，{An}与{Bn}续签防务合作协定。"),
    _a(T, "zh", 2, INST, "{D}，{An}与{Bn}同意启动引渡条约谈判。"),
    _a(T, "zh", 3, INST, "{D}，{An}驱逐{Bn}两名外交官。"),
    _a(T, "zh", 4, INST, "{D}，{An}向{Bn}赠送四辆军用卡车。"),
    _a(T, "zh", 5, PD, "{D}，{An}禁止从{Bn}进口牛肉。"),
    _a(T, "zh", 6, INST, "{D}，{An}宣布已与{Bn}签署后勤保障协定。"),
    _a(T, "zh", 7, PD, "{D}，{An}与{Bn}举行年度战略对话。"),
    _a(T, "zh", 8, NTS, "{D}，{An}与{Bn}举行网络防御演习。"),
    _a(T, "zh", 9, NTS, "{D}，{An}向{Bn}空运医疗物资，协助抗击霍乱疫情。"),
    _a(T, "zh", 10, MIL, "{D}，{An}与{Bn}海军陆战队共同进行两栖登陆训练。"),
    _a(T, "zh", 11, MIL, "{D}，{An}与{Bn}海岸警卫队开始联合巡逻，打击非法捕鱼。"),
    _a(T, "zh", 12, CTX, "{D}，{Cn}在首都举行阅兵式。", "C"),
    _a(T, "zh", 13, CTX, "{D}，{An}发布新版国家安全战略。", "A"),
    _a(T, "zh", 14, INST, "{D}，{An}通知{Bn}终止两国渔业协定。", "A"),
    _a(T, "zh_Hant", 1, INST, "{D}，{An}與{Bn}續簽防務合作協定。"),
    _a(T, "zh_Hant", 2, INST, "{D}，{An}與{Bn}同意啟動引渡條約談判。"),
    _a(T, "zh_Hant", 3, INST, "{D}，{An}驅逐{Bn}兩名外交官。"),
    _a(T, "zh_Hant", 4, INST, "{D}，{An}向{Bn}贈送四輛軍用卡車。"),
    _a(T, "zh_Hant", 5, PD, "{D}，{An}禁止自{Bn}進口牛肉。"),
    _a(T, "zh_Hant", 6, INST, "{D}，{An}宣布已與{Bn}簽署後勤保障協定。"),
    _a(T, "zh_Hant", 7, PD, "{D}，{An}與{Bn}舉行年度戰略對話。"),
    _a(T, "zh_Hant", 8, NTS, "{D}，{An}與{Bn}舉行網路防禦演習。"),
    _a(T, "zh_Hant", 9, NTS, "{D}，{An}向{Bn}空運醫療物資，協助對抗霍亂疫情。"),
    _a(T, "zh_Hant", 10, MIL, "{D}，{An}與{Bn}海軍陸戰隊共同進行兩棲登陸訓練。"),
    _a(T, "zh_Hant", 11, MIL, "{D}，{An}與{Bn}海岸巡防隊開始聯合巡邏，打擊非法捕魚。"),
    _a(T, "zh_Hant", 12, CTX, "{D}，{Cn}在首都舉行閱兵式。", "C"),
    _a(T, "zh_Hant", 13, CTX, "{D}，{An}發布新版國家安全戰略。", "A"),
    _a(T, "zh_Hant", 14, INST, "{D}，{An}通知{Bn}終止兩國漁業協定。", "A"),
    # a third tuned set on instruments and relations in rarer words (the blind sets' largest domain confusion is
    # `institutional` read as `political-dialogue`): inking, upgrading ties, a commission set up, a consulate
    # opened, notes exchanged, a memorandum extended, boats ordered, a text initialled
    _a(T, "en", 1, INST, "On {D}, {An} and {Bn} inked a pact on military medical cooperation."),
    _a(T, "en", 1, INST, "{An} and {Bn} upgraded their relations to a comprehensive strategic partnership on {D}."),
    _a(T, "en", 1, INST, "On {D}, {An} and {Bn} set up a joint commission on defence industry cooperation."),
    _a(T, "en", 3, INST, "On {D}, {An} opened a consulate general in {Bn}."),
    _a(T, "en", 1, INST, "On {D}, {An} and {Bn} exchanged notes on visa exemption for diplomats."),
    _a(T, "en", 1, INST, "{An} extended its defence cooperation memorandum with {Bn} by five years on {D}."),
    _a(T, "en", 4, INST, "On {D}, {An} ordered six coastal patrol boats from shipyards in {Bn}."),
    _a(T, "en", 1, INST, "On {D}, {An} and {Bn} initialled the text of a new status of forces agreement."),
    _a(T, "ja", 1, INST, "{An}と{Bn}は{D}、軍事医療協力に関する取り決めを交わした。"),
    _a(T, "ja", 1, INST, "{An}と{Bn}は{D}、両国関係を包括的戦略的パートナーシップに格上げした。"),
    _a(T, "ja", 1, INST, "{An}と{Bn}は{D}、防衛産業協力に関する合同委員会を設置した。"),
    _a(T, "ja", 3, INST, "{An}は{D}、{Bn}に総領事館を開設した。"),
    _a(T, "ja", 1, INST, "{An}と{Bn}は{D}、外交官の査証免除に関する書簡を交換した。"),
    _a(T, "ja", 1, INST, "{An}は{D}、{Bn}との防衛協力覚書を5年間延長した。"),
    _a(T, "ja", 4, INST, "{An}は{D}、{Bn}の造船所に沿岸警備艇6隻を発注した。"),
    _a(T, "ja", 1, INST, "{An}と{Bn}は{D}、新たな地位協定の条文に仮署名した。"),
    _a(T, "zh", 1, INST, "{D}，{An}与{Bn}签订军事医疗合作安排。"),
    _a(T, "zh", 1, INST, "{D}，{An}与{Bn}将两国关系提升为全面战略伙伴关系。"),
    _a(T, "zh", 1, INST, "{D}，{An}与{Bn}成立防务工业合作联合委员会。"),
    _a(T, "zh", 3, INST, "{D}，{An}在{Bn}开设总领事馆。"),
    _a(T, "zh", 1, INST, "{D}，{An}与{Bn}就外交官互免签证换文。"),
    _a(T, "zh", 1, INST, "{D}，{An}将与{Bn}的防务合作备忘录延长五年。"),
    _a(T, "zh", 4, INST, "{D}，{An}向{Bn}船厂订购六艘海岸巡逻艇。"),
    _a(T, "zh", 1, INST, "{D}，{An}与{Bn}草签新的部队地位协定文本。"),
    _a(T, "zh_Hant", 1, INST, "{D}，{An}與{Bn}簽訂軍事醫療合作安排。"),
    _a(T, "zh_Hant", 1, INST, "{D}，{An}與{Bn}將兩國關係提升為全面戰略夥伴關係。"),
    _a(T, "zh_Hant", 1, INST, "{D}，{An}與{Bn}成立防務工業合作聯合委員會。"),
    _a(T, "zh_Hant", 3, INST, "{D}，{An}在{Bn}開設總領事館。"),
    _a(T, "zh_Hant", 1, INST, "{D}，{An}與{Bn}就外交官互免簽證換文。"),
    _a(T, "zh_Hant", 1, INST, "{D}，{An}將與{Bn}的防務合作備忘錄延長五年。"),
    _a(T, "zh_Hant", 4, INST, "{D}，{An}向{Bn}船廠訂購六艘海岸巡邏艇。"),
    _a(T, "zh_Hant", 1, INST, "{D}，{An}與{Bn}草簽新的部隊地位協定文本。"),
    # --- held-out: other verbs and frames for the same rules ---
    _a(H, "en", 1, INST, "A treaty of friendship between {An} and {Bn} entered into force on {D}."),
    _a(H, "en", 2, INST, "{An} and {Bn} concluded their negotiations on a reciprocal access agreement on {D}."),
    _a(H, "en", 3, INST, "On {D}, {An} recalled its ambassador from {Bn}."),
    _a(H, "en", 4, INST, "{Bn} took delivery of the first of four frigates built by {An} on {D}."),
    _a(H, "en", 5, PD, "On {D}, {An} suspended the issuing of visas to citizens of {Bn}."),
    _a(H, "en", 6, MIL, "{An} announced on {D} that it had invited {Bn} to take part in its naval exercise."),
    _a(H, "en", 7, PD, "The leaders of {An} and {Bn} spoke by telephone on {D}."),
    _a(H, "en", 8, NTS, "On {D}, military hackers of {An} breached the networks of {Bn}'s foreign ministry."),
    _a(H, "en", 9, NTS, "A hospital ship of {An} docked in {Bn} on {D} to treat patients."),
    _a(H, "en", 10, MIL, "{An} and {Bn} wrapped up a week of air combat training on {D}."),
    _a(H, "en", 11, MIL, "On {D}, {An} deployed four fighter jets to {Bn} for air policing."),
    _a(H, "en", 12, CTX, "{Cn} launched a ballistic missile on {D}.", "C"),
    _a(H, "en", 13, CTX, "On {D}, a new president of {An} was sworn in.", "A"),
    _a(H, "ja", 1, INST, "{An}と{Bn}の友好条約は{D}に発効した。"),
    _a(H, "ja", 2, INST, "{An}と{Bn}は{D}、円滑化協定の交渉を妥結させた。"),
    _a(H, "ja", 3, INST, "{An}は{D}、{Bn}駐在の大使を召還した。"),
    _a(H, "ja", 4, INST, "{Bn}は{D}、{An}が建造したフリゲート4隻のうち1番艦を受領した。"),
    _a(H, "ja", 5, PD, "{An}は{D}、{Bn}国民へのビザ発給を停止した。"),
    _a(H, "ja", 6, MIL, "{An}は{D}、自国の海軍演習に{Bn}を招待したと発表した。"),
    _a(H, "ja", 7, PD, "{An}と{Bn}の首脳は{D}、電話で会談した。"),
    _a(H, "ja", 8, NTS, "{D}、{An}軍のハッカーが{Bn}外務省のネットワークに侵入した。"),
    _a(H, "ja", 9, NTS, "{An}の病院船は{D}、患者を治療するため{Bn}に入港した。"),
    _a(H, "ja", 10, MIL, "{An}と{Bn}は{D}、1週間にわたる空中戦闘訓練を終えた。"),
    _a(H, "ja", 11, MIL, "{An}は{D}、領空警備のため{Bn}に戦闘機4機を展開した。"),
    _a(H, "ja", 12, CTX, "{Cn}は{D}、弾道ミサイルを発射した。", "C"),
    _a(H, "ja", 13, CTX, "{D}、{An}の新大統領が就任した。", "A"),
    _a(H, "zh", 1, INST, "{An}与{Bn}友好条约于{D}生效。"),
    _a(H, "zh", 2, INST, "{D}，{An}与{Bn}完成互惠准入协定谈判。"),
    _a(H, "zh", 3, INST, "{D}，{An}召回驻{Bn}大使。"),
    _a(H, "zh", 4, INST, "{D}，{Bn}接收了{An}建造的四艘护卫舰中的首舰。"),
    _a(H, "zh", 5, PD, "{D}，{An}暂停向{Bn}公民发放签证。"),
    _a(H, "zh", 6, MIL, "{An}于{D}宣布已邀请{Bn}参加其海军演习。"),
    _a(H, "zh", 7, PD, "{D}，{An}与{Bn}领导人通电话。"),
    _a(H, "zh", 8, NTS, "{D}，{An}军方黑客侵入{Bn}外交部网络。"),
    _a(H, "zh", 9, NTS, "{D}，{An}医院船抵达{Bn}，为当地患者提供诊疗。"),
    _a(H, "zh", 10, MIL, "{D}，{An}与{Bn}结束为期一周的空战训练。"),
    _a(H, "zh", 11, MIL, "{D}，{An}向{Bn}部署四架战斗机执行空中警巡任务。"),
    _a(H, "zh", 12, CTX, "{D}，{Cn}发射了一枚弹道导弹。", "C"),
    _a(H, "zh", 13, CTX, "{D}，{An}新任总统宣誓就职。", "A"),
    _a(H, "zh_Hant", 1, INST, "{An}與{Bn}友好條約於{D}生效。"),
    _a(H, "zh_Hant", 2, INST, "{D}，{An}與{Bn}完成互惠准入協定談判。"),
    _a(H, "zh_Hant", 3, INST, "{D}，{An}召回駐{Bn}大使。"),
    _a(H, "zh_Hant", 4, INST, "{D}，{Bn}接收了{An}建造的四艘巡防艦中的首艦。"),
    _a(H, "zh_Hant", 5, PD, "{D}，{An}暫停向{Bn}公民核發簽證。"),
    _a(H, "zh_Hant", 6, MIL, "{An}於{D}宣布已邀請{Bn}參加其海軍演習。"),
    _a(H, "zh_Hant", 7, PD, "{D}，{An}與{Bn}領導人通電話。"),
    _a(H, "zh_Hant", 8, NTS, "{D}，{An}軍方駭客入侵{Bn}外交部網路。"),
    _a(H, "zh_Hant", 9, NTS, "{D}，{An}醫院船抵達{Bn}，為當地病患提供診療。"),
    _a(H, "zh_Hant", 10, MIL, "{D}，{An}與{Bn}結束為期一週的空戰訓練。"),
    _a(H, "zh_Hant", 11, MIL, "{D}，{An}向{Bn}部署四架戰鬥機執行空中巡邏任務。"),
    _a(H, "zh_Hant", 12, CTX, "{D}，{Cn}發射了一枚彈道飛彈。", "C"),
    _a(H, "zh_Hant", 13, CTX, "{D}，{An}新任總統宣誓就職。", "A"),
    _a(H, "en", 14, INST, "The senate of {An} approved the status of forces agreement with {Bn} on {D}.", "A"),
    _a(H, "en", 14, PD, "{An} welcomed {Bn}'s decision to lift its ban on fish imports on {D}.", "A"),
    _a(H, "ja", 14, INST, "{D}、{An}上院は{Bn}との地位協定を承認した。", "A"),
    _a(H, "ja", 14, PD, "{An}は{D}、{Bn}が水産物の輸入禁止を解除したことを歓迎した。", "A"),
    _a(H, "zh", 14, INST, "{An}参议院于{D}核准了与{Bn}的部队地位协定。", "A"),
    _a(H, "zh", 14, PD, "{D}，{An}对{Bn}解除水产品进口禁令表示欢迎。", "A"),
    _a(H, "zh_Hant", 14, INST, "{An}參議院於{D}核准了與{Bn}的部隊地位協定。", "A"),
    _a(H, "zh_Hant", 14, PD, "{D}，{An}對{Bn}解除水產品進口禁令表示歡迎。", "A"),
)  # fmt: skip


# --- the titled axis: people of made-up names with a title and their state ------------------------------------

TITLED: tuple[Act, ...] = (
    # tuned: a president, a foreign minister (of-form and possessive)
    _a(T, "en", 7, PD, "On {D}, President {X} of {An} met Foreign Minister {Y} of {Bn}."),
    _a(T, "en", 1, INST, "{An}'s Foreign Minister {X} and {Bn}'s Foreign Minister {Y} signed a visa waiver agreement "
                          "on {D}."),
    _a(T, "ja", 7, PD, "{An}の{X}大統領は{D}、{Bn}の{Y}外相と会談した。"),
    _a(T, "ja", 1, INST, "{An}の{X}外相と{Bn}の{Y}外相は{D}、査証免除協定に署名した。"),
    _a(T, "zh", 7, PD, "{D}，{An}总统{X}会见{Bn}外长{Y}。"),
    _a(T, "zh", 1, INST, "{D}，{An}外长{X}与{Bn}外长{Y}签署互免签证协定。"),
    _a(T, "zh_Hant", 7, PD, "{D}，{An}總統{X}會見{Bn}外長{Y}。"),
    _a(T, "zh_Hant", 1, INST, "{D}，{An}外長{X}與{Bn}外長{Y}簽署互免簽證協定。"),
    # tuned: appositions and a name before its state's title (`X・A外相`), a host receiving a visitor in its capital
    _a(T, "en", 7, PD, "{X}, the foreign minister of {An}, met {Y}, {Bn}'s defence minister, in {capB} on {D}."),
    _a(T, "ja", 7, PD, "{X}・{An}外相は{D}、{Y}・{Bn}国防相と会談した。"),
    _a(T, "zh", 7, PD, "{D}，{Bn}总统{Y}在{capB}会见了来访的{An}外长{X}。"),
    _a(T, "zh_Hant", 7, PD, "{D}，{Bn}總統{Y}在{capB}會見了來訪的{An}外長{X}。"),
    # held-out: a prime minister, a defence minister, other frames
    _a(H, "en", 7, PD, "Prime Minister {X} of {An} received {Bn}'s Defence Minister {Y} on {D}."),
    _a(H, "en", 10, MIL, "On {D}, {Adj} Defence Minister {X} and his counterpart from {Bn}, {Y}, watched a joint "
                          "drill."),
    _a(H, "ja", 7, PD, "{D}、{An}首相の{X}氏は{Bn}国防相の{Y}氏の表敬を受けた。"),
    _a(H, "ja", 10, MIL, "{An}の{X}国防相と{Bn}の{Y}国防相は{D}、共同訓練を視察した。"),
    _a(H, "zh", 7, PD, "{An}总理{X}于{D}接见来访的{Bn}国防部长{Y}。"),
    _a(H, "zh", 10, MIL, "{D}，{An}国防部长{X}和{Bn}国防部长{Y}共同观摩联合演练。"),
    _a(H, "zh_Hant", 7, PD, "{An}總理{X}於{D}接見來訪的{Bn}國防部長{Y}。"),
    _a(H, "zh_Hant", 10, MIL, "{D}，{An}國防部長{X}和{Bn}國防部長{Y}共同觀摩聯合演練。"),
)  # fmt: skip

# syllables of made-up names per script (no real person is meant; a name is two or three drawn per document)
_SYLLABLES = {
    "en": ("Var", "el", "ost", "Mir", "an", "do", "Kel", "ira", "Sob", "ten", "Lu", "vask", "Or", "im", "Dra"),
    "ja": ("ヴァ", "ル", "オ", "ス", "ミ", "ラ", "ン", "ド", "ケ", "リ", "ソ", "ベ", "テ", "ナ"),
    "zh": ("瓦", "尔", "奥", "斯", "米", "兰", "多", "凯", "索", "贝", "特", "纳", "洛", "维"),
    "zh_Hant": ("瓦", "爾", "奧", "斯", "米", "蘭", "多", "凱", "索", "貝", "特", "納", "洛", "維"),
}
# given names no person of the data bears: `Teodor` and `Rafael`, drawn at first, are words of known people's names,
# and `Foreign Minister Teodor Tentenor` was read as Teodor Meleșcanu (a title and one word of a known name, with
# another name word after it: reported for the people data, not the axis's question; a test keeps the list so)
_GIVEN_EN = ("Amara", "Berengar", "Ilse", "Tancred", "Nomvula", "Kasimir", "Leontyne", "Osric")


def made_up_name(lang: str, rng: random.Random) -> str:
    """A person's name no gazetteer holds: syllables of the script drawn at random (en: a given name and a surname),
    drawn again while the name or a word of it is a name the data knows (`ソン` is a known minister's: `ブルンジの
    ソン外相` was read as him, a finding reported for the people data, not this axis's question)."""
    syllables = _SYLLABLES[lang]
    while True:
        family = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3)))
        if lang == "en":
            family = family.capitalize()
        if family not in _known_name_words():
            return f"{rng.choice(_GIVEN_EN)} {family}" if lang == "en" else family


@cache
def _known_name_words() -> frozenset[str]:
    """Every person's name, alias and word of a name in the data, in every script."""
    from allyscope.entities import gazetteer

    words: set[str] = set()
    for entity in gazetteer().entities.values():
        if entity["type"] != "person":
            continue
        names = [entity["name"], *(a for aliases in entity.get("aliases", {}).values() for a in aliases)]
        for name in names:
            words.add(name)
            words.update(re.split(r"[\s・·‧]+", name))
    return frozenset(words)


# --- rendering ----------------------------------------------------------------------------------------------


def _fields(a: str, b: str, c: str, lang: str) -> dict[str, str]:
    """Names, adjectives and capitals of the sides; the capital of a side only if the data has one (else a gap)."""
    demonyms = _states_data()["demonyms"]
    fields = {"An": name_of(a, lang), "Bn": name_of(b, lang), "Cn": name_of(c, lang)}
    fields["Adj"] = (demonyms.get(a) or [fields["An"]])[0]
    fields["Bdj"] = (demonyms.get(b) or [fields["Bn"]])[0]
    for key, ident in (("capA", a), ("capB", b)):
        capitals = _capitals(ident).get(lang, [])
        fields[key] = capitals[0] if capitals else ""
    return fields


def _fill(text: str, fields: dict[str, str]) -> str:
    for key in ("capA", "capB"):
        if "{" + key + "}" in text and not fields[key]:
            raise GeneratorError(f"no capital for {key} in this language")
    return text.format(**fields)


def _event(i: int, edtf: str, date_text: str, actors: list[str], sentence: str, domain: str) -> dict[str, Any]:
    return {"id": f"E{i}", "date": edtf, "date_text": date_text, "actors": actors,
            "evidence": sentence.rstrip(".。"), "domain": domain}  # fmt: skip


def _joiner(lang: str) -> str:
    return " " if lang == "en" else ""


def generate_script(script: Script, a: str, b: str, rng: random.Random) -> Generated:
    """A document of `script` for the pair (a, b): title, sentences, the gold of every sentence that is an event."""
    from allyscope.entities import gazetteer

    g = gazetteer()
    fields = _fields(a, b, a, script.lang)
    fields["Ship"] = rng.choice(SHIPS[script.lang])
    year, month, day = rng.randint(1995, 2024), rng.randint(1, 12), rng.randint(1, 14)
    sentences: list[str] = []
    events: list[dict[str, Any]] = []
    pair = [g.entity(a)["name"], g.entity(b)["name"]]
    for line in script.lines:
        d = day + line.offset
        date_text = write_date(script.lang, "full" if line.style == "full" else "md", year, month, d)
        sentence = _sentence_start(_fill(line.text.replace("{D}", date_text), fields))
        sentences.append(sentence)
        if line.domain:
            written = date_text if line.style != "rel" else ""
            events.append(_event(len(events) + 1, f"{year:04d}-{month:02d}-{d:02d}", written, pair, sentence,
                                 line.domain))  # fmt: skip
    title = _fill(script.title, fields)
    return Generated(script.half, script.lang, "carried", script.name, (a, b), _joiner(script.lang).join(sentences),
                     {"events": events}, title=title, axis="carried")  # fmt: skip


def generate_act(act: Act, a: str, b: str, c: str, rng: random.Random, axis: str = "domains") -> Generated:
    """A one-sentence document of `act` (domains or titled axis) for the pair (a, b), `c` a third state."""
    from allyscope.entities import gazetteer

    g = gazetteer()
    fields = _fields(a, b, c, act.lang)
    fields["X"], fields["Y"] = made_up_name(act.lang, rng), made_up_name(act.lang, rng)
    year, month, day = rng.randint(1995, 2024), rng.randint(1, 12), rng.randint(1, 28)
    date_text = write_date(act.lang, "full", year, month, day)
    sentence = _sentence_start(_fill(act.text.replace("{D}", date_text), fields))
    actors = {"AB": [a, b], "A": [a], "C": [c]}[act.actors]
    event = _event(1, f"{year:04d}-{month:02d}-{day:02d}", date_text, [g.entity(x)["name"] for x in actors], sentence,
                   act.domain)  # fmt: skip
    return Generated(act.half, act.lang, f"rule{act.rule}", f"rule{act.rule}", (a, b), sentence, {"events": [event]},
                     axis=axis)  # fmt: skip


def axis_sample(seed: int, per_cell: int, halves: tuple[str, ...] = HALVES,
                axes: tuple[str, ...] = AXES) -> Iterator[Generated | GeneratorError]:  # fmt: skip
    """`per_cell` documents per script or act of each axis and half, pairs drawn with `seed`; a pair the data
    cannot write (no capital in the script) is yielded as its GeneratorError and another pair drawn (five tries)."""
    rng = random.Random(seed)
    states = state_ids()
    units: list[tuple[str, Script | Act]] = []
    if "carried" in axes:
        units += [("carried", s) for s in SCRIPTS if s.half in halves]
    if "domains" in axes:
        units += [("domains", x) for x in ACTS if x.half in halves]
    if "titled" in axes:
        units += [("titled", x) for x in TITLED if x.half in halves]
    for axis, unit in units:
        for _ in range(per_cell):
            for _try in range(5):
                a, b, c = rng.sample(states, 3)
                try:
                    if isinstance(unit, Script):
                        yield generate_script(unit, a, b, rng)
                    else:
                        yield generate_act(unit, a, b, c, rng, axis)
                    break
                except GeneratorError as gap:
                    yield gap


def score_axis_doc(doc: Generated) -> list[dict[str, Any]]:
    """One row per gold event: found, located (its sentence extracted at any date), date exact among located,
    actors and domain of the found, the sides lost; and the extracted events of no gold (`extra`) on the first row."""
    from allyscope.entities import gazetteer
    from allyscope.evaluate import _squeeze, actors_agree, match_events, stated_events
    from tests.event_generator import extract_generated

    data = extract_generated(doc)
    events = stated_events(data["events"])
    gold = doc.gold["events"]
    pairs = match_events(events, gold)
    matched = {id(a): e for a, e in pairs}
    g = gazetteer()
    rows: list[dict[str, Any]] = []
    for annotated in gold:
        event = matched.get(id(annotated))
        located = any(_squeeze(annotated["evidence"]) in _squeeze(e["evidence"]["text"]) for e in events)
        row: dict[str, Any] = {"found": event is not None, "located": located, "actors": False, "domain": False,
                               "lost": [], "gold_domain": annotated["domain"], "evidence": annotated["evidence"],
                               "got_domain": None}  # fmt: skip
        if event is not None:
            row["actors"] = actors_agree(annotated, event)
            row["domain"] = annotated["domain"] == event["domain"]
            row["got_domain"] = event["domain"]
            names = {g.entity(x)["name"] for x in event["actors"] + event.get("involved", [])}
            row["lost"] = [n for n in annotated["actors"] if n not in names]
        rows.append(row)
    if rows:
        used = {id(e) for _, e in pairs}
        rows[0]["extra"] = len(events) - len(pairs)
        rows[0]["extra_evidence"] = [f"{e['date']} {e['evidence']['text']}" for e in events if id(e) not in used]
    return rows
