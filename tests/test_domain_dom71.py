"""Domain on text not tuned on (fortieth session, dom71; issue 14 item 5: institutional acts beside talk).

- A Japanese announcement of an act with its own cue (`data/event_patterns.json` `domain_cues.announced_act`,
  `events_domain._announced_act`, switch `ANNOUNCED_ACT`): `…と発表した` is a verb of saying only where what it
  announces holds a cue ranked above the heads of objects (a purchase, an exercise joined); then that act decides
  (the codebook's rule 6) and the meeting or press conference named in the same stretch does not. An announcement
  is never an intention declared. Where what is announced is a view on a text, nothing changes: dom70's wider form
  (every `と発表` a verb of saying) was withdrawn for a held-out event.
- Agreeing to proceed with, consult on or work towards something (class `furthering`: `…を進めることで一致`,
  `…について協議することで一致`, `agreed to work towards`) is a step not yet taken: talk (rules 2 and 7), whatever
  instrument it names.
- Agreeing on an instrument named with a possessive or a plan, programme or boundary (class `instrument-act`:
  `agreed on <state>'s first action plan`, `agreed on a maritime boundary`): the instrument concluded (rule 1).

Sentences written for these tests, in other words, states and scripts than the corpus documents that prompted them.
"""

from __future__ import annotations

import re

import pytest
from helpers import domain_switch, ruled_by_cues
from hypothesis import given
from hypothesis import strategies as st

from allyscope.event_cues import _lowered
from allyscope.events_domain import _announced_act, _scan, patterns
from allyscope.scripts import fold

PD, INS, NTS, ME = "political-dialogue", "institutional", "non-traditional-security", "military-exercise"
DOMAINS = {PD, INS, NTS, ME}


def _class_matches(name: str, text: str) -> bool:
    classes = patterns()["domain_cues"]["classes"]
    pattern = next(c["pattern"] for c in classes if c["class"] == name)
    return re.search(_lowered(pattern), fold(text)) is not None  # folded as the cue lists are


def _announced(text: str) -> tuple[int, int] | None:
    data, folded = patterns(), fold(text)
    head_rank = int(data["domain_cues"]["head_rank"])
    return _announced_act(data, folded, list(_scan(folded, folded, 0).domains), head_rank)


# --- a Japanese announcement of an act ---


def test_an_announced_purchase_is_the_purchase_not_the_press_conference() -> None:
    text = "同国防相は首脳会談後の記者会見で、スウェーデンから早期警戒機2機を購入すると発表した。"
    assert ruled_by_cues(text)[0] == INS
    with domain_switch("ANNOUNCED_ACT", False):
        assert ruled_by_cues(text)[0] == PD  # the press conference's cue read before the purchase
    assert _announced(text) is not None


ANNOUNCED_ACTS = [
    ("外務省は2019年7月、両国の海軍がアラビア海で行う共同訓練に護衛艦が参加すると発表した。", ME),
    ("防衛省は2021年3月、輸送機3機をインドネシア空軍に供与すると発表した。", INS),
]


@pytest.mark.parametrize(("text", "domain"), ANNOUNCED_ACTS)
def test_an_announced_act_keeps_its_own_domain(text: str, domain: str) -> None:
    assert _announced(text) is not None
    assert ruled_by_cues(text)[0] == domain


def test_an_announcement_of_no_act_is_not_a_saying() -> None:
    """A view on a text announced: the wider dom70 form read it as talk; here the cues read it as before."""
    text = "外務省は5月2日、両国の条約は海洋秩序の維持に役立つと発表した。"
    assert _announced(text) is None
    with domain_switch("ANNOUNCED_ACT", False):
        before = ruled_by_cues(text)
    assert ruled_by_cues(text) == before


def test_a_written_announcement_is_no_verb_of_announcing() -> None:
    assert _announced("両国は2020年5月、訓練に関する発表文を公表した。") is None


def test_the_data_says_why() -> None:
    spec = patterns()["domain_cues"]
    assert "rule 6" in spec["announced_act_about"] and spec["announced_act"]


@given(st.text(alphabet="両国は防衛省共同訓練に参加購入すると発表した、。5月日", max_size=40))
def test_announcements_never_raise(text: str) -> None:
    span = _announced(text)
    if span is not None:
        assert 0 <= span[0] <= span[1] <= len(fold(text))
    assert ruled_by_cues(text)[0] in DOMAINS


# --- agreeing to proceed, to consult, to work towards ---

FURTHERED = [
    "両国防相は、装備品の共同生産について協議することで一致した。",
    "両首脳は、経済連携協定の交渉を進めることで一致した。",
    "On 4 June 2019 both presidents agreed to work towards a free trade agreement.",
    "The two premiers agreed in Oslo to work toward a border treaty.",
]


@pytest.mark.parametrize("text", FURTHERED)
def test_agreeing_to_proceed_is_talk(text: str) -> None:
    assert _class_matches("furthering", text)
    assert ruled_by_cues(text)[0] == PD


@pytest.mark.parametrize(
    "text",
    [
        "両国は2010年、防衛協力に関する覚書を進めた。",  # no agreement to proceed
        "The two sides agreed to work on the old runway.",  # work on: no step furthered
        "両首脳は、協議を行った。",
    ],
)
def test_no_furthering_without_an_agreement_to_proceed(text: str) -> None:
    assert not _class_matches("furthering", text)


# --- agreeing on an instrument ---

AGREED_ON = [
    "In 2016 the two governments agreed on Georgia's second Annual National Programme.",
    "The two foreign ministers agreed on a maritime boundary on 5 May 2019.",
    "On 2 March 2018 the defence ministers agreed upon a joint action plan.",
]


@pytest.mark.parametrize("text", AGREED_ON)
def test_agreeing_on_an_instrument_concludes_it(text: str) -> None:
    assert _class_matches("instrument-act", text)
    assert ruled_by_cues(text)[0] == INS


def test_agreeing_on_a_view_is_talk() -> None:
    text = "The ministers agreed on the importance of dialogue on 5 May 2019."
    assert ruled_by_cues(text)[0] == PD


# --- a chronology's first entry is no date of writing ---

CHRONOLOGY = """Finland–Estonia relations

Finland–Estonia relations are the bilateral relations between Finland and Estonia, neighbours across the Gulf of
Finland.

History

Finland recognised Estonia on 7 July 1920. The two states restored diplomatic relations on 29 August 1991, and Finland
opened its embassy in Tallinn on 5 September 1991.

Chronology

12 March 2021 – Prime Minister Kaja Kallas receives the Finnish prime minister in Tallinn.

4 May 2021 – The two foreign ministers sign a memorandum on ferry safety.

9 June 2022 – The Finnish president visits Tartu.

October 2023 – The two navies inspect the damaged gas pipeline together.
"""


def test_chronology_lines_in_the_present_are_told_as_done() -> None:
    """The first entry's date is no date of writing: the later entries, in the historic present, are not planned.
    Since the fifty-second session the layout no longer dates such a page from its first row (lay83: stacked
    `date – event` rows date no page), so the events stage's own guard is checked directly: the first entry's day,
    were it taken for the date of writing, is known for a chronology's."""
    from allyscope.dates.stage import anchor_of
    from allyscope.events import _opens_a_chronology

    doc = allyscope_extract(CHRONOLOGY)
    modes = {e.date: e.mode for e in doc.events}
    assert modes.get("2022-06-09") == "asserted" and modes.get("2021-05-04") == "asserted"
    written = anchor_of("2021-03-12")
    assert written is not None
    assert _opens_a_chronology(doc.text, written, list(doc.dates))


def test_a_dateline_standing_alone_still_dates_the_text() -> None:
    from allyscope.dates.stage import anchor_of
    from allyscope.events import _opens_a_chronology

    text = "12 March 2021 – Tallinn\n\nThe ministers met on 12 March 2021. They will sign a memorandum on 4 May 2021.\n"
    doc = allyscope_parse(text)
    written = anchor_of("2021-03-12")
    assert written is not None
    assert not _opens_a_chronology(doc.text, written, list(doc.dates))


@given(st.text(alphabet="12 March 2021–\n年月日：abc", max_size=60))
def test_chronology_reading_never_raises(text: str) -> None:
    from allyscope.dates.stage import anchor_of
    from allyscope.events import _opens_a_chronology

    doc = allyscope_parse(text)
    written = anchor_of("2021-03-12")
    assert written is not None
    assert _opens_a_chronology(doc.text, written, list(doc.dates)) in (True, False)


def allyscope_extract(text: str):  # type: ignore[no-untyped-def]
    import allyscope

    return allyscope.extract(text)


def allyscope_parse(text: str):  # type: ignore[no-untyped-def]
    import allyscope

    return allyscope.parse_text(text)
