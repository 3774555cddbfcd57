"""Two readings of actors (issue 14, twentieth session, branch act39), tested on sentences written for them.

1. A head-of-state title that only some kinds of state give (an emir, a president: `title_kinds` in the gazetteer)
   is not given to a state merely named before it in its sentence whose office of that role the data names
   otherwise: `as the Emir's guest` after an Indian leader is the emir the discourse named, not India's.
2. A Japanese sentence of two dated acts cut by `、` gives the second act the subject standing between that comma
   and its date (`…展開し、南スーダン軍の部隊も翌月…に着いた`): the subject is that act's, not the first's."""

from __future__ import annotations

from allyscope import parse_text
from allyscope.entities import gazetteer
from allyscope.events import extract_events


def _events(body: str) -> list[tuple[str, set[str]]]:
    """(date, ids of actors and involved entities) of each event of a document of the given paragraphs."""
    doc = parse_text("Notes\n\n" + body + "\n")
    return [(e.date, set(e.actors) | set(e.involved)) for e in extract_events(doc, "t")]


def test_an_emir_after_a_president_named_in_the_sentence_is_the_emir_named_before() -> None:
    text = (
        "On 3 May 2022 President Emmanuel Macron received the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, "
        "in Paris.\n\nMacron, who flew to Doha on 20 November 2022, watched the opening match that evening "
        "beside the Emir."
    )
    emir = [m for m in gazetteer().match(text) if m.alias == "Emir"]
    assert emir and "FR" not in emir[-1].ids and "office:qa-emir" in emir[-1].ids, emir


def test_a_title_word_keeps_its_state_when_that_state_holds_such_an_office() -> None:
    """`the Emir` after Qatar itself named in the sentence is Qatar's; a president after a republic, that one's."""
    mentions = gazetteer().match("In March 2021 Qatar hosted talks and the Emir opened them in Doha.")
    emir = [m for m in mentions if m.alias == "Emir"]
    assert emir and emir[0].ids and emir[0].ids[0] in ("QA", "office:qa-emir"), emir
    mentions = gazetteer().match("In 2019 Kenya hosted the summit and the President opened it in Nairobi.")
    president = [m for m in mentions if m.alias == "President"]
    assert president and any("KE" in i or "ke-" in i for i in president[0].ids), president


def test_an_emir_is_not_given_to_a_republic_named_before_it() -> None:
    """With no emir named before, the title stays unresolved rather than the republic's."""
    mentions = gazetteer().match("In 2018 President Joko Widodo arrived in Doha before the Emir spoke.")
    emir = [m for m in mentions if m.alias == "Emir"]
    assert emir and "ID" not in emir[0].ids, emir


def test_the_second_act_of_a_japanese_sentence_keeps_the_subject_after_the_comma() -> None:
    body = "2019年5月、タイ軍の部隊は5日にダーウィンに到着し、インドネシア海軍の艦艇も12日にダーウィンに入港した。"
    found = dict(_events(body))
    assert "TH" in found.get("2019-05-05", set()) and "ID" not in found.get("2019-05-05", set()), found
    assert "ID" in found.get("2019-05-12", set()), found


def test_a_second_act_naming_nothing_after_its_date_keeps_the_whole_sentence() -> None:
    """`…制裁，中方同日宣布反制裁`: the answer's clause names no one after its date; the side it answers stays."""
    body = "2022年6月10日、英国はロシアの銀行に制裁を科し、ロシアは同日、対抗措置を発表した。"
    found = [ids for date, ids in _events(body) if date == "2022-06-10"]
    assert any({"RU", "GB"} <= ids for ids in found), found
