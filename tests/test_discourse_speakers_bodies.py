"""References resolved by the discourse, on texts written for these tests. The first person of a record that
speaks for one named person (`discourse.first_person`): `私は`/`我` in the answers are the person the head names,
`我國`/`我方` that person's state; a question's line, a head that names no person or several, and words that only
contain the character are left alone. A standing dialogue referred back to by a bare noun (`the maritime
dialogue`) stands for its parties."""

from __future__ import annotations

from allyscope import extract, parse_text
from allyscope.entities import mark_entities


def _speaker_mentions(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.alias, m.ids) for m in mark_entities(parse_text(text)).entities if m.basis == "speaker"]


def test_japanese_first_person_is_the_minister_the_heading_names() -> None:
    text = (
        "木原防衛大臣記者会見\n\n問：訓練の成果は。\n\n"
        "答：私は先週、部隊の視察を行いました。私立大学の学生も見学に来ていました。\n"
    )
    assert _speaker_mentions(text) == [("私", ("person:kihara",))]


def test_chinese_first_person_and_our_country_are_the_speaker_and_the_speakers_state() -> None:
    text = "記者會紀要\n\n國防部長邱國正答覆提問。\n\n答：我昨天說明，我國將強化防衛，我們會審慎評估。\n"
    found = _speaker_mentions(text)
    assert ("我", ("person:chiu-kuo-cheng",)) in found
    assert ("我國", ("TW",)) in found
    assert not any(alias.startswith("我們") for alias, _ in found)  # a plural pronoun is not the speaker


def test_a_reporters_question_line_keeps_its_own_first_person() -> None:
    text = "上川外務大臣会見記録\n\n問：私は前回も伺いましたが、日程はどうなっていますか。\n\n答：私からは以上です。\n"
    found = _speaker_mentions(text)
    assert found == [("私", ("person:kamikawa",))]
    assert all(not alias.startswith("問") for alias, _ in found)


def test_no_speaker_without_one_person_in_the_head() -> None:
    nobody = "防衛省の発表\n\n私は昨日、同盟国の大臣と会談しました。\n"
    assert _speaker_mentions(nobody) == []
    two = "上川外務大臣と木原防衛大臣の共同会見\n\n私は昨日、マニラを訪問しました。\n"
    assert _speaker_mentions(two) == []
    scholar = "论文摘要\n\n我国与邻国的安全合作在2015年取得进展。\n"  # a scholar's 我国: no named speaker
    assert _speaker_mentions(scholar) == []


def test_the_speakers_act_has_the_speaker_and_the_state_as_actors() -> None:
    text = "上川外務大臣会見記録\n\n令和6年2月6日\n\n私は本日、来日中のオーストラリア外相と会談しました。\n"
    events = extract(text).events
    assert events
    assert {"person:kamikawa", "JP", "AU"} <= set(events[0].actors)


def test_a_dialogue_referred_back_to_by_a_bare_noun_stands_for_its_parties() -> None:
    """`the maritime dialogue`: a standing dialogue named before, with its parties glued to its name."""
    english = (
        "Chile and Peru\n\nIn 2019 Chile and Peru launched the Chile–Peru Maritime Dialogue. "
        "In May 2021 the maritime dialogue met in Lima for the third time.\n"
    )
    later = [e for e in extract(english).events if e.date == "2021-05"]
    assert later and {"CL", "PE"} <= set(later[0].actors)
    # no dialogue named before: a bare `the talks` stays nobody's (under a title that names no relationship: one
    # that names two parties gives an act with no actor of its own to them, tests/test_title_parties.py)
    alone = "Maritime affairs\n\nIn May 2021 the annual talks were held in Lima.\n"
    assert not [e for e in extract(alone).events if "CL" in e.actors]
