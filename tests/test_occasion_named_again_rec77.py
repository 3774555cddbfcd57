"""Acts told after a dated occasion by a word that names it again (issue 14 items 1 and 2; branch rec77).

Two shapes dev showed in documents of several sessions, read as the conventions' kind (a) reads them (a sentence
opening with a word that names the occasion or its time is dated by it):

- a part of an occasion told earlier with its date, named again at the head of a sentence with no date of its own:
  `开幕式上` / `開幕式上` after a forum opened on a day (rec76's Dakar story, `开幕式上，…发表主旨演讲`; rec77's Beijing
  forum story, `開幕式上，薩巴赫發表講話`), `式典の後` after a ceremony told with its day (an inauguration attended,
  `…就任式に出席した。式典の後、…面会し`; a signing witnessed, `…署名式に立ち会った。式典の後、…`)
  (`date_rules.json` `occasion_span`: the phrase takes the occasion's date only when the clause that dated it names
  it, so after a visit or talks with no opening or ceremony it dates nothing);
- `Earlier in the day` / `earlier that day` opening an English sentence after a dated act (a Pentagon-style readout,
  a news story, a ministry release: four documents of four sessions): the day told last, not a month or year the
  same sentence gives a person or a thing (`who died in February`, `the talks of November 2022`)
  (`date_rules.json` `same_day`).

The tests are about other pairs (Argentina and Uruguay, Mongolia and Kazakhstan, Ghana and Togo) and in other words
than those documents."""

from __future__ import annotations

import calendar
from pathlib import Path

from helpers import asserted_dates_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_FORUM = "新闻\n\n阿根廷—乌拉圭经贸论坛2024年9月5日在蒙得维的亚开幕，两国外长出席。"


def test_a_speech_at_the_opening_takes_the_forum_s_day(tmp_path: Path) -> None:
    text = f"{_FORUM}开幕式上，乌拉圭总统拉卡列·波乌同阿根廷外长举行了会见。\n"
    assert asserted_dates_of(tmp_path, text, "举行了会见") == ["2024-09-05"]


def test_the_traditional_form_takes_it_too(tmp_path: Path) -> None:
    text = (
        "新聞\n\n阿根廷—烏拉圭經貿論壇2024年9月5日在蒙得維的亞開幕，兩國外長出席。"
        "開幕式上，烏拉圭總統拉卡列·波烏同阿根廷外長舉行了會見。\n"
    )
    assert asserted_dates_of(tmp_path, text, "舉行了會見") == ["2024-09-05"]


def test_after_talks_with_no_opening_the_phrase_dates_nothing(tmp_path: Path) -> None:
    text = "新闻\n\n乌拉圭总统拉卡列·波乌2024年9月5日同阿根廷外长举行会谈。开幕式上，两国签署了边境合作协定。\n"
    assert "2024-09-05" not in asserted_dates_of(tmp_path, text, "边境合作协定")


def test_after_the_ceremony_takes_the_ceremony_s_day(tmp_path: Path) -> None:
    text = (
        "ニュース\n\n【ウランバートル】カザフスタンのトカエフ大統領は2023年10月12日、"
        "モンゴルの国家宮殿で行われた経済協定の署名式に出席した。"
        "式典の後、トカエフ氏はモンゴルのフレルスフ大統領と会談した。\n"
    )
    assert asserted_dates_of(tmp_path, text, "フレルスフ大統領と会談") == ["2023-10-12"]


def test_after_talks_with_no_ceremony_the_phrase_dates_nothing(tmp_path: Path) -> None:
    text = (
        "ニュース\n\n【ウランバートル】カザフスタンのトカエフ大統領は2023年10月12日、"
        "モンゴルのフレルスフ大統領と会談した。"
        "式典の後、両国の国防相は協力覚書に署名した。\n"
    )
    assert "2023-10-12" not in asserted_dates_of(tmp_path, text, "協力覚書に署名")


_TALKS_EN = (
    "News\n\nPresident John Mahama of Ghana held talks with President Faure Gnassingbé of Togo in Lomé on 14 May 2025. "
)


def test_earlier_in_the_day_is_the_talks_day_not_a_month_of_the_same_sentence(tmp_path: Path) -> None:
    text = (
        f"{_TALKS_EN}Earlier in the day, Mahama laid a wreath at the monument to Sylvanus Olympio, "
        "whose statue was restored in March.\n"
    )
    assert "2025-05-14" in asserted_dates_of(tmp_path, text, "laid a wreath")  # (the restoring is a clause of its own)


def test_earlier_that_day_is_read_alike(tmp_path: Path) -> None:
    text = f"{_TALKS_EN}Earlier that day, the two foreign ministers met in the Togolese capital.\n"
    assert asserted_dates_of(tmp_path, text, "foreign ministers met") == ["2025-05-14"]


def test_a_sentence_with_a_date_of_its_own_keeps_it(tmp_path: Path) -> None:
    text = f"{_TALKS_EN}The two foreign ministers had met in Accra on 2 April 2025, earlier in the year.\n"
    assert asserted_dates_of(tmp_path, text, "had met in Accra") == ["2025-04-02"]


_MONTHS = list(calendar.month_name)[1:]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=1, max_value=28),
    form=st.sampled_from(["zh", "ja", "en"]),
)
def test_the_word_always_takes_the_occasion_s_day(tmp_path: Path, month: int, day: int, form: str) -> None:
    """Whatever the occasion's day, the act the word opens in the next sentence is of that day."""
    if form == "zh":
        text = (
            f"新闻\n\n阿根廷—乌拉圭经贸论坛2024年{month}月{day}日在蒙得维的亚开幕。"
            "开幕式上，乌拉圭总统同阿根廷外长举行了会见。\n"
        )
        words = "举行了会见"
    elif form == "ja":
        text = (
            f"ニュース\n\nトカエフ大統領は2024年{month}月{day}日、ウランバートルで協定の署名式に出席した。"
            "式典の後、トカエフ氏はモンゴルのフレルスフ大統領と会談した。\n"
        )
        words = "フレルスフ大統領と会談"
    else:
        text = (
            f"News\n\nPresident John Mahama of Ghana held talks with President Faure Gnassingbé of Togo in Lomé on "
            f"{day} {_MONTHS[month - 1]} 2024. "
            "Earlier in the day, the two foreign ministers met in the Togolese capital.\n"
        )
        words = "foreign ministers met"
    assert asserted_dates_of(tmp_path, text, words) == [f"2024-{month:02d}-{day:02d}"]
