"""English references to a person or party that name no one by themselves (issue 14 item 3, enact66). Sentences
written for these tests, about other states, titles and people than the dev documents that prompted the rules:

- `his <demonym> counterpart` with no name after it: the person of that state named nearest before
  (`discourse_english.py`, data `english_references.json` 'counterparts'); two such people in one sentence: nobody;
- a transcript's turn label (`<TITLE> <SURNAME>:`, `<GIVEN> <SURNAME>:`): its `I`, `me`, `my` are the person the
  label names; a label naming no person hands the turn to nobody (`english_references.json` 'turns');
- the visitor of a visit told paragraphs before (`discourse_visits.visit_host`: the nearest visit before the window
  when no dateline names a place);
- collectives of two services or delegations (`the two air forces`, `both delegations`), `our host`, `the Court`
  after the court's full name (discourse.json `collectives`, `short_names`);
- `the general`, `the admiral` after a person the data lacks named beside that title, never `the general election`
  (discourse.json `titles_back`).
"""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
from hypothesis import given
from hypothesis import strategies as st

from allyscope.discourse_english import english_references
from allyscope.entities import EntityMention, gazetteer, resolve_entity


def _mentions(text: str) -> list[EntityMention]:
    return gazetteer().match(text)


def _ids_of(text: str, word: str, nth: int = 0) -> tuple[str, ...]:
    found = [m for m in _mentions(text) if m.alias == word]
    assert len(found) > nth, f"no mention {word!r} #{nth}: {_mentions(text)}"
    return found[nth].ids


def _has(text: str, word: str) -> bool:
    return any(m.alias == word for m in _mentions(text))


# --- the data and its schema


def test_english_references_data_follows_its_schema() -> None:
    data_dir = resources.files("allyscope.data")
    data = json.loads(data_dir.joinpath("english_references.json").read_text("utf-8"))
    schema = json.loads(data_dir.joinpath("english_references.schema.json").read_text("utf-8"))
    jsonschema.validate(data, schema)


# --- counterparts


def test_a_counterpart_by_demonym_is_the_person_of_that_state_named_before() -> None:
    text = (
        "Foreign Minister Penny Wong flew to Jakarta on Monday. On Tuesday, India's External Affairs Minister, "
        "S. Jaishankar, telephoned his Australian counterpart to discuss the summit."
    )
    assert _ids_of(text, "counterpart") == (resolve_entity("Penny Wong"),)


def test_a_counterpart_of_her_and_another_state() -> None:
    text = (
        "External Affairs Minister S. Jaishankar arrived in Canberra on 4 June. A day later Foreign Minister Penny "
        "Wong received her Indian counterpart at Parliament House."
    )
    assert _ids_of(text, "counterpart") == (resolve_entity("S. Jaishankar"),)


def test_two_people_of_the_state_in_one_sentence_make_the_counterpart_nobody() -> None:
    text = (
        "Foreign Minister Penny Wong and Prime Minister Anthony Albanese met the press. Later Jaishankar "
        "telephoned his Australian counterpart."
    )
    assert not _has(text, "counterpart")


def test_a_counterpart_with_a_name_after_it_is_left_to_the_name() -> None:
    text = "Jaishankar met his Australian counterpart, Penny Wong, in Delhi on 2 May 2024."
    assert not any(m.basis == "counterpart" for m in _mentions(text))


def test_a_counterpart_of_a_state_no_person_of_which_was_named_stays_unread() -> None:
    text = "On 2 May 2024 S. Jaishankar telephoned his Peruvian counterpart about the fisheries talks."
    assert not any(m.basis == "counterpart" for m in _mentions(text))


# --- turns of a transcript


def test_a_turn_label_hands_its_first_person_to_the_person_it_names() -> None:
    text = (
        "MINISTER WONG: I met my Indian counterpart yesterday.\n"
        "QUESTION: Did you raise the Quad?\n"
        "MINISTER WONG: Yes, and I told him so.\n"
    )
    wong = (resolve_entity("Penny Wong"),)
    speakers = [m for m in _mentions(text) if m.basis == "speaker"]
    assert [m.alias for m in speakers] == ["I", "my", "I"]
    assert all(m.ids == wong for m in speakers)


def test_a_label_by_family_name_alone_is_the_one_person_the_data_knows_so() -> None:
    text = "PRIME MINISTER ALBANESE: When I visited Jakarta on 6 June 2022, we agreed to meet every year.\n"
    assert _ids_of(text, "I") == (resolve_entity("Anthony Albanese"),)


def test_a_label_naming_no_person_hands_the_turn_to_nobody() -> None:
    text = "SPOKESPERSON: I cannot confirm what the minister said in Lima yesterday.\nQUESTION: Can I follow up?\n"
    assert not any(m.basis == "speaker" for m in _mentions(text))


def test_a_roman_numeral_is_no_pronoun() -> None:
    text = "MINISTER WONG: The treaty that ended World War I. That is history.\n"
    assert not any(m.basis == "speaker" for m in _mentions(text))


def test_a_pronoun_outside_any_turn_stays_unread() -> None:
    text = "Penny Wong said in Jakarta on 6 June 2022: I am glad to be here."
    assert not any(m.basis == "speaker" for m in _mentions(text))


@given(
    label=st.text(alphabet=st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ ÁÉ.'-"), min_size=1, max_size=30),
    body=st.text(alphabet=st.sampled_from("abcdefI my\n:,.ABZ"), max_size=80),
)
def test_turn_readings_stay_inside_the_text_and_name_one_person(label: str, body: str) -> None:
    text = f"{label}: {body}\nQUESTION: {body}"
    g = gazetteer()
    for m in english_references(text, g.match_names(text), g):
        assert 0 <= m.start < m.end <= len(text) and text[m.start : m.end] == m.alias
        if m.basis in ("speaker", "counterpart"):
            assert len(m.ids) == 1 and g.entities[m.ids[0]]["type"] == "person"


@given(
    before=st.text(alphabet=st.sampled_from("abc ,.Penny Wong Albanese"), max_size=60),
    possessive=st.sampled_from(["his", "her", "His", "Her"]),
    adjective=st.sampled_from(["Australian", "Indian", "Peruvian", "Kenyan", "Ghanaian"]),
    after=st.sampled_from(["", ".", " to thank him.", ", Penny Wong,", " in Lima."]),
)
def test_a_counterpart_is_a_person_of_the_adjectives_state_or_nobody(
    before: str, possessive: str, adjective: str, after: str
) -> None:
    text = f"{before} Jaishankar called {possessive} {adjective} counterpart{after}"
    g = gazetteer()
    state = resolve_entity(adjective)
    for m in english_references(text, g.match_names(text), g):
        if m.basis == "counterpart":
            assert m.alias == "counterpart"
            assert g.entities[m.ids[0]].get("part_of") == state


# --- the visitor of a visit told paragraphs before


def test_the_visiting_minister_paragraphs_after_the_visit_is_the_visitor() -> None:
    text = (
        "Joint statement\n\n"
        "1. The Foreign Minister of India, S. Jaishankar, paid an official visit to Peru on 3 and 4 March 2024.\n\n"
        "2. The two ministers reviewed trade. They welcomed the new flights. They noted the fisheries talks.\n\n"
        "3. Both sides praised the students' exchange. They discussed mining. They agreed to meet again.\n\n"
        "4. On 4 March the President of the Congress received the visiting minister in Lima.\n"
    )
    assert _ids_of(text, "the visiting minister") == (resolve_entity("India"), resolve_entity("S. Jaishankar"))


# --- collectives, the host, the Court


def test_two_services_or_delegations_stand_for_the_two_states() -> None:
    for words in ("the two air forces", "both delegations", "the two coast guards", "the two armies"):
        text = f"Kenya and Ghana signed the pact on 3 May 2024. On 4 May {words} met in Accra."
        assert set(_ids_of(text, words)) == {resolve_entity("Kenya"), resolve_entity("Ghana")}, words


def test_the_court_after_its_full_name_is_that_court() -> None:
    text = "The International Court of Justice sat in The Hague in 2019. The Court delivered its opinion in February."
    assert _ids_of(text, "The Court") == (resolve_entity("International Court of Justice"),)


def test_the_court_with_no_court_named_before_names_nobody() -> None:
    text = "Kenya filed its case in 2014. The Court then ruled for Kenya."
    assert not _has(text, "The Court")


# --- the general, the admiral


def test_the_admiral_is_the_person_the_data_lacks_named_beside_that_title() -> None:
    text = "Rear Admiral Mateo Quispe Lund commanded the flotilla in 2023. The admiral then met the press in Lima."
    assert _ids_of(text, "admiral") == ("person:as-written:Mateo Quispe Lund",)


def test_the_general_before_a_common_noun_is_no_title() -> None:
    text = "Major General Kofi Mensah Boateng led the contingent in 2021. The general election came a year later."
    assert not _has(text, "general")


def test_the_general_after_a_general_the_data_lacks() -> None:
    text = "Major General Kofi Mensah Boateng led the contingent in 2021. A year later the general visited Nairobi."
    assert _ids_of(text, "general") == ("person:as-written:Kofi Mensah Boateng",)


def test_the_hosts_guest_is_the_visitor() -> None:
    text = (
        "President William Ruto arrived in Accra on 3 May 2024 for a state visit. That evening the Ghanaian head "
        "of state gave a dinner for his guest."
    )
    assert _ids_of(text, "his guest") == (resolve_entity("Kenya"),)


# --- places and sources, acronyms


def test_a_state_named_as_the_waters_of_an_act_is_no_party() -> None:
    text = "On 3 May 2024 the navies of Kenya and Ghana drilled off the coast of Somalia and in the waters off Oman."
    for word in ("Somalia", "Oman"):
        assert _ids_of(text, word) == (), word
    assert _ids_of(text, "Kenya") == (resolve_entity("Kenya"),)


def test_a_state_named_as_a_source_is_no_party() -> None:
    text = "According to Peruvian media, Chile and Ghana met on 3 May. Kenyan state television said so."
    assert _ids_of(text, "Peruvian") == ()
    assert _ids_of(text, "Kenyan") == ()


def test_an_acronym_defined_for_a_states_body_stands_for_that_state() -> None:
    text = (
        "The Ghana Armed Forces (GAF) joined the drill on 3 May 2024. On 5 May the GAF sent a frigate to Mombasa. "
        "The Philippine Coast Guard (PCG) trained with them; PCG cutters left on 6 May."
    )
    found = [m for m in _mentions(text) if m.basis == "acronym"]
    assert [(m.alias, m.ids) for m in found] == [
        ("GAF", (resolve_entity("Ghana"),)),
        ("PCG", (resolve_entity("Philippines"),)),
    ]


def test_an_acronym_whose_letters_the_words_do_not_spell_is_left_alone() -> None:
    text = "The Ghana Armed Forces (XYZ) joined the drill on 3 May 2024. On 5 May XYZ sent a frigate."
    assert not any(m.basis == "acronym" for m in _mentions(text))


@given(
    words=st.lists(st.sampled_from(["Ghana", "Kenyan", "Armed", "Forces", "of", "the", "Navy", "Coast"]), max_size=6),
    acronym=st.text(alphabet=st.sampled_from("GKAFNC"), min_size=2, max_size=5),
    rest=st.text(alphabet=st.sampled_from("GKAFNC .,()abc"), max_size=40),
)
def test_acronym_readings_stay_inside_the_text_and_name_one_state(words: list[str], acronym: str, rest: str) -> None:
    text = f"The {' '.join(words)} ({acronym}) met. {rest}"
    g = gazetteer()
    for m in english_references(text, g.match_names(text), g):
        assert text[m.start : m.end] == m.alias
        if m.basis == "acronym":
            assert m.alias == acronym and len(m.ids) == 1 and g.entities[m.ids[0]]["type"] == "state"


def test_the_visiting_minister_names_the_visitor_and_the_person_of_that_state_named_before() -> None:
    text = (
        "Foreign Minister Musalia Mudavadi of Kenya paid an official visit to Ghana on 3 May 2024. "
        "That evening President Nana Akufo-Addo received the visiting minister at Jubilee House."
    )
    ids = _ids_of(text, "the visiting minister")
    assert resolve_entity("Kenya") in ids
    people = [i for i in ids if gazetteer().entities.get(i, {}).get("type") == "person"]
    assert people == [resolve_entity("Musalia Mudavadi")]
