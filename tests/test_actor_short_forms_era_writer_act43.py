"""Actors of issue 14 item 3 in Traditional Chinese texts (twenty-second session, branch act43), tested on sentences
written for them, in other words than the dev documents that showed the misses.

1. A state's one-character short form before 國 with a ministry or a visiting delegation of it after (`帛國司法部`,
   `瓜國衛生部`, `斯國經濟部`, `帛國訪問團`: states.json `sides` 'state_after') names that state, as it did before an
   envoy or an office (`拉國大使`); Palau's Taiwanese short form 帛 (帛琉) is one of the side characters.
2. A side character that begins several states' names (斯: 斯里蘭卡 Sri Lanka, 斯洛伐克 Slovakia, 斯洛維尼亞
   Slovenia; states.json `shared_abbreviations`) names the one the text names by its own name, as the shared
   abbreviations of compounds do; with none named it keeps its reading (Sri Lanka).
3. A text whose head names no speaker, issuer or leader but whose body counts years in one state's own era
   (`民國105年`) is written from that state: its `我國` is that state (discourse.json `speakers` 'era_states');
   without such a year the first person stays nobody."""

from __future__ import annotations

import pytest

from allyscope import parse_text
from allyscope.entities import mark_entities


def _readings(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(m.alias, m.ids, m.basis) for m in mark_entities(parse_text(text)).entities]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("標題\n\n帛國內政部長昨日抵達臺北。\n", "PW"),
        ("標題\n\n技術團與瓜國衛生部合辦義診。\n", "GT"),
        ("標題\n\n帛國訪問團上午參訪國防部。\n", "PW"),
        ("标题\n\n帛方感谢台湾的协助。\n", "PW"),
    ],
)
def test_a_short_form_before_guo_with_a_ministry_or_delegation_names_its_state(text: str, state: str) -> None:
    # read by the side reader (basis `compound`) or, since alias79, as a short form of the data (`瓜國`, `帛國`)
    found = [ids for alias, ids, basis in _readings(text) if basis == "compound" or alias[1:] in ("國", "国")]
    assert found and all(ids == (state,) for ids in found), _readings(text)


@pytest.mark.parametrize(
    "text",
    [
        "標題\n\n該國經濟部宣布新措施。各國訪問團陸續抵達。\n",  # 該, 各: no state's short form
        "標題\n\n絲綢與布帛國際展覽開幕。\n",  # 帛 inside a word, and no body after 國
        "標題\n\n帛國的觀光業去年恢復。\n",  # no office, body or envoy after 國
    ],
)
def test_a_guo_word_without_a_short_form_or_a_body_after_it_names_no_state(text: str) -> None:
    assert not [r for r in _readings(text) if r[2] == "compound"], _readings(text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("標題\n\n斯洛伐克外長抵達臺北。雙方會談後，斯國外交部發表聲明。\n", "SK"),
        ("标题\n\n斯洛文尼亚总理访华。斯方愿意深化合作。\n", "SI"),
        ("標題\n\n斯里蘭卡總統訪問北京。斯方表示感謝。\n", "LK"),
        ("標題\n\n斯方表示感謝。\n", "LK"),  # none named: its reading
    ],
)
def test_a_shared_side_character_names_the_state_the_text_names(text: str, state: str) -> None:
    # read by the side reader (basis `compound`) or, since alias79, as a short form of the data (`瓜國`, `帛國`)
    found = [ids for alias, ids, basis in _readings(text) if basis == "compound" or alias[1:] in ("國", "国")]
    assert found and all(ids == (state,) for ids in found), _readings(text)


@pytest.mark.parametrize(
    "text",
    [
        "研究報告\n2024年5月1日\n\n民國105年，我國與巴拉圭簽署引渡條約。\n",
        "觀察\n\n本文檢討民國88年以來的援外政策。我國曾多次派遣醫療團。\n",
    ],
)
def test_a_text_counting_years_in_its_states_era_speaks_for_that_state(text: str) -> None:
    assert ("我國", ("TW",), "speaker") in _readings(text), _readings(text)


@pytest.mark.parametrize(
    "text",
    [
        "研究報告\n2024年5月1日\n\n2016年，我國與巴拉圭簽署引渡條約。\n",  # no era: the writer's state untold
        "观察\n\n本文回顾2016年以来的政策。我国曾多次派遣医疗队。\n",
    ],
)
def test_a_text_without_an_eras_year_leaves_its_first_person_unresolved(text: str) -> None:
    assert not [r for r in _readings(text) if r[0] in ("我國", "我国")], _readings(text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("研究報告\n2024年5月1日\n\n民國105年起雙方合作。國防部昨日宣布，將派員赴巴拉圭受訓。\n", "TW"),
        ("報道発表\n令和6年2月1日\n\n外務省は本日、フィジーへの緊急無償資金協力を決定しました。\n", "JP"),
        ("国防省発表\n令和4年5月9日\n\n1　本日、防衛省及び外務省は合同で説明会を開催した。\n", "JP"),
    ],
)
def test_a_bare_ministry_of_a_states_own_record_is_that_state(text: str, state: str) -> None:
    found = [ids for alias, ids, basis in _readings(text) if basis == "speaker" and alias in ("國防部", "外務省")]
    assert found and all(ids == (state,) for ids in found), _readings(text)


@pytest.mark.parametrize(
    "text",
    [
        # another state's ministry, named with it
        "報道発表\n令和6年2月1日\n\n本日、ロシア外務省は声明を発表しました。同月、両国外務省とロシアの外務省が協議した。\n",
        "研究報告\n2024年5月1日\n\n2016年，國防部宣布派員赴巴拉圭受訓。\n",  # no era: whose ministry untold
        "報告\n\n外交部上週二宣布，將與巴拉圭設立訓練中心。\n",
    ],
)
def test_a_ministry_named_with_a_state_or_in_a_record_of_no_state_is_not_read_as_its_own(text: str) -> None:
    assert not [r for r in _readings(text) if r[2] == "speaker"], _readings(text)
