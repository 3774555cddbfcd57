"""The gazetteer grown by list, eighth round (issue 14, item 3, forty-ninth session, branch gaz80): heads of state
and government of West Africa (Gbagbo, Kufuor, Atta Mills, Yar'Adua, Amadou Toumani Touré, Dioncounda Traoré,
Compaoré, Tandja), Central Asia (Akayev, Bakiyev, Otunbayeva, Niyazov) and Southeast Europe (Iliescu,
Băsescu, Kostas Karamanlis, Simitis, George Papandreou, Samaras, Gruevski, Trajkovski, Crvenkovski, Đinđić,
Koštunica, Sali Berisha, Rugova, Sejdiu), and the US deputy secretary of defense with Robert Work, with their terms.
Sentences written for these tests, in other words than the dev documents."""

from __future__ import annotations

import pytest
from helpers import actors_and_involved as _events
from helpers import gazetteer_ids_in as _named
from hypothesis import given, settings
from hypothesis import strategies as st

_NEW = {
    "person:laurent-gbagbo",
    "person:john-kufuor",
    "person:john-atta-mills",
    "person:umaru-yaradua",
    "person:amadou-toumani-toure",
    "person:dioncounda-traore",
    "person:blaise-compaore",
    "person:mamadou-tandja",
    "person:askar-akayev",
    "person:kurmanbek-bakiyev",
    "person:roza-otunbayeva",
    "person:saparmurat-niyazov",
    "person:ion-iliescu",
    "person:traian-basescu",
    "person:kostas-karamanlis",
    "person:costas-simitis",
    "person:george-papandreou",
    "person:antonis-samaras",
    "person:nikola-gruevski",
    "person:boris-trajkovski",
    "person:branko-crvenkovski",
    "person:zoran-djindjic",
    "person:vojislav-kostunica",
    "person:sali-berisha",
    "person:ibrahim-rugova",
    "person:fatmir-sejdiu",
    "person:robert-work",
}


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("President Laurent Gbagbo refused to step down.", "person:laurent-gbagbo"),
        ("巴博总统拒绝承认选举结果。", "person:laurent-gbagbo"),
        ("バグボ前大統領がハーグに移送された。", "person:laurent-gbagbo"),
        ("President Kufuor opened the summit in Accra.", "person:john-kufuor"),
        ("库福尔总统会见了来访的外长。", "person:john-kufuor"),
        ("President John Atta Mills died in office.", "person:john-atta-mills"),
        ("President Yar'Adua returned from Saudi Arabia.", "person:umaru-yaradua"),
        ("亚拉杜瓦总统出席了峰会。", "person:umaru-yaradua"),
        ("Amadou Toumani Toure was overthrown in March.", "person:amadou-toumani-toure"),
        ("Interim President Dioncounda Traore asked for help.", "person:dioncounda-traore"),
        ("孔波雷总统主持了调解。", "person:blaise-compaore"),
        ("コンパオレ大統領が辞任した。", "person:blaise-compaore"),
        ("President Tandja sought a third term.", "person:mamadou-tandja"),
        ("Askar Akayev fled to Moscow.", "person:askar-akayev"),
        ("阿卡耶夫總統宣布辭職。", "person:askar-akayev"),
        ("巴基耶夫总统会见了来访的特使。", "person:kurmanbek-bakiyev"),
        ("バキエフ大統領が訪露した。", "person:kurmanbek-bakiyev"),
        ("Roza Otunbayeva led the interim government.", "person:roza-otunbayeva"),
        ("奥通巴耶娃总统出席了会议。", "person:roza-otunbayeva"),
        ("President Niyazov declared permanent neutrality.", "person:saparmurat-niyazov"),
        ("尼亞佐夫總統接見了來訪的代表團。", "person:saparmurat-niyazov"),
        ("President Iliescu signed the treaty.", "person:ion-iliescu"),
        ("イリエスク大統領が演説した。", "person:ion-iliescu"),
        ("President Traian Băsescu met the delegation.", "person:traian-basescu"),
        ("President Basescu announced the decision.", "person:traian-basescu"),
        ("伯塞斯库总统会见了来访的国务卿。", "person:traian-basescu"),
        ("Prime Minister Kostas Karamanlis spoke in Athens.", "person:kostas-karamanlis"),
        ("卡拉曼利斯總理發表了談話。", "person:kostas-karamanlis"),
        ("Costas Simitis signed the accession treaty.", "person:costas-simitis"),
        ("George Papandreou announced a referendum.", "person:george-papandreou"),
        ("萨马拉斯总理访问了北京。", "person:antonis-samaras"),
        ("Nikola Gruevski resigned as prime minister.", "person:nikola-gruevski"),
        ("グルエフスキ首相が来日した。", "person:nikola-gruevski"),
        ("President Boris Trajkovski died in a plane crash.", "person:boris-trajkovski"),
        ("Branko Crvenkovski won the presidential election.", "person:branko-crvenkovski"),
        ("Prime Minister Zoran Djindjic was assassinated.", "person:zoran-djindjic"),
        ("金吉奇总理遇刺身亡。", "person:zoran-djindjic"),
        ("Vojislav Kostunica took office in Belgrade.", "person:vojislav-kostunica"),
        ("Prime Minister Sali Berisha met the envoy.", "person:sali-berisha"),
        ("President Ibrahim Rugova met the envoy.", "person:ibrahim-rugova"),
        ("鲁戈瓦总统会见了特使。", "person:ibrahim-rugova"),
        ("President Fatmir Sejdiu signed the law.", "person:fatmir-sejdiu"),
        ("Deputy Secretary of Defense Robert Work visited the site.", "person:robert-work"),
        ("ロバート・ワーク国防副長官が訪問した。", "person:robert-work"),
    ],
)
def test_a_name_of_the_lists_is_read_in_each_script(text: str, ident: str) -> None:
    assert ident in _named(text), (text, _named(text))


@pytest.mark.parametrize(
    ("text", "holder", "other"),
    [
        ("2012年5月，特拉奥雷总统会见了特使。", "person:dioncounda-traore", "person:ibrahim-traore"),
        ("2023年5月，特拉奥雷总统会见了特使。", "person:ibrahim-traore", "person:dioncounda-traore"),
        ("In 2009, President Basescu met the delegation.", "person:traian-basescu", "person:iohannis"),
    ],
)
def test_a_family_name_shared_by_two_holders_names_the_holder_of_the_day(text: str, holder: str, other: str) -> None:
    """Dioncounda and Ibrahim Traoré: the family name with a title names the one whose term holds the date."""
    events = _events(text)
    assert any(holder in actors for actors, _ in events), events
    assert not any(other in actors for actors, _ in events), events


@pytest.mark.parametrize(
    "text",
    [
        "The work on the site continued through the winter.",  # `work` is a word: only the full name is listed
        "Work began on the new runway.",
        "The old mills along the river were closed.",  # only `Atta Mills` and the full name are listed
        "Rrustem Berisha visited the barracks.",  # another Berisha: no bare `Berisha` for Sali Berisha
        "巴博萨外长会见了来访的代表团。",  # Barbosa: 巴博 at the start of another transliterated name
    ],
)
def test_a_trap_names_no_new_entity(text: str) -> None:
    assert not (_named(text) & _NEW), (text, _named(text))


_WORDS = ["work", "mills", "john", "robert", "ion", "george", "the", "of", "sali", "boris", "toumani", "巴", "博", "的"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=8), st.text(alphabet="了在和与 ,.", max_size=6))
def test_given_names_and_words_name_no_new_person(words: list[str], filler: str) -> None:
    """Given names and lower-case words the new entries share name none of the new people, unless the Chinese family
    name `巴博` stands whole in the text."""
    text = filler.join(words)
    named = _named(text) & _NEW
    allowed = {"person:laurent-gbagbo"} if "巴博" in text else set()
    assert named <= allowed, (text, named)
