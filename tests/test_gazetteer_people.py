"""The gazetteer's people (data/gazetteer/people.json) as names a reader can trust: every term of office falls in
the years the data covers, and no alias of a person can be read as something else. A person's alias names that
person wherever it stands, so one shared with a person of another state, equal to a state's, a city's or an
organization's name, or one ideograph long (a word in its own right) would make the extractor name the wrong
actor; terms of office tell apart people of one state who share a name, never people of two states. The people
were completed for every UN member by one rule (heads of state and government and foreign ministers in office
at any time 2015–2025): each member has at least one such person."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import pytest

from allyscope.entities import LANGUAGES, gazetteer, load_data
from allyscope.scripts import fold

_FIRST_YEAR, _LAST_YEAR = 1940, 2026
_IDEOGRAPH = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff]$")
_LEADERS = ("head-of-state", "head-of-government", "foreign-minister", "monarch")
# the 193 members of the United Nations (ISO 3166 codes)
_UN_CODES = (
    "AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN "
    "CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW "
    "GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH "
    "MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR RO RU RW "
    "KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV "
    "UG UA AE GB US UY UZ VU VE VN YE ZM ZW"
)
_UN_MEMBERS = _UN_CODES.split()


def _people() -> list[dict[str, Any]]:
    return [e for e in load_data()["entities"] if e["type"] == "person"]


def _aliases(entity: dict[str, Any]) -> list[tuple[str, str]]:
    return [(language, alias) for language in LANGUAGES for alias in entity.get("aliases", {}).get(language, [])]


def person_clashes(people: list[dict[str, Any]], others: dict[str, set[str]]) -> list[tuple[str, str, str]]:
    """(person, alias, why) for each alias that would name something else: another state's person, a state, a
    city, an organization (`others`: folded alias → owners that are not people), or one ideograph."""
    states: dict[str, set[str]] = defaultdict(set)
    for person in people:
        for _, alias in _aliases(person):
            states[fold(alias)].add(person["part_of"])
    out = []
    for person in people:
        for language, alias in _aliases(person):
            folded = fold(alias)
            if language != "en" and _IDEOGRAPH.match(alias):
                out.append((person["id"], alias, "one ideograph"))
            if len(states[folded]) > 1:
                out.append((person["id"], alias, f"people of {sorted(states[folded])}"))
            if others.get(folded):
                out.append((person["id"], alias, f"also names {sorted(others[folded])[:3]}"))
    return out


def _others() -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for ident, entity in gazetteer().entities.items():
        if entity.get("type") in ("state", "organization", "institution"):
            for _, alias in _aliases(entity):
                out[fold(alias)].add(ident)
    return out


def test_terms_of_office_fall_within_the_years_the_data_covers() -> None:
    for person in _people():
        for term in person["roles"]:
            assert int(term["from"][:4]) >= _FIRST_YEAR, (person["id"], term)
            assert int(term.get("to", f"{_LAST_YEAR}")[:4]) <= _LAST_YEAR, (person["id"], term)
            assert term["from"] <= term.get("to", "9999"), (person["id"], term)


def test_no_alias_of_a_person_names_anything_else() -> None:
    clashes = person_clashes(_people(), _others())
    assert not clashes, clashes


@pytest.mark.parametrize(
    ("alias", "language", "why"),
    [("Georgia", "en", "also names"), ("華", "zh_Hant", "one ideograph"), ("Kishida", "en", "people of")],
)
def test_the_clash_check_finds_each_kind_of_clash(alias: str, language: str, why: str) -> None:
    """A made-up person of another state with a bad alias is caught (the check can fail)."""
    made_up = {"id": "person:x", "type": "person", "name": "X Y", "part_of": "FR", "roles": [],
               "aliases": {"en": ["X Y"], language: [alias]}}  # fmt: skip
    found = person_clashes([*_people(), made_up], _others())
    assert any(ident == "person:x" and a == alias and w.startswith(why) for ident, a, w in found), found


def test_every_un_member_has_a_leader_or_foreign_minister_of_2015_to_2025() -> None:
    entities = gazetteer().entities
    covered = set()
    for person in _people():
        for term in person["roles"]:
            office = entities[term["office"]]
            if office["role"] in _LEADERS and term["from"] <= "2025-12-31" and term.get("to", "9999") >= "2015":
                covered.add(office["part_of"])
    assert len(_UN_MEMBERS) == len(set(_UN_MEMBERS)) == 193
    assert not set(_UN_MEMBERS) - covered, sorted(set(_UN_MEMBERS) - covered)


def test_an_office_of_a_state_names_the_state_it_belongs_to() -> None:
    """An office id `office:xx-…` belongs to state XX (the ids the completion added follow the state's code)."""
    for entity in load_data()["entities"]:
        if entity["type"] == "office" and (m := re.match(r"office:([a-z]{2})-", entity["id"])):
            owner = entity["part_of"]
            if gazetteer().entities.get(owner, {}).get("type") == "state":
                assert m.group(1).upper() == owner, entity["id"]


@pytest.mark.parametrize(
    ("text", "word", "office", "not_office"),
    [
        # a governing president with a prime minister under them, neither named: the president's office
        ("Prime Minister Carney flew to Seoul in the autumn, and the two leaders issued a statement on shipbuilding.",
         "the two leaders", "office:kr-president", "office:kr-hog"),
        ("イタリアとカザフスタンはアスタナで会合を開いた。両首脳は協力を確認した。", "両首脳",
         "office:kz-president", "office:kz-hog"),
        # the prime minister named before: that office, whatever the data marks as leading
        ("韩国总理韩德洙与意大利总理梅洛尼在罗马会谈，两国领导人同意加强合作。", "两国领导人",
         "office:kr-hog", "office:kr-president"),
    ],
)  # fmt: skip
def test_leaders_of_a_state_whose_president_governs_are_its_president(
    text: str, word: str, office: str, not_office: str
) -> None:
    """`leads` (offices.json): `the two leaders` of a state with both offices stand for the one that leads it when
    the text named neither holder."""
    mention = next(m for m in gazetteer().match(text) if m.alias == word)
    assert office in mention.ids and not_office not in mention.ids, mention.ids


def test_taking_office_is_the_act_of_the_person_whose_term_begins() -> None:
    """`took office` is its doer's own act: with every state's foreign minister in the data, an office the sentence
    names of another state (`its foreign minister`) has a holder on the date, who is no doer of it; the doer is the
    person whose term begins on the date (events.py `_own_act_doers`)."""
    from helpers import event_actor_names

    found = event_actor_names("When Anthony Albanese took office in May 2022, Tokyo sent its foreign minister.")
    assert {"Anthony Albanese", "Australia"} <= found[0] and "Japan" not in found[0], found


def test_no_alias_of_a_person_is_a_given_name_the_field_shares() -> None:
    """A bare given name several states' office holders share (`Ahmed`, `Joseph`) names no one the data can tell:
    it would read an unknown person of another state as a known one and bring that state in (act52). A one-word
    alias is a family name (`Teodoro`, `Ashton`) or a name that person alone is known by (`Prabowo`)."""
    from allyscope.entities import shared_given_names

    data = load_data()
    family_first = frozenset(
        state for key in ("one_character_families", "mixed_length_families") for state in data[key]["states"]
    )
    entities = {e["id"]: e for e in data["entities"]}
    given_names = shared_given_names(entities, family_first)
    assert "Joseph" in given_names  # the rule finds what it is for
    bare = [
        (person["id"], alias)
        for person in _people()
        for alias in person.get("aliases", {}).get("en", [])
        if alias in given_names and alias != person["name"].split()[-1]
    ]
    assert not bare, bare


# states the offices' rule gives no defence minister's office: no armed forces, or no such ministry (the
# Caribbean states whose forces answer to a ministry of national security, the microstates, the Holy See, Palestine)
_WITHOUT_DEFENCE_MINISTRY = frozenset(
    (
        *("IS", "PA", "CR", "MU", "KI", "TV", "MH", "FM", "PW", "SB", "VU", "WS", "LC", "VC", "KN"),
        *("AD", "AG", "BS", "BB", "DM", "GD", "GY", "JM", "LI", "MC", "NR", "SM", "SC", "VA", "PS"),
    )
)
_ROLE_TITLES = {
    "foreign-minister": {"en": "'s foreign minister", "zh": "外长", "zh_Hant": "外長", "ja": "外相"},
    "defence-minister": {"en": "'s defence minister", "zh": "国防部长", "zh_Hant": "國防部長", "ja": "国防相"},
}


def _state_names(code: str) -> dict[str, str]:
    """The CLDR name of a state in each script (the names the offices' generic forms were built on)."""
    from babel import Locale

    locales = {"en": "en", "zh": "zh", "zh_Hant": "zh_Hant_TW", "ja": "ja"}
    return {language: Locale.parse(name).territories[code] for language, name in locales.items()}


def _former_state(code: str) -> bool:
    """A state that no longer exists (the Soviet Union; enact70: Yugoslavia, Czechoslovakia): CLDR has no name for
    it, and the offices' rule, built on CLDR's names of today's states, does not run over it."""
    from babel import Locale

    return code not in Locale.parse("en").territories


def test_every_state_has_a_foreign_minister_office_and_most_a_defence_one() -> None:
    """The offices of the rule (offices.json `about`): every state of states.json has a foreign minister's office;
    a defence minister's is left out only for a state the rule names as having no armed forces or no such ministry."""
    from allyscope.entities import load_states, offices_by_role

    offices = offices_by_role()
    states = [s["id"] for s in load_states()["states"] if not _former_state(s["id"])]
    assert not [c for c in states if (c, "foreign-minister") not in offices]
    without = {c for c in states if (c, "defence-minister") not in offices}
    assert without <= _WITHOUT_DEFENCE_MINISTRY, sorted(without)


@pytest.mark.parametrize("role", sorted(_ROLE_TITLES))
def test_a_generic_title_after_any_states_name_is_that_states_office(role: str) -> None:
    """`<state>外长`, `<state>外長`, `<state>外相`, `<state>'s foreign minister` (and the defence minister's) give the
    state's office in every script, for every state of states.json that has the office: a person named with it is
    read as its holder on the date, never as a title no state claims."""
    from allyscope.entities import load_states, offices_by_role

    offices = offices_by_role()
    g = gazetteer()
    wrong = []
    for state in load_states()["states"]:
        office = offices.get((state["id"], role))
        if _former_state(state["id"]) or (office is None and state["id"] in _WITHOUT_DEFENCE_MINISTRY):
            continue
        if office is None:
            wrong.append((state["id"], "no office"))
            continue
        for language, name in _state_names(state["id"]).items():
            text = f"{name}{_ROLE_TITLES[role][language]}"
            if not any(office in m.ids for m in g.match(text)):
                wrong.append((text, [(m.alias, m.ids) for m in g.match(text)]))
    assert not wrong, wrong[:10]


# the two observers of the United Nations General Assembly (the Holy See, Palestine)
_UN_OBSERVERS = ("VA", "PS")


def test_states_json_lists_every_un_member_and_observer() -> None:
    """The offices' rule (offices.json `about`) and the people's completion run over states.json: a member or
    observer missing from it has no foreign minister's office, so `<state>外长` names no one (ppl57 added twenty)."""
    from allyscope.entities import load_states

    listed = {s["id"] for s in load_states()["states"]}
    assert not (set(_UN_MEMBERS) | set(_UN_OBSERVERS)) - listed, sorted(set(_UN_MEMBERS) - listed)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("马立基当天下午出席了记者会。", "person:riyad-al-maliki"),  # Xinhua's form, no title
        ("阿什提耶随后前往开罗。", "person:mohammad-shtayyeh"),
        ("努爾特列烏隨後出席記者會。", "person:murat-nurtleu"),  # a plain conversion of Xinhua's form
        ("戴斐立隨即搭機返國。", "person:feleti-teo"),  # CNA's form, which no conversion gives
        ("アッバースは声明を発表した。", "person:mahmoud-abbas"),  # MOFA Japan's form
        ("丁薛祥出席开幕式并致辞。", "person:ding-xuexiang"),
        ("卡里莫夫出席了会议。", "person:islam-karimov"),  # the family name of a dotted full name
    ],
)  # fmt: skip
def test_a_bare_cjk_name_of_a_person_the_data_holds_names_that_person(text: str, person: str) -> None:
    """A head or minister named in Chinese or Japanese without a title or gloss is still that person, in every
    script the data holds a form in (the blind sets' largest class of actor misses was a person the data lacked)."""
    assert [m.ids for m in gazetteer().match_names(text) if person in m.ids] == [(person,)]


@pytest.mark.parametrize("text", ["美韩正在讨论延长协议。", "韩正式宣布加入该倡议。", "日韓正式に合意した。"])
def test_a_two_character_name_that_runs_into_words_is_read_only_with_its_title(text: str) -> None:
    """`韩正` begins `韩正式` and `美韩正在` (Korea + officially, Korea + is …): the data holds that name only with
    a title (`国家副主席韩正`, `韩正副总理`), so these name no person."""
    assert not [m for m in gazetteer().match_names(text) if m.ids and m.ids[0].startswith("person:")]


def test_a_two_character_name_with_its_title_names_the_person() -> None:
    assert any("person:han-zheng" in m.ids for m in gazetteer().match_names("国家副主席韩正会见了代表团。"))


def test_a_bare_cjk_name_makes_its_state_an_actor_of_the_event() -> None:
    """The person's state comes from the office held on the event's date (Palestine's foreign minister in 2019)."""
    from helpers import event_actor_names

    found = event_actor_names("2019年4月10日，王毅同马立基在北京举行会谈。")
    assert {"Riyad al-Maliki", "Palestine", "Wang Yi", "China"} <= found[0], found
