"""People the data lacks, named beside a title in any script (act53): a transliteration glossed in Latin letters
(`allyscope.glossed_names`), a name set off by a comma before an English title, and a rank before a name."""

from __future__ import annotations

from allyscope.adhoc_people import AS_WRITTEN
from allyscope.entities import gazetteer
from allyscope.glossed_names import gloss_is_name, name_before_gloss


def _people(text: str) -> dict[str, set[str]]:
    """Each as-written person the text names → the ids of every mention of them (the person and their state)."""
    out: dict[str, set[str]] = {}
    for m in gazetteer().match(text):
        for ident in m.ids:
            if ident.startswith(AS_WRITTEN):
                out.setdefault(ident[len(AS_WRITTEN) :], set()).update(m.ids)
    return out


def test_a_gloss_has_a_persons_shape() -> None:
    assert gloss_is_name("Basilio Núñez")
    assert gloss_is_name("Hamid bin Rashid")
    assert not gloss_is_name("North Atlantic Treaty Organization")
    assert not gloss_is_name("Xinhua News Agency")
    assert not gloss_is_name("Tuya")  # one word: a family name alone says too little
    assert not gloss_is_name("NATO SOF")


def test_undotted_transliteration_begins_after_a_titles_last_word() -> None:
    text = "秘魯參議院議長瓦爾加斯（Rosa Vargas）率團訪問。"
    assert name_before_gloss(text, text.index("（"), set()) == (text.index("瓦"), text.index("（"))
    # no title's word before it: where the name begins is unknown, so nothing is read
    text = "据报道瓦尔加斯（Rosa Vargas）昨日抵达。"
    assert name_before_gloss(text, text.index("（"), set()) is None


def test_glossed_person_is_named_by_the_gloss_and_named_again_with_the_state() -> None:
    text = "秘鲁国防部长罗莎·瓦尔加斯（Rosa Vargas）4月访华。4月25日，瓦尔加斯同中方举行会谈。"
    people = _people(text)
    assert "Rosa Vargas" in people
    assert "PE" in people["Rosa Vargas"]  # the later `瓦尔加斯` stands for the person and the title's state
    assert not any("·" in name for name in people)  # the transliteration is no name of its own any more


def test_glossed_name_in_traditional_script_and_japanese() -> None:
    assert "Rosa Vargas" in _people("秘魯參議院議長瓦爾加斯（Rosa Vargas）率團訪臺，與立法院院長會晤。")
    people = _people("ペルーのロサ・バルガス（Rosa Vargas）国防相が来日した。")
    assert "Rosa Vargas" in people


def test_gloss_of_a_body_or_without_a_title_names_no_one() -> None:
    assert _people("北约（North Atlantic Treaty Organization）于1949年成立。") == {}
    assert _people("他在会上引用了罗莎·瓦尔加斯（Rosa Vargas）的著作。") == {}


def test_name_set_off_before_an_english_title() -> None:
    people = _people("On Thursday, Rosa Vargas, Peru's defence minister, met her Chilean counterpart in Lima.")
    assert "Rosa Vargas" in people
    assert _people("In March, the Peruvian defence minister met her Chilean counterpart in Lima.") == {}


def test_a_rank_before_a_name() -> None:
    assert "Rosa Vargas" in _people("In March 2023, General Rosa Vargas, commander of the Peruvian army, met them.")
    assert "Rosa Vargas" in _people("Rear Admiral Rosa Vargas visited Callao on 3 May 2024.")
    assert _people("The General Assembly of the United Nations voted on 3 May 2024.") == {}
