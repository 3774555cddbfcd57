"""References back to a party named earlier, in English (issue 14, item 4; act62): an organization's short form
(`the Union`, `the Association`), a mission or force referred back to by `the operation`, `the force`, `the
mission`, and a collective of office holders (`the two foreign ministers`) read by the holders named before it
when the parties around it leave it open. The texts are written for these tests, on parties the dev documents of
act62 are not about; each case also holds what must stay unresolved (unresolved is better than wrong)."""

from __future__ import annotations

import allyscope


def _ids_at(text: str, phrase: str) -> tuple[str, ...] | None:
    """The ids of the mention that covers the last character of the reference `phrase` opens with (the words up
    to `|`, or the whole phrase: `the Union| granted`); None when no mention covers it."""
    reference, _, after = phrase.partition("|")
    doc = allyscope.extract(text)
    at = doc.text.find(reference + after)
    assert at >= 0, phrase
    head = at + len(reference) - 1
    covering = [m for m in doc.entities if m.start <= head < m.end]
    return covering[-1].ids if covering else None


UNION = (
    "Brussels and Tbilisi\n\n"
    "Georgia applied to join the European Union in March 2022. In December 2023 the Union granted it candidate "
    "status, and the Union's foreign ministers discussed its reforms in Luxembourg the following April.\n"
)


def test_the_union_after_the_european_union_names_it() -> None:
    assert _ids_at(UNION, "the Union| granted") == ("EU",)
    assert _ids_at(UNION, "the Union|'s foreign") == ("EU",)


def test_the_union_names_the_union_named_last() -> None:
    text = (
        "Two unions\n\n"
        "Kenya hosted envoys of the European Union in May 2024. Later that month it sent a delegation to the "
        "African Union in Addis Ababa. The Union welcomed the visit on 30 May.\n"
    )
    ids = _ids_at(text, "The Union| welcomed")
    assert ids is not None and len(ids) == 1 and ids[0] != "EU"


def test_two_unions_named_in_one_sentence_leave_the_union_unresolved() -> None:
    text = (
        "Two unions\n\n"
        "Kenya hosted envoys of the European Union and of the African Union in May 2024. The Union welcomed the "
        "talks on 30 May.\n"
    )
    assert not _ids_at(text, "The Union| welcomed")


def test_the_union_before_of_or_a_capitalised_word_is_no_reference() -> None:
    text = (
        "Ministers\n\nThe European Union sent observers in 2023. The Union Minister of Defence of India met them "
        "later, and the Union of Comoros sent a delegate.\n"
    )
    assert _ids_at(text, "The Union| Minister") != ("EU",)
    assert _ids_at(text, "the Union| of Comoros") != ("EU",)


def test_the_association_names_asean_named_in_full() -> None:
    text = (
        "Dialogue partners\n\n"
        "Canada has worked with the Association of Southeast Asian Nations since 1977. In September 2023 the "
        "Association made Canada a strategic partner.\n"
    )
    assert _ids_at(text, "the Association of Southeast Asian Nations") == ("ASEAN",)
    assert _ids_at(text, "the Association| made") == ("ASEAN",)


def test_the_union_with_no_union_named_before_stays_unresolved() -> None:
    text = "Talks\n\nThe Union met in Geneva on 3 March 2024 to discuss wages with Swiss employers.\n"
    assert not _ids_at(text, "The Union| met")


OPERATION = (
    "Piracy off the Horn\n\n"
    "Spanish frigates have served in Operation Atalanta since 2009. In October 2023 the operation's flagship "
    "escorted a food convoy to Berbera.\n"
)


def test_the_operation_names_the_operation_named_before() -> None:
    assert _ids_at(OPERATION, "the operation|'s flagship") == ("mission:atalanta",)


def test_the_force_names_the_force_named_before_and_not_an_air_force() -> None:
    text = (
        "Peacekeeping in the Balkans\n\n"
        "Hungary took command of the Kosovo Force in October 2021. Soldiers of the force were hurt in May 2023. "
        "Hungary's air force flew supplies to them on 31 May.\n"
    )
    assert _ids_at(text, "the force| were") == ("mission:kfor",)
    assert _ids_at(text, "air force") != ("mission:kfor",)


def test_a_mission_named_by_its_full_name_is_referred_back_to() -> None:
    text = (
        "Sahel advisers\n\n"
        "Italy seconded police officers to the European Union Capacity Building Mission in Niger in 2019. "
        "In 2022 the mission opened a training centre in Agadez.\n"
    )
    assert _ids_at(text, "the mission| opened") == ("mission:eucap-sahel-niger",)


def test_a_mission_the_data_does_not_know_leaves_the_mission_unresolved() -> None:
    text = "Observers\n\nChile sent officers to a ceasefire monitoring team in 2019. The mission ended in 2021.\n"
    assert not _ids_at(text, "The mission| ended")


HOLDERS = (
    "Caucasus talks\n\n"
    "Armenia's foreign minister Ararat Mirzoyan met Azerbaijan's Jeyhun Bayramov in Almaty on 10 May 2024. "
    "Kazakhstan, Russia and the United States sent observers to the venue. On 11 May the two foreign ministers "
    "agreed to meet again.\n"
)


def _collective_ids(text: str, phrase: str) -> set[str]:
    doc = allyscope.extract(text)
    at = doc.text.find(phrase)
    return {i for m in doc.entities if m.start <= at < m.end for i in m.ids}


def test_the_two_foreign_ministers_are_the_states_whose_holders_were_named() -> None:
    # the sentence before names three other states: the parties around it leave the collective open, the holders
    # of the office named before settle it
    assert {"AM", "AZ"} <= _collective_ids(HOLDERS, "the two foreign ministers")


def test_three_holders_in_one_sentence_settle_nothing() -> None:
    text = HOLDERS.replace("met Azerbaijan's Jeyhun Bayramov", "met Azerbaijan's Jeyhun Bayramov and China's Wang Yi")
    found = _collective_ids(text, "the two foreign ministers")
    assert not {"AM", "AZ"} <= found and "CN" not in found


def test_the_country_is_the_state_named_last_its_own_sentence_included() -> None:
    # English `the country` points back to the state just named, in its own sentence too (where `该国` is another)
    text = (
        "Steppe partner\n\n"
        "Mongolia agreed a partnership programme with NATO in March 2012, and in 2014 the country sent more "
        "officers to Kabul.\n"
    )
    assert _ids_at(text, "the country| sent") == ("MN",)
    before = (
        "Steppe partner\n\nMongolia agreed a partnership programme with NATO in March 2012. In 2014 the country "
        "sent officers.\n"
    )
    assert _ids_at(before, "the country| sent") == ("MN",)


def test_the_country_with_two_states_named_before_it_stays_unresolved() -> None:
    text = "Neighbours\n\nIn May 2023 Kenya and Uganda held talks on the border. In June the country sent officers.\n"
    assert _ids_at(text, "the country| sent") in (None, ())


def _parties_at(text: str, phrase: str) -> set[str]:
    ids = _ids_at(text, phrase)
    return set(ids or ())


def test_they_are_the_two_parties_named_last() -> None:
    text = (
        "Andean neighbours\n\n"
        "Chile and Peru held border talks in Lima on 3 May 2023. They met again in Santiago on 9 June.\n"
    )
    assert _parties_at(text, "They| met") == {"CL", "PE"}


def test_they_after_three_parties_named_alike_stay_unresolved() -> None:
    text = "Neighbours\n\nChile, Peru and Ecuador held talks on 3 May 2023. They met again on 9 June.\n"
    assert _parties_at(text, "They| met") == set()


def test_the_minister_is_the_visitor_named_with_the_title_not_the_host() -> None:
    text = (
        "Pacific trip\n\n"
        "Foreign Minister Yoko Kamikawa arrived in Suva on 5 May 2024. The minister met Fiji's leaders the next "
        "day, and the foreign minister opened a new office in Fiji on 7 May.\n"
    )
    assert _ids_at(text, "The minister| met") == ("person:kamikawa",)
    assert _ids_at(text, "the foreign minister| opened") == ("person:kamikawa",)


def test_the_secretary_is_the_one_introduced_so_not_a_prime_minister_named_since() -> None:
    text = (
        "Aegean dialogue\n\n"
        "Secretary of State Antony Blinken flew to Athens on 21 February 2024. He met Prime Minister Kyriakos "
        "Mitsotakis there, and the Secretary signed a memorandum the next day.\n"
    )
    assert _ids_at(text, "the Secretary| signed") == ("person:blinken",)


def test_the_envoy_is_the_ambassador_named_before_even_one_the_data_lacks() -> None:
    text = (
        "Envoys\n\nSeoul named Ambassador Kim Dae-sung to Nairobi in 2023. The envoy met Kenyan officials on 3 "
        "March 2024.\n"
    )
    ids = _ids_at(text, "The envoy| met")
    assert ids is not None and len(ids) == 1 and ids[0].startswith("person:")


def test_two_ministers_introduced_in_one_sentence_leave_the_minister_to_the_title_stage() -> None:
    text = (
        "Talks\n\nForeign Minister Yoko Kamikawa and Foreign Minister Penny Wong met in Tokyo on 5 May 2024. "
        "The minister flew home on 6 May.\n"
    )
    ids = _ids_at(text, "The minister| flew")
    assert ids not in (("person:kamikawa",), ("person:penny-wong",))


def test_the_government_is_the_state_named_last() -> None:
    text = (
        "Arms for Kyiv\n\n"
        "Norway's defence minister toured a plant in Kongsberg on 2 May 2024. On 6 May the government announced "
        "new air-defence aid.\n"
    )
    assert _ids_at(text, "the government| announced") == ("NO",)


def test_a_note_marker_after_a_stop_ends_the_sentence_for_a_reference_back() -> None:
    # `the bloc` is no grouping its own sentence names: with the marker read as part of the stop, the sentence
    # naming the Union is the one before, not its own
    text = (
        "Candidates\n\n"
        "Georgia applied to join the European Union in March 2022.[1] In December 2023 the bloc granted Georgia "
        "candidate status.\n\nNotes\n[1] Council conclusions, 2022.\n"
    )
    assert _ids_at(text, "the bloc| granted") == ("EU",)
