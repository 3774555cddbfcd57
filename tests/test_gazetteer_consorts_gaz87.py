"""Consorts as offices and Belgium's kings (gaz87, issue 14: the gazetteer filled by classes). The codebook lists
the people a sentence names acting (tests/corpora/events/README.md, `actors`), and dev's gold lists a consort who
hosts, visits or welcomes beside the head of state (`press_zhs_china_mongolia_state_visit` and
`academic_zhs_china_ecuador_fta`: Peng Liyuan; gaz86's two documents: Queens Mathilde and Máxima); the data had none,
so a consort was read only as written. Each monarchy dev names has its consort's office (role `consort`), every
holder 1990–2025, so a title or a couple's word is the consort of the act's date; a couple's word glued to a head of
state (`国王夫妻`, `國王夫婦`, `天皇夫婦`, discourse.json `spouses_glued_cjk`) is that state's consort. Belgium's
`アルベール2世国王` is Albert II of Belgium (king 1993–2013), the bare `アルベール2世` stays Monaco's prince. Sources:
the royal houses' chronologies (Albert II's oath of 9 August 1993 and abdication of 21 July 2013, Queen Suthida
named on 1 May 2019, the Grand Duke's abdication of 3 October 2025)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from helpers import events_in_case, mention_ids, party_names
from hypothesis import given
from hypothesis import strategies as st

from allyscope.entities import gazetteer, holders

CONSORTS = sorted(
    i for i, e in gazetteer().entities.items() if e.get("type") == "office" and e.get("role") == "consort"
)


def test_every_consort_office_has_holders_and_names_in_four_scripts() -> None:
    g = gazetteer()
    assert len(CONSORTS) >= 13
    for office in CONSORTS:
        assert set(g.entity(office)["aliases"]) >= {"en", "zh", "zh_Hant", "ja"}, office
        assert any(r["office"] == office for e in g.entities.values() for r in e.get("roles", ())), office


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2025, 12, 31)))
def test_no_day_has_two_consorts_of_one_state(day: date) -> None:
    for office in CONSORTS:
        assert len(holders(office, day.isoformat())) <= 1, (office, day)


@pytest.mark.parametrize(
    ("office", "first"),
    [("office:be-queen", date(1990, 1, 1)), ("office:lu-grand-duchess", date(1990, 1, 1)),
     ("office:es-queen", date(1990, 1, 1)), ("office:se-queen", date(1990, 1, 1)),
     ("office:no-queen", date(1991, 1, 17)), ("office:jo-queen", date(1999, 2, 7)),
     ("office:cn-president-spouse", date(1993, 3, 27))],
)  # fmt: skip
def test_a_continuous_consort_office_has_one_holder_each_month(office: str, first: date) -> None:
    day = first
    while day < date(2025, 12, 31):
        assert len(holders(office, day.isoformat())) == 1, (office, day)
        day += timedelta(days=30)


@pytest.mark.parametrize(
    ("office", "day", "person"),
    [
        ("office:be-queen", "1992-05-01", "person:queen-fabiola"),
        ("office:be-queen", "1996-10-20", "person:queen-paola"),
        ("office:be-queen", "2016-10-11", "person:queen-mathilde"),
        ("office:be-hos", "1990-06-01", "person:baudouin-of-belgium"),
        ("office:be-hos", "2005-06-01", "person:albert-ii-of-belgium"),
        ("office:lu-grand-duchess", "2013-12-02", "person:maria-teresa-of-luxembourg"),
        ("office:lu-grand-duchess", "2025-12-01", "person:stephanie-of-luxembourg"),
        ("office:es-queen", "2005-11-14", "person:queen-sofia"),
        ("office:es-queen", "2025-11-12", "person:queen-letizia"),
        ("office:th-queen", "2012-01-01", "person:queen-sirikit"),
        ("office:cn-president-spouse", "2015-06-24", "person:peng-liyuan"),
        ("office:lu-hog", "2013-12-02", "person:juncker"),
    ],
)
def test_the_holder_of_a_day(office: str, day: str, person: str) -> None:
    assert holders(office, day) == [person]


def test_thailand_had_no_queen_between_the_two_reigns_marriages() -> None:  # a gap, not a guess
    assert holders("office:th-queen", "2018-01-01") == []


@pytest.mark.parametrize(
    ("text", "alias", "ident"),
    [
        ("1996年10月にはアルベール2世国王が国賓として訪日した。", "アルベール2世国王", "person:albert-ii-of-belgium"),
        ("2019年にはアルベール2世が来日した。", "アルベール2世", "person:albert-ii"),
        ("1994年，阿爾貝二世國王訪問盧森堡。", "阿爾貝二世國王", "person:albert-ii-of-belgium"),
        ("In 2019 Prince Albert visited Tokyo.", "Prince Albert", "person:albert-ii"),
        ("习近平和夫人彭丽媛出席。", "彭丽媛", "person:peng-liyuan"),
        ("瑪克希瑪王后抵達東京。", "瑪克希瑪王后", "person:queen-maxima"),
    ],
)
def test_a_name_in_each_script_names_its_bearer(text: str, alias: str, ident: str) -> None:
    assert mention_ids(text, alias) == [(ident,)]


def test_king_albert_ii_in_english_is_the_king_of_the_act_date() -> None:  # one name, two men: the date decides
    text = "Visits\n\nIn October 1996 King Albert II paid a state visit to Japan.\n"
    found = [party_names(e) for e in events_in_case(text, "BE", "JP")]
    assert any({"Albert II of Belgium", "Belgium"} <= names for names in found), found
    assert all("Monaco" not in names for names in found), found


def test_a_spanish_couple_on_a_visit_is_the_king_and_the_queen_of_that_year() -> None:
    text = "報道発表\n\n2008年11月10日\n\n1　11月9日、フアン・カルロス1世国王夫妻は国賓として東京に到着された。\n"
    found = [party_names(e) for e in events_in_case(text, "ES", "JP")]
    assert any({"Queen Sofía of Spain", "Spain"} <= names for names in found), found


def test_the_grand_ducal_couple_hosted_in_traditional_script() -> None:
    text = (
        "盧森堡\n\n2024年4月20日\n\n4月16日，比利時國王菲利普在王宮歡迎盧森堡亨利大公。"
        "當晚，國王夫婦在拉肯城堡設國宴款待大公。\n"
    )
    found = [party_names(e) for e in events_in_case(text, "BE", "LU")]
    assert any("Queen Mathilde of Belgium" in names for names in found), found


def test_a_prime_ministers_couple_names_no_consort() -> None:  # the trap: a spouse who holds no office
    text = "報道発表\n\n2019年1月10日\n\n1　1月9日、安倍総理大臣夫妻はロンドンに到着し、同日、英国首相と会談した。\n"
    found = [party_names(e) for e in events_in_case(text, "JP", "GB")]
    g = gazetteer()
    consorts = {g.entity(p)["name"] for o in CONSORTS for p in holders(o, "2019-01-09")}
    assert found and all(not names & consorts for names in found), found


_NOT_HEADS = st.text(alphabet="東京大阪会談首相外相総理市長代表団議員", min_size=1, max_size=6)


@given(_NOT_HEADS)
def test_a_couples_word_glued_to_no_head_of_state_reads_nobody(words: str) -> None:
    from allyscope.discourse_couples_cjk import spouses_glued

    g = gazetteer()
    text = f"2020年5月1日、{words}夫妻が到着した。"
    mentions = g.match_names(text)
    out = spouses_glued(text, mentions, g)
    assert all(m.basis != "couple-back" for m in out if text[m.start : m.end] == "夫妻")
