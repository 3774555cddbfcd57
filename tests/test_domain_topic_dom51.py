"""A paragraph's or a document's security topic codes the forces' acts told in it (dom51, issue 14 item 5).

The codebook's rule 9 codes a team, ship, mission or operation by the topic it serves (`non-traditional-security`);
writers name that topic once — a paragraph's first sentence, the title, the lead — and tell the forces' acts in
clauses of their own, which read alone as forces moved (rule 11, `military-exercise`). The sentences here are
written for these tests (Kenya–Tanzania, Vietnam–Indonesia, Mongolia–Kazakhstan; no corpus wording), in four
languages, with the negatives the rule must keep: a topic in an earlier paragraph that is neither title nor lead,
a drill (rule 10 whatever it trains for), talks about the topic (rule 7).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import case_of
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import event_domain_topic, parse_text
from allyscope import events as events_module
from allyscope.errors import DataFileError
from allyscope.event_domain_topic import LANGUAGES, compiled_topics, topic_words
from allyscope.events import extract_events
from allyscope.scripts import fold
from tests.event_generator import name_of, state_ids

DATA = Path(__file__).resolve().parent.parent / "allyscope" / "data"
NTS, MIL, PD = "non-traditional-security", "military-exercise", "political-dialogue"
_CLDR = {"en": "en", "ja": "ja", "zh-Hans": "zh", "zh-Hant": "zh_Hant"}
_CLOSING = {
    "en": "Both governments describe the relationship as close.",
    "ja": "両政府は関係を緊密だと評している。",
    "zh-Hans": "两国政府都称双边关系密切。",
    "zh-Hant": "兩國政府都稱雙邊關係密切。",
}

# (language, paragraphs after the title, the domain of the dated act of the last paragraph)
TOPICAL = [
    (
        "en",
        [
            "Pirates boarded four cargo ships in the strait during the winter of 2018. On 4 March 2019 {a} sent "
            "two frigates to the waters off {b}."
        ],
        NTS,
    ),
    (
        "en",
        [
            "A strong earthquake flattened villages in the north of {b} in 2017. Troops of {a} arrived in the "
            "region on 12 May 2017."
        ],
        NTS,
    ),
    ("ja", ["2020年初め、{b}の沿岸部を大地震が襲った。{a}は2020年2月3日、{b}に部隊を派遣した。"], NTS),
    ("zh-Hans", ["2018年，{b}附近海域海盗袭击频发。2018年5月6日，{a}海军舰艇抵达{b}。"], NTS),
    ("zh-Hant", ["2017年8月，{b}北部發生嚴重水災。{a}軍隊於2017年8月20日抵達{b}。"], NTS),
]
# a team sent (`派遣`, `dispatched`), whose verb the cue lists count with instruments given: the topic's too
SENT = [
    (
        "en",
        [
            "A cyclone tore through the eastern coast of {b} in March 2019. On 16 March 2019 {a} dispatched two "
            "liaison officers to the province."
        ],
        NTS,
    ),
    ("ja", ["2019年3月、{b}東部の沿岸を大型台風が直撃した。{a}は2019年3月16日、連絡要員2人を現地に派遣した。"], NTS),
    ("zh-Hans", ["2019年3月，{b}东部沿海遭受强烈台风袭击。2019年3月16日，{a}派遣两名联络人员前往当地。"], NTS),
    ("zh-Hant", ["2019年3月，{b}東部沿海遭受強烈颱風襲擊。2019年3月16日，{a}派遣兩名聯絡人員前往當地。"], NTS),
]
UNTOUCHED = [
    # the topic in an earlier paragraph that is neither the title nor the lead
    (
        "en",
        [
            "{a} and {b} signed a trade accord on 2 February 2015.",
            "Pirates boarded four cargo ships in the strait during the winter of 2018.",
            "On 4 March 2021 troops of {a} arrived in {b}.",
        ],
        MIL,
    ),
    (
        "zh-Hans",
        ["2015年2月2日，{a}与{b}签署贸易协定。", "2018年，附近海域海盗袭击频发。", "2021年3月4日，{a}军队抵达{b}。"],
        MIL,
    ),
    # a drill is an exercise whatever it trains for; talks on the topic are talk
    (
        "en",
        [
            "Pirates boarded four cargo ships in the strait during the winter of 2018. On 4 March 2019 the navies "
            "of {a} and {b} held a joint drill."
        ],
        MIL,
    ),
    ("ja", ["2020年初め、{b}の沿岸部を大地震が襲った。{a}と{b}の海軍は2020年6月3日、合同演習を実施した。"], MIL),
    ("zh-Hant", ["2017年8月，{b}北部發生嚴重水災。2017年9月2日，{a}與{b}外長舉行會談。"], PD),
]


def _named(ident: str, language: str) -> str:
    return name_of(ident, _CLDR[language])


def _domains(language: str, paragraphs: list[str], pair: tuple[str, str]) -> list[str]:
    """The domains of the events the extractor finds, in order, with the pair's case active."""
    a, b = (_named(i, language) for i in pair)
    # a closing paragraph with no date: the layout reads a text's last short lines as one paragraph otherwise
    body = [p.format(a=a, b=b) for p in paragraphs] + [_CLOSING[language]]
    text = "Notes\n\n" + "\n\n".join(body) + "\n"
    with case_of(*pair):
        return [e.domain for e in extract_events(parse_text(text), "t")]


@pytest.mark.parametrize(("language", "paragraphs", "domain"), TOPICAL + SENT + UNTOUCHED)
@pytest.mark.parametrize("pair", [("KE", "TZ"), ("VN", "ID"), ("MN", "KZ")])
def test_the_forces_act_takes_its_paragraphs_topic(
    language: str, paragraphs: list[str], domain: str, pair: tuple[str, str]
) -> None:
    """The last dated act (the forces') has the codebook's domain: the topic's where its paragraph names one, its
    own where the topic is in an unrelated earlier paragraph or the clause holds a drill or talks."""
    assert _domains(language, paragraphs, pair)[-1:] == [domain], paragraphs


@pytest.mark.parametrize(("language", "paragraphs", "domain"), TOPICAL)
def test_without_the_topic_reading_the_forces_act_is_forces_moved(
    language: str, paragraphs: list[str], domain: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The clauses alone read as forces moved (rule 11): the topic, not their own words, gives the domain."""
    monkeypatch.setattr(events_module, "TOPIC_OF_PARAGRAPH", False)
    assert _domains(language, paragraphs, ("KE", "TZ"))[-1:] == [MIL]


@pytest.mark.parametrize(("language", "paragraphs", "domain"), SENT)
def test_without_the_wider_reading_a_team_sent_is_an_instrument(
    language: str, paragraphs: list[str], domain: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The verb of sending alone reads as an instrument given (rule 4): the paragraph's topic makes it rule 9."""
    monkeypatch.setattr(event_domain_topic, "WIDER", False)
    assert _domains(language, paragraphs, ("KE", "TZ"))[-1:] == ["institutional"]


def test_the_documents_title_gives_its_topic_to_a_later_paragraph() -> None:
    """A title naming the topic (a peacekeeping mission) codes the forces leaving in a later paragraph."""
    text = (
        "Peacekeeping in the south, 2019–2022\n\nKenya and Tanzania agreed on 3 May 2019 to share a base.\n\n"
        "The last soldiers of Kenya left Tanzania on 1 June 2022.\n\n" + _CLOSING["en"] + "\n"
    )
    with case_of("KE", "TZ"):
        domains = [e.domain for e in extract_events(parse_text(text), "t")]
    assert domains[-1:] == [NTS]


@settings(max_examples=40, deadline=None)
@given(
    case=st.sampled_from(TOPICAL + SENT + UNTOUCHED),
    pair=st.lists(st.sampled_from(state_ids()), min_size=2, max_size=2, unique=True),
)
def test_renaming_the_states_never_changes_the_domain(case: tuple[str, list[str], str], pair: list[str]) -> None:
    """Whatever two states the sentences name, the forces' act keeps its domain: the topic is words, no state."""
    language, paragraphs, domain = case
    got = _domains(language, paragraphs, (pair[0], pair[1]))
    assert got[-1:] == [domain], (pair, paragraphs, got)


# -- the data: shape, four languages, no entity --------------------------------------------------------------------


def test_every_topic_is_written_in_the_four_languages() -> None:
    raw = json.loads((DATA / "domain_topics.json").read_text("utf-8"))
    assert raw["languages"] == list(LANGUAGES)
    for entry in raw["topics"]:
        assert all(entry[language] for language in LANGUAGES), entry["topic"]
    for word in ("piracy", "earthquake", "peacekeeping", "海賊", "地震", "维和", "颱風", "疫情"):
        assert topic_words().search(fold(word)), word
    for word in ("smuggling", "illegal fishing", "密輸", "走私", "trade", "会谈"):
        assert not topic_words().search(fold(word)), word  # rule 11: no topic of rule 9


def test_a_topic_list_that_breaks_the_shape_is_a_data_file_error() -> None:
    with pytest.raises(DataFileError):
        compiled_topics({"topics": []})
    with pytest.raises(DataFileError):
        compiled_topics({"topics": [{"topic": "x", "en": "a", "ja": "b", "zh-Hans": "c"}]})
    with pytest.raises(DataFileError):
        compiled_topics({"topics": [{"topic": "x", "en": "(", "ja": "b", "zh-Hans": "c", "zh-Hant": "d"}]})


def test_no_topic_names_an_entity() -> None:
    """No alias of the gazetteer is the whole match of a topic word."""
    aliases = {
        fold(alias)
        for entity in json.loads((DATA / "gazetteer.json").read_text("utf-8"))["entities"]
        for names in entity.get("aliases", {}).values()
        for alias in names
    }
    assert not [alias for alias in aliases if topic_words().fullmatch(alias)]
