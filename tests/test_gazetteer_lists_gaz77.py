"""The gazetteer grown by list, fifth round (issue 14, item 3, forty-sixth session, branch gaz77): what gaz76 left
(the OECD, Jóhanna Sigurðardóttir, Lilja Alfreðsdóttir, Battsetseg Batmunkh, Pål Jonson in Japanese, Emir Jaber of
Kuwait by his full names only), holders dev's golds named only as written (Suharto, Médici, Stroessner, Nyerere,
Kaunda, Asim Munir, Romeo Brawner Jr.), two chief-of-defence offices (Pakistan's army chief, the AFP's chief of
staff) and two security bodies (the Lake Chad Basin's Multinational Joint Task Force by its acronym only, the
Multilateral Sanctions Monitoring Team on North Korea). Sentences written for these tests, in other words than the
dev documents."""

from __future__ import annotations

import pytest
from helpers import actors_and_involved as _events
from helpers import gazetteer_ids_in as _named
from hypothesis import given, settings
from hypothesis import strategies as st


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("The OECD admitted a new member in 2021.", "OECD"),
        ("经合组织发表了年度报告。", "OECD"),
        ("經濟合作暨發展組織的部長理事會在巴黎舉行。", "OECD"),
        ("経済協力開発機構の閣僚理事会が開かれた。", "OECD"),
        ("Prime Minister Jóhanna Sigurðardóttir spoke in Reykjavík.", "person:johanna-sigurdardottir"),
        ("Foreign Minister Lilja Alfreðsdóttir met her Norwegian colleague.", "person:lilja-alfredsdottir"),
        ("Foreign Minister Battsetseg Batmunkh arrived in Seoul.", "person:battsetseg-batmunkh"),
        ("巴特策策格外长会见了来访的代表团。", "person:battsetseg-batmunkh"),
        ("バトツェツェグ外相と会談した。", "person:battsetseg-batmunkh"),
        ("ヨンソン国防相が演説した。", "person:pal-jonson"),
        ("Emir Jaber al-Ahmad returned to Kuwait City.", "person:jaber-al-ahmad"),
        ("贾比尔·艾哈迈德·贾比尔·萨巴赫埃米尔于2006年逝世。", "person:jaber-al-ahmad"),
        ("President Suharto stepped down in May 1998.", "person:suharto"),
        ("蘇哈托總統於1998年下台。", "person:suharto"),
        ("スハルト大統領が辞任した。", "person:suharto"),
        ("Alfredo Stroessner ruled Paraguay until 1989.", "person:alfredo-stroessner"),
        ("ニエレレ大統領が北京を訪れた。", "person:julius-nyerere"),
        ("卡翁达总统访问了北京。", "person:kenneth-kaunda"),
        ("General Asim Munir visited Washington.", "person:asim-munir"),
        ("阿西姆·穆尼尔会见了中国代表团。", "person:asim-munir"),
        ("ブラウナー参謀総長が記者会見した。", "person:romeo-brawner"),
        ("Troops of the MNJTF cleared the islands of Lake Chad.", "mission:mnjtf"),
        ("The Multilateral Sanctions Monitoring Team published its first report.", "MSMT"),
        ("多国間制裁監視チームが報告書を公表した。", "MSMT"),
    ],
)
def test_a_name_of_the_lists_is_read_in_each_script(text: str, ident: str) -> None:
    assert ident in _named(text), (text, _named(text))


def test_pakistans_army_chief_is_the_holder_of_the_day() -> None:
    """The new office's title on a date names its holder by the term of office (Asim Munir from 29 November 2022)."""
    events = _events("2024年3月5日，巴基斯坦陆军参谋长会见了来访的中国代表团。")
    assert any("person:asim-munir" in actors for actors, _ in events), events


@pytest.mark.parametrize(
    "text",
    [
        "贾比尔说他明天来。",  # the bare given name is that of other Kuwaiti rulers and of anyone named Jaber
        "吴努力推动改革。",  # U Nu is left out: 吴努 would match a man named Wu working hard (努力)
        "The Medici family ruled Florence.",  # the Florentine family, not Brazil's president
        "She was named after Battsetseg, her grandmother.",  # the bare given name is common in Mongolia
        "A multinational joint task force of three navies escorted the convoy.",  # a generic task force, no MNJTF
    ],
)
def test_a_trap_names_no_new_entity(text: str) -> None:
    added = {"person:jaber-al-ahmad", "person:emilio-medici", "person:battsetseg-batmunkh", "mission:mnjtf"}
    assert not (_named(text) & added), (text, _named(text))
    assert not any(i.startswith("person:u-nu") for i in _named(text)), text


_WORDS = ["asim", "munir", "romeo", "jaber", "ahmad", "medici", "lilja", "batmunkh", "经合", "组织", "参谋长", "the"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=8), st.text(alphabet="的了在和与 ,.", max_size=6))
def test_lower_case_words_and_fragments_name_no_new_person(words: list[str], filler: str) -> None:
    """Fragments of the new names (single given or family names that are no alias), in any order, name none of the
    new people: only a full name or a surname the entry lists does."""
    text = filler.join(words)
    new = {
        i
        for i in _named(text)
        if i
        in (
            "person:asim-munir",
            "person:romeo-brawner",
            "person:jaber-al-ahmad",
            "person:emilio-medici",
            "person:lilja-alfredsdottir",
            "person:battsetseg-batmunkh",
        )
    }
    assert not new, (text, new)
