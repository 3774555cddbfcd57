"""Domain, type and mode of an event, read in its predicate's own segment (allyscope/events_domain.py).

The sentences are written for these tests, in other words than any corpus document, one or more per cue class
and language; the data's cue lists are checked for shape (word boundaries, no long phrases, codebook values)."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.events import extract_events
from allyscope.events_domain import (
    _top_alternatives,
    classify_domain,
    event_mode,
    event_type,
    patterns,
    predicate_segment,
    predicates,
    reading_span,
    segments,
    type_cues,
)
from allyscope.scripts import fold
from allyscope.vocabulary import DOMAINS, MODES, PLOVER_TYPES

INTERACTIONS = set(DOMAINS) - {"context"}


def domain_of(sentence: str) -> str:
    folded = fold(sentence)
    return classify_domain(patterns(), folded, [], folded, 0)


def type_of(sentence: str) -> str:
    types, _ = type_cues(patterns(), fold(sentence))
    return event_type(patterns(), types)[0]


def mode_of(sentence: str) -> str:
    folded = fold(sentence)
    types, _ = type_cues(patterns(), folded)
    return event_mode(patterns(), folded, types)


CASES = [
    # institutional: instruments and the acts on them
    ("en", "The two defence ministers signed a logistics accord in Canberra.", "institutional"),
    ("en", "The pact took effect after both parliaments ratified it.", "institutional"),
    ("ja", "両国の外相は東京で情報保護協定に署名した。", "institutional"),
    ("ja", "円滑化協定は本日発効した。", "institutional"),
    ("zh-Hans", "两国防长在堪培拉签订了后勤互助协定。", "institutional"),
    ("zh-Hans", "双方决定设立常设联络处。", "institutional"),
    ("zh-Hant", "兩國外長在馬尼拉簽署了防衛合作協定。", "institutional"),
    ("zh-Hant", "該協定於今日正式生效。", "institutional"),
    # political dialogue: meetings, visits, talks, speeches
    ("en", "The foreign minister travelled to Seoul and held talks with her counterpart.", "political-dialogue"),
    ("en", "The premier visited the alliance's headquarters.", "political-dialogue"),
    ("ja", "防衛大臣はキャンベラを訪問し、国防相と会談した。", "political-dialogue"),
    ("zh-Hans", "外长与对方在北京举行了会谈。", "political-dialogue"),
    ("zh-Hant", "國防部長出席了在首爾舉行的部長會議。", "political-dialogue"),
    # military exercises: drills, joint training, port calls, ships and units
    ("en", "Destroyers from both navies carried out drills in the Coral Sea.", "military-exercise"),
    ("en", "The frigate made a port call at Darwin.", "military-exercise"),
    ("ja", "護衛艦は豪海軍と共同訓練を実施した。", "military-exercise"),
    ("zh-Hans", "两国海军在南海举行了联合演习。", "military-exercise"),
    ("zh-Hant", "英國航艦打擊群抵達東京灣。", "military-exercise"),
    # non-traditional security: cyber, peacekeeping, disaster relief, piracy
    ("en", "Tokyo became a member of the cyber defence centre.", "non-traditional-security"),
    ("en", "Army engineers served in a United Nations peacekeeping mission.", "non-traditional-security"),
    ("ja", "自衛隊の部隊は国連平和維持活動に加わった。", "non-traditional-security"),
    ("zh-Hans", "两国在亚丁湾开展打击海盗合作。", "non-traditional-security"),
    ("zh-Hant", "雙方舉行網路安全對話。", "non-traditional-security"),
]


@pytest.mark.parametrize(("language", "sentence", "domain"), CASES)
def test_domain_per_cue_class_and_language(language: str, sentence: str, domain: str) -> None:
    assert domain_of(sentence) == domain, (language, sentence)


def test_every_cue_class_and_language_is_tested() -> None:
    assert {(lang, domain) for lang, _, domain in CASES} == {
        (lang, domain) for lang in ("en", "ja", "zh-Hans", "zh-Hant") for domain in INTERACTIONS
    }


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [
        # the predicate's segment decides: a purpose or relative clause after it does not
        ("两国签署了准入协定，为双方部队开展联合训练提供法律依据。", "institutional"),
        ("They signed the access accord, which lets both armies hold exercises on each other's soil.", "institutional"),
        ("双方签署了伙伴合作计划，合作领域涵盖反恐和救灾。", "institutional"),
        # a leading adverbial is the occasion, not the act
        ("At the Riga summit, the alliance named Canberra an enhanced partner.", "institutional"),
        ("首相访问马尼拉期间，双方同意启动协定谈判。", "institutional"),
        # rank: an exercise outranks its topic, cyber outranks an exercise, signing outranks the meeting it is at
        ("两国海军在亚丁湾举行了反海盗联合演练。", "military-exercise"),
        ("Japanese teams took part in the cyber exercise.", "non-traditional-security"),
        ("首相出席峰会，与对方签署了新的合作计划。", "institutional"),
        # the head of the object: last in Chinese, first in English
        ("总理出席了联盟与伙伴国的会议。", "political-dialogue"),
        ("The minister attended a meeting of the partnership council.", "political-dialogue"),
    ],
)
def test_tie_breaks(sentence: str, domain: str) -> None:
    assert domain_of(sentence) == domain


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [
        # agreeing to further a process is dialogue, whatever the process is about
        ("两国领导人同意加快自由贸易协定的谈判。", "political-dialogue"),
        ("兩國外長同意恢復投資協定談判。", "political-dialogue"),
        ("両国は協定交渉を加速することで一致した。", "political-dialogue"),
        ("The ministers agreed to accelerate negotiations on a supply agreement.", "political-dialogue"),
        # ... but agreeing on the instrument itself is not furthering: it stays institutional
        ("双方同意建立战略伙伴关系。", "institutional"),
        # a ship launched or commissioned, an agreement announced: acts on equipment and instruments
        ("首艘护卫舰今天在造船厂举行下水仪式。", "institutional"),
        ("両政府は海洋に関する合意文書を発表した。", "institutional"),
        # a ceremony is an occasion; an English possessor is not the head of the object
        ("The chancellor attended the battalion's welcome ceremony in Riga.", "political-dialogue"),
        # a press conference is a meeting, not the fields it explains
        ("両首相は共同記者会見を行い、防災や保健の分野での協力を説明した。", "political-dialogue"),
    ],
)
def test_furthering_equipment_occasions(sentence: str, domain: str) -> None:
    assert domain_of(sentence) == domain


@pytest.mark.parametrize(
    ("sentence", "plover"),
    [
        ("両大臣は協力の推進で一致した。", "AGREE"),  # agreeing is an act of its own
        ("The two leaders issued a joint statement.", "CONSULT"),  # issuing a text is a statement
        ("The minister told parliament that the plan was ready.", "CONSULT"),
        ("日本は防弾チョッキを供与した。", "AID"),
        ("中國軍艦停靠該港。", "COOPERATE"),  # a port call
        ("该条约于次年生效。", "AGREE"),  # entering into force
    ],
)
def test_types_of_acts(sentence: str, plover: str) -> None:
    assert type_of(sentence) == plover


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [
        # acts on equipment and instruments: acquiring, delivering, founding, suspending, leaving, invoking, upgrading
        ("The cabinet approved the purchase of twelve patrol aircraft from the shipyard.", "institutional"),
        ("Wellington said it would acquire four maritime helicopters.", "institutional"),
        ("首批六架运输机于当月交付空军。", "institutional"),
        ("練習機の引き渡しが行われた。", "institutional"),
        ("两国联合参谋部正式成立。", "institutional"),
        ("新政府宣布退出该安全机制。", "institutional"),
        ("該國暫停了與鄰國的情報交流。", "institutional"),
        ("Canberra invoked the alliance for the first time, in response to the bombings.", "institutional"),
        ("両国は関係を包括的戦略的パートナーシップに格上げした。", "institutional"),
        ("The navy founded its training centre in 1995.", "institutional"),
        # a founding's anniversary is no founding; a training command is no training
        ("護衛艦は海軍成立80周年の観艦式に参加した。", "military-exercise"),
        ("峰会决定组建多国训练司令部。", "institutional"),
        # forces: marines, rotations, divisions, fighters, withdrawals, a war served in
        ("A second rotation of marines reached the northern base.", "military-exercise"),
        ("美方将一个步兵师撤离半岛。", "military-exercise"),
        ("空軍の戦闘機が初めて同国に展開した。", "military-exercise"),
        ("Some 4,000 volunteers served in the Boer War.", "military-exercise"),
        # a joint statement the sides issue is an instrument; health and UN missions are security topics
        ("両首脳は共同声明を発出した。", "institutional"),
        ("四国领导人宣布疫苗合作倡议。", "non-traditional-security"),
        ("Medical units deployed under the United Nations to Haiti.", "non-traditional-security"),
        ("Army medics later served with the UN Stabilization Mission in Haiti.", "non-traditional-security"),
        ("该国工兵分队加入联合国驻黎巴嫩临时部队。", "non-traditional-security"),
        # (dom39: a memorandum on counter-terrorism signed is an act on a text, institutional, the codebook's rule
        # for instruments: tests/test_domain_dom39.py; terrorism as the act's own field stays a security topic)
        ("兩國特種部隊聯手打擊恐怖主義組織。", "non-traditional-security"),
        ("兩國簽署打擊恐怖主義的合作備忘錄。", "institutional"),
        # Chinese 展开 is carrying out, Japanese 展開 a deployment
        ("两国外长同意展开全面合作。", "political-dialogue"),
        # the object of the act decides over the venue; what follows a negation names no act
        ("The presidents welcomed the idea in their joint statement.", "political-dialogue"),
        ("The envoys met their hosts in Hanoi for the strategic dialogue on treaty matters.", "political-dialogue"),
        ("The ministry announced a settlement with the naval shipyard.", "institutional"),
        ("The two premiers talked about trade but did not sign any accord.", "political-dialogue"),
        # recalling an envoy acts on the pair's diplomatic relations (events README, kinds of act coded alike)
        ("France recalled its ambassador from the capital.", "institutional"),
        ("The ministers recalled that the two states founded the council in 1998.", "institutional"),
        # words of each class that no corpus document needed
        ("The destroyer paid a port visit to Manila.", "military-exercise"),
        ("艦隊は国際観艦式に参加した。", "military-exercise"),
        ("The memorandum enters into force on signature.", "institutional"),
        ("两国国防部签署了合作备忘录。", "institutional"),
        ("兩國外長舉行電話會談。", "political-dialogue"),
        ("The minister called on the Governor-General.", "political-dialogue"),
        ("駐留部隊は年内に増強された。", "military-exercise"),
        # (dom44: agreeing to strengthen cooperation in a field is furthering it, dialogue, as dev's gold codes
        # `サイバー分野の協力を強化することで一致`; the word 資安 is tested on an act it decides)
        ("雙方簽署資安合作備忘錄。", "non-traditional-security"),
        # a list of fields is no predicate: the agreement to cooperate in them is dialogue
        ("両外相は、サイバー、宇宙及び海洋の分野で協力を進めることで一致した。", "political-dialogue"),
    ],
)
def test_acts_objects_and_venues(sentence: str, domain: str) -> None:
    assert domain_of(sentence) == domain, sentence


def test_clause_without_cue_takes_the_nearest_cue_of_its_sentence() -> None:
    sentence = fold("韓国政府は協定の破棄を決め、翌日相手国に通告した。")
    clause_start = sentence.index("翌日")
    clause = sentence[clause_start:]
    assert classify_domain(patterns(), clause, [], sentence, clause_start) == "institutional"


def test_nothing_to_go_on_is_political_dialogue() -> None:
    assert domain_of("It rained.") == "political-dialogue"


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [
        ("The design of the new frigate was a significant step.", "military-exercise"),
        ("The port call was a welcome sign of engagement.", "military-exercise"),
        ("Signals from the capital were mixed: a signpost, not a signature moment.", "political-dialogue"),
    ],
)
def test_sign_inside_a_word_or_as_a_noun_is_no_signing(sentence: str, domain: str) -> None:
    assert type_of(sentence) != "AGREE"
    assert domain_of(sentence) == domain


@pytest.mark.parametrize(
    ("sentence", "plover"),
    [
        ("The two leaders signed the pact.", "AGREE"),
        ("Ministers will sign it in May.", "AGREE"),
        ("両首脳は共同宣言に署名した。", "AGREE"),
        ("兩國領導人簽署了聯合聲明。", "AGREE"),
        ("The ministers met in Canberra.", "CONSULT"),
        ("双方海军举行联合演习。", "COOPERATE"),
    ],
)
def test_types(sentence: str, plover: str) -> None:
    assert type_of(sentence) == plover


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("They signed the accord on 11 January, which will let both forces train together.", "asserted"),
        ("两国于1月签署协定，该协定将为联合训练提供便利。", "asserted"),
        ("The ministers will sign the accord next month.", "planned"),
        ("両国は来月、協定に署名する予定だ。", "planned"),
        ("The two sides did not sign the declaration.", "negated"),
        ("双方并未签署该协定。", "negated"),
        ("If the talks succeed, the leaders would sign a treaty.", "hypothetical"),
        ("The three governments are working towards signing the treaty within the year.", "planned"),
        ("両国は年内の協定署名を目指している。", "planned"),
    ],
)
def test_mode_is_read_in_the_predicates_segment(sentence: str, mode: str) -> None:
    assert mode_of(sentence) == mode


def _events(body: str) -> list[tuple[str, str, str]]:
    doc = parse_text("测试标题\n\n一、正文\n\n" + body + "\n")
    return [(e.date, e.type, e.domain) for e in extract_events(doc, "t")]


@pytest.mark.parametrize(
    "body",
    [
        "2023年5月2日，日本外相与北约秘书长在东京举行会谈，并签署了情报保护协定。",
        "2023年5月2日、日本の外相とNATO事務総長は東京で会談し、情報保護協定に署名した。",
        "On 2 May 2023 the Japanese foreign minister and the NATO Secretary General met in Tokyo, and signed "
        "an information security agreement.",
    ],
)
def test_coordinated_predicates_of_two_kinds_are_two_events(body: str) -> None:
    events = _events(body)
    assert [(date, plover) for date, plover, _ in events] == [("2023-05-02", "CONSULT"), ("2023-05-02", "AGREE")]
    assert [domain for _, _, domain in events] == ["political-dialogue", "institutional"]


def test_a_noun_modifying_japanese_piece_is_no_event_of_its_own() -> None:
    body = "2022年1月6日、日本とNATOは協定に署名したものであり、部隊が相手国で共同訓練を行う際の手続を定めるものです。"
    assert [plover for _, plover, _ in _events(body)] == ["AGREE"]


@pytest.mark.parametrize(
    ("sentence", "date", "domain"),
    [
        # an English date after its predicate: the words before it, not the clause after it, are the event's (the
        # twenty-sixth session's lead: "the stay of the strike group" named a force but no act, a tie of cue classes
        # the trained model decides, and the model retrained on 597 documents decided it otherwise; the words before
        # the date now name the act, a port call)
        ("They recalled the strike group's port call in Tokyo in 2021 and hailed the first ministers' meeting, "
         "held in London in January 2015, as a milestone.", "2021", "military-exercise"),
        ("They recalled the strike group's port call in Tokyo in 2021 and hailed the first ministers' meeting, "
         "held in London in January 2015, as a milestone.", "January 2015", "political-dialogue"),
        ("Two days later, at the White House, the two leaders signed a framework accord.", "Two days later",
         "institutional"),
    ],
)  # fmt: skip
def test_english_dates_read_the_words_around_them(sentence: str, date: str, domain: str) -> None:
    at = sentence.index(date)
    dates = [sentence.index(d) for d in ("2021", "January 2015", "Two days later") if d in sentence]
    k = dates.index(at)
    low = dates[k - 1] + 4 if k else 0
    high = dates[k + 1] if k + 1 < len(dates) else len(sentence)
    a, b = reading_span(sentence, (at, high), (at, at + len(date)), (low, high))
    assert a <= at < b
    folded = fold(sentence)
    assert classify_domain(patterns(), folded[a:b], [], folded, a) == domain


def test_chinese_dates_read_their_piece() -> None:
    sentence = "2021年，英国航母打击群访问日本。"
    assert reading_span(sentence, (0, len(sentence)), (0, 5), (0, len(sentence))) == (0, len(sentence))


def test_coordinated_dates_share_one_clause() -> None:
    body = "日本首相曾在2022年、2023年和2024年三次出席北约峰会，日本与北约也在2023年7月签署了合作计划。"
    events = _events(body)
    assert [d for d, _, _ in events] == ["2022", "2023", "2024", "2023-07"]
    assert [domain for _, _, domain in events] == ["political-dialogue"] * 3 + ["institutional"]


# -- the data ------------------------------------------------------------------------------------------


def _all_cues() -> list[str]:
    data = patterns()
    rules = [r["pattern"] for key in ("types", "modes") for r in data[key]]
    rules += [c["pattern"] for c in data["domain_cues"]["classes"]]
    return [alt for rule in rules for alt in _top_alternatives(rule)]


def test_english_cues_stand_between_word_boundaries() -> None:
    """`\\b`, or for a Latin acronym that Japanese text glues to kana (`のPKOのため`, where `\\b` finds no boundary:
    kana are word characters) a boundary of letters, `(?<![a-z])…(?![a-z])` (dom63)."""
    for cue in _all_cues():
        letters = re.sub(r"\\[bwsdSD]", "", cue)
        if re.search("[A-Za-z]", re.sub(r"\(\?<?!\[a-z\]\)", "", letters)):
            assert cue.startswith(("\\b", "(?<![a-z])")) and cue.endswith(("\\b", "(?![a-z])")), cue


def test_cues_are_words_not_phrases_of_a_document() -> None:
    """A cue is a word or a short pattern of the language: at most six CJK characters or three English words,
    so that no sentence of a document can stand in the data as a rule."""
    for cue in _all_cues():
        literal = re.sub(r"\\.", "", cue)
        if re.search(r"[.?*+(\[{]", literal):
            continue
        assert len(re.findall("[\u3040-\u9fff]", literal)) <= 8, cue
        assert len(literal.split()) <= 3, cue


def test_cue_classes_name_codebook_domains_with_ranks() -> None:
    spec = patterns()["domain_cues"]
    assert spec["default"] in INTERACTIONS
    for cue_class in spec["classes"]:
        assert cue_class["domain"] in INTERACTIONS and isinstance(cue_class["rank"], int), cue_class
    assert {c["domain"] for c in spec["classes"]} == INTERACTIONS
    assert any(c["rank"] == spec["head_rank"] for c in spec["classes"])
    for target in patterns()["entity_cue_classes"].values():
        assert target in {c["class"] for c in spec["classes"]}
    for rule in patterns()["types"]:
        assert rule["plover"] in PLOVER_TYPES
    for rule in patterns()["modes"]:
        assert rule["mode"] in MODES


# -- properties ----------------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "签署", "協定", "演习", "訓練", "サイバー", "会談し", "、", "，", ", and ", "时，", "期间，", "sign", "signed",
        "design", " exercise ", "will", "did not", "summit", "At the ", "ました。", "する", "です", "並", "并",
        "2023年", " ", "。", "；", "(?:", "\\", "ｓ", "İ", "\x00",
    ]
)  # fmt: skip
_TEXT = st.one_of(st.text(max_size=80), st.lists(_PIECES, max_size=25).map("".join))


@given(_TEXT)
def test_reading_never_raises_and_stays_in_the_codebook(text: str) -> None:
    data = patterns()
    folded = fold(text)
    assert classify_domain(data, folded, [], folded, 0) in INTERACTIONS
    types, _ = type_cues(data, folded)
    assert event_type(data, types)[0] in PLOVER_TYPES
    assert event_mode(data, folded, types) in MODES
    a, b = predicate_segment(data, folded)
    assert 0 <= a <= b <= len(folded)
    assert all(0 <= s < e <= len(folded) for s, e in segments(folded))


@given(_TEXT)
def test_predicates_cut_the_clause_into_consecutive_pieces(text: str) -> None:
    pieces = predicates(text, 0, len(text), patterns())
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(b == c for (_, b), (c, _) in itertools.pairwise(pieces))


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [
        # space is no security topic of the codebook: the act and its object decide
        ("The two ministers signed an agreement on cooperation in outer space.", "institutional"),
        ("两国外长就太空合作举行会谈。", "political-dialogue"),
        # setting up and endorsing act on an instrument; a training word before `and … centre` names one
        ("A joint commission was set up in 2010.", "institutional"),
        ("The allies endorsed a package of support for the partner.", "institutional"),
        ("The minister opened a joint training and evaluation centre.", "institutional"),
        ("双方就单一磋商文本草案达成一致。", "institutional"),
        # bombers are a force like fighters; replacing one arrangement by another acts on it
        ("俄方派出两架轰炸机参加。", "military-exercise"),
        ("两国以新的合作委员会取代原有机制。", "institutional"),
    ],
)
def test_space_set_up_endorse_centres_and_drafts(sentence: str, domain: str) -> None:
    assert domain_of(sentence) == domain, sentence


def test_a_chronology_lines_scene_is_not_the_predicate() -> None:
    sentence = fold("3 June 2011 – At a summit in Oslo, the two governments establish a joint council.")
    a, b = predicate_segment(patterns(), sentence)
    assert "establish" in sentence[a:b]


def test_one_sides_act_on_the_pairs_arrangement_is_no_context() -> None:
    from allyscope.events_domain import one_side_on_its_arrangement

    data = patterns()
    sides = [frozenset({"PH"}), frozenset({"US"})]
    assert one_side_on_its_arrangement(data, fold("菲方撤回终止协定的通知"), {"PH"}, sides)
    assert one_side_on_its_arrangement(data, fold("Manila withdrew its notice to end the treaty"), {"PH"}, sides)
    # a third party named, a state's own law, or no act on an arrangement: context stays
    assert not one_side_on_its_arrangement(data, fold("菲方退出与日本的协定"), {"PH", "JP"}, sides)
    assert not one_side_on_its_arrangement(data, fold("菲律宾国会通过新法律"), {"PH"}, sides)
    assert not one_side_on_its_arrangement(data, fold("菲方撤回终止协定的通知"), {"PH"}, [frozenset({"PH"})])


def test_one_sides_reaction_to_what_was_done_in_the_pair_is_no_context() -> None:
    """What one side says of an act referred back to (`condemned the sanctions`, `对这一决定表示遗憾`) is the
    pair's; a reaction to no act referred back to, or a third party's, is not."""
    from allyscope.events_domain import one_side_on_its_arrangement

    data = patterns()
    sides = [frozenset({"CL"}), frozenset({"PE"})]
    assert one_side_on_its_arrangement(data, fold("Santiago condemned the sanctions at the time"), {"CL"}, sides)
    assert one_side_on_its_arrangement(data, fold("Chilean officials welcomed the move on Friday"), {"CL"}, sides)
    assert one_side_on_its_arrangement(data, fold("智利外交部对这一决定表示遗憾"), {"CL"}, sides)
    assert one_side_on_its_arrangement(data, fold("チリ政府はこの決定を歓迎した"), {"CL"}, sides)
    assert not one_side_on_its_arrangement(data, fold("Santiago welcomed the new ambassador"), {"CL"}, sides)
    assert not one_side_on_its_arrangement(data, fold("Tokyo condemned the launch"), {"JP"}, sides)


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [
        # a cruise missile is equipment, not a patrol at sea; delivering it acts on equipment
        ("海军将一批巡航导弹交付给对方。", "institutional"),
        ("両国の艦艇が巡航訓練を行った。", "military-exercise"),
        # ordering equipment is acquiring it; founding a body and extending an arrangement act on an instrument
        ("该国向外国船厂订购了四艘护卫舰。", "institutional"),
        ("防衛省は新型輸送機を発注した。", "institutional"),
        ("The air force placed an order for twelve transport aircraft.", "institutional"),
        ("两国领导人商定创设联合参谋机构。", "institutional"),
        ("The two capitals extended the agreement by ten years.", "institutional"),
        ("両国は新型艦を共同で開発することで合意した。", "institutional"),
        # a status in a grouping is membership; missile batteries are a force; relief goods are disaster relief
        ("The council granted the country candidate status.", "institutional"),
        ("Two air-defence batteries moved to the border region.", "military-exercise"),
        ("Allied aircraft flew relief supplies to the flooded districts.", "non-traditional-security"),
        # a patrol boat is no patrol, an agreement on classified information no cyber defence; providing equipment
        ("海警向对方移交了两艘巡逻船。", "institutional"),
        ("兩國簽署了資訊安全協定。", "institutional"),
        ("两国就网络安全举行首次对话。", "non-traditional-security"),
        ("The ministry provided ten coastal radars to the navy of its partner.", "institutional"),
    ],
)
def test_missiles_orders_founding_status_batteries_and_relief(sentence: str, domain: str) -> None:
    assert domain_of(sentence) == domain, sentence


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [
        # what was said after a verb of saying is no act of the speaker: a statement
        ("外长会后表示，新协定将有助于两国海军合作。", "political-dialogue"),
        ("The spokesman said on Friday that the treaty would keep the fleet in port.", "political-dialogue"),
        # an act of a lower rank than the heads of objects still decides; a source named first reports an act
        ("The president said that his country was suspending the accord.", "institutional"),
        ("据国防部表示，两国海军昨天举行了联合演习。", "military-exercise"),
        ("据该部表示，两国昨天签署了新协定。", "institutional"),
        # telling the other side is a notice under the arrangement, not a statement
        ("The ministry told its partner that it would not renew the agreement.", "institutional"),
    ],
)
def test_what_was_said_is_a_statement(sentence: str, domain: str) -> None:
    assert domain_of(sentence) == domain, sentence


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [
        # forces acting together are an exercise in any words; 協同活動 is a cooperative activity at sea
        ("The two air forces trained together over the desert.", "military-exercise"),
        ("Their frigates sailed together through the strait.", "military-exercise"),
        ("三か国の艦艇は海上協同活動を実施した。", "military-exercise"),
    ],
)
def test_forces_acting_together(sentence: str, domain: str) -> None:
    assert domain_of(sentence) == domain, sentence


def test_english_coordinated_predicates_each_read_their_own_piece() -> None:
    """`visited … and signed a programme`: the visit is a dialogue, the signing an act on an instrument;
    the date's piece is read up to the next coordinated predicate, not across it."""
    body = "On 2 May 2022 the Japanese foreign minister visited NATO headquarters and signed a programme."
    doc = parse_text("Probe\n\n" + body + "\n")
    assert [e.domain for e in extract_events(doc, "t")] == ["political-dialogue", "institutional"]


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [
        # dispatching takes the domain of what it moves: forces make an exercise, an officer an arrangement
        ("政府は護衛艦二隻を南太平洋に派遣した。", "military-exercise"),
        ("该国向地中海派遣两艘驱逐舰。", "military-exercise"),
        ("The ministry dispatched four fighter jets to the island.", "military-exercise"),
        ("该国向联盟总部派遣一名联络官。", "institutional"),
        # joining takes the domain of what is joined: a coalition's force is served in, an alliance is an arrangement
        ("两国部队加入多国联合部队。", "military-exercise"),
        ("Two infantry battalions joined the multinational operation in the desert.", "military-exercise"),
        ("The country joined the alliance after the war.", "institutional"),
    ],
)
def test_dispatch_takes_the_domain_of_what_it_moves(sentence: str, domain: str) -> None:
    assert domain_of(sentence) == domain, sentence


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [
        # exchanging notes or instruments of ratification acts on the instrument; 《…协议》 names an agreement
        ("The two governments exchanged instruments of ratification in Oslo.", "institutional"),
        ("两国宣布扩大《海上合作协议》的适用范围。", "institutional"),
        ("両国は防衛当局間の協議を行った。", "political-dialogue"),
    ],
)
def test_exchanges_of_instruments_and_named_agreements(sentence: str, domain: str) -> None:
    assert domain_of(sentence) == domain, sentence


def test_a_phrase_of_time_is_no_venue() -> None:
    """`In 2021 the … group visited`: the preposition of the date closes with the date, so the subject after it is
    no venue; a place after `at` still is (`met … at the summit meeting`)."""
    assert domain_of("In 2019 the destroyer squadron visited the port city.") == "military-exercise"
    assert domain_of("On 4 May the frigates called on the capital.") == "military-exercise"
    assert domain_of("The ministers met in the capital at the annual summit meeting.") == "political-dialogue"


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [
        # selling or buying equipment acts on it as acquiring does, whatever the equipment is
        ("The ministry approved the sale of twelve fighter jets to Chile.", "institutional"),
        ("Peru asked to buy the frigates.", "institutional"),
        # a participle after a plural subject is no meeting that the act is about; an infinitive's verb after a
        # place is the act, not a head inside the phrase
        ("Defence ministers meeting in Lima decide to deploy a battalion to the border.", "military-exercise"),
        ("Thursday's meeting in Lima was the first of its kind.", "political-dialogue"),
        # what was said with a modal is a forecast, not the act: the saying is the event; without one, what was
        # said decides as before
        ("The minister said the centre would help both armies train together.", "political-dialogue"),
        ("The minister told reporters that the pact would make joint exercises easier.", "political-dialogue"),
        ("The ministry said the two navies held a joint exercise.", "military-exercise"),
        # sanctions are a measure one side declares, coded as dialogue; a procurement agency is no act on equipment
        ("Lima imposed sanctions on Chile's defence procurement agency.", "political-dialogue"),
    ],
)
def test_english_acts_on_equipment_and_participles(sentence: str, domain: str) -> None:
    assert domain_of(sentence) == domain


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [
        # `delivered` in the active voice hands equipment over, as `were delivered` does (thirteenth session)
        ("Spain delivered four patrol boats to the Chilean coast guard.", "institutional"),
        ("The shipyard delivered the second corvette to Peru's navy.", "institutional"),
        # but a speech, a lecture or remarks delivered are said, whatever word stands between
        ("The envoy delivered a long speech to the Chilean senate.", "political-dialogue"),
        ("The foreign minister delivered closing remarks at the forum in Lima.", "political-dialogue"),
    ],
)
def test_delivered_in_the_active_voice_hands_equipment_over(sentence: str, domain: str) -> None:
    assert domain_of(sentence) == domain


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [
        # restoring diplomatic relations acts on the relationship, as establishing them does (thirteenth session)
        ("古巴与智利于1995年恢复外交关系。", "institutional"),
        ("巴拉圭與智利宣布同意恢復邦交。", "institutional"),
        ("チリとペルーは外交関係を回復した。", "institutional"),
        ("Chile and Peru restored full diplomatic ties in 1995.", "institutional"),
        # agreeing to resume talks is still a step of a process, said at a meeting
        ("智利与秘鲁同意恢复防务对话。", "political-dialogue"),
    ],
)
def test_restoring_diplomatic_relations_acts_on_the_relationship(sentence: str, domain: str) -> None:
    assert domain_of(sentence) == domain


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [
        # a signing ceremony that dates what follows is the occasion, not the act
        ("协议签署仪式后，两国外长会见了记者。", "political-dialogue"),
        ("協定簽署儀式結束後，雙方部長共進晚餐並交換意見。", "political-dialogue"),
        ("覚書の署名式の後、両大臣は会談した。", "political-dialogue"),
        ("两国外长在仪式上签署了引渡条约。", "institutional"),
        # what an anniversary marks was done long before: the act of the clause is the marking
        ("两国总理出席了建交三十周年招待会。", "political-dialogue"),
        ("雙方領導人出席兩國建交七十週年紀念活動。", "political-dialogue"),
        ("雙方在首都舉行聯盟成立七十週年紀念活動。", "political-dialogue"),
        (
            "The envoys hosted a dinner marking the 40th anniversary of the signing of the friendship treaty.",
            "political-dialogue",
        ),
        ("国交樹立50周年を記念して、両国の首脳が相互訪問を行った。", "political-dialogue"),
        ("The two states established diplomatic relations in 1972.", "institutional"),
        ("海軍創設百周年の観艦式に両国の艦艇が参加した。", "military-exercise"),
    ],
)
def test_an_occasion_or_an_anniversary_of_an_act_is_not_the_act(sentence: str, domain: str) -> None:
    assert domain_of(sentence) == domain, sentence


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [
        # invoking an arrangement's procedure: an arbitration or a dispute brought
        ("该国就渔业纠纷向国际法庭提起仲裁。", "institutional"),
        ("歐盟就出口限制向世貿組織啟動爭端解決程序。", "institutional"),
        ("Canberra filed a WTO dispute settlement case over the barley duties.", "institutional"),
        # severing relations acts on the relationship, as establishing it does; the matter of it is no act
        ("该岛国政府宣布与对方断交。", "institutional"),
        ("The government severed its diplomatic ties with the island.", "institutional"),
        ("外交部次长召开记者会，说明断交案的经过。", "political-dialogue"),
        # a facility opened: founding it
        ("大使为新的联合研究中心揭幕。", "institutional"),
        ("新基地的落成典禮在港口舉行。", "institutional"),
        # becoming a member is joining
        ("Sweden became the thirty-second member of the alliance.", "institutional"),
        ("该国正式成为上海合作组织成员国。", "institutional"),
        # a parliament passing or approving: ratifying
        ("The senate approved the defence cooperation accord.", "institutional"),
        ("立法院经审议通过该项协定。", "institutional"),
        ("衆議院は加盟議定書を可決した。", "institutional"),
        # receiving and delivering equipment
        ("海军接收了邻国建造的首艘巡逻舰。", "institutional"),
        ("輸送機が最初のレーダーを相手国に届けた。", "institutional"),
        # a ceasefire is an arrangement between the sides; talks on it are talks
        ("双方自午夜起停火。", "institutional"),
        ("The rebels and the army agreed a ceasefire in the north.", "institutional"),
        ("The envoys held talks on a ceasefire.", "political-dialogue"),
    ],
)
def test_acts_on_relations_facilities_membership_and_equipment(sentence: str, domain: str) -> None:
    assert domain_of(sentence) == domain, sentence


def test_the_act_whose_anniversary_a_clause_marks_decides_neither_the_clause_nor_its_sentence() -> None:
    """The clause after a leading date attends an anniversary; the attending decides, and the act marked is no
    cue of the sentence either (a clause left with no cue reads its sentence's)."""
    sentence = fold("去年5月，两国元首共同出席建交四十周年纪念活动。")
    start = sentence.index("两国")
    assert classify_domain(patterns(), sentence[start:], [], sentence, start) == "political-dialogue"
    sentence = fold("On the eve of the 30th anniversary of the signing of the treaty, both envoys were there.")
    start = sentence.index("both")
    assert classify_domain(patterns(), sentence[start:], [], sentence, start) == "political-dialogue"


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [
        # a force written in full or as a group, soldiers, a force moving in: what is dispatched decides
        ("海军派遣一个航空母舰编队前往东海。", "military-exercise"),
        ("該國派遣兩個戰鬥群前往南海。", "military-exercise"),
        ("The multinational battle group was welcomed at the base.", "military-exercise"),
        ("政府依据协定向邻国派遣军人。", "military-exercise"),
        ("维和特派团的首批军人进驻该国北部。", "non-traditional-security"),
        ("應該國請求，聯軍部隊進駐首都。", "military-exercise"),
        # an officer sent to a headquarters stays an act on the arrangement
        ("政府依据协定向联盟总部派遣联络官。", "institutional"),
    ],
)
def test_forces_written_otherwise_are_forces(sentence: str, domain: str) -> None:
    assert domain_of(sentence) == domain, sentence


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [
        # an envoy recalled or expelled, an embassy withdrawn: acts on the pair's diplomatic relations
        ("The government recalled its envoy to the neighbouring capital for consultations.", "institutional"),
        ("Ottawa expelled two diplomats of the other state.", "institutional"),
        ("该国外交部宣布召回驻对方首都的大使。", "institutional"),
        ("政府は駐在大使を本国に召還した。", "institutional"),
        ("該國政府撤回駐對方首都大使館的全部人員。", "institutional"),
        # a demand that the other side act is what one side says, not the act it asks for
        ("外交部同时要求对方立即召回其大使。", "political-dialogue"),
        ("外交部召回驻对方首都的大使，并要求对方关闭其办事处。", "institutional"),
        ("The ministry demanded that the neighbour recall its ambassador.", "political-dialogue"),
        ("政府は相手国に大使を召還するよう求めた。", "political-dialogue"),
        # an English noun compound puts its head last: the name's head noun decides
        ("The allies adopted the Vilnius summit communique and the summit declaration.", "institutional"),
        ("On Monday they issued the Ottawa summit declaration.", "institutional"),
        ("The ministers chaired the partnership council meeting in Rome.", "political-dialogue"),
        ("The envoys met for the strategic dialogue on treaty matters.", "political-dialogue"),
        # the first of a purchase arriving is its delivery; forces arriving are a deployment
        ("首批四架运输机飞抵该国空军基地。", "institutional"),
        ("The first two frigates of the order arrived at the naval base in May.", "institutional"),
        ("該國空軍戰機飛抵對方基地參加聯合訓練。", "military-exercise"),
        ("The carrier strike group arrived in the port.", "military-exercise"),
        # producing or developing equipment together is an act on equipment
        ("两国企业宣布将合作生产装甲车。", "institutional"),
        ("The two firms will co-produce engines for the trainer jet.", "institutional"),
        # a ceremony of an act on an institution, a facility or equipment: the act decides over the venue
        ("两国国防部长出席新训练中心的落成典礼。", "institutional"),
        ("The president attended the handover ceremony of the first patrol ship.", "institutional"),
        ("新型護衛艦の引き渡し式が造船所で行われた。", "institutional"),
        ("The premier attended the inauguration of the new president.", "political-dialogue"),
    ],
)
def test_envoys_demands_compounds_deliveries(sentence: str, domain: str) -> None:
    assert domain_of(sentence) == domain, sentence
