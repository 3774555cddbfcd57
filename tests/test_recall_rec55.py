"""Acts in a series, a wreath laid, and a visit told as the span of another act (issue 14, recall; branch rec55).

Each test names a pattern of the language, in sentences written for it (Uruguay, Chile, Peru and Paraguay, not the
pairs of the dev documents that showed the miss):

- English joins a series of one subject's acts with bare commas (`opened …, met …, and laid …`): a comma before a
  verb in the past that takes its object at once opens the next act (`event_segments` series branch); a participle
  in apposition (`The accord, signed in 2019, …`) and a relative clause before the comma (`…, who arrived on
  Monday, met …`) do not;
- laying a wreath or flowers at a memorial (`laid a wreath`, `献花`, `花輪を捧げ`) is an act of a visit of its own, as
  touring a site is, and talks held with a counterpart after a ceremony, after a bare comma (`出席欢迎仪式，同…举行
  会谈`), are another act (`acts_apart_by_cameo`);
- a visit naming its visitor told as the span of another act is two events (the codebook's convention): also when
  a Chinese clause writes the span with no comma after it (`…总统访问秘鲁期间签署了…`), and when an English clause
  tells the visit after the act (`signed … in May 2018 during President X's visit to Lima`); a span naming no
  visitor (`访问期间`) or an English visit phrase with a date of its own is not split."""

from __future__ import annotations

from pathlib import Path

from helpers import stated_events

_events = stated_events


def _in(events: list[tuple[str, str, str]], opening: str) -> list[str]:
    return [d for d, _, s in events if s.startswith(opening)]


def test_a_series_of_acts_joined_by_commas_is_one_event_each(tmp_path: Path) -> None:
    text = (
        "Uruguay and Chile\n\n3 June 2022\n\nOn 1 June 2022 the Uruguayan foreign minister inaugurated the new "
        "consulate in Valparaíso, met the Chilean defence minister, and signed a memorandum on naval "
        "training.\n"
    )
    assert _in(_events(tmp_path, text), "On 1 June") == ["2022-06-01"] * 3
    # the same acts in one sentence joined only by `and` were already three; the commas change nothing
    joined = text.replace(", met", " and met").replace(", and signed", " and signed")
    assert _in(_events(tmp_path, joined), "On 1 June") == ["2022-06-01"] * 3


def test_a_participle_or_a_relative_clause_before_the_comma_is_no_act_of_the_series(tmp_path: Path) -> None:
    apposition = (
        "Uruguay and Chile\n\nThe fisheries accord, signed in 2019, replaced an older arrangement between the two "
        "navies.\n"
    )
    assert [d for d, _, _ in _events(tmp_path, apposition)] == ["2019"]
    relative = (
        "Uruguay and Chile\n\n3 June 2022\n\nThe Chilean minister, who reached Montevideo on 1 June, received "
        "the Uruguayan foreign minister.\n"
    )
    assert [d for d, _, _ in _events(tmp_path, relative)] == ["2022-06-01"]


def test_laying_a_wreath_on_a_visit_is_an_act_of_its_own(tmp_path: Path) -> None:
    english = (
        "Peru and Chile\n\n5 May 2023\n\nThe Peruvian president arrived in Santiago on 4 May 2023, laid a wreath "
        "at the monument to Bernardo O'Higgins and met the Chilean president at La Moneda.\n"
    )
    assert _in(_events(tmp_path, english), "The Peruvian") == ["2023-05-04"] * 3
    chinese = (
        "秘鲁与智利\n\n2023年5月5日\n\n秘鲁总统2023年5月4日抵达圣地亚哥进行国事访问，其间出席了欢迎仪式，并在奥希金斯纪念碑"
        "前献花。\n"
    )
    assert _in(_events(tmp_path, chinese), "秘鲁总统") == ["2023-05-04"] * 3
    # a wreath with no visit or meeting before it is one act, as before
    alone = "秘鲁与智利\n\n2023年5月4日，秘鲁总统在奥希金斯纪念碑前献花。\n"
    assert [d for d, _, _ in _events(tmp_path, alone)] == ["2023-05-04"]


def test_talks_after_a_ceremony_after_a_bare_comma_are_another_act(tmp_path: Path) -> None:
    text = (
        "巴拉圭与乌拉圭\n\n2024年8月9日\n\n巴拉圭总统8月8日在乌拉圭总统府出席欢迎仪式，同乌拉圭总统举行会谈，并会见了议会领导人。\n"
    )
    assert _in(_events(tmp_path, text), "巴拉圭总统") == ["2024-08-08"] * 3


def test_a_visit_written_as_a_span_inside_a_chinese_clause_is_an_event_of_its_own(tmp_path: Path) -> None:
    text = "秘鲁与智利\n\n两国于2018年5月智利总统访问秘鲁期间签署了海上搜救合作协定。\n"
    events = _events(tmp_path, text)
    assert [d for d, _, _ in events] == ["2018-05", "2018-05"]
    assert {t for _, t, _ in events} == {"CONSULT", "AGREE"}
    # a span naming no visitor refers back to a visit told before: one act
    bare = "秘鲁与智利\n\n2018年5月，访问期间两国签署了海上搜救合作协定。\n"
    assert [t for _, t, _ in _events(tmp_path, bare)] == ["AGREE"]


def test_a_visit_told_after_the_act_it_spans_is_an_event_of_its_own(tmp_path: Path) -> None:
    text = (
        "Peru and Chile\n\n9 June 2018\n\nThe search and rescue agreement was signed in May 2018 during President "
        "Piñera's visit to Lima.\n"
    )
    events = _events(tmp_path, text)
    assert [d for d, _, _ in events] == ["2018-05", "2018-05"]
    assert {t for _, t, _ in events} == {"CONSULT", "AGREE"}
    # the visit phrase with a date of its own is read from that date: the act keeps one event of its own date
    dated = (
        "Peru and Chile\n\n9 June 2018\n\nThe two presidents signed the agreement today during President Piñera's "
        "state visit to Peru from June 7 to 10.\n"
    )
    assert sorted(d for d, _, _ in _events(tmp_path, dated)) == ["2018-06-07/2018-06-10", "2018-06-09"]


def test_a_visit_told_as_a_japanese_moment_inside_the_clause_is_an_event_of_its_own(tmp_path: Path) -> None:
    text = "チリとペルー\n\n両国は2019年6月、ペルー大統領のチリ訪問の際に戦略的パートナーシップを構築した。\n"
    events = _events(tmp_path, text)
    assert [d for d, _, _ in events] == ["2019-06", "2019-06"]
    assert {t for _, t, _ in events} == {"CONSULT", "COOPERATE"}
    # `同時に` (at the same time) is no occasion: one act
    same = "チリとペルー\n\n両国は2019年6月、同時にパートナーシップを構築した。\n"
    assert [t for _, t, _ in _events(tmp_path, same)] == ["COOPERATE"]
