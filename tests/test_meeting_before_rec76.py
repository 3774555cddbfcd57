"""Acts told as done ahead of talks dated before, in Japanese (issue 14 items 1 and 4; branch rec76).

`会談に先立ち` / `首脳会談に先立ち` (and the te-form `…に先立って`: ahead of the talks) opening a sentence
with no date of its own, after a sentence that dated talks (`…日、…と首脳会談を行いました。`), tell what
was done just before those talks, that day: a welcome ceremony, an award, an exchange of notes
(`date_rules.json` `occasion_span`, beside `会談では`, `同会談で` and `会談に合わせ`). Dev showed it in
documents of several sessions (a release on a New Zealand prime minister's visit, `会談に先立ち、…出迎え、
儀仗隊による栄誉礼が行われました`; one on a Romanian president's, `会談に先立ち、…経済フォーラムに出席し`;
a joint statement with Vietnam, `会談に先立ち、…外務大臣は…団長と会談し`; rec76's Asunción release,
`首脳会談に先立ち、大統領府において歓迎式典が行われました`). The sentence before must name talks: after a
visit told with no talks the phrase dates nothing; a sentence with a date of its own keeps it. The tests are
about other pairs (Ghana and Côte d'Ivoire, Kenya and Tanzania) and in other words than those documents."""

from __future__ import annotations

from pathlib import Path

from helpers import asserted_dates_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_TALKS = "ガーナのマハマ大統領は2025年6月10日、アビジャンでコートジボワールのワタラ大統領と首脳会談を行った。"


def test_a_ceremony_ahead_of_the_talks_takes_their_day(tmp_path: Path) -> None:
    text = f"ニュース\n\n{_TALKS}会談に先立ち、大統領府で両国の国防相が国境警備に関する覚書に署名した。\n"
    assert asserted_dates_of(tmp_path, text, "覚書に署名") == ["2025-06-10"]


def test_the_summit_form_and_the_te_form_take_it_too(tmp_path: Path) -> None:
    summit = f"ニュース\n\n{_TALKS}首脳会談に先立ち、両国の外相は治安協力に関する協定に署名した。\n"
    assert asserted_dates_of(tmp_path, summit, "協定に署名") == ["2025-06-10"]
    te_form = f"ニュース\n\n{_TALKS}会談に先立って、両国の外相は治安協力に関する協定に署名した。\n"
    assert asserted_dates_of(tmp_path, te_form, "協定に署名") == ["2025-06-10"]


def test_after_a_visit_with_no_talks_the_phrase_dates_nothing(tmp_path: Path) -> None:
    text = (
        "ニュース\n\n"
        "ケニアのルト大統領は2024年10月7日にダルエスサラームを訪問した。"
        "会談に先立ち、両国の国防省は共同訓練に関する協定に署名した。\n"
    )
    assert asserted_dates_of(tmp_path, text, "協定に署名") == []


def test_a_sentence_with_a_date_of_its_own_keeps_it(tmp_path: Path) -> None:
    text = f"ニュース\n\n{_TALKS}会談に先立ち準備された覚書には、両国が7月2日に改めて署名した。\n"
    assert asserted_dates_of(tmp_path, text, "署名した") == ["2025-07-02"]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=1, max_value=28),
    phrase=st.sampled_from(["会談に先立ち、", "首脳会談に先立ち、", "会談に先立って、"]),
)
def test_the_phrase_always_takes_the_talks_day(tmp_path: Path, month: int, day: int, phrase: str) -> None:
    """Whatever the day of the talks, an act opened by the phrase in the next sentence is of that day."""
    text = (
        "ニュース\n\n"
        f"タンザニアのハッサン大統領は2024年{month}月{day}日、ナイロビでケニアの大統領と会談した。"
        f"{phrase}両国の外相は国境管理に関する協定に署名した。\n"
    )
    assert asserted_dates_of(tmp_path, text, "協定に署名") == [f"2024-{month:02d}-{day:02d}"]
