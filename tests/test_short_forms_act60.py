"""Actors by discourse (issue 14 item 3, act60): a known person named again by one word of their name
(allyscope/short_forms.py), the pronouns and bare titles after it, a lower-case `the president` as the holder the
discourse named, and `款待他` as an object pronoun. Sentences written for these tests, in other words than the
corpus."""

from __future__ import annotations

from allyscope.entities import gazetteer


def _named(text: str, basis: str | None = None) -> list[tuple[str, set[str]]]:
    g = gazetteer()
    return [
        (text[m.start : m.end], {g.entity(i)["name"] for i in m.ids if i in g.entities})
        for m in g.match(text)
        if basis is None or m.basis == basis
    ]


def _who(text: str, word: str) -> set[str]:
    """The names the mention written `word` (its last occurrence) is read as."""
    found = [names for written, names in _named(text) if written == word]
    return found[-1] if found else set()


def test_a_family_name_alone_after_the_full_name_is_that_person() -> None:
    text = (
        "Foreign Minister Penny Wong opened the Pacific talks in Nadi on 3 June 2024. "
        "Two days later Wong flew on to Tonga for a second round."
    )
    assert ("Wong", {"Penny Wong"}) in _named(text, "short-form")


def test_a_family_name_first_in_the_name_is_read_too() -> None:
    text = "President Yoon Suk Yeol reached Canberra on 9 May 2023. Yoon toured the naval base the next morning."
    assert _who(text, "Yoon") == {"Yoon Suk Yeol"}


def test_no_full_mention_before_names_nobody() -> None:
    text = "Wong opened the talks in Nadi on 3 June 2024. Later that year Foreign Minister Penny Wong spoke in Suva."
    assert not [w for w, _ in _named(text, "short-form") if w == "Wong"]


def test_a_word_before_another_capitalised_word_is_part_of_a_longer_name() -> None:
    text = "Penny Wong met the press on 3 June 2024. The film director Wong Kar-wai attended the reception."
    assert not _named(text, "short-form")


def test_a_word_the_text_also_writes_in_lower_case_is_no_name() -> None:
    text = "Foreign Minister Park Jin arrived in Jakarta on 4 May 2023. Park opened a new industrial park there."
    assert not _named(text, "short-form")


def test_the_most_recent_full_mention_wins() -> None:
    text = (
        "Prime Minister Nawaz Sharif received the delegation on 2 March 2016. "
        "On 3 March Shehbaz Sharif chaired the provincial talks. Sharif then signed the minutes."
    )
    # (gaz81: was the two Saudi princes' `Salman`, their father's name, which names neither of them now that the
    # data marks such names `no_family_name`: tests/test_no_family_name_gaz81.py)
    assert _who(text, "Sharif") == {"Shehbaz Sharif"}


def test_two_people_with_the_word_in_one_sentence_name_neither() -> None:
    text = (
        "Nawaz Sharif and Shehbaz Sharif received the delegation on 2 March 2016. "
        "Sharif then signed the minutes."
    )
    assert not [w for w, _ in _named(text, "short-form") if w == "Sharif"]


def test_a_pronoun_after_a_short_form_is_that_person() -> None:
    text = (
        "Defence Minister Richard Marles met Prince Khalid bin Salman in Canberra on 1 May 2023. "
        "Yoon Suk Yeol was in Washington that week. Months later Yoon returned to Asia. He landed in Jakarta on 5 "
        "September."
    )
    assert _who(text, "He") == {"Yoon Suk Yeol"}


def test_a_lower_case_president_is_the_holder_the_discourse_named() -> None:
    text = (
        "President Andrzej Duda welcomed the visitors in Warsaw on 2 June 2022. On 3 June the president toured "
        "a tank plant in Gliwice."
    )
    assert "President of Poland" in str(_who(text, "president")) or _who(text, "president") & {
        "Andrzej Duda",
        "Poland",
    }


def test_a_lower_case_president_is_not_given_to_a_state_without_one() -> None:
    text = "On 2 June 2022 the president spoke in Riyadh about the harvest."
    assert "Saudi Arabia" not in str(_who(text, "president"))


def test_an_object_pronoun_after_a_verb_of_hosting() -> None:
    text = "2024年3月5日，越南总理范明政抵达新加坡。当晚，新加坡总理李显龙设宴款待他。"
    assert ("他", {"Phạm Minh Chính"}) in _named(text, "refer-back")


def _collective_ids(text: str, word: str) -> set[str]:
    from allyscope import parse_text
    from allyscope.entities import mark_entities

    mentions = [m for m in mark_entities(parse_text(text)).entities if m.alias == word]
    return set(mentions[-1].ids) if mentions else set()


def test_without_such_a_title_a_tie_still_names_nobody() -> None:
    # three states named once each and a title naming none: which two are meant cannot be told
    text = "防务合作简报\n\n2023年10月以色列与伊朗关系紧张后，澳大利亚当月派出运输机，两国随后举行联合演练。\n"
    assert _collective_ids(text, "两国") == set()
