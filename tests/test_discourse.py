"""References that name no entity by themselves: compounds of abbreviations, collectives, generic agreements,
anaphors and generic titles, on sentences written for these tests (never taken from a document of the corpus)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import allyscope
from allyscope import parse_text
from allyscope.compounds import read_compounds
from allyscope.entities import gazetteer, load_discourse, load_states, mark_entities
from allyscope.scripts import fold


def _found(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(m.alias, m.ids, m.basis) for m in gazetteer().match(text)]


def _ids_of(text: str, alias: str) -> tuple[str, ...]:
    return next(m.ids for m in gazetteer().match(text) if m.alias == alias)


# --- compounds ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "alias", "ids"),
    [
        ("日英首脳は防衛協力の拡大を確認した。", "日英", ("JP", "GB")),  # ja, a head noun
        ("日米比の3か国は海上で連携する。", "日米比", ("JP", "US", "PH")),  # ja, three, before a particle
        ("日・NATO協力は新段階に入った。", "日・NATO", ("JP", "NATO")),  # an acronym joined by ・
        ("独仏両国は声明を出した。", "独仏", ("DE", "FR")),  # ja abbreviations of Germany and France
        ("中澳关系近年起伏不定。", "中澳", ("CN", "AU")),  # zh-Hans
        ("美、日、韩三国外长举行会谈。", "美、日、韩", ("US", "JP", "KR")),  # zh-Hans, joined by 、
        ("英法德三國發表共同聲明。", "英法德", ("GB", "FR", "DE")),  # zh-Hant, folded
        ("日菲關係持續升溫。", "日菲", ("JP", "PH")),  # zh-Hant
        ("豪海軍のフリゲートが寄港した。", "豪", ("AU",)),  # one abbreviation before a listed noun
        ("美军在该地区部署了新的雷达。", "美", ("US",)),
        ("英駆逐艦が横須賀に入港した。", "英", ("GB",)),  # one abbreviation before a kind of warship
        ("澳护卫舰参加了演习。", "澳", ("AU",)),
        ("两艘舰艇应柬方邀请停靠该港。", "柬", ("KH",)),  # after 应 (at the invitation of), a newer abbreviation
    ],
)
def test_compounds_of_abbreviations(text: str, alias: str, ids: tuple[str, ...]) -> None:
    assert (alias, ids, "compound") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "日中は気温が高くなる見込みだ。",  # 日中 'daytime': an ordinary word counts only before a relation noun
        "日比谷公園で集会が開かれた。",  # a place name that holds two abbreviations
        "代表团于12日英文版发布声明。",  # 日 after a number is a day
        "他们在台中举行了活动。",  # Taichung, a city
        "各国加强合作。",  # 加 glued to the word before it
        "インド太平洋の安定が重要だ。",  # the Indo-Pacific, not India
    ],
)
def test_no_compound_in_ordinary_words(text: str) -> None:
    assert not [f for f in _found(text) if f[2] == "compound" or "IN" in f[1]]


def test_a_date_before_a_compound_does_not_hide_it() -> None:
    assert ("美英", ("US", "GB"), "compound") in _found("双方于5月3日美英首脑会谈后发表声明。")
    assert ("日美", ("JP", "US"), "compound") in _found("2001 年日美防务合作进入新阶段。")


def test_the_script_decides_what_an_abbreviation_names() -> None:
    states = load_states()["abbreviations"]
    assert states["ja"]["伊"] == "IT" and "伊" not in states["zh"]  # Italy in Japanese; not read in Chinese
    assert _ids_of("日伊首脳会談が行われた。", "日伊") == ("JP", "IT")
    assert not [f for f in _found("日伊关系研究") if f[2] == "compound"]


_TABLE = load_states()["abbreviations"]["zh"]
_ABBREVIATIONS = sorted({a: i for a, i in _TABLE.items() if a != "华"}.items())
_HEADS = [h for h in load_discourse()["compounds"]["heads"] if not any("\u3041" <= c <= "\u30ff" for c in h)]


@given(
    st.lists(st.sampled_from(_ABBREVIATIONS), min_size=2, max_size=4, unique_by=lambda pair: pair[1]),
    st.sampled_from(["", "、", "・", "-"]),
    st.sampled_from(_HEADS),
    st.sampled_from(["", "据报道，", "2024年，", "此外，", "他们认为"]),
)
def test_compound_reader_finds_every_written_compound(
    parts: list[tuple[str, str]], joiner: str, head: str, lead: str
) -> None:
    """A compound built from the data's abbreviations, joined and followed by a relation word, is read whole
    with its states in order; its offsets are those of the text."""
    g = gazetteer()
    written = joiner.join(a for a, _ in parts)
    text = f"{lead}{written}{head}不断深化。"
    assert g.compound_rules is not None
    folded = fold(text)
    found = read_compounds(text, folded, g.compound_rules, [])
    assert [(c.start, c.end, c.ids) for c in found][:1] == [
        (len(lead), len(lead) + len(written), tuple(i for _, i in parts))
    ]


_EVERY_ABBREVIATION = "".join(_TABLE) + "".join(load_states()["abbreviations"]["ja"])


_OTHER_CHARACTERS = st.characters(blacklist_characters=_EVERY_ABBREVIATION, blacklist_categories=("Cs",))


@given(st.text(alphabet=_OTHER_CHARACTERS, max_size=60))
def test_compound_reader_reads_nothing_without_abbreviations(text: str) -> None:
    g = gazetteer()
    assert g.compound_rules is not None
    assert read_compounds(text, fold(text), g.compound_rules, []) == []


# --- collectives -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "ids"),
    [
        ("新西兰总理访问日本。两国同意加强防务合作。", "两国", {"NZ", "JP"}),  # zh-Hans, the sentence before
        ("加拿大與日本舉行會談，雙方簽署了聯合聲明。", "雙方", {"CA", "JP"}),  # zh-Hant, the same sentence
        ("フランスの国防相が日本を訪れた。両国は共同訓練の拡大で一致した。", "両国", {"FR", "JP"}),  # ja
        (
            "India and Japan held talks in March. The two countries agreed to expand exercises.",
            "The two countries",
            {"IN", "JP"},
        ),
        ("日本、美国和菲律宾的领导人会面。三国承诺合作。", "三国", {"JP", "US", "PH"}),
        ("The EU and Japan met in Brussels. Both sides welcomed the progress.", "Both sides", {"EU", "JP"}),
        # one state referred back to (該國, 同国): the state of the sentence before, the title deciding between two
        ("智利加入和平伙伴关系计划。北约邀请该国参加演习。", "该国", {"CL"}),
        ("チリ国防相が来日した。日本は同国と協定に署名した。", "同国", {"CL"}),
    ],
)
def test_collectives_resolve_to_the_parties_of_the_discourse(text: str, word: str, ids: set[str]) -> None:
    mention = next(m for m in gazetteer().match(text) if m.alias.lower() == word.lower())
    assert set(mention.ids) == ids and mention.basis == "collective"


def test_a_collective_with_a_role_brings_the_offices() -> None:
    text = "Japan and Australia signed a treaty in 2022. The two Prime Ministers welcomed it."
    mention = next(m for m in gazetteer().match(text) if m.alias == "The two Prime Ministers")
    assert {"JP", "AU", "office:jp-pm", "office:au-pm"} <= set(mention.ids)


@pytest.mark.parametrize(
    ("text", "word", "office", "not_office"),
    [
        # a state with a president and a prime minister: the leader the discourse named is the one meant
        ("岸田首相はゼレンスキー・ウクライナ大統領と会談し、両首脳は共同声明に署名した。", "両首脳",
         "office:ua-president", "office:ua-pm"),
        ("Kishida met President Zelenskyy of Ukraine in Apulia, and the two leaders signed an accord.",
         "the two leaders", "office:ua-president", "office:ua-pm"),
        # no leader of that state named: the first role the collective lists (a head of government)
        ("日本とウクライナは東京で会議を開いた。両首脳は協力を確認した。", "両首脳",
         "office:ua-pm", "office:ua-president"),
    ],
)  # fmt: skip
def test_a_collective_of_leaders_takes_the_office_the_discourse_named(
    text: str, word: str, office: str, not_office: str
) -> None:
    mention = next(m for m in gazetteer().match(text) if m.alias == word)
    assert office in mention.ids and not_office not in mention.ids


@pytest.mark.parametrize(
    ("text", "word", "ids"),
    [
        ("日本と韓国は防衛相会談を開いた。両大臣は再発防止策で一致した。", "両大臣", {"JP", "KR"}),
        ("Japan and the United States met in Washington; the two foreign and defence ministers agreed.",
         "the two foreign and defence ministers", {"JP", "US"}),
    ],
)  # fmt: skip
def test_collectives_of_ministers(text: str, word: str, ids: set[str]) -> None:
    mention = next(m for m in gazetteer().match(text) if m.alias == word)
    assert ids <= set(mention.ids) and mention.basis == "collective"


def test_a_standing_body_of_two_states_names_both() -> None:
    """A bilateral body (a grouping in data) brings its two members in, wherever the text meets it."""
    for text in ("核磋商小组在首尔举行会议。", "The Nuclear Consultative Group met in Seoul."):
        ids = {i for m in gazetteer().match(text) for i in m.ids}
        assert {"KR", "US"} <= ids, text


def test_a_collective_without_established_parties_stays_unresolved() -> None:
    assert ("两国", (), "collective") in _found("两国同意加强合作。")  # no party named anywhere
    # three states named with the same weight: which two are meant cannot be told
    text = "法国、德国和意大利的代表出席了会议。两国随后发表声明。"
    assert ("两国", (), "collective") in _found(text)


def test_the_title_and_salience_decide_between_more_parties() -> None:
    doc = parse_text(
        "日英関係の展開\n\n日本と英国は首脳会談を開いた。日本は昨年カナダとも協定を結んだ。両国は今後も協力を続ける。\n"
    )
    mention = next(m for m in mark_entities(doc).entities if m.alias == "両国")
    assert set(mention.ids) == {"JP", "GB"}


def test_blocked_words_hide_collectives() -> None:
    assert not [f for f in _found("第三国への移転は認められない。") if f[2] == "collective"]


# --- generic agreements and anaphors -----------------------------------------------------------------------


def _kind_instance() -> tuple[str, dict[str, Any]]:
    g = gazetteer()
    return next((i, e) for i, e in g.entities.items() if e.get("instance_of") and len(e.get("parties", ())) == 2)


def test_a_generic_agreement_is_the_specific_one_only_between_its_parties() -> None:
    g = gazetteer()
    ident, instance = _kind_instance()
    kind = instance["instance_of"]
    alias = g.entity(kind)["aliases"]["en"][0]
    first, second = (g.entity(p)["name"] for p in instance["parties"])
    same = f"In 2015 {first} and {second} signed the {alias}."
    assert ident in _ids_of(same, alias)
    other = f"In 2015 Canada and Mongolia signed the {alias}."
    ids = _ids_of(other, alias)
    assert ids[0] == kind and set(ids[1:]) == {"CA", "MN"}
    assert ident not in ids


@pytest.mark.parametrize(
    ("text", "alias", "parties"),
    [
        ("日本与印度签署了《物资劳务相互提供协定》。", "物资劳务相互提供协定", {"JP", "IN"}),
        ("日本與英國簽署《互惠准入協定》。", "互惠准入協定", {"JP", "GB"}),
        ("日本とカナダは情報保護協定に署名した。", "情報保護協定", {"JP", "CA"}),
        (
            "Australia and the Philippines signed a Reciprocal Access Agreement.",
            "Reciprocal Access Agreement",
            {"AU", "PH"},
        ),
    ],
)
def test_generic_agreements_carry_the_parties_of_their_clause(text: str, alias: str, parties: set[str]) -> None:
    mention = next(m for m in gazetteer().match(text) if m.alias == alias)
    assert mention.basis == "generic" and parties <= set(mention.ids)


def test_an_anaphor_is_the_agreement_named_before_it() -> None:
    text = "日本とインドは物品役務相互提供協定に署名した。翌年、同協定は発効した。"
    mention = next(m for m in gazetteer().match(text) if m.alias == "同協定")
    assert mention.basis == "anaphor" and {"JP", "IN"} <= set(mention.ids)
    text = "日本とインドは物品役務相互提供協定に署名し、翌年には協定が発効した。"
    bare = next(m for m in gazetteer().match(text) if m.alias == "協定")
    assert bare.basis == "anaphor" and {"JP", "IN"} <= set(bare.ids)
    assert not [m for m in gazetteer().match("戦略的パートナーシップ協定が結ばれた。") if m.alias == "協定"]


# --- generic titles ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        ("日本の外相とロペス外相が会談した。", "外相", None),  # the second: a katakana name the data lacks
        ("カナダのロペス国防相が来日した。", "国防相", "CA"),  # an unknown name joined to its state
        ("葡萄牙总理访问北约总部。", "总理", "PT"),  # the state joined to it (波兰总理 is an office now)
        ("挪威总理抵达东京。", "总理", "NO"),  # a state whose office the data lacks (加拿大总理 is an office now)
        ("Vice President Smith visited Tokyo.", "Vice President", None),  # an unknown name follows
        ("Deputy Prime Minister Jones represented Canada.", "Deputy Prime Minister", None),  # not Canada's PM
        ("The Canadian Foreign Minister met Japanese officials.", "Foreign Minister", "CA"),
    ],
)
def test_generic_titles_never_default(text: str, title: str, expected: str | None) -> None:
    mentions = [m for m in gazetteer().match(text) if m.alias == title]
    last = mentions[-1]
    assert last.basis == "title"
    if expected is None:
        assert last.ids == ()
    else:
        assert last.ids and gazetteer().entity(last.ids[0]).get("part_of", last.ids[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Australian Prime Minister Anthony Albanese flew to Tokyo on Monday. On Tuesday, in Tokyo, the Prime "
            "Minister met business leaders.",
            "office:au-pm",
        ),
        ("澳大利亚总理阿尔巴尼斯周一飞抵东京。周二在东京，总理会见了企业界人士。", "office:au-pm"),
        ("澳洲總理阿爾巴尼斯週一抵達東京。週二在東京，總理會見了企業界人士。", "office:au-pm"),
        ("オーストラリア首相は月曜日に東京に到着した。火曜日、東京で首相は経済界の代表と会談した。", "office:au-pm"),
        ("Prime Minister Kishida arrived in Canberra. In Canberra, the Prime Minister laid a wreath.", "office:jp-pm"),
        (
            "NATO Secretary General Mark Rutte landed in Canberra on Monday. In Canberra the Secretary General met "
            "officials of Australia.",
            "office:nato-sg",
        ),
        ("北约秘书长吕特周一抵达堪培拉。秘书长在堪培拉会见了澳大利亚官员。", "office:nato-sg"),
        ("北約秘書長呂特週一抵達坎培拉。秘書長在坎培拉會見了澳洲官員。", "office:nato-sg"),
        (
            "NATOのルッテ事務総長は月曜日にキャンベラに到着した。事務総長はキャンベラでオーストラリアの当局者と会談した。",
            "office:nato-sg",
        ),
        # nobody named with the title before: the place still says whose title it is, or nobody's
        ("On Tuesday, in Tokyo, the Prime Minister met business leaders.", "office:jp-pm"),
        ("周二在东京，总理会见了企业界人士。", "office:jp-pm"),
        ("The Secretary General met officials of Australia in Canberra.", None),  # no state has that office
        ("秘书长在堪培拉会见了澳大利亚官员。", None),
    ],
)
def test_a_bare_title_is_the_holder_named_before_not_the_place(text: str, expected: str | None) -> None:
    """A visitor's title without its state, in a clause set in a foreign city, is the visitor's: the holder the
    discourse last named with that title, not the state of the place."""
    title = [m for m in gazetteer().match(text) if m.basis == "title"][-1]
    assert title.ids == ((expected,) if expected else ())


def test_a_title_beside_an_unknown_name_stops_the_carry() -> None:
    text = (
        "Australian Prime Minister Anthony Albanese met Japanese officials. Prime Minister Smith spoke. "
        "The Prime Minister left."
    )
    assert [m for m in gazetteer().match(text) if m.basis == "title"][-1].ids == ()


def test_a_title_joined_to_a_known_person_is_theirs() -> None:
    g = gazetteer()
    person = next(i for i, e in g.entities.items() if e["type"] == "person" and e.get("part_of") == "JP" and any(
        len(a) >= 2 for a in e["aliases"].get("ja", [])))  # fmt: skip
    name = next(a for a in g.entity(person)["aliases"]["ja"] if len(a) >= 2)
    mentions = g.match(f"オーストラリアの代表団と{name}首相が会談した。")
    title = next(m for m in mentions if m.alias == "首相")
    assert title.ids and g.entity(title.ids[0]).get("part_of", title.ids[0]) == "JP"


def test_a_grouping_names_its_members() -> None:
    groupings = load_discourse()["groupings"]
    for grouping in groupings:
        word = grouping["words"][0]
        mention = next(m for m in gazetteer().match(f"Officials of the {word} met on Monday.") if m.alias == word)
        assert set(grouping["members"]) <= set(mention.ids) and mention.basis == "grouping"


# --- the data ----------------------------------------------------------------------------------------------


def test_states_file_integrity() -> None:
    from allyscope.entities import LANGUAGES

    data = load_states()
    assert data["version"] == 1 and data["about"]
    ids = [s["id"] for s in data["states"]]
    assert len(ids) == len(set(ids))
    g = gazetteer()
    for state in data["states"]:
        assert len(state["id"]) == 2 and state["id"].isupper() and state["type"] == "state", state["id"]
        assert state["name"].strip(), state["id"]
        for names in (state["aliases"], *(state.get(key, {}) for key in ("capitals", "cities", "regions"))):
            assert set(names) <= set(LANGUAGES), state["id"]
            assert all(isinstance(n, str) and len(n) >= 2 for values in names.values() for n in values), state["id"]
        assert g.entity(state["id"])["type"] == "state"
    for needed in ("GB", "FR", "DE", "IT", "CA", "AU", "NZ", "KR", "KP", "IN", "PH", "VN", "TW", "PL", "EE", "TL"):
        assert needed in g.entities and g.entity(needed)["type"] == "state", needed
    assert set(data["abbreviations"]) == {"ja", "zh"}
    assert all(isinstance(w, str) and w for w in data["blocked"])


def test_discourse_file_integrity() -> None:
    from allyscope.entities import load_data

    data = load_discourse()
    g = gazetteer()
    roles = {e.get("role") for e in g.entities.values() if e["type"] == "office"}
    assert data["version"] == 1 and data["about"] and data["window"] >= 1
    words: list[str] = []
    for collective in data["collectives"]:
        kinds = ("states", "any", "organizations", "bodies", "persons")
        assert collective["count"] >= 1 and collective["parties"] in kinds
        assert set(collective.get("roles", [])) <= roles
        assert collective["words"]
        words += collective["words"]
    assert len(words) == len(set(words))  # one word, one reading
    for grouping in data["groupings"]:
        assert len(grouping["members"]) >= 2 and all(g.entity(m)["type"] == "state" for m in grouping["members"])
    assert data["anaphors"]["words"] and data["anaphors"]["bare"]
    compounds = data["compounds"]
    assert compounds["heads"] and compounds["single_heads"] and compounds["joiners"]
    assert all(len(w) == 2 for w in compounds["common_words"])
    titles = set(load_data()["titles"])
    assert not titles & set(words)  # a title is not a collective
    # a seat city names groupings only (a state's capital is states.json's), and is no other name of the data
    for seat in data["seats"]["cities"]:
        assert seat["words"] and all(g.entity(o)["type"] == "organization" for o in seat["organizations"])
        assert not any(w in words or w in titles for w in seat["words"])
    bodies = data["speakers"]["issuer_bodies"]
    assert bodies and len(bodies) == len(set(bodies)) and not set(bodies) & set(data["speakers"]["state"])


def _names(ident: str) -> tuple[str, str, str, str]:
    aliases = gazetteer().entity(ident)["aliases"]
    zh = next(a for a in aliases["zh"] if len(a) >= 2 and not a.endswith("方"))
    ja = next(a for a in aliases["ja"] if len(a) >= 2)
    return ident, zh, ja, gazetteer().entity(ident)["name"]


_STATES = [_names(s["id"]) for s in load_states()["states"]]
_TEMPLATES = [
    ("{a}与{b}举行会谈。{when}，两国同意深化合作。", "两国"),
    ("{a}與{b}舉行會談。{when}，雙方同意深化合作。", "雙方"),
    ("{ja_a}と{ja_b}は会談した。{when}、両国は協力の深化で一致した。", "両国"),
    ("{en_a} and {en_b} held talks. {when}, the two countries agreed to deepen cooperation.", "the two countries"),
]


@given(
    st.lists(st.sampled_from(_STATES), min_size=2, max_size=2, unique_by=lambda s: s[0]),
    st.sampled_from(_TEMPLATES),
    st.sampled_from(["随后", "Later", "翌年", "此后"]),
)
def test_a_collective_names_the_two_states_of_the_sentence_before(
    pair: list[tuple[str, str, str, str]], template: tuple[str, str], when: str
) -> None:
    """Documents generated with their gold: two states named in one sentence, a collective in the next."""
    (a, zh_a, ja_a, en_a), (b, zh_b, ja_b, en_b) = pair
    pattern, word = template
    text = pattern.format(a=zh_a, b=zh_b, ja_a=ja_a, ja_b=ja_b, en_a=en_a, en_b=en_b, when=when)
    mention = next(m for m in gazetteer().match(text) if m.alias == word)
    assert set(mention.ids) == {a, b} and mention.basis == "collective"


# --- actors of later clauses -------------------------------------------------------------------------------


def test_later_clauses_share_the_sentence_lead_and_topic() -> None:
    from allyscope.events import extract_events

    doc = parse_text("見出し\n\n2019年5月1日、カナダ政府は演習への参加を決定し、翌日日本側に伝えた。\n")
    events = extract_events(doc, "t")
    assert len(events) == 2 and "CA" in events[1].actors and "JP" in events[1].actors
    person = next(
        (i, a) for i, e in gazetteer().entities.items() if e["type"] == "person" and e.get("part_of") == "JP"
        for a in e["aliases"].get("ja", []) if len(a) >= 4
    )  # fmt: skip
    doc = parse_text(f"見出し\n\n{person[1]}首相は2023年7月11日にパリを訪れ、13日にはベルリンで講演した。\n")
    events = extract_events(doc, "t")
    assert len(events) == 2 and person[0] in events[1].actors and "DE" in events[1].actors


_PIECES = [
    *_TABLE,
    *load_states()["abbreviations"]["ja"],
    *("、", "・", "-", "两国", "双方", "三國", "の", "は", "12", "日本", "EU", "NATO", "関係", "协定", "該協定"),
    *("協定", "首相", "。", "the two countries", " ", "\x00"),
]


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_matching_any_mix_keeps_offsets_and_never_fails(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = gazetteer().match(text)
    assert [m.start for m in found] == sorted(m.start for m in found)
    for m in found:
        assert text[m.start : m.end] == m.alias
        assert all(i in gazetteer().entities for i in m.ids)


# --- standing bodies referred back to by a bare noun -------------------------------------------------------


def _mentions(text: str) -> list[Any]:
    return list(mark_entities(parse_text(text)).entities)


@pytest.mark.parametrize(
    ("text", "word", "members"),
    [
        # en: the name glued to its head (`France-India Council`), then `the council` alone
        ("Notes\n\nIn 2015 the France-India Council was created. In 2019 the council met in Lyon.\n", "council",
         {"FR", "IN"}),
        # zh-Hant: a head at the start of a clause
        ("概況\n\n2018年，日本與印度設立日印聯合工作組。2019年，工作組在東京舉行會議。\n", "工作組", {"JP", "IN"}),
        # zh-Hans: a determiner before the head, members from the sentence that names the body
        ("概况\n\n2016年，法国与德国决定成立联合工作组。2017年，该工作组在柏林举行首次会议。\n", "工作组",
         {"FR", "DE"}),
        # ja: 同 + head, the body named by a compound of abbreviations glued to it
        ("概要\n\n日豪協力事務局は2012年に設置された。同事務局は翌年に活動を始めた。\n", "事務局", {"JP", "AU"}),
        # an agreement the gazetteer does not know: `the treaty` takes the parties of the sentence naming it
        ("Notes\n\nIn 1998 France and India signed the Ocean Treaty. In 1999 the treaty entered into force.\n",
         "the treaty", {"FR", "IN"}),
        ("概况\n\n1998年，法国与印度签署《海洋条约》。\n\n1999年，条约生效。\n", "条约", {"FR", "IN"}),
        # a ship referred back to: its state alone
        ("概況\n\n2019年，法國海軍巡防艦啟程前往亞洲。同年6月，該艦停靠馬尼拉。\n", "艦", {"FR"}),
    ],
)  # fmt: skip
def test_a_body_referred_back_to_stands_for_its_members(text: str, word: str, members: set[str]) -> None:
    found = [m for m in _mentions(text) if m.basis == "body" and m.alias.casefold() == word.casefold()]
    assert found and set(found[0].ids) == members


@pytest.mark.parametrize(
    "text",
    [
        "Notes\n\nIn 2019 the council met in Lyon.\n",  # no body named before: nothing to stand for
        "概要\n\n日米合同委員会は毎月開かれる。\n",  # 同 glued to 合: a name, not a reference
        "Notes\n\nIn 2019 the council of elders met in Lyon.\n",  # `the council of …` names its own body
    ],
)
def test_no_body_reference_without_a_body_before_it(text: str) -> None:
    assert not [m for m in _mentions(text) if m.basis == "body"]


# --- a title in a government's own release -----------------------------------------------------------------


def test_a_bare_title_in_a_release_dated_by_the_era_is_the_issuers() -> None:
    text = "外相会談\n\n令和5年10月12日\n\n外務大臣は、来訪したカナダ及びメキシコの外相と会談した。\n"
    titles = [m for m in _mentions(text) if m.alias == "外務大臣"]
    assert titles and titles[0].ids == ("office:jp-fm",)
    # without the era date line the text names no issuer, and the title stays unresolved
    plain = "外相会談\n\n2023年10月12日\n\n外務大臣は、来訪したカナダ及びメキシコの外相と会談した。\n"
    assert [m.ids for m in _mentions(plain) if m.alias == "外務大臣"] == [()]


def test_a_state_referred_back_to_is_named_before_it_not_after() -> None:
    """`同国` refers back: the state of the sentence before, not the partner its own sentence names after it,
    even when the title and the abstract name both about as often (the title decides only when nothing nearer
    does)."""
    text = (
        "ポーランドの対米装備調達と米軍の駐留\n\n要旨：本稿は、ポーランドが米国製装備の調達を進め、米軍の駐留を"
        "実現する過程を検討する。\n\n一、調達\n\nポーランドの国防費は急増した。同国は2018年3月28日、協定に米国と署名した。\n"
    )
    doc = allyscope.extract(text)
    assert [ids for _, _, alias, ids, _ in doc.entities if alias == "同国"] == [("PL",)]


def test_an_era_date_line_with_its_weekday_names_the_issuer() -> None:
    text = "防衛大臣会見\n\n令和3年5月18日（火）\n\n防衛大臣は、同日午前に臨時の記者会見を行った。\n"
    titles = [m for m in _mentions(text) if m.alias == "防衛大臣"]
    assert titles and titles[0].ids == ("office:jp-dm",)


@pytest.mark.parametrize(
    ("text", "word", "ids"),
    [
        # the parties' own plural told by a possessive: the pronoun points back to the two states named
        ("Canada and South Korea signed a pact in Ottawa. Their navies then sailed together.", "Their navies",
         {"CA", "KR"}),
        ("Officials of France and India said their defence secretaries would meet in June.",
         "their defence secretaries", {"FR", "IN"}),
    ],
)  # fmt: skip
def test_a_possessive_plural_names_the_two_parties(text: str, word: str, ids: set[str]) -> None:
    mention = next(m for m in gazetteer().match(text) if m.alias == word)
    assert ids <= set(mention.ids) and mention.basis == "collective"


def test_a_possessive_plural_without_two_parties_names_none() -> None:
    """One state named before the pronoun: it cannot be two parties, and no default fills the other place."""
    mention = next(m for m in gazetteer().match("Brazil expanded its fleet. Their navies train often.")
                   if m.alias == "Their navies")  # fmt: skip
    assert not mention.ids


def test_their_ministers_at_large_name_no_two_offices() -> None:
    """`tasked their ministers`: ministers at large, not the two who met; the offices are not brought in."""
    text = "Chile and Peru signed a pact today and tasked their ministers to report within a year."
    assert not any(m.alias == "their ministers" for m in gazetteer().match(text))
