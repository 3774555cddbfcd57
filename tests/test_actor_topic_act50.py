"""Actors carried across sentences (act50, issue 14 item 3): a two-sided act whose clause names one side of the
case, or none, takes the other from the paragraph's topic, else from the title and lead (`topic_partner`). On the
blind sets the side a matched event lacks is named in its paragraph or earlier in the document far more often than
in its sentence. The sentences here are written for these tests (other words than the dev documents that showed the
class); each positive case lacks the other side without the rule."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from helpers import events_in_case as _events
from helpers import only_event as _only
from helpers import party_names as _names
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from allyscope.entities import gazetteer
from allyscope.topic_partner import topic_rules, unit_of

# the paragraph names the host earlier; the clause names only the visitor (a port call with no place)
PARAGRAPH_TOPIC = [
    "Norway and Kenya at sea\n\nKenya has long welcomed foreign navies. On 4 March 2023 a Norwegian frigate made a "
    "port call.\n",
    "ノルウェーとケニアの防衛協力\n\nケニアはインド洋に面した東アフリカの国である。2023年3月4日には、ノルウェー海軍の"
    "フリゲートが寄港した。\n",
    "挪威与肯尼亚的海上合作\n\n肯尼亚是东非的重要国家。2023年3月4日，挪威海军一艘护卫舰首次靠港。\n",
    "挪威與肯亞的海上合作\n\n肯亞是東非的重要國家。2023年3月4日，挪威海軍一艘巡防艦首次靠港。\n",
]


@pytest.mark.parametrize("text", PARAGRAPH_TOPIC)
def test_the_paragraphs_topic_gives_the_partner_of_a_port_call(text: str) -> None:
    event = _only(text, "NO", "KE")
    assert {"Norway", "Kenya"} <= _names(event)
    assert event.actor_basis.get("KE") == "paragraph"
    assert event.domain == "military-exercise"


# nothing before the clause in its paragraph: the title names the pair
DOCUMENT_TOPIC = [
    "Norway and Kenya\n\nOn 9 May 2023 the Norwegian envoy held talks with officials in the capital.\n",
    "ノルウェーとケニア\n\n2023年5月9日、ノルウェーの特使が首都で政府高官と会談した。\n",
    "挪威与肯尼亚\n\n2023年5月9日，挪威特使在首都同政府官员举行会谈。\n",
    "挪威與肯亞\n\n2023年5月9日，挪威特使在首都與政府官員舉行會談。\n",
]


@pytest.mark.parametrize("text", DOCUMENT_TOPIC)
def test_the_documents_topic_gives_the_partner_of_talks(text: str) -> None:
    event = _only(text, "NO", "KE")
    assert {"Norway", "Kenya"} <= _names(event)
    assert event.actor_basis.get("KE") == "document"
    assert event.domain == "political-dialogue"


def test_a_clause_naming_no_side_takes_both_from_the_topic() -> None:
    text = (
        "Chile and Peru\n\nBoth governments have long disputed their sea border. The agreement on it entered into "
        "force on 2 June 2016.\n"
    )
    event = _only(text, "CL", "PE")
    assert {"Chile", "Peru"} <= _names(event)
    assert event.domain != "context"


@pytest.mark.parametrize(
    "text",
    [
        # the paragraph is about a third state: its topic is not the pair's, and the title is not read
        "Norway and Kenya at sea\n\nTanzania opened a new container terminal last decade. On 4 March 2023 a "
        "Norwegian frigate made a port call.\n",
        # two candidate hosts in the paragraph
        "Norway and Kenya at sea\n\nKenya and Tanzania both welcome foreign navies. On 4 March 2023 a Norwegian "
        "frigate made a port call.\n",
        "ノルウェーとケニア\n\nケニアとタンザニアは外国艦艇を歓迎してきた。2023年3月4日には、ノルウェー海軍の"
        "フリゲートが寄港した。\n",
        # one side's own affair, one-sided acts
        "Norway and Kenya at sea\n\nKenya has long welcomed foreign navies. On 4 March 2023 Norway's parliament "
        "adopted a new defence budget.\n",
        "Norway and Kenya at sea\n\nKenya has long welcomed foreign navies. On 4 March 2023 Norwegian troops held "
        "live-fire drills.\n",
        "挪威與肯亞\n\n肯亞是東非的重要國家。2023年3月4日，挪威國會通過新的國防預算。\n",
        "ノルウェーとケニア\n\nケニアは東アフリカの国である。2023年3月4日、ノルウェー国防相は記者会見を開いた。\n",
    ],
)
def test_no_partner_is_guessed(text: str) -> None:
    for event in _events(text, "NO", "KE"):
        assert "Kenya" not in _names(event)
        assert "paragraph" not in event.actor_basis.values()
        assert "document" not in event.actor_basis.values()


def test_a_statement_is_not_given_a_partner_by_the_topic() -> None:
    # one side's statement: not a two-sided act (dom48's statements keep their own reading of the pair)
    text = "挪威与肯尼亚\n\n肯尼亚是东非的重要国家。2023年3月4日，挪威外交部发表声明。\n"
    for event in _events(text, "NO", "KE"):
        assert not {"paragraph", "document"} & set(event.actor_basis.values())


def test_a_reset_word_turns_the_paragraph_away_from_its_earlier_topic() -> None:
    # `Meanwhile,` ends the paragraph's topic (Tanzania); the title's pair is read instead
    text = (
        "Norway and Kenya at sea\n\nTanzania opened a new container terminal last decade. Meanwhile, on 4 March 2023 "
        "a Norwegian frigate made a port call.\n"
    )
    event = _only(text, "NO", "KE")
    assert event.actor_basis.get("KE") == "document"


def test_a_grouping_named_in_the_paragraph_does_not_compete_with_the_lacking_state() -> None:
    text = (
        "Norway and Kenya at sea\n\nKenya and Norway both take part in NATO-led training. On 4 March 2023 a "
        "Norwegian frigate made a port call.\n"
    )
    event = _only(text, "NO", "KE")
    assert event.actor_basis.get("KE") == "paragraph"


def test_taking_office_dated_beside_its_words_gets_no_partner() -> None:
    text = "挪威与肯尼亚\n\n肯尼亚是东非的重要国家。这是挪威首相2023年3月4日就职后的首次出访。\n"
    for event in _events(text, "NO", "KE"):
        assert "Kenya" not in _names(event)


_UNRELATED = [
    "Tanzania opened a new container terminal in 2019.",
    "On 2 April 2021 Uganda's president attended a summit in Arusha.",
    "Meanwhile, the African Union met in Addis Ababa on 5 June 2022.",
    "Ethiopia held an election on 21 June 2021.",
]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_UNRELATED), min_size=1, max_size=3), st.booleans())
def test_an_unrelated_paragraph_never_changes_an_event_whose_paragraph_topic_is_set(
    extra: list[str], before: bool
) -> None:
    target = "Kenya has long welcomed foreign navies. On 4 March 2023 a Norwegian frigate made a port call."
    paragraph = " ".join(extra)
    body = [paragraph, target] if before else [target, paragraph]
    text = "Norway and Kenya at sea\n\n" + "\n\n".join(body) + "\n"
    alone = _only("Norway and Kenya at sea\n\n" + target + "\n", "NO", "KE")
    found = [e for e in _events(text, "NO", "KE") if "frigate" in e.evidence.text]
    assert len(found) == 1
    assert (found[0].actors, found[0].involved, found[0].domain) == (alone.actors, alone.involved, alone.domain)


def test_the_side_character_of_several_states_is_the_one_the_text_names() -> None:
    g = gazetteer()
    text = "中国和塞舌尔\n\n塞舌尔是印度洋岛国。2024年6月10日，中国外长会见了塞方总统。\n"
    (event,) = _events(text, "CN", "SC")
    assert {"China", "Seychelles"} <= _names(event)
    assert "Serbia" not in _names(event)
    text = "中国和塞尔维亚\n\n塞尔维亚位于巴尔干半岛。2024年5月8日，中国外长会见了塞方总统。\n"
    (event,) = _events(text, "CN", "RS")
    assert "Serbia" in {g.entity(i)["name"] for i in [*event.actors, *event.involved]}


def test_topic_data_is_well_formed_and_names_no_entity() -> None:
    data = json.loads(resources.files("allyscope.data").joinpath("topic.json").read_text("utf-8"))
    patterns = json.loads(resources.files("allyscope.data").joinpath("event_patterns.json").read_text("utf-8"))
    cameos = {t["cameo"] for t in patterns["types"]}
    assert set(data["two_sided_cameo"]) <= cameos
    assert set(data["alone_unless"]) <= set(data["two_sided_cameo"])
    for key, value in data.items():
        if key.endswith("about"):
            assert isinstance(value, str) and value
    rules = topic_rules()
    assert rules.resets.match("Meanwhile, the")
    assert rules.resets.match("一方、")
    assert rules.one_sided_acts.search("adopted a new defence budget")
    assert not rules.one_sided_acts.search("signed a strategic partnership")
    # no state, organisation or person the gazetteer knows is named in the data's words
    g = gazetteer()
    words = json.dumps({k: v for k, v in data.items() if not k.endswith("about")}, ensure_ascii=False)
    for entity in g.entities.values():
        if entity["type"] in ("state", "organization", "person"):
            for alias in [entity["name"], *entity.get("aliases", {}).get("en", [])]:
                assert len(alias) < 4 or alias not in words, alias


def test_a_unit_is_what_an_entity_is_part_of() -> None:
    g = gazetteer()
    assert unit_of("office:jp-pm", g.entities) == "JP"
    assert unit_of("JP", g.entities) == "JP"
    assert unit_of("force:jmsdf", g.entities) == "JP"
    assert unit_of("mechanism-type:2plus2", g.entities) is None


def test_a_third_state_named_only_in_a_later_clause_does_not_block_the_partner() -> None:
    text = (
        "Norway and Kenya at sea\n\nKenya has long welcomed foreign navies. On 4 March 2023 a Norwegian frigate made "
        "a port call, and on 9 May 2023 it exercised with Tanzania's navy.\n"
    )
    first = next(e for e in _events(text, "NO", "KE") if e.date == "2023-03-04")
    assert first.actor_basis.get("KE") == "paragraph"


def test_the_benchmark_places_a_missing_actor_by_where_the_text_names_it() -> None:
    from helpers import load_repository_module

    misses = load_repository_module("benchmarks", "actor_misses")
    text = "Norway and Kenya\nKenya is in East Africa. The frigate called.\nLater, Tanzania.\n"
    sentence = text.index("The frigate")
    event = {"evidence": {"start": sentence, "end": sentence + len("The frigate called.")}}

    def data(*places: tuple[str, int]) -> dict[str, object]:
        mentions: dict[str, list[dict[str, int]]] = {}
        for entity_id, at in places:
            mentions.setdefault(entity_id, []).append({"start": at, "end": at + 5})
        return {"document": {"text": text}, "entities": [{"id": k, "mentions": v} for k, v in mentions.items()]}

    assert misses.where_missing(data(("KE", text.index("Kenya is"))), event, "Kenya") == "paragraph"
    assert misses.where_missing(data(("KE", text.index("Kenya\n"))), event, "Kenya") == "earlier"
    assert misses.where_missing(data(("office:jp-pm", sentence + 4)), event, "Japan") == "sentence"
    assert misses.where_missing(data(("TZ", text.index("Tanzania"))), event, "Tanzania") == "later"
    assert misses.where_missing(data(), event, "Kenya") == "never"
    assert misses.where_missing(data(), event, "No Such Body of Anything") == "unresolved"
