"""Recall in joint statements and press-conference answers (issue 14 items 4 and 6; branch rec50).

Each test names a pattern of the language, in sentences written for it (Peru, Bolivia, Paraguay and Ecuador, not the
pairs of the dev documents that showed the miss):

- a statement or a briefing dated by its own date line tells its occasion first, then recalls earlier acts in
  paragraphs of their own, then what was done on this occasion (`五、访问期间，双方签署了…`, `The leaders welcomed the
  signing of … during the visit`): an occasion phrase in a later paragraph than the occasion told last, when that
  occasion lies outside the document's date, is the document's own occasion (`dates/occasions.py`); within one
  paragraph, or in a document with no date of its own, the occasion told last is still the one meant;
- `此访期间` (this visit), `訪問中、` and `滞在中、` (during the visit, during the stay; after a topic `同相は、`
  too) are occasion phrases like `访问期间` (`date_rules.json` `occasion_span`);
- one side named by its short form and `方` announcing an act after the sides' joint act
  (`…签署了…文件，秘方宣布向玻方提供…`) is an act of its own (`event_segments`);
- `After the talks` opening a later paragraph takes the day the talks were told with, as `会谈后` does
  (`dates/reading.py` `_remember_acts`)."""

from __future__ import annotations

from pathlib import Path

from helpers import stated_events

_events = stated_events


def _dated(events: list[tuple[str, str, str]], opening: str) -> list[str]:
    return [date for date, _, sentence in events if opening in sentence]


def test_a_later_paragraph_of_a_statement_returns_to_its_own_visit(tmp_path: Path) -> None:
    text = (
        "秘鲁和玻利维亚联合声明\n\n（2022年6月，利马）\n\n"
        "一、应秘鲁总统邀请，玻利维亚总统于2022年6月20日至22日对秘鲁进行国事访问。\n\n"
        "二、双方积极评价秘鲁国防部长2021年9月对拉巴斯的工作访问。\n\n"
        "三、访问期间，两国外长签署了引渡条约。\n"
    )
    assert _dated(_events(tmp_path, text), "引渡条约") == ["2022-06-20/2022-06-22"]
    # the recalled visit in the same paragraph as the phrase: it is the one meant
    same = text.replace("访问。\n\n三、访问期间", "访问。访问期间")
    assert _dated(_events(tmp_path, same), "引渡条约") == ["2021-09"]
    # no date of the document's own: no occasion to return to, the visit told last dates it
    undated = text.replace("（2022年6月，利马）\n\n", "")
    assert _dated(_events(tmp_path, undated), "引渡条约") == ["2021-09"]


def test_this_visit_in_traditional_script_after_a_span_of_years(tmp_path: Path) -> None:
    # `此訪期間` (this visit) after a paragraph that ends on a span told with `since`
    text = (
        "巴拉圭與厄瓜多聯合聲明\n\n（2019年11月，亞松森）\n\n"
        "一、應巴拉圭總統邀請，厄瓜多總統於2019年11月4日至6日對巴拉圭進行正式訪問。\n\n"
        "二、雙方回顧，厄瓜多自2008年起派員參加巴拉圭主辦的聯合國維和培訓。\n\n"
        "三、此訪期間，雙方簽署了海關互助協定。\n"
    )
    assert _dated(_events(tmp_path, text), "海關互助協定") == ["2019-11-04/2019-11-06"]


def test_an_english_phrase_after_its_verb_returns_to_the_statements_visit(tmp_path: Path) -> None:
    text = (
        "Joint Statement of Paraguay and Ecuador\n\nAsunción, 6 November 2019\n\n"
        "1. President Lenín Moreno paid an official visit to Paraguay from 4 to 6 November 2019.\n\n"
        "2. The presidents recalled the visit of a Paraguayan trade mission to Quito in March 2017.\n\n"
        "3. The presidents welcomed the signing of three agreements on customs and transport during the visit.\n"
    )
    assert _dated(_events(tmp_path, text), "three agreements") == ["2019-11-04/2019-11-06"]


def test_during_the_visit_or_the_stay_in_japanese(tmp_path: Path) -> None:
    text = (
        "ペルーとボリビア\n\nボリビアの外相は2023年5月8日から10日までペルーを訪問した。"
        "訪問中、同外相はペルー大統領と会談した。\n"
    )
    assert _dated(_events(tmp_path, text), "会談した") == ["2023-05-08/2023-05-10"]
    stay = (
        "ペルーとボリビア\n\n2023年5月、ペルーの国防相はラパスを訪れ、ボリビア国防相と会談した。"
        "同相は、滞在中、ボリビア陸軍の部隊を視察した。\n"
    )
    assert _dated(_events(tmp_path, stay), "視察した") == ["2023-05"]


def test_one_side_announcing_after_the_joint_signing_is_an_act_of_its_own(tmp_path: Path) -> None:
    for text in (
        "秘鲁与玻利维亚\n\n2022年6月21日，两国政府签署了农业和卫生领域合作文件，秘方宣布向玻方提供新的优惠贷款。\n",
        "秘魯與玻利維亞\n\n2022年6月21日，兩國政府簽署了農業和衛生領域合作文件，秘方還宣佈向玻方提供緊急援助。\n",
    ):
        assert _dated(_events(tmp_path, text), "合作文件") == ["2022-06-21", "2022-06-21"], text
    # the sides' own announcement right after a date is one act, as before
    one = "秘鲁与玻利维亚\n\n2022年6月21日，秘方宣布向玻方提供新的优惠贷款。\n"
    assert _dated(_events(tmp_path, one), "优惠贷款") == ["2022-06-21"]


def test_after_the_talks_opening_a_later_paragraph_takes_the_talks_day(tmp_path: Path) -> None:
    text = (
        "Joint Communiqué of Peru and Bolivia\n\nLima, 22 June 2022\n\n"
        "1. The two presidents held talks at the Government Palace on 21 June.\n\n"
        "2. They recalled the Bolivian defence minister's visit to Lima in September 2021.\n\n"
        "3. After the talks, the two presidents addressed the press together.\n"
    )
    assert _dated(_events(tmp_path, text), "After the talks") == ["2022-06-21"]
    # the day after the talks is counted from them, not the talks' day itself
    after = text.replace("3. After the talks, the", "3. The day after the talks, the")
    assert _dated(_events(tmp_path, after), "The day after the talks") != ["2022-06-21"]


def test_raising_relations_to_a_partnership_is_an_act_beside_a_signing_witnessed(tmp_path: Path) -> None:
    # `raised (their) relations/ties to a … partnership` acts on the relationship (COOPERATE 050, as `elevated` and
    # `提升为` do), so a signing witnessed after it with `and` is a second act
    text = (
        "Peru and Ecuador\n\nQuito, 9 March 2023\n\nOn 8 March the two presidents raised their ties to a "
        "comprehensive partnership and witnessed the signing of five agreements on trade and customs.\n"
    )
    events = _events(tmp_path, text)
    assert sorted(t for d, t, _ in events if d == "2023-03-08") == ["AGREE", "COOPERATE"], events
    # raising a concern about relations is no act on them
    concern = "Peru and Ecuador\n\nOn 8 March 2023 the minister raised concerns about relations with the neighbour.\n"
    assert [t for _, t, _ in _events(tmp_path, concern)] != ["COOPERATE"]


def test_a_speakers_would_before_a_verb_of_saying_leaves_what_follows_stated(tmp_path: Path) -> None:
    # `I would note that …`: the speaker's courtesy, not a condition; what follows `that` keeps its own mode
    text = (
        "Bolivia and Paraguay\n\nQ: How are relations?\n\nA: I would note that the Paraguayan foreign minister "
        "visited La Paz in May 2022, when the two governments signed a river transport agreement.\n"
    )
    assert [d for d, _, _ in _events(tmp_path, text)] == ["2022-05", "2022-05"]
    # `would` before the act's own verb is still a condition: nothing stated
    forecast = "Bolivia and Paraguay\n\nIn May 2022 the ministers would sign the agreement if the senate agreed.\n"
    assert _events(tmp_path, forecast) == []


def test_a_japanese_perfect_of_doing_after_a_visit_is_a_second_act(tmp_path: Path) -> None:
    # `…を訪れ、…と会談しています`: the perfect (`ている`, `ています`) of a dated act done is an act, as the past is
    text = (
        "パラグアイとボリビア\n\n答：2022年9月には、ボリビアの国防相がアスンシオンを訪れ、パラグアイの国防相と"
        "会談しています。\n"
    )
    assert len(_dated(_events(tmp_path, text), "会談しています")) == 2
    done = text.replace("会談しています", "協議を行っています")
    assert len(_dated(_events(tmp_path, done), "協議を行っています")) == 2
    # the perfect of a verb of change tells a trend, no second act
    trend = (
        "パラグアイとボリビア\n\n答：2022年9月には、ボリビアの国防相がアスンシオンを訪れ、その後も両国の"
        "共同訓練は増えています。\n"
    )
    assert len(_dated(_events(tmp_path, trend), "増えています")) == 1
