"""Actors (act47): an act of one side that the extractor keeps as the pair's although its clause names that side
only — relief or a rescue team sent, an envoy summoned, the pair's treaty signed or ratified — involves the other
side of the case: the one the act is done to. Without it such an event had one side of the pair (a dev class in 17
documents of eleven sessions: `国際緊急援助隊…羽田を出発し`, `救援队从…出发`, `ワシントンで…条約に署名`). The other
side is named only when the case leaves no doubt which it is."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import case_of

from allyscope import parse_text
from allyscope.entities import gazetteer
from allyscope.events import extract_events
from allyscope.events_domain import other_side


def _events(text: str, *sides: str) -> Iterator[tuple[str, set[str], set[str]]]:
    """(domain, actor names, involved names) of each event of `text` read under a case of `sides`."""
    g = gazetteer()
    with case_of(*sides):
        doc = parse_text(text)
        found = extract_events(doc, "t")
    for e in found:
        yield e.domain, {g.entity(i)["name"] for i in e.actors}, {g.entity(i)["name"] for i in e.involved}


@pytest.mark.parametrize(
    ("text", "sides", "named", "other"),
    [
        (
            "Relief for the flood\n\nOn 9 September 2022 a Norwegian rescue team left Oslo with pumps and tents.\n",
            ("NO", "PK"),
            "Norway",
            "Pakistan",
        ),
        (
            "洪水への支援\n\n2022年9月9日、ノルウェーの国際緊急援助隊が医療資機材を積んでオスロを出発した。\n",
            ("NO", "PK"),
            "Norway",
            "Pakistan",
        ),
        (
            "洪灾援助\n\n2022年9月9日，挪威救援队携带水泵和帐篷从奥斯陆出发。\n",
            ("NO", "PK"),
            "Norway",
            "Pakistan",
        ),
        (
            "水災援助\n\n2022年9月9日，挪威救援隊攜帶抽水機與帳篷從奧斯陸出發。\n",
            ("NO", "PK"),
            "Norway",
            "Pakistan",
        ),
        (
            "The treaty\n\nOn 12 June 2019 Chile's senate ratified the treaty on defence cooperation.\n",
            ("CL", "PE"),
            "Chile",
            "Peru",
        ),
    ],
)
def test_one_sides_act_kept_as_the_pairs_involves_the_other(
    text: str, sides: tuple[str, ...], named: str, other: str
) -> None:
    kept = [(actors, involved) for domain, actors, involved in _events(text, *sides) if domain != "context"]
    assert kept, "the act is the pair's"
    actors, involved = kept[0]
    assert named in actors and other not in actors
    assert other in involved


def test_an_act_left_context_gains_no_other_side() -> None:
    # one side's own law names no one it is done to: context, and the other side is not added
    text = "Domestic matters\n\nOn 3 May 2021 Norway's parliament adopted a new budget law.\n"
    for domain, actors, involved in _events(text, "NO", "PK"):
        assert domain == "context"
        assert "Pakistan" not in actors | involved


def test_other_side_of_a_bilateral_case_is_the_other_party() -> None:
    sides = [frozenset({"NO", "office:no-pm"}), frozenset({"PK"})]
    assert other_side({"NO", "office:no-pm"}, sides, [["NO"], ["PK"]]) == ("PK",)
    assert other_side({"PK"}, sides, [["NO"], ["PK"]]) == ("NO",)


def test_no_other_side_is_guessed_where_several_could_be_meant() -> None:
    hub = [frozenset({"JP"}), frozenset({"PH", "VN"})]
    # the hub's act towards one of its partners: which one the clause does not say
    assert other_side({"JP"}, hub, [["JP"], ["PH", "VN"]]) == ()
    # a partner's act: the hub
    assert other_side({"VN"}, hub, [["JP"], ["PH", "VN"]]) == ("JP",)
    minilateral = [frozenset({"AU"}), frozenset({"IN"}), frozenset({"US"})]
    assert other_side({"AU"}, minilateral, [["AU"], ["IN"], ["US"]]) == ()
    # both sides named already, or none: nothing to add
    assert other_side({"JP", "PH"}, hub, [["JP"], ["PH", "VN"]]) == ()
    assert other_side({"DE"}, hub, [["JP"], ["PH", "VN"]]) == ()


@pytest.mark.parametrize(
    ("text", "word", "state"),
    [
        # a verb of arriving or coming and a state's one-character abbreviation name the state the visitor came to
        ("来週にはケニア外相が来日し、防衛協力を協議する。", "来日", "JP"),
        ("帛琉副總統一行於上週抵臺，展開五天訪問。", "抵臺", "TW"),
        ("該國國防部長去年兩度來臺考察。", "來臺", "TW"),
        ("代表团随后赴台参加论坛。", "赴台", "TW"),
        ("巴西海军代表团抵日后参观了横须贺。", "抵日", "JP"),
    ],
)
def test_a_coming_verb_with_an_abbreviation_names_the_state(text: str, word: str, state: str) -> None:
    from helpers import named_spans

    assert (word, (state,)) in named_spans(text)


@pytest.mark.parametrize("text", ["来日方长，两国的合作还有很大空间。", "来日無多，談判必須盡快完成。"])
def test_days_to_come_name_no_state(text: str) -> None:
    from helpers import named_spans

    assert all("JP" not in ids for _, ids in named_spans(text))
