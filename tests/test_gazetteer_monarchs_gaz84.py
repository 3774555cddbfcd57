"""The gazetteer grown by whole offices, eleventh round (issue 14, fifty-third session, branch gaz84): every monarch
of the Gulf and Southeast Asian monarchies since 1990 (Saudi Arabia's Fahd and Abdullah, Qatar's Khalifa bin Hamad
and Hamad bin Khalifa, Bahrain's Emir Isa, the UAE's Zayed, Malaysia's Yang di-Pertuan Agong 1989–2016, Cambodia's
Sihanouk restored in 1993), Malaysia's prime minister 2003–2009, the monarchs' titles in the four scripts
(`文莱苏丹`, `阿曼蘇丹`, `泰国国王`, …), a sultan's title beside his name (`哈桑纳尔苏丹`, `蘇丹卡布斯`) read as the
title and not as Sudan, `阿曼蘇丹國` as Oman, and India's `EAM`; a given name (`哈马德`) after the full name is
the person named in full. Sentences written for these tests, in other words than the dev documents."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from helpers import actors_and_involved as _events
from helpers import gazetteer_ids_in as _named
from helpers import longest_unheld_run, office_holder_terms, office_terms
from hypothesis import given, settings
from hypothesis import strategies as st

_NEW = {
    "person:king-fahd",
    "person:king-abdullah-sa",
    "person:khalifa-bin-hamad-al-thani",
    "person:hamad-bin-khalifa-al-thani",
    "person:isa-bin-salman-al-khalifa",
    "person:zayed-bin-sultan",
    "person:azlan-shah",
    "person:jaafar-of-negeri-sembilan",
    "person:salahuddin-of-selangor",
    "person:sirajuddin-of-perlis",
    "person:mizan-zainal-abidin",
    "person:abdul-halim-of-kedah",
    "person:abdullah-ahmad-badawi",
    "person:norodom-sihanouk",
}

# The offices completed whole, from 1990 (or the office's restoration) to 2025; none holds a gap on purpose.
_WHOLE = {
    "office:sa-king": "1990-01-01",
    "office:qa-emir": "1990-01-01",
    "office:bh-king": "1990-01-01",
    "office:ae-president": "1990-01-01",
    "office:kw-emir": "1990-01-01",
    "office:om-sultan": "1990-01-01",
    "office:jo-king": "1990-01-01",
    "office:bn-sultan": "1990-01-01",
    "office:th-king": "1990-01-01",
    "office:kh-king": "1993-09-24",  # the monarchy restored
    "office:my-head-of-state": "1990-01-01",
    "office:my-pm": "1990-01-01",
}


@pytest.mark.parametrize("office", sorted(_WHOLE))
def test_each_monarchy_has_a_holder_on_every_day_since_1990(office: str) -> None:
    """A whole office, not the one monarch a document needed: every day from 1990 to the end of 2025 has a holder
    (the days between a death or abdication and the successor's term allowed: Malaysia's Agong is elected)."""
    longest, last = longest_unheld_run(office, _WHOLE[office], [])
    assert longest <= 25, (office, last, office_terms(office))


def test_no_two_monarchs_of_an_office_overlap() -> None:
    """Terms follow one another: an office's terms overlap by a hand-over day at most."""
    for office, start in _WHOLE.items():
        terms = [t for t in office_terms(office) if t[1] >= start]
        for (_, end), (begin, _) in itertools.pairwise(terms):
            gap = (date.fromisoformat(begin) - date.fromisoformat(end)).days
            assert gap >= -1, (office, begin, end)


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Fahd bin Abdulaziz received the American envoy in Jeddah.", "person:king-fahd"),
        ("Abdullah bin Abdulaziz opened the new university.", "person:king-abdullah-sa"),
        ("沙特国王法赫德·本·阿卜杜勒-阿齐兹接见了代表团。", "person:king-fahd"),
        ("ファハド国王は米大統領と会談した。", "person:king-fahd"),
        ("Sheikh Hamad bin Khalifa inaugurated the gas plant.", "person:hamad-bin-khalifa-al-thani"),
        ("卡達前埃米爾哈馬德·本·哈利法·阿勒薩尼出席了開幕式。", "person:hamad-bin-khalifa-al-thani"),
        ("ハマド・ビン・ハリーファ首長は国賓として来日した。", "person:hamad-bin-khalifa-al-thani"),
        ("Khalifa bin Hamad left Doha for Geneva.", "person:khalifa-bin-hamad-al-thani"),
        ("伊萨·本·萨勒曼·阿勒哈利法埃米尔会见了来访者。", "person:isa-bin-salman-al-khalifa"),
        ("Zayed bin Sultan Al Nahyan founded the federation's army.", "person:zayed-bin-sultan"),
        ("Tuanku Syed Sirajuddin opened the parliament session.", "person:sirajuddin-of-perlis"),
        ("端姑米占再纳阿比丁出席了国庆典礼。", "person:mizan-zainal-abidin"),
        ("Tuanku Abdul Halim received the credentials of the new envoy.", "person:abdul-halim-of-kedah"),
        ("Sultan Azlan Shah granted an audience to the minister.", "person:azlan-shah"),
        ("Abdullah Badawi chaired the cabinet meeting.", "person:abdullah-ahmad-badawi"),
        ("King Sihanouk returned to Phnom Penh from Beijing.", "person:norodom-sihanouk"),
        ("诺罗敦·西哈努克国王会见了代表团。", "person:norodom-sihanouk"),
        # a sultan's title beside his name, in both orders and both scripts
        ("哈桑纳尔苏丹出席了晚宴。", "person:hassanal-bolkiah"),
        ("蘇丹卡布斯接見了外賓。", "person:qaboos"),
        ("海赛姆苏丹会见了代表团。", "person:haitham-bin-tariq"),
        ("蘇丹易卜拉欣出席了閱兵。", "person:ibrahim-of-johor"),
        # the titles of the offices in the four scripts
        ("文莱苏丹出席了峰会。", "office:bn-sultan"),
        ("阿曼蘇丹接見了外長。", "office:om-sultan"),
        ("泰国国王出席了典礼。", "office:th-king"),
        ("柬埔寨國王出席了典禮。", "office:kh-king"),
        ("カンボジア国王が来日した。", "office:kh-king"),
        ("The Agong opened the session of parliament.", "office:my-head-of-state"),
        ("EAM held talks with his counterpart.", "office:in-fm"),
        ("阿曼蘇丹國與印度簽署了協定。", "OM"),
    ],
)
def test_a_name_or_title_of_the_class_is_read_in_each_script(text: str, ident: str) -> None:
    assert ident in _named(text), (text, _named(text))


@pytest.mark.parametrize(
    "text",
    [
        "哈桑纳尔苏丹出席了晚宴。",
        "文莱苏丹出席了峰会。",
        "蘇丹卡布斯接見了外賓。",
        "阿曼蘇丹國與印度簽署了協定。",
    ],
)
def test_a_sultans_title_is_not_sudan(text: str) -> None:
    """`苏丹`/`蘇丹` beside a sultanate's name or a sultan's name is the title: Sudan is not named."""
    assert "SD" not in _named(text), (text, _named(text))


@pytest.mark.parametrize(
    "text",
    [
        "苏丹总统会见了来访的代表团。",  # Sudan's president: the state
        "蘇丹政府與反對派簽署了協議。",  # Sudan's government
        "南苏丹独立后加入了联合国。",  # South Sudan, a name of its own
    ],
)
def test_sudan_is_still_read_where_it_is_the_state(text: str) -> None:
    named = _named(text)
    assert "SD" in named or "SS" in named or "office:sd-president" in named, (text, named)
    assert not ({"office:bn-sultan", "office:om-sultan"} & named), (text, named)


@pytest.mark.parametrize(
    "text",
    [
        "西哈努克港的码头扩建完工。",  # the port named after the king, no person
        "The Sheikh Zayed Grand Mosque hosted the ceremony.",  # a mosque, not the president
        "Sihanoukville port received the ship.",  # the town, no person
        "西哈努克省省长会见了代表团。",  # the province
    ],
)
def test_a_trap_names_no_new_monarch(text: str) -> None:
    assert not (_named(text) & _NEW), (text, _named(text))


@pytest.mark.parametrize(
    ("text", "holder", "others"),
    [
        # a given name after the full name: Qatar's former emir, not Bahrain's king who bears the same given name
        (
            "2012年4月，卡塔尔埃米尔哈马德·本·哈利法·阿勒萨尼访问了新德里。次日，哈马德会见了印度总统。",
            "person:hamad-bin-khalifa-al-thani",
            {"person:hamad-bin-isa"},
        ),
    ],
)
def test_a_given_name_is_read_as_the_one_the_text_named_in_full(text: str, holder: str, others: set[str]) -> None:
    events = _events(text)
    assert any(holder in actors for actors, _ in events), events
    assert not any(others & actors for actors, _ in events), events


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("In March 1997 the Qatari Emir met the French president.", "person:hamad-bin-khalifa-al-thani"),
        ("In March 1992 the Qatari Emir met the French president.", "person:khalifa-bin-hamad-al-thani"),
        ("In March 2009 the Saudi King met the French president.", "person:king-abdullah-sa"),
        ("In March 1999 the Saudi King met the French president.", "person:king-fahd"),
        ("2008年3月，马来西亚最高元首会见了来访的代表团。", "person:mizan-zainal-abidin"),
        ("2004年3月，马来西亚最高元首会见了来访的代表团。", "person:sirajuddin-of-perlis"),
        ("2007年3月，马来西亚总理会见了来访的代表团。", "person:abdullah-ahmad-badawi"),
        ("1998年3月，柬埔寨国王会见了来访的代表团。", "person:norodom-sihanouk"),
    ],
)
def test_a_title_names_the_monarch_of_the_day(text: str, holder: str) -> None:
    events = _events(text)
    assert any(holder in actors for actors, _ in events), events


_TITLES_ZH = {
    "office:sa-king": "沙特国王",
    "office:qa-emir": "卡塔尔埃米尔",
    "office:ae-president": "阿联酋总统",
    "office:my-head-of-state": "马来西亚最高元首",
    "office:kh-king": "柬埔寨国王",
}


def _holders(office: str) -> list[tuple[str, str, str]]:
    return [(start, end, person) for start, end, person, _ in office_holder_terms(office) if end >= _WHOLE[office]]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(sorted(_TITLES_ZH)), st.integers(0, 40), st.floats(0.0, 1.0))
def test_a_title_on_any_month_of_a_reign_names_that_monarch(office: str, pick: int, where: float) -> None:
    """Any month wholly inside a reign since 1990 (a sentence `<year>年<month>月，<title>会见了…`): the title names
    that reign's monarch and no other holder of the office."""
    terms = _holders(office)
    begin, end, holder = terms[pick % len(terms)]
    first = max(date.fromisoformat(begin), date(1990, 1, 1)) + timedelta(days=32)
    last = date.fromisoformat(end) - timedelta(days=32)
    if last <= first:
        return
    day = first + (last - first) * where
    text = f"{day.year}年{day.month}月，{_TITLES_ZH[office]}会见了来访的代表团。"
    named = set().union(*(actors for actors, _ in _events(text)))
    others = {h for _, _, h in terms if h != holder}
    assert holder in named, (text, named)
    assert not (named & others), (text, named)
