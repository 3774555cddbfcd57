"""The gazetteer grown by whole offices, ninth round (issue 14, fifty-first session, branch gaz82): Iraq's heads of
state and government and foreign ministers 2000–2025 (Saddam Hussein, al-Yawer, Talabani, Allawi, al-Jaafari as prime
minister, Nouri al-Maliki, al-Sahhaf, Naji Sabri, Zebari), the Cook Islands' prime ministers 2000–2025 (an office of
its own, with Maoate, Woonton, Marurai, Puna, Mark Brown), the defence ministers 2000–2025 of Kazakhstan, Uzbekistan
and Tajikistan and those of Côte d'Ivoire 2015–2025; and the cities that hosted the leaders' summits of the G7/G8,
the G20 and APEC 2000–2025, or whose airport served a summit held at a resort or a capital's port city
(`data/states.json` 'cities'). Sentences written for these tests, in other words than the dev documents."""

from __future__ import annotations

import pytest
from helpers import actors_and_involved as _events
from helpers import gazetteer_ids_in as _named
from helpers import longest_unheld_run, office_terms
from hypothesis import given, settings
from hypothesis import strategies as st

_NEW = {
    "person:saddam-hussein",
    "person:ghazi-al-yawer",
    "person:jalal-talabani",
    "person:ayad-allawi",
    "person:nouri-al-maliki",
    "person:mohammed-saeed-al-sahhaf",
    "person:naji-sabri",
    "person:hoshyar-zebari",
    "person:mark-brown-cook-islands",
    "person:tene-birahima-ouattara",
    "person:sherali-mirzo",
    "person:adilbek-dzhaksybekov",
    "person:bakhodir-kurbanov",
    "person:leon-kacou-adom",
}

# The offices completed whole by the rule, the period, and the gaps the period holds on purpose (no holder then).
_WHOLE = {
    "office:iq-hog": ("2000-01-01", [("2003-04-09", "2004-06-28")]),  # the occupation: no Iraqi government
    "office:iq-president": ("2000-01-01", [("2003-04-09", "2004-06-28")]),
    "office:iq-fm": ("2000-01-01", [("2003-04-09", "2003-09-03")]),
    "office:ck-hog": ("2000-01-01", []),
    "office:kz-dm": ("2000-01-01", []),
    "office:uz-dm": ("2000-09-29", []),  # Gulyamov from 29 September 2000; his predecessor not sourced
    "office:tj-dm": ("2000-01-01", []),
    "office:ci-dm": ("2015-01-01", []),
    "office:ci-fm": ("2015-01-01", []),
}


@pytest.mark.parametrize("office", sorted(_WHOLE))
def test_each_office_of_the_rule_has_a_holder_on_every_day_of_its_period(office: str) -> None:
    """A whole office, not the one person a document needed: every day from the period's start to the end of 2025 has
    a holder, but for the gaps named on purpose (a few days between a dismissal and an appointment are allowed)."""
    longest, last = longest_unheld_run(office, *_WHOLE[office])
    assert longest <= 10, (office, last, office_terms(office))


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Prime Minister Nouri al-Maliki flew to Washington.", "person:nouri-al-maliki"),
        ("伊拉克总理马利基出席了签字仪式。", "person:nouri-al-maliki"),
        ("伊拉克總理馬利基會見了美國特使。", "person:nouri-al-maliki"),
        ("マーリキー首相はバグダッドで記者会見を開いた。", "person:nouri-al-maliki"),
        ("马利基同来访的美国副总统举行会谈。", "person:nouri-al-maliki"),
        ("President Jalal Talabani received the envoy.", "person:jalal-talabani"),
        ("塔拉巴尼总统接见了代表团。", "person:jalal-talabani"),
        ("タラバーニ大統領は式典に出席した。", "person:jalal-talabani"),
        ("Foreign Minister Hoshyar Zebari addressed the council.", "person:hoshyar-zebari"),
        ("伊拉克外长兹巴里抵达开罗。", "person:hoshyar-zebari"),
        ("ズィーバーリー外相は会合で演説した。", "person:hoshyar-zebari"),
        ("Saddam Hussein refused the inspectors' demands.", "person:saddam-hussein"),
        ("萨达姆拒绝了最后通牒。", "person:saddam-hussein"),
        ("Ayad Allawi led the interim government.", "person:ayad-allawi"),
        ("阿拉维总理宣布了紧急状态。", "person:ayad-allawi"),
        ("Prime Minister Mark Brown spoke in Rarotonga.", "person:mark-brown-cook-islands"),
        ("库克群岛总理马克·布朗会见了来访的部长。", "person:mark-brown-cook-islands"),
        ("Defence Minister Sherali Mirzo inspected the border posts.", "person:sherali-mirzo"),
        ("塔吉克斯坦国防部长米尔佐会见了来访的代表团。", "person:sherali-mirzo"),
        ("Defence Minister Adilbek Dzhaksybekov visited Beijing.", "person:adilbek-dzhaksybekov"),
        ("Minister Bakhodir Kurbanov signed the plan.", "person:bakhodir-kurbanov"),
        ("Defence Minister Téné Birahima Ouattara received the delegation.", "person:tene-birahima-ouattara"),
        ("Tene Birahima Ouattara took office at the ministry.", "person:tene-birahima-ouattara"),
        ("Foreign Minister Kacou Adom received the ambassador.", "person:leon-kacou-adom"),
        ("Kandia Camara handed over the ministry.", "person:kandia-camara"),
    ],
)
def test_a_name_of_the_offices_is_read_in_each_script(text: str, ident: str) -> None:
    assert ident in _named(text), (text, _named(text))


@pytest.mark.parametrize(
    ("text", "holder", "others"),
    [
        # the Cook Islands' prime minister by family name and title, as the press writes him (`布朗总理`)
        (
            "2023年8月，库克群岛的布朗总理在拉罗汤加主持了论坛。",
            "person:mark-brown-cook-islands",
            {"person:gordon-brown"},
        ),
        ("2016年3月，库克群岛的普纳总理会见了来访的部长。", "person:henry-puna", {"person:mark-brown-cook-islands"}),
        # the Kazakh defence minister of the day (three holders within six months of 2021–2022)
        ("2021年6月，哈萨克斯坦国防部长会见了来访的代表团。", "person:yermekbayev", {"person:murat-bektanov"}),
        (
            "2021年11月，哈萨克斯坦国防部长会见了来访的代表团。",
            "person:murat-bektanov",
            {"person:yermekbayev", "person:ruslan-zhaksylykov"},
        ),
        ("2023年5月，哈萨克斯坦国防部长会见了来访的代表团。", "person:ruslan-zhaksylykov", {"person:murat-bektanov"}),
        # Iraq's prime minister of the day, and the Palestinian foreign minister's 马立基 is no 马利基
        ("2008年7月，伊拉克总理会见了来访的外长。", "person:nouri-al-maliki", {"person:haider-al-abadi"}),
        ("2016年7月，伊拉克总理会见了来访的外长。", "person:haider-al-abadi", {"person:nouri-al-maliki"}),
    ],
)
def test_a_title_names_the_holder_of_the_day(text: str, holder: str, others: set[str]) -> None:
    events = _events(text)
    assert any(holder in actors for actors, _ in events), events
    assert not any(others & actors for actors, _ in events), events


@pytest.mark.parametrize(
    "text",
    [
        "布朗大学的研究人员发表了报告。",  # Brown University: the family name alone, with no title, names nobody
        "英国前首相戈登·布朗出席了会议。",  # another Brown, named in full
        "巴勒斯坦外长马立基会见了特使。",  # Riyad al-Maliki: 马立基, not 马利基
        "The Maliki school of jurisprudence is followed in North Africa.",  # a word, not the name
        "Work at the Brown factory stopped.",
    ],
)
def test_a_trap_names_no_new_entity(text: str) -> None:
    assert not (_named(text) & _NEW), (text, _named(text))


# The summit cities of the rule (one form per script) with the state each names.
_CITIES = [
    ("卡尔加里", "CA"),
    ("卡加利", "CA"),
    ("カルガリー", "CA"),
    ("Calgary", "CA"),
    ("Kananaskis", "CA"),
    ("Toronto", "CA"),
    ("卡亚俄", "PE"),
    ("カヤオ", "PE"),
    ("Callao", "PE"),
    ("热那亚", "IT"),
    ("Taormina", "IT"),
    ("布林迪西", "IT"),
    ("Deauville", "FR"),
    ("ビアリッツ", "FR"),
    ("Pittsburgh", "US"),
    ("Heiligendamm", "DE"),
    ("洞爷湖", "JP"),
    ("Yokohama", "JP"),
    ("杭州", "CN"),
    ("Los Cabos", "MX"),
    ("庆州", "KR"),
    ("安塔利亚", "TR"),
    ("Johannesburg", "ZA"),
    ("巴厘岛", "ID"),
]


@pytest.mark.parametrize(("city", "state"), _CITIES)
def test_a_summit_city_names_its_state(city: str, state: str) -> None:
    assert state in _named(city), (city, _named(city))


@pytest.mark.parametrize(
    ("text", "host", "visitor"),
    [
        ("2025年6月15日，日本首相抵达卡尔加里，出席七国集团峰会。", "CA", "JP"),
        ("2019年11月13日，中国海军训练舰抵达卡亚俄港，开始为期五天的访问。", "PE", "CN"),
        ("2024年11月14日、中国の国家主席はカヤオの空港に到着した。", "PE", "CN"),
        ("On 14 November 2024 the Chinese president landed in Callao for the APEC meeting.", "PE", "CN"),
    ],
)
def test_an_arrival_in_a_summit_city_names_the_host(text: str, host: str, visitor: str | None) -> None:
    """A city after a travel verb is the place of the act: it names its state as the host of the arrival."""
    events = _events(text)
    assert any(host in actors | involved for actors, involved in events), events
    if visitor:
        assert any(visitor in actors for actors, _ in events), events


@pytest.mark.parametrize(
    "text",
    [
        "The San Francisco Peace Treaty was signed in 1951.",  # a name of its own: left out by the rule (as Munich)
        "The Munich Security Conference opened on Friday.",
        "Nice weather held over the weekend.",  # Nice (Cannes's airport) is an English word: left out
        "A Cannes jury awarded the prize.",  # a festival's town: left out as a name of its own
    ],
)
def test_a_city_left_out_by_the_rule_names_no_state(text: str) -> None:
    assert not (_named(text) & {"US", "DE", "FR"}), (text, _named(text))


_VISITORS = ["日本", "印度", "澳大利亚", "韩国", "越南", "新加坡"]
_VERBS = ["抵达", "飞抵", "到达"]
_ZH_CITIES = [("卡尔加里", "CA"), ("卡亚俄", "PE"), ("热那亚", "IT"), ("洛斯卡沃斯", "MX"), ("安塔利亚", "TR")]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_VISITORS), st.sampled_from(_VERBS), st.sampled_from(_ZH_CITIES), st.integers(1, 28))
def test_any_visitor_arriving_in_a_summit_city_meets_its_host(
    visitor: str, verb: str, city: tuple[str, str], day: int
) -> None:
    """Whoever arrives, by whichever travel verb, on whatever day: the summit city after the verb names its state among
    the event's parties, and the visitor's own state stays an actor."""
    name, state = city
    events = _events(f"2024年11月{day}日，{visitor}总理{verb}{name}，出席领导人会议。")
    assert events, (visitor, verb, name)
    assert any(state in actors | involved for actors, involved in events), events
